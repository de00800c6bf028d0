"""kb/load.py keeps the contentless bigram index and the revision history exact while storing each text once."""

from __future__ import annotations

from collections import Counter

from kb import search
from kb.load import LoadReport, load_articles, load_facts, load_files
from kb.search import MorphemeCodes

from .conftest import ARTICLES, FACTS, read_jsonl, token_forms


def _expected_vocab(db) -> dict[str, tuple[int, int]]:
    """articles_fts_vocab as a rebuild from the articles would give it: term → (documents, occurrences)."""
    docs: Counter[str] = Counter()
    occurrences: Counter[str] = Counter()
    for title, body in db.execute("select title, body_text from articles"):
        tokens = search.bigram_text(title).split() + search.bigram_text(body).split()
        occurrences.update(tokens)
        docs.update(set(tokens))
    return {t: (docs[t], occurrences[t]) for t in docs}


def _vocab(db) -> dict[str, tuple[int, int]]:
    return {term: (doc, cnt) for term, doc, cnt in db.execute("select term, doc, cnt from articles_fts_vocab")}


def assert_index_exact(db) -> None:
    """The index holds exactly one entry per article, made of its current title and text."""
    assert _vocab(db) == _expected_vocab(db)
    assert db.execute("select count(*) from articles_fts").fetchone()[0] == db.table("articles").count
    db.execute("insert into articles_fts (articles_fts, rank) values ('integrity-check', 1)")


def _changed(article: dict, **fields) -> dict:
    return dict(article, content_sha256=None, **fields)


def test_articles_fts_keeps_no_copy_of_the_text(fresh_db):
    load_files(fresh_db, [ARTICLES], [FACTS])
    tables = set(fresh_db.table_names())
    assert "articles_fts_content" not in tables
    assert all(r[0] is None for r in fresh_db.execute("select title, body_text from articles_fts"))
    assert_index_exact(fresh_db)


def test_changed_reverted_and_repeated_articles_keep_the_index_exact(fresh_db):
    articles = read_jsonl(ARTICLES)
    load_files(fresh_db, [ARTICLES], [FACTS])
    first, second = articles[0], articles[1]
    edited = _changed(first, body_text=first["body_text"] + " 정정보도문을 덧붙였다.")
    retitled = _changed(second, title="제목만바뀐기사")
    load_articles(fresh_db, [edited, retitled])
    assert_index_exact(fresh_db)
    assert [r["article_id"] for r in search.search(fresh_db.conn, "정정보도문")] == [first["id"]]
    assert search.search(fresh_db.conn, "제목만바뀐") and not search.search(fresh_db.conn, second["title"])
    # one batch: back to the first text, changed again, then back; and a retitled article twice
    again = _changed(first, body_text="완전히 다른 본문이다.")
    report = load_articles(fresh_db, [first, again, first, retitled, second])
    assert report.errors == []
    assert_index_exact(fresh_db)
    assert search.search(fresh_db.conn, "정정보도문") == [] and search.search(fresh_db.conn, "완전히 다른") == []


def test_a_refused_record_leaves_nothing_in_the_index(fresh_db):
    articles = read_jsonl(ARTICLES)
    load_articles(fresh_db, articles[:3])
    bad = dict(articles[3], source=None)
    edited = _changed(articles[0], body_text="새로 고친 본문.")
    report = load_articles(fresh_db, [edited, bad, articles[4]], batch_size=10)
    assert (report.updated, report.refused, report.added) == (1, 1, 1)
    assert_index_exact(fresh_db)
    assert fresh_db.execute("select count(*) from articles where id = ?", [articles[3]["id"]]).fetchone()[0] == 0


def test_reloading_the_same_files_changes_nothing(fresh_db):
    load_files(fresh_db, [ARTICLES], [FACTS])
    vocab = _vocab(fresh_db)
    tables = ("articles", "article_revisions", "article_search_tokens")
    rows = {t: list(fresh_db.execute(f"select rowid, * from {t} order by rowid")) for t in tables}
    report: LoadReport = load_files(fresh_db, [ARTICLES], [FACTS])
    assert (report.added, report.updated, report.unchanged) == (0, 0, 70)
    assert _vocab(fresh_db) == vocab
    assert {t: list(fresh_db.execute(f"select rowid, * from {t} order by rowid")) for t in tables} == rows


def test_search_tokens_of_a_reextraction_replace_the_old_ones(fresh_db):
    load_files(fresh_db, [ARTICLES], [FACTS])
    facts = read_jsonl(FACTS)
    line = dict(facts[0], extractor_version="9.9.9", search_tokens="새 형태소 목록")
    twice = dict(line, search_tokens="두번째 형태소 목록")
    report = load_facts(fresh_db, [line, twice])
    assert (report.updated, report.unchanged) == (2, 0)  # new version, then new tokens
    row = fresh_db.execute(
        "select extractor_version, tokens from article_search_tokens where article_id = ?", [line["id"]]
    ).fetchone()
    codes = MorphemeCodes(fresh_db.conn)
    assert row == ("9.9.9", codes.encode("두번째 형태소 목록"))  # stored as morpheme codes
    assert token_forms(fresh_db)[line["id"]] == "두번째 형태소 목록"

    def phrase(words: str) -> str:  # the morpheme index holds codes; a form no row has matches nothing
        return '"' + " ".join(codes.codes.get(w, "unknownform") for w in words.split()) + '"'

    hits = fresh_db.execute(
        "select t.article_id from article_search_tokens_fts f join article_search_tokens t on t.rowid = f.rowid "
        "where article_search_tokens_fts match ?", [phrase("두번째 형태소")]
    ).fetchall()
    assert hits == [(line["id"],)]
    assert fresh_db.execute(
        "select count(*) from article_search_tokens_fts where article_search_tokens_fts match ?", [phrase("새 형태소")]
    ).fetchone()[0] == 0


def test_the_same_facts_twice_in_one_batch_count_as_unchanged_the_second_time(fresh_db):
    load_articles(fresh_db, read_jsonl(ARTICLES))
    line = read_jsonl(FACTS)[0]
    report = load_facts(fresh_db, [line, line])
    assert (report.added, report.unchanged) == (1, 1)


def _revisions(db, article_id):
    return [
        tuple(r)
        for r in db.execute(
            "select revision, title, body_text from article_revisions where article_id = ? order by revision",
            [article_id],
        )
    ]


def test_the_current_text_is_kept_once_and_earlier_revisions_keep_theirs(fresh_db):
    article = read_jsonl(ARTICLES)[4]
    aid, title, body = article["id"], article["title"], article["body_text"]
    load_articles(fresh_db, [article])
    assert _revisions(fresh_db, aid) == [(1, None, None)]  # the text is the article's own
    second = _changed(article, body_text=body + " 둘째 판.")
    load_articles(fresh_db, [second])
    assert _revisions(fresh_db, aid) == [(1, title, body), (2, None, None)]
    third = _changed(article, title="셋째 제목", body_text=body + " 셋째 판.")
    load_articles(fresh_db, [third, third])
    assert _revisions(fresh_db, aid) == [(1, title, body), (2, title, body + " 둘째 판."), (3, None, None)]
    assert fresh_db.table("articles").get(aid)["revision"] == 3
    # back to the first text: revision 1 is current again, its copy goes; revision 3 keeps its text
    load_articles(fresh_db, [_changed(article)])
    assert fresh_db.table("articles").get(aid)["revision"] == 1
    assert _revisions(fresh_db, aid) == [
        (1, None, None), (2, title, body + " 둘째 판."), (3, "셋째 제목", body + " 셋째 판.")
    ]
    assert_index_exact(fresh_db)


def test_a_new_title_under_the_same_hash_keeps_the_first_text_in_the_revision(fresh_db):
    article = read_jsonl(ARTICLES)[4]
    load_articles(fresh_db, [article])
    renamed = dict(article, title="새 제목")  # same content_sha256: the same revision
    report = load_articles(fresh_db, [renamed])
    assert report.updated == 1
    assert _revisions(fresh_db, article["id"]) == [(1, article["title"], article["body_text"])]
    assert fresh_db.table("articles").get(article["id"])["title"] == "새 제목"
    assert_index_exact(fresh_db)


def test_a_load_gives_the_connection_back_its_own_cache_and_checkpoint_settings(tmp_path):
    from sqlite_utils import Database

    db = Database(tmp_path / "kb.db")
    db.execute("pragma cache_size = -4000")
    before = [db.execute(f"pragma {p}").fetchone()[0] for p in ("cache_size", "wal_autocheckpoint", "synchronous")]
    load_files(db, [ARTICLES], [FACTS])
    after = [db.execute(f"pragma {p}").fetchone()[0] for p in ("cache_size", "wal_autocheckpoint", "synchronous")]
    assert after == before and db.execute("pragma journal_mode").fetchone()[0] == "wal"
