"""Stage 1 (crawl): the ``/news/newsview.php?ncode=<16 digits>`` news family (시민일보, 점프볼, 메가경제; SOURCES.md §3c).

Must not import ``extract`` or ``kb``. Details SOURCES.md does not give (list rows, the byline) are
marked *assumed*.
"""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import urlsplit

from scrapy.http import Request, Response

from crawler.spiders.base import GovnewsSpider, canonicalize_url, clean_inline, css_suffix, normalize_author
from crawler.text import query_param

#: ``[시민일보=문찬식 기자]`` — outlet, reporter (newsview family body start)
_BRACKET_BYLINE = re.compile(r"^\s*\[[^\[\]=\n]{2,20}=\s*([가-힣]{2,4})\s*(?:기자|특파원)\s*\]")


def _with_param(url: str, name: str, value: str | int) -> str:
    """``url`` with query parameter ``name`` set to ``value`` (moved last; other params untouched)."""
    url = canonicalize_url(url, drop_params={name})
    return f"{url}{'&' if urlsplit(url).query else '?'}{name}={value}"


class NewsviewSpider(GovnewsSpider):
    """``/news/newsview.php?ncode=<16 digits>`` family (시민일보, 점프볼, 메가경제; SOURCES.md §3c).

    Mobile links add ``&dt=m`` (dropped from the canonical URL). The search list pages with a
    zero-based ``pagenum``. The body ``#viewConts`` opens with ``[시민일보=이름 기자]`` (the reporter;
    assumed, SOURCES.md gives no byline) and ends with ``[저작권자ⓒ 시민일보. 무단전재-재배포 금지]``.
    """

    family = "newsview_ncode"
    article_url_re = re.compile(r"/news/newsview\.php\?(?:[^#]*&)?ncode=(\d{16})")
    #: ``dt=m`` (mobile) and list state are not part of an article's identity
    article_params = ("ncode",)
    #: the ``dl`` rows of ``.listPhoto`` (assumed); the documented link is ``.listPhoto dt a``
    list_item_css = ".listPhoto dl, dl.listPhoto"
    list_link_css = "dt a"
    list_date_css = "dd.date"
    list_lead_css = "dd.conts"
    pager_css: ClassVar[str] = ".paging a, .page a, .pagination a"
    title_css = (".viewTitle h3", ".viewTitle h2")
    date_css = (".viewTitle dl dd",)
    body_css = ("#viewConts",)
    body_drop_css = (".view_ad", ".viewBottom")

    def _parse_next_page(self, response: Response) -> Request | None:
        """The list page ``pagenum + 1`` (zero-based; absent = 0) when the pager links to it."""
        current = int(query_param(response.url, "pagenum") or 0)
        linked = set()
        for href in response.css(css_suffix(self.pager_css, "::attr(href)")).getall():
            page = query_param(canonicalize_url(href, response.url), "pagenum")
            if page and page.isdigit():
                linked.add(int(page))
        if current + 1 not in linked:
            return None
        url = self._localize(_with_param(response.url, "pagenum", current + 1))
        return Request(url, callback=self.parse_list, errback=self.on_error)

    def _parse_author(self, response: Response) -> str | None:
        """Reporter of the ``[시민일보=이름 기자]`` dateline that opens ``#viewConts``."""
        text = clean_inline(" ".join(response.css("#viewConts ::text").getall()[:5]))
        match = _BRACKET_BYLINE.match(text)
        return normalize_author(match.group(1)) if match else super()._parse_author(response)
