"""Stage 1 (crawl): mixins for the non-ND-Soft news families of SOURCES.md §2–3.

Must not import ``extract`` or ``kb``. ``PipeBylineMixin`` (서울구정신문-style legacy pages with
``기사관리자 | 2020.10.01 11:33 |``), ``ArticleHtmlNoMixin`` (``/news/article.html?no=N``) and
``SubReadMixin`` (EUC-KR ``/sub_read.html?uid=N&section2=%BB%E7%C8%B8``).
"""

from __future__ import annotations

import re
from typing import ClassVar

from scrapy.http import Response

from crawler.dates import parse_date
from crawler.spiders.base import normalize_author
from crawler.text import canonicalize_url, clean_inline, query_param

_PIPE_LINE = re.compile(r"^\s*(\S.*?)\s*\|\s*(\d{4}\.\d{2}\.\d{2} \d{2}:\d{2})\s*\|", re.M)


class PipeBylineMixin:
    """Generic legacy profile: pipe-delimited ``author | date |`` line, charset sniffed."""

    family: ClassVar[str] = "legacy_pipe"
    article_url_re: ClassVar[re.Pattern[str]] = re.compile(r"/news/read\.php\?(?:[^#]*&)?idx=(\d+)")
    list_item_css: ClassVar[str] = "table.news_list tr"
    list_link_css: ClassVar[str] = "td.title a"
    list_date_css: ClassVar[str] = "td.date"
    next_page_css: ClassVar[str] = "div.paging b + a"
    title_css: ClassVar[tuple[str, ...]] = ("td.view_title",)
    body_css: ClassVar[tuple[str, ...]] = ("td#articleBody", "#articleBody")

    def _canonical(self, href: str, base: str) -> str:
        """Keep ``idx`` only (``section=`` depends on the list the link came from)."""
        url = canonicalize_url(href, base)
        match = self.article_url_re.search(url)
        return f"{url.split('/news/read.php')[0]}/news/read.php?idx={match.group(1)}" if match else url

    def _parse_article_no(self, url: str) -> str | None:
        """``idx`` of the article."""
        return query_param(url, "idx")

    def _pipe_line(self, response: Response) -> re.Match[str] | None:
        text = "\n".join(clean_inline(t) for t in response.css("td.view_info ::text, body ::text").getall())
        return _PIPE_LINE.search(text)

    def _parse_published_at(self, response: Response) -> str | None:
        """Date in the ``기사관리자 | 2020.10.01 11:33 |`` line."""
        match = self._pipe_line(response)
        return parse_date(match.group(2)) if match else super()._parse_published_at(response)  # type: ignore[misc]

    def _parse_author(self, response: Response) -> str | None:
        """Name in the pipe line; 기사관리자 means no author."""
        match = self._pipe_line(response)
        return normalize_author(match.group(1)) if match else None


class ArticleHtmlNoMixin:
    """``/news/article.html?no=N`` family (경기신문, 더구루, 서대문신문 …): ``#news_body_area``."""

    family: ClassVar[str] = "article_html_no"
    article_url_re: ClassVar[re.Pattern[str]] = re.compile(r"/(?:news|mobile|m)/(?:m_)?article\.html\?(?:[^#]*&)?no=(\d+)")
    list_item_css: ClassVar[str] = "ul.art_list_all > li, li.on_thumb"
    list_link_css: ClassVar[str] = "a"
    list_title_css: ClassVar[str] = "h3"
    list_date_css: ClassVar[str] = ".date"
    list_lead_css: ClassVar[str] = "p.ffd"
    next_page_css: ClassVar[str] = "div.paging strong + a"
    title_css: ClassVar[tuple[str, ...]] = ("div.art_top h2", "h2.art_title")
    date_css: ClassVar[tuple[str, ...]] = ("p.arvdate", "ul.art_info li")
    author_css: ClassVar[tuple[str, ...]] = ("p.arvwriter", "ul.art_info li.writer")
    body_css: ClassVar[tuple[str, ...]] = ("#news_body_area .smartOutput", "#news_body_area")
    body_drop_css: ClassVar[tuple[str, ...]] = (".weather", ".hot_click", ".banner_box")

    def _canonical(self, href: str, base: str) -> str:
        """Mobile ``/mobile/article.html`` and ``/m/m_article.html`` → ``/news/article.html?no=N``."""
        url = canonicalize_url(href, base)
        match = self.article_url_re.search(url)
        if not match:
            return url
        root = url[: match.start()]
        return f"{root}/news/article.html?no={match.group(1)}"

    def _parse_article_no(self, url: str) -> str | None:
        """``no`` of the article."""
        return query_param(url, "no")


class SubReadMixin:
    """``/sub_read.html?uid=N`` family (breaknews-style), EUC-KR, ``편집 YYYY.MM.DD [HH:MM]``."""

    family: ClassVar[str] = "sub_read"
    article_url_re: ClassVar[re.Pattern[str]] = re.compile(r"/sub_read\.html\?(?:[^#]*&)?uid=(\d+)")
    list_item_css: ClassVar[str] = "div.list_box"
    list_link_css: ClassVar[str] = "a.list_title"
    list_date_css: ClassVar[str] = "span.list_date"
    list_lead_css: ClassVar[str] = "p.list_lead"
    next_page_css: ClassVar[str] = "div.paging b + a"
    title_css: ClassVar[tuple[str, ...]] = ("td.read_title", "div.read_title")
    date_css: ClassVar[tuple[str, ...]] = ("td.read_date", "span.read_date")
    date_labels: ClassVar[tuple[str, ...]] = ("편집", "입력", "수정")
    author_css: ClassVar[tuple[str, ...]] = ("span.read_writer",)
    body_css: ClassVar[tuple[str, ...]] = ("div#CmAdContent",)

    def _canonical(self, href: str, base: str) -> str:
        """Keep ``uid`` only: ``section``/``section2`` vary by the list the link came from."""
        url = canonicalize_url(href, base)
        match = self.article_url_re.search(url)
        if not match:
            return url
        return f"{url.split('/sub_read.html')[0]}/sub_read.html?uid={match.group(1)}"

    def _parse_author(self, response: Response) -> str | None:
        """``매체 = 이름 기자`` → 이름."""
        text = " ".join(response.css("span.read_writer ::text").getall())
        text = text.split("=")[-1]
        return normalize_author(text)
