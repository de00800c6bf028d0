"""Every command is documented: help works, carries an ``Example:`` block, and README.md names it."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from govnews.cli import cli

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        out.append((prefix + name, cmd))
        if isinstance(cmd, click.Group):
            out += _commands(cmd, prefix + name + " ")
    return out


COMMANDS = _commands(cli)


def test_cli_has_every_stage():
    names = {name for name, _ in COMMANDS}
    assert {"crawl", "extract", "load", "serve", "sample-site", "evaluate", "parse", "sources"} <= names


@pytest.mark.parametrize("name,cmd", COMMANDS, ids=[n for n, _ in COMMANDS])
def test_command_has_help_with_example(name, cmd):
    result = CliRunner().invoke(cli, name.split() + ["-h"])
    assert result.exit_code == 0, result.output
    assert "Example:" in result.output, f"`govnews {name} -h` has no Example: block"


@pytest.mark.parametrize("name", [n for n, _ in COMMANDS])
def test_command_is_in_readme(name):
    assert f"govnews {name}" in README, f"README.md does not document `govnews {name}`"


def test_python_dash_m_govnews_works():
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "govnews", "-h"], capture_output=True, text=True, check=True)
    assert "crawl" in out.stdout
