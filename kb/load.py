"""Stage 3 (kb): load crawled articles and extracted facts into the knowledge base.

Library first: :func:`load_articles` and :func:`load_facts` take iterables of decoded JSON objects
(``crawler.items.Article`` lines and ``extract.facts.ArticleFacts.to_json()`` lines); the
``govnews load`` command is a thin layer over :func:`load_files`.

Loads are re-runnable: rows are found or created on natural keys (``lookup()``), each batch is one
transaction, each record a savepoint, so a bad record is reported (file and line) and skipped while the
others load. Loading the facts of an article again replaces that article's evidence; facts that lose
their last evidence are removed, and ``first_seen``/``last_seen`` are recomputed from the evidence.

Imports only :mod:`extract.facts` from ``extract``; never kiwipiepy, spaCy or scrapy.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import json
import os
import re
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from extract.facts import FACT_TYPES, ArticleFacts
from kb import search
from kb.evidence import sentence_span
from kb.schema import DISTRICT_SOURCES, EVIDENCE_FK_COLUMNS, YEAR_SOURCES, ensure_schema

#: records per transaction
BATCH_SIZE = 500
#: ``awards.name`` for an award record whose award the text never names
UNNAMED_AWARD = "(미상)"

_ARTICLE_REQUIRED = ("id", "source", "title", "body_text", "url")


#: character classes of :func:`bigram_texts`, per BMP code point
_OTHER, _WORD, _CJK, _SEPARATOR = 0, 1, 2, 3
_tables: Any = None
#: ``lower`` of a character that ``str.lower`` does not map one to one (no code point is this large)
_CONTEXT = 0x110000


def _bigram_tables() -> Any:
    """``(classes, lower)``: numpy arrays over the BMP. ``classes`` holds each character's class as
    :func:`kb.search.bigram_text` reads text (a Hangul/CJK character of its ``_CJK`` ranges, another word
    character: ``\\w`` but ``_``, or anything else; ``\\x00`` separates texts), ``lower`` its lower case
    when ``str.lower`` maps it to one character regardless of context, else :data:`_CONTEXT`. Built once
    (about 50 ms)."""
    global _tables
    if _tables is None:
        import numpy as np

        bmp = "".join(map(chr, range(0x10000)))

        def mask(pattern: str) -> Any:
            marked = re.sub(pattern, "\x01", bmp).encode("utf-32-le", "surrogatepass")
            found = np.frombuffer(marked, "<u4") == 1
            found[1] = False  # U+0001 itself is in no class: it reads as a match only by coincidence
            return found

        classes = np.full(0x10000, _OTHER, np.uint8)
        classes[mask(r"[^\W_]")] = _WORD
        classes[mask(f"[{search._CJK}]")] = _CJK
        classes[0] = _SEPARATOR
        # every other character lower-cases to one character whatever surrounds it
        context = {0x130: _CONTEXT, 0x3A3: _CONTEXT}  # İ → i + U+0307; Σ → σ, or ς ending a word
        lowered = bmp.translate(dict.fromkeys(context, 0)).lower()
        if len(lowered) == len(bmp):
            lower = np.frombuffer(lowered.encode("utf-32-le", "surrogatepass"), "<u4").copy()
        else:  # pragma: no cover - another Unicode version: one character at a time
            lower = np.array([ord(c.lower()) if len(c.lower()) == 1 else _CONTEXT for c in bmp], np.uint32)
        for code, value in context.items():
            lower[code] = value
        _tables = classes, lower
    return _tables


def bigram_texts(texts: Sequence[str | None]) -> list[str]:
    """:func:`kb.search.bigram_text` of many texts at once: the same strings, several times faster.

    The texts are joined and rewritten in one pass of array operations (numpy): each Hangul/CJK
    character followed by another gives a bigram, a lone one a unigram, each run of other word
    characters a lower-cased word, every token followed by a space. Texts holding ``\\x00`` (the
    separator), a character beyond the BMP or one whose lower case depends on its context (Σ, İ), or
    any text when numpy is missing, go through ``bigram_text`` itself.

    :param texts: any texts (``None`` is treated as empty)
    :returns: their bigram texts, in order
    """
    given = [t or "" for t in texts]
    try:
        classes, lower = _bigram_tables()
    except ImportError:  # pragma: no cover - numpy comes with spaCy
        return [search.bigram_text(t) for t in given]
    import numpy as np

    plain = [i for i, t in enumerate(given) if "\x00" not in t]
    out = [search.bigram_text(t) if "\x00" in t else "" for t in given]
    if not plain:
        return out
    codes = np.frombuffer("\x00".join(given[i] for i in plain).encode("utf-32-le", "surrogatepass"), "<u4")
    n = len(codes)
    if n and int(codes.max()) >= 0x10000:
        if len(plain) == 1:
            out[plain[0]] = search.bigram_text(given[plain[0]])
            return out
        for i in plain:  # one by one: only those beyond the BMP take the slow path
            out[i] = bigram_texts([given[i]])[0]
        return out
    cls = classes[codes]
    lowered = lower[codes]
    if n and int(lowered.max()) == _CONTEXT:  # Σ or İ: str.lower decides
        for i in plain:
            out[i] = search.bigram_text(given[i])
        return out
    cjk = cls == _CJK
    word = cls == _WORD
    next_cjk = np.zeros(n, bool)
    next_cjk[:-1] = cjk[1:]
    prev_cjk = np.zeros(n, bool)
    prev_cjk[1:] = cjk[:-1]
    next_word = np.zeros(n, bool)
    next_word[:-1] = word[1:]
    bigram = cjk & next_cjk
    # every character may write three: itself (lower-cased), the next one or a space, a space; ``keep``
    # says which of them the bigram text has
    chars = np.empty((n, 3), np.uint32)
    chars[:, 0] = lowered
    chars[:, 1] = 32
    chars[:-1, 1][bigram[:-1]] = codes[1:][bigram[:-1]]
    chars[:, 2] = 32
    keep = np.empty((n, 3), bool)
    keep[:, 0] = bigram | (cjk & ~prev_cjk) | word | (cls == _SEPARATOR)  # a bigram, unigram, word or text
    keep[:, 1] = bigram | (cjk & ~prev_cjk & ~next_cjk) | (word & ~next_word)  # 2nd character, or a space
    keep[:, 2] = bigram  # the space after a bigram
    joined = chars[keep].tobytes().decode("utf-32-le", "surrogatepass")
    for i, piece in zip(plain, joined.split("\x00"), strict=True):
        out[i] = piece[:-1]  # every token is followed by one space
    return out


class RecordError(ValueError):
    """A record that cannot be loaded (the message says why)."""


@dataclass
class Line:
    """One line of an NDJSON file: the decoded object, or why it could not be decoded."""

    path: str
    lineno: int
    obj: Any = None
    error: str | None = None

    @property
    def where(self) -> str:
        """``file:line`` for error messages."""
        return f"{self.path}:{self.lineno}"


@dataclass
class LoadReport:
    """What a load did: records loaded, one error per record skipped, one warning per fact skipped.

    Loaded records are counted as ``added`` (new to the kb), ``updated`` (the kb held something else
    for them) or ``unchanged``; ``refused`` counts the records skipped with an error. ``parts`` keeps
    the report of each file (or record list) when reports are added up.
    """

    loaded: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    refused: int = 0
    label: str = ""
    parts: list[LoadReport] = field(default_factory=list)

    def __iadd__(self, other: LoadReport) -> LoadReport:
        self.loaded += other.loaded
        self.errors.extend(other.errors)
        self.warnings.extend(other.warnings)
        self.added += other.added
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.refused += other.refused
        self.parts.extend(other.parts or [other])
        return self

    def summary(self) -> str:
        """``N added, N updated, N unchanged, N refused``."""
        return f"{self.added} added, {self.updated} updated, {self.unchanged} unchanged, {self.refused} refused"


def decode_line(raw: bytes, lineno: int) -> str:
    """One line of an NDJSON file as text: UTF-8, a BOM on the first line dropped.

    :param raw: the line's bytes
    :param lineno: its number (1 = first)
    :returns: the text
    :raises ValueError: naming the offending byte and its column when the line is not UTF-8
    """
    if lineno == 1 and raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"not UTF-8 (byte 0x{raw[e.start]:02x} at byte {e.start + 1})") from None


def iter_jsonl(path: str | Path) -> Iterator[Line]:
    """Read an NDJSON file line by line (blank lines skipped).

    :param path: the file
    :returns: one :class:`Line` per non-blank line, with ``error`` set when it is not UTF-8 or not a
        JSON object
    """
    with open(path, "rb") as f:
        for lineno, raw in enumerate(f, 1):
            try:
                text = decode_line(raw, lineno)
            except ValueError as e:
                yield Line(str(path), lineno, error=str(e))
                continue
            if not text.strip():
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as e:
                yield Line(str(path), lineno, error=f"invalid JSON ({e.msg} at column {e.colno})")
                continue
            except RecursionError:
                yield Line(str(path), lineno, error="invalid JSON (nested too deeply)")
                continue
            if not isinstance(obj, dict):
                yield Line(str(path), lineno, error=f"expected a JSON object, got {type(obj).__name__}")
                continue
            yield Line(str(path), lineno, obj)


#: the kb tables of the fact records that carry ``first_seen``/``last_seen`` and are pruned when no
#: evidence supports them: every registered fact type but the district mentions
RECORD_TABLES = tuple(t.table for t in FACT_TYPES if t.table != "district_mentions")
#: the largest integer SQLite stores
_INT64_MAX = 2**63 - 1
#: text fields of each fact list of a facts line (``None`` allowed)
_FACT_TEXT_FIELDS = {
    "awards": ("district", "district_code", "award", "category", "grade", "organizer", "evidence", "year_source",
               "district_source"),
    "programs": ("district", "district_code", "name", "evidence"),
    "job_counts": ("district", "district_code", "kind", "evidence", "year_source", "district_source"),
    "district_mentions": ("full_name", "code", "evidence"),
}


def _kind(value: Any) -> str:
    if isinstance(value, dict | list):
        return "an object" if isinstance(value, dict) else "a list"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def check_facts_line(obj: dict[str, Any]) -> None:
    """Check the shape of a facts line before anything of it is written.

    :param obj: a decoded facts line
    :raises RecordError: naming the first field of the wrong type or out of range
    """
    if not isinstance(obj.get("id"), str | int) or isinstance(obj.get("id"), bool) or obj.get("id") == "":
        raise RecordError("facts line without an article id" if not obj.get("id") else
                          f"id: expected text, got {_kind(obj['id'])}")
    names = obj.get("districts")
    if names is not None and (not isinstance(names, list) or not all(isinstance(n, str) for n in names)):
        raise RecordError("districts: expected a list of names")
    for key, text_fields in _FACT_TEXT_FIELDS.items():
        items = obj.get(key)
        if items is None:
            continue
        if not isinstance(items, list):
            raise RecordError(f"{key}: expected a list, got {_kind(items)}")
        for i, item in enumerate(items):
            where = f"{key}[{i}]"
            if not isinstance(item, dict):
                raise RecordError(f"{where}: expected an object, got {_kind(item)}")
            for name in text_fields:
                value = item.get(name)
                if value is not None and not isinstance(value, str):
                    raise RecordError(f"{where}.{name}: expected text, got {_kind(value)}")
            for name, allowed in (("year_source", YEAR_SOURCES), ("district_source", DISTRICT_SOURCES)):
                value = item.get(name)
                if value is not None and value not in allowed:
                    raise RecordError(f"{where}.{name}: {value!r} is not one of {', '.join(allowed)}")
            for name in ("year", "value"):
                value = item.get(name)
                if value is None:
                    continue
                if not isinstance(value, int) or isinstance(value, bool):
                    raise RecordError(f"{where}.{name}: expected an integer, got {_kind(value)}")
                if name == "year" and not 1900 <= value <= 2100:
                    raise RecordError(f"{where}.year: {value} is not a year")
                if name == "value" and not 0 <= value <= _INT64_MAX:
                    raise RecordError(f"{where}.value: {value} is out of range")
            span = item.get("char_span")
            if span is not None and (
                not isinstance(span, list) or len(span) != 2 or not all(type(n) is int for n in span)
            ):
                raise RecordError(f"{where}.char_span: expected [start, end]")


def _lines(records: Iterable[dict[str, Any] | Line], label: str) -> Iterator[Line]:
    for i, rec in enumerate(records, 1):
        yield rec if isinstance(rec, Line) else Line(label, i, rec)


def _batches(lines: Iterator[Line], size: int) -> Iterator[list[Line]]:
    batch: list[Line] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Staged:
    """Writes to the search indexes that a batch makes once, at its end, many rows per statement.

    A record queues its writes while it loads (:meth:`article`, :meth:`tokens`); they join the batch's
    when the record succeeds (:meth:`keep`) and are forgotten when it fails (:meth:`drop`), and
    :meth:`flush` makes them inside the batch's transaction, so the kb never holds one without the other.
    A later record of the same batch reads the tokens queued for its article here (:meth:`tokens_of`);
    an article queued twice is indexed once, from what the index held at the batch's start to its last
    text.
    """

    def __init__(self, db: Database):
        self.db = db
        self.record: list[tuple[str, Any, Any]] = []
        #: articles_fts: rowid → [title and text it is indexed with at the batch's start (or None), now]
        self.articles: dict[int, list[Any]] = {}
        #: article_search_tokens: article id → (extractor version, tokens as forms)
        self.search_tokens: dict[str, tuple[str, str]] = {}
        self._codes: search.MorphemeCodes | None = None

    @property
    def codes(self) -> search.MorphemeCodes:
        """The kb's morpheme vocabulary, read on first use (new forms join it as the batches flush)."""
        if self._codes is None:
            self._codes = search.MorphemeCodes(self.db.conn)
        return self._codes

    def article(self, rowid: int, old: tuple[str, str] | None, new: tuple[str, str]) -> None:
        """Index an article's title and text in ``articles_fts`` (``old``: what it was indexed with)."""
        self.record.append(("article", rowid, (old, new)))

    def tokens(self, article_id: str, version: str, tokens: str) -> None:
        """Write an article's row of ``article_search_tokens`` (whose triggers index it)."""
        self.record.append(("tokens", article_id, (version, tokens)))

    def tokens_of(self, article_id: str) -> tuple[str, str] | None:
        """The tokens this batch has queued for an article, if any."""
        return self.search_tokens.get(article_id)

    def keep(self) -> None:
        for kind, key, value in self.record:
            if kind == "article":
                if key in self.articles:
                    self.articles[key][1] = value[1]
                else:
                    self.articles[key] = list(value)
            else:
                self.search_tokens[key] = value
        self.record.clear()

    def drop(self) -> None:
        self.record.clear()

    def flush(self) -> None:
        """Make the batch's queued writes (call inside its transaction)."""
        conn = self.db.conn
        changed = [(rowid, old, new) for rowid, (old, new) in self.articles.items() if old != new]
        for i in range(0, len(changed), 64):  # bigram texts of a few dozen articles at a time
            chunk = changed[i : i + 64]
            grams = iter(bigram_texts([text for _, old, new in chunk for text in (*(old or ()), *new)]))
            deletes, inserts = [], []
            for rowid, old, _new in chunk:
                if old is not None:
                    deletes.append((rowid, next(grams), next(grams)))
                inserts.append((rowid, next(grams), next(grams)))
            # a contentless FTS5 table forgets a row when given the tokens it was indexed with
            conn.executemany(
                "insert into articles_fts (articles_fts, rowid, title, body_text) values ('delete', ?, ?, ?)", deletes
            )
            conn.executemany("insert into articles_fts (rowid, title, body_text) values (?, ?, ?)", inserts)
        conn.executemany(
            "insert into article_search_tokens (article_id, extractor_version, tokens) values (?, ?, ?) "
            "on conflict (article_id) do update set extractor_version = excluded.extractor_version, "
            "tokens = excluded.tokens where extractor_version is not excluded.extractor_version "
            "or tokens is not excluded.tokens",
            [
                (aid, version, codes)
                for (aid, (version, _tokens)), codes in zip(
                    self.search_tokens.items(),
                    self.codes.encode_many([tokens for _version, tokens in self.search_tokens.values()]),
                    strict=True,
                )
            ],
        )
        self.articles.clear()
        self.search_tokens.clear()


#: page cache (KiB, as ``pragma cache_size`` takes a negative number) and WAL size (pages) before a
#: checkpoint, during a load: pages are not spilled from a 2 MB cache and read back, nor checkpointed
#: after every batch (a 10k-article load reads 60 % and writes 15 % fewer bytes)
LOAD_CACHE_KIB = 131_072
LOAD_WAL_PAGES = 16_384


@contextlib.contextmanager
def _load_pragmas(db: Database) -> Iterator[None]:
    """A larger page cache and fewer WAL checkpoints while loading; the connection's own settings
    after. Neither changes what a commit guarantees (WAL, the connection's ``synchronous``)."""
    conn = db.conn
    cache = conn.execute("pragma cache_size").fetchone()[0]
    checkpoint = conn.execute("pragma wal_autocheckpoint").fetchone()[0]
    cache_kib = -cache if cache < 0 else cache * conn.execute("pragma page_size").fetchone()[0] // 1024
    if cache_kib < LOAD_CACHE_KIB:
        conn.execute(f"pragma cache_size = -{LOAD_CACHE_KIB}")
    if 0 < checkpoint < LOAD_WAL_PAGES:
        conn.execute(f"pragma wal_autocheckpoint = {LOAD_WAL_PAGES}")
    try:
        yield
    finally:
        conn.execute(f"pragma cache_size = {int(cache)}")
        conn.execute(f"pragma wal_autocheckpoint = {int(checkpoint)}")


@contextlib.contextmanager
def _savepoint(conn: sqlite3.Connection) -> Iterator[None]:
    """One record's savepoint inside its batch's transaction (``Database.atomic`` without its per-call
    random name)."""
    conn.execute("savepoint govnews_record")
    try:
        yield
    except BaseException:
        if conn.in_transaction:  # an error may have ended the whole transaction
            conn.execute("rollback to savepoint govnews_record")
            conn.execute("release savepoint govnews_record")
        raise
    conn.execute("release savepoint govnews_record")


def _run_batches(
    db: Database,
    records: Iterable[dict[str, Any] | Line],
    label: str,
    batch_size: int,
    load_one: Any,
    staged: _Staged | None = None,
) -> LoadReport:
    report = LoadReport(label=label)
    for batch in _batches(_lines(records, label), batch_size):
        with db.atomic():
            for line in batch:
                if line.error:
                    report.errors.append(f"{line.where}: {line.error}")
                    report.refused += 1
                    report.label = line.path
                    continue
                report.label = line.path

                def warn(msg: str, where: str = line.where) -> None:
                    report.warnings.append(f"{where}: {msg}")

                try:
                    with _savepoint(db.conn):  # a failing record leaves no half-written rows
                        outcome = load_one(line.obj, warn)
                except (RecordError, KeyError, TypeError, ValueError, OverflowError, sqlite3.Error) as e:
                    if staged is not None:
                        staged.drop()
                    msg = str(e) if isinstance(e, RecordError) else f"{type(e).__name__}: {e}"
                    report.errors.append(f"{line.where}: {msg}")
                    report.refused += 1
                else:
                    if staged is not None:
                        staged.keep()
                    report.loaded += 1
                    if outcome == "added":
                        report.added += 1
                    elif outcome == "updated":
                        report.updated += 1
                    else:
                        report.unchanged += 1
            if staged is not None:
                staged.flush()
    return report


class _Lookup:
    """``Table.lookup()`` with the table's introspection done once instead of on every call.

    The first call per table and key set goes through sqlite-utils (which adds missing columns and the
    unique index); later ones run the same ``IS`` match and plain insert directly (a load makes
    thousands of them).
    """

    def __init__(self, db: Database, table: str, remember: bool = False) -> None:
        """:param remember: keep the ids found by a select (for a table looked up at most once per
        record: a row that a select finds then was written by an earlier record, and no savepoint
        rollback can take it away)"""
        self.db = db
        self.table = table
        self.ready: set[tuple[str, ...]] = set()
        self.found: dict[tuple[Any, ...], int] | None = {} if remember else None

    def __call__(self, values: dict[str, Any], extra: dict[str, Any] | None = None) -> int:
        keys = tuple(values)
        combined = {**values, **(extra or {})}
        if keys not in self.ready:
            self.ready.add(keys)
            return self.db.table(self.table).lookup(values, extra)
        key = (keys, *values.values())
        if self.found is not None and key in self.found:
            return self.found[key]
        try:
            row = self.db.conn.execute(self._select(keys), list(values.values())).fetchone()
            if row is not None:
                if self.found is not None:
                    self.found[key] = row[0]
                return row[0]
            cur = self.db.conn.execute(self._insert(tuple(combined)), list(combined.values()))
        except sqlite3.ProgrammingError:  # a value SQLite cannot bind (a list, a dict): sqlite-utils stores it
            return self.db.table(self.table).lookup(values, extra)
        return cur.lastrowid or 0

    @functools.lru_cache(maxsize=16)  # noqa: B019 (one instance per table and load)
    def _select(self, keys: tuple[str, ...]) -> str:
        return f"select [id] from [{self.table}] where " + " and ".join(f"[{k}] is ?" for k in keys)

    @functools.lru_cache(maxsize=16)  # noqa: B019
    def _insert(self, columns: tuple[str, ...]) -> str:
        cols = ", ".join(f"[{k}]" for k in columns)
        return f"insert into [{self.table}] ({cols}) values ({', '.join('?' * len(columns))})"


@functools.lru_cache(maxsize=64)
def _upsert_sql(table: str, columns: tuple[str, ...], pk: str, changed_only: bool) -> str:
    cols = ", ".join(f"[{k}]" for k in columns)
    marks = ", ".join("?" * len(columns))
    updates = ", ".join(f"[{k}] = excluded.[{k}]" for k in columns if k != pk)
    where = ""
    if changed_only:
        where = " where " + " or ".join(f"[{k}] is not excluded.[{k}]" for k in columns if k != pk)
    return f"insert into [{table}] ({cols}) values ({marks}) on conflict([{pk}]) do update set {updates}{where}"


def _upsert(db: Database, table: str, record: dict[str, Any], pk: str, changed_only: bool = False) -> int:
    """``Table.upsert(record, pk=pk)`` (insert, or update every given column) in one statement.

    :param changed_only: leave an existing row alone when it already holds these values (its update
        triggers do not fire)
    :returns: the rowid of an inserted row (``0`` or stale after an update)
    """
    cur = db.conn.execute(_upsert_sql(table, tuple(record), pk, changed_only), list(record.values()))
    return cur.lastrowid or 0


class _Resolver:
    """Finds (or adds) the ``districts`` row for a district named in a fact, valid at a date."""

    def __init__(self, db: Database):
        self.db = db
        self.cache: dict[tuple[str, str | None, str | None], int] = {}

    def __call__(self, full_name: str | None, code: str | None, date: str | None) -> int:
        if not full_name and not code:
            raise RecordError("fact without a district")
        key = (full_name or "", code, date)
        if key in self.cache:
            return self.cache[key]
        district_id, from_gazetteer = self._resolve(full_name or "", code, date)
        # only gazetteer rows are cached: a row added here may vanish when its record is rolled back
        if from_gazetteer:
            self.cache[key] = district_id
        return district_id

    def _resolve(self, full_name: str, code: str | None, date: str | None) -> tuple[int, bool]:
        rows = []
        if code:
            rows = self.db.execute(
                "select id, valid_from, valid_to, in_gazetteer from districts where code = ? order by valid_from",
                [code],
            ).fetchall()
        if not rows and full_name:
            rows = self.db.execute(
                "select id, valid_from, valid_to, in_gazetteer from districts where full_name = ? order by valid_from",
                [full_name],
            ).fetchall()
        if rows:
            if date:
                for rid, start, end, gazetteer in rows:
                    if (start or "") <= date and (end is None or date <= end):
                        return int(rid), bool(gazetteer)
            rid, _start, _end, gazetteer = rows[-1]  # no date or none valid then: the latest period
            return int(rid), bool(gazetteer)
        existing = self.db.execute(
            "select id from districts where full_name = ? and in_gazetteer = 0", [full_name]
        ).fetchone()
        if existing:
            return int(existing[0]), False
        table = self.db.table("districts")
        table.insert(
            {
                "code": code,
                "name": full_name.split()[-1] if full_name else code,
                "full_name": full_name or code,
                "in_gazetteer": 0,
            }
        )
        assert table.last_pk is not None  # set by the insert just above
        return int(table.last_pk), False


def load_articles(
    db: Database,
    records: Iterable[dict[str, Any] | Line],
    *,
    label: str = "<articles>",
    batch_size: int = BATCH_SIZE,
) -> LoadReport:
    """Load ``crawler.items.Article`` objects: upsert ``articles``, keep ``article_revisions``, index text.

    An article whose ``content_sha256`` changed gets a new revision; loading the same article again
    changes nothing.

    :param db: the kb (schema applied if missing)
    :param records: decoded Article objects (or :class:`Line` objects from :func:`iter_jsonl`)
    :param label: name used in error messages when ``records`` are plain dicts
    :param batch_size: records per transaction
    :returns: a :class:`LoadReport`
    """
    ensure_schema(db)
    resolve = _Resolver(db)
    sources = _Lookup(db, "sources", remember=True)
    staged = _Staged(db)
    attachments = db.table("attachments")
    # what the crawler records of each attachment file (``attachments`` columns, migration m006)
    attachment_columns = ("file_name", "format", "size", "pages", "text_read", "chars", "error", "path")

    def attachment_files(records: Any) -> dict[str, dict[str, Any]]:
        """``attachment_files`` of a crawled article (what the crawler read of each file), by URL, as
        ``attachments`` columns; entries of the wrong shape are ignored."""
        out: dict[str, dict[str, Any]] = {}
        for rec in records if isinstance(records, list) else []:
            if not isinstance(rec, dict) or not isinstance(rec.get("url"), str):
                continue

            def text(name: str, rec: dict[str, Any] = rec) -> str | None:
                value = rec.get(name)
                return value if isinstance(value, str) else None

            def number(name: str, rec: dict[str, Any] = rec) -> int | None:
                value = rec.get(name)
                return value if type(value) is int and 0 <= value < 2**63 else None

            out[rec["url"]] = {
                "file_name": text("file_name"),
                "format": text("format"),
                "size": number("size"),
                "pages": number("pages"),
                "text_read": 1 if rec.get("text_read") is True else 0,
                "chars": number("chars"),
                "error": text("error"),
                "path": text("path"),
            }
        return out

    def load_one(obj: dict[str, Any], warn: Any) -> str:
        missing = [k for k in _ARTICLE_REQUIRED if not isinstance(obj.get(k), str) or not obj.get(k)]
        if missing and missing != ["title"]:
            raise RecordError(f"article {obj.get('id')!r} lacks {', '.join(missing)}")
        aid = obj["id"]
        body = obj["body_text"]
        sha = obj.get("content_sha256") or hashlib.sha256(body.encode("utf-8")).hexdigest()
        published_at = obj.get("published_at")
        published = published_at[:10] if published_at else None
        source_id = sources(
            {"name": obj["source"]}, {"family": obj.get("family"), "home_region": obj.get("home_region")}
        )
        district_id = None
        if obj.get("district_code"):
            district_id = resolve(None, obj["district_code"], published)
        title = obj.get("title") or ""
        cursor = db.conn.execute("select rowid, * from articles where id = ?", [aid])
        before = cursor.fetchone()
        before_row = dict(zip([c[0] for c in cursor.description], before, strict=True)) if before is not None else None
        rev, last = db.conn.execute(
            "select (select revision from article_revisions where article_id = ?1 and content_sha256 = ?2), "
            "(select max(revision) from article_revisions where article_id = ?1)",
            [aid, sha],
        ).fetchone()
        if rev is None:
            revision = (last or 0) + 1
            # the text of the current revision is the article's own (articles.body_text): not copied here
            db.conn.execute(
                "insert into article_revisions (article_id, revision, content_sha256, fetched_at) values (?, ?, ?, ?)",
                [aid, revision, sha, obj.get("fetched_at")],
            )
        else:
            revision = rev
        if before_row is not None and (
            before_row["revision"] != revision or (before_row["title"], before_row["body_text"]) != (title, body)
        ):
            # the text the article had becomes its revision's own (unless that revision already keeps one)
            db.conn.execute(
                "update article_revisions set title = ?, body_text = ? "
                "where article_id = ? and revision = ? and body_text is null",
                [before_row["title"], before_row["body_text"], aid, before_row["revision"]],
            )
        if rev is not None:
            # back to an earlier revision: its copy of the text goes when the article now holds the same
            db.conn.execute(
                "update article_revisions set title = null, body_text = null "
                "where article_id = ? and revision = ? and title is ? and body_text is ?",
                [aid, revision, title, body],
            )
        before_attachments = (
            [r[0] for r in db.conn.execute("select url from attachments where article_id = ? order by position", [aid])]
            if before_row is not None
            else []
        )
        record = {
            "id": aid,
            "source_id": source_id,
            "title": title,
            "published_at": published_at,
            "published": published,
            "author": obj.get("author"),
            "body_text": body,
            "url": obj["url"],
            "fetched_at": obj.get("fetched_at"),
            "content_sha256": sha,
            "revision": revision,
            "district_id": district_id,
            "family": obj.get("family"),
            "body_path": obj.get("body_path"),
            "raw_path": obj.get("raw_path"),
            "home_region": obj.get("home_region"),
            "outlet": obj.get("outlet"),
            "body_status": obj.get("body_status"),
            "body_source": obj.get("body_source") or "page",
        }
        same = before_row is not None and all(before_row[k] == v for k, v in record.items())
        if before_row is None:
            staged.article(_upsert(db, "articles", record, "id"), None, (title, body))
        elif not same:
            _upsert(db, "articles", record, "id")
            # evidence carries its article's source URL: keep it current when the article moves
            db.conn.execute("update evidence set url = ? where article_id = ? and url is not ?", [obj["url"], aid, obj["url"]])
            old = (before_row["title"], before_row["body_text"])
            if old != (title, body):
                staged.article(before_row["rowid"], old, (title, body))
        new_attachments = list(obj.get("attachments") or [])
        if before_attachments or new_attachments:
            db.conn.execute("delete from attachments where article_id = ?", [aid])
        if new_attachments:
            files = attachment_files(obj.get("attachment_files"))
            attachments.insert_all(
                (
                    {"article_id": aid, "position": i, "url": url, **files.get(url, dict.fromkeys(attachment_columns))}
                    for i, url in enumerate(new_attachments)
                ),
                alter=False,
            )
        if before_row is None:
            return "added"
        return "unchanged" if same and before_attachments == new_attachments else "updated"

    with _load_pragmas(db):
        report = _run_batches(db, records, label, batch_size, load_one, staged)
        with db.atomic():
            refresh_seen(db)
    return report


def load_facts(
    db: Database,
    records: Iterable[dict[str, Any] | Line],
    *,
    label: str = "<facts>",
    batch_size: int = BATCH_SIZE,
) -> LoadReport:
    """Load ``ArticleFacts.to_json()`` objects into the fact tables, with one evidence row per fact.

    The same fact reported by several articles is one row with several evidence rows. Loading an
    article's facts again (e.g. from a new extractor version) replaces all its evidence.

    :param db: the kb (schema applied if missing)
    :param records: decoded facts objects (or :class:`Line` objects from :func:`iter_jsonl`)
    :param label: name used in error messages when ``records`` are plain dicts
    :param batch_size: records per transaction
    :returns: a :class:`LoadReport`
    """
    ensure_schema(db)
    resolve = _Resolver(db)
    awards = _Lookup(db, "awards")
    award_records = _Lookup(db, "award_records")
    programs = _Lookup(db, "programs")
    job_counts = _Lookup(db, "job_counts")
    mentions = _Lookup(db, "district_mentions")
    staged = _Staged(db)

    def load_one(obj: dict[str, Any], warn: Any) -> str:
        check_facts_line(obj)
        if obj.get("error"):
            # the extractor failed on this article: keep what the kb already holds for it
            raise RecordError(
                f"extraction failed for article {obj['id']!r} ({obj['error']}); its facts in the kb are kept"
            )
        facts = ArticleFacts.from_json(obj)
        aid = facts.id
        date = (facts.published or "")[:10] or None
        row = db.conn.execute(
            "select revision, published, body_text, url from articles where id = ?", [aid]
        ).fetchone()
        if row is None:
            raise RecordError(f"facts for article {aid!r}, which is not in the kb: load its articles first")
        revision = row[0] if row else None
        date = date or (row[1] if row else None)
        version = facts.extractor_version
        before = _facts_state(db, aid, staged)
        if before is not None and before[0]:
            db.conn.execute("delete from evidence where article_id = ?", [aid])
        db.conn.execute("delete from district_mentions where article_id = ?", [aid])
        ev_rows: list[dict[str, Any]] = []

        def add(table: str, fact_id: int, fact: Any) -> None:
            span = fact.char_span or (None, None)
            inner = sentence_span(fact.evidence or None, row[2], span[0], span[1]) or (None, None)
            ev_rows.append(
                {
                    "fact_table": table,
                    "fact_id": fact_id,
                    **{column: fact_id if t == table else None for t, column in EVIDENCE_FK_COLUMNS.items()},
                    "url": row[3],
                    "span_start": inner[0],
                    "span_end": inner[1],
                    "article_id": aid,
                    "revision": revision,
                    "published": date,
                    "sentence": fact.evidence or None,
                    "char_start": span[0],
                    "char_end": span[1],
                    "extractor_version": version,
                    "year_source": getattr(fact, "year_source", None),
                    "district_source": getattr(fact, "district_source", None),
                }
            )

        def district(name: str | None, code: str | None, what: str) -> int | None:
            # a fact without a usable district is skipped (with a warning), not the whole line
            if not name and not code:
                warn(f"skipped {what} without a district")
                return None
            return resolve(name, code, date)

        for d in facts.districts:
            district_id = district(d.full_name, d.code, "district mention")
            if district_id is None:
                continue
            mid = mentions({"district_id": district_id, "article_id": aid})
            if d.evidence:
                add("district_mentions", mid, d)
        for a in facts.awards:
            if not a.grade:
                warn(f"skipped award without a grade: {a.award!r} for {a.district!r}")
                continue
            district_id = district(a.district, a.district_code, f"award {a.award!r}")
            if district_id is None:
                continue
            award_id = awards({"name": " ".join((a.award or UNNAMED_AWARD).split())})
            rid = award_records(
                {
                    "district_id": district_id,
                    "award_id": award_id,
                    "year": a.year,
                    "grade": a.grade,
                    "category": a.category,
                },
                {"organizer": a.organizer},
            )
            if a.organizer:
                db.execute(
                    "update award_records set organizer = ? where id = ? and organizer is null",
                    [a.organizer, rid],
                )
            add("award_records", rid, a)
        for p in facts.programs:
            district_id = district(p.district, p.district_code, f"program {p.name!r}")
            if district_id is None or not p.name:
                continue
            pid = programs({"district_id": district_id, "name": p.name})
            if db.execute("select 1 from programs_fts where rowid = ?", [pid]).fetchone() is None:
                db.execute(
                    "insert into programs_fts (rowid, name) values (?, ?)", [pid, search.bigram_text(p.name)]
                )
            add("programs", pid, p)
        for j in facts.job_counts:
            if not isinstance(j.value, int) or isinstance(j.value, bool):
                raise RecordError(f"job count value must be an integer, got {j.value!r}")
            district_id = district(j.district, j.district_code, f"job count {j.value}")
            if district_id is None:
                continue
            jid = job_counts(
                {
                    "district_id": district_id,
                    "year": j.year,
                    "kind": j.kind,
                    "value": j.value,
                }
            )
            add("job_counts", jid, j)
        if ev_rows:
            db.conn.executemany(_EVIDENCE_INSERT, ev_rows)
        tokens = (version, facts.search_tokens) if facts.search_tokens else None
        if tokens is not None:
            staged.tokens(aid, *tokens)
        if before is None:
            return "added"
        return "unchanged" if _facts_state(db, aid, staged, tokens) == before else "updated"

    with _load_pragmas(db):
        report = _run_batches(db, records, label, batch_size, load_one, staged)
        with db.atomic():
            prune_orphans(db)
            refresh_seen(db)
    return report


#: one evidence row (``load_facts`` builds dicts of these keys)
_EVIDENCE_COLUMNS = (
    "fact_table", "fact_id", *EVIDENCE_FK_COLUMNS.values(), "url", "span_start", "span_end", "article_id",
    "revision", "published", "sentence", "char_start", "char_end", "extractor_version", "year_source", "district_source",
)
_EVIDENCE_INSERT = (
    f"insert into evidence ({', '.join(_EVIDENCE_COLUMNS)}) values ({', '.join(':' + c for c in _EVIDENCE_COLUMNS)})"
)


def _facts_state(
    db: Database, article_id: str, staged: _Staged | None = None, tokens: tuple[str, str] | None = None
) -> tuple[Any, ...] | None:
    """What the kb holds from an article's facts (its evidence and search tokens), to tell an added,
    updated or unchanged facts line apart; ``None`` when it holds nothing.

    :param staged: the batch's queued writes (tokens queued there count as held)
    :param tokens: the tokens the article has now, if the caller just gave it some
    """
    evidence = db.conn.execute(
        "select fact_table, case fact_table when 'district_mentions' then "
        "(select m.district_id from district_mentions m where m.id = e.fact_id) else fact_id end, "
        "sentence, char_start, char_end, extractor_version, year_source, district_source from evidence e "
        "where article_id = ? order by 1, 2, 3, 4, 5",
        [article_id],
    ).fetchall()
    if tokens is None and staged is not None:
        tokens = staged.tokens_of(article_id)
    if tokens is not None:  # stored as codes of single-space-separated forms: compared as those forms
        tokens = (tokens[0], " ".join(tokens[1].split()))
    else:
        row = db.conn.execute(
            "select extractor_version, tokens from article_search_tokens where article_id = ?", [article_id]
        ).fetchone()
        if row is not None:  # stored as morpheme codes: compared as the forms a facts line gives
            codes = staged.codes if staged is not None else search.MorphemeCodes(db.conn)
            tokens = (row[0], codes.decode(row[1] or ""))
    if not evidence and tokens is None:
        return None
    return tuple(map(tuple, evidence)), tuple(tokens) if tokens else None


def prune_orphans(db: Database) -> None:
    """Delete fact rows that no evidence supports any more (after a reload replaced it).

    :param db: the kb
    """
    for table in RECORD_TABLES:
        if table == "programs":
            db.execute(
                "delete from programs_fts where rowid in (select id from programs where id not in "
                "(select fact_id from evidence where fact_table = 'programs'))"
            )
        db.execute(
            f"delete from {table} where id not in (select fact_id from evidence where fact_table = ?)",
            [table],
        )
    db.execute("delete from awards where id not in (select award_id from award_records)")


def refresh_seen(db: Database) -> None:
    """Recompute ``first_seen``/``last_seen`` of every fact from its evidence's article dates.

    :param db: the kb
    """
    for table in RECORD_TABLES:
        for col, fn in (("first_seen", "min"), ("last_seen", "max")):
            db.execute(
                f"update {table} set {col} = (select {fn}(coalesce(a.published, e.published)) from evidence e "
                f"left join articles a on a.id = e.article_id "
                f"where e.fact_table = '{table}' and e.fact_id = {table}.id)"
            )


def load_files(
    db: Database,
    articles: Iterable[str | Path] = (),
    facts: Iterable[str | Path] = (),
    batch_size: int = BATCH_SIZE,
) -> LoadReport:
    """Load NDJSON files: all article files first, then all facts files.

    :param db: the kb
    :param articles: ``articles.jsonl`` paths
    :param facts: ``facts.jsonl`` paths
    :param batch_size: records per transaction
    :returns: the combined :class:`LoadReport`
    """
    report = LoadReport()
    for path in articles:
        report += load_articles(db, iter_jsonl(path), batch_size=batch_size)
    for path in facts:
        report += load_facts(db, iter_jsonl(path), batch_size=batch_size)
    return report


class LoadLocked(RuntimeError):
    """Another process is loading into the same kb."""


@contextlib.contextmanager
def load_lock(db_path: str | Path) -> Iterator[Path]:
    """Hold ``<db>.lock`` while loading, so two loads into one kb never interleave.

    The lock is an advisory ``flock``: the kernel drops it when its process ends, even by ``kill -9``,
    so a crashed load never leaves the kb locked.

    :param db_path: the kb file
    :returns: the lock file's path
    :raises LoadLocked: at once, naming the lock file and its holder, when another load holds it
    """
    path = Path(f"{db_path}.lock")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode("ascii", "replace").strip() or "?"
            raise LoadLocked(f"another load is writing {db_path} (lock {path} held by pid {holder})") from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield path
    finally:
        os.close(fd)


def row_counts(db: Database) -> dict[str, int]:
    """Row count of every table a load fills.

    :param db: the kb
    :returns: ``{table: count}``
    """
    from kb.schema import DATA_TABLES

    return {t: db.table(t).count for t in DATA_TABLES if db.table(t).exists()}
