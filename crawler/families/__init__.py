"""Stage 1 (crawl): CMS families — one module per board or news-site software.

Must not import ``extract`` or ``kb``. Each module under ``crawler/families/`` defines one or more
*family classes*: abstract subclasses of :class:`crawler.spiders.base.GovnewsSpider` (no ``name``)
that set ``family = "<family name>"`` in their own class body, plus the URL patterns, selectors and
methods the software needs. Shared press-board behaviour lives in :mod:`crawler.families.board`.

Families are found generically: :func:`family_classes` imports every module of this package and
collects the classes that declare their own ``family``. A ``[[source]]`` entry of
``crawler/sources.toml`` names its family, and :mod:`crawler.spiders.sites` builds the site spider
from that class and the entry's data. Adding a family is therefore adding one module here.
"""

from __future__ import annotations

import importlib
import pkgutil
from functools import cache

from crawler.spiders.base import GovnewsSpider

__all__ = ["family_class", "family_classes"]


@cache
def family_classes() -> dict[str, type[GovnewsSpider]]:
    """Every family class of every module in this package, by its ``family`` name.

    A family class is a :class:`GovnewsSpider` subclass defined in the module, without a ``name``
    (abstract), that sets ``family`` in its own body. When two classes claim one name the first
    module in alphabetical order wins.

    :returns: e.g. ``{"ndsoft_a": NdSoftSkinA, "si_bbsntt": SiBbsNttSpider, …}``
    """
    found: dict[str, type[GovnewsSpider]] = {}
    for info in sorted(pkgutil.iter_modules(__path__, prefix=f"{__name__}."), key=lambda m: m.name):
        module = importlib.import_module(info.name)
        for obj in vars(module).values():
            if (
                isinstance(obj, type)
                and issubclass(obj, GovnewsSpider)
                and obj.__module__ == module.__name__
                and not obj.name
                and "family" in vars(obj)
            ):
                found.setdefault(obj.family, obj)
    return found


def family_class(family: str) -> type[GovnewsSpider]:
    """The family class called ``family``.

    :raises KeyError: with the known family names when there is none
    """
    classes = family_classes()
    if family not in classes:
        raise KeyError(f"unknown family {family!r}; known: {', '.join(sorted(classes))}")
    return classes[family]
