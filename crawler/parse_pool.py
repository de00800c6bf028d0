"""Stage 1 (crawl): article pages parsed in a worker process while the reactor downloads (the second core).

Must not import ``extract`` or ``kb``. A crawl process is bound by one core: Scrapy's engine and the
article parsing (lxml, selectors, body cleanup) share its interpreter. With
``GOVNEWS_PARSE_PROCESSES`` ≥ 1 (default: 1 on a machine with more than one core, 0 otherwise),
:meth:`crawler.spiders.base.GovnewsSpider.parse_article_response` hands each article page to a
process pool instead: the worker rebuilds the response and the spider (its class, its arguments and
its ``GOVNEWS_*`` settings) and runs the same :meth:`~crawler.spiders.base.GovnewsSpider.parse_article`;
the item comes back with the log records and stats counts the parse produced, which the crawl
process replays, so logs, stats and items are those of an in-process parse. Everything else
(pipelines, state, raw pages) stays in the crawl process.

The pool is shared by every spider of the process and started only once a crawl has parsed
20 article pages (a small crawl never pays for it); until the worker has started,
and for a spider class a worker cannot import, pages are parsed in the crawl process. A worker that
dies disables the pool: the crawl goes on parsing in its own process.
"""

from __future__ import annotations

import atexit
import itertools
import logging
import multiprocessing
import os
import pickle
import threading
import weakref
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

logger = logging.getLogger(__name__)

_SIMPLE = (str, int, float, bool, type(None))


def default_processes() -> int:
    """``GOVNEWS_PARSE_PROCESSES`` when unset: one worker when the machine has a second core."""
    return 1 if (os.cpu_count() or 1) > 1 else 0


def _simple(value: Any) -> bool:
    if isinstance(value, _SIMPLE):
        return True
    if isinstance(value, (list, tuple)):
        return all(_simple(v) for v in value)
    if isinstance(value, dict):
        return all(isinstance(k, str) and _simple(v) for k, v in value.items())
    return False


class ParsePool:
    """One process pool (spawned workers) and the bookkeeping of which spider classes it can take."""

    def __init__(self, processes: int) -> None:
        context = multiprocessing.get_context("spawn")  # no fork of a process that runs threads
        self.executor = ProcessPoolExecutor(processes, mp_context=context, initializer=_init_worker,
                                            initargs=(_log_level(),))
        self.started: Future = self.executor.submit(os.getpid)
        self.broken = False
        self.picklable: dict[type, bool] = {}
        #: each spider's :func:`spider_spec`, built once (a spider's settings are frozen while it runs)
        self.specs: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()

    @property
    def ready(self) -> bool:
        """The worker has started (pages sent before would wait for it; they are parsed here meanwhile)."""
        return not self.broken and self.started.done() and self.started.exception() is None

    def takes(self, spider) -> bool:
        """True when a worker can rebuild ``spider`` (its class importable by name, its arguments plain)."""
        cls = type(spider)
        known = self.picklable.get(cls)
        if known is None:
            try:
                known = pickle.loads(pickle.dumps(cls)) is cls and _simple(
                    {k: v for k, v in spider_spec(spider).items() if k != "settings"})
            except Exception:  # noqa: BLE001 - a class built in a test function, a lambda argument …
                known = False
            self.picklable[cls] = known
        return known

    def submit(self, spider, response) -> Future:
        spec = self.specs.get(spider)
        if spec is None:
            spec = self.specs[spider] = spider_spec(spider)
        return self.executor.submit(parse_in_worker, type(spider), spec, page_spec(response))

    def close(self) -> None:
        self.broken = True
        self.executor.shutdown(wait=False, cancel_futures=True)


_POOL: ParsePool | None = None
_SPIDER_KEYS = itertools.count(1)
_LOCK = threading.Lock()


def get_pool(processes: int) -> ParsePool | None:
    """The process's pool (started on the first call), or ``None`` when ``processes`` is 0 or it broke."""
    global _POOL
    if processes <= 0:
        return None
    with _LOCK:
        if _POOL is None:
            try:
                _POOL = ParsePool(processes)
            except Exception as exc:  # noqa: BLE001 - no pool: parse in the crawl process
                logger.warning("cannot start the parse worker (%s); parsing in the crawl process", exc)
                return None
            atexit.register(_POOL.close)
    return None if _POOL.broken else _POOL


def worker_failed(exc: BaseException, future: Future) -> bool:
    """True when ``exc`` (from awaiting ``future``) is the pool's failure, not the parse's own error:
    a dead worker, a page or item that cannot be pickled, a task cancelled by a pool shut down."""
    return future.cancelled() or isinstance(exc, (BrokenProcessPool, pickle.PicklingError, CancelledError))


def _log_level() -> int:
    """The lowest level the crawl process's log handlers let through (the worker records no less)."""
    levels = [h.level for h in logging.getLogger().handlers if h.level]
    return min(levels) if levels else logging.WARNING


def spider_spec(spider) -> dict[str, Any]:
    """What a worker needs to rebuild ``spider``: its constructor arguments and ``GOVNEWS_*`` settings."""
    args, kwargs = getattr(spider, "_init_args", ((), {}))
    settings = getattr(spider, "settings", None)
    own: dict[str, Any] = {}
    if settings is not None:
        for name in settings:
            if name.startswith("GOVNEWS_") and _simple(value := settings.get(name)):
                own[name] = value
    return {"key": f"{os.getpid()}:{next(_SPIDER_KEYS)}", "name": spider.name, "args": list(args), "kwargs": kwargs,
            "settings": own}


def page_spec(response) -> dict[str, Any]:
    """A response as plain values (class, URL, status, headers, body, encoding, request URL and meta)."""
    request = getattr(response, "request", None)
    meta = {k: v for k, v in (request.meta.items() if request is not None else ()) if _simple(v)}
    return {
        "cls": type(response),
        "url": response.url,
        "status": response.status,
        "headers": [(k, v) for k, values in response.headers.items() for v in values],
        "body": response.body,
        "encoding": getattr(response, "_encoding", None),
        "flags": list(response.flags),
        "request": None if request is None else (request.url, request.method, meta),
    }


# -- the worker side ----------------------------------------------------------------------------

_SPIDERS: dict[str, Any] = {}
_RECORDS: list[logging.LogRecord] = []


class _Collect(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        _RECORDS.append(record)


def _init_worker(level: int) -> None:
    root = logging.getLogger()
    root.handlers[:] = [_Collect(level)]
    root.setLevel(level)


def _spider(cls: type, spec: dict[str, Any]):
    spider = _SPIDERS.get(spec["key"])
    if spider is None:
        from scrapy.settings import Settings

        spider = cls(*spec["args"], **spec["kwargs"])
        spider.settings = Settings(spec["settings"])
        _SPIDERS[spec["key"]] = spider
    return spider


def parse_in_worker(cls: type, spec: dict[str, Any], page: dict[str, Any]):
    """``parse_article`` of one page in a worker: ``(item or None, log records, stats counts)``."""
    from scrapy.http import Request

    from crawler.charset import fix_response_encoding

    spider = _spider(cls, spec)
    kwargs: dict[str, Any] = {"status": page["status"], "headers": page["headers"], "body": page["body"],
                              "flags": page["flags"]}
    if page["request"] is not None:
        url, method, meta = page["request"]
        kwargs["request"] = Request(url, method=method, meta=meta, dont_filter=True)
    if page["encoding"] is not None:
        kwargs["encoding"] = page["encoding"]
    response = page["cls"](page["url"], **kwargs)
    stats: list[tuple[str, int]] = []
    spider._inc_stat = lambda key, count=1: stats.append((key, count))
    _RECORDS.clear()
    try:
        item = spider.parse_article(fix_response_encoding(response))
    finally:
        records = [(r.name, r.levelno, r.getMessage()) for r in _RECORDS]
        _RECORDS.clear()
    return item, records, stats
