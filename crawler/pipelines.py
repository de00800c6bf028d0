"""Stage 1 (crawl): item pipelines — validation, dedupe, raw HTML archive, journal, incremental state.

Must not import ``extract`` or ``kb``. All pipelines use the Scrapy ≥ 2.14 ``process_item(self, item)``
signature, read items through ``ItemAdapter`` (:func:`adapt`: direct field access for the spiders'
own :class:`~crawler.items.Article`) and are built with ``from_crawler``; :class:`ItemPipelines`
(``ITEM_PROCESSOR``) runs them with less of Scrapy's per-item machinery.

Crash safety comes from the order: the raw page is written (temp file + rename), then the item is
appended to the journal (``GOVNEWS_JOURNAL``, one JSON line, flushed and fsync'd), and only then does
the incremental state record its URL as known. A crawl killed at any point therefore never leaves a
known URL whose article is not in a journal. With a journal, the raw page's compression, write and
``fsync`` and the journal's ``write`` + ``fsync`` run off the reactor thread (:class:`JournalWriter`:
the items waiting together are written as one group, their raw pages first, their lines second, one
journal ``fsync``), all before the items go on to the state.
"""

from __future__ import annotations

import asyncio
import dataclasses
import gzip
import hashlib
import inspect
import json
import logging
import os
import queue
import re
import sys
import threading
import weakref
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from scrapy.exceptions import DropItem
from scrapy.pipelines import ItemPipelineManager
from scrapy.utils.defer import ensure_awaitable
from scrapy.utils.python import global_object_name
from twisted.internet.defer import Deferred

from crawler.items import Article

logger = logging.getLogger(__name__)

_ARTICLE_FIELD_ORDER = tuple(f.name for f in dataclasses.fields(Article))
_ARTICLE_FIELDS = frozenset(_ARTICLE_FIELD_ORDER)


class ArticleFields:
    """``ItemAdapter`` of a :class:`crawler.items.Article` (``get``, ``[]``, ``field_names``, ``asdict``)
    without its per-item set-up: a pipeline reads and sets the dataclass's fields directly."""

    __slots__ = ("item",)

    def __init__(self, item: Article) -> None:
        self.item = item

    def get(self, name: str, default: Any = None) -> Any:
        return getattr(self.item, name, default) if name in _ARTICLE_FIELDS else default

    def __getitem__(self, name: str) -> Any:
        if name not in _ARTICLE_FIELDS:
            raise KeyError(name)
        return getattr(self.item, name)

    def __setitem__(self, name: str, value: Any) -> None:
        if name not in _ARTICLE_FIELDS:
            raise KeyError(f"{type(self.item).__name__} does not support field: {name}")
        setattr(self.item, name, value)

    def __contains__(self, name: object) -> bool:
        return name in _ARTICLE_FIELDS

    def field_names(self) -> list[str]:
        return list(_ARTICLE_FIELDS)

    def asdict(self) -> dict[str, Any]:
        return dataclasses.asdict(self.item)


def adapt(item: Any) -> Any:
    """The item's field access: :class:`ArticleFields` for the spiders' own :class:`~crawler.items.Article`,
    ``itemadapter.ItemAdapter`` for any other item (a dict, another dataclass, a ``scrapy.Item``)."""
    if type(item) is Article:
        return ArticleFields(item)
    from itemadapter import ItemAdapter

    return ItemAdapter(item)


class ItemPipelines(ItemPipelineManager):
    """Scrapy's item pipeline manager (``ITEM_PROCESSOR``) with a cheaper chain: each pipeline's
    ``process_item`` is called in ``ITEM_PIPELINES`` order as Scrapy calls it, but a plain return value
    goes straight to the next pipeline instead of through a coroutine made for it (and a Deferred or
    coroutine is awaited as Scrapy awaits it). A crawl's seven pipelines then cost an item one
    coroutine instead of eight; what each pipeline sees and returns, and ``DropItem``, are unchanged.
    """

    async def process_item_async(self, item: Any) -> Any:
        needs_spider = self._mw_methods_requiring_spider
        method: Any
        for method in self.methods["process_item"]:
            result = method(item, self._spider) if needs_spider and method in needs_spider else method(item)
            if type(result) is Article:  # the common answer: neither a Deferred nor awaitable
                item = result
                continue
            if isinstance(result, Deferred):
                result = await ensure_awaitable(result, _warn=global_object_name(method))
            elif inspect.isawaitable(result):
                result = await result
            item = result
        return item


class ValidationPipeline:
    """Drop incomplete items, log per-field failure rates, fail the run above a threshold.

    Settings: ``GOVNEWS_REQUIRED_FIELDS``, ``GOVNEWS_MIN_BODY_CHARS``, ``GOVNEWS_MAX_INVALID_RATIO``.
    A failed run sets the stat ``govnews/validation_failed`` (``govnews crawl`` then exits non-zero).
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.required = settings.getlist("GOVNEWS_REQUIRED_FIELDS")
        self.min_body = settings.getint("GOVNEWS_MIN_BODY_CHARS", 40)
        self.max_invalid = settings.getfloat("GOVNEWS_MAX_INVALID_RATIO", 0.2)
        self.seen = 0
        self.invalid = 0
        self.field_failures: Counter[str] = Counter()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        adapter = adapt(item)
        self.seen += 1
        missing = [name for name in self.required if not adapter.get(name)]
        if len(adapter.get("body_text") or "") < self.min_body and "body_text" not in missing:
            missing.append("body_text")
        if missing:
            self.invalid += 1
            self.field_failures.update(missing)
            for name in missing:
                self.crawler.stats.inc_value(f"govnews/invalid/{name}")
            raise DropItem(f"incomplete item {adapter.get('url')}: missing {', '.join(missing)}")
        return item

    def close_spider(self) -> None:
        if not self.seen:
            return
        for name, count in sorted(self.field_failures.items()):
            logger.info("validation: %s missing in %d/%d items (%.0f%%)", name, count, self.seen, 100 * count / self.seen)
        ratio = self.invalid / self.seen
        self.crawler.stats.set_value("govnews/invalid_ratio", round(ratio, 3))
        if ratio > self.max_invalid:
            self.crawler.stats.set_value("govnews/validation_failed", 1)
            logger.error(
                "validation failed: %d/%d items invalid (%.0f%% > %.0f%%)",
                self.invalid, self.seen, 100 * ratio, 100 * self.max_invalid,
            )


class DedupePipeline:
    """Drop items whose ``id`` was already seen in this run."""

    def __init__(self) -> None:
        self.ids: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls()

    def process_item(self, item):
        item_id = adapt(item).get("id")
        if item_id in self.ids:
            raise DropItem(f"duplicate id {item_id}")
        self.ids.add(item_id)
        return item


class RawHtmlPipeline:
    """Keep the raw page bytes gzip-compressed under ``GOVNEWS_RAW_DIR``; sets ``item.raw_path``.

    The spider hands the bytes over in ``spider.raw_pages[url]`` and, from its parse worker, their sha256
    in ``spider.raw_digests[url]`` and the file the worker wrote them to, compressed and flushed, in
    ``spider.raw_staged[url]`` (all popped here, so memory stays flat): a staged file is renamed into
    place instead of compressing and writing the bytes again (:class:`StagedPage`), and the staged file
    of an item dropped before this pipeline is deleted.
    Files are content-addressed: ``<raw_dir>/<source>/<sha256 of bytes>.html.gz``.
    """

    def __init__(self, crawler, raw_dir: str | None) -> None:
        self.crawler = crawler
        self.raw_dir = Path(raw_dir) if raw_dir else None
        #: with a journal, :class:`JournalPipeline` fsyncs the page (off the reactor thread) before
        #: it writes the item's line; without one the page is fsync'd here
        self.sync = not crawler.settings.get("GOVNEWS_JOURNAL")
        #: with the journal pipeline on, the page is compressed and written there too (worker thread)
        pipelines = crawler.settings.getwithbase("ITEM_PIPELINES")
        self.defer = not self.sync and pipelines.get(f"{__name__}.JournalPipeline") is not None
        #: source → its folder, created once
        self.folders: dict[str, Path] = {}
        #: source → ``str`` of its folder
        self.folder_names: dict[str, str] = {}

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler, crawler.settings.get("GOVNEWS_RAW_DIR"))
        from scrapy import signals

        crawler.signals.connect(pipeline.item_dropped, signal=signals.item_dropped)
        return pipeline

    def open_spider(self) -> None:
        if self.raw_dir is not None:
            remove_stale_staged(self.raw_dir)

    def item_dropped(self, item, *args: Any, **kwargs: Any) -> None:
        """An item dropped before this pipeline: the page the parse worker staged for it goes."""
        staged = getattr(self.crawler.spider, "raw_staged", None)
        if staged:
            try:
                url = adapt(item).get("url")
            except Exception:  # noqa: BLE001 - not an item this pipeline could read
                return
            entry = staged.get(url) if isinstance(url, str) else None
            if entry is not None and entry[1] is item:  # not a later fetch's page of the same URL
                del staged[url]
                _unlink(entry[0])

    def close_spider(self) -> None:
        staged = getattr(self.crawler.spider, "raw_staged", None)
        while staged:  # pages of items that never reached this pipeline
            _unlink(staged.popitem()[1][0])

    def process_item(self, item):
        spider = self.crawler.spider
        adapter = adapt(item)
        url = adapter.get("url")
        raw = getattr(spider, "raw_pages", {}).pop(url, None)
        digest = getattr(spider, "raw_digests", {}).pop(url, None)
        entry = getattr(spider, "raw_staged", {}).pop(url, None)
        staged = None if entry is None else entry[0]
        if self.raw_dir is None or raw is None:
            if staged is not None:
                _unlink(staged)
            return item
        source = adapter.get("source") or "unknown"
        folder_name = self.folder_names.get(source)
        if folder_name is None:
            folder = self.folders[source] = self.raw_dir / source
            folder.mkdir(parents=True, exist_ok=True)
            folder_name = self.folder_names[source] = str(folder)
        # str(folder / name), joined as a string (the name is a plain file name: the same path)
        path = os.path.join(folder_name, f"{digest or hashlib.sha256(raw).hexdigest()}.html.gz")  # the worker's hash, if any
        if self.defer:
            # compressed and written (unless the file exists) by JournalPipeline on its worker thread,
            # before the journal line: a stat here waits for the disk while other pages' files sync; a
            # page the parse worker staged is only renamed there
            pending = pending_raw_pages(self.crawler)
            if path not in pending:
                pending[path] = raw if staged is None else StagedPage(staged)
            elif staged is not None:  # the same bytes wait to be written already (content-addressed)
                _unlink(staged)
        elif staged is not None:
            write_raw_page(path, StagedPage(staged), sync=self.sync)
        elif not (target := Path(path)).exists():
            write_atomic(target, gzip.compress(raw, mtime=0), sync=self.sync)
        adapter["raw_path"] = path
        return item


class StagedPage:
    """A raw page the parse worker wrote already (:func:`crawler.parse_pool.stage_raw_page`): compressed,
    flushed to disk as the journal is, under a name of its own beside its final path; writing it is a
    rename (:func:`write_raw_page`)."""

    __slots__ = ("path",)

    def __init__(self, path: str) -> None:
        self.path = path

    def __repr__(self) -> str:
        return f"StagedPage({self.path!r})"


_STAGED_NAME = re.compile(r"^\.[0-9a-f]{64}\.html\.gz\.(\d+)\.\d+\.staged$")
#: raw directories already cleaned by this process
_CLEANED: set[str] = set()


def remove_stale_staged(raw_dir: str | Path) -> int:
    """Delete the staged raw pages (:func:`crawler.parse_pool.stage_raw_page`) a killed crawl left under
    ``raw_dir``: those whose parse worker (the process id in the name) is gone. A crawl staging pages
    into the same directory meanwhile keeps its own. Done once per directory and process; returns the
    number of files deleted."""
    key = os.path.abspath(raw_dir)
    if key in _CLEANED:
        return 0
    _CLEANED.add(key)
    removed = 0
    try:
        folders = [entry.path for entry in os.scandir(key) if entry.is_dir()]
    except OSError:
        return 0
    alive: dict[int, bool] = {}
    for folder in folders:
        try:
            names = [entry.name for entry in os.scandir(folder) if entry.name.endswith(".staged")]
        except OSError:
            continue
        for name in names:
            match = _STAGED_NAME.match(name)
            if match is None:
                continue
            pid = int(match.group(1))
            if pid not in alive:
                alive[pid] = _process_alive(pid)
            if not alive[pid]:
                _unlink(os.path.join(folder, name))
                removed += 1
    if removed:
        logger.info("removed %d staged raw page(s) left by an interrupted crawl under %s", removed, key)
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # e.g. another user's process
        return True
    return True


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


_PENDING: weakref.WeakKeyDictionary[Any, dict[str, bytes | StagedPage]] = weakref.WeakKeyDictionary()


def pending_raw_pages(crawler) -> dict[str, bytes | StagedPage]:
    """Raw pages :class:`RawHtmlPipeline` left for :class:`JournalPipeline` to write: path → page bytes,
    or the page the parse worker staged (an entry stays until its file is written)."""
    pending = _PENDING.get(crawler)
    if pending is None:
        pending = _PENDING[crawler] = {}
    return pending


def write_raw_page(path: str, raw: bytes | StagedPage, *, sync: bool) -> None:
    """Write one raw page gzip-compressed (:func:`write_atomic`) unless its file exists (the files are
    content-addressed; an existing one is only flushed, with ``sync``). ``zlib`` and the file calls
    release the GIL, so on a worker thread this overlaps the reactor's work.

    A :class:`StagedPage` (compressed and flushed by the parse worker) is renamed to ``path``, or
    deleted when ``path`` exists: the file ``path`` then holds what writing the bytes here would have
    written, as durably (the worker flushed it with the journal's ``GOVNEWS_JOURNAL_FSYNC``, as
    :func:`write_atomic` flushes its temporary file before its rename)."""
    if os.path.exists(path):
        if isinstance(raw, StagedPage):
            _unlink(raw.path)
        if sync:
            fsync_file(path)
        return
    if isinstance(raw, StagedPage):
        os.replace(raw.path, path)
        return
    write_atomic(Path(path), gzip.compress(raw, mtime=0), sync=sync)


def write_atomic(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Write ``data`` to a temporary file beside ``path``, flush it to disk, rename it over ``path``.

    A reader (or a process crash) sees the old file or the whole new one, never a truncated file.
    ``sync=False`` leaves the flush to disk to the caller (:func:`fsync_file` before relying on it).
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            if sync:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def fsync_file(path: str | Path) -> None:
    """Flush a written file's data to disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


async def in_thread(func, *args):
    """``func(*args)`` on the reactor's thread pool while a crawl runs (blocking I/O such as ``fsync``
    then does not stop the parsing of other pages); called directly outside a running reactor."""
    reactor = sys.modules.get("twisted.internet.reactor")
    if reactor is None or not getattr(reactor, "running", False):
        return func(*args)
    from scrapy.utils.defer import maybe_deferred_to_future
    from twisted.internet.threads import deferToThread

    return await maybe_deferred_to_future(deferToThread(func, *args))


def item_json(item) -> str:
    """One item as its NDJSON line (no newline), as Scrapy's ``jsonlines`` exporter writes it."""
    if type(item) is Article:
        # the fields in order, as asdict() gives them; json.dumps needs no deep copy of the lists
        data = {name: getattr(item, name) for name in _ARTICLE_FIELD_ORDER}
    elif dataclasses.is_dataclass(item) and not isinstance(item, type):
        data = dataclasses.asdict(item)  # the same dict as ItemAdapter's, in a third of the time
    else:
        data = adapt(item).asdict()
    return _JSON_LINE.encode(data)


#: ``json.dumps(…, ensure_ascii=False, default=str)`` (which builds this encoder at every call), built once
_JSON_LINE = json.JSONEncoder(ensure_ascii=False, default=str)


class JournalPipeline:
    """Append every item to ``GOVNEWS_JOURNAL`` (NDJSON) and flush it to disk before anything else.

    The journal is opened for appending, so lines of an earlier, interrupted crawl stay in it; each
    item is one ``write()`` of a whole line followed by ``fsync`` (``GOVNEWS_JOURNAL_FSYNC``). With
    incremental state, the item's ``revision`` is settled here (read-only) so the journal line carries
    it; :class:`IncrementalStatePipeline` records it afterwards. An item the state already knows with
    the same body (an article that is itself a start URL, fetched every run) is dropped: nothing new.
    """

    def __init__(self, crawler, path: str | None) -> None:
        self.crawler = crawler
        self.path = Path(path) if path else None
        self.fsync = crawler.settings.getbool("GOVNEWS_JOURNAL_FSYNC", True)
        self.fd: int | None = None
        self.lock = threading.Lock()  # whole lines: one writer at a time (the fsyncs may overlap)
        self.pending = pending_raw_pages(crawler)
        self.writer: JournalWriter | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, crawler.settings.get("GOVNEWS_JOURNAL"))

    async def process_item(self, item):
        state = getattr(self.crawler.spider, "state", None)
        adapter = adapt(item)
        if state is not None and state.unchanged(adapter.get("url"), adapter.get("content_sha256")):
            # fetched again though known (a start URL that is an article): nothing new to write
            self._write_pending(adapter.get("raw_path"))
            self.crawler.stats.inc_value("govnews/unchanged")
            raise DropItem(f"unchanged since the last crawl: {adapter.get('url')}", log_level="DEBUG")
        if self.path is None:
            self._write_pending(adapter.get("raw_path"))
            return item
        if state is not None:
            adapter["revision"] = state.next_revision(adapter.get("url"), adapter.get("content_sha256"))
        if self.fd is None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.fd = os.open(self.path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        data = (item_json(item) + "\n").encode("utf-8")
        raw_path = adapter.get("raw_path")
        raw = self.pending.get(raw_path) if raw_path else None
        writer = self._writer()
        if writer is None:
            await in_thread(self._append, self.fd, data, raw_path, raw)
        else:
            await writer.submit((data, raw_path, raw))
        self.crawler.stats.inc_value("govnews/journal_items")
        return item

    def _writer(self) -> JournalWriter | None:
        """The journal's writer thread, while a crawl runs on the asyncio reactor (else ``None``)."""
        if self.writer is None:
            reactor = sys.modules.get("twisted.internet.reactor")
            if reactor is None or not getattr(reactor, "running", False):
                return None
            try:
                loop = asyncio.get_running_loop()
            except RuntimeError:
                return None
            self.writer = JournalWriter(self, loop)
        return self.writer

    def _append(self, fd: int, data: bytes, raw_path: str | None, raw: bytes | StagedPage | None) -> None:
        """The raw page written (when :class:`RawHtmlPipeline` left it) and flushed to disk, then the
        item's line appended and flushed (worker thread)."""
        if raw_path and raw is not None:
            write_raw_page(raw_path, raw, sync=self.fsync)
            self.pending.pop(raw_path, None)
        elif raw_path and self.fsync:
            fsync_file(raw_path)
        with self.lock:
            written = os.write(fd, data)
            while written < len(data):  # a regular file takes it all at once; be safe anyway
                written += os.write(fd, data[written:])
        if self.fsync:
            os.fsync(fd)

    def _write_pending(self, raw_path: str | None) -> None:
        """Write the raw page of an item that goes no further (as :class:`RawHtmlPipeline` would have)."""
        raw = self.pending.pop(raw_path, None) if raw_path else None
        if raw is not None and raw_path:
            write_raw_page(raw_path, raw, sync=False)

    def close_spider(self) -> None:
        if self.writer is not None:
            self.writer.stop()
            self.writer = None
        for raw_path in list(self.pending):  # items dropped after RawHtmlPipeline: their pages are kept too
            self._write_pending(raw_path)
        if self.fd is not None:
            os.close(self.fd)
            self.fd = None


class JournalWriter:
    """The journal's writer thread: the items waiting when it wakes are written as one group.

    For a group, every item's raw page is written and flushed to disk first (side by side, on a few
    threads), then all their lines go
    to the journal in one ``write`` and one ``fsync``, and only then are the items released (to the
    incremental state): the order of issue 11 for each item, with one journal ``fsync`` and one
    wake-up of the event loop per group instead of per item. An item whose raw page cannot be written
    fails alone (its line is not written); a failed journal write fails the whole group.

    The items submitted in one turn of the event loop are handed to the thread together at the end of
    that turn: one wake-up of the thread (and one queue operation) per turn instead of one per item.
    """

    def __init__(self, journal: JournalPipeline, loop: asyncio.AbstractEventLoop) -> None:
        self.journal = journal
        self.loop = loop
        self.queue: queue.SimpleQueue[list[tuple[tuple[bytes, str | None, bytes | StagedPage | None],
                                                 asyncio.Future]] | None] = queue.SimpleQueue()
        #: the items submitted in this turn of the event loop, handed over by :meth:`_hand_over`
        self.batch: list[tuple[tuple[bytes, str | None, bytes | StagedPage | None], asyncio.Future]] = []
        self.raw_writers = ThreadPoolExecutor(8, thread_name_prefix="govnews-raw")
        self.thread = threading.Thread(target=self._run, name="govnews-journal", daemon=True)
        self.thread.start()

    def submit(self, entry: tuple[bytes, str | None, bytes | StagedPage | None]) -> asyncio.Future:
        """Queue one item: ``(its journal line, its raw page path, the page bytes left by RawHtmlPipeline)``."""
        future = self.loop.create_future()
        self.batch.append((entry, future))
        if len(self.batch) == 1:
            self.loop.call_soon(self._hand_over)
        return future

    def _hand_over(self) -> None:
        batch, self.batch = self.batch, []
        if batch:
            self.queue.put(batch)

    def stop(self) -> None:
        self._hand_over()
        self.queue.put(None)
        self.thread.join(timeout=60)
        self.raw_writers.shutdown(wait=False)

    def _run(self) -> None:
        while True:
            first = self.queue.get()
            if first is None:
                return
            group = list(first)
            stop = False
            while True:
                try:
                    more = self.queue.get_nowait()
                except queue.Empty:
                    break
                if more is None:
                    stop = True
                    break
                group.extend(more)
            results = self._write(group)
            self.loop.call_soon_threadsafe(_settle, results)
            if stop:
                return

    def _write(self, group: list) -> list[tuple[asyncio.Future, BaseException | None]]:
        journal = self.journal
        results: list[tuple[asyncio.Future, BaseException | None]] = []
        lines: list[bytes] = []
        entries = [entry for entry, _future in group]
        # the group's raw pages are written and flushed side by side (a disk takes concurrent fsyncs in
        # one commit), all before any of its lines; a page the parse worker staged is renamed here
        errors: list[BaseException | None] = [None] * len(entries)
        by_pool = [i for i, entry in enumerate(entries) if not isinstance(entry[2], StagedPage)]
        for i, entry in enumerate(entries):
            if isinstance(entry[2], StagedPage):
                errors[i] = self._raw_page(entry)
        if len(by_pool) > 1:
            for i, error in zip(by_pool, self.raw_writers.map(self._raw_page, [entries[i] for i in by_pool]),
                                strict=True):
                errors[i] = error
        elif by_pool:
            errors[by_pool[0]] = self._raw_page(entries[by_pool[0]])
        for ((data, _raw_path, _raw), future), error in zip(group, errors, strict=True):
            results.append((future, error))
            if error is None:
                lines.append(data)
        if lines:
            try:
                data = b"".join(lines)
                assert journal.fd is not None
                with journal.lock:
                    written = os.write(journal.fd, data)
                    while written < len(data):  # a regular file takes it all at once; be safe anyway
                        written += os.write(journal.fd, data[written:])
                if journal.fsync:
                    os.fsync(journal.fd)
            except BaseException as exc:  # noqa: BLE001 - the group's lines are not durable
                results = [(future, error or exc) for future, error in results]
        return results

    def _raw_page(self, entry: tuple[bytes, str | None, bytes | StagedPage | None]) -> BaseException | None:
        """One item's raw page written (when :class:`RawHtmlPipeline` left it) and flushed to disk; the
        error, if it failed."""
        _data, raw_path, raw = entry
        journal = self.journal
        try:
            if raw_path and raw is not None:
                write_raw_page(raw_path, raw, sync=journal.fsync)
                journal.pending.pop(raw_path, None)
            elif raw_path and journal.fsync:
                fsync_file(raw_path)
        except BaseException as exc:  # noqa: BLE001 - this item fails; the others go on
            return exc
        return None


def _settle(results: list[tuple[asyncio.Future, BaseException | None]]) -> None:
    for future, error in results:
        if future.done():
            continue
        if error is None:
            future.set_result(None)
        else:
            future.set_exception(error)


class IncrementalStatePipeline:
    """Record each item in the crawl state and set ``item.revision`` (``GOVNEWS_INCREMENTAL``).

    Runs after :class:`JournalPipeline`: a URL becomes known only once its article is durable. The
    state is closed by :class:`crawler.middlewares.ListWalkMiddleware` when the spider closes (it
    records whether the walk finished first).
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        #: the event loop a flush of the state is scheduled on (``None``: none is)
        self.flush_scheduled: asyncio.AbstractEventLoop | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _flush_soon(self, state) -> bool:
        """Schedule ``state.flush()`` once on the running event loop, after the items the journal
        released with this one have been recorded too (they resume in the same loop iteration); False
        when no event loop runs (the item is then recorded at once)."""
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return False
        if self.flush_scheduled is loop:
            return True
        loop.call_soon(self._flush, state)
        self.flush_scheduled = loop
        return True

    def _flush(self, state) -> None:
        self.flush_scheduled = None
        try:
            state.flush()
        except Exception:  # noqa: BLE001 - kept for the next flush (or lost: the next run fetches them again)
            logger.exception("%s: cannot write the crawl state", getattr(self.crawler.spider, "name", "crawl"))

    def close_spider(self) -> None:
        state = getattr(self.crawler.spider, "state", None)
        flush = getattr(state, "flush", None)
        if flush is not None:
            flush()

    def process_item(self, item):
        spider = self.crawler.spider
        state = getattr(spider, "state", None)
        if state is None:
            return item
        adapter = adapt(item)
        url = adapter.get("url")
        record = state.record
        record_later = getattr(state, "record_later", None)
        if record_later is not None and self._flush_soon(state):
            record = record_later
        revision = record(
            url=url,
            source=adapter.get("source"),
            article_id=adapter.get("id"),
            content_sha256=adapter.get("content_sha256"),
            list_fp=spider.list_fingerprints.get(url),
        )
        if revision > 1:
            self.crawler.stats.inc_value("govnews/revisions")
        adapter["revision"] = revision
        return item

