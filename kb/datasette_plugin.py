"""Stage 3 (kb): the ``govnews`` Datasette plugin (registered through the ``datasette`` entry point).

* ``prepare_connection`` registers the ``govnews_*`` SQL functions of :mod:`kb.search` that the canned
  ``search`` query uses, and hardens the connection (:func:`kb.publish.harden_connection`).
* ``filters_from_request`` makes the search box of the ``articles`` table (``?_search=``) a Korean
  substring search (bigram index + ``LIKE`` check) instead of Datasette's word search.
* ``render_cell`` shows the ``snippet`` column's ``<mark>`` highlights as HTML.

Must not import kiwipiepy, spaCy or scrapy.
"""

from __future__ import annotations

from typing import Any

from datasette import hookimpl
from datasette.filters import FilterArguments
from markupsafe import Markup

from kb import charts, search
from kb.publish import harden_connection

#: the tables whose ``?_search=`` this plugin answers
_SEARCH_TABLES = {"articles"}


@hookimpl
def prepare_connection(conn: Any) -> None:
    """Register the ``govnews_*`` SQL functions on every Datasette connection, and harden it."""
    search.register_functions(conn)
    harden_connection(conn)


@hookimpl
def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> Any:
    """Answer ``/kb/articles?_search=q`` with exactly the articles whose title or body contains q."""
    if table not in _SEARCH_TABLES:
        return None

    async def inner() -> FilterArguments | None:
        # only in a govnews kb (another database may have an articles table of its own)
        if not await datasette.get_database(database).table_exists("articles_fts"):
            return None
        return _search_filter(request)

    return inner


def _search_filter(request: Any) -> FilterArguments:
    q = (request.args.get("_search") or "").strip()
    # Datasette's own search runs first and finds no FTS table for ``articles`` (ours is not
    # ``content=articles``), so it reports supports_search=False; this hook runs after it and wins.
    context = {"supports_search": True, "search": q}
    if not q:
        return FilterArguments([], extra_context=context)
    where = (
        "(govnews_bigram_query(:govnews_q) is null or rowid in "
        "(select rowid from articles_fts where articles_fts match "
        "coalesce(govnews_bigram_query(:govnews_q), '\"' || char(1) || '\"')))"
        " and (title like govnews_like_pattern(:govnews_q) escape '\\'"
        " or body_text like govnews_like_pattern(:govnews_q) escape '\\')"
    )
    return FilterArguments(
        [where],
        params={"govnews_q": q},
        human_descriptions=[f'title or text contains "{q}"'],
        extra_context=context,
    )


@hookimpl
def render_cell(value: Any, column: str) -> Markup | None:
    """Render the ``snippet`` column (escaped by :func:`kb.search.snippet`) with its highlights.

    Only a value whose sole markup is ``<mark>``/``</mark>`` is trusted, so a ``snippet`` column of any
    other origin is still escaped by Datasette.
    """
    if column != "snippet" or not isinstance(value, str):
        return None
    bare = value.replace("<mark>", "").replace("</mark>", "")
    if "<" in bare or ">" in bare:
        return None
    return Markup(value)


@hookimpl
def extra_template_vars(datasette: Any) -> dict[str, Any]:
    """Give templates ``govnews_district_charts(name)`` (used by ``pages/district/{district}.html``)."""

    async def govnews_district_charts(district: str) -> dict[str, Any]:
        return await charts.district_charts(datasette, district)

    return {"govnews_district_charts": govnews_district_charts}
