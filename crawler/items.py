"""Stage 1 (crawl): the item every spider yields.

Must not import ``extract`` or ``kb`` (data flows crawler → extract → kb).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Article:
    """One article or press release as crawled; one line of ``govnews crawl -o articles.jsonl``."""

    id: str  #: stable "{source}/{yyyymmdd}/{article_no}"
    source: str  #: source (spider / registry) name, e.g. "sijung"
    title: str
    published_at: str | None  #: ISO 8601 with +09:00 (KST)
    author: str | None  #: None for 기사관리자/관리자
    body_text: str
    url: str  #: canonical URL (no jsessionid)
    fetched_at: str  #: ISO 8601 UTC
    content_sha256: str  #: sha256 of body_text
    family: str | None = None  #: site family, e.g. "ndsoft_a"
    body_path: str = "selectors"  #: "selectors", or "generic" when the family's selectors found no body
    raw_path: str | None = None  #: gzip of the raw HTML kept for re-extraction
    home_region: str | None = None  #: outlet's home 광역 or board's district, e.g. "서울특별시"
    district_code: str | None = None  #: for a district press board, its 10-digit code
    revision: int = 1  #: 1 for the first crawl of a URL; +1 each time its body hash changes (incremental)
    #: attachment URLs (HWP/HWPX/PDF) in page order, each once; their text is a later stage's job
    attachments: list[str] = field(default_factory=list)
    #: "stub" when the body only points to the attachments ("자세한 내용은 첨부를 확인…"), else "full"
    body_status: str = "full"
    #: the original outlet when a portal (Naver, Daum) republishes an article
    outlet: str | None = None
    #: where ``body_text`` comes from: "page", or "attachment:<file name>" when the page body was a stub
    #: (or much shorter than the attachment's text) and the attachment was read instead
    body_source: str = "page"
    #: one record per attachment fetched: url, file_name, format (pdf/hwp/hwpx/None), size, text_read,
    #: error, path (kept under the raw directory), pages, chars
    attachment_files: list[dict] = field(default_factory=list)
