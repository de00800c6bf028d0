"""Stage 1 (crawl): the source registry ``crawler/sources.toml`` as typed records.

Must not import ``extract`` or ``kb``. The TOML has ``[[source]]`` tables (name, kind, family,
spider, start_urls, home_region?, district_code?, params?, verified, notes) and ``[[sample]]`` tables
(name, spider, start_urls with a ``{base}`` placeholder; a sample-only site, one that exists only in
``crawler/sample_site``, also gives family, kind, home_region and params there). ``params`` holds the
family's site settings (board codes such as ``bbs_no``). Unknown keys are ignored and optional keys
default to ``None`` so the data can grow. :mod:`crawler.spiders.sites` builds the spiders from it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

REGISTRY_PATH = Path(__file__).with_name("sources.toml")


@dataclass(frozen=True, slots=True)
class Source:
    """One crawlable source: a news outlet or one district's / ministry's press board."""

    name: str
    kind: str  #: "board" | "outlet"
    family: str
    spider: str  #: "" when no spider exists yet
    start_urls: tuple[str, ...] = ()
    home_region: str | None = None
    district_code: str | None = None
    verified: bool = False
    notes: str = ""
    #: the family's site settings, e.g. ``{"bbs_no": "665", "bbs_key": "1793"}``
    params: dict[str, str] = field(default_factory=dict, hash=False)

    @property
    def crawlable(self) -> bool:
        """True when a spider exists for this source."""
        return bool(self.spider)


@dataclass(frozen=True, slots=True)
class SampleSource:
    """A sample-site entry: the same spider pointed at ``crawler/sample_site``.

    ``family`` is set only for a sample-only site (no ``[[source]]``); the other optional fields
    then describe it as a ``[[source]]`` would.
    """

    name: str
    spider: str
    start_urls: tuple[str, ...] = field(default_factory=tuple)
    family: str | None = None
    kind: str = "outlet"
    home_region: str | None = None
    district_code: str | None = None
    params: dict[str, str] = field(default_factory=dict, hash=False)

    def urls(self, base: str) -> list[str]:
        """Start URLs with ``{base}`` replaced, e.g. by ``http://127.0.0.1:8765``."""
        return [u.replace("{base}", base.rstrip("/")) for u in self.start_urls]

    @property
    def paths(self) -> tuple[str, ...]:
        """Start URLs as paths under the sample site, e.g. ``"sijung/news/articleList.html?…"``."""
        return tuple(u.replace("{base}", "").lstrip("/") for u in self.start_urls)


def _load(path: Path | str | None) -> dict[str, Any]:
    return tomllib.loads(Path(path or REGISTRY_PATH).read_text(encoding="utf-8"))


def _params(raw: dict[str, Any]) -> dict[str, str]:
    return {str(k): str(v) for k, v in (raw.get("params") or {}).items()}


def load_sources(path: Path | str | None = None) -> list[Source]:
    """All ``[[source]]`` entries, in file order.

    :param path: registry file (default ``crawler/sources.toml``)
    :returns: :class:`Source` records; a missing file gives ``[]``
    """
    if not Path(path or REGISTRY_PATH).exists():
        return []
    out = []
    for raw in _load(path).get("source", []):
        out.append(
            Source(
                name=raw["name"],
                kind=raw.get("kind", "outlet"),
                family=raw.get("family", ""),
                spider=raw.get("spider", "") or "",
                start_urls=tuple(raw.get("start_urls", []) or []),
                home_region=raw.get("home_region") or None,
                district_code=raw.get("district_code") or None,
                verified=bool(raw.get("verified", False)),
                notes=raw.get("notes", ""),
                params=_params(raw),
            )
        )
    return out


def load_samples(path: Path | str | None = None) -> list[SampleSource]:
    """All ``[[sample]]`` entries, in file order."""
    if not Path(path or REGISTRY_PATH).exists():
        return []
    return [
        SampleSource(
            name=raw["name"],
            spider=raw["spider"],
            start_urls=tuple(raw.get("start_urls", [])),
            family=raw.get("family") or None,
            kind=raw.get("kind", "outlet"),
            home_region=raw.get("home_region") or None,
            district_code=raw.get("district_code") or None,
            params=_params(raw),
        )
        for raw in _load(path).get("sample", [])
    ]


def get_source(name: str, path: Path | str | None = None) -> Source:
    """The source called ``name``.

    :raises KeyError: with the list of known names when there is none
    """
    sources = {s.name: s for s in load_sources(path)}
    if name not in sources:
        raise KeyError(f"unknown source {name!r}; known: {', '.join(sorted(sources))}")
    return sources[name]
