"""Politeness defaults (issue #5) and their GOVNEWS_-prefixed environment overrides."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from crawler.run import project_settings

ROOT = Path(__file__).resolve().parents[2]


def test_polite_defaults():
    settings = project_settings()
    assert settings.getbool("ROBOTSTXT_OBEY")
    assert settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN") == 1
    assert settings.getfloat("DOWNLOAD_DELAY") >= 1.0
    assert settings.getbool("AUTOTHROTTLE_ENABLED")
    assert "+https://" in settings.get("USER_AGENT")  # a contact URL


def test_environment_overrides_with_govnews_prefix():
    code = (
        "import json; from crawler.run import project_settings; s = project_settings();"
        "print(json.dumps([s.getfloat('DOWNLOAD_DELAY'), s.getbool('ROBOTSTXT_OBEY'), s.get('USER_AGENT'),"
        " s.getint('CONCURRENT_REQUESTS_PER_DOMAIN')]))"
    )
    env = dict(os.environ, GOVNEWS_DOWNLOAD_DELAY="3.5", GOVNEWS_ROBOTSTXT_OBEY="false",
               GOVNEWS_USER_AGENT="ops-bot (+mailto:ops@example.org)", GOVNEWS_CONCURRENT_REQUESTS_PER_DOMAIN="2")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == [3.5, False, "ops-bot (+mailto:ops@example.org)", 2]
