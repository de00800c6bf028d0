"""Stage 1 (crawl): government press-board spiders — one mixin per board CMS, one small class per board.

Must not import ``extract`` or ``kb``. Markup follows /work/shared/SOURCES.md §4 (families) and §7
items 9–12 (quirks); nothing here was checked against a live page (see ``crawler/sources.toml``).

Families (mixins, used before :class:`~crawler.spiders.base.GovnewsSpider` in the MRO):

- :class:`SiBbsNttMixin` — SI ``selectBbsNttList.do`` / ``selectBbsNttView.do`` (구로, 송파, 성동, …)
- :class:`EgovPortalBbsMixin` — eGov ``/portal/bbs/B0000NNN/list.do`` / ``view.do?nttId=`` (용산, …)
- :class:`SeoulNewsMixin` — 서울시 news.seoul.go.kr (WordPress RSS + JSON-LD article body)
- :class:`MoelMixin` — 고용노동부 ``enewsList.do`` / ``enewsView.do?news_seq=``
- :class:`EgovBoardArticleMixin` — eGov ``selectBoardList.do`` with ``javascript:viewMove('id')`` (종로)
- :class:`SiteExBbsMixin` — ``/site/{slug}/ex/bbs/List.do?cbIdx=`` with ``doBbsFView(…)`` (관악, 양천, 서초)

Bespoke boards (서대문 EUC-KR ``news.do``, 강남 ``input#content_main_text``) set their selectors on the
spider itself.

Every board shares :class:`BoardMixin`: no author (press releases are signed by a department), body
chrome of government CMSs removed (이전글/다음글, 공공누리, "사진 확대보기"), HWP tables flattened to one
line per row, attachment links collected and stub bodies ("첨부를 확인") reported.
"""

from __future__ import annotations

import dataclasses
import json
import re
from collections.abc import Iterable, Iterator
from html import escape
from typing import Any, ClassVar
from urllib.parse import urljoin, urlsplit, urlunsplit

import lxml.html
from scrapy.http import Request, Response

from crawler.dates import parse_date
from crawler.items import Article
from crawler.spiders.base import GovnewsSpider, ListEntry, canonicalize_url, clean_body_text, clean_inline
from crawler.text import fragment_to_text, query_param

__all__ = [
    "BoardMixin",
    "EgovBoardArticleMixin",
    "EgovPortalBbsMixin",
    "MoelMixin",
    "SeoulNewsMixin",
    "SiBbsNttMixin",
    "SiteExBbsMixin",
    "is_stub_body",
    "strip_title_badges",
]

# -- shared helpers -----------------------------------------------------------------------------

#: "NEW"/"새글" badges that SI boards append to list titles, sometimes glued ("문 연다새글") (§7 item 9)
_TITLE_BADGE = re.compile(r"(?:\s*\[?(?:NEW|New|new|새글|신규)\]?|\s+N)+\s*$")
#: the web cell holds only a 65–89 character pointer to the HWP/PDF (SOURCES.md §4 "Attachments")
_STUB_MARKER = re.compile(r"첨부\s*(?:파일)?\s*[을를]?\s*(?:확인|참고|참조)")
_STUB_MAX_CHARS = 200
#: a list-row date: ``2024.10.02``, ``2024-10-02``, ``2024년10월07일`` (종로)
_DATE_TEXT = re.compile(r"(?:19|20)\d{2}\s*(?:[.\-/]|년)\s*\d{1,2}\s*(?:[.\-/]|월)\s*\d{1,2}")
#: quoted arguments of a JavaScript call in an href/onclick: ``viewMove('148822')``
_JS_ARGS = re.compile(r"['\"]([^'\"]*)['\"]")
#: board chrome inside the body container (§7 item 9): one line left after the element-level pass
_CHROME_LINE = re.compile(
    r"^(?:사진\s*확대\s*보기|이미지\s*확대\s*보기|확대\s*보기|원본\s*(?:이미지\s*)?보기|"
    r"(?:이전글|다음글)(?:\s.*)?|목록|"
    r".*공공누리.*|.*출처\s*표시\s*조건에\s*따라\s*이용할\s*수\s*있습니다\.?)$"
)
#: a whole element that is board chrome (its text *starts* like chrome, so a body container never matches)
_CHROME_BLOCK = re.compile(
    r"^(?:(?:사진|이미지)\s*확대\s*보기|원본\s*(?:이미지\s*)?보기|(?:이전글|다음글).*|"
    r"(?:공공누리|.{0,60}이\(가\)\s*창작한|본\s*(?:공공)?저작물).*공공누리.*)$"
)


def strip_title_badges(title: str | None) -> str | None:
    """List title without the trailing ``NEW`` / ``새글`` badge; ``None`` when nothing is left.

    :param title: e.g. ``"구로구 청년 일자리 카페 문 연다새글"``
    :returns: ``"구로구 청년 일자리 카페 문 연다"``
    """
    return _TITLE_BADGE.sub("", clean_inline(title)).strip() or None


def is_stub_body(text: str | None) -> bool:
    """True when a body is only a pointer to the attachments ("자세한 내용은 첨부를 확인하시기 바랍니다").

    :param text: the cleaned body text
    :returns: ``True`` for a short body that refers the reader to 첨부 (the full text is in HWP/PDF)
    """
    if not text:
        return False
    compact = " ".join(text.split())
    return len(compact) <= _STUB_MAX_CHARS and bool(_STUB_MARKER.search(compact))


def js_call_args(link, function: str) -> list[str]:
    """Quoted arguments of ``function(...)`` in a link's href or onclick (``[]`` when absent)."""
    script = f"{link.attrib.get('href', '')} {link.attrib.get('onclick', '')}"
    call = re.search(rf"{function}\s*\(([^)]*)\)", script)
    return _JS_ARGS.findall(call.group(1)) if call else []


def _paragraphs_html(text: str) -> str:
    """Plain text (editor value, JSON-LD body) as HTML, one ``<p>`` per line; markup is kept as is."""
    if "<" in text:
        return f"<div>{text}</div>"
    return "<div>" + "".join(f"<p>{escape(line)}</p>" for line in text.splitlines()) + "</div>"


def _flatten_tables(root) -> None:
    """Turn each row of a nested (HWP) table into one ``<p>`` with cells joined by `` | ``.

    HWP pastes put figures in tables; one line per row keeps "일자리 창출(개) | 12,904 | 13,752"
    together for the extractor instead of one number per line.
    """
    for table in list(root.iter("table")):
        if table.getparent() is None:
            continue
        rows = []
        for tr in table.iter("tr"):
            cells = [" ".join(td.text_content().split()) for td in tr if td.tag in {"td", "th"}]
            cells = [c for c in cells if c]
            if cells:
                rows.append(" | ".join(cells))
        replacement = lxml.html.Element("div")
        for row in rows:
            p = lxml.html.Element("p")
            p.text = row
            replacement.append(p)
        replacement.tail = table.tail
        table.getparent().replace(table, replacement)


def _drop_chrome_elements(root) -> None:
    """Remove board chrome elements that carry no class to select them by.

    Three kinds, each recognised by how its *whole* text starts, so the body container itself is
    never matched: a bare "사진 확대보기" label, an "이전글 …/다음글 …" block and a 공공누리 licence
    notice. Blocks left empty by the removal go too, so a ▲ caption ends up next to its image again
    (``fragment_to_text`` drops captions only there).
    """
    for el in list(root.iter()):
        if not isinstance(el.tag, str) or root not in el.iterancestors():
            continue  # a comment, or inside a block dropped earlier
        text = " ".join(el.text_content().split())
        if len(text) <= 300 and _CHROME_BLOCK.match(text):
            parent = el.getparent()
            el.drop_tree()
            while (
                parent is not None
                and parent is not root
                and not parent.text_content().strip()
                and not parent.xpath(".//img")
            ):
                grandparent = parent.getparent()
                parent.drop_tree()
                parent = grandparent


class BoardMixin:
    """Behaviour shared by every government press board (put before ``GovnewsSpider`` in the bases)."""

    kind: ClassVar[str] = "board"
    #: CSS selectors of attachment links on the detail page
    attachment_css: ClassVar[tuple[str, ...]] = ("ul.p-attach a.p-attach__link",)
    #: XPath tried after ``body_css`` (class names whose case varies, e.g. ``dbData``/``DBData``)
    body_xpath: ClassVar[tuple[str, ...]] = ()
    #: pager links on list pages (plain hrefs with ``pageIndex=`` or ``fn_link_page(N)`` calls)
    pager_css: ClassVar[str] = ".p-pagination a, .pagination a, div.paging a, .board_paging a"

    def list_url(self, base: str, page: int) -> str | None:
        """Canonical URL of list page ``page`` (``None``: the board has no numbered pages)."""
        return None

    def _parse_next_page(self, response: Response) -> Request | None:
        """The list page ``pageIndex + 1`` when the pager links to it, as :meth:`list_url` builds it."""
        current = int(query_param(response.url, "pageIndex") or 1)
        url = self.list_url(response.url, current + 1)
        if url is None or current + 1 not in self._linked_pages(response):
            return None
        return Request(url, callback=self.parse_list)  # type: ignore[attr-defined]

    def _linked_pages(self, response: Response) -> set[int]:
        """Page numbers the pager links to: ``pageIndex=N`` hrefs or ``fn_egov_link_page(N)`` calls."""
        pages: set[int] = set()
        for link in response.css(self.pager_css):
            href = link.attrib.get("href", "")
            page = (
                query_param(canonicalize_url(href, response.url), "pageIndex")
                if "pageIndex" in href
                else None
            )
            if page is None and (call := re.search(r"\((\d+)\)", link.attrib.get("onclick", "") + href)):
                page = call.group(1)
            if page and page.isdigit():
                pages.add(int(page))
        return pages

    def _parse_row_date(self, row) -> str | None:
        """List date of a row: ``<time datetime>``, ``.date``, else the last cell that holds a date."""
        for text in (row.css("time::attr(datetime)").get(), row.css("time::text").get()):
            if iso := parse_date(text):
                return iso
        dated = " ".join(row.css("span.date ::text, td.date ::text").getall())
        if not dated:
            cells = [clean_inline(" ".join(td.css("::text").getall())) for td in row.css("td")]
            dated = next((c for c in reversed(cells) if _DATE_TEXT.search(c)), "")
        return parse_date(dated)

    def parse_article(self, response: Response) -> Article | None:
        """The base article, plus attachment links and a warning (and stat) for a stub body."""
        item = super().parse_article(response)  # type: ignore[misc]
        if item is None:
            return None
        attachments = self._parse_attachments(response)
        stub = is_stub_body(item.body_text)
        if stub:
            self.logger.warning(  # type: ignore[attr-defined]
                "%s: body is a stub pointing to %d attachment(s): %s", item.source, len(attachments), item.url
            )
            self._inc_stat("govnews/stub_bodies")  # type: ignore[attr-defined]
        return dataclasses.replace(item, attachments=attachments, body_status="stub" if stub else "full")

    def _parse_author(self, response: Response) -> str | None:
        """Press releases have no reporter: always ``None``."""
        return None

    def _parse_attachments(self, response: Response) -> list[str]:
        """Canonical attachment URLs in page order, each once (files are linked twice: name + "다운로드")."""
        found: list[str] = []
        for css in self.attachment_css:
            for link in response.css(css):
                href = link.attrib.get("href", "")
                if href.startswith(("javascript:", "#")) or not href:
                    url = self._attachment_from_js(link, response.url)
                else:
                    url = canonicalize_url(href, response.url)
                if url and url not in found:
                    found.append(url)
        return found

    def _attachment_from_js(self, link, base: str) -> str | None:
        """Download URL for a JavaScript attachment link (``fn_egov_downFile('id','sn')``), or ``None``."""
        args = js_call_args(link, "fn_egov_downFile")
        if len(args) >= 2:
            return urljoin(base, f"/cmm/fms/FileDown.do?atchFileId={args[0]}&fileSn={args[1]}")
        return None

    def _body_html(self, response: Response) -> str | None:
        """Outer HTML of the body container: first ``body_css`` match, then ``body_xpath``."""
        for css in self.body_css:  # type: ignore[attr-defined]
            node = response.css(css)
            if node:
                return node[0].get()
        for xpath in self.body_xpath:
            node = response.xpath(xpath)
            if node:
                return node[0].get()
        return None

    def _parse_body(self, response: Response, *, title: str | None = None) -> tuple[str, str]:
        """Body text of the board container without board chrome, tables one line per row."""
        html = self._body_html(response)
        text = self._clean_board_html(html, title=title) if html is not None else ""
        if text:
            return text, "selectors"
        return super()._parse_body(response, title=title)  # type: ignore[misc]

    def _clean_board_html(self, html: str, *, title: str | None = None) -> str:
        """Board body HTML → clean text (shared by HTML boards and JSON-LD bodies)."""
        root = lxml.html.fragment_fromstring(html, create_parent="div")
        _drop_chrome_elements(root)
        _flatten_tables(root)
        text = fragment_to_text(lxml.html.tostring(root, encoding="unicode"), self.body_drop_css)  # type: ignore[attr-defined]
        lines = [line for line in text.split("\n") if not _CHROME_LINE.match(line.strip())]
        return clean_body_text("\n".join(lines), title=title)


# -- SI selectBbsNtt ----------------------------------------------------------------------------


class SiBbsNttMixin(BoardMixin):
    """SI board: ``selectBbsNttList.do?bbsNo=N&key=M`` lists, ``selectBbsNttView.do?…nttNo=`` details.

    Quirks (SOURCES.md §4, §7 item 9): relative ``./`` hrefs with ``&amp;`` and ``;jsessionid=``; a
    pinned row or banner of *another* board whose ``bbsNo`` shares a prefix (8 vs 80) — compared as a
    parameter, never by substring; ``NEW``/``새글`` badges in titles; the date only on the list (last
    ``td`` or a ``<time>``); the detail page repeats nothing but the title.
    """

    family: ClassVar[str] = "si_bbsntt"
    bbs_no: ClassVar[str] = ""
    bbs_key: ClassVar[str] = ""

    article_url_re: ClassVar[re.Pattern[str]] = re.compile(
        r"selectBbsNttView\.do(?:;jsessionid=[^?]*)?\?[^\"'#]*\bnttNo=(\d+)"
    )
    list_item_css: ClassVar[str] = "table.p-table tbody tr"
    list_link_css: ClassVar[str] = "td.p-subject a"
    title_css: ClassVar[tuple[str, ...]] = ("span.p-table__subject_text",)
    body_css: ClassVar[tuple[str, ...]] = ("td.p-table__content", "td.bbs_content", "td.board_text_td#cnText")
    body_drop_css: ClassVar[tuple[str, ...]] = (".p-table__prev-next", ".p-kogl", ".kogl", "a.p-photo__zoom")

    def is_article_url(self, url: str) -> bool:
        """A ``selectBbsNttView.do`` URL of *this* board (exact ``bbsNo``, so 80 is not 8)."""
        return bool(self.article_url_re.search(url)) and query_param(url, "bbsNo") == self.bbs_no

    def _canonical(self, href: str, base: str) -> str:
        """``…/selectBbsNttView.do?bbsNo=N&key=M&nttNo=X``: search state and jsessionid dropped."""
        url = canonicalize_url(href, base)
        ntt_no = query_param(url, "nttNo")
        if "selectBbsNttView.do" not in url or not ntt_no:
            return url
        return urljoin(
            url,
            f"selectBbsNttView.do?bbsNo={query_param(url, 'bbsNo')}&key={query_param(url, 'key')}&nttNo={ntt_no}",
        )

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


# -- eGov portal/bbs ----------------------------------------------------------------------------


class EgovPortalBbsMixin(BoardMixin):
    """eGov portal board: ``/portal/bbs/B0000NNN/list.do?menuNo=`` and ``view.do?nttId=``.

    The body ``div.dbData`` changes case between boards (``DBData``, ``dbdata``), so it is matched by a
    lower-cased XPath; list dates are ``span.date`` as ``YYYY-MM-DD``. ``menuNo`` is kept in canonical
    URLs: without it these CMSs answer with an ``alert()`` page (SOURCES.md §6).
    """

    family: ClassVar[str] = "egov_portal_bbs"
    board_id: ClassVar[str] = ""
    menu_no: ClassVar[str] = ""

    article_url_re: ClassVar[re.Pattern[str]] = re.compile(
        r"/bbs/(?:B\d+)/view\.do(?:;jsessionid=[^?]*)?\?(?:[^#]*&)?nttId=(\d+)"
    )
    list_item_css: ClassVar[str] = "ul.bbs_list > li, table.bbs_list tbody tr"
    list_link_css: ClassVar[str] = "a"
    title_css: ClassVar[tuple[str, ...]] = ("div.bbs_view h3.tit", "div.view_head h3", "h3.view_tit")
    date_css: ClassVar[tuple[str, ...]] = ("div.bbs_view span.date", "div.view_head span.date")
    body_css: ClassVar[tuple[str, ...]] = ()
    body_xpath: ClassVar[tuple[str, ...]] = (
        "//div[contains(concat(' ', translate(normalize-space(@class), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ',"
        " 'abcdefghijklmnopqrstuvwxyz'), ' '), ' dbdata ')]",
    )
    attachment_css: ClassVar[tuple[str, ...]] = ("div.bbs_file a", "ul.file_list a")

    def is_article_url(self, url: str) -> bool:
        """A ``view.do?nttId=`` URL of this board id."""
        return bool(self.article_url_re.search(url)) and f"/bbs/{self.board_id}/" in url

    def _canonical(self, href: str, base: str) -> str:
        """``…/portal/bbs/B0000NNN/view.do?nttId=X&menuNo=M`` (paging and search state dropped)."""
        url = canonicalize_url(href, base)
        ntt_id = query_param(url, "nttId")
        if "/view.do" not in url or not ntt_id:
            return url
        return urljoin(url, f"view.do?nttId={ntt_id}&menuNo={query_param(url, 'menuNo') or self.menu_no}")

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


# -- 서울시 news.seoul.go.kr (WordPress) ---------------------------------------------------------


def _find_news_article(response: Response) -> dict[str, Any]:
    """The JSON-LD ``NewsArticle`` (top level, in a list or in ``@graph``) with an ``articleBody``, or ``{}``."""
    for raw in response.css('script[type="application/ld+json"]::text').getall():
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            node = stack.pop(0)
            if not isinstance(node, dict):
                continue
            types = node.get("@type")
            types = types if isinstance(types, list) else [types]
            if {"NewsArticle", "Article", "Report"} & set(types) and node.get("articleBody"):
                return node
            stack.extend(node.get("@graph") or [])
    return {}


class SeoulNewsMixin(BoardMixin):
    """서울시 WordPress news: RSS ``/gov/feed/`` then ``/gov/archives/N`` pages.

    The feed mixes 공고 with 보도자료 (SOURCES.md §4): only 보도자료-type items are followed. Its
    ``pubDate`` is ``YYYY-MM-DD HH:MM:SS`` without offset (KST). The article text is read from the
    JSON-LD ``NewsArticle.articleBody``; ``div.entry-content`` is the fallback.
    """

    family: ClassVar[str] = "wordpress_seoul"
    article_url_re: ClassVar[re.Pattern[str]] = re.compile(r"/gov/archives/(\d+)")
    title_css: ClassVar[tuple[str, ...]] = ("h1.entry-title", "h2.entry-title")
    body_css: ClassVar[tuple[str, ...]] = ("div.entry-content",)
    attachment_css: ClassVar[tuple[str, ...]] = ("div.entry-content a[href*='download']", "a.file-download")
    #: categories/title prefixes that mark a notice rather than a press release
    notice_re: ClassVar[re.Pattern[str]] = re.compile(r"공고|고시|입찰|채용\s*공고|알림")
    press_re: ClassVar[re.Pattern[str]] = re.compile(r"보도\s*(?:자료|해명|참고)")

    def _canonical(self, href: str, base: str) -> str:
        """``…/gov/archives/N`` without trailing slash, query or fragment."""
        parts = urlsplit(canonicalize_url(href, base))
        match = re.match(r"^(.*?/gov/archives/\d+)", parts.path)
        return urlunsplit((parts.scheme, parts.netloc, match.group(1), "", "")) if match else parts.geturl()

    def _parse_list_entries(self, response: Response) -> Iterable[ListEntry]:
        """Feed ``<item>``s of 보도자료 type (category, else title), in feed order."""
        seen: set[str] = set()
        for item in response.xpath("//item"):
            link = clean_inline(item.xpath("link/text()").get()) or clean_inline(
                item.xpath("guid/text()").get()
            )
            if not link:
                continue
            url = self._canonical(link, response.url)
            title = clean_inline(item.xpath("title/text()").get())
            if not self.is_article_url(url) or url in seen or not self._is_press_release(item, title):
                continue
            seen.add(url)
            yield ListEntry(
                url=url, title=title or None, published_at=parse_date(item.xpath("pubDate/text()").get())
            )

    def parse_feed(self, response: Response) -> Iterator[Request]:
        """The feed is this board's list page: route it through :meth:`parse_list` (공고 filtered)."""
        yield from self.parse_list(response)  # type: ignore[attr-defined]

    def _is_press_release(self, item, title: str) -> bool:
        """보도자료 category wins; a 공고 category or ``[공고]`` title drops the item; else keep."""
        categories = " ".join(clean_inline(c) for c in item.xpath("category/text()").getall())
        if self.press_re.search(categories):
            return True
        if self.notice_re.search(categories):
            return False
        return not re.match(r"^\s*[\[(【]?\s*(?:공고|고시)", title)

    def _news_article(self, response: Response) -> dict[str, Any]:
        """The JSON-LD ``NewsArticle`` of ``response`` (parsed once per response for title, date, body)."""
        cached = getattr(self, "_json_ld", None)
        if cached is None or cached[0] is not response:
            self._json_ld = cached = (response, _find_news_article(response))
        return cached[1]

    def _parse_title(self, response: Response) -> str | None:
        """JSON-LD ``headline``, else ``h1.entry-title`` / og:title."""
        return clean_inline(self._news_article(response).get("headline")) or super()._parse_title(response)  # type: ignore[misc]

    def _parse_published_at(self, response: Response) -> str | None:
        """JSON-LD ``datePublished``, else the feed date carried in ``meta``."""
        return parse_date(self._news_article(response).get("datePublished")) or super()._parse_published_at(
            response
        )  # type: ignore[misc]

    def _parse_body(self, response: Response, *, title: str | None = None) -> tuple[str, str]:
        """JSON-LD ``articleBody`` (plain text or HTML), else ``div.entry-content``."""
        body = self._news_article(response).get("articleBody")
        if body:
            return self._clean_board_html(_paragraphs_html(body), title=title), "selectors"
        return super()._parse_body(response, title=title)


# -- 고용노동부 (MOEL) ---------------------------------------------------------------------------


class MoelMixin(BoardMixin):
    """고용노동부 press releases: ``enewsList.do?pageIndex=N`` and ``enewsView.do?news_seq=N``.

    Quirks (SOURCES.md §4): ``;jsessionid=`` inside the path (so ``a[href*="enewsView.do?news_seq="]``
    alone misses links — match ``enewsView.do`` and parse); an anchor whose text is only
    "보도자료"/"보도참고자료" (title then comes from the ``title`` attribute or the row's longest link);
    each attachment linked twice (name and "다운로드").
    """

    family: ClassVar[str] = "moel"
    article_url_re: ClassVar[re.Pattern[str]] = re.compile(
        r"enewsView\.do(?:;jsessionid=[^?]*)?\?(?:[^#]*&)?news_seq=(\d+)"
    )
    list_item_css: ClassVar[str] = "table tbody tr, ul.board_list > li"
    title_css: ClassVar[tuple[str, ...]] = (
        ".board_view .b_info .title",
        ".board_view h3",
        ".bbs_view h3",
        "#contents h3.title",
    )
    date_css: ClassVar[tuple[str, ...]] = (".board_view .b_info .date", ".bbs_view .date")
    body_css: ClassVar[tuple[str, ...]] = (".board_view .b_content", ".board_view", ".bbs_view", "#contents")
    body_drop_css: ClassVar[tuple[str, ...]] = (
        ".b_info",
        ".file",
        ".b_file",
        ".btn_area",
        ".title",
        "h3",
        ".prev_next",
    )
    attachment_css: ClassVar[tuple[str, ...]] = (
        'a[href*="downloadFile.do"]',
        'a[href*="downloadAllZip.do"]',
    )
    _LABEL_ONLY: ClassVar[re.Pattern[str]] = re.compile(
        r"^(?:보도(?:참고|해명|설명)?자료|참고자료|설명자료|새창)$"
    )

    def _canonical(self, href: str, base: str) -> str:
        """``…/enewsView.do?news_seq=N`` (jsessionid and list state dropped)."""
        url = canonicalize_url(href, base)
        match = self.article_url_re.search(url)
        return urljoin(url, f"enewsView.do?news_seq={match.group(1)}") if match else url

    def _parse_list_entries(self, response: Response) -> Iterable[ListEntry]:
        """One entry per ``news_seq`` (rows link an article more than once), title from the row."""
        seen: set[str] = set()
        for row in response.css(self.list_item_css):
            links = [a for a in row.css("a[href]") if "enewsView.do" in a.attrib["href"]]
            if not links:
                continue
            url = self._canonical(links[0].attrib["href"], response.url)
            if not self.is_article_url(url) or url in seen:
                continue
            seen.add(url)
            yield ListEntry(
                url=url, title=self._parse_list_title(links), published_at=self._parse_row_date(row)
            )

    def _parse_list_title(self, links) -> str | None:
        """Longest anchor text that is not a bare label, else a ``title`` attribute."""
        texts = [clean_inline(" ".join(a.css("::text").getall())) for a in links]
        real = [t for t in texts if t and not self._LABEL_ONLY.match(t)]
        if real:
            return max(real, key=len)
        titles = [clean_inline(a.attrib.get("title", "")).removesuffix(" 새창") for a in links]
        return next((t for t in titles if t and not self._LABEL_ONLY.match(t)), None)

    def list_url(self, base: str, page: int) -> str:
        """``enewsList.do?pageIndex=P`` (the search state is not kept)."""
        return urljoin(canonicalize_url(base), f"enewsList.do?pageIndex={page}")


# -- eGov selectBoardArticle ----------------------------------------------------------------------


def th_value(response: Response, *labels: str) -> str:
    """Inline text of the cell after the ``<th>`` labelled one of ``labels`` (board detail tables)."""
    for label in labels:
        cell = response.xpath(f"//th[normalize-space()='{label}']/following-sibling::td[1]")
        if cell:
            return clean_inline(" ".join(cell[0].xpath(".//text()").getall()))
    return ""


class EgovBoardArticleMixin(BoardMixin):
    """eGov ``selectBoardList.do?bbsId=BBSMSTR_…&menuId=`` with ``javascript:viewMove('id')`` links.

    The list has no article hrefs: the id is the argument of ``viewMove`` (href or onclick), and the
    detail URL ``selectBoardArticle.do?bbsId=…&menuId=…&nttId=ID`` is built from it (the site posts a
    form; eGov answers the same GET). Dates are ``YYYY년MM월DD일``; the body is the last
    ``td.output`` of the detail table, whose title and date sit in ``th``-labelled cells (SOURCES.md §4).
    """

    family: ClassVar[str] = "egov_board_article"
    bbs_id: ClassVar[str] = ""
    menu_id: ClassVar[str] = ""

    article_url_re: ClassVar[re.Pattern[str]] = re.compile(
        r"selectBoardArticle\.do(?:;jsessionid=[^?]*)?\?(?:[^#]*&)?nttId=(\d+)"
    )
    list_item_css: ClassVar[str] = "table tbody tr"
    body_xpath: ClassVar[tuple[str, ...]] = (
        "(//td[contains(concat(' ', normalize-space(@class), ' '), ' output ')])[last()]",
    )
    attachment_css: ClassVar[tuple[str, ...]] = (
        "a[href*='fn_egov_downFile']",
        "a[onclick*='fn_egov_downFile']",
    )

    def is_article_url(self, url: str) -> bool:
        """A ``selectBoardArticle.do?…nttId=`` URL of this ``bbsId``."""
        return bool(self.article_url_re.search(url)) and query_param(url, "bbsId") == self.bbs_id

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
        return th_value(response, "제목") or super()._parse_title(response)  # type: ignore[misc]

    def _parse_published_at(self, response: Response) -> str | None:
        """The cell labelled 작성일/등록일 (``YYYY년MM월DD일``), else the list date."""
        return parse_date(th_value(response, "작성일", "등록일")) or super()._parse_published_at(response)  # type: ignore[misc]


# -- site/ex/bbs ----------------------------------------------------------------------------------

_WDIGM_TITLE = re.compile(r"wdigm_title\(\s*['\"](.*?)['\"]\s*\)", re.S)


def _text_or_wdigm(node) -> str:
    """Visible text of ``node``, or the argument of a ``wdigm_title('…')`` script inside it (양천)."""
    script = " ".join(node.css("script::text").getall())
    match = _WDIGM_TITLE.search(script)
    if match:
        return clean_inline(match.group(1).replace("\\'", "'"))
    return clean_inline(" ".join(node.xpath(".//text()[not(ancestor::script)]").getall()))


class SiteExBbsMixin(BoardMixin):
    """``/site/{slug}/ex/bbs/List.do?cbIdx=N`` boards (관악, 양천, 서초): ``doBbsFView(...)`` links.

    Links carry no URL: ``onclick="doBbsFView('cbIdx','bcIdx',…)"`` is turned into
    ``View.do?cbIdx=N&bcIdx=M`` (the argument order is an assumption: SOURCES.md only names the
    function). 양천 writes titles with ``<script>wdigm_title('…')</script>`` so the text is empty
    without JavaScript. Body ``div.view_contents``.
    """

    family: ClassVar[str] = "site_ex_bbs"
    cb_idx: ClassVar[str] = ""

    article_url_re: ClassVar[re.Pattern[str]] = re.compile(r"/ex/bbs/View\.do\?(?:[^#]*&)?bcIdx=(\d+)")
    list_item_css: ClassVar[str] = "table tbody tr, ul.bbs_list > li"
    title_css: ClassVar[tuple[str, ...]] = ()
    date_css: ClassVar[tuple[str, ...]] = (
        "div.view_info .date",
        "ul.view_info li.date",
        "div.view_head .date",
    )
    body_css: ClassVar[tuple[str, ...]] = ("div.view_contents",)
    attachment_css: ClassVar[tuple[str, ...]] = ("div.view_file a[href]", "ul.file_list a[href]")

    def is_article_url(self, url: str) -> bool:
        """A ``View.do?…bcIdx=`` URL of this board's ``cbIdx``."""
        return bool(self.article_url_re.search(url)) and query_param(url, "cbIdx") == self.cb_idx

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
                title=strip_title_badges(_text_or_wdigm(link)),
                published_at=self._parse_row_date(row),
            )

    def _parse_title(self, response: Response) -> str | None:
        """``div.view_title`` / ``.view_head h4`` text, or its ``wdigm_title('…')`` argument."""
        for css in ("div.view_title", "div.view_head h4", "h4.view_tit"):
            node = response.css(css)
            if node and (title := _text_or_wdigm(node[0])):
                return title
        return super()._parse_title(response)  # type: ignore[misc]


# -- spiders ------------------------------------------------------------------------------------


class SeoulGuroSpider(SiBbsNttMixin, GovnewsSpider):
    """구로구 보도자료 (SI board 665/1793)."""

    name = "seoul_guro"
    home_region = "서울특별시"
    district_code = "1153000000"
    bbs_no, bbs_key = "665", "1793"
    start_urls = ("https://www.guro.go.kr/www/selectBbsNttList.do?bbsNo=665&key=1793",)
    sample_paths = ("seoul_guro/www/selectBbsNttList.do?bbsNo=665&key=1793",)


class SeoulGeumcheonSpider(SiBbsNttMixin, GovnewsSpider):
    """금천구 보도자료 (SI board 8/297 under ``/portal/``; banners of board 80 share the prefix)."""

    name = "seoul_geumcheon"
    home_region = "서울특별시"
    district_code = "1154500000"
    bbs_no, bbs_key = "8", "297"
    start_urls = ("https://www.geumcheon.go.kr/portal/selectBbsNttList.do?bbsNo=8&key=297",)


class SeoulSongpaSpider(SiBbsNttMixin, GovnewsSpider):
    """송파구 보도자료 (SI board 96/2781)."""

    name = "seoul_songpa"
    home_region = "서울특별시"
    district_code = "1171000000"
    bbs_no, bbs_key = "96", "2781"
    start_urls = ("https://www.songpa.go.kr/www/selectBbsNttList.do?bbsNo=96&key=2781",)


class SeoulSeongdongSpider(SiBbsNttMixin, GovnewsSpider):
    """성동구 보도자료 (SI board 188/1477 under ``/main/``)."""

    name = "seoul_seongdong"
    home_region = "서울특별시"
    district_code = "1120000000"
    bbs_no, bbs_key = "188", "1477"
    start_urls = ("https://www.sd.go.kr/main/selectBbsNttList.do?bbsNo=188&key=1477",)


class SeoulDongdaemunSpider(SiBbsNttMixin, GovnewsSpider):
    """동대문구 보도자료 (SI board 39/199)."""

    name = "seoul_dongdaemun"
    home_region = "서울특별시"
    district_code = "1123000000"
    bbs_no, bbs_key = "39", "199"
    start_urls = ("https://www.ddm.go.kr/www/selectBbsNttList.do?bbsNo=39&key=199",)


class SeoulSeongbukSpider(SiBbsNttMixin, GovnewsSpider):
    """성북구 보도자료 (SI board 46/6356)."""

    name = "seoul_seongbuk"
    home_region = "서울특별시"
    district_code = "1129000000"
    bbs_no, bbs_key = "46", "6356"
    start_urls = ("https://www.sb.go.kr/www/selectBbsNttList.do?bbsNo=46&key=6356",)


class SeoulEunpyeongSpider(SiBbsNttMixin, GovnewsSpider):
    """은평구 보도자료 (SI board 48/762)."""

    name = "seoul_eunpyeong"
    home_region = "서울특별시"
    district_code = "1138000000"
    bbs_no, bbs_key = "48", "762"
    start_urls = ("https://www.ep.go.kr/www/selectBbsNttList.do?bbsNo=48&key=762",)


class SeoulYeongdeungpoSpider(SiBbsNttMixin, GovnewsSpider):
    """영등포구 보도자료 (SI board 45/2868)."""

    name = "seoul_yeongdeungpo"
    home_region = "서울특별시"
    district_code = "1156000000"
    bbs_no, bbs_key = "45", "2868"
    start_urls = ("https://www.ydp.go.kr/www/selectBbsNttList.do?bbsNo=45&key=2868",)


class SeoulYongsanSpider(EgovPortalBbsMixin, GovnewsSpider):
    """용산구 보도자료 (eGov portal/bbs; the real board id and menuNo are not documented)."""

    name = "seoul_yongsan"
    home_region = "서울특별시"
    district_code = "1117000000"
    board_id, menu_no = "B0000041", "200228"
    start_urls = ()  # URL not documented in SOURCES.md: pass -a start_url=… or use the sample site
    sample_paths = ("seoul_yongsan/portal/bbs/B0000041/list.do?menuNo=200228",)


class SeoulNewsSpider(SeoulNewsMixin, GovnewsSpider):
    """서울시 보도자료 from news.seoul.go.kr (광역 board: no district code)."""

    name = "seoul_news"
    home_region = "서울특별시"
    start_urls = ("https://news.seoul.go.kr/gov/feed/",)
    sample_paths = ("seoul_news/gov/feed/",)


class MoelSpider(MoelMixin, GovnewsSpider):
    """고용노동부 보도자료 (central ministry: no home region)."""

    name = "moel"
    start_urls = ("https://www.moel.go.kr/news/enews/report/enewsList.do?pageIndex=1",)
    sample_paths = ("moel/news/enews/report/enewsList.do?pageIndex=1",)


class SeoulJongnoSpider(EgovBoardArticleMixin, GovnewsSpider):
    """종로구 보도자료 (eGov selectBoardArticle; bbsId and menuId are not documented)."""

    name = "seoul_jongno"
    home_region = "서울특별시"
    district_code = "1111000000"
    bbs_id, menu_id = "BBSMSTR_000000000271", "1752"  # illustrative: SOURCES.md gives only BBSMSTR_…
    start_urls = ()  # URL not documented: pass -a start_url=…


class SeoulYangcheonSpider(SiteExBbsMixin, GovnewsSpider):
    """양천구 보도자료 (site/ex/bbs; titles written by ``wdigm_title('…')``; slug and cbIdx not documented)."""

    name = "seoul_yangcheon"
    home_region = "서울특별시"
    district_code = "1147000000"
    cb_idx = "263"  # illustrative
    start_urls = ()  # URL not documented: pass -a start_url=…


# -- bespoke boards (no shared CMS: the selectors live on the spider) ----------------------------------------------------------------


class SeoulSeodaemunSpider(BoardMixin, GovnewsSpider):
    """서대문구 보도자료 ``/news/news.do?mode=view&sdmBoardSeq=N``: EUC-KR pages, body ``td#viewCon``."""

    name = "seoul_seodaemun"
    home_region = "서울특별시"
    district_code = "1141000000"
    family: ClassVar[str] = "bespoke"
    article_url_re: ClassVar[re.Pattern[str]] = re.compile(
        r"/news/news\.do\?(?=[^#]*\bmode=view)(?:[^#]*&)?sdmBoardSeq=(\d+)"
    )
    list_item_css: ClassVar[str] = "table.list tr"
    list_date_css: ClassVar[str] = "td:last-child"
    title_css: ClassVar[tuple[str, ...]] = ("td.view_title", "th.view_title", "div.view_title")
    body_css: ClassVar[tuple[str, ...]] = ("td#viewCon",)
    attachment_css: ClassVar[tuple[str, ...]] = ("td.view_file a[href]",)

    def _canonical(self, href: str, base: str) -> str:
        """``…/news/news.do?mode=view&sdmBoardSeq=N``."""
        url = canonicalize_url(href, base)
        match = self.article_url_re.search(url)
        return urljoin(url, f"news.do?mode=view&sdmBoardSeq={match.group(1)}") if match else url

    def _parse_published_at(self, response: Response) -> str | None:
        """The cell labelled 등록일/작성일, else the list date."""
        return parse_date(th_value(response, "등록일", "작성일")) or super()._parse_published_at(response)  # type: ignore[misc]


class SeoulGangnamSpider(BoardMixin, GovnewsSpider):
    """강남구 보도자료 ``/board/B_000031/{id}/view.do?mid=ID01_031``.

    The Hancom web editor draws the body with JavaScript, so the plain text exists only in
    ``input#content_main_text[value]`` (SOURCES.md §4).
    """

    name = "seoul_gangnam"
    home_region = "서울특별시"
    district_code = "1168000000"
    family: ClassVar[str] = "bespoke"
    article_url_re: ClassVar[re.Pattern[str]] = re.compile(r"/board/B_000031/(\d+)/view\.do")
    title_css: ClassVar[tuple[str, ...]] = ("div.board_view .title", "div.view_title h3", "h3.view_tit")
    date_css: ClassVar[tuple[str, ...]] = ("div.board_view .date", "ul.view_info li.date")

    def _canonical(self, href: str, base: str) -> str:
        """``…/board/B_000031/{id}/view.do?mid=ID01_031``."""
        url = canonicalize_url(href, base)
        match = self.article_url_re.search(url)
        return urljoin(url, f"/board/B_000031/{match.group(1)}/view.do?mid=ID01_031") if match else url

    def _body_html(self, response: Response) -> str | None:
        """The ``value`` of ``input#content_main_text`` (HTML-escaped editor text), as paragraphs."""
        value = response.css("input#content_main_text::attr(value)").get()
        if not value or not value.strip():
            return super()._body_html(response)
        return _paragraphs_html(value)
