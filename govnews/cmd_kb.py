"""CLI commands for the kb stage: ``govnews load``, ``govnews serve`` and ``govnews search``.

Thin click wrappers over :mod:`kb.load`, :mod:`kb.publish` and :mod:`kb.search`; the kb library is
imported inside each command so ``govnews -h`` stays fast.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

#: ``-h`` works however the command is invoked (click caches the help option per command)
CONTEXT = {"help_option_names": ["-h", "--help"]}


@click.command(context_settings=CONTEXT)
@click.option(
    "--articles",
    "articles",
    type=click.Path(exists=True, dir_okay=False),
    multiple=True,
    help="articles.jsonl from `govnews crawl` (repeatable).",
)
@click.option(
    "--facts",
    "facts",
    type=click.Path(exists=True, dir_okay=False),
    multiple=True,
    help="facts.jsonl from `govnews extract --jsonl` (repeatable).",
)
@click.option(
    "--db",
    "db_path",
    type=click.Path(dir_okay=False),
    default="data/kb.db",
    show_default=True,
    help="SQLite knowledge base to create or update.",
)
@click.option("--batch-size", type=int, default=500, show_default=True, help="Records per transaction.")
def load(articles: tuple[str, ...], facts: tuple[str, ...], db_path: str, batch_size: int) -> None:
    """Load crawled articles and extracted facts into the SQLite knowledge base.

    Re-running is safe: rows are matched on natural keys, so loading the same files twice changes
    nothing, and loading an article's facts again replaces its evidence. A bad line (not UTF-8, not
    JSON, a field of the wrong type, an article the extractor failed on, facts for an article not in
    the kb) is reported with its file and line number and skipped, keeping what the kb held; the
    other lines are loaded (exit status 1). A second load into the same kb while one runs exits 1 at
    once, naming the lock.

    For each file it reports how many records it added, updated (the kb held something else for
    them), left unchanged and refused, e.g. "data/facts.jsonl: 3 added, 1 updated, 34 unchanged,
    0 refused".

    Example:

    \b
        govnews load --articles data/articles.jsonl --facts data/facts.jsonl --db data/kb.db
    """
    from sqlite_utils import Database

    from kb.load import LoadLocked, load_lock, row_counts

    if not articles and not facts:
        raise click.UsageError("give --articles and/or --facts")
    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    try:
        with load_lock(db_path):
            db = Database(db_path)
            report = _load_with_progress(db, articles, facts, batch_size)
    except LoadLocked as e:
        raise click.ClickException(str(e)) from None
    for warning in report.warnings:
        click.echo(f"warning: {warning}", err=True)
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    for part in report.parts:
        click.echo(f"{part.label}: {part.summary()}", err=True)
    counts = ", ".join(f"{t}={n}" for t, n in row_counts(db).items())
    click.echo(f"loaded {report.loaded} records into {db_path} ({counts})", err=True)
    if report.errors:
        click.echo(f"{len(report.errors)} record(s) skipped", err=True)
        sys.exit(1)


#: a file of at least this many lines gets progress lines (or a bar on a terminal) while it loads
PROGRESS_MIN_LINES = 2000


def _load_with_progress(db, articles: tuple[str, ...], facts: tuple[str, ...], batch_size: int):
    """:func:`kb.load.load_files` with progress on stderr for large files, e.g.
    "load data/articles.jsonl: 20000/100000 articles, 4000/s"."""
    from govnews.progress import track
    from kb.load import LoadReport, iter_jsonl, load_articles, load_facts

    def records(path: str, unit: str):
        with open(path, "rb") as fh:
            total = sum(1 for line in fh if line.strip())
        lines = iter_jsonl(path)
        return track(lines, f"load {path}", total, unit=unit) if total >= PROGRESS_MIN_LINES else lines

    report = LoadReport()
    for path in articles:
        report += load_articles(db, records(path, "articles"), batch_size=batch_size)
    for path in facts:
        report += load_facts(db, records(path, "facts"), batch_size=batch_size)
    return report


@click.command(context_settings=CONTEXT)
@click.argument("db", type=click.Path(exists=True, dir_okay=False), default="data/kb.db")
@click.option("-p", "--port", type=int, default=8001, show_default=True, help="Port on 127.0.0.1.")
@click.option("--dry-run", is_flag=True, help="Print the datasette command instead of running it.")
def serve(db: str, port: int, dry_run: bool) -> None:
    """Publish the knowledge base read-only with Datasette on 127.0.0.1.

    Serves DB read-only (a load while it serves shows up at once) with datasette-metadata.json, the
    govnews plugin (Korean search, links from facts to their evidence) and the chart pages /district/
    and /district/<name>; pending schema migrations are applied first. Name the file kb.db so its
    URLs are /kb/...

    Example:

    \b
        govnews serve data/kb.db --port 8001
        open 'http://127.0.0.1:8001/kb/award_history?district=서울특별시+구로구'
        open http://127.0.0.1:8001/district/
    """
    from sqlite_utils import Database

    from kb.publish import datasette_args
    from kb.schema import ensure_schema, migrations

    # Datasette opens the file read-only, so bring an older kb's schema up to date (and to WAL) first.
    kb = Database(db)
    pending = [m.name for m in migrations.pending(kb)]
    ensure_schema(kb)
    if pending:
        click.echo(f"applied schema migrations to {db}: {', '.join(pending)}", err=True)
    kb.close()
    args = datasette_args(db, port=port)
    if dry_run:
        click.echo(" ".join(args))
        return
    os.execv(args[0], args)


@click.command(name="search", context_settings=CONTEXT)
@click.argument("query")
@click.option(
    "--db",
    "db_path",
    type=click.Path(exists=True, dir_okay=False),
    default="data/kb.db",
    show_default=True,
    help="The knowledge base.",
)
@click.option("-n", "--limit", type=int, default=20, show_default=True, help="At most this many articles.")
def search_command(query: str, db_path: str, limit: int) -> None:
    """Search article titles and text (Korean substring search, whole-morpheme hits first).

    Prints one JSON object per article: article_id, title, published, source, url, morpheme_hit,
    snippet (hits wrapped in <mark>).

    Example:

    \b
        govnews search 사회적기업 --db data/kb.db -n 5
    """
    from sqlite_utils import Database

    from kb.search import search

    for row in search(Database(db_path).conn, query, limit=limit):
        click.echo(json.dumps(row, ensure_ascii=False))


COMMANDS: list[click.Command] = [load, serve, search_command]
