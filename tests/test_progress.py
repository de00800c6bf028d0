"""Progress on stderr: crawl per source as each finishes, extract and load in periodic lines."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

import govnews.cmd_extract as cmd_extract
import govnews.cmd_kb as cmd_kb
from govnews.progress import line, track

KB_FIXTURES = Path(__file__).parent / "kb" / "fixtures"


def test_track_prints_periodic_lines_and_a_last_one_off_a_terminal():
    ticks = iter([0.0, 1.0, 6.0, 7.0, 13.0, 14.0, 15.0])
    out = io.StringIO()
    assert list(track(range(5), "extract", 5, stream=out, interval=5, clock=lambda: next(ticks))) == list(range(5))
    assert out.getvalue().splitlines() == [
        "extract: 2/5 articles, 0/s",
        "extract: 4/5 articles, 0/s",
        "extract: 5/5 articles, 0/s",
    ]
    assert line("extract", 500, 2760, 4.0) == "extract: 500/2760 articles, 125/s"
    assert line("load x", 7, None, 1.0, unit="facts") == "load x: 7 facts, 7/s"


def test_track_prints_nothing_for_nothing():
    out = io.StringIO()
    assert list(track([], "extract", 0, stream=out)) == []
    assert out.getvalue() == ""


def test_extract_off_a_terminal_prints_counts_not_just_its_name(tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps({"id": f"a{i}", "text": "구로구"}) + "\n" for i in range(4)), encoding="utf-8")
    monkeypatch.setattr(cmd_extract, "_worker_init", lambda: None)
    monkeypatch.setattr(cmd_extract, "_worker", lambda item: (json.dumps({"id": item[1]["id"]}), None))
    monkeypatch.setenv("GOVNEWS_PROGRESS_SECONDS", "0")
    result = CliRunner().invoke(cmd_extract.extract, ["--jsonl", str(src), "-o", str(tmp_path / "facts.jsonl")])
    assert result.exit_code == 0, result.output
    lines = [x for x in result.stderr.splitlines() if x.startswith("extract:")]
    assert [x.split(" articles")[0] for x in lines] == [f"extract: {n}/4" for n in range(1, 5)]
    assert all(x.endswith("/s") for x in lines)


def test_load_of_a_large_file_prints_periodic_lines(tmp_path, monkeypatch):
    monkeypatch.setattr(cmd_kb, "PROGRESS_MIN_LINES", 1)
    monkeypatch.setenv("GOVNEWS_PROGRESS_SECONDS", "0")
    articles, facts = KB_FIXTURES / "articles.jsonl", KB_FIXTURES / "facts.jsonl"
    n_articles = sum(1 for x in articles.read_text(encoding="utf-8").splitlines() if x.strip())
    result = CliRunner().invoke(
        cmd_kb.load, ["--articles", str(articles), "--facts", str(facts), "--db", str(tmp_path / "kb.db")]
    )
    stderr = result.stderr
    assert f"load {articles}: {n_articles}/{n_articles} articles, " in stderr
    assert f"load {articles}: 1/{n_articles} articles, " in stderr
    assert f"load {facts}: 1/" in stderr
    assert "loaded " in stderr


def test_load_of_a_small_file_prints_no_progress_lines(tmp_path):
    articles = KB_FIXTURES / "articles.jsonl"
    result = CliRunner().invoke(cmd_kb.load, ["--articles", str(articles), "--db", str(tmp_path / "kb.db")])
    assert result.exit_code == 0, result.output
    assert f"load {articles}:" not in result.stderr


def test_crawl_reports_each_source_as_it_finishes(tmp_path):
    out = tmp_path / "articles.jsonl"
    done = subprocess.run([sys.executable, "-m", "govnews", "crawl", "--sample", "-o", str(out)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stderr.splitlines()
    progress = [x for x in lines if x.startswith("crawl: ")]
    summary = [x for x in lines if not x.startswith("crawl: ") and " articles" in x and ": " in x
               and "WARNING" not in x and not x.startswith("wrote")]
    assert len(progress) == len(summary) >= 10
    total = len(progress)
    assert [x.rsplit(", ", 1)[1] for x in progress] == [f"{n}/{total} sources)" for n in range(1, total + 1)]
    # each line names its source and count: the same counts as the final summary
    counts = {x.split(": ")[1]: x.split(": ")[2].split(" articles")[0] for x in progress}
    assert counts == {x.split(": ")[0]: x.split(": ")[1].split(" articles")[0] for x in summary}
    # the per-source lines come before the crawl's end (the summary and "wrote N articles")
    assert lines.index(progress[-1]) < lines.index(summary[0])
