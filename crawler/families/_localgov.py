"""Stage 1 (crawl): the shared base of the local-government board families learnt from real boards.

Must not import ``extract`` or ``kb``. :class:`LocalGovBoard` is an abstract
:class:`crawler.families.board.BoardSpider` (so a :class:`~crawler.spiders.base.GovnewsSpider`)
that declares no ``family`` of its own, so :func:`crawler.families.family_classes` never registers
it. The family modules :mod:`~crawler.families.yb_board`, :mod:`~crawler.families.web_cms`,
:mod:`~crawler.families.portal_bbs_ptidx`, :mod:`~crawler.families.dom_board`,
:mod:`~crawler.families.egov_cop_bbs` and :mod:`~crawler.families.bbsmsg` subclass it.

From ``BoardSpider`` it keeps the body cleanup (이전글/다음글, 공공누리, "사진 확대보기", HWP tables
one line per row) and the stub report (a body that only points to the attachments). What it adds,
from class attributes alone:

- **one board per list URL**: a site is identified by its start URL, never by spider attributes.
  :meth:`LocalGovBoard.board_key` reads the board's identity from a URL (a path, ``ptIdx``,
  ``boardId``, ``BBSMSTR_…``, ``bcd``) and a list page keeps only links of its own board (menus,
  sidebars and pinned rows of other boards link into the same view script);
- **label/value metadata**: dates and the department sit in ``dl dt/dd``, ``th/td``,
  ``li "라벨 : 값"`` or ``li <strong>라벨</strong> 값``; :meth:`LocalGovBoard.meta` collects them;
- **author = the 담당부서**: a press release is signed by a department (관광과, 홍보담당관), which
  becomes ``author``; the 작성자 is used where the board shows no department (on these boards it
  is usually a department too);
- **attachments**: hrefs, ``window.open('…')`` and eGov ``fn_egov_downFile('id','sn')`` calls, in
  page order, each once; photos uploaded as attachments are not documents and are left out;
- **numbered pagination**: the next list page is the current URL with ``page_param`` + 1, requested
  only when the pager links to that page (an href or a ``goPage(N)``-style call);
- **recognition**: :meth:`LocalGovBoard.matches_markup` searches ``markup_re`` in the page.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from parsel import Selector
from scrapy.http import Request, Response

from crawler.dates import now_kst, parse_date
from crawler.families.board import BoardSpider
from crawler.spiders.base import ListEntry, canonicalize_url, clean_inline
from crawler.text import query_param

__all__ = ["LocalGovBoard", "strip_badges"]

#: a date in a list row or meta cell: ``2025-12-10``, ``2025.12.10 17:43``, ``2025년 12월 10일``
_DATE_TEXT = re.compile(r"(?:19|20)\d{2}\s*(?:[.\-/]|년)\s*\d{1,2}\s*(?:[.\-/]|월)\s*\d{1,2}")
#: "N"/"NEW"/"새글"/"새 글" badges glued to list titles
_BADGE = re.compile(r"(?:\s*\[?(?:NEW|New|new|새\s?글|신규)\]?|\s+N)+\s*$")
#: the ``title`` attribute of list links: "… 에 대한 글내용 보기." / "… 바로가기" / "… 새창"
_LINK_TITLE_SUFFIX = re.compile(
    r"\s*(?:에\s*대한\s*글\s*내용\s*보기\.?|바로\s*가기|상세\s*보기|새\s*창(?:\s*열림)?)\s*$"
)
#: JavaScript that opens a URL: ``window.open('/x')``, ``location.href='/x'``
_JS_URL = re.compile(r"(?:window\.open|location\.href\s*=|location\.replace)\s*\(?\s*['\"]([^'\"]+)['\"]")
#: eGov's attachment call ``fn_egov_downFile('FILE_000000000012345','0')`` → ``/cmm/fms/FileDown.do``
_EGOV_DOWNFILE = re.compile(r"fn_egov_downFile\(\s*['\"]([^'\"]+)['\"]\s*,\s*['\"]([^'\"]*)['\"]")
#: a department value cut before a phone number or a person: "관광과 (061-430-3224)", "홍보담당관 홍길동"
_PHONE = re.compile(r"\(?\s*(?:0\d{1,2}|1\d{3})\s*[-)]\s*\d{3,4}\s*-\s*\d{4}\s*\)?")
_LABEL_CLEAN = re.compile(r"[\s:：|·]+")
#: photos uploaded as attachments: not documents, so not kept in ``Article.attachments``
_IMAGE_FILE = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp)(?:$|[?#])", re.I)


def strip_badges(title: str | None) -> str | None:
    """A list title without the ``N``/``NEW``/``새 글`` badge; ``None`` when nothing is left."""
    return _BADGE.sub("", clean_inline(title)).strip() or None


def set_query_param(url: str, name: str, value: str) -> str:
    """``url`` with query parameter ``name`` set to ``value`` (appended when absent)."""
    parts = urlsplit(url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if any(key == name for key, _ in pairs):
        pairs = [(key, value if key == name else val) for key, val in pairs]
    else:
        pairs.append((name, value))
    return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(pairs, safe="/%"), ""))


def _node_text(node: Selector) -> str:
    return clean_inline(" ".join(node.xpath(".//text()[not(ancestor::script)]").getall()))


def _label(text: str) -> str:
    return _LABEL_CLEAN.sub("", text)


class LocalGovBoard(BoardSpider):
    """Abstract base of the real-board families (no ``family`` here: see the module docstring).

    Class attributes a family sets, besides those of :class:`GovnewsSpider`:

    - ``markup_re``: markers of the software in a page's HTML (:meth:`matches_markup`);
    - ``list_link_attrs``: link attributes that may hold the article URL (``href``, ``data-action``);
    - ``page_param`` and ``pager_css``: the list's page parameter and its pager links;
    - ``meta_css``: containers of label/value pairs; ``meta_date_labels`` and ``department_labels``:
      the labels read from them, in order of trust;
    - ``attachment_css``: attachment links; ``body_line_drop``: lines dropped from the body.
    """

    markup_re: ClassVar[re.Pattern[str] | None] = None
    list_link_attrs: ClassVar[tuple[str, ...]] = ("href",)
    page_param: ClassVar[str] = "page"
    pager_css: ClassVar[str] = "div.paging a, div.pagination a"
    meta_css: ClassVar[tuple[str, ...]] = ()
    meta_date_labels: ClassVar[tuple[str, ...]] = (
        "등록일",
        "작성일",
        "게시일",
        "보도일",
        "등록일시",
        "작성일시",
    )
    department_labels: ClassVar[tuple[str, ...]] = ("담당부서", "작성부서", "부서명", "부서", "작성과")
    person_labels: ClassVar[tuple[str, ...]] = ("작성자", "담당자", "글쓴이")
    attachment_css: ClassVar[tuple[str, ...]] = ()
    body_line_drop: ClassVar[re.Pattern[str] | None] = None

    # -- recognition ---------------------------------------------------------------------------

    @classmethod
    def matches_markup(cls, html: str) -> bool:
        """True when ``html`` carries this family's markers (a cheap regex search, no parsing)."""
        return bool(cls.markup_re is not None and cls.markup_re.search(html))

    def board_key(self, url: str) -> str | None:
        """What identifies one board in a URL of this software (default: the path)."""
        return urlsplit(url).path

    # -- list pages ----------------------------------------------------------------------------

    def _row_href(self, link: Selector) -> str | None:
        """The article URL a list link carries: an attribute of ``list_link_attrs`` or a JS call."""
        for attr in self.list_link_attrs:
            value = (link.attrib.get(attr) or "").strip()
            if value and not value.startswith(("javascript:", "#")):
                return value
        found = _JS_URL.search(f"{link.attrib.get('onclick', '')} {link.attrib.get('href', '')}")
        return found.group(1) if found else None

    def _list_title(self, row: Selector, link: Selector) -> str | None:
        """``list_title_css`` text, else the link's ``title`` attribute, else its text; no badges."""
        if self.list_title_css and (node := row.css(self.list_title_css)):
            title = strip_badges(_node_text(node[0]))
            if title:
                return title
        attr = _LINK_TITLE_SUFFIX.sub("", clean_inline(link.attrib.get("title")))
        return strip_badges(attr) or strip_badges(_node_text(link))

    def _list_date(self, row: Selector) -> str | None:
        """The first date among ``list_date_css`` nodes (or the row's cells)."""
        for node in row.css(self.list_date_css or "td"):
            text = _node_text(node)
            if _DATE_TEXT.search(text):
                return parse_date(text, reference=now_kst())
        return None

    def _parse_list_entries(self, response: Response) -> Iterable[ListEntry]:
        """Rows of ``list_item_css`` whose link opens an article of *this* board, in page order."""
        board = self.board_key(response.url)
        seen: set[str] = set()
        for row in response.css(self.list_item_css or "a"):
            links = [row] if self.list_item_css is None else row.css(self.list_link_css)
            for link in links:
                href = self._row_href(link)
                if not href:
                    continue
                url = self.canonical_url(href, response.url)
                if not self.is_article_url(url) or self.board_key(url) != board:
                    continue
                if url not in seen:
                    seen.add(url)
                    yield ListEntry(
                        url=url, title=self._list_title(row, link), published_at=self._list_date(row)
                    )
                break

    def _parse_next_page(self, response: Response) -> Request | None:
        """The list URL with ``page_param`` + 1, when the pager links to that page."""
        current = int(query_param(response.url, self.page_param) or 1)
        wanted = current + 1
        for link in response.css(self.pager_css):
            href = link.attrib.get("href", "")
            page = (
                query_param(canonicalize_url(href, response.url), self.page_param)
                if f"{self.page_param}=" in href
                else None
            )
            if page is None and (
                call := re.search(r"\(\s*['\"]?(\d+)['\"]?\s*\)", link.attrib.get("onclick", "") + href)
            ):
                page = call.group(1)
            if page == str(wanted):
                url = set_query_param(canonicalize_url(response.url), self.page_param, str(wanted))
                return Request(self._localize(url), callback=self.parse_list, errback=self.on_error)
        return None

    # -- article pages -------------------------------------------------------------------------

    def meta(self, response: Response) -> dict[str, str]:
        """Label → value pairs of the ``meta_css`` containers: ``dt/dd``, ``th/td``, ``li "라벨 : 값"``
        and ``li <strong>라벨</strong> 값``.

        Labels lose their spaces and colons (``"담 당 부 서"`` → ``"담당부서"``); the first value wins.
        """
        pairs: dict[str, str] = {}
        for css in self.meta_css:
            for box in response.css(css):
                for dt in box.css("dt, th"):
                    cell = dt.xpath("following-sibling::*[self::dd or self::td][1]")
                    if cell:
                        pairs.setdefault(_label(_node_text(dt)), _node_text(cell[0]))
                for item in box.css("li, span, p"):
                    text = _node_text(item)
                    if len(text) > 120:
                        continue
                    lead = item.xpath("./*[1][self::strong or self::b or self::em or self::span]")
                    label = _node_text(lead[0]) if lead else ""
                    if label and text.startswith(label) and 1 < len(_label(label)) <= 6:
                        # <li><strong>작성일</strong> 2025-11-20 10:02</li>, <li><span>작성자</span> : 관광과</li>
                        if value := text[len(label) :].strip(" :："):
                            pairs.setdefault(_label(label), value)
                    elif match := re.match(r"([^:：]{2,12})[:：](.+)", text):
                        # <li>등록일 : 2025-12-11 09:42</li>
                        pairs.setdefault(_label(match.group(1)), clean_inline(match.group(2)))
        return pairs

    def _parse_title(self, response: Response) -> str | None:
        """``title_css``, the 제목 meta cell, ``og:title``, else ``<title>`` without the site trail."""
        for css in self.title_css:
            if node := response.css(css):
                title = _node_text(node[0])
                if title:
                    return title
        if labelled := self.meta(response).get("제목"):
            return labelled
        og = clean_inline(response.css('meta[property="og:title"]::attr(content)').get())
        page = og or clean_inline(response.css("title::text").get())
        # "제목 < 보도자료 < 군정소식 - 강진군청" / "제목 | 새소식 | 김해시청" / "제목 - 거제시청"
        page = re.split(r"\s+(?:<|&lt;|\||>)\s+", page)[0]
        page = re.sub(r"\s+-\s+[^-]{2,30}(?:청|시|군|구)\s*$", "", page)
        return page or None

    def _parse_published_at(self, response: Response) -> str | None:
        """The first ``meta_date_labels`` meta value that parses, else the base rules (list date …)."""
        values = self.meta(response)
        for label in self.meta_date_labels:
            if (value := values.get(label)) and (iso := parse_date(value)):
                return iso
        return super()._parse_published_at(response)

    def _parse_author(self, response: Response) -> str | None:
        """The 담당부서 (without phone numbers), else the 작성자; ``None`` when the board shows neither."""
        values = self.meta(response)
        for label in (*self.department_labels, *self.person_labels):
            value = clean_inline(_PHONE.sub(" ", values.get(label, ""))).strip(" /,")
            if value and value not in {"관리자", "운영자", "admin"}:
                return value
        return None

    def _clean_board_html(self, html: str, *, title: str | None = None) -> str:
        """The board body cleanup, then the family's own ``body_line_drop`` lines (photo captions)."""
        text = super()._clean_board_html(html, title=title)
        if self.body_line_drop is None:
            return text
        drop = self.body_line_drop
        return "\n".join(line for line in text.split("\n") if not drop.match(line.strip()))

    def _parse_attachments(self, response: Response) -> list[str]:
        """Document attachment URLs in page order, each once (a file is often linked twice: name +
        다운로드); photos uploaded as attachments are left out. Hrefs, ``window.open('…')`` calls and
        eGov's ``fn_egov_downFile('id','sn')`` (→ ``/cmm/fms/FileDown.do``) are understood."""
        found: list[str] = []
        for css in self.attachment_css:
            for link in response.css(css):
                href = (link.attrib.get("href") or "").strip()
                if not href or href.startswith(("javascript:", "#")):
                    script = f"{link.attrib.get('onclick', '')} {href}"
                    call, egov = _JS_URL.search(script), _EGOV_DOWNFILE.search(script)
                    if egov:
                        href = f"/cmm/fms/FileDown.do?atchFileId={egov.group(1)}&fileSn={egov.group(2)}"
                    else:
                        href = call.group(1) if call else ""
                if href and not _IMAGE_FILE.search(href) and not _IMAGE_FILE.search(_node_text(link)):
                    url = canonicalize_url(href, response.url)
                    if url not in found:
                        found.append(url)
        return found
