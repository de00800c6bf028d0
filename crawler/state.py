"""Stage 1 (crawl): incremental-crawl state — known article URLs, list fingerprints, content hashes.

Must not import ``extract`` or ``kb``. One small SQLite file (``GOVNEWS_STATE_PATH``). A list entry
whose URL is known *and* whose list fingerprint (title, date, lead as shown on the list) is unchanged
is not fetched again; a fetched article whose body hash changed becomes a new revision.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from crawler.dates import now_utc_iso

_LOOPBACK = ("http://127.0.0.1:", "http://localhost:")


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
"""


class CrawlState:
    """Known pages of past crawls.

    :param path: SQLite file (parent directories are created); ``":memory:"`` for tests
    """

    def __init__(self, path: str | Path) -> None:
        if str(path) != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.path = str(path)
        self.db = sqlite3.connect(self.path)
        self.db.executescript(_SCHEMA)

    def is_known(self, url: str, list_fp: str | None = None) -> bool:
        """True when ``url`` was crawled before and its list fingerprint has not changed."""
        row = self.db.execute("SELECT list_fp FROM pages WHERE url = ?", (state_key(url),)).fetchone()
        if row is None:
            return False
        return list_fp is None or row[0] is None or row[0] == list_fp

    def record(self, *, url: str, source: str, article_id: str, content_sha256: str, list_fp: str | None = None) -> int:
        """Remember a crawled article; returns its revision (1, or +1 when the body hash changed).

        :param url: canonical article URL
        :param source: spider name
        :param article_id: ``Article.id``
        :param content_sha256: ``Article.content_sha256``
        :param list_fp: the list fingerprint that led to the page, if any
        :returns: the revision number to put on the item
        """
        now = now_utc_iso()
        url = state_key(url)
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
        return revision

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
