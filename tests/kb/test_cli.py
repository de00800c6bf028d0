"""govnews load / serve / search: thin click commands over the kb library."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlite_utils import Database

from govnews.cli import cli
from govnews.cmd_kb import COMMANDS, search_command

from .conftest import ARTICLES, FACTS


@pytest.fixture
def runner():
    return CliRunner()


@pytest.mark.parametrize("command", [*COMMANDS, search_command], ids=lambda c: c.name)
def test_every_kb_command_has_help_with_an_example(runner, command):
    result = runner.invoke(command, ["-h"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_help_keeps_every_example_line_as_written(runner, name):
    command = cli.commands[name]
    examples = (command.help or "").split("Example:", 1)
    assert len(examples) == 2, f"{name}: help has no Example: block"
    lines = [line.strip() for line in examples[1].splitlines() if line.strip() and line.strip() != "\b"]
    result = runner.invoke(cli, [name, "-h"], terminal_width=80)
    assert result.exit_code == 0, result.output
    shown = {line.strip() for line in result.output.splitlines()}
    for line in lines:
        assert line in shown, f"{name}: example re-wrapped: {line!r}"
        if "&" in line and line.startswith("govnews"):
            assert all("&" not in word or word[0] in "'\"" for word in line.split()), f"unquoted & in {line!r}"


def test_sources_prints_a_header_row(runner):
    result = runner.invoke(cli, ["sources", "--kind", "board"])
    assert result.exit_code == 0, result.output
    header = result.output.splitlines()[0].split()
    assert header[:5] == ["name", "kind", "family", "spider", "verified"]


def test_load_says_what_it_added_updated_left_unchanged_and_refused(runner, tmp_path):
    db_path = tmp_path / "kb.db"
    args = ["load", "--articles", str(ARTICLES), "--facts", str(FACTS), "--db", str(db_path)]
    first = runner.invoke(cli, args)
    assert f"{ARTICLES}: 35 added, 0 updated, 0 unchanged, 0 refused" in first.output
    assert f"{FACTS}: 35 added, 0 updated, 0 unchanged, 0 refused" in first.output
    second = runner.invoke(cli, args)
    assert f"{ARTICLES}: 0 added, 0 updated, 35 unchanged, 0 refused" in second.output
    assert f"{FACTS}: 0 added, 0 updated, 35 unchanged, 0 refused" in second.output
    bad = tmp_path / "facts.jsonl"
    bad.write_text(FACTS.read_text(encoding="utf-8").splitlines()[0] + "\n[1, 2]\n", encoding="utf-8")
    third = runner.invoke(cli, ["load", "--facts", str(bad), "--db", str(db_path)])
    assert third.exit_code == 1
    assert f"{bad}: 0 added, 0 updated, 1 unchanged, 1 refused" in third.output


def test_load_builds_the_kb_and_reloading_changes_nothing(runner, tmp_path):
    db_path = tmp_path / "data" / "kb.db"
    args = ["load", "--articles", str(ARTICLES), "--facts", str(FACTS), "--db", str(db_path)]
    first = runner.invoke(cli, args)
    assert first.exit_code == 0, first.output
    counts = {t: Database(db_path).table(t).count for t in ("articles", "award_records", "evidence")}
    second = runner.invoke(cli, args)
    assert second.exit_code == 0
    assert {t: Database(db_path).table(t).count for t in counts} == counts
    assert "loaded 70 records" in second.output


def test_load_reports_bad_lines_and_exits_1(runner, tmp_path):
    bad = tmp_path / "facts.jsonl"
    bad.write_text(FACTS.read_text(encoding="utf-8").splitlines()[0] + "\n[1, 2]\n", encoding="utf-8")
    result = runner.invoke(
        cli, ["load", "--articles", str(ARTICLES), "--facts", str(bad), "--db", str(tmp_path / "kb.db")]
    )
    assert result.exit_code == 1
    assert f"error: {bad}:2: expected a JSON object, got list" in result.output
    assert Database(tmp_path / "kb.db").table("award_records").count == 1


def test_load_input_files_must_exist(runner, tmp_path):
    result = runner.invoke(cli, ["load", "--articles", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2 and "does not exist" in result.output


def test_serve_runs_datasette_read_only_on_localhost(runner, kb_path):
    result = runner.invoke(cli, ["serve", str(kb_path), "--port", "8123", "--dry-run"])
    assert result.exit_code == 0, result.output
    argv = result.output.split()
    assert argv[1:4] == ["-m", "datasette", "serve"]
    assert argv[4] == str(kb_path) and "-i" not in argv  # not immutable: loads while serving show up
    assert argv[argv.index("--host") + 1] == "127.0.0.1"
    assert argv[argv.index("--port") + 1] == "8123"
    assert argv[argv.index("-m", 3) + 1].endswith("datasette-metadata.json")
    assert "sql_time_limit_ms" in argv and "--template-dir" in argv


def test_search_prints_json_lines(runner, kb_path):
    result = runner.invoke(search_command, ["사회적기업", "--db", str(kb_path), "-n", "2"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert len(rows) == 2 and all("<mark>사회적기업</mark>" in r["snippet"] for r in rows)


def test_serve_brings_an_older_kb_schema_up_to_date(runner, tmp_path):
    from kb.schema import migrations

    db_path = tmp_path / "kb.db"
    old = Database(db_path)
    migrations.apply(old, stop_before="m002_search_plan")
    pending = [m.name for m in migrations.pending(old)]
    assert pending[:2] == ["m002_search_plan", "m003_attachments_outlet"] and "m005_evidence_links" in pending
    old.close()
    result = runner.invoke(cli, ["serve", str(db_path), "--dry-run"])
    assert result.exit_code == 0, result.output
    assert "applied schema migrations" in result.output
    assert migrations.pending(Database(db_path)) == []


def test_a_load_while_another_holds_the_kb_exits_1_naming_the_lock(runner, tmp_path):
    from kb.load import load_lock

    db_path = tmp_path / "kb.db"
    with load_lock(db_path):
        result = runner.invoke(cli, ["load", "--articles", str(ARTICLES), "--db", str(db_path)])
    assert result.exit_code == 1
    assert f"another load is writing {db_path} (lock {db_path}.lock held by pid" in result.output
    assert "Traceback" not in result.output
    assert runner.invoke(cli, ["load", "--articles", str(ARTICLES), "--db", str(db_path)]).exit_code == 0
