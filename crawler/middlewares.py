"""Stage 1 (crawl): downloader and spider middlewares. Must not import ``extract`` or ``kb``.

- :class:`LoopbackOnlyMiddleware`: sample and test crawls never leave 127.0.0.1.
- :class:`RobotsTxtMiddleware`: Scrapy's, except that a robots.txt answering 5xx, or not at all
  (connection error, timeout), means "complete disallow" (RFC 9309 §2.3.1.4), with a log line.
- :class:`RedirectLoopMiddleware`: a redirect (HTTP or meta refresh) back to a URL of its own chain is
  logged with the URL and dropped, instead of vanishing in the duplicate filter.
- :class:`FetchFailureMiddleware`: a body cut short without a ``Content-Length`` (the connection
  closed before ``</html>``) is retried, then dropped with a log line; every article page that could
  not be fetched is remembered in the crawl state so the next run tries it again.
- :class:`ListWalkMiddleware` (spider middleware): caps pagination (``GOVNEWS_MAX_LIST_PAGES``), stops
  a pagination loop (a list page that lists the same articles as an earlier one), keeps paging after
  an interrupted walk instead of stopping at the first all-known list page, and re-requests the
  article pages that failed in earlier runs.

Every log line these write starts with ``<spider>:`` and names the URL.
"""

from __future__ import annotations

import logging
import re
from collections.abc import AsyncIterator, Iterable
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy import signals
from scrapy.downloadermiddlewares.retry import get_retry_request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware as _ScrapyRobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import HtmlResponse, Request, Response, TextResponse
from scrapy.utils.response import get_meta_refresh

from crawler.spiders.base import detect_failure

logger = logging.getLogger(__name__)

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


def _name(crawler) -> str:
    spider = getattr(crawler, "spider", None)
    return getattr(spider, "name", None) or "crawl"


class LoopbackOnlyMiddleware:
    """Drop every request that is not to the loopback interface (``GOVNEWS_LOOPBACK_ONLY``).

    Sample pages keep their real absolute links (og:url, RSS ``<link>``); this guarantees that a
    test or sample crawl can never reach a real site even if a link slips through.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("GOVNEWS_LOOPBACK_ONLY") and not crawler.settings.get("GOVNEWS_SAMPLE_BASE"):
            raise NotConfigured
        return cls(crawler)

    def process_request(self, request, spider=None):
        host = urlsplit(request.url).hostname
        if host not in LOOPBACK_HOSTS:
            self.crawler.stats.inc_value("govnews/offsite_blocked")
            raise IgnoreRequest(f"loopback-only crawl: refusing {request.url}")
        return None


class _DisallowAll:
    """A robots.txt parser that allows nothing (an unreachable robots.txt, RFC 9309)."""

    def allowed(self, url: Any, user_agent: Any) -> bool:
        return False


class RobotsTxtMiddleware(_ScrapyRobotsTxtMiddleware):
    """Scrapy's robots.txt middleware; a 5xx answer (after retries) disallows the whole host.

    A 4xx answer (404 …) still means "no robots.txt, everything allowed" (RFC 9309 §2.3.1.3).
    """

    async def _parse_robots(self, response: Response, netloc: str, request: Request) -> None:
        if response.status >= 500:
            self._stats.inc_value("robotstxt/response_count")
            self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
            self._stats.inc_value("govnews/robots_unreachable")
            logger.error(
                "%s: robots.txt answered %d: %s; treating %s as disallowed (RFC 9309)",
                _name(self.crawler), response.status, response.url, netloc,
            )
            waiting: Any = self._parsers[netloc]
            parser: Any = _DisallowAll()
            self._parsers[netloc] = parser
            if hasattr(waiting, "callback"):
                waiting.callback(parser)
            return
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc: Exception, netloc: str) -> None:
        """robots.txt unreachable (connection refused, timeout, reset): complete disallow (RFC 9309)."""
        if isinstance(exc, IgnoreRequest):
            return super()._robots_error(exc, netloc)
        self._stats.inc_value(f"robotstxt/exception_count/{type(exc)}")
        self._stats.inc_value("govnews/robots_unreachable")
        logger.error("%s: robots.txt of %s unreachable (%s); treating %s as disallowed (RFC 9309)",
                     _name(self.crawler), netloc, str(exc) or type(exc).__name__, netloc)
        waiting: Any = self._parsers[netloc]
        parser: Any = _DisallowAll()
        self._parsers[netloc] = parser
        if hasattr(waiting, "callback"):
            waiting.callback(parser)
        return None


def _remember_failure(crawler, url: str, reason: str) -> None:
    """Record a failed article page in the crawl state (incremental crawls), so the next run retries it."""
    spider: Any = getattr(crawler, "spider", None)
    state = getattr(spider, "state", None)
    is_article = getattr(spider, "is_article_url", None)
    if state is None or is_article is None or not is_article(url):
        return
    try:
        state.record_failure(url=url, source=spider.name, reason=reason)
    except Exception:  # noqa: BLE001 - bookkeeping must never break the crawl
        logger.debug("cannot record the failure of %s", url, exc_info=True)


def _is_html(response: Response) -> bool:
    ctype = (response.headers.get(b"Content-Type") or b"").decode("latin-1").lower()
    return "html" in ctype or (not ctype and response.body.lstrip()[:1] == b"<")


class RedirectLoopMiddleware:
    """Log and drop a redirect whose target is already in its own redirect chain.

    Sits before Scrapy's redirect middlewares (so it sees the 3xx / meta-refresh response first). A
    loop would otherwise end in the duplicate filter with no message at all.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.max_times = crawler.settings.getint("REDIRECT_MAX_TIMES", 20)
        self.max_delay = crawler.settings.getint("METAREFRESH_MAXDELAY", 100)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_response(self, request: Request, response: Response, spider=None):
        target, how = None, "redirect"
        location = response.headers.get(b"Location") if 300 <= response.status < 400 else None
        if location:
            target = urljoin(request.url, location.decode("latin-1").strip())
        elif (response.status == 200 and isinstance(response, HtmlResponse) and len(response.body) < 50000
              and (b"refresh" in response.body.lower() or b"\x00" in response.body[:512])):
            # no "refresh" in the bytes of an ASCII-compatible page, in any case of its ASCII letters (as a
            # bytes regex with IGNORECASE finds it, in a seventh of the time): no meta refresh, nothing to decode
            interval, url = get_meta_refresh(response)
            if url and interval is not None and interval < self.max_delay:
                target, how = url, "meta refresh"
        if target is None:
            return response
        name = _name(self.crawler)
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target.split("#")[0] in {u.split("#")[0] for u in chain} or len(chain) > self.max_times:
            self.crawler.stats.inc_value("govnews/redirect_loops")
            what = f"{how} loop" if len(chain) <= self.max_times else "too many redirects"
            logger.error("%s: %s at %s (%s)", name, what, chain[0], " -> ".join([*chain, target]))
            _remember_failure(self.crawler, chain[0], what)
            raise IgnoreRequest(f"{what}: {chain[0]}")
        spider = self.crawler.spider
        is_article = getattr(spider, "is_article_url", None)
        if is_article is not None and is_article(request.url) and not is_article(target):
            # an article URL answering with a jump to a home, login or list page: an error page
            self.crawler.stats.inc_value("govnews/failure_pages")
            logger.error("%s: failure page (%s to %s, not an article): %s", name, how, target, chain[0])
            _remember_failure(self.crawler, chain[0], f"{how} to {target}")
            raise IgnoreRequest(f"{how} away from article {chain[0]}")
        return response


class FetchFailureMiddleware:
    """Truncated bodies and failed article fetches.

    Placed after the retry middleware, so it sees what retrying could not fix. A response Twisted
    flagged ``partial`` (no ``Content-Length``, the connection closed) whose HTML stops before
    ``</html>`` is retried and finally dropped with a log line (a body cut short *with* a
    ``Content-Length`` is already a download error, retried by Scrapy). An article page that ends in a
    download error or an HTTP error status is recorded in the crawl state's ``failures``, so the
    next run fetches it again even if its list page is not read.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _remember(self, request: Request, reason: str) -> None:
        if request.meta.get("govnews_attachment"):
            return  # a failed attachment is the attachment pipeline's to report; the list walk is complete
        spider = self.crawler.spider
        is_article = getattr(spider, "is_article_url", None)
        if is_article is not None and not is_article(request.url) and not request.meta.get("dont_obey_robotstxt"):
            self.crawler.stats.inc_value("govnews/list_errors")  # a list page failed: the walk is incomplete
        _remember_failure(self.crawler, request.url, reason)

    def process_response(self, request: Request, response: Response, spider=None):
        if "partial" in response.flags and _is_html(response) and not re.search(rb"</html\s*>", response.body[-4096:], re.I):
            self.crawler.stats.inc_value("govnews/truncated")
            retry = get_retry_request(request, spider=self.crawler.spider, reason="truncated body",
                                      give_up_log_level=logging.DEBUG)
            if retry is not None:
                return retry
            logger.error(
                "%s: truncated body (connection closed after %d bytes, before </html>, no Content-Length): %s",
                _name(self.crawler), len(response.body), request.url,
            )
            self._remember(request, "truncated body")
            raise IgnoreRequest(f"truncated body: {request.url}")
        if response.status >= 400:
            self._remember(request, f"HTTP {response.status}")
        return response

    def process_exception(self, request: Request, exception: BaseException, spider=None):
        if isinstance(exception, IgnoreRequest):
            return None
        if type(exception).__name__ == "ResponseDataLossError":
            self.crawler.stats.inc_value("govnews/truncated")
            logger.error("%s: truncated body (the connection closed before Content-Length bytes arrived): %s",
                         _name(self.crawler), request.url)
            self._remember(request, "truncated body (Content-Length)")
            return None
        self._remember(request, f"{type(exception).__name__}: {exception}"[:200])
        return None


class ListWalkMiddleware:
    """Pagination policy and the incremental walk (spider middleware).

    - At most ``GOVNEWS_MAX_LIST_PAGES`` list pages per source and run; the next-page request past
      the cap is dropped with a log line naming it (a pagination loop with a changing parameter).
    - A list page that lists exactly the articles of an earlier list page ends the walk (a loop).
    - With incremental state: when the previous walk of the source did not finish (killed, or a
      list page failed), pagination does not stop at an all-known list page; the walk is marked
      complete when the spider finishes with every list page read. Article pages that failed in
      earlier runs (``failures``, fewer than ``GOVNEWS_FAILURE_RETRY_RUNS`` runs) are requested
      again at the start.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        self.max_pages = crawler.settings.getint("GOVNEWS_MAX_LIST_PAGES", 500)
        self.retry_runs = crawler.settings.getint("GOVNEWS_FAILURE_RETRY_RUNS", 3)
        self.list_pages = 0
        self.signatures: dict[frozenset[str], str] = {}
        self.resume = False
        self.walk_problems = 0
        crawler.signals.connect(self.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(self.spider_closed, signal=signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    # -- signals ---------------------------------------------------------------------------------

    def spider_opened(self, spider) -> None:
        state = getattr(spider, "state", None)
        if state is None:
            return
        state.retry_runs = self.retry_runs
        self.resume = not state.begin_walk(spider.name)
        if self.resume:
            logger.info("%s: the last walk did not finish; reading every list page this time", spider.name)

    def spider_closed(self, spider, reason: str) -> None:
        state = getattr(spider, "state", None)
        if state is None:
            return
        stats = self.crawler.stats
        complete = reason == "finished" and not self.walk_problems and not stats.get_value("govnews/list_errors")
        try:
            state.end_walk(spider.name, complete=complete)
        finally:
            state.close()

    # -- start: failed articles of earlier runs --------------------------------------------------

    def _retry_requests(self) -> list[Request]:
        spider = self.crawler.spider
        state = getattr(spider, "state", None)
        if state is None or not hasattr(spider, "parse_article_response"):
            return []
        limit = self.retry_runs or 10**9
        rows = state.db.execute(
            "SELECT url FROM failures WHERE source = ? AND runs < ? AND url NOT IN (SELECT url FROM pages)",
            (spider.name, limit),
        ).fetchall()
        base = spider._sample_base() if hasattr(spider, "_sample_base") else None
        requests = []
        for (key,) in rows:
            if key.startswith("sample:"):
                if not base:
                    continue
                url = base.rstrip("/") + key[len("sample:"):]
            else:
                url = key
            if spider.is_article_url(url):
                requests.append(Request(url, callback=spider.parse_article_response, errback=spider.on_error,
                                        meta={"govnews_retry": True}))
        if requests:
            logger.info("%s: fetching %d article page(s) that failed in earlier runs", spider.name, len(requests))
            self.crawler.stats.set_value("govnews/retried_failures", len(requests))
        return requests

    async def process_start(self, start: AsyncIterator[Any]) -> AsyncIterator[Any]:
        async for item in start:
            yield item
        for request in self._retry_requests():
            yield request

    # -- list pages ------------------------------------------------------------------------------

    def _is_list_response(self, response: Response) -> bool:
        spider = self.crawler.spider
        if response is None or not hasattr(spider, "is_article_url"):
            return False
        return not spider.is_article_url(response.url) and not response.meta.get("govnews_retry")

    def _is_list_request(self, obj: Any) -> bool:
        spider = self.crawler.spider
        return isinstance(obj, Request) and not spider.is_article_url(obj.url)

    def _signature(self, response: Response) -> frozenset[str]:
        spider = self.crawler.spider
        try:
            entries = spider.list_entries(response) if hasattr(spider, "list_entries") else spider._parse_list_entries(response)
            return frozenset(entry.url for entry in entries)
        except Exception:  # noqa: BLE001 - a family whose list parser needs more context
            return frozenset()

    def _before(self, response: Response) -> bool:
        """Bookkeeping for one list response; False when its next-page requests must be dropped."""
        spider = self.crawler.spider
        self.list_pages += 1
        if detect_failure(response.text if isinstance(response, TextResponse) else ""):
            self.walk_problems += 1  # an error page instead of the list: read every page next time
            return False
        signature = self._signature(response)
        if signature:
            first = self.signatures.setdefault(signature, response.url)
            if first != response.url:
                self.walk_problems += 1
                self.crawler.stats.inc_value("govnews/pagination_loops")
                logger.error("%s: pagination loop: %s lists the same %d articles as %s; stopping pagination",
                             spider.name, response.url, len(signature), first)
                return False
        return True

    def _after(self, response: Response, allowed: bool, outputs: list[Any]) -> Iterable[Any]:
        spider = self.crawler.spider
        followed = False
        for obj in outputs:
            if self._is_list_request(obj):
                if not allowed:
                    continue
                if self.list_pages >= self.max_pages:
                    self.walk_problems += 1
                    self.crawler.stats.inc_value("govnews/pagination_capped")
                    logger.error("%s: pagination stopped after %d list pages (GOVNEWS_MAX_LIST_PAGES), not following %s",
                                 spider.name, self.list_pages, obj.url)
                    continue
                followed = True
            yield obj
        if allowed and self.resume and not followed and self.list_pages < self.max_pages and hasattr(spider, "_parse_next_page"):
            try:
                nxt = spider._parse_next_page(response)
            except Exception:  # noqa: BLE001
                nxt = None
            if nxt is not None:
                logger.info("%s: continuing the interrupted walk past %s", spider.name, response.url)
                yield nxt

    def process_spider_output(self, response, result, spider=None):
        if not self._is_list_response(response):
            yield from result
            return
        allowed = self._before(response)
        yield from self._after(response, allowed, list(result))

    async def process_spider_output_async(self, response, result, spider=None):
        if not self._is_list_response(response):
            async for obj in result:
                yield obj
            return
        allowed = self._before(response)
        outputs = [obj async for obj in result]
        for obj in self._after(response, allowed, outputs):
            yield obj

    def process_spider_exception(self, response, exception, spider=None):
        if self._is_list_response(response):
            self.walk_problems += 1
        return None
