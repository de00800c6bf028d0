"""Build Scrapy responses from fixture BYTES (tests/crawler/fixtures/<spider>/<page>) + sidecar JSON."""

from __future__ import annotations

import json
from pathlib import Path

from scrapy.http import HtmlResponse, Request, XmlResponse

FIXTURES = Path(__file__).with_name("fixtures")


def sidecar(spider: str, page: str) -> dict:
    """The ``.json`` next to a fixture page: url, fetched_at, encoding, content_type."""
    return json.loads((FIXTURES / spider / (page.rsplit(".", 1)[0] + ".json")).read_text(encoding="utf-8"))


def fixture_response(spider: str, page: str, *, meta: dict | None = None, label: bool = True):
    """An ``HtmlResponse`` (``XmlResponse`` for .xml) built from the fixture's raw bytes.

    :param spider: fixture folder (= spider name)
    :param page: file name, e.g. ``"article_20417.html"``
    :param meta: request meta (e.g. ``{"list_date": …}``)
    :param label: ``True`` → the sidecar ``encoding`` is passed explicitly; ``False`` → only the recorded
        HTTP ``Content-Type`` header is given, so the spider's own sniffing is exercised
    """
    info = sidecar(spider, page)
    body = (FIXTURES / spider / page).read_bytes()
    headers = {"Content-Type": info["content_type"]} if info.get("content_type") else {}
    cls = XmlResponse if page.endswith(".xml") else HtmlResponse
    kwargs = {"encoding": info["encoding"]} if label else {}
    return cls(info["url"], body=body, headers=headers, request=Request(info["url"], meta=meta or {}), **kwargs)


def split_output(results) -> tuple[list[Request], list[Request]]:
    """(article requests, list-page requests) from a ``spider.parse()`` / ``parse_list()`` run."""
    requests = [r for r in results if isinstance(r, Request)]
    articles = [r for r in requests if r.callback.__name__ == "parse_article_response"]
    return articles, [r for r in requests if r not in articles]
