"""README's Dockerfile recipe for putting the kb online: its ``CMD`` serves the kb read-only.

The ``CMD`` of the README's Dockerfile is run as the image would run it (``sh -c``, with ``python`` and
``datasette`` of this environment first on ``PATH``, as ``pip install`` puts them in the image), with
the kb file in place of ``/data/kb.db``, a loopback address instead of ``0.0.0.0`` and a free port.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
import urllib.error
import urllib.request
from pathlib import Path

from datasette.utils import tilde_encode

from .conftest import free_port, served

README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")


def _dockerfile() -> str:
    blocks = re.findall(r"```dockerfile\n(.*?)```", README, re.S)
    assert len(blocks) == 1, "README has one Dockerfile"
    return blocks[0]


def test_the_dockerfile_installs_the_package_and_copies_the_kb():
    lines = _dockerfile().splitlines()
    assert lines[0].startswith("FROM python:3.1") and "RUN pip install --no-cache-dir /src" in lines
    for package in ("govnews", "crawler", "extract", "kb"):
        assert f"COPY {package} /src/{package}" in lines
    assert "COPY data/kb.db /data/kb.db" in lines and "EXPOSE 8001" in lines


def test_the_dockerfiles_cmd_serves_the_kb_read_only(kb_path, tmp_path):
    cmd = json.loads(next(line for line in _dockerfile().splitlines() if line.startswith("CMD "))[4:])
    assert cmd[:2] == ["sh", "-c"] and "-i /data/kb.db -h 0.0.0.0 -p 8001" in cmd[2]
    db = tmp_path / "kb.db"
    shutil.copy(kb_path, db)
    port = free_port()
    script = cmd[2].replace("-i /data/kb.db -h 0.0.0.0 -p 8001", f"-i {db} -h 127.0.0.1 -p {port}")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    with served(["sh", "-c", script], port, cwd=tmp_path, env=env) as base:
        databases = json.loads(urllib.request.urlopen(f"{base}/-/databases.json", timeout=10).read())
        assert [(d["name"], d["is_mutable"]) for d in databases] == [("kb", False)]
        district = urllib.request.urlopen(f"{base}/district/{tilde_encode('구로구')}", timeout=10).read().decode()
        assert 'id="awards-chart"' in district
        row = urllib.request.urlopen(f"{base}/kb/award_records/1", timeout=10).read().decode()
        assert 'content: "district_id"' in row and '<a href="/kb/districts/' in row
        assert b"table.rows-and-columns" in urllib.request.urlopen(f"{base}/-/govnews.css", timeout=10).read()
        request = urllib.request.Request(f"{base}/kb/-/create", data=b"{}", method="POST")
        try:
            urllib.request.urlopen(request, timeout=10)
        except urllib.error.HTTPError as exc:
            assert exc.code in (403, 404, 405)
        else:
            raise AssertionError("the published kb accepted a write")
