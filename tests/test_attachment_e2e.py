"""Issue 14 end to end, as ``make kb`` runs it: the whole sample site is crawled, extracted and loaded,
and the ``attach_demo`` board — stub pages whose releases are only in a PDF, an HWP 5 and an HWPX
attachment — yields facts from the attachments; ``articles.body_source`` and ``attachments`` show it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import sqlite_utils

ROOT = Path(__file__).resolve().parents[1]


def govnews(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "govnews", *args], capture_output=True, text=True, check=True,
                          cwd=ROOT, timeout=900)


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("attachments_e2e")
    articles, facts, db = tmp / "articles.jsonl", tmp / "facts.jsonl", tmp / "kb.db"
    govnews("crawl", "--sample", "--raw-dir", str(tmp / "raw"), "-o", str(articles))
    govnews("extract", "--jsonl", str(articles), "-o", str(facts))
    govnews("load", "--articles", str(articles), "--facts", str(facts), "--db", str(db))
    return {"db": sqlite_utils.Database(db), "articles": articles, "raw": tmp / "raw"}


def test_sample_crawl_counts(kb):
    rows = [json.loads(line) for line in kb["articles"].read_text(encoding="utf-8").splitlines()]
    assert len({row["source"] for row in rows}) == 15
    assert len(rows) == 41  # README: 15 spiders and 41 articles
    assert sum(row["source"] == "attach_demo" for row in rows) == 3


def test_body_source_shows_the_attachment(kb):
    rows = kb["db"].execute(
        "select id, body_status, body_source from articles where id like 'attach_demo/%' order by id"
    ).fetchall()
    assert rows == [
        ("attach_demo/20241002/70311", "stub", "attachment:downloadBbsFile.do?atchmnflNo=70311"),
        ("attach_demo/20241003/70312", "stub", "attachment:FileDown.do?atchFileId=FILE_000000000070312&fileSn=0"),
        ("attach_demo/20241004/70313", "stub", "attachment:release_70313.hwpx"),
    ]
    # the older boards' releases: a stub page and a two-line page get the release as their body
    assert kb["db"].execute(
        "select id, body_status, body_source from articles where body_source != 'page' "
        "and id not like 'attach_demo/%' order by id"
    ).fetchall() == [
        ("moel/20240926/17198", "full", "attachment:8월 노동시장 동향.hwpx"),
        ("seoul_guro/20240913/412240", "stub", "attachment:2024 하반기 공공일자리 선발 결과.hwp"),
    ]
    assert kb["db"].execute("select count(*) from articles where body_source = 'page'").fetchone()[0] == 36


def test_attachments_are_listed_with_type_size_and_text_read(kb):
    rows = kb["db"].execute(
        "select article_id, format, size > 1000, text_read, error is null, path like '%/attach_demo/%' "
        "from attachments where article_id like 'attach_demo/%' order by article_id"
    ).fetchall()
    assert rows == [
        ("attach_demo/20241002/70311", "pdf", 1, 1, 1, 1),
        ("attach_demo/20241003/70312", "hwp", 1, 1, 1, 1),
        ("attach_demo/20241004/70313", "hwpx", 1, 1, 1, 1),
    ]
    # every file of the sample site is there: 13 documents read, a photo and a ZIP listed with the reason
    assert kb["db"].execute("select count(*), sum(text_read) from attachments").fetchone() == (15, 13)
    assert kb["db"].execute(
        "select count(*) from attachments where text_read = 0 and error like 'UnknownFormat: %'"
    ).fetchone()[0] == 2


def test_facts_come_from_the_attachments(kb):
    db = kb["db"]
    award = db.execute(
        "select year, grade, award, evidence, article_id from award_history "
        "where district = '서울특별시 금천구' and article_id like 'attach_demo/%'"
    ).fetchall()
    assert [(y, g, a) for y, g, a, _e, _i in award] == [(2024, "우수", "전국 지방자치단체 일자리대상")]
    evidence, article_id = award[0][3], award[0][4]
    assert evidence.startswith("금천구가 행정안전부 주관")  # a sentence of the PDF, not of the web page
    body = db.execute("select body_text from articles where id = ?", [article_id]).fetchone()[0]
    assert evidence in body
    jobs = db.execute(
        "select year, value, kind from job_count_history where district = '서울특별시 금천구' "
        "and article_id = 'attach_demo/20241003/70312'"
    ).fetchall()
    assert (2024, 1250, "created") in jobs  # from the HWP 5 file
    programs = {r[0] for r in db.execute(
        "select program from program_history where article_id like 'attach_demo/%'"
    )}
    assert "G밸리 청년 취업 사관학교" in programs
