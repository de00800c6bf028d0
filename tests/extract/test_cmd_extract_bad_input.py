"""``govnews extract`` on bad input: every bad line named by file and line, nothing else lost."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import govnews.cmd_extract as cmd
from govnews.cmd_extract import extract


@pytest.fixture
def runner():
    return CliRunner()


def _rows(path) -> list[dict]:
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines()]


def test_a_non_utf8_line_and_lines_without_text_are_named_and_the_rest_written(runner, tmp_path):
    src = tmp_path / "in.jsonl"
    src.write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": "마포구가 우수상을 받았다."}, ensure_ascii=False).encode()
        + b"\n" + '{"id": "b", "text": "구로구 일자리"}'.encode("euc-kr")
        + b'\n{"id": "c"}\n{"id": "d", "text": null}\n{"id": "e", "text": 12}\n\x00\x01\x02\n'
        + json.dumps({"id": "f", "text": "구로구"}, ensure_ascii=False).encode() + b"\n"
    )
    out = tmp_path / "out.jsonl"
    result = runner.invoke(extract, ["--jsonl", str(src), "-o", str(out)])
    assert result.exit_code == 1
    no_text = "no article text ('text' or 'body_text' missing, null or not a string)"
    assert [line for line in result.stderr.splitlines() if line.startswith(str(src))] == [
        f"{src}:2: not UTF-8 (byte 0xb1 at byte 22)",
        f"{src}:3: {no_text}",
        f"{src}:4: {no_text}",
        f"{src}:5: {no_text}",
        f"{src}:6: malformed JSON line (Expecting value: line 1 column 1 (char 0))",
    ]
    rows = _rows(out)
    # one output line per input line, in order; the BOM did not cost the first article
    assert [r["id"] for r in rows] == ["a", "line-2", "c", "d", "e", "line-6", "f"]
    assert rows[0]["districts"] == ["서울특별시 마포구"] and "error" not in rows[0]
    assert [bool(r.get("error")) for r in rows] == [False, True, True, True, True, True, False]
    assert rows[2]["error"] == f"{src}:3: {no_text}" and rows[2]["awards"] == []


def test_an_existing_output_survives_a_crashed_run_and_is_replaced_by_a_complete_one(runner, tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "구로구"}\n{"id": "b", "text": "마포구"}\n', encoding="utf-8")
    out = tmp_path / "facts.jsonl"
    out.write_text('{"id": "old"}\n', encoding="utf-8")
    real_worker = cmd._worker

    def crash_on_b(item):
        if item[1]["id"] == "b":
            raise KeyboardInterrupt
        return real_worker(item)

    monkeypatch.setattr(cmd, "_worker", crash_on_b)
    result = runner.invoke(extract, ["--jsonl", str(src), "-o", str(out)])
    assert result.exit_code != 0
    assert out.read_text(encoding="utf-8") == '{"id": "old"}\n'
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts.jsonl", "in.jsonl"]  # no temporary left
    monkeypatch.setattr(cmd, "_worker", real_worker)
    result = runner.invoke(extract, ["--jsonl", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert [r["id"] for r in _rows(out)] == ["a", "b"]
