"""The attachments of the older sample boards (moel, seoul_guro, seoul_yongsan), made from scratch.

Every attachment a sample page links to is served, so a sample crawl downloads and reads it as on a
real board: press releases in HWP 5, HWPX and PDF (built with the builders of
:mod:`tests.crawler.test_attachments_build`), a photo (JPEG) and a "download all" ZIP, each with the
``Content-Disposition`` file name a real board sends. The texts are written for the sample site: the
releases of pages with a full web body restate that body (the page stays the article's body); the
stub page and the short one get a release that is longer than its page (the release becomes the body).

``python -m tests.kb.test_pub_sample_files`` writes the files and their ``_site.json`` entries into
``crawler/sample_site``; the tests check that the files served are the ones built here.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path
from urllib.parse import quote

import pytest

from crawler.attachments import AttachmentError, extract_text
from crawler.sample_server import SAMPLE_ROOT, resolve
from tests.crawler.test_attachments_build import Block, build_hwp, build_hwpx, build_pdf


def _header(date: str, dept: str, contact: str, pages: str = "총 2쪽") -> list[Block]:
    return ["보도자료", [["배포일시", date, "보도일시", "즉시 보도 가능"], ["담당부서", dept, "담당자", contact]], pages]


GURO_PUBLIC_JOBS: list[Block] = _header("2024. 9. 13.(금) 10:00", "일자리정책과", "주무관 한지우 (02-860-0000)") + [
    "2024년 하반기 구로구 공공일자리 참여자 선발 결과",
    "구로구는 지난 8월 19일부터 30일까지 접수한 2024년 하반기 공공일자리 사업 신청자 1,126명 가운데 "
    "소득과 재산, 취업 취약계층 여부, 사업별 자격 요건을 심사해 16개 사업 참여자 284명을 선발했다.",
    [["사업명", "선발 인원", "근무 장소"], ["골목 환경 지킴이", "96명", "동 주민센터 15곳"],
     ["공공시설 안전 점검 도우미", "42명", "구청·공원"], ["디지털 배움터 보조 강사", "28명", "구민회관"],
     ["그 밖의 13개 사업", "118명", "사업별 안내"]],
    "선발된 참여자는 10월 1일부터 12월 20일까지 하루 4시간씩 근무하며, 근무 전 9월 26일 구청 강당에서 "
    "안전 교육을 받는다.",
    "선발 여부는 문자로도 알리며, 선발되지 않은 신청자에게는 예비 순번에 따라 결원이 생기는 대로 연락한다.",
]

GURO_FAIR: list[Block] = _header("2024. 9. 20.(금) 09:00", "일자리정책과", "주무관 오세린 (02-860-0000)") + [
    "구로구, 28일 'G밸리 일자리 박람회' 개최…45개 기업 200명 현장 채용",
    "구로구가 오는 28일 구로구청 광장에서 ‘2024 G밸리 일자리 박람회’를 연다.",
    "박람회에는 G밸리 입주기업 등 45개 기업이 참여해 IT·제조·사무 분야에서 200여 명을 현장 채용한다.",
    [["구분", "내용"], ["일시", "2024. 9. 28.(토) 10:00~16:00"], ["장소", "구로구청 광장"],
     ["부대 행사", "이력서 사진 촬영, 취업 타로 상담, AI 모의면접 등 12개"]],
    "구직자는 당일 이력서를 가지고 오면 되며, 문의는 구로구 일자리정책과로 하면 된다.",
]

GURO_FAIR_COMPANIES: list[Block] = [
    "2024 G밸리 일자리 박람회 참여기업 목록(주요 기업)",
    [["연번", "기업명", "채용 분야", "채용 인원"], ["1", "(주)누리데이터랩", "웹 개발", "6명"],
     ["2", "한빛정밀(주)", "생산·품질", "8명"], ["3", "(주)솔빛소프트", "QA 엔지니어", "4명"],
     ["4", "대성물류서비스", "물류 사무", "5명"], ["5", "(주)가온메디텍", "의료기기 조립", "7명"],
     ["6", "온누리회계법인", "회계 보조", "3명"]],
    "나머지 39개 기업과 채용 분야는 박람회 당일 현장에서 안내한다.",
]

GURO_CAFE: list[Block] = _header("2024. 9. 27.(금) 09:00", "일자리정책과", "주무관 문다온 (02-860-0000)") + [
    "구로구 청년 일자리 카페 '청년이룸' 3호점 문 연다",
    "구로구가 10월 1일 신도림동에 청년 일자리 카페 ‘청년이룸’ 3호점(120㎡)을 연다.",
    "3호점에는 전문 상담사 2명이 상주해 1대1 취업 상담과 이력서 첨삭을 돕고, 면접 정장 무료 대여와 "
    "스터디룸 4곳을 운영한다.",
    [["구분", "내용"], ["위치", "신도림역 인근"], ["운영 시간", "평일 10:00~21:00"],
     ["이용 대상", "구로구에 살거나 다니는 만 19~39세 청년"]],
]

GURO_AWARD: list[Block] = _header("2024. 10. 2.(수) 09:00", "일자리정책과", "주무관 윤채원 (02-860-0000)",
                                  "총 3쪽 (사진 1매)") + [
    "구로구, '2024년 전국 지방자치단체 일자리대상' 최우수상 수상",
    "구로구가 고용노동부 주관 ‘2024년 전국 지방자치단체 일자리대상’에서 일자리 목표 공시제 부문 "
    "최우수상을 받아 상사업비 1억 원을 확보했다.",
    "올해 평가에서는 전국 243개 자치단체를 7개 평가군으로 나눠 서면심사와 면접심사를 했다.",
    [["구분", "2022년", "2023년"], ["일자리 창출(개)", "12,904", "13,752"], ["청년이룸 취업 연계(명)", "318", "402"]],
    "청년 일자리 카페 ‘청년이룸’의 취업 상담과 G밸리 입주기업 구인구직 매칭, 신중년 경력형 일자리 사업이 "
    "좋은 평가를 받았다.",
]

MOEL_AUGUST: list[Block] = _header("2024. 9. 26.(목) 12:00", "고용지원정책과", "사무관 정도윤 (044-202-0000)") + [
    "8월 고용행정 통계로 본 노동시장 동향",
    "8월 고용보험 상시가입자는 1,540만 2천 명으로 지난해 같은 달보다 23만 8천 명(1.6%) 늘었다.",
    "서비스업 가입자가 26만 1천 명 늘어 증가를 이끌었고, 제조업은 3만 6천 명, 건설업은 1만 9천 명 줄었다.",
    [["구분", "2023년 8월", "2024년 8월", "증감"], ["고용보험 상시가입자(천 명)", "15,164", "15,402", "238"],
     ["구직급여 신규 신청자(천 명)", "90", "86", "-4"], ["구직급여 지급자(천 명)", "627", "648", "21"]],
    "구직급여 신규 신청자는 8만 6천 명으로 1년 전보다 4천 명 줄었고, 지급액은 1조 576억 원이었다.",
    "연령별로는 60세 이상과 30대에서 가입자가 늘었고, 29세 이하와 40대에서는 줄었다.",
]

MOEL_AWARD: list[Block] = _header("2024. 10. 1.(화) 14:00", "지역산업고용정책과", "사무관 백시우 (044-202-0000)") + [
    "2024년 전국 지방자치단체 일자리대상 시상…구로구 등 36곳 수상",
    "고용노동부는 1일 정부세종컨벤션센터에서 ‘2024년 전국 지방자치단체 일자리대상’ 시상식을 열고 "
    "우수 자치단체 36곳을 시상했다.",
    [["평가군", "부문", "최우수", "우수"], ["서울 자치구", "목표 공시제", "구로구", "광진구, 영등포구"]],
    "최우수 기관에는 1억 원, 우수 기관에는 7,000만 원의 상사업비를 준다.",
]

YONGSAN_FAIR: list[Block] = _header("2024. 10. 4.(금) 09:00", "일자리경제과", "주무관 서하람 (02-2199-0000)") + [
    "용산구, 15일 신중년 일자리 박람회 개최…30개 기업 참여",
    "용산구가 15일 오후 2시 용산아트홀 대극장에서 ‘2024 용산구 신중년 일자리 박람회’를 연다.",
    "경비·시설관리·돌봄·사무보조 분야 30개 기업이 만 50세 이상 구직자 150여 명을 현장 채용한다.",
    [["구분", "내용"], ["일시", "2024. 10. 15.(화) 14:00"], ["장소", "용산아트홀 대극장"],
     ["부대 행사", "취업 컨설팅, 이력서 사진 촬영, 재취업 교육 안내"]],
]


def build_jpeg() -> bytes:
    """A small photo (a JPEG of plain colour bands): an attachment that is not a document."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (160, 120), (236, 240, 244))
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 84, 160, 120), fill=(52, 86, 140))
    draw.rectangle((64, 30, 96, 84), fill=(212, 175, 55))
    buffer = io.BytesIO()
    image.save(buffer, format="JPEG", quality=80)
    return buffer.getvalue()


def build_zip(members: dict[str, bytes]) -> bytes:
    """A "download all" archive of a post's files (a ZIP that is not HWPX)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name, (2024, 10, 1, 14, 0, 0)), data, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()


_GURO_HEAD, _MOEL_HEAD, _YONGSAN_HEAD = "구로구청 보도자료", "고용노동부 보도자료", "용산구청 보도자료"
_MOEL_AWARD_FILES = {
    "241001 일자리대상 시상식(보도자료).hwpx": lambda: build_hwpx(MOEL_AWARD, page_header=_MOEL_HEAD),
    "241001 일자리대상 시상식(보도자료).pdf": lambda: build_pdf(MOEL_AWARD),
}

#: site → {file under the site folder: (file name sent, format, release or None, builder)}
FILES: dict[str, dict[str, tuple[str, str, list[Block] | None, object]]] = {
    "seoul_guro": {
        "www/downloadBbsFile.do@atchmnflNo=88120": (
            "2024 하반기 공공일자리 선발 결과.hwp", "hwp", GURO_PUBLIC_JOBS,
            lambda: build_hwp(GURO_PUBLIC_JOBS, page_header=_GURO_HEAD)),
        "www/downloadBbsFile.do@atchmnflNo=88121": (
            "2024 하반기 공공일자리 선발 결과.pdf", "pdf", GURO_PUBLIC_JOBS, lambda: build_pdf(GURO_PUBLIC_JOBS)),
        "www/downloadBbsFile.do@atchmnflNo=88150": (
            "240920 보도자료(G밸리 일자리 박람회).hwp", "hwp", GURO_FAIR,
            lambda: build_hwp(GURO_FAIR, page_header=_GURO_HEAD)),
        "www/downloadBbsFile.do@atchmnflNo=88151": (
            "박람회 참여기업 목록.pdf", "pdf", GURO_FAIR_COMPANIES, lambda: build_pdf(GURO_FAIR_COMPANIES)),
        "www/downloadBbsFile.do@atchmnflNo=88190": (
            "240927 보도자료(청년이룸 3호점).hwpx", "hwpx", GURO_CAFE,
            lambda: build_hwpx(GURO_CAFE, page_header=_GURO_HEAD)),
        "www/downloadBbsFile.do@atchmnflNo=88213": (
            "241002 보도자료(구로구 일자리대상 최우수상).hwp", "hwp", GURO_AWARD,
            lambda: build_hwp(GURO_AWARD, page_header=_GURO_HEAD)),
        "www/downloadBbsFile.do@atchmnflNo=88214": ("일자리대상 시상식.jpg", "jpeg", None, build_jpeg),
    },
    "moel": {
        "common/downloadFile.do@file_seq=20240926000211&bbs_seq=20240901188&bbs_id=29&file_ext=hwpx": (
            "8월 노동시장 동향.hwpx", "hwpx", MOEL_AUGUST, lambda: build_hwpx(MOEL_AUGUST, page_header=_MOEL_HEAD)),
        "common/downloadFile.do@file_seq=20241001000123&bbs_seq=20241001012&bbs_id=29&file_ext=hwpx": (
            "241001 일자리대상 시상식(보도자료).hwpx", "hwpx", MOEL_AWARD,
            _MOEL_AWARD_FILES["241001 일자리대상 시상식(보도자료).hwpx"]),
        "common/downloadFile.do@file_seq=20241001000124&bbs_seq=20241001012&bbs_id=29&file_ext=pdf": (
            "241001 일자리대상 시상식(보도자료).pdf", "pdf", MOEL_AWARD,
            _MOEL_AWARD_FILES["241001 일자리대상 시상식(보도자료).pdf"]),
        "common/downloadAllZip.do@bbs_seq=20241001012&bbs_id=29": (
            "241001 일자리대상 시상식.zip", "zip", None,
            lambda: build_zip({name: build() for name, build in _MOEL_AWARD_FILES.items()})),
    },
    "seoul_yongsan": {
        "cmm/fms/FileDown.do@atchFileId=FILE_000000000412033&fileSn=0": (
            "241004 신중년 일자리 박람회(보도자료).hwp", "hwp", YONGSAN_FAIR,
            lambda: build_hwp(YONGSAN_FAIR, page_header=_YONGSAN_HEAD)),
    },
}

_CONTENT_TYPES = {"pdf": "application/pdf", "jpeg": "image/jpeg", "zip": "application/zip"}


def site_entry(name: str, kind: str) -> dict:
    """The ``_site.json`` ``files`` entry of one download: its type and its file name (RFC 6266/5987)."""
    return {"content_type": _CONTENT_TYPES.get(kind, "application/octet-stream"), "charset_header": None,
            "headers": {"Content-Disposition": f"attachment; filename*=UTF-8''{quote(name)}"}}


def write_files(root: Path = SAMPLE_ROOT) -> list[Path]:
    """Write every file of :data:`FILES` under ``root`` and add its entry to the site's ``_site.json``."""
    written = []
    for site, files in FILES.items():
        config_path = root / site / "_site.json"
        config = json.loads(config_path.read_text(encoding="utf-8")) if config_path.exists() else {}
        entries = config.setdefault("files", {})
        for rel, (name, kind, _blocks, build) in files.items():
            path = root / site / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(build())  # type: ignore[operator]
            entries[rel] = site_entry(name, kind)
            written.append(path)
        config_path.write_text(json.dumps(config, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return written


_ALL = [(site, rel, *spec) for site, files in FILES.items() for rel, spec in files.items()]


@pytest.mark.parametrize(("site", "rel", "name", "kind", "blocks", "build"), _ALL, ids=[r[1][-40:] for r in _ALL])
def test_served_files_are_the_built_ones(site, rel, name, kind, blocks, build):
    found = resolve(SAMPLE_ROOT, f"/{site}/{rel.replace('@', '?', 1)}".split("?")[0], rel.split("@", 1)[1])
    assert found is not None, rel
    path, config = found
    data = path.read_bytes()
    assert config["headers"]["Content-Disposition"] == site_entry(name, kind)["headers"]["Content-Disposition"]
    if blocks is None:  # a photo or an archive: not a document, refused by its bytes
        assert data[:3] == (b"\xff\xd8\xff" if kind == "jpeg" else b"PK\x03")
        with pytest.raises(AttachmentError):
            extract_text(data)
        return
    read = extract_text(data)
    assert read.format == kind
    assert read.text == extract_text(build()).text  # type: ignore[operator]
    assert "보도일시" not in read.text and "02-860-0000" not in read.text  # the release header is cut


if __name__ == "__main__":
    for written in write_files(Path(sys.argv[1]) if len(sys.argv) > 1 else SAMPLE_ROOT):
        print(written)
