"""Stage 2 (extract): precision, recall and F1 against a gold file (EXTRACTION.md "Scoring").

districts: set of full names; awards: (district, year, grade); job_counts: (district, value, kind);
programs: (district, name), names matching when one contains the other after removing spaces
and punctuation. Micro-averaged over articles. Must not import scrapy or kb.

The award name and category are scored apart, on the awards whose (district, year, grade) match
(EXTRACTION.md: "the award name is reported separately"): ``award_name`` compares canonical names
(the alias table, spaces ignored), ``award_category`` the 부문 (spaces and punctuation ignored, a
missing one on both sides agrees). A right value counts as tp, a wrong one as one fp and one fn,
so P = R = F1 = the share of matched awards with the right value.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from extract.facts import FACT_TYPES, FactType
from extract.vocab import canonical_award, squash

#: attributes of matched awards, scored after the fact types
AWARD_ATTRS = ("award_name", "award_category")


@dataclass
class Score:
    """Counts and misses for one fact type."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[tuple[str, Any]] = field(default_factory=list)
    false_positives: list[tuple[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _keys(fact_type: FactType, obj: dict[str, Any]) -> list[Any]:
    """The gold match keys of one article's facts of a type (the registry's ``match`` fields)."""
    if not fact_type.match:  # districts: the list of full names
        return list(dict.fromkeys(obj.get(fact_type.key) or []))
    rows = obj.get(fact_type.key) or []
    return list(dict.fromkeys(tuple(r.get(f) for f in fact_type.match) for r in rows))


def _contains_match(a: tuple[Any, ...], b: tuple[Any, ...]) -> bool:
    """Equal on every field but the last, whose values contain one another (spaces and punctuation removed)."""
    if a[:-1] != b[:-1]:
        return False
    x, y = squash(a[-1] or ""), squash(b[-1] or "")
    return bool(x and y) and (x in y or y in x)


def score_article(gold: dict[str, Any], pred: dict[str, Any], scores: dict[str, Score]) -> None:
    """Add one article's counts to ``scores`` (one :class:`Score` per fact type)."""
    aid = str(gold.get("id"))
    if "award_name" in scores:
        _score_award_attrs(aid, gold, pred, scores)
    for fact_type in FACT_TYPES:
        s = scores[fact_type.key]
        g, p = _keys(fact_type, gold), _keys(fact_type, pred)
        if fact_type.contains:
            unmatched = list(p)
            for item in g:
                hit = next((q for q in unmatched if _contains_match(item, q)), None)
                if hit is None:
                    s.fn += 1
                    s.misses.append((aid, item))
                else:
                    s.tp += 1
                    unmatched.remove(hit)
            # Several predicted pieces of one gold name are one false positive at most.
            for q in unmatched:
                if any(_contains_match(q, item) for item in g):
                    continue
                s.fp += 1
                s.false_positives.append((aid, q))
            continue
        gs, ps = set(g), set(p)
        s.tp += len(gs & ps)
        for item in g:
            if item not in ps:
                s.fn += 1
                s.misses.append((aid, item))
        for item in p:
            if item not in gs:
                s.fp += 1
                s.false_positives.append((aid, item))


def _award_key(row: dict[str, Any]) -> tuple[Any, Any, Any]:
    return row.get("district"), row.get("year"), row.get("grade")


def _name(value: Any) -> str:
    return squash(canonical_award(str(value))) if value else ""


def _score_award_attrs(aid: str, gold: dict[str, Any], pred: dict[str, Any], scores: dict[str, Score]) -> None:
    """Award name and category of every award matched on (district, year, grade)."""
    predicted: dict[tuple[Any, Any, Any], list[dict[str, Any]]] = {}
    for row in pred.get("awards") or []:
        predicted.setdefault(_award_key(row), []).append(row)
    seen: set[tuple[Any, Any, Any]] = set()
    for row in gold.get("awards") or []:
        key = _award_key(row)
        if key in seen or key not in predicted:
            continue
        seen.add(key)
        golds = [g for g in gold.get("awards") or [] if _award_key(g) == key]
        for attr, field_name, norm in (
            ("award_name", "award", _name),
            ("award_category", "category", lambda v: squash(str(v)) if v else ""),
        ):
            s = scores[attr]
            want = {norm(g.get(field_name)) for g in golds}
            got = {norm(p.get(field_name)) for p in predicted[key]}
            if want & got:
                s.tp += 1
            else:
                s.fp += 1
                s.fn += 1
                shown_gold = golds[0].get(field_name)
                shown_pred = predicted[key][0].get(field_name)
                s.misses.append((aid, (*key, shown_gold)))
                s.false_positives.append((aid, (*key, shown_pred)))


def evaluate(pairs: Iterable[tuple[dict[str, Any], dict[str, Any]]]) -> dict[str, Score]:
    """Micro-averaged scores over (gold, predicted) article pairs.

    :param pairs: gold objects with their predicted ``ArticleFacts.to_json()`` objects
    :returns: a :class:`Score` per fact type
    """
    scores = {k: Score() for k in (*(t.key for t in FACT_TYPES), *AWARD_ATTRS)}
    for gold, pred in pairs:
        score_article(gold, pred, scores)
    return scores


def format_scores(scores: dict[str, Score], show: bool = False) -> str:
    """A plain-text table of P/R/F1 (and, with ``show``, the misses and false positives).

    ``award_name`` and ``award_category`` rows score matched awards only (P = R = F1 = the share right);
    with ``show`` each wrong value is listed as ``WRONG kind id (district, year, grade) gold=… pred=…``.
    """
    lines = [f"{'type':<14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5}"]
    for kind, s in scores.items():
        lines.append(f"{kind:<14} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    if show:
        for kind, s in scores.items():
            if kind in AWARD_ATTRS:
                for (aid, want), (_aid, got) in zip(s.misses, s.false_positives, strict=True):
                    lines.append(f"WRONG {kind} {aid} {tuple(want[:3])} gold={want[3]!r} pred={got[3]!r}")
                continue
            for aid, item in s.misses:
                lines.append(f"MISS {kind} {aid} {item}")
            for aid, item in s.false_positives:
                lines.append(f"FP   {kind} {aid} {item}")
    return "\n".join(lines)
