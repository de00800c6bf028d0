"""CLI command ``govnews attachment``: the text of a press-release attachment (HWP, HWPX, PDF) as JSON.

A thin click wrapper over :mod:`crawler.attachments` (imported inside the command so ``govnews -h``
stays fast).
"""

from __future__ import annotations

import json
import sys

import click

#: ``-h`` works however the command is invoked (click caches the help option per command)
CONTEXT = {"help_option_names": ["-h", "--help"]}


@click.command(context_settings=CONTEXT)
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--keep-header", is_flag=True, help="Keep the press-release header lines (보도자료, 담당부서, …).")
def attachment(file: str, keep_header: bool) -> None:
    """Print the text of an HWP 5, HWPX or PDF attachment as JSON: format, text, pages.

    The type is read from the file's first bytes (%PDF, the OLE signature of HWP 5, a ZIP with an
    hwp+zip mimetype entry), never from its name. Paragraphs and table rows are one line each
    (cells joined by " | "); the release header (보도자료, 배포일시, 담당부서, 연락처, "총 N쪽") is
    cut unless --keep-header. `pages` is given where the format records it (PDF). A corrupt,
    truncated, password-protected or unknown file exits 1 with a one-line reason.

    Example:

    \b
        govnews attachment data/raw/seoul_guro/3f2a….hwp
        govnews attachment 보도자료.pdf --keep-header
    """
    import logging

    from crawler.attachments import AttachmentError, extract_file

    logging.getLogger("pdfminer").setLevel(logging.ERROR)  # the reason is the one line printed
    try:
        result = extract_file(file, cut_header=not keep_header)
    except AttachmentError as e:
        click.echo(f"Error: {file}: {e}", err=True)
        sys.exit(1)
    click.echo(json.dumps(result.to_json(), ensure_ascii=False))


COMMANDS = [attachment]
