"""Stage 1 (crawl): Korean news/board date strings → ISO 8601 in KST (``+09:00``).

Must not import ``extract`` or ``kb``. Accepts every form listed in SOURCES.md §5:

=================================  ==================================
``2024.03.05 10:44``               ND Soft 입력 / 승인
``2019.07.30  15:27:15``           old ND Soft skin (two spaces)
``12.31 23:10``                    ND Soft lists, no year (needs a reference)
``2024-03-05`` / ``… HH:MM:SS``    lists, AMP, Naver, RSS (no offset = KST)
``2026. 9. 27. 09:54``             Daum
``2024년03월05일``                 종로 eGov board
``2021년 08월 22일(일) 20:50``     광주일보
``편집 2017.08.03 [09:22]``        sub_read family
``입력 2020년09월30일 13시23분``   reported form
``Tue, 05 Mar 2024 10:44:00 +0900``  RFC-822 RSS
=================================  ==================================
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta, timezone
from email.utils import parsedate_to_datetime

KST = timezone(timedelta(hours=9), "KST")

_TIME = r"(?:\s*\[?\s*(?P<H>\d{1,2})\s*(?::|시)\s*(?P<M>\d{2})\s*(?:분)?(?:\s*:\s*(?P<S>\d{2}))?\s*\]?)?"
_NUMERIC = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d{2})\s*[.\-/]\s*(?P<m>\d{1,2})\s*[.\-/]\s*(?P<d>\d{1,2})(?!\d)\.?"
    r"(?:\s*\([월화수목금토일]\))?(?:T|\s)?" + _TIME
)
_KOREAN = re.compile(
    r"(?P<y>(?:19|20)\d{2})\s*년\s*(?P<m>\d{1,2})\s*월\s*(?P<d>\d{1,2})\s*일"
    r"(?:\s*\([월화수목금토일]\))?" + _TIME
)
_NO_YEAR = re.compile(r"^\s*(?P<m>\d{1,2})[.\-/](?P<d>\d{1,2})\.?\s+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?\s*$")
_ISO_OFFSET = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})")
_RFC822 = re.compile(r"^\s*(?:[A-Z][a-z]{2},\s*)?\d{1,2}\s+[A-Z][a-z]{2}\s+\d{4}\s+\d{1,2}:\d{2}")
_LABELLED = re.compile(r"(?P<label>기사입력|기사승인|최종수정|입력|수정|승인|편집|등록일|작성일|등록)\s*[:：]?\s*")


def _build(y: int, m: int, d: int, hh: str | None, mm: str | None, ss: str | None) -> datetime | None:
    try:
        return datetime(y, m, d, int(hh or 0), int(mm or 0), int(ss or 0), tzinfo=KST)
    except ValueError:
        return None


def _as_kst(reference: datetime | date | None) -> datetime:
    if reference is None:
        return datetime.now(KST)
    if isinstance(reference, datetime):
        return reference.astimezone(KST) if reference.tzinfo else reference.replace(tzinfo=KST)
    return datetime(reference.year, reference.month, reference.day, 23, 59, tzinfo=KST)


def parse_datetime(text: str | None, *, reference: datetime | date | None = None) -> datetime | None:
    """Parse the first date in ``text`` into an aware ``datetime`` in KST.

    :param text: any of the forms in the module docstring; labels such as 입력/편집 are ignored
    :param reference: "now" for year-less list dates (``MM.DD HH:MM``): the year is the reference's
        year, or the previous one when that would put the date more than a day in the future
    :returns: the datetime, or ``None`` when nothing parses
    """
    if not text:
        return None
    text = text.replace("\xa0", " ").strip()
    if _RFC822.match(text):
        try:
            parsed = parsedate_to_datetime(text)
        except (TypeError, ValueError):
            parsed = None
        if parsed is not None:
            return (parsed if parsed.tzinfo else parsed.replace(tzinfo=KST)).astimezone(KST)
    iso = _ISO_OFFSET.search(text)
    if iso:
        try:
            return datetime.fromisoformat(iso.group(0).replace("Z", "+00:00")).astimezone(KST)
        except ValueError:
            pass
    for pattern in (_KOREAN, _NUMERIC):
        match = pattern.search(text)
        if match:
            g = match.groupdict()
            return _build(int(g["y"]), int(g["m"]), int(g["d"]), g["H"], g["M"], g["S"])
    match = _NO_YEAR.match(_LABELLED.sub("", text, count=1))
    if match:
        ref = _as_kst(reference)
        g = match.groupdict()
        for year in (ref.year, ref.year - 1):
            found = _build(year, int(g["m"]), int(g["d"]), g["H"], g["M"], g["S"])
            if found is not None and found <= ref + timedelta(days=1):
                return found
        return None
    return None


def parse_date(text: str | None, *, reference: datetime | date | None = None) -> str | None:
    """Parse a Korean date string into ISO 8601 with ``+09:00``.

    :param text: the date text (see the module docstring for the accepted forms)
    :param reference: the crawl time, needed only for year-less list dates
    :returns: e.g. ``"2011-10-13T10:44:00+09:00"``, or ``None``
    """
    parsed = parse_datetime(text, reference=reference)
    return parsed.isoformat() if parsed else None


def parse_labelled_dates(text: str | None) -> dict[str, str]:
    """Find ``입력 …``, ``수정 …``, ``승인 …``, ``편집 …`` dates in one string.

    :param text: e.g. ``"입력 2011.10.13 10:44 수정 2011.10.14 09:00"``
    :returns: ``{"입력": iso, "수정": iso}``; the label 기사승인 is reported as 승인, 기사입력 as 입력
    """
    found: dict[str, str] = {}
    if not text:
        return found
    text = text.replace("\xa0", " ")
    labels = list(_LABELLED.finditer(text))
    for i, match in enumerate(labels):
        end = labels[i + 1].start() if i + 1 < len(labels) else len(text)
        iso = parse_date(text[match.end() : end])
        label = match.group("label").removeprefix("기사").replace("최종수정", "수정")
        label = {"등록일": "입력", "작성일": "입력", "등록": "입력"}.get(label, label)
        if iso and label not in found:
            found[label] = iso
    return found


def now_kst() -> datetime:
    """Current time in KST (honours freezegun)."""
    return datetime.now(KST)


def now_utc_iso() -> str:
    """Current UTC time as ISO 8601, used for ``Article.fetched_at``."""
    return datetime.now(UTC).replace(microsecond=0).isoformat()
