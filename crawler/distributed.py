"""Stage 1 (crawl): several crawler processes on several machines, sharing one Redis (scrapy-redis).

Must not import ``extract`` or ``kb``. ``govnews crawl --redis URL`` and ``govnews run --redis URL``
turn these on with :func:`redis_settings`:

- **Shared request queue and duplicate filter** (scrapy-redis): every request of a spider goes to the
  sorted set ``govnews:<job>:<spider>:requests`` and its fingerprint to ``…:dupefilter``; both persist
  across restarts, so each page is fetched by one worker only. ``<job>`` names one crawl (default:
  the UTC date), so tomorrow's crawl starts with an empty duplicate filter. Start URLs are filtered
  too (Scrapy marks them ``dont_filter``): the first worker enqueues them, the others skip them.
- **No request lost**: a worker pops a request and, in the same Redis script, parks it in its own
  in-flight hash ``…:inflight:<worker>``. The request leaves that hash once its page was handled
  (every item it produced has passed the journal). A worker killed at any point and started again
  with the same ``--worker`` name puts its in-flight requests back in the queue first: nothing is
  lost, and a page whose article was written is not fetched again.
- **One article, one worker**: :class:`ItemClaimPipeline` claims each article id for the job in Redis
  before the journal; another worker's copy (the same article under a second URL) is dropped.
- **Incremental state in Redis** (:class:`RedisCrawlState`, keys ``govnews:state:…``): the same
  interface as :class:`crawler.state.CrawlState`, seen by every worker. The journal-before-state order
  of :mod:`crawler.pipelines` is kept: a URL is known only once its article is in a journal.
- **Workers end on their own**: a spider closes when its queue stayed empty for
  ``GOVNEWS_REDIS_IDLE_TIMEOUT`` seconds.
- **Output**: each worker writes its own file (:func:`worker_output`: the worker name in the file
  name) and can push its items to the Redis list ``govnews:items`` (:func:`push_items`), which
  ``govnews run --redis`` drains into its pending batch (:func:`pull_items`) and loads. Only that one
  process writes the SQLite knowledge base.
"""

from __future__ import annotations

import json
import logging
import os
import socket
import sqlite3
import time
from collections.abc import AsyncIterator, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from crawler.dates import now_utc_iso
from crawler.state import UNPARSED, state_key

logger = logging.getLogger(__name__)

#: Redis list the workers push their items to (``--push-items``); ``govnews run --redis`` drains it
ITEMS_KEY = "govnews:items"
STATE_PREFIX = "govnews:state:"


def default_worker() -> str:
    """The default worker name: the host name (give ``--worker`` to run several on one host)."""
    return socket.gethostname().split(".")[0] or "worker"


def default_job() -> str:
    """The default crawl name: today's UTC date (one shared queue and duplicate filter per day)."""
    return datetime.now(UTC).strftime("%Y-%m-%d")


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in name) or "worker"


def worker_output(output: str | Path, worker: str) -> Path:
    """``data/articles.jsonl`` → ``data/articles.<worker>.jsonl``: one output file per worker."""
    output = Path(output)
    return output.with_name(f"{output.stem}.{_safe(worker)}{output.suffix or '.jsonl'}")


def redis_settings(url: str, *, worker: str | None = None, job: str | None = None, incremental: bool = False,
                   idle_timeout: float | None = None) -> dict[str, Any]:
    """The Scrapy settings of a distributed crawl worker.

    :param url: ``redis://host:port/db``
    :param worker: this worker's name (stable across restarts; default :func:`default_worker`)
    :param job: the crawl's name shared by its workers (default :func:`default_job`)
    :param incremental: keep the incremental state in Redis (instead of the SQLite file)
    :param idle_timeout: seconds a spider's queue must stay empty before the worker closes it
    """
    job = job or default_job()
    settings: dict[str, Any] = {
        "GOVNEWS_REDIS_URL": url,
        "REDIS_URL": url,
        "GOVNEWS_WORKER_ID": _safe(worker or default_worker()),
        "GOVNEWS_REDIS_JOB": _safe(job),
        "SCHEDULER": "crawler.distributed.Scheduler",
        "SCHEDULER_QUEUE_CLASS": "crawler.distributed.InflightPriorityQueue",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_IDLE_BEFORE_CLOSE": 0,
        "SCHEDULER_QUEUE_KEY": f"govnews:{_safe(job)}:%(spider)s:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"govnews:{_safe(job)}:%(spider)s:dupefilter",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        # take one request at a time from the shared queue: a worker that pulled several would keep
        # them waiting behind its own download delay while the other workers sit idle
        "CONCURRENT_REQUESTS": 1,
        # the spider's state comes from Redis (set by DistributedMiddleware), not the SQLite file
        "GOVNEWS_INCREMENTAL": False,
        "GOVNEWS_REDIS_STATE": bool(incremental),
    }
    if idle_timeout is not None:
        settings["GOVNEWS_REDIS_IDLE_TIMEOUT"] = idle_timeout
    return settings


class RedisAddon:
    """Scrapy add-on (``ADDONS`` in ``crawler/settings.py``): ``GOVNEWS_REDIS_URL`` alone turns a crawl
    into a distributed worker, e.g. a Scrapyd job scheduled with ``-d setting=GOVNEWS_REDIS_URL=…``
    (plus ``GOVNEWS_WORKER_ID``, ``GOVNEWS_REDIS_JOB``, ``GOVNEWS_REDIS_STATE`` if wanted). Settings
    given on the command line (``-s``) still win."""

    @classmethod
    def from_crawler(cls, crawler):
        return cls()

    def update_settings(self, settings) -> None:
        url = settings.get("GOVNEWS_REDIS_URL")
        if not url:
            return
        incremental = settings.getbool("GOVNEWS_REDIS_STATE") or settings.getbool("GOVNEWS_INCREMENTAL")
        wanted = redis_settings(url, worker=settings.get("GOVNEWS_WORKER_ID"), job=settings.get("GOVNEWS_REDIS_JOB"),
                                incremental=incremental)
        wanted["GOVNEWS_REDIS_STATE"] = incremental
        for name, value in wanted.items():
            settings.set(name, value, priority="project")


def connect(url: str):
    """A Redis client (bytes replies)."""
    import redis

    return redis.Redis.from_url(url, socket_timeout=30, socket_connect_timeout=10, retry_on_timeout=True)


def _keys(settings, spider_name: str) -> dict[str, str]:
    job = settings.get("GOVNEWS_REDIS_JOB") or default_job()
    worker = settings.get("GOVNEWS_WORKER_ID") or default_worker()
    base = f"govnews:{job}:{spider_name}"
    return {"inflight": f"{base}:inflight:{worker}", "items": f"govnews:{job}:items",
            "inflight_pattern": f"{base}:inflight:*"}


# -- the queue and the scheduler ------------------------------------------------------------------

_POP = """
local r = redis.call('ZRANGE', KEYS[1], 0, 0)
if #r == 0 then return false end
redis.call('ZREMRANGEBYRANK', KEYS[1], 0, 0)
local field = redis.sha1hex(r[1])
redis.call('HSET', KEYS[2], field, r[1])
return {field, r[1]}
"""


#: the scrapy-redis classes, imported (with ``redis``) only by a distributed crawl
_REDIS_CLASSES = {"InflightPriorityQueue", "Scheduler"}


def __getattr__(name: str) -> Any:
    if name in _REDIS_CLASSES:
        from crawler import distributed_redis

        return getattr(distributed_redis, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")



# -- the spider middleware: start marks, acks, idle close, the Redis state -------------------------


class DistributedMiddleware:
    """Spider middleware of a distributed crawl (on when ``GOVNEWS_REDIS_URL`` is set).

    Marks start requests (so the scheduler filters them across workers), acknowledges a request
    once every item its page produced has passed the item pipelines (journal included), keeps an idle
    spider open until its queue has stayed empty for ``GOVNEWS_REDIS_IDLE_TIMEOUT`` seconds, and,
    with ``GOVNEWS_REDIS_STATE``, gives the spider a :class:`RedisCrawlState`.
    """

    def __init__(self, crawler) -> None:
        from scrapy import signals

        self.crawler = crawler
        settings = crawler.settings
        self.server = connect(settings.get("GOVNEWS_REDIS_URL"))
        self.idle_timeout = settings.getfloat("GOVNEWS_REDIS_IDLE_TIMEOUT", 10.0)
        self.pending: dict[str, int] = {}
        self.done: set[str] = set()
        self.idle_since: float | None = None
        self.poke: Any = None
        spider = crawler.spider
        self.keys = _keys(settings, spider.name)
        self.queue_key = settings.get("SCHEDULER_QUEUE_KEY") % {"spider": spider.name}
        if settings.getbool("GOVNEWS_REDIS_STATE"):
            if getattr(spider, "state", None) is not None and hasattr(spider.state, "close"):
                spider.state.close()  # a SQLite state opened because GOVNEWS_INCREMENTAL was given too
            spider.state = RedisCrawlState(settings.get("GOVNEWS_REDIS_URL"),
                                           retry_runs=settings.getint("GOVNEWS_FAILURE_RETRY_RUNS", 3))
        for signal in (signals.item_scraped, signals.item_dropped, signals.item_error):
            crawler.signals.connect(self.item_done, signal=signal)
        crawler.signals.connect(self.spider_idle, signal=signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy.exceptions import NotConfigured

        if not crawler.settings.get("GOVNEWS_REDIS_URL"):
            raise NotConfigured
        return cls(crawler)

    # start requests: filtered across workers by the scheduler
    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        from scrapy.http import Request

        async for item in start:
            if isinstance(item, Request):
                item.meta["govnews_start"] = True
            yield item

    # acks: a page is done once its callback finished and each of its items left the pipelines
    def _ack(self, field: str) -> None:
        self.done.discard(field)
        self.pending.pop(field, None)
        self.server.hdel(self.keys["inflight"], field)

    # Scrapy calls the async form for async callbacks and the sync one otherwise; both count a page's
    # items (not its follow-up requests) and acknowledge the page once none is left to write.

    @staticmethod
    def _field(response) -> str | None:
        return getattr(response, "request", None) and response.request.meta.get("govnews_inflight")

    def _count(self, field: str | None, out: Any) -> None:
        from scrapy.http import Request

        if field and not isinstance(out, Request):
            self.pending[field] = self.pending.get(field, 0) + 1

    def _page_done(self, field: str | None) -> None:
        if field:
            if self.pending.get(field, 0) <= 0:
                self._ack(field)
            else:
                self.done.add(field)

    async def process_spider_output_async(self, response, result: AsyncIterator[Any]) -> AsyncIterator[Any]:
        field = self._field(response)
        async for out in result:
            self._count(field, out)
            yield out
        self._page_done(field)

    def process_spider_output(self, response, result: Iterable[Any]) -> Iterable[Any]:
        field = self._field(response)
        for out in result:
            self._count(field, out)
            yield out
        self._page_done(field)

    def item_done(self, item=None, response=None, **kwargs) -> None:
        request = getattr(response, "request", None)
        field = request.meta.get("govnews_inflight") if request is not None else None
        if not field or field not in self.pending:
            return
        self.pending[field] -= 1
        if self.pending[field] <= 0 and field in self.done:
            self._ack(field)

    # idle: wait for the other workers' requests until the queue stayed empty long enough
    def spider_idle(self, spider) -> None:
        from scrapy.exceptions import DontCloseSpider

        if self.server.zcard(self.queue_key) > 0:
            self.idle_since = None
            self._start_poking()
            raise DontCloseSpider
        now = time.monotonic()
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.idle_timeout:
            self._start_poking()
            raise DontCloseSpider
        self._stop_poking()

    def _start_poking(self) -> None:
        """Re-check the shared queue every 0.5 s while idle (Scrapy's own heartbeat is 5 s)."""
        if self.poke is not None:
            return
        from twisted.internet import task

        engine = self.crawler.engine
        kick = getattr(engine, "_start_scheduled_requests", None)
        if kick is None:
            return

        def tick() -> None:
            if self.server.zcard(self.queue_key) > 0:
                self.idle_since = None
            kick()

        self.poke = task.LoopingCall(tick)
        self.poke.start(0.5, now=False)

    def _stop_poking(self) -> None:
        if self.poke is not None and self.poke.running:
            self.poke.stop()
        self.poke = None

    def spider_closed(self, spider, reason: str) -> None:
        self._stop_poking()


def claim_field(article_id: object, content_sha256: object) -> str:
    """The field one article revision is claimed under in ``govnews:<job>:items``: "<article id>:<content sha256>"."""
    return f"{article_id}:{content_sha256}"


class ItemClaimPipeline:
    """Claim each article id for this crawl (``govnews:<job>:items`` hash) before the journal.

    The first worker to claim an id writes it; another worker's copy is dropped. A worker killed between
    a claim and its journal line gives the claim up when it is started again (its in-flight requests go
    back to the shared queue, and whichever worker fetches the page writes the article).
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.server = connect(crawler.settings.get("GOVNEWS_REDIS_URL"))
        self.worker = crawler.settings.get("GOVNEWS_WORKER_ID")
        self.key = _keys(crawler.settings, crawler.spider.name)["items"]

    @classmethod
    def from_crawler(cls, crawler):
        from scrapy.exceptions import NotConfigured

        if not crawler.settings.get("GOVNEWS_REDIS_URL"):
            raise NotConfigured
        return cls(crawler)

    def process_item(self, item):
        from itemadapter import ItemAdapter
        from scrapy.exceptions import DropItem

        adapter = ItemAdapter(item)
        article_id = str(adapter.get("id"))
        revision_key = claim_field(article_id, adapter.get("content_sha256"))
        if not self.server.hsetnx(self.key, revision_key, self.worker):
            owner = self.server.hget(self.key, revision_key)
            owner = owner.decode() if isinstance(owner, bytes) else owner
            if owner != self.worker:
                self.crawler.stats.inc_value("govnews/redis_claimed_elsewhere")
                raise DropItem(f"article {article_id} written by worker {owner}", log_level="DEBUG")
        return item


# -- items through Redis -----------------------------------------------------------------------


def push_items(url: str, lines: Sequence[str], key: str = ITEMS_KEY) -> int:
    """Append NDJSON item lines to the Redis list ``key`` (for ``govnews run --redis``)."""
    if not lines:
        return 0
    server = connect(url)
    pipe = server.pipeline()
    for i in range(0, len(lines), 500):
        pipe.rpush(key, *[line.encode("utf-8") for line in lines[i : i + 500]])
    pipe.execute()
    return len(lines)


def pull_items(url: str, path: str | Path, key: str = ITEMS_KEY, batch: int = 1000) -> int:
    """Move the items of the Redis list ``key`` to the NDJSON file ``path`` (appended, fsync'd).

    Each slice is written and flushed before it is trimmed from the list, so a crash repeats a
    slice at worst (loads are idempotent), never loses one.
    """
    server = connect(url)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    moved = 0
    while True:
        chunk = server.lrange(key, 0, batch - 1)
        if not chunk:
            return moved
        with path.open("ab") as out:
            for raw in chunk:
                out.write(raw.rstrip(b"\n") + b"\n")
            out.flush()
            os.fsync(out.fileno())
        server.ltrim(key, len(chunk), -1)
        moved += len(chunk)


# -- the incremental state, in Redis -----------------------------------------------------------


def _s(value: Any) -> str | None:
    if value is None:
        return None
    return value.decode("utf-8") if isinstance(value, bytes) else str(value)


class RedisCrawlState:
    """:class:`crawler.state.CrawlState` kept in Redis, so every worker sees what the others crawled.

    Keys (prefix ``govnews:state:``): ``page:<url>`` (hash: source, article_id, list_fp,
    content_sha256, revision, first_seen, last_seen), ``rev:<url>`` (revision → body hash),
    ``known:<source>`` (set of URLs), ``fail:<url>`` (hash), ``failed:<source>`` (set of URLs),
    ``walk:<source>`` (hash). URLs are stored as :func:`crawler.state.state_key` gives them.
    """

    def __init__(self, url: str, *, retry_runs: int = 3, run_id: str | None = None, prefix: str = STATE_PREFIX):
        self.url = url
        self.server = connect(url)
        self.prefix = prefix
        self.retry_runs = retry_runs
        self.run_id = run_id or now_utc_iso()

    def _k(self, kind: str, name: str) -> str:
        return f"{self.prefix}{kind}:{name}"

    def _page(self, url: str) -> dict[str, str]:
        raw = self.server.hgetall(self._k("page", state_key(url)))
        return {_s(k) or "": _s(v) or "" for k, v in raw.items()}

    def is_known(self, url: str, list_fp: str | None = None) -> bool:
        page = self._page(url)
        if not page:
            runs = _s(self.server.hget(self._k("fail", state_key(url)), "runs"))
            return bool(runs and self.retry_runs and int(runs) >= self.retry_runs)
        return list_fp is None or not page.get("list_fp") or page.get("list_fp") == list_fp

    def next_revision(self, url: str, content_sha256: str) -> int:
        page = self._page(url)
        if not page:
            return 1
        return int(page["revision"]) + (page["content_sha256"] != content_sha256)

    def unchanged(self, url: str, content_sha256: str) -> bool:
        return _s(self.server.hget(self._k("page", state_key(url)), "content_sha256")) == content_sha256

    def record(self, *, url: str, source: str, article_id: str, content_sha256: str, list_fp: str | None = None) -> int:
        if content_sha256 == UNPARSED or not article_id:
            self.record_failure(url=url, source=source, reason="unparsed page")
            return 0
        now = now_utc_iso()
        key = state_key(url)
        page = self._page(url)
        if not page:
            revision = 1
            fields = {"source": source, "article_id": article_id, "list_fp": list_fp or "",
                      "content_sha256": content_sha256, "revision": 1, "first_seen": now, "last_seen": now}
        else:
            revision = int(page["revision"]) + (page["content_sha256"] != content_sha256)
            fields = {"article_id": article_id, "list_fp": list_fp or page.get("list_fp", ""),
                      "content_sha256": content_sha256, "revision": revision, "last_seen": now}
        pipe = self.server.pipeline()
        pipe.hset(self._k("page", key), mapping=fields)
        pipe.hsetnx(self._k("rev", key), str(revision), content_sha256)
        pipe.sadd(self._k("known", source), key)
        pipe.delete(self._k("fail", key))
        pipe.srem(self._k("failed", source), key)
        pipe.execute()
        return revision

    def record_failure(self, *, url: str, source: str, reason: str) -> int:
        now = now_utc_iso()
        key = state_key(url)
        fail_key = self._k("fail", key)
        old = {_s(k): _s(v) for k, v in self.server.hgetall(fail_key).items()}
        runs = 1 if not old else int(old.get("runs") or 1) + (old.get("last_run") != self.run_id)
        fields = {"source": source, "reason": reason, "runs": runs, "last_seen": now, "last_run": self.run_id}
        if not old:
            fields["first_seen"] = now
        pipe = self.server.pipeline()
        pipe.hset(fail_key, mapping=fields)
        pipe.sadd(self._k("failed", source), key)
        pipe.execute()
        return runs

    def failure_runs(self, url: str) -> int:
        runs = _s(self.server.hget(self._k("fail", state_key(url)), "runs"))
        return int(runs) if runs else 0

    def begin_walk(self, source: str) -> bool:
        walk_key = self._k("walk", source)
        complete = _s(self.server.hget(walk_key, "complete"))
        self.server.hset(walk_key, mapping={"started_at": now_utc_iso(), "finished_at": "", "complete": 0})
        return complete is None or complete == "1"

    def end_walk(self, source: str, *, complete: bool) -> None:
        self.server.hset(self._k("walk", source), mapping={"finished_at": now_utc_iso(), "complete": int(complete)})

    def revision_count(self, url: str) -> int:
        return int(self.server.hlen(self._k("rev", state_key(url))))

    def known_urls(self, source: str | None = None) -> list[str]:
        if source:
            return sorted(_s(u) or "" for u in self.server.smembers(self._k("known", source)))
        urls: set[str] = set()
        for key in self.server.scan_iter(match=self._k("known", "*")):
            urls.update(_s(u) or "" for u in self.server.smembers(key))
        return sorted(urls)

    @property
    def db(self) -> sqlite3.Connection:
        """A throw-away SQLite view of the failures (``failures``, ``pages`` of the same URLs), for the
        list-walk middleware's query of the article pages to fetch again."""
        view = sqlite3.connect(":memory:")
        view.executescript("CREATE TABLE failures (url TEXT PRIMARY KEY, source TEXT, runs INTEGER);"
                           "CREATE TABLE pages (url TEXT PRIMARY KEY);")
        for key in self.server.scan_iter(match=self._k("failed", "*")):
            source = (_s(key) or "")[len(self._k("failed", "")):]
            for raw in self.server.smembers(key):
                url = _s(raw) or ""
                runs = self.failure_runs_key(url)
                view.execute("INSERT OR REPLACE INTO failures VALUES (?, ?, ?)", (url, source, runs))
                if self.server.exists(self._k("page", url)):
                    view.execute("INSERT OR IGNORE INTO pages VALUES (?)", (url,))
        return view

    def failure_runs_key(self, key: str) -> int:
        runs = _s(self.server.hget(self._k("fail", key), "runs"))
        return int(runs) if runs else 0

    def close(self) -> None:
        self.server.close()


def item_ids(paths: Iterable[str | Path]) -> list[str]:
    """The article ids of NDJSON files, in file order (duplicates kept)."""
    ids: list[str] = []
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            ids.extend(str(json.loads(line)["id"]) for line in fh if line.strip())
    return ids
