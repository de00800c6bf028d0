"""Stage 3 (kb): where the Datasette files live, and the ``datasette`` command line that serves the kb.

``datasette-metadata.json`` sits at the repository root; a copy ships inside the ``kb`` package
(``kb/datasette-metadata.json``, kept identical by a test) so an installed wheel can still serve. The
chart pages' templates live in the package (``kb/templates/``), so a wheel serves them too.

Must not import kiwipiepy, spaCy or scrapy.
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

METADATA_NAME = "datasette-metadata.json"
#: SQL time limit for the published kb (ms); the search query is answered from the index well below it
SQL_TIME_LIMIT_MS = 5000
#: Longest text shown in a table cell (characters; the rest is cut with …): article bodies no longer
#: push the other columns into narrow strips
TRUNCATE_CELLS_HTML = 120
#: Datasette settings of the published kb (``--setting NAME VALUE``)
DATASETTE_SETTINGS: dict[str, int] = {
    "sql_time_limit_ms": SQL_TIME_LIMIT_MS,
    "default_cache_ttl": 0,
    "truncate_cells_html": TRUNCATE_CELLS_HTML,
}

#: Longest string or blob (bytes) a published query may build: ``zeroblob(1e9)`` or a ``printf`` padding
#: of a gigabyte fails at once instead of filling the server's memory. Far above any article.
MAX_VALUE_BYTES = 20_000_000
#: SQL functions a visitor's ``?sql=`` may not call: ``fts3_tokenizer`` answers with a native pointer
#: (and with two arguments registers one); ``load_extension`` loads native code.
DENIED_FUNCTIONS = frozenset({"fts3_tokenizer", "load_extension"})

_PACKAGE_DIR = Path(__file__).resolve().parent
_REPO_ROOT = _PACKAGE_DIR.parent


def _authorize(action: int, arg1: str | None, arg2: str | None, _db: str | None, _source: str | None) -> int:
    # for SQLITE_FUNCTION, arg2 is the function's name (arg1 is unused)
    if action == sqlite3.SQLITE_FUNCTION and (arg2 or "").lower() in DENIED_FUNCTIONS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


def harden_connection(conn: sqlite3.Connection) -> None:
    """Make a connection of the published kb safe for visitors' SQL.

    Denies :data:`DENIED_FUNCTIONS` (the statement fails with "not authorized") and caps strings and
    blobs at :data:`MAX_VALUE_BYTES`. Datasette's own SQL time limit covers the rest.

    :param conn: a connection Datasette opened (``prepare_connection``)
    """
    conn.set_authorizer(_authorize)
    conn.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, MAX_VALUE_BYTES)


def metadata_path() -> Path:
    """The metadata file: the repository's ``datasette-metadata.json``, else the packaged copy.

    :returns: an existing path
    :raises FileNotFoundError: if neither exists
    """
    for path in (_REPO_ROOT / METADATA_NAME, _PACKAGE_DIR / METADATA_NAME):
        if path.exists():
            return path
    raise FileNotFoundError(f"{METADATA_NAME} not found next to {_PACKAGE_DIR}")


def templates_dir() -> Path | None:
    """The Datasette templates of the chart pages, shipped inside the ``kb`` package (``kb/templates/``).

    :returns: the directory, or ``None`` if it is missing
    """
    path = _PACKAGE_DIR / "templates"
    return path if path.is_dir() else None


def datasette_args(db: str | Path, port: int = 8001, host: str = "127.0.0.1") -> list[str]:
    """The ``datasette serve`` command line for a read-only kb.

    The database is served read-only but not immutable: Datasette opens it with ``mode=ro`` and sees
    each load as soon as it commits (the kb is in WAL mode, so a load never blocks a reader and a
    reader never sees half a load). With the project metadata, templates and :data:`DATASETTE_SETTINGS`;
    Datasette 0.65 has no write API, so visitors cannot change the file.

    :param db: the kb file (name it ``kb.db`` so its URLs are ``/kb/...``)
    :param port: TCP port
    :param host: interface (keep the default: serve on 127.0.0.1 only)
    :returns: argv, starting with the current Python
    """
    args = [
        sys.executable,
        "-m",
        "datasette",
        "serve",
        str(db),
        "-m",
        str(metadata_path()),
        "--host",
        host,
        "--port",
        str(port),
    ]
    for name, value in DATASETTE_SETTINGS.items():
        args += ["--setting", name, str(value)]
    tdir = templates_dir()
    if tdir is not None:
        args += ["--template-dir", str(tdir)]
    return args
