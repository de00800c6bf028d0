"""Stage 1 (crawl): the eGov ``selectBoardArticle`` press-board family (종로; SOURCES.md §4).

Must not import ``extract`` or ``kb``. A site sets ``bbs_id`` and ``menu_id`` in ``crawler/sources.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar
from urllib.parse import urljoin

from scrapy.http import Response

from crawler.dates import parse_date
from crawler.families.board import BoardSpider, js_call_args, strip_title_badges, th_value
from crawler.spiders.base import ListEntry, canonicalize_url
from crawler.text import query_param


class EgovBoardArticleSpider(BoardSpider):
    """eGov ``selectBoardList.do?bbsId=BBSMSTR_…&menuId=`` with ``javascript:viewMove('id')`` links.

    The list has no article hrefs: the id is the argument of ``viewMove`` (href or onclick), and the
    detail URL ``selectBoardArticle.do?bbsId=…&menuId=…&nttId=ID`` is built from it (the site posts a
    form; eGov answers the same GET). Dates are ``YYYY년MM월DD일``; the body is the last
    ``td.output`` of the detail table, whose title and date sit in ``th``-labelled cells (SOURCES.md §4).
    """

    family = "egov_board_article"
    #: the board's ``bbsId`` (``BBSMSTR_…``) and ``menuId`` (sources.toml ``params``)
    bbs_id: ClassVar[str] = ""
    menu_id: ClassVar[str] = ""

    article_url_re = re.compile(r"selectBoardArticle\.do(?:;jsessionid=[^?]*)?\?(?:[^#]*&)?nttId=(\d+)")
    list_item_css = "table tbody tr"
    body_xpath = ("(//td[contains(concat(' ', normalize-space(@class), ' '), ' output ')])[last()]",)
    attachment_css = ("a[href*='fn_egov_downFile']", "a[onclick*='fn_egov_downFile']")

    def is_article_url(self, url: str) -> bool:
        """A ``selectBoardArticle.do?…nttId=`` URL of this ``bbsId``."""
        return super().is_article_url(url) and query_param(url, "bbsId") == self.bbs_id

    def article_url(self, base: str, ntt_id: str) -> str:
        """``selectBoardArticle.do?bbsId=…&menuId=…&nttId=ID`` next to the list page."""
        return urljoin(
            canonicalize_url(base),
            f"selectBoardArticle.do?bbsId={self.bbs_id}&menuId={self.menu_id}&nttId={ntt_id}",
        )

    def list_url(self, base: str, page: int) -> str:
        """``selectBoardList.do?bbsId=…&menuId=…&pageIndex=P``."""
        return urljoin(
            canonicalize_url(base),
            f"selectBoardList.do?bbsId={self.bbs_id}&menuId={self.menu_id}&pageIndex={page}",
        )

    def _parse_list_entries(self, response: Response) -> Iterable[ListEntry]:
        """Rows whose link calls ``viewMove('id')``; title from the link, date from the row."""
        for row in response.css(self.list_item_css):
            link = next((a for a in row.css("a") if js_call_args(a, "viewMove")), None)
            if link is None:
                continue
            yield ListEntry(
                url=self.article_url(response.url, js_call_args(link, "viewMove")[0]),
                title=strip_title_badges(" ".join(link.css("::text").getall())),
                published_at=self._parse_row_date(row),
            )

    def _parse_title(self, response: Response) -> str | None:
        """The cell labelled 제목."""
        return th_value(response, "제목") or super()._parse_title(response)

    def _parse_published_at(self, response: Response) -> str | None:
        """The cell labelled 작성일/등록일 (``YYYY년MM월DD일``), else the list date."""
        return parse_date(th_value(response, "작성일", "등록일")) or super()._parse_published_at(response)
