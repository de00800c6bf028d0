"""Stage 1 (crawl): Daum News, ``v.daum.net/v/<17 digits>`` (SOURCES.md §3f).

Must not import ``extract`` or ``kb``.
"""

from __future__ import annotations

import re
from typing import ClassVar

from scrapy.http import Response

from crawler.dates import parse_date, parse_labelled_dates
from crawler.families.portal import PortalSpider
from crawler.spiders.base import clean_inline, normalize_author
from crawler.text import fragment_to_text


class DaumNewsSpider(PortalSpider):
    """Daum News ``/v/<17 digits>`` (SOURCES.md §3f); article URLs only, like Naver.

    The body is the ``p[dmcf-ptype=general]`` paragraphs of ``.article_view section``: figures,
    ``figcaption.txt_caption`` and the automatic summary ``.layer_summary`` are not part of it.
    """

    family = "daum"
    article_url_re = re.compile(r"/v/(\d{17})(?=[/?#]|$)")
    #: ``…/v/<id>`` without query parameters
    article_params = ()
    article_path_re = re.compile(r"^.*?/v/\d{17}")
    title_css = ("h3.tit_view",)
    date_css = (".info_view .num_date",)
    body_css = (".article_view section",)
    body_drop_css = ("figcaption.txt_caption", ".layer_summary", "figure")
    #: assumed (not in SOURCES.md): Daum names the outlet in these meta tags
    outlet_css = (
        'meta[property="og:article:author"]::attr(content)',
        'meta[name="article:media_name"]::attr(content)',
    )
    paragraph_xpath: ClassVar[str] = (
        "//*[contains(concat(' ', normalize-space(@class), ' '), ' article_view ')]//section"
        "//p[@dmcf-ptype='general'][not(ancestor::*[contains(concat(' ', normalize-space(@class), ' '),"
        " ' layer_summary ')])]"
    )

    def _info_texts(self, response: Response) -> list[str]:
        """Inline texts of the ``.info_view .txt_info`` spans (byline, 입력, 수정), in page order."""
        return [
            clean_inline(" ".join(n.xpath(".//text()").getall()))
            for n in response.css(".info_view .txt_info")
        ]

    def _parse_author(self, response: Response) -> str | None:
        """The first ``.info_view .txt_info`` unless it is a date (articles without a byline)."""
        infos = self._info_texts(response)
        if not infos or parse_labelled_dates(infos[0]) or parse_date(infos[0]):
            return None
        return normalize_author(infos[0])

    def _parse_published_at(self, response: Response) -> str | None:
        """The ``입력`` stamp (``2026. 9. 27. 09:54``), else the first ``.num_date``."""
        for text in self._info_texts(response):
            if iso := parse_labelled_dates(text).get("입력"):
                return iso
        return parse_date(response.css(".info_view .num_date::text").get()) or super()._parse_published_at(
            response
        )

    def _parse_body(self, response: Response, *, title: str | None = None) -> tuple[str, str]:
        """The ``p[dmcf-ptype=general]`` paragraphs, one per line, wire dateline removed."""
        paragraphs = response.xpath(self.paragraph_xpath).getall()
        if paragraphs:
            html = "<div>" + "".join(paragraphs) + "</div>"
            text = self._clean_portal_text(fragment_to_text(html, self.body_drop_css), title=title)
            if text:
                return text, "selectors"
        return super()._parse_body(response, title=title)
