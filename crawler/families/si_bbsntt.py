"""Stage 1 (crawl): the SI ``selectBbsNtt`` press-board family (구로, 송파, 성동, 동대문, … ; SOURCES.md §4).

Must not import ``extract`` or ``kb``. A site sets ``bbs_no`` and ``bbs_key`` (its board codes) in
``crawler/sources.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar
from urllib.parse import urljoin

from scrapy.http import Response

from crawler.families.board import BoardSpider, strip_title_badges
from crawler.spiders.base import ListEntry, canonicalize_url
from crawler.text import query_param


class SiBbsNttSpider(BoardSpider):
    """SI board: ``selectBbsNttList.do?bbsNo=N&key=M`` lists, ``selectBbsNttView.do?…nttNo=`` details.

    Quirks (SOURCES.md §4, §7 item 9): relative ``./`` hrefs with ``&amp;`` and ``;jsessionid=``; a
    pinned row or banner of *another* board whose ``bbsNo`` shares a prefix (8 vs 80) — compared as a
    parameter, never by substring; ``NEW``/``새글`` badges in titles; the date only on the list (last
    ``td`` or a ``<time>``); the detail page repeats nothing but the title.
    """

    family = "si_bbsntt"
    #: the board's ``bbsNo`` and ``key`` (sources.toml ``params``)
    bbs_no: ClassVar[str] = ""
    bbs_key: ClassVar[str] = ""

    article_url_re = re.compile(r"selectBbsNttView\.do(?:;jsessionid=[^?]*)?\?[^\"'#]*\bnttNo=(\d+)")
    article_params = ("bbsNo", "key", "nttNo")
    list_item_css = "table.p-table tbody tr"
    list_link_css = "td.p-subject a"
    title_css = ("span.p-table__subject_text",)
    body_css = ("td.p-table__content", "td.bbs_content", "td.board_text_td#cnText")
    body_drop_css = (".p-table__prev-next", ".p-kogl", ".kogl", "a.p-photo__zoom")

    def is_article_url(self, url: str) -> bool:
        """A ``selectBbsNttView.do`` URL of *this* board (exact ``bbsNo``, so 80 is not 8)."""
        return super().is_article_url(url) and query_param(url, "bbsNo") == self.bbs_no

    def list_url(self, base: str, page: int) -> str:
        """``selectBbsNttList.do?bbsNo=N&key=M&pageIndex=P`` next to the current page."""
        return urljoin(
            canonicalize_url(base),
            f"selectBbsNttList.do?bbsNo={self.bbs_no}&key={self.bbs_key}&pageIndex={page}",
        )

    def _parse_list_entries(self, response: Response) -> Iterable[ListEntry]:
        """Rows of ``table.p-table``: this board's links only, title without badges, list date."""
        seen: set[str] = set()
        for row in response.css(self.list_item_css):
            link = row.css(self.list_link_css)
            href = link.attrib.get("href") if link else None
            if not href:
                continue
            url = self._canonical(href, response.url)
            if not self.is_article_url(url) or url in seen:
                continue
            seen.add(url)
            yield ListEntry(
                url=url, title=self._parse_list_title(link[0]), published_at=self._parse_row_date(row)
            )

    def _parse_list_title(self, link) -> str | None:
        """Anchor text without icon spans and ``NEW``/``새글`` badges (``title`` attribute as fallback)."""
        own_text = " ".join(link.xpath("./text() | ./*[not(contains(@class, 'p-icon'))]//text()").getall())
        return strip_title_badges(own_text) or strip_title_badges(link.attrib.get("title"))
