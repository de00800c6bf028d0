"""``govnews extract`` and ``govnews evaluate`` through click's CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from govnews.cmd_extract import COMMANDS, evaluate, extract

GOLD = Path(__file__).parent / "gold" / "seeds.jsonl"


@pytest.fixture
def runner():
    return CliRunner()


def test_commands_are_exported():
    assert [c.name for c in COMMANDS] == ["extract", "evaluate", "train"]
    for c in COMMANDS:
        assert "Example:" in (c.help or "")


def test_help_via_group(runner):
    from govnews.cli import cli

    result = runner.invoke(cli, ["extract", "-h"])
    assert result.exit_code == 0
    assert "--jsonl" in result.output


def test_extract_keeps_order_and_reads_article_lines(runner, tmp_path):
    lines = [
        {"id": "a1", "text": "구로구가 최우수상을 수상했다.", "published": "2020-10-01"},
        {"id": "s/20201001/1", "title": "제목", "body_text": "노원구는 132명이 취업했다고 밝혔다.",
         "published_at": "2020-10-01T10:00:00+09:00", "source": "x", "url": "u"},
        {"id": "empty", "text": ""},
        {"id": "latin", "text": "no Korean here at all", "published": None},
    ]
    src = tmp_path / "in.jsonl"
    src.write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines) + "\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(extract, ["--jsonl", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [r["id"] for r in rows] == ["a1", "s/20201001/1", "empty", "latin"]
    assert rows[0]["awards"][0]["grade"] == "최우수"
    assert rows[1]["published"] == "2020-10-01"
    assert rows[1]["job_counts"][0]["value"] == 132


def test_malformed_line_is_reported_and_others_written(runner, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "구로구"}\n{not json\n{"id": "c", "text": "마포구"}\n', encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(extract, ["--jsonl", str(src), "-o", str(out)])
    assert result.exit_code != 0
    assert f"{src}:2" in result.stderr
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 3
    assert rows[0]["id"] == "a" and rows[2]["id"] == "c"


def test_stdin_to_stdout(runner):
    result = runner.invoke(extract, ["--jsonl", "-"], input='{"id": "x", "text": "마포구가 우수상을 받았다."}\n')
    assert result.exit_code == 0
    assert json.loads(result.stdout.splitlines()[0])["districts"] == ["서울특별시 마포구"]


def test_large_article_runs(runner):
    text = ("구로구는 지난해 1만3,752개의 일자리를 창출했다. " * 20000)[:1_000_000]
    result = runner.invoke(extract, [], input=json.dumps({"id": "big", "text": text}, ensure_ascii=False) + "\n")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["id"] == "big"


def test_jobs_two_processes_keep_order(runner, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_text(
        "".join(json.dumps({"id": str(i), "text": f"마포구 {i}명 취업"}, ensure_ascii=False) + "\n" for i in range(6)),
        encoding="utf-8",
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(extract, ["--jsonl", str(src), "-o", str(out), "--jobs", "2"])
    assert result.exit_code == 0, result.output
    assert [json.loads(x)["id"] for x in out.read_text(encoding="utf-8").splitlines()] == [str(i) for i in range(6)]


def test_evaluate_prints_scores(runner):
    result = runner.invoke(evaluate, [str(GOLD), "--show"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0].split()[:4] == ["type", "P", "R", "F1"]
    assert "districts" in result.output


def test_lone_surrogate_in_json_is_handled(runner):
    line = '{"id": "s", "text": "구로구 \\ud800 최우수상을 받았다"}\n'
    result = runner.invoke(extract, [], input=line)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["awards"][0]["grade"] == "최우수"


def test_subcommand_short_help_flag(runner):
    result = runner.invoke(evaluate, ["-h"])
    assert result.exit_code == 0
    assert "Example:" in result.output
