"""CLI commands for periodic runs: ``govnews run`` and ``govnews reextract``.

Thin wrappers over :mod:`govnews.run`; the crawler, extractor and kb are imported inside each command
so ``govnews -h`` stays fast.
"""

from __future__ import annotations

import shlex
import sys

import click

from govnews import CONTEXT_SETTINGS


def _overrides(items: tuple[str, ...]) -> dict[str, str]:
    settings: dict[str, str] = {}
    for item in items:
        if "=" not in item:
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="-s/--set")
        name, value = item.split("=", 1)
        settings[name] = value
    return settings


@click.command("run", context_settings=CONTEXT_SETTINGS)
@click.option("--source", "sources", multiple=True, metavar="NAME",
              help="A source from crawler/sources.toml (repeatable); with --sample, a sample spider.")
@click.option("--sample", is_flag=True, help="Crawl the bundled sample site (served on 127.0.0.1 for the run).")
@click.option("--sample-base", metavar="URL", help="With --sample: an already running `govnews sample-site` at URL.")
@click.option("--db", "db_path", default="data/kb.db", show_default=True, type=click.Path(dir_okay=False),
              help="The knowledge base to update.")
@click.option("--data-dir", default="data", show_default=True, type=click.Path(file_okay=False),
              help="Crawl state, raw pages (raw/) and pending batches (pending/).")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Any Scrapy / GOVNEWS_ setting.")
@click.option("-v", "--verbose", is_flag=True, help="Scrapy INFO logging instead of WARNING.")
@click.option("--redis", "redis_url", metavar="URL",
              help="Distributed: crawl as one worker of a shared Redis queue (state in Redis too) and also load "
                   "the articles other workers pushed (`govnews crawl --redis URL --push-items`).")
@click.option("--worker", metavar="NAME", help="With --redis: this worker's name [default: host name].")
@click.option("--job", metavar="NAME", help="With --redis: the crawl's name shared by its workers [default: UTC date].")
def run_command(sources, sample, sample_base, db_path, data_dir, overrides, verbose, redis_url, worker, job):
    """Crawl (incremental), extract the new and changed articles, load them, refresh search.

    One command for cron: progress on stderr, a one-screen summary at the end, one row per run in
    the kb's `runs` table and one per source in `run_sources` (status ok, empty, partial, stale or
    failed). Killed at any point, the next run picks up what was collected. Exit status: 0 every
    source ok or empty; 1 a source partial, stale or failed (what was collected is loaded); 2 usage;
    3 another run or load holds the kb's lock; 4 some records could not be extracted or loaded.

    Example:

    \b
        govnews run --sample
        govnews run --source seoul_guro --source sijung --db data/kb.db --data-dir data
        govnews run --sample -s GOVNEWS_STALE_RUNS=3 -s DOWNLOAD_TIMEOUT=10
        govnews run --source seoul_guro --redis redis://redis-host:6379/0 --worker loader
    """
    from crawler.run import CrawlError
    from govnews.run import EXIT_LOCKED, RunLocked, RunOptions, run, summary

    if not (sources or sample):
        raise click.UsageError("give --source NAME (one or more) or --sample")
    if sample_base and not sample:
        raise click.UsageError("--sample-base needs --sample")
    if (worker or job) and not redis_url:
        raise click.UsageError("--worker and --job need --redis URL")
    if redis_url and sample and not sample_base:
        raise click.UsageError("--redis with --sample needs --sample-base URL (one sample site shared by the workers)")
    options = RunOptions(
        db_path=db_path, data_dir=data_dir, sample=sample, sample_base=sample_base, sources=sources,
        settings=_overrides(overrides), log_level="INFO" if verbose else "WARNING",
        command=shlex.join(["govnews", *sys.argv[1:]]), redis_url=redis_url, worker=worker, job=job,
    )
    try:
        report = run(options)
    except RunLocked as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    except CrawlError as exc:  # an unknown source or spider: nothing was crawled
        raise click.UsageError(str(exc)) from None
    click.echo(summary(report), err=True)
    sys.exit(report.exit_code)


@click.command("reextract", context_settings=CONTEXT_SETTINGS)
@click.option("--db", "db_path", default="data/kb.db", show_default=True,
              type=click.Path(exists=True, dir_okay=False), help="The knowledge base.")
@click.option("--source", "sources", multiple=True, metavar="NAME", help="Only the articles of this source (repeatable).")
def reextract_command(db_path, sources):
    """Rebuild every fact of the kb with the current extractor, without crawling.

    Each article is parsed again from its kept raw page (data/raw, gzip; the kb's text when the page
    is missing), its facts are extracted again and replace its evidence; every evidence row records
    the extractor_version that produced it. Exits 1 when some article could not be processed.

    Example:

    \b
        govnews reextract --db data/kb.db
        govnews reextract --db data/kb.db --source seoul_guro
    """
    from govnews.run import EXIT_LOCKED, RunLocked, reextract

    try:
        report = reextract(db_path, sources=sources)
    except RunLocked as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(EXIT_LOCKED)
    for error in report.errors:
        click.echo(f"error: {error}", err=True)
    click.echo(f"reextract: {report.articles} articles ({report.from_raw} from raw pages, "
               f"{report.changed_text} changed text), {report.facts} facts by extractor "
               f"{report.extractor_version} in {db_path}", err=True)
    if report.errors:
        sys.exit(1)


@click.command("merge-facts", context_settings=CONTEXT_SETTINGS)
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False, allow_dash=True))
@click.option("-o", "--output", default="-", show_default=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="The merged facts NDJSON (replaced only when complete).")
def merge_facts_command(files, output):
    """Merge the facts files of `govnews extract --shard I/N` runs into one, sorted by article id.

    Order-independent and idempotent: the same files in any order, or a file given twice, or a
    merged output merged again, give the same bytes. An article in several files keeps one line
    (a line without an error wins over an error line; then the newest extractor_version; then the
    greatest line), so a shard extracted twice is harmless. Load the result with `govnews load`.

    Example:

    \b
        govnews merge-facts data/facts.0.jsonl data/facts.1.jsonl -o data/facts.jsonl
        govnews load --articles data/articles.jsonl --facts data/facts.jsonl --db data/kb.db
    """
    import json

    from crawler.run import write_lines_atomic

    best: dict[str, tuple[tuple[int, str, str], str]] = {}
    for path in files:
        with click.open_file(path, "r", encoding="utf-8-sig") as fh:
            for lineno, line in enumerate(fh, 1):
                line = line.strip()
                if not line:
                    continue
                try:
                    obj = json.loads(line)
                except ValueError as exc:
                    raise click.ClickException(f"{path}:{lineno}: malformed JSON line ({exc})") from None
                if not isinstance(obj, dict) or not isinstance(obj.get("id"), str):
                    raise click.ClickException(f"{path}:{lineno}: a facts line needs a string 'id'")
                canonical = json.dumps(obj, ensure_ascii=False, sort_keys=True)
                rank = (0 if obj.get("error") else 1, str(obj.get("extractor_version") or ""), canonical)
                if obj["id"] not in best or rank > best[obj["id"]][0]:
                    best[obj["id"]] = (rank, canonical)
    lines = [best[key][1] for key in sorted(best)]
    if output == "-":
        for line in lines:
            click.echo(line)
    else:
        write_lines_atomic(output, lines)
        click.echo(f"merged {len(lines)} article(s) from {len(files)} file(s) into {output}", err=True)


COMMANDS: list[click.Command] = [run_command, reextract_command, merge_facts_command]
