"""``govnews evaluate --predictions``: scoring saved output or a second annotation against gold."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from govnews.cmd_extract import evaluate, extract

GOLD = Path(__file__).parent / "gold"


def _write(path: Path, objs: list[dict]) -> str:
    path.write_text("".join(json.dumps(o, ensure_ascii=False) + "\n" for o in objs), encoding="utf-8")
    return str(path)


def _gold_lines(name: str, n: int) -> list[dict]:
    return [json.loads(x) for x in (GOLD / name).read_text(encoding="utf-8").splitlines()[:n]]


def test_saved_extractor_output_scores_as_running_the_extractor(tmp_path):
    gold = _write(tmp_path / "gold.jsonl", _gold_lines("real_dev_a.jsonl", 8))
    runner = CliRunner()
    facts = tmp_path / "facts.jsonl"
    done = runner.invoke(extract, ["--jsonl", gold, "-o", str(facts)])
    assert done.exit_code == 0, done.output
    live = runner.invoke(evaluate, [gold, "--show"])
    saved = runner.invoke(evaluate, [gold, "--show", "--predictions", str(facts)])
    assert live.exit_code == 0 and saved.exit_code == 0, live.output + saved.output
    first, *table = saved.output.splitlines()
    assert first == f"scored 8 of 8 gold lines: those with a prediction in {facts}"
    assert table == live.output.splitlines()


def test_a_second_annotation_is_scored_on_the_lines_it_covers(tmp_path):
    lines = _gold_lines("real_dev_h.jsonl", 5)
    gold = _write(tmp_path / "gold.jsonl", lines)
    second = [dict(o) for o in lines[1:4]]
    second[0]["districts"] = list(second[0]["districts"]) + ["서울특별시 구로구"]  # one extra district
    result = CliRunner().invoke(evaluate, [gold, "--predictions", _write(tmp_path / "second.jsonl", second[::-1])])
    assert result.exit_code == 0, result.output
    out = result.output.splitlines()
    assert out[0].startswith("scored 3 of 5 gold lines")
    rows = {r.split()[0]: r.split()[1:] for r in out[2:]}
    n_districts = sum(len(o["districts"]) for o in lines[1:4])
    assert rows["districts"][3:] == [str(n_districts), "1", "0"]  # tp, fp, fn
    for kind in ("awards", "job_counts", "programs"):
        assert rows[kind][4:] == ["0", "0"]  # no false positive, no miss


def test_bad_prediction_files_are_named_by_file_and_line(tmp_path):
    gold = _write(tmp_path / "gold.jsonl", _gold_lines("real_dev_a.jsonl", 2))
    runner = CliRunner()
    no_id = tmp_path / "no_id.jsonl"
    no_id.write_text('{"id": "x"}\n{"districts": []}\n', encoding="utf-8")
    result = runner.invoke(evaluate, [gold, "--predictions", str(no_id)])
    assert result.exit_code == 1 and f'{no_id}:2: prediction line has no "id"' in result.output
    twice = _write(tmp_path / "twice.jsonl", [{"id": "a"}, {"id": "a"}])
    result = runner.invoke(evaluate, [gold, "--predictions", twice])
    assert result.exit_code == 1 and f"{twice}:2: id 'a' given twice" in result.output
    broken = tmp_path / "broken.jsonl"
    broken.write_text('{"id": "a"}\n{"id": \n', encoding="utf-8")
    result = runner.invoke(evaluate, [gold, "--predictions", str(broken)])
    assert result.exit_code == 1 and f"{broken}:2: malformed JSON line" in result.output
    other = _write(tmp_path / "other.jsonl", [{"id": "no-such-article", "districts": []}])
    result = runner.invoke(evaluate, [gold, "--predictions", other])
    assert result.exit_code == 1 and "no line's id is a gold line's id" in result.output
    result = runner.invoke(evaluate, [gold, "--predictions", other, "--rules-only"])
    assert result.exit_code == 2 and "cannot be combined with --predictions" in result.output


def test_the_shipped_second_annotation_covers_dev_items_only():
    second = [json.loads(x) for x in (GOLD / "agreement" / "real_dev_hi_second.jsonl").read_text(encoding="utf-8").splitlines()]
    dev = {json.loads(x)["id"]: json.loads(x) for name in ("real_dev_h.jsonl", "real_dev_i.jsonl")
           for x in (GOLD / name).read_text(encoding="utf-8").splitlines()}
    assert len(second) == 60
    for obj in second:
        assert obj["id"] in dev and obj["text"] == dev[obj["id"]]["text"]
