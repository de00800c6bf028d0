"""Stage 1 (crawl): the ``.web`` board of 경남·경북·강원 시·군 homepages (family ``web_cms``).

Must not import ``extract`` or ``kb``. Learnt from the selectors of a public scraper of local
notice boards (김해, 함안, 합천, 함양, 진주, 창녕, 하동, 사천, 통영, 청송, 삼척, 횡성, 부산 영도):
menus are numbered paths ending in ``.web`` and every board is one ``gcode``.

- List: ``/{menu}/{menu}/{menu}.web?gcode=N&cpage=P`` (some add ``extParam=notice`` or
  ``orderBy=wdate``). Items ``li.li1 > a`` with ``strong.t1`` (an ``em`` category "[분류]" and a
  "새 글" badge inside) and ``span.t3`` cells: date, department, writer, views.
- Article: the same path with ``?gcode=N&idx=M&amode=view`` (relative hrefs ``?gcode=…``).
  ``div.info1`` holds ``dl dt/dd`` pairs (작성일, 작성자, 담당부서, 전화번호, 조회수); the text is
  ``div.substance``, which on some boards (하동) wraps a ``div.box1`` of board chrome.
- Unverified (no saved article page seen): the title element and the attachment markup; the
  title falls back to ``<title>`` without its "| 메뉴 | 기관" trail.
"""

from __future__ import annotations

import re
from typing import ClassVar

from parsel import Selector
from scrapy.http import Response

from crawler.families._localgov import LocalGovBoard

__all__ = ["WebCmsBoard"]


class WebCmsBoard(LocalGovBoard):
    """Abstract ``.web`` board: one menu path per board, articles at ``?gcode=N&idx=M&amode=view``."""

    family: ClassVar[str] = "web_cms"
    markup_re: ClassVar[re.Pattern[str] | None] = re.compile(
        r"\.web\?[^\"'<>\s]*\b(?:amode=view|gcode=\d+)|href=\"[^\"]*/\d{5,8}\.web[\"?]"
    )

    article_url_re: ClassVar[re.Pattern[str] | None] = re.compile(
        r"\.web\?(?=[^#]*\bamode=view)(?:[^#]*&)?idx=(\d+)"
    )
    article_params: ClassVar[tuple[str, ...] | None] = ("gcode", "idx", "amode")

    list_item_css: ClassVar[str | None] = "li.li1"
    list_link_css: ClassVar[str] = "a"
    list_title_css: ClassVar[str | None] = None  # strong.t1 holds the category <em>: see _list_title
    list_date_css: ClassVar[str | None] = "span.t3"
    page_param: ClassVar[str] = "cpage"
    pager_css: ClassVar[str] = "div.paging1 a, div.paging a, div.pagination a"

    title_css: ClassVar[tuple[str, ...]] = ("div.bbs1view1 h3.t1", "div.bbs1view1 strong.t1", "div.view1 h3")
    meta_css: ClassVar[tuple[str, ...]] = ("div.info1",)
    body_css: ClassVar[tuple[str, ...]] = ("div.substance",)
    body_drop_css: ClassVar[tuple[str, ...]] = ("div.box1",)
    attachment_css: ClassVar[tuple[str, ...]] = (
        "div.file1 a[href]",
        "ul.file1 a[href]",
        "div.attach1 a[href]",
    )

    def _list_title(self, row: Selector, link: Selector) -> str | None:
        """``strong.t1`` without its ``em`` category and "새 글" badge, else the base rule."""
        strong = row.css("strong.t1")
        if strong:
            text = " ".join(
                strong[0]
                .xpath(".//text()[not(ancestor::em)][not(ancestor::*[contains(@class,'new')])]")
                .getall()
            )
            title = re.sub(r"\s*새\s*글\s*$", "", " ".join(text.split()))
            if title:
                return title
        return super()._list_title(row, link)

    def _parse_title(self, response: Response) -> str | None:
        """The base title without the leading "[분류]" category the board writes into it."""
        title = super()._parse_title(response)
        return re.sub(r"^\[[^\[\]]{1,12}\]\s*", "", title) if title else None
