"""The crawl's output from its journals: one line per article id, the last one written, streamed."""

from __future__ import annotations

import json

from crawler.run import _journal_entries, _last_line_spans, _lines_at, read_journal, write_lines_atomic


def _line(obj) -> bytes:
    return (json.dumps(obj, ensure_ascii=False) + "\n").encode("utf-8")


def test_last_line_per_id_in_file_order_torn_and_bad_lines_left_out(tmp_path):
    part = tmp_path / ".articles.jsonl.s.part"
    part.write_bytes(
        _line({"id": "a", "rev": 1, "title": "첫 기사"})
        + _line({"id": "b", "rev": 1})
        + b"not json\n"
        + b"[1, 2]\n"  # JSON, but no article
        + b"\n"
        + _line({"id": "a", "rev": 2, "title": "고친 기사"})  # an interrupted crawl's article written again
        + _line({"id": "c", "rev": 1})
        + b'{"id": "d", "rev": 1'  # torn by a crash
    )
    lines = list(_lines_at(part, _last_line_spans(part)))
    assert [json.loads(x) for x in lines] == [{"id": "b", "rev": 1}, {"id": "a", "rev": 2, "title": "고친 기사"},
                                              {"id": "c", "rev": 1}]
    # the lines themselves, as the journal reader returns them
    assert set(lines) <= set(read_journal(part))
    assert all(isinstance(v, dict) or v == [1, 2] for _t, v in _journal_entries(part))


def test_no_journal_gives_nothing(tmp_path):
    assert _last_line_spans(tmp_path / "missing.part") == []


def test_output_is_written_from_a_generator(tmp_path):
    part = tmp_path / "j.part"
    part.write_bytes(b"".join(_line({"id": str(i % 50), "n": i}) for i in range(200)))
    out = tmp_path / "articles.jsonl"
    write_lines_atomic(out, _lines_at(part, _last_line_spans(part)))
    got = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [o["n"] for o in got] == list(range(150, 200))


def test_a_journal_with_nothing_to_give_is_not_opened(tmp_path):
    assert list(_lines_at(tmp_path / "missing.part", [])) == []
