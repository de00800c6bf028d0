"""Stage 1 (crawl): the source registry ``crawler/sources.toml`` as typed records.

Must not import ``extract`` or ``kb``. The TOML (maintained by the crawler-boards helper) has
``[[source]]`` tables (name, kind, family, spider, start_urls, home_region?, district_code?,
verified, notes) and ``[[sample]]`` tables (name, spider, start_urls with a ``{base}`` placeholder).
Unknown keys are ignored and optional keys default to ``None`` so the data can grow.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path

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

    @property
    def crawlable(self) -> bool:
        """True when a spider exists for this source."""
        return bool(self.spider)


@dataclass(frozen=True, slots=True)
class SampleSource:
    """A sample-site entry: the same spider pointed at ``crawler/sample_site``."""

    name: str
    spider: str
    start_urls: tuple[str, ...] = field(default_factory=tuple)

    def urls(self, base: str) -> list[str]:
        """Start URLs with ``{base}`` replaced, e.g. by ``http://127.0.0.1:8765``."""
        return [u.replace("{base}", base.rstrip("/")) for u in self.start_urls]


def _load(path: Path | str | None) -> dict:
    return tomllib.loads(Path(path or REGISTRY_PATH).read_text(encoding="utf-8"))


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
            )
        )
    return out


def load_samples(path: Path | str | None = None) -> list[SampleSource]:
    """All ``[[sample]]`` entries, in file order."""
    if not Path(path or REGISTRY_PATH).exists():
        return []
    return [
        SampleSource(name=raw["name"], spider=raw["spider"], start_urls=tuple(raw.get("start_urls", [])))
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
