"""bench/crawl.py on a 20-page site: both spiders fetch every page (a few seconds)."""

from __future__ import annotations

import urllib.request

from bench import crawl
from bench.crawl_site import BenchSite


def test_the_generated_site_serves_every_page_and_404_otherwise():
    site = BenchSite(20)
    assert (site.lists, site.articles, len(site)) == (1, 19, 20)
    with site.serve() as base:
        page = urllib.request.urlopen(site.article_urls(base)[0]).read().decode("utf-8")
        assert 'id="article-view-content-div"' in page and "icon-user-o" in page
        try:
            urllib.request.urlopen(base + "/sijung/news/articleView.html?idxno=1")
            raise AssertionError("an unknown page must answer 404")
        except urllib.error.HTTPError as exc:
            assert exc.code == 404


def test_both_spiders_fetch_every_page_of_a_20_page_site(capsys):
    assert crawl.main(["--pages", "20", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "| 20 | 19 |" in out  # 20 pages, 19 articles written by govnews (checked inside main)
    assert out.rstrip().splitlines()[-1].startswith("ratios: 20 pages: govnews÷bare ")
