"""Stage 3 (kb): where the Datasette files live, and the ``datasette`` command line that serves the kb.

``datasette-metadata.json`` and ``templates/`` sit at the repository root; a copy of the metadata ships
inside the ``kb`` package (``kb/datasette-metadata.json``, kept identical by a test) so an installed
wheel can still serve.

Must not import kiwipiepy, spaCy or scrapy.
"""

from __future__ import annotations

import sys
from pathlib import Path

METADATA_NAME = "datasette-metadata.json"
#: SQL time limit for the published kb (ms); the search query is answered from the index well below it
SQL_TIME_LIMIT_MS = 5000

_PACKAGE_DIR = Path(__file__).resolve().parent
_REPO_ROOT = _PACKAGE_DIR.parent


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
    """The Datasette ``templates/`` directory (district chart pages), if present.

    :returns: the directory, or ``None``
    """
    path = _REPO_ROOT / "templates"
    return path if path.is_dir() else None


def datasette_args(db: str | Path, port: int = 8001, host: str = "127.0.0.1") -> list[str]:
    """The ``datasette serve`` command line for a read-only kb.

    The database is served immutable (``-i``: no writes, counts cached), with the project metadata,
    templates and a SQL time limit. Datasette 0.65 has no write API, so nothing can change the file.

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
        "-i",
        str(db),
        "-m",
        str(metadata_path()),
        "--host",
        host,
        "--port",
        str(port),
        "--setting",
        "sql_time_limit_ms",
        str(SQL_TIME_LIMIT_MS),
        "--setting",
        "default_cache_ttl",
        "0",
    ]
    tdir = templates_dir()
    if tdir is not None:
        args += ["--template-dir", str(tdir)]
    return args
