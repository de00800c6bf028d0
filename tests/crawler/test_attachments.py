"""Issue 14: the text of HWP 5, HWPX and PDF attachments (``crawler.attachments``, ``govnews attachment``).

Every file is built by the tests (``test_attachments_build``): nothing is copied from elsewhere.
"""

from __future__ import annotations

import json
import struct
import zipfile
import zlib

import pytest
from click.testing import CliRunner

from crawler.attachments import (
    AttachmentError,
    CorruptAttachment,
    EncryptedAttachment,
    NoTextAttachment,
    UnknownFormat,
    cut_release_header,
    extract_text,
    hwp_records,
    para_text,
    sniff_format,
)
from govnews.cmd_attachment import attachment
from tests.crawler.test_attachments_build import (
    HWP_RELEASE,
    HWPX_RELEASE,
    PDF_RELEASE,
    build_hwp,
    build_hwpx,
    build_pdf,
    extended_control,
    hwp_paragraph,
    hwp_section,
    hwp_table,
    write_cfb,
)

HEADER_WORDS = ("보도자료", "배포일시", "보도일시", "담당부서", "담당자", "02-2627-0000", "총 2쪽", "사진 1매")

PDF_TEXT = (
    "금천구, 2024 전국 지방자치단체 일자리대상 우수상 수상\n"
    "금천구가 행정안전부 주관 ‘2024년 전국 지방자치단체 일자리대상’에서 우수상을 수상했다고 2일 밝혔다. "
    "구는 G밸리 기업과 연계한 맞춤형 채용 지원과 청년 창업 공간 확충으로 지역 고용률을 끌어올린 점을 "
    "높이 평가받았다.\n"
    "금천구는 올해 일자리 1만 2,480개를 창출해 연간 목표의 104%를 달성했다.\n"
    "구분 | 2023년 | 2024년\n"
    "일자리 창출(개) | 11,930 | 12,480\n"
    "고용률(%) | 61.2 | 62.5\n"
    "구청장은 “앞으로도 주민이 체감하는 일자리 정책을 펼치겠다”고 말했다."
)
HWP_TEXT = (
    "금천구, 청년 일자리 1,250개 창출…‘G밸리 청년 취업 사관학교’ 성과\n"
    "금천구는 올해 청년 일자리 1,250개를 창출했으며 청년 취업 지원 사업 ‘G밸리 청년 취업 사관학교’를 "
    "통해 수료생 320명 가운데 214명이 취업했다고 밝혔다.\n"
    "사업명 | 참여 인원 | 취업 인원\n"
    "G밸리 청년 취업 사관학교 | 320명 | 214명\n"
    "청년 인턴십 | 150명 | 96명\n"
    "구는 내년에도 청년 일자리 사업을 확대할 계획이다."
)
HWPX_TEXT = (
    "금천구, 신중년 일자리 박람회 개최…40개 기업 참여\n"
    "금천구가 오는 15일 구청 광장에서 ‘2024 금천 신중년 일자리 박람회’를 연다고 밝혔다. "
    "박람회에는 40개 기업이 참여해 현장에서 150명을 채용할 예정이다.\n"
    "구분 | 내용\n"
    "일시 | 2024. 10. 15.(화) 10:00~16:00\n"
    "참여 기업 | 40개사\n"
    "자세한 사항은 구 누리집을 참고하면 된다."
)


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return {"pdf": build_pdf(PDF_RELEASE), "hwp": build_hwp(HWP_RELEASE), "hwpx": build_hwpx(HWPX_RELEASE)}


# -- type from the bytes ---------------------------------------------------------------------------


def test_type_comes_from_magic_bytes(files):
    assert {kind: sniff_format(data) for kind, data in files.items()} == {"pdf": "pdf", "hwp": "hwp", "hwpx": "hwpx"}
    assert sniff_format(b"\x89PNG\r\n\x1a\n" + b"\0" * 100) is None
    assert sniff_format(b"<html><body>login</body></html>") is None


def test_a_zip_that_is_not_hwpx_is_unknown(tmp_path):
    path = tmp_path / "release.hwpx"  # the name lies; the bytes decide
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("보도자료.hwp", b"x")
    data = path.read_bytes()
    assert sniff_format(data) is None
    with pytest.raises(UnknownFormat, match="ZIP archive that is not HWPX"):
        extract_text(data)


def test_the_extension_is_ignored(tmp_path, files):
    path = tmp_path / "보도자료.hwp"
    path.write_bytes(files["pdf"])
    result = CliRunner().invoke(attachment, [str(path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["format"] == "pdf"


# -- the three formats -----------------------------------------------------------------------------


def test_pdf_text_with_table_rows_and_header_cut(files):
    result = extract_text(files["pdf"])
    assert (result.format, result.pages) == ("pdf", 1)
    assert result.text == PDF_TEXT  # wrapped lines joined, table rows one line each, contact line cut


def test_hwp5_text_with_table_rows_and_header_cut(files):
    result = extract_text(files["hwp"])
    assert (result.format, result.pages) == ("hwp", None)
    assert result.text == HWP_TEXT  # the 머리말 (page header) control and the secd/cold controls skipped


def test_hwpx_text_with_table_rows_and_header_cut(files):
    result = extract_text(files["hwpx"])
    assert (result.format, result.pages) == ("hwpx", None)
    assert result.text == HWPX_TEXT


@pytest.mark.parametrize("kind", ["pdf", "hwp", "hwpx"])
def test_the_release_header_is_there_before_the_cut(files, kind):
    full = extract_text(files[kind], cut_header=False).text
    cut = extract_text(files[kind]).text
    assert full.splitlines()[0] == "보도자료"
    assert "담당부서 | 일자리경제과 | 담당자 | 주무관 김하늘 (02-2627-0000)" in full
    for word in HEADER_WORDS:
        assert word not in cut, word


def test_hwp_uncompressed_and_several_sections():
    blocks = ["첫째 절의 문단이다.", [["가", "나"], ["1", "2"]], "둘째 절의 문단이다.", "셋째 문단이다."]
    data = build_hwp(blocks, compressed=False, sections=2, page_header=None)
    assert extract_text(data).text == "첫째 절의 문단이다.\n가 | 나\n1 | 2\n둘째 절의 문단이다.\n셋째 문단이다."


def test_hwp_long_paragraph_uses_the_extended_record_size():
    long = "구로구가 일자리 사업을 확대한다. " * 150  # > 4095 bytes of UTF-16: size 0xFFF + a 32-bit size
    data = build_hwp([long.strip()])
    assert extract_text(data).text == long.strip()


def test_hwp_tables_with_merged_cells_keep_rows():
    table = [["구분", "2023년", "2024년"], ["합계 (병합)", "25,000"], ["일자리 창출(개)", "11,930", "12,480"]]
    text = extract_text(build_hwp(["표가 있는 문단이다.", table])).text
    assert text.splitlines()[1:] == ["구분 | 2023년 | 2024년", "합계 (병합) | 25,000", "일자리 창출(개) | 11,930 | 12,480"]


def test_hwp_table_caption_comes_before_its_rows():
    section = hwp_paragraph(0, [ord(c) for c in "표 앞 문단이다."]) + hwp_table(0, [["가", "나"], ["1", "2"]], "<표 1> 실적")
    data = _hwp_with_section(zlib_raw(section))
    assert extract_text(data).text == "표 앞 문단이다.\n<표 1> 실적\n가 | 나\n1 | 2"


def zlib_raw(data: bytes) -> bytes:
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    return packer.compress(data) + packer.flush()


def test_para_text_skips_inline_and_extended_controls():
    units = extended_control(2, "secd") + [ord(c) for c in "가나"] + [9, 0, 0, 0, 0, 0, 0, 9]
    units += [ord("다"), 10, ord("라")] + extended_control(11, "tbl ") + [0xD840, 0xDC00, 13]  # 𠀀 as a pair
    payload = struct.pack(f"<{len(units)}H", *units)
    assert para_text(payload) == "가나\t다\n라\U00020000"


def test_record_headers_are_read_with_tag_level_and_size():
    stream = struct.pack("<I", (3 << 20) | (2 << 10) | 67) + b"abc"
    stream += struct.pack("<II", (0xFFF << 20) | (1 << 10) | 66, 5000) + b"\0" * 5000
    assert [(t, lvl, len(p)) for t, lvl, p in hwp_records(stream)] == [(67, 2, 3), (66, 1, 5000)]
    with pytest.raises(CorruptAttachment, match="runs past the end"):
        list(hwp_records(stream[:-1]))


# -- failures: one exception type and a one-line reason each ------------------------------------------


@pytest.mark.parametrize("kind", ["pdf", "hwp", "hwpx"])
@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_files_are_corrupt(files, kind, keep):
    with pytest.raises(CorruptAttachment) as info:
        extract_text(files[kind][: int(len(files[kind]) * keep)])
    assert "\n" not in str(info.value) and str(info.value)


def _hwp_with_section(section: bytes) -> bytes:
    header = (b"HWP Document File".ljust(32, b"\0") + struct.pack("<II", 0x05010100, 1)).ljust(256, b"\0")
    return write_cfb({"FileHeader": header, "DocInfo": b"", "BodyText/Section0": section})


def test_corrupt_and_cut_hwp_section_streams():
    packer = zlib.compressobj(9, zlib.DEFLATED, -15)
    section = packer.compress(hwp_section(["한 문단이다."] * 50)) + packer.flush()
    assert extract_text(_hwp_with_section(section)).text == "\n".join(["한 문단이다."] * 50)
    with pytest.raises(CorruptAttachment, match=r"BodyText/Section0: compressed data cut short"):
        extract_text(_hwp_with_section(section[: len(section) // 2]))
    with pytest.raises(CorruptAttachment, match=r"damaged HWP \(BodyText/Section0: Error -3"):
        extract_text(_hwp_with_section(b"\xff" * 64))


def test_encrypted_files(files):
    with pytest.raises(EncryptedAttachment, match="encrypted flag"):
        extract_text(build_hwp(HWP_RELEASE, encrypted=True))
    with pytest.raises(EncryptedAttachment, match="password-protected HWPX"):
        extract_text(build_hwpx(HWPX_RELEASE, encrypted=True))
    with pytest.raises(EncryptedAttachment, match="password-protected PDF"):
        extract_text(build_pdf(PDF_RELEASE, password="1234"))


def test_hwp_distribution_and_drm_documents_are_refused():
    data = bytearray(build_hwp(HWP_RELEASE))
    at = data.index(b"HWP Document File") + 36  # the FileHeader's properties
    for flag, reason in ((0x4, "distribution document"), (0x10, "DRM-protected")):
        data[at : at + 4] = struct.pack("<I", 1 | flag)
        with pytest.raises(EncryptedAttachment, match=reason):
            extract_text(bytes(data))


def test_unknown_files():
    with pytest.raises(UnknownFormat, match="an image"):
        extract_text(b"\xff\xd8\xff\xe0" + b"\0" * 64)
    with pytest.raises(UnknownFormat, match="HTML page"):
        extract_text("<!DOCTYPE html><html><script>alert('잘못된 접근입니다.')</script></html>".encode())
    with pytest.raises(UnknownFormat, match="HWP 3"):
        extract_text(b"HWP Document File V3.00 \x1a\x01\x02\x03\x04\x05" + b"\0" * 64)
    with pytest.raises(UnknownFormat, match="empty file"):
        extract_text(b"")
    with pytest.raises(UnknownFormat, match="not HWP 5"):
        extract_text(write_cfb({"WordDocument": b"\0" * 600}))


def test_an_empty_document_has_no_text():
    with pytest.raises(NoTextAttachment):
        extract_text(build_hwpx([], page_header=None))
    assert issubclass(NoTextAttachment, AttachmentError)


# -- the release header -----------------------------------------------------------------------------


def test_cut_release_header_forms():
    text = "\n".join([
        "서울특별시 금천구 보도자료",
        "보도일시: 2024. 10. 2.(수) 조간",
        "배포일시 2024. 10. 1.(화) 14:00",
        "2024. 10. 2.(수) 배포",
        "담당부서 : 일자리경제과",
        "담당자 과장 이수민 ☎ 2627-0000",
        "연락처 02-2627-0001",
        "전화 02-2627-0002",
        "총 3쪽 (사진 2매)",
        "금천구, 청년 인턴십 참여자 모집",
        "금천구는 청년 인턴십 참여자 100명을 모집한다고 밝혔다.",
        "담당자 교육은 11월에 열린다.",  # a body sentence that starts with a header label: kept
        "문의: 일자리경제과 02-2627-0000",
    ])
    assert cut_release_header(text) == (
        "금천구, 청년 인턴십 참여자 모집\n"
        "금천구는 청년 인턴십 참여자 100명을 모집한다고 밝혔다.\n"
        "담당자 교육은 11월에 열린다."
    )


def test_cut_release_header_office_lines_and_bare_labels():
    text = "\n".join([
        "보 도 자 료",
        "서울특별시 금천구",
        "금천구 일자리경제과",
        "담당: 일자리경제과 김하늘",
        "사진 없음",
        "보도시점 | 배포 즉시",
        "금천구, 일자리 박람회 연다",
        "금천구가 오는 15일 일자리 박람회를 연다고 밝혔다.",
        "금천구",  # inside the body: kept
    ])
    assert cut_release_header(text) == "금천구, 일자리 박람회 연다\n금천구가 오는 15일 일자리 박람회를 연다고 밝혔다.\n금천구"


# -- govnews attachment --------------------------------------------------------------------------------


@pytest.mark.parametrize("kind,text", [("pdf", PDF_TEXT), ("hwp", HWP_TEXT), ("hwpx", HWPX_TEXT)])
def test_cli_prints_json(tmp_path, files, kind, text):
    path = tmp_path / f"file.{kind}"
    path.write_bytes(files[kind])
    result = CliRunner().invoke(attachment, [str(path)])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    assert out["format"] == kind and out["text"] == text
    assert out.get("pages") == (1 if kind == "pdf" else None)


def test_cli_keep_header(tmp_path, files):
    path = tmp_path / "r.hwpx"
    path.write_bytes(files["hwpx"])
    result = CliRunner().invoke(attachment, [str(path), "--keep-header"])
    assert json.loads(result.output)["text"].startswith("보도자료\n배포일시 |")


@pytest.mark.parametrize(
    "make,reason",
    [
        (lambda f: f["hwp"][:2000], "damaged or truncated"),
        (lambda f: build_hwp(HWP_RELEASE, encrypted=True), "password-protected HWP"),
        (lambda f: build_pdf(PDF_RELEASE, password="pw"), "password-protected PDF"),
        (lambda f: b"just some text, not a document", "unknown file type"),
    ],
    ids=["truncated", "encrypted-hwp", "encrypted-pdf", "unknown"],
)
def test_cli_exits_1_with_a_one_line_reason(tmp_path, files, make, reason):
    path = tmp_path / "bad.hwp"
    path.write_bytes(make(files))
    result = CliRunner().invoke(attachment, [str(path)])
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {path}: ") and reason in lines[0], result.output
