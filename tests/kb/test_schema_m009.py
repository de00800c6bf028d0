"""Migration m009 stores the morpheme tokens as ids of a vocabulary: an m008 kb is upgraded in place, the
search answers as before, and loads on it behave as on a new kb."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from kb import search
from kb.load import LoadReport, load_files
from kb.schema import DATA_TABLES, ensure_schema, m009_morpheme_ids, migrations

from .conftest import ARTICLES, FACTS, assert_rerun_changes_nothing, read_jsonl, token_forms
from .test_search import FALLBACK_QUERIES, QUERIES

#: whole morphemes, parts of morphemes, several words, case, punctuation, a form no article has
EXTRA_QUERIES = ["구청", "구로구 청", "AI", "ai", ".", "없는형태소", "%", "  청년  "]


def build_m008(db: Database) -> None:
    """A kb as the loader of schema m008 wrote it: the morpheme tokens stored as forms, no ``morphemes``.

    Loaded by this loader, then taken back: tokens decoded (the triggers reindex the forms), the
    vocabulary and m009's record dropped.
    """
    load_files(db, [ARTICLES], [FACTS])
    forms = token_forms(db)
    with db.atomic():
        db.conn.executemany(
            "update article_search_tokens set tokens = ? where article_id = ?", [(t, a) for a, t in forms.items()]
        )
        db.execute("drop table morphemes")
        db.execute("delete from _sqlite_migrations where name = 'm009_morpheme_ids'")


def _results(db: Database) -> dict[str, list[dict]]:
    return {q: search.search(db.conn, q) for q in [*QUERIES, *FALLBACK_QUERIES, *EXTRA_QUERIES]}


def _forms() -> dict[str, str]:
    return {f["id"]: " ".join(f["search_tokens"].split()) for f in read_jsonl(FACTS) if f.get("search_tokens")}


@pytest.fixture
def upgraded(tmp_path) -> Database:
    db = Database(tmp_path / "old.db")
    build_m008(db)
    assert migrations.pending(db) and not db["morphemes"].exists()
    stored = dict(db.execute("select article_id, tokens from article_search_tokens").fetchall())
    assert stored == _forms()  # forms, as m008 kept them
    ensure_schema(db)
    return db


def test_m009_rewrites_the_tokens_as_ids_and_keeps_every_sequence(upgraded):
    assert migrations.pending(upgraded) == []
    assert token_forms(upgraded) == _forms()
    forms = {form for tokens in _forms().values() for form in tokens.split()}
    assert upgraded.execute("select count(*) from morphemes").fetchone()[0] == len(forms)
    for (tokens,) in upgraded.execute("select tokens from article_search_tokens"):
        assert all(c.isdigit() or "a" <= c <= "z" or c == " " for c in tokens)
    # the morpheme index holds the codes, not the forms
    code = search.MorphemeCodes(upgraded.conn).codes["구청"]
    hits = upgraded.execute(
        "select count(*) from article_search_tokens_fts where article_search_tokens_fts match ?", [f'"{code}"']
    ).fetchone()[0]
    assert hits == sum("구청" in t.split() for t in _forms().values()) > 0


def test_an_upgraded_kb_answers_like_a_new_one_and_like_the_forms(upgraded, tmp_path):
    new = Database(tmp_path / "new.db")
    load_files(new, [ARTICLES], [FACTS])
    assert _results(upgraded) == _results(new)
    forms = _forms()
    for q in ["구청", "구로구", "청년 일자리", "일자리", "AI"]:
        needle = search.morpheme_needle(q)
        for row in search.search(upgraded.conn, q):
            assert row["morpheme_hit"] == int(needle in f" {forms.get(row['article_id'], '')} "), (q, row)


def test_m009_twice_changes_nothing(upgraded):
    assert_rerun_changes_nothing(
        upgraded, m009_morpheme_ids, _results,
        "select * from article_search_tokens order by rowid", "select * from morphemes order by id",
    )


def test_loading_the_same_files_on_an_upgraded_kb_changes_nothing(upgraded):
    counts = {t: upgraded.execute(f"select count(*) from [{t}]").fetchone()[0] for t in DATA_TABLES}
    rows = list(upgraded.execute("select rowid, * from article_search_tokens order by rowid"))
    report: LoadReport = load_files(upgraded, [ARTICLES], [FACTS])
    assert (report.added, report.updated, report.unchanged) == (0, 0, 70)
    assert {t: upgraded.execute(f"select count(*) from [{t}]").fetchone()[0] for t in DATA_TABLES} == counts
    assert list(upgraded.execute("select rowid, * from article_search_tokens order by rowid")) == rows


def test_new_kbs_number_the_same_forms_alike_and_unknown_words_find_nothing(tmp_path):
    a, b = Database(tmp_path / "a.db"), Database(tmp_path / "b.db")
    load_files(a, [ARTICLES], [FACTS])
    load_files(b, [ARTICLES], [FACTS])
    assert list(a.execute("select * from morphemes order by id")) == list(b.execute("select * from morphemes order by id"))
    assert search.search(a.conn, "없는형태소") == []
    assert all(r["morpheme_hit"] == 0 for r in search.search(a.conn, "구로구 없는형태소"))


def test_token_codes():
    assert [search.token_code(i) for i in (1, 9, 10, 35, 36, 1295, 1296)] == ["1", "9", "a", "z", "10", "zz", "100"]
    assert search.token_code(None) is None
    with pytest.raises(ValueError):
        search.token_code(0)
