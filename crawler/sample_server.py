"""Stage 1 (crawl): serve ``crawler/sample_site/`` on 127.0.0.1 for tests, demos and ``make kb``.

Must not import ``extract`` or ``kb``. File-naming convention (other helpers rely on it):

- ``GET /<site>/<path>?<query>`` → file ``sample_site/<site>/<path>@<query>`` (raw query string);
  ``GET /<site>/<path>`` → ``sample_site/<site>/<path>``; a path ending in ``/`` → ``…/index.html``.
- ``POST /<site>/<path>`` with body ``B`` → ``sample_site/<site>/<path>@POST@<B>``.
- ``/<site>/robots.txt`` and ``/robots.txt``: from ``_site.json`` ``robots_txt`` (``null`` → 404).
- ``sample_site/<site>/_site.json`` (optional)::

      {"content_type": "text/html",          # default for files that are not XML
       "charset_header": null,               # null → no charset= in Content-Type; "euc-kr"; "iso-8859-1" (a wrong label)
       "robots_txt": null,                   # null → 404 (treated as allowed)
       "files": {"news/x.html@no=1": {"charset_header": "iso-8859-1", "content_type": "text/html", "status": 200},
                 "www/down.do@id=7": {"content_type": "application/octet-stream", "charset_header": null,
                                      "headers": {"Content-Disposition": "attachment; filename*=UTF-8''%EB%B3%B4.hwp"}}}}

  ``headers`` (per file) are sent as they are (ASCII values): a download's file name, as real boards send it.

- Every page a knowledge base links to answers a GET: a POST-only page (``…@POST@<B>``) also
  answers ``GET /<site>/<path>?<B>`` (the view of a board that lists by POST); a URL whose query a
  site's canonical link dropped answers with the path's only query variant (``<path>@<query>``);
  a host-absolute path (``/cmm/fms/FileDown.do?…``, no site folder) answers from the one site that
  has it.
- The stable base: a knowledge base built from the sample site stores its source links under
  :func:`link_base` (``http://127.0.0.1:8765``, or the port in ``GOVNEWS_SAMPLE_PORT``) whatever
  port the crawl itself used, and ``govnews sample-site`` listens there by default.
- Files are the real bytes (EUC-KR sites are stored EUC-KR-encoded). Unknown path → 404.
  Files starting with ``<?xml`` or ``<rss`` are served as ``application/rss+xml`` unless overridden.

Library use::

    with SampleServer() as server:        # ephemeral port
        server.base_url                   # "http://127.0.0.1:54321"
"""

from __future__ import annotations

import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlsplit

SAMPLE_ROOT = Path(__file__).with_name("sample_site")
DEFAULT_PORT = 8765
PORT_ENV = "GOVNEWS_SAMPLE_PORT"


def default_port() -> int:
    """The sample site's stable port: ``GOVNEWS_SAMPLE_PORT`` when set, else 8765."""
    value = os.environ.get(PORT_ENV, "").strip()
    return int(value) if value.isdigit() else DEFAULT_PORT


def link_base() -> str:
    """The base under which a knowledge base stores sample-site links, e.g. ``http://127.0.0.1:8765``."""
    return f"http://127.0.0.1:{default_port()}"


def _site_config(site_dir: Path) -> dict:
    config_file = site_dir / "_site.json"
    if config_file.is_file():
        return json.loads(config_file.read_text(encoding="utf-8"))
    return {}


def resolve(root: Path, path: str, query: str = "", post_body: str | None = None) -> tuple[Path, dict] | None:
    """Map a request to ``(file, per-file config)`` by the naming convention, or ``None`` (→ 404).

    :param root: the sample-site root directory
    :param path: the URL path, e.g. ``"/sijung/news/articleView.html"``
    :param query: the raw query string (without ``?``)
    :param post_body: the raw POST body, if the request is a POST
    :returns: the file and its ``_site.json`` ``files`` entry merged over the site defaults
    """
    raw = unquote_to_bytes(path).decode("utf-8", "replace")
    parts = [p for p in raw.split("/") if p]
    if not parts or any(p in {".", ".."} for p in parts):
        return None
    site, rel = parts[0], "/".join(parts[1:])
    site_dir = root / site
    if not site_dir.is_dir():
        return _host_absolute(root, parts, query) if post_body is None else None
    if not rel or path.endswith("/"):
        rel = (rel + "/index.html").lstrip("/")
    if post_body is not None:
        candidates = [f"{rel}@POST@{post_body}"]
    elif query:
        # a GET view of a POST-only page: the query string stands for the POST body
        candidates = [f"{rel}@{query}", f"{rel}@POST@{query}"]
    else:
        candidates = [rel, *_only_variant(site_dir, rel)]
    found = [c for c in candidates if (site_dir / c).is_file() and Path(c).name != "_site.json"]
    if not found:
        return None
    rel = found[0]
    target = site_dir / rel
    config = _site_config(site_dir)
    merged = {k: v for k, v in config.items() if k != "files"}
    merged.update(config.get("files", {}).get(rel, {}))
    return target, merged


def _only_variant(site_dir: Path, rel: str) -> list[str]:
    """``[rel@query]`` when the page exists under exactly one GET query (a canonical URL that drops it)."""
    target = site_dir / rel
    if not target.parent.is_dir():
        return []
    variants = [p.name for p in target.parent.glob(f"{target.name}@*") if "@POST@" not in p.name]
    if len(variants) != 1:
        return []
    parent = rel.rsplit("/", 1)[0] + "/" if "/" in rel else ""
    return [parent + variants[0]]


def _host_absolute(root: Path, parts: list[str], query: str) -> tuple[Path, dict] | None:
    """A path without a site folder (a link written host-absolute in a page): the one site holding it."""
    hits = []
    for site in sites(root):
        if not (root / site / parts[0]).exists():
            continue
        found = resolve(root, "/" + "/".join([site, *parts]), query)
        if found is not None:
            hits.append(found)
    return hits[0] if len(hits) == 1 else None


class _Handler(BaseHTTPRequestHandler):
    server_version = "govnews-sample/1.0"
    root: Path = SAMPLE_ROOT

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)

    def _record(self, method: str) -> None:
        log = getattr(self.server, "request_log", None)
        if log is not None:
            log.append((method, self.path))

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _robots(self, site: str | None) -> None:
        robots = None
        if site and (self.root / site).is_dir():
            robots = _site_config(self.root / site).get("robots_txt")
        if robots is None:
            self._send(404, b"not found", "text/plain")
        else:
            self._send(200, robots.encode("utf-8"), "text/plain; charset=utf-8")

    def _serve(self, post_body: str | None) -> None:
        self._record(self.command)
        split = urlsplit(self.path)
        parts = [p for p in split.path.split("/") if p]
        if parts and parts[-1] == "robots.txt" and len(parts) <= 2:
            self._robots(parts[0] if len(parts) == 2 else None)
            return
        found = resolve(self.root, split.path, split.query, post_body)
        if found is None:
            self._send(404, b"<html><body>404 Not Found</body></html>", "text/html")
            return
        target, config = found
        body = target.read_bytes()
        content_type = config.get("content_type")
        if not content_type:
            head = body.lstrip()[:100].lower()
            xml = head.startswith(b"<?xml") or head.startswith(b"<rss")
            content_type = "application/rss+xml" if xml else "text/html"
        charset = config.get("charset_header")
        if charset:
            content_type = f"{content_type}; charset={charset}"
        self._send(int(config.get("status", 200)), body, content_type, config.get("headers"))

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        self._serve(None)

    def do_HEAD(self) -> None:  # noqa: N802
        self._serve(None)

    def do_POST(self) -> None:  # noqa: N802
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length).decode("latin-1") if length else ""
        self._serve(body)


class SampleServer:
    """The sample site on ``127.0.0.1``, in a background thread (context manager).

    :param root: directory to serve (default: the packaged ``crawler/sample_site``)
    :param port: TCP port; ``0`` picks a free ephemeral port
    :param host: only ``127.0.0.1`` / ``localhost`` are allowed
    """

    def __init__(self, root: Path | str | None = None, port: int = 0, host: str = "127.0.0.1", verbose: bool = False):
        if host not in {"127.0.0.1", "localhost"}:
            raise ValueError(f"the sample site only binds to 127.0.0.1, not {host!r}")
        handler = type("Handler", (_Handler,), {"root": Path(root) if root else SAMPLE_ROOT})
        self.httpd = ThreadingHTTPServer((host, port), handler)
        self.httpd.daemon_threads = True
        self.httpd.verbose = verbose  # type: ignore[attr-defined]
        self.httpd.request_log = []  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return self.httpd.server_address[1]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def request_log(self) -> list[tuple[str, str]]:
        """``(method, path)`` of every request served so far."""
        return self.httpd.request_log  # type: ignore[attr-defined]

    def start(self) -> SampleServer:
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="govnews-sample", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def serve_forever(self) -> None:
        """Block serving until interrupted (``govnews sample-site``)."""
        try:
            self.httpd.serve_forever()
        finally:
            self.httpd.server_close()

    def __enter__(self) -> SampleServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


def sites(root: Path | str | None = None) -> list[str]:
    """Names of the sites under the sample root (directories, sorted)."""
    base = Path(root) if root else SAMPLE_ROOT
    return sorted(p.name for p in base.iterdir() if p.is_dir() and not p.name.startswith((".", "_")))
