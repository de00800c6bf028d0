"""Progress on stderr for long CLI commands: a bar on a terminal, periodic lines otherwise.

``extract`` and ``load`` wrap the iterator they consume in :func:`track`; on a terminal it draws
click's progress bar, otherwise (a log file, a pipe, CI) it prints a line such as
``extract: 500/2760 articles, 120/s`` every ``GOVNEWS_PROGRESS_SECONDS`` seconds (default 5) and
one last line when the iterator is exhausted.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TypeVar

import click

T = TypeVar("T")


def _interval() -> float:
    try:
        return max(0.0, float(os.environ.get("GOVNEWS_PROGRESS_SECONDS", "5")))
    except ValueError:
        return 5.0


def line(label: str, done: int, total: int | None, seconds: float, unit: str = "articles") -> str:
    """``"extract: 500/2760 articles, 120/s"`` (``"extract: 500 articles, 120/s"`` without a total)."""
    rate = done / seconds if seconds > 0 else 0.0
    count = f"{done}/{total}" if total else f"{done}"
    return f"{label}: {count} {unit}, {rate:.0f}/s"


def track(items: Iterable[T], label: str, total: int | None = None, *, unit: str = "articles",
          stream: IO[str] | None = None, interval: float | None = None,
          clock: Callable[[], float] = time.monotonic) -> Iterator[T]:
    """Yield ``items`` while reporting progress on ``stream`` (default: stderr).

    :param items: what the command consumes, one per article or record
    :param label: the command's name, first word of each line
    :param total: how many items to expect, when known
    :param unit: what an item is, for the lines
    :param interval: seconds between lines when not on a terminal (default ``GOVNEWS_PROGRESS_SECONDS``
        or 5); ``0`` prints a line per item
    """
    stream = stream if stream is not None else sys.stderr
    terminal = hasattr(stream, "isatty") and stream.isatty()
    if terminal and total and total > 1:
        with click.progressbar(items, length=total, label=label, file=stream) as bar:
            yield from bar
        return
    interval = _interval() if interval is None else interval
    start = last = clock()
    done = reported = 0
    for item in items:
        yield item
        done += 1
        now = clock()
        if not terminal and now - last >= interval:
            last, reported = now, done
            click.echo(line(label, done, total, now - start, unit), file=stream)
    if not terminal and done and reported != done:
        click.echo(line(label, done, total, clock() - start, unit), file=stream)
