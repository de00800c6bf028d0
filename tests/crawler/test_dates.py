"""Every date form of SOURCES.md §5 → ISO 8601 KST."""

from __future__ import annotations

from datetime import datetime

import pytest

from crawler.dates import KST, parse_date, parse_labelled_dates

REF = datetime(2021, 1, 5, 12, 0, tzinfo=KST)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2011.10.13 10:44", "2011-10-13T10:44:00+09:00"),
        ("입력 2011.10.13 10:44", "2011-10-13T10:44:00+09:00"),
        ("기사승인 2019.07.30  15:27:15", "2019-07-30T15:27:15+09:00"),
        ("2024-03-05", "2024-03-05T00:00:00+09:00"),
        ("2024-03-05 10:44:00", "2024-03-05T10:44:00+09:00"),
        ("2026. 9. 27. 09:54", "2026-09-27T09:54:00+09:00"),
        ("2024년03월05일", "2024-03-05T00:00:00+09:00"),
        ("2021년 08월 22일(일) 20:50", "2021-08-22T20:50:00+09:00"),
        ("편집 2017.08.03 [09:22]", "2017-08-03T09:22:00+09:00"),
        ("입력 2020년09월30일 13시23분", "2020-09-30T13:23:00+09:00"),
        ("Tue, 05 Mar 2024 10:44:00 +0900", "2024-03-05T10:44:00+09:00"),
        ("Tue, 05 Mar 2024 01:44:00 GMT", "2024-03-05T10:44:00+09:00"),
        ("2024-03-05T10:44:00+09:00", "2024-03-05T10:44:00+09:00"),
        ("2024-03-05T01:44:00Z", "2024-03-05T10:44:00+09:00"),
        ("01.04 09:10", "2021-01-04T09:10:00+09:00"),
        ("12.30 10:15", "2020-12-30T10:15:00+09:00"),
        ("", None),
        ("댓글 0", None),
    ],
    ids=[
        "ndsoft", "ndsoft-label", "old-skin-2sp-sec", "iso-date", "rss-no-offset", "daum", "jongno",
        "gwangju", "subread-edit", "reported-sisi", "rfc822-kst", "rfc822-gmt", "iso-offset", "iso-z",
        "list-no-year", "list-no-year-rollover", "empty", "no-date",
    ],
)
def test_parse_date_accepts_every_documented_form(text, expected):
    assert parse_date(text, reference=REF) == expected


def test_year_less_list_dates_roll_back_over_new_year():
    ref = datetime(2021, 1, 2, 8, 0, tzinfo=KST)
    assert parse_date("12.31 23:59", reference=ref) == "2020-12-31T23:59:00+09:00"
    assert parse_date("01.02 07:00", reference=ref) == "2021-01-02T07:00:00+09:00"


def test_labelled_dates_are_split_by_label():
    found = parse_labelled_dates("입력 2023.01.12 11:05 수정 2023.01.12 13:40 기사승인 2023.01.12 11:10")
    assert found == {
        "입력": "2023-01-12T11:05:00+09:00",
        "수정": "2023-01-12T13:40:00+09:00",
        "승인": "2023-01-12T11:10:00+09:00",
    }
