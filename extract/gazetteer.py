"""Stage 2 (extract): the local-government gazetteer (``data/local_governments.csv``).

Finds surface forms of districts in text and resolves them to the unit valid at a date,
following renames (인천 남구 → 미추홀구, 강원도 → 강원특별자치도). Must not import scrapy or kb.
"""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from extract.vocab import DATA_DIR, trie_alternation

GAZETTEER_PATH = DATA_DIR / "local_governments.csv"
_FAR_PAST = dt.date(1900, 1, 1)
_FAR_FUTURE = dt.date(9999, 12, 31)


@dataclass(frozen=True, slots=True)
class Unit:
    """One row (one validity period) of the gazetteer."""

    code: str
    name: str
    full_name: str
    level: str  #: 광역, 기초, 일반구, 행정시
    parent_code: str | None
    valid_from: dt.date
    valid_to: dt.date
    aliases: tuple[str, ...]
    note: str

    def valid_on(self, day: dt.date) -> bool:
        """Whether this row is in force on ``day`` (both ends inclusive)."""
        return self.valid_from <= day <= self.valid_to

    @property
    def is_province(self) -> bool:
        """A 광역 (시·도)."""
        return self.level == "광역"


def _date(text: str, default: dt.date) -> dt.date:
    return dt.date.fromisoformat(text) if text else default


class Gazetteer:
    """Surface forms → gazetteer rows, with date-aware resolution.

    :param path: the CSV (defaults to ``extract/data/local_governments.csv``)
    """

    def __init__(self, path: Path | str = GAZETTEER_PATH) -> None:
        self.units: list[Unit] = []
        with open(path, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                self.units.append(
                    Unit(
                        code=row["code"],
                        name=row["name"],
                        full_name=row["full_name"],
                        level=row["level"],
                        parent_code=row["parent_code"] or None,
                        valid_from=_date(row["valid_from"], _FAR_PAST),
                        valid_to=_date(row["valid_to"], _FAR_FUTURE),
                        aliases=tuple(a for a in row["aliases"].split("|") if a),
                        note=row["note"],
                    )
                )
        self.by_code: dict[str, list[Unit]] = defaultdict(list)
        for u in self.units:
            self.by_code[u.code].append(u)
        self.surfaces: dict[str, list[Unit]] = defaultdict(list)
        provinces = [u for u in self.units if u.is_province]
        for u in self.units:
            forms = {u.full_name, *u.aliases}
            if u.is_province:
                forms.add(u.name)
            else:
                # Bare stems ("수원", "구로") are everyday words and venue names too often;
                # only forms that end in 시/군/구 are taken alone.
                forms = {f for f in forms if f.endswith(("시", "군", "구")) or " " in f}
                forms.add(u.name)
                parents = [p for p in provinces if p.code == u.parent_code]
                if u.level == "일반구":
                    city = [c for c in self.by_code.get(u.parent_code or "", [])]
                    parents = [p for c in city for p in provinces if p.code == c.parent_code]
                    forms = {f for f in forms if " " in f or f == u.full_name}
                for p in parents:
                    for pre in {p.name, *p.aliases}:
                        forms.add(f"{pre} {u.name}")
                        if u.level == "일반구":
                            for c in self.by_code.get(u.parent_code or "", []):
                                forms.add(f"{pre} {c.name} {u.name}")
            for f in forms:
                if u not in self.surfaces[f]:
                    self.surfaces[f].append(u)
        # A unit's own name alone never matches inside a longer word: the regex is
        # followed by a boundary check in :meth:`finditer`.
        words = sorted(self.surfaces, key=len, reverse=True)
        # a space in a surface matches any run of spaces or tabs, or none ("서울 중구", "서울중구")
        self.pattern = re.compile(trie_alternation(words, space=r"[ \t]*"))
        # a surface written without its space ("서울중구", "강원고성군") → its spaced form
        self._joined = {w.replace(" ", ""): w for w in words if " " in w}
        self._successor_cache: dict[str, Unit | None] = {}

    def finditer(self, text: str):
        """Yield ``(start, end, surface)`` for every gazetteer surface in ``text``, longest match first.

        :param text: any text
        """
        for m in self.pattern.finditer(text):
            s, e = m.span()
            if s > 0 and "가" <= text[s - 1] <= "힣":
                continue  # inside a longer word ("서울특별시" in "범서울특별시")
            surface = " ".join(m.group().split())
            if surface not in self.surfaces:
                # written without its space: a name only when it ends the line or takes a particle
                # ("서울중구는", a "강원고성군" tag line), not glued before a body's name ("울산동구 ○○위원회")
                nxt = text[e : e + 1]
                if not nxt or nxt == "\n" or "가" <= nxt <= "힣":
                    surface = self._joined.get(surface, surface)
            yield s, e, surface

    def candidates(self, surface: str) -> list[Unit]:
        """Every row a normalised surface form may stand for."""
        return self.surfaces.get(surface, [])

    def successor(self, unit: Unit) -> Unit | None:
        """The row that took over an expired row (rename or re-code), if there is exactly one."""
        if unit.code + str(unit.valid_to) in self._successor_cache:
            return self._successor_cache[unit.code + str(unit.valid_to)]
        nxt = unit.valid_to + dt.timedelta(days=1)
        starters = [u for u in self.units if u.valid_from == nxt and u.level == unit.level]
        found = [u for u in starters if u.name == unit.name and u.code[2:5] == unit.code[2:5]]
        if not found:
            found = [u for u in starters if f"renamed from {unit.name}" in u.note]
        if not found and unit.is_province:
            found = [u for u in starters if unit.name in u.aliases]
        if not found and unit.is_province:
            # a 광역 merged into a new one ("absorbs 광주광역시+전라남도"): the new 광역 took it over
            found = [u for u in starters if re.search(rf"absorbs [^;]*{re.escape(unit.name)}", u.note)]
        if not found:
            # a unit re-coded under a new 광역 (광주 동구 → 전남광주통합특별시 동구): the same name under the successor of its
            # 광역, never a namesake elsewhere (인천 동구, merged away on the same day, is not 전남광주's 동구)
            up = None if unit.is_province else self.parent(unit)
            heir = self.successor(up) if up is not None and up.valid_to < _FAR_FUTURE else None
            found = [u for u in starters if u.name == unit.name and (unit.is_province or (heir is not None and u.parent_code == heir.code))]
        result = found[0] if len(found) == 1 else None
        self._successor_cache[unit.code + str(unit.valid_to)] = result
        return result

    def at(self, unit: Unit, day: dt.date | None) -> Unit | None:
        """The row for ``unit``'s entity valid on ``day`` (following renames), or None if it ended.

        :param unit: a gazetteer row
        :param day: the article's date; None keeps rows valid today
        """
        day = day or dt.date.today()
        seen = 0
        while unit is not None and not unit.valid_on(day) and seen < 5:
            if day < unit.valid_from:
                return None
            unit = self.successor(unit)  # type: ignore[assignment]
            seen += 1
        return unit if unit is not None and unit.valid_on(day) else None

    def parent(self, unit: Unit) -> Unit | None:
        """The 광역 of a 기초/행정시 (the city's 광역 for an 일반구), valid over the unit's period."""
        code = unit.parent_code
        if unit.level == "일반구":
            city = self._valid_row(code, unit)
            code = city.parent_code if city else None
        return self._valid_row(code, unit)

    def city(self, unit: Unit) -> Unit | None:
        """The city of an 일반구."""
        return self._valid_row(unit.parent_code, unit) if unit.level == "일반구" else None

    def _valid_row(self, code: str | None, unit: Unit) -> Unit | None:
        rows = self.by_code.get(code or "", [])
        for r in rows:
            if r.valid_from <= unit.valid_to and unit.valid_from <= r.valid_to:
                return r
        return rows[-1] if rows else None

    def provinces_named(self, surface: str) -> list[Unit]:
        """광역 rows a surface (full name or alias) may stand for."""
        return [u for u in self.candidates(surface) if u.is_province]


@cache
def default_gazetteer() -> Gazetteer:
    """The project gazetteer, built once per process."""
    return Gazetteer()


@cache
def place_stems(gaz: Gazetteer) -> frozenset[str]:
    """Every name and alias of ``gaz`` and its stem without 시/군/구/도 ("구미", "수원", "강원", "서울").

    :param gaz: the gazetteer
    :returns: the words that name a local government or its stem
    """
    out: set[str] = set()
    for u in gaz.units:
        names = {u.name, *(a for a in u.aliases if " " not in a)}
        out.update(names)
        out.update(n[:-1] for n in names if len(n) >= 3 and n.endswith(("시", "군", "구", "도")))
    return frozenset(out)


#: "민선 6기": the term of local office a text speaks of (term 1 began on 1995-07-01 and lasted three
#: years, term N ≥ 2 begins on 1 July of 1990 + 4N); the latest term named frames the text
_TERM = re.compile(r"민선\s*([1-9])\s*기")


#: "정유년에도", "갑진년 새해": a year named in the sexagenary cycle (gold README "Undated texts"), read as
#: the one year of the cycle in 2010–2069, the years the gazetteer covers ("임진왜란": no year of ours)
_HEAVENLY_STEMS = "갑을병정무기경신임계"
_EARTHLY_BRANCHES = "자축인묘진사오미신유술해"
_SEXAGENARY = re.compile(r"(?<![가-힣])([" + _HEAVENLY_STEMS + "])([" + _EARTHLY_BRANCHES + r"])년(?!\s*(?:왜란|전쟁|대첩|생))")


def sexagenary_year(stem: str, branch: str) -> int | None:
    """The year in 2010–2069 whose cycle name is ``stem`` + ``branch`` (갑자 = 1984 + 60k), or None when the two
    never meet (a stem and a branch of different parity)."""
    s, b = _HEAVENLY_STEMS.index(stem), _EARTHLY_BRANCHES.index(branch)
    k = next((k for k in range(60) if k % 10 == s and k % 12 == b), None)  # the place in the cycle
    return None if k is None else 2010 + (k - (2010 - 1984)) % 60


def _term_start(n: int) -> dt.date:
    """The first day of 민선 ``n``기 (term 1: 1995-07-01; term N ≥ 2: 1 July of 1990 + 4N)."""
    return dt.date(1995, 7, 1) if n == 1 else dt.date(1994 + 4 * (n - 1), 7, 1)


@cache
def era_names() -> tuple[re.Pattern[str], dict[str, tuple[tuple[dt.date, dt.date], ...]]]:
    """Central bodies that existed only in some periods (``data/era_names.tsv``): a pattern over their
    names and each name's periods (first and last day, inclusive)."""
    periods: dict[str, list[tuple[dt.date, dt.date]]] = defaultdict(list)
    in_word: dict[str, bool] = {}
    for line in (DATA_DIR / "era_names.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        surface, start, end, glued = (line.split("\t") + ["", "", ""])[:4]
        periods[surface].append((_date(start, _FAR_PAST), _date(end, _FAR_FUTURE)))
        in_word[surface] = glued.strip() == "1"
    names = sorted(periods, key=len, reverse=True)
    alternation = "|".join(
        re.escape(n) if in_word[n] else rf"(?<![가-힣]){re.escape(n)}" for n in names
    )
    return re.compile(rf"(?:{alternation})"), {n: tuple(p) for n, p in periods.items()}


def era_periods(text: str) -> list[tuple[tuple[dt.date, dt.date], ...]]:
    """The periods a text's era names allow, one tuple of periods per name written ("행정자치부" →
    1998–2008 or 2014–2017; "민선 7기" → 2018-07-01 to 2022-06-30).

    :param text: any text
    :returns: one entry per distinct name or term
    """
    pattern, periods = era_names()
    out = [periods[n] for n in dict.fromkeys(m.group() for m in pattern.finditer(text))]
    for stem, branch in dict.fromkeys(_SEXAGENARY.findall(text)):
        if (year := sexagenary_year(stem, branch)) is not None:
            out.append(((dt.date(year, 1, 1), dt.date(year, 12, 31)),))
    terms = {int(t) for t in _TERM.findall(text)}
    if terms:
        n = max(terms)
        # the latest term the text names frames it (gold README "Undated texts": 민선5기 is a period
        # marker); read at the term's last day, a term that spans a change (민선 8기 and
        # 강원특별자치도) gives the name after it
        out.append(((_term_start(n), _term_start(n + 1) - dt.timedelta(days=1)),))
    return out


def day_within(day: dt.date, cues: list[tuple[tuple[dt.date, dt.date], ...]]) -> dt.date:
    """The day nearest ``day`` (the latest one before it, else the earliest after) that every cue allows;
    ``day`` itself when it is allowed or the cues contradict each other."""
    if not cues:
        return day

    def allowed(d: dt.date) -> bool:
        return all(any(a <= d <= b for a, b in cue) for cue in cues)

    if allowed(day):
        return day
    days = {d for cue in cues for period in cue for d in period if d not in (_FAR_PAST, _FAR_FUTURE)}
    ok = sorted(d for d in days if allowed(d))
    before = [d for d in ok if d <= day]
    if before:
        return before[-1]
    return ok[0] if ok else day
