"""What `make run` publishes, clicked through as a reader would: README's user stories and a laptop screen.

The kb is built as ``make run`` builds it: ``govnews sample-site`` on a port of its own (the stable
base, ``GOVNEWS_SAMPLE_PORT``), ``crawl --sample --sample-base`` against it, extract, load; then
``govnews serve``'s datasette command serves it while the sample site stays up, so source links work.

* Every example URL of README's "What you can ask" answers, with rows, and the links it promises lead
  somewhere: an award's article, source page and record; the record's district, award and evidence;
  the evidence's article and source page; the district's chart page.
* Table and row pages fit a 1400-pixel screen, measured in headless Chromium driven over its DevTools
  pipe (``--remote-debugging-pipe``: JSON messages on file descriptors 3 and 4, no extra package): the
  width is the document's ``scrollWidth`` and, since Datasette puts tables in a ``.table-wrapper`` that
  scrolls sideways instead of widening the page, the right edge of every table's content too.
"""

from __future__ import annotations

import html
import json
import os
import re
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from datasette.utils import tilde_encode

from kb.publish import datasette_args

from .conftest import free_port, served
from .test_chart import CHROMIUM, CHROMIUM_FLAGS

GOVNEWS = [sys.executable, "-m", "govnews"]
VIEWPORT = 1400
README = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
#: README's "What you can ask, once `make run` serves" section
STORIES = README.split("## What you can ask, once `make run` serves", 1)[1].split("\n## ", 1)[0]
#: the example URLs of that section, as paths of the Datasette `make run` serves on port 8001
STORY_PATHS = re.findall(r"http://127\.0\.0\.1:8001(/[^\s,)`]*)", STORIES)


def _get(url: str) -> tuple[int, str]:
    """GET ``url`` (Korean in it is percent-encoded): status and text."""
    quoted = urllib.parse.quote(url, safe=":/?&=+%~#")
    try:
        with urllib.request.urlopen(quoted, timeout=20) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def _rows(base: str, path: str, **params: str) -> list[dict[str, Any]]:
    """The rows of a table or canned-query page, through its JSON (``_shape=array``)."""
    page, _, query = path.partition("?")
    args = urllib.parse.parse_qsl(query) + list(params.items()) + [("_shape", "array")]
    status, text = _get(f"{base}{page}.json?{urllib.parse.urlencode(args)}")
    assert status == 200, (path, text[:300])
    return json.loads(text)


def _hrefs(html: str, prefix: str) -> list[str]:
    return sorted({h.replace("&amp;", "&") for h in re.findall(r'href="([^"]+)"', html) if h.startswith(prefix)})

#: the widest thing on the page: the document, or the content of a table (wrapper) measured from the left
WIDTH_JS = """(() => {
  const edges = [...document.querySelectorAll('.table-wrapper, table.rows-and-columns')]
    .map(e => Math.ceil(e.getBoundingClientRect().left + e.scrollWidth));
  return JSON.stringify({width: Math.max(document.documentElement.scrollWidth, ...edges),
                         tables: document.querySelectorAll('table.rows-and-columns').length,
                         viewport: window.innerWidth});
})()"""


class DevTools:
    """Headless Chromium on a DevTools pipe: :meth:`call` sends a command and returns its result."""

    def __init__(self, profile: Path):
        ours_in, chrome_in = os.pipe()  # commands: we write, Chromium reads on fd 3
        chrome_out, ours_out = os.pipe()  # replies: Chromium writes on fd 4, we read

        def fds() -> None:
            os.dup2(ours_in, 3)
            os.dup2(ours_out, 4)

        assert Path(CHROMIUM).exists(), "chromium is missing: `make test` installs it (apt-get install chromium)"
        self.proc = subprocess.Popen(
            [CHROMIUM, *CHROMIUM_FLAGS, "--hide-scrollbars", f"--user-data-dir={profile}",
             f"--window-size={VIEWPORT},1000", "--remote-debugging-pipe", "about:blank"],
            preexec_fn=fds, pass_fds=(3, 4), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        os.close(ours_in)
        os.close(ours_out)
        self.send_fd, self.recv_fd = chrome_in, chrome_out
        self.buffer = b""
        self.last_id = 0

    def call(self, method: str, params: dict[str, Any] | None = None, session: str | None = None) -> dict:
        self.last_id += 1
        message: dict[str, Any] = {"id": self.last_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.send_fd, json.dumps(message).encode() + b"\0")
        while True:
            while b"\0" not in self.buffer:
                chunk = os.read(self.recv_fd, 1 << 16)
                if not chunk:
                    raise RuntimeError("chromium closed its DevTools pipe")
                self.buffer += chunk
            raw, self.buffer = self.buffer.split(b"\0", 1)
            reply = json.loads(raw)
            if reply.get("id") == self.last_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error']}")
                return reply["result"]

    def page_width(self, url: str) -> dict[str, int]:
        """Open ``url`` in a new tab of :data:`VIEWPORT` pixels, wait for the load, measure it."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        try:
            self.call("Emulation.setDeviceMetricsOverride",
                      {"width": VIEWPORT, "height": 1000, "deviceScaleFactor": 1, "mobile": False}, session)
            self.call("Page.navigate", {"url": url}, session)
            deadline = time.monotonic() + 20
            while time.monotonic() < deadline:
                state = self.call("Runtime.evaluate", {"expression": "document.readyState", "returnByValue": True},
                                  session)["result"].get("value")
                if state == "complete":
                    break
                time.sleep(0.05)
            else:
                raise RuntimeError(f"{url} did not load")
            self.call("Runtime.evaluate", {"expression": "document.fonts.ready", "awaitPromise": True}, session)
            result = self.call("Runtime.evaluate", {"expression": WIDTH_JS, "returnByValue": True}, session)
            return json.loads(result["result"]["value"])
        finally:
            self.call("Target.closeTarget", {"targetId": target})

    def close(self) -> None:
        try:
            self.call("Browser.close")
        except (RuntimeError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        os.close(self.send_fd)
        os.close(self.recv_fd)


def _wait_for_port(port: int) -> None:
    for _ in range(200):
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port}")


@pytest.fixture(scope="module")
def make_run(tmp_path_factory: pytest.TempPathFactory):
    """``make run``: the sample site stays up on its port, the kb is built against it and served.

    :returns: ``{"base": Datasette's URL, "sample": the sample site's URL, "db": kb.db}``
    """
    data = tmp_path_factory.mktemp("make_run")
    sample_port = free_port()
    sample = f"http://127.0.0.1:{sample_port}"
    env = {**os.environ, "GOVNEWS_SAMPLE_PORT": str(sample_port)}
    site = subprocess.Popen(GOVNEWS + ["sample-site", "--port", str(sample_port)], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_port(sample_port)
        steps = [
            ["crawl", "--sample", "--sample-base", sample, "--raw-dir", str(data / "raw"),
             "-o", str(data / "articles.jsonl")],
            ["extract", "--jsonl", str(data / "articles.jsonl"), "-o", str(data / "facts.jsonl")],
            ["load", "--articles", str(data / "articles.jsonl"), "--facts", str(data / "facts.jsonl"),
             "--db", str(data / "kb.db")],
        ]
        for step in steps:
            done = subprocess.run(GOVNEWS + step, env=env, capture_output=True, text=True, timeout=600)
            assert done.returncode == 0, done.stderr[-2000:]
        port = free_port()
        with served(datasette_args(data / "kb.db", port=port), port) as base:
            yield {"base": base, "sample": sample, "db": data / "kb.db"}
    finally:
        site.terminate()
        site.wait(timeout=10)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory):
    devtools = DevTools(tmp_path_factory.mktemp("chromium-profile"))
    yield devtools
    devtools.close()


def _row_paths(db_path: Path) -> list[str]:
    """A row page of an article (the one with the longest body) and of an evidence row (the longest
    sentence, with its URL)."""
    with sqlite3.connect(db_path) as db:
        article = db.execute("select id from articles order by length(body_text) desc, id limit 1").fetchone()[0]
        evidence = db.execute("select id from evidence order by length(sentence) + length(url) desc, id limit 1"
                              ).fetchone()[0]
    return [f"/kb/articles/{tilde_encode(article)}", f"/kb/evidence/{evidence}"]


TABLE_PAGES = [
    "/kb/articles",
    "/kb/evidence",
    "/kb/attachments",
    "/kb/award_reports",
    "/kb/award_history?district=구로구",
    "/kb/search?q=일자리",
]


def test_table_and_row_pages_fit_a_1400_pixel_screen(make_run, browser):
    pages = TABLE_PAGES + _row_paths(make_run["db"])
    measured = {path: browser.page_width(make_run["base"] + path) for path in pages}
    assert all(m["viewport"] == VIEWPORT and m["tables"] >= 1 for m in measured.values()), measured
    too_wide = {path: m["width"] for path, m in measured.items() if m["width"] > VIEWPORT}
    assert too_wide == {}


def test_a_row_page_shows_one_labelled_field_a_line(make_run):
    status, page = _get(make_run["base"] + _row_paths(make_run["db"])[1])
    assert status == 200
    assert 'body.row .rows-and-columns td:nth-of-type(1):before { content: "id"; }' in page
    assert 'content: "sentence"' in page and "display: block" in page


def test_every_example_url_of_the_readme_answers_with_rows(make_run):
    base = make_run["base"]
    assert len(STORY_PATHS) >= 14, STORY_PATHS
    for path in STORY_PATHS:
        status, page = _get(base + path)
        assert status == 200, (path, page[:300])
        if path.startswith("/district/"):
            assert 'id="awards-chart"' in page, path
        elif not re.fullmatch(r"/kb/\w+/\d+", path):  # a table or canned query: it has rows
            assert _rows(base, path), path


def test_the_district_forms_the_readme_names_find_the_same_awards(make_run):
    forms = ["서울특별시 구로구", *re.findall(r"`(?:\?district=)?([^`=]*구로구)`", STORIES)]
    assert {"구로구", "서울 구로구", "서울시 구로구"} <= set(forms), forms
    counts = {form: len(_rows(make_run["base"], "/kb/award_history", district=form)) for form in forms}
    assert len(set(counts.values())) == 1 and counts["구로구"] > 0, counts


def test_award_history_rows_link_to_their_article_source_page_and_record(make_run):
    base, sample = make_run["base"], make_run["sample"]
    rows = _rows(base, "/kb/award_history", district="서울특별시 구로구")
    assert rows and all(r["url"].startswith(sample + "/") for r in rows)
    _status, page = _get(base + "/kb/award_history?district=서울특별시+구로구")
    articles, records = _hrefs(page, "/kb/articles/"), _hrefs(page, "/kb/award_records/")
    assert articles and records
    for link in [*articles, *records]:
        assert _get(base + link)[0] == 200, link
    dead = [(u, code) for u in sorted({r["url"] for r in rows}) if (code := _get(u)[0]) != 200]
    assert dead == []


def test_from_an_award_record_to_its_proof_in_two_clicks(make_run):
    base, sample = make_run["base"], make_run["sample"]
    status, record = _get(base + "/kb/award_records/1")
    assert status == 200
    district, award = _hrefs(record, "/kb/districts/"), _hrefs(record, "/kb/awards/")
    evidence = _hrefs(record, "/kb/evidence?award_record_id=1")
    assert len(district) == 1 and len(award) == 1 and evidence, record[-3000:]
    status, district_page = _get(base + district[0])
    assert status == 200 and _hrefs(district_page, "/district/")  # the district's chart page
    assert _get(base + _hrefs(district_page, "/district/")[0])[0] == 200
    assert _get(base + award[0])[0] == 200
    reports = _rows(base, "/kb/evidence", award_record_id="1")
    assert reports and _get(base + evidence[0])[0] == 200
    status, page = _get(f"{base}/kb/evidence/{reports[0]['id']}")
    assert status == 200 and "<mark>" in page  # the sentence, the fact highlighted
    article = _hrefs(page, "/kb/articles/")
    assert len(article) == 1 and _get(base + article[0])[0] == 200
    assert f'href="{html.escape(reports[0]["url"])}"' in page and reports[0]["url"].startswith(sample + "/")
    assert _get(reports[0]["url"])[0] == 200
