"""Stage 1 (crawl): 새올 (eminwon) press boards — every page a POST to ``OfrAction.do`` (SOURCES.md §4).

Must not import ``extract`` or ``kb``. Details SOURCES.md does not give (the list table and
``searchDetail('id')`` links) are marked *assumed*.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

from scrapy.http import FormRequest, Request, Response

from crawler.dates import parse_date
from crawler.families.board import BoardSpider, js_call_args, strip_title_badges, th_value
from crawler.spiders.base import ListEntry, clean_inline, meta_content
from crawler.text import query_param


class EminwonSpider(BoardSpider):
    """새올 (eminwon) press board: every page is a POST to ``…/ofr/action/OfrAction.do`` (SOURCES.md §4).

    The list is ``method=selectListOfrNews&pageIndex=P``, a detail ``method=selectOfrNews&news_epct_no=N``.
    Forms are sent with a fixed field order, so the same page always has the same body (and the sample
    site can map it to a file). Articles get a canonical GET-style URL
    ``OfrAction.do?method=selectOfrNews&news_epct_no=N`` as their ``url`` and state key; it only names
    the page (the server wants the POST). List links are ``javascript:searchDetail('N')`` (assumed;
    ``goView`` too), the pager calls ``goPage(N)``-style functions, and the body is the longest ``td``
    that holds no ``th`` (a layout cell around the whole table does). Attachments are ``goDownLoad(…)``
    POSTs with no URL, so ``attachments`` stays empty.
    """

    family = "eminwon"
    action_path: ClassVar[str] = "/emwp/gov/mogaha/ntis/web/ofr/action/OfrAction.do"
    list_method: ClassVar[str] = "selectListOfrNews"
    detail_method: ClassVar[str] = "selectOfrNews"
    #: fields sent before ``method`` (a site may need e.g. ``jndinm``/``context``; none documented)
    extra_form: ClassVar[tuple[tuple[str, str], ...]] = ()
    detail_js_functions: ClassVar[tuple[str, ...]] = ("searchDetail", "goView")
    article_url_re = re.compile(r"OfrAction\.do\?(?:[^#]*&)?news_epct_no=([\w-]+)")
    list_item_css = "table tbody tr"
    pager_css = ".paging a, .pagination a, .page a, div.paginate a"
    attachment_css = ()

    async def start(self) -> AsyncIterator[Any]:
        """A list POST (``pageIndex`` from the URL, default 1) per start URL; a detail POST for a URL
        carrying ``news_epct_no``."""
        for url in self.get_start_urls():
            number = query_param(url, "news_epct_no")
            if number:
                yield self.detail_request(url, number, meta={"govnews_start": True})
            else:
                yield self.list_request(url, int(query_param(url, "pageIndex") or 1))

    def action_url(self, url: str) -> str:
        """The ``OfrAction.do`` endpoint of the site ``url`` belongs to (query dropped)."""
        parts = urlsplit(url)
        path = parts.path if parts.path.endswith("OfrAction.do") else self.action_path
        return urlunsplit((parts.scheme, parts.netloc, path, "", ""))

    def article_url(self, base: str, number: str) -> str:
        """Canonical article URL ``OfrAction.do?method=selectOfrNews&news_epct_no=N``."""
        return f"{self.action_url(base)}?method={self.detail_method}&news_epct_no={number}"

    def list_request(self, url: str, page: int) -> FormRequest:
        """POST ``method=selectListOfrNews&pageIndex=P`` (fixed field order)."""
        formdata = [*self.extra_form, ("method", self.list_method), ("pageIndex", str(page))]
        return FormRequest(
            self.action_url(url),
            formdata=formdata,
            callback=self.parse_list,
            errback=self.on_error,
            meta={"page_index": page},
            dont_filter=page == 1,
        )

    def detail_request(self, url: str, number: str, *, meta: dict[str, Any] | None = None) -> FormRequest:
        """POST ``method=selectOfrNews&news_epct_no=N`` (fixed field order)."""
        formdata = [*self.extra_form, ("method", self.detail_method), ("news_epct_no", number)]
        return FormRequest(
            self.action_url(url),
            formdata=formdata,
            callback=self.parse_article_response,
            errback=self.on_error,
            meta={**(meta or {}), "news_epct_no": number},
        )

    def _article_request(self, entry: ListEntry) -> Request:
        """The detail POST for a list entry, with the list date and fingerprint in ``meta``."""
        self.list_fingerprints[entry.url] = entry.fingerprint
        number = query_param(entry.url, "news_epct_no") or ""
        meta = {"list_date": entry.published_at, "list_title": entry.title, "list_fp": entry.fingerprint}
        return self.detail_request(entry.url, number, meta=meta)

    def _parse_list_entries(self, response: Response) -> Iterable[ListEntry]:
        """Rows whose link calls ``searchDetail('N')``; title from the link, date from the row."""
        seen: set[str] = set()
        for row in response.css(self.list_item_css):
            for link in row.css("a"):
                args = next((a for f in self.detail_js_functions if (a := js_call_args(link, f))), None)
                if not args:
                    continue
                url = self.canonical_url(self.article_url(response.url, args[0]), response.url)
                if url not in seen:
                    seen.add(url)
                    title = strip_title_badges(
                        " ".join(link.css("::text").getall()) or link.attrib.get("title")
                    )
                    yield ListEntry(url=url, title=title, published_at=self._parse_row_date(row))
                break

    def _parse_next_page(self, response: Response) -> Request | None:
        """The list POST for ``pageIndex + 1`` when the pager links to that page."""
        current = int(meta_content(response).get("page_index") or query_param(response.url, "pageIndex") or 1)
        if current + 1 not in self._linked_pages(response):
            return None
        return self.list_request(response.url, current + 1)

    def _parse_url(self, response: Response) -> str:
        """``OfrAction.do?method=selectOfrNews&news_epct_no=N``: from the URL, the request or the form."""
        number = (
            query_param(response.url, "news_epct_no")
            or meta_content(response).get("news_epct_no")
            or response.css('input[name="news_epct_no"]::attr(value)').get()
        )
        if not number:
            return super()._parse_url(response)
        return self.canonical_url(self.article_url(response.url, number), response.url)

    def _parse_title(self, response: Response) -> str | None:
        """The cell labelled 제목."""
        return th_value(response, "제목") or super()._parse_title(response)

    def _parse_published_at(self, response: Response) -> str | None:
        """The cell labelled 등록일/작성일, else the list date."""
        return parse_date(th_value(response, "등록일", "작성일")) or super()._parse_published_at(response)

    def _body_html(self, response: Response) -> str | None:
        """The longest ``td`` without a ``th`` inside (the body cell; layout cells hold the labels)."""
        best, best_len = None, 0
        for cell in response.xpath("//td[not(.//th)]"):
            size = len(clean_inline(" ".join(cell.xpath(".//text()[not(ancestor::script)]").getall())))
            if size > best_len:
                best, best_len = cell.get(), size
        return best
