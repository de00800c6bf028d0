"""Every gold file is well formed: what the scores are measured against must follow EXTRACTION.md.

A malformed gold line (a district name the gazetteer does not hold on the article's date, a fact whose
district is not one of the article's districts, a job-count kind outside the four) scores the
extractor against something it can never produce; these checks name the file, line and value.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from extract.gazetteer import default_gazetteer

GOLD = Path(__file__).parent / "gold"
FILES = sorted(GOLD.glob("*.jsonl")) + sorted((GOLD / "agreement").glob("*.jsonl"))
KINDS = {"created", "target", "employed", "participants"}
KEYS = ("id", "published", "text", "districts", "awards", "programs", "job_counts")


def _lines(path: Path) -> list[tuple[int, dict]]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip():
            out.append((n, json.loads(line)))
    return out


def _valid_names() -> dict[str, list[tuple[dt.date, dt.date]]]:
    names: dict[str, list[tuple[dt.date, dt.date]]] = {}
    for unit in default_gazetteer().units:
        names.setdefault(unit.full_name, []).append((unit.valid_from, unit.valid_to))
    return names


def _problems(path: Path) -> list[str]:
    names = _valid_names()
    real = path.name.startswith("real_") and path.parent == GOLD  # a second annotation cites its first
    seen: set[str] = set()
    out = []
    for n, obj in _lines(path):
        where = f"{path.name}:{n} ({obj.get('id')})"
        missing = [k for k in KEYS if k not in obj]
        if missing:
            out.append(f"{where}: missing {missing}")
            continue
        if obj["id"] in seen:
            out.append(f"{where}: id given twice")
        seen.add(obj["id"])
        day = dt.date.fromisoformat(obj["published"]) if obj["published"] else None
        districts = obj["districts"]
        for name in districts:
            periods = names.get(name)
            if not periods:
                out.append(f"{where}: district {name!r} is no gazetteer full name")
            elif day and not any(a <= day <= b for a, b in periods):
                out.append(f"{where}: district {name!r} not valid on {day}")
        for key in ("awards", "programs", "job_counts"):
            for row in obj[key]:
                if row.get("district") not in districts:
                    out.append(f"{where}: {key} district {row.get('district')!r} not in districts")
        for row in obj["awards"]:
            if row.get("year") is not None and not isinstance(row["year"], int):
                out.append(f"{where}: award year {row['year']!r}")
            if not row.get("grade"):
                out.append(f"{where}: award without grade")
        for row in obj["job_counts"]:
            if row.get("kind") not in KINDS:
                out.append(f"{where}: job kind {row.get('kind')!r}")
            if not isinstance(row.get("value"), int) or isinstance(row.get("value"), bool) or row["value"] <= 0:
                out.append(f"{where}: job value {row.get('value')!r}")
        for row in obj["programs"]:
            if not str(row.get("name") or "").strip():
                out.append(f"{where}: programme without a name")
        if real and not str(obj.get("notes", "")).startswith("Source: http"):
            out.append(f"{where}: notes do not start with 'Source: <URL>'")
    return out


def test_there_are_gold_files():
    assert len(FILES) >= 20


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_gold_file_is_well_formed(path):
    problems = _problems(path)
    assert not problems, "\n".join(problems[:20])


def test_the_check_catches_a_malformed_line(tmp_path):
    bad = {
        "id": "x_001", "published": "2015-03-01", "text": "…", "notes": "Source: https://example.org/a.",
        "districts": ["강원특별자치도 춘천시", "서울특별시 구로구"],
        "awards": [{"district": "서울특별시 노원구", "year": "2014", "grade": "우수"}],
        "programs": [{"district": "서울특별시 구로구", "name": " "}],
        "job_counts": [{"district": "서울특별시 구로구", "value": 0, "kind": "made"}],
    }
    path = tmp_path / "real_dev_x.jsonl"
    path.write_text(json.dumps(bad, ensure_ascii=False) + "\n" + json.dumps(bad, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    text = "\n".join(_problems(path))
    assert "'강원특별자치도 춘천시' not valid on 2015-03-01" in text
    assert "awards district '서울특별시 노원구' not in districts" in text
    assert "award year '2014'" in text
    assert "programme without a name" in text
    assert "job kind 'made'" in text and "job value 0" in text
    assert "id given twice" in text
