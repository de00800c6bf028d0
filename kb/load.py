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
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from extract.facts import ArticleFacts
from kb import search
from kb.evidence import sentence_span
from kb.schema import EVIDENCE_FK_COLUMNS, ensure_schema

#: records per transaction
BATCH_SIZE = 500
#: ``awards.name`` for an award record whose award the text never names
UNNAMED_AWARD = "(미상)"

_ARTICLE_REQUIRED = ("id", "source", "title", "body_text", "url")


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


#: the largest integer SQLite stores
_INT64_MAX = 2**63 - 1
#: text fields of each fact list of a facts line (``None`` allowed)
_FACT_TEXT_FIELDS = {
    "awards": ("district", "district_code", "award", "category", "grade", "organizer", "evidence"),
    "programs": ("district", "district_code", "name", "evidence"),
    "job_counts": ("district", "district_code", "kind", "evidence"),
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


def _run_batches(
    db: Database,
    records: Iterable[dict[str, Any] | Line],
    label: str,
    batch_size: int,
    load_one: Any,
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
                    with db.atomic():  # a savepoint: a failing record leaves no half-written rows
                        outcome = load_one(line.obj, warn)
                except (RecordError, KeyError, TypeError, ValueError, OverflowError, sqlite3.Error) as e:
                    msg = str(e) if isinstance(e, RecordError) else f"{type(e).__name__}: {e}"
                    report.errors.append(f"{line.where}: {msg}")
                    report.refused += 1
                else:
                    report.loaded += 1
                    if outcome == "added":
                        report.added += 1
                    elif outcome == "updated":
                        report.updated += 1
                    else:
                        report.unchanged += 1
    return report


class _Lookup:
    """``Table.lookup()`` with the table's introspection done once instead of on every call.

    The first call per table and key set goes through sqlite-utils (which adds missing columns and the
    unique index); later ones run the same ``IS`` match and plain insert directly (a load makes
    thousands of them).
    """

    def __init__(self, db: Database, table: str) -> None:
        self.db = db
        self.table = table
        self.ready: set[tuple[str, ...]] = set()

    def __call__(self, values: dict[str, Any], extra: dict[str, Any] | None = None) -> int:
        keys = tuple(values)
        combined = {**values, **(extra or {})}
        if keys not in self.ready or any(not isinstance(v, (str, int, float, type(None))) for v in combined.values()):
            self.ready.add(keys)
            return self.db.table(self.table).lookup(values, extra)
        where = " and ".join(f"[{k}] is ?" for k in keys)
        row = self.db.execute(f"select [id] from [{self.table}] where {where}", list(values.values())).fetchone()
        if row is not None:
            return row[0]
        cols = ", ".join(f"[{k}]" for k in combined)
        marks = ", ".join("?" * len(combined))
        cur = self.db.execute(f"insert into [{self.table}] ({cols}) values ({marks})", list(combined.values()))
        return cur.lastrowid or 0


def _upsert(db: Database, table: str, record: dict[str, Any], pk: str) -> None:
    """``Table.upsert(record, pk=pk)`` (insert, or update every given column) in one statement."""
    cols = ", ".join(f"[{k}]" for k in record)
    marks = ", ".join("?" * len(record))
    updates = ", ".join(f"[{k}] = excluded.[{k}]" for k in record if k != pk)
    db.execute(
        f"insert into [{table}] ({cols}) values ({marks}) on conflict([{pk}]) do update set {updates}",
        list(record.values()),
    )


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
    sources = _Lookup(db, "sources")
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
        rev = db.execute(
            "select revision from article_revisions where article_id = ? and content_sha256 = ?", [aid, sha]
        ).fetchone()
        if rev is None:
            last = db.execute(
                "select max(revision) from article_revisions where article_id = ?", [aid]
            ).fetchone()[0]
            revision = (last or 0) + 1
            db.execute(
                "insert into article_revisions (article_id, revision, content_sha256, title, body_text, fetched_at) "
                "values (?, ?, ?, ?, ?, ?)",
                [aid, revision, sha, obj.get("title") or "", body, obj.get("fetched_at")],
            )
        else:
            revision = rev[0]
        cursor = db.execute("select * from articles where id = ?", [aid])
        before = cursor.fetchone()
        before_row = dict(zip([c[0] for c in cursor.description], before, strict=True)) if before is not None else None
        before_attachments = [
            r[0] for r in db.execute("select url from attachments where article_id = ? order by position", [aid])
        ]
        record = {
            "id": aid,
            "source_id": source_id,
            "title": obj.get("title") or "",
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
        _upsert(db, "articles", record, "id")
        # evidence carries its article's source URL: keep it current when the article moves
        db.execute("update evidence set url = ? where article_id = ? and url is not ?", [obj["url"], aid, obj["url"]])
        db.execute("delete from attachments where article_id = ?", [aid])
        if obj.get("attachments"):
            files = attachment_files(obj.get("attachment_files"))
            attachments.insert_all(
                (
                    {"article_id": aid, "position": i, "url": url, **files.get(url, dict.fromkeys(attachment_columns))}
                    for i, url in enumerate(obj.get("attachments") or [])
                ),
                alter=False,
            )
        rowid = db.execute("select rowid from articles where id = ?", [aid]).fetchone()[0]
        search.index_articles(db.conn, [(rowid, obj.get("title") or "", body)])
        if before_row is None:
            return "added"
        same = all(before_row.get(k) == v for k, v in record.items())
        return "unchanged" if same and before_attachments == list(obj.get("attachments") or []) else "updated"

    report = _run_batches(db, records, label, batch_size, load_one)
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
    evidence = db.table("evidence")

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
        row = db.execute(
            "select revision, published, body_text, url from articles where id = ?", [aid]
        ).fetchone()
        if row is None:
            raise RecordError(f"facts for article {aid!r}, which is not in the kb: load its articles first")
        revision = row[0] if row else None
        date = date or (row[1] if row else None)
        version = facts.extractor_version
        before = _facts_state(db, aid)
        db.execute("delete from evidence where article_id = ?", [aid])
        db.execute("delete from district_mentions where article_id = ?", [aid])
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
            evidence.insert_all(ev_rows)
        if facts.search_tokens:
            _upsert(
                db,
                "article_search_tokens",
                {"article_id": aid, "extractor_version": version, "tokens": facts.search_tokens},
                "article_id",
            )
        if before is None:
            return "added"
        return "unchanged" if _facts_state(db, aid) == before else "updated"

    report = _run_batches(db, records, label, batch_size, load_one)
    with db.atomic():
        prune_orphans(db)
        refresh_seen(db)
    return report


def _facts_state(db: Database, article_id: str) -> tuple[Any, ...] | None:
    """What the kb holds from an article's facts (its evidence and search tokens), to tell an added,
    updated or unchanged facts line apart; ``None`` when it holds nothing."""
    evidence = db.execute(
        "select fact_table, case fact_table when 'district_mentions' then "
        "(select m.district_id from district_mentions m where m.id = e.fact_id) else fact_id end, "
        "sentence, char_start, char_end, extractor_version from evidence e where article_id = ? order by 1, 2, 3, 4, 5",
        [article_id],
    ).fetchall()
    tokens = db.execute(
        "select extractor_version, tokens from article_search_tokens where article_id = ?", [article_id]
    ).fetchone()
    if not evidence and tokens is None:
        return None
    return tuple(map(tuple, evidence)), tuple(tokens) if tokens else None


def prune_orphans(db: Database) -> None:
    """Delete fact rows that no evidence supports any more (after a reload replaced it).

    :param db: the kb
    """
    for table in ("award_records", "programs", "job_counts"):
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
    for table in ("award_records", "programs", "job_counts"):
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
