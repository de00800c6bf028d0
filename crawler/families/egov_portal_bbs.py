"""Stage 1 (crawl): the eGov ``/portal/bbs/B0000NNN/`` press-board family (용산, 광진, 동작; SOURCES.md §4).

Must not import ``extract`` or ``kb``. A site sets ``board_id`` and ``menu_no`` in ``crawler/sources.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar
from urllib.parse import urljoin

from scrapy.http import Response

from crawler.families.board import BoardSpider, strip_title_badges
from crawler.spiders.base import ListEntry, canonicalize_url


class EgovPortalBbsSpider(BoardSpider):
    """eGov portal board: ``/portal/bbs/B0000NNN/list.do?menuNo=`` and ``view.do?nttId=``.

    The body ``div.dbData`` changes case between boards (``DBData``, ``dbdata``), so it is matched by a
    lower-cased XPath; list dates are ``span.date`` as ``YYYY-MM-DD``. ``menuNo`` is kept in canonical
    URLs: without it these CMSs answer with an ``alert()`` page (SOURCES.md §6).
    """

    family = "egov_portal_bbs"
    #: the board id (``B0000041``) and menu number (sources.toml ``params``)
    board_id: ClassVar[str] = ""
    menu_no: ClassVar[str] = ""

    article_url_re = re.compile(r"/bbs/(?:B\d+)/view\.do(?:;jsessionid=[^?]*)?\?(?:[^#]*&)?nttId=(\d+)")
    article_params = ("nttId", "menuNo")
    article_param_attrs = {"menuNo": "menu_no"}
    list_item_css = "ul.bbs_list > li, table.bbs_list tbody tr"
    list_link_css = "a"
    title_css = ("div.bbs_view h3.tit", "div.view_head h3", "h3.view_tit")
    date_css = ("div.bbs_view span.date", "div.view_head span.date")
    body_css = ()
    body_xpath = (
        "//div[contains(concat(' ', translate(normalize-space(@class), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
        " 'abcdefghijklmnopqrstuvwxyz'), ' '), ' dbdata ')]",
    )
    attachment_css = ("div.bbs_file a", "ul.file_list a")

    def is_article_url(self, url: str) -> bool:
        """A ``view.do?nttId=`` URL of this board id."""
        return super().is_article_url(url) and f"/bbs/{self.board_id}/" in url

    def _parse_list_entries(self, response: Response) -> Iterable[ListEntry]:
        """Rows with a ``view.do?nttId=`` link of this board; date from ``span.date``."""
        seen: set[str] = set()
        for row in response.css(self.list_item_css):
            for href in row.css("a::attr(href)").getall():
                url = self._canonical(href, response.url)
                if self.is_article_url(url) and url not in seen:
                    seen.add(url)
                    title = row.css(".tit ::text, .subject ::text").getall() or row.css("a ::text").getall()
                    yield ListEntry(
                        url=url,
                        title=strip_title_badges(" ".join(title)),
                        published_at=self._parse_row_date(row),
                    )
                    break

    def list_url(self, base: str, page: int) -> str:
        """``list.do?menuNo=M&pageIndex=P`` next to the current page."""
        return urljoin(canonicalize_url(base), f"list.do?menuNo={self.menu_no}&pageIndex={page}")
