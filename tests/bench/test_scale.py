"""bench/scale.py: the growth of each stage from one size to the next, and a small real run."""

from __future__ import annotations

from bench import scale


def test_growth_is_cpu_per_unit_over_the_previous_size():
    rows = [{"cpu": 2.0, "units": 1000}, {"cpu": 20.0, "units": 10000}, {"cpu": 300.0, "units": 100000}]
    assert scale.growth(rows) == [None, 1.0, 1.5]
    assert scale.growth(rows[:1]) == [None]


def test_crawl_stage_at_two_small_sizes_prints_a_table_and_the_ratios_line(capsys):
    assert scale.main(["--sizes", "42,21", "--stages", "crawl"]) == 0
    out = capsys.readouterr().out
    lines = out.rstrip().splitlines()
    rows = [line for line in lines if line.startswith("| 21 |") or line.startswith("| 42 |")]
    assert [row.split("|")[1].strip() for row in rows] == ["21", "42"]  # sizes in increasing order
    assert rows[1].split("|")[5].strip().startswith("×")  # the second size's step
    assert lines[-1].startswith("ratios: sizes 21 → 42: crawl CPU per page ×")


def test_a_super_linear_step_is_named_in_the_ratios_line(monkeypatch, capsys):
    runs = iter([{"wall": 1.0, "cpu": 1.0, "rss": 50.0, "units": 10, "out": 100},
                 {"wall": 30.0, "cpu": 30.0, "rss": 60.0, "units": 100, "out": 1000}])
    monkeypatch.setitem(scale.RUNNERS, "crawl", lambda n, work: next(runs))
    assert scale.main(["--sizes", "10,100", "--stages", "crawl"]) == 0
    assert capsys.readouterr().out.rstrip().splitlines()[-1].endswith("super-linear: crawl 10→100 ×3.00")
