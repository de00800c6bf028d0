"""Stage 2 (extract): the fact types every stage after extraction speaks.

Plain frozen dataclasses and enums only. ``kb`` imports this module and nothing
else from ``extract``, so it must never import kiwipiepy, spaCy or scrapy.
"""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field, fields
from typing import Any

#: Bumped whenever extraction rules or vocabularies change what comes out.
EXTRACTOR_VERSION = "0.44.1"


class Grade(enum.StrEnum):
    """Closed award-grade vocabulary of EXTRACTION.md (another literal only when none fits)."""

    GRAND = "대상"
    TOP = "최우수"
    EXCELLENT = "우수"
    ENCOURAGEMENT = "장려"
    SPECIAL = "특별"
    MODEL = "모범"


class JobKind(enum.StrEnum):
    """What a job count counts (EXTRACTION.md ``job_counts.kind``)."""

    CREATED = "created"
    TARGET = "target"
    EMPLOYED = "employed"
    PARTICIPANTS = "participants"


Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class DistrictFact:
    """A local government the article is about."""

    article_id: str
    full_name: str
    code: str | None
    evidence: str
    char_span: Span


@dataclass(frozen=True, slots=True)
class AwardFact:
    """One (district, year, award, grade) that a district received."""

    article_id: str
    district: str
    district_code: str | None
    year: int | None
    award: str | None
    category: str | None
    grade: str
    organizer: str | None
    evidence: str
    char_span: Span
    #: how the year was settled: "sentence" (stated there, relative years against ``published``),
    #: "frame" (the article's evaluation year or an earlier sentence), "published" (publication year), None
    year_source: str | None = None
    #: how the district was settled: "sentence" (named there), "frame" (carried subject, "구는"), "hint"
    #: (the input's ``district_code``/``home_region``)
    district_source: str | None = None


@dataclass(frozen=True, slots=True)
class ProgramFact:
    """A named job programme, centre, event or scheme run by a district."""

    article_id: str
    district: str
    district_code: str | None
    name: str
    evidence: str
    char_span: Span


@dataclass(frozen=True, slots=True)
class JobCountFact:
    """A number of jobs or people placed (kind in :class:`JobKind`)."""

    article_id: str
    district: str
    district_code: str | None
    year: int | None
    value: int
    kind: str
    evidence: str
    char_span: Span
    year_source: str | None = None  #: as :attr:`AwardFact.year_source`
    district_source: str | None = None  #: as :attr:`AwardFact.district_source`


@dataclass(frozen=True, slots=True)
class FactType:
    """One kind of fact, registered once in :data:`FACT_TYPES`.

    The pipeline adds one spaCy component per registered type (in registry order), ``govnews
    evaluate`` scores every type, and the facts line carries one list per type.
    """

    key: str  #: the key of its list in a facts line and the attribute of :class:`ArticleFacts`
    fact_class: type  #: its dataclass
    #: the fields a gold record is matched on (EXTRACTION.md "Scoring"); () for districts: the name list
    match: tuple[str, ...]
    table: str  #: the kb table its records are loaded into
    label: str  #: the field shown as the label of its spans in ``doc.spans[component]``
    #: the last ``match`` field matches when one value contains the other (spaces and punctuation removed)
    contains: bool = False

    @property
    def component(self) -> str:
        """The spaCy component that extracts it, also its ``Doc._`` extension and ``doc.spans`` key."""
        return f"govnews_{self.key}"


#: Every fact type, in the order the components run and ``govnews evaluate`` prints them.
FACT_TYPES: tuple[FactType, ...] = (
    FactType("districts", DistrictFact, (), "district_mentions", "full_name"),
    FactType("awards", AwardFact, ("district", "year", "grade"), "award_records", "grade"),
    FactType("job_counts", JobCountFact, ("district", "value", "kind"), "job_counts", "kind"),
    FactType("programs", ProgramFact, ("district", "name"), "programs", "name", contains=True),
)
FACT_TYPE = {t.key: t for t in FACT_TYPES}

_LIST_KEYS = {t.key: t.fact_class for t in FACT_TYPES if t.key != "districts"}


@dataclass(frozen=True, slots=True)
class ArticleFacts:
    """Everything extracted from one article: one line of ``govnews extract --jsonl``."""

    id: str
    published: str | None = None
    extractor_version: str = EXTRACTOR_VERSION
    districts: tuple[DistrictFact, ...] = ()
    awards: tuple[AwardFact, ...] = ()
    programs: tuple[ProgramFact, ...] = ()
    job_counts: tuple[JobCountFact, ...] = ()
    #: space-separated morpheme surface forms of title + text, for the kb's search index
    search_tokens: str = ""
    extra: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        """The EXTRACTION.md output object (district names as a list, facts with evidence and span).

        :returns: a JSON-serialisable dict
        """

        def fact(f: Any) -> dict[str, Any]:
            d = asdict(f)
            d.pop("article_id", None)
            d["char_span"] = list(f.char_span)
            return d

        out: dict[str, Any] = {
            "id": self.id,
            "published": self.published,
            "extractor_version": self.extractor_version,
            "districts": list(dict.fromkeys(d.full_name for d in self.districts)),
            "district_mentions": [fact(d) for d in self.districts],
            "awards": [fact(a) for a in self.awards],
            "programs": [fact(p) for p in self.programs],
            "job_counts": [fact(j) for j in self.job_counts],
            "search_tokens": self.search_tokens,
        }
        out.update(self.extra)
        return out

    @classmethod
    def from_json(cls, obj: dict[str, Any]) -> ArticleFacts:
        """Rebuild from a line of ``govnews extract --jsonl`` output.

        :param obj: a decoded JSON object as written by :meth:`to_json`
        :returns: the facts, with ``article_id`` filled from ``obj["id"]``
        """
        aid = str(obj["id"])
        lists: dict[str, tuple[Any, ...]] = {}
        for key, typ in _LIST_KEYS.items():
            items = []
            for d in obj.get(key) or []:
                d = dict(d)
                d["char_span"] = tuple(d.get("char_span") or (0, 0))
                d.setdefault("district_code", None)
                d.setdefault("evidence", "")
                names = [f.name for f in fields(typ)]
                for name in names:
                    d.setdefault(name, None)
                d["article_id"] = aid
                items.append(typ(**{k: d[k] for k in names}))
            lists[key] = tuple(items)
        mentions = obj.get("district_mentions")
        if mentions is None:
            mentions = [{"full_name": n} for n in obj.get("districts") or []]
        districts = tuple(
            DistrictFact(
                article_id=aid,
                full_name=m["full_name"],
                code=m.get("code"),
                evidence=m.get("evidence") or "",
                char_span=tuple(m.get("char_span") or (0, 0)),
            )
            for m in mentions
        )
        return cls(
            id=aid,
            published=obj.get("published"),
            extractor_version=obj.get("extractor_version") or EXTRACTOR_VERSION,
            districts=districts,
            awards=lists["awards"],
            programs=lists["programs"],
            job_counts=lists["job_counts"],
            search_tokens=obj.get("search_tokens") or "",
        )
