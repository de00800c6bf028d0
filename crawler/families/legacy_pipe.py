"""Stage 1 (crawl): the legacy "pipe byline" news profile (서울구정신문-style; SOURCES.md §2).

Must not import ``extract`` or ``kb``. Pages carry a ``기사관리자 | 2020.10.01 11:33 |`` line; the
charset is sniffed.
"""

from __future__ import annotations

import re

from scrapy.http import Response

from crawler.dates import parse_date
from crawler.spiders.base import GovnewsSpider, normalize_author
from crawler.text import clean_inline

_PIPE_LINE = re.compile(r"^\s*(\S.*?)\s*\|\s*(\d{4}\.\d{2}\.\d{2} \d{2}:\d{2})\s*\|", re.M)


class PipeBylineSpider(GovnewsSpider):
    """Generic legacy profile: pipe-delimited ``author | date |`` line, ``/news/read.php?idx=N``."""

    family = "legacy_pipe"
    article_url_re = re.compile(r"/news/read\.php\?(?:[^#]*&)?idx=(\d+)")
    #: ``section=`` depends on the list the link came from
    article_params = ("idx",)
    list_item_css = "table.news_list tr"
    list_link_css = "td.title a"
    list_date_css = "td.date"
    next_page_css = "div.paging b + a"
    title_css = ("td.view_title",)
    body_css = ("td#articleBody", "#articleBody")

    def _pipe_line(self, response: Response) -> re.Match[str] | None:
        text = "\n".join(clean_inline(t) for t in response.css("td.view_info ::text, body ::text").getall())
        return _PIPE_LINE.search(text)

    def _parse_published_at(self, response: Response) -> str | None:
        """Date in the ``기사관리자 | 2020.10.01 11:33 |`` line."""
        match = self._pipe_line(response)
        return parse_date(match.group(2)) if match else super()._parse_published_at(response)

    def _parse_author(self, response: Response) -> str | None:
        """Name in the pipe line; 기사관리자 means no author."""
        match = self._pipe_line(response)
        return normalize_author(match.group(1)) if match else None
