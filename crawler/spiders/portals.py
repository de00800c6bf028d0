"""Stage 1 (crawl): news portals and the remaining families of SOURCES.md §3c, §3e, §3f and §4 (eminwon).

Must not import ``extract`` or ``kb``. One mixin per family, used before
:class:`~crawler.spiders.base.GovnewsSpider` in the MRO, and one small spider per site:

- :class:`NewsviewMixin` — ``/news/newsview.php?ncode=<16 digits>`` (시민일보, 점프볼, 메가경제): list
  ``.listPhoto dt a``, zero-based ``pagenum``, date ``.viewTitle dl dd``, body ``#viewConts``.
- :class:`NaverNewsMixin` — ``n.news.naver.com/mnews/article/{oid}/{aid}``: no list pages are crawled;
  the spider takes article URLs (``-a start_url=URL[,URL…]``). Article id ``naver/{yyyymmdd}/{oid}-{aid}``.
- :class:`DaumNewsMixin` — ``v.daum.net/v/<17 digits>``: article URLs only, like Naver.
- :class:`EminwonMixin` — 새올 ``OfrAction.do``, POST only (list ``selectListOfrNews``, detail
  ``selectOfrNews`` with ``news_epct_no``); body = the longest ``td``.

Portal pages (Naver, Daum) carry an agency dateline such as ``(서울=연합뉴스) 김정진 기자 =`` or
``[서울=뉴시스]홍길동 기자 =``; :func:`strip_agency_dateline` removes it. The original outlet is
read by ``_parse_outlet`` and set on the item when :class:`~crawler.items.Article` has an ``outlet``
field (requested from the lead; until then it is only available from the method).

Nothing here was checked against a live page: markup comes from SOURCES.md, and details it does not
give (list rows of 시민일보, the eminwon list table and ``searchDetail('id')`` links) are marked
*assumed* where they are used.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import AsyncIterator, Iterable
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

from scrapy.http import FormRequest, Request, Response

from crawler.dates import parse_date, parse_labelled_dates
from crawler.items import Article
from crawler.spiders.base import (
    GovnewsSpider,
    ListEntry,
    canonicalize_url,
    clean_body_text,
    clean_inline,
    css_suffix,
    meta_content,
    normalize_author,
)
from crawler.spiders.boards import BoardMixin, js_call_args, strip_title_badges, th_value
from crawler.text import fragment_to_text, query_param

__all__ = [
    "DaumNewsMixin",
    "DaumSpider",
    "EminwonDemoSpider",
    "EminwonMixin",
    "NaverNewsMixin",
    "NaverSpider",
    "NewsviewMixin",
    "SiminilboSpider",
    "strip_agency_dateline",
]

#: ``(서울=연합뉴스) 김정진 기자 =`` / ``[서울=뉴시스]홍길동·이영희 기자 =`` at the start of a wire story
_AGENCY_DATELINE = re.compile(
    r"^\s*[\[(][^\[\]()\n]{1,20}=[^\[\]()\n]{1,20}[\])]\s*"
    r"(?:(?:[가-힣]{2,4}\s*[·,]?\s*)+(?:기자|특파원)\s*=\s*)?"
)
#: ``[시민일보=문찬식 기자]`` — outlet, reporter (newsview family body start)
_BRACKET_BYLINE = re.compile(r"^\s*\[[^\[\]=\n]{2,20}=\s*([가-힣]{2,4})\s*(?:기자|특파원)\s*\]")


def strip_agency_dateline(text: str) -> str:
    """Body text without the wire dateline ``(서울=연합뉴스) 김정진 기자 =`` of its first paragraph.

    The dateline may follow a short subtitle block (Naver's ``media_end_summary``), so it is looked
    for at the start of each of the first three lines.

    :param text: body text, one paragraph per line
    :returns: the same text with the first dateline removed
    """
    lines = text.split("\n")
    for i, line in enumerate(lines[:3]):
        stripped = _AGENCY_DATELINE.sub("", line, count=1)
        if stripped != line:
            lines[i] = stripped.lstrip()
            break
    return "\n".join(line for line in lines if line)


def _with_param(url: str, name: str, value: str | int) -> str:
    """``url`` with query parameter ``name`` set to ``value`` (moved last; other params untouched)."""
    url = canonicalize_url(url, drop_params={name})
    return f"{url}{'&' if urlsplit(url).query else '?'}{name}={value}"


# -- 시민일보-style newsview.php ------------------------------------------------------------------


class NewsviewMixin:
    """``/news/newsview.php?ncode=<16 digits>`` family (시민일보, 점프볼, 메가경제; SOURCES.md §3c).

    Mobile links add ``&dt=m`` (dropped from the canonical URL). The search list pages with a
    zero-based ``pagenum``. The body ``#viewConts`` opens with ``[시민일보=이름 기자]`` (the reporter;
    assumed, SOURCES.md gives no byline) and ends with ``[저작권자ⓒ 시민일보. 무단전재-재배포 금지]``.
    """

    family: ClassVar[str] = "newsview_ncode"
    article_url_re: ClassVar[re.Pattern[str]] = re.compile(r"/news/newsview\.php\?(?:[^#]*&)?ncode=(\d{16})")
    #: the ``dl`` rows of ``.listPhoto`` (assumed); the documented link is ``.listPhoto dt a``
    list_item_css: ClassVar[str] = ".listPhoto dl, dl.listPhoto"
    list_link_css: ClassVar[str] = "dt a"
    list_date_css: ClassVar[str] = "dd.date"
    list_lead_css: ClassVar[str] = "dd.conts"
    pager_css: ClassVar[str] = ".paging a, .page a, .pagination a"
    title_css: ClassVar[tuple[str, ...]] = (".viewTitle h3", ".viewTitle h2")
    date_css: ClassVar[tuple[str, ...]] = (".viewTitle dl dd",)
    body_css: ClassVar[tuple[str, ...]] = ("#viewConts",)
    body_drop_css: ClassVar[tuple[str, ...]] = (".view_ad", ".viewBottom")

    def _canonical(self, href: str, base: str) -> str:
        """``…/news/newsview.php?ncode=N``: ``dt=m`` (mobile) and list state dropped."""
        url = canonicalize_url(href, base)
        match = self.article_url_re.search(url)
        if not match:
            return url
        return f"{url.split('/news/newsview.php')[0]}/news/newsview.php?ncode={match.group(1)}"

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
        url = self._localize(_with_param(response.url, "pagenum", current + 1))  # type: ignore[attr-defined]
        return Request(url, callback=self.parse_list, errback=self.on_error)  # type: ignore[attr-defined]

    def _parse_author(self, response: Response) -> str | None:
        """Reporter of the ``[시민일보=이름 기자]`` dateline that opens ``#viewConts``."""
        text = clean_inline(" ".join(response.css("#viewConts ::text").getall()[:5]))
        match = _BRACKET_BYLINE.match(text)
        return normalize_author(match.group(1)) if match else super()._parse_author(response)  # type: ignore[misc]


# -- portals (Naver, Daum) ------------------------------------------------------------------------


class PortalMixin:
    """Shared by Naver and Daum: article URLs only, wire datelines removed, original outlet read."""

    kind: ClassVar[str] = "outlet"
    #: ``meta`` selectors (``::attr(content)``) naming the original outlet, tried in order
    outlet_css: ClassVar[tuple[str, ...]] = ()

    def parse_article(self, response: Response) -> Article | None:
        """The base article, plus the original ``outlet``."""
        item = super().parse_article(response)  # type: ignore[misc]
        if item is not None:
            item = dataclasses.replace(item, outlet=self._parse_outlet(response))
        return item

    def _parse_outlet(self, response: Response) -> str | None:
        """The original outlet (e.g. ``연합뉴스``) from ``outlet_css``."""
        for css in self.outlet_css:
            name = clean_inline(response.css(css).get())
            if name:
                return name
        return None

    def _clean_portal_text(self, text: str, *, title: str | None) -> str:
        """Line cleanup of a portal body: the wire dateline first, then :func:`clean_body_text`."""
        return clean_body_text(strip_agency_dateline(text), title=title)


class NaverNewsMixin(PortalMixin):
    """Naver News ``/mnews/article/{oid}/{aid}`` (SOURCES.md §3e); the article number is ``{oid}-{aid}``.

    Naver has no list pages we crawl: give article URLs with ``-a start_url=``.
    """

    family: ClassVar[str] = "naver"
    article_url_re: ClassVar[re.Pattern[str]] = re.compile(r"/mnews/article/(\d{3})/(\d{10})(?=[/?#]|$)")
    title_css: ClassVar[tuple[str, ...]] = ("h2.media_end_head_headline",)
    author_css: ClassVar[tuple[str, ...]] = ("em.media_end_head_journalist_name",)
    body_css: ClassVar[tuple[str, ...]] = ("article#dic_area",)
    body_drop_css: ClassVar[tuple[str, ...]] = ("em.img_desc", "span.end_photo_org")
    outlet_css: ClassVar[tuple[str, ...]] = ('meta[name="twitter:creator"]::attr(content)',)
    date_attr_css: ClassVar[str] = "span.media_end_head_info_datestamp_time._ARTICLE_DATE_TIME::attr(data-date-time)"

    def _canonical(self, href: str, base: str) -> str:
        """``…/mnews/article/{oid}/{aid}`` without ``?sid=`` or other query parameters."""
        url = canonicalize_url(href, base)
        match = self.article_url_re.search(url)
        if not match:
            return url
        parts = urlsplit(url)
        prefix = parts.path[: parts.path.index("/mnews/article/")]
        return urlunsplit((parts.scheme, parts.netloc, f"{prefix}/mnews/article/{match[1]}/{match[2]}", "", ""))

    def _parse_article_no(self, url: str) -> str | None:
        """``{oid}-{aid}``, e.g. ``001-0015012345``."""
        match = self.article_url_re.search(url)
        return f"{match[1]}-{match[2]}" if match else None

    def _parse_published_at(self, response: Response) -> str | None:
        """``data-date-time`` (``YYYY-MM-DD HH:MM:SS``, KST) of the 입력 stamp; not the modify time."""
        return parse_date(response.css(self.date_attr_css).get()) or super()._parse_published_at(response)  # type: ignore[misc]

    def _parse_body(self, response: Response, *, title: str | None = None) -> tuple[str, str]:
        """``article#dic_area`` without photos and captions, wire dateline removed."""
        node = response.css(self.body_css[0])
        if node:
            text = self._clean_portal_text(fragment_to_text(node[0].get(), self.body_drop_css), title=title)
            if text:
                return text, "selectors"
        return super()._parse_body(response, title=title)  # type: ignore[misc]


class DaumNewsMixin(PortalMixin):
    """Daum News ``/v/<17 digits>`` (SOURCES.md §3f); article URLs only, like Naver.

    The body is the ``p[dmcf-ptype=general]`` paragraphs of ``.article_view section``: figures,
    ``figcaption.txt_caption`` and the automatic summary ``.layer_summary`` are not part of it.
    """

    family: ClassVar[str] = "daum"
    article_url_re: ClassVar[re.Pattern[str]] = re.compile(r"/v/(\d{17})(?=[/?#]|$)")
    title_css: ClassVar[tuple[str, ...]] = ("h3.tit_view",)
    date_css: ClassVar[tuple[str, ...]] = (".info_view .num_date",)
    body_css: ClassVar[tuple[str, ...]] = (".article_view section",)
    body_drop_css: ClassVar[tuple[str, ...]] = ("figcaption.txt_caption", ".layer_summary", "figure")
    #: assumed (not in SOURCES.md): Daum names the outlet in these meta tags
    outlet_css: ClassVar[tuple[str, ...]] = (
        'meta[property="og:article:author"]::attr(content)',
        'meta[name="article:media_name"]::attr(content)',
    )
    paragraph_xpath: ClassVar[str] = (
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' article_view ')]//section"
        "//p[@dmcf-ptype='general'][not(ancestor::*[contains(concat(' ', normalize-space(@class), ' '),"
        " ' layer_summary ')])]"
    )

    def _canonical(self, href: str, base: str) -> str:
        """``…/v/<id>`` without query parameters."""
        url = canonicalize_url(href, base)
        match = self.article_url_re.search(url)
        if not match:
            return url
        parts = urlsplit(url)
        return urlunsplit((parts.scheme, parts.netloc, parts.path[: match.end()], "", ""))

    def _info_texts(self, response: Response) -> list[str]:
        """Inline texts of the ``.info_view .txt_info`` spans (byline, 입력, 수정), in page order."""
        return [clean_inline(" ".join(n.xpath(".//text()").getall())) for n in response.css(".info_view .txt_info")]

    def _parse_author(self, response: Response) -> str | None:
        """The first ``.info_view .txt_info`` unless it is a date (articles without a byline)."""
        infos = self._info_texts(response)
        if not infos or parse_labelled_dates(infos[0]) or parse_date(infos[0]):
            return None
        return normalize_author(infos[0])

    def _parse_published_at(self, response: Response) -> str | None:
        """The ``입력`` stamp (``2026. 9. 27. 09:54``), else the first ``.num_date``."""
        for text in self._info_texts(response):
            if iso := parse_labelled_dates(text).get("입력"):
                return iso
        return parse_date(response.css(".info_view .num_date::text").get()) or super()._parse_published_at(response)  # type: ignore[misc]

    def _parse_body(self, response: Response, *, title: str | None = None) -> tuple[str, str]:
        """The ``p[dmcf-ptype=general]`` paragraphs, one per line, wire dateline removed."""
        paragraphs = response.xpath(self.paragraph_xpath).getall()
        if paragraphs:
            html = "<div>" + "".join(paragraphs) + "</div>"
            text = self._clean_portal_text(fragment_to_text(html, self.body_drop_css), title=title)
            if text:
                return text, "selectors"
        return super()._parse_body(response, title=title)  # type: ignore[misc]


# -- eminwon (새올) ---------------------------------------------------------------------------------


class EminwonMixin(BoardMixin):
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

    family: ClassVar[str] = "eminwon"
    action_path: ClassVar[str] = "/emwp/gov/mogaha/ntis/web/ofr/action/OfrAction.do"
    list_method: ClassVar[str] = "selectListOfrNews"
    detail_method: ClassVar[str] = "selectOfrNews"
    #: fields sent before ``method`` (a site may need e.g. ``jndinm``/``context``; none documented)
    extra_form: ClassVar[tuple[tuple[str, str], ...]] = ()
    detail_js_functions: ClassVar[tuple[str, ...]] = ("searchDetail", "goView")
    article_url_re: ClassVar[re.Pattern[str]] = re.compile(r"OfrAction\.do\?(?:[^#]*&)?news_epct_no=([\w-]+)")
    list_item_css: ClassVar[str] = "table tbody tr"
    pager_css: ClassVar[str] = ".paging a, .pagination a, .page a, div.paginate a"
    attachment_css: ClassVar[tuple[str, ...]] = ()

    async def start(self) -> AsyncIterator[Any]:
        """A list POST (``pageIndex`` from the URL, default 1) per start URL; a detail POST for a URL
        carrying ``news_epct_no``."""
        for url in self.get_start_urls():  # type: ignore[attr-defined]
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
        return FormRequest(self.action_url(url), formdata=formdata, callback=self.parse_list,  # type: ignore[attr-defined]
                           errback=self.on_error, meta={"page_index": page}, dont_filter=page == 1)  # type: ignore[attr-defined]

    def detail_request(self, url: str, number: str, *, meta: dict[str, Any] | None = None) -> FormRequest:
        """POST ``method=selectOfrNews&news_epct_no=N`` (fixed field order)."""
        formdata = [*self.extra_form, ("method", self.detail_method), ("news_epct_no", number)]
        return FormRequest(self.action_url(url), formdata=formdata, callback=self.parse_article_response,  # type: ignore[attr-defined]
                           errback=self.on_error, meta={**(meta or {}), "news_epct_no": number})  # type: ignore[attr-defined]

    def _article_request(self, entry: ListEntry) -> Request:
        """The detail POST for a list entry, with the list date and fingerprint in ``meta``."""
        self.list_fingerprints[entry.url] = entry.fingerprint  # type: ignore[attr-defined]
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
                url = self.canonical_url(self.article_url(response.url, args[0]), response.url)  # type: ignore[attr-defined]
                if url not in seen:
                    seen.add(url)
                    title = strip_title_badges(" ".join(link.css("::text").getall()) or link.attrib.get("title"))
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
            return super()._parse_url(response)  # type: ignore[misc]
        return self.canonical_url(self.article_url(response.url, number), response.url)  # type: ignore[attr-defined]

    def _parse_title(self, response: Response) -> str | None:
        """The cell labelled 제목."""
        return th_value(response, "제목") or super()._parse_title(response)  # type: ignore[misc]

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


# -- spiders ----------------------------------------------------------------------------------------


class SiminilboSpider(NewsviewMixin, GovnewsSpider):
    """시민일보 (siminilbo.co.kr), ``newsview.php?ncode=`` family; the site search lists every article."""

    name = "siminilbo"
    home_region = "서울특별시"
    start_urls = ("https://www.siminilbo.co.kr/news/search.php?q=&sfld=all&period=",)
    sample_paths = ("siminilbo/news/search.php?q=&sfld=all&period=",)


class NaverSpider(NaverNewsMixin, GovnewsSpider):
    """Naver News articles (no list pages): ``scrapy crawl naver -a start_url=https://n.news.naver.com/mnews/article/001/…``."""

    name = "naver"
    sample_paths = (
        "naver/mnews/article/001/0015012345?sid=102",
        "naver/mnews/article/003/0012876543",
    )


class DaumSpider(DaumNewsMixin, GovnewsSpider):
    """Daum News articles (no list pages): ``scrapy crawl daum -a start_url=https://v.daum.net/v/…``."""

    name = "daum"
    sample_paths = ("daum/v/20260927095412345", "daum/v/20261005141003217")


class EminwonDemoSpider(EminwonMixin, GovnewsSpider):
    """새올구 (fictional) eminwon press board: POST-only list and detail pages, sample site only."""

    name = "eminwon_demo"
    sample_paths = ("eminwon_demo/emwp/gov/mogaha/ntis/web/ofr/action/OfrAction.do",)
