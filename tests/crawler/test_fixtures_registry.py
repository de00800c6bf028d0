"""Fixture pages stay byte-identical to their sample-site source; the registry loader tolerates optional keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.registry import get_source, load_samples, load_sources
from tests.crawler.pages import FIXTURES

ROOT = Path(__file__).resolve().parents[2]
CORE_SPIDERS = ("sijung", "seoulgujung", "gurotoday", "gwanaknews", "sdmtimes", "gangbuktimes")
SIDECARS = sorted(p for spider in CORE_SPIDERS for p in (FIXTURES / spider).glob("*.json"))


@pytest.mark.parametrize("sidecar", SIDECARS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_fixture_matches_its_sample_site_source(sidecar):
    info = json.loads(sidecar.read_text(encoding="utf-8"))
    assert {"url", "fetched_at", "encoding"} <= info.keys()
    page = next(p for p in sidecar.parent.glob(sidecar.stem + ".*") if p.suffix != ".json")
    assert (ROOT / info["source"]).read_bytes() == page.read_bytes()


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
    assert load_samples(toml)[0].urls("http://127.0.0.1:1/") == ["http://127.0.0.1:1/a/"]
    with pytest.raises(KeyError, match="unknown source"):
        get_source("b", toml)


def test_registry_entries_of_crawler_core_spiders_exist():
    names = {s.name: s for s in load_sources()}
    assert names["sijung"].spider == "sijung" and names["seoulgujung"].spider == "seoulgujung"
