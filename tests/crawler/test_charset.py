"""Charset sniffing on EUC-KR bytes with a correct label, a wrong label and no label."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse

from crawler.charset import decode_html, detect_encoding, fix_response_encoding, normalize_label
from tests.crawler.pages import FIXTURES, ROOT, sample_site_sources

TEXT = "<html><head>{meta}</head><body>2021년 08월 22일(일) 20:50 구로구 일자리 대상</body></html>"
EUCKR_META = TEXT.format(meta='<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">').encode("cp949")
EUCKR_BARE = TEXT.format(meta="").encode("cp949")
UTF8_BARE = TEXT.format(meta="").encode("utf-8")


@pytest.mark.parametrize(
    ("body", "content_type", "expected"),
    [
        (EUCKR_META, "text/html; charset=euc-kr", "cp949"),
        (EUCKR_META, None, "cp949"),
        (EUCKR_BARE, None, "cp949"),
        (EUCKR_BARE, "text/html; charset=iso-8859-1", "cp949"),
        (EUCKR_BARE, "text/html; charset=utf-8", "cp949"),
        (EUCKR_META, "text/html; charset=ISO-8859-1", "cp949"),
        (UTF8_BARE, "text/html; charset=euc-kr", "utf-8"),
        (UTF8_BARE, None, "utf-8"),
        ("\ufeff안녕".encode("utf-8"), "text/html; charset=euc-kr", "utf-8-sig"),
        (b"<html>plain ascii</html>", "text/html; charset=iso-8859-1", "iso8859-1"),
    ],
    ids=["header", "meta-only", "no-label", "wrong-latin1", "wrong-utf8", "wrong-header-right-meta",
         "utf8-mislabelled-euckr", "utf8-bare", "bom-wins", "ascii-latin1-ok"],
)
def test_detect_encoding(body, content_type, expected):
    assert detect_encoding(body, content_type)[0] == expected


def test_latin1_mojibake_page_decodes_as_cp949():
    """kmrnews / m.kwangju: ``2021³â 08¿ù 22ÀÏ(ÀÏ)`` is cp949 read as Latin-1 (SOURCES.md §5)."""
    text, encoding = decode_html(EUCKR_BARE, "text/html; charset=iso-8859-1")
    assert encoding == "cp949"
    assert "2021년 08월 22일(일)" in text
    assert "2021³â" in EUCKR_BARE.decode("latin-1")


def test_euc_kr_labels_mean_cp949():
    assert normalize_label("EUC-KR") == normalize_label("ks_c_5601-1987") == "cp949"
    assert normalize_label("no-such-charset") is None


def test_scrapy_response_with_wrong_label_is_relabelled():
    response = HtmlResponse("http://x.test/", body=EUCKR_BARE, headers={"Content-Type": "text/html; charset=iso-8859-1"})
    assert "구로구" not in response.text
    fixed = fix_response_encoding(response)
    assert fixed.encoding == "cp949" and "구로구 일자리" in fixed.text


def test_every_fixture_decodes_without_replacement_characters():
    pages = set(FIXTURES.glob("*/*.htm*")) | {ROOT / source for source in sample_site_sources()}
    for page in sorted(pages):
        if page.suffix == ".xml":
            continue
        text, _ = decode_html(page.read_bytes())
        assert "\ufffd" not in text, page
