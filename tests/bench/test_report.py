"""bench/report.py: a benchmark's printed figures replace only its section of BENCHMARKS.md."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench import report

ROOT = Path(__file__).resolve().parents[2]

DOC = """# Benchmarks

| benchmark | goal |
|---|---|
| crawl | >= 0.8 |

## Crawling

<!-- bench:crawl -->
Prose before the table stays.

| pages | wall s | ratio |
|---:|---:|---:|
| 1,000 | 9.9 | 0.10 |

Prose after the table stays too.

| version | ratio |
|---|---:|
| 0.1 | 0.30 |
<!-- /bench:crawl -->

## Next section

| pages | wall s | ratio |
|---:|---:|---:|
| 5 | 5.0 | 5.00 |
"""

OUTPUT = """progress line
| pages | wall s | ratio |
|---:|---:|---:|
| 1,000 | 1.2 | 0.90 |
| 10,000 | 11.0 | 0.85 |

ratios: 1,000 pages: 0.90; 10,000 pages: 0.85
"""

STAMP = "Measured by `make bench` on 2026-12-03, Test CPU (2 cores):"


def test_the_measured_table_is_replaced_and_everything_else_kept():
    new = report.update_section(DOC, "crawl", report.parse_output(OUTPUT), STAMP)
    assert "| 10,000 | 11.0 | 0.85 |" in new and "| 1,000 | 9.9 | 0.10 |" not in new
    assert "Prose before the table stays." in new and "Prose after the table stays too." in new
    assert "| 0.1 | 0.30 |" in new  # a table of another header (older versions) is kept
    assert new.split("<!-- /bench:crawl -->")[1] == DOC.split("<!-- /bench:crawl -->")[1]  # later sections
    assert new.split("<!-- bench:crawl -->")[0] == DOC.split("<!-- bench:crawl -->")[0]  # earlier ones
    section = new.split("<!-- bench:crawl -->")[1].split("<!-- /bench:crawl -->")[0]
    assert section.rstrip().endswith(f"{STAMP}\n\nratios: 1,000 pages: 0.90; 10,000 pages: 0.85")


def test_a_second_run_replaces_the_generated_block_instead_of_adding_one():
    once = report.update_section(DOC, "crawl", report.parse_output(OUTPUT), STAMP)
    again = report.update_section(once, "crawl", report.parse_output(OUTPUT.replace("0.85", "0.81")), STAMP)
    assert again.count("Measured by `make bench`") == 1 and again.count("ratios:") == 1
    assert "10,000 pages: 0.81" in again
    assert report.update_section(once, "crawl", report.parse_output(OUTPUT), STAMP) == once


def test_tables_with_no_counterpart_and_table_less_outputs_go_into_the_generated_block():
    doc = "<!-- bench:search -->\nSome prose.\n<!-- /bench:search -->\n"
    new = report.update_section(doc, "search", report.parse_output("p50=1.0ms\nratios: p95 2 ms\n"), STAMP)
    assert new == f"<!-- bench:search -->\nSome prose.\n\n{STAMP}\n\n```text\np50=1.0ms\n```\n\nratios: p95 2 ms\n\n<!-- /bench:search -->\n"
    new = report.update_section(doc, "search", report.parse_output(OUTPUT), STAMP)
    assert "Some prose.\n\n" + STAMP + "\n\n| pages | wall s | ratio |" in new


def test_tables_of_the_generated_block_are_kept_on_the_next_run():
    doc = "<!-- bench:scale -->\nProse.\n<!-- /bench:scale -->\n"
    once = report.update_section(doc, "scale", report.parse_output(OUTPUT), STAMP)
    assert "| 10,000 | 11.0 | 0.85 |" in once
    again = report.update_section(once, "scale", report.parse_output(OUTPUT.replace("11.0", "12.5")), STAMP)
    assert "| 10,000 | 12.5 | 0.85 |" in again and "| 10,000 | 11.0 |" not in again
    assert again.count("| pages | wall s | ratio |") == 1 and again.count("ratios:") == 1
    assert again.index("| pages |") < again.index("ratios:")


def test_missing_markers_are_a_clear_error():
    output = report.parse_output(OUTPUT)
    with pytest.raises(report.ReportError, match=r"no `<!-- bench:load -->` line.*<!-- /bench:load -->"):
        report.update_section(DOC, "load", output, STAMP)
    with pytest.raises(report.ReportError, match=r"/bench:crawl"):
        report.update_section(DOC.replace("<!-- /bench:crawl -->\n", ""), "crawl", output, STAMP)
    with pytest.raises(report.ReportError, match="ratios"):
        report.parse_output("| a |\n|---|\n| 1 |\n")


def test_the_command_line_leaves_the_document_alone_on_errors(tmp_path):
    doc = tmp_path / "BENCHMARKS.md"
    doc.write_text(DOC, encoding="utf-8")
    saved = tmp_path / "out.txt"
    saved.write_text(OUTPUT, encoding="utf-8")
    script = str(ROOT / "bench" / "report.py")
    done = subprocess.run([sys.executable, script, "extract", "--doc", str(doc), "--input", str(saved)],
                          capture_output=True, text=True)
    assert done.returncode == 2 and "bench:extract" in done.stderr and doc.read_text(encoding="utf-8") == DOC
    failing = [sys.executable, "-c", "print('ratios: x'); raise SystemExit(3)"]
    done = subprocess.run([sys.executable, script, "crawl", "--doc", str(doc), "--", *failing],
                          capture_output=True, text=True)
    assert done.returncode == 3 and doc.read_text(encoding="utf-8") == DOC
    done = subprocess.run([sys.executable, script, "crawl", "--doc", str(doc), "--date", "2026-12-03", "--",
                           sys.executable, "-c", f"print({OUTPUT!r})"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "| 10,000 | 11.0 | 0.85 |" in done.stdout  # the output is shown as it runs
    text = doc.read_text(encoding="utf-8")
    assert "| 10,000 | 11.0 | 0.85 |" in text and "Measured by `make bench` on 2026-12-03, " in text
