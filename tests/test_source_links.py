"""Every source link of the kb that `make kb` builds answers 200 from `govnews sample-site`.

The kb is built with the Makefile's three commands (crawl --sample, extract, load) into a temp
directory, with GOVNEWS_SAMPLE_PORT set to a free port as `make kb SAMPLE_PORT=…` sets it; the
sample site is then started on that same setting, and every URL in ``articles.url``,
``evidence.url`` and ``attachments.url`` is fetched.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from crawler.sample_server import SampleServer, link_base, resolve

GOVNEWS = [sys.executable, "-m", "govnews"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _status(url: str) -> int:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status
    except urllib.error.HTTPError as exc:
        return exc.code


@pytest.fixture(scope="module")
def built_kb(tmp_path_factory) -> tuple[Path, dict[str, str]]:
    data = tmp_path_factory.mktemp("kb")
    env = {**os.environ, "GOVNEWS_SAMPLE_PORT": str(_free_port())}
    steps = [
        ["crawl", "--sample", "--raw-dir", str(data / "raw"), "-o", str(data / "articles.jsonl")],
        ["extract", "--jsonl", str(data / "articles.jsonl"), "-o", str(data / "facts.jsonl")],
        ["load", "--articles", str(data / "articles.jsonl"), "--facts", str(data / "facts.jsonl"),
         "--db", str(data / "kb.db")],
    ]
    for step in steps:
        done = subprocess.run(GOVNEWS + step, env=env, capture_output=True, text=True, timeout=600)
        assert done.returncode == 0, done.stderr[-2000:]
    return data / "kb.db", env


def test_every_source_link_of_the_make_kb_kb_answers(built_kb):
    db_path, env = built_kb
    base = f"http://127.0.0.1:{env['GOVNEWS_SAMPLE_PORT']}"
    with sqlite3.connect(db_path) as db:
        urls = sorted({row[0] for row in db.execute(
            "select url from articles union select url from evidence where url is not null")})
    assert len(urls) > 30
    assert all(u.startswith(base + "/") for u in urls), [u for u in urls if not u.startswith(base + "/")][:3]
    server = subprocess.Popen(GOVNEWS + ["sample-site"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        port = int(env["GOVNEWS_SAMPLE_PORT"])
        for _ in range(100):
            with socket.socket() as s:
                if s.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        dead = [(u, code) for u in urls if (code := _status(u)) != 200]
        with sqlite3.connect(db_path) as db:
            files = sorted({row[0] for row in db.execute("select url from attachments")})
        dead_files = [(u, code) for u in files if (code := _status(u)) != 200]
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert dead == []
    assert len(files) == 15 and all(u.startswith(base + "/") for u in files)
    assert dead_files == []


def test_every_attachment_a_sample_page_links_to_was_downloaded(built_kb):
    """The crawl fetched every file (none 'not downloaded'); documents were read, the photo and the
    "download all" ZIP were recognised as no document; file names come from Content-Disposition."""
    db_path, _env = built_kb
    with sqlite3.connect(db_path) as db:
        rows = db.execute("select file_name, format, text_read, error from attachments order by id").fetchall()
    assert [r for r in rows if (r[3] or "").startswith("not downloaded")] == []
    unread = sorted((name, error) for name, _format, read, error in rows if not read)
    assert unread == [
        ("241001 일자리대상 시상식.zip", "UnknownFormat: ZIP archive that is not HWPX (no hwp+zip mimetype entry; 2 entries)"),
        ("일자리대상 시상식.jpg", "UnknownFormat: an image, not a document"),
    ]
    assert sorted(f for _n, f, read, _e in rows if read) == ["hwp"] * 5 + ["hwpx"] * 4 + ["pdf"] * 4
    assert "240927 보도자료(청년이룸 3호점).hwpx" in {r[0] for r in rows}


def test_link_base_follows_the_port_setting(monkeypatch):
    monkeypatch.delenv("GOVNEWS_SAMPLE_PORT", raising=False)
    assert link_base() == "http://127.0.0.1:8765"
    monkeypatch.setenv("GOVNEWS_SAMPLE_PORT", "9123")
    assert link_base() == "http://127.0.0.1:9123"


def test_post_only_board_has_a_get_view_and_canonical_urls_resolve(tmp_path):
    board = tmp_path / "board" / "bbs"
    board.mkdir(parents=True)
    (board / "view.do@POST@method=view&no=7").write_text("<html>post seven</html>", encoding="utf-8")
    (board / "page.do@sid=102").write_text("<html>only variant</html>", encoding="utf-8")
    (tmp_path / "board" / "files").mkdir()
    (tmp_path / "board" / "files" / "down.do@id=3").write_bytes(b"file three")
    assert resolve(tmp_path, "/board/bbs/view.do", "method=view&no=7")[0].name == "view.do@POST@method=view&no=7"
    assert resolve(tmp_path, "/board/bbs/view.do", "method=view&no=8") is None
    assert resolve(tmp_path, "/board/bbs/page.do")[0].name == "page.do@sid=102"
    with SampleServer(root=tmp_path) as server:
        assert _status(f"{server.base_url}/board/bbs/view.do?method=view&no=7") == 200
        assert _status(f"{server.base_url}/files/down.do?id=3") == 200  # host-absolute link of a page
        assert _status(f"{server.base_url}/files/down.do?id=4") == 404
