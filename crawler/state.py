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

    :param path: SQLite file (parent directories are created); ``":memory:"`` for tests
    :param retry_runs: a failed page is fetched again by this many later runs before it is given up
        (remembered as known); ``0`` = retried forever
    :param run_id: identifies the current run (failures of one run count once); default: a timestamp
    """

    def __init__(self, path: str | Path, *, retry_runs: int = 3, run_id: str | None = None) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = str(path)
        self.retry_runs = retry_runs
        self.run_id = run_id or now_utc_iso()
        self.db = sqlite3.connect(self.path, timeout=60)
        #: the row :meth:`unchanged` read last, for the :meth:`next_revision` call that follows it
        self._last_row: tuple[str, tuple[str, int] | None] | None = None
        if self.path != ":memory:":
            # One commit per article: in WAL mode with synchronous=NORMAL a commit is not fsync'd (1.5 ms
            # each, a tenth of a fast crawl). A process crash loses nothing; a power cut may lose the
            # last commits, which only makes the next run fetch those articles again (the journal,
            # fsync'd before each commit, still holds them): never a known URL whose article is lost.
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(_SCHEMA)
        #: rows of ``pages`` read by :meth:`unchanged`, by key, for the :meth:`record` of the same URL
        self._rows: dict[str, tuple[str, int, str | None] | None] = {}
        #: ``failures`` had no row when the state was opened and none was added since (the common case):
        #: a known URL then needs no look-up there, and a recorded one no delete
        self._no_failures = self.db.execute("SELECT 1 FROM failures LIMIT 1").fetchone() is None

    def is_known(self, url: str, list_fp: str | None = None) -> bool:
        """True when ``url`` was crawled before and its list fingerprint has not changed.

        A page that only ever failed is known once it failed in ``retry_runs`` separate runs.
        """
        key = state_key(url)
        row = self.db.execute("SELECT list_fp FROM pages WHERE url = ?", (key,)).fetchone()
        if row is None:
            if self._no_failures:
                return False
            failed = self.db.execute("SELECT runs FROM failures WHERE url = ?", (key,)).fetchone()
            return bool(failed and self.retry_runs and failed[0] >= self.retry_runs)
        return list_fp is None or row[0] is None or row[0] == list_fp

    def _body_row(self, url: str) -> tuple[str, int] | None:
        key = state_key(url)
        row = self.db.execute("SELECT content_sha256, revision, list_fp FROM pages WHERE url = ?", (key,)).fetchone()
        if len(self._rows) > 10000:  # rows read for items that never reached record() (dropped later)
            self._rows.clear()
        self._rows[key] = row
        return None if row is None else row[:2]

    def next_revision(self, url: str, content_sha256: str) -> int:
        """The revision :meth:`record` would give this body (1, or +1 when the hash changed); writes nothing."""
        last, self._last_row = self._last_row, None
        # the journal asks unchanged() and then next_revision() of one URL, back to back: one query
        row = last[1] if last is not None and last[0] == state_key(url) else self._body_row(url)
        if row is None:
            return 1
        return row[1] + (row[0] != content_sha256)

    def unchanged(self, url: str, content_sha256: str) -> bool:
        """True when ``url`` is known with exactly this body (a start-URL article fetched again)."""
        row = self._body_row(url)
        self._last_row = (state_key(url), row)
        return row is not None and row[0] == content_sha256

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
        self._last_row = None
        if content_sha256 == UNPARSED or not article_id:
            self.record_failure(url=url, source=source, reason="unparsed page")
            return 0
        now = now_utc_iso()
        url = state_key(url)
        if url in self._rows:  # read by unchanged() for this item: this connection alone wrote it since
            row = self._rows.pop(url)
        else:
            row = self.db.execute("SELECT content_sha256, revision, list_fp FROM pages WHERE url = ?", (url,)).fetchone()
        with self.db:
            if row is None:
                revision = 1
                self.db.execute(
                    "INSERT INTO pages VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
                    (url, source, article_id, list_fp, content_sha256, now, now),
                )
            else:
                old_hash, revision, old_fp = row
                if old_hash != content_sha256:
                    revision += 1
                self.db.execute(
                    "UPDATE pages SET article_id = ?, list_fp = ?, content_sha256 = ?, revision = ?, last_seen = ? WHERE url = ?",
                    (article_id, list_fp or old_fp, content_sha256, revision, now, url),
                )
            self.db.execute(
                "INSERT OR IGNORE INTO revisions VALUES (?, ?, ?, ?)", (url, revision, content_sha256, now)
            )
            if not self._no_failures:
                self.db.execute("DELETE FROM failures WHERE url = ?", (url,))
        return revision

    def record_failure(self, *, url: str, source: str, reason: str) -> int:
        """Remember that ``url`` failed in this run (counted once per run); returns the runs it failed in."""
        self._last_row = None
        self._no_failures = False
        now = now_utc_iso()
        key = state_key(url)
        self._rows.pop(key, None)
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
        row = self.db.execute("SELECT runs FROM failures WHERE url = ?", (state_key(url),)).fetchone()
        return row[0] if row else 0

    def begin_walk(self, source: str) -> bool:
        """Start a list walk of ``source``; returns whether the previous walk reached its end.

        A first crawl (no previous walk) counts as complete: nothing is known, so nothing stops early.
        """
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
        with self.db:
            self.db.execute(
                "UPDATE walks SET finished_at = ?, complete = ? WHERE source = ?", (now_utc_iso(), int(complete), source)
            )

    def revision_count(self, url: str) -> int:
        """Number of distinct revisions stored for ``url``."""
        return self.db.execute("SELECT COUNT(*) FROM revisions WHERE url = ?", (state_key(url),)).fetchone()[0]

    def known_urls(self, source: str | None = None) -> list[str]:
        """Every known URL (of one source, if given)."""
        if source:
            rows = self.db.execute("SELECT url FROM pages WHERE source = ? ORDER BY url", (source,))
        else:
            rows = self.db.execute("SELECT url FROM pages ORDER BY url")
        return [r[0] for r in rows]

    def close(self) -> None:
        self.db.close()
