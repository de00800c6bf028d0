"""The sample-site server: file-naming convention, POST bodies, charset headers, robots.txt, 404s."""

from __future__ import annotations

import json
import urllib.error
import urllib.request

import pytest

from crawler.sample_server import SAMPLE_ROOT, SampleServer, resolve


@pytest.fixture
def tree(tmp_path):
    site = tmp_path / "demo"
    (site / "news").mkdir(parents=True)
    (site / "news" / "list.html@page=2&sec=%BB%E7").write_bytes("목록 2".encode("cp949"))
    (site / "news" / "list.html").write_text("목록", encoding="utf-8")
    (site / "news" / "search.html@POST@sc_word=abc&total=3").write_text("검색", encoding="utf-8")
    (site / "index.html").write_text("home", encoding="utf-8")
    (site / "_site.json").write_text(
        json.dumps({"charset_header": "euc-kr", "robots_txt": "User-agent: *\nDisallow: /x/\n",
                    "files": {"news/list.html": {"charset_header": "iso-8859-1"}}}),
        encoding="utf-8",
    )
    (tmp_path / "plain").mkdir()
    (tmp_path / "plain" / "a.xml").write_text('<?xml version="1.0"?><rss></rss>', encoding="utf-8")
    with SampleServer(root=tmp_path) as server:
        yield server


def _get(url, data=None):
    try:
        with urllib.request.urlopen(urllib.request.Request(url, data=data), timeout=5) as r:
            return r.status, r.headers.get("Content-Type"), r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type"), exc.read()


def test_query_maps_to_at_file_with_raw_query(tree):
    status, ctype, body = _get(f"{tree.base_url}/demo/news/list.html?page=2&sec=%BB%E7")
    assert status == 200 and ctype == "text/html; charset=euc-kr" and body.decode("cp949") == "목록 2"


def test_per_file_wrong_label_and_no_query(tree):
    status, ctype, body = _get(f"{tree.base_url}/demo/news/list.html")
    assert status == 200 and ctype == "text/html; charset=iso-8859-1" and body.decode("utf-8") == "목록"


def test_post_body_is_part_of_the_file_name(tree):
    status, _, body = _get(f"{tree.base_url}/demo/news/search.html", data=b"sc_word=abc&total=3")
    assert status == 200 and body.decode("utf-8") == "검색"


def test_directory_index_robots_and_404(tree):
    assert _get(f"{tree.base_url}/demo/")[2] == b"home"
    assert _get(f"{tree.base_url}/demo/robots.txt")[2].startswith(b"User-agent")
    assert _get(f"{tree.base_url}/plain/robots.txt")[0] == 404  # robots_txt null → 404 (= allowed)
    assert _get(f"{tree.base_url}/robots.txt")[0] == 404
    assert _get(f"{tree.base_url}/demo/news/nope.html")[0] == 404
    assert _get(f"{tree.base_url}/demo/_site.json")[0] == 404
    assert _get(f"{tree.base_url}/demo/../demo/index.html")[0] in {200, 404}


def test_xml_files_are_served_as_rss(tree):
    assert _get(f"{tree.base_url}/plain/a.xml")[1] == "application/rss+xml"


def test_server_binds_loopback_only():
    with pytest.raises(ValueError):
        SampleServer(host="0.0.0.0")


def test_every_sample_start_page_resolves():
    from crawler.spiders.sites import SPIDERS

    for cls in SPIDERS.values():
        for path in cls.sample_paths:
            p, _, q = path.partition("?")
            assert resolve(SAMPLE_ROOT, "/" + p, q) is not None, path
