"""Article-zone detection on whole-page renderings (extract/zones.py; RULES.md "Rules added in 0.3.0").

Every page here was written for the test: chrome and sidebars are full of distractors (other
districts, awards and numbers) that must not become facts, while body shapes that look like chrome
(▲ lists, short 부제 lines, a photo credit between paragraphs) must still be read.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.pipeline import extract_article, parse_input
from extract.zones import chrome_lines, mask_chrome

BODY = (
    "양천구가 고용노동부 주관 ‘2023년 전국 지방자치단체 일자리대상’에서 최우수상을 받았다.\n\n"
    "구는 지난해 일자리 9,870개를 만들어 목표를 넘겼다고 밝혔다.\n"
)

MENU_HEAD = "전체메뉴\n\n  종로구\n  중구\n  용산구\n  성동구\n  광진구\n  강남구\n\n"
SECTION_ROW = "홈 | 정치 | 경제 | 사회 | 구정 | 시정 | 교육 | 문화\n"
BYLINE = "  • 기자명 김기자\n  • 입력 2023.12.05 10:00\n  • 댓글 0\n이 기사를 공유합니다\n"
SIDEBAR_TAIL = (
    "\n주요기사\n"
    "마포구, 일자리대상 대상 수상…청년 1,200명 취업\n"
    "강서구 ‘청년일자리 박람회’ 3천명 찾아\n"
    "\n많이 본 뉴스\n"
    "노원구 일자리 5천개 창출 목표\n"
    "성북구, 서울시 평가 우수구 선정\n"
)
COPYRIGHT = "\n저작권자 © 구정일보 무단전재 및 재배포 금지\n"
COMMENTS = "\n0개의 댓글\n댓글 정렬\nBEST댓글\n삭제한 댓글은 다시 복구할 수 없습니다.\n/ 400\n"
FOOTER = "\n회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책 | 이용약관\n"
RELATED_WITH_LEAD = (
    "\n이 기사와 함께 많이 본 뉴스\n"
    "금천구 ‘G밸리 취업센터’ 개소\n"
    "관악구는 올해 일자리 4,500개를 만들었다. 구는 청년 2,000명이 취업했다고 밝혔다...\n"
)

PAGES = {
    "menu-byline-sidebar-copyright-comments": MENU_HEAD + SECTION_ROW + "양천구, 일자리대상 최우수상\n"
    + BYLINE + BODY + COPYRIGHT + SIDEBAR_TAIL + COMMENTS + FOOTER,
    "sidebar-without-copyright": "양천구 일자리대상 최우수\n" + BYLINE + BODY + SIDEBAR_TAIL,
    "sidebar-in-head": "많이 본 뉴스\n마포구 청년 500명 취업\n강서구 일자리 3천개\n\n\n" + BODY + FOOTER,
    "related-box-with-lead-snippet": BODY + RELATED_WITH_LEAD + COPYRIGHT,
    "district-menu-rows": "종로구 | 중구 | 용산구 | 성동구 | 광진구 | 마포구\n" + BODY
    + "\n강남구  서초구  송파구  강동구  노원구\n",
    # a top box whose headlines read as sentences, before the article's own headline
    "head-box-with-sentence-headlines": "인기기사\n마포구가 올해 청년 일자리 1,200개를 만들었다고 밝혔다\n"
    "노원구는 ‘노원 일자리 카페’를 새로 열었다고 밝혔다\n\n\n양천구, 일자리대상 최우수상\n" + BODY,
    # a menu whose entries hold grade words is still a menu before the article
    "head-menu-with-grade-words": "  구정\n  우수사례\n  일자리 최우수 자치구\n  강서구\n  마포구\n\n" + BODY,
    "wire-ending": BODY + "kim@example.kr\n(끝)\n<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>\n"
    "2023/12/05 10:00 송고\n이 기사와 함께 많이 본 뉴스\n화성시, 청년 일자리 3천 개 만든다\n용인시 박람회에 5천명\n",
    "wire-end-mark-then-leads": BODY + "(끝)\n\n관악구는 올해 청년 일자리 4,500개를 만들었다고 밝혔다. 구는 청년 2,000명이 취업했다고 전했다.\n",
    "bracketed-photo-credit-and-arrow-boxes": BODY + "[사진=양천구 제공] ⓒ 구정일보\n"
    "구는 이번 평가에서 청년 일자리 사업으로 좋은 점수를 받았으며, 앞으로도 지역 기업과 협력하겠다고 밝혔다.\n"
    "▶ 관련기사\n강서구 우수상 수상…일자리 3천 개\n▶ 많이 본 뉴스\n노원구 500명 취업\n",
    "footer-and-share-only": BODY + "\n  facebook twitter 카카오톡\n" + FOOTER + "Copyright © 2023 구정일보. All Rights Reserved.",
}


@pytest.fixture(scope="module")
def outputs(nlp):
    return {k: extract_article(nlp, parse_input({"id": k, "text": v, "published": "2023-12-05"})).to_json()
            for k, v in PAGES.items()}


@pytest.mark.parametrize("page", list(PAGES), ids=list(PAGES))
def test_only_body_facts(outputs, page):
    out = outputs[page]
    assert out["districts"] == ["서울특별시 양천구"]
    assert [(a["district"], a["year"], a["grade"]) for a in out["awards"]] == [("서울특별시 양천구", 2023, "최우수")]
    assert [(j["district"], j["value"], j["kind"]) for j in out["job_counts"]] == [("서울특별시 양천구", 9870, "created")]
    assert out["programs"] == []


def test_mask_keeps_length_and_line_breaks():
    page = PAGES["menu-byline-sidebar-copyright-comments"]
    masked = mask_chrome(page)
    assert len(masked) == len(page) and masked.count("\n") == page.count("\n")
    assert BODY.strip() in masked


def test_evidence_spans_index_the_original_page(outputs):
    page = PAGES["menu-byline-sidebar-copyright-comments"]
    for fact in outputs["menu-byline-sidebar-copyright-comments"]["awards"]:
        start, end = fact["char_span"]
        assert page[start:end].strip()


KEEP = {
    # body shapes that look like chrome and must be read
    "subtitle-lines": "- 공시제 부문 최우수상 수상\n- 지난해 일자리 1만 개 창출\n\n" + BODY,
    "bullet-list": BODY + "세부 목표는 다음과 같다.\n▲ 청년 일자리 300개\n▲ 노인 일자리 200개\n▲ 여성 일자리 100개\n",
    "short-table-rows-inside-body": BODY + "최우수구\n마포구\n우수구\n성북구\n강북구\n구는 앞으로도 노력하겠다고 밝혔다.\n",
    "photo-credit-between-paragraphs": BODY + "ⓒ 양천구청 제공\n"
    + "구는 내년에도 청년 일자리 사업을 확대하고 지역 기업과 협력해 더 많은 일자리를 만들겠다고 밝혔으며 구청장은 현장을 직접 찾겠다고 했다.\n",
    "body-sentence-about-copyright": BODY + "구는 저작권 교육을 받은 청년 20명이 지역 출판사에 취업했다고 밝혔다.\n",
    "plain-body": BODY,
}


@pytest.mark.parametrize("text", list(KEEP.values()), ids=list(KEEP))
def test_body_lines_are_never_cut(text):
    lines = text.split("\n")
    dropped = [lines[i] for i in chrome_lines(text)]
    assert [d for d in dropped if "ⓒ" not in d] == []


def test_body_copyright_sentence_keeps_its_count(nlp):
    out = extract_article(nlp, parse_input({"id": "c", "text": KEEP["body-sentence-about-copyright"],
                                            "published": "2023-12-05"})).to_json()
    assert ("서울특별시 양천구", 20, "employed") in {(j["district"], j["value"], j["kind"]) for j in out["job_counts"]}


LEAD = "관악구는 올해 청년 일자리 4,500개를 만들었다. 구는 청년 2,000명이 지역 기업에 취업했다고 밝혔으며 내년에도 사업을 늘린다.\n"
MORE_BODY = ("구는 앞으로 지역 기업과 손잡고 청년과 중장년을 위한 일자리를 더 늘리고, 일자리 창출 성과를 구민에게 "
             "꾸준히 알리겠다고 밝혔다. 구청장은 현장을 직접 찾아 기업의 목소리를 듣겠다고 했다.\n")

TAIL_SIDEBARS = {
    # leads of other articles written as full sentences, no copyright line after them
    "tail-box-with-sentence-leads": BODY + "\n많이 본 뉴스\n관악구 청년 일자리 성과\n" + LEAD,
    "tail-box-sentence-leads-blank-separated": BODY + "\n관련기사\n관악구 청년 일자리 성과\n\n" + LEAD + "\n노원구 소식\n",
}


@pytest.mark.parametrize("text", list(TAIL_SIDEBARS.values()), ids=list(TAIL_SIDEBARS))
def test_tail_box_leads_are_not_read(nlp, text):
    out = extract_article(nlp, parse_input({"id": "t", "text": text, "published": "2023-12-05"})).to_json()
    assert out["districts"] == ["서울특별시 양천구"]
    assert {(j["value"], j["kind"]) for j in out["job_counts"]} == {(9870, "created")}


def test_embedded_related_box_inside_body_is_skipped_and_body_resumes(nlp):
    text = BODY + "\n관련기사\n관악구, 청년 일자리 4,500개\n노원구 일자리 박람회 3천 명 몰려\n\n" + MORE_BODY.replace(
        "구는 앞으로", "양천구는 내년 일자리 1만 개를 만든다는 목표를 세웠다. 구는 앞으로") + COPYRIGHT
    out = extract_article(nlp, parse_input({"id": "t", "text": text, "published": "2023-12-05"})).to_json()
    assert out["districts"] == ["서울특별시 양천구"]
    assert {(j["value"], j["kind"]) for j in out["job_counts"]} == {(9870, "created"), (10000, "target")}


SEED_LIKE = (
    "최종편집:2023-12-06 09:10 (수)\n\n본문영역\n\n"
    "  구정소식\n  시정소식\n  정치\n  행정\n  경제\n  사회\n  칼럼\n\n"
    "양천구, 일자리대상 최우수상  \n구정일보(http://example.kr)   \n기사관리자 | 2023.12.05 11:33 |\n\n\n"
    "- 공시제 부문 최우수상 수상\n\n- 작년 9,870개 일자리 창출\n\n \n\n"
    + BODY
    + "\n김기자 kim@example.kr\n\nCopyrights © 2023 example.kr All Rights Reserved\n"
    "twitter facebook me2day 요즘\n\n포토뉴스\n강남구, 청년 취업 500명 돌파\n\n이 기사와 함께 많이 본 뉴스\n"
    "송파구 ‘일자리 카페’ 문 열어\n중구, 서울시 평가 최우수구\n"
)


def test_seed_like_rendering(nlp):
    out = extract_article(nlp, parse_input({"id": "s", "text": SEED_LIKE})).to_json()
    assert out["districts"] == ["서울특별시 양천구"]
    assert out["published_inferred"] == "2023-12-05"
    assert _grades(out) == {("서울특별시 양천구", 2023, "최우수")}
    assert {(j["value"], j["kind"]) for j in out["job_counts"]} == {(9870, "created")}
    assert out["programs"] == []


def _grades(out: dict) -> set[tuple]:
    return {(a["district"], a["year"], a["grade"]) for a in out["awards"]}


# --- every gold text wrapped as a whole page gives the same facts ------------------------------

_GOLD = Path(__file__).parent / "gold"
_PAGE_HEAD = ("상단영역\n\n최종편집:2024-04-20 10:50 (토)\n\n  종로구\n  중구\n  용산구\n  성동구\n  광진구\n  강남구\n\n"
              "홈 | 정치 | 경제 | 사회 | 구정 | 시정 | 교육\n\n")
_PAGE_BYLINE = "\n  • 기자명 김기자\n  • 입력 2020.01.01 10:00\n  • 댓글 0\n이 기사를 공유합니다\n\n"
_PAGE_TAIL = ("\n\n저작권자 © 구정일보 무단전재 및 재배포 금지\n\n주요기사\n마포구, 일자리대상 대상 수상…청년 1,200명 취업\n"
              "강서구 ‘청년일자리 박람회’ 3천명 찾아\n\n많이 본 뉴스\n노원구 일자리 5천개 창출 목표\n성북구, 서울시 평가 우수구 선정\n"
              "\n0개의 댓글\n댓글 정렬\nBEST댓글\n삭제한 댓글은 다시 복구할 수 없습니다.\n\n"
              "회사소개 | 광고문의 | 개인정보처리방침 | 청소년보호정책 | 이용약관\n")


def _keys(out: dict) -> tuple:
    return (
        sorted(out["districts"]),
        sorted((a["district"], a["year"], a["grade"]) for a in out["awards"]),
        sorted((j["district"], j["value"], j["kind"]) for j in out["job_counts"]),
        sorted((p["district"], p["name"]) for p in out["programs"]),
    )


@pytest.mark.parametrize("gold_file", ["dev.jsonl", "dev_ho1.jsonl", "dev_ho2.jsonl"])
def test_gold_texts_wrapped_as_pages_keep_their_facts(nlp, gold_file):
    """Menus, the headline, a byline, copyright, sidebars full of distractors, comments and a footer
    around each dev text change none of its scoring keys."""
    changed = []
    for line in (_GOLD / gold_file).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        bare = extract_article(nlp, parse_input(g)).to_json()
        page = dict(g, text=_PAGE_HEAD + (g.get("title") or "") + _PAGE_BYLINE + g["text"] + _PAGE_TAIL)
        wrapped = extract_article(nlp, parse_input(page)).to_json()
        if _keys(bare) != _keys(wrapped):
            changed.append(g["id"])
    assert changed == []
