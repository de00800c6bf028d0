"""Stage 1 (crawl): a site-independent parser for Korean news articles and press-board posts.

Must not import ``extract`` or ``kb``. :func:`parse_generic` turns raw page bytes (plus, optionally,
the URL and the HTTP Content-Type) into a :class:`GenericArticle` — title, first publication time
(KST, ISO 8601), bare author name, body text, modification time — for pages no spider family claims,
and :func:`extract_body` is the body fallback of the family spiders when their selectors find nothing.

Evidence is read in the order a careful reader trusts it:

1. JSON-LD ``NewsArticle``/``Article`` (also inside ``@graph`` and lists);
2. ``og:``/``article:``/``dable:``/``twitter:`` meta tags;
3. the visible headline (``h1``–``h5`` with a title-like class, board tables' 제목 cell);
4. Korean CMS labels: 입력, 등록(일), 작성(일), 게시일, 기사입력, 승인 for the publication time
   (never 수정/업데이트), 작성자, 글쓴이, 기자, 담당자, 담당부서 for the author;
5. for the body, the page structure (``itemprop=articleBody``, ``#article-view-content-div``, board
   content cells …) and else text density, with Korean boilerplate cut (copyright lines, 공공누리
   blocks, attachment lists, contact lines and notes (``【과장 … 000-0000】``, ``※ 사진 있음 (☎ …)``),
   share widgets, 관련기사/많이 본 기사, reporter boxes, corrections notices, agency credits and
   keyword lines closing the text, photo captions, teasers and pull quotes).
   That line-level cut is :func:`crawler.text.clean_korean_body`, which the family spiders apply
   to their selector bodies too.

A meta date is checked against the visible labels: a 수정 time in ``article:published_time`` or a
time shifted by the 9-hour KST offset yields to the visible 입력 time, and a date-only or midnight
meta value yields to a visible time on the same day; an undated post line (``홍길동 / 2025-06-05``) is
read past an application period (``신청기간 : …~``). Pages rendered by JavaScript are read from
their ``data-*deploy-dt``/``data-*writer-name`` attributes and the JSON payload of their scripts
(``contentHtml``, ``deployDt`` …). Content after a premature ``</html>`` is kept, and a page is
refused (:class:`NotAnArticle`) when it is an error page, a list of links (also a gallery of post cards)
or holds no article text —
except a board post whose 제목 and 등록일 cells frame a body of images or attachments only.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import lxml.html
from lxml import etree
from lxml.cssselect import CSSSelector

from crawler.charset import decode_html
from crawler.dates import KST, parse_datetime
from crawler.text import APPROVED_LABELS as _APPROVED
from crawler.text import DATE_LABELS as _DATE_LABELS
from crawler.text import DEFAULT_BODY_DROP, clean_inline, clean_korean_body, drop_image_captions, html_to_text
from crawler.text import MODIFIED_LABELS as _MODIFIED
from crawler.text import PUBLISHED_LABELS as _PUBLISHED
from crawler.text import RELEASED_LABELS as _RELEASED
from crawler.text import SENTENCE_END as _SENTENCE_END

__all__ = ["GenericArticle", "NotAnArticle", "clean_korean_body", "extract_body", "parse_generic", "why_not_article"]


class NotAnArticle(ValueError):
    """The page holds no article; ``str(exc)`` is a one-line reason."""


@dataclass
class GenericArticle:
    """What :func:`parse_generic` found on one page."""

    title: str
    published_at: str | None  #: first publication, ISO 8601 KST (``+09:00``)
    author: str | None  #: bare name: no 기자, no ``서울=`` dateline, no e-mail
    body_text: str
    modified_at: str | None = None
    url: str | None = None
    article_no: str | None = None  #: the site's own article number, from the URL
    site_name: str | None = None
    #: where each field came from: ``json-ld``, ``meta``, ``label``, ``headline``, ``title-tag``,
    #: ``structure``, ``density``, ``byline`` …
    evidence: dict[str, str] = field(default_factory=dict)


# -- page loading ------------------------------------------------------------------------------

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_PREMATURE_END = re.compile(r"</\s*(?:body|html)\s*>", re.I)


def _decode(page: bytes | str, content_type: str | None) -> str:
    if isinstance(page, bytes):
        return decode_html(page, content_type)[0]
    return page


def _load(html: str):
    """lxml document of ``html``; content after a premature ``</html>`` is kept (lxml drops it)."""
    html = _XML_DECL.sub("", html, count=1)
    html = _PREMATURE_END.sub("", html)
    if not html.strip():
        raise NotAnArticle("empty page")
    try:
        return lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:
        raise NotAnArticle(f"unparseable page ({exc})") from None


def _text(el) -> str:
    return clean_inline(el.text_content()) if el is not None else ""


_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head", "title", "meta", "link"}


def _classes(el) -> str:
    return f"{el.get('class') or ''} {el.get('id') or ''}".lower()


# -- JSON-LD and meta --------------------------------------------------------------------------

_ARTICLE_TYPES = {
    "newsarticle", "article", "reportagenews", "analysisnewsarticle", "opinionnewsarticle",
    "backgroundnewsarticle", "blogposting", "report", "socialmediaposting", "liveblogposting",
}
_TRAILING_COMMA = re.compile(r",\s*([}\]])")


def _walk_jsonld(data: Any) -> Iterator[dict]:
    if isinstance(data, list):
        for item in data:
            yield from _walk_jsonld(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity", "mainEntityOfPage"):
            if isinstance(data.get(key), (list, dict)):
                yield from _walk_jsonld(data[key])


def _jsonld_objects(root) -> list[dict]:
    out: list[dict] = []
    for script in root.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        raw = (script.text or "").strip()
        raw = raw.removeprefix("<!--").removesuffix("-->").strip()
        if not raw:
            continue
        for attempt in (raw, _TRAILING_COMMA.sub(r"\1", raw)):
            try:
                out.extend(_walk_jsonld(json.loads(attempt, strict=False)))
                break
            except ValueError:
                continue
    return out


def _types(obj: dict) -> set[str]:
    kind = obj.get("@type") or ()
    kinds = [kind] if isinstance(kind, str) else list(kind) if isinstance(kind, list) else []
    return {str(k).lower() for k in kinds}


def _jsonld_article(objects: list[dict]) -> dict:
    for obj in objects:
        if _types(obj) & _ARTICLE_TYPES:
            return obj
    return {}


def _names(value: Any) -> list[str]:
    """Names from a JSON-LD ``author``/``publisher`` value (dict, list or string)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    return []


def _meta(root) -> dict[str, str]:
    """First value of each meta key (``property``, ``name`` or ``itemprop``), keys lower-cased."""
    return {key: values[0] for key, values in _meta_all(root).items()}


def _meta_all(root) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and content.strip():
            found.setdefault(key, []).append(content.strip())
    return found


# -- script data (pages rendered by JavaScript keep the article in a JSON payload) --------------

_SCRIPT_BODY_KEYS = ("contentHtml", "articleBody", "articleContent", "content_html", "bodyHtml", "body_html",
                     "newsContent", "article_body", "articleHtml")
_SCRIPT_DATE_KEYS = ("datePublished", "publishedAt", "published_at", "publishDate", "firstPublishDt", "deployDt",
                     "regDt", "regDate", "inputDate", "createDt", "pubDate", "releaseDate", "createdAt")
_SCRIPT_MODIFIED_KEYS = ("dateModified", "modifiedAt", "updatedAt", "reDeployDt", "modDt", "updateDt", "modifyDate")


def _script_values(scripts: list[str], keys: tuple[str, ...]) -> list[str]:
    """String values of ``keys`` in JSON payloads of scripts, also when the JSON sits in a JS string."""
    pattern = re.compile(r'"(' + "|".join(keys) + r')"\s*:\s*"((?:[^"\\]|\\.)*)"')
    out: list[str] = []
    for text in scripts:
        if not any(key in text for key in keys):
            continue
        for _level in range(2):
            found = pattern.findall(text)
            for _key, raw in found:
                value = raw
                for _decode in range(2):
                    try:
                        value = json.loads(f'"{value}"')
                    except ValueError:
                        break
                    if "\\u" not in value and '\\"' not in value:
                        break
                out.append(value)
            if found:
                break
            text = text.replace('\\"', '"').replace("\\\\", "\\")
    return out


_DATA_DATE_ATTR = re.compile(r"^data-(?![\w-]*(?:re-|mod|updat))[\w-]*(?:deploy|publish|pub|reg|create|input|first|write)[\w-]*(?:dt|date|time)$")
_DATA_AUTHOR_ATTR = re.compile(r"^data-[\w-]*(?:writer|byline|reporter|author)[\w-]*name$")


def _data_attributes(root, pattern: re.Pattern[str]) -> list[str]:
    out = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        for key, value in el.attrib.items():
            if key.startswith("data-") and value.strip() and pattern.match(key.lower()):
                out.append(value.strip())
    return out


# -- titles ------------------------------------------------------------------------------------

_MEDIA_SUFFIX = re.compile(
    r"(?:일보|신문|신문사|뉴스|타임즈|타임스|방송|저널|투데이|미디어|닷컴|매거진|통신|시정일보|구정신문|"
    r"news|times|daily|journal|tv|media|herald|post|press|"
    r"구청|시청|군청|도청|교육청|특별시|광역시|홈페이지|누리집|포털|(?<=[가-힣]{2})(?:청|구|시|군|도|부|처))$",
    re.I,
)
_SECTION_WORDS = {
    "보도자료", "보도 자료", "새소식", "공지사항", "뉴스", "소식", "게시판", "시정소식", "구정소식", "군정소식",
    "도정소식", "보도/해명자료", "보도·해명자료", "알림마당", "언론보도", "고시공고", "기사", "기사본문", "홈", "메인",
    "뉴스룸", "열린구청", "소통과 참여", "알림소식", "정책브리핑", "뉴스·소식", "기사보기", "상세보기", "내용보기",
    "게시물 상세", "본문", "view", "home", "news",
}
_TITLE_SEPARATORS = (" | ", " - ", " :: ", " – ", " — ", " < ", " > ", " ｜ ", " : ", "ㅣ", "｜", "|")
#: ``…커졌다-정치ㅣ한국일보``: a section glued to the headline by a bare hyphen
_GLUED_SECTION = re.compile(
    r"\s*[-–]\s*(?:정치|경제|사회|국제|세계|문화|스포츠|연예|오피니언|사설|칼럼|지역|전국|산업|금융|증권|부동산|IT|과학|"
    r"생활|라이프|피플|종합|뉴스|속보|정책|행정|교육|환경|건강|여행|기획)$"
)
_BRACKET_PREFIX = re.compile(r"^\s*[\[【〔]([^\]】〕]{2,24})[\]】〕]\s*")
_BRACKET_SUFFIX = re.compile(r"\s*[\[【〔(]([^\]】〕)]{2,24})[\]】〕)]\s*$")


def _is_site_part(part: str, site_names: set[str]) -> bool:
    """True for a title part that names the site or a section, not the article."""
    part = clean_inline(part).strip("[]【】〔〕()")
    if not part:
        return True
    low = part.lower()
    if low in _SECTION_WORDS or part in _SECTION_WORDS:
        return True
    for name in site_names:
        if name and (low == name.lower() or (len(part) <= 30 and (name.lower() in low or low in name.lower()))):
            return True
    return len(part) <= 16 and " " not in part.strip() and bool(_MEDIA_SUFFIX.search(part))


def clean_title(title: str | None, site_names: Iterable[str] = ()) -> str:
    """A headline without site-name prefixes/suffixes and section paths.

    :param title: e.g. ``"구로구, 일자리 대상 수상 - 전남일보"``, ``"제목 > 보도자료 > 구로구청"``,
        ``"[서울시정일보] 제목"``
    :param site_names: names the site calls itself (``og:site_name``, JSON-LD publisher …)
    :returns: ``"구로구, 일자리 대상 수상"``, ``"제목"``; ``""`` when only site words remain
    """
    names = {clean_inline(n) for n in site_names if n and clean_inline(n)}
    text = clean_inline(title)
    changed = True
    while changed and text:
        changed = False
        for sep in _TITLE_SEPARATORS:
            if sep not in text:
                continue
            parts = text.split(sep)
            while len(parts) > 1 and _is_site_part(parts[-1], names):
                parts.pop()
                changed = True
            while len(parts) > 1 and _is_site_part(parts[0], names):
                parts.pop(0)
                changed = True
            if sep.strip() in "<>" and len(parts) > 1:  # a breadcrumb: keep its longest step
                parts = [max(parts, key=len)]
                changed = True
            text = sep.join(parts).strip()
        glued = _GLUED_SECTION.search(text)
        if glued and glued.start() > 0:
            text = text[: glued.start()].strip()
            changed = True
        match = _BRACKET_PREFIX.match(text)
        if match and _is_site_part(match.group(1), names) and match.end() < len(text):
            text = text[match.end():].strip()
            changed = True
        match = _BRACKET_SUFFIX.search(text)
        if match and match.start() > 0 and _is_site_part(match.group(1), names):
            text = text[: match.start()].strip()
            changed = True
    if _is_site_part(text, names) and len(text) <= 16:
        return ""
    return text


_TITLE_CLASS = re.compile(r"(?:^|[\s_\-])(?:title|tit|subject|subj|headline|heading|head_?line|view_?tit\w*|article-?title|news_?title|sbj)(?:$|[\s_\-\d])", re.I)
_NOT_TITLE_AREA = re.compile(r"(?:^|[\s_\-])(?:gnb|lnb|snb|nav|navi|menu|footer|aside|side|sidebar|related|relation|popular|rank|ranking|most|best|banner|logo|header-logo|comment|reply|list|location|breadcrumb|breadcrumbs|path|modal|popup)(?:$|[\s_\-\d])", re.I)


def _in_noise_area(el, pattern: re.Pattern[str] = _NOT_TITLE_AREA) -> bool:
    node = el
    while node is not None:
        if node.tag in {"nav", "footer", "aside"} or pattern.search(_classes(node)):
            return True
        node = node.getparent()
    return False


_WIDGET_CLASS = re.compile(r"share|sns|util|btn|button|print|font|scrap|blind|hide|hidden|sr-only|date|time|writer|byline|reporter|info", re.I)


def _headline_text(el) -> str:
    """Text of a headline element without the share buttons, dates and hidden labels nested in it."""
    if not any(isinstance(c.tag, str) and _WIDGET_CLASS.search(_classes(c)) for c in el.iterdescendants()):
        return _text(el)
    el = copy.deepcopy(el)
    for child in list(el.iterdescendants()):
        if isinstance(child.tag, str) and child.getparent() is not None and _WIDGET_CLASS.search(_classes(child)):
            child.drop_tree()
    return _text(el)


def _headline_candidates(root) -> list[str]:
    """Visible headlines in page order: h1–h4 / title-classed elements outside menus and lists."""
    classed: list[str] = []
    plain: list[str] = []
    for el in root.iter("h1", "h2", "h3", "h4", "h5", "div", "p", "strong", "span", "dt", "td", "header"):
        titled = bool(_TITLE_CLASS.search(_classes(el))) or (el.tag in {"h2", "h3", "h4", "h5"} and any(
            _TITLE_CLASS.search(_classes(a)) for a in el.iterancestors() if a.tag in {"div", "header", "section"}
        ))
        if not titled and el.tag not in {"h1", "h2", "h3", "h4"}:
            continue
        if el.tag not in {"h1", "h2", "h3", "h4", "h5"} and any(
            isinstance(c.tag, str) and c.tag in {"h1", "h2", "h3", "h4", "ul", "ol", "form", "table", "dl"} for c in el.iterdescendants()
        ):
            continue  # a heading bar holding a heading, share buttons or a breadcrumb: its parts are read on their own
        text = _headline_text(el)
        if 4 <= len(text) <= 200 and not _LABEL_ONLY.match(text) and not _in_noise_area(el):
            (classed if titled or el.tag == "h1" else plain).append(text)
    return classed + plain


# -- labels ------------------------------------------------------------------------------------

#: the date labels themselves (``_PUBLISHED`` … ``_DATE_LABELS``) live in :mod:`crawler.text`, beside the body
#: cleanup that drops meta lines made of them
_DATE_LABEL_RE = re.compile(r"(?<![가-힣])(" + "|".join(_DATE_LABELS) + r")(?:\s*(?:일시|시간|날짜))?\s*[:：]?\s*")
_PEOPLE_LABELS = ("작성자", "글쓴이", "기자명", "기자", "취재", "담당자", "담당부서", "작성부서", "부서명", "부서", "담당")
_PEOPLE_RANK = {"작성자": 0, "글쓴이": 0, "기자명": 0, "기자": 0, "취재": 0, "담당자": 1, "담당": 2,
                "담당부서": 2, "작성부서": 2, "부서명": 2, "부서": 2}
_LABEL_ONLY = re.compile(r"^\s*(?P<label>" + "|".join(sorted({*_DATE_LABELS, *_PEOPLE_LABELS, "제목", "내용", "본문"}, key=len, reverse=True)) + r")\s*[:：]?\s*$")
_PEOPLE_INLINE = re.compile(r"(?<![가-힣])(?P<label>작성자|글쓴이|기자명|담당자|담당부서)\s*[:：]?\s*(?P<value>[^|│·\n]{2,40}?)(?=\s*(?:[|│·]|" + "|".join(_DATE_LABELS) + r"|조회|추천|연락처|전화|$))")
_MERIDIEM = re.compile(r"(오전|오후|AM|PM)\s*(\d{1,2})\s*(?::|시)\s*(\d{2})", re.I)
_COMPACT = re.compile(r"^\s*((?:19|20)\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})?\s*$")


def _normalize_date_text(text: str) -> str:
    def twenty_four(m: re.Match[str]) -> str:
        hour = int(m.group(2)) % 12 + (12 if m.group(1).upper() in {"오후", "PM"} else 0)
        return f"{hour:02d}:{m.group(3)}"

    return _MERIDIEM.sub(twenty_four, text)


def _to_datetime(text: str | None) -> datetime | None:
    """A date string (any form of :mod:`crawler.dates`, plus 오전/오후 and ``YYYYMMDDhhmmss``)."""
    if not text:
        return None
    compact = _COMPACT.match(text)
    if compact:
        y, mo, d, h, mi, s = (int(g or 0) for g in compact.groups())
        try:
            return datetime(y, mo, d, h, mi, s, tzinfo=KST)
        except ValueError:
            return None
    return parse_datetime(_normalize_date_text(text))


def _has_time(text: str | None) -> bool:
    return bool(text and re.search(r"\d{1,2}\s*(?::|시)\s*\d{2}|T\d{2}", text))


@dataclass
class _Dated:
    label: str
    when: datetime
    timed: bool  #: the text carried a time of day
    line: int = 0  #: source line, for page order


def _label_value_pairs(root) -> Iterator[tuple[str, str, Any]]:
    """``(label, value text, element)`` for label cells (th/td, dt/dd, span+span) in page order."""
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        own = clean_inline(el.text_content())
        if not own or len(own) > 14:
            continue
        match = _LABEL_ONLY.match(own)
        if not match:
            continue
        value = clean_inline(el.tail)
        if not value:
            sibling = el.getnext()
            while sibling is not None and not isinstance(sibling.tag, str):
                sibling = sibling.getnext()
            value = _text(sibling) if sibling is not None else ""
        if value and not _LABEL_ONLY.match(value):
            yield match.group("label"), value, el


def _small_texts(root, limit: int = 240) -> Iterator[tuple[str, Any]]:
    """Text of every element short enough to be a meta line (dates, bylines), in page order."""
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        text = clean_inline(el.text_content())
        if text and len(text) <= limit:
            yield text, el


def _labelled_dates(root) -> list[_Dated]:
    found: list[_Dated] = []
    for label, value, el in _label_value_pairs(root):
        if label in _DATE_LABELS and not _in_noise_area(el, _NOISE_CLASS):
            when = _to_datetime(value[:60])
            if when:
                found.append(_Dated(label, when, _has_time(value[:60]), el.sourceline or 0))
    for text, el in _small_texts(root):
        if not _DATE_LABEL_RE.search(text) or _in_noise_area(el, _NOISE_CLASS):
            continue
        matches = list(_DATE_LABEL_RE.finditer(text))
        for i, match in enumerate(matches):
            end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
            value = text[match.end():end][:60]
            if not re.match(r"\s*(?:\d|\[)", value):
                continue
            when = _to_datetime(value)
            if when:
                found.append(_Dated(match.group(1), when, _has_time(value), el.sourceline or 0))
    return sorted(found, key=lambda d: d.line)


_DATE_CLASS = re.compile(r"date|time|regdate|reg_date|write|datetime|day|posted|published", re.I)


def _unlabelled_dates(root) -> list[_Dated]:
    """``<time datetime>`` and date-classed elements, in page order (outside lists and menus)."""
    found = []
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        if el.tag == "time" or _DATE_CLASS.search(_classes(el)):
            if _in_noise_area(el):
                continue
            raw = el.get("datetime") or _text(el)
            if len(raw) > 80:
                continue
            when = _to_datetime(raw)
            if when:
                found.append(_Dated("", when, _has_time(raw)))
    return found


_LOOSE_DATE = re.compile(r"(?:19|20)\d{2}\s*[.\-/년]\s*\d{1,2}\s*[.\-/월]\s*\d{1,2}")


_PERIOD_DATE = re.compile(r"기간|일시|일정|마감|기한|~")


def _loose_dates(root) -> list[_Dated]:
    """Dates in short unlabelled meta lines (``기사관리자 | 2020.10.01 11:33 |``), outside menus."""
    found = []
    for text, el in _small_texts(root, 80):
        if len(el) > 3 or not _LOOSE_DATE.search(text) or _in_noise_area(el, _NOISE_CLASS):
            continue
        for match in _LOOSE_DATE.finditer(text):
            before, after = text[max(0, match.start() - 12):match.start()], text[match.end():match.end() + 12]
            if _PERIOD_DATE.search(before) or after.lstrip().startswith("~"):
                continue  # 신청기간 : 2026-04-01 ~ …: an event's date, not the post's
            value = text[match.start():match.end() + 10]
            if (when := _to_datetime(value)) or (when := _to_datetime(text[match.start():match.end()])):
                found.append(_Dated("", when, _has_time(value)))
                break
    return found


def _first(dated: list[_Dated], labels: tuple[str, ...]) -> _Dated | None:
    """The first date, in page order, under any of ``labels``."""
    for item in dated:
        if item.label in labels:
            return item
    return None


def _minute(when: datetime) -> datetime:
    return when.replace(second=0, microsecond=0)


def _pick_published(meta_values: list[tuple[str, str]], labelled: list[_Dated], unlabelled: list[_Dated]) -> tuple[datetime | None, str]:
    visible = _first(labelled, _PUBLISHED) or _first(labelled, _APPROVED) or _first(labelled, _RELEASED)
    modified = {_minute(d.when) for d in labelled if d.label in _MODIFIED}
    for source, raw in meta_values:
        when = _to_datetime(raw)
        if when is None:
            continue
        if visible is not None:
            if _minute(when) in modified and _minute(visible.when) != _minute(when):
                return visible.when, "label"  # the meta tag carries the 수정 time
            if abs(when - visible.when) == timedelta(hours=9) and visible.timed:
                return visible.when, "label"  # KST written with a UTC offset
            same_day = when.date() == visible.when.date()
            if same_day and visible.timed and (not _has_time(raw) or (when.hour, when.minute) == (0, 0)):
                return visible.when, "label"
        return when, source
    if visible is not None:
        return visible.when, "label"
    if unlabelled:
        timed = [d for d in unlabelled if d.timed]
        best = timed[0] if timed else unlabelled[0]
        return best.when, "date-element"
    return None, ""


def _iso(when: datetime | None) -> str | None:
    return when.astimezone(KST).isoformat() if when else None


# -- authors -----------------------------------------------------------------------------------

_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_DATELINE_AUTHOR = re.compile(r"^[^=]{1,20}=\s*")
_CORRESPONDENT = re.compile(r"(?<=[가-힣])\s+[가-힣A-Za-z]{1,8}\s*(?:특파원|통신원)$")  # 김은별 미국 통신원
_AUTHOR_ROLE = re.compile(r"\s*(?:선임|수석|객원|인턴|전문|취재|사진|영상)?\s*(?:기자|특파원|통신원|편집위원|논설위원|칼럼니스트|리포터|PD|앵커)\s*(?:단)?$")
_DEPT_PREFIX = re.compile(r"^\S{1,10}(?:부|팀|국|본부|센터|취재단)\s+(?=\S)")
_AUTHOR_LABELS = re.compile(r"^(?:기자명|작성자|글쓴이|담당자|담당부서|담당|기자|by)\s*[:：]?\s*", re.I)
_NOT_A_NAME = re.compile(r"\d|https?:|www\.|[<>{}○●*×◯]|[가-힣][OoXx]{2}$")


def clean_author(text: str | None, site_names: Iterable[str] = ()) -> str | None:
    """The bare author name of a byline.

    :param text: e.g. ``"(서울=연합뉴스) 홍길동 기자 hong@yna.co.kr"``, ``"서울=홍길동"``,
        ``"기자명 황인혜 기자"``, ``"사회부 김철수 기자"``, ``"홍길동 기자 (mail)"``
    :returns: ``"홍길동"``, ``"황인혜"``, ``"김철수"``; ``None`` for 관리자-like or site names
    """
    from crawler.spiders.base import normalize_author

    if not text:
        return None
    text = _EMAIL.sub(" ", text)
    text = re.sub(r"\([^()]*=[^()]*\)|\[[^\[\]]*=[^\[\]]*\]", " ", text)  # (서울=연합뉴스)
    text = re.sub(r"[\[\]()<>]", " ", clean_inline(text)).strip(" /|·,")
    text = _AUTHOR_LABELS.sub("", text)
    text = _DATELINE_AUTHOR.sub("", text)
    text = _CORRESPONDENT.sub("", clean_inline(text))
    text = _AUTHOR_ROLE.sub("", clean_inline(text)).strip(" /|·,=")
    text = _DEPT_PREFIX.sub("", text)
    name = normalize_author(text)
    if not name or len(name) > 24 or _NOT_A_NAME.search(name):
        return None
    names = {n.lower() for n in site_names if n} | _AGENCIES
    if name.lower() in names or (len(name) <= 16 and _MEDIA_SUFFIX.search(name) and not re.search(r"(?:과|실|관|팀|단|소)$", name) and " " not in name and len(name) > 4):
        return None
    return name


#: news agencies credited in place of a reporter: a source, not an author
_AGENCIES = {"연합", "연합뉴스", "뉴시스", "뉴스1", "newsis", "yonhap", "ap", "afp", "reuters", "로이터"}
#: an element that holds only the writer's name (``<span class="byline-writer">디지털뉴스팀</span>``)
_WRITER_CLASS = re.compile(r"(?:^|[\s_\-])(?:writer|reporter|byline|author|journalist)(?:$|[\s_\-])", re.I)
_NAME_BEFORE_DATE = re.compile(r"(?:^|\s)([가-힣]{2,4})\s*[/|│]\s*(?:19|20)\d{2}\s*[.\-/]\s*\d{1,2}")
_BYLINE_CLASS = re.compile(r"byline|writer|reporter|journalist|author|byl|name|info", re.I)
_REPORTER_IN_TEXT = re.compile(r"(?:^|[\s/=|\[(])([가-힣]{2,4})\s*(?:선임|수석|객원|인턴)?\s*기자(?:\s|$|[|·,()\]=])")


def _byline_author(root, site_names: set[str]) -> str | None:
    """``홍길동 기자`` in a byline-classed element or in a short meta line that also holds a date."""
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        text = _text(el)
        if not text or len(text) > 80:
            continue
        if not _BYLINE_CLASS.search(_classes(el)) and not _LOOSE_DATE.search(text):
            continue
        if _in_noise_area(el):
            continue
        match = _REPORTER_IN_TEXT.search(text)
        if match:
            return clean_author(match.group(1), site_names)
        named = _NAME_BEFORE_DATE.search(text)
        if named and (name := clean_author(named.group(1), site_names)):
            return name  # 홍길동 / 2025-06-05
        if len(text) <= 15 and _WRITER_CLASS.search(_classes(el)) and not len(el) and (name := clean_author(text, site_names)):
            return name
    return None


_SEVERAL_REPORTERS = re.compile(r"^\s*(?:[\[(【][^\[\]()【】]{1,30}[\])】]\s*)?([가-힣]{2,4})(?:\s+[가-힣]{2,4}){1,4}\s*기자\s*=")


def _body_byline(raw_body: str, site_names: set[str]) -> str | None:
    """Reporter named on the body's first line (``(서울=뉴스1) 홍길동 기자 =``) or last lines."""
    lines = [line for line in raw_body.split("\n") if line.strip()]
    for line in lines[:4]:
        if (several := _SEVERAL_REPORTERS.match(line)):
            return clean_author(several.group(1), site_names)  # (세종=연합뉴스) 이세원 이대희 기자 = : the first named
    for position, line in enumerate(lines[:1] + lines[-3:][::-1]):
        first = position == 0
        if len(line) > 200:
            line = line[:80] if first else line[-80:]
        match = _REPORTER_IN_TEXT.search(line)
        if match and (first or len(line) < 80):
            return clean_author(match.group(1), site_names)
    return None


# -- body --------------------------------------------------------------------------------------

_BODY_SELECTORS = (
    '[itemprop="articleBody"]', "#article-view-content-div", "#articleBody", "#article_body", "#articleBodyContents",
    "#newsEndContents", "#dic_area", "#news_body_area", "#newsContent", "#news_content", "#viewConts", "#textBody",
    "#article_content", "#articeBody", "#viewCon", "#cnText", "#bo_v_con", ".article_body", ".article-body",
    ".articleBody", ".article_txt", ".article_content", ".article-content", ".news_body", ".news_content",
    ".news_view", ".news-view-content", ".view_con", ".view_cont", ".view_content", ".view-content", ".viewContent",
    ".view_txt", ".view_text", ".view_contents", ".bbs_content", ".bbs_view_body", ".bbs_view_content",
    ".board_view_body", ".board_view_content", ".board_view_contents", ".board_content", ".board-view-content", ".bbsCont", ".dbData",
    ".dbdata", ".con_txt", ".cont_txt", ".p-table__content", ".bbsCon", ".bbs_con", ".bbs-con", ".board_con",
    ".board-con", ".view_body", ".view-body", ".viewBody", "td.view_content", "td.bbs_content", "td.output",
    ".entry-content", ".post-content", ".amp-article-body", ".story-body",
)
_BODY_SELECTORS_CSS = tuple(CSSSelector(css) for css in _BODY_SELECTORS)
#: noise inside a body container, on top of :data:`crawler.text.DEFAULT_BODY_DROP`
_GENERIC_DROP = (
    "nav", "aside", "footer", "[class*=copyright]", "[id*=copyright]", "[class*=kogl]", "[class*=ccl]",
    "[class*=opentype]", "[class*=open_type]", "[class*=nuri]", "[class*=relat]", "[id*=relat]",
    "[class*=popular]", "[class*=ranking]", "[class*=reporter]", "[class*=byline]", "[class*=journalist]",
    "[class*=writer]", "[class*=share]", "[class*=sns]", "[class*=font]", "[class*=print]", "[class*=util]",
    "[class*=attach]", "[class*=file]", "[class*=download]", "[class*=paging]", "[class*=btn]",
    "[class*=comment]", "[class*=reply]", "[class*=banner]", "[class*=advert]", "[class*=caption]",
    "[class*=view_info]", "[class*=img_desc]", "[class*=img-desc]", "[class*=photo]", "[class*=image_desc]", "[class*=view-info]", "[class*=article_info]", "[class*=info_view]",
    "[class*=tags]", "[class~=tag]", "[class*=tag-group]", "[class*=subscribe]", "[class*=like]", "caption",
    "[class~=hide]", "[class~=HIDE]", "[class~=blind]", "[class~=sr-only]", "[class~=hidden]", "[style*='display:none']",
    "[style*='display: none']", "[class*=satisf]", "[class*=survey]", "[class*=appraisal]", "[class*=subheading]", "[class*=head-sub]",
    "[class*=module-quote]", "[class*=pullquote]", "[class*=pull-quote]", "[class*=pull_quote]", "[id*=phototext]",
    "[class*=phototext]", "[id*=caption]", "[class*=subtit]", "[class*=sub_tit]", "[class*=sub-tit]", "[class*=modal]", "[class*=popup]", "[class*=layer_pop]",
    "[class*=layerpop]", "[role=dialog]",
    ".ad", "[id^=ad_]", "[class^=ad_]", "[class*=dable]", "figcaption", "amp-ad", "amp-analytics",
)


def _selectors(csses: Iterable[str]) -> list[CSSSelector]:
    out = []
    for css in csses:
        try:
            out.append(CSSSelector(css))
        except Exception:  # noqa: BLE001 - an unsupported selector must not break the parser
            continue
    return out


_DROP_SELECTORS = _selectors((*DEFAULT_BODY_DROP, *_GENERIC_DROP))

_NOISE_CLASS = re.compile(
    r"(?:^|[\s_\-])(?:comment|comments|reply|footer|foot|gnb|lnb|snb|menu|nav|sidebar|side|aside|banner|related|relation|"
    r"popular|ranking|rank|copyright|login|quick|skip|breadcrumb|location|util|sns|share|most|best|hot|recommend|"
    r"ad|ads|advert|widget|list|lst|paging|pagination|satisfaction|satisfy|survey|research|poll|appraisal|hide|hidden|blind|"
    r"sr-only|modal|popup|layer_pop|layerpop|dialog)(?:$|[\s_\-\d])",
    re.I,
)
_HANGUL = re.compile(r"[가-힣]")


def _node_text(node) -> str:
    """Body text of a container: noise elements and captions dropped, blocks as lines."""
    node = copy.deepcopy(node)
    for selector in _DROP_SELECTORS:
        for el in selector(node):
            if el is not node and el.getparent() is not None:
                el.drop_tree()
    drop_image_captions(node)
    return html_to_text(node)


def _score_text(text: str) -> float:
    return len(_HANGUL.findall(text)) + 0.3 * len(text) + 25 * len(_SENTENCE_END.findall(text))


def _density_pick(root):
    """The container that holds the page's main text (readability-style scoring)."""
    scores: dict[Any, float] = {}
    body = root.find("body")
    for el in (body if body is not None else root).iter():
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS or el.tag in {"a", "caption"}:
            continue
        if el.tag in {"p", "li", "dd", "blockquote", "pre", "h5", "h6"}:
            text = clean_inline(el.text_content())
            holder = el.getparent()
        else:
            own = [el.text or ""] + [c.tail or "" for c in el]
            own += [c.text_content() for c in el if isinstance(c.tag, str) and c.tag in {"span", "font", "b", "strong", "em", "i", "u"}]
            text = clean_inline(" ".join(own))
            holder = el
        if len(text) < 20 or holder is None:
            continue
        if _in_noise_area(el, _NOISE_CLASS):
            continue
        weight = _score_text(text)
        scores[holder] = scores.get(holder, 0.0) + weight
        parent = holder.getparent()
        if parent is not None:
            scores[parent] = scores.get(parent, 0.0) + weight / 2
    best, best_score = None, 0.0
    for node, score in sorted(scores.items(), key=lambda kv: -kv[1])[:12]:
        total = len(clean_inline(node.text_content())) or 1
        links = sum(len(clean_inline(a.text_content())) for a in node.iter("a"))
        adjusted = score * (1 - min(links / total, 1.0)) ** 2
        if adjusted > best_score:
            best, best_score = node, adjusted
    return best


def _structural_pick(root):
    for css, selector in zip(_BODY_SELECTORS, _BODY_SELECTORS_CSS, strict=True):
        trusted = css.startswith(("#", "[itemprop"))  # an id or itemprop names the body, whatever wraps it
        found = [el for el in selector(root) if trusted or not _in_noise_area(el, _NOISE_CLASS) or el.tag == "article"]
        best = max(found, key=lambda el: len(_HANGUL.findall(el.text_content())), default=None)
        if best is not None and len(_HANGUL.findall(best.text_content())) >= 20:
            return best
    for label, _value, el in _label_value_pairs(root):  # board tables: th 내용 → td
        if label in {"내용", "본문"} and el.tag in {"th", "dt", "td"}:
            cell = el.getnext()
            while cell is not None and not isinstance(cell.tag, str):  # a comment between the cells
                cell = cell.getnext()
            if cell is not None and cell.tag in {"td", "dd"} and len(_HANGUL.findall(cell.text_content())) >= 20:
                return cell
    return None


def _is_link_list(node) -> bool:
    """True for a container that is mostly a list of article links (a list page, not an article)."""
    links = [clean_inline(a.text_content()) for a in node.iter("a")]
    long_links = [t for t in links if len(t) >= 10]
    total = len(clean_inline(node.text_content())) or 1
    return len(long_links) >= 4 and sum(map(len, long_links)) / total >= 0.35


def _is_list_item(node) -> bool:
    """True when ``node`` sits in one of several like items (a card or gallery list), each linking to a post."""
    el = node
    for _level in range(3):
        parent = el.getparent()
        if parent is None:
            return False
        if el.get("class"):
            alike = [s for s in parent if isinstance(s.tag, str) and s.tag == el.tag and s.get("class") == el.get("class")]
            linked = [s for s in alike if s.xpath(".//a[@href]")]
            if len(alike) >= 3 and len(linked) >= 3 and sum(len(_HANGUL.findall(s.text_content())) >= 20 for s in alike) >= 3:
                return True
        el = parent
    return False


def _body_from(root, title: str | None, jsonld_body: str | None, scripts: list[str] | None = None) -> tuple[str, str, str]:
    """``(cleaned body, raw body text, how)``: ``how`` is structure, density, input-value, json-ld or script.

    The page structure wins unless a JSON-LD ``articleBody`` or a script payload (``contentHtml`` …
    of pages rendered by JavaScript) holds more than twice its text.
    """
    best = ("", "", "")
    node = _structural_pick(root)
    how = "structure"
    if node is None:
        node, how = _density_pick(root), "density"
    if node is not None:
        raw = _node_text(node)
        best = (clean_korean_body(raw, title=title), raw, how)
        if _is_link_list(node) or (how == "density" and _is_list_item(node)):
            best = ("", raw, "link-list")
    for el in root.xpath("//input[@value] | //textarea"):
        raw = el.get("value") if el.tag == "input" else el.text_content()
        if raw and len(_HANGUL.findall(raw)) >= 60 and len(raw) > 2 * len(best[0]):
            if "<" in raw and ">" in raw:
                raw = _node_text(lxml.html.fragment_fromstring(raw, create_parent="div"))
            best = (clean_korean_body(raw, title=title), raw, "input-value")
    payloads = [("json-ld", jsonld_body)] if jsonld_body else []
    payloads += [("script", v) for v in _script_values(scripts or [], _SCRIPT_BODY_KEYS) if len(_HANGUL.findall(v)) >= 60]
    for how, payload in payloads:
        raw = payload.replace("\r", "")
        if "<" in raw and ">" in raw:
            try:
                raw = _node_text(lxml.html.fragment_fromstring(raw, create_parent="div"))
            except (etree.ParserError, ValueError):
                continue
        cleaned = clean_korean_body(raw, title=title)
        if len(cleaned) > 2 * len(best[0]):
            best = (cleaned, raw, how)
    return best


def _image_only_body(root) -> bool:
    """True when a board's body container holds images (an image-only post) and almost no text."""
    for selector in _BODY_SELECTORS_CSS:
        for el in selector(root):
            if el.xpath(".//img") and len(_HANGUL.findall(el.text_content())) < 20 and not _in_noise_area(el, _NOISE_CLASS):
                return True
    return False


def extract_body(page: bytes | str, *, title: str | None = None, content_type: str | None = None) -> str:
    """Cleaned main text of a page (structure, else density), or ``""``: the spiders' body fallback."""
    try:
        root = _load(_decode(page, content_type))
    except NotAnArticle:
        return ""
    jsonld = _jsonld_article(_jsonld_objects(root))
    body = jsonld.get("articleBody") if isinstance(jsonld.get("articleBody"), str) else None
    scripts = [el.text or "" for el in root.iter("script")]
    return _body_from(root, title, body, scripts)[0]


# -- the parser --------------------------------------------------------------------------------

_ARTICLE_NO_PARAMS = (
    "idxno", "no", "nttno", "nttid", "uid", "idx", "seq", "bcidx", "list_no", "news_seq", "newsid", "aid", "arcid",
    "articleid", "article_id", "id", "num", "number", "bbsidx", "datasid", "boardseq", "sdmboardseq", "msg_seq",
    "ncode", "contents_id", "q_bbscttsn", "key", "wr_id", "document_srl", "p",
)


def article_number(url: str | None) -> str | None:
    """The site's article number in ``url``: a known query parameter, else the last numeric path step."""
    if not url:
        return None
    parts = urlsplit(url)
    params = {k.lower(): v for k, v in parse_qsl(parts.query, keep_blank_values=False)}
    for name in _ARTICLE_NO_PARAMS:
        value = params.get(name)
        if value and re.fullmatch(r"[\w\-]{1,40}", value) and re.search(r"\d", value):
            return value
    steps = re.findall(r"(\d{3,})", parts.path)
    return steps[-1] if steps else None


def _site_names(meta: dict[str, str], jsonld: list[dict], root) -> set[str]:
    names = {meta.get(k, "") for k in ("og:site_name", "application-name", "twitter:site", "apple-mobile-web-app-title")}
    if not re.fullmatch(r"[가-힣]{2,4}", meta.get("og:article:author", "").strip()):
        names.add(meta.get("og:article:author", ""))  # an outlet's name, unless it is the reporter's
    for obj in jsonld:
        names.update(_names(obj.get("publisher")))
        if _types(obj) & {"organization", "newsmediaorganization", "website", "governmentorganization"}:
            names.update(_names(obj))
    for text, _el in _small_texts(root, 120):
        match = re.search(r"(?:저작권자|Copyrights?)\s*(?:\(c\)|[©ⓒ])?\s*([가-힣A-Za-z0-9 .]{2,20}?)\s*(?:[©ⓒ]|\.|,|무단|All)", text, re.I)
        if match:
            names.add(match.group(1).strip())
    out = set()
    title_tag = root.find(".//title")
    tag = clean_inline(_text(title_tag)) if title_tag is not None else ""
    for sep in ("-", "|", ":", "ㅣ"):
        if tag.startswith(sep) or tag.endswith(sep):
            names.add(tag.strip(sep + " "))
    for name in names:
        name = clean_inline(name).lstrip("@")
        if 2 <= len(name) <= 30:
            out.add(name)
            out.update(part.strip() for part in re.split(r"\s*[|:·-]\s*", name) if len(part.strip()) >= 2)
    return out


_QUOTES = re.compile(r"[\"'“”‘’\s]")


def _site_wide_title(title: str, title_tag, visible: list[str]) -> bool:
    """A short meta title that only repeats the ``<title>`` of every page of the site (``수출지원기반활용사업``)
    while a longer visible headline says something else."""
    tag = clean_inline(_text(title_tag)) if title_tag is not None else ""
    return (
        len(title) <= 20 and tag == title
        and any(len(v) >= 15 and title not in v for v in visible)
    )


def _pick_title(root, meta: dict[str, str], jsonld: dict, site_names: set[str]) -> tuple[str, str]:
    labelled = [clean_title(v, site_names) for label, v, _ in _label_value_pairs(root) if label == "제목"]
    headlines = [clean_title(h, site_names) for h in _headline_candidates(root)]
    visible = [t for t in labelled + headlines if t and len(t) >= 4]
    title_tag = root.find(".//title")
    candidates = [
        ("json-ld", jsonld.get("headline") if isinstance(jsonld.get("headline"), str) else None),
        ("json-ld", jsonld.get("name") if isinstance(jsonld.get("name"), str) else None),
        ("meta", meta.get("og:title")),
        ("meta", meta.get("twitter:title")),
        ("meta", meta.get("dable:title")),
        ("meta", meta.get("title")),
        ("label", labelled[0] if labelled else None),
        ("headline", None),
        ("title-tag", _text(title_tag) if title_tag is not None else None),
    ]
    for how, raw in candidates:
        if how == "headline":
            # a visible headline that <title> or a meta title also carries is the article's
            tag = clean_inline(_text(title_tag)) if title_tag is not None else ""
            metas = " ".join(filter(None, (tag, meta.get("og:title"), meta.get("twitter:title"))))
            tag_title = clean_title(tag, site_names)
            if len(tag_title) >= 4 and any(tag_title in h for h in headlines):
                return tag_title, "headline"  # the headline carries a category tag: "[경제] 제목"
            agreed = [h for h in headlines if h and len(h) >= 4 and h in metas]
            usable = [h for h in headlines if h and len(h) >= 4]
            usable.sort(key=lambda h: len(h) < 10)  # a section heading ("지원사업") is shorter than a headline
            raw = agreed[0] if agreed else (usable[0] if usable else None)
        title = clean_title(raw, site_names) if raw else ""
        if not title or len(title) < 4:
            continue
        if how in {"json-ld", "meta"} and labelled and labelled[0] and not any(title in v or v in title for v in visible):
            continue  # a site-wide meta title on a board page whose 제목 cell says otherwise
        if how == "meta" and _site_wide_title(title, title_tag, visible):
            continue
        # a meta title that merely wraps a visible headline ("헤드라인 : 섹션") gives way to it
        for shown in visible:
            if shown != title and shown in title and len(shown) >= 0.5 * len(title):
                return shown, "headline"
            if len(shown) > len(title) and _QUOTES.sub("", shown) == _QUOTES.sub("", title):
                return shown, "headline"  # the JSON-LD or meta copy lost the headline's quotation marks
        return title, how
    return "", ""


def why_not_article(page: bytes | str, url: str | None = None, content_type: str | None = None) -> str | None:
    """One-line reason why a page is no article (error page, empty shell, no text), or ``None``."""
    try:
        parse_generic(page, url, content_type=content_type)
    except NotAnArticle as exc:
        return str(exc)
    return None


def parse_generic(page: bytes | str, url: str | None = None, *, content_type: str | None = None) -> GenericArticle:
    """Parse one article page of any Korean news site or press board.

    :param page: raw page bytes (charset sniffed: BOM, Content-Type, meta, trial) or decoded text
    :param url: the URL the page came from (optional; gives the article number)
    :param content_type: the HTTP Content-Type header, if known
    :returns: the article
    :raises NotAnArticle: for an error page (``alert('잘못된 접근…')``, meta refresh, empty shell)
        or a page without an article title and text
    """
    from crawler.spiders.base import detect_failure

    html = _decode(page, content_type)
    failure = detect_failure(html)
    if failure:
        raise NotAnArticle(f"error page ({failure})")
    root = _load(html)
    objects = _jsonld_objects(root)
    jsonld = _jsonld_article(objects)
    meta = _meta(root)
    for script in root.iter("script"):
        holder = script.getparent()
        literal = re.search(r"\(\s*(['\"])(.{4,200}?)\1\s*\)", script.text or "")
        if literal and holder is not None and _TITLE_CLASS.search(_classes(holder)) and not clean_inline(holder.text):
            script.tail = literal.group(2) + (script.tail or "")  # a title written by script: wdigm_title('…')
    scripts = [el.text or "" for el in root.iter("script") if len(el.text or "") > 200]
    for el in root.xpath("//script|//style|//noscript|//template"):
        if el.getparent() is not None and el.get("type", "").lower() != "application/ld+json":
            el.drop_tree()
    sites = _site_names(meta, objects, root)
    evidence: dict[str, str] = {}

    title, evidence["title"] = _pick_title(root, meta, jsonld, sites)
    if not title:
        raise NotAnArticle("no article title found")

    labelled = _labelled_dates(root)
    meta_dates = [("json-ld", jsonld.get("datePublished")), ("json-ld", jsonld.get("dateCreated"))]
    meta_dates += [("meta", meta.get(k)) for k in (
        "article:published_time", "og:article:published_time", "dable:published_time", "og:regdate", "article:pubdate",
        "pubdate", "publishdate", "publish-date", "date", "datepublished", "dc.date.issued", "dcterms.created",
        "article:published", "og:published_time", "parsely-pub-date", "sailthru.date",
    )]
    for el in root.xpath('//*[@itemprop="datePublished"]'):
        meta_dates.append(("meta", el.get("content") or el.get("datetime") or _text(el)))
    data_dates = [_Dated("", when, _has_time(v)) for v in _data_attributes(root, _DATA_DATE_ATTR) + _script_values(scripts, _SCRIPT_DATE_KEYS)
                  if (when := _to_datetime(v[:40]))]
    published, evidence["published_at"] = _pick_published(
        [(s, v) for s, v in meta_dates if isinstance(v, str) and v], labelled,
        data_dates or _unlabelled_dates(root) or _loose_dates(root),
    )
    modified = None
    for raw in (jsonld.get("dateModified"), meta.get("article:modified_time"), meta.get("og:updated_time"), meta.get("dable:modified_time")):
        if isinstance(raw, str) and (modified := _to_datetime(raw)):
            break
    if modified is None:
        visible_modified = _first(labelled, _MODIFIED[:-1])
        modified = visible_modified.when if visible_modified else None
    if modified is None:
        for raw in _script_values(scripts, _SCRIPT_MODIFIED_KEYS):
            if (modified := _to_datetime(raw[:40])):
                break

    jsonld_body = jsonld.get("articleBody") if isinstance(jsonld.get("articleBody"), str) else None
    body, raw_body, evidence["body_text"] = _body_from(root, title, jsonld_body, scripts)
    if evidence["body_text"] == "link-list":
        raise NotAnArticle("a list of links, not an article")
    if len(_HANGUL.findall(body)) < 15 or not _SENTENCE_END.search(body):
        # a board post whose body is only images or attachments still is a post: its 제목 and its
        # 등록일 cells say so (a list page would show many dates)
        post_dates = {(d.label, d.when) for d in labelled if d.label in _PUBLISHED}
        dated = evidence["published_at"] == "label" or (evidence["published_at"] == "date-element" and _image_only_body(root))
        if evidence["title"] in {"label", "headline"} and dated and len(post_dates) <= 3:
            body, evidence["body_text"] = "", "none"
        else:
            raise NotAnArticle("no article text found")
    if published is None and evidence["body_text"] == "density" and len(body) < 150 and evidence["title"] in {"headline", "title-tag"}:
        raise NotAnArticle("no article: a short undated text block only")

    author, how = None, ""
    for name in _names(jsonld.get("author")):
        if (author := clean_author(name, sites)):
            how = "json-ld"
            break
    if author is None:
        all_meta = _meta_all(root)
        values = [v for key in ("article:author", "dable:author", "author", "byl", "reporter") for v in all_meta.get(key, [])]
        values += _data_attributes(root, _DATA_AUTHOR_ATTR)
        for value in values:
            if not value.startswith("http") and (author := clean_author(value, sites)):
                how = "meta"
                break
    if author is None:
        people = sorted(
            ((_PEOPLE_RANK.get(label, 3), i, value) for i, (label, value, _el) in enumerate(_label_value_pairs(root)) if label in _PEOPLE_RANK),
        )
        for text, _el in _small_texts(root, 160):
            for match in _PEOPLE_INLINE.finditer(text):
                people.append((_PEOPLE_RANK[match.group("label")], 10_000 + len(people), match.group("value")))
        for _rank, _i, value in sorted(people):
            if (author := clean_author(value, sites)):
                how = "label"
                break
    if author is None and (author := _byline_author(root, sites)):
        how = "byline"
    if author is None and (author := _body_byline(raw_body, sites)):
        how = "body-byline"
    evidence["author"] = how

    return GenericArticle(
        title=title,
        published_at=_iso(published),
        author=author,
        body_text=body,
        modified_at=_iso(modified) if modified and modified != published else None,
        url=url,
        article_no=article_number(url),
        site_name=clean_inline(meta.get("og:site_name")) or None,
        evidence=evidence,
    )
