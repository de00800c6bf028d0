"""Stage 1 (crawl): Scrapy settings — polite defaults; every own setting is prefixed ``GOVNEWS_``.

Must not import ``extract`` or ``kb``. Override any of these with ``-s NAME=VALUE`` or a module named
by ``SCRAPY_SETTINGS_MODULE`` (production overrides live there, not here).
"""

import os


def _env(name: str, default):
    """``GOVNEWS_<name>`` from the environment (cron jobs set it there), typed like ``default``."""
    raw = os.environ.get(f"GOVNEWS_{name}")
    if raw is None:
        return default
    if isinstance(default, bool):
        return raw.strip().lower() in {"1", "true", "yes", "on"}
    return type(default)(raw)


BOT_NAME = "govnews"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# -- politeness (SOURCES.md §6: 404 robots.txt = unrestricted, which is Scrapy's behaviour) --------
# Each can be overridden by -s NAME=VALUE, or by the environment as GOVNEWS_<NAME>.
ROBOTSTXT_OBEY = _env("ROBOTSTXT_OBEY", True)
USER_AGENT = _env(
    "USER_AGENT", "govnews/0.1 (+https://github.com/govnews/govnews; research crawler of public press releases)"
)
CONCURRENT_REQUESTS = _env("CONCURRENT_REQUESTS", 8)
CONCURRENT_REQUESTS_PER_DOMAIN = _env("CONCURRENT_REQUESTS_PER_DOMAIN", 1)
DOWNLOAD_DELAY = _env("DOWNLOAD_DELAY", 1.0)
DOWNLOAD_DELAY_JITTER = 0.5  # ±50 % (replaces RANDOMIZE_DOWNLOAD_DELAY)
AUTOTHROTTLE_ENABLED = _env("AUTOTHROTTLE_ENABLED", True)
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = _env("AUTOTHROTTLE_MAX_DELAY", 30.0)
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = _env("DOWNLOAD_TIMEOUT", 30)
RETRY_TIMES = 2
COOKIES_ENABLED = True  # ND Soft search pagination needs the POST session
HTTPCACHE_ENABLED = False  # turn on in development: -s HTTPCACHE_ENABLED=1
HTTPCACHE_DIR = "httpcache"

FEED_EXPORT_ENCODING = "utf-8"
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.LoopbackOnlyMiddleware": 50,
}
ITEM_PIPELINES = {
    "crawler.pipelines.ValidationPipeline": 100,
    "crawler.pipelines.DedupePipeline": 200,
    "crawler.pipelines.RawHtmlPipeline": 300,
    "crawler.pipelines.IncrementalStatePipeline": 400,
}

# -- our own settings ------------------------------------------------------------------------
#: base URL of a running sample site; spiders then start from their ``sample_paths``
GOVNEWS_SAMPLE_BASE = None
#: refuse every request that is not to 127.0.0.1/localhost (tests, sample crawls)
GOVNEWS_LOOPBACK_ONLY = False
#: fields an item must have non-empty to pass validation
GOVNEWS_REQUIRED_FIELDS = ["id", "source", "title", "published_at", "body_text", "url"]
#: the run fails (stat ``govnews/validation_failed``, non-zero ``govnews crawl`` exit) above this share of dropped items
GOVNEWS_MAX_INVALID_RATIO = 0.2
#: minimum body length (characters) for an item to be valid
GOVNEWS_MIN_BODY_CHARS = 40
#: keep raw pages, gzip-compressed, under this directory (``None`` disables)
GOVNEWS_RAW_DIR = None
#: remember crawled URLs and content hashes so the next run fetches only what is new or changed
GOVNEWS_INCREMENTAL = False
GOVNEWS_STATE_PATH = "data/crawl_state.sqlite"
