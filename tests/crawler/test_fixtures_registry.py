"""Fixtures point at sample-site pages instead of copying them; the registry loader tolerates optional keys."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from crawler.registry import get_source, load_samples, load_sources
from tests.crawler.pages import FIXTURES, SAMPLE_PREFIX, fixture_path

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_SITE = ROOT / "crawler" / "sample_site"
#: spider fixture folders: every sidecar there names its page's origin in ``source``
SITE_DIRS = sorted(p for p in FIXTURES.iterdir() if p.is_dir() and p.name not in {"generic", "families"})
SIDECARS = sorted(p for d in SITE_DIRS for p in d.glob("*.json"))


@pytest.mark.parametrize("sidecar", SIDECARS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_every_fixture_has_its_page_and_sidecar(sidecar):
    info = json.loads(sidecar.read_text(encoding="utf-8"))
    assert {"url", "fetched_at", "encoding"} <= info.keys()
    page = fixture_path(sidecar.parent.name, sidecar.stem)
    assert page.is_file()
    own = page.parent == sidecar.parent and not page.is_symlink()
    assert own or info["source"].startswith(SAMPLE_PREFIX), "a page of its own, or a sample-site page"


def test_no_fixture_page_is_a_copy_of_a_sample_site_page():
    sample = {hashlib.sha256(p.read_bytes()).digest() for p in SAMPLE_SITE.rglob("*") if p.is_file()}
    copies = [
        str(p.relative_to(FIXTURES))
        for d in SITE_DIRS
        for p in d.iterdir()
        if p.suffix != ".json" and hashlib.sha256(p.read_bytes()).digest() in sample
    ]
    assert copies == [], "point the sidecar's source at the sample-site page instead"


def test_registry_loader_tolerates_optional_keys(tmp_path):
    toml = tmp_path / "sources.toml"
    toml.write_text(
        '[[source]]\nname = "a"\nkind = "outlet"\nfamily = "ndsoft_a"\nspider = ""\nstart_urls = []\n'
        'verified = false\nnotes = "x"\nfuture_key = 1\n\n'
        '[[sample]]\nname = "a"\nspider = "a"\nstart_urls = ["{base}/a/"]\n',
        encoding="utf-8",
    )
    (source,) = load_sources(toml)
    assert source.home_region is None and source.district_code is None and not source.crawlable
    assert source.params == {}
    (sample,) = load_samples(toml)
    assert sample.urls("http://127.0.0.1:1/") == ["http://127.0.0.1:1/a/"] and sample.paths == ("a/",)
    assert sample.family is None
    with pytest.raises(KeyError, match="unknown source"):
        get_source("b", toml)


def test_registry_entries_of_crawler_core_spiders_exist():
    names = {s.name: s for s in load_sources()}
    assert names["sijung"].spider == "sijung" and names["seoulgujung"].spider == "seoulgujung"
    assert names["seoul_guro"].params == {"bbs_no": "665", "bbs_key": "1793"}
