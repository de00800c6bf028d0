"""Stage 1 (crawl): ``GovnewsSpider``, the base class of every outlet and press-board spider.

Must not import ``extract`` or ``kb``. A CMS family (a module of :mod:`crawler.families`) is an
abstract subclass that sets URL patterns and CSS selectors and overrides a ``_parse_<field>`` method
only where its CMS differs; a site spider is a subclass of its family built from
``crawler/sources.toml`` (``name``, ``kind``, ``home_region``, ``district_code``, start URLs and board
codes) by :mod:`crawler.spiders.sites`. Shared helpers live in
:mod:`crawler.dates`, :mod:`crawler.charset` and :mod:`crawler.text` and are re-exported here.

Flow: ``start()`` → ``parse()`` dispatches each response to :meth:`GovnewsSpider.parse_list`
(article requests + next page, list date and list fingerprint in ``request.meta``) or
:meth:`GovnewsSpider.parse_article` (one :class:`crawler.items.Article`, or ``None`` for a
failure page). ``parse_article`` needs no crawler, so ``govnews parse`` and tests call it directly.
"""

from __future__ import annotations

import asyncio
import functools
import hashlib
import logging
import os
import re
from collections.abc import AsyncIterator, Coroutine, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar
from urllib.parse import urlsplit, urlunsplit

import scrapy
from lxml import etree
from parsel.csstranslator import HTMLTranslator
from scrapy.http import Request, Response, TextResponse
from scrapy.selector import Selector

from crawler.charset import fix_response_encoding
from crawler.dates import now_kst, now_utc_iso, parse_date, parse_labelled_dates
from crawler.items import Article
from crawler.text import (
    canonicalize_url,
    clean_body_text,
    clean_inline,
    clean_korean_body,
    clean_whitespace,
    fragment_to_text,
    query_param,
    sha256_text,
)

__all__ = [
    "GovnewsSpider",
    "ListEntry",
    "canonicalize_url",
    "css_suffix",
    "clean_body_text",
    "clean_inline",
    "clean_korean_body",
    "clean_whitespace",
    "detect_failure",
    "make_article_id",
    "normalize_author",
    "parse_date",
    "sha256_text",
]

#: article pages a spider has requested or parsed before it asks for the parse worker
#: (crawler/parse_pool.py): a crawl of fewer never starts one, a larger one starts it with its first
#: article page instead of after parsing this many itself
_WARM_AFTER = 20
NO_AUTHOR = {"기사관리자", "관리자", "운영자", "편집국", "편집부", "admin", "administrator", "webmaster", "홍보담당"}
_AUTHOR_NOISE = re.compile(r"기자명|작성자|글쓴이|담당자?|입력|[:：|]|\(.*?\)|<.*?>")
_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")
_REPORTER = re.compile(r"\s*(?:선임|수석|객원|인턴|전문)?\s*(?:기자|통신원|편집위원|논설위원|칼럼니스트)\s*$")


@dataclass(frozen=True, slots=True)
class ListEntry:
    """One article link found on a list page (or in a feed)."""

    url: str  #: canonical article URL
    title: str | None = None
    published_at: str | None = None  #: ISO 8601 KST from the list, carried to the detail page
    lead: str | None = None

    @property
    def fingerprint(self) -> str:
        """Hash of what the list shows about the article; a change means "refetch" (incremental)."""
        raw = "\x1f".join((self.title or "", self.published_at or "", self.lead or ""))
        return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:16]


def make_article_id(name: str, published_at: str | None, article_no: str | None) -> str:
    """Stable id ``"{name}/{yyyymmdd}/{article_no}"``; ``00000000`` when the date is unknown.

    :param name: spider / source name, e.g. ``"sijung"``
    :param published_at: ISO 8601 date-time (KST) or ``None``
    :param article_no: the site's own article number (``idxno``, ``nttNo``, ``uid`` …)
    :returns: e.g. ``"sijung/20111013/1234"``
    """
    day = published_at[:10].replace("-", "") if published_at else "00000000"
    return f"{name}/{day}/{article_no or 'unknown'}"


def normalize_author(text: str | None) -> str | None:
    """Reporter name without labels, mail or 기자 suffix; ``None`` for 기사관리자/관리자.

    :param text: e.g. ``"기자명 황인혜기자"``, ``"홍길동 기자 (hong@x.kr)"``, ``"기사관리자"``
    :returns: ``"황인혜"``, ``"홍길동"``, ``None``
    """
    if not text:
        return None
    text = _EMAIL.sub(" ", text)
    text = _AUTHOR_NOISE.sub(" ", text)
    text = clean_inline(text)
    text = _REPORTER.sub("", text).strip(" /·,")
    if not text or text.lower() in NO_AUTHOR or text in NO_AUTHOR:
        return None
    return text


_ALERT = re.compile(r"alert\s*\(\s*['\"]", re.I)
_META_REFRESH = re.compile(r"<meta[^>]+http-equiv\s*=\s*['\"]?refresh", re.I)
_LOCATION = re.compile(r"(?:location\.href|location\.replace|history\.back|history\.go)\s*[=(]", re.I)
_TAGS = re.compile(r"<script.*?</script>|<style.*?</style>|<[^>]+>", re.I | re.S)


def detect_failure(html: str, *, min_text: int = 40, max_redirect_text: int = 300) -> str | None:
    """Why a 200 response is not a real page, or ``None`` when it looks fine.

    Recognises the ~300-byte ``alert('잘못된 접근입니다.')`` page (a missing ``mid`` on many CMSs),
    a ``meta refresh`` / ``location.href`` redirect shell and an empty shell home page.

    :param html: decoded page text
    :param min_text: visible characters below which a page counts as an empty shell
    :param max_redirect_text: an alert/redirect only counts on pages with less visible text than this
    :returns: ``"alert: <message>"``, ``"meta-refresh"``, ``"script-redirect"``, ``"empty-shell"`` or ``None``
    """
    last = _last_failure_check
    if last[0] is html and last[1] == (min_text, max_redirect_text):
        return last[2]  # the same page text again (a list page: the pagination middleware, then parse_list)
    failure = _detect_failure(html, min_text, max_redirect_text)
    last[:] = [html, (min_text, max_redirect_text), failure]
    return failure


#: ``[page text, (min_text, max_redirect_text), answer]`` of the last :func:`detect_failure` call
_last_failure_check: list[Any] = [None, None, None]


def visible_length(html: str, enough: int | None = None) -> int:
    """``len(" ".join(_TAGS.sub(" ", html).split()))``: the characters of the page's visible text, its
    words joined by single spaces. With ``enough``, the reading stops once the count reaches it (the
    answer is then some number ``>= enough``): a page of real text needs only its first tags read.

    The text between two tags ends at a tag (the substitution puts a space there), so the words of
    the whole page are those of each stretch of text in turn, and the count can be taken stretch by
    stretch, in page order."""
    chars = words = position = 0
    for match in _TAGS.finditer(html):
        stretch = html[position:match.start()].split()
        if stretch:
            words += len(stretch)
            chars += sum(map(len, stretch))
            if enough is not None and chars + words - 1 >= enough:
                return chars + words - 1
        position = match.end()
    stretch = html[position:].split()
    words += len(stretch)
    chars += sum(map(len, stretch))
    return chars + words - 1 if words else 0


def _detect_failure(html: str, min_text: int, max_redirect_text: int) -> str | None:
    # the exact length matters only below the larger threshold
    visible = visible_length(html, max(min_text, max_redirect_text))
    if visible < max_redirect_text:
        alert = _ALERT.search(html)
        if alert:
            message = html[alert.end() :].split("'")[0].split('"')[0]
            return f"alert: {message.strip()[:80]}"
        if _META_REFRESH.search(html):
            return "meta-refresh"
        if _LOCATION.search(html):
            return "script-redirect"
    if visible < min_text:
        return "empty-shell"
    return None


def css_suffix(css: str, suffix: str) -> str:
    """Append a pseudo-element to every part of a comma-separated selector (``"a, b" → "a::x, b::x"``)."""
    return ", ".join(f"{part.strip()}{suffix}" for part in css.split(","))


_CSS_TRANSLATOR = HTMLTranslator()
_XPATH_NAMESPACES = {"re": "http://exslt.org/regular-expressions"}  # parsel's default prefixes
_TEXT_NODES = etree.XPath(".//text()", smart_strings=False)


@functools.lru_cache(maxsize=1024)
def css_xpath(css: str) -> etree.XPath:
    """``css`` (with parsel's ``::text`` / ``::attr()``) as a compiled lxml XPath over an HTML element:
    the query parsel's ``.css()`` runs, translated and compiled once instead of at every call, and
    without a ``Selector`` built around each match."""
    return etree.XPath(_CSS_TRANSLATOR.css_to_xpath(css), namespaces=_XPATH_NAMESPACES, smart_strings=False)


def html_root(node: Any) -> Any:
    """The lxml element behind an HTML response, an HTML ``Selector`` or an element; ``None`` for anything
    else (an XML response, a text selector): callers then take parsel's way."""
    if isinstance(node, etree._Element):
        return node
    selector = node.selector if isinstance(node, TextResponse) else node
    if isinstance(selector, Selector) and selector.type == "html" and isinstance(selector.root, etree._Element):
        return selector.root
    return None


def css_first(node: Any, css: str) -> str | None:
    """The first string ``css`` (ending in ``::attr(…)`` or ``::text``) selects under ``node``: parsel's
    ``node.css(css).get()``."""
    root = html_root(node)
    if root is None:
        return node.css(css).get()
    found = css_xpath(css)(root)
    return str(found[0]) if found else None


def _text(node, css: str) -> str:
    """Inline-cleaned text of the first element matching ``css`` under ``node``."""
    root = html_root(node)
    if root is not None:
        found = css_xpath(css)(root)
        if not found:
            return ""
        if isinstance(found[0], etree._Element):
            return clean_inline(" ".join(_TEXT_NODES(found[0])))
    found = node.css(css)
    return clean_inline(" ".join(found[0].xpath(".//text()").getall())) if found else ""


def node_texts(node: Any, css: str) -> list[str]:
    """The text of every match of ``css`` under ``node``, its text nodes joined by spaces: parsel's
    ``[" ".join(n.xpath(".//text()").getall()) for n in node.css(css)]`` without a ``Selector`` a match."""
    root = html_root(node)
    if root is not None:
        found = css_xpath(css)(root)
        if all(isinstance(match, etree._Element) for match in found):
            return [" ".join(_TEXT_NODES(match)) for match in found]
    return [" ".join(match.xpath(".//text()").getall()) for match in node.css(css)]


@functools.lru_cache(maxsize=1024)
def compiled_xpath(xpath: str) -> etree.XPath:
    """``xpath`` compiled once, with parsel's namespace prefixes and plain strings."""
    return etree.XPath(xpath, namespaces=_XPATH_NAMESPACES, smart_strings=False)


def xpath_first_text(node: Any, xpath: str) -> str | None:
    """The text nodes of the first match of ``xpath`` under ``node``, joined by spaces; ``None`` when
    nothing matches: parsel's ``" ".join(node.xpath(xpath)[0].xpath(".//text()").getall())`` without a
    ``Selector`` a match."""
    return _first_match(node, compiled_xpath(xpath), lambda element: " ".join(_TEXT_NODES(element)),
                        lambda: node.xpath(xpath),
                        lambda match: " ".join(match.xpath(".//text()").getall()))


def first_html(node: Any, css: str) -> str | None:
    """The markup of the first match of ``css`` under ``node`` (``None`` when nothing matches): parsel's
    ``node.css(css)[0].get()``, serialised as parsel does, without a ``Selector`` around each match."""
    return _first_match(node, css_xpath(css),
                        lambda element: etree.tostring(element, method="html", encoding="unicode", with_tail=False),
                        lambda: node.css(css), lambda match: match.get())


def _first_match(node: Any, find: Any, render: Any, select: Any, render_selector: Any) -> str | None:
    """``render`` of the first element ``find`` returns under ``node``'s lxml root; ``None`` when nothing
    matches; for a node without a root, or a first match that is not an element (a text or an
    attribute), ``render_selector`` of parsel's first match of ``select()``."""
    root = html_root(node)
    if root is not None:
        found = find(root)
        if not found:
            return None
        if isinstance(found[0], etree._Element):
            return render(found[0])
    matches = select()
    return render_selector(matches[0]) if matches else None


@functools.lru_cache(maxsize=256)
def _split(url: str):
    """``urlsplit(url)``, remembered (a sample base or a start URL, split for every link of a crawl)."""
    return urlsplit(url)


@functools.lru_cache(maxsize=256)
def _loopback_origin(start_urls: str) -> str | None:
    """The origin of the first 127.0.0.1 / localhost URL of a comma-separated ``start_url`` argument."""
    for url in start_urls.split(","):
        parts = urlsplit(url.strip())
        if parts.hostname in {"127.0.0.1", "localhost"}:
            return f"{parts.scheme}://{parts.netloc}"
    return None


def _unlink(path: str) -> None:
    try:
        os.unlink(path)
    except OSError:
        pass


#: the spider methods requests name as callback or errback
_CALLBACKS = ("parse", "parse_list", "parse_article_response", "on_error")


def _checked_callbacks(spider: Any) -> tuple[Any, ...]:
    """The spider's callbacks as bound methods that live as long as the spider, each checked once by
    Scrapy's :func:`~scrapy.utils.misc.is_generator_with_return_value`.

    Scrapy checks the callback of every response with that function, which remembers its answers in
    a cache of weak references: a request's bound method dies with the request, so its answer went
    with it, and every list page's ``parse_list`` was read again with ``inspect.getsource`` and
    ``ast.parse`` (an article page's callback cost a cache entry made and dropped). A bound method
    equals every other one of the same function and spider, so while these live, every response's
    callback is found in the cache: the same answers (and the same warnings), without the work."""
    try:
        from scrapy.utils.misc import is_generator_with_return_value
    except ImportError:  # a Scrapy without the check
        return ()
    kept = []
    for name in _CALLBACKS:
        method = getattr(spider, name, None)
        if method is None:
            continue
        try:
            is_generator_with_return_value(method)
        except Exception:  # noqa: BLE001 - e.g. no source: Scrapy meets (and reports) it at first use, as before
            continue
        kept.append(method)
    return tuple(kept)


def is_feed(body: bytes) -> bool:
    """True when the bytes are an RSS/Atom document (one ND Soft "RSS" URL serves HTML instead)."""
    head = body.lstrip()[:300].lower()
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head) or head.startswith(b"<rss")


def meta_content(response: Response) -> dict[str, Any]:
    try:
        return response.meta
    except AttributeError:  # a hand-built response with no request (tests, ``govnews parse``)
        return {}


class GovnewsSpider(scrapy.Spider):
    """Base spider: start URLs, list → article flow, field parsers, cleanup and failure pages.

    Class attributes a family class or the registry (for a site spider) sets:

    - ``name``; ``family`` (e.g. ``"ndsoft_a"``); ``kind`` (``"outlet"`` or ``"board"``);
      ``home_region`` (``"서울특별시"``); ``district_code`` (10-digit code, boards only).
    - ``start_urls`` (production defaults) and ``sample_paths`` (paths under the sample site,
      used when the ``GOVNEWS_SAMPLE_BASE`` setting is set). ``-a start_url=URL[,URL]`` wins over both.
    - ``article_url_re``: regex matching article URLs; group 1 is the article number.
    - list selectors: ``list_item_css``, ``list_link_css``, ``list_title_css``, ``list_date_css``,
      ``list_lead_css``, ``next_page_css``.
    - article selectors: ``title_css``, ``date_css``, ``author_css``, ``body_css``
      (tuples, tried in order) and ``body_drop_css`` (extra noise inside the body).
    - ``author_from_generic``: when the family's own author reading finds nobody, take the generic
      parser's reading of the page (``False`` where the family's convention is "no author", as on
      press boards signed by a department).
    """

    name = ""  # abstract: SpiderLoader skips classes without a name
    family: ClassVar[str] = "generic"
    kind: ClassVar[str] = "outlet"  # "outlet" | "board"
    home_region: ClassVar[str | None] = None
    district_code: ClassVar[str | None] = None

    start_urls: list[str] = []  # Scrapy's own attribute (a list); never mutated
    sample_paths: ClassVar[tuple[str, ...]] = ()

    article_url_re: ClassVar[re.Pattern[str] | None] = None
    #: query parameters that identify an article, in canonical order. When set (even to ``()``), an
    #: article URL keeps only these, so list state, search terms and mobile flags never split one
    #: article into two ids; ``None`` keeps the query as it is.
    article_params: ClassVar[tuple[str, ...] | None] = None
    #: query parameter → spider attribute that supplies it when an article URL lacks it
    article_param_attrs: ClassVar[dict[str, str]] = {}
    #: the part of an article path that identifies it: the path is cut after the match (trailing
    #: slashes and extra segments go), and the match is replaced by ``article_path`` when that is set
    #: (AMP, mobile and legacy twins of one article page)
    article_path_re: ClassVar[re.Pattern[str] | None] = None
    article_path: ClassVar[str | None] = None
    list_item_css: ClassVar[str | None] = None
    list_link_css: ClassVar[str] = "a"
    list_title_css: ClassVar[str | None] = None
    list_date_css: ClassVar[str | None] = None
    list_lead_css: ClassVar[str | None] = None
    next_page_css: ClassVar[str | None] = None

    title_css: ClassVar[tuple[str, ...]] = ()
    date_css: ClassVar[tuple[str, ...]] = ()
    author_css: ClassVar[tuple[str, ...]] = ()
    body_css: ClassVar[tuple[str, ...]] = ()
    body_drop_css: ClassVar[tuple[str, ...]] = ()
    date_labels: ClassVar[tuple[str, ...]] = ("입력", "등록", "승인", "편집", "수정")
    author_from_generic: ClassVar[bool] = True

    #: set by :meth:`from_crawler` when incremental crawling is on (``crawler.state.CrawlState``)
    state: Any = None

    def __init__(self, *args: Any, start_url: str | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        #: the constructor's arguments, for a parse worker that rebuilds the spider (crawler/parse_pool.py)
        self._init_args: tuple[tuple[Any, ...], dict[str, Any]] = (args, {**kwargs, "start_url": start_url})
        self._start_url_arg = start_url
        self._articles_parsed = 0
        #: url → list fingerprint of every article request made; read by the incremental pipeline
        self.list_fingerprints: dict[str, str] = {}
        #: url → raw page bytes, handed to ``RawHtmlPipeline`` (which pops them)
        self.raw_pages: dict[str, bytes] = {}
        #: url → sha256 of the raw page, from the parse worker; popped by ``RawHtmlPipeline``
        self.raw_digests: dict[str, str] = {}
        #: url → (the raw page's file as the parse worker staged it: compressed, flushed, under a name of
        #: its own; the item it was staged for); popped by ``RawHtmlPipeline``, which renames it into place
        self.raw_staged: dict[str, tuple[str, Any]] = {}
        self._list_cache: tuple[Response, list[ListEntry]] | None = None
        #: (crawler, its parse worker processes): ``GOVNEWS_PARSE_PROCESSES``, 0 off the asyncio reactor
        self._pool_processes: tuple[Any, int] | None = None
        #: the callbacks as long-lived bound methods (:func:`_checked_callbacks`), set by :meth:`from_crawler`
        self._callbacks: tuple[Any, ...] = ()

    @classmethod
    def from_crawler(cls, crawler, *args: Any, **kwargs: Any):
        spider = super().from_crawler(crawler, *args, **kwargs)
        if crawler.settings.getbool("GOVNEWS_INCREMENTAL", False):
            from crawler.state import CrawlState

            spider.state = CrawlState(crawler.settings.get("GOVNEWS_STATE_PATH", "data/crawl_state.sqlite"))
        spider._callbacks = _checked_callbacks(spider)
        return spider

    # -- start -------------------------------------------------------------------------------

    def get_start_urls(self) -> list[str]:
        """``-a start_url=`` (comma-separated), else sample-site paths, else ``start_urls``."""
        if self._start_url_arg:
            return [u.strip() for u in self._start_url_arg.split(",") if u.strip()]
        settings = getattr(self, "settings", None)
        sample_base = settings.get("GOVNEWS_SAMPLE_BASE") if settings is not None else None
        if sample_base and self.sample_paths:
            return [sample_base.rstrip("/") + "/" + path.lstrip("/") for path in self.sample_paths]
        return list(self.start_urls)

    async def start(self) -> AsyncIterator[Any]:
        """First requests: one per start URL, each dispatched by :meth:`parse`."""
        for url in self.get_start_urls():
            yield Request(url, callback=self.parse, errback=self.on_error, dont_filter=True, meta={"govnews_start": True})

    def on_error(self, failure) -> None:
        """Errback: one clear log line per failed request (no traceback), counted in stats."""
        request = getattr(failure, "request", None)
        self._inc_stat("govnews/request_errors")
        self.logger.error(
            "%s: cannot fetch %s: %s", self.name, request.url if request else "?", failure.getErrorMessage()
        )

    # -- dispatch ----------------------------------------------------------------------------

    def is_article_url(self, url: str) -> bool:
        """True when ``url`` is an article (detail) page of this site."""
        return bool(self.article_url_re and self.article_url_re.search(url))

    def parse(self, response: Response, **kwargs: Any) -> Iterator[Any]:
        """Dispatch a response to :meth:`parse_list` or :meth:`parse_article_response`."""
        response = fix_response_encoding(response)
        if self.is_article_url(response.url):
            yield from self._parse_article_here(response)
        elif is_feed(response.body):
            yield from self.parse_feed(response)
        else:
            yield from self.parse_list(response)

    def parse_feed(self, response: Response) -> Iterator[Request]:
        """RSS/Atom feed as a list page: one article request per ``<item>`` (pubDate as list date).

        ND Soft feeds give ``pubDate`` as ``YYYY-MM-DD HH:MM:SS`` without offset (KST), plus
        ``dc:creator`` and ``content:encoded``; the article page is still fetched for the full body.
        """
        self._inc_stat("govnews/list_pages")
        entries = list(self._parse_feed_entries(response))
        self._prefetch_state(entries)
        for entry in entries:
            if self.state is not None and self.state.is_known(entry.url, entry.fingerprint):
                self._inc_stat("govnews/article_skipped_known")
                continue
            yield self._article_request(entry)

    def _parse_feed_entries(self, response: Response) -> Iterable[ListEntry]:
        """Entries of an RSS/Atom feed (``<item>``/``<entry>``), in feed order; override to filter."""
        feed = Selector(text=response.text, type="xml")
        feed.remove_namespaces()
        for node in feed.xpath("//item | //entry"):
            link = node.xpath("link/text()").get() or node.xpath("link/@href").get() or ""
            if not link.strip():
                continue
            url = self.canonical_url(link.strip(), response.url)
            if self.article_url_re is not None and not self.is_article_url(url):
                continue
            date_text = node.xpath("pubDate/text() | published/text() | date/text()").get()
            yield ListEntry(
                url=url,
                title=clean_inline(node.xpath("title/text()").get()) or None,
                published_at=parse_date(date_text),
            )

    def parse_article_response(self, response: Response) -> Iterator[Article] | Coroutine[Any, Any, list[Article]]:
        """Scrapy callback for an article page: counts it in stats and yields the item if any.

        In a crawl with a parse worker (``GOVNEWS_PARSE_PROCESSES``, :mod:`crawler.parse_pool`) the page
        is parsed there and this returns a coroutine (of a list of at most one item); otherwise the
        page is parsed here.
        """
        pool = self._parse_pool()
        if pool is None:
            return self._parse_article_here(response)
        return self._parse_article_elsewhere(response, pool)

    def _parse_article_here(self, response: Response) -> Iterator[Article]:
        response = fix_response_encoding(response)  # a family's parse_article reads the response too
        self._inc_stat("govnews/article_pages")
        item = self._parsed(response, self.parse_article(response))
        if item is not None:
            yield item

    async def _parse_article_elsewhere(self, response: Response, pool: Any) -> list[Article]:
        """The item of an article page parsed by the pool (a coroutine returning a list: Scrapy then runs
        the spider middlewares' plain, cheaper, iterable path)."""
        from crawler.parse_pool import worker_failed

        self._inc_stat("govnews/article_pages")
        future = pool.submit(self, response)
        try:
            item, records, stats, raw = await future
        except (Exception, asyncio.CancelledError) as exc:
            if not worker_failed(exc, future):
                raise
            pool.close()
            self.logger.warning("%s: the parse worker failed (%s); parsing in the crawl process", self.name, exc)
            item = self.parse_article(fix_response_encoding(response))
            raw = None
        else:
            for name, level, message in records:
                if name == self.name:
                    self.logger.log(level, "%s", message)
                else:
                    logging.getLogger(name).log(level, "%s", message)
            for key, count in stats:
                self._inc_stat(key, count)
        item = self._parsed(response, item, raw)
        return [] if item is None else [item]

    def _parsed(self, response: Response, item: Article | None, digest: str | tuple[str, str] | None = None
                ) -> Article | None:
        """What follows the parse of an article page in the crawl process: a page that could not be
        parsed is remembered in the state; an item's raw page is handed to the raw-page pipeline (with
        ``digest``, its sha256 from the parse worker, when there is one, and the file the worker staged
        it in when ``digest`` is ``(sha256, staged path)``)."""
        self._articles_parsed += 1
        if item is None and self.state is not None:
            # remember unparseable pages too, or every incremental run would fetch them again
            url = self.canonical_url(response.url, response.url)
            self.state.record(url=url, source=self.name, article_id="", content_sha256="unparsed",
                              list_fp=meta_content(response).get("list_fp"))
        if item is not None:
            settings = getattr(self, "settings", None)
            if settings is not None and settings.get("GOVNEWS_RAW_DIR"):
                self.raw_pages[item.url] = response.body
                staged = None
                if isinstance(digest, tuple):
                    digest, staged = digest
                if digest is not None:
                    self.raw_digests[item.url] = digest
                old = self.raw_staged.pop(item.url, None)
                if old is not None:  # an earlier fetch of the URL whose item never reached the pipeline
                    _unlink(old[0])
                if staged is not None:
                    self.raw_staged[item.url] = (staged, item)
        return item

    def _parse_pool(self) -> Any:
        """The parse worker pool when this crawl uses one and it is ready, else ``None``."""
        crawler = getattr(self, "crawler", None)
        if crawler is None or self._articles_parsed + len(self.list_fingerprints) < _WARM_AFTER:
            return None
        from crawler import parse_pool

        known = self._pool_processes
        if known is not None and known[0] is crawler:
            processes = known[1]
        else:
            # settled once per crawler: its settings are frozen and the reactor is installed once
            from scrapy.utils.reactor import is_asyncio_reactor_installed

            if not is_asyncio_reactor_installed():
                processes = 0
            else:
                processes = crawler.settings.get("GOVNEWS_PARSE_PROCESSES")
                processes = parse_pool.default_processes() if processes in (None, "") else int(processes)
            self._pool_processes = (crawler, processes)
        if processes <= 0:
            return None
        pool = parse_pool.get_pool(processes)
        if pool is None or not pool.accepting or not pool.takes(self):
            return None
        return pool

    # -- list pages --------------------------------------------------------------------------

    def parse_list(self, response: Response) -> Iterator[Request]:
        """Article requests for every entry on a list page, then the next list page.

        With incremental state, entries whose URL and list fingerprint are known are skipped, and
        pagination stops at the first list page whose entries are all known.
        """
        self._inc_stat("govnews/list_pages")
        failure = detect_failure(response.text)
        if failure:
            self.logger.error("%s: not a list page (%s): %s", self.name, failure, response.url)
            self._inc_stat("govnews/failure_pages")
            return
        entries = self.list_entries(response)
        if not entries:
            self.logger.warning("%s: no article links on list page %s", self.name, response.url)
        self._prefetch_state(entries)
        fresh = 0
        for entry in entries:
            if self.state is not None and self.state.is_known(entry.url, entry.fingerprint):
                self._inc_stat("govnews/article_skipped_known")
                continue
            fresh += 1
            yield self._article_request(entry)
        if entries and fresh == 0 and self.state is not None:
            self.logger.info("%s: every article on %s is known; stopping pagination", self.name, response.url)
            return
        next_request = self._parse_next_page(response)
        if next_request is not None:
            yield next_request

    def _prefetch_state(self, entries: list[ListEntry]) -> None:
        """Read the state rows of a list page's entries in one query (a state without ``prefetch``,
        such as the Redis one, is asked entry by entry)."""
        prefetch = getattr(self.state, "prefetch", None)
        if prefetch is not None and entries:
            prefetch([entry.url for entry in entries])

    def list_entries(self, response: Response) -> list[ListEntry]:
        """:meth:`_parse_list_entries` of ``response``, parsed once: the pagination middleware reads
        the entries of each list page before :meth:`parse_list` does."""
        cached = self._list_cache
        if cached is not None and cached[0] is response:
            return cached[1]
        entries = list(self._parse_list_entries(response))
        self._list_cache = (response, entries)
        return entries

    def _article_request(self, entry: ListEntry) -> Request:
        """The request for one list entry, carrying the list date and fingerprint in ``meta``."""
        fingerprint = self.list_fingerprints[entry.url] = entry.fingerprint  # a hash: made once
        return Request(
            entry.url,
            callback=self.parse_article_response,
            errback=self.on_error,
            meta={"list_date": entry.published_at, "list_title": entry.title, "list_fp": fingerprint},
        )

    def _parse_list_entries(self, response: Response) -> Iterable[ListEntry]:
        """Entries from ``list_item_css`` rows (link, title, date, lead), in page order."""
        root = html_root(response)
        if not self.list_item_css:
            hrefs = css_xpath("a::attr(href)")(root) if root is not None else response.css("a::attr(href)").getall()
            for href in hrefs:
                url = self.canonical_url(href, response.url)
                if self.is_article_url(url):
                    yield ListEntry(url=url)
            return
        seen: set[str] = set()
        reference = now_kst()
        link_css = css_suffix(self.list_link_css, "::attr(href)")
        # compiled lxml XPath over the rows (a parsel Selector per row and per field cost 0.8 ms a row)
        rows = css_xpath(self.list_item_css)(root) if root is not None else response.css(self.list_item_css)
        for row in rows:
            row_href = css_first(row, link_css)
            if not row_href:
                continue
            url = self.canonical_url(row_href, response.url)
            if url in seen or (self.article_url_re is not None and not self.is_article_url(url)):
                continue
            seen.add(url)
            title_css = self.list_title_css or self.list_link_css
            title = _text(row, title_css) or None
            date_text = _text(row, self.list_date_css) if self.list_date_css else ""
            lead = _text(row, self.list_lead_css) if self.list_lead_css else ""
            yield ListEntry(url=url, title=title, published_at=parse_date(date_text, reference=reference), lead=lead or None)

    def _parse_next_page(self, response: Response) -> Request | None:
        """Request for the next list page (``next_page_css`` href), or ``None`` on the last page."""
        if not self.next_page_css:
            return None
        href = css_first(response, css_suffix(self.next_page_css, "::attr(href)"))
        if not href or href.startswith(("javascript:", "#")):
            return None
        url = self._localize(canonicalize_url(href, response.url))
        if url == canonicalize_url(response.url):
            return None
        return Request(url, callback=self.parse_list, errback=self.on_error)

    def _canonical(self, href: str, base: str) -> str:
        """Canonical URL for an href; article URLs are reduced as ``article_params``,
        ``article_path_re`` and ``article_path`` declare (``;jsessionid`` is always dropped)."""
        url = canonicalize_url(href, base)
        if self.article_url_re is None or not self.article_url_re.search(url):
            return url
        if self.article_params is None and self.article_path_re is None:
            return url
        parts = urlsplit(url)
        path, query = parts.path, parts.query
        if self.article_path_re is not None and (match := self.article_path_re.search(path)):
            path = path[: match.start()] + (self.article_path or match.group(0))
        if self.article_params is not None:
            pairs = []
            for param in self.article_params:
                attr = self.article_param_attrs.get(param)
                value = query_param(url, param) or (getattr(self, attr, None) if attr else None)
                if value:
                    pairs.append(f"{param}={value}")
            query = "&".join(pairs)
        return urlunsplit((parts.scheme, parts.netloc, path, query, ""))

    def canonical_url(self, href: str, base: str) -> str:
        """:meth:`_canonical`, then mapped into the sample site when crawling it."""
        return self._localize(self._canonical(href, base))

    @property
    def sample_site(self) -> str | None:
        """First path segment of ``sample_paths`` (the site folder under ``crawler/sample_site``)."""
        return self.sample_paths[0].strip("/").split("/")[0] if self.sample_paths else None

    def _localize(self, url: str) -> str:
        """In sample-site mode, keep links inside ``/<site>/`` on the sample server.

        Sample pages keep the real markup, so hrefs are root-relative (``/news/…``) or absolute to the
        production host; both are mapped to ``{GOVNEWS_SAMPLE_BASE}/<site>/…``. Outside sample mode
        (no ``GOVNEWS_SAMPLE_BASE`` and no 127.0.0.1 start URL) the URL is returned unchanged.
        """
        site = self.sample_site
        sample_base = self._sample_base()
        if not site or not sample_base:
            return url
        parts = urlsplit(url)
        local = _split(sample_base)
        if parts.netloc == local.netloc:
            if parts.path.startswith(f"/{site}/") or parts.path == f"/{site}":
                return url
            return urlunsplit((local.scheme, local.netloc, f"/{site}{parts.path}", parts.query, ""))
        if parts.netloc in {_split(u).netloc for u in self.start_urls}:  # a production host
            return urlunsplit((local.scheme, local.netloc, f"/{site}{parts.path}", parts.query, ""))
        return url

    def _sample_base(self) -> str | None:
        """``GOVNEWS_SAMPLE_BASE``, or the origin of a 127.0.0.1 ``start_url`` argument."""
        settings = getattr(self, "settings", None)
        base = settings.get("GOVNEWS_SAMPLE_BASE") if settings is not None else None
        if base:
            return base
        return _loopback_origin(self._start_url_arg or "")

    # -- article pages -----------------------------------------------------------------------

    def parse_article(self, response: Response) -> Article | None:
        """Build one :class:`Article` from an article page; ``None`` (and an error log) for failures.

        Works on a bare ``HtmlResponse`` without a crawler, so tests and ``govnews parse`` use it.
        The body is cleaned by :func:`crawler.text.clean_korean_body` whichever way it was found; an
        author the family's selectors miss is taken from the generic parser (:meth:`_generic_author`).

        :param response: the article page (any encoding; it is re-sniffed)
        :returns: the item, or ``None`` for an alert / redirect / empty page or a page with no title
        """
        response = fix_response_encoding(response)
        failure = detect_failure(response.text)
        if failure:
            self.logger.error("%s: failure page (%s): %s", self.name, failure, response.url)
            self._inc_stat("govnews/failure_pages")
            return None
        url = self._parse_url(response)
        title = self._parse_title(response)
        if not title:
            self.logger.error("%s: no title found: %s", self.name, response.url)
            return None
        published_at = self._parse_published_at(response)
        body_text, body_path = self._parse_body(response, title=title)
        article_no = self._parse_article_no(url)
        author = self._parse_author(response)
        if author is None and self.author_from_generic:
            author = self._generic_author(response)
        return Article(
            id=make_article_id(self.name, published_at, article_no),
            source=self.name,
            title=title,
            published_at=published_at,
            author=author,
            body_text=body_text,
            url=url,
            fetched_at=now_utc_iso(),
            content_sha256=sha256_text(body_text),
            family=self.family,
            body_path=body_path,
            home_region=self.home_region,
            district_code=self.district_code,
        )

    def _parse_url(self, response: Response) -> str:
        """Canonical URL of the article."""
        return self.canonical_url(response.url, response.url)

    def _parse_article_no(self, url: str) -> str | None:
        """The site's article number: the groups of ``article_url_re`` that matched, joined by ``-``
        (``idxno`` → ``"1234"``; Naver's office and article numbers → ``"001-0015012345"``)."""
        match = self.article_url_re.search(url) if self.article_url_re else None
        groups = [g for g in match.groups() if g] if match else []
        return "-".join(groups) or None

    def _parse_title(self, response: Response) -> str | None:
        """Title from ``title_css``, else ``og:title``, else ``<title>``."""
        for css in self.title_css:
            title = _text(response, css)
            if title:
                return title
        og = clean_inline(response.css('meta[property="og:title"]::attr(content)').get())
        return og or clean_inline(response.css("title::text").get()) or None

    def _parse_published_at(self, response: Response) -> str | None:
        """Publication date: labelled ``date_css`` dates (입력, 등록, 승인, 편집), else
        ``article:published_time``, else the list date from ``request.meta``, else 수정 or any date."""
        labelled: dict[str, str] = {}
        unlabelled: list[str] = []
        for css in self.date_css:
            for node_text in node_texts(response, css):
                text = clean_inline(node_text)
                found = parse_labelled_dates(text)
                for label, iso in found.items():
                    labelled.setdefault(label, iso)
                if not found and (when := parse_date(text)):
                    unlabelled.append(when)
        for label in self.date_labels:
            if label != "수정" and label in labelled:
                return labelled[label]
        meta = parse_date(css_first(response, 'meta[property="article:published_time"]::attr(content)'))
        if meta:
            return meta
        if meta_content(response).get("list_date"):
            return meta_content(response)["list_date"]
        return labelled.get("수정") or (unlabelled[0] if unlabelled else None)

    def _parse_author(self, response: Response) -> str | None:
        """Reporter from ``author_css`` (labels, mail and 기자 removed); ``None`` when they name nobody
        (:meth:`parse_article` then asks :meth:`_generic_author`). A value holding digits is a date or
        a counter in the byline's usual place (``승인 2025.05.14 16:02``), not a name."""
        for css in self.author_css:
            author = normalize_author(_text(response, css))
            if author and not re.search(r"\d", author):
                return author
        return None

    def _generic_author(self, response: Response) -> str | None:
        """The generic parser's author of the page (JSON-LD, ``author``/``dable:author`` meta without
        the site's own name, 기자명/작성자 labels, a byline elsewhere on the page, the body's byline),
        else ``meta[name=author]`` when the generic parser refuses the page."""
        from crawler.generic import NotAnArticle, parse_generic

        try:
            return parse_generic(response.text, response.url).author
        except NotAnArticle:
            return normalize_author(response.css('meta[name="author"]::attr(content)').get())

    def _parse_body(self, response: Response, *, title: str | None = None) -> tuple[str, str]:
        """Cleaned body text and how it was found: ``"selectors"``, or ``"generic"`` when no body
        selector matched (the site-independent parser of :mod:`crawler.generic` reads the page).

        Either way the text goes through :func:`crawler.text.clean_korean_body`, the one boilerplate
        cut of every parser: script debris (``*/``, ``//-->``), copyright and 공공누리 lines, 관련기사
        and 이전글/다음글 sections, reporter boxes, closing photo credits and keyword lines. A family
        that overrides this method cleans its text with the same function.
        """
        for css in self.body_css:
            html = first_html(response, css)
            if html is None:
                continue
            text = clean_korean_body(fragment_to_text(html, self.body_drop_css), title=title)
            if text:
                return text, "selectors"
        from crawler.generic import extract_body

        return extract_body(response.text, title=title), "generic"

    # -- helpers -----------------------------------------------------------------------------

    def _inc_stat(self, key: str, count: int = 1) -> None:
        crawler = getattr(self, "crawler", None)
        if crawler is not None and crawler.stats is not None:
            crawler.stats.inc_value(key, count)
