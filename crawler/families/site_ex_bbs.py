"""Stage 1 (crawl): the ``/site/{slug}/ex/bbs/`` press-board family (관악, 양천, 서초; SOURCES.md §4).

Must not import ``extract`` or ``kb``. A site sets ``cb_idx`` (its board number) in ``crawler/sources.toml``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar
from urllib.parse import urljoin

from scrapy.http import Response

from crawler.families.board import BoardSpider, js_call_args, strip_title_badges
from crawler.spiders.base import ListEntry, canonicalize_url, clean_inline
from crawler.text import query_param

_WDIGM_TITLE = re.compile(r"wdigm_title\(\s*['\"](.*?)['\"]\s*\)", re.S)


def text_or_wdigm(node) -> str:
    """Visible text of ``node``, or the argument of a ``wdigm_title('…')`` script inside it (양천)."""
    script = " ".join(node.css("script::text").getall())
    match = _WDIGM_TITLE.search(script)
    if match:
        return clean_inline(match.group(1).replace("\\'", "'"))
    return clean_inline(" ".join(node.xpath(".//text()[not(ancestor::script)]").getall()))


class SiteExBbsSpider(BoardSpider):
    """``/site/{slug}/ex/bbs/List.do?cbIdx=N`` boards (관악, 양천, 서초): ``doBbsFView(...)`` links.

    Links carry no URL: ``onclick="doBbsFView('cbIdx','bcIdx',…)"`` is turned into
    ``View.do?cbIdx=N&bcIdx=M`` (the argument order is an assumption: SOURCES.md only names the
    function). 양천 writes titles with ``<script>wdigm_title('…')</script>`` so the text is empty
    without JavaScript. Body ``div.view_contents``.
    """

    family = "site_ex_bbs"
    #: the board's ``cbIdx`` (sources.toml ``params``)
    cb_idx: ClassVar[str] = ""

    article_url_re = re.compile(r"/ex/bbs/View\.do\?(?:[^#]*&)?bcIdx=(\d+)")
    list_item_css = "table tbody tr, ul.bbs_list > li"
    title_css = ()
    date_css = ("div.view_info .date", "ul.view_info li.date", "div.view_head .date")
    body_css = ("div.view_contents",)
    attachment_css = ("div.view_file a[href]", "ul.file_list a[href]")

    def is_article_url(self, url: str) -> bool:
        """A ``View.do?…bcIdx=`` URL of this board's ``cbIdx``."""
        return super().is_article_url(url) and query_param(url, "cbIdx") == self.cb_idx

    def list_url(self, base: str, page: int) -> str:
        """``List.do?cbIdx=N&pageIndex=P``."""
        return urljoin(canonicalize_url(base), f"List.do?cbIdx={self.cb_idx}&pageIndex={page}")

    def _parse_list_entries(self, response: Response) -> Iterable[ListEntry]:
        """Rows whose link calls ``doBbsFView('cbIdx','bcIdx',…)`` for this board."""
        for row in response.css(self.list_item_css):
            link = next((a for a in row.css("a") if len(js_call_args(a, "doBbsFView")) >= 2), None)
            if link is None:
                continue
            cb_idx, bc_idx = js_call_args(link, "doBbsFView")[:2]
            if cb_idx != self.cb_idx:
                continue
            url = urljoin(canonicalize_url(response.url), f"View.do?cbIdx={cb_idx}&bcIdx={bc_idx}")
            yield ListEntry(
                url=url,
                title=strip_title_badges(text_or_wdigm(link)),
                published_at=self._parse_row_date(row),
            )

    def _parse_title(self, response: Response) -> str | None:
        """``div.view_title`` / ``.view_head h4`` text, or its ``wdigm_title('…')`` argument."""
        for css in ("div.view_title", "div.view_head h4", "h4.view_tit"):
            node = response.css(css)
            if node and (title := text_or_wdigm(node[0])):
                return title
        return super()._parse_title(response)
