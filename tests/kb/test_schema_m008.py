"""Migration m008 upgrades a kb of the previous schema in place: one copy of each text, same search results."""

from __future__ import annotations

import hashlib
import sqlite3

from sqlite_utils import Database

from extract.facts import FACT_TYPES
from kb import search
from kb.load import RECORD_TABLES, load_files
from kb.schema import ensure_schema, m008_compact_text, m009_morpheme_ids, migrations

from .conftest import ARTICLES, FACTS, assert_rerun_changes_nothing, read_jsonl
from .test_load_index import assert_index_exact
from .test_search import FALLBACK_QUERIES, QUERIES

EXTRA_QUERIES = ["정정", "고친 제목", "구로구청"]


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_previous(db: Database) -> None:
    """A kb as the loader of schema m007 wrote it: the bigram text stored in ``articles_fts``, every
    revision's text in ``article_revisions`` (the current one's too), the morpheme tokens indexed."""
    migrations.apply(db, stop_before="m008_compact_text")
    db["sources"].insert({"id": 1, "name": "fixture"})
    facts = {f["id"]: f for f in read_jsonl(FACTS)}
    for i, a in enumerate(read_jsonl(ARTICLES)):
        revisions = [(a["title"], a["body_text"])]
        if i == 4:  # an article re-crawled with a correction: two revisions, the second current
            revisions.append(("고친 제목", a["body_text"] + " 정정: 바로잡았다."))
        if i == 5:  # a new headline under the same content hash: the revision keeps the first one
            revisions.append(("새 제목만", a["body_text"]))
        title, body = revisions[-1]
        for n, (t, b) in enumerate(revisions[:2] if i != 5 else revisions[:1], 1):
            db["article_revisions"].insert(
                {"article_id": a["id"], "revision": n, "content_sha256": _sha(b), "title": t, "body_text": b}
            )
        db["articles"].insert(
            {"id": a["id"], "source_id": 1, "title": title, "body_text": body, "url": a["url"],
             "published_at": a.get("published_at"), "published": (a.get("published_at") or "")[:10] or None,
             "content_sha256": _sha(body), "revision": 2 if i == 4 else 1},
        )
        rowid = db.execute("select rowid from articles where id = ?", [a["id"]]).fetchone()[0]
        search.index_articles(db.conn, [(rowid, title, body)])
        if facts.get(a["id"], {}).get("search_tokens"):
            db["article_search_tokens"].insert(
                {"article_id": a["id"], "extractor_version": "0.1.0", "tokens": facts[a["id"]]["search_tokens"]}
            )
    db.conn.commit()


def _results(db: Database) -> dict[str, list[dict]]:
    if not db["morphemes"].exists():  # a kb before m009: searched as a copy whose tokens m009 converted
        copy = sqlite3.connect(":memory:")
        db.conn.backup(copy)
        db = Database(copy)
        m009_morpheme_ids(db)
    return {q: search.search(db.conn, q) for q in [*QUERIES, *FALLBACK_QUERIES, *EXTRA_QUERIES]}


def test_m008_upgrades_a_previous_kb_in_place_with_the_same_search_results(tmp_path):
    db = Database(tmp_path / "kb.db")
    build_previous(db)
    assert "articles_fts_content" in db.table_names()
    before = _results(db)
    assert before["정정"] and before["고친 제목"]
    texts_before = db.execute("select count(*) from article_revisions where body_text is not null").fetchone()[0]
    ensure_schema(db)
    assert "articles_fts_content" not in db.table_names()
    assert _results(db) == before
    assert_index_exact(db)
    # the current revisions lose their copy of the article's text; the earlier one and the one whose
    # headline differs from the article's keep theirs
    kept = db.execute(
        "select article_id, revision, title from article_revisions where body_text is not null order by 1, 2"
    ).fetchall()
    articles = read_jsonl(ARTICLES)
    assert kept == sorted([(articles[4]["id"], 1, articles[4]["title"]), (articles[5]["id"], 1, articles[5]["title"])])
    assert texts_before == len(articles) + 1
    assert "idx_articles_published" not in {i.name for i in db.table("articles").indexes}


def test_m008_twice_changes_nothing(tmp_path):
    db = Database(tmp_path / "kb.db")
    build_previous(db)
    ensure_schema(db)
    assert_rerun_changes_nothing(
        db, m008_compact_text, _results,
        "select * from article_revisions order by id", "select * from articles_fts_vocab order by term",
    )


def test_an_upgraded_kb_loads_on_and_answers_like_a_new_one(tmp_path):
    upgraded = Database(tmp_path / "old.db")
    build_previous(upgraded)
    ensure_schema(upgraded)
    load_files(upgraded, [ARTICLES], [FACTS])  # the fixture texts again: articles 4 and 5 change back
    assert_index_exact(upgraded)
    new = Database(tmp_path / "new.db")
    load_files(new, [ARTICLES], [FACTS])
    for q in [*QUERIES, *FALLBACK_QUERIES]:
        assert [r["article_id"] for r in search.search(upgraded.conn, q)] == [
            r["article_id"] for r in search.search(new.conn, q)
        ], q


def test_every_registered_fact_type_has_its_kb_table(tmp_path):
    """The kb loads, prunes and dates the tables the extractor's fact-type registry names."""
    db = Database(tmp_path / "kb.db")
    ensure_schema(db)
    tables = set(db.table_names())
    assert {t.table for t in FACT_TYPES} <= tables
    assert set(RECORD_TABLES) == {t.table for t in FACT_TYPES} - {"district_mentions"}
    for table in RECORD_TABLES:
        assert {"first_seen", "last_seen", "district_id"} <= set(db[table].columns_dict)
