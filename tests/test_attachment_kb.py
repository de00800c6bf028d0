"""Issue 14 in the kb: migration m006 (``articles.body_source``, what was read of each attachment) and
``load_articles`` filling it."""

from __future__ import annotations

import sqlite_utils

from kb.load import load_articles
from kb.schema import ensure_schema

URL = "https://www.example.go.kr/www/downloadBbsFile.do?atchmnflNo=1"


def _article(**extra):
    return {
        "id": "demo/20241002/1", "source": "demo", "title": "금천구, 일자리대상 우수상", "body_text": "금천구가 상을 받았다.",
        "url": "https://www.example.go.kr/www/selectBbsNttView.do?nttNo=1", "published_at": "2024-10-02T00:00:00+09:00",
        "attachments": [URL, URL + "2"], **extra,
    }


def test_m006_adds_the_columns():
    db = ensure_schema(sqlite_utils.Database(memory=True))
    assert "m006_attachment_text" in {r["name"] for r in db["_sqlite_migrations"].rows}
    assert "body_source" in db["articles"].columns_dict
    assert {"file_name", "format", "size", "pages", "text_read", "chars", "error", "path"} <= set(
        db["attachments"].columns_dict)


def test_load_keeps_body_source_and_what_was_read():
    db = sqlite_utils.Database(memory=True)
    files = [
        {"url": URL, "file_name": "보도자료.pdf", "format": "pdf", "size": 3776, "pages": 1, "text_read": True,
         "chars": 280, "error": None, "path": "data/raw/demo/ab.pdf"},
        {"url": URL + "2", "file_name": "x.hwp", "format": "hwp", "size": 4096, "text_read": False,
         "error": "EncryptedAttachment: password-protected HWP (FileHeader encrypted flag set)"},
        "not a record", {"url": 5},
    ]
    report = load_articles(db, [_article(body_source="attachment:보도자료.pdf", attachment_files=files)])
    assert not report.errors, report.errors
    assert db.execute("select body_source from articles").fetchone()[0] == "attachment:보도자료.pdf"
    rows = db.execute(
        "select position, file_name, format, size, pages, text_read, chars, error from attachments order by position"
    ).fetchall()
    assert rows == [
        (0, "보도자료.pdf", "pdf", 3776, 1, 1, 280, None),
        (1, "x.hwp", "hwp", 4096, None, 0, None, "EncryptedAttachment: password-protected HWP (FileHeader encrypted flag set)"),
    ]
    before = db.execute("select * from attachments order by id").fetchall()
    load_articles(db, [_article(body_source="attachment:보도자료.pdf", attachment_files=files)])
    assert [r[1:] for r in db.execute("select * from attachments order by id").fetchall()] == [r[1:] for r in before]


def test_an_article_from_an_older_crawl_reads_from_its_page():
    db = sqlite_utils.Database(memory=True)
    load_articles(db, [_article()])
    assert db.execute("select body_source from articles").fetchone()[0] == "page"
    assert db.execute("select count(*), max(text_read) from attachments").fetchone() == (2, None)
