"""Stage 1 (crawl): Naver News, ``n.news.naver.com/mnews/article/{oid}/{aid}`` (SOURCES.md §3e).

Must not import ``extract`` or ``kb``. The article number is ``{oid}-{aid}``.
"""

from __future__ import annotations

import re
from typing import ClassVar

from scrapy.http import Response

from crawler.dates import parse_date
from crawler.families.portal import PortalSpider
from crawler.text import fragment_to_text


class NaverNewsSpider(PortalSpider):
    """Naver News ``/mnews/article/{oid}/{aid}`` (SOURCES.md §3e); the article number is ``{oid}-{aid}``.

    Naver has no list pages we crawl: give article URLs with ``-a start_url=``.
    """

    family = "naver"
    article_url_re = re.compile(r"/mnews/article/(\d{3})/(\d{10})(?=[/?#]|$)")
    #: ``…/mnews/article/{oid}/{aid}`` without ``?sid=`` or other query parameters
    article_params = ()
    article_path_re = re.compile(r"^.*?/mnews/article/\d{3}/\d{10}")
    title_css = ("h2.media_end_head_headline",)
    author_css = ("em.media_end_head_journalist_name",)
    body_css = ("article#dic_area",)
    body_drop_css = ("em.img_desc", "span.end_photo_org")
    outlet_css = ('meta[name="twitter:creator"]::attr(content)',)
    date_attr_css: ClassVar[str] = (
        "span.media_end_head_info_datestamp_time._ARTICLE_DATE_TIME::attr(data-date-time)"
    )

    def _parse_published_at(self, response: Response) -> str | None:
        """``data-date-time`` (``YYYY-MM-DD HH:MM:SS``, KST) of the 입력 stamp; not the modify time."""
        return parse_date(response.css(self.date_attr_css).get()) or super()._parse_published_at(response)

    def _parse_body(self, response: Response, *, title: str | None = None) -> tuple[str, str]:
        """``article#dic_area`` without photos and captions, wire dateline removed."""
        node = response.css(self.body_css[0])
        if node:
            text = self._clean_portal_text(fragment_to_text(node[0].get(), self.body_drop_css), title=title)
            if text:
                return text, "selectors"
        return super()._parse_body(response, title=title)
