"""Stage 1 (crawl): Scrapy settings — polite defaults; every own setting is prefixed ``GOVNEWS_``.

Must not import ``extract`` or ``kb``. Override any of these with ``-s NAME=VALUE`` or a module named
by ``SCRAPY_SETTINGS_MODULE`` (production overrides live there, not here).
"""

import os
import sys
from pathlib import Path


def _unpack_egg() -> None:
    """Scrapyd imports a deployed project from its egg, a zip file: unpack the egg once (into
    ``$GOVNEWS_EGG_CACHE``, default the temp directory) and import the packages from there, so the
    crawler's data files (``sources.toml``, the sample site) are real files. No-op outside an egg."""
    import hashlib
    import shutil
    import tempfile
    import zipfile

    here = Path(__file__)
    if here.is_file():
        return
    egg = next((p for p in here.parents if p.is_file() and zipfile.is_zipfile(p)), None)
    if egg is None:
        return
    digest = hashlib.sha1(egg.read_bytes()).hexdigest()[:16]
    cache = Path(os.environ.get("GOVNEWS_EGG_CACHE") or Path(tempfile.gettempdir()) / "govnews-eggs")
    target = cache / digest
    if not (target / "crawler" / "settings.py").is_file():
        cache.mkdir(parents=True, exist_ok=True)
        tmp = cache / f".{digest}.{os.getpid()}.tmp"
        with zipfile.ZipFile(egg) as archive:
            archive.extractall(tmp)
        try:
            os.replace(tmp, target)
        except OSError:  # another process unpacked it first
            shutil.rmtree(tmp, ignore_errors=True)
    sys.path.insert(0, str(target))
    import crawler

    crawler.__path__[:] = [str(target / "crawler")]


_unpack_egg()


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

#: items processed at once per response (Scrapy's default, 100, starts 100 asyncio tasks for every
#: response, about 1 ms of CPU; an article page yields one item, a list page only requests)
CONCURRENT_ITEMS = 4
FEED_EXPORT_ENCODING = "utf-8"
TELNETCONSOLE_ENABLED = False
LOG_LEVEL = "INFO"

DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.LoopbackOnlyMiddleware": 50,
    # robots.txt answering 5xx = complete disallow (RFC 9309), logged
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.RobotsTxtMiddleware": 100,
    # after retries (550): truncated bodies, failed article pages remembered for the next run
    "crawler.middlewares.FetchFailureMiddleware": 540,
    # before the redirect middlewares (600, 580): redirect / meta-refresh loops, logged with the URL
    "crawler.middlewares.RedirectLoopMiddleware": 650,
}
SPIDER_MIDDLEWARES = {
    # pagination cap and loops, the walk after an interrupted run, retries of failed article pages
    "crawler.middlewares.ListWalkMiddleware": 900,
    # distributed crawls only (GOVNEWS_REDIS_URL): start URLs shared, acks of finished pages, idle close
    "crawler.distributed.DistributedMiddleware": 50,
}
#: Scrapy's item pipeline manager with a cheaper per-item chain (same pipelines, order and results)
ITEM_PROCESSOR = "crawler.pipelines.ItemPipelines"
ITEM_PIPELINES = {
    "crawler.attachment_pipeline.AttachmentPipeline": 50,
    "crawler.pipelines.ValidationPipeline": 100,
    "crawler.pipelines.DedupePipeline": 200,
    "crawler.pipelines.RawHtmlPipeline": 300,
    # distributed crawls only: one worker writes each article (claimed in Redis before the journal)
    "crawler.distributed.ItemClaimPipeline": 340,
    "crawler.pipelines.JournalPipeline": 350,
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
#: download press-release attachments (HWP, HWPX, PDF) and read their text (crawler/attachment_pipeline.py)
GOVNEWS_ATTACHMENTS = _env("ATTACHMENTS", True)
#: largest attachment downloaded, in bytes (Scrapy's download_maxsize for these requests)
GOVNEWS_ATTACHMENT_MAXSIZE = _env("ATTACHMENT_MAXSIZE", 20 * 1024 * 1024)
#: attachments fetched per article at most
GOVNEWS_ATTACHMENT_MAX_FILES = 5
#: the attachment's text replaces a full page body shorter than this share of it (stubs: always)
GOVNEWS_ATTACHMENT_BODY_RATIO = 0.5
#: remember crawled URLs and content hashes so the next run fetches only what is new or changed
GOVNEWS_INCREMENTAL = False
GOVNEWS_STATE_PATH = "data/crawl_state.sqlite"
#: NDJSON file every item is appended to, flushed to disk, before the state records it (set per
#: spider by ``crawler.run.run_crawl``; ``None`` = no journal)
GOVNEWS_JOURNAL = None
#: fsync the journal (and the raw page) before an item goes on to the state (a power cut then loses
#: nothing the state calls known); items written together share one journal fsync
GOVNEWS_JOURNAL_FSYNC = _env("JOURNAL_FSYNC", True)
#: worker processes that parse article pages while the crawl process downloads and stores
#: (crawler/parse_pool.py); unset: 1 on a machine with a second core, else 0 (parse in the crawl process)
GOVNEWS_PARSE_PROCESSES = os.environ.get("GOVNEWS_PARSE_PROCESSES") or None
#: at most this many list pages per source and run (a pagination loop with a changing parameter)
GOVNEWS_MAX_LIST_PAGES = _env("MAX_LIST_PAGES", 500)
#: an article page that failed (error page, fetch error) is fetched again by this many later runs
GOVNEWS_FAILURE_RETRY_RUNS = _env("FAILURE_RETRY_RUNS", 3)
#: ``govnews run``: a source that yielded articles before and none in this many runs is ``stale``
GOVNEWS_STALE_RUNS = _env("STALE_RUNS", 7)

# -- distributed crawls (crawler/distributed.py; `govnews crawl --redis URL`) -----------------------
#: GOVNEWS_REDIS_URL alone switches to the shared scheduler (e.g. for a Scrapyd job)
ADDONS = {"crawler.distributed.RedisAddon": 0}
#: Redis URL of a distributed crawl (``None`` = one process, Scrapy's own scheduler)
GOVNEWS_REDIS_URL = None
#: this worker's name (stable across restarts: a restarted worker takes back its in-flight requests)
GOVNEWS_WORKER_ID = None
#: the crawl's name shared by its workers (queue and duplicate-filter keys); default: the UTC date
GOVNEWS_REDIS_JOB = None
#: keep the incremental state in Redis (``govnews:state:…``) instead of ``GOVNEWS_STATE_PATH``
GOVNEWS_REDIS_STATE = False
#: a worker closes a spider once its shared queue has stayed empty this many seconds
GOVNEWS_REDIS_IDLE_TIMEOUT = _env("REDIS_IDLE_TIMEOUT", 10.0)
#: the queue and duplicate filter of a crawl expire this long after its last worker closed
GOVNEWS_REDIS_JOB_TTL = _env("REDIS_JOB_TTL", 7 * 86400)
