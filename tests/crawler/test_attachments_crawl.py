"""Issue 14 in the crawl: attachments downloaded through Scrapy, read, and used for stub bodies.

Unit tests drive :class:`crawler.attachment_pipeline.AttachmentPipeline` with a stand-in engine; the
crawl tests run the ``attach_demo`` sample board (a PDF linked twice, an HWP 5 file behind
``fn_egov_downFile``, an HWPX file behind ``download.do``) in a subprocess, also with broken files.
"""

from __future__ import annotations

import asyncio
import json
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy import FormRequest
from scrapy.http import Response
from scrapy.settings import Settings
from scrapy.statscollectors import MemoryStatsCollector

from crawler.attachment_pipeline import AttachmentPipeline, file_name
from crawler.items import Article
from crawler.sample_server import SAMPLE_ROOT, SampleServer
from crawler.text import sha256_text
from tests.crawler.test_attachments_build import (
    HWP_RELEASE,
    HWPX_RELEASE,
    PDF_RELEASE,
    SAMPLE_FILES,
    build_hwp,
    build_hwpx,
    build_pdf,
)

ROOT = Path(__file__).resolve().parents[2]
SITE = SAMPLE_ROOT / "attach_demo"
PDF_URL = "/attach_demo/www/downloadBbsFile.do?atchmnflNo=70311"
HWP_URL = "/attach_demo/cmm/fms/FileDown.do?atchFileId=FILE_000000000070312&fileSn=0"
HWPX_URL = "/attach_demo/www/download.do?fileId=70313&fileNm=release_70313.hwpx"


# -- the pipeline with a stand-in engine ----------------------------------------------------------------


class _Engine:
    def __init__(self, files: dict[str, tuple[int, bytes]]):
        self.files = files
        self.requests: list = []

    async def download_async(self, request):
        self.requests.append(request)
        if request.url not in self.files:
            raise ConnectionRefusedError("connection refused")
        status, body = self.files[request.url]
        return Response(request.url, status=status, body=body, request=request)


def _pipeline(files, tmp_path=None, spider=None, **settings):
    values = {"GOVNEWS_RAW_DIR": str(tmp_path) if tmp_path else None, **settings}
    crawler = SimpleNamespace(settings=Settings(values), engine=_Engine(files),
                              spider=spider or SimpleNamespace(name="demo"))
    crawler.stats = MemoryStatsCollector(crawler)
    return AttachmentPipeline(crawler), crawler


def _article(body: str, attachments: list[str], status: str = "stub") -> Article:
    return Article(id="demo/20241002/1", source="demo", title="금천구, 2024 전국 지방자치단체 일자리대상 우수상 수상",
                   published_at="2024-10-02T00:00:00+09:00", author=None, body_text=body,
                   url="https://www.example.go.kr/www/selectBbsNttView.do?nttNo=1", fetched_at="2024-10-02T00:00:00Z",
                   content_sha256=sha256_text(body), attachments=attachments, body_status=status)


def test_stub_body_becomes_the_attachment_text(tmp_path):
    pdf = build_pdf(PDF_RELEASE)
    url = "https://www.example.go.kr/www/downloadBbsFile.do?atchmnflNo=1"
    pipeline, crawler = _pipeline({url: (200, pdf)}, tmp_path)
    item = asyncio.run(pipeline.process_item(_article("자세한 내용은 첨부파일을 참고하시기 바랍니다.", [url])))
    assert item.body_text.startswith("금천구가 행정안전부 주관")  # the title line is not repeated
    assert "일자리 창출(개) | 11,930 | 12,480" in item.body_text
    assert item.content_sha256 == sha256_text(item.body_text)
    assert item.body_source == "attachment:downloadBbsFile.do?atchmnflNo=1"
    [record] = item.attachment_files
    assert record["format"] == "pdf" and record["size"] == len(pdf) and record["text_read"] is True
    assert record["pages"] == 1 and record["error"] is None
    assert Path(record["path"]).read_bytes() == pdf and record["path"].endswith(".pdf")
    assert Path(record["path"]).parent == tmp_path / "demo"  # next to the raw HTML of the source
    request = crawler.engine.requests[0]
    assert request.headers[b"Referer"] == b"https://www.example.go.kr/www/selectBbsNttView.do?nttNo=1"
    assert request.meta["download_maxsize"] == 20 * 1024 * 1024


def test_a_full_body_is_kept_unless_much_shorter():
    hwpx = build_hwpx(HWPX_RELEASE)
    url = "https://www.example.go.kr/download.do?fileId=9"
    body = "금천구가 15일 신중년 일자리 박람회를 연다. 40개 기업이 참여해 150명을 채용할 예정이며 현장 면접도 진행된다. " * 3
    pipeline, _ = _pipeline({url: (200, hwpx)})
    item = asyncio.run(pipeline.process_item(_article(body, [url], status="full")))
    assert (item.body_text, item.body_source) == (body, "page")
    assert item.attachment_files[0]["text_read"] is True
    short = "금천구가 신중년 일자리 박람회를 연다. 기업 40곳이 참여한다."  # under half the attachment's text
    item = asyncio.run(pipeline.process_item(_article(short, [url], status="full")))
    assert item.body_source == "attachment:download.do?fileId=9" and "참여 기업 | 40개사" in item.body_text


def test_failures_are_logged_with_the_url_and_the_web_body_stays(caplog):
    base = "https://www.example.go.kr/"
    files = {base + "a": (200, build_hwp(HWP_RELEASE, encrypted=True)), base + "b": (200, build_pdf(PDF_RELEASE)[:900]),
             base + "c": (404, b"not found"), base + "d": (200, b"<html><body>login</body></html>")}
    pipeline, crawler = _pipeline(files)
    stub = "자세한 내용은 첨부파일을 확인하시기 바랍니다. 첨부 참조"
    item = asyncio.run(pipeline.process_item(_article(stub, [base + x for x in "abcde"] + [base + "photo.jpg"])))
    assert (item.body_text, item.body_source) == (stub, "page")
    errors = [r["error"] for r in item.attachment_files]
    assert errors[0].startswith("EncryptedAttachment: password-protected HWP")
    assert errors[1].startswith("CorruptAttachment: damaged or truncated PDF")
    assert errors[2] == "not downloaded (HTTP 404)"
    assert errors[3].startswith("UnknownFormat: an HTML page")
    assert errors[4].startswith("not downloaded (ConnectionRefusedError")
    assert errors[5].startswith("an image")
    assert [r["text_read"] for r in item.attachment_files] == [False] * 6
    for x in "abcde":
        assert any(f"attachment {base}{x} of {item.url} skipped: " in m for m in caplog.messages), x
    assert crawler.stats.get_value("govnews/attachments/failed") == 5
    assert len(crawler.engine.requests) == 5  # the photo is not downloaded


def test_the_same_file_is_fetched_once_per_run():
    url = "https://www.example.go.kr/www/downloadBbsFile.do?atchmnflNo=7"
    pipeline, crawler = _pipeline({url: (200, build_hwp(HWP_RELEASE))})
    for _ in range(2):
        item = asyncio.run(pipeline.process_item(_article("첨부파일 참조", [url])))
        assert item.body_source.startswith("attachment:")
    assert len(crawler.engine.requests) == 1


def test_a_family_can_download_through_a_post_form():
    url = "https://www.example.go.kr/board/fileDown.do?fileSeq=3"

    def attachment_request(link, referer):
        return FormRequest("https://www.example.go.kr/board/fileDown.do", formdata={"fileSeq": "3"})

    spider = SimpleNamespace(name="demo", attachment_request=attachment_request)
    pipeline, crawler = _pipeline({"https://www.example.go.kr/board/fileDown.do": (200, build_hwpx(HWPX_RELEASE))},
                                  spider=spider)
    item = asyncio.run(pipeline.process_item(_article("첨부파일 참조", [url])))
    [request] = crawler.engine.requests
    assert request.method == "POST" and request.body == b"fileSeq=3"
    assert item.attachment_files[0]["text_read"] is True


def test_downloads_can_be_turned_off():
    url = "https://www.example.go.kr/www/downloadBbsFile.do?atchmnflNo=8"
    pipeline, crawler = _pipeline({url: (200, build_hwp(HWP_RELEASE))}, GOVNEWS_ATTACHMENTS=False)
    item = pipeline.process_item(_article("첨부파일 참조", [url]))  # the item itself: nothing to await
    assert (item.body_source, item.attachment_files, crawler.engine.requests) == ("page", [], [])


def test_at_most_max_files_documents_per_article():
    urls = [f"https://www.example.go.kr/f{i}.hwp" for i in range(4)]
    pipeline, crawler = _pipeline({u: (200, build_hwp(HWP_RELEASE)) for u in urls}, GOVNEWS_ATTACHMENT_MAX_FILES=2)
    item = asyncio.run(pipeline.process_item(_article("첨부파일 참조", urls)))
    assert [r["url"] for r in item.attachment_files] == urls[:2] and len(crawler.engine.requests) == 2


def test_file_names():
    assert file_name("https://x.go.kr/a/download.do?fileNm=%EB%B3%B4%EB%8F%84.hwp") == "보도.hwp"
    assert file_name("https://x.go.kr/files/release.pdf") == "release.pdf"
    assert file_name("https://x.go.kr/www/downloadBbsFile.do?atchmnflNo=5") == "downloadBbsFile.do?atchmnflNo=5"
    star = {"Content-Disposition": b"attachment; filename*=UTF-8''%EB%B3%B4%EB%8F%84%EC%9E%90%EB%A3%8C.hwpx"}
    assert file_name("https://x.go.kr/d.do?id=1", star) == "보도자료.hwpx"
    raw = {"Content-Disposition": 'attachment; filename="보도자료.pdf"'.encode("cp949")}
    assert file_name("https://x.go.kr/d.do?id=1", raw) == "보도자료.pdf"


# -- the sample board through a real crawl --------------------------------------------------------------


def _crawl(tmp_path: Path, root: Path, *settings: str) -> tuple[subprocess.CompletedProcess, list[dict], list]:
    out = tmp_path / "a.jsonl"
    with SampleServer(root=root) as server:
        done = subprocess.run(
            [sys.executable, "-m", "crawler.run", str(out), "--spider", "attach_demo", "--base-url", server.base_url,
             *[arg for s in settings for arg in ("--set", s)]],
            cwd=ROOT, capture_output=True, text=True, timeout=180,
        )
        log = list(server.request_log)
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()] if out.exists() else []
    return done, rows, log


def test_sample_files_are_the_generated_releases():
    for rel, (kind, blocks) in SAMPLE_FILES.items():
        data = (SITE / rel).read_bytes()
        from crawler.attachments import extract_text

        assert extract_text(data).format == kind
        assert extract_text(data).text == extract_text({"pdf": build_pdf, "hwp": build_hwp,
                                                        "hwpx": build_hwpx}[kind](blocks)).text


def test_sample_board_bodies_come_from_the_attachments(tmp_path):
    done, rows, log = _crawl(tmp_path, SAMPLE_ROOT, f"GOVNEWS_RAW_DIR={tmp_path / 'raw'}")
    assert done.returncode == 0, done.stderr[-3000:]
    by_no = {row["id"].rsplit("/", 1)[1]: row for row in rows}
    assert sorted(by_no) == ["70311", "70312", "70313"]
    assert by_no["70311"]["body_source"] == "attachment:downloadBbsFile.do?atchmnflNo=70311"
    assert by_no["70312"]["body_source"] == "attachment:FileDown.do?atchFileId=FILE_000000000070312&fileSn=0"
    assert by_no["70313"]["body_source"] == "attachment:release_70313.hwpx"
    assert "고용률(%) | 61.2 | 62.5" in by_no["70311"]["body_text"]
    assert "G밸리 청년 취업 사관학교 | 320명 | 214명" in by_no["70312"]["body_text"]
    assert "참여 기업 | 40개사" in by_no["70313"]["body_text"]
    for row in rows:
        assert row["body_status"] == "stub" and "보도자료" not in row["body_text"]
        [record] = row["attachment_files"]
        assert record["text_read"] and Path(record["path"]).parent == tmp_path / "raw" / "attach_demo"
    assert {r["attachment_files"][0]["format"] for r in rows} == {"pdf", "hwp", "hwpx"}
    downloads = [path for method, path in log if path in (PDF_URL, HWP_URL, HWPX_URL)]
    assert sorted(downloads) == sorted([PDF_URL, HWP_URL, HWPX_URL])  # the PDF linked twice is fetched once


@pytest.fixture
def broken_site(tmp_path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(SITE, root / "attach_demo")
    files = root / "attach_demo"
    (files / "www/downloadBbsFile.do@atchmnflNo=70311").write_bytes(build_pdf(PDF_RELEASE)[:1500])  # truncated
    (files / "cmm/fms/FileDown.do@atchFileId=FILE_000000000070312&fileSn=0").write_bytes(
        build_hwp(HWP_RELEASE, encrypted=True))  # password-protected
    (files / "www/download.do@fileId=70313&fileNm=release_70313.hwpx").write_bytes(b"PK\x03\x04" + b"\x00" * 40)
    return root


def test_broken_attachments_are_logged_and_skipped(tmp_path, broken_site):
    done, rows, _ = _crawl(tmp_path, broken_site)
    assert done.returncode == 0, done.stderr[-3000:]
    assert len(rows) == 3  # the run went on
    for row in rows:
        assert row["body_source"] == "page" and "첨부" in row["body_text"]  # the web body is kept
        assert row["attachment_files"][0]["text_read"] is False
    log = done.stderr
    for path, reason in ((PDF_URL, "CorruptAttachment: damaged or truncated PDF"),
                         (HWP_URL, "EncryptedAttachment: password-protected HWP"),
                         (HWPX_URL, "UnknownFormat:")):
        assert any(path in line and "skipped: " + reason in line for line in log.splitlines()), (path, log[-3000:])


def test_attachments_over_the_size_cap_are_not_downloaded(tmp_path):
    done, rows, _ = _crawl(tmp_path, SAMPLE_ROOT, "GOVNEWS_ATTACHMENT_MAXSIZE=3000")
    assert done.returncode == 0, done.stderr[-3000:]
    by_no = {row["id"].rsplit("/", 1)[1]: row for row in rows}
    assert by_no["70313"]["body_source"] == "attachment:release_70313.hwpx"  # 2,744 bytes: under the cap
    for no in ("70311", "70312"):  # 3,776 and 4,096 bytes
        record = by_no[no]["attachment_files"][0]
        assert by_no[no]["body_source"] == "page" and record["error"].startswith("not downloaded")
