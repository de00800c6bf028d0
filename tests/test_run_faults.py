"""``govnews run`` against a misbehaving server: run_sources statuses, exit codes, the next run
retrying what failed, a stale source, and the "source health" canned query."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from collections import deque
from pathlib import Path

from tests.crawler.test_faults import FaultServer

ROOT = Path(__file__).resolve().parents[1]
RUN = [sys.executable, "-c", "from govnews.cli import cli; cli(prog_name='govnews')", "run"]


def _run(base: str, tmp: Path, *extra: str) -> subprocess.CompletedProcess:
    cmd = [*RUN, "--sample", "--sample-base", base, "--db", str(tmp / "kb.db"), "--data-dir", str(tmp / "data"),
           "--source", "sijung", "--source", "seoulgujung", "--source", "gurotoday", "-s", "RETRY_TIMES=1", *extra]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=120, env=dict(os.environ))


def _sources(tmp: Path, run_id: int) -> dict[str, tuple]:
    db = sqlite3.connect(tmp / "kb.db")
    rows = db.execute("select source, status, new_articles, errors, message from run_sources where run_id = ?", [run_id])
    return {r[0]: r[1:] for r in rows}


def test_statuses_exit_codes_retry_on_the_next_run_and_a_stale_source(tmp_path):
    with FaultServer() as server:
        server.faults["/sijung/news/articleView.html?idxno=61502"] = deque(["always:500"])
        server.faults["/gurotoday/news/articleList.html"] = deque(["always:500"])
        first = _run(server.base_url, tmp_path)
        server.heal()
        second = _run(server.base_url, tmp_path)
        third = _run(server.base_url, tmp_path, "-s", "GOVNEWS_STALE_RUNS=2")

    assert first.returncode == 1, first.stderr[-3000:]
    assert "exit 1: a source is partial, stale or failed" in first.stderr
    runs = _sources(tmp_path, 1)
    assert runs["seoulgujung"][:3] == ("ok", 2, 0)
    assert runs["sijung"][:2] == ("partial", 3) and runs["sijung"][2] >= 1
    assert "/sijung/news/articleView.html?idxno=61502" in runs["sijung"][3]
    assert runs["gurotoday"][:2] == ("failed", 0)
    assert "source 'gurotoday': nothing collected" in runs["gurotoday"][3]
    assert "/gurotoday/news/articleList.html" in runs["gurotoday"][3]

    assert second.returncode == 0, second.stderr[-3000:]
    runs = _sources(tmp_path, 2)
    assert {s: r[:3] for s, r in runs.items()} == {
        "sijung": ("ok", 1, 0), "seoulgujung": ("empty", 0, 0), "gurotoday": ("ok", 3, 0)}

    assert third.returncode == 1, third.stderr[-3000:]
    runs = _sources(tmp_path, 3)
    assert {s: r[0] for s, r in runs.items()} == {"sijung": "empty", "seoulgujung": "stale", "gurotoday": "empty"}
    assert "no new articles in the last 2 runs" in runs["seoulgujung"][3]

    db = sqlite3.connect(tmp_path / "kb.db")
    assert db.execute("select status, exit_code from runs order by id").fetchall() == [
        ("failed", 1), ("ok", 0), ("stale", 1)]
    assert db.execute("select count(*), count(distinct id) from articles").fetchone() == (9, 9)
    metadata = json.loads((ROOT / "datasette-metadata.json").read_text(encoding="utf-8"))
    health = db.execute(metadata["databases"]["kb"]["queries"]["source_health"]["sql"]).fetchall()
    columns = [d[0] for d in db.execute(metadata["databases"]["kb"]["queries"]["source_health"]["sql"]).description]
    rows = [dict(zip(columns, row, strict=True)) for row in health]
    assert [(r["source"], r["status"], r["articles"]) for r in rows] == [
        ("seoulgujung", "stale", 2), ("gurotoday", "empty", 3), ("sijung", "empty", 4)]
    assert rows[0]["runs_since_new_articles"] == 2
