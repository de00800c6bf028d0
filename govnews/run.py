"""``govnews run`` and ``govnews reextract``: the periodic pipeline, crash-safe, with a runs table.

One run: take the kb's lock → crawl incrementally (every new or changed article goes to a journal
under ``<data-dir>/pending/`` and is flushed before the crawl state calls its URL known) → extract the
facts of the new and changed articles → load articles and facts → refresh the search indexes →
delete the pending batch → record the run in ``runs`` and ``run_sources``.

Crash safety: whatever an interrupted run had collected stays in ``<data-dir>/pending/run-N/``; the
next run loads it together with its own crawl (loads are idempotent, so a batch loaded twice
changes nothing), and its ``runs`` row is marked ``interrupted``. The lock is ``kb.load.load_lock``
(an ``flock`` the kernel drops when the process dies), so a second run or a ``govnews load`` on the
same kb exits at once, naming it.

This module is the library; :mod:`govnews.cmd_run` is the thin command line.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.dates import now_utc_iso

#: exit codes of ``govnews run`` (README documents them)
EXIT_OK = 0  #: every source ok or legitimately empty
EXIT_SOURCES = 1  #: a source partial, stale or failed (what was collected is loaded)
EXIT_LOCKED = 3  #: another run or load holds the kb's lock
EXIT_RECORDS = 4  #: extraction or load errors on some records (the others are loaded)

#: status → rank (worse is higher)
_RANK = {"ok": 0, "empty": 1, "partial": 2, "stale": 3, "failed": 4}

Progress = Callable[[str], None]


class RunLocked(RuntimeError):
    """Another ``govnews run`` or ``govnews load`` holds the kb's lock."""


@dataclass
class SourceReport:
    """One source's row of ``run_sources``."""

    source: str
    status: str = "empty"
    pages: int = 0
    new_articles: int = 0
    revisions: int = 0
    facts_added: int = 0
    errors: int = 0
    message: str | None = None


@dataclass
class RunReport:
    """What a run did; ``exit_code`` follows :data:`EXIT_OK` … :data:`EXIT_RECORDS`."""

    run_id: int
    started: str
    finished: str | None = None
    status: str = "running"
    sources: list[SourceReport] = field(default_factory=list)
    recovered_articles: int = 0
    record_errors: list[str] = field(default_factory=list)
    exit_code: int = EXIT_OK
    db_path: str = ""

    @property
    def totals(self) -> dict[str, int]:
        keys = ("pages", "new_articles", "revisions", "facts_added", "errors")
        return {k: sum(getattr(s, k) for s in self.sources) for k in keys}


@dataclass
class RunOptions:
    """How to run: which sources, where the kb and the data directory are, Scrapy settings."""

    db_path: str | Path = "data/kb.db"
    data_dir: str | Path = "data"
    sample: bool = False
    sample_base: str | None = None
    sources: Sequence[str] = ()
    settings: dict[str, Any] = field(default_factory=dict)
    log_level: str = "WARNING"
    command: str = ""
    #: distributed crawl (``--redis URL``): queue, duplicate filter and crawl state in this Redis; the
    #: articles other workers pushed to the Redis list ``govnews:items`` are loaded by this run too
    redis_url: str | None = None
    worker: str | None = None  #: this worker's name (default: the host name)
    job: str | None = None  #: the crawl's name shared by its workers (default: the UTC date)


def _lock(db_path: str | Path):
    """Enter ``kb.load.load_lock`` (the one lock of loads and runs); :class:`RunLocked` when it is held."""
    import re

    from kb.load import LoadLocked, load_lock

    lock = load_lock(db_path)
    try:
        lock.__enter__()
    except LoadLocked as exc:
        held = re.search(r"\(lock .*\)$", str(exc))
        raise RunLocked(f"another run or load is using {db_path} {held.group(0) if held else ''}".rstrip()) from None
    return lock


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def _kill_point(stage: str, count: int) -> None:
    """Test hook: ``GOVNEWS_RUN_KILL_AT=<stage>:<n>`` SIGKILLs this process at that point."""
    spec = os.environ.get("GOVNEWS_RUN_KILL_AT", "")
    if spec and spec == f"{stage}:{count}":
        os.kill(os.getpid(), signal.SIGKILL)


# -- the kb side -------------------------------------------------------------------------------


def _open_kb(db_path: str | Path):
    from sqlite_utils import Database

    from kb.schema import ensure_schema

    Path(db_path).parent.mkdir(parents=True, exist_ok=True)
    db = Database(db_path)
    ensure_schema(db)
    return db


def _start_run(db, command: str) -> tuple[int, str]:
    """Mark runs left ``running`` by a killed process ``interrupted``; insert this run's row."""
    started = now_utc_iso()
    with db.conn:
        db.execute("update runs set status = 'interrupted' where status = 'running'")
        cursor = db.execute(
            "insert into runs (started, status, pid, command) values (?, 'running', ?, ?)",
            [started, os.getpid(), command],
        )
    return int(cursor.lastrowid), started


def _stale(db, source: str, runs_needed: int) -> bool:
    """True when ``source`` yielded articles in some earlier run but none in its last
    ``runs_needed - 1`` runs (this run, with none either, makes ``runs_needed``)."""
    rows = db.execute(
        "select new_articles + revisions from run_sources where source = ? order by run_id desc", [source]
    ).fetchall()
    if not any(r[0] for r in rows):
        return False
    quiet = 0
    for (n,) in rows:
        if n:
            break
        quiet += 1
    return quiet + 1 >= runs_needed


def _finish_run(db, report: RunReport, extractor_version: str | None) -> None:
    totals = report.totals
    with db.conn:
        db.table("run_sources").insert_all(
            {"run_id": report.run_id, "source": s.source, "started": report.started, "finished": report.finished,
             "status": s.status, "pages": s.pages, "new_articles": s.new_articles, "revisions": s.revisions,
             "facts_added": s.facts_added, "errors": s.errors, "message": s.message}
            for s in report.sources
        )
        db.table("runs").update(
            report.run_id,
            {"finished": report.finished, "status": report.status, "sources": len(report.sources), **totals,
             "recovered_articles": report.recovered_articles, "extractor_version": extractor_version,
             "exit_code": report.exit_code},
        )


def refresh_search(db) -> None:
    """Merge the full-text indexes' segments and refresh the query planner's statistics."""
    for table in ("articles_fts", "article_search_tokens_fts", "programs_fts"):
        if db[table].exists():
            db.execute(f"insert into {table}({table}) values ('optimize')")
    db.execute("pragma optimize")
    db.conn.commit()


# -- pending batches -----------------------------------------------------------------------------


#: the file of a pending batch that holds the articles drained from the Redis list ``govnews:items``
REDIS_ITEMS = "redis-items.jsonl"


def _batch_lines(batch: Path) -> list[str]:
    """The article lines of one pending batch: its ``articles.jsonl``, else its crawl journals."""
    from crawler.run import read_journal

    pushed = read_journal(batch / REDIS_ITEMS)  # articles of other workers, drained from Redis
    done = batch / "articles.jsonl"
    if done.exists():
        return read_journal(done) + pushed
    lines: list[str] = []
    for part in sorted(batch.glob(".articles.jsonl.*.part")):
        lines.extend(read_journal(part))
    return lines + pushed


def _gather(pending: Path, current: Path) -> tuple[list[dict[str, Any]], int, list[Path]]:
    """Articles of every pending batch, oldest first, each (id, body hash) once.

    :returns: (articles, how many came from earlier interrupted runs, the batch directories read)
    """
    batches = sorted(p for p in pending.iterdir() if p.is_dir() and p.name.startswith("run-"))
    if current not in batches and current.exists():
        batches.append(current)
    seen: dict[tuple[str, str], int] = {}
    articles: list[dict[str, Any]] = []
    recovered = 0
    for batch in batches:
        for line in _batch_lines(batch):
            obj = json.loads(line)
            key = _key(obj)
            if key in seen:
                articles[seen[key]] = obj
                continue
            seen[key] = len(articles)
            articles.append(obj)
            recovered += batch != current
    return articles, recovered, batches


def _key(obj: dict[str, Any]) -> tuple[str, str]:
    return (str(obj.get("id")), str(obj.get("content_sha256")))


def _cached_facts(batches: Sequence[Path], version: str) -> dict[tuple[str, str], dict[str, Any]]:
    """Facts an interrupted run had extracted (``load/facts.jsonl`` beside ``load/articles.jsonl``),
    by (article id, body hash), when the same extractor version made them and they carry no error."""
    from crawler.run import read_journal

    cached: dict[tuple[str, str], dict[str, Any]] = {}
    for batch in batches:
        articles = read_journal(batch / "load" / "articles.jsonl")
        facts = read_journal(batch / "load" / "facts.jsonl")
        if not articles or len(articles) != len(facts):
            continue
        for article_line, facts_line in zip(articles, facts, strict=True):
            article, found = json.loads(article_line), json.loads(facts_line)
            if found.get("id") == article.get("id") and not found.get("error") and found.get("extractor_version") == version:
                cached[_key(article)] = found
    return cached


def _write_jsonl(path: Path, objs: Iterable[dict[str, Any]]) -> None:
    from crawler.run import write_lines_atomic

    write_lines_atomic(path, [json.dumps(o, ensure_ascii=False) for o in objs])


# -- extraction ----------------------------------------------------------------------------------


def extract_facts(articles: Sequence[dict[str, Any]], progress: Progress = _stderr) -> tuple[list[dict[str, Any]], list[str]]:
    """Facts of each article (one facts object per article, in order); a failure is a facts object
    with an ``error`` key (``govnews load`` then keeps the kb's facts of that article).

    :returns: (facts objects, error messages)
    """
    from extract.batch import extract_batch
    from extract.facts import ArticleFacts
    from extract.pipeline import parse_input

    if not articles:
        return [], []
    progress(f"extract: loading the extractor for {len(articles)} article(s)")

    def inputs() -> Iterator[tuple[int, Any]]:
        for i, obj in enumerate(articles, 1):
            try:
                yield i, parse_input(obj, fallback_id=str(i))
            except Exception as exc:  # noqa: BLE001 - reported below as that article's failure
                yield i, exc

    out: list[dict[str, Any]] = []
    errors: list[str] = []
    step = max(1, len(articles) // 10)
    # one model, Kiwi's batch tokenizer on every core (as `govnews extract`)
    for i, result in extract_batch(inputs()):
        obj = articles[i - 1]
        if isinstance(result, Exception):
            bad = ArticleFacts(id=str(obj.get("id", i))).to_json()
            bad["error"] = f"{type(result).__name__}: {result}"
            out.append(bad)
            errors.append(f"article {obj.get('id')!r}: extraction failed ({bad['error']})")
        else:
            out.append(result.to_json())
        _kill_point("extract", i)
        if i % step == 0 or i == len(articles):
            progress(f"extract: {i}/{len(articles)}")
    return out, errors


def _fact_count(facts: dict[str, Any]) -> int:
    return sum(len(facts.get(k) or []) for k in ("districts", "awards", "programs", "job_counts"))


# -- loading -------------------------------------------------------------------------------------


def _with_kill_points(lines: Iterator[Any], stage: str) -> Iterator[Any]:
    for i, line in enumerate(lines, 1):
        yield line
        _kill_point(stage, i)


def _load(db, articles_path: Path, facts_path: Path, batch_size: int) -> tuple[int, list[str]]:
    from kb.load import iter_jsonl, load_articles, load_facts

    report = load_articles(db, _with_kill_points(iter_jsonl(articles_path), "load"), batch_size=batch_size)
    errors = list(report.errors)
    loaded = report.loaded
    if facts_path.exists():
        facts = load_facts(db, _with_kill_points(iter_jsonl(facts_path), "load-facts"), batch_size=batch_size)
        errors += facts.errors
    return loaded, errors


# -- the run -------------------------------------------------------------------------------------


def _crawl(options: RunOptions, batch: Path, data_dir: Path, progress: Progress):
    from crawler.run import CrawlError, run_crawl, run_sample_crawl, source_jobs

    settings = {
        "GOVNEWS_INCREMENTAL": True,
        "GOVNEWS_STATE_PATH": str(data_dir / "crawl_state.sqlite"),
        "GOVNEWS_RAW_DIR": str(data_dir / "raw"),
        **options.settings,
    }
    if options.redis_url:
        from crawler.distributed import redis_settings

        settings.pop("GOVNEWS_STATE_PATH", None)
        redis = redis_settings(options.redis_url, worker=options.worker, job=options.job, incremental=True)
        settings = {**settings, **redis, **options.settings}  # -s NAME=VALUE still wins
        progress(f"crawl: worker {settings['GOVNEWS_WORKER_ID']} of crawl {settings['GOVNEWS_REDIS_JOB']} "
                 f"on {options.redis_url} (state in Redis)")
    output = batch / "articles.jsonl"
    if options.sample:
        progress(f"crawl: the sample site{' at ' + options.sample_base if options.sample_base else ''}"
                 f"{' (' + ', '.join(options.sources) + ')' if options.sources else ''}")
        return run_sample_crawl(output, settings=settings, log_level=options.log_level,
                                spiders=list(options.sources) or None, base_url=options.sample_base)
    if not options.sources:
        raise CrawlError("give --source NAME (one or more) or --sample")
    jobs = source_jobs(options.sources, sample_base=settings.get("GOVNEWS_SAMPLE_BASE"))
    if settings.get("GOVNEWS_SAMPLE_BASE"):
        settings.setdefault("GOVNEWS_LOOPBACK_ONLY", True)
    progress(f"crawl: {len(jobs)} source(s): {', '.join(j.label or j.spider for j in jobs)}")
    return run_crawl(jobs, output, settings=settings, log_level=options.log_level)


def crawl_status(error: str | None, problems: Sequence[str], articles: int = 0, *, base: str | None = None) -> str:
    """A source's status from its crawl (before the ``stale`` check, which needs its history).

    :param error: why the whole source failed (:attr:`crawler.run.CrawlResult.error`), if it did
    :param problems: the crawl's error lines about the source
    :param articles: new and changed articles it brought
    :param base: a status already decided (``failed``/``partial`` stay)
    :returns: ``failed`` (an error), ``partial`` (error lines), ``ok`` (articles), else ``empty``
    """
    if error or base == "failed":
        return "failed"
    if problems or base == "partial":
        return "partial"
    return "ok" if articles else "empty"


def _source_reports(results, articles, facts, before, stale_runs: int, db) -> list[SourceReport]:
    from crawler.run import pages_fetched

    by_spider: dict[str, SourceReport] = {}
    reports = []
    for result in results:
        report = SourceReport(result.label, pages=pages_fetched(result.stats), errors=len(result.problems))
        report.status = crawl_status(result.error, result.problems)
        if result.error:
            report.message = result.error
            report.errors = max(report.errors, 1)
        if result.problems:
            extra = "; ".join(result.problems[:3])
            report.message = f"{report.message}; {extra}" if report.message else extra
        by_spider[result.spider] = report
        reports.append(report)
    for obj, fact in zip(articles, facts, strict=True):
        found = by_spider.get(str(obj.get("source")))
        if found is None:
            continue
        report = found
        old = before.get(str(obj.get("id")))
        if old is None:
            report.new_articles += 1
            before[str(obj.get("id"))] = str(obj.get("content_sha256"))
        elif old != obj.get("content_sha256"):
            report.revisions += 1
            before[str(obj.get("id"))] = str(obj.get("content_sha256"))
        report.facts_added += _fact_count(fact)
    for report in reports:
        report.status = crawl_status(None, (), report.new_articles + report.revisions, base=report.status)
        if report.status == "empty" and _stale(db, report.source, stale_runs):
            report.status = "stale"
            report.message = f"no new articles in the last {stale_runs} runs; it yielded articles before"
    return reports


def run(options: RunOptions, progress: Progress = _stderr) -> RunReport:
    """One periodic run (see the module docstring).

    :param options: sources, paths and settings
    :param progress: called with one line per step (stderr by default)
    :returns: the run's report (also in the kb's ``runs`` / ``run_sources``)
    :raises RunLocked: when another run or load holds the kb's lock
    :raises crawler.run.CrawlError: for an unknown source or spider
    """
    db_path = Path(options.db_path)
    data_dir = Path(options.data_dir)
    pending = data_dir / "pending"
    pending.mkdir(parents=True, exist_ok=True)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    lock = _lock(db_path)
    try:
        return _run_locked(options, db_path, data_dir, pending, progress)
    finally:
        lock.__exit__(None, None, None)


def _run_locked(options: RunOptions, db_path: Path, data_dir: Path, pending: Path, progress: Progress) -> RunReport:
    from crawler.run import source_jobs

    if options.sources and not options.sample:
        source_jobs(options.sources, sample_base=options.settings.get("GOVNEWS_SAMPLE_BASE"))  # CrawlError early
    elif options.sources:
        from crawler.run import CrawlError, sample_jobs

        known = {job.spider for job in sample_jobs()}
        unknown = [name for name in options.sources if name not in known]
        if unknown:
            raise CrawlError(f"no sample site for {', '.join(unknown)}; sample spiders: {', '.join(sorted(known))}")
    db = _open_kb(db_path)
    run_id, started = _start_run(db, options.command)
    try:
        return _run_steps(options, db, run_id, started, db_path, data_dir, pending, progress)
    except BaseException:
        with db.conn:
            db.execute("update runs set status = 'failed', finished = ?, exit_code = 1 where id = ?",
                       [now_utc_iso(), run_id])
        raise


def _run_steps(options: RunOptions, db, run_id: int, started: str, db_path: Path, data_dir: Path, pending: Path,
               progress: Progress) -> RunReport:
    from extract.facts import EXTRACTOR_VERSION

    report = RunReport(run_id, started, db_path=str(db_path))
    progress(f"run {run_id}: kb {db_path}, data {data_dir}")
    batch = pending / f"run-{run_id:06d}"
    batch.mkdir(parents=True, exist_ok=True)
    stale_runs = int(options.settings.get("GOVNEWS_STALE_RUNS") or _setting("GOVNEWS_STALE_RUNS", 7))
    batch_size = int(options.settings.get("GOVNEWS_LOAD_BATCH_SIZE") or 200)

    state_file = Path(options.settings.get("GOVNEWS_STATE_PATH") or data_dir / "crawl_state.sqlite")
    earlier = [p for p in pending.glob("run-*") if p != batch]
    if not options.redis_url and state_file.exists() and not earlier and not db.execute("select count(*) from articles").fetchone()[0]:
        progress(f"warning: {db_path} holds no article but {state_file} remembers earlier crawls; "
                 f"delete {state_file} to crawl everything again")
    results = _crawl(options, batch, data_dir, progress)
    if options.redis_url:
        from crawler.distributed import ITEMS_KEY, pull_items

        pulled = pull_items(options.redis_url, batch / REDIS_ITEMS)
        progress(f"crawl: {pulled} article(s) pushed by other workers taken from the Redis list {ITEMS_KEY}")
    for result in results:
        progress(f"crawl: {result.label}: {result.items} new or changed article(s)"
                 + (f", {len(result.problems)} error(s)" if result.problems else "")
                 + (f" [{result.error}]" if result.error else ""))

    articles, recovered, batches = _gather(pending, batch)
    report.recovered_articles = recovered
    if recovered:
        progress(f"recover: {recovered} article(s) collected by an interrupted run")
    cached = _cached_facts(batches, EXTRACTOR_VERSION)
    todo = [a for a in articles if _key(a) not in cached]
    if len(todo) < len(articles):
        progress(f"extract: {len(articles) - len(todo)} article(s) already extracted by an interrupted run")
    fresh, extract_errors = extract_facts(todo, progress)
    by_key = dict(zip((_key(a) for a in todo), fresh, strict=True))
    facts = [cached.get(_key(a)) or by_key[_key(a)] for a in articles]
    report.record_errors += extract_errors
    work = batch / "load"
    work.mkdir(exist_ok=True)
    _write_jsonl(work / "articles.jsonl", articles)
    _write_jsonl(work / "facts.jsonl", facts)

    ids = [str(a.get("id")) for a in articles]
    before: dict[str, str] = {}
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        rows = db.execute(
            f"select id, content_sha256 from articles where id in ({','.join('?' * len(chunk))})", chunk
        ).fetchall()
        before.update({r[0]: r[1] for r in rows})
    if articles:
        progress(f"load: {len(articles)} article(s), {sum(_fact_count(f) for f in facts)} fact(s)")
        _loaded, load_errors = _load(db, work / "articles.jsonl", work / "facts.jsonl", batch_size)
        report.record_errors += load_errors
        progress("search: refreshing the indexes")
        refresh_search(db)
    for done in batches:  # loaded (idempotently): the pending batches can go
        shutil.rmtree(done, ignore_errors=True)

    report.sources = _source_reports(results, articles, facts, dict(before), stale_runs, db)
    report.status = run_status([s.status for s in report.sources])
    if report.record_errors:
        report.exit_code = EXIT_RECORDS
    elif any(s.status in {"partial", "stale", "failed"} for s in report.sources):
        report.exit_code = EXIT_SOURCES
    report.finished = now_utc_iso()
    _finish_run(db, report, EXTRACTOR_VERSION if articles else None)
    db.close()
    return report


def run_status(statuses: Sequence[str]) -> str:
    """A run's status: its worst source's when one is partial, stale or failed; else ``ok`` when a
    source brought articles, else ``empty``."""
    worst = max(statuses, key=_RANK.__getitem__, default="empty")
    if _RANK[worst] >= _RANK["partial"]:
        return worst
    return "ok" if "ok" in statuses else "empty"


def _setting(name: str, default: Any) -> Any:
    """A project setting (``crawler/settings.py``, which reads ``GOVNEWS_<NAME>`` from the environment)."""
    from crawler import settings

    return getattr(settings, name, default)


def summary(report: RunReport) -> str:
    """The one-screen summary printed at the end of ``govnews run``."""
    lines = [f"run {report.run_id} {report.status} ({report.started} → {report.finished}), kb {report.db_path}"]
    header = f"  {'source':<20} {'status':<8} {'pages':>5} {'new':>5} {'rev':>4} {'facts':>6} {'errors':>6}"
    lines.append(header)
    for s in report.sources:
        lines.append(f"  {s.source:<20} {s.status:<8} {s.pages:>5} {s.new_articles:>5} {s.revisions:>4} "
                     f"{s.facts_added:>6} {s.errors:>6}")
    t = report.totals
    lines.append(f"  {'total':<20} {'':<8} {t['pages']:>5} {t['new_articles']:>5} {t['revisions']:>4} "
                 f"{t['facts_added']:>6} {t['errors']:>6}")
    if report.recovered_articles:
        lines.append(f"  recovered {report.recovered_articles} article(s) of an interrupted run")
    troubled = [s for s in report.sources if s.status in {"partial", "stale", "failed"} and s.message]
    for s in troubled[:8]:
        lines.append(f"  {s.source}: {s.status}: {(s.message or '')[:300]}")
    for error in report.record_errors[:5]:
        lines.append(f"  error: {error[:300]}")
    if len(report.record_errors) > 5:
        lines.append(f"  … {len(report.record_errors) - 5} more record errors")
    meaning = {EXIT_OK: "every source ok or empty", EXIT_SOURCES: "a source is partial, stale or failed",
               EXIT_RECORDS: "some records could not be extracted or loaded"}[report.exit_code]
    lines.append(f"exit {report.exit_code}: {meaning}")
    return "\n".join(lines)


# -- re-extraction -------------------------------------------------------------------------------


@dataclass
class ReextractReport:
    articles: int = 0
    from_raw: int = 0
    changed_text: int = 0
    facts: int = 0
    errors: list[str] = field(default_factory=list)
    extractor_version: str = ""


def _attachment_body(db: Any, article_id: str, file_name: str, title: str | None) -> str | None:
    """The text of the kept attachment an article's body was read from, as the crawl used it (without a
    first line repeating the title), or ``None`` when the file is gone or no longer reads."""
    from crawler.attachments import AttachmentError, extract_file

    row = db.execute("select path from attachments where article_id = ? and file_name = ? and text_read "
                     "order by position limit 1", [article_id, file_name]).fetchone()
    if not row or not row[0] or not Path(row[0]).is_file():
        return None
    try:
        text = extract_file(row[0]).text
    except (AttachmentError, OSError):
        return None
    lines = text.split("\n")
    if title and lines and " ".join(lines[0].split()) == " ".join(title.split()):
        text = "\n".join(lines[1:])
    return text


def reextract(db_path: str | Path, *, progress: Progress = _stderr, batch_size: int = 200,
              sources: Sequence[str] = ()) -> ReextractReport:
    """Rebuild every fact of the kb with the current extractor, without crawling.

    Each article's text is parsed again from its kept raw page (``articles.raw_path``, gzip) with its
    source's spider (so an improved parser counts too; a changed text becomes a new revision); an
    article whose raw page is missing or no longer parses keeps the kb's text. Its facts are then
    extracted again and replace its evidence (each evidence row carries ``extractor_version``).

    :param db_path: the kb
    :param sources: only these sources (default: all)
    :raises RunLocked: when a run or load holds the kb's lock
    """
    import gzip

    from crawler.run import CrawlError, parse_page, spider_classes
    from crawler.text import sha256_text
    from extract.facts import EXTRACTOR_VERSION
    from kb.load import load_articles, load_facts

    out = ReextractReport(extractor_version=EXTRACTOR_VERSION)
    lock = _lock(db_path)
    try:
        db = _open_kb(db_path)
        where = f"where s.name in ({','.join('?' * len(sources))})" if sources else ""
        rows = db.execute(
            "select a.id, s.name, a.title, a.published_at, a.author, a.body_text, a.url, a.fetched_at, a.content_sha256, "
            "a.family, a.body_path, a.raw_path, a.home_region, a.district_code_hint, a.outlet, a.body_status, "
            "a.body_source "
            "from (select *, (select code from districts d where d.id = articles.district_id) as district_code_hint "
            f"from articles) a join sources s on s.id = a.source_id {where} order by a.id",
            list(sources),
        ).fetchall()
        classes = spider_classes()
        articles: list[dict[str, Any]] = []
        for row in rows:
            (aid, source, title, published_at, author, body, url, fetched_at, sha, family, body_path, raw_path,
             home_region, district_code, outlet, body_status, body_source) = row
            obj = {"id": aid, "source": source, "title": title, "published_at": published_at, "author": author,
                   "body_text": body, "url": url, "fetched_at": fetched_at, "content_sha256": sha, "family": family,
                   "body_path": body_path, "raw_path": raw_path, "home_region": home_region,
                   "district_code": district_code, "outlet": outlet, "body_status": body_status,
                   "body_source": body_source}
            if (body_source or "").startswith("attachment:"):
                # the body is an attachment's text (the page is a stub): read that file again, not the page
                text = _attachment_body(db, aid, body_source.split(":", 1)[1], title)
                if text is not None:
                    out.from_raw += 1
                    if text != body:
                        out.changed_text += 1
                        obj.update(body_text=text, content_sha256=sha256_text(text))
            elif raw_path and Path(raw_path).is_file() and source in classes:
                try:
                    parsed, _used = parse_page(gzip.decompress(Path(raw_path).read_bytes()), url, spider=source)
                except (OSError, EOFError, CrawlError, ValueError) as exc:
                    out.errors.append(f"{raw_path}: cannot read the raw page of {aid!r} ({exc}); kept the kb's text")
                    parsed = None
                if parsed is not None and parsed.body_text:
                    out.from_raw += 1
                    if parsed.body_text != body:
                        out.changed_text += 1
                        obj.update(body_text=parsed.body_text, content_sha256=parsed.content_sha256,
                                   title=parsed.title or title)
            articles.append(obj)
        out.articles = len(articles)
        progress(f"reextract: {len(articles)} article(s) ({out.from_raw} parsed again from raw pages, "
                 f"{out.changed_text} with a changed text)")
        old_sha = {r[0]: r[8] for r in rows}
        changed = [a for a in articles if a["content_sha256"] != old_sha[a["id"]]]
        if changed:
            out.errors += load_articles(db, changed, label="<raw pages>", batch_size=batch_size).errors
        facts, errors = extract_facts(articles, progress)
        out.errors += errors
        out.facts = sum(_fact_count(f) for f in facts)
        out.errors += load_facts(db, facts, label="<reextract>", batch_size=batch_size).errors
        refresh_search(db)
        db.close()
    finally:
        lock.__exit__(None, None, None)
    return out
