"""Stage 1 (crawl): the ND Soft (엔디소프트) news CMS family, skins A, B and C (SOURCES.md §1).

Must not import ``extract`` or ``kb``. A site names its skin as its family in ``crawler/sources.toml``
(``ndsoft_a``, ``ndsoft_b``, ``ndsoft_c``). All skins share ``/news/articleView.html?idxno=N`` article URLs; the AMP twin
(``articleViewAmp.html``) and the legacy ``/?mod=news&act=articleView&idxno=N`` form are rewritten
to that URL, so one article has one id whatever link led to it.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import urlsplit

from scrapy.http import FormRequest, Request, Response

from crawler.spiders.base import GovnewsSpider, normalize_author, xpath_first_text
from crawler.text import query_param


class NdSoftSpider(GovnewsSpider):
    """What every ND Soft skin shares: URLs, list markup, pagination, AMP rewrite."""

    family = "ndsoft"
    article_url_re = re.compile(
        r"/news/articleView(?:Amp)?\.html\?(?:[^#]*&)?idxno=(\d+)|act=articleView&(?:[^#]*&)?idxno=(\d+)"
    )
    #: ``articleViewAmp.html`` and ``/?mod=news&act=articleView`` → ``/news/articleView.html?idxno=N``
    article_params = ("idxno",)
    article_path_re = re.compile(r"(?:/news/articleView(?:Amp)?\.html|/[^/]*)$")
    article_path = "/news/articleView.html"
    list_item_css = (
        "#section-list > ul > li, ul.altlist-webzine > li.altlist-webzine-item:not(#sample), "
        "table.list-table tr"
    )
    list_link_css = ".titles a, h2.altlist-subject a, .list-titles a"
    list_title_css = ".titles a, h2.altlist-subject a, .list-titles a"
    list_date_css = "span.byline em:last-child, em.replace-date, .altlist-info-item:last-child, .list-dated"
    list_lead_css = "p.lead, p.altlist-summary, p.list-summary"
    #: ``pagination-next`` jumps a block of ten pages; the next page is the item after ``current``
    next_page_css = ".pagination li.current + li:not(.pagination-next):not(.pagination-end) a"

    # -- search (SOURCES.md §1: a POST; later pages must be POSTs carrying ``total``) ---------

    def __init__(self, *args: Any, search: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: ``-a search=구로구``: crawl the site search for this word instead of the section lists
        self.search = search

    async def start(self) -> AsyncIterator[Any]:
        """Section list pages, or with ``-a search=WORD`` the first search-result page (a POST)."""
        if not self.search:
            async for request in super().start():
                yield request
            return
        for url in self.get_start_urls():
            yield self._search_request(url, page=1, total=None)

    def _search_request(self, any_url: str, *, page: int, total: str | None) -> FormRequest:
        """POST to ``/news/articleList.html`` with ``sc_area=A&sc_word=…`` (+ ``page`` and ``total`` after page 1).

        A GET on the result page's pagination links would silently drop the search (it lists everything).
        """
        parts = urlsplit(any_url)
        prefix = parts.path.split("/news/")[0] if "/news/" in parts.path else ""
        url = f"{parts.scheme}://{parts.netloc}{prefix}/news/articleList.html"
        formdata = {"page": str(page), "total": total or ""} if page > 1 else {}
        formdata.update({"sc_area": "A", "sc_word": self.search or "", "view_type": "sm"})
        return FormRequest(
            url,
            formdata=formdata,
            callback=self.parse_list,
            errback=self.on_error,
            meta={"search_page": page},
            dont_filter=page == 1,
        )

    def _parse_next_page(self, response: Response) -> Request | None:
        """In search results the next page is a POST with ``total``; otherwise the item after ``current``."""
        page = response.meta.get("search_page") if response.request is not None else None
        if not page:
            return super()._parse_next_page(response)
        has_next = response.css(".pagination li.current + li:not(.pagination-next):not(.pagination-end) a")
        if not has_next:
            return None
        total = response.css('form input[name="total"]::attr(value)').get() or query_param(
            response.urljoin(has_next[0].attrib.get("href", "")), "total"
        )
        return self._search_request(response.url, page=page + 1, total=total)


class NdSoftSkinA(NdSoftSpider):
    """Skin A (2019+): ``header.article-view-header``, ``article#article-view-content-div``."""

    family = "ndsoft_a"
    title_css = (
        "header.article-view-header .heading",
        "header.article-header .heading",  # AMP twin
        "h1.heading",
    )
    date_css = (
        "header.article-view-header ul.infomation li",
        ".info-group ul.breadcrumbs li",
        "header.article-header .info",  # AMP: "2017-07-26     {writer}"
    )
    body_css = (
        "article#article-view-content-div",
        "#article-view-content-div",
        "div.article-body",  # AMP twin
    )
    body_drop_css = (".subheading", ".article-head-sub")

    def _parse_author(self, response: Response) -> str | None:
        """The ``li`` holding ``i.icon-user-o`` (hidden "기자명"), else ``li.info-name``, else the writer box,
        else the AMP twin's info line; ``None`` leaves the page to the generic parser's byline reading."""
        for xpath in (
            "//ul[contains(@class,'infomation')]/li[i[contains(@class,'icon-user-o')]]",
            "//ul[contains(@class,'breadcrumbs')]/li[contains(@class,'info-name')]",
            "//article[contains(@class,'writer')]//strong[contains(@class,'name')]",
        ):
            text = xpath_first_text(response, xpath)  # compiled once, no Selector per match
            if text is not None:
                author = normalize_author(text)
                if author:
                    return author
        amp = re.search(
            r"([가-힣]{2,4})\s*기자", " ".join(response.css("header.article-header .info ::text").getall())
        )
        if amp:  # AMP twin: "2017-07-26     {writer}"
            return normalize_author(amp.group(1))
        return None


class NdSoftSkinB(NdSoftSpider):
    """Skin B (mid-era, ``#user-container``): ``div.article-head-title``, ``.info-text li``."""

    family = "ndsoft_b"
    title_css = ("div.article-head-title",)
    date_css = (
        "#user-container header section .info-text li",
        "#user-container ul.no-bullet li",
    )
    author_css = (
        "#user-container header section .info-text li:first-child",
        "#user-container ul.no-bullet li:first-child",
        ".view-editors strong.names",
    )
    body_css = ("div#article-view-content-div",)
    #: 제주일보-style skins keep subtitle, share bar, copyright and editor box inside the body div
    body_drop_css = (
        ".article-head-sub",
        "ul.info-options2",
        ".view-copyright",
        ".view-editors",
    )


class NdSoftSkinC(NdSoftSpider):
    """Skin C (legacy, EUC-KR by ``<meta>`` only, table layout; ad-slot tokens leak into text)."""

    family = "ndsoft_c"
    title_css = ("font.headline-title", "td.view_title")
    date_css = ("td.view_r",)
    date_labels = ("승인", "입력", "수정")
    body_css = ("td#articleBody", "#articleBody")

    def _parse_author(self, response: Response) -> str | None:
        """Name before 기자 in the ``td.view_r`` line (``기사승인 2019.07.30  15:27:15  김철수 기자``)."""
        line = " ".join(response.css("td.view_r ::text").getall())
        match = re.search(r"([가-힣]{2,4})\s*기자", line)
        return normalize_author(match.group(1)) if match else None
