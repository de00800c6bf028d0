"""Stage 1 (crawl): article pages parsed in a worker process while the reactor downloads (the second core).

Must not import ``extract`` or ``kb``. A crawl process is bound by one core: Scrapy's engine and the
article parsing (lxml, selectors, body cleanup) share its interpreter. With
``GOVNEWS_PARSE_PROCESSES`` ≥ 1 (default: 1 on a machine with more than one core, 0 otherwise),
:meth:`crawler.spiders.base.GovnewsSpider.parse_article_response` hands each article page to a
worker process instead: the worker rebuilds the response and the spider (its class, its arguments
and its ``GOVNEWS_*`` settings) and runs the same :meth:`~crawler.spiders.base.GovnewsSpider.parse_article`;
the item comes back with the log records and stats counts the parse produced, which the crawl
process replays, so logs, stats and items are those of an in-process parse. Everything else
(pipelines, state, raw pages) stays in the crawl process.

Each worker is a spawned process joined to the crawl process by two pipes that the crawl's event
loop reads and writes itself (asyncio pipe transports): no helper thread in the crawl process, so
sending a page and receiving its item cost the reactor one ``pickle`` and one system call each and
never wait for the GIL. A spider's constructor arguments and settings go to a worker once; each
page after that is a small tuple (URL, status, headers, body, request meta).

The pool is shared by every spider of the process and started only once a spider has requested or
parsed 20 article pages (a small crawl never pays for it; a larger one starts it with its first article
page, so that the worker's imports overlap the crawl's first downloads); pages go to the worker as soon as its pipes are
connected (it parses them once its imports are done); for a spider class a worker cannot import they
are parsed in the crawl process. A worker that dies disables the pool: the crawl goes on parsing in
its own process.
"""

from __future__ import annotations

import asyncio
import atexit
import hashlib
import itertools
import logging
import multiprocessing
import os
import pickle
import struct
import threading
import weakref
from concurrent.futures import CancelledError
from concurrent.futures.process import BrokenProcessPool
from typing import Any

logger = logging.getLogger(__name__)

_SIMPLE = (str, int, float, bool, type(None))
_HEADER = struct.Struct("!i")  # the framing of multiprocessing.Connection.send_bytes (messages < 2 GiB)


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


class _Results(asyncio.Protocol):
    """Reads a worker's answers (length-prefixed pickles) on the event loop."""

    def __init__(self, worker: _Worker) -> None:
        self.worker = worker
        self.buffer = bytearray()

    def data_received(self, data: bytes) -> None:
        buffer = self.buffer
        buffer += data
        # every whole message of the buffer read in place, then dropped from it at once (not one copy of
        # each message and one shift of the rest of the buffer a message); an answer only settles a
        # future (its callbacks run later), so the buffer does not change meanwhile
        start, end = 0, len(buffer)
        with memoryview(buffer) as view:
            while end - start >= 4:
                (size,) = _HEADER.unpack_from(buffer, start)
                if end - start < 4 + size:
                    break
                message = pickle.loads(view[start + 4:start + 4 + size])
                start += 4 + size
                self.worker.answered(message)
        if start:
            del buffer[:start]

    def eof_received(self) -> bool:
        self.worker.lost("the parse worker exited")
        return False

    def connection_lost(self, exc: Exception | None) -> None:
        self.worker.lost(f"the parse worker's pipe closed ({exc or 'end of file'})")


class _Worker:
    """One worker process: its pipes (as asyncio transports) and the pages it has not answered yet."""

    def __init__(self, pool: ParsePool, context: Any, level: int) -> None:
        self.pool = pool
        tasks_read, tasks_write = context.Pipe(duplex=False)
        results_read, results_write = context.Pipe(duplex=False)
        self.process = context.Process(target=_worker_main, args=(tasks_read, results_write, level),
                                       name="govnews-parse", daemon=True)
        self.process.start()
        tasks_read.close()
        results_write.close()
        self.waiting: dict[int, asyncio.Future] = {}
        #: messages waiting for :meth:`flush`, each as its length header and its pickle
        self.outbox: list[bytes] = []
        self.specs_sent: set[str] = set()
        self.started: asyncio.Future = pool.loop.create_future()
        self.writer: Any = None
        self._files = (open(os.dup(tasks_write.fileno()), "wb", buffering=0),
                       open(os.dup(results_read.fileno()), "rb", buffering=0))
        tasks_write.close()
        results_read.close()
        self.setup = pool.loop.create_task(self._connect())

    async def _connect(self) -> None:
        loop = self.pool.loop
        self.writer, _ = await loop.connect_write_pipe(asyncio.BaseProtocol, self._files[0])
        await loop.connect_read_pipe(lambda: _Results(self), self._files[1])

    def send(self, message: tuple) -> None:
        """Queue one message; the messages of one turn of the event loop go to the worker in one write
        (one system call, and one wake-up of a sleeping worker, per turn instead of per page)."""
        data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
        first = not self.outbox
        self.outbox += (_HEADER.pack(len(data)), data)  # joined once by flush (a page is not copied twice)
        if first:
            self.pool.loop.call_soon(self.flush)

    def flush(self) -> None:
        """Write the queued messages (dropped when the pool broke meanwhile: their pages failed)."""
        outbox, self.outbox = self.outbox, []
        if outbox and self.writer is not None and not self.pool.broken:
            self.writer.write(b"".join(outbox))

    def answered(self, message: tuple) -> None:
        task, ok, value = message
        if task == 0:  # the worker's greeting
            if not self.started.done():
                self.started.set_result(value)
            return
        future = self.waiting.pop(task, None)
        if future is None or future.done():
            return
        if ok:
            future.set_result(_unpack_answer(value))
        else:
            future.set_exception(value)

    def lost(self, why: str) -> None:
        if self.pool.broken and not self.waiting:
            return
        self.pool.fail(why)

    def fail_waiting(self, why: str) -> None:
        waiting, self.waiting = self.waiting, {}
        for future in waiting.values():
            if not future.done():
                future.set_exception(BrokenProcessPool(why))
        if not self.started.done():
            self.started.set_exception(BrokenProcessPool(why))
            self.started.exception()  # retrieved: no "never retrieved" warning

    def close(self) -> None:
        try:
            if self.writer is not None:
                self.writer.close()  # the worker reads the end of its pipe and exits
            else:
                self.setup.cancel()
                for fh in self._files:
                    fh.close()
        except RuntimeError:  # the event loop is closed already (exit)
            for fh in self._files:
                fh.close()
        if self.writer is None and self.process.is_alive():
            self.process.terminate()


class ParsePool:
    """The worker processes of a crawl, bound to the event loop that runs it.

    :param processes: worker processes (pages go to the one with the fewest pages waiting)
    :param loop: the crawl's event loop (default: the running one)
    """

    def __init__(self, processes: int, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self.loop = loop or asyncio.get_running_loop()
        context = multiprocessing.get_context("spawn")  # no fork of a process that runs threads
        self.broken = False
        self.picklable: dict[type, bool] = {}
        #: each spider's :func:`spider_spec`, built once (a spider's settings are frozen while it runs)
        self.specs: weakref.WeakKeyDictionary[Any, dict[str, Any]] = weakref.WeakKeyDictionary()
        self.tasks = itertools.count(1)
        self.workers = [_Worker(self, context, _log_level()) for _ in range(processes)]
        self.started: asyncio.Future = asyncio.ensure_future(
            asyncio.gather(*(w.started for w in self.workers)), loop=self.loop)

    @property
    def accepting(self) -> bool:
        """Pages can be sent: every worker's pipe is connected. A worker still starting (its imports take
        about a second) reads them once it has: the crawl process goes on downloading meanwhile
        instead of parsing the pages itself."""
        return not self.broken and all(w.writer is not None for w in self.workers)

    @property
    def ready(self) -> bool:
        """Every worker has started (answered with its greeting)."""
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

    def submit(self, spider, response) -> asyncio.Future:
        """Send one article page to a worker; the future's result is :func:`parse_in_worker`'s."""
        future = self.loop.create_future()
        if self.broken:
            future.set_exception(BrokenProcessPool("the parse pool is closed"))
            return future
        spec = self.specs.get(spider)
        if spec is None:
            spec = self.specs[spider] = spider_spec(spider)
        worker = min(self.workers, key=lambda w: len(w.waiting))
        key = spec["key"]
        first = key not in worker.specs_sent
        task = next(self.tasks)
        try:
            worker.send((task, type(spider), key, spec if first else None, page_spec(response)))
        except Exception as exc:  # noqa: BLE001 - an unpicklable page: the caller parses it here
            future.set_exception(pickle.PicklingError(str(exc)))
            return future
        worker.specs_sent.add(key)
        worker.waiting[task] = future
        return future

    def fail(self, why: str) -> None:
        """A worker died or its pipe broke: every waiting page fails (and is parsed in the crawl process)."""
        if not self.broken:
            self.broken = True
            logger.debug("parse pool stopped: %s", why)
        for worker in self.workers:
            worker.fail_waiting(why)
        self.close()

    def close(self) -> None:
        self.broken = True
        for worker in self.workers:
            worker.fail_waiting("the parse pool was closed")
            worker.close()


_POOL: ParsePool | None = None
#: a pool could not be started in this process: parse in the crawl process from now on
_CANNOT_START = False
_SPIDER_KEYS = itertools.count(1)
_LOCK = threading.Lock()


def get_pool(processes: int) -> ParsePool | None:
    """The pool of the running event loop (started on the first call), or ``None`` when ``processes``
    is 0, no event loop runs, or the pool broke."""
    global _POOL, _CANNOT_START
    if processes <= 0 or _CANNOT_START:
        return None
    try:
        loop = asyncio.get_running_loop()
    except RuntimeError:
        return None
    with _LOCK:
        if _POOL is not None and _POOL.loop is not loop:
            _POOL.close()
            _POOL = None
        if _POOL is None:
            try:
                _POOL = ParsePool(processes, loop)
            except Exception as exc:  # noqa: BLE001 - no pool: parse in the crawl process
                logger.warning("cannot start the parse worker (%s); parsing in the crawl process", exc)
                _CANNOT_START = True
                return None
            atexit.register(_POOL.close)
    return None if _POOL.broken else _POOL


def worker_failed(exc: BaseException, future: asyncio.Future | None = None) -> bool:
    """True when ``exc`` (from awaiting a page's future) is the pool's failure, not the parse's own
    error: a dead worker, a page or item that cannot be pickled, a task cancelled by a pool shut down."""
    return (future is not None and future.cancelled()) or isinstance(
        exc, (BrokenProcessPool, pickle.PicklingError, CancelledError, asyncio.CancelledError))


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


def _header_pairs(headers: Any) -> list[tuple[Any, Any]]:
    """``[(name, value) for name, values in headers.items() for value in values]``: for Scrapy's
    ``Headers`` read from the dict it is (its keys are stored normalised, its values as lists: what
    ``items()`` gives, without normalising each key again)."""
    from scrapy.http.headers import Headers

    if type(headers) is Headers:
        return [(k, v) for k, values in dict.items(headers) for v in values]
    return [(k, v) for k, values in headers.items() for v in values]


def page_spec(response) -> dict[str, Any]:
    """A response as plain values (class, URL, status, headers, body, encoding, request URL and meta)."""
    request = getattr(response, "request", None)
    meta = {k: v for k, v in (request.meta.items() if request is not None else ()) if _simple(v)}
    return {
        "cls": type(response),
        "url": response.url,
        "status": response.status,
        "headers": _header_pairs(response.headers),
        "body": response.body,
        "encoding": getattr(response, "_encoding", None),
        "flags": list(response.flags),
        "request": None if request is None else (request.url, request.method, meta),
    }


# -- the worker side ----------------------------------------------------------------------------

_SPIDERS: dict[str, Any] = {}
_SPECS: dict[str, dict[str, Any]] = {}
_RECORDS: list[logging.LogRecord] = []


class _Collect(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        _RECORDS.append(record)


def _init_worker(level: int) -> None:
    root = logging.getLogger()
    root.handlers[:] = [_Collect(level)]
    root.setLevel(level)


def _worker_main(tasks, results, level: int) -> None:
    """A worker's life: greet, then parse page after page until the crawl process closes the pipe.

    The raw page of an item (``GOVNEWS_RAW_DIR``) is staged on a thread of the worker
    (:func:`stage_raw_page`) while the next pages are parsed; that page's answer is sent once its
    staged file is written (and flushed): the crawl process only renames it into place."""
    _init_worker(level)
    lock = threading.Lock()  # whole answers: the staging threads answer too

    def send(data: bytes) -> None:
        with lock:
            results.send_bytes(data)

    send(pickle.dumps((0, True, os.getpid())))
    stagers: Any = None
    try:
        while True:
            try:
                task, cls, key, spec, page = pickle.loads(tasks.recv_bytes())
            except EOFError:
                return
            if spec is not None:
                _SPECS[key] = spec
            try:
                value = parse_in_worker(cls, _SPECS[key], page)
            except Exception as exc:  # noqa: BLE001 - the parse's own error, raised again in the crawl process
                send(_error_answer(task, exc))
                continue
            if value[3] is not None and _stages(settings := _SPIDERS[key].settings):
                if stagers is None:
                    from concurrent.futures import ThreadPoolExecutor

                    stagers = ThreadPoolExecutor(4, thread_name_prefix="govnews-stage")
                stagers.submit(_stage_and_answer, send, task, settings, value, page["body"])
                continue
            send(_answer(task, value))
    finally:
        if stagers is not None:
            stagers.shutdown(wait=True)


#: an answer's item that is a :class:`crawler.items.Article`: ``(_ARTICLE, value of each field in order)``
_ARTICLE = "govnews.Article"
_ARTICLE_FIELDS: tuple[str, ...] | None = None


def _article_fields() -> tuple[str, ...]:
    global _ARTICLE_FIELDS
    if _ARTICLE_FIELDS is None:
        import dataclasses

        from crawler.items import Article

        _ARTICLE_FIELDS = tuple(f.name for f in dataclasses.fields(Article))
    return _ARTICLE_FIELDS


def _pack_answer(value: tuple) -> tuple:
    """A parse's answer as sent: its :class:`~crawler.items.Article` as the tuple of its fields' values
    (a pickled dataclass instance carries its class and every field's name, and is rebuilt through
    ``copyreg``: twice the time to read back in the crawl process); any other item as it is."""
    from crawler.items import Article

    item = value[0]
    if type(item) is Article:
        fields = vars(item)
        if tuple(fields) == _article_fields():  # no attribute but the fields, in their order
            return ((_ARTICLE, tuple(fields.values())), *value[1:])
    return value


def _unpack_answer(value: Any) -> Any:
    """:func:`_pack_answer` undone: the item an :class:`~crawler.items.Article` again, the same as the
    one pickled whole would be (a new instance, its fields' values in order, nothing else)."""
    if type(value) is tuple and value and type(item := value[0]) is tuple and len(item) == 2 and item[0] == _ARTICLE:
        from crawler.items import Article

        article = Article.__new__(Article)
        vars(article).update(zip(_article_fields(), item[1], strict=True))
        return (article, *value[1:])
    return value


def _answer(task: int, value: tuple) -> bytes:
    try:
        return pickle.dumps((task, True, _pack_answer(value)), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception as exc:  # noqa: BLE001 - an item that cannot be pickled: raised in the crawl process
        return _error_answer(task, exc)


def _error_answer(task: int, exc: BaseException) -> bytes:
    try:
        return pickle.dumps((task, False, exc), protocol=pickle.HIGHEST_PROTOCOL)
    except Exception:  # noqa: BLE001 - an exception that cannot be pickled
        return pickle.dumps((task, False, RuntimeError(f"{type(exc).__name__}: {exc}")))


def _stage_and_answer(send, task: int, settings: Any, value: tuple, body: bytes) -> None:
    """Stage the raw page of a parsed item, then answer with ``(digest, staged path)`` as its raw page
    (the digest alone when staging failed or the page's file exists: the crawl process then writes
    it, or flushes the existing file, as it always did)."""
    item, records, stats, digest = value
    try:
        staged = stage_raw_page(settings.get("GOVNEWS_RAW_DIR"), item.source or "unknown", digest, body,
                                fsync=settings.getbool("GOVNEWS_JOURNAL_FSYNC", True))
    except Exception:  # noqa: BLE001 - e.g. a full disk: the crawl process writes the page itself
        staged = None
    try:
        send(_answer(task, (item, records, stats, digest if staged is None else (digest, staged))))
    except OSError:  # the crawl process is gone
        pass


def _stages(settings: Any) -> bool:
    """Raw pages are staged in the worker when they are kept (a raw directory) and written through the
    journal (the crawl process's journal writer renames staged pages into place, flushed to disk with
    the journal's ``GOVNEWS_JOURNAL_FSYNC``, before it writes their lines)."""
    return bool(settings.get("GOVNEWS_RAW_DIR")) and bool(settings.get("GOVNEWS_JOURNAL"))


_STAGED = itertools.count(1)
_FOLDERS: set[str] = set()


def stage_raw_page(raw_dir: str, source: str, digest: str, body: bytes, *, fsync: bool = True) -> str | None:
    """Write the raw page ``body`` gzip-compressed beside its content-addressed file
    ``<raw_dir>/<source>/<digest>.html.gz``, under a name of its own (``.<digest>.html.gz.<pid>.<n>.staged``),
    flushed to disk with ``fsync``; returns that path, or ``None`` when the page's file exists already
    (nothing written).

    The crawl process renames the staged file to its final name when the item reaches the raw-page
    pipeline (:class:`crawler.pipelines.StagedPage`), or deletes it when the item is dropped before:
    the raw pages kept are those of a crawl that writes them itself, byte for byte."""
    folder = os.path.join(raw_dir, source)
    if folder not in _FOLDERS:
        os.makedirs(folder, exist_ok=True)
        _FOLDERS.add(folder)
    final = os.path.join(folder, f"{digest}.html.gz")
    if os.path.exists(final):
        return None
    import gzip

    data = gzip.compress(body, mtime=0)
    staged = os.path.join(folder, f".{digest}.html.gz.{os.getpid()}.{next(_STAGED)}.staged")
    fd = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        written = os.write(fd, data)
        while written < len(data):
            written += os.write(fd, data[written:])
        if fsync:
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        os.unlink(staged)
        raise
    os.close(fd)
    return staged


def _spider(cls: type, spec: dict[str, Any]):
    spider = _SPIDERS.get(spec["key"])
    if spider is None:
        from scrapy.settings import Settings

        spider = cls(*spec["args"], **spec["kwargs"])
        spider.settings = Settings(spec["settings"])
        _SPIDERS[spec["key"]] = spider
    return spider


def parse_in_worker(cls: type, spec: dict[str, Any], page: dict[str, Any]):
    """``parse_article`` of one page in a worker: ``(item or None, log records, stats counts, raw page)``;
    with ``GOVNEWS_RAW_DIR`` the raw page of an item is named by the sha256 of its bytes (hex), else ``None``."""
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
    raw = None
    if item is not None and spider.settings.get("GOVNEWS_RAW_DIR"):
        # the raw page's name (sha256 of its bytes), made here instead of in the crawl process
        raw = hashlib.sha256(page["body"]).hexdigest()
    return item, records, stats, raw
