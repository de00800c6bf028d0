"""CLI commands for the crawl stage: ``crawl``, ``sample-site``, ``parse``, ``sources``.

Thin layer over :mod:`crawler.run`, :mod:`crawler.sample_server` and :mod:`crawler.registry`;
Scrapy is imported lazily inside each command so ``govnews -h`` stays fast.
"""

from __future__ import annotations

import json
import sys

import click

from govnews import CONTEXT_SETTINGS


def _settings(incremental: bool, state: str | None, raw_dir: str | None, overrides: tuple[str, ...]) -> dict:
    settings: dict = {}
    if incremental:
        settings["GOVNEWS_INCREMENTAL"] = True
    if state:
        settings["GOVNEWS_STATE_PATH"] = state
    if raw_dir:
        settings["GOVNEWS_RAW_DIR"] = raw_dir
    for item in overrides:
        if "=" not in item:
            raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="-s/--set")
        name, value = item.split("=", 1)
        settings[name] = value
    return settings


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option("--start-url", "start_urls", multiple=True, metavar="URL", help="List, feed or article URL; the family is picked from the URL.")
@click.option("--source", "sources", multiple=True, metavar="NAME", help="A source from crawler/sources.toml (see `govnews sources`).")
@click.option("--sample", is_flag=True, help="Serve the bundled sample site on 127.0.0.1 and crawl all of it.")
@click.option("--sample-base", metavar="URL", help="With --sample: crawl an already running `govnews sample-site` at URL.")
@click.option("--spider", help="Force this spider for --start-url instead of guessing from the URL.")
@click.option("-o", "--output", default="data/articles.jsonl", show_default=True, type=click.Path(dir_okay=False), help="NDJSON output (replaced atomically, only when something was collected).")
@click.option("--incremental/--full", default=False, show_default=True, help="Skip pages known from earlier crawls (state in --state).")
@click.option("--state", type=click.Path(dir_okay=False), help="Incremental state file [default: data/crawl_state.sqlite].")
@click.option("--raw-dir", type=click.Path(file_okay=False), help="Keep raw pages, gzip-compressed, under this directory.")
@click.option("-s", "--set", "overrides", multiple=True, metavar="NAME=VALUE", help="Any Scrapy / GOVNEWS_ setting.")
@click.option("-a", "--arg", "spider_args", multiple=True, metavar="NAME=VALUE", help="Spider argument, e.g. -a search=구로구 (ND Soft site search).")
@click.option("-v", "--verbose", is_flag=True, help="Scrapy INFO logging instead of WARNING.")
@click.option("--redis", "redis_url", metavar="URL",
              help="Distributed crawl: share the request queue, duplicate filter and (with --incremental) the "
                   "state in this Redis, e.g. redis://redis-host:6379/0; the output gets the worker name.")
@click.option("--worker", metavar="NAME", help="With --redis: this worker's name, stable across restarts [default: host name].")
@click.option("--job", metavar="NAME", help="With --redis: the crawl's name shared by its workers [default: UTC date].")
@click.option("--push-items", is_flag=True, help="With --redis: also push the articles to the Redis list govnews:items "
              "(loaded by `govnews run --redis`).")
def crawl(start_urls, sources, sample, sample_base, spider, output, incremental, state, raw_dir, overrides, spider_args, verbose,
          redis_url, worker, job, push_items):
    """Crawl news outlets / press boards into an articles.jsonl (one Article per line).

    With --sample the articles link to the sample site's stable base, http://127.0.0.1:8765 (or the
    port in GOVNEWS_SAMPLE_PORT), whatever port the crawl used: run `govnews sample-site` there to
    follow them. Each source prints a line on stderr as soon as it finishes.

    Exits non-zero with a message naming the source when a host cannot be reached, nothing
    could be fetched, or too many items fail validation. The output is replaced atomically and
    only when articles were collected; a crawl that collects nothing exits 1 (with --incremental:
    0 when nothing is new and nothing failed) and leaves the previous output as it was. Articles
    of an interrupted crawl are kept in `.OUTPUT.SOURCE.part` journals and written by the next one.

    Example:

    \b
        govnews crawl --sample -o data/articles.jsonl
        govnews crawl --sample --sample-base http://127.0.0.1:8765 -o data/articles.jsonl
        govnews crawl --start-url 'http://127.0.0.1:8765/sijung/news/articleList.html?sc_section_code=S1N2' -o a.jsonl
        govnews crawl --source sijung --source seoul_guro --incremental -o data/articles.jsonl
        govnews crawl --start-url http://127.0.0.1:8765/sijung/news/articleList.html -a search=구로구 -o a.jsonl
        govnews crawl --source seoul_guro --redis redis://redis-host:6379/0 --worker w1 --incremental -o data/articles.jsonl
    """
    from crawler.run import CrawlError, CrawlJob, run_crawl, run_sample_crawl, spider_classes, spider_for_url

    if not (start_urls or sources or sample):
        raise click.UsageError("give --start-url, --source or --sample")
    if (worker or job or push_items) and not redis_url:
        raise click.UsageError("--worker, --job and --push-items need --redis URL")
    if redis_url and sample and not sample_base:
        raise click.UsageError("--redis with --sample needs --sample-base URL (one sample site shared by the workers)")
    settings = _settings(incremental, state, raw_dir, overrides)
    if redis_url:
        from crawler.distributed import redis_settings, worker_output

        redis = redis_settings(redis_url, worker=worker, job=job, incremental=incremental)
        settings = {**redis, **{k: v for k, v in settings.items() if k not in {"GOVNEWS_INCREMENTAL"}}}
        output = str(worker_output(output, redis["GOVNEWS_WORKER_ID"]))
        click.echo(f"worker {redis['GOVNEWS_WORKER_ID']} of crawl {redis['GOVNEWS_REDIS_JOB']} on {redis_url}", err=True)
    level = "INFO" if verbose else "WARNING"
    try:
        if sample:
            results = run_sample_crawl(output, settings=settings, log_level=level, base_url=sample_base,
                                       progress=_progress)
        else:
            jobs = _jobs(start_urls, sources, spider, spider_classes, spider_for_url, CrawlJob,
                         sample_base=settings.get("GOVNEWS_SAMPLE_BASE"))
            for job in jobs:
                for item in spider_args:
                    if "=" not in item:
                        raise click.BadParameter(f"expected NAME=VALUE, got {item!r}", param_hint="-a/--arg")
                    name, value = item.split("=", 1)
                    job.kwargs[name] = value
            if any("127.0.0.1" in u or "localhost" in u for u in start_urls):
                settings.setdefault("GOVNEWS_LOOPBACK_ONLY", True)
            results = run_crawl(jobs, output, settings=settings, log_level=level, progress=_progress)
    except CrawlError as exc:
        raise click.ClickException(str(exc)) from None
    total = sum(r.items for r in results)
    if redis_url and push_items and total:
        from crawler.distributed import push_items as push
        from crawler.run import read_journal

        click.echo(f"pushed {push(redis_url, read_journal(output))} articles to the Redis list govnews:items", err=True)
    for result in results:
        click.echo(f"{result.label}: {result.items} articles" + (f"  [error: {result.error}]" if result.error else ""), err=True)
    errors = [r.error for r in results if r.error]
    if total:
        click.echo(f"wrote {total} articles to {output}", err=True)
    elif (incremental or redis_url) and not errors:
        click.echo(f"no new or changed articles; {output} left as it was", err=True)
    else:
        errors.append(f"collected no articles; {output} left as it was")
    if errors:
        raise click.ClickException("; ".join(errors))


def _progress(line: str) -> None:
    """One line on stderr as each source finishes (Scrapy's ``spider_closed`` signal)."""
    click.echo(line, err=True)


def _jobs(start_urls, sources, spider, spider_classes, spider_for_url, CrawlJob, sample_base=None):  # noqa: N803
    from crawler.run import source_jobs

    classes = spider_classes()
    by_spider: dict[str, list[str]] = {}
    for url in start_urls:
        by_spider.setdefault(spider or spider_for_url(url, classes), []).append(url)
    jobs = [CrawlJob(name, {"start_url": ",".join(urls)}, label=name) for name, urls in by_spider.items()]
    return jobs + source_jobs(sources, sample_base=sample_base)


@click.command("sample-site", context_settings=CONTEXT_SETTINGS)
@click.option("--port", default=8765, show_default=True, type=int, envvar="GOVNEWS_SAMPLE_PORT",
              help="TCP port on 127.0.0.1 (0 = any free port); also from GOVNEWS_SAMPLE_PORT, the port "
                   "`govnews crawl --sample` writes into the articles' links.")
@click.option("--root", type=click.Path(exists=True, file_okay=False), help="Directory to serve [default: crawler/sample_site].")
@click.option("-v", "--verbose", is_flag=True, help="Log every request.")
def sample_site(port, root, verbose):
    """Serve the bundled sample news sites and press boards on 127.0.0.1 until Ctrl-C.

    `/<site>/<path>?<query>` is served from `crawler/sample_site/<site>/<path>@<query>`.

    Example:

    \b
        govnews sample-site --port 8765
        govnews crawl --start-url 'http://127.0.0.1:8765/sijung/news/articleList.html?sc_section_code=S1N2&view_type=sm' -o a.jsonl
    """
    from crawler.sample_server import SampleServer, sites

    try:
        server = SampleServer(root=root, port=port, verbose=verbose)
    except OSError as exc:
        raise click.ClickException(f"cannot listen on 127.0.0.1:{port}: {exc.strerror}") from None
    click.echo(f"serving {root or 'crawler/sample_site'} at {server.base_url}/  (Ctrl-C to stop)", err=True)
    for site in sites(root):
        click.echo(f"  {server.base_url}/{site}/", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


@click.command(context_settings=CONTEXT_SETTINGS)
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--url", help="The URL the page was fetched from (family by URL pattern, article number); optional.")
@click.option("--source", help="Registry source name whose spider should parse the page.")
@click.option("--spider", help="Spider name to use (overrides --source, the URL and the markup).")
@click.option("--content-type", help="HTTP Content-Type header the page was served with, e.g. 'text/html; charset=euc-kr'.")
def parse(file, url, source, spider, content_type):
    """Parse one saved article page and print the Article as JSON (no network).

    The family is picked from --url, else from the page's markup; a page no family claims goes to
    the generic parser. "parser" in the output names the spider used, or "generic". Exits 1 with a
    one-line reason for an error page or a page with no article.

    Example:

    \b
        govnews parse page.html
        govnews parse tests/crawler/fixtures/sijung/article_20417.html --url 'http://www.sijung.co.kr/news/articleView.html?idxno=20417'
        govnews parse page.html --url 'https://www.guro.go.kr/www/selectBbsNttView.do?bbsNo=665&nttNo=1' --source seoul_guro
    """
    from dataclasses import asdict
    from pathlib import Path

    from crawler.run import CrawlError, parse_page

    details: dict = {}
    try:
        item, used = parse_page(Path(file).read_bytes(), url, spider=spider, source=source, content_type=content_type,
                                details=details)
    except CrawlError as exc:
        raise click.ClickException(str(exc)) from None
    if item is None:
        reason = details.get("reason") or "no article found"
        raise click.ClickException(f"{file}: not an article page ({used}: {reason})")
    out = asdict(item)
    out["parser"] = used
    if used == "generic":
        out["modified_at"] = details.get("modified_at")
    click.echo(json.dumps(out, ensure_ascii=False, indent=2))


@click.command(context_settings=CONTEXT_SETTINGS)
@click.option("--kind", type=click.Choice(["board", "outlet"]), help="Only boards or only outlets.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line instead of a table.")
def sources(kind, as_json):
    """List the sources of crawler/sources.toml (name, kind, family, spider, verified, start URL).

    Example:

    \b
        govnews sources --kind board
        govnews sources --json | head -3
    """
    from dataclasses import asdict

    from crawler.registry import load_sources

    rows = [s for s in load_sources() if kind is None or s.kind == kind]
    if not as_json:
        click.echo(f"{'name':<18} {'kind':<6} {'family':<16} {'spider':<18} {'verified':<8} start URL")
    for s in rows:
        if as_json:
            click.echo(json.dumps(asdict(s), ensure_ascii=False))
        else:
            url = s.start_urls[0] if s.start_urls else "-"
            click.echo(
                f"{s.name:<18} {s.kind:<6} {s.family:<16} {s.spider or '-':<18} {'yes' if s.verified else 'no':<8} {url}"
            )
    if not as_json:
        click.echo(f"{len(rows)} sources ({sum(s.crawlable for s in rows)} with a spider)", err=True)
    sys.stdout.flush()


COMMANDS: list[click.Command] = [crawl, sample_site, parse, sources]
