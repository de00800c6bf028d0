"""The published kb works from an installed wheel, not only from a checkout.

``pip install --no-deps`` of a copy of the project into a fresh virtualenv whose dependencies come
from the test environment's site-packages (appended to ``sys.path``, without the checkout's editable
hook), then ``govnews serve`` from that virtualenv, run outside the checkout.
"""

from __future__ import annotations

import os
import shutil
import site
import subprocess
import sys
import urllib.error
import urllib.request
import venv
from pathlib import Path

import pytest
from datasette.utils import tilde_encode

from .conftest import free_port, served

ROOT = Path(__file__).resolve().parents[2]
#: the installed copy must not see the checkout through PYTHONPATH
CLEAN_ENV = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
PACKAGES = ("govnews", "crawler", "extract", "kb")


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.read().decode("utf-8")
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode("utf-8", "replace")


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtualenv with the project installed from a wheel built from a copy of the source."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, src / name)
    for package in PACKAGES:
        shutil.copytree(ROOT / package, src / package, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
    env = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(env)
    python = env / "bin" / "python"
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    # the dependencies: the test environment's site-packages, as a plain path (its .pth files, and so
    # the checkout's editable install, stay inactive)
    (Path(purelib) / "deps.pth").write_text("\n".join(site.getsitepackages()) + "\n", encoding="utf-8")
    result = subprocess.run(
        # no build isolation: the build backend (setuptools, wheel: dev dependencies) comes from the test
        # environment, so the test needs no network
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-build-isolation",
         "--no-index", "--quiet", str(src)],
        capture_output=True, text=True, timeout=600, cwd=tmp,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return env


def test_the_wheel_ships_the_templates_and_metadata(installed):
    python = installed / "bin" / "python"
    out = subprocess.run(
        [str(python), "-c", "import kb, kb.publish as p; print(kb.__file__); print(p.templates_dir()); "
         "print(p.metadata_path())"],
        capture_output=True, text=True, check=True, cwd=installed, env=CLEAN_ENV,
    ).stdout.splitlines()
    assert all(line.startswith(str(installed)) for line in out), out
    assert (Path(out[1]) / "govnews_district.html").exists()


def test_govnews_serve_from_the_wheel_serves_the_chart_pages_and_the_dashboard(installed, kb_path, tmp_path):
    db = tmp_path / "kb.db"
    shutil.copy(kb_path, db)
    port = free_port()
    argv = [str(installed / "bin" / "govnews"), "serve", str(db), "--port", str(port)]
    with served(argv, port, cwd=tmp_path, env=CLEAN_ENV) as base:
        status, html = _get(f"{base}/district/")
        assert status == 200 and 'id="awards-chart"' in html and "서울특별시 구로구</a>" in html
        status, html = _get(f"{base}/district/{tilde_encode('구로구')}")
        assert status == 200 and "<h1>서울특별시 구로구</h1>" in html and 'class="bar"' in html
        status, html = _get(f"{base}/district/%EC%A4%91%EA%B5%AC")
        assert status == 200 and "<h1>Which 중구?</h1>" in html
        status, plugins = _get(f"{base}/-/plugins.json")
        assert status == 200 and '"govnews"' in plugins and '"datasette-dashboards"' in plugins
        # the dashboard: its page with the charts' SQL from the packaged metadata, its bundled Vega
        status, html = _get(f"{base}/-/dashboards/govnews?district=%EC%A4%91%EA%B5%AC")
        assert status == 200 and 'value="중구"' in html and 'id="chart-awards-by-year"' in html
        assert '"db": "kb"' in html
        status, script = _get(f"{base}/-/static-plugins/datasette_dashboards/vega-lite.min.js")
        assert status == 200 and len(script) > 100_000
        status, home = _get(f"{base}/")
        assert status == 200 and 'href="/-/dashboards/govnews"' in home
