"""Stage 1 (crawl): decode page bytes whose charset label may be missing or wrong.

Must not import ``extract`` or ``kb``. Order (SOURCES.md §2, §5): BOM, HTTP ``Content-Type`` label,
``<meta charset>`` label, then a trial UTF-8 / cp949 decode, charset-normalizer last. Every
``euc-kr`` label means cp949 (its superset). A label is only trusted when the bytes decode under it
strictly; a single-byte label (latin-1, windows-1252, ascii) on bytes that are valid cp949 or UTF-8 is
treated as wrong, because that is how kmrnews / m.kwangju pages turn into ``2021³â 08¿ù`` mojibake.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

_ALIASES = {
    "euc-kr": "cp949",
    "euckr": "cp949",
    "euc_kr": "cp949",
    "ks_c_5601-1987": "cp949",
    "ks_c_5601": "cp949",
    "ksc5601": "cp949",
    "x-windows-949": "cp949",
    "windows-949": "cp949",
    "ms949": "cp949",
    "uhc": "cp949",
    "utf8": "utf-8",
}
_SINGLE_BYTE = {codecs.lookup(n).name for n in ("latin-1", "cp1252", "ascii", "iso-8859-15")}
_META = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]+)""", re.I)
_HEADER = re.compile(r"charset\s*=\s*[\"']?\s*([A-Za-z0-9_\-:.]+)", re.I)
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def normalize_label(label: str | None) -> str | None:
    """Map a charset label to a Python codec name (``euc-kr`` → ``cp949``); ``None`` if unknown.

    :param label: e.g. ``"EUC-KR"``, ``"ks_c_5601-1987"``, ``"utf-8"``
    :returns: ``"cp949"``, ``"utf-8"``, … or ``None``
    """
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in {"euc_kr", "cp949"}:
        return "cp949"
    return "utf-8" if name == "utf-8" else name


def header_charset(content_type: str | bytes | None) -> str | None:
    """The ``charset=`` of a Content-Type header value, or ``None``."""
    if not content_type:
        return None
    if isinstance(content_type, bytes):
        content_type = content_type.decode("latin-1")
    match = _HEADER.search(content_type)
    return match.group(1) if match else None


def meta_charset(body: bytes) -> str | None:
    """The charset declared by ``<meta charset>`` / ``http-equiv`` in the first 4 KB, or ``None``."""
    match = _META.search(body[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def _strict(body: bytes, encoding: str) -> bool:
    try:
        body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return False
    return True


def _trial(body: bytes) -> str | None:
    if _strict(body, "utf-8"):
        return "utf-8"
    if _strict(body, "cp949"):
        return "cp949"
    return None


def detect_encoding(body: bytes, content_type: str | bytes | None = None) -> tuple[str, str]:
    """Work out the real encoding of ``body``.

    :param body: the raw page bytes
    :param content_type: the HTTP ``Content-Type`` header value, if any
    :returns: ``(codec name, how)`` where ``how`` is one of ``bom``, ``header``, ``meta``, ``trial``,
        ``charset-normalizer``, ``fallback``
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            return name, "bom"
    ascii_only = body.isascii()
    for how, label in (("header", header_charset(content_type)), ("meta", meta_charset(body))):
        codec = normalize_label(label)
        if codec is None:
            continue
        if codec in _SINGLE_BYTE and not ascii_only:
            # A single-byte label "decodes" anything: only trust it when no multi-byte reading exists.
            if _trial(body) is None:
                return codec, how
            continue
        if codec == "cp949" and not ascii_only and _strict(body, "utf-8") and not _strict(body, "cp949"):
            continue
        if _strict(body, codec):
            return codec, how
    trial = _trial(body)
    if trial:
        return trial, "trial"
    try:
        from charset_normalizer import from_bytes

        best = from_bytes(body).best()
    except Exception:  # pragma: no cover - defensive: detection must never crash a crawl
        best = None
    if best is not None and best.encoding:
        return normalize_label(best.encoding) or best.encoding, "charset-normalizer"
    return "cp949", "fallback"


def decode_html(body: bytes, content_type: str | bytes | None = None) -> tuple[str, str]:
    """Decode page bytes to text with :func:`detect_encoding`.

    :param body: the raw bytes
    :param content_type: the HTTP ``Content-Type`` header value, if any
    :returns: ``(text, codec name)``; undecodable bytes become U+FFFD rather than raising
    """
    encoding, _how = detect_encoding(body, content_type)
    return body.decode(encoding, errors="replace"), encoding


def fix_response_encoding(response):
    """Return ``response`` re-labelled with the sniffed encoding (a Scrapy ``TextResponse``).

    Scrapy trusts the HTTP label; a wrong ``iso-8859-1`` label on cp949 bytes would give mojibake.

    :param response: a ``scrapy.http.TextResponse`` (other responses are returned unchanged)
    :returns: the same response, or ``response.replace(encoding=…)`` when the sniffed codec differs
    """
    if response is _last_fixed[0]:  # its own result again (a spider's parse, then parse_article): sniffed
        return response
    if not hasattr(response, "text"):
        return response
    encoding, _how = detect_encoding(response.body, response.headers.get(b"Content-Type"))
    current = normalize_label(getattr(response, "encoding", None))
    if current != encoding:
        response = response.replace(encoding=encoding)
    _last_fixed[0] = response
    return response


#: the response :func:`fix_response_encoding` returned last (a response's bytes and headers never change)
_last_fixed: list[Any] = [None]
