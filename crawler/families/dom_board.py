"""Stage 1 (crawl): the ``/board/list.{site}`` board with ``menuCd=DOM_…`` menus (family ``dom_board``).

Must not import ``extract`` or ``kb``. Learnt from the URL patterns and selectors of a public
scraper of local notice boards, where one software serves about thirty governments: 부산 동구,
북구, 중구, 남구, 서구, 부산진구, 동래구, 금정구, 사상구, 수영구; 경상남도, 거제, 의령,
고성(경남); 전북특별자치도, 익산, 김제, 정읍, 고창, 부안, 순창, 완주, 임실, 장수, 진안; 담양,
광양; 울진; 춘천. The script's extension is the site's own name (``list.donggu``,
``view.gyeong``, ``list.iksan``).

- List: ``/board/list.{site}?boardId=BBS_…&menuCd=DOM_…&paging=ok&startPage=P`` (some add
  ``listRow``, ``listCel``, ``orderBy=REGISTER_DATE DESC``; sub-sites prefix the path:
  ``/health/board/…``, ``/lll/board/…``). Rows ``table tbody tr``: 번호, 제목 (link, often with a
  ``title`` attribute), 작성자/부서, 작성일, 조회수, 파일.
- Article: ``/board/view.{site}?boardId=…&menuCd=…&dataSid=N``. Skins differ by site: a ``th
  scope="row"`` table (제목, 작성자, 작성일 …) with the text in ``td.bbs_content`` (부산 동구),
  ``td.contents`` (금정), ``td#tdcontent`` (고성), ``td[headers=tdcontents]`` (의령), ``td.cont``;
  or blocks ``div.substan`` (거제, 부산진구), ``div.bbs_con`` (익산), ``div.board_con`` (북구).
- Unverified: the attachment links (``/board/download.{site}`` assumed) and whether 작성일 shows
  the time of day.
"""

from __future__ import annotations

import re
from typing import ClassVar

from crawler.families._localgov import LocalGovBoard
from crawler.text import query_param

__all__ = ["DomBoard"]


class DomBoard(LocalGovBoard):
    """Abstract ``/board/list.{site}`` board: one ``boardId`` per board, articles by ``dataSid``."""

    family: ClassVar[str] = "dom_board"
    markup_re: ClassVar[re.Pattern[str] | None] = re.compile(
        r"/board/(?:view|list)\.[a-z]+\?[^\"'<>\s]*\bboardId=|menuCd=DOM_\d"
    )

    article_url_re: ClassVar[re.Pattern[str] | None] = re.compile(
        r"/board/view\.[a-z]+\?(?=[^#]*\bboardId=)(?:[^#]*&)?dataSid=(\d+)"
    )
    article_params: ClassVar[tuple[str, ...] | None] = ("boardId", "menuCd", "dataSid")

    list_item_css: ClassVar[str | None] = "table tbody tr, div.bloglist-wrap li"
    list_link_css: ClassVar[str] = "a"
    list_date_css: ClassVar[str | None] = "td, span.date"
    page_param: ClassVar[str] = "startPage"
    pager_css: ClassVar[str] = "div.paging a, div.pagination a, p.paging a"

    title_css: ClassVar[tuple[str, ...]] = ("div.bbs_view h3", "div.view_head h3", "td.subject")
    meta_css: ClassVar[tuple[str, ...]] = (
        "table.bbs_view",
        "table.board_view",
        "div.bbs_info",
        "div.info",
        "div.view_info",
    )
    meta_date_labels: ClassVar[tuple[str, ...]] = ("작성일", "등록일", "게시일", "작성일시")
    department_labels: ClassVar[tuple[str, ...]] = ("담당부서", "부서", "작성부서", "부서명")
    body_css: ClassVar[tuple[str, ...]] = (
        "td.bbs_content",
        "td.contents",
        "td#tdcontent",
        "td[headers=tdcontents]",
        "td.cont",
        "div.substan",
        "div.bbs_con",
        "div.board_con",
    )
    attachment_css: ClassVar[tuple[str, ...]] = (
        "a[href*='/board/download.']",
        "td.file a[href*='ownload']",
        "ul.file_list a[href*='ownload']",
    )

    def board_key(self, url: str) -> str | None:
        """A board is its ``boardId`` (``BBS_0000023``)."""
        return query_param(url, "boardId")
