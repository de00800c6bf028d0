"""Data flows one way: crawler → extract → kb (STYLE.md §1). Walk every module's imports with ast."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

#: package → top-level modules it must never import
FORBIDDEN = {
    "crawler": {"extract", "kb", "govnews", "kiwipiepy", "spacy"},
    "extract": {"crawler", "kb", "govnews", "scrapy"},
    "kb": {"crawler", "govnews", "scrapy", "kiwipiepy", "spacy"},
}
#: the only extract module kb may import (plain dataclasses)
KB_ALLOWED_FROM_EXTRACT = {"extract.facts"}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
    return found


def _modules(package: str) -> list[Path]:
    return sorted(p for p in (ROOT / package).rglob("*.py") if "sample_site" not in p.parts)


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_never_imports_backwards(package):
    files = _modules(package)
    assert files, f"no modules found in {package}/"
    bad = []
    for path in files:
        for lineno, name in _imports(path):
            top = name.split(".")[0]
            if package == "kb" and top == "extract":
                if name not in KB_ALLOWED_FROM_EXTRACT:
                    bad.append(f"{path.relative_to(ROOT)}:{lineno} imports {name}")
            elif top in FORBIDDEN[package]:
                bad.append(f"{path.relative_to(ROOT)}:{lineno} imports {name}")
    assert not bad, "backward imports:\n" + "\n".join(bad)


def test_walker_sees_a_backward_import(tmp_path):
    """The walker itself must catch ``from kb import x`` and ``import scrapy``."""
    src = tmp_path / "m.py"
    src.write_text("import scrapy\nfrom kb.load import load_facts\nfrom . import sibling\n", encoding="utf-8")
    assert _imports(src) == [(1, "scrapy"), (2, "kb.load")]
