"""Builders of the attachment fixtures (issue 14): HWP 5, HWPX and PDF files made from scratch.

Nothing here is copied from a real file: the HWP 5 file is written from the published HWP 5.0 format
into an OLE compound file written by :func:`write_cfb` (a minimal CFB v3 writer: olefile only
reads), the HWPX file is a ZIP of OWPML XML, the PDF is drawn by reportlab with its built-in CID font
``HYSMyeongJo-Medium`` (no font file needed).

A *release* is a list of blocks: a string is a paragraph, a list of lists of strings is a table
(rows of cells). ``python -m tests.crawler.test_attachments_build DIR`` writes the three sample-site
attachments of ``attach_demo`` into DIR.
"""

from __future__ import annotations

import io
import struct
import sys
import zipfile
import zlib
from pathlib import Path

import olefile
import pytest

Block = str | list[list[str]]

# -- CFB (OLE compound file) writer ------------------------------------------------------------------

_FREESECT, _ENDOFCHAIN, _FATSECT, _NOSTREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
_SECTOR, _MINI, _CUTOFF = 512, 64, 4096


def write_cfb(streams: dict[str, bytes]) -> bytes:
    """A CFB v3 file (512-byte sectors, mini stream for streams under 4096 bytes) holding ``streams``.

    :param streams: ``{"FileHeader": b"…", "BodyText/Section0": b"…"}`` (``/`` separates storages)
    :returns: the file's bytes
    """
    # directory entries: [name, type (5 root, 1 storage, 2 stream), data, children]
    entries: list[dict] = [{"name": "Root Entry", "type": 5, "data": b"", "children": []}]
    storages: dict[tuple[str, ...], int] = {(): 0}
    for path, data in streams.items():
        parts = tuple(path.split("/"))
        for depth in range(1, len(parts)):
            key = parts[:depth]
            if key not in storages:
                entries.append({"name": key[-1], "type": 1, "data": b"", "children": []})
                storages[key] = len(entries) - 1
                entries[storages[key[:-1]]]["children"].append(storages[key])
        entries.append({"name": parts[-1], "type": 2, "data": data, "children": []})
        entries[storages[parts[:-1]]]["children"].append(len(entries) - 1)

    # sibling trees: a balanced binary search tree in CFB order (shorter names first, then upper case)
    for entry in entries:
        entry.update(left=_NOSTREAM, right=_NOSTREAM, child=_NOSTREAM)

    def tree(ids: list[int]) -> int:
        if not ids:
            return _NOSTREAM
        mid = len(ids) // 2
        entries[ids[mid]]["left"] = tree(ids[:mid])
        entries[ids[mid]]["right"] = tree(ids[mid + 1 :])
        return ids[mid]

    for entry in entries:
        if entry["children"]:
            ordered = sorted(entry["children"], key=lambda i: (len(entries[i]["name"]), entries[i]["name"].upper()))
            entry["child"] = tree(ordered)

    sectors: list[bytes] = []
    fat: list[int] = []

    def allocate(data: bytes) -> int:
        if not data:
            return _ENDOFCHAIN
        start = len(sectors)
        chunks = [data[i : i + _SECTOR].ljust(_SECTOR, b"\0") for i in range(0, len(data), _SECTOR)]
        for n, chunk in enumerate(chunks):
            sectors.append(chunk)
            fat.append(start + n + 1 if n + 1 < len(chunks) else _ENDOFCHAIN)
        return start

    mini_stream = bytearray()
    mini_fat: list[int] = []
    for entry in entries[1:]:
        data = entry["data"]
        if entry["type"] != 2:
            entry.update(start=0, size=0)
        elif len(data) >= _CUTOFF:
            entry.update(start=allocate(data), size=len(data))
        elif not data:
            entry.update(start=_ENDOFCHAIN, size=0)
        else:
            start = len(mini_fat)
            count = (len(data) + _MINI - 1) // _MINI
            mini_stream += data.ljust(count * _MINI, b"\0")
            mini_fat += [start + n + 1 if n + 1 < count else _ENDOFCHAIN for n in range(count)]
            entry.update(start=start, size=len(data))
    entries[0].update(start=allocate(bytes(mini_stream)), size=len(mini_stream))
    mini_fat_bytes = struct.pack(f"<{len(mini_fat)}I", *mini_fat)
    first_mini_fat = allocate(mini_fat_bytes)
    n_mini_fat = (len(mini_fat_bytes) + _SECTOR - 1) // _SECTOR

    directory = bytearray()
    for entry in entries:
        name = entry["name"].encode("utf-16-le")
        directory += struct.pack(
            "<64sHBBIII16sIQQIQ",
            name, len(name) + 2, entry["type"], 1, entry["left"], entry["right"], entry["child"],
            b"\0" * 16, 0, 0, 0, entry["start"], entry["size"],
        )
    while len(directory) % _SECTOR:
        directory += struct.pack("<64sHBBIII16sIQQIQ", b"", 0, 0, 0, _NOSTREAM, _NOSTREAM, _NOSTREAM,
                                 b"\0" * 16, 0, 0, 0, 0, 0)
    first_dir = allocate(bytes(directory))

    n_fat = 1
    while n_fat * (_SECTOR // 4) < len(sectors) + n_fat:
        n_fat += 1
    assert n_fat <= 109, "too large for a header-only DIFAT"
    fat_ids = list(range(len(sectors), len(sectors) + n_fat))
    fat += [_FATSECT] * n_fat
    fat += [_FREESECT] * (n_fat * (_SECTOR // 4) - len(fat))
    fat_bytes = struct.pack(f"<{len(fat)}I", *fat)
    for i in range(n_fat):
        sectors.append(fat_bytes[i * _SECTOR : (i + 1) * _SECTOR])

    difat = fat_ids + [_FREESECT] * (109 - n_fat)
    header = struct.pack(
        "<8s16sHHHHH6sIIIIIIIII109I",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", b"\0" * 16, 0x3E, 3, 0xFFFE, 9, 6, b"\0" * 6,
        0, n_fat, first_dir, 0, _CUTOFF, first_mini_fat if n_mini_fat else _ENDOFCHAIN, n_mini_fat,
        _ENDOFCHAIN, 0, *difat,
    )
    assert len(header) == _SECTOR
    return header + b"".join(sectors)


# -- HWP 5 -------------------------------------------------------------------------------------------

PARA_HEADER, PARA_TEXT, PARA_CHAR_SHAPE, PARA_LINE_SEG, CTRL_HEADER, LIST_HEADER, TABLE = 66, 67, 68, 69, 71, 72, 77


def hwp_record(tag: int, level: int, payload: bytes) -> bytes:
    """One HWP 5.0 record: the 32-bit header (size ``0xFFF`` + a 32-bit size for long payloads)."""
    size = len(payload)
    if size >= 0xFFF:
        return struct.pack("<II", (0xFFF << 20) | (level << 10) | tag, size) + payload
    return struct.pack("<I", (size << 20) | (level << 10) | tag) + payload


def _chid(ctrl: str) -> int:
    """``MAKE_4CHID``: ``'tbl '`` → the 32-bit control id."""
    a, b, c, d = (ord(ch) for ch in ctrl)
    return (a << 24) | (b << 16) | (c << 8) | d


def extended_control(code: int, ctrl: str) -> list[int]:
    """The eight code units of an extended (or inline) control character in ``PARA_TEXT``."""
    ident = _chid(ctrl)
    return [code, ident & 0xFFFF, ident >> 16, 0, 0, 0, 0, code]


def _units(text: str) -> list[int]:
    raw = text.encode("utf-16-le")
    return list(struct.unpack(f"<{len(raw) // 2}H", raw))


def _text_units(text: str) -> list[int]:
    """Text as code units: a tab becomes the inline tab control (8 units), a newline a line break."""
    out: list[int] = []
    for i, piece in enumerate(text.split("\t")):
        if i:
            out += [9, 0, 0, 0, 0, 0, 0, 9]
        out += [10 if u == 0x0A else u for u in _units(piece)]
    return out


def hwp_paragraph(level: int, units: list[int], controls: bytes = b"") -> bytes:
    """A paragraph: ``PARA_HEADER`` (level), its ``PARA_TEXT``, char shape, line segment, then ``controls``."""
    units = units + [13]
    header = struct.pack("<IIHBBHHHI", len(units), 0, 0, 0, 0, 1, 0, 1, 0)
    text = struct.pack(f"<{len(units)}H", *units)
    return (
        hwp_record(PARA_HEADER, level, header)
        + hwp_record(PARA_TEXT, level + 1, text)
        + hwp_record(PARA_CHAR_SHAPE, level + 1, struct.pack("<II", 0, 0))
        + hwp_record(PARA_LINE_SEG, level + 1, b"\0" * 36)
        + controls
    )


def hwp_table(level: int, rows: list[list[str]], caption: str | None = None) -> bytes:
    """A paragraph holding a ``tbl `` control: ``CTRL_HEADER``, the caption's ``LIST_HEADER`` and
    paragraph (if any), ``TABLE`` and one ``LIST_HEADER`` + paragraph per cell, rows of unequal length
    allowed (merged cells)."""
    cols = max(len(row) for row in rows)
    table = struct.pack("<IHHH4H", 0, len(rows), cols, 0, 140, 140, 140, 140)
    table += struct.pack(f"<{len(rows)}H", *(len(row) for row in rows)) + struct.pack("<HH", 1, 0)
    body = hwp_record(CTRL_HEADER, level + 1, struct.pack("<I", _chid("tbl ")) + b"\0" * 42)
    if caption is not None:
        body += hwp_record(LIST_HEADER, level + 2, struct.pack("<hI", 1, 0) + struct.pack("<IIIi", 3, 8000, 850, 0))
        body += hwp_paragraph(level + 2, _text_units(caption))
    body += hwp_record(TABLE, level + 2, table)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            span = cols - len(row) + 1 if c == len(row) - 1 else 1
            list_header = struct.pack("<hI", 1, 0) + struct.pack("<HHHHII4HH", c, r, span, 1, 8000, 1000,
                                                                  140, 140, 140, 140, 1)
            body += hwp_record(LIST_HEADER, level + 2, list_header)
            body += hwp_paragraph(level + 2, _text_units(cell))
    return hwp_paragraph(level, extended_control(11, "tbl "), body)


def hwp_section(blocks: list[Block], *, page_header: str | None = None) -> bytes:
    """A ``BodyText/Section`` stream (uncompressed): the first paragraph carries the section and
    column definitions, as Hancom writes them; an optional page header (머리말) is a ``head`` control."""
    lead = extended_control(2, "secd") + extended_control(2, "cold")
    controls = hwp_record(CTRL_HEADER, 1, struct.pack("<I", _chid("secd")) + b"\0" * 32)
    controls += hwp_record(CTRL_HEADER, 1, struct.pack("<I", _chid("cold")) + b"\0" * 12)
    if page_header:
        lead += extended_control(16, "head")
        head = hwp_record(CTRL_HEADER, 1, struct.pack("<II", _chid("head"), 0))
        head += hwp_record(LIST_HEADER, 2, struct.pack("<hI", 1, 0) + b"\0" * 8)
        head += hwp_paragraph(2, _text_units(page_header))
        controls += head
    out = hwp_paragraph(0, lead, controls)
    for block in blocks:
        out += hwp_table(0, block) if isinstance(block, list) else hwp_paragraph(0, _text_units(block))
    return out


def _deflate(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def build_hwp(blocks: list[Block], *, compressed: bool = True, encrypted: bool = False,
              page_header: str | None = "금천구청 보도자료", sections: int = 1) -> bytes:
    """An HWP 5 document holding ``blocks`` (split over ``sections`` body sections).

    :param compressed: FileHeader bit 0: the DocInfo and section streams are raw deflate
    :param encrypted: FileHeader bit 1 (password); the streams are then left as they are
    """
    flags = (1 if compressed else 0) | (2 if encrypted else 0)
    file_header = b"HWP Document File".ljust(32, b"\0") + struct.pack("<II", 0x05010100, flags)
    file_header = file_header.ljust(256, b"\0")
    doc_info = hwp_record(16, 0, struct.pack("<7HI", sections, 1, 1, 1, 1, 1, 1, 0))

    def pack(stream: bytes) -> bytes:
        return _deflate(stream) if compressed else stream

    streams = {"FileHeader": file_header, "DocInfo": pack(doc_info)}
    per = (len(blocks) + sections - 1) // sections
    for n in range(sections):
        part = blocks[n * per : (n + 1) * per]
        streams[f"BodyText/Section{n}"] = pack(hwp_section(part, page_header=page_header if n == 0 else None))
    streams["PrvText"] = "\r\n".join(b if isinstance(b, str) else "" for b in blocks[:3]).encode("utf-16-le")
    return write_cfb(streams)


# -- HWPX --------------------------------------------------------------------------------------------

_HP = "http://www.hancom.co.kr/hwpml/2011/paragraph"
_HS = "http://www.hancom.co.kr/hwpml/2011/section"


def _xml_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _hwpx_run(text: str) -> str:
    pieces = [_xml_text(p) for p in text.split("\t")]
    return f'<hp:run charPrIDRef="0"><hp:t>{"<hp:tab/>".join(pieces)}</hp:t></hp:run>'


def _hwpx_para(inner: str, pid: int) -> str:
    return (f'<hp:p id="{pid}" paraPrIDRef="0" styleIDRef="0" pageBreak="0" columnBreak="0" merged="0">{inner}'
            '<hp:linesegarray><hp:lineseg textpos="0" vertpos="0" vertsize="1000" textheight="1000" '
            'baseline="850" spacing="600" horzpos="0" horzsize="42520" flags="393216"/></hp:linesegarray></hp:p>')


def hwpx_section(blocks: list[Block], *, page_header: str | None = None) -> str:
    """``Contents/section0.xml``: the first paragraph carries ``secPr`` (and the 머리말 control)."""
    head = ""
    if page_header:
        head = ('<hp:ctrl><hp:header id="1" applyPageType="BOTH"><hp:subList id="" textDirection="HORIZONTAL">'
                f'{_hwpx_para(_hwpx_run(page_header), 90)}</hp:subList></hp:header></hp:ctrl>')
    paras = [_hwpx_para(f'<hp:run charPrIDRef="0"><hp:secPr id="" textDirection="HORIZONTAL"/>'
                        f'<hp:ctrl><hp:colPr id="" type="NEWSPAPER" colCount="1"/></hp:ctrl>{head}</hp:run>', 0)]
    for n, block in enumerate(blocks, 1):
        if isinstance(block, str):
            paras.append(_hwpx_para(_hwpx_run(block), n))
            continue
        cols = max(len(row) for row in block)
        rows = []
        for r, row in enumerate(block):
            cells = []
            for c, cell in enumerate(row):
                span = cols - len(row) + 1 if c == len(row) - 1 else 1
                cells.append(
                    '<hp:tc name="" header="0" hasMargin="0" protect="0" editable="0" dirty="0" borderFillIDRef="1">'
                    '<hp:subList id="" textDirection="HORIZONTAL" lineWrap="BREAK" vertAlign="CENTER">'
                    f"{_hwpx_para(_hwpx_run(cell), 1000 + r * 10 + c)}</hp:subList>"
                    f'<hp:cellAddr colAddr="{c}" rowAddr="{r}"/><hp:cellSpan colSpan="{span}" rowSpan="1"/>'
                    '<hp:cellSz width="8000" height="1000"/></hp:tc>'
                )
            rows.append(f"<hp:tr>{''.join(cells)}</hp:tr>")
        table = (f'<hp:tbl id="{n}" rowCnt="{len(block)}" colCnt="{cols}" cellSpacing="0" borderFillIDRef="1">'
                 f'<hp:sz width="42520" height="{1000 * len(block)}"/>{"".join(rows)}</hp:tbl>')
        paras.append(_hwpx_para(f'<hp:run charPrIDRef="0">{table}<hp:t/></hp:run>', n))
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>'
            f'<hs:sec xmlns:hp="{_HP}" xmlns:hs="{_HS}">{"".join(paras)}</hs:sec>')


def build_hwpx(blocks: list[Block], *, encrypted: bool = False, page_header: str | None = "금천구청 보도자료",
               mimetype: str = "application/hwp+zip") -> bytes:
    """An HWPX package: ``mimetype`` first and stored, the OPF manifest, one section."""
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>'
                '<odf:manifest xmlns:odf="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">')
    if encrypted:
        manifest += ('<odf:file-entry odf:full-path="Contents/section0.xml" odf:media-type="application/xml">'
                     '<odf:encryption-data odf:checksum-type="SHA1" odf:checksum="AAAA">'
                     '<odf:algorithm odf:algorithm-name="AES-256-CBC"/></odf:encryption-data></odf:file-entry>')
    manifest += "</odf:manifest>"
    content_hpf = ('<?xml version="1.0" encoding="UTF-8"?><opf:package xmlns:opf="http://www.idpf.org/2007/opf/">'
                   '<opf:manifest><opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
                   '</opf:manifest><opf:spine><opf:itemref idref="section0"/></opf:spine></opf:package>')
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype", (2024, 1, 1, 0, 0, 0)), mimetype, zipfile.ZIP_STORED)
        files = {
            "version.xml": '<?xml version="1.0" encoding="UTF-8"?><hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" major="5" minor="1"/>',
            "META-INF/container.xml": '<?xml version="1.0" encoding="UTF-8"?><ocf:container xmlns:ocf="urn:oasis:names:tc:opendocument:xmlns:container"><ocf:rootfiles><ocf:rootfile full-path="Contents/content.hpf" media-type="application/hwpml-package+xml"/></ocf:rootfiles></ocf:container>',
            "META-INF/manifest.xml": manifest,
            "Contents/content.hpf": content_hpf,
            "Contents/header.xml": '<?xml version="1.0" encoding="UTF-8"?><hh:head xmlns:hh="http://www.hancom.co.kr/hwpml/2011/head" version="1.4" secCnt="1"/>',
            "Contents/section0.xml": hwpx_section(blocks, page_header=page_header),
        }
        for name, text in files.items():
            archive.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), text.encode("utf-8"), zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


# -- PDF ---------------------------------------------------------------------------------------------


def build_pdf(blocks: list[Block], *, password: str | None = None) -> bytes:
    """A PDF drawn by reportlab with the CID font ``HYSMyeongJo-Medium`` (text wraps; tables are grids)."""
    from reportlab import rl_config
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    rl_config.invariant = 1  # no timestamps or random ids: the same blocks give the same bytes
    font = "HYSMyeongJo-Medium"
    pdfmetrics.registerFont(UnicodeCIDFont(font))
    style = ParagraphStyle("body", fontName=font, fontSize=11, leading=17)  # wraps between words
    story: list = []
    for block in blocks:
        if isinstance(block, str):
            story.append(Paragraph(_xml_text(block), style))
        else:
            table = Table(block, hAlign="LEFT")
            table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), font, 10),
                                       ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 12), ("RIGHTPADDING", (0, 0), (-1, -1), 12)]))
            story.append(table)
        story.append(Spacer(1, 6))
    buffer = io.BytesIO()
    encrypt = None
    if password is not None:
        from reportlab.lib.pdfencrypt import StandardEncryption

        encrypt = StandardEncryption(password, canPrint=1)
    SimpleDocTemplate(buffer, pagesize=A4, title="보도자료", encrypt=encrypt).build(story)
    return buffer.getvalue()


# -- the releases the tests and the sample site use -----------------------------------------------------

#: header block of every fixture release (cut by the extractor of attachments)
HEADER: list[Block] = [
    "보도자료",
    [["배포일시", "2024. 10. 2.(수) 09:00", "보도일시", "즉시 보도 가능"],
     ["담당부서", "일자리경제과", "담당자", "주무관 김하늘 (02-2627-0000)"]],
    "총 2쪽 (사진 1매)",
]

PDF_RELEASE: list[Block] = HEADER + [
    "금천구, 2024 전국 지방자치단체 일자리대상 우수상 수상",
    "금천구가 행정안전부 주관 ‘2024년 전국 지방자치단체 일자리대상’에서 우수상을 수상했다고 2일 밝혔다. "
    "구는 G밸리 기업과 연계한 맞춤형 채용 지원과 청년 창업 공간 확충으로 지역 고용률을 끌어올린 점을 "
    "높이 평가받았다.",
    "금천구는 올해 일자리 1만 2,480개를 창출해 연간 목표의 104%를 달성했다.",
    [["구분", "2023년", "2024년"], ["일자리 창출(개)", "11,930", "12,480"], ["고용률(%)", "61.2", "62.5"]],
    "구청장은 “앞으로도 주민이 체감하는 일자리 정책을 펼치겠다”고 말했다.",
    "문의: 일자리경제과 02-2627-0000",
]

HWP_RELEASE: list[Block] = HEADER + [
    "금천구, 청년 일자리 1,250개 창출…‘G밸리 청년 취업 사관학교’ 성과",
    "금천구는 올해 청년 일자리 1,250개를 창출했으며 청년 취업 지원 사업 ‘G밸리 청년 취업 사관학교’를 "
    "통해 수료생 320명 가운데 214명이 취업했다고 밝혔다.",
    [["사업명", "참여 인원", "취업 인원"], ["G밸리 청년 취업 사관학교", "320명", "214명"],
     ["청년 인턴십", "150명", "96명"]],
    "구는 내년에도\t청년 일자리 사업을 확대할 계획이다.",
]

HWPX_RELEASE: list[Block] = HEADER + [
    "금천구, 신중년 일자리 박람회 개최…40개 기업 참여",
    "금천구가 오는 15일 구청 광장에서 ‘2024 금천 신중년 일자리 박람회’를 연다고 밝혔다. "
    "박람회에는 40개 기업이 참여해 현장에서 150명을 채용할 예정이다.",
    [["구분", "내용"], ["일시", "2024. 10. 15.(화) 10:00~16:00"], ["참여 기업", "40개사"]],
    "자세한 사항은 구 누리집을 참고하면 된다.",
]

#: sample-site attachment files (under crawler/sample_site/attach_demo/) and the release each holds
SAMPLE_FILES = {
    "www/downloadBbsFile.do@atchmnflNo=70311": ("pdf", PDF_RELEASE),
    "cmm/fms/FileDown.do@atchFileId=FILE_000000000070312&fileSn=0": ("hwp", HWP_RELEASE),
    "www/download.do@fileId=70313&fileNm=release_70313.hwpx": ("hwpx", HWPX_RELEASE),
}

BUILDERS = {"pdf": build_pdf, "hwp": build_hwp, "hwpx": build_hwpx}


def write_sample_files(root: Path) -> list[Path]:
    """Write the three sample-site attachments under ``root`` (the ``attach_demo`` site folder)."""
    written = []
    for rel, (kind, blocks) in SAMPLE_FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(BUILDERS[kind](blocks))
        written.append(path)
    return written


# -- tests of the builders themselves ------------------------------------------------------------------


def test_cfb_writer_is_read_by_olefile():
    big = bytes(range(256)) * 40  # 10 KiB: regular sectors
    data = write_cfb({"FileHeader": b"x" * 256, "BodyText/Section0": big, "BodyText/Section1": b"",
                      "DocInfo": b"abc"})
    with olefile.OleFileIO(data) as ole:
        assert sorted(ole.listdir()) == [["BodyText", "Section0"], ["BodyText", "Section1"], ["DocInfo"],
                                          ["FileHeader"]]
        assert ole.openstream("BodyText/Section0").read() == big
        assert ole.openstream("FileHeader").read() == b"x" * 256
        assert ole.openstream("DocInfo").read() == b"abc"
        assert ole.openstream("BodyText/Section1").read() == b""


def test_long_record_uses_the_size_extension():
    record = hwp_record(PARA_TEXT, 1, b"\0" * 5000)
    header, size = struct.unpack_from("<II", record)
    assert header >> 20 == 0xFFF and size == 5000 and header & 0x3FF == PARA_TEXT and (header >> 10) & 0x3FF == 1


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_builders_are_deterministic(kind):
    blocks = {"pdf": PDF_RELEASE, "hwp": HWP_RELEASE, "hwpx": HWPX_RELEASE}[kind]
    assert BUILDERS[kind](blocks) == BUILDERS[kind](blocks)


if __name__ == "__main__":
    for path in write_sample_files(Path(sys.argv[1])):
        print(path)
