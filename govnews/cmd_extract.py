"""CLI commands for the extract stage: ``govnews extract`` and ``govnews evaluate``.

Thin wrappers over :mod:`extract.pipeline` and :mod:`extract.evaluate`; the stage is imported
lazily so ``govnews -h`` stays fast.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from typing import IO, Any

import click

from govnews import CONTEXT_SETTINGS

_WORKER_NLP: Any = None


def _worker_init() -> None:
    global _WORKER_NLP
    from extract.pipeline import default_nlp

    _WORKER_NLP = default_nlp()


def _worker(item: tuple[int, dict[str, Any]]) -> tuple[str, str | None]:
    """(output line, error); a failure becomes an empty facts object with an ``error`` key."""
    from extract.facts import ArticleFacts
    from extract.pipeline import extract_article, parse_input

    index, obj = item
    try:
        article = parse_input(obj, fallback_id=str(index))
        facts = extract_article(_WORKER_NLP, article)
        return json.dumps(facts.to_json(), ensure_ascii=False), None
    except Exception as exc:  # one bad article must not stop the run (issue #4)
        empty = ArticleFacts(id=str(obj.get("id", index))).to_json()
        empty["error"] = f"{type(exc).__name__}: {exc}"
        return json.dumps(empty, ensure_ascii=False, default=str), empty["error"]


def _read_lines(stream: IO[str], name: str, errors: list[str]) -> Iterator[tuple[int, dict[str, Any] | None]]:
    """(line number, decoded object or None when malformed) for every non-blank line."""
    for lineno, line in enumerate(stream, 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict):
                raise ValueError("not a JSON object")
        except ValueError as exc:
            errors.append(f"{name}:{lineno}: malformed JSON line ({exc})")
            click.echo(errors[-1], err=True)
            yield lineno, None
            continue
        yield lineno, obj


@click.command("extract", context_settings=CONTEXT_SETTINGS)
@click.option("--jsonl", "jsonl", type=click.Path(exists=True, dir_okay=False, allow_dash=True), default="-",
              show_default=True, help="Input NDJSON file of articles, or - for stdin.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, allow_dash=True), default="-",
              show_default=True, help="Output NDJSON file of facts, or - for stdout.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (one Kiwi each); output order is kept.")
def extract(jsonl: str, output: str, jobs: int) -> None:
    """Extract districts, awards, programmes and job counts from articles.

    Reads one JSON object per line, either {"id", "text", "published", "title"} or a crawler
    Article line (body_text, published_at), optionally with home_region / district_code, and
    writes one facts object per line, in input order. A malformed line is reported on stderr
    with its line number and written as an empty facts object; an article the extractor fails on
    is written as an empty facts object with an "error" key. Either way the other lines are
    still written and the command exits 1 at the end.

    Example:

        govnews extract --jsonl data/articles.jsonl -o data/facts.jsonl --jobs 4
        echo '{"id": "a1", "text": "구로구가 최우수상을 수상했다.", "published": "2020-10-01"}' | govnews extract
    """
    from extract.facts import ArticleFacts

    errors: list[str] = []
    name = "<stdin>" if jsonl == "-" else jsonl
    with click.open_file(jsonl, "r", encoding="utf-8") as src, click.open_file(output, "w", encoding="utf-8") as dst:
        items = _read_lines(src, name, errors)
        total = None
        if jsonl != "-":
            with open(jsonl, encoding="utf-8") as fh:
                total = sum(1 for line in fh if line.strip())

        def results() -> Iterator[tuple[str, str | None]]:
            numbered = ((i, obj) for i, (_ln, obj) in enumerate(items))
            empty = json.dumps(ArticleFacts(id="").to_json(), ensure_ascii=False)

            def good(pairs: Iterator[tuple[int, dict[str, Any] | None]]) -> Iterator[tuple[int, dict[str, Any]]]:
                for i, obj in pairs:
                    yield i, obj if obj is not None else {"id": f"line-{i + 1}", "text": "", "_bad": True}

            if jobs == 1:
                _worker_init()
                for i, obj in good(numbered):
                    yield (empty, None) if obj.get("_bad") else _worker((i, obj))
            else:
                import multiprocessing as mp

                with mp.get_context("spawn").Pool(jobs, initializer=_worker_init) as pool:
                    staged = list(good(numbered))
                    for (_i, obj), line in zip(staged, pool.imap(_worker, staged, chunksize=4), strict=True):
                        yield (empty, None) if obj.get("_bad") else line

        def write(result: tuple[str, str | None], number: int) -> None:
            line, err = result
            if err:
                errors.append(f"{name}: article {number}: {err}")
                click.echo(errors[-1], err=True)
            dst.write(line + "\n")

        if total is not None and total > 1:
            with click.progressbar(results(), length=total, label="extract", file=sys.stderr) as bar:
                for number, result in enumerate(bar, 1):
                    write(result, number)
        else:
            for number, result in enumerate(results(), 1):
                write(result, number)
    if errors:
        raise SystemExit(1)


@click.command("evaluate", context_settings=CONTEXT_SETTINGS)
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--show", is_flag=True, help="List misses and false positives.")
def evaluate(gold: tuple[str, ...], show: bool) -> None:
    """Score the extractor against gold files (P/R/F1 per fact type, micro-averaged).

    Gold lines carry the output keys plus "text", "published" (and "title", "notes");
    scoring follows EXTRACTION.md: districts by full name, awards by (district, year, grade),
    job_counts by (district, value, kind), programmes by (district, name containment).

    Example:

        govnews evaluate tests/extract/gold/seeds.jsonl tests/extract/gold/dev.jsonl --show
    """
    from extract.evaluate import evaluate as run_eval
    from extract.evaluate import format_scores
    from extract.pipeline import default_nlp, extract_article, parse_input

    nlp = default_nlp()
    pairs = []
    for path in gold:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    raise click.ClickException(f"{path}:{lineno}: malformed JSON line ({exc})") from exc
                if "text" not in obj and "body_text" not in obj:
                    raise click.ClickException(f"{path}:{lineno}: gold line has no 'text'")
                pred = extract_article(nlp, parse_input(obj)).to_json()
                pairs.append((obj, pred))
    click.echo(format_scores(run_eval(pairs), show=show))


COMMANDS = [extract, evaluate]
