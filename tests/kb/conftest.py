"""Shared kb fixtures: a knowledge base built from the hand-written fixture corpus, and a Datasette client."""

from __future__ import annotations

import asyncio
import contextlib
import json
import socket
import subprocess
import time
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlite_utils import Database

from kb.load import load_files
from kb.publish import DATASETTE_SETTINGS, metadata_path, templates_dir
from kb.schema import ensure_schema, migrations

FIXTURES = Path(__file__).parent / "fixtures"
ARTICLES = FIXTURES / "articles.jsonl"
FACTS = FIXTURES / "facts.jsonl"


@pytest.fixture(scope="session")
def metadata() -> dict[str, Any]:
    return json.loads(metadata_path().read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def kb_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """kb.db (the name makes its Datasette URLs /kb/...) loaded from the fixture corpus."""
    path = tmp_path_factory.mktemp("kb") / "kb.db"
    db = Database(path)
    report = load_files(db, [ARTICLES], [FACTS])
    assert report.errors == []
    db.close()
    return path


@pytest.fixture
def fresh_db() -> Database:
    return Database(memory=True)


@pytest.fixture
def kb_db(kb_path: Path) -> Database:
    return Database(kb_path)


class Client:
    """Synchronous wrapper over ``Datasette([db], metadata=...).client``."""

    def __init__(self, path: Path, metadata: dict[str, Any]):
        from datasette.app import Datasette

        self.ds = Datasette(
            [str(path)], metadata=metadata, template_dir=str(templates_dir()), settings=DATASETTE_SETTINGS
        )

    def get(self, path: str, **params: Any) -> Any:
        async def run() -> Any:
            return await self.ds.client.get(path, params=params or None)

        return asyncio.run(run())

    def rows(self, path: str, **params: Any) -> list[dict[str, Any]]:
        response = self.get(path, _shape="array", **params)
        assert response.status_code == 200, response.text[:500]
        return response.json()


@pytest.fixture(scope="session")
def client(kb_path: Path, metadata: dict[str, Any]) -> Client:
    return Client(kb_path, metadata)


def token_forms(db: Database) -> dict[str, str]:
    """Each article's morpheme tokens as forms (the kb stores them as codes of ``morphemes`` ids)."""
    from kb.search import MorphemeCodes

    codes = MorphemeCodes(db.conn)
    return {aid: codes.decode(t) for aid, t in db.execute("select article_id, tokens from article_search_tokens")}


def assert_rerun_changes_nothing(
    db: Database, body: Callable[[Database], None], answers: Callable[[Database], Any], *queries: str
) -> None:
    """Running a migration's body again on an upgraded kb, as a half-applied or repeated run would, and
    then the schema check, leave the schema, the answers and the rows of each query as they were."""
    before = db.schema, answers(db), [list(db.execute(q)) for q in queries]
    with db.atomic():
        body(db)
    ensure_schema(db)
    assert (db.schema, answers(db), [list(db.execute(q)) for q in queries]) == before
    assert migrations.pending(db) == []


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def served(argv: list[str], port: int, **popen: Any) -> Iterator[str]:
    """Run a Datasette server command (``argv`` listens on ``port``) until it answers; yield its base URL.

    :raises RuntimeError: with the server's stderr when it exits or does not answer within 20 s
    """
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(200):
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode() if proc.stderr else f"{argv[0]} exited")
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=1)
                break
            except OSError:
                time.sleep(0.1)
        else:
            raise RuntimeError(f"{' '.join(argv[:4])} did not start")
        yield base
    finally:
        proc.terminate()
        proc.wait(timeout=10)
