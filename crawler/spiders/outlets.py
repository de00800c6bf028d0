"""Stage 1 (crawl): one small spider per news outlet, on ``GovnewsSpider`` plus a family mixin.

Must not import ``extract`` or ``kb``. Names follow the outlet's domain stem (STYLE.md §15).
``sample_paths`` are the list pages under the sample site (``GOVNEWS_SAMPLE_BASE``); ``start_urls``
are the production list pages. Outlets marked *fictional* exist only in ``crawler/sample_site`` and
reproduce a documented family's markup (SOURCES.md §1–3).
"""

from __future__ import annotations

from crawler.spiders.base import GovnewsSpider
from crawler.spiders.ndsoft import NdSoftSkinA, NdSoftSkinB, NdSoftSkinC
from crawler.spiders.newsfamilies import ArticleHtmlNoMixin, PipeBylineMixin, SubReadMixin


class SijungSpider(NdSoftSkinA, GovnewsSpider):
    """서울시정일보 (sijung.co.kr), ND Soft Skin A, UTF-8; also reads its RSS and AMP twins."""

    name = "sijung"
    home_region = "서울특별시"
    start_urls = ("http://www.sijung.co.kr/news/articleList.html?sc_section_code=S1N2&view_type=sm",)
    sample_paths = ("sijung/news/articleList.html?sc_section_code=S1N2&view_type=sm",)


class SeoulgujungSpider(PipeBylineMixin, GovnewsSpider):
    """서울구정신문 (seoulgujung.co.kr), unknown CMS: generic legacy pipe-byline profile, EUC-KR."""

    name = "seoulgujung"
    home_region = "서울특별시"
    start_urls = ("http://www.seoulgujung.co.kr/news/list.php?section=1",)
    sample_paths = ("seoulgujung/news/list.php?section=1",)


class GurotodaySpider(NdSoftSkinB, GovnewsSpider):
    """구로투데이 (fictional), ND Soft Skin B; list dates ``MM.DD HH:MM`` without a year."""

    name = "gurotoday"
    home_region = "서울특별시"
    sample_paths = ("gurotoday/news/articleList.html?sc_section_code=S1N1&view_type=sm",)


class GwanaknewsSpider(NdSoftSkinC, GovnewsSpider):
    """관악뉴스 (fictional), ND Soft Skin C: EUC-KR declared only by ``<meta>``, table layout."""

    name = "gwanaknews"
    home_region = "서울특별시"
    sample_paths = ("gwanaknews/news/articleList.html?sc_section_code=S1N1",)


class SdmtimesSpider(ArticleHtmlNoMixin, GovnewsSpider):
    """서대문타임즈 (fictional), ``article.html?no=`` family; ``section_list_all`` ignores ``page=``."""

    name = "sdmtimes"
    home_region = "서울특별시"
    sample_paths = ("sdmtimes/news/article_list_all.html?page=1",)


class GangbuktimesSpider(SubReadMixin, GovnewsSpider):
    """강북타임즈 (fictional), ``sub_read.html?uid=`` family, EUC-KR with a mislabelled page."""

    name = "gangbuktimes"
    home_region = "서울특별시"
    sample_paths = ("gangbuktimes/sub_list.html?section=sc1&section2=%BB%E7%C8%B8",)
