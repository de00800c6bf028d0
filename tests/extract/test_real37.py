"""Extractor 0.37.0 (extract/RULES.md "0.37.0"): the model ``award_record`` checks the rules' award records. Each
sentence is written for this file (none is copied from an article or a gold set); the cases the model turns down
stand next to look-alikes whose records it keeps."""

from __future__ import annotations

import pytest

from extract import awards
from extract.learn import using
from extract.pipeline import ArticleInput, article_context, extract_article

from .conftest import award_keys

AWARDS = [
    # prizes of a district's own teams in its internal contest: the model dropped the district's record until 0.44.1,
    # a rule since (gold: the prizes of staff and teams are not the district's; extract/RULES.md "0.44.1")
    ("teams-of-an-internal-contest",
     "성동구는 올해 구청 안 부서를 대상으로 한 정책 경진대회 결과를 발표했다. 최우수팀에는 일자리정책팀이, 우수팀에는 "
     "자치행정팀이 이름을 올렸다. 이번 경진대회 최우수구 선정을 이끈 주민자치팀도 함께 표창을 받았다.",
     "2024-11-20", set()),
    # centres in the city chosen by a ministry: the centres' prize, not the 광역's
    ("centres-of-the-city-chosen",
     "대전시는 여성새로일하기센터 운영 평가에서 대전 지역 센터 두 곳이 우수기관으로 뽑혔다고 28일 밝혔다. 수여식은 다음 "
     "달 2일 서울에서 '제9회 여성새로일하기센터 우수기관 및 유공자 포상식'으로 열린다.",
     "2024-11-28", set()),
    # look-alikes the model keeps: a district's prize in its 광역's evaluation, a national prize, a district chosen as a
    # job-creating body before a list of prizes of other topics
    ("district-in-its-provinces-evaluation",
     "기장군은 부산시가 실시한 2025년 구·군 일자리 평가에서 최우수상을 받았다고 15일 밝혔다. 군은 취업자 증가와 청년 "
     "일자리 사업 성과에서 좋은 점수를 얻었다.",
     "2025-12-15", {("부산광역시 기장군", 2025, "최우수")}),
    ("national-jobs-prize",
     "충주시가 고용노동부 주관 '2024년 전국 지방자치단체 일자리대상'에서 우수상을 받았다.",
     "2024-06-05", {("충청북도 충주시", 2024, "우수")}),
    ("jobs-body-before-other-topics",
     "예천군은 올해 지역일자리 창출 우수기관으로 선정됐다. 이 밖에도 군은 경상북도로부터 보건사업 평가 최우수상, 도정 "
     "역점시책 추진 우수상, 제안제도 운영 우수상을 받았다.",
     "2012-12-20", {("경상북도 예천군", 2012, "우수")}),
    # look-alikes the rules already leave out: a centre's grade, a centre head's words on it, what a grade means
    ("centres-grade",
     "고양시 여성새로일하기센터가 여성가족부의 전국 새일센터 운영 평가에서 좋은 성과를 냈다. 센터는 취업 연계 실적과 상담 "
     "서비스 전반에서 고르게 점수를 얻어 종합평가 A등급을 받았다.",
     "2025-03-10", set()),
    ("centre-heads-words",
     "익산시 여성새로일하기센터가 여성가족부 운영 평가에서 최고 등급을 받았다. 김수진 센터장은 \"이번 A등급은 지역 여성들이 "
     "일터에 설 수 있도록 함께 애쓴 결과\"라고 말했다.",
     "2025-02-12", set()),
    ("what-a-grade-means",
     "이천시 새일센터가 여성가족부 운영사업 평가에서 A등급을 받았다. 'A등급'은 전국 센터 가운데 상위 10%인 14곳에만 주어진다.",
     "2022-12-01", set()),
    ("bank-of-a-senior-club",
     "오산시 시니어클럽이 운영하는 은빛일자리은행이 보건복지부가 연 노인일자리 평가대회에서 좋은 평가를 받았다. "
     "은빛일자리은행은 지난해 우수기관(공동체사업단)에 이어 올해는 최우수기관에 올랐다.",
     "2023-11-16", set()),
]


@pytest.mark.parametrize("text,published,expected", [c[1:] for c in AWARDS], ids=[c[0] for c in AWARDS])
def test_awards(run, text, published, expected):
    assert award_keys(run(text, published=published)) == expected


def _keys(nlp, text: str, published: str, model: bool) -> set[tuple[str, int | None, str]]:
    with using({} if model else {awards.AWARD_MODEL: None}):
        out = extract_article(nlp, ArticleInput(id="t", text=text, published=published)).to_json()
    return award_keys(out)


def test_the_model_drops_what_the_rules_found(nlp):
    _name, text, published, expected = AWARDS[1]
    assert _keys(nlp, text, published, model=False) == {("대전광역시", 2024, "우수")}
    assert _keys(nlp, text, published, model=True) == expected
    # without the model the rules' records are the output, unchanged
    _name, text, published, expected = AWARDS[3]
    assert _keys(nlp, text, published, model=False) == expected


def test_features_name_no_district_and_no_year(nlp):
    _name, text, published, _expected = AWARDS[2]
    art, doc = article_context(nlp, ArticleInput(id="t", text=text, published=published))
    (fact,) = awards.rule_awards(art)
    feats = awards.award_features(art, awards._morph_index(art, doc), fact, [fact])
    assert {"g=최우수", "lvl=2", "ys=sentence", "ds=sentence", "aw=canonical", "job_sent", "nrec=1", "ndist=1"} <= set(feats)
    assert not any("기장" in f or "2025" in f for f in feats)
    # the same features from a text analysed again (no Doc)
    assert feats == awards.award_features(art, awards._morph_index(art, None), fact, [fact])


def test_examples_are_labelled_by_the_scored_key(nlp):
    _name, text, published, _expected = AWARDS[2]
    art, doc = article_context(nlp, ArticleInput(id="t", text=text, published=published))
    right = {"awards": [{"district": "부산광역시 기장군", "year": 2025, "grade": "최우수"}]}
    wrong_year = {"awards": [{"district": "부산광역시 기장군", "year": 2024, "grade": "최우수"}]}
    assert [label for _f, label in awards.award_examples(art, doc, right)] == ["keep"]
    assert [label for _f, label in awards.award_examples(art, doc, wrong_year)] == ["drop"]
    assert awards.award_examples(art, doc, {"awards": []}) == [(awards.award_examples(art, doc, right)[0][0], "drop")]
