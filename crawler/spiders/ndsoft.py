"""Stage 1 (crawl): mixins for the ND Soft (엔디소프트) news CMS, skins A, B and C (SOURCES.md §1).

Must not import ``extract`` or ``kb``. Use as ``class XSpider(NdSoftSkinA, GovnewsSpider)``.
All skins share ``/news/articleView.html?idxno=N`` article URLs; the AMP twin
(``articleViewAmp.html``) and the legacy ``/?mod=news&act=articleView&idxno=N`` form are rewritten
to that URL, so one article has one id whatever link led to it.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator
from typing import Any, ClassVar
from urllib.parse import urlsplit

from scrapy.http import FormRequest, Request, Response

from crawler.spiders.base import canonicalize_url, normalize_author
from crawler.text import query_param


class NdSoftMixin:
    """What every ND Soft skin shares: URLs, list markup, pagination, AMP rewrite."""

    family: ClassVar[str] = "ndsoft"
    article_url_re: ClassVar[re.Pattern[str]] = re.compile(r"/news/articleView(?:Amp)?\.html\?(?:[^#]*&)?idxno=(\d+)|act=articleView&(?:[^#]*&)?idxno=(\d+)")
    list_item_css: ClassVar[str] = (
        "#section-list > ul > li, ul.altlist-webzine > li.altlist-webzine-item:not(#sample), "
        "table.list-table tr"
    )
    list_link_css: ClassVar[str] = ".titles a, h2.altlist-subject a, .list-titles a"
    list_title_css: ClassVar[str] = ".titles a, h2.altlist-subject a, .list-titles a"
    list_date_css: ClassVar[str] = "span.byline em:last-child, em.replace-date, .altlist-info-item:last-child, .list-dated"
    list_lead_css: ClassVar[str] = "p.lead, p.altlist-summary, p.list-summary"
    #: ``pagination-next`` jumps a block of ten pages; the next page is the item after ``current``
    next_page_css: ClassVar[str] = ".pagination li.current + li:not(.pagination-next):not(.pagination-end) a"

    def _canonical(self, href: str, base: str) -> str:
        """``articleViewAmp.html`` and ``?mod=news&act=articleView`` → ``/news/articleView.html?idxno=N``."""
        url = canonicalize_url(href, base)
        match = self.article_url_re.search(url)
        if not match:
            return url
        idxno = match.group(1) or match.group(2)
        root = url.split("/news/")[0] if "/news/" in url else url.split("?")[0].rstrip("/")
        return f"{root}/news/articleView.html?idxno={idxno}"

    def _parse_article_no(self, url: str) -> str | None:
        """``idxno`` of the article."""
        return query_param(url, "idxno")

    # -- search (SOURCES.md §1: a POST; later pages must be POSTs carrying ``total``) ---------

    def __init__(self, *args: Any, search: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: ``-a search=구로구``: crawl the site search for this word instead of the section lists
        self.search = search

    async def start(self) -> AsyncIterator[Any]:
        """Section list pages, or with ``-a search=WORD`` the first search-result page (a POST)."""
        if not self.search:
            async for request in super().start():  # type: ignore[misc]
                yield request
            return
        for url in self.get_start_urls():  # type: ignore[attr-defined]
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
        return FormRequest(url, formdata=formdata, callback=self.parse_list, errback=self.on_error,  # type: ignore[attr-defined]
                           meta={"search_page": page}, dont_filter=page == 1)

    def _parse_next_page(self, response: Response) -> Request | None:
        """In search results the next page is a POST with ``total``; otherwise the item after ``current``."""
        page = response.meta.get("search_page") if response.request is not None else None
        if not page:
            return super()._parse_next_page(response)  # type: ignore[misc]
        has_next = response.css(".pagination li.current + li:not(.pagination-next):not(.pagination-end) a")
        if not has_next:
            return None
        total = response.css('form input[name="total"]::attr(value)').get() or query_param(
            response.urljoin(has_next[0].attrib.get("href", "")), "total")
        return self._search_request(response.url, page=page + 1, total=total)


class NdSoftSkinA(NdSoftMixin):
    """Skin A (2019+): ``header.article-view-header``, ``article#article-view-content-div``."""

    family: ClassVar[str] = "ndsoft_a"
    title_css: ClassVar[tuple[str, ...]] = (
        "header.article-view-header .heading",
        "header.article-header .heading",  # AMP twin
        "h1.heading",
    )
    date_css: ClassVar[tuple[str, ...]] = (
        "header.article-view-header ul.infomation li",
        ".info-group ul.breadcrumbs li",
        "header.article-header .info",  # AMP: "2017-07-26     {writer}"
    )
    body_css: ClassVar[tuple[str, ...]] = (
        "article#article-view-content-div",
        "#article-view-content-div",
        "div.article-body",  # AMP twin
    )
    body_drop_css: ClassVar[tuple[str, ...]] = (".subheading", ".article-head-sub")

    def _parse_author(self, response: Response) -> str | None:
        """The ``li`` holding ``i.icon-user-o`` (hidden "기자명"), else ``li.info-name``, else the writer box."""
        for xpath in (
            "//ul[contains(@class,'infomation')]/li[i[contains(@class,'icon-user-o')]]",
            "//ul[contains(@class,'breadcrumbs')]/li[contains(@class,'info-name')]",
            "//article[contains(@class,'writer')]//strong[contains(@class,'name')]",
        ):
            node = response.xpath(xpath)
            if node:
                author = normalize_author(" ".join(node[0].xpath(".//text()").getall()))
                if author:
                    return author
        amp = re.search(r"([가-힣]{2,4})\s*기자", " ".join(response.css("header.article-header .info ::text").getall()))
        if amp:  # AMP twin: "2017-07-26     {writer}"
            return normalize_author(amp.group(1))
        return normalize_author(response.css('meta[name="author"]::attr(content)').get())


class NdSoftSkinB(NdSoftMixin):
    """Skin B (mid-era, ``#user-container``): ``div.article-head-title``, ``.info-text li``."""

    family: ClassVar[str] = "ndsoft_b"
    title_css: ClassVar[tuple[str, ...]] = ("div.article-head-title",)
    date_css: ClassVar[tuple[str, ...]] = (
        "#user-container header section .info-text li",
        "#user-container ul.no-bullet li",
    )
    author_css: ClassVar[tuple[str, ...]] = (
        "#user-container header section .info-text li:first-child",
        "#user-container ul.no-bullet li:first-child",
        ".view-editors strong.names",
    )
    body_css: ClassVar[tuple[str, ...]] = ("div#article-view-content-div",)
    #: 제주일보-style skins keep subtitle, share bar, copyright and editor box inside the body div
    body_drop_css: ClassVar[tuple[str, ...]] = (
        ".article-head-sub", "ul.info-options2", ".view-copyright", ".view-editors",
    )


class NdSoftSkinC(NdSoftMixin):
    """Skin C (legacy, EUC-KR by ``<meta>`` only, table layout; ad-slot tokens leak into text)."""

    family: ClassVar[str] = "ndsoft_c"
    title_css: ClassVar[tuple[str, ...]] = ("font.headline-title", "td.view_title")
    date_css: ClassVar[tuple[str, ...]] = ("td.view_r",)
    date_labels: ClassVar[tuple[str, ...]] = ("승인", "입력", "수정")
    body_css: ClassVar[tuple[str, ...]] = ("td#articleBody", "#articleBody")

    def _parse_author(self, response: Response) -> str | None:
        """Name before 기자 in the ``td.view_r`` line (``기사승인 2019.07.30  15:27:15  김철수 기자``)."""
        line = " ".join(response.css("td.view_r ::text").getall())
        match = re.search(r"([가-힣]{2,4})\s*기자", line)
        return normalize_author(match.group(1)) if match else None
