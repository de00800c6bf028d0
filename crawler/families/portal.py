"""Stage 1 (crawl): what the news portals (Naver, Daum) share — :class:`PortalSpider`.

Must not import ``extract`` or ``kb``. Portals republish other outlets' articles: no list pages are
crawled (give article URLs with ``-a start_url=``), wire datelines such as ``(서울=연합뉴스) 김정진 기자 =``
are removed by :func:`strip_agency_dateline`, and the original outlet is set on the item.
"""

from __future__ import annotations

import dataclasses
import re
from typing import ClassVar

from scrapy.http import Response

from crawler.items import Article
from crawler.spiders.base import GovnewsSpider, clean_inline
from crawler.text import clean_korean_body

__all__ = ["PortalSpider", "strip_agency_dateline"]

#: ``(서울=연합뉴스) 김정진 기자 =`` / ``[서울=뉴시스]홍길동·이영희 기자 =`` at the start of a wire story
_AGENCY_DATELINE = re.compile(
    r"^\s*[\[(][^\[\]()\n]{1,20}=[^\[\]()\n]{1,20}[\])]\s*"
    r"(?:(?:[가-힣]{2,4}\s*[·,]?\s*)+(?:기자|특파원)\s*=\s*)?"
)


def strip_agency_dateline(text: str) -> str:
    """Body text without the wire dateline ``(서울=연합뉴스) 김정진 기자 =`` of its first paragraph.

    The dateline may follow a short subtitle block (Naver's ``media_end_summary``), so it is looked
    for at the start of each of the first three lines.

    :param text: body text, one paragraph per line
    :returns: the same text with the first dateline removed
    """
    lines = text.split("\n")
    for i, line in enumerate(lines[:3]):
        stripped = _AGENCY_DATELINE.sub("", line, count=1)
        if stripped != line:
            lines[i] = stripped.lstrip()
            break
    return "\n".join(line for line in lines if line)


class PortalSpider(GovnewsSpider):
    """Shared by Naver and Daum: article URLs only, wire datelines removed, original outlet read."""

    kind = "outlet"
    #: ``meta`` selectors (``::attr(content)``) naming the original outlet, tried in order
    outlet_css: ClassVar[tuple[str, ...]] = ()

    def parse_article(self, response: Response) -> Article | None:
        """The base article, plus the original ``outlet``."""
        item = super().parse_article(response)
        if item is not None:
            item = dataclasses.replace(item, outlet=self._parse_outlet(response))
        return item

    def _parse_outlet(self, response: Response) -> str | None:
        """The original outlet (e.g. ``연합뉴스``) from ``outlet_css``."""
        for css in self.outlet_css:
            name = clean_inline(response.css(css).get())
            if name:
                return name
        return None

    def _clean_portal_text(self, text: str, *, title: str | None) -> str:
        """Line cleanup of a portal body: the wire dateline first, then :func:`crawler.text.clean_korean_body`."""
        return clean_korean_body(strip_agency_dateline(text), title=title)
