"""The one ``govnews`` click group: thin commands over the crawler, extract and kb libraries.

Each stage's commands live in their own module (``cmd_crawl``, ``cmd_extract``, ``cmd_kb``) and
import their stage lazily, so ``govnews -h`` stays fast.
"""

from __future__ import annotations

import click

from govnews import CONTEXT_SETTINGS, cmd_attachment, cmd_crawl, cmd_extract, cmd_kb, cmd_run


@click.group(context_settings=CONTEXT_SETTINGS)
@click.version_option(package_name="govnews")
def cli() -> None:
    """govnews: Korean local-government news → facts → a Datasette knowledge base.

    Example:

    \b
        govnews crawl --sample -o data/articles.jsonl
        govnews extract --jsonl data/articles.jsonl -o data/facts.jsonl
        govnews load --articles data/articles.jsonl --facts data/facts.jsonl --db data/kb.db
        govnews serve data/kb.db
    """


for _module in (cmd_crawl, cmd_extract, cmd_kb, cmd_run, cmd_attachment):
    for _command in _module.COMMANDS:
        cli.add_command(_command)
