"""Stage 2 (extract): the vocabularies in ``extract/data/``, loaded once and cached.

Rules and the tokenizer's user words come from these files, never from literals in code.
Must not import scrapy or kb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
#: the words for a group of 기초 ("9개 시·군(…)", "참여하는 시·군은 …"): read by the districts' group rules and by the
#: context's subject of a sentence
UNIT_GROUP_WORD = r"(?:시·?군·?구|시·?군|구·?군|자치구)"


def _lines(name: str) -> list[str]:
    """Non-empty, non-comment lines of a data file (``#`` starts a comment line)."""
    out = []
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            out.append(line.rstrip("\n"))
    return out


def trie_alternation(words: list[str] | tuple[str, ...], *, space: str | None = None) -> str:
    """A regex alternation of ``words`` built as a trie, for scans over every position of a text.

    Python's ``re`` tries the branches of "a|b|c" one after another at each position; a trie
    ("(?:사(?:업(?:단)?|관학교))") fails after one character at most places. Longer words still win.

    :param words: literal words
    :param space: regex a space in a word matches (default: a single space)
    :returns: a non-capturing group
    """
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        alts = [
            (space if ch == " " and space is not None else re.escape(ch)) + build(node[ch])
            for ch in sorted(k for k in node if k)
        ]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return "(?:" + body + ")?" if "" in node else body

    return "(?:" + build(trie) + ")"


def squash(text: str) -> str:
    """Text without whitespace and punctuation, for alias and containment matching.

    ㆍ (U+318D, a Hangul letter by Unicode) is written as a middle dot in Korean text: punctuation here.
    """
    return re.sub(r"[\s\W_ㆍ]+", "", text).lower()


@dataclass(frozen=True, slots=True)
class GradeForm:
    """One surface form of an award grade."""

    surface: str
    grade: str
    needs_context: bool


@cache
def grade_forms() -> tuple[GradeForm, ...]:
    """Grade surface forms, longest first.

    :returns: every row of ``grades.tsv``
    """
    rows = []
    for line in _lines("grades.tsv"):
        surface, grade, ctx = line.split("\t")
        rows.append(GradeForm(surface, grade, ctx == "1"))
    return tuple(sorted(rows, key=lambda g: -len(g.surface)))


@cache
def award_aliases() -> dict[str, str]:
    """Squashed alias → canonical award name (``awards.tsv``)."""
    out = {}
    for line in _lines("awards.tsv"):
        alias, canonical = line.split("\t")
        out[squash(alias)] = canonical
    return out


def canonical_award(name: str) -> str:
    """The canonical name of an award as written, or the name with its spacing normalised.

    :param name: the award name as it appears in the article
    :returns: the alias table's canonical name, else ``name`` with single spaces
    """
    cleaned = " ".join(name.replace("ㆍ", "·").split())  # "시ㆍ군" is written "시·군" too
    return award_aliases().get(squash(cleaned), cleaned)


@cache
def organizers() -> tuple[str, ...]:
    """Non-government organisers of awards (``organizers.txt``), longest first."""
    return tuple(sorted(_lines("organizers.txt"), key=len, reverse=True))


@cache
def categories() -> tuple[str, ...]:
    """Known 부문 names (``categories.txt``)."""
    return tuple(_lines("categories.txt"))


@cache
def program_suffixes() -> tuple[str, ...]:
    """Head words that end a programme name, longest first (``program_suffixes.txt``)."""
    return tuple(sorted(_lines("program_suffixes.txt"), key=len, reverse=True))


@cache
def program_stoplist() -> tuple[frozenset[str], frozenset[str]]:
    """(generic phrases, generic words) from ``program_stoplist.txt``, both squashed."""
    phrases: set[str] = set()
    words: set[str] = set()
    target = phrases
    for line in (DATA_DIR / "program_stoplist.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("## generic words"):
            target = words
            continue
        if line.strip() and not line.startswith("#"):
            target.add(squash(line))
    return frozenset(phrases), frozenset(words)


@dataclass(frozen=True, slots=True)
class KindRule:
    """A pattern that decides the kind of a job count."""

    pattern: re.Pattern[str]
    kind: str
    where: str


@cache
def job_kind_rules() -> tuple[KindRule, ...]:
    """Job-count kind rules in priority order (``job_kinds.tsv``)."""
    out = []
    for line in _lines("job_kinds.tsv"):
        pattern, kind, where = line.split("\t")
        out.append(KindRule(re.compile(pattern), kind, where))
    return tuple(out)


@cache
def unit_words() -> dict[str, str]:
    """Counted nouns that make a number no job count → why (``units.tsv``)."""
    out = {}
    for line in _lines("units.tsv"):
        word, what = line.split("\t")
        out[word] = what
    return out


@cache
def venue_words() -> tuple[str, ...]:
    """Words that make a name a venue (``venues.txt``)."""
    return tuple(_lines("venues.txt"))


@cache
def words(name: str) -> tuple[str, ...]:
    """The words of a one-word-a-line data file, in file order (``program_operations.txt`` …).

    :param name: the file name in ``extract/data/``
    :returns: the words, as written
    """
    return tuple(line.strip() for line in _lines(name))


def alternation(name: str) -> str:
    """The words of a data file as a regex alternation in file order (``a|b|c``, each escaped)."""
    return "|".join(re.escape(w) for w in words(name))


@cache
def institution_patterns(role: str) -> tuple[str, ...]:
    """Regex fragments of the outside bodies (수행기관, centres, clubs) that carry ``role`` (``institutions.tsv``),
    in file order: ``district``, ``award``, ``job_topic`` or ``job_item``."""
    out = []
    for line in _lines("institutions.tsv"):
        pattern, roles = line.split("\t")
        if role in roles.split(","):
            out.append(pattern)
    if not out:
        raise ValueError(f"institutions.tsv: no pattern has the role {role!r}")
    return tuple(out)
