"""Stage 1 (crawl): run spiders from Python — the library behind ``govnews crawl``.

Must not import ``extract`` or ``kb``. :func:`run_crawl` runs one or more spiders in one Scrapy
``CrawlerProcess`` (so call it once per process), writes every item to one NDJSON file and returns a
:class:`CrawlResult` per source with its stats and a human-readable error (connection refused,
nothing fetched, validation failed). ``python -m crawler.run`` is a tiny wrapper used by tests.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from crawler.sample_server import SampleServer, link_base

if TYPE_CHECKING:
    from crawler.spiders.base import GovnewsSpider


class CrawlError(Exception):
    """A crawl could not run as asked (unknown spider, no family for a URL, …)."""


@dataclass
class CrawlJob:
    """One spider run: a spider name plus its ``-a`` arguments."""

    spider: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    label: str | None = None  #: name used in messages (source name or spider name)


@dataclass
class CrawlResult:
    """Outcome of one :class:`CrawlJob`."""

    label: str
    spider: str
    items: int
    stats: dict[str, Any]
    error: str | None = None
    #: the crawl's ERROR log lines about this source (each names its URL)
    problems: list[str] = field(default_factory=list)


def project_settings(overrides: dict[str, Any] | None = None):
    """``crawler.settings`` plus ``overrides`` (highest priority)."""
    from scrapy.settings import Settings

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    if overrides:
        settings.setdict(overrides, priority="cmdline")
    return settings


def spider_classes(settings=None) -> dict[str, type[GovnewsSpider]]:
    """Every spider in ``crawler.spiders`` (built from ``crawler/sources.toml``), by name."""
    from scrapy.spiderloader import SpiderLoader

    from crawler.spiders.base import GovnewsSpider

    loader = SpiderLoader(settings or project_settings())
    loaded = {name: loader.load(name) for name in loader.list()}
    return {name: cls for name, cls in loaded.items() if issubclass(cls, GovnewsSpider)}


def spiders_for_url(url: str, classes: dict[str, type[GovnewsSpider]] | None = None) -> list[str]:
    """Candidate spiders for ``url``, best first: the sample-site folder or production host decides
    alone; otherwise one spider per site family whose article URL pattern matches (ND Soft skins
    A, B and C share ``articleView.html?idxno=``, so the markup has to decide between them).

    :param url: a list, feed or article URL
    :returns: spider names (empty when no family matches)
    """
    classes = classes if classes is not None else spider_classes()
    parts = urlsplit(url)
    segment = parts.path.strip("/").split("/")[0] if parts.path.strip("/") else ""
    # 1. a sample-site URL: the first path segment is the site folder
    if parts.hostname in {"127.0.0.1", "localhost"}:
        for name, cls in classes.items():
            if getattr(cls, "sample_paths", None) and cls.sample_paths[0].strip("/").split("/")[0] == segment:
                return [name]
    # 2. a production host named in a spider's start_urls
    for name, cls in classes.items():
        if any(urlsplit(u).netloc == parts.netloc for u in getattr(cls, "start_urls", ()) or ()):
            return [name]
    # 3. the URL family (article pattern): the first spider of each matching family
    by_family: dict[str, str] = {}
    for name, cls in sorted(classes.items()):
        pattern = getattr(cls, "article_url_re", None)
        if pattern is not None and pattern.search(url):
            by_family.setdefault(getattr(cls, "family", None) or name, name)
    return list(by_family.values())


def spider_for_url(url: str, classes: dict[str, type[GovnewsSpider]] | None = None) -> str:
    """Pick the spider whose family handles ``url`` (the first of :func:`spiders_for_url`).

    :param url: a list, feed or article URL
    :returns: a spider name
    :raises CrawlError: when no spider matches
    """
    candidates = spiders_for_url(url, classes)
    if not candidates:
        raise CrawlError(f"no spider family matches {url}; pass --spider NAME")
    return candidates[0]


def _parse_quality(article) -> tuple[int, int, int, int]:
    """How well a family's selectors fit a page: own selectors found the body, a date, a title, length."""
    if article is None:
        return (-1, 0, 0, 0)
    return (
        int(article.body_path == "selectors" and bool(article.body_text)),
        int(bool(article.published_at)),
        int(bool(article.title)),
        len(article.body_text or ""),
    )


class _NoTraceback:
    """Logging filter: keep the message, drop the traceback (``govnews crawl`` prints clean errors)."""

    def filter(self, record) -> bool:
        record.exc_info = None
        record.exc_text = None
        return True


def _install_log_handler(level: str) -> None:
    import logging

    root = logging.getLogger()
    for old in list(root.handlers):
        if getattr(old, "govnews_handler", False):
            root.removeHandler(old)
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s [%(name)s] %(levelname)s: %(message)s", "%Y-%m-%d %H:%M:%S"))
    handler.setLevel(level.upper())
    handler.addFilter(_NoTraceback())
    vars(handler)["govnews_handler"] = True  # marks our handler, so a second run replaces it
    root.addHandler(handler)
    root.setLevel(min(root.level or logging.WARNING, logging.getLevelName(level.upper())))


def _refused(stats: dict[str, Any]) -> bool:
    return any(re.search(r"ConnectionRefused|ConnectError|DNSLookupError|TCPTimedOut", k) for k in stats if k.startswith("downloader/exception"))


def pages_fetched(stats: dict[str, Any]) -> int:
    """Pages a crawl received (final responses, retries and robots.txt not counted)."""
    received = stats.get("response_received_count", stats.get("downloader/response_count", 0))
    return max(0, int(received) - int(stats.get("robotstxt/response_count", 0)))


def _diagnose(label: str, stats: dict[str, Any], hosts: list[str], items: int = 0,
              problems: Sequence[str] = ()) -> str | None:
    """Why a source failed as a whole (``None`` when it did not): nothing reachable or fetched,
    robots.txt forbidding it, validation failed, or nothing collected with errors."""
    pages = pages_fetched(stats)
    where = ", ".join(hosts) or "its start URLs"
    if pages <= 0 and _refused(stats):
        return f"source {label!r}: cannot connect to {where} (connection refused or host unreachable)"
    if pages <= 0 and (stats.get("govnews/robots_unreachable") or stats.get("robotstxt/forbidden")):
        why = "answered 5xx, so the site counts as disallowed" if stats.get("govnews/robots_unreachable") else "forbids it"
        return f"source {label!r}: robots.txt of {where} {why}"
    if pages <= 0:
        return f"source {label!r}: no page could be fetched from {where}"
    if stats.get("govnews/validation_failed"):
        ratio = stats.get("govnews/invalid_ratio")
        return f"source {label!r}: validation failed ({ratio:.0%} of items incomplete)"
    if not items and problems and not stats.get("govnews/article_skipped_known"):
        return f"source {label!r}: nothing collected ({len(problems)} errors; first: {problems[0]})"
    return None


class _ProblemCollector:
    """Logging handler: every ERROR line of a crawl, by the source (spider) it names."""

    def __init__(self, names: Sequence[str]) -> None:
        import logging

        self.names = set(names)
        self.by_spider: dict[str, list[str]] = {}
        handler = logging.Handler(logging.ERROR)
        handler.emit = self._emit  # type: ignore[method-assign]
        self.handler = handler

    def _emit(self, record) -> None:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001
            message = str(record.msg)
        spider = getattr(record, "spider", None)
        name = getattr(spider, "name", None)
        if name not in self.names:
            head = message.split(":", 1)[0]
            name = head if head in self.names else record.name if record.name in self.names else None
        if name:
            self.by_spider.setdefault(name, []).append(message.splitlines()[0][:500])


def read_journal(path: str | Path) -> list[str]:
    """The complete lines of an NDJSON journal; a last line cut short by a crash is left out."""
    return [text for text, _value in _journal_entries(path)]


def _journal_entries(path: str | Path) -> list[tuple[str, Any]]:
    """:func:`read_journal`'s lines, each with its parsed value (a line is parsed once)."""
    return [(text, value) for _offset, _length, text, value in _journal_records(path)]


def _journal_records(path: str | Path) -> Iterator[tuple[int, int, str, Any]]:
    """(offset, length in bytes, text, parsed value) of each complete JSON line of a journal, read one at a
    time; a last line cut short by a crash ends the read, an empty or unparsable line is skipped."""
    path = Path(path)
    if not path.exists():
        return
    offset = 0
    with path.open("rb") as fh:
        for raw in fh:
            if not raw.endswith(b"\n"):
                break
            start, offset = offset, offset + len(raw)
            text = raw.decode("utf-8", "replace").strip()
            if not text:
                continue
            try:
                value = json.loads(text)
            except ValueError:
                continue
            yield start, len(raw), text, value


def write_lines_atomic(path: str | Path, lines: Iterable[str]) -> None:
    """Write NDJSON lines to a temp file beside ``path``, fsync, rename over ``path``."""
    import os

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with tmp.open("w", encoding="utf-8") as out:
            for line in lines:
                out.write(line + "\n")
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def _last_line_spans(path: str | Path) -> list[tuple[int, int]]:
    """(offset, length) of the last complete line of each article id in a journal, in file order: one line
    per article, the last one written (a journal may hold an interrupted crawl's lines).

    Found without keeping the lines (:func:`_journal_records`): the journal held whole took about 5 KB an
    article at the end of a crawl (a 20,000-page crawl's peak 233 MB instead of 127 MB), its offsets take
    a few bytes. A line that is not a JSON object is skipped; a last line cut short by a crash ends the
    read (as :func:`read_journal`).
    """
    last: dict[str, tuple[int, int]] = {}
    for offset, length, _text, value in _journal_records(path):
        if isinstance(value, dict):
            last[str(value.get("id"))] = (offset, length)
    return sorted(last.values())


def _lines_at(path: str | Path, spans: Sequence[tuple[int, int]]) -> Iterator[str]:
    """The journal's lines at ``spans`` (:func:`_last_line_spans`), read one at a time (none: not opened)."""
    if not spans:
        return
    with Path(path).open("rb") as fh:
        for offset, length in spans:
            fh.seek(offset)
            yield fh.read(length).decode("utf-8", "replace").strip()


def journal_path(output: str | Path, label: str) -> Path:
    """The journal of one source for ``output``: ``.<output name>.<label>.part`` beside it."""
    output = Path(output)
    safe = re.sub(r"[^\w.-]+", "_", label)
    return output.with_name(f".{output.name}.{safe}.part")


def run_crawl(
    jobs: Sequence[CrawlJob],
    output: str | Path,
    *,
    settings: dict[str, Any] | None = None,
    log_level: str = "WARNING",
    progress: Callable[[str], None] | None = None,
) -> list[CrawlResult]:
    """Run ``jobs`` in one process and write all items to ``output`` (NDJSON, UTF-8).

    Each job's items go first to its journal (:func:`journal_path`, appended and flushed item by
    item, before the incremental state calls a URL known). A journal left by an interrupted crawl
    is kept and its items are part of this crawl's output. ``output`` is replaced atomically (temp
    file + rename) and only when at least one item was collected: a crawl that collects nothing
    leaves the previous output as it was.

    :param jobs: spiders to run, each with its arguments
    :param output: the ``articles.jsonl`` to write
    :param settings: extra Scrapy settings (e.g. ``{"GOVNEWS_SAMPLE_BASE": base}``)
    :param log_level: Scrapy log level for the run
    :param progress: called with one line per source as soon as its spider closes, e.g.
        ``"crawl: sijung: 4 articles (finished, 2/15 sources)"``
    :returns: one :class:`CrawlResult` per job, in order (``problems``: the ERROR log lines of the job)
    """
    import logging

    from scrapy.crawler import Crawler, CrawlerProcess

    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    base = project_settings({"LOG_LEVEL": log_level, **(settings or {})})
    classes = spider_classes(base)
    if log_level.upper() != "DEBUG":
        # Scrapy's own root handler would print tracebacks for refused connections; use ours instead.
        base.set("LOG_ENABLED", False, priority="cmdline")
        _install_log_handler(log_level)
    collector = _ProblemCollector([job.spider for job in jobs])
    logging.getLogger().addHandler(collector.handler)
    process = CrawlerProcess(base)
    runs = []
    labels: set[str] = set()
    closed: list[str] = []
    tuning = _CrawlTuning(log_level)
    for i, job in enumerate(jobs):
        if job.spider not in classes:
            raise CrawlError(f"unknown spider {job.spider!r}; known: {', '.join(sorted(classes))}")
        label = job.label or job.spider
        part = journal_path(output, label if label not in labels else f"{label}.{i}")
        labels.add(label)
        crawler_settings = base.copy()
        crawler_settings.set("GOVNEWS_JOURNAL", str(part), priority="cmdline")
        crawler = Crawler(classes[job.spider], crawler_settings, init_reactor=(i == 0))
        if progress is not None:
            _report_on_close(crawler, label, len(jobs), progress, closed)
        tuning.connect(crawler)
        process.crawl(crawler, **job.kwargs)
        runs.append((job, crawler, part))
    try:
        process.start()
    finally:
        logging.getLogger().removeHandler(collector.handler)
        tuning.restore()
    results = []
    kept: list[tuple[Path, list[tuple[int, int]]]] = []
    for job, crawler, part in runs:
        spans = _last_line_spans(part)
        kept.append((part, spans))
        stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
        spider = crawler.spider
        urls = spider.get_start_urls() if spider is not None and hasattr(spider, "get_start_urls") else []
        hosts = sorted({urlsplit(u).netloc for u in urls})
        label = job.label or job.spider
        problems = collector.by_spider.get(job.spider, [])
        error = _diagnose(label, stats, hosts, len(spans), problems)
        if error and base.get("GOVNEWS_REDIS_URL") and pages_fetched(stats) <= 0 and not _refused(stats):
            error = None  # a distributed worker: the other workers fetched this source's pages
        result = CrawlResult(label, job.spider, len(spans), stats, error)
        result.problems = list(problems)
        results.append(result)
    if any(spans for _part, spans in kept):  # streamed from the journals: no crawl's articles held at once
        write_lines_atomic(output, (line for part, spans in kept for line in _lines_at(part, spans)))
    for _job, _crawler, part in runs:  # the output holds their items now (or they had none)
        part.unlink(missing_ok=True)
    return results


#: objects allocated (less those freed) between two collections of the garbage collector's youngest
#: generation while a crawl runs (:class:`_CrawlTuning`)
GC_YOUNG_THRESHOLD = 10000


class _CrawlTuning:
    """What the crawl process changes for itself while its crawlers run, each time a crawler's engine
    has started (Scrapy sets the log levels again as each crawler starts), undone by :meth:`restore`:

    - the log levels of :func:`_raise_log_levels` (no record made of a DEBUG line nobody shows);
    - the objects alive once the first engine has started (Scrapy, the spider classes and the
      registry, the crawler's components: about 85,000) are moved out of the garbage collector's
      sight with :func:`gc.freeze`: the collector's full passes, which otherwise walk them all again
      as the crawl's own objects pile up, then walk only those (:func:`gc.unfreeze` at the end);
    - the collector's youngest generation is collected after :data:`GC_YOUNG_THRESHOLD` new objects
      instead of Python's 700: Scrapy makes hundreds of objects a page (requests, Deferreds,
      coroutines, dicts), most freed by their reference counts soon after, and a collection every
      700 walked the survivors again and again (a 3,000-page bench crawl: 770 young collections and
      70 middle ones, 0.67 s of the crawl thread's CPU; at 7,000, 37 and 2, 0.30 s; at 30,000, 7 and
      none, 0.12 s; the peak memory of the run about 5 and 20 MB higher: the garbage of a few pages).
    """

    def __init__(self, log_level: str) -> None:
        self.log_level = log_level
        #: logger name → its level before it was first raised
        self.levels: dict[str, int] = {}
        self.frozen = False
        #: the collector's thresholds before they were changed
        self.thresholds: tuple[int, ...] | None = None

    def connect(self, crawler) -> None:
        from scrapy import signals

        crawler.signals.connect(self.started, signal=signals.engine_started, weak=False)

    def started(self) -> None:
        for name, old in _raise_log_levels(self.log_level).items():
            self.levels.setdefault(name, old)
        if not self.frozen:
            import gc

            gc.freeze()
            self.frozen = True
            thresholds = gc.get_threshold()
            if 0 < thresholds[0] < GC_YOUNG_THRESHOLD:
                self.thresholds = thresholds
                gc.set_threshold(GC_YOUNG_THRESHOLD, *thresholds[1:])

    def restore(self) -> None:
        import logging

        for name, level in self.levels.items():
            logging.getLogger(name).setLevel(level)
        self.levels.clear()
        if self.frozen:
            import gc

            gc.unfreeze()
            self.frozen = False
            if self.thresholds is not None:
                gc.set_threshold(*self.thresholds)
                self.thresholds = None


def _raise_log_levels(log_level: str) -> dict[str, int]:
    """Raise the levels of the root logger (``""``) and of ``scrapy``'s to the lowest level of the root
    logger's handlers; returns the levels changed, by logger name, as they were.

    Scrapy sets the root logger's level to ``NOTSET`` and its own logger's to ``DEBUG`` as each crawler
    starts, so every DEBUG line of a crawl — Scrapy's "Crawled (200)" of each page and "Scraped from"
    of each item — was made into a log record that no handler let through. Nothing changes with
    ``log_level`` DEBUG, when a root handler takes every level (a test's log capture) or when the
    ``scrapy`` logger has handlers of its own: what each handler receives is what it received."""
    import logging

    changed: dict[str, int] = {}
    if log_level.upper() == "DEBUG":
        return changed
    levels = [handler.level for handler in logging.getLogger().handlers]
    if not levels or min(levels) <= logging.DEBUG:
        return changed
    for name in ("", "scrapy"):
        logger = logging.getLogger(name)
        if name and logger.handlers:
            continue
        if logger.level < min(levels):
            changed[name] = logger.level
            logger.setLevel(min(levels))
    return changed


def _report_on_close(crawler, label: str, total: int, progress: Callable[[str], None], done: list[str]) -> None:
    """Connect Scrapy's ``spider_closed`` signal of ``crawler`` to one progress line for ``label``.

    :param done: labels of the sources closed so far (shared by the crawl's jobs)
    """
    from scrapy import signals

    def closed(spider, reason: str) -> None:
        done.append(label)
        items = crawler.stats.get_value("item_scraped_count", 0) if crawler.stats else 0
        progress(f"crawl: {label}: {items} articles ({reason}, {len(done)}/{total} sources)")

    crawler.signals.connect(closed, signal=signals.spider_closed, weak=False)


def source_jobs(names: Sequence[str], *, sample_base: str | None = None) -> list[CrawlJob]:
    """One job per registry source (``crawler/sources.toml``), or per sample spider in sample mode.

    :param names: source names (a sample-only spider name is accepted when ``sample_base`` is set)
    :param sample_base: ``GOVNEWS_SAMPLE_BASE``: crawl the spiders' sample pages there instead of the
        production start URLs
    :raises CrawlError: for an unknown source or one without a spider
    """
    from crawler.registry import get_source

    jobs = []
    classes: dict[str, type[GovnewsSpider]] | None = None
    for name in names:
        try:
            source = get_source(name)
        except KeyError as exc:
            if sample_base:
                classes = classes if classes is not None else spider_classes()
                if name in classes and getattr(classes[name], "sample_paths", None):
                    jobs.append(CrawlJob(name, {}, label=name))
                    continue
            raise CrawlError(str(exc.args[0])) from None
        if not source.spider:
            raise CrawlError(f"source {name!r} ({source.family}) has no spider yet")
        # with a sample base the spider starts from its sample_paths under it, not production URLs
        kwargs = {"start_url": ",".join(source.start_urls)} if source.start_urls and not sample_base else {}
        jobs.append(CrawlJob(source.spider, kwargs, label=name))
    return jobs


def sample_jobs(classes: dict[str, type[GovnewsSpider]] | None = None) -> list[CrawlJob]:
    """One job per spider that has ``sample_paths`` (the whole sample site)."""
    classes = classes if classes is not None else spider_classes()
    return [CrawlJob(name) for name, cls in sorted(classes.items()) if getattr(cls, "sample_paths", None)]


def run_sample_crawl(output: str | Path, *, root: str | Path | None = None, settings: dict[str, Any] | None = None,
                     log_level: str = "WARNING", spiders: Sequence[str] | None = None,
                     base_url: str | None = None, links: str | None = None,
                     progress: Callable[[str], None] | None = None) -> list[CrawlResult]:
    """Crawl the whole sample site into ``output``: the one at ``base_url`` (a running
    ``govnews sample-site``), else one served here on an ephemeral 127.0.0.1 port for the crawl.

    When the crawl serves the site itself, the articles' URLs (page, attachments) are written under
    ``links``, the sample site's stable base, not the ephemeral port, so a knowledge base built from
    them links to ``govnews sample-site`` on that port; a crawl of ``base_url`` keeps that base
    unless ``links`` is given.

    :param output: the NDJSON file to write (replaced only when something was collected)
    :param root: sample-site directory (default: ``crawler/sample_site``)
    :param settings: extra Scrapy settings
    :param spiders: only these spiders (default: every spider with ``sample_paths``)
    :param base_url: an already running sample server, e.g. ``http://127.0.0.1:8765``
    :param links: the base stored in the articles (default without ``base_url``:
        :func:`crawler.sample_server.link_base`)
    :param progress: one line per source as it finishes (see :func:`run_crawl`)
    :returns: per-spider results
    """
    if base_url is None:
        with SampleServer(root=root) as server:
            return run_sample_crawl(output, settings=settings, log_level=log_level, spiders=spiders,
                                    base_url=server.base_url, links=links or link_base(), progress=progress)
    overrides = {
        "GOVNEWS_SAMPLE_BASE": base_url.rstrip("/"),
        "GOVNEWS_LOOPBACK_ONLY": True,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        **(settings or {}),
    }
    jobs = sample_jobs(spider_classes(project_settings(overrides)))
    if spiders:
        jobs = [job for job in jobs if job.spider in set(spiders)]
    results = run_crawl(jobs, output, settings=overrides, log_level=log_level, progress=progress)
    if links and any(r.items for r in results):
        rebase_sample_links(output, links)
    return results


_LOOPBACK_BASE = re.compile(r"http://(?:127\.0\.0\.1|localhost):\d+(?=/)")


def rebase_sample_links(path: str | Path, links: str) -> None:
    """Rewrite every sample-site URL (``http://127.0.0.1:<any port>/…``) in an articles file to ``links``.

    :param path: the ``articles.jsonl`` of a sample crawl (replaced atomically)
    :param links: the stable base, e.g. ``http://127.0.0.1:8765``
    """
    path = Path(path)
    if not path.is_file():
        return
    lines = path.read_text(encoding="utf-8").splitlines()
    rebased = [_LOOPBACK_BASE.sub(links.rstrip("/"), line) for line in lines]
    if rebased != lines:
        write_lines_atomic(path, rebased)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m crawler.run OUTPUT [--sample-root DIR] [--spider NAME…] [--set K=V…] [--stats FILE]``.

    Crawls the sample site (served from ``--sample-root``) — a process-per-run entry point for tests.
    """
    import argparse

    parser = argparse.ArgumentParser(prog="python -m crawler.run")
    parser.add_argument("output")
    parser.add_argument("--sample-root")
    parser.add_argument("--base-url", help="an already running sample server; default: start one")
    parser.add_argument("--spider", action="append", default=[])
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--stats", help="write per-spider stats as JSON here")
    args = parser.parse_args(argv)
    overrides = dict(s.split("=", 1) for s in args.set)
    results = run_sample_crawl(args.output, root=args.sample_root, settings=overrides, spiders=args.spider or None,
                               base_url=args.base_url)
    if args.stats:
        Path(args.stats).write_text(
            json.dumps({r.spider: {"items": r.items, "error": r.error, "stats": r.stats} for r in results},
                       default=str, ensure_ascii=False, indent=1),
            encoding="utf-8",
        )
    errors = [r.error for r in results if r.error]
    for error in errors:
        print(f"error: {error}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())


def markup_spiders(html: str, classes: dict[str, type] | None = None) -> list[str]:
    """Spiders whose family recognises ``html`` by its markup (a ``matches_markup(html)`` classmethod).

    :param html: the decoded page
    :returns: spider names, one per family, sorted
    """
    classes = classes if classes is not None else spider_classes()
    by_family: dict[str, str] = {}
    for name, cls in sorted(classes.items()):
        test = getattr(cls, "matches_markup", None)
        if test is None:
            continue
        try:
            claimed = bool(test(html))
        except Exception:  # noqa: BLE001 - one family's broken test must not stop the others
            claimed = False
        if claimed:
            by_family.setdefault(getattr(cls, "family", None) or name, name)
    return list(by_family.values())


def _generic_article(body: bytes, url: str | None, content_type: str | None, details: dict[str, Any] | None):
    """The generic parser's result as an :class:`crawler.items.Article` (``None`` when no article)."""
    from crawler.dates import now_utc_iso
    from crawler.generic import NotAnArticle, parse_generic
    from crawler.items import Article
    from crawler.spiders.base import make_article_id
    from crawler.text import canonicalize_url, sha256_text

    try:
        found = parse_generic(body, url, content_type=content_type)
    except NotAnArticle as exc:
        if details is not None:
            details["reason"] = str(exc)
        return None
    if details is not None:
        details["modified_at"] = found.modified_at
        details["evidence"] = found.evidence
    return Article(
        id=make_article_id("generic", found.published_at, found.article_no),
        source="generic",
        title=found.title,
        published_at=found.published_at,
        author=found.author,
        body_text=found.body_text,
        url=canonicalize_url(url) if url else "",
        fetched_at=now_utc_iso(),
        content_sha256=sha256_text(found.body_text),
        family="generic",
        body_path="generic",
    )


def parse_page(body: bytes, url: str | None = None, *, spider: str | None = None, source: str | None = None,
               content_type: str | None = None, details: dict[str, Any] | None = None):
    """Parse one saved article page (``govnews parse``); no network, no crawler.

    The parser is, in order: ``spider`` or ``source``'s spider when given; the families whose article
    URL pattern matches ``url`` (the markup decides between several); the families whose
    ``matches_markup`` claims the page; else the generic parser (:mod:`crawler.generic`). When the
    family's body selectors miss, or it finds no date where the generic parser does, the generic
    parser's reading is returned instead (not when ``spider`` or ``source`` forces the spider).

    :param body: the page bytes (any encoding; sniffed)
    :param url: the URL the page was fetched from, if known (family and article number)
    :param spider: spider name to use (default: from ``source``, else from the URL or the markup)
    :param source: registry source name (its spider is used)
    :param content_type: the HTTP Content-Type header, if known
    :param details: a dict filled with ``reason`` (why no article), ``modified_at`` and ``evidence``
        (generic parser)
    :returns: ``(Article or None, spider name or "generic")``
    """
    from scrapy.http import HtmlResponse, Request

    from crawler.charset import decode_html
    from crawler.spiders.base import detect_failure

    classes = spider_classes()
    forced = spider is not None or source is not None
    if spider is None and source is not None:
        from crawler.registry import get_source

        try:
            spider = get_source(source).spider
        except KeyError as exc:
            raise CrawlError(str(exc.args[0])) from None
        if not spider:
            raise CrawlError(f"source {source!r} has no spider yet")
    if spider is not None and spider not in classes:
        raise CrawlError(f"unknown spider {spider!r}; known: {', '.join(sorted(classes))}")
    html = decode_html(body, content_type)[0]
    candidates = [spider] if spider else (spiders_for_url(url, classes) if url else [])
    if not candidates:
        candidates = markup_spiders(html, classes)
    if not candidates:
        return _generic_article(body, url, content_type, details), "generic"
    failure = detect_failure(html)
    if failure and details is not None:
        details["reason"] = f"error page ({failure})"
    page_url = url or "http://localhost/page.html"
    headers = {"Content-Type": content_type} if content_type else {}
    best = None
    for name in candidates:  # several families share a URL pattern: the markup decides
        response = HtmlResponse(page_url, body=body, headers=headers, request=Request(page_url))
        article = classes[name]().parse_article(response)
        if best is None or _parse_quality(article) > _parse_quality(best[0]):
            best = (article, name)
    assert best is not None
    article = best[0]
    if not forced and not failure and (article is None or article.body_path != "selectors" or not article.published_at):
        # the family's selectors missed: cross-check with the generic parser, keep the better reading
        found: dict[str, Any] = {}
        generic = _generic_article(body, url, content_type, found)
        if generic is not None and (
            article is None or article.body_path != "selectors" or (generic.published_at and not article.published_at)
        ):
            if details is not None:
                details.update(found)
            return generic, "generic"
        if article is not None and not article.body_text and not article.published_at:
            # the family claimed a page of its software that holds no post (a list page, a menu page)
            if details is not None:
                details["reason"] = found.get("reason") or "no article text found"
            return None, best[1]
    if article is None and details is not None:
        details.setdefault("reason", "no article title found")
    return best
