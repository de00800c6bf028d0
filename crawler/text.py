"""Stage 1 (crawl): URL, whitespace and article-body cleanup shared by every spider.

Must not import ``extract`` or ``kb``. Pure functions on strings and lxml trees; no Scrapy.
:func:`clean_korean_body` is the one boilerplate cut of every body, whether a family's selectors or
the generic parser (:mod:`crawler.generic`) found it.
"""

from __future__ import annotations

import functools
import hashlib
import re
from urllib.parse import parse_qsl, urljoin, urlsplit, urlunsplit

import lxml.html

# -- URLs ---------------------------------------------------------------------------------------

_JSESSIONID = re.compile(r";jsessionid=[^?#/]*", re.I)
_DROP_PARAMS = {"jsessionid", "phpsessid"}


def canonicalize_url(url: str, base: str | None = None, *, drop_params: set[str] | frozenset[str] = frozenset()) -> str:
    """Absolute, canonical form of a scraped href.

    Drops ``;jsessionid=…`` (SI boards, MOEL), decodes ``&amp;`` left in hrefs, resolves ``./``
    and ``../``, removes the fragment and any query parameter named in ``drop_params``. Query order
    and percent-encoding are kept as-is (EUC-KR ``section2=%BB%E7%C8%B8`` must survive).

    :param url: the href as found in the page
    :param base: the page URL it was found on
    :param drop_params: extra query parameters to remove (e.g. ``{"page", "total"}``)
    :returns: the canonical absolute URL
    """
    url = url.strip().replace("&amp;", "&")
    if ";" in url:  # every ``;jsessionid=`` holds one
        url = _JSESSIONID.sub("", url)
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url)
    query = parts.query
    drop = _DROP_PARAMS | set(drop_params) if drop_params else _DROP_PARAMS
    if query:
        lowered = query.lower()
        found = any(f"{name}=" in lowered for name in drop)
    else:
        found = False
    if found:
        # split by hand: decoding would mangle EUC-KR percent-escapes (section2=%BB%E7%C8%B8)
        query = "&".join(p for p in query.split("&") if p.split("=", 1)[0].lower() not in drop)
    path = parts.path or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, query, ""))


def query_param(url: str, name: str) -> str | None:
    """Value of query parameter ``name`` in ``url`` (first occurrence), or ``None``."""
    for key, value in parse_qsl(urlsplit(url).query, keep_blank_values=True):
        if key == name:
            return value
    return None


# -- whitespace ---------------------------------------------------------------------------------

_SPACES = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\u200b\u3000\ufeff]+")
#: the runs of :data:`_SPACES` that are not already one plain space: two characters or more, or one
#: that is not ``" "`` (replacing only these with ``" "`` is replacing every run; a text has few)
_SPACES_TO_FIX = re.compile(r"[ \t\u00a0\u2002\u2003\u2009\u200b\u3000\ufeff]{2,}|[\t\u00a0\u2002\u2003\u2009\u200b\u3000\ufeff]")
#: a space character other than ``" "`` (with ``"  "``, what every match of :data:`_SPACES_TO_FIX` holds)
_ODD_SPACE = re.compile(r"[\t\u00a0\u2002\u2003\u2009\u200b\u3000\ufeff]")


def clean_whitespace(text: str | None) -> str:
    """Collapse runs of spaces/&nbsp; on each line, strip lines, drop empty lines.

    :param text: raw text
    :returns: cleaned text whose lines are joined by ``"\\n"``
    """
    if not text:
        return ""
    # one substitution over the whole text instead of one a line (``_SPACES`` never spans a line break),
    # and none when the text has no run to change (two quick scans instead of the regex's slow one)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "  " in text or _ODD_SPACE.search(text):
        text = _SPACES_TO_FIX.sub(" ", text)
    return "\n".join(line for line in map(str.strip, text.split("\n")) if line)


def clean_inline(text: str | None) -> str:
    """Collapse all whitespace (newlines too) to single spaces: for titles and authors."""
    return " ".join((text or "").replace("\xa0", " ").split())


def sha256_text(text: str) -> str:
    """Hex sha256 of UTF-8 ``text`` (``Article.content_sha256``)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# -- HTML → text --------------------------------------------------------------------------------

_BLOCK_TAGS = {
    "p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "figure",
    "blockquote", "section", "article", "header", "footer", "dd", "dt", "dl", "pre", "hr", "center",
}
#: dropped from every body: code, embeds, ads and the ND Soft / 제주일보 chrome that sits inside it
DEFAULT_BODY_DROP = (
    "script", "style", "noscript", "iframe", "object", "embed", "form", "button", "input", "select",
    "textarea", "ins", "figcaption", ".ad-template", "[class*=ad-template]", ".article-copy",
    ".article-copyright", ".view-copyright", ".view-editors", "article.writer", ".writer",
    ".share", ".sns", ".info-options2", "ul.info-options2", ".tag-group", ".photo-caption",
    ".article-sns", ".btn-group", ".banner",
)
#: the elements :func:`html_to_text` breaks lines at
_BREAK_TAGS = ("br", *sorted(_BLOCK_TAGS))
_CAPTION_MAX = 200
_CAPTION_FOLLOWING_MAX = 120


def _drop(el) -> None:
    parent = el.getparent()
    if parent is not None:
        el.drop_tree()


def drop_image_captions(root) -> None:
    """Remove ▲ captions that sit next to an image (▲ alone is also an in-text bullet, SOURCES.md §5).

    A caption is text starting with ▲ (or a ``photo``/``caption`` class) inside a short block that
    also holds an ``<img>``, or a short ▲ paragraph right after a block holding an image.
    """
    for img in list(root.iter("img")):
        holder = img.getparent()
        while holder is not None and holder.tag not in {"figure", "table", "div", "td", "p", "center"}:
            holder = holder.getparent()
        if holder is None or holder is root:
            continue
        text = " ".join(holder.text_content().split())
        if text.startswith("▲") and len(text) <= _CAPTION_MAX:
            for child in list(holder):
                if child.tag != "img" and "▲" in (child.text_content() or ""):
                    _drop(child)
            holder.text = None
            for child in holder:
                if "▲" in (child.tail or ""):
                    child.tail = None
        following = holder.getnext()
        while following is not None and not " ".join(following.text_content().split()) and not following.findall(".//img"):
            following = following.getnext()  # skip empty <p>&nbsp;</p> between the image and its caption
        if following is not None and following.tag in {"p", "div"}:
            after = " ".join(following.text_content().split())
            # the first block after an image, short and starting with ▲, is its caption even if it ends in 다.
            if after.startswith("▲") and len(after) <= _CAPTION_FOLLOWING_MAX:
                _drop(following)


def html_to_text(root) -> str:
    """Text of an lxml element with block elements and ``<br>`` turned into line breaks."""
    for el in root.iter(*_BREAK_TAGS):  # only <br> and block elements, found by lxml (no comments)
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        else:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    return clean_whitespace(root.text_content())


@functools.lru_cache(maxsize=1024)
def _css_selector(css: str):
    """``css`` compiled once (``element.cssselect(css)`` translates and compiles it on every call,
    a third of the body cleanup's time)."""
    from lxml.cssselect import CSSSelector

    return CSSSelector(css, translator="html")


_SIMPLE_TAG = re.compile(r"[a-z][a-z0-9]*")
_SIMPLE_CLASS = re.compile(r"([a-z][a-z0-9]*)?\.([A-Za-z_][A-Za-z0-9_-]*)")
_SIMPLE_CLASS_PART = re.compile(r"\[class\*=([A-Za-z0-9_-]+)\]")
#: XPath's white space (``normalize-space``): the separators of class names in a CSS class selector
_CLASS_SEPARATORS = str.maketrans("\t\n\r", "   ")


@functools.lru_cache(maxsize=8)
def _drop_rules(selectors: tuple[str, ...]) -> tuple[frozenset, frozenset, frozenset, tuple[str, ...]] | None:
    """Selectors of the simple forms ``tag``, ``.class``, ``tag.class`` and ``[class*=part]`` as sets
    (tags, classes, (tag, class) pairs, class substrings), or ``None`` when one has another form.

    What such a selector matches depends on the element alone, as its XPath tests it: the tag name
    (``descendant-or-self::tag``), a class among the ``class`` attribute's names split at XPath white
    space (``contains(concat(' ', normalize-space(@class), ' '), ' class ')``), a substring of it
    (``contains(@class, 'part')``)."""
    tags, classes, pairs, parts = set(), set(), set(), []
    for css in selectors:
        if _SIMPLE_TAG.fullmatch(css):
            tags.add(css)
        elif match := _SIMPLE_CLASS.fullmatch(css):
            if match.group(1):
                pairs.add((match.group(1), match.group(2)))
            else:
                classes.add(match.group(2))
        elif match := _SIMPLE_CLASS_PART.fullmatch(css):
            parts.append(match.group(1))
        else:
            return None
    return frozenset(tags), frozenset(classes), frozenset(pairs), tuple(parts)


def _drop_matching(root, selectors: tuple[str, ...]) -> None:
    """Drop every element under ``root`` that one of ``selectors`` matches.

    Simple selectors (:func:`_drop_rules`) are tested in one walk over the tree instead of one XPath
    each: what each matches depends on the element alone, so dropping their matches in document order
    leaves the tree that dropping each selector's matches in turn left (an element inside one dropped
    before is dropped with it either way, and the text around a dropped element joins its neighbour's
    whatever the order). Other selectors are run one by one, as :func:`fragment_to_text` always did."""
    rules = _drop_rules(selectors)
    if rules is None:
        for css in selectors:
            for el in _css_selector(css)(root):
                _drop(el)
        return
    tags, classes, pairs, parts = rules
    found = []
    for el in root.iter():
        tag = el.tag
        if not isinstance(tag, str):  # comments, processing instructions
            continue
        if tag in tags:
            found.append(el)
            continue
        names = el.get("class")
        if not names:
            continue
        if parts and any(part in names for part in parts):
            found.append(el)
            continue
        split = names.translate(_CLASS_SEPARATORS).split(" ")
        if not classes.isdisjoint(split) or (pairs and any((tag, name) in pairs for name in split)):
            found.append(el)
    for el in found:
        _drop(el)


def fragment_to_text(html: str, drop_css: tuple[str, ...] | list[str] = ()) -> str:
    """Clean one body fragment: drop noise elements and captions, then :func:`html_to_text`.

    :param html: outer HTML of the body element
    :param drop_css: extra CSS selectors to drop (added to :data:`DEFAULT_BODY_DROP`)
    :returns: body text before line-level cleanup (:func:`clean_body_text`)
    """
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    # the default and the extra selectors in one walk over the tree (:func:`_drop_matching`); extra
    # selectors of other forms one by one after the default ones, as before
    extra = tuple(drop_css)
    if not extra or _drop_rules(extra) is not None:
        _drop_matching(root, DEFAULT_BODY_DROP + extra)
    else:
        _drop_matching(root, DEFAULT_BODY_DROP)
        for css in extra:
            try:
                found = _css_selector(css)(root)
            except Exception:  # noqa: BLE001 - a bad selector in one spider must not kill the body
                continue
            for el in found:
                _drop(el)
    drop_image_captions(root)
    return html_to_text(root)


# -- line-level body cleanup --------------------------------------------------------------------

_COPYRIGHT = re.compile(
    r"^\s*[\[<(]?\s*(?:저작권자|Copyrights?|ⓒ|©)\s*.*?(?:©|ⓒ|\(c\)|무단|All Rights|rights reserved)",
    re.I,
)
_NOISE_LINES = re.compile(
    r"^(?:SNS\s*기사\s*보내기|이\s*기사를\s*공유합니다|기사\s*공유하기|공유하기|카카오톡|페이스북|트위터|"
    r"twitter facebook.*|본문\s*글씨\s*(?:키우기|줄이기)|ADVERTISEMENT|default_setNet1_2|default_news_ad1|"
    r"article_right_top|관련기사|주요기사|기상청\s*제공|배너)$",
    re.I,
)
_GAZETTE = re.compile(r"^◈.*게재된\s*기사")
_LEAD_DATELINE = (
    re.compile(r"^\s*\[[^\[\]\n]{2,40}\]\s*"),  # [서울시정일보 황인혜기자], [금요저널]
    re.compile(r"^\s*\([^()\n]{2,30}(?:기자|뉴스|방송|일보|신문)\)\s*"),  # (한국방송뉴스/최승순기자)
    re.compile(r"^\s*[가-힣A-Za-z0-9·]{2,20}\s*=\s*[가-힣]{2,4}\s*기자\s*\|\s*"),  # 매일일보 = 오정환 기자 |
    re.compile(r"^\s*[가-힣A-Za-z0-9·]{2,20}\s+[가-힣]{2,4}\s*기자\s*\|\s*"),  # 한국시사경제 오영주 기자 |
)
_EMAIL = r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+"
_BYLINE_LINE = re.compile(
    rf"^/?\s*(?:[가-힣]{{1,10}}\s*=\s*)?[가-힣]{{2,4}}\s*(?:기자|통신원|객원기자|편집위원)\s*(?:\(?{_EMAIL}\)?)?\s*$"
)
_BYLINE_TAIL = re.compile(rf"\s*/\s*(?:[가-힣]{{1,10}}\s*=\s*)?[가-힣]{{2,4}}\s*기자(?:\s*{_EMAIL})?\s*$")
_EMAIL_LINE = re.compile(rf"^\(?{_EMAIL}\)?$")


def strip_dateline(text: str) -> str:
    """Remove a body-start dateline: ``[매체]``, ``(매체/이름기자)``, ``매체 = 이름 기자 |``."""
    for pattern in _LEAD_DATELINE:
        new = pattern.sub("", text, count=1)
        if new != text:
            return new.lstrip()
    return text


def clean_body_text(text: str, *, title: str | None = None) -> str:
    """Line-level cleanup of body text after :func:`fragment_to_text`.

    Drops copyright lines (``저작권자 ©…``, ``Copyrights ©…``, ``[저작권자ⓒ …]``), ``◈ …게재된 기사``
    lines, share-bar and ad-slot tokens, a repeated title on the first line, the body-start dateline
    and trailing bylines (``/정종엽 기자``, ``홍길동 기자 mail@…``, ``전영구기자jkh@…``).

    :param text: body text, one paragraph per line
    :param title: the article title; a first line equal to it is dropped
    :returns: the cleaned body, paragraphs joined by ``"\\n"``
    """
    lines = clean_whitespace(text).split("\n")
    kept = [line for line in lines if not (_COPYRIGHT.match(line) or _GAZETTE.match(line) or _NOISE_LINES.match(line))]
    if kept and title and clean_inline(kept[0]) == clean_inline(title):
        kept.pop(0)
    if kept:
        kept[0] = strip_dateline(kept[0])
        if not kept[0]:
            kept.pop(0)
    while kept and (_BYLINE_LINE.match(kept[-1]) or _EMAIL_LINE.match(kept[-1]) or _is_glued_byline(kept[-1])):
        kept.pop()
    if kept:
        if "기자" in kept[-1] and "/" in kept[-1]:  # every match holds both
            kept[-1] = _BYLINE_TAIL.sub("", kept[-1])
    return "\n".join(line for line in kept if line)


_GLUED_BYLINE = re.compile(rf"[가-힣]{{2,4}}\s*기자\s*{_EMAIL}")


def _is_glued_byline(line: str) -> bool:
    """``전영구기자jkh4141@hanmail.net`` (seed 001): name, 기자 and mail without spaces."""
    return bool(_GLUED_BYLINE.fullmatch(line))

# -- page boilerplate: the body cleanup of every parser ----------------------------------------
#
# :func:`clean_korean_body` is applied to every body, whichever parser found it: the family spiders
# after their selectors (:meth:`crawler.spiders.base.GovnewsSpider._parse_body`, the board and portal
# families) and the generic parser (:mod:`crawler.generic`) after its structure or density pick.

#: publication-time labels of Korean CMSs, best first (최종편집 is site chrome, never the article's time)
PUBLISHED_LABELS = ("기사입력", "최초입력", "입력일시", "입력일", "입력", "등록일시", "등록일자", "등록일", "등록", "작성일시",
                    "작성일자", "작성일", "작성", "게시일자", "게시일", "게시", "송고", "발행일", "발행")
APPROVED_LABELS = ("기사승인", "승인")
RELEASED_LABELS = ("보도일시", "보도일자", "보도일", "배포일시", "배포일자", "배포일", "편집")
MODIFIED_LABELS = ("최종수정", "기사수정", "수정일시", "수정일", "수정", "업데이트", "최종편집")
#: every date label, longest first (for alternations)
DATE_LABELS = sorted({*PUBLISHED_LABELS, *APPROVED_LABELS, *RELEASED_LABELS, *MODIFIED_LABELS}, key=len, reverse=True)
SENTENCE_END = re.compile(r"(?:다|요|음|함|임|됨)[.。]|[.!?][”\"’']?(?:\s|$)")
_WORD = re.compile(r"[가-힣A-Za-z0-9]")

_CUT_FROM = re.compile(
    r"^(?:[<\[【]?\s*(?:관련\s*기사|관련\s*뉴스|관련기사\s*목록|많이\s*본\s*(?:기사|뉴스)|인기\s*기사|최신\s*기사|주요\s*(?:기사|뉴스)|"
    r"이\s*시각\s*주요뉴스|오늘의\s*주요뉴스|포토\s*뉴스|(?:이전글|다음글|이전\s*게시물|다음\s*게시물)(?:\s.*)?|이전\s*기사|다음\s*기사|목록|목록보기|목록으로|"
    r"댓글(?:\s*\d+)?|댓글\s*쓰기|기사\s*댓글|첨부\s*파일(?:\s*\(?\d+\)?)?|첨부|"
    r"(?:[가-힣]{2,4}\s*)?기자의\s*다른\s*기사(?:\s*(?:보기|더보기))?|기자\s*구독|구독하기|이\s*기자의\s*다른\s*기사|Copyright.*|COPYRIGHT.*|"
    r"(?:당신이\s*)?관심\s*있을\s*만한.{0,10}|추천\s*기사|함께\s*(?:보면\s*좋은|볼\s*만한).{0,10}|이\s*기사와\s*함께.{0,10}|"
    r"에디터\s*추천|오늘의\s*추천|실시간\s*(?:인기|주요)\s*(?:기사|뉴스))\s*[>\]】]?)$",
    re.I,
)
_KOGL = re.compile(r"(?:반론|정정)\s*[·ㆍ,]?\s*(?:정정|반론).{0,40}(?:청구|신청|요청)하실|고충\s*처리인\s*[:：]|공공누리|출처\s*표시|공공저작물|본\s*저작물은|제[1-4]유형\s*[:：(]?\s*(?:출처|이용)|저작권\s*정책|저작권자\s*[©ⓒ]|무단\s*전재|재배포\s*금지|무단복제")
_ATTACHMENT_LINE = re.compile(r"(?:첨부|별첨|붙임)\s*[)\]】]$|\.(?:hwp|hwpx|pdf|docx?|xlsx?|pptx?|zip|jpe?g|png|gif)\b|다운로드|미리\s*보기|바로\s*보기|뷰어로\s*보기|내려받기", re.I)
_CONTACT_LINE = re.compile(r"^\s*[※*\-·▶■□○]?\s*(?:담당\s*부서|담당자|담당팀|연락처|전화번호|문의처|문\s*의|☎|TEL\b)\s*[:：]?", re.I)
_WIDGET_LINE = re.compile(
    r"^(?:(?:글자\s*크기|글씨\s*크기|글꼴|폰트|확대|축소|가\+|가-|가|인쇄|프린트|스크랩|공유|공유하기|URL\s*복사|주소\s*복사|"
    r"카카오톡|카카오스토리|페이스북|트위터|네이버\s*블로그|밴드|텔레그램|북마크|기사\s*저장|좋아요|싫어요|추천|"
    r"본문\s*글씨\s*(?:키우기|줄이기)|글자\s*(?:크게|작게)|닫기|SNS\s*공유|기사\s*스크랩|메일\s*보내기|X|Facebook|Twitter|"
    r"KakaoTalk|Print|Copy\s*URL)\s*[·|/,]?\s*)+$",
    re.I,
)
_PHOTO_CREDIT = re.compile(r"^\[\s*사진\s*\]\s*\S{0,30}$|^[※*]?\s*\(?\s*사진\s*(?:있음|없음|별첨|첨부)\b.{0,80}$|^[\[(<]?\s*(?:사진|사진제공|사진\s*=|자료사진|그래픽|자료)\s*[=:：]?\s*[^\])>]{0,40}[\])>]?$|^사진\s*확대\s*보기$|^/\s*사진\s*=|^[*※]?\s*사진\s*설명\s*[:：]")
_META_LINE = re.compile(r"^(?:(?:" + "|".join(DATE_LABELS) + r"|조회수?|조회|추천수?|작성자|글쓴이|기자명)\s*[:：]?\s*[\d.\-: ]*)+$")
#: a contact note left in a press release (``(업무담당자 행정과 홍길동 ☎061-000-0000)``)
_CONTACT_NOTE = re.compile(
    r"☎|업무\s*담당자|담당\s*부서\s*[:：]|담당자\s*[:：]|"
    r"^[【\[(<].{0,80}\d{2,4}\s*[-)]\s*\d{3,4}.{0,60}[】\])>]$"  # 【정책과장 홍길동 286-0000, 팀장 …】
)
#: closing lines after the text: a bracketed byline box, a bare reporter line, an agency credit, a keyword tag
_TRAILING_BYLINE = re.compile(
    r"^[\[(【][^\[\]【】]{0,40}(?:기자|특파원|통신원)[^\[\]【】]{0,60}[\])】]$|"
    r"^(?:[가-힣]{2,4}\s+){0,3}[가-힣]{2,4}\s*(?:선임|수석|인턴|수습|객원)?\s*(?:기자|특파원|통신원)$"
)
_AGENCY_CREDIT = re.compile(r"^(?:연합뉴스|뉴시스|뉴스1|연합|AP|AFP|로이터|EPA|신화|[가-힣A-Za-z]{1,8}\s*(?:DB|제공))$", re.I)
#: an e-mail or a photo credit glued to the last sentence: ``… 말했다. 사진=한빛FC``, ``… 밝혔다. [사진=한빛구 제공]``,
#: ``… 밝혔다. /사진=한빛시 제공``
_TRAILING_EMAIL = re.compile(
    r"\s*/\s*[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+\s*$|"
    r"(?<=[.다”\"’'])\s*(?:/\s*)?[\[(]?\s*(?:사진|자료사진|그래픽|사진제공)\s*[=:：]\s*(?:[^\s=\[\]()]{1,20}|[^\s=\[\]()]{1,20}\s*제공)\s*[\])]?$"
)
_EMAIL_ONLY = re.compile(r"^[\s(<\[]*[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+[\s)>\]]*$")


_LEAD_DATELINES = (
    # (서울=연합뉴스) 홍길동 기자 = / [서울=뉴시스]이소영 기자 =
    re.compile(r"^\s*[\[(【][^\[\]()【】]{1,30}=[^\[\]()【】]{1,20}[\])】]\s*(?:(?:[가-힣]{2,4}\s+){0,4}[가-힣]{2,4}\s*(?:선임|수석|인턴)?\s*(?:기자|특파원)\s*=?)?\s*"),
    # 구로투데이 = 한지수 기자 | / 매일일보 = 오정환 기자 |
    re.compile(r"^\s*[가-힣A-Za-z0-9·]{2,20}\s*=\s*[가-힣]{2,4}\s*(?:기자|특파원)\s*[|=]\s*"),
    # [서울시정일보 이상훈 기자] / [한국방송/최동민기자]
    re.compile(r"^\s*[\[(【][^\[\]()【】]{2,30}(?:기자|특파원)[\])】]\s*"),
    # 홍길동 기자 = … / 이세원 이대희 기자 = … / [인사이트] 디지털뉴스팀 = …
    re.compile(r"^\s*(?:[\[(【][^\[\]()【】=]{1,20}[\])】]\s*)?(?:[가-힣]{2,4}\s+){0,4}[가-힣]{2,4}\s*(?:선임|수석|인턴)?\s*(?:기자|특파원)\s*=\s*"),
    re.compile(r"^\s*[\[(【][^\[\]()【】=]{1,20}[\])】]\s*[가-힣A-Za-z]{1,10}(?:뉴스팀|취재팀|편집팀|팀|취재부|편집부)\s*=\s*"),
)


def _strip_lead_dateline(lines: list[str]) -> list[str]:
    """Drop a body-start dateline; subheadings above it (short lines) go with it."""
    for i, line in enumerate(lines[:4]):
        for pattern in _LEAD_DATELINES:
            match = pattern.match(line)
            if match and match.end() < len(line) and all(len(prev) < 100 for prev in lines[:i]):
                return [line[match.end():].strip(), *lines[i + 1:]]
    return lines


#: template slots left in rendered text: ``$$ARTICLEAD$$``, ``{{ad_slot}}``, ``[[AD]]``
_PLACEHOLDER = re.compile(r"\$\$[A-Za-z0-9_]+\$\$|\{\{\s*[\w.]+\s*\}\}|\[\[[A-Z0-9_]+\]\]")


#: licence words that only a copyright or 공공누리 notice carries (a sentence may mention 무단 전재)
_LICENCE_MARK = re.compile(r"[©ⓒ]|\(c\)|저작권|공공누리|KOGL|Copyright|출처\s*표시|본\s*저작물|하실\s*분은|고충\s*처리인", re.I)
#: debris of broken ad or analytics code around the text: ``*/``, ``//-->``, ``<!--``, ``//]]>``
_SCRIPT_DEBRIS = re.compile(r"(?:\*/|/\*|//\s*-->|-->|<!--|//\s*\]\]>|//\s*<!\[CDATA\[)")
_DEBRIS_EDGE = re.compile(r"^(?:\s*" + _SCRIPT_DEBRIS.pattern + r")+\s*|\s*(?:" + _SCRIPT_DEBRIS.pattern + r"\s*)+$")
#: a line of script left in the text (no Hangul, and code words)
_CODE_LINE = re.compile(r"document\.write|window\.|googletag|adsbygoogle|function\s*\(|\$\(|</?scr|\bvar\s+\w+\s*=")
#: a closing hashtag or keyword line: ``#일자리 #청년``, ``키워드 : 일자리, 청년``
_KEYWORD_LINE = re.compile(r"^(?:#[^\s#]+\s*)+$|^(?:관련\s*)?(?:키워드|태그|Tags?)\s*[:：#]", re.I)


#: a literal that every match of :data:`_KOGL` holds (no line of a text without any can be a licence line)
_KOGL_WORDS = ("하실", "고충", "공공누리", "출처", "저작물", "유형", "저작권", "무단", "재배포")
_KOGL_WORD = re.compile("|".join(_KOGL_WORDS))
#: a literal that every match of :data:`_SCRIPT_DEBRIS` holds
_DEBRIS_MARKS = ("*/", "/*", "-->", "<!--", "]]>", "<![CDATA[")
#: a literal that every match of :data:`_PLACEHOLDER` (``$$``, ``{{``, ``[[``) or :data:`_SCRIPT_DEBRIS` holds
_MARK = re.compile("|".join(re.escape(mark) for mark in ("$$", "{{", "[[", *_DEBRIS_MARKS)))
_HANGUL = re.compile(r"[가-힣]")


def _is_licence_line(line: str) -> bool:
    """A copyright, 공공누리 or 고충처리인 notice; not a body sentence that mentions 무단 전재."""
    if len(line) >= 200 or not _KOGL.search(line):
        return False
    return not (len(line) >= 30 and SENTENCE_END.search(line) and not _LICENCE_MARK.search(line))


def _is_debris(line: str) -> bool:
    """Nothing but script debris or ornaments (``*/``, ``//-->``, ``■■■``), or a line of script code."""
    return not _WORD.search(line) or (not _HANGUL.search(line) and bool(_CODE_LINE.search(line)))


#: a list item: ``- 기간: …``, ``· 대상``, ``1. 신청``, ``① 접수``
_LIST_ITEM = re.compile(r"^(?:[-·•◦○●□■◇◆]|\d{1,2}[.)]|[①-⑳])")


_CAPTION_STARTS = ("▲", "△ 사진", "☞ 사진")


def _is_caption(lines: list[str], i: int) -> bool:
    line = lines[i]
    if not line.startswith(_CAPTION_STARTS) or line.count("▲") != 1 or len(line) > 160:
        return False
    neighbours = [lines[j] for j in (i - 1, i + 1) if 0 <= j < len(lines)]
    if any(n.startswith("▲") for n in neighbours):
        return False  # a run of ▲ bullets, not a caption
    if i + 1 < len(lines) and _LIST_ITEM.match(lines[i + 1]) and not re.search(r"사진|제공|촬영", line):
        return False  # ▲ 야간 개방 일정 / - 기간: …: the heading of a list
    return bool(re.search(r"사진|제공|촬영|모습|전경|=|\)$", line)) or i == 0 or not line.rstrip().endswith("다.")


def _substantial(line: str) -> bool:
    return len(line) >= 40 and bool(SENTENCE_END.search(line))


def clean_korean_body(text: str, *, title: str | None = None) -> str:
    """Cut Korean page boilerplate from body text (one paragraph per line).

    Trailing sections (관련기사, 많이 본 기사, 이전글/다음글, 댓글, 첨부파일, 기자의 다른 기사 …) are cut
    from their heading on once article text precedes them; copyright, 공공누리, attachment, contact,
    share-widget, e-mail, photo-credit and ▲-caption lines and the debris of broken ad code (``*/``,
    ``//-->``, ``<!--``, a stray ``document.write``) are dropped wherever they are; then
    :func:`clean_body_text` removes datelines, repeated titles and trailing bylines, and reporter
    boxes, agency and photo credits (``사진=…``, ``[사진=… 제공]``, ``/사진=… 제공``) and keyword lines
    closing the text go. A sentence that merely mentions 무단 전재 or 제1유형 is text, not a notice.
    """
    lines = text.split("\n")
    # the template slots and script debris go first; a line without their marks is left as it is
    # (no regex run on it), and a text without any (the usual one) needs no look at its lines
    if _MARK.search(text):
        if "$$" in text or "{{" in text or "[[" in text:
            lines = [_PLACEHOLDER.sub("", line) for line in lines]
        lines = [_DEBRIS_EDGE.sub("", line) if any(mark in line for mark in _DEBRIS_MARKS) else line
                 for line in lines]
    lines = [line for line in map(str.strip, lines) if line]
    # the licence test runs only when the text holds a word that every licence line holds
    licences = _KOGL_WORD.search("\n".join(lines)) is not None
    title_inline = clean_inline(title) if title else None
    kept: list[str] = []
    seen_text = False
    for i, line in enumerate(lines):
        licence = licences and _is_licence_line(line)
        if _CUT_FROM.match(line) or (seen_text and licence):
            if seen_text:
                break
            continue
        if licence or _is_debris(line):
            continue
        if len(line) < 120 and _ATTACHMENT_LINE.search(line) and not SENTENCE_END.search(line):
            continue
        if len(line) < 120 and not line.endswith("다.") and (_CONTACT_LINE.match(line) or _CONTACT_NOTE.search(line)):
            continue
        if _WIDGET_LINE.match(line) or _PHOTO_CREDIT.match(line) or _EMAIL_ONLY.match(line):
            continue
        if line.startswith(_CAPTION_STARTS) and _is_caption(lines, i):
            continue
        if not seen_text and (_META_LINE.match(line) or (title and clean_inline(line) == title_inline)):
            continue
        kept.append(line)
        seen_text = seen_text or _substantial(line)
    body = clean_body_text("\n".join(_strip_lead_dateline(kept)), title=title)
    out = body.split("\n") if body else []
    while len(out) > 1 and (
        _EMAIL_ONLY.match(out[-1]) or _CONTACT_LINE.match(out[-1]) or _WIDGET_LINE.match(out[-1])
        or _TRAILING_BYLINE.match(out[-1]) or _AGENCY_CREDIT.match(out[-1]) or _PHOTO_CREDIT.match(out[-1])
        or _KEYWORD_LINE.match(out[-1]) or _is_tag_line(out[-1], out[:-1])
    ):
        out.pop()
    if out:
        last = out[-1]
        if "@" in last or "사진" in last or "그래픽" in last:  # every match holds one
            out[-1] = _TRAILING_EMAIL.sub("", last)
    return "\n".join(out)


def _is_tag_line(line: str, before: list[str]) -> bool:
    """A keyword tag or a media name closing the text (``가상화폐``), not a sentence or a heading with a number."""
    return (
        len(line) <= 12 and not SENTENCE_END.search(line) and not re.search(r"\d|[.:：)”\"’']$", line)
        and any(_substantial(b) for b in before)
    )
