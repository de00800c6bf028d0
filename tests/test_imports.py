"""Data flows one way: crawler → extract → kb (STYLE.md §1), and inside extract/ from the text
primitives up to the pipeline (extract/RULES.md "How it is built"). Walk every module's imports with ast."""

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

#: the layers inside extract/: a module imports only modules of a lower layer (never its own: the
#: rule modules do not import each other). Every module of extract/ must be listed here.
EXTRACT_LAYERS: dict[str, int] = {
    "extract.facts": 0,  # fact dataclasses and the fact-type registry
    "extract.vocab": 1,  # word lists of extract/data/
    "extract.learn": 1,  # statistical models the rules consult (numpy)
    "extract.gazetteer": 2,  # text primitives, pure functions of str
    "extract.numerals": 2,
    "extract.zones": 2,
    "extract.text": 2,
    "extract.tokenizer": 3,  # Kiwi → spaCy tokens
    "extract.context": 4,  # the Article every rule reads
    "extract.districts": 5,  # rule modules
    "extract.awards": 5,
    "extract.jobs": 5,
    "extract.programs": 5,
    "extract.components": 6,  # spaCy components, one per fact type
    "extract.nlp": 7,  # make_nlp()
    "extract.pipeline": 8,  # articles in, facts out
    "extract.batch": 9,
    "extract.evaluate": 9,
    "extract.train": 10,  # trains the rules' models from gold sets
}


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            if node.module == "extract":  # "from extract import vocab as V"
                found += [(node.lineno, f"extract.{alias.name}") for alias in node.names]
            else:
                found.append((node.lineno, node.module))
    return found


def _nested_imports(path: Path) -> list[int]:
    """Lines of imports inside functions or classes (a way to dodge an import circle)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    top = {id(node) for node in tree.body}
    return [
        node.lineno for node in ast.walk(tree)
        if isinstance(node, ast.Import | ast.ImportFrom) and id(node) not in top
    ]


def _layer_violations(modules: dict[str, Path], layers: dict[str, int]) -> list[str]:
    bad = []
    for name, path in sorted(modules.items()):
        if name not in layers:
            bad.append(f"{path.name}: not in EXTRACT_LAYERS (give the new module its layer)")
            continue
        for lineno, imported in _imports(path):
            if imported.split(".")[0] != "extract":
                continue
            if imported not in layers:
                bad.append(f"{path.name}:{lineno} imports {imported}, which has no layer")
            elif layers[imported] >= layers[name]:
                bad.append(f"{path.name}:{lineno} imports {imported} (layer {layers[imported]} >= {layers[name]})")
    return bad


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


def _extract_modules() -> dict[str, Path]:
    return {f"extract.{p.stem}": p for p in sorted((ROOT / "extract").glob("*.py")) if p.stem != "__init__"}


def test_extract_imports_only_lower_layers():
    bad = _layer_violations(_extract_modules(), EXTRACT_LAYERS)
    assert not bad, "imports against the layers of extract/:\n" + "\n".join(bad)


def test_extract_has_no_function_level_imports():
    bad = [f"{p.name}:{line}" for p in _extract_modules().values() for line in _nested_imports(p)]
    assert not bad, "imports inside functions (import at the top, in layer order):\n" + "\n".join(bad)


def test_layer_walker_sees_an_upward_import(tmp_path):
    """A rule module importing the pipeline, another rule or an unlisted module is caught."""
    rule = tmp_path / "awards.py"
    rule.write_text(
        "from extract.pipeline import default_nlp\nfrom extract import jobs\nfrom extract.text import find_years\n",
        encoding="utf-8",
    )
    new = tmp_path / "extra.py"
    new.write_text("def f():\n    from extract.nlp import make_nlp\n", encoding="utf-8")
    bad = _layer_violations({"extract.awards": rule, "extract.extra": new}, EXTRACT_LAYERS)
    assert bad == [
        "awards.py:1 imports extract.pipeline (layer 8 >= 5)",
        "awards.py:2 imports extract.jobs (layer 5 >= 5)",
        "extra.py: not in EXTRACT_LAYERS (give the new module its layer)",
    ]
    assert _nested_imports(new) == [2]
