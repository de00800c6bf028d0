"""Stage 1 (crawl): the scrapy-redis classes of a distributed crawl (:mod:`crawler.distributed`).

Must not import ``extract`` or ``kb``. Kept apart so that a crawl on one machine never imports
``scrapy_redis`` and ``redis``: :mod:`crawler.distributed` hands these classes out on first use
(``SCHEDULER = "crawler.distributed.Scheduler"`` and ``SCHEDULER_QUEUE_CLASS`` load them by name).
"""

from __future__ import annotations

import logging

from crawler.distributed import _POP, _keys, _s, claim_field

logger = logging.getLogger("crawler.distributed")


def _priority_queue_base():
    from scrapy_redis.queue import PriorityQueue

    return PriorityQueue


class InflightPriorityQueue(_priority_queue_base()):  # type: ignore[misc]
    """scrapy-redis's priority queue; a pop parks the request in this worker's in-flight hash (atomically).

    The request carries the hash field in ``meta["govnews_inflight"]``; :meth:`ack` removes it.
    """

    def __init__(self, server, spider, key, serializer=None):
        super().__init__(server, spider, key, serializer=serializer)
        keys = _keys(spider.crawler.settings, spider.name)
        self.inflight_key = keys["inflight"]
        self.items_key = keys["items"]
        self._pop = server.register_script(_POP)

    def pop(self, timeout=0):
        found = self._pop(keys=[self.key, self.inflight_key])
        if not found:
            return None
        field, data = found
        request = self._decode_request(data)
        request.meta["govnews_inflight"] = field.decode() if isinstance(field, bytes) else field
        return request

    def ack(self, field: str) -> None:
        self.server.hdel(self.inflight_key, field)

    def release_claims(self, worker: str, journaled: frozenset[str] = frozenset()) -> int:
        """Drop the article claims a killed run of ``worker`` made for this spider and never journaled.

        Its in-flight requests go back to the shared queue, where any worker may fetch them again: a
        claim left to the dead run would make that worker drop the article as written elsewhere
        (:class:`crawler.distributed.ItemClaimPipeline`), and nobody would write it. ``journaled``: the
        claim fields (:func:`journaled_claims`) of the articles the run's journal holds, which stay its
        own. Only this spider's articles ("<spider>/…" ids) are looked at: the worker's other spiders
        may be claiming theirs right now. Returns how many claims were dropped.
        """
        prefix = f"{self.spider.name}/"
        stale = []
        for field, owner in self.server.hscan_iter(self.items_key):
            name = _s(field) or ""
            if _s(owner) == worker and name.startswith(prefix) and name not in journaled:
                stale.append(field)
        if stale:
            self.server.hdel(self.items_key, *stale)
        return len(stale)

    def requeue_inflight(self, written: set[str] | frozenset[str] = frozenset()) -> tuple[int, int]:
        """Put the requests a killed run of this worker had in flight back in the queue.

        A request whose page's article is already in the worker's journal (``written``: canonical
        URLs) was killed between its journal line and its acknowledgement: it is dropped, not fetched
        again. Returns (requeued, dropped).
        """
        from crawler.text import canonicalize_url

        parked = self.server.hgetall(self.inflight_key)
        requeued = 0
        for data in parked.values():
            request = self._decode_request(data)
            if written and canonicalize_url(request.url) in written:
                continue
            request.meta.pop("govnews_inflight", None)
            self.push(request)
            requeued += 1
        self.server.delete(self.inflight_key)
        return requeued, len(parked) - requeued


def journaled_urls(path: str | None) -> frozenset[str]:
    """Canonical URLs of the articles in a journal left by an interrupted run (none if it has no file).

    Read as the run's own recovery reads it (:func:`crawler.run.read_journal`: a last line torn by
    the kill is left out); a page not counted here is fetched again, which is safe.
    """
    from crawler.run import _journal_records
    from crawler.text import canonicalize_url

    if not path:
        return frozenset()
    return frozenset(canonicalize_url(value["url"]) for _offset, _length, _text, value in _journal_records(path)
                     if isinstance(value, dict) and isinstance(value.get("url"), str) and value["url"])


def journaled_claims(path: str | None) -> frozenset[str]:
    """Claim fields ("<article id>:<content sha256>", as :class:`crawler.distributed.ItemClaimPipeline` writes
    them) of the articles in a journal left by an interrupted run (none if it has no file)."""
    from crawler.run import _journal_records

    if not path:
        return frozenset()
    return frozenset(claim_field(value.get("id"), value.get("content_sha256")) for _offset, _length, _text, value
                     in _journal_records(path) if isinstance(value, dict) and value.get("id") is not None)


def _scheduler_base():
    from scrapy_redis.scheduler import Scheduler as RedisScheduler

    return RedisScheduler


class Scheduler(_scheduler_base()):  # type: ignore[misc]
    """scrapy-redis's scheduler with recovery of in-flight requests and shared start URLs.

    - on open, the requests this worker had in flight when it was killed go back to the queue, but
      for those whose article its journal already holds (killed between the journal line and the
      acknowledgement); the claims it made on articles it never journaled are dropped first, so that
      whichever worker fetches those pages again writes them;
    - a start request (``dont_filter``, marked by :class:`DistributedMiddleware`) is still checked
      against the shared duplicate filter, so only the first worker fetches it;
    - on a clean finish the in-flight hash is dropped; the queue and the filter stay (persist) and
      expire ``GOVNEWS_REDIS_JOB_TTL`` seconds after the last worker closed.
    """

    def open(self, spider):
        from scrapy.utils.misc import load_object

        self.spider = spider
        self.queue = load_object(self.queue_cls)(server=self.server, spider=spider,
                                                 key=self.queue_key % {"spider": spider.name},
                                                 serializer=self.serializer)
        if not self.df:
            self.df = load_object(self.dupefilter_cls).from_spider(spider)
        if self.flush_on_start:
            self.flush()
        if len(self.queue):
            logger.info("%s: joining a crawl with %d request(s) queued", spider.name, len(self.queue))
        settings = spider.crawler.settings
        journal = settings.get("GOVNEWS_JOURNAL")
        if self.server.hlen(self.queue.inflight_key):
            # killed mid-crawl: the claims of articles it never journaled go with it (see release_claims)
            released = self.queue.release_claims(settings.get("GOVNEWS_WORKER_ID"), journaled_claims(journal))
            if released and self.stats:
                self.stats.set_value("govnews/redis_claims_released", released)
        requeued, dropped = self.queue.requeue_inflight(journaled_urls(journal))
        if requeued or dropped:
            logger.warning("%s: put %d request(s) an interrupted run of worker %s had in flight back in the queue"
                           " (%d more were already in its journal)",
                           spider.name, requeued, settings.get("GOVNEWS_WORKER_ID"), dropped)
            if self.stats:
                self.stats.set_value("govnews/redis_requeued", requeued)
                self.stats.set_value("govnews/redis_inflight_journaled", dropped)

    def enqueue_request(self, request):
        if request.meta.pop("govnews_start", False) and request.dont_filter and self.df.request_seen(request):
            if self.stats:
                self.stats.inc_value("govnews/redis_start_skipped")
            return False
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self):
        request = self.queue.pop(0)
        if request is not None and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request

    def close(self, reason):
        super().close(reason)
        ttl = int(self.spider.crawler.settings.getint("GOVNEWS_REDIS_JOB_TTL", 7 * 86400))
        try:
            if reason == "finished":
                self.server.delete(self.queue.inflight_key)
            if ttl > 0:
                self.server.expire(self.queue.key, ttl)
                self.server.expire(self.df.key, ttl)
        except Exception:  # noqa: BLE001 - bookkeeping must not hide the crawl's own result
            logger.warning("cannot tidy the Redis keys of %s", self.spider.name, exc_info=True)
