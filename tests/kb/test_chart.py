"""The district chart page, rendered by headless Chromium against a real ``datasette serve``."""

from __future__ import annotations

import shutil
import subprocess
import urllib.request
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

from kb.publish import datasette_args

from .conftest import free_port, served

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "artifacts"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def server(kb_path):
    """``govnews serve``'s datasette command on an ephemeral 127.0.0.1 port."""
    port = free_port()
    with served(datasette_args(kb_path, port=port), port) as base:
        yield base


def _chromium(args: list[str], profile: Path) -> subprocess.CompletedProcess[str]:
    assert Path(CHROMIUM).exists(), "chromium is missing: `make test` installs it (apt-get install chromium)"
    return subprocess.run(
        [CHROMIUM, *CHROMIUM_FLAGS, f"--user-data-dir={profile}", *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_district_page_chart_is_drawn_in_headless_chromium(server, tmp_path):
    url = f"{server}/district/{tilde_encode('서울특별시 구로구')}"
    dom = _chromium(["--virtual-time-budget=5000", "--dump-dom", url], tmp_path / "profile-dom")
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    assert 'id="awards-chart"' in html
    # data-drawn is set by the page's script from the laid-out SVG's bounding box
    awards_tag = html.split('id="awards-chart"')[1].split(">")[0]
    assert 'data-drawn="1"' in awards_tag
    assert html.count('class="bar"') == 2 and 'class="bar jobs"' in html

    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / "district_chart.png"
    shot.unlink(missing_ok=True)
    res = _chromium(
        ["--window-size=900,1200", "--hide-scrollbars", f"--screenshot={shot}", url],
        tmp_path / "profile-shot",
    )
    assert res.returncode == 0, res.stderr[-2000:]
    assert shot.exists() and shot.stat().st_size > 5000
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_server_is_read_only(server):
    req = urllib.request.Request(f"{server}/kb/-/create", data=b"{}", method="POST")
    with pytest.raises(urllib.error.HTTPError) as e:
        urllib.request.urlopen(req, timeout=5)
    assert e.value.code in (403, 404, 405)


def test_national_page_charts_are_drawn_in_headless_chromium(server, tmp_path):
    dom = _chromium(["--virtual-time-budget=5000", "--dump-dom", f"{server}/district/"], tmp_path / "profile")
    assert dom.returncode == 0, dom.stderr[-2000:]
    html = dom.stdout
    awards_tag = html.split('id="awards-chart"')[1].split(">")[0]
    assert 'data-drawn="1"' in awards_tag
    assert 'id="jobs-chart-created"' in html and "서울특별시 구로구</a>" in html
