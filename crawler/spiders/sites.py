"""Stage 1 (crawl): every site spider, built at import from ``crawler/sources.toml``.

Must not import ``extract`` or ``kb``. A site is data: its ``[[source]]`` entry names a spider and a
family, and gives start URLs, home region, district code and ``params`` (board codes); its
``[[sample]]`` entry gives the start paths on the sample site (a sample-only site gives family and
home region there). For each entry with a spider this module creates a subclass of the family class
(:func:`crawler.families.family_classes`) — or of the site's own class in
:mod:`crawler.spiders.bespoke` — with those attributes, and binds it here under a class name derived
from the spider name (``seoul_guro`` → ``SeoulGuroSpider``), so Scrapy's ``SpiderLoader``
(``scrapy list``, ``scrapy crawl NAME``, ``govnews crawl --source``) finds it like a hand-written one.

An entry that cannot be built (unknown family, a ``params`` key the family does not declare) is left
out and recorded in :data:`PROBLEMS` with the reason; tests require that list to be empty.
"""

from __future__ import annotations

from typing import Any

from crawler.families import family_classes
from crawler.registry import SampleSource, Source, load_samples, load_sources
from crawler.spiders.base import GovnewsSpider
from crawler.spiders.bespoke import SITE_CODE

__all__ = ["PROBLEMS", "SPIDERS", "build_spiders", "class_name"]


def class_name(spider: str) -> str:
    """Python class name of a generated spider: ``"seoul_guro"`` → ``"SeoulGuroSpider"``."""
    return "".join(part.capitalize() for part in spider.split("_")) + "Spider"


def _build(
    spider: str,
    family: str,
    *,
    kind: str,
    home_region: str | None,
    district_code: str | None,
    start_urls: tuple[str, ...],
    sample_paths: tuple[str, ...],
    params: dict[str, str],
    doc: str,
) -> type[GovnewsSpider]:
    """One spider class; :class:`ValueError` when the family or a parameter is unknown."""
    base = SITE_CODE.get(spider) or family_classes().get(family)
    if base is None:
        raise ValueError(f"no family module declares family {family!r}")
    unknown = sorted(key for key in params if not hasattr(base, key) or key.startswith("_"))
    if unknown:
        raise ValueError(f"family {family!r} has no parameter {', '.join(unknown)}")
    attrs: dict[str, Any] = {
        "__module__": __name__,
        "__doc__": doc,
        "name": spider,
        "family": family,
        "kind": kind,
        "home_region": home_region,
        "district_code": district_code,
        "start_urls": list(start_urls),
        "sample_paths": sample_paths,
        **params,
    }
    return type(class_name(spider), (base,), attrs)


def build_spiders(
    sources: list[Source] | None = None, samples: list[SampleSource] | None = None
) -> tuple[dict[str, type[GovnewsSpider]], list[str]]:
    """Spider classes for every registry entry with a spider, and the entries left out.

    :param sources: ``[[source]]`` entries (default: the registry)
    :param samples: ``[[sample]]`` entries (default: the registry)
    :returns: ``({spider name: class}, ["name: reason", …])``
    """
    sources = load_sources() if sources is None else sources
    samples = load_samples() if samples is None else samples
    sample_paths: dict[str, tuple[str, ...]] = {}
    for sample in samples:
        sample_paths[sample.spider] = sample_paths.get(sample.spider, ()) + sample.paths
    built: dict[str, type[GovnewsSpider]] = {}
    problems: list[str] = []
    for source in sources:
        if not source.spider or source.spider in built:
            continue
        try:
            built[source.spider] = _build(
                source.spider, source.family, kind=source.kind, home_region=source.home_region,
                district_code=source.district_code, start_urls=source.start_urls,
                sample_paths=sample_paths.get(source.spider, ()), params=source.params,
                doc=f"{source.name} ({source.family}), built from crawler/sources.toml. {source.notes}".strip(),
            )
        except ValueError as exc:
            problems.append(f"{source.name}: {exc}")
    for sample in samples:
        if sample.spider in built or sample.family is None:
            continue
        try:
            built[sample.spider] = _build(
                sample.spider, sample.family, kind=sample.kind, home_region=sample.home_region,
                district_code=sample.district_code, start_urls=(), sample_paths=sample_paths[sample.spider],
                params=sample.params,
                doc=f"{sample.name} ({sample.family}), a sample-only site built from crawler/sources.toml.",
            )
        except ValueError as exc:
            problems.append(f"{sample.name}: {exc}")
    for sample in samples:
        if sample.spider not in built:
            problems.append(f"{sample.name}: [[sample]] of spider {sample.spider!r}, which no entry builds")
    return built, problems


SPIDERS, PROBLEMS = build_spiders()
globals().update({cls.__name__: cls for cls in SPIDERS.values()})
