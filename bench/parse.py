"""Benchmark: the generic article parser against trafilatura, field by field.

Every fixture page under ``tests/crawler/fixtures/`` that ``tests/crawler/fixtures/generic/expected.json``
describes (the pages of every spider family plus the generic parser's own layouts) is parsed by

- ``generic``: :func:`crawler.generic.parse_generic` on the bytes alone (no URL, no family);
- ``trafilatura``: ``trafilatura.bare_extraction(html, url=…, with_metadata=True)`` on the same page,
  decoded by govnews' charset sniffing (trafilatura's own decoding would only do worse);
- ``govnews parse``: :func:`crawler.run.parse_page` with the page's URL (family spider when one claims
  it, else the generic parser) — for reference.

Fields: title (exact), date (published day), minute (published to the minute, KST), author (exact,
a trailing 기자 forgiven), body start and body end (the text starts/ends with the expected words,
whitespace collapsed), and "rejects" (error and list pages recognised as no article).

Example:

    .venv/bin/python bench/parse.py
    .venv/bin/python bench/parse.py --details      # one line per page and field that differs
"""

from __future__ import annotations

import argparse
import json
import logging
import re
import sys
import time
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.charset import decode_html  # noqa: E402
from crawler.dates import KST  # noqa: E402
from crawler.generic import NotAnArticle, parse_generic  # noqa: E402

FIXTURES = ROOT / "tests" / "crawler" / "fixtures"
EXPECTED = FIXTURES / "generic" / "expected.json"
FIELDS = ("title", "date", "minute", "author", "body start", "body end")
PARSERS = ("generic", "trafilatura", "govnews parse")


def _page(key: str) -> tuple[bytes, dict]:
    """Bytes and sidecar of fixture ``key`` (``"sijung/article_20417"``, ``"generic/amp_article"``)."""
    base = FIXTURES / key
    sidecar_path = base.with_suffix(".json")
    sidecar = json.loads(sidecar_path.read_text(encoding="utf-8")) if sidecar_path.exists() else {}
    own = base.with_suffix(".html")
    if own.exists():
        return own.read_bytes(), sidecar
    source = sidecar.get("source", "")
    return (ROOT / source).read_bytes(), sidecar


def _minute(iso: str | None) -> str | None:
    if not iso:
        return None
    try:
        when = datetime.fromisoformat(iso)
    except ValueError:
        try:
            when = datetime.strptime(iso, "%Y-%m-%d %H:%M")
        except ValueError:
            when = datetime.strptime(iso[:10], "%Y-%m-%d")
    if when.tzinfo is None:
        when = when.replace(tzinfo=KST)
    return when.astimezone(KST).strftime("%Y-%m-%dT%H:%M")


def _flat(text: str | None) -> str:
    return " ".join((text or "").split())


def _author(text: str | None) -> str | None:
    text = re.sub(r"\s*기자$", "", _flat(text))
    return text or None


def score(expected: dict, got: dict | None) -> dict[str, bool]:
    """Per-field hits of one parse against the expectations."""
    if got is None:
        return dict.fromkeys(FIELDS, False)
    body = _flat(got.get("body"))
    return {
        "title": _flat(got.get("title")) == _flat(expected["title"]),
        "date": (_minute(got.get("published_at")) or "")[:10] == (_minute(expected["published_at"]) or "")[:10],
        "minute": _minute(got.get("published_at")) == _minute(expected["published_at"]),
        "author": _author(got.get("author")) == _author(expected["author"]),
        # an image-only post expects no text: its body start and end are ""
        "body start": body.startswith(_flat(expected["body_start"])) if expected["body_start"] else body == "",
        "body end": body.endswith(_flat(expected["body_end"])) if expected["body_end"] else body == "",
    }


def run_generic(body: bytes, sidecar: dict) -> dict | None:
    try:
        found = parse_generic(body, content_type=sidecar.get("content_type"))
    except NotAnArticle:
        return None
    return {"title": found.title, "published_at": found.published_at, "author": found.author, "body": found.body_text}


def run_trafilatura(body: bytes, sidecar: dict) -> dict | None:
    import trafilatura

    html = decode_html(body, sidecar.get("content_type"))[0]
    params = {"extensive_search": True, "original_date": True, "outputformat": "%Y-%m-%d %H:%M"}
    doc = trafilatura.bare_extraction(html, url=sidecar.get("url"), with_metadata=True,
                                      date_extraction_params=params)
    if doc is None:
        return None
    data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    if not (data.get("text") or "").strip():
        return None
    return {"title": data.get("title"), "published_at": data.get("date"), "author": data.get("author"),
            "body": data.get("text")}


def run_govnews(body: bytes, sidecar: dict) -> dict | None:
    from crawler.run import parse_page

    article, _used = parse_page(body, sidecar.get("url"), content_type=sidecar.get("content_type"))
    if article is None:
        return None
    return {"title": article.title, "published_at": article.published_at, "author": article.author,
            "body": article.body_text}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--details", action="store_true", help="list every miss")
    parser.add_argument("--no-govnews", action="store_true", help="skip the govnews parse column (no Scrapy)")
    args = parser.parse_args(argv)
    logging.disable(logging.CRITICAL)  # spiders log failure pages; trafilatura logs its fallbacks

    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    runners = {"generic": run_generic, "trafilatura": run_trafilatura, "govnews parse": run_govnews}
    if args.no_govnews:
        del runners["govnews parse"]
    hits = {name: dict.fromkeys((*FIELDS, "full", "rejects"), 0) for name in runners}
    seconds = dict.fromkeys(runners, 0.0)
    articles = rejects = 0
    for key, want in sorted(expected.items()):
        body, sidecar = _page(key)
        if "content_type" in want:
            sidecar = {**sidecar, "content_type": want["content_type"], "url": want.get("url")}
        is_article = want.get("article", True)
        articles += is_article
        rejects += not is_article
        for name, run in runners.items():
            start = time.perf_counter()
            got = run(body, sidecar)
            seconds[name] += time.perf_counter() - start
            if not is_article:
                hits[name]["rejects"] += got is None
                if got is not None and args.details:
                    print(f"{name:>13}  {key}: parsed a non-article as {got.get('title')!r}")
                continue
            fields = score(want, got)
            for field, ok in fields.items():
                hits[name][field] += ok
                if not ok and args.details:
                    value = None if got is None else got.get({"date": "published_at", "minute": "published_at",
                                                                "body start": "body", "body end": "body"}.get(field, field))
                    shown = _flat(value)[:60] if field != "body end" else _flat(value)[-60:]
                    print(f"{name:>13}  {key} {field}: {shown!r}")
            hits[name]["full"] += all(fields.values())

    header = ["field", *runners]
    rows = [[field, *(f"{hits[n][field]}/{articles}" for n in runners)] for field in (*FIELDS, "full")]
    rows.append(["rejects", *(f"{hits[n]['rejects']}/{rejects}" for n in runners)])
    rows.append(["ms/page", *(f"{1000 * seconds[n] / (articles + rejects):.1f}" for n in runners)])
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    print(f"{articles} article pages, {rejects} non-article pages "
          f"(fixtures of every family and tests/crawler/fixtures/generic/)")
    for row in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)))
    beaten = [f for f in (*FIELDS, "full", "rejects") if hits["generic"][f] <= hits["trafilatura"][f]]
    if beaten:
        print(f"generic does not beat trafilatura on: {', '.join(beaten)}")
        return 1
    print("generic beats trafilatura on every field")
    return 0


if __name__ == "__main__":
    sys.exit(main())
