"""CLI commands for the extract stage: ``govnews extract``, ``govnews evaluate`` and ``govnews train``.

Thin wrappers over :mod:`extract.pipeline`, :mod:`extract.evaluate` and :mod:`extract.train`; the stage is imported
lazily so ``govnews -h`` stays fast.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
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


#: the one-article path (``--jobs N`` workers)
_ONE_ARTICLE = _worker


def _read_lines(stream: IO[bytes], name: str, errors: list[str]) -> Iterator[dict[str, Any]]:
    """Every non-blank line as an input object; a bad line as ``{"id", "_error"}`` (reported on stderr).

    Bad: not UTF-8, not a JSON object, or no article text (``text``/``body_text`` missing, null or not
    a string). A UTF-8 BOM before the first line is dropped.
    """
    from kb.load import decode_line

    for lineno, raw in enumerate(stream, 1):
        obj: Any = None
        try:
            line = decode_line(raw, lineno)
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                raise ValueError(f"malformed JSON line ({exc})") from None
            if not isinstance(obj, dict):
                raise ValueError(f"malformed JSON line (a {type(obj).__name__}, not an object)")
            text = obj.get("text") if obj.get("text") is not None else obj.get("body_text")
            if not isinstance(text, str):
                raise ValueError("no article text ('text' or 'body_text' missing, null or not a string)")
        except (ValueError, RecursionError) as exc:
            reason = str(exc) if isinstance(exc, ValueError) else "malformed JSON line (nested too deeply)"
            errors.append(f"{name}:{lineno}: {reason}")
            click.echo(errors[-1], err=True)
            aid = obj.get("id") if isinstance(obj, dict) and isinstance(obj.get("id"), str) else f"line-{lineno}"
            yield {"id": aid, "_error": errors[-1]}
            continue
        yield obj


@contextlib.contextmanager
def _output(path: str) -> Iterator[IO[str]]:
    """The output stream; a file is written beside its target and renamed over it only when complete.

    So an existing facts file is never truncated by a run that crashes or is interrupted.
    """
    if path == "-":
        yield sys.stdout
        return
    target = Path(path)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8") as fh:
            yield fh
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def shard_of(article_id: str, count: int) -> int:
    """The shard (0 … count-1) of an article: sha1 of its id, so every machine agrees."""
    import hashlib

    return int(hashlib.sha1(article_id.encode("utf-8")).hexdigest(), 16) % count


def _shard_filter(spec: str | None):
    """``"I/N"`` → a predicate ``(obj, index) -> bool`` (an article without an id goes by its index)."""
    if spec is None:
        return None
    try:
        index, count = (int(part) for part in spec.split("/"))
    except ValueError:
        raise click.BadParameter(f"expected I/N, e.g. 0/4, got {spec!r}", param_hint="--shard") from None
    if count < 1 or not 0 <= index < count:
        raise click.BadParameter(f"need 0 <= I < N, got {spec!r}", param_hint="--shard")

    def keep(obj: dict[str, Any], position: int) -> bool:
        aid = obj.get("id")
        return shard_of(aid if isinstance(aid, str) and aid else f"#{position}", count) == index

    return keep


@click.command("extract", context_settings=CONTEXT_SETTINGS)
@click.option("--jsonl", "jsonl", type=click.Path(exists=True, dir_okay=False, allow_dash=True), default="-",
              show_default=True, help="Input NDJSON file of articles, or - for stdin.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True, allow_dash=True), default="-",
              show_default=True, help="Output NDJSON file of facts, or - for stdout.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Worker processes (one Kiwi each); output order is kept. The default single process "
                   "already uses every core (Kiwi's batch threads).")
@click.option("--shard", metavar="I/N", default=None,
              help="Only the articles of shard I of N (0 <= I < N, by a stable sha1 of the article id); "
                   "the N shard outputs together hold exactly the unsharded output.")
def extract(jsonl: str, output: str, jobs: int, shard: str | None = None) -> None:
    """Extract districts, awards, programmes and job counts from articles.

    Reads one JSON object per line, either {"id", "text", "published", "title"} or a crawler
    Article line (body_text, published_at), optionally with home_region / district_code, and
    writes one facts object per line, in input order. A bad line (not UTF-8, not a JSON object,
    no text) is reported on stderr as FILE:LINE: reason, and an article the extractor fails on
    as FILE: article N: reason; either is written as an empty facts object with an "error" key
    (which `govnews load` refuses, keeping the facts the kb already holds). The other lines are
    still written and the command exits 1 at the end. An output file is replaced only when the
    run completes.

    Example:

    \b
        govnews extract --jsonl data/articles.jsonl -o data/facts.jsonl --jobs 4
        govnews extract --jsonl data/articles.jsonl -o data/facts.0.jsonl --shard 0/2   # machine 1
        govnews extract --jsonl data/articles.jsonl -o data/facts.1.jsonl --shard 1/2   # machine 2
        echo '{"id": "a1", "text": "구로구가 최우수상을 수상했다.", "published": "2020-10-01"}' | govnews extract
    """
    from extract.facts import ArticleFacts

    in_shard = _shard_filter(shard)
    errors: list[str] = []
    name = "<stdin>" if jsonl == "-" else jsonl
    with click.open_file(jsonl, "rb") as src, _output(output) as dst:
        items = _read_lines(src, name, errors)
        total = None
        if jsonl != "-" and in_shard is None:
            with open(jsonl, "rb") as fh:
                total = sum(1 for line in fh if line.strip())

        def failed(obj: dict[str, Any]) -> tuple[str, None]:
            bad = ArticleFacts(id=obj["id"]).to_json()
            bad["error"] = obj["_error"]
            return json.dumps(bad, ensure_ascii=False), None

        def results() -> Iterator[tuple[str, str | None]]:
            numbered: Iterator[tuple[int, dict[str, Any]]] = enumerate(items)
            if in_shard is not None:
                numbered = ((i, obj) for i, obj in numbered if in_shard(obj, i))
            if jobs == 1 and _worker is _ONE_ARTICLE:
                # one process, one model: Kiwi's batch tokenizer on every core (extract/batch.py)
                from extract.batch import extract_lines

                yield from extract_lines(numbered)
            elif jobs == 1:  # a replaced ``_worker`` (tests inject failures) runs one article at a time
                _worker_init()
                for i, obj in numbered:
                    yield failed(obj) if "_error" in obj else _worker((i, obj))
            else:
                import multiprocessing as mp

                with mp.get_context("spawn").Pool(jobs, initializer=_worker_init) as pool:
                    staged = list(numbered)
                    for (_i, obj), line in zip(staged, pool.imap(_worker, staged, chunksize=4), strict=True):
                        yield failed(obj) if "_error" in obj else line

        def write(result: tuple[str, str | None], number: int) -> None:
            line, err = result
            if err:
                errors.append(f"{name}: article {number}: {err}")
                click.echo(errors[-1], err=True)
            dst.write(line + "\n")

        for number, result in enumerate(_with_progress(results(), jsonl, total), 1):
            write(result, number)
    if errors:
        raise SystemExit(1)


def _with_progress(results: Iterator[tuple[str, str | None]], jsonl: str, total: int | None):
    """Progress on stderr while extracting from a file: click's bar on a terminal, else a line such
    as "extract: 500/2760 articles, 120/s" every few seconds and at the end (none for stdin)."""
    if jsonl == "-":
        return results
    from govnews.progress import track

    return track(results, "extract", total)


@click.command("evaluate", context_settings=CONTEXT_SETTINGS)
@click.argument("gold", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option("--show", is_flag=True, help="List misses and false positives.")
@click.option("--rules-only", is_flag=True, help="Score the rules without their trained models (an ablation).")
@click.option("--predictions", "predictions", type=click.Path(exists=True, dir_okay=False),
              help="Score this file's lines (matched to the gold by \"id\": saved `govnews extract --jsonl` "
                   "output, or a second annotator's gold file) instead of running the extractor.")
def evaluate(gold: tuple[str, ...], show: bool, rules_only: bool, predictions: str | None) -> None:
    """Score the extractor against gold files (P/R/F1 per fact type, micro-averaged).

    Gold lines carry the output keys plus "text", "published" (and "title", "notes");
    scoring follows EXTRACTION.md: districts by full name, awards by (district, year, grade),
    job_counts by (district, value, kind), programmes by (district, name containment). The rows
    award_name and award_category score the canonical award name and the 부문 of the matched
    awards (the share right); --show lists each wrong one with the gold and predicted values.
    With --predictions only the gold lines whose id the file holds are scored; the first line of
    the output says how many.

    Example:

    \b
        govnews evaluate tests/extract/gold/seeds.jsonl tests/extract/gold/dev.jsonl --show
        govnews evaluate tests/extract/gold/real_dev_a.jsonl --rules-only
        govnews evaluate tests/extract/gold/real_dev_h.jsonl tests/extract/gold/real_dev_i.jsonl \\
            --predictions tests/extract/gold/agreement/real_dev_hi_second.jsonl
    """
    from extract.evaluate import evaluate as run_eval
    from extract.evaluate import format_scores

    if predictions is not None:
        if rules_only:
            raise click.UsageError("--rules-only runs the extractor; it cannot be combined with --predictions")
        pairs, total = _saved_pairs(gold, predictions)
        click.echo(f"scored {len(pairs)} of {total} gold lines: those with a prediction in {predictions}")
        click.echo(format_scores(run_eval(pairs), show=show))
        return
    from extract.learn import using
    from extract.pipeline import default_nlp, extract_article, parse_input
    from extract.train import specs

    nlp = default_nlp()
    with using(dict.fromkeys(specs()) if rules_only else {}):
        pairs = _gold_pairs(gold, nlp, extract_article, parse_input)
    click.echo(format_scores(run_eval(pairs), show=show))


def _json_lines(path: str) -> Iterator[tuple[int, dict[str, Any]]]:
    """(line number, object) of every non-blank line of an NDJSON file, errors naming file and line."""
    with open(path, encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as exc:
                raise click.ClickException(f"{path}:{lineno}: malformed JSON line ({exc})") from exc
            if not isinstance(obj, dict):
                raise click.ClickException(f"{path}:{lineno}: not a JSON object")
            yield lineno, obj


def _gold_pairs(gold: tuple[str, ...], nlp: Any, extract_article: Any, parse_input: Any) -> list[tuple[Any, Any]]:
    """(gold, predicted) pairs of every line of the gold files, errors naming file and line."""
    pairs = []
    for path in gold:
        for lineno, obj in _json_lines(path):
            if "text" not in obj and "body_text" not in obj:
                raise click.ClickException(f"{path}:{lineno}: gold line has no 'text'")
            pred = extract_article(nlp, parse_input(obj)).to_json()
            pairs.append((obj, pred))
    return pairs


def _saved_pairs(gold: tuple[str, ...], predictions: str) -> tuple[list[tuple[Any, Any]], int]:
    """(gold, saved prediction) pairs matched by "id", and the number of gold lines read.

    :raises click.ClickException: naming file and line for a line without an id, an id given twice
        in the predictions, or a predictions file that matches no gold line
    """
    saved: dict[str, dict[str, Any]] = {}
    for lineno, obj in _json_lines(predictions):
        key = obj.get("id")
        if not isinstance(key, str) or not key:
            raise click.ClickException(f"{predictions}:{lineno}: prediction line has no \"id\"")
        if key in saved:
            raise click.ClickException(f"{predictions}:{lineno}: id {key!r} given twice")
        saved[key] = obj
    pairs = []
    total = 0
    for path in gold:
        for lineno, obj in _json_lines(path):
            total += 1
            key = obj.get("id")
            if not isinstance(key, str) or not key:
                raise click.ClickException(f"{path}:{lineno}: gold line has no \"id\"")
            if key in saved:
                pairs.append((obj, saved[key]))
    if not pairs:
        raise click.ClickException(f"{predictions}: no line's id is a gold line's id")
    return pairs, total


@click.command("train", context_settings=CONTEXT_SETTINGS)
@click.argument("names", nargs=-1)
@click.option("--gold", "gold", multiple=True, type=click.Path(exists=True, dir_okay=False),
              help="A gold file to train on (repeatable; default: the real development sets).")
@click.option("--cv", is_flag=True, help="Leave-one-file-out scores with and without the models; write nothing.")
@click.option("--folds", type=int, default=None,
              help="Cross-validate over K folds of gold files instead of leaving one file out (implies --cv).")
def train(names: tuple[str, ...], gold: tuple[str, ...], cv: bool, folds: int | None) -> None:
    """Train the extractor's models (extract/data/models/NAME.json) from gold files.

    The rules generate candidates (numbers with a counted unit, programme spans, winner slots) and a
    small logistic regression over their linguistic features decides; this command fits those
    models on the real development gold sets (never the held-out sets). Without NAMES every
    model is trained. --cv trains on all files but one and scores that one, for each file;
    --folds K deals the files into K folds and scores each fold with models trained on the
    others (minutes instead of hours on the 139 development sets). The pooled score is an
    out-of-sample figure for the development sets: judge a change to the models' decisions there.

    Example:

    \b
        govnews train
        govnews train job_kind --cv
        govnews train job_kind --folds 5
    """
    from extract.train import run

    try:
        click.echo(run(list(names), [Path(g) for g in gold] or None, cv=cv, folds=folds))
    except (KeyError, ValueError) as exc:
        raise click.ClickException(str(exc.args[0]) if exc.args else str(exc)) from exc


COMMANDS = [extract, evaluate, train]
