"""Stage 1 (crawl): the ``/sub_read.html?uid=N`` news family (breaknews-style, EUC-KR; SOURCES.md §3b).

Must not import ``extract`` or ``kb``.
"""

from __future__ import annotations

import re

from scrapy.http import Response

from crawler.spiders.base import GovnewsSpider, normalize_author


class SubReadSpider(GovnewsSpider):
    """``/sub_read.html?uid=N`` family, EUC-KR, ``편집 YYYY.MM.DD [HH:MM]``, ``매체 = 이름 기자`` bylines."""

    family = "sub_read"
    article_url_re = re.compile(r"/sub_read\.html\?(?:[^#]*&)?uid=(\d+)")
    #: ``section``/``section2`` vary by the list the link came from
    article_params = ("uid",)
    list_item_css = "div.list_box"
    list_link_css = "a.list_title"
    list_date_css = "span.list_date"
    list_lead_css = "p.list_lead"
    next_page_css = "div.paging b + a"
    title_css = ("td.read_title", "div.read_title")
    date_css = ("td.read_date", "span.read_date")
    date_labels = ("편집", "입력", "수정")
    author_css = ("span.read_writer",)
    body_css = ("div#CmAdContent",)

    def _parse_author(self, response: Response) -> str | None:
        """``매체 = 이름 기자`` → 이름."""
        text = " ".join(response.css("span.read_writer ::text").getall())
        return normalize_author(text.split("=")[-1])
