"""Stage 1 (crawl): the text of press-release attachments — PDF, HWPX and HWP 5 (issue 14).

A pure library (no Scrapy): :func:`sniff_format` decides the type from the file's first bytes, never
from its name; :func:`extract_text` returns an :class:`AttachmentText` (``format``, ``text``,
``pages`` where the format knows them) with the press-release header cut (:func:`cut_release_header`).

- **PDF** (``%PDF-`` in the first 1 KiB): pdfminer.six lays out each page; text lines sharing a
  baseline are joined into one line, cells apart by a wide gap separated by `` | ``, so a table row
  stays one line ("일자리 창출(개) | 12,904 | 13,752"); lines wrapped at the right margin are joined.
- **HWPX** (``PK`` and a ``mimetype`` entry ``application/hwp+zip``): ``Contents/section*.xml``
  read as XML; one line per paragraph, one line per table row (cells joined by `` | ``); headers and
  footers skipped.
- **HWP 5** (OLE ``D0 CF 11 E0``): olefile opens the compound file; the ``FileHeader`` flags say
  whether the ``BodyText/Section*`` streams are compressed (raw deflate) or the document is encrypted;
  the streams are HWP 5.0 records (32-bit header: tag id 10 bits, level 10 bits, size 12 bits, size
  ``0xFFF`` = a 32-bit size follows). ``HWPTAG_PARA_TEXT`` (67) holds UTF-16LE text where control
  characters take 1 (char controls) or 8 (inline and extended controls) code units; a table is a
  ``tbl `` control whose cells (``HWPTAG_LIST_HEADER``) hold their own paragraphs, grouped into rows
  with the row sizes of ``HWPTAG_TABLE``.

Every failure is an :class:`AttachmentError` subclass whose message is one line:
:class:`UnknownFormat`, :class:`CorruptAttachment` (truncated too), :class:`EncryptedAttachment`,
:class:`NoTextAttachment`.

Must not import ``extract`` or ``kb``.
"""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = [
    "AttachmentError",
    "AttachmentText",
    "CorruptAttachment",
    "EncryptedAttachment",
    "NoTextAttachment",
    "UnknownFormat",
    "cut_release_header",
    "extract_file",
    "extract_text",
    "hwp_records",
    "sniff_format",
]

#: never inflate more than this from one file (zip bombs, deflate bombs)
MAX_UNCOMPRESSED = 200 * 1024 * 1024
#: file extension of each format (for files kept on disk)
EXTENSIONS = {"pdf": "pdf", "hwp": "hwp", "hwpx": "hwpx"}

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_HWPX_MIMETYPES = {"application/hwp+zip", "application/haansofthwpx", "application/vnd.hancom.hwpx"}


# -- errors --------------------------------------------------------------------------------------


class AttachmentError(Exception):
    """An attachment whose text cannot be read; ``str(error)`` is a one-line reason."""

    def __init__(self, reason: str) -> None:
        reason = " ".join(str(reason).split())
        super().__init__(reason if len(reason) <= 200 else reason[:199] + "…")

    @property
    def reason(self) -> str:
        """The one-line reason."""
        return str(self)


class UnknownFormat(AttachmentError):
    """Not a PDF, HWPX or HWP 5 file (judged by its bytes)."""


class CorruptAttachment(AttachmentError):
    """A PDF, HWPX or HWP 5 file that is damaged or truncated."""


class EncryptedAttachment(AttachmentError):
    """A password-protected (or DRM / distribution-only) document."""


class NoTextAttachment(AttachmentError):
    """A readable document without any text (a scanned PDF, an empty document)."""


@dataclass(frozen=True)
class AttachmentText:
    """The text of one attachment."""

    format: str  #: "pdf", "hwpx" or "hwp"
    text: str  #: one line per paragraph or table row, release header cut
    pages: int | None = None  #: page count where the format records it (PDF)

    def to_json(self) -> dict[str, Any]:
        """``{"format", "text", "pages"}`` (``pages`` only when known)."""
        out: dict[str, Any] = {"format": self.format, "text": self.text}
        if self.pages is not None:
            out["pages"] = self.pages
        return out


# -- format --------------------------------------------------------------------------------------


def sniff_format(data: bytes) -> str | None:
    """``"pdf"``, ``"hwp"`` or ``"hwpx"`` from the magic bytes (and the ZIP's ``mimetype``), else ``None``.

    :param data: the file's bytes (at least its first KiB; a ZIP needs the whole file)
    :returns: the format, or ``None`` for anything else (another OLE or ZIP file included)
    """
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(_OLE_MAGIC):
        return "hwp"
    if data.startswith(_ZIP_MAGIC):
        if _leading_mimetype(data) in _HWPX_MIMETYPES:
            return "hwpx"  # the first entry says so, even when the rest is cut off
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                mimetype = archive.read("mimetype")[:100].decode("ascii", "replace").strip()
        except (KeyError, zipfile.BadZipFile, OSError, RuntimeError, EOFError, zlib.error):
            return None
        return "hwpx" if mimetype in _HWPX_MIMETYPES else None
    return None


def _leading_mimetype(data: bytes) -> str | None:
    """The content of a stored ``mimetype`` first entry, read from its local header (OCF packages,
    HWPX included, put it first and uncompressed), or ``None``."""
    if len(data) < 30:
        return None
    method, size, name_len, extra_len = struct.unpack_from("<H8xI4xHH", data, 8)
    start = 30 + name_len + extra_len
    if method != 0 or data[30 : 30 + name_len] != b"mimetype" or size > 100:
        return None
    return data[start : start + size].decode("ascii", "replace").strip()


def _describe_unknown(data: bytes) -> str:
    """One-line reason for bytes that are none of the three formats."""
    if not data:
        return "empty file"
    if data.startswith(_ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                names = archive.namelist()
        except (zipfile.BadZipFile, OSError, EOFError):
            return "damaged or truncated ZIP archive (not readable as HWPX)"
        return f"ZIP archive that is not HWPX (no hwp+zip mimetype entry; {len(names)} entries)"
    if data.startswith(b"HWP Document File V3"):
        return "HWP 3.x document (only HWP 5 is supported)"
    head = data[:512].lstrip().lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
        return "an HTML page, not a document (an error page or a login wall?)"
    if data[:4] in {b"\x89PNG", b"GIF8"} or data[:3] == b"\xff\xd8\xff":
        return "an image, not a document"
    return f"unknown file type (first bytes {data[:8].hex(' ')})"


def extract_text(data: bytes, *, cut_header: bool = True) -> AttachmentText:
    """The text of a PDF, HWPX or HWP 5 file, typed by its bytes.

    :param data: the file's bytes
    :param cut_header: drop the press-release header lines (:func:`cut_release_header`)
    :returns: an :class:`AttachmentText`
    :raises AttachmentError: (a subclass) with a one-line reason
    """
    kind = sniff_format(data)
    if kind is None:
        raise UnknownFormat(_describe_unknown(data))
    pages: int | None = None
    if kind == "pdf":
        text, pages = _pdf_text(data)
    elif kind == "hwpx":
        text = _hwpx_text(data)
    else:
        text = _hwp_text(data)
    text = _normalise_lines(text)
    if cut_header:
        text = cut_release_header(text)
    if not text.strip():
        raise NoTextAttachment(f"{kind.upper()} file without text" + (" (a scanned PDF?)" if kind == "pdf" else ""))
    return AttachmentText(kind, text, pages)


def extract_file(path: str | Path, *, cut_header: bool = True) -> AttachmentText:
    """:func:`extract_text` of a file on disk (its name and extension are ignored)."""
    return extract_text(Path(path).read_bytes(), cut_header=cut_header)


def _normalise_lines(text: str) -> str:
    """Spaces collapsed, lines stripped, empty lines and page-number lines dropped."""
    lines = []
    for line in text.replace("\r", "\n").split("\n"):
        line = " ".join(line.replace("\u00a0", " ").replace("\u3000", " ").split())
        if line and not _PAGE_NUMBER.match(line):
            lines.append(line)
    return "\n".join(lines)


_PAGE_NUMBER = re.compile(r"^[-–—\s]*\d{1,3}\s*(?:/\s*\d{1,3})?[-–—\s]*$")


# -- press-release header --------------------------------------------------------------------------

#: the labels of a release's header block (and of contact lines anywhere)
_LABEL = (
    r"(?:보\s*도\s*(?:참\s*고\s*)?자\s*료|보\s*도\s*(?:일\s*시|일\s*자|시\s*점|기\s*준|요\s*청)|"
    r"배\s*포\s*(?:일\s*시|일\s*자|일)|게\s*재\s*일\s*시|엠\s*바\s*고|"
    r"담\s*당\s*(?:부\s*서|과|팀|자|관)|책\s*임\s*자|작\s*성\s*자|실\s*무\s*자|"
    r"연\s*락\s*처|전\s*화(?:\s*번\s*호)?|팩\s*스|문\s*의(?:\s*처)?|이\s*메\s*일|E-?mail|☎)"
)
#: a header line: a label, then a separator, the end of the line, or a value (date, phone, name)
_HEADER_LINE = re.compile(rf"^[\s<\[【(〈《]*{_LABEL}[\s>\]】)〉》]*(?:[:：|]|$|\s)", re.IGNORECASE)
#: a contact line anywhere: a label and a separator or a phone number
_CONTACT_LINE = re.compile(
    r"^[\s<\[【(]*(?:담\s*당\s*(?:부\s*서|과|팀|자)|연\s*락\s*처|전\s*화|문\s*의(?:\s*처)?|☎)"
    r"[\s>\]】)]*(?:[:：|]|.*\d{2,4}\s*[-)]\s*\d{3,4}(?:\s*-\s*\d{4})?)",
)
#: "총 3쪽", "(사진 2매)", "붙임 1부", "총 4매(사진 1매 포함)"
_PAGES_LINE = re.compile(
    r"^[\s(\[<]*(?:총\s*\d+\s*(?:쪽|매|면|페이지|p)|사진\s*\d+\s*(?:매|장)|사진\s*(?:없음|있음)|붙임\s*\d+\s*부|"
    r"\d+\s*쪽\s*분량)"
    r"(?:[\s,(\[)\]<>/]*(?:사진\s*\d+\s*(?:매|장)|붙임\s*\d+\s*부|포함|있음|별도|첨부))*[\s)\]>]*$"
)
#: a line that only names the document type or carries a release stamp ("구로구 보도자료", "보도자료")
_TITLE_STAMP = re.compile(r"^.{0,20}보\s*도\s*(?:참\s*고\s*)?자\s*료\s*[)\]】>]*$")
#: the issuing office alone on a line ("서울특별시 금천구", "금천구청", "금천구 일자리경제과")
_OFFICE_LINE = re.compile(
    r"^(?:[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|도)\s*)?[가-힣]{1,6}(?:구청|시청|군청|구|시|군)"
    r"(?:\s*[가-힣]{1,12}(?:과|국|실|팀|센터))?$"
)
#: a bare "담당" label with a separator ("담당: 일자리경제과 김하늘")
_BARE_LABEL = re.compile(r"^담\s*당\s*[:：|]")
#: a dateline of the header ("2024. 10. 2.(수) 배포", "즉시 보도 가능", "배포 즉시 보도")
_RELEASE_WHEN = re.compile(
    r"^(?:(?:19|20)\d{2}\s*[.\-년]\s*\d{1,2}\s*[.\-월]\s*\d{1,2}\s*[.일]?\s*(?:\([월화수목금토일]\))?\s*"
    r"(?:\d{1,2}\s*[:시]\s*\d{0,2}\s*분?\s*)?(?:배포|보도|이후|부터|조간|석간|즉시)?[^가-힣]{0,20}|"
    r"(?:배포\s*)?즉시\s*(?:보도|배포)\s*(?:가능|바랍니다)?|(?:조간|석간)\s*(?:용|보도)?)$"
)
#: how many lines from the top the header block may span
_HEADER_ZONE = 14


def _is_header_line(line: str) -> bool:
    return bool(
        _HEADER_LINE.match(line)
        or _PAGES_LINE.match(line)
        or _TITLE_STAMP.match(line)
        or _RELEASE_WHEN.match(line)
        or _OFFICE_LINE.match(line)
        or _BARE_LABEL.match(line)
    )


def cut_release_header(text: str) -> str:
    """Drop a press release's header block and its contact lines, keep the title and the body.

    The header is the run of lines at the top that are labels with values (보도자료, 배포일시,
    보도일시, 담당부서, 담당자, 연락처, 전화), page counts ("총 3쪽", "사진 2매") or release
    datelines, also as table rows ("담당부서 | 일자리정책과 | 담당자 | 홍길동"); lines among them that
    are not header lines (the title) are kept. Contact lines anywhere ("문의: 일자리정책과
    02-860-1234") go too.

    :param text: extracted text, one line per paragraph or table row
    :returns: the text without those lines
    """
    kept: list[str] = []
    in_header = True
    for i, line in enumerate(text.split("\n")):
        stripped = line.strip()
        if not stripped:
            continue
        if in_header and i < _HEADER_ZONE and _is_header_line(stripped):
            continue
        if _CONTACT_LINE.match(stripped) or _PAGES_LINE.match(stripped):
            continue
        if len(stripped) >= 40 or _BODY_SENTENCE.search(stripped):
            in_header = False  # the body has begun: from here on only contact lines go
        kept.append(stripped)
    return "\n".join(kept)


#: a line that ends like a sentence of the body ("…밝혔다.")
_BODY_SENTENCE = re.compile(r"[다요]\.\s*$")


# -- PDF -----------------------------------------------------------------------------------------


def _pdf_text(data: bytes) -> tuple[str, int]:
    """Text of a PDF, one line per text line or table row, and its page count."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFSyntaxError
    from pdfminer.psexceptions import PSException

    pages: list[list[str]] = []
    try:
        for page in extract_pages(io.BytesIO(data), laparams=LAParams(line_margin=0.3)):
            pages.append(_pdf_page_lines(page))
    except (PDFPasswordIncorrect, PDFEncryptionError) as e:
        raise EncryptedAttachment(f"password-protected PDF ({type(e).__name__})") from None
    except (PDFSyntaxError, PSException) as e:
        raise CorruptAttachment(f"damaged or truncated PDF ({type(e).__name__}: {e})") from None
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, struct.error, zlib.error,
            AssertionError, RecursionError) as e:
        raise CorruptAttachment(f"damaged or truncated PDF ({type(e).__name__}: {e})") from None
    except Exception as e:  # pdfminer raises its own kinds (PDFException, …) for broken files
        if "encrypt" in type(e).__name__.lower() or "password" in str(e).lower():
            raise EncryptedAttachment(f"password-protected PDF ({type(e).__name__})") from None
        raise CorruptAttachment(f"damaged or truncated PDF ({type(e).__name__}: {e})") from None
    if not pages:
        raise CorruptAttachment("damaged or truncated PDF (no pages)")
    return "\n".join(line for page in pages for line in page), len(pages)


def _iter_text_lines(obj) -> Iterator[Any]:
    from pdfminer.layout import LTContainer, LTTextLineHorizontal

    for child in obj:
        if isinstance(child, LTTextLineHorizontal):
            yield child
        elif isinstance(child, LTContainer):
            yield from _iter_text_lines(child)


_SENTENCE_END = re.compile(r"(?:[.。!?…)」』”’\]]|다|음|함|임|됨|요)$")
_BULLET = re.compile(r"^(?:[○●◦•·∙▪□■◇◆▶▷►※☐☞\-–—*]|[①-⑳]|\(?\d{1,2}[.)]|[가-하][.)]|\[|<)")


def _pdf_page_lines(page) -> list[str]:
    """Lines of one laid-out page: same-baseline pieces joined (`` | `` across a wide gap)."""
    pieces = []
    for line in _iter_text_lines(page):
        text = " ".join(line.get_text().split())
        if text:
            pieces.append((line.x0, line.y0, line.x1, line.y1, text))
    if not pieces:
        return []
    pieces.sort(key=lambda p: (-(p[1] + p[3]) / 2, p[0]))
    rows: list[list[tuple[float, float, float, float, str]]] = []
    for piece in pieces:
        mid = (piece[1] + piece[3]) / 2
        if rows:
            top = rows[-1][0]
            height = max(top[3] - top[1], 1.0)
            if top[1] - 0.2 * height <= mid <= top[3] + 0.2 * height:
                rows[-1].append(piece)
                continue
        rows.append([piece])
    right_margin = max(p[2] for p in pieces)
    out: list[tuple[str, bool, float, float]] = []  # text, is_table_row, x1, height
    for row in rows:
        row.sort(key=lambda p: p[0])
        height = max(max(p[3] - p[1] for p in row), 1.0)
        text = row[0][4]
        table = False
        for prev, piece in zip(row, row[1:], strict=False):
            wide = piece[0] - prev[2] > 1.5 * height
            table = table or wide
            text += (" | " if wide else " ") + piece[4]
        out.append((text, table, row[-1][2], height))
    lines: list[str] = []
    wrapped = False
    for i, (text, table, x1, height) in enumerate(out):
        if wrapped and lines:
            lines[-1] += " " + text
        else:
            lines.append(text)
        following = out[i + 1] if i + 1 < len(out) else None
        wrapped = (
            not table
            and following is not None
            and not following[1]
            and x1 >= right_margin - 2.5 * height
            and not _SENTENCE_END.search(text)
            and not _BULLET.match(following[0])
        )
    return lines


# -- HWPX ----------------------------------------------------------------------------------------

_SECTION_NAME = re.compile(r"^Contents/section(\d+)\.xml$", re.IGNORECASE)
#: controls whose paragraphs are page chrome, not text
_HWPX_SKIP = {"header", "footer", "pageNum", "pageHiding", "fieldBegin", "fieldEnd"}


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _hwpx_text(data: bytes) -> str:
    """Text of an HWPX package: sections in order, paragraphs and table rows as lines."""
    from lxml import etree

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, EOFError) as e:
        raise CorruptAttachment(f"damaged or truncated HWPX (ZIP: {e})") from None
    with archive:
        names = archive.namelist()
        manifest = next((n for n in names if n.lower() == "meta-inf/manifest.xml"), None)
        if manifest is not None:
            manifest_xml = _zip_read(archive, manifest)
            if b"encryption-data" in manifest_xml or b"encryption_data" in manifest_xml:
                raise EncryptedAttachment("password-protected HWPX (encrypted package parts)")
        sections = sorted(
            ((int(m.group(1)), n) for n in names if (m := _SECTION_NAME.match(n))), key=lambda s: s[0]
        )
        if not sections:
            raise CorruptAttachment("damaged HWPX (no Contents/section*.xml)")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
        lines: list[str] = []
        for _, name in sections:
            raw = _zip_read(archive, name)
            try:
                root = etree.fromstring(raw, parser)
            except etree.XMLSyntaxError as e:
                raise CorruptAttachment(f"damaged or truncated HWPX ({name}: {e})") from None
            for para in root:
                if _local(para.tag) == "p":
                    _hwpx_paragraph(para, lines)
    return "\n".join(lines)


def _zip_read(archive: zipfile.ZipFile, name: str) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > MAX_UNCOMPRESSED:
        raise CorruptAttachment(f"HWPX part {name} too large ({info.file_size} bytes uncompressed)")
    try:
        return archive.read(name)
    except RuntimeError as e:  # zipfile's "encrypted, password required"
        raise EncryptedAttachment(f"password-protected HWPX ({e})") from None
    except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as e:
        raise CorruptAttachment(f"damaged or truncated HWPX ({name}: {e})") from None


def _hwpx_t(node) -> str:
    """Text of an ``hp:t`` run: tabs and line breaks kept, other inline marks dropped."""
    parts = [node.text or ""]
    for child in node:
        tag = _local(child.tag)
        if tag == "tab":
            parts.append("\t")
        elif tag == "lineBreak":
            parts.append("\n")
        parts.append(child.tail or "")
    return "".join(parts)


def _hwpx_paragraph(para, lines: list[str]) -> None:
    """Append one paragraph: its own text, then its tables (a row a line) and text boxes."""
    own: list[str] = []
    after: list[Any] = []

    def visit(node) -> None:
        for child in node:
            tag = _local(child.tag)
            if tag == "t":
                own.append(_hwpx_t(child))
            elif tag == "tbl":
                after.append(child)
            elif tag in _HWPX_SKIP:
                continue
            elif tag == "subList":
                after.append(child)
            else:
                visit(child)

    visit(para)
    text = "".join(own)
    if text.strip():
        lines.extend(text.split("\n"))
    for node in after:
        if _local(node.tag) == "tbl":
            _hwpx_table(node, lines)
        else:
            for sub in node:
                if _local(sub.tag) == "p":
                    _hwpx_paragraph(sub, lines)


def _hwpx_table(table, lines: list[str]) -> None:
    """One line per ``hp:tr``: each ``hp:tc``'s paragraphs joined, cells by `` | ``."""
    for row in table:
        if _local(row.tag) != "tr":
            continue
        cells = []
        for cell in row:
            if _local(cell.tag) != "tc":
                continue
            cell_lines: list[str] = []
            for sub in cell.iter():
                if _local(sub.tag) == "subList":
                    for p in sub:
                        if _local(p.tag) == "p":
                            _hwpx_paragraph(p, cell_lines)
                    break
            text = " ".join(" ".join(line.split()) for line in cell_lines).strip()
            if text:
                cells.append(text)
        if cells:
            lines.append(" | ".join(cells))


# -- HWP 5 ---------------------------------------------------------------------------------------

HWPTAG_BEGIN = 0x010
HWPTAG_PARA_HEADER = HWPTAG_BEGIN + 50  # 66
HWPTAG_PARA_TEXT = HWPTAG_BEGIN + 51  # 67
HWPTAG_CTRL_HEADER = HWPTAG_BEGIN + 55  # 71
HWPTAG_LIST_HEADER = HWPTAG_BEGIN + 56  # 72
HWPTAG_TABLE = HWPTAG_BEGIN + 61  # 77

#: FileHeader properties (HWP 5.0 §3.2.1): bit 0 compressed, bit 1 password, bit 2 distribution, bit 4 DRM
_HWP_COMPRESSED, _HWP_PASSWORD, _HWP_DISTRIBUTION, _HWP_DRM = 0x1, 0x2, 0x4, 0x10
#: control characters that take one code unit (char controls); every other code below 32 takes eight
_CHAR_CONTROLS = {0, 10, 13, 24, 25, 26, 27, 28, 29, 30, 31}
#: controls whose paragraph lists are page chrome
_HWP_SKIP_CTRLS = {"head", "foot", "pghd", "pgnp", "pgct"}


@dataclass
class _Record:
    tag: int
    level: int
    payload: bytes
    children: list[_Record]


def hwp_records(stream: bytes) -> Iterator[tuple[int, int, bytes]]:
    """``(tag id, level, payload)`` of each HWP 5.0 record in a decompressed stream.

    :param stream: the bytes of a ``DocInfo`` or ``BodyText/Section*`` stream, decompressed
    :raises CorruptAttachment: when a record runs past the end of the stream
    """
    pos, end = 0, len(stream)
    while pos < end:
        if pos + 4 > end:
            raise CorruptAttachment(f"damaged HWP (record header cut at byte {pos})")
        (header,) = struct.unpack_from("<I", stream, pos)
        pos += 4
        tag, level, size = header & 0x3FF, (header >> 10) & 0x3FF, header >> 20
        if size == 0xFFF:
            if pos + 4 > end:
                raise CorruptAttachment(f"damaged HWP (record size cut at byte {pos})")
            (size,) = struct.unpack_from("<I", stream, pos)
            pos += 4
        if pos + size > end:
            raise CorruptAttachment(f"damaged or truncated HWP (record {tag} of {size} bytes runs past the end)")
        yield tag, level, stream[pos : pos + size]
        pos += size


def _hwp_tree(stream: bytes) -> list[_Record]:
    """Records nested by level: a record's children are the following records one level deeper."""
    roots: list[_Record] = []
    stack: list[_Record] = []
    for tag, level, payload in hwp_records(stream):
        record = _Record(tag, level, payload, [])
        while stack and stack[-1].level >= level:
            stack.pop()
        (stack[-1].children if stack else roots).append(record)
        stack.append(record)
    return roots


def _inflate(data: bytes, name: str) -> bytes:
    """Raw-deflate ``data`` (HWP streams have no zlib header), capped at :data:`MAX_UNCOMPRESSED`."""
    try:
        inflater = zlib.decompressobj(-15)
        out = inflater.decompress(data, MAX_UNCOMPRESSED)
    except zlib.error as e:
        raise CorruptAttachment(f"damaged HWP ({name}: {e})") from None
    if inflater.unconsumed_tail:
        raise CorruptAttachment(f"HWP stream {name} inflates past {MAX_UNCOMPRESSED} bytes")
    if not inflater.eof:
        raise CorruptAttachment(f"damaged or truncated HWP ({name}: compressed data cut short)")
    return out


def _hwp_text(data: bytes) -> str:
    """Text of an HWP 5 file: body sections in order, paragraphs and table rows as lines."""
    import olefile

    try:
        ole = olefile.OleFileIO(data)
    except Exception as e:  # olefile raises OSError and others for damaged compound files
        raise CorruptAttachment(f"damaged or truncated OLE compound file ({type(e).__name__}: {e})") from None
    with ole:
        if not ole.exists("FileHeader"):
            raise UnknownFormat("OLE compound file that is not HWP 5 (no FileHeader stream; a Word or Excel file?)")
        try:
            header = ole.openstream("FileHeader").read()
        except Exception as e:
            raise CorruptAttachment(f"damaged HWP (FileHeader: {type(e).__name__}: {e})") from None
        if not header.startswith(b"HWP Document File") or len(header) < 40:
            raise UnknownFormat("OLE compound file with a FileHeader that is not HWP 5")
        (version, flags) = struct.unpack_from("<II", header, 32)
        if version >> 24 != 5:
            raise UnknownFormat(f"HWP version {version >> 24}.{(version >> 16) & 0xFF} (only HWP 5 is supported)")
        if flags & _HWP_PASSWORD:
            raise EncryptedAttachment("password-protected HWP (FileHeader encrypted flag set)")
        if flags & _HWP_DRM:
            raise EncryptedAttachment("DRM-protected HWP")
        if flags & _HWP_DISTRIBUTION:
            raise EncryptedAttachment("HWP distribution document (body encrypted in ViewText)")
        sections = sorted(
            (
                (int(entry[1][len("Section"):]), entry)
                for entry in ole.listdir(streams=True, storages=False)
                if len(entry) == 2 and entry[0] == "BodyText" and re.fullmatch(r"Section\d+", entry[1])
            ),
            key=lambda s: s[0],
        )
        if not sections:
            raise CorruptAttachment("damaged HWP (no BodyText/Section streams)")
        lines: list[str] = []
        for _, entry in sections:
            name = "/".join(entry)
            try:
                raw = ole.openstream(entry).read()
            except Exception as e:
                raise CorruptAttachment(f"damaged or truncated HWP ({name}: {type(e).__name__}: {e})") from None
            stream = _inflate(raw, name) if flags & _HWP_COMPRESSED else raw
            for record in _hwp_tree(stream):
                if record.tag == HWPTAG_PARA_HEADER:
                    _hwp_paragraph(record, lines)
    return "\n".join(lines)


def para_text(payload: bytes) -> str:
    """The visible text of an ``HWPTAG_PARA_TEXT`` payload (UTF-16LE; controls skipped, tab and
    line break kept)."""
    if len(payload) % 2:
        payload = payload[:-1]
    units = struct.unpack(f"<{len(payload) // 2}H", payload)
    out: list[str] = []
    i, n = 0, len(units)
    while i < n:
        code = units[i]
        if code >= 32:
            out.append(chr(code))
            i += 1
        elif code in _CHAR_CONTROLS:
            if code == 10:
                out.append("\n")
            elif code in (24, 30, 31):
                out.append("-" if code == 24 else " ")
            i += 1
        else:
            if code == 9:
                out.append("\t")
            i += 8
    return "".join(out).encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _ctrl_id(payload: bytes) -> str:
    """The four-character id of a ``CTRL_HEADER`` (stored as a little-endian ``MAKE_4CHID``)."""
    return payload[:4][::-1].decode("latin-1") if len(payload) >= 4 else ""


def _hwp_paragraph(para: _Record, lines: list[str]) -> None:
    """Append one paragraph: its text, then the tables and text boxes anchored in it."""
    text = "".join(para_text(child.payload) for child in para.children if child.tag == HWPTAG_PARA_TEXT)
    if text.strip():
        lines.extend(text.split("\n"))
    for child in para.children:
        if child.tag != HWPTAG_CTRL_HEADER:
            continue
        ctrl = _ctrl_id(child.payload)
        if ctrl in _HWP_SKIP_CTRLS:
            continue
        if ctrl == "tbl ":
            _hwp_table(child, lines)
        else:  # text boxes, footnotes: their paragraphs in order
            for sub in _paragraphs_below(child):
                _hwp_paragraph(sub, lines)


def _paragraphs_below(record: _Record) -> Iterator[_Record]:
    """The ``PARA_HEADER`` records under ``record`` (not those inside another paragraph)."""
    for child in record.children:
        if child.tag == HWPTAG_PARA_HEADER:
            yield child
        else:
            yield from _paragraphs_below(child)


def _hwp_table(ctrl: _Record, lines: list[str]) -> None:
    """One line per table row: cells (a ``LIST_HEADER`` and the paragraphs after it) joined by `` | ``.

    A list header before the ``TABLE`` record is the table's caption: its lines come first.
    """
    row_sizes: list[int] = []
    cols = 0
    caption: list[str] = []
    cells: list[list[str]] = []
    seen_table = False
    for sub in ctrl.children:
        if sub.tag == HWPTAG_TABLE:
            seen_table = True
            if len(sub.payload) >= 18:
                n_rows, cols = struct.unpack_from("<HH", sub.payload, 4)
                if len(sub.payload) >= 18 + 2 * n_rows:
                    row_sizes = list(struct.unpack_from(f"<{n_rows}H", sub.payload, 18))
        elif sub.tag == HWPTAG_LIST_HEADER and not seen_table:
            for para in _paragraphs_below(sub):
                _hwp_paragraph(para, caption)
            cells.append(caption)  # its following paragraphs, if any, land here too
        elif sub.tag == HWPTAG_LIST_HEADER:
            if cells and cells[-1] is caption:
                cells.pop()
            cells.append([])
            for para in _paragraphs_below(sub):  # paragraphs nested under the cell's list header
                _hwp_paragraph(para, cells[-1])
        elif sub.tag == HWPTAG_PARA_HEADER and cells:
            _hwp_paragraph(sub, cells[-1])
    if cells and cells[-1] is caption:
        cells.pop()
    lines.extend(line for line in caption if line.strip())
    texts = [" ".join(" ".join(line.split()) for line in cell).strip() for cell in cells]
    if sum(row_sizes) != len(texts) or not all(row_sizes):
        width = cols or 1
        row_sizes = [width] * ((len(texts) + width - 1) // width)
    pos = 0
    for size in row_sizes:
        row = [t for t in texts[pos : pos + size] if t]
        pos += size
        if row:
            lines.append(" | ".join(row))
