"""Stage 1 (crawl): download an article's attachments and use their text when the page is a stub (issue 14).

:class:`AttachmentPipeline` runs first among the item pipelines. For every attachment URL an item
carries (``item.attachments``: ``downloadBbsFile.do``, ``fileDown.do``, ``fn_egov_downFile(…)`` →
``FileDown.do``, ``download.do?…``; the family already listed each file once) it fetches the file
through Scrapy's engine, so the downloader middlewares (robots.txt, loopback-only, retries) and the
per-domain politeness (one request at a time, the download delay, AutoThrottle) apply as to pages.
A family that downloads files through a POST form exposes ``attachment_request(url, referer)`` on
its spider, returning the :class:`scrapy.FormRequest` to send; otherwise the request is a GET with
the article as ``Referer``. Files over ``GOVNEWS_ATTACHMENT_MAXSIZE`` are cancelled by Scrapy's
``download_maxsize``.

Each file is typed by its bytes and read by :mod:`crawler.attachments`; with ``GOVNEWS_RAW_DIR`` it is
kept next to the raw HTML as ``<raw_dir>/<source>/<sha256>.<pdf|hwp|hwpx|bin>``. The item gets
``attachment_files`` (one record per file: ``url``, ``file_name``, ``format``, ``size``,
``text_read``, ``error``, ``path``) and ``body_source``: ``"page"``, or ``"attachment:<file name>"``
when ``body_text`` was replaced by the longest attachment text — because the page body is a stub
(``body_status == "stub"``) or shorter than ``GOVNEWS_ATTACHMENT_BODY_RATIO`` × that text.

A file that cannot be fetched or read (HTTP error, too large, corrupt, truncated, encrypted, not a
document) is logged with its URL and reason and counted in stats (``govnews/attachments/failed``);
the article keeps its web body and the run goes on.

Must not import ``extract`` or ``kb``.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import re
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from scrapy.http import Request, Response

from crawler.attachments import EXTENSIONS, AttachmentError, extract_text, sniff_format
from crawler.text import sha256_text

logger = logging.getLogger(__name__)

#: attachment links that are pictures, not documents (skipped without a download)
_IMAGE = re.compile(r"\.(?:jpe?g|png|gif|bmp|webp|tiff?)$", re.IGNORECASE)
#: a query value that names the file (``fileNm=보도자료.hwp``)
_FILE_NAME = re.compile(r"\.(?:hwpx?|pdf|zip|docx?|xlsx?|pptx?|txt)$", re.IGNORECASE)
_DISPOSITION_STAR = re.compile(r"filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)", re.IGNORECASE)
_DISPOSITION = re.compile(r"filename\s*=\s*(\"[^\"]*\"|[^;]+)", re.IGNORECASE)


def file_name(url: str, headers: dict[str, bytes] | None = None) -> str:
    """The attachment's file name: ``Content-Disposition`` (RFC 6266/5987, or raw UTF-8/EUC-KR), else a
    query value ending in a document extension, else the URL's last path segment (and query).

    :param url: the download URL
    :param headers: response headers (name → raw value)
    """
    raw = (headers or {}).get("Content-Disposition") or b""
    if raw:
        text = raw.decode("latin-1")
        if star := _DISPOSITION_STAR.search(text):
            return unquote(star.group(2).strip().strip('"'), encoding=star.group(1), errors="replace")
        if plain := _DISPOSITION.search(text):
            value = plain.group(1).strip().strip('"').encode("latin-1")
            for codec in ("utf-8", "cp949"):
                try:
                    return unquote(value.decode(codec), encoding=codec, errors="replace").strip()
                except UnicodeDecodeError:
                    continue
    parts = urlsplit(url)
    for _, value in parse_qsl(parts.query):
        if _FILE_NAME.search(value):
            return value.rsplit("/", 1)[-1]
    segment = parts.path.rsplit("/", 1)[-1]
    if _FILE_NAME.search(segment) or not parts.query:
        return unquote(segment) or parts.netloc
    return f"{segment}?{parts.query}"


async def _in_thread(function, *args):
    """``function(*args)`` in a worker thread when an asyncio loop drives the crawl (Scrapy's default
    reactor), so a long PDF does not stall the downloads; else in this thread."""
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return function(*args)
    return await asyncio.to_thread(function, *args)


class AttachmentPipeline:
    """Fetch, keep and read each item's attachments; use their text for stub bodies.

    Settings: ``GOVNEWS_ATTACHMENTS`` (on/off), ``GOVNEWS_ATTACHMENT_MAXSIZE`` (bytes),
    ``GOVNEWS_ATTACHMENT_MAX_FILES`` (per article), ``GOVNEWS_ATTACHMENT_BODY_RATIO``, ``GOVNEWS_RAW_DIR``.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler
        settings = crawler.settings
        self.enabled = settings.getbool("GOVNEWS_ATTACHMENTS", True)
        self.maxsize = settings.getint("GOVNEWS_ATTACHMENT_MAXSIZE", 20 * 1024 * 1024)
        self.max_files = settings.getint("GOVNEWS_ATTACHMENT_MAX_FILES", 5)
        self.ratio = settings.getfloat("GOVNEWS_ATTACHMENT_BODY_RATIO", 0.5)
        raw_dir = settings.get("GOVNEWS_RAW_DIR")
        self.raw_dir = Path(raw_dir) if raw_dir else None
        #: download URL → (record, text) of files already fetched in this run
        self.cache: dict[str, tuple[dict[str, Any], str | None]] = {}
        logging.getLogger("pdfminer").setLevel(logging.ERROR)  # one warning per odd PDF object otherwise

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item):
        """The item itself when it lists no attachment (most do: no coroutine for them), else a coroutine
        that fetches and reads its attachments."""
        from crawler.pipelines import adapt

        adapter = adapt(item)
        urls = [u for u in adapter.get("attachments") or [] if isinstance(u, str) and u]
        if not self.enabled or not urls or "attachment_files" not in adapter.field_names():
            return item
        return self._process(item, adapter, urls)

    async def _process(self, item, adapter, urls: list[str]):
        spider = self.crawler.spider
        best: tuple[str, dict[str, Any]] | None = None
        records = []
        fetched = 0
        for url in urls:
            if fetched >= self.max_files and not _IMAGE.search(urlsplit(url).path):
                continue  # GOVNEWS_ATTACHMENT_MAX_FILES documents per article at most
            record, text = await self._fetch(spider, url, adapter)
            fetched += not _IMAGE.search(urlsplit(url).path)
            records.append(record)
            if text and (best is None or len(text) > len(best[0])):
                best = (text, record)
        adapter["attachment_files"] = records
        if best is None:
            return item
        text, record = best
        body = adapter.get("body_text") or ""
        title = " ".join((adapter.get("title") or "").split())
        lines = text.split("\n")
        if title and lines and " ".join(lines[0].split()) == title:
            text = "\n".join(lines[1:])  # the release repeats the title the page already has
        if adapter.get("body_status") == "stub" or len(body) < self.ratio * len(text):
            adapter["body_text"] = text
            adapter["content_sha256"] = sha256_text(text)
            adapter["body_source"] = f"attachment:{record['file_name']}"
            self._inc("govnews/attachments/body_replaced")
            logger.info("%s: body of %s read from attachment %s", spider.name, adapter.get("url"), record["url"])
        return item

    async def _fetch(self, spider, url: str, adapter: Any) -> tuple[dict[str, Any], str | None]:
        """Download and read one file (cached per URL for the run); never raises."""
        localize = getattr(spider, "_localize", None)
        target = localize(url) if callable(localize) else url
        if target in self.cache:
            cached, cached_text = self.cache[target]
            return {**cached, "url": url}, cached_text
        record: dict[str, Any] = {"url": url, "file_name": file_name(target), "format": None, "size": None,
                                  "text_read": False, "error": None, "path": None, "pages": None, "chars": None}
        text: str | None = None
        if _IMAGE.search(urlsplit(target).path):
            record["error"] = "an image, not a document (not downloaded)"
            self.cache[target] = (record, None)
            return record, None
        self._inc("govnews/attachments/requested")
        try:
            response = await self._download(spider, target, adapter.get("url"))
        except Exception as e:  # IgnoreRequest (robots, loopback), timeouts, size cap, refused connections
            reason = " ".join(str(e).split()) or type(e).__name__
            record["error"] = f"not downloaded ({type(e).__name__}: {reason})"[:300]
            self._fail(spider, target, record["error"], adapter)
            self.cache[target] = (record, None)
            return record, None
        if response.status != 200:
            record["error"] = f"not downloaded (HTTP {response.status})"
            self._fail(spider, target, record["error"], adapter)
            self.cache[target] = (record, None)
            return record, None
        data = response.body
        headers = {"Content-Disposition": response.headers.get("Content-Disposition") or b""}
        record.update(file_name=file_name(response.url, headers), size=len(data), format=sniff_format(data))
        record["path"] = self._keep(adapter.get("source") or "unknown", data, record["format"])
        try:
            result = await _in_thread(extract_text, data)
        except AttachmentError as e:
            record["error"] = f"{type(e).__name__}: {e}"
            self._fail(spider, target, record["error"], adapter)
        else:
            record.update(format=result.format, text_read=True, pages=result.pages, chars=len(result.text))
            text = result.text
            self._inc("govnews/attachments/read")
        self.cache[target] = (record, text)
        return record, text

    async def _download(self, spider, url: str, referer: str | None) -> Response:
        custom = getattr(spider, "attachment_request", None)
        request = custom(url, referer) if callable(custom) else None
        if request is None:
            request = Request(url, headers={"Referer": referer} if referer else None)
        request.meta.update(download_maxsize=self.maxsize, download_warnsize=0, govnews_attachment=True)
        return await self.crawler.engine.download_async(request)

    def _keep(self, source: str, data: bytes, kind: str | None) -> str | None:
        """Store the file under the raw directory (content-addressed); its path, or ``None``."""
        if self.raw_dir is None:
            return None
        folder = self.raw_dir / source
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{hashlib.sha256(data).hexdigest()}.{EXTENSIONS.get(kind or '', 'bin')}"
        if not path.exists():
            path.write_bytes(data)
        return str(path)

    def _fail(self, spider, target: str, reason: str, adapter: Any) -> None:
        self._inc("govnews/attachments/failed")
        logger.warning("%s: attachment %s of %s skipped: %s", getattr(spider, "name", "crawl"), target,
                       adapter.get("url"), reason)

    def _inc(self, key: str) -> None:
        self.crawler.stats.inc_value(key)
