"""Stage 1 (crawl): the ``ybscript.io`` board of 전남 시·군 homepages (family ``yb_board``).

Must not import ``extract`` or ``kb``. Learnt from a public scraper of 전남 press boards (saved
list page and per-site selector notes of 강진, 보성, 장흥, 나주, 목포): one CMS whose menus are
plain paths (``/www/government/news/press``) and whose files live under ``ybmodule.file/…`` and
``/ybscript.io/common/file_download/…``.

- List: ``{menu path}`` and ``{menu path}?page=N``. Two skins: cards ``ul.md_list > li > a``
  (``p.c_tit`` title, ``p.c_sub`` subtitle, ``ul.c_exp li`` date ``YYYY-MM-DD`` behind an
  ``i.ico_new`` "N" badge) and a table (``td.align_left a > span`` + ``i.ico_new``). Links carry
  ``title="… 에 대한 글내용 보기."``. Pager ``div.md_pagination a.page_link`` / ``a.page_navi.next``.
- Article: ``{menu path}?idx=N&mode=view`` (menu paths start with ``/www/`` on every site seen); title and ``dl dt/dd`` (작성일 ``YYYY.MM.DD HH:MM``,
  조회수) in ``div.view_titlebox``; department in ``#page_info dd`` (담당부서 or 작성과/작성팀);
  photos in ``div.image_viewbox``; text in ``div.text_viewbox``, where photo captions are lines
  ``*사진설명 : …``; files linked by ``window.open('/ybscript.io/common/file_download/…')``.
"""

from __future__ import annotations

import re
from typing import ClassVar

from crawler.families._localgov import LocalGovBoard

__all__ = ["YbBoard"]


class YbBoard(LocalGovBoard):
    """Abstract ``ybscript.io`` board: one menu path per board, articles at ``?idx=N&mode=view``."""

    family: ClassVar[str] = "yb_board"
    markup_re: ClassVar[re.Pattern[str] | None] = re.compile(
        r"/ybscript\.io/|ybmodule\.file/|class=\"(?:text_viewbox|view_titlebox)"
    )

    #: menus live under ``/www/`` on every site seen (``/www/government/news/press``)
    article_url_re: ClassVar[re.Pattern[str] | None] = re.compile(
        r"/www/[^?#]*\?(?=[^#]*\bmode=view)(?:[^#]*&)?idx=(\d+)"
    )
    article_params: ClassVar[tuple[str, ...] | None] = ("idx", "mode")

    list_item_css: ClassVar[str | None] = (
        "ul.md_list > li, div.board_list table tbody tr, table.board_list tbody tr"
    )
    list_link_css: ClassVar[str] = "a"
    list_title_css: ClassVar[str | None] = "p.c_tit, td.align_left a > span"
    list_date_css: ClassVar[str | None] = "ul.c_exp li, td"
    page_param: ClassVar[str] = "page"
    pager_css: ClassVar[str] = "div.md_pagination a, div.page_links a"

    title_css: ClassVar[tuple[str, ...]] = (
        "div.view_titlebox h3",
        "div.view_titlebox h4",
        "div.view_titlebox .title",
    )
    meta_css: ClassVar[tuple[str, ...]] = ("div.view_titlebox", "#page_info")
    department_labels: ClassVar[tuple[str, ...]] = ("담당부서", "작성과", "작성부서", "부서명", "작성팀")
    body_css: ClassVar[tuple[str, ...]] = ("div.text_viewbox", "div.board_view_cont")
    body_drop_css: ClassVar[tuple[str, ...]] = ("div.image_viewbox",)
    body_line_drop: ClassVar[re.Pattern[str] | None] = re.compile(r"^\*?\s*사진\s*설명[^:：]{0,12}[:：]")
    attachment_css: ClassVar[tuple[str, ...]] = (
        "div.file_viewbox a[href*='file_download']",
        "div.file_viewbox button[onclick*='file_download']",
        "a[href*='/ybscript.io/common/file_download/']",
    )
