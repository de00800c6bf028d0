"""The crawler layout: family modules found by name, site spiders built from crawler/sources.toml,
and canonical article URLs declared by ``article_params`` / ``article_path_re`` (no network)."""

from __future__ import annotations

import pytest

from crawler.families import family_class, family_classes
from crawler.registry import SampleSource, Source, load_samples, load_sources
from crawler.run import spider_classes
from crawler.spiders.base import GovnewsSpider
from crawler.spiders.sites import PROBLEMS, SPIDERS, build_spiders, class_name

#: the families of the press boards and news sites the project started with
CORE_FAMILIES = {
    "ndsoft", "ndsoft_a", "ndsoft_b", "ndsoft_c", "legacy_pipe", "article_html_no", "sub_read",
    "si_bbsntt", "egov_portal_bbs", "egov_board_article", "site_ex_bbs", "wordpress_seoul", "moel",
    "newsview_ncode", "naver", "daum", "eminwon",
}


def test_every_family_module_registers_an_abstract_spider_class():
    families = family_classes()
    assert CORE_FAMILIES <= set(families)
    for name, cls in families.items():
        assert issubclass(cls, GovnewsSpider) and not cls.name and cls.family == name
        assert cls.__module__.startswith("crawler.families.")
    with pytest.raises(KeyError, match="unknown family"):
        family_class("no_such_family")


def test_every_registry_spider_is_built_and_loaded_by_scrapy():
    assert PROBLEMS == []
    sources, samples = load_sources(), load_samples()
    built, problems = build_spiders(sources, samples)
    assert problems == []
    assert set(built) == {s.spider for s in sources if s.spider} | {s.spider for s in samples}
    loaded = spider_classes()
    for name, cls in SPIDERS.items():
        assert loaded[name] is cls and cls.__name__ == class_name(name)
        assert cls.__module__ == "crawler.spiders.sites"


@pytest.mark.parametrize("source", [s for s in load_sources() if s.spider], ids=lambda s: s.name)
def test_a_built_spider_carries_its_entry(source):
    cls = SPIDERS[source.spider]
    assert (cls.name, cls.family, cls.kind) == (source.spider, source.family, source.kind)
    assert (cls.home_region, cls.district_code) == (source.home_region, source.district_code)
    assert cls.start_urls == list(source.start_urls)
    assert all(getattr(cls, key) == value for key, value in source.params.items())


def test_adding_a_site_of_a_known_family_is_one_entry():
    entry = Source(
        name="seoul_test", kind="board", family="si_bbsntt", spider="seoul_test",
        start_urls=("https://www.test.go.kr/www/selectBbsNttList.do?bbsNo=7&key=70",),
        home_region="서울특별시", district_code="1100000000", params={"bbs_no": "7", "bbs_key": "70"},
    )
    sample = SampleSource(name="seoul_test", spider="seoul_test", start_urls=("{base}/seoul_test/www/list.do",))
    built, problems = build_spiders([entry], [sample])
    assert problems == []
    spider = built["seoul_test"]()
    assert spider.sample_paths == ("seoul_test/www/list.do",) and spider.bbs_no == "7"
    assert spider.is_article_url("https://www.test.go.kr/www/selectBbsNttView.do?bbsNo=7&key=70&nttNo=1")
    assert not spider.is_article_url("https://www.test.go.kr/www/selectBbsNttView.do?bbsNo=70&key=70&nttNo=1")


def test_entries_that_cannot_be_built_are_reported_not_raised():
    entries = [
        Source(name="a", kind="board", family="no_such_family", spider="a"),
        Source(name="b", kind="board", family="si_bbsntt", spider="b", params={"bbs_nr": "1"}),
        Source(name="c", kind="outlet", family="ndsoft_a", spider=""),
    ]
    built, problems = build_spiders(entries, [SampleSource(name="d", spider="d")])
    assert built == {}
    assert [p.split(":")[0] for p in problems] == ["a", "b", "d"]
    assert "bbs_nr" in problems[1]


CANONICAL = [
    ("sijung", "https://www.sijung.co.kr/news/articleViewAmp.html?idxno=61502",
     "https://www.sijung.co.kr/news/articleView.html?idxno=61502"),
    ("sijung", "http://www.sijung.co.kr/?mod=news&act=articleView&idxno=5",
     "http://www.sijung.co.kr/news/articleView.html?idxno=5"),
    ("sijung", "http://www.sijung.co.kr/news/articleList.html?sc_section_code=S1N2&page=2",
     "http://www.sijung.co.kr/news/articleList.html?sc_section_code=S1N2&page=2"),
    ("seoulgujung", "http://www.seoulgujung.co.kr/news/read.php?section=1&idx=4821",
     "http://www.seoulgujung.co.kr/news/read.php?idx=4821"),
    ("sdmtimes", "http://www.sdmtimes.test/mobile/article.html?no=1201&sec=5",
     "http://www.sdmtimes.test/news/article.html?no=1201"),
    ("sdmtimes", "http://www.sdmtimes.test/m/m_article.html?no=1201",
     "http://www.sdmtimes.test/news/article.html?no=1201"),
    ("gangbuktimes", "http://www.gangbuktimes.test/sub_read.html?uid=290122&section=sc1&section2=%BB%E7%C8%B8",
     "http://www.gangbuktimes.test/sub_read.html?uid=290122"),
    ("seoul_guro", "https://www.guro.go.kr/www/selectBbsNttView.do;jsessionid=AB12?key=1793&bbsNo=665&nttNo=1&pageIndex=2",
     "https://www.guro.go.kr/www/selectBbsNttView.do?bbsNo=665&key=1793&nttNo=1"),
    ("seoul_yongsan", "https://www.yongsan.go.kr/portal/bbs/B0000041/view.do?nttId=98177&pageIndex=2",
     "https://www.yongsan.go.kr/portal/bbs/B0000041/view.do?nttId=98177&menuNo=200228"),
    ("seoul_news", "https://news.seoul.go.kr/gov/archives/555088/?utm_source=rss",
     "https://news.seoul.go.kr/gov/archives/555088"),
    ("moel", "https://www.moel.go.kr/news/enews/report/enewsView.do;jsessionid=XY?news_seq=17211&pageIndex=1",
     "https://www.moel.go.kr/news/enews/report/enewsView.do?news_seq=17211"),
    ("seoul_seodaemun", "https://www.sdm.go.kr/news/news.do?sdmBoardSeq=210455&mode=view&page=3",
     "https://www.sdm.go.kr/news/news.do?mode=view&sdmBoardSeq=210455"),
    ("seoul_gangnam", "https://www.gangnam.go.kr/board/B_000031/418877/view.do?page=2",
     "https://www.gangnam.go.kr/board/B_000031/418877/view.do?mid=ID01_031"),
    ("siminilbo", "https://www.siminilbo.co.kr/news/newsview.php?ncode=1065583224518263&dt=m",
     "https://www.siminilbo.co.kr/news/newsview.php?ncode=1065583224518263"),
    ("naver", "https://n.news.naver.com/mnews/article/001/0015012345?sid=102",
     "https://n.news.naver.com/mnews/article/001/0015012345"),
    ("daum", "https://v.daum.net/v/20260927095412345?f=o", "https://v.daum.net/v/20260927095412345"),
]


@pytest.mark.parametrize(("spider", "href", "expected"), CANONICAL, ids=[c[0] for c in CANONICAL])
def test_canonical_article_urls_follow_the_declared_shape(spider, href, expected):
    assert SPIDERS[spider]()._canonical(href, href) == expected


def test_article_numbers_join_every_matched_group():
    assert SPIDERS["naver"]()._parse_article_no("https://n.news.naver.com/mnews/article/001/0015012345") == (
        "001-0015012345"
    )
    assert SPIDERS["sijung"]()._parse_article_no("http://x.kr/news/articleView.html?idxno=7") == "7"
