"""Build Scrapy responses from fixture BYTES + sidecar JSON (tests/crawler/fixtures/<spider>/<page>.json).

A fixture is a sidecar ``<page>.json`` (url, fetched_at, encoding, content_type, source) plus its page:
either a file next to it (``<page>.html``/``.xml``: a page that exists nowhere else) or, when the page
is one of the sample site's, the file its ``source`` names under ``crawler/sample_site/`` — never a copy.
"""

from __future__ import annotations

import json
from pathlib import Path

from scrapy.http import HtmlResponse, Request, XmlResponse

FIXTURES = Path(__file__).with_name("fixtures")
ROOT = FIXTURES.parents[2]
SAMPLE_PREFIX = "crawler/sample_site/"


def _stem(page: str) -> str:
    return page.rsplit(".", 1)[0] if "." in page else page


def sidecar(spider: str, page: str) -> dict:
    """The ``.json`` next to a fixture page: url, fetched_at, encoding, content_type, source."""
    return json.loads((FIXTURES / spider / (_stem(page) + ".json")).read_text(encoding="utf-8"))


def fixture_path(spider: str, page: str) -> Path:
    """The file holding a fixture page: its own file, else the sample-site file its sidecar names.

    :param spider: fixture folder (= spider name)
    :param page: ``"article_20417.html"`` or the bare stem ``"article_20417"``
    """
    stem = _stem(page)
    own = [p for p in (FIXTURES / spider).glob(stem + ".*") if p.suffix != ".json"]
    if own:
        return own[0]
    source = sidecar(spider, page).get("source", "")
    if not source.startswith(SAMPLE_PREFIX):
        raise FileNotFoundError(f"fixture {spider}/{page}: no page file and no sample-site source")
    return ROOT / source


def sample_site_sources() -> list[str]:
    """The sample-site files fixtures point at (``source`` of every sidecar that has no page of its own)."""
    found = []
    for path in sorted(FIXTURES.glob("*/*.json")):
        try:
            source = json.loads(path.read_text(encoding="utf-8")).get("source", "")
        except (ValueError, AttributeError):
            continue
        if isinstance(source, str) and source.startswith(SAMPLE_PREFIX):
            found.append(source)
    return found


def fixture_pages(spider: str) -> list[str]:
    """Stems of every fixture page of ``spider`` (own files and sample-site pages alike), sorted."""
    return sorted(p.stem for p in (FIXTURES / spider).glob("*.json"))


def fixture_response(spider: str, page: str, *, meta: dict | None = None, label: bool = True):
    """An ``HtmlResponse`` (``XmlResponse`` for .xml) built from the fixture's raw bytes.

    :param spider: fixture folder (= spider name)
    :param page: file name, e.g. ``"article_20417.html"``, or its stem
    :param meta: request meta (e.g. ``{"list_date": …}``)
    :param label: ``True`` → the sidecar ``encoding`` is passed explicitly; ``False`` → only the recorded
        HTTP ``Content-Type`` header is given, so the spider's own sniffing is exercised
    """
    info = sidecar(spider, page)
    path = fixture_path(spider, page)
    body = path.read_bytes()
    headers = {"Content-Type": info["content_type"]} if info.get("content_type") else {}
    named = page if page != _stem(page) else path.name
    cls = XmlResponse if named.endswith(".xml") else HtmlResponse
    kwargs = {"encoding": info["encoding"]} if label else {}
    return cls(info["url"], body=body, headers=headers, request=Request(info["url"], meta=meta or {}), **kwargs)


def split_output(results) -> tuple[list[Request], list[Request]]:
    """(article requests, list-page requests) from a ``spider.parse()`` / ``parse_list()`` run."""
    requests = [r for r in results if isinstance(r, Request)]
    articles = [r for r in requests if r.callback.__name__ == "parse_article_response"]
    return articles, [r for r in requests if r not in articles]
