"""Stage 1 (crawl): the ``/portal/bbs/`` board keyed by ``ptIdx`` (family ``portal_bbs_ptidx``).

Must not import ``extract`` or ``kb``. Learnt from the selectors of a public scraper of local
notice boards, and from a public list of 경기 press boards: the same software runs the news and
notice boards of 안동, 구미, 김천, 문경, 영천, 칠곡, 창원, 양산, 안성, 오산, 과천, 광주(경기),
의정부 (its 보도자료 too), 시흥, 평택, 부산 사하구 and 연제구. It is not the eGov
``/portal/bbs/B0000NNN/`` board (family ``egov_portal_bbs``): boards are numbered by a ``ptIdx``
parameter and menus by a ten-digit ``mId``.

- List: ``/portal/bbs/list.do?ptIdx=N&mId=M&page=P`` (lists also carry ``cancelUrl=``/``backUrl=``
  state); sub-sites use their own prefix (``/media/bbs/`` 시흥, ``/health/bbs/`` 보건소). Rows
  ``table tbody tr``; the subject link has ``href="#"`` and the article path in a ``data-action``
  attribute (``/portal/bbs/view.do?bIdx=X&ptIdx=N&mId=M``); pinned rows say 공지 in the first cell.
- Article: ``/portal/bbs/view.do?bIdx=X&ptIdx=N&mId=M``; ``div.bod_view > h4`` title;
  ``div.view_info li`` items "작성자 : …", "등록일 : …", "조회 : …", "연락처 : …" (창원 also
  ``li.view_write``); text ``div.view_cont`` (부산 사하구's skin: ``div.cont_box``).
- Unverified: the attachment markup (``div.view_file``/``ul.file_list`` assumed) and the pager.
"""

from __future__ import annotations

import re
from typing import ClassVar

from crawler.families._localgov import LocalGovBoard
from crawler.text import query_param

__all__ = ["PortalBbsPtIdx"]


class PortalBbsPtIdx(LocalGovBoard):
    """Abstract ``/portal/bbs/`` board: one ``ptIdx`` per board, links in ``data-action``."""

    family: ClassVar[str] = "portal_bbs_ptidx"
    markup_re: ClassVar[re.Pattern[str] | None] = re.compile(
        r"/bbs/(?:view|list)\.do\?[^\"'<>\s]*\bptIdx=|class=\"bod_view"
    )

    #: ``/portal/bbs/``, and the same board under other sub-sites (``/media/bbs/``, ``/health/bbs/``)
    article_url_re: ClassVar[re.Pattern[str] | None] = re.compile(
        r"/bbs/view\.do\?(?=[^#]*\bptIdx=)(?:[^#]*&)?bIdx=(\d+)"
    )
    article_params: ClassVar[tuple[str, ...] | None] = ("bIdx", "ptIdx", "mId")

    list_item_css: ClassVar[str | None] = "table tbody tr, ul.bod_list > li"
    list_link_css: ClassVar[str] = "a[data-action], td.subject a, a.title, a"
    list_link_attrs: ClassVar[tuple[str, ...]] = ("data-action", "href")
    page_param: ClassVar[str] = "page"
    pager_css: ClassVar[str] = "div.paging a, div.pagination a, ul.pagination a"

    title_css: ClassVar[tuple[str, ...]] = ("div.bod_view h4", "div.bod_view .view_tit")
    meta_css: ClassVar[tuple[str, ...]] = ("div.view_info",)
    body_css: ClassVar[tuple[str, ...]] = ("div.bod_view div.view_cont", "div.view_cont", "div.cont_box")
    attachment_css: ClassVar[tuple[str, ...]] = (
        "div.view_file a[href*='fileDown']",
        "div.view_file a[href*='ownload']",
        "ul.file_list a[href*='fileDown']",
    )

    def board_key(self, url: str) -> str | None:
        """A board is its ``ptIdx`` (every board shares the ``/portal/bbs/`` paths)."""
        return query_param(url, "ptIdx")
