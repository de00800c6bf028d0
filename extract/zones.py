"""Stage 2 (extract): the article zone of a whole-page text rendering.

Saved pages and crawled bodies often carry the page around the article: site menus (section names,
lists of 구 names), "최종편집"/기자명/입력 lines, share buttons, "저작권자 ©… 무단전재" lines, comment
widgets, footer menus and sidebars ("주요기사", "많이 본 뉴스", "관련기사", "포토뉴스") that list other
articles' headlines. Facts must come only from the article body, so :func:`mask_chrome` blanks those
lines out (every character but line breaks becomes a space: offsets and length are kept, so evidence
spans still index the original text).

The detector is conservative: a plain article body (no chrome) comes back unchanged. Lines that read
as sentences (a sentence ending, 25+ characters) are "body-like"; menus are only looked for before the
first and after the last body-like line, never between them, so ▲/□/○ bullets, short 부제 lines
("- …") and tables inside a body are always read. Must not import scrapy or kb.
"""

from __future__ import annotations

import re

#: a line that reads as a sentence of running text
_SENT_END = re.compile(r"(?:[다요음함됨임]|니다|습니다)\s*[.!?]?\s*[\"'”’」』)\]]*\s*$|[.!?]\s*[\"'”’)\]]*\s*$")
_MID_SENT = re.compile(r"다\.\s+\S")
#: page-level chrome that ends the article for good (copyright, comment widget, footer)
_COPYRIGHT = re.compile(
    r"(?:저작권자|copyrights?|ⓒ|©|\(c\)|all\s+rights\s+reserved|무단\s*전재|재배포\s*금지)", re.IGNORECASE
)
_WIDGET = re.compile(
    r"^\s*[•·]?\s*(?:\d+\s*)?(?:개의\s*댓글|댓글\s*(?:쓰기|작성|정렬|삭제|수정|달기|보기)?|BEST\s*댓글|"
    r"\d+\s*/\s*400|회사소개|개인정보\s*처리\s*방침|개인정보취급방침|청소년\s*보호\s*정책|이용약관|"
    r"광고\s*문의|기사\s*제보|구독\s*신청|제휴\s*문의|고충처리인)(?:\s*[|·]\s*\S+){0,8}\s*$",
    re.IGNORECASE,
)
#: share / print / font-size buttons (masked where they stand)
_SHARE = re.compile(
    r"^\s*[•·]?\s*(?:본문\s*글씨\s*(?:키우기|줄이기)|댓글\s*\d+|\d+\s*$|"
    r"이\s*기사를\s*공유합니다|공유하기|기사\s*공유|좋아요|추천\s*\d*|스크랩|프린트|인쇄|"
    r"(?:twitter|facebook|kakao|카카오톡|페이스북|트위터|네이버\s*밴드|me2day|요즘)(?:\s+\S+){0,6})\s*$",
    re.IGNORECASE,
)
_THE_END = re.compile(r"^\s*(?:\(끝\)|<끝>|/끝/|-끝-)\s*$")
#: headings of boxes that list other articles (sidebars; also embedded "관련기사" boxes)
_SIDEBAR = re.compile(
    r"^\s*[\[<【■▶▷◆◇●#]?\s*(?:이\s*기사와\s*함께\s*많이\s*본\s*뉴스|많이\s*본\s*(?:뉴스|기사)|주요\s*(?:기사|뉴스)|"
    r"관련\s*기사|포토\s*(?:뉴스|갤러리)|인기\s*(?:기사|뉴스)|최신\s*(?:기사|뉴스)|실시간\s*(?:뉴스|기사|인기)|"
    r"핫\s*이슈|오늘의\s*(?:뉴스|이슈)|(?:댓글|공감)\s*많은\s*(?:뉴스|기사)|가장\s*많이\s*본\s*(?:뉴스|기사)|추천\s*기사|많이\s*읽은\s*기사|기자의\s*다른\s*기사|"
    r"\S{1,12}\s*기자의\s*(?:다른|최신)\s*기사|HEADLINE|Top\s*News|Hot\s*News|Most\s*Viewed)"
    r"\s*[\]>】]?\s*(?:더\s*보기|더보기|\+|more)?\s*$",
    re.IGNORECASE,
)
#: byline / date / navigation lines (chrome wherever they stand outside the body)
_BYLINE = re.compile(
    r"^\s*[•·\-]?\s*(?:(?:기자명|입력|등록|승인|수정|최종편집|최종수정|최종발간일|발행일|작성자|기사관리자|"
    r"상단영역|본문영역|하단영역|사이드영역|전체메뉴|메뉴|검색|로그인|회원가입)(?=\s|:|\d|\||$)|"
    r"홈\s*>|HOME\s*>|\d+\s*$)",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-–—▲△□■○●◎◇◆※☞▶▷*]|\d+[.)]|[①-⑳]|[가-하][.)])")


_TABLE_CELL = re.compile(r"최우수|우수|장려|대상|특별상|모범|\d\s*(?:명|개|건)")


# a short sentence's full stop (see _body_like)
_SHORT_SENT_END = re.compile(r"다\s*\.\s*[\"'”’)]*$")


def _body_like(line: str) -> bool:
    s = line.strip()
    if len(s) < 10 or s.endswith(("…", "...")):
        return False
    if len(s) < 25:  # a short sentence needs a full stop: "구는 앞으로도 노력하겠다고 밝혔다."
        return bool(_SHORT_SENT_END.search(s))
    return bool(_SENT_END.search(s) or _MID_SENT.search(s))


def _menu_item(line: str) -> bool:
    """A short line without a sentence ending (a menu entry, section name, lone headline word)."""
    s = line.strip()
    return 0 < len(s) <= 14 and not _SENT_END.search(s) and not _BULLET.match(s)


def _menu_row(line: str) -> bool:
    """One line listing section names: 5+ short items separated by |, /, ·, > or wide spaces."""
    s = line.strip()
    if _BULLET.match(s) or _SENT_END.search(s):
        return False
    items = [x for x in re.split(r"\s*[|/>·ㆍ]\s*|\s{2,}|\t", s) if x]
    return len(items) >= 5 and all(len(x) <= 6 for x in items)


def _chrome_line(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= 80 and bool(
        _BYLINE.match(s) or _WIDGET.match(s) or _SHARE.match(s) or _menu_row(s)
    )


def _short_byline(line: str) -> bool:
    s = line.strip()
    return len(s) <= 40 and bool(_BYLINE.match(s)) and not _body_like(s)


def _copyright_line(line: str) -> bool:
    s = line.strip()
    return bool(s) and len(s) <= 120 and bool(_COPYRIGHT.search(s)) and not _body_like(s.rstrip(">〉)]"))


#: a photo's credit line ("▲ ⓒ영동군", "사진=ⓒ구로구"): a short copyright mark naming who took the picture
_PHOTO_CREDIT = re.compile(r"^[\s•·▲△■▶]*(?:사진\s*[=:]?\s*)?(?:ⓒ|©)\s*[^\s]{1,20}\s*$")


def chrome_lines(text: str) -> set[int]:
    """Indexes of the lines of ``text`` (split at ``\\n``) that are page chrome, not the article."""
    lines = text.split("\n")
    n = len(lines)
    body = [i for i, ln in enumerate(lines) if _body_like(ln)]
    if not body:
        return set()
    first, last = body[0], body[-1]
    masked: set[int] = set()

    # Head (before the first sentence): bylines, share buttons, menu rows, runs of 3+ menu items,
    # sidebar boxes (heading + the headline lines under it).
    run: list[int] = []

    def close_run(table_ok: bool = False) -> None:
        # after the body, a run with a grade word or a count is a table ("최우수구 / 마포구 / 우수구 …")
        if len(run) >= 3 and not (table_ok and any(_TABLE_CELL.search(lines[k]) for k in run)):
            masked.update(run)
        run.clear()

    i = 0
    while i < first:
        ln = lines[i]
        if not ln.strip():
            i += 1
            continue
        if _SIDEBAR.match(ln):
            close_run()
            masked.add(i)
            box: set[int] = set()
            after = _sidebar_block(lines, i + 1, n, box)
            # the box may hold lines that read as sentences: the article starts after it
            later = [b for b in body if b >= after and b not in box]
            if not later:
                # a box that would take every sentence of the page is no box: the heading is the page's
                # section label ("실시간뉴스" above the headline, byline and article)
                i += 1
                continue
            masked |= box
            i, first = after, later[0]
            continue
        if _chrome_line(ln) or _copyright_line(ln):
            masked.add(i)
        elif _menu_item(ln):
            run.append(i)
            i += 1
            continue
        close_run()
        i += 1
    close_run()

    # Body and tail: a sidebar heading masks its box; copyright / comment widget / footer ends the
    # article unless running text of the article follows before any other chrome (a photo credit
    # "ⓒ 구로구" between paragraphs).
    i = first + 1
    while i < n:
        ln = lines[i]
        if not ln.strip():
            i += 1
            continue
        if _SIDEBAR.match(ln):
            masked.add(i)
            i = _sidebar_block(lines, i + 1, n, masked)
            continue
        if _THE_END.match(ln):
            masked.update(range(i, n))  # a wire item's own end mark: nothing after it is the article
            break
        if _copyright_line(ln) or _WIDGET.match(ln):
            if _resumes(lines, i + 1):
                masked.add(i)
                i += 1
                continue
            masked.update(range(i, n))
            break
        if _SHARE.match(ln) or (i > last and _chrome_line(ln)) or _short_byline(ln):
            masked.add(i)
        i += 1

    # Tail after the last sentence: menu rows and runs of menu items (footer menus).
    run = []
    for j in range(last + 1, n):
        if j in masked or not lines[j].strip():
            continue
        if _chrome_line(lines[j]):
            masked.add(j)
        elif _menu_item(lines[j]):
            run.append(j)
            continue
        close_run(table_ok=True)
    close_run(table_ok=True)
    return masked


def _sidebar_block(lines: list[str], start: int, stop: int, masked: set[int]) -> int:
    """Mask the headline lines of a sidebar box from ``start``; return the first line after it.

    The box ends at a bullet / 부제 line, two blank lines in a row, or a paragraph of running text
    (80+ characters read as a sentence, after a blank line) when the page's copyright / comment line
    is still to come (an embedded "관련기사" box inside the body); without such a line later, the box
    is the page's tail and runs to the end (lead snippets of other articles read as sentences too).
    """
    blanks = 0
    end_later = any(_copyright_line(ln) or _WIDGET.match(ln) for ln in lines[start:])
    i = start
    while i < stop:
        s = lines[i].strip()
        if not s:
            blanks += 1
            if blanks >= 2:
                return i
            i += 1
            continue
        if (end_later and blanks and _body_like(s) and len(s) >= 80) or _BULLET.match(s):
            return i
        blanks = 0
        masked.add(i)
        i += 1
    return i


def _resumes(lines: list[str], start: int) -> bool:
    """Running text of the article follows (before any other chrome line)."""
    for ln in lines[start:]:
        s = ln.strip()
        if not s:
            continue
        if _PHOTO_CREDIT.match(s):
            continue  # "▲ ⓒ영동군" twice around a photo: the credit, not the page's copyright
        if _SIDEBAR.match(s) or _WIDGET.match(s) or _copyright_line(s):
            return False
        if _chrome_line(s):
            continue  # share buttons and bylines stand around the body too
        if _body_like(s) and len(s) >= 40 and not re.search(r"댓글|무단|저작권|구독", s):
            return True
    return False


def body_start(text: str) -> int:
    """Offset of the first line that reads as running text (0 when none): the headline and 부제
    lines before it only repeat the body (gold README), so no award is read from them."""
    pos = 0
    for ln in text.split("\n"):
        if _body_like(ln):
            return pos
        pos += len(ln) + 1
    return 0


_NOT_CR = re.compile(r"[^\r]")


def mask_chrome(text: str) -> str:
    """``text`` with its page chrome blanked (same length, same line breaks); unchanged if none."""
    drop = chrome_lines(text)
    if not drop:
        return text
    lines = text.split("\n")
    for j in drop:
        # every character but \r becomes a space (a line without \r: one space per character)
        lines[j] = " " * len(lines[j]) if "\r" not in lines[j] else _NOT_CR.sub(" ", lines[j])
    return "\n".join(lines)
