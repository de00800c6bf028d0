"""Stage 1 (crawl): the eGov ``/cop/bbs/BBSMSTR_…/`` board of 충청 시·군 (family ``egov_cop_bbs``).

Must not import ``extract`` or ``kb``. Learnt from the URL patterns and selectors of a public
scraper of local notice boards: 천안, 보령, 아산, 당진, 서천, 청양, 예산, 태안 (충남) and 증평
(충북) run the eGovFrame "cop/bbs" board with the board id in the *path*. It is not the
``selectBoardList.do?bbsId=`` board with ``javascript:viewMove()`` links (family
``egov_board_article``): here list links are plain hrefs.

- List: ``{prefix}/cop/bbs/BBSMSTR_{12 digits}/selectBoardList.do?pageIndex=P`` (``{prefix}`` is
  empty or a sub-site such as ``/kor`` or ``/health``); rows ``table tbody tr`` with 번호, 제목,
  부서명 (팀명), 등록일, 조회, 첨부; pager ``fn_egov_link_page(N)``.
- Article: ``selectBoardArticle.do?nttId=N`` next to it (links add ``kind``, ``mno``,
  ``pageIndex``, ``searchCnd``, ``searchWrd``; ``mno`` names the menu and is kept). Skins: a
  ``th scope="row"`` table with the text in ``td.tbl_cnts`` (천안); ``div.bbs-view-content``
  (태안); ``div.bbs_detail_tit h2`` + ``li.part`` + ``div.bbs_detail_content`` (증평).
  Attachments are eGov ``fn_egov_downFile('FILE_…','0')`` calls (``/cmm/fms/FileDown.do``).
"""

from __future__ import annotations

import re
from typing import ClassVar

from crawler.families._localgov import LocalGovBoard

__all__ = ["EgovCopBbs"]

_BBS_ID = re.compile(r"/cop/bbs/(BBSMSTR_\d+)/")


class EgovCopBbs(LocalGovBoard):
    """Abstract eGov ``cop/bbs`` board: one ``BBSMSTR_…`` path per board, articles by ``nttId``."""

    family: ClassVar[str] = "egov_cop_bbs"
    markup_re: ClassVar[re.Pattern[str] | None] = re.compile(
        r"/cop/bbs/BBSMSTR_\d+/select(?:BoardList|BoardArticle)\.do|class=\"(?:tbl_cnts|bbs_detail_content)"
    )

    article_url_re: ClassVar[re.Pattern[str] | None] = re.compile(
        r"/cop/bbs/BBSMSTR_\d+/selectBoardArticle\.do\?(?:[^#]*&)?nttId=(\d+)"
    )
    article_params: ClassVar[tuple[str, ...] | None] = ("nttId", "mno")

    list_item_css: ClassVar[str | None] = "table tbody tr, ul.bbs_list > li"
    list_link_css: ClassVar[str] = "a"
    page_param: ClassVar[str] = "pageIndex"
    pager_css: ClassVar[str] = "div.paging a, div.pagination a, div.board_paging a"

    title_css: ClassVar[tuple[str, ...]] = (
        "div.bbs_detail_tit h2",
        "div.bbs-view-title h3",
        "div.bbs-view h3",
    )
    meta_css: ClassVar[tuple[str, ...]] = (
        "table.bbs_detail",
        "table.tbl_view",
        "div.bbs_detail_info",
        "ul.bbs_detail_info",
        "div.bbs-view-info",
    )
    department_labels: ClassVar[tuple[str, ...]] = ("담당부서", "부서명", "부서", "팀명", "작성부서")
    person_labels: ClassVar[tuple[str, ...]] = ("작성자", "담당자")
    body_css: ClassVar[tuple[str, ...]] = ("td.tbl_cnts", "div.bbs-view-content", "div.bbs_detail_content")
    attachment_css: ClassVar[tuple[str, ...]] = (
        "a[href*='fn_egov_downFile']",
        "a[onclick*='fn_egov_downFile']",
        "a[href*='/cmm/fms/FileDown.do']",
    )

    def board_key(self, url: str) -> str | None:
        """A board is the ``BBSMSTR_…`` id in its path."""
        match = _BBS_ID.search(url)
        return match.group(1) if match else None
