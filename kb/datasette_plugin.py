"""Stage 3 (kb): the ``govnews`` Datasette plugin (registered through the ``datasette`` entry point).

* ``prepare_connection`` registers the ``govnews_*`` SQL functions of :mod:`kb.search` that the canned
  ``search`` query uses, sets its read pragmas (``mmap_size``, ``cache_size``) and hardens the
  connection (:func:`kb.publish.harden_connection`).
* ``filters_from_request`` makes the search boxes of ``articles``, ``programs`` and ``award_records``
  (``?_search=``) a Korean substring search instead of Datasette's word search.
* ``render_cell`` shows the ``snippet`` column's ``<mark>`` highlights as HTML, the evidence sentence
  with its span highlighted, the ``reports`` of ``job_count_conflicts`` side by side with their
  sources, ids in views and canned queries (``article_id``, ``award_record_id``, …) as links to their
  rows, and a district's name as links to its dashboard (``/-/dashboards/govnews?district=<full name>``,
  datasette-dashboards, declared in the metadata) and to its chart page.
* ``register_routes`` serves the chart pages, ``/district/`` (all districts) and ``/district/<name>``,
  and ``/-/govnews.css``, which ``extra_css_urls`` adds to every page so tables fit a laptop screen;
  ``asgi_wrapper`` hides bookkeeping columns of the articles and evidence pages until asked for.
* ``startup`` points the dashboard's charts at the served kb when its database is not named ``kb``.

Must not import kiwipiepy, spaCy or scrapy.
"""

from __future__ import annotations

import copy
import json
import re
import urllib.parse
from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils import tilde_decode, tilde_encode
from datasette.utils.asgi import NotFound, Response
from jinja2 import TemplateNotFound
from markupsafe import Markup, escape

from kb import charts, search
from kb.evidence import mark
from kb.publish import harden_connection, templates_dir

#: ``?_search=`` of these tables: (text columns matched with LIKE, extra SQL matching the query)
_LIKE = "like govnews_like_pattern(:govnews_q) escape '\\'"
_SEARCH_TABLES: dict[str, tuple[str, str]] = {
    "articles": (
        "title or text",
        "(govnews_bigram_query(:govnews_q) is null or rowid in "
        "(select rowid from articles_fts where articles_fts match "
        "coalesce(govnews_bigram_query(:govnews_q), '\"' || char(1) || '\"')))"
        f" and (title {_LIKE} or body_text {_LIKE})",
    ),
    "programs": (
        "programme name or district",
        f"(name {_LIKE} or district_id in (select id from districts where full_name {_LIKE}))",
    ),
    "award_records": (
        "award, grade, category, organizer or district",
        f"(award_id in (select id from awards where name {_LIKE}) or grade {_LIKE} or category {_LIKE}"
        f" or organizer {_LIKE} or district_id in (select id from districts where full_name {_LIKE}))",
    ),
}

#: id columns of views and canned queries that link to a row of this table
_ID_LINKS = {
    "article_id": "articles",
    "award_record_id": "award_records",
    "program_id": "programs",
    "job_count_id": "job_counts",
    "evidence_id": "evidence",
}

#: views of the kb (their id columns link to rows; tables already link through foreign keys)
_VIEWS = {"award_history", "award_reports", "job_count_history", "job_count_conflicts", "program_history"}


@hookimpl
def prepare_connection(conn: Any) -> None:
    """Register the ``govnews_*`` SQL functions on every Datasette connection, map the kb into memory
    and give it a larger page cache (:func:`kb.search.tune_connection`), and harden it."""
    search.register_functions(conn)
    search.tune_connection(conn)
    harden_connection(conn)


@hookimpl
def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> Any:
    """Answer ``/kb/<table>?_search=q`` with exactly the rows whose text contains q (articles,
    programmes, award records)."""
    if table not in _SEARCH_TABLES:
        return None

    async def inner() -> FilterArguments | None:
        # only in a govnews kb (another database may have tables of these names)
        if not await datasette.get_database(database).table_exists("articles_fts"):
            return None
        return _search_filter(request, table)

    return inner


def _search_filter(request: Any, table: str) -> FilterArguments:
    q = (request.args.get("_search") or "").strip()
    # Datasette's own search runs first and finds no FTS table for these tables (ours are not
    # ``content=<table>``), so it reports supports_search=False; this hook runs after it and wins.
    context = {"supports_search": True, "search": q}
    if not q:
        return FilterArguments([], extra_context=context)
    what, where = _SEARCH_TABLES[table]
    return FilterArguments(
        [where],
        params={"govnews_q": q},
        human_descriptions=[f'{what} contains "{q}"'],
        extra_context=context,
    )


def _only_marks(value: str) -> bool:
    bare = value.replace("<mark>", "").replace("</mark>", "")
    return "<" not in bare and ">" not in bare


def _link(href: str, text: str, title: str | None = None) -> str:
    extra = f' title="{escape(title)}"' if title else ""
    return f'<a href="{escape(href)}"{extra}>{escape(text)}</a>'


def _reports_html(value: str, database: str, datasette: Any) -> Markup | None:
    try:
        reports = json.loads(value)
    except ValueError:
        return None
    if not isinstance(reports, list) or not all(isinstance(r, dict) for r in reports):
        return None
    items = []
    for r in reports:
        figure = r.get("value")
        parts = [f"<strong>{escape(f'{figure:,}' if isinstance(figure, int) else str(figure))}</strong>"]
        said = ", ".join(str(x) for x in (r.get("source"), r.get("published")) if x)
        if said:
            parts.append(str(escape(said)))
        if r.get("evidence"):
            parts.append(f"“{escape(r['evidence'])}”")
        links = []
        if r.get("evidence_id") is not None:
            links.append(_link(datasette.urls.row(database, "evidence", r["evidence_id"]), "evidence"))
        if r.get("article_id"):
            links.append(
                _link(
                    datasette.urls.row(database, "articles", tilde_encode(str(r["article_id"]))),
                    "article",
                    r.get("article_title"),
                )
            )
        if r.get("url"):
            links.append(_link(str(r["url"]), "source"))
        items.append(f'<li>{" — ".join(parts)} {" · ".join(links)}</li>')
    return Markup('<ul class="govnews-reports">' + "".join(items) + "</ul>")


@hookimpl
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str, datasette: Any) -> Any:
    """Render highlights, conflicting reports, id links and district chart links (see the module doc).

    Only a value whose sole markup is ``<mark>``/``</mark>`` is trusted as HTML, so a ``snippet``
    column of any other origin is still escaped by Datasette.
    """
    if not isinstance(value, str | int) or isinstance(value, bool):
        return None
    if column == "snippet" and isinstance(value, str):
        return Markup(value) if _only_marks(value) else None
    if table == "evidence" and column == "sentence" and isinstance(value, str) and row is not None:
        return _marked_sentence(row, value, database, datasette)
    if table == "job_count_conflicts" and column == "reports" and isinstance(value, str):
        return _reports_html(value, database, datasette)
    if table == "districts" and column == "full_name" and isinstance(value, str):
        href = datasette.urls.path("/district/" + urllib.parse.quote(value))
        dashboard = datasette.urls.path(DASHBOARD_PATH + "?" + urllib.parse.urlencode({"district": value}))
        return Markup(
            f"{escape(value)} <small>({_link(dashboard, 'dashboard', 'the govnews dashboard for this district')}"
            f" · {_link(href, 'chart', 'awards and job counts per year')})</small>"
        )
    if column in _ID_LINKS and (table is None or table in _VIEWS) and value != "":
        return _id_link(value, column, database, datasette)
    if table is not None and table not in _VIEWS and column.endswith("_id"):
        return _foreign_key_link(value, column, table, database, datasette)
    return None


def _foreign_key_link(value: Any, column: str, table: str, database: str, datasette: Any) -> Any:
    """A foreign key Datasette left as a bare number (on row pages): a link to the row, with its label."""

    async def inner() -> Markup | None:
        db = datasette.get_database(database)
        fks = [fk for fk in await db.foreign_keys_for_table(table) if fk["column"] == column]
        if not fks:
            return None
        other = fks[0]["other_table"]
        label = (await datasette.expand_foreign_keys(database, table, column, [value])).get((column, value))
        href = datasette.urls.row(database, other, tilde_encode(str(value)))
        if label is None or str(label) == str(value):
            return Markup(_link(href, str(value)))
        return Markup(f"{_link(href, str(label))}&nbsp;<em>{escape(value)}</em>")

    return inner


def _marked_sentence(row: Any, value: str, database: str, datasette: Any) -> Any:
    keys = row.keys() if hasattr(row, "keys") else []
    if "span_start" in keys and "span_end" in keys:
        return Markup(mark(value, row["span_start"], row["span_end"]))
    if "id" not in keys:
        return None

    async def inner() -> Markup:
        # the span columns are hidden on the table page: read them
        span = (
            await datasette.get_database(database).execute(
                "select span_start, span_end from evidence where id = ?", [row["id"]]
            )
        ).first()
        return Markup(mark(value, *(span or (None, None))))

    return inner


def _id_link(value: Any, column: str, database: str, datasette: Any) -> Any:
    async def inner() -> Markup | None:
        db = datasette.get_database(database)
        target = _ID_LINKS[column]
        # only in a govnews kb, and only for an id that exists
        if not await db.table_exists(target) or not await db.table_exists("articles_fts"):
            return None
        if target == "articles":
            found = (await db.execute("select title from articles where id = ?", [str(value)])).first()
            if found is None:
                return None
            href = datasette.urls.row(database, "articles", tilde_encode(str(value)))
            title = found[0] or str(value)
            return Markup(_link(href, title if len(title) <= 60 else title[:59] + "…", str(value)))
        href = datasette.urls.row(database, target, tilde_encode(str(value)))
        return Markup(_link(href, str(value)))

    return inner


def _decode_name(raw: str) -> str:
    """A district name from the URL: percent-encoded (browsers) or tilde-encoded (Datasette's links)."""
    return tilde_decode(urllib.parse.unquote(raw)).strip()


async def _render(datasette: Any, request: Any, name: str, context: dict[str, Any]) -> str:
    try:
        template = datasette.jinja_env.select_template([name])
    except TemplateNotFound:
        # served without ``--template-dir``: read the packaged template itself
        tdir = templates_dir() or Path(__file__).resolve().parent / "templates"
        template = datasette.jinja_env.from_string((tdir / name).read_text(encoding="utf-8"))
    return str(await datasette.render_template(template, context, request=request, view_name="page"))


async def district_page(datasette: Any, request: Any) -> Response:
    """``/district/<name>``: a district's awards and job counts per year (a list when the name is shared)."""
    database = await charts.kb_database(datasette)
    if database is None:
        raise NotFound("No govnews knowledge base is served")
    name = _decode_name(request.url_vars["name"])
    c = await charts.district_charts(datasette, name, database)
    if not c["matches"]:
        raise NotFound(f"No district called {name}")
    html = await _render(datasette, request, "govnews_district.html", {"c": c, "database": database})
    return Response.html(html)


async def districts_page(datasette: Any, request: Any) -> Response:
    """``/district/``: every district together (awards and job counts per year, winners by year) and
    the districts that have facts, each linking to its page."""
    database = await charts.kb_database(datasette)
    if database is None:
        raise NotFound("No govnews knowledge base is served")
    c = await charts.national_charts(datasette, database)
    html = await _render(datasette, request, "govnews_districts.html", {"c": c, "database": database})
    return Response.html(html)


#: the govnews dashboard (datasette-dashboards; its filters, charts and SQL are in the metadata)
DASHBOARD_PATH = "/-/dashboards/govnews"
DASHBOARD_DATABASE = "kb"


@hookimpl
def startup(datasette: Any) -> Any:
    """Point the dashboard's charts at the served kb when it is not named ``kb`` (the metadata names
    ``kb``, the name ``govnews serve`` gives ``kb.db``)."""

    async def inner() -> None:
        if DASHBOARD_DATABASE in datasette.databases:
            return
        database = await charts.kb_database(datasette)
        local = getattr(datasette, "_metadata_local", None)
        if database is None or not isinstance(local, dict):
            return
        # a copy: the metadata dict may belong to the caller that built this Datasette
        plugins = copy.deepcopy(local.get("plugins") or {})
        for dashboard in (plugins.get("datasette-dashboards") or {}).values():
            for chart in (dashboard.get("charts") or {}).values():
                if isinstance(chart, dict) and chart.get("db") == DASHBOARD_DATABASE:
                    chart["db"] = database
        datasette._metadata_local = dict(local, plugins=plugins)

    return inner


#: Page style (``kb/templates/govnews.css``): tables fit a laptop screen (long values wrap in bounded
#: columns; links, ids and column names wrap anywhere), highlights and conflicting reports are readable.
#: Row pages list one labelled field a line (``kb/templates/row.html``).
STYLESHEET = (Path(__file__).resolve().parent / "templates" / "govnews.css").read_text(encoding="utf-8")


async def stylesheet() -> Response:
    """``/-/govnews.css``: :data:`STYLESHEET`."""
    return Response(STYLESHEET, content_type="text/css; charset=utf-8")


#: Columns a table page hides until the reader asks for them (the ⚙ menu, or any ``_col``/``_nocol``
#: in the URL): bookkeeping that pushes the readable columns off a laptop screen. JSON and CSV keep
#: every column.
HIDDEN_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("published_at", "fetched_at", "content_sha256", "revision", "family", "body_path", "raw_path",
                 "home_region", "body_source"),
    "article_revisions": ("content_sha256",),
    "evidence": ("fact_id", "revision", "char_start", "char_end", "span_start", "span_end", "extractor_version"),
}
_TABLE_PAGE = re.compile(r"^/(?P<database>[^/.]+)/(?P<table>[^/.]+)$")


def _with_default_columns(scope: dict[str, Any], table: str) -> dict[str, Any]:
    query = urllib.parse.parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    if any(k in ("_col", "_nocol") for k, _ in query):
        return scope
    query += [("_nocol", c) for c in HIDDEN_COLUMNS[table]]
    return dict(scope, query_string=urllib.parse.urlencode(query).encode("latin-1"))


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    """Apply :data:`HIDDEN_COLUMNS` to the HTML table pages of a govnews kb."""

    def wrap(app: Any) -> Any:
        async def inner(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope.get("type") == "http":
                m = _TABLE_PAGE.match(scope.get("path", ""))
                if m and m["table"] in HIDDEN_COLUMNS and m["database"] in datasette.databases:
                    db = datasette.databases[m["database"]]
                    if await db.table_exists("articles_fts"):
                        scope = _with_default_columns(scope, m["table"])
            await app(scope, receive, send)

        return inner

    return wrap


@hookimpl
def extra_css_urls(datasette: Any) -> list[str]:
    """Every page loads :data:`STYLESHEET`."""
    return [datasette.urls.path("/-/govnews.css")]


@hookimpl
def register_routes() -> list[tuple[str, Any]]:
    """The chart pages and the stylesheet (plugin routes come before Datasette's database and table
    routes)."""
    return [
        (r"^/district/?$", districts_page),
        (r"^/district/(?P<name>[^/]+)$", district_page),
        (r"^/-/govnews\.css$", stylesheet),
    ]


@hookimpl
def extra_template_vars(datasette: Any) -> dict[str, Any]:
    """Give templates ``govnews_district_charts(name)`` (district name as written or URL-encoded)."""

    async def govnews_district_charts(district: str) -> dict[str, Any]:
        database = await charts.kb_database(datasette) or "kb"
        return await charts.district_charts(datasette, _decode_name(district), database)

    return {"govnews_district_charts": govnews_district_charts}
