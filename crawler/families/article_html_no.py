"""Stage 1 (crawl): the ``/news/article.html?no=N`` news family (경기신문, 더구루, …; SOURCES.md §3a).

Must not import ``extract`` or ``kb``.
"""

from __future__ import annotations

import re

from crawler.spiders.base import GovnewsSpider


class ArticleHtmlNoSpider(GovnewsSpider):
    """``/news/article.html?no=N`` family: ``#news_body_area``; mobile twins share the article number."""

    family = "article_html_no"
    article_url_re = re.compile(r"/(?:news|mobile|m)/(?:m_)?article\.html\?(?:[^#]*&)?no=(\d+)")
    #: mobile ``/mobile/article.html`` and ``/m/m_article.html`` → ``/news/article.html?no=N``
    article_params = ("no",)
    article_path_re = re.compile(r"/(?:news|mobile|m)/(?:m_)?article\.html$")
    article_path = "/news/article.html"
    list_item_css = "ul.art_list_all > li, li.on_thumb"
    list_link_css = "a"
    list_title_css = "h3"
    list_date_css = ".date"
    list_lead_css = "p.ffd"
    next_page_css = "div.paging strong + a"
    title_css = ("div.art_top h2", "h2.art_title")
    date_css = ("p.arvdate", "ul.art_info li")
    author_css = ("p.arvwriter", "ul.art_info li.writer")
    body_css = ("#news_body_area .smartOutput", "#news_body_area")
    body_drop_css = (".weather", ".hot_click", ".banner_box")
