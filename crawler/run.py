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
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from crawler.sample_server import SampleServer

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


def _diagnose(label: str, stats: dict[str, Any], hosts: list[str]) -> str | None:
    responses = stats.get("downloader/response_count", 0)
    where = ", ".join(hosts) or "its start URLs"
    if not responses and _refused(stats):
        return f"source {label!r}: cannot connect to {where} (connection refused or host unreachable)"
    if not responses:
        return f"source {label!r}: no page could be fetched from {where}"
    if stats.get("govnews/validation_failed"):
        ratio = stats.get("govnews/invalid_ratio")
        return f"source {label!r}: validation failed ({ratio:.0%} of items incomplete)"
    return None


def run_crawl(
    jobs: Sequence[CrawlJob],
    output: str | Path,
    *,
    settings: dict[str, Any] | None = None,
    log_level: str = "WARNING",
) -> list[CrawlResult]:
    """Run ``jobs`` in one process and write all items to ``output`` (NDJSON, UTF-8).

    :param jobs: spiders to run, each with its arguments
    :param output: the ``articles.jsonl`` to write (overwritten)
    :param settings: extra Scrapy settings (e.g. ``{"GOVNEWS_SAMPLE_BASE": base}``)
    :param log_level: Scrapy log level for the run
    :returns: one :class:`CrawlResult` per job, in order
    """
    from scrapy.crawler import Crawler, CrawlerProcess

    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    base = project_settings({"LOG_LEVEL": log_level, **(settings or {})})
    classes = spider_classes(base)
    if log_level.upper() != "DEBUG":
        # Scrapy's own root handler would print tracebacks for refused connections; use ours instead.
        base.set("LOG_ENABLED", False, priority="cmdline")
        _install_log_handler(log_level)
    process = CrawlerProcess(base)
    runs = []
    for i, job in enumerate(jobs):
        if job.spider not in classes:
            raise CrawlError(f"unknown spider {job.spider!r}; known: {', '.join(sorted(classes))}")
        part = output.with_name(f".{output.name}.{i}.{job.spider}.part")
        crawler_settings = base.copy()
        crawler_settings.set(
            "FEEDS", {str(part): {"format": "jsonlines", "encoding": "utf8", "overwrite": True}}, priority="cmdline"
        )
        crawler = Crawler(classes[job.spider], crawler_settings, init_reactor=(i == 0))
        process.crawl(crawler, **job.kwargs)
        runs.append((job, crawler, part))
    process.start()
    results = []
    with output.open("w", encoding="utf-8") as out:
        for job, crawler, part in runs:
            items = 0
            if part.exists():
                for line in part.read_text(encoding="utf-8").splitlines():
                    if line.strip():
                        out.write(line + "\n")
                        items += 1
                part.unlink()
            stats = dict(crawler.stats.get_stats()) if crawler.stats else {}
            spider = crawler.spider
            urls = spider.get_start_urls() if spider is not None and hasattr(spider, "get_start_urls") else []
            hosts = sorted({urlsplit(u).netloc for u in urls})
            label = job.label or job.spider
            results.append(CrawlResult(label, job.spider, items, stats, _diagnose(label, stats, hosts)))
    return results


def sample_jobs(classes: dict[str, type[GovnewsSpider]] | None = None) -> list[CrawlJob]:
    """One job per spider that has ``sample_paths`` (the whole sample site)."""
    classes = classes if classes is not None else spider_classes()
    return [CrawlJob(name) for name, cls in sorted(classes.items()) if getattr(cls, "sample_paths", None)]


def run_sample_crawl(output: str | Path, *, root: str | Path | None = None, settings: dict[str, Any] | None = None,
                     log_level: str = "WARNING", spiders: Sequence[str] | None = None,
                     base_url: str | None = None) -> list[CrawlResult]:
    """Crawl the whole sample site into ``output``: the one at ``base_url`` (a running
    ``govnews sample-site``), else one served here on an ephemeral 127.0.0.1 port for the crawl.

    :param output: the NDJSON file to write
    :param root: sample-site directory (default: ``crawler/sample_site``)
    :param settings: extra Scrapy settings
    :param spiders: only these spiders (default: every spider with ``sample_paths``)
    :param base_url: an already running sample server, e.g. ``http://127.0.0.1:8765``
    :returns: per-spider results
    """
    if base_url is None:
        with SampleServer(root=root) as server:
            return run_sample_crawl(output, settings=settings, log_level=log_level, spiders=spiders,
                                    base_url=server.base_url)
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
    return run_crawl(jobs, output, settings=overrides, log_level=log_level)


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
    if article is None and details is not None:
        details.setdefault("reason", "no article title found")
    return best
