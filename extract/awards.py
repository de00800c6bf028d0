"""Stage 2 (extract): award records, one per (district, year, award, grade).

Handles single statements, ranked lists ("최우수구에 A, 우수구에 B, C"), lists before the grade
("A가 최우수구로, B, C가 우수구로"), multi-year histories and "2016년과 2017년 … 특별상과 우수상"
(respectively). Must not import scrapy or kb.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc

from extract import context as C
from extract import vocab as V
from extract.facts import AwardFact
from extract.nlp import doc_text

_AWARD_VERB = re.compile(
    r"수상|선정|받았|받아|받은|받는|받게|차지|영예|뽑혀|뽑혔|꼽혀|꼽혔|거머쥐|이름을\s*올|시상|수여|등극"
    r"|쾌거|기쁨을\s*누|확정(?:됐|되었|돼)"  # 0.3.0 sibling phrasings
)
_CATEGORY = re.compile(r"([가-힣A-Za-z0-9]+)\s*부문(?!별)")
_AWARD_HEAD = re.compile(r"(?:평가|대상|대회|경진대회|공시제|시상식?|어워드|어워즈|정책|인증|상)$")
_COUNT_AFTER = re.compile(r"\s*\d+\s*(?:회|번|차례)")
_LIST_LEAD = re.compile(
    r"\s*(?:지자체|기관|자치단체|기초자치단체|자치구|도시|시·군|시·군·구|구·군)?\s*(?:에는|에|으로는|로는|으로|로|은|는)\s*[‘“'\"]?\s*"
)
_BULLET_BEFORE = re.compile(r"[△▲■□○●•◆◇-]\s*$")
_ADVERB_WORD = re.compile(r"(?:게|히|중|서|고|며|여)$")
_NAME_END = re.compile(r"[’”」』>]|'(?=\s|에)|\"(?=\s|에)|(?<=[가-힣])에서(?:는)?(?![가-힣])")
_PARTICLE_WORD = re.compile(r"[가-힣](?:은|는|가|을|를|에서|에|의|로|으로|와|과|도)$")
_FORWARD = re.compile(r"(?:에는|에|으로는|로는)\s*[‘“'\"]?\s*$")


@cache
def _forms() -> dict[str, V.GradeForm]:
    return {g.surface: g for g in V.grade_forms()}


@cache
def _grade_regex() -> re.Pattern[str]:
    forms = V.grade_forms()
    alts = V.trie_alternation([g.surface for g in forms])
    return re.compile(rf"(?<![가-힣])(?:{alts})")


_BARE_OK_AFTER = re.compile(
    r"(?:\s*$|[,.)’”'\"·]|(?:으로|로|에|을|를|의|과|와|도)\s*(?:선정|수상|받|차지|뽑|꼽|평가|등급|기관|자치구|수여|영예|거머쥐|안)"
    r"|\s*(?:자치구|기관|지자체|기초자치단체|자치단체|시·군|시군|구·군|도시|등급|상을|상\b|을\s*수상|를\s*수상|수상)"
    # "최우수 구로 뽑혔다", "우수 시에 선정": a spaced class noun
    r"|\s(?:구|시|군)(?:로|으로|에)\s*(?:선정|뽑|꼽|이름|올))"
)
_DAESANG_OK_AFTER = re.compile(
    r"(?:을|를|은|는|의)?\s*(?:수상|받|차지|수여|영예|거머쥐|안)|(?:에|으로|로)\s*(?:선정|뽑|꼽)|\s+수상"
    # "구로구가 대상을, 금천구와 …": one clause of a list of winners
    r"|(?:을|를)\s*,"
    # "각각 대상, 최우수상, 우수상을": a list of grades
    r"|\s*(?:,|과|와|및|·)\s*(?:최우수|우수|장려|특별|금상|은상)"
    # "대상인 대통령상을 받았다": the 상격, then the conferrer's name (gold README)
    r"|인\s*[가-힣]{0,8}상(?:을|를|의|이|은)?\s*(?:수상|받|차지|수여|영예|거머쥐|안)"
)
# A grade word inside an award name ("일자리 우수기관 평가", "일자리 대상") is no grade.
_PART_OF_NAME_AFTER = re.compile(
    r"\s*(?:(?:시·군·구|시·군|시군|구·군|자치구|기관|지자체|자치단체|사례)\s*)?(?:평가|시상|경진|공모|심사|선정\s*평가)"
)
_PART_OF_NAME_BEFORE = re.compile(r"일자리\s*$")
# "최우수구에 1억 원", "우수 시에 각 2억 원": a class of winners being paid, not a record.
_CLASS_AFTER = re.compile(
    r"\s*(?:시|구|군|기관|시·군|자치구)?\s*(?:에게|에는|에)\s*(?:각\s*)?"
    r"(?:[\d,.]+\s*(?:억|천|만)|시상금|상금|인센티브|특별조정교부금|교부금|사업비|포상금|재정)"
)
# A 광역 that runs the evaluation is its organiser, not a winner.
_ORGANISES_AFTER = re.compile(
    r"(?:가|이|는|은|의|에서)?\s*(?:[^\s.]+\s+){0,4}?(?:실시|주관|주최|평가|개최|시행|선정|발표)(?:한|하는|하여|해|했|결과)"
)


# "세종시는 고용노동부가 주관한 …": another agent between the name and the verb organises, not the 광역 (0.3.0)
_OTHER_AGENT = re.compile(r"\s[가-힣]{2,12}(?:부|청|처|위원회|공단|학회|협회|재단)(?:가|이|에서)\s")


def _organises(after: str) -> bool:
    m = _ORGANISES_AFTER.match(after)
    return m is not None and not _OTHER_AGENT.search(after[: m.end()])


_ORG_BODY = r"|[가-힣A-Za-z]{2,16}(?:학회|협회|연합회|협의회|재단|진흥원|연구원|공단|신문사|신문|일보|방송)(?=\s*(?:공동\s*)?(?:주최|주관))"


def _org_regex() -> re.Pattern[str]:
    from extract.gazetteer import default_gazetteer

    names = set(V.organizers())
    for u in default_gazetteer().units:
        if u.is_province:
            names.add(u.name)
            names.update(a for a in u.aliases if len(a) > 2)
    # named bodies outside the list ("한국지방자치단체학회 주최", "○○일보 주관"), 0.3.0
    alts = V.trie_alternation(sorted(names)) + _ORG_BODY
    return re.compile(
        rf"(?<![가-힣])((?:{alts})(?:\s*[·ㆍ,와과및]\s*(?:{alts}))*)"
        r"(?:\s*(?:공동\s*)?(?:가|이|는|은|와|과|의)?\s*"
        r"(?:[^\s.’”]+\s+){0,5}?(?:공동\s*)?"
        r"(?:주관|주최|실시|개최|시행|평가|진행|선정)(?:한|하는|해|했|하여|하고|으로|로|한다)?(?![가-힣])"
        # "고용노동부 ‘2022년 지역일자리 목표 공시제’에서", "행정안전부의 ‘…평가’": the body named
        # right before the quoted award runs it
        r"|(?:의)?\s*(?=[‘“'\"「『<]))"
    )


_ORG_RE: re.Pattern[str] | None = None


def _organizer(text: str, pub: dt.date | None = None) -> tuple[str, int, int] | None:
    global _ORG_RE
    if _ORG_RE is None:
        _ORG_RE = _org_regex()
    found = None
    for m in _ORG_RE.finditer(text):
        # "강원도는 고용노동부가 주관한": the organisation nearest the verb organises
        # ("고용노동부·행정안전부 공동 주관" is one joint organiser: only bodies after the list count)
        inner = [x for x in _ORG_RE.finditer(text, m.start(1) + 1, m.end()) if x.start(1) >= m.end(1)]
        last = inner[-1] if inner else m
        found = (_normalise_org(last.group(1), pub), last.start(), last.end())
    return found


def _normalise_org(names: str, pub: dt.date | None = None) -> str:
    from extract.gazetteer import default_gazetteer

    gaz = default_gazetteer()
    parts = [p for p in re.split(r"\s*[·ㆍ,와과및]\s*", names) if p]
    out = []
    for p in parts:
        provinces = gaz.provinces_named(p)
        if not provinces:
            out.append(p)
            continue
        # the 광역 as named at the publication date ("강원도" in 2022, "전라북도" before 2024-01-18)
        at = [r for u in provinces if (r := gaz.at(u, pub)) is not None] if pub else []
        out.append(at[0].name if at else provinces[-1].name)
    return "·".join(out)


def _grades_in(
    text: str, s0: int, e0: int, has_verb: bool, mention_starts: set[int]
) -> list[tuple[int, int, str]]:
    """(start, end, grade) of grade words in ``text[s0:e0]`` that read as awards."""
    forms = _forms()
    out = []
    for m in _grade_regex().finditer(text, s0, e0):
        form = forms[m.group()]
        after = text[m.end() : min(e0, m.end() + 12)]
        if _COUNT_AFTER.match(after):
            continue  # "최우수상 3회" is a tally, not a record
        lead = _LIST_LEAD.match(after)
        if _BULLET_BEFORE.search(text[max(s0, m.start() - 2) : m.start()]):
            lead = re.match(r"\s*", after)
        if lead and m.end() + lead.end() in mention_starts and (has_verb or not form.needs_context):
            out.append((m.start(), m.end(), form.grade))  # "대상은 화성시, 최우수상은 …"
            continue
        if _PART_OF_NAME_AFTER.match(after) or (
            form.grade == "대상" and _PART_OF_NAME_BEFORE.search(text[max(s0, m.start() - 8) : m.start()])
        ):
            continue
        if form.needs_context:
            ok = _DAESANG_OK_AFTER.match(after) if form.grade == "대상" else _BARE_OK_AFTER.match(after)
            if not ok or not has_verb:
                continue
            if form.grade != "대상" and after[:1] and "가" <= after[0] <= "힣" and not re.match(
                r"(?:으로|로|에|을|를|의|과|와|도)", after
            ):
                continue
        elif not form.surface.endswith("상") and not has_verb and not _FORWARD.match(after[:3] + "$"):
            continue
        out.append((m.start(), m.end(), form.grade))
    return out


def _chain_after(text: str, pos: int, ments: list[C.Mention], bullet: bool = False) -> list[C.Mention]:
    """Districts listed right after ``pos`` ("최우수구에 마포구, 성북구 및 강북구", "△최우수 포항시·경산시")."""
    chain: list[C.Mention] = []
    cur = pos
    for m in ments:
        if m.start < cur:
            continue
        gap = text[cur : m.start]
        if (not chain and (_LIST_LEAD.fullmatch(gap) or (bullet and not gap.strip()))) or (
            chain and re.fullmatch(r"[^가-힣]*(?:\([^)]*\))?\s*(?:,|및|와|과|·|그리고|、)?\s*", gap)
        ):
            chain.append(m)
            cur = m.end
        else:
            break
    return chain


def _award_name(window: str, pub: dt.date | None = None) -> tuple[str | None, str | None, str | None]:
    """(award, category, organizer) from the words between a year (or previous grade) and a grade."""
    organizer = None
    org = _organizer(window, pub)
    if org:
        organizer = org[0]
        window = window[org[2] :]
    # The award name ends at its closing quote or at "에서"; a 부문 may follow.
    split = _NAME_END.search(window)
    name_part, rest = (window[: split.start()], window[split.end() :]) if split else (window, "")
    category = None
    cats = list(_CATEGORY.finditer(rest)) if split else []
    if cats:
        words = re.sub(r"^[\s,’”'\"‘“]*(?:에서는|에서|의)?\s*", "", rest[: cats[-1].end(1)])
        words = re.sub(r"[’”'\"‘“()（）\[\]]", " ", words)
        kept: list[str] = []
        for w in reversed(words.split()[-4:]):
            if kept and (_PARTICLE_WORD.search(w) or _ADVERB_WORD.search(w)):
                break  # "공시제 부문과 우수사업 부문": the last 부문 only
            kept.insert(0, w)
        category = " ".join(kept) + " 부문"
    elif not split:
        cats = list(_CATEGORY.finditer(name_part))
        if cats:
            c = cats[-1]
            category = f"{c.group(1)} 부문"
            name_part = name_part[: c.start()]
    name = re.sub(r"[’”'\"‘“「」『』<>«»《》]", " ", name_part)
    name = re.sub(r"^[\s,(]+|[\s,(]+$", "", name)
    name = re.sub(r"(?:에서|에서는|의|에|을|를|과|와)$", "", name).strip()
    name = re.sub(r"^(?:을|를|과|와|및|시작으로|으로|에서|,)\s*", "", name).strip()
    if re.match(r"(?:같은|동일한|이\s|이번|해당|본\s)", name):
        return None, category, organizer  # "같은 평가": the award named before
    # Words up to the last one carrying a particle belong to the clause, not the name
    # ("강서구는 일자리 대상" → "일자리 대상").
    name_words = name.split()
    for i in range(len(name_words) - 1, -1, -1):
        if _PARTICLE_WORD.search(name_words[i]) and i < len(name_words) - 1:
            name = " ".join(name_words[i + 1 :])
            break
    name = re.sub(r"^(?:\d{4}년?|올해|지난해|작년)\s+", "", name)
    name = re.sub(r"\s*(?:시상식|시상|결과\s*발표|결과|본선|본심)$", "", name)  # the event, not the award
    if name and len(V.squash(name)) <= 3:
        name = ""  # "평가", "시상식" alone name no award
    if name:
        canon = V.canonical_award(name)
        if canon != " ".join(name.split()) or _AWARD_HEAD.search(name):
            return canon, category, organizer
    return None, category, organizer


def _with_province(award: str | None, organizer: str | None) -> str | None:
    """"구·군 일자리 창출 평가" run by 대구광역시 → "대구시 구·군 일자리 창출 평가" (gold README convention)."""
    if not award or not organizer or "·" in organizer:
        return award
    from extract.gazetteer import default_gazetteer

    provinces = default_gazetteer().provinces_named(organizer)
    if not provinces:
        return award
    unit = provinces[-1]
    names = {unit.name, *unit.aliases}
    if any(award.startswith(n) for n in names):
        return award
    short = [a for a in unit.aliases if len(a) == 3 and a.endswith(("시", "도"))]
    return f"{short[0] if short else unit.name} {award}"


def _article_award(text: str) -> str | None:
    """The canonical award most often named in the article (alias table), if any."""
    squashed_text = V.squash(text)
    counts: dict[str, int] = {}
    for alias, canon in V.award_aliases().items():
        n = squashed_text.count(alias) if alias else 0
        if n:
            counts[canon] = max(counts.get(canon, 0), n)
    if not counts:
        return None
    return max(counts, key=lambda c: (counts[c], len(c)))


def _nearest_alias(text: str) -> str | None:
    """The canonical name of the award alias that ends nearest the end of ``text``."""
    squashed = V.squash(text)
    best: tuple[int, int, str] | None = None
    for alias, canon in V.award_aliases().items():
        pos = squashed.rfind(alias) if alias else -1
        if pos >= 0:
            key = (pos + len(alias), len(alias), canon)
            if best is None or key[:2] > best[:2]:
                best = key
    return best[2] if best else None


_RESPECTIVELY = re.compile(r"각각|각기|차례로|순서대로|순으로")
_GRADE_JOIN = re.compile(r"\s*(?:을|를|으로|로|에)?\s*(?:과|와|,|및|·|ㆍ|그리고)\s*")


def _respectively(
    text: str, s0: int, e0: int, grades: list[tuple[int, int, str]], ments: list[C.Mention]
) -> dict[int, list[C.Mention]]:
    """"금천구와 관악구가 각각 최우수상과 우수상을": grade start → the one district it goes to.

    Pairs N districts listed before "각각" with N grades joined right after it, in order.
    """
    out: dict[int, list[C.Mention]] = {}
    if not grades or len(grades) < 2:
        return out
    for km in _RESPECTIVELY.finditer(text, s0, e0):
        first = next((i for i, g in enumerate(grades) if km.end() <= g[0] <= km.end() + 40), None)
        if first is None:
            continue
        group = [grades[first]]
        for g in grades[first + 1 :]:
            if not _GRADE_JOIN.fullmatch(text[group[-1][1] : g[0]]):
                break
            group.append(g)
        if len(group) < 2:
            continue
        prev_end = max((g[1] for g in grades if g[1] <= km.start()), default=s0)
        local = [m for m in ments if prev_end <= m.start and m.end <= km.start() and not m.unit.is_province]
        if len(local) == len(group):
            for m, g in zip(local, group, strict=True):
                out[g[0]] = [m]
    return out


def extract_awards(doc: Doc) -> list[AwardFact]:
    """Award records of an article.

    :param doc: a Doc processed by ``govnews_districts``
    :returns: one fact per (district, year, grade[, category]), merged across sentences
    """
    text = doc_text(doc)
    aid = C.article_id(doc)
    pub = C.published(doc)
    if not _grade_regex().search(text):
        return []
    focus = C.focus(doc)
    facts: list[AwardFact] = []
    last_ctx: tuple[str | None, str | None, tuple[int | None, ...], int] | None = None
    lead_end = int(doc.user_data.get(C.BODY_START) or 0)
    for si, (s0, e0) in enumerate(C.sents(doc)):
        if e0 <= lead_end:
            continue  # a headline / 부제 line: it repeats the body, often without the award's year (0.3.0)
        sentence = text[s0:e0]
        has_verb = bool(_AWARD_VERB.search(sentence))
        ments = focus.in_sentence(si)
        grades = _grades_in(text, s0, e0, has_verb, {m.start for m in ments})
        if not grades:
            continue
        years = C.find_years(text, pub, s0, e0)
        respective = _respectively(text, s0, e0, grades, ments)
        assigned: set[int] = set()
        prev_end = s0
        prev_award: tuple[str | None, str | None] = (None, None)
        # Respectively: "2016년과 2017년 … 특별상과 우수상".
        for gi, (gs, ge, grade) in enumerate(grades):
            # districts
            chain = _chain_after(text, ge, ments, bool(_BULLET_BEFORE.search(text[max(s0, gs - 2) : gs])))
            if gs in respective:
                dists = respective[gs]
            elif chain:
                dists = chain
            elif _CLASS_AFTER.match(text[ge : ge + 12]):
                prev_end = ge
                continue
            else:
                dists = [m for m in ments if prev_end <= m.start and m.end <= gs and id(m) not in assigned]
                if not dists:
                    later = [m for m in ments if m.start >= ge and id(m) not in assigned]
                    nxt_grade = grades[gi + 1][0] if gi + 1 < len(grades) else e0
                    later = [m for m in later if m.start < nxt_grade]
                    if later and not any(m.start < gs for m in ments):
                        dists = later[:1]
            local = [m for m in dists if not m.unit.is_province]
            dists = local or [m for m in dists if not _organises(text[m.end : m.end + 40])]
            for m in dists:
                assigned.add(id(m))
            targets: list[tuple[str, str | None]] = [(m.full_name, m.code) for m in dists]
            organisers = {m.full_name for m in ments if m.unit.is_province and _organises(text[m.end : m.end + 40])}
            if not targets:
                at = focus.district_at(gs, after_ok=False)
                if at is not None and at[0] in organisers:
                    at = focus.subject_before(si)
                if at is None:
                    prev_end = ge
                    continue
                targets = [at]
            # years
            before = [y for y in years if y.end <= gs]
            ylist: list[int | None]
            window_start = max(prev_end, s0)
            if before:
                y = before[-1]
                if y.relative == "every":
                    ylist = [pub.year] if pub else [None]
                elif len(y.years) > 1:
                    same = [g for g in grades if g[0] > y.end and (not [z for z in years if y.end <= z.start < g[0]])]
                    idx = [g[0] for g in same].index(gs) if gs in [g[0] for g in same] else 0
                    ylist = [y.years[idx]] if len(same) == len(y.years) else list(y.years)
                else:
                    ylist = [y.years[0]] if y.years else [None]
                    if y.relative == "this" and re.search(r"(?:지난해|작년)(?:에|와|과)?\s*이어", text[s0:gs]):
                        ylist.append(pub.year - 1 if pub else None)
                window_start = max(window_start, y.end)
            elif last_ctx is not None and si - last_ctx[3] <= 2 and not any(y.end <= gs for y in years):
                ylist = list(last_ctx[2])  # "…평가’에서 남구가 최우수구로 뽑혔다. 중구는 우수구에 …"
            else:
                ylist = [pub.year] if pub else [None]
            inherited = not before and last_ctx is not None and si - last_ctx[3] <= 2
            award, category, organizer = _award_name(text[window_start:gs], pub)
            named_award = award
            continuing = window_start == prev_end and gi > 0
            if award is None and category:
                named = V.canonical_award(category.removesuffix(" 부문"))
                if named != category.removesuffix(" 부문"):
                    award = named
            if award is None and continuing:
                award = prev_award[0]
            if award is None:
                award = _nearest_alias(text[s0:gs])
            if organizer is None:
                if continuing:
                    organizer = prev_award[1]
                elif gi == 0:
                    org = _organizer(text[s0:gs], pub)
                    organizer = org[0] if org else None
            if award and award == named_award:
                award = _with_province(award, organizer)
            if inherited and last_ctx is not None and award is None and organizer is None:
                award, organizer = last_ctx[0], last_ctx[1]
            prev_award = (award, organizer)
            last_ctx = (award, organizer, tuple(ylist), si)
            prev_end = ge
            for name, code in targets:
                for year in ylist:
                    facts.append(
                        AwardFact(aid, name, code, year, award, category, grade, organizer, sentence, (s0, e0))
                    )
    # the award the article names most, for records whose sentence names none (computed only then)
    default = _article_award(text) if any(f.award is None for f in facts) else None
    return merge_awards(facts, default)


def merge_awards(facts: list[AwardFact], default_award: str | None = None) -> list[AwardFact]:
    """One record per (district, year, grade), or per category when one grade has several 부문.

    A record without a category merges into one with a category; missing award names and
    organisers are filled from the merged records.
    """
    groups: dict[tuple[str, int | None, str], list[AwardFact]] = {}
    for f in facts:
        groups.setdefault((f.district, f.year, f.grade), []).append(f)
    out = []
    known = set(V.award_aliases().values())
    for group in groups.values():
        cats: list[str | None] = list(dict.fromkeys(f.category for f in group if f.category))
        keys = cats or [None]
        for cat in keys:
            mine = [f for f in group if f.category == cat] or group
            first = mine[0]
            # Prefer a canonical name from the alias table, then the longest one given.
            names = sorted({f.award for f in group if f.award}, key=lambda n: (n not in known, -len(n)))
            award = names[0] if names else None
            org = next((f.organizer for f in mine if f.organizer), None) or next(
                (f.organizer for f in group if f.organizer), None
            )
            out.append(replace(first, award=award or default_award, organizer=org, category=cat))
    return out
