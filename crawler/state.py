"""Stage 1 (crawl): incremental-crawl state — known article URLs, list fingerprints, content hashes.

Must not import ``extract`` or ``kb``. One small SQLite file (``GOVNEWS_STATE_PATH``). A list entry
whose URL is known *and* whose list fingerprint (title, date, lead as shown on the list) is unchanged
is not fetched again; a fetched article whose body hash changed becomes a new revision.

Crash safety: an article becomes known only through :meth:`CrawlState.record`, which the item
pipeline calls after the article is durable (journal line written and flushed, see
:class:`crawler.pipelines.JournalPipeline`), so a crawl killed at any point never leaves a known URL
whose article was lost. A page that failed (an ``alert()`` page, an empty shell, a fetch error) is
not known: it is kept in ``failures`` and fetched again by the next runs, until it has failed in
``retry_runs`` separate runs. ``walks`` remembers whether each source's last list walk reached its
end; after an interrupted or failed walk the next run pages through every list page instead of
stopping at the first one whose entries are all known.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

from crawler.dates import now_utc_iso

_LOOPBACK = ("http://127.0.0.1:", "http://localhost:")
#: ``content_sha256`` the spider records for a page it could not parse (a failure, not an article)
UNPARSED = "unparsed"


def state_key(url: str) -> str:
    """URL as stored: a sample-site URL loses its (ephemeral) port so ``--sample --incremental`` works.

    ``http://127.0.0.1:54321/sijung/news/…`` → ``sample:/sijung/news/…``; other URLs are unchanged.
    """
    for prefix in _LOOPBACK:
        if url.startswith(prefix):
            rest = url[len(prefix) :]
            return "sample:" + rest[rest.find("/") :] if "/" in rest else "sample:/"
    return url


_SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    article_id TEXT,
    list_fp TEXT,
    content_sha256 TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 1,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS revisions (
    url TEXT NOT NULL,
    revision INTEGER NOT NULL,
    content_sha256 TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    PRIMARY KEY (url, revision)
);
CREATE TABLE IF NOT EXISTS failures (
    url TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT,
    runs INTEGER NOT NULL DEFAULT 1,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    last_run TEXT
);
CREATE TABLE IF NOT EXISTS walks (
    source TEXT PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    complete INTEGER NOT NULL DEFAULT 0
);
"""


class CrawlState:
    """Known pages of past crawls.

    Reads go through a cache of ``pages`` rows: :meth:`prefetch` reads the rows of a list page's
    entries in one query, and :meth:`is_known`, :meth:`unchanged`, :meth:`next_revision` and
    :meth:`record` of those URLs then need none (a URL outside the cache is read as before); a row
    this connection writes replaces its cached copy. :meth:`record_later` is :meth:`record` whose
    statements wait for :meth:`flush`: a crawl writes the articles released together by the journal
    in one transaction (one multi-row ``INSERT`` per table) instead of one each. A URL whose write
    waits is always in the cache (the cache is emptied only after a flush), and every method that
    reads or writes the file otherwise flushes first: what the state answers never depends on
    whether a write is still waiting.

    :param path: SQLite file (parent directories are created); ``":memory:"`` for tests
    :param retry_runs: a failed page is fetched again by this many later runs before it is given up
        (remembered as known); ``0`` = retried forever
    :param run_id: identifies the current run (failures of one run count once); default: a timestamp
    """

    #: rows kept in the read cache at most (rows read for pages that never reached record(): skipped,
    #: failed, dropped); the cache is emptied when it grows past this
    CACHE_ROWS = 10000

    def __init__(self, path: str | Path, *, retry_runs: int = 3, run_id: str | None = None) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = str(path)
        self.retry_runs = retry_runs
        self.run_id = run_id or now_utc_iso()
        self.db = sqlite3.connect(self.path, timeout=60)
        if self.path != ":memory:":
            # One commit per group of articles: in WAL mode with synchronous=NORMAL a commit is not
            # fsync'd (1.5 ms each, a tenth of a fast crawl). A process crash loses nothing; a power cut
            # may lose the last commits, which only makes the next run fetch those articles again (the
            # journal, fsync'd before each commit, still holds them): never a known URL whose article is lost.
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        #: ``pages`` rows by key, ``(content_sha256, revision, list_fp)`` or ``None`` (no row), as this
        #: connection last read or wrote them
        self._rows: dict[str, tuple[str, int, str | None] | None] = {}
        #: :meth:`record_later` writes not yet flushed, in call order: ``(kind, parameters)``
        self._pending: list[tuple[str, tuple]] = []
        #: ``failures`` had no row when the state was opened and none was added since (the common case):
        #: a known URL then needs no look-up there, and a recorded one no delete
        self._no_failures = self.db.execute("SELECT 1 FROM failures LIMIT 1").fetchone() is None

    # -- the row cache -------------------------------------------------------------------------------

    def _cache(self, key: str, row: tuple[str, int, str | None] | None) -> None:
        if len(self._rows) >= self.CACHE_ROWS and key not in self._rows:
            self.flush()  # nothing cached may stand for a write still waiting
            self._rows.clear()
        self._rows[key] = row

    def _row(self, key: str) -> tuple[str, int, str | None] | None:
        """The ``pages`` row of ``key``: cached, else read (and cached)."""
        try:
            return self._rows[key]
        except KeyError:
            pass
        # no write waits for a key outside the cache (the cache is emptied only after a flush)
        row = self.db.execute("SELECT content_sha256, revision, list_fp FROM pages WHERE url = ?", (key,)).fetchone()
        row = None if row is None else (row[0], row[1], row[2])
        self._cache(key, row)
        return row

    def prefetch(self, urls: Iterable[str]) -> None:
        """Read the ``pages`` rows of ``urls`` (a list page's entries) in one query, into the cache.

        The rows are read again even when cached, so the answers for these URLs are as fresh as the
        list page (a row written by another process since an earlier read is seen)."""
        keys = list(dict.fromkeys(state_key(url) for url in urls))
        if not keys:
            return
        self.flush()
        found: dict[str, tuple[str, int, str | None]] = {}
        for start in range(0, len(keys), 500):
            chunk = keys[start:start + 500]
            marks = ",".join("?" * len(chunk))
            for url, sha, revision, list_fp in self.db.execute(
                f"SELECT url, content_sha256, revision, list_fp FROM pages WHERE url IN ({marks})", chunk
            ):
                found[url] = (sha, revision, list_fp)
        for key in keys:
            self._cache(key, found.get(key))

    # -- questions -----------------------------------------------------------------------------------

    def is_known(self, url: str, list_fp: str | None = None) -> bool:
        """True when ``url`` was crawled before and its list fingerprint has not changed.

        A page that only ever failed is known once it failed in ``retry_runs`` separate runs.
        """
        key = state_key(url)
        row = self._row(key)
        if row is None:
            if self._no_failures:
                return False
            failed = self.db.execute("SELECT runs FROM failures WHERE url = ?", (key,)).fetchone()
            return bool(failed and self.retry_runs and failed[0] >= self.retry_runs)
        return list_fp is None or row[2] is None or row[2] == list_fp

    def next_revision(self, url: str, content_sha256: str) -> int:
        """The revision :meth:`record` would give this body (1, or +1 when the hash changed); writes nothing."""
        row = self._row(state_key(url))
        if row is None:
            return 1
        return row[1] + (row[0] != content_sha256)

    def unchanged(self, url: str, content_sha256: str) -> bool:
        """True when ``url`` is known with exactly this body (a start-URL article fetched again)."""
        row = self._row(state_key(url))
        return row is not None and row[0] == content_sha256

    # -- writes --------------------------------------------------------------------------------------

    def record(self, *, url: str, source: str, article_id: str, content_sha256: str, list_fp: str | None = None) -> int:
        """Remember a crawled article; returns its revision (1, or +1 when the body hash changed).

        Call it only once the article is durable (written and flushed): a known URL is never fetched
        again. ``content_sha256 == "unparsed"`` (a failure page) is recorded as a failure instead.

        :param url: canonical article URL
        :param source: spider name
        :param article_id: ``Article.id``
        :param content_sha256: ``Article.content_sha256``
        :param list_fp: the list fingerprint that led to the page, if any
        :returns: the revision number to put on the item (0 for a failure)
        """
        revision = self.record_later(url=url, source=source, article_id=article_id, content_sha256=content_sha256,
                                     list_fp=list_fp)
        self.flush()
        return revision

    def record_later(self, *, url: str, source: str, article_id: str, content_sha256: str,
                     list_fp: str | None = None) -> int:
        """:meth:`record`, its rows written by the next :meth:`flush` (or any other call that writes or
        reads the file); the revision is settled now. A crash before the flush loses only the rows:
        the next run fetches those articles again."""
        if content_sha256 == UNPARSED or not article_id:
            self.record_failure(url=url, source=source, reason="unparsed page")
            return 0
        now = now_utc_iso()
        key = state_key(url)
        row = self._row(key)
        if row is None:
            revision = 1
            self._pending.append(("insert", (key, source, article_id, list_fp, content_sha256, now, now)))
            self._cache(key, (content_sha256, 1, list_fp))
        else:
            old_hash, revision, old_fp = row
            if old_hash != content_sha256:
                revision += 1
            self._pending.append(("update", (article_id, list_fp or old_fp, content_sha256, revision, now, key)))
            self._cache(key, (content_sha256, revision, list_fp or old_fp))
        self._pending.append(("revision", (key, revision, content_sha256, now)))
        if not self._no_failures:
            self._pending.append(("unfail", (key,)))
        return revision

    def flush(self) -> None:
        """Write the rows :meth:`record_later` left, in one transaction: the new pages in one ``INSERT``,
        then the updates in call order, then the revisions in one ``INSERT OR IGNORE`` (a new page's
        row never follows its own update, so the order within a kind is all that matters)."""
        if not self._pending:
            return
        pending, self._pending = self._pending, []
        try:
            with self.db:
                by_kind: dict[str, list[tuple]] = {"insert": [], "update": [], "revision": [], "unfail": []}
                for kind, params in pending:
                    by_kind[kind].append(params)
                _insert_rows(self.db, "INSERT INTO pages VALUES ", "(?, ?, ?, ?, ?, 1, ?, ?)", by_kind["insert"])
                for params in by_kind["update"]:
                    self.db.execute(
                        "UPDATE pages SET article_id = ?, list_fp = ?, content_sha256 = ?, revision = ?, last_seen = ? "
                        "WHERE url = ?", params)
                _insert_rows(self.db, "INSERT OR IGNORE INTO revisions VALUES ", "(?, ?, ?, ?)", by_kind["revision"])
                for params in by_kind["unfail"]:
                    self.db.execute("DELETE FROM failures WHERE url = ?", params)
        except BaseException:
            self._pending[:0] = pending  # written by the next flush, or lost with the process
            raise

    def record_failure(self, *, url: str, source: str, reason: str) -> int:
        """Remember that ``url`` failed in this run (counted once per run); returns the runs it failed in."""
        self.flush()
        self._no_failures = False
        now = now_utc_iso()
        key = state_key(url)
        with self.db:
            row = self.db.execute("SELECT runs, last_run FROM failures WHERE url = ?", (key,)).fetchone()
            if row is None:
                self.db.execute(
                    "INSERT INTO failures VALUES (?, ?, ?, 1, ?, ?, ?)", (key, source, reason, now, now, self.run_id)
                )
                return 1
            runs = row[0] + (row[1] != self.run_id)
            self.db.execute(
                "UPDATE failures SET reason = ?, runs = ?, last_seen = ?, last_run = ? WHERE url = ?",
                (reason, runs, now, self.run_id, key),
            )
        return runs

    def failure_runs(self, url: str) -> int:
        """In how many runs ``url`` failed (0 when it never did or was fetched since)."""
        self.flush()
        row = self.db.execute("SELECT runs FROM failures WHERE url = ?", (state_key(url),)).fetchone()
        return row[0] if row else 0

    def begin_walk(self, source: str) -> bool:
        """Start a list walk of ``source``; returns whether the previous walk reached its end.

        A first crawl (no previous walk) counts as complete: nothing is known, so nothing stops early.
        """
        self.flush()
        row = self.db.execute("SELECT complete FROM walks WHERE source = ?", (source,)).fetchone()
        with self.db:
            self.db.execute(
                "INSERT INTO walks VALUES (?, ?, NULL, 0) ON CONFLICT(source) DO UPDATE SET "
                "started_at = excluded.started_at, finished_at = NULL, complete = 0",
                (source, now_utc_iso()),
            )
        return row is None or bool(row[0])

    def end_walk(self, source: str, *, complete: bool) -> None:
        """Finish the walk of ``source``; ``complete`` = every list page was read and nothing failed."""
        self.flush()
        with self.db:
            self.db.execute(
                "UPDATE walks SET finished_at = ?, complete = ? WHERE source = ?", (now_utc_iso(), int(complete), source)
            )

    def revision_count(self, url: str) -> int:
        """Number of distinct revisions stored for ``url``."""
        self.flush()
        return self.db.execute("SELECT COUNT(*) FROM revisions WHERE url = ?", (state_key(url),)).fetchone()[0]

    def known_urls(self, source: str | None = None) -> list[str]:
        """Every known URL (of one source, if given)."""
        self.flush()
        if source:
            rows = self.db.execute("SELECT url FROM pages WHERE source = ? ORDER BY url", (source,))
        else:
            rows = self.db.execute("SELECT url FROM pages ORDER BY url")
        return [r[0] for r in rows]

    def close(self) -> None:
        try:
            self.flush()
        finally:
            self.db.close()


def _insert_rows(db: sqlite3.Connection, head: str, row: str, rows: list[tuple], per_statement: int = 100) -> None:
    """``head`` + ``row`` for every row of ``rows``, up to ``per_statement`` rows a statement (one
    statement steps once, where ``executemany`` steps, and gives up the GIL, once a row)."""
    for start in range(0, len(rows), per_statement):
        chunk = rows[start:start + per_statement]
        db.execute(head + ", ".join([row] * len(chunk)), [value for params in chunk for value in params])
