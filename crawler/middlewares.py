"""Stage 1 (crawl): downloader middlewares. Must not import ``extract`` or ``kb``."""

from __future__ import annotations

from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest, NotConfigured

LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1"}


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
