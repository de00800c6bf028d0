"""Stage 1 (crawl): the ``bbsMsgList.do`` board of 인천 자치구·군 (family ``bbsmsg``).

Must not import ``extract`` or ``kb``. Learnt from the URL patterns and selectors of a public
scraper of local notice boards (강화, 옹진, 계양, 부평 and the former 서구) and from the field
notes on 인천 자치구 press boards (``bbsMsgDetail.do?msg_seq=N&bcd=report``). A board is a
``bcd`` code (``notice``, ``report`` = 보도자료, ``board_4``) under a sub-site path
(``/open_content/main/bbs/``, ``/main/bbs/``, ``/bbs/``).

- List: ``{sub-site}/bbs/bbsMsgList.do?bcd=CODE&pgno=P``; rows ``table tbody tr`` (번호, 제목,
  첨부, 작성자, 작성일, 조회수) or, on 부평's skin, ``ul.generalList > li`` with ``p.title a``
  and the date in ``li.center``.
- Article: ``{sub-site}/bbs/bbsMsgDetail.do?msg_seq=N&bcd=CODE``; ``dl dt/dd`` pairs (작성자,
  전화번호, 작성일, 조회수); text ``div.con`` (강화, 서구) or ``div.detail`` (부평).
- Unverified: the title element and the attachment links (``bbsMsgFileDown.do`` assumed).
"""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import urlsplit

from crawler.families._localgov import LocalGovBoard
from crawler.text import query_param

__all__ = ["BbsMsgBoard"]


class BbsMsgBoard(LocalGovBoard):
    """Abstract ``bbsMsgList.do`` board: one ``bcd`` per board, articles by ``msg_seq``."""

    family: ClassVar[str] = "bbsmsg"
    markup_re: ClassVar[re.Pattern[str] | None] = re.compile(r"/bbs/bbsMsg(?:List|Detail)\.do\?")

    article_url_re: ClassVar[re.Pattern[str] | None] = re.compile(
        r"/bbs/bbsMsgDetail\.do\?(?:[^#]*&)?msg_seq=(\d+)"
    )
    article_params: ClassVar[tuple[str, ...] | None] = ("msg_seq", "bcd")

    list_item_css: ClassVar[str | None] = "table tbody tr, ul.generalList > li"
    list_link_css: ClassVar[str] = "a"
    list_title_css: ClassVar[str | None] = "p.title a"
    list_date_css: ClassVar[str | None] = "td, li.center"
    page_param: ClassVar[str] = "pgno"
    pager_css: ClassVar[str] = "div.paging a, div.pagination a, p.paging a"

    title_css: ClassVar[tuple[str, ...]] = ("div.board_view h4", "div.view_top h4", "div.bbs_view h4")
    meta_css: ClassVar[tuple[str, ...]] = ("div.board_view", "div.bbs_view")
    body_css: ClassVar[tuple[str, ...]] = ("div.board_view div.con", "div.con", "div.board_view div.detail")
    attachment_css: ClassVar[tuple[str, ...]] = ("a[href*='FileDown']", "a[href*='fileDown']")

    def board_key(self, url: str) -> str | None:
        """A board is its sub-site directory plus its ``bcd`` code."""
        return f"{urlsplit(url).path.rsplit('/', 1)[0]}|{query_param(url, 'bcd')}"
