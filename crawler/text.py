"""Stage 1 (crawl): URL, whitespace and article-body cleanup shared by every spider.

Must not import ``extract`` or ``kb``. Pure functions on strings and lxml trees; no Scrapy.
"""

from __future__ import annotations

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
    url = _JSESSIONID.sub("", url)
    if base:
        url = urljoin(base, url)
    parts = urlsplit(url)
    query = parts.query
    drop = _DROP_PARAMS | set(drop_params)
    if query and any(f"{name}=" in query.lower() for name in drop):
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


def clean_whitespace(text: str | None) -> str:
    """Collapse runs of spaces/&nbsp; on each line, strip lines, drop empty lines.

    :param text: raw text
    :returns: cleaned text whose lines are joined by ``"\\n"``
    """
    if not text:
        return ""
    lines = (_SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


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
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in _BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    return clean_whitespace(root.text_content())


def fragment_to_text(html: str, drop_css: tuple[str, ...] | list[str] = ()) -> str:
    """Clean one body fragment: drop noise elements and captions, then :func:`html_to_text`.

    :param html: outer HTML of the body element
    :param drop_css: extra CSS selectors to drop (added to :data:`DEFAULT_BODY_DROP`)
    :returns: body text before line-level cleanup (:func:`clean_body_text`)
    """
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    for css in (*DEFAULT_BODY_DROP, *drop_css):
        try:
            found = root.cssselect(css)
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
    lines = [line for line in clean_whitespace(text).split("\n")]
    kept = []
    for line in lines:
        if _COPYRIGHT.match(line) or _GAZETTE.match(line) or _NOISE_LINES.match(line):
            continue
        kept.append(line)
    if kept and title and clean_inline(kept[0]) == clean_inline(title):
        kept.pop(0)
    if kept:
        kept[0] = strip_dateline(kept[0])
        if not kept[0]:
            kept.pop(0)
    while kept and (_BYLINE_LINE.match(kept[-1]) or _EMAIL_LINE.match(kept[-1]) or _is_glued_byline(kept[-1])):
        kept.pop()
    if kept:
        kept[-1] = _BYLINE_TAIL.sub("", kept[-1])
    return "\n".join(line for line in kept if line)


def _is_glued_byline(line: str) -> bool:
    """``전영구기자jkh4141@hanmail.net`` (seed 001): name, 기자 and mail without spaces."""
    return bool(re.fullmatch(rf"[가-힣]{{2,4}}\s*기자\s*{_EMAIL}", line))
