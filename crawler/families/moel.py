"""Stage 1 (crawl): 고용노동부 (MOEL) press releases, ``enewsList.do`` / ``enewsView.do`` (SOURCES.md §4).

Must not import ``extract`` or ``kb``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import ClassVar
from urllib.parse import urljoin

from scrapy.http import Response

from crawler.families.board import BoardSpider
from crawler.spiders.base import ListEntry, canonicalize_url, clean_inline


class MoelBoardSpider(BoardSpider):
    """고용노동부 press releases: ``enewsList.do?pageIndex=N`` and ``enewsView.do?news_seq=N``.

    Quirks (SOURCES.md §4): ``;jsessionid=`` inside the path (so ``a[href*="enewsView.do?news_seq="]``
    alone misses links — match ``enewsView.do`` and parse); an anchor whose text is only
    "보도자료"/"보도참고자료" (title then comes from the ``title`` attribute or the row's longest link);
    each attachment linked twice (name and "다운로드").
    """

    family = "moel"
    article_url_re = re.compile(r"enewsView\.do(?:;jsessionid=[^?]*)?\?(?:[^#]*&)?news_seq=(\d+)")
    article_params = ("news_seq",)
    list_item_css = "table tbody tr, ul.board_list > li"
    title_css = (
        ".board_view .b_info .title",
        ".board_view h3",
        ".bbs_view h3",
        "#contents h3.title",
    )
    date_css = (".board_view .b_info .date", ".bbs_view .date")
    body_css = (".board_view .b_content", ".board_view", ".bbs_view", "#contents")
    body_drop_css = (".b_info", ".file", ".b_file", ".btn_area", ".title", "h3", ".prev_next")
    attachment_css = ('a[href*="downloadFile.do"]', 'a[href*="downloadAllZip.do"]')
    _LABEL_ONLY: ClassVar[re.Pattern[str]] = re.compile(
        r"^(?:보도(?:참고|해명|설명)?자료|참고자료|설명자료|새창)$"
    )

    def _parse_list_entries(self, response: Response) -> Iterable[ListEntry]:
        """One entry per ``news_seq`` (rows link an article more than once), title from the row."""
        seen: set[str] = set()
        for row in response.css(self.list_item_css):
            links = [a for a in row.css("a[href]") if "enewsView.do" in a.attrib["href"]]
            if not links:
                continue
            url = self._canonical(links[0].attrib["href"], response.url)
            if not self.is_article_url(url) or url in seen:
                continue
            seen.add(url)
            yield ListEntry(
                url=url, title=self._parse_list_title(links), published_at=self._parse_row_date(row)
            )

    def _parse_list_title(self, links) -> str | None:
        """Longest anchor text that is not a bare label, else a ``title`` attribute."""
        texts = [clean_inline(" ".join(a.css("::text").getall())) for a in links]
        real = [t for t in texts if t and not self._LABEL_ONLY.match(t)]
        if real:
            return max(real, key=len)
        titles = [clean_inline(a.attrib.get("title", "")).removesuffix(" 새창") for a in links]
        return next((t for t in titles if t and not self._LABEL_ONLY.match(t)), None)

    def list_url(self, base: str, page: int) -> str:
        """``enewsList.do?pageIndex=P`` (the search state is not kept)."""
        return urljoin(canonicalize_url(base), f"enewsList.do?pageIndex={page}")
