"""Stage 1 (crawl): the code of sites that share no CMS with another (family ``bespoke``).

Must not import ``extract`` or ``kb``. Each class here is abstract (no ``name``) and registered with
:func:`site_code` under its spider name; :mod:`crawler.spiders.sites` builds the spider from it and
the site's ``crawler/sources.toml`` entry (URLs, codes, home region), exactly as it does from a
family class. Markup follows SOURCES.md §4; nothing was checked against a live page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import ClassVar

from scrapy.http import Response

from crawler.dates import parse_date
from crawler.families.board import BoardSpider, paragraphs_html, th_value
from crawler.spiders.base import GovnewsSpider

__all__ = ["SITE_CODE", "GangnamBoardSpider", "SeodaemunBoardSpider", "site_code"]

#: spider name → the class holding that site's own code
SITE_CODE: dict[str, type[GovnewsSpider]] = {}


def site_code(spider: str) -> Callable[[type[GovnewsSpider]], type[GovnewsSpider]]:
    """Class decorator: register the class as the code of spider ``spider``."""

    def register(cls: type[GovnewsSpider]) -> type[GovnewsSpider]:
        SITE_CODE[spider] = cls
        return cls

    return register


@site_code("seoul_seodaemun")
class SeodaemunBoardSpider(BoardSpider):
    """서대문구 보도자료 ``/news/news.do?mode=view&sdmBoardSeq=N``: EUC-KR pages, body ``td#viewCon``."""

    article_url_re = re.compile(r"/news/news\.do\?(?=[^#]*\bmode=view)(?:[^#]*&)?sdmBoardSeq=(\d+)")
    article_params = ("mode", "sdmBoardSeq")
    list_item_css = "table.list tr"
    list_date_css = "td:last-child"
    title_css = ("td.view_title", "th.view_title", "div.view_title")
    body_css = ("td#viewCon",)
    attachment_css = ("td.view_file a[href]",)

    def _parse_published_at(self, response: Response) -> str | None:
        """The cell labelled 등록일/작성일, else the list date."""
        return parse_date(th_value(response, "등록일", "작성일")) or super()._parse_published_at(response)


@site_code("seoul_gangnam")
class GangnamBoardSpider(BoardSpider):
    """강남구 보도자료 ``/board/{board_code}/{id}/view.do?mid={menu_id}``.

    The Hancom web editor draws the body with JavaScript, so the plain text exists only in
    ``input#content_main_text[value]`` (SOURCES.md §4).
    """

    #: the board code (``B_000031``) and menu id (``ID01_031``) (sources.toml ``params``)
    board_code: ClassVar[str] = ""
    menu_id: ClassVar[str] = ""

    article_url_re = re.compile(r"/board/B_\d+/(\d+)/view\.do")
    article_params = ("mid",)
    article_param_attrs = {"mid": "menu_id"}
    article_path_re = re.compile(r"^.*?/board/B_\d+/\d+/view\.do")
    title_css = ("div.board_view .title", "div.view_title h3", "h3.view_tit")
    date_css = ("div.board_view .date", "ul.view_info li.date")

    def is_article_url(self, url: str) -> bool:
        """A ``view.do`` URL of this board code."""
        return super().is_article_url(url) and f"/board/{self.board_code}/" in url

    def _body_html(self, response: Response) -> str | None:
        """The ``value`` of ``input#content_main_text`` (HTML-escaped editor text), as paragraphs."""
        value = response.css("input#content_main_text::attr(value)").get()
        if not value or not value.strip():
            return super()._body_html(response)
        return paragraphs_html(value)
