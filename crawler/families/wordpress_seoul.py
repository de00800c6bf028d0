"""Stage 1 (crawl): 서울시 news.seoul.go.kr, a WordPress site (RSS list, JSON-LD article body; SOURCES.md §4).

Must not import ``extract`` or ``kb``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from typing import Any, ClassVar

from scrapy.http import Request, Response

from crawler.dates import parse_date
from crawler.families.board import BoardSpider, paragraphs_html
from crawler.spiders.base import ListEntry, clean_inline


def find_news_article(response: Response) -> dict[str, Any]:
    """The JSON-LD ``NewsArticle`` (top level, in a list or in ``@graph``) with an ``articleBody``, or ``{}``."""
    for raw in response.css('script[type="application/ld+json"]::text').getall():
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            node = stack.pop(0)
            if not isinstance(node, dict):
                continue
            types = node.get("@type")
            types = types if isinstance(types, list) else [types]
            if {"NewsArticle", "Article", "Report"} & set(types) and node.get("articleBody"):
                return node
            stack.extend(node.get("@graph") or [])
    return {}


class SeoulNewsWordPressSpider(BoardSpider):
    """서울시 WordPress news: RSS ``/gov/feed/`` then ``/gov/archives/N`` pages.

    The feed mixes 공고 with 보도자료 (SOURCES.md §4): only 보도자료-type items are followed. Its
    ``pubDate`` is ``YYYY-MM-DD HH:MM:SS`` without offset (KST). The article text is read from the
    JSON-LD ``NewsArticle.articleBody``; ``div.entry-content`` is the fallback.
    """

    family = "wordpress_seoul"
    article_url_re = re.compile(r"/gov/archives/(\d+)")
    article_params = ()
    article_path_re = re.compile(r"^.*?/gov/archives/\d+")
    title_css = ("h1.entry-title", "h2.entry-title")
    body_css = ("div.entry-content",)
    attachment_css = ("div.entry-content a[href*='download']", "a.file-download")
    #: categories/title prefixes that mark a notice rather than a press release
    notice_re: ClassVar[re.Pattern[str]] = re.compile(r"공고|고시|입찰|채용\s*공고|알림")
    press_re: ClassVar[re.Pattern[str]] = re.compile(r"보도\s*(?:자료|해명|참고)")

    def _parse_list_entries(self, response: Response) -> Iterable[ListEntry]:
        """Feed ``<item>``s of 보도자료 type (category, else title), in feed order."""
        seen: set[str] = set()
        for item in response.xpath("//item"):
            link = clean_inline(item.xpath("link/text()").get()) or clean_inline(
                item.xpath("guid/text()").get()
            )
            if not link:
                continue
            url = self._canonical(link, response.url)
            title = clean_inline(item.xpath("title/text()").get())
            if not self.is_article_url(url) or url in seen or not self._is_press_release(item, title):
                continue
            seen.add(url)
            yield ListEntry(
                url=url, title=title or None, published_at=parse_date(item.xpath("pubDate/text()").get())
            )

    def parse_feed(self, response: Response) -> Iterator[Request]:
        """The feed is this board's list page: route it through :meth:`parse_list` (공고 filtered)."""
        yield from self.parse_list(response)

    def _is_press_release(self, item, title: str) -> bool:
        """보도자료 category wins; a 공고 category or ``[공고]`` title drops the item; else keep."""
        categories = " ".join(clean_inline(c) for c in item.xpath("category/text()").getall())
        if self.press_re.search(categories):
            return True
        if self.notice_re.search(categories):
            return False
        return not re.match(r"^\s*[\[(【]?\s*(?:공고|고시)", title)

    def _news_article(self, response: Response) -> dict[str, Any]:
        """The JSON-LD ``NewsArticle`` of ``response`` (parsed once per response for title, date, body)."""
        cached: tuple[Response, dict[str, Any]] | None = getattr(self, "_json_ld", None)
        if cached is None or cached[0] is not response:
            cached = (response, find_news_article(response))
            self._json_ld = cached
        return cached[1]

    def _parse_title(self, response: Response) -> str | None:
        """JSON-LD ``headline``, else ``h1.entry-title`` / og:title."""
        return clean_inline(self._news_article(response).get("headline")) or super()._parse_title(response)

    def _parse_published_at(self, response: Response) -> str | None:
        """JSON-LD ``datePublished``, else the feed date carried in ``meta``."""
        return parse_date(self._news_article(response).get("datePublished")) or super()._parse_published_at(
            response
        )

    def _parse_body(self, response: Response, *, title: str | None = None) -> tuple[str, str]:
        """JSON-LD ``articleBody`` (plain text or HTML), else ``div.entry-content``."""
        body = self._news_article(response).get("articleBody")
        if body:
            return self._clean_board_html(paragraphs_html(body), title=title), "selectors"
        return super()._parse_body(response, title=title)
