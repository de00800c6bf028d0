"""Put a benchmark's printed figures into its section of BENCHMARKS.md (``make bench`` runs every one so).

Usage::

    python bench/report.py NAME -- COMMAND ARGS…     # run a benchmark, show its output, then update
    python bench/report.py NAME --input saved.txt      # update from a saved output ("-": stdin)

The section is the text between the lines ``<!-- bench:NAME -->`` and ``<!-- /bench:NAME -->`` of
BENCHMARKS.md (``--doc`` another file). Only the measured figures there are rewritten; the prose
stays as it is:

- every Markdown table the benchmark printed replaces the table of the section with the same
  header row (so a hand-kept table of older versions, whose header differs, is kept);
- the printed tables that match none, and for a benchmark that prints no table its printed lines
  (as a ``text`` block), go into one generated block that starts with the line
  ``Measured by `make bench` …`` (the date, the CPU model from ``/proc/cpuinfo`` and the core
  count) and ends with the benchmark's last ``ratios:`` line; the block is replaced on every run,
  or added at the end of the section the first time.

A benchmark that exits non-zero, prints no ``ratios:`` line, or a document without the two markers
leaves BENCHMARKS.md unchanged and ends with an error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAMP = "Measured by `make bench`"


class ReportError(Exception):
    """The output or the document cannot be used (no ratios line, no markers)."""


@dataclass
class Output:
    """What a benchmark printed: its Markdown tables, other lines, and the last ``ratios:`` line."""

    ratios: str
    tables: list[list[str]] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)


def _is_table_line(line: str) -> bool:
    return line.lstrip().startswith("|")


def _is_ratios(line: str) -> bool:
    return line.strip().strip("`").startswith("ratios:")


def parse_output(text: str) -> Output:
    """Split a benchmark's stdout into tables (runs of ``|`` lines), other lines and the ratios line.

    :raises ReportError: when no line starts with ``ratios:``
    """
    ratios = None
    tables: list[list[str]] = []
    lines: list[str] = []
    current: list[str] = []
    for raw in text.splitlines():
        line = raw.rstrip()
        if _is_table_line(line):
            current.append(line.strip())
            continue
        if current:
            tables.append(current)
            current = []
        if _is_ratios(line):
            ratios = line.strip().strip("`")
        elif line.strip():
            lines.append(line)
    if current:
        tables.append(current)
    if ratios is None:
        raise ReportError("the benchmark printed no `ratios:` line")
    return Output(ratios=ratios, tables=tables, lines=lines)


def _header(table: list[str]) -> tuple[str, ...]:
    return tuple(cell.strip() for cell in table[0].strip().strip("|").split("|"))


def machine() -> str:
    """``AMD EPYC 7B13 (2 cores)``: the CPU model of ``/proc/cpuinfo`` and the core count."""
    model = None
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace").splitlines():
            if line.lower().startswith(("model name", "hardware", "processor\t: arm")):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    model = model or platform.processor() or platform.machine() or "unknown CPU"
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return f"{model} ({cores} cores)"


def stamp_line(date: str | None = None, where: str | None = None) -> str:
    date = date or dt.datetime.now(dt.UTC).date().isoformat()
    return f"{STAMP} on {date}, {where or machine()}:"


def _markers(name: str) -> tuple[str, str]:
    return f"<!-- bench:{name} -->", f"<!-- /bench:{name} -->"


def _find(lines: list[str], marker: str, name: str) -> int:
    found = [i for i, line in enumerate(lines) if line.strip() == marker]
    if len(found) != 1:
        start, end = _markers(name)
        how = "no" if not found else f"{len(found)}"
        raise ReportError(f"{how} `{marker}` line in the document; section {name!r} needs one `{start}` "
                          f"line and one `{end}` line around it")
    return found[0]


def update_section(doc: str, name: str, output: Output, stamp: str) -> str:
    """``doc`` with the figures of section ``name`` replaced by ``output``'s (see the module doc).

    :raises ReportError: when the section's markers are missing, repeated or out of order
    """
    start_marker, end_marker = _markers(name)
    lines = doc.split("\n")
    start = _find(lines, start_marker, name)
    end = _find(lines, end_marker, name)
    if end < start:
        raise ReportError(f"`{end_marker}` comes before `{start_marker}` in the document")
    body = lines[start + 1 : end]

    # the generated block of an earlier run (its stamp line to its ratios line): its tables are written anew
    # with the block, never matched (a table matched there was skipped with the old block and lost)
    old_block = range(0)
    stamp_at = next((k for k, line in enumerate(body) if line.startswith(STAMP)), None)
    if stamp_at is not None:
        ratios_at = next((k for k in range(stamp_at + 1, len(body)) if _is_ratios(body[k])), len(body))
        old_block = range(stamp_at, ratios_at + 1)

    # the section's tables outside that block: (first line, last line + 1, header)
    spans: list[tuple[int, int, tuple[str, ...]]] = []
    i = 0
    while i < len(body):
        if i in old_block:
            i += 1
        elif _is_table_line(body[i]):
            j = i
            while j < len(body) and _is_table_line(body[j]):
                j += 1
            spans.append((i, j, _header(body[i:j])))
            i = j
        else:
            i += 1

    replacements: dict[int, tuple[int, list[str]]] = {}
    unmatched: list[list[str]] = []
    used: set[int] = set()
    for table in output.tables:
        match = next((k for k, span in enumerate(spans) if k not in used and span[2] == _header(table)), None)
        if match is None:
            unmatched.append(table)
        else:
            used.add(match)
            replacements[spans[match][0]] = (spans[match][1], table)

    block = [stamp, ""]
    for table in unmatched:
        block += [*table, ""]
    if not output.tables and output.lines:
        block += ["```text", *output.lines, "```", ""]
    block.append(output.ratios)

    new_body: list[str] = []
    i = 0
    block_placed = False
    while i < len(body):
        if i in replacements:
            stop, table = replacements[i]
            new_body += table
            i = stop
            continue
        if body[i].startswith(STAMP) and not block_placed:
            j = i + 1
            while j < len(body) and not _is_ratios(body[j]):
                j += 1
            if j == len(body):
                raise ReportError(f"the generated block of section {name!r} has no `ratios:` line after its "
                                  f"`{STAMP}` line")
            new_body += block
            block_placed = True
            i = j + 1
            continue
        new_body.append(body[i])
        i += 1
    if not block_placed:
        while new_body and not new_body[-1].strip():
            new_body.pop()
        new_body += ["", *block, ""] if new_body else [*block]
    return "\n".join([*lines[: start + 1], *new_body, *lines[end:]])


def write_atomic(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def run_and_capture(cmd: list[str]) -> tuple[int, str]:
    """Run ``cmd``, echoing its stdout as it comes (stderr passes through); returns (exit code, stdout)."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    captured = []
    for line in proc.stdout:
        sys.stdout.write(line)
        sys.stdout.flush()
        captured.append(line)
    return proc.wait(), "".join(captured)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    cmd: list[str] = []
    if "--" in argv:
        cut = argv.index("--")
        argv, cmd = argv[:cut], argv[cut + 1 :]
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="section name: the NAME of <!-- bench:NAME --> in the document")
    parser.add_argument("--doc", type=Path, default=ROOT / "BENCHMARKS.md", help="document (default BENCHMARKS.md)")
    parser.add_argument("--input", help="a saved benchmark output instead of a command ('-': stdin)")
    parser.add_argument("--date", help="date to show (default: today, UTC)")
    args = parser.parse_args(argv)
    if bool(cmd) == bool(args.input):
        parser.error("give either `-- COMMAND …` or --input FILE")
    if cmd:
        code, text = run_and_capture(cmd)
        if code != 0:
            print(f"report: `{' '.join(cmd)}` exited {code}; {args.doc.name} left unchanged", file=sys.stderr)
            return code
    else:
        text = sys.stdin.read() if args.input == "-" else Path(args.input).read_text(encoding="utf-8")
    try:
        output = parse_output(text)
        doc = args.doc.read_text(encoding="utf-8")
        new = update_section(doc, args.name, output, stamp_line(args.date))
    except (ReportError, OSError) as exc:
        print(f"report: {args.name}: {exc}; {args.doc.name} left unchanged", file=sys.stderr)
        return 2
    if new != doc:
        write_atomic(args.doc, new)
    print(f"report: section {args.name!r} of {args.doc.name} updated", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
