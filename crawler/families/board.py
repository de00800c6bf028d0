"""Stage 1 (crawl): what every government press board shares — :class:`BoardSpider` and its helpers.

Must not import ``extract`` or ``kb``. Markup follows SOURCES.md §4 (families) and §7 items 9–12
(quirks). Every board family module subclasses :class:`BoardSpider`: no author (press releases are
signed by a department), body chrome of government CMSs removed (이전글/다음글, 공공누리, "사진
확대보기"), HWP tables flattened to one line per row, attachment links collected and stub bodies
("첨부를 확인") reported. The helpers (:func:`strip_title_badges`, :func:`js_call_args`,
:func:`th_value`, …) serve board families that read list rows or label cells.
"""

from __future__ import annotations

import dataclasses
import re
from html import escape
from typing import ClassVar
from urllib.parse import urljoin

import lxml.html
from scrapy.http import Request, Response

from crawler.dates import parse_date
from crawler.items import Article
from crawler.spiders.base import GovnewsSpider, canonicalize_url, clean_inline
from crawler.text import clean_korean_body, fragment_to_text, query_param

__all__ = [
    "BoardSpider",
    "is_stub_body",
    "js_call_args",
    "paragraphs_html",
    "strip_title_badges",
    "th_value",
]

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


def paragraphs_html(text: str) -> str:
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


class BoardSpider(GovnewsSpider):
    """Behaviour shared by every government press board (abstract: no ``name``, no ``family``)."""

    kind = "board"
    #: a press release is signed by a department, not a reporter: an author is only what the family
    #: itself reads (none here; the 담당부서 in :class:`crawler.families._localgov.LocalGovBoard`)
    author_from_generic = False
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
        return Request(url, callback=self.parse_list)

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
        item = super().parse_article(response)
        if item is None:
            return None
        attachments = self._parse_attachments(response)
        stub = is_stub_body(item.body_text)
        if stub:
            self.logger.warning(
                "%s: body is a stub pointing to %d attachment(s): %s", item.source, len(attachments), item.url
            )
            self._inc_stat("govnews/stub_bodies")
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
        for css in self.body_css:
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
        return super()._parse_body(response, title=title)

    def _clean_board_html(self, html: str, *, title: str | None = None) -> str:
        """Board body HTML → clean text (shared by HTML boards and JSON-LD bodies): board chrome
        elements and lines out, tables one line per row, then :func:`crawler.text.clean_korean_body`."""
        root = lxml.html.fragment_fromstring(html, create_parent="div")
        _drop_chrome_elements(root)
        _flatten_tables(root)
        text = fragment_to_text(lxml.html.tostring(root, encoding="unicode"), self.body_drop_css)
        lines = [line for line in text.split("\n") if not _CHROME_LINE.match(line.strip())]
        return clean_korean_body("\n".join(lines), title=title)


def th_value(response: Response, *labels: str) -> str:
    """Inline text of the cell after the ``<th>`` labelled one of ``labels`` (board detail tables)."""
    for label in labels:
        cell = response.xpath(f"//th[normalize-space()='{label}']/following-sibling::td[1]")
        if cell:
            return clean_inline(" ".join(cell[0].xpath(".//text()").getall()))
    return ""
