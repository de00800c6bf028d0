"""Scrapyd deployment (issue 15): ``scrapyd-deploy`` builds the egg from a copy of the repo and uploads it
to a real ``scrapyd`` started on 127.0.0.1; one spider is scheduled and runs to completion."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.test_distributed import ROOT, SampleSite, free_port, redis_server, stop, wait_port

BIN = Path(sys.executable).parent
SCRAPYD = shutil.which("scrapyd", path=str(BIN)) or shutil.which("scrapyd")
DEPLOY = shutil.which("scrapyd-deploy", path=str(BIN)) or shutil.which("scrapyd-deploy")


@pytest.fixture(autouse=True)
def _tools_installed() -> None:
    assert SCRAPYD and DEPLOY, "scrapyd / scrapyd-client are missing: they are dev extras (`make install`)"


def _api(base: str, endpoint: str, data: list[tuple[str, str]] | None = None) -> dict:
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    with urllib.request.urlopen(f"{base}/{endpoint}", data=body, timeout=30) as resp:
        return json.loads(resp.read())


def _project_copy(dest: Path) -> Path:
    """The files `scrapyd-deploy` builds from (a copy, so the build leaves the work tree alone)."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in ("crawler", "govnews", "extract", "kb"):
        shutil.copytree(ROOT / name, dest / name, ignore=ignore)
    for name in ("pyproject.toml", "setup.py", "scrapy.cfg", "README.md"):
        shutil.copy2(ROOT / name, dest / name)
    return dest


@pytest.fixture
def redis_url(tmp_path):
    with redis_server(tmp_path) as url:
        yield url


def test_deploy_and_schedule_on_a_real_scrapyd(tmp_path, redis_url):
    site = SampleSite(tmp_path / "site.log")
    port = free_port()
    home = tmp_path / "scrapyd"
    home.mkdir()
    (home / "scrapyd.conf").write_text(
        "[scrapyd]\n"
        "bind_address = 127.0.0.1\n"
        f"http_port = {port}\n"
        f"eggs_dir = {home / 'eggs'}\n"
        f"logs_dir = {home / 'logs'}\n"
        f"items_dir = {home / 'items'}\n"
        f"dbs_dir = {home / 'dbs'}\n"
        "poll_interval = 0.5\n"
        "max_proc = 2\n",
        encoding="utf-8",
    )
    env = {**os.environ, "GOVNEWS_EGG_CACHE": str(tmp_path / "egg-cache")}
    server = subprocess.Popen([SCRAPYD], cwd=home, env=env, stdout=subprocess.DEVNULL,
                              stderr=(home / "scrapyd.log").open("wb"))
    try:
        wait_port(port, server)
        base = f"http://127.0.0.1:{port}"
        project = _project_copy(tmp_path / "project")
        # the egg carries the crawler's data files
        egg = tmp_path / "govnews.egg"
        subprocess.run([DEPLOY, "--build-egg", str(egg)], cwd=project, check=True, capture_output=True)
        names = set(zipfile.ZipFile(egg).namelist())
        assert "crawler/sources.toml" in names and "EGG-INFO/entry_points.txt" in names
        sample = {p.relative_to(ROOT).as_posix() for p in (ROOT / "crawler" / "sample_site").rglob("*") if p.is_file()}
        assert sample and sample <= names
        # deploy with the scrapy.cfg target that reads $SCRAPYD_URL
        deploy = subprocess.run([DEPLOY, "env", "--version", "1"], cwd=project, capture_output=True, text=True,
                                env={**env, "SCRAPYD_URL": base + "/"})
        assert deploy.returncode == 0, deploy.stdout + deploy.stderr
        assert '"status": "ok"' in deploy.stdout + deploy.stderr
        spiders = _api(base, "listspiders.json?project=govnews")["spiders"]
        assert "sijung" in spiders and "seoul_guro" in spiders
        # a distributed worker: GOVNEWS_REDIS_URL alone switches the job to the shared Redis scheduler
        job = _api(base, "schedule.json", [("project", "govnews"), ("spider", "sijung"),
                                           ("setting", f"GOVNEWS_SAMPLE_BASE={site.base}"),
                                           ("setting", f"GOVNEWS_REDIS_URL={redis_url}"),
                                           ("setting", "GOVNEWS_WORKER_ID=scrapyd-1"),
                                           ("setting", "GOVNEWS_REDIS_JOB=sd"),
                                           ("setting", "GOVNEWS_REDIS_IDLE_TIMEOUT=0.5"),
                                           ("setting", "DOWNLOAD_DELAY=0"), ("setting", "AUTOTHROTTLE_ENABLED=0")])
        assert job["status"] == "ok", job
        deadline = time.monotonic() + 60
        finished = []
        while time.monotonic() < deadline:
            finished = [j for j in _api(base, "listjobs.json?project=govnews")["finished"] if j["id"] == job["jobid"]]
            if finished:
                break
            time.sleep(0.3)
        assert finished, "the scheduled job did not finish"
        log = next((home / "logs").rglob(f"{job['jobid']}.log")).read_text(encoding="utf-8", errors="replace")
        assert "'finish_reason': 'finished'" in log, log[-3000:]
        items = next((home / "items").rglob(f"{job['jobid']}.jl")).read_text(encoding="utf-8").splitlines()
        assert len(items) == 4 and all(json.loads(line)["source"] == "sijung" for line in items)
        import redis

        shared = redis.Redis.from_url(redis_url)
        assert shared.scard("govnews:sd:sijung:dupefilter") >= 5  # list page + articles, in Redis
        assert shared.hlen("govnews:sd:items") == 4
        # the job ran the deployed egg's code (unpacked into the egg cache), not the work tree
        assert list((tmp_path / "egg-cache").glob("*/crawler/sources.toml"))
    finally:
        try:
            stop(server)
        finally:
            site.close()
