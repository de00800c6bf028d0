"""Stage 2 (extract), layer 5 (rules): district mentions and the ``districts`` of an article.

Finds gazetteer names, resolves them at the publication date (renames followed), settles
same-name units (중구, 강서구, 고성군 …) from context, and keeps only districts that are actors
or subjects: not venues, addresses, companies or comparison sets ("서울시 자치구 중").
Reads only the :class:`extract.context.Article`; must not import
another rule module, the components or the pipeline, nor scrapy or kb.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import replace as dc_replace
from functools import cache

from extract import context as C
from extract import vocab as V
from extract.facts import DistrictFact
from extract.gazetteer import Gazetteer, Unit, day_within, era_periods
from extract.text import Frame, find_years

# What may follow a district name inside the same word: particles and 청/청장/민 ("구로구청").
_FOLLOW_OK = re.compile(
    r"(?:청장|청|정부|의회|민|장|수|가|이|는|은|의|에서|에게|에|와|과|도|를|을|로|으로|만|까지|부터|내|측|형|산하|소속"
    r"|뿐|였|이었"  # "남동구와 미추홀구뿐이며", "Ⅲ그룹 하남시였다"
    r"|다(?![가-힣]))"  # "Ⅲ그룹 연천군·포천시다."
)
# a 읍·면·동 of the 기초 named right before it, as the subject or topic ("강진군 칠량면이", "마포구 공덕동은")
_OFFICE = r"[ \t]+[가-힣]{1,4}(?:읍|면|동)(?:[ \t]*(?:행정복지센터|주민센터|사무소))?"
_OFFICE_SUBJECT = re.compile(_OFFICE + r"(?:이|가|은|는|에서는)(?![가-힣])")
_OFFICE_TOPIC = re.compile(_OFFICE + r"(?:은|는|에서는)(?![가-힣])")
# "춘천시정부는": a city naming its administration so (0.18.1)
_TOPIC = re.compile(r"(?:\([^)]{0,20}\))?(?:청장?|정부)?(?:은|는|에서는)(?![가-힣])")
_SUBJECT = re.compile(r"(?:\([^)]{0,20}\))?(?:청장?|정부)?(?:가|이|는|은|에서는|에서|도)(?![가-힣])")
# the name of a district's own job centre ("일자리센터", "취업지원센터", "일자리종합센터"), after the district's name
_CENTRE_TAIL = r"\s*(?:종합\s*)?(?:지원\s*)?센터"
_OWN_CENTRE_NAME = r"(?:일자리|취업|고용)" + _CENTRE_TAIL
# A 광역 counts when it acts: evaluates, pays, organises, receives, says (EXTRACTION.md).
_PROVINCE_ACTS = re.compile(
    # "강원도(도지사 ○○○)가", "제주특별자치도(도지사 권한대행 ○○○)는"
    r"(?:\((?:도지사|시장|지사|[가-힣]{0,4}(?:도지사|시장))(?:\s*권한\s*대행)?\s*[가-힣]{2,4}\))?"
    r"(?:가|이|는|은|도|와|과|에서는|의\s*(?:\d\s*차\s*)?(?:평가|주관|주최|지원|발표|선정)"
    r"|\s*(?:주관|주최)"
    r"|\s*(?:\d\s*차\s*)?(?:평가|심사)(?:를|에서|에|의)(?![가-힣])"  # "전북도 1차 평가를 통과한 뒤"
    # "같은 해 인천시 평가에서도 … 최우수기관": another evaluation of the 광역, with the grade it gave
    r"|\s*(?:평가|심사)에서도[^.\n]{0,30}?(?:최우수|우수|대상|장려|특별상)"
    # "경남도 최우수군과 고용노동부 전국 우수군으로 뽑혀": the grade the 광역's own evaluation gave
    r"|\s+(?:최우수|우수|장려)\s*(?:시|군|구|시군|기관|지자체)(?:으로|로|과|와|에|을|를|이|가)(?![가-힣])"
    # "전라남도 투자유치 분야 우수 시·군으로 뽑혀": the same with the field of its evaluation (0.41.0)
    r"|\s+[가-힣·ㆍ ]{2,20}?(?:분야|부문)\s+(?:최우수|우수|장려)\s*(?:시·군|시군|시|군|구|기관|지자체)(?:으로|로)(?![가-힣])"
    # "경남도의 2011년 지역 일자리공시제 시ㆍ군 협동평가에서", "전남도 일자리 창출 우수시군 평가 우수상을":
    # the 광역 before the unquoted name of an evaluation it runs
    r"|(?:의)?\s+(?:\d{4}\s*년도?\s*)?(?:상반기\s*|하반기\s*)?[가-힣·ㆍ ]{2,30}?(?:평가|심사|경진대회)"
    # (not "…평가에서도": another evaluation named in passing, "인천시 군·구 평가에서도 줄곧 1위")
    r"\s*(?:에서(?!도)|결과|(?:대상|최우수|우수|장려|특별)(?:상|기관)?(?:을|를|으로|로|에|의|$|\s)"
    # "부산시의 일자리창출사업 종합평가에서도 2년 연속 최우수 구로": 에서도 with the grade it gave
    r"|에서도[^.\n]{0,30}?(?:최우수|우수|대상|장려|특별상))"
    # "전라북도 지역맞춤형 일자리창출지원 공모사업(도비 …)에 선정돼": the 광역's call that selects (and pays)
    r"|(?:의)?\s+(?:\d{4}\s*년도?\s*)?[가-힣·ㆍ ]{0,30}?(?:공모사업|공모|지원사업)\s*(?:\([^()\n]{0,30}\))?"
    # "충청북도 광역 공모사업으로 참여한": a 기초 that joined the 광역's call
    r"(?:\s*(?:으로|로)\s*참여|\s*에\s*(?:최종\s*)?(?:선정|뽑|채택))"
    # "국비 2억원, 전북도비 2천만원": the 광역's own funds
    r"|비\s*(?:약\s*)?\d"
    # "울산시로부터 사업비 3억원을 지원받았다", "경북도로부터 우수사례로 꼽혀", "경남도로부터는 … 평가 '최우수 기관'":
    # the 광역 pays, evaluates or confers (0.41.0)
    r"|(?:으로|로)부터(?:는|도)?\s[^.\n]{0,50}?(?:\d\s*(?:억|만|천)?\s*원|표창|최우수|우수|선정|뽑|꼽|인증|지정|지원)"
    # "고령군은 경북도의 시·군 특화 맞춤형 일자리 공모사업에서 …": the 광역's call (0.41.0)
    r"|의\s+[가-힣·ㆍ ]{2,30}?(?:공모사업|공모)\s*(?:에서|에)(?![가-힣])"
    r"|의\s*[‘“'\"「『]"  # "서울시의 ‘50+보람 일자리’ 사업": the 광역's own scheme
    r"|에\s*따르면"  # "경상북도에 따르면": the 광역 reports
    # "경기도 일자리센터가 … 목표를 넘어섰다", "전라북도일자리센터가": the 광역's own job centre reports
    # ("광주시 일자리종합센터는 … 취업 2,087명의 실적을", 0.31.0)
    rf"|\s*{_OWN_CENTRE_NAME}(?:가|는|은|이)(?![가-힣])"
    # "‘경기도신중년일자리센터’가 문을 열었다": the same with an audience word, glued and quoted
    rf"|(?:신중년|중장년|청년|여성|노인|어르신)\s*{_OWN_CENTRE_NAME}[’'\"”]?(?:가|는|은|이)(?![가-힣])"
    r"|(?:장|지사)(?:은|는|이|가|도)(?![가-힣])"  # "윤○○ 광주시장은", "경남도지사는": its head speaks
    r"|청(?:은|는|이|가|에서는)(?![가-힣])"  # "서울시청은 … 700명을 뽑는다": its hall acts (0.28.0)
    # "세종시장, 대전지방고용노동청장 등과 함께 일자리 현장을 둘러봤다": its head visits a site with others
    # (attending a signing is no act: "부사장과 경북도지사, 구미시장 등 30여 명이 참석했다", "협약식에는 김○○
    # 도지사와 ○○군수가 함께했다"; nor a prize to the head in person)
    r"|(?:장|지사)\s*(?:,|와|과|등)[^.\n]{0,40}?함께\s*(?:[^\s.]+\s+){0,3}?(?:둘러|방문|찾|점검|살펴)"
    # "강원도에서 24개의 표창을 받는 등": the prizes the 광역 confers
    r"|에서\s*(?:\d+\s*개의?\s*)?(?:기관\s*)?(?:표창|상)(?:을|를)\s*받"
    # "경상남도 등 7개 광역자치단체는 우수로 뽑혀": the 광역 heads a counted group of 광역 receivers
    r"|\s*등\s*\d+\s*개\s*(?:광역자치단체|광역단체|광역지자체|시·도|시도)(?:는|은|가|이|도|와|과)(?![가-힣])"
    r"|\s*(?:[가-힣]+\s)?[가-힣]{0,8}(?:시장|도지사|지사|부시장|부지사|본부장|국장|실장|과장|팀장|관계자|대변인|위원장)"
    r"(?:은|는|이|가|도)(?![가-힣])"
    # "종합대상은 … 일자리를 창출한 경기도에 돌아갔다": the 광역 receives the prize
    r"|(?:에|에게)\s*(?:각각\s*)?돌아(?:갔|간|가)"
    # "광주시에서 추진하는 재정지원 일자리 사업": the 광역 runs the scheme
    r"|에서\s*(?:추진|운영|시행|주관|주최|실시|지원)(?:하는|한|하고|해\s)"
    # "행정안전부는 … 평가에서 대구광역시를 우수기관으로 뽑았다": the 광역 selected for a grade (0.39.0)
    r"|(?:을|를)\s+(?:최우수|우수|대상|장려|특별|모범)\s*(?:기관|지자체|자치단체|지방자치단체|광역자치단체|시·도|시도)?"
    r"\s*(?:으로|로)\s*(?:최종\s*)?(?:선정|뽑|지정|선발))"
)
# "경남 등 3개 광역도, 대구시 등 3개 광역시 …는 우수 자치단체로 뽑혔다", "광주시 등 23개 지자체를 우수기관으로":
# a 광역 (also its bare short name) heading a counted group of receivers, named as the group's only member
_GROUP_HEAD_AFTER = re.compile(
    # (also "대구광역시를 비롯한 전국 34개 자치단체를 우수기관으로 뽑아")
    r"(?:\s*등|(?:을|를|이|가)\s*비롯(?:한|해|하여)\s*(?:전국\s*|도내\s*|시도\s*)?)\s*\d+\s*(?:개\s*|곳\s*)"
    r"(?:광역도|광역시|광역자치단체|광역단체|광역지자체|시·도|시도|지자체|자치단체"
    r"|지방자치단체|기관|(?<=곳)(?=을|를|이|가|은|는))[^.\n]{0,100}?(?:최우수|우수|대상|장려|특별상|선정|뽑|수상|이름을\s*올|올랐)"
)
# "우수상은 대전광역시, 전라북도 완주군, …": a 광역 named first after a grade that heads a winners' list
_GRADE_LEAD_BEFORE = re.compile(
    r"(?:대상|최우수상|우수상|장려상|특별상|최우수|우수|장려)"
    # "최우수상(고용노동부장관상)은 경상북도를 비롯해", "정성평가 우수 지자체는 대구시, 광주시, …"
    r"(?:\s*\([^()\n]{1,20}\))?(?:\s*(?:지자체|자치단체|지방자치단체|기관|시·도|시도))?"
    r"(?:은|는|에는|에|으로는|로는)\s*$"
)
# "부산시, 울산시, 경남도와 부산고용노동청 … 함께 준비했다", "제주특별자치도, 고용센터 … 등이 후원한다":
# a 광역 listed among the bodies that host or sponsor
_COHOST_LIST = re.compile(
    r"\s*(?:,|·|와|과|및)\s*[^.\n]{0,70}?(?:이|가)\s*(?:[^\s.]+\s+){0,2}?"
    r"(?:후원|공동\s*(?:주최|주관|개최)|함께\s*(?:준비|마련|주최|주관|열)"
    # "고용노동부와 충북도, 충북중소벤처기업청, 진천군이 주최하고": one of the bodies that host (0.41.0)
    r"|(?:주최|주관)(?:하고|하며|하는|한|했다|해|합니다)"
    # "중앙부처와 전라남도, 민간기관 등이 벌인 여러 평가에서": one of the evaluators (0.41.0)
    r"|(?:벌인|실시한|시행한|진행한)\s*[^.\n]{0,20}?(?:평가|공모|시상))"
    # "경상북도, 구미고용노동지청과 함께 마련한 이번 박람회": partners the subject hosts with ("대구시, 경북도,
    # 중소벤처기업청 등과 함께 5일 … 박람회를 연다", 0.41.0)
    r"|\s*(?:,|·)\s*(?:[^.\n,]{0,30}?,\s*){0,3}[^.\n,]{0,30}?(?:와|과)\s*함께\s*"
    r"(?:[^.\n]{0,40}?(?:준비|마련|주최|주관|개최|열(?:어|고|었|린|며)|연다|여는)"
    r"|(?:준비|마련|주최|주관|열|개최))"
    # "영주시는 경북도, ㈜○○방산과 … 투자 양해각서를 맺었다": a party to an agreement the subject signs
    r"|\s*(?:,|·)\s*[^.\n,]{0,30}?(?:와|과)\s+[^.\n]{0,60}?(?:협약|양해각서|MOU)"
)
# "도부에서는 경북이 최우수", "충북과 경남, 전북이 각각 우수기관에": a 광역's short name as a winner
_SHORT_PROVINCE_WINNER = re.compile(
    r"(?:\s*(?:,|과|와|·)\s*[가-힣]{2})*(?:이|가|은|는)\s*(?:각각\s*)?(?:[^\s.,]+\s+){0,2}?"
    r"(?:최우수|우수|대상|장려|특별상)"
    # "… '가등급'을 받아 울산과 함께 최우수기관으로 뽑혀": a winner named with another
    r"|(?:과|와)\s*함께\s*(?:[^\s.,]+\s+){0,2}?(?:최우수|우수|대상|장려|특별상)"
)
_COMPARISON = re.compile(r"(?:와|과)\s*(?:(?:자치구|시·군|구·군|시군)들|\d+\s*개\s*(?:자치구|시·군|구·군|군·구|시군|시·군·구)(?:의|\s*(?:가운데|중)(?![가-힣])))|\s*(?:내|산하|관내|소속|전체|전역)?\s*(?:\d+\s*개\s*)?(?:자치구|시·군|시군|구청|기초|구·군|구군|지자체|자치단체|시·구|각\s*구)"
    # (not "경상북도 시·군평가에서": the 광역's evaluation of its 시·군, 0.41.0)
    r"(?!\s*(?:종합|합동)?\s*평가)")
_VENUE_AFTER = re.compile(
    r"[ \t]+(?:[가-힣A-Za-z0-9·]+[ \t]+){0,2}[가-힣A-Za-z0-9·]*"
    r"(?:회관|센터|컨벤션|호텔|홀|빌딩|타워|대학교|대학|공원|광장|체육관|문화원|역|청사|시장|단지|병원|학교|[0-9]+층"
    r"|회의소|전시관|기념관|박물관|도서관|복지관|아트홀|플라자|스퀘어|대강당|강당|회의실|회의장|전시장|연회장|공연장"
    # "고양시 킨텍스에서", "충북 음성군 고용정보원에서": exhibition halls and agencies' seats
    r"|킨텍스|벡스코|엑스코|코엑스|세텍|정보원|개발원|생활관|운동장|경기장"
    # "서울 영등포구 중소기업중앙회에서 열린 … 시상식": a national body's seat (0.43.0)
    r"|중앙회|진흥원|연구원|공단)"
    # "동대문디자인플라자(DDP)에서": the venue's abbreviation in brackets; "홍대입구역 2번 출구 근처에": near it
    r"(?:[ \t]*\([A-Za-z0-9가-힣 ]{1,12}\))?(?:[ \t]*\d+[ \t]*번[ \t]*출구)?"
    # "군포시 당정역 3번 출구 앞 야외광장에서": the square in front of it (0.28.0)
    r"(?:[ \t]*(?:앞|옆|뒤)[ \t]+[가-힣]{0,4}(?:광장|마당|공원|주차장))?"
    r"[ \t]*(?:에서|에\s*(?:위치|있는)|소재|(?:근처|인근|주변|옆)(?:에서|에)(?![가-힣]))"
    # "군위군청 민원실에서 … 출장소를 운영": a 군청's counter lent to another body
    r"|청[ \t]+민원실(?:에서|에[ \t])"
    # "동구 소망복지관이 우수기관으로": a welfare centre labelled with its district (a body, not the district)
    r"|[ \t]+[가-힣]{2,10}복지관(?:이|가|은|는|의|에)(?![가-힣])"
    # "진안군 귀농귀촌 게스트하우스 전경": a photo caption of a place
    r"|(?:[ \t]+[가-힣A-Za-z0-9·]+){0,3}[ \t]+전경(?![가-힣])"
    # "울산시는 동구 조선업희망센터에 … 창구를 운영한다": a centre somewhere in the district
    r"|[ \t]+[가-힣A-Za-z0-9·]{2,12}(?:희망센터|복지관|센터)에[ \t](?!따르면)"
    # "서울 성동구의 한 공유공간에서 열린 시상식": a place somewhere in the district
    r"|의[ \t]+한[ \t]+[^.\n]{1,20}?에서[ \t]"
    # "경기도 고양시에서 열린 … 시상식에서", "세종시에서 개최된 기념식": the city where an event took place
    r"|(?:에서|서)[ \t]+(?:지난[ \t]+\d{1,2}일[ \t]+)?(?:열린|열리는|열렸|열릴|개최된|개최되는|개최됐|개최될|펼쳐진|진행된)"
    # "10월 7일 고양시에서 첫 행사를 연 이번 박람회": the city a touring event started in
    r"|에서[ \t]+(?:첫|마지막)[ \t]+(?:행사|박람회|일정)(?:을|를)[ \t]+(?:연|열고|열었|시작)"
    # "마포구의 서울시 50플러스 중부캠퍼스에서 설명회를 연다": a campus somewhere in the district
    r"|의[ \t]+(?:[가-힣A-Za-z0-9·]+[ \t]+){0,2}[가-힣A-Za-z0-9·]*캠퍼스[ \t]*에서"
    # "강북구청 광장(강북·성북)": the square in front of the office as a venue
    r"|청[ \t]+광장(?:에서|\()"
    # "오산시민회관에서", "강서구민체육관": a hall named after the district's residents
    r"|[민](?:회관|체육관|운동장|공원|광장|문화센터|센터|홀|대강당)"
    # "성동구청 앞에서 … 닦고 있다": in front of the office building (a photo's place)
    r"|청(?:사)?[ \t]+앞(?:에서|마당)"
)
# "경기도와 울산시 공무원 두 명은 훈장을 받는다", "창원시 소속 직원 3명이": the employer of a number of
# people (the people act or receive, not the local government; "부천시 직원들이 … 상을 받은 뒤" stays)
_STAFF_AFTER = re.compile(
    r"(?:\s*(?:와|과|,|·|ㆍ|및)\s*[가-힣]{2,8}(?:시|도|군|구))*\s*(?:소속\s*)?(?:공무원|직원|공직자)(?:들)?"
    r"\s*(?:\d+\s*명|[한두세네]\s*명|다섯\s*명)\s*(?:은|는|이|가|도|을|를|에게|과|와|,)(?![가-힣])"
)
# "서울시 ‘2022년 자치구 일자리창출 평가’에서": a 광역 right before a quoted evaluation runs it.
_PROVINCE_QUOTED_EVAL = re.compile(
    r"(?:의)?\s*[‘“'\"「『<]\s*[^’”'\"」』>]{0,40}?(?:평가|경진대회|대회|시상|공모|공시제)"
    # "충청남도 '여성일자리창출 지원 운영평가 최우수기관'으로 뽑혔다": the grade its evaluation gives, quoted with it
    r"(?:\s*(?:최우수|우수|대상|장려|특별)(?:상|기관|시|군|구|시군|시·군|지자체)?)?\s*[’”'\"」』>]"
    # "대전시 '지역산업맞춤형 일자리 창출 지원 사업'에 뽑혀": the 광역's quoted call that selects
    r"|\s*[‘“'\"「『]\s*[^’”'\"」』\n]{2,40}[’”'\"」』]\s*(?:사업|공모)?\s*에\s*(?:최종\s*)?(?:선정|뽑|채택)"
    # "서울시 ‘50+나눔 일자리’ 사업이": the 광역's own named scheme
    r"|\s*[‘“'\"「『]\s*[^’”'\"」』\n]{2,40}[’”'\"」』]\s*(?:사업|프로그램|정책)(?:이|은|는|을|를|의|에)"
)
# "옥천군장애인보호작업장", "증평군일자리종합지원센터 한미라": a body whose name starts with the district
_GLUED_BODY = re.compile(r"[가-힣]{0,12}(?:작업장|센터|재단|공단|협회|지회|조합|복지관|사무소|연구원|진흥원)(?![가-힣])")
# "인천시 서구 노인인력개발센터가 … 최우수 기관으로 뽑혀": a designated body named by its district, written apart,
# as the subject: the body acts, not the district (0.12.0)
_DESIGNATED_BODIES = "|".join(V.institution_patterns("district"))  # data/institutions.tsv
_SPACED_BODY = re.compile(
    rf"[ \t]+(?:{_DESIGNATED_BODIES}|[가-힣]{{0,6}}지회)"
    r"[’'\"”]?(?:가|이|는|은|와|과)(?![가-힣])"
    # "태백시 '사단법인 늘봄 노인상담센터'와 …가 우수단체로": a body quoted after the town it sits in (0.13.0)
    r"|[ \t]+[‘'\"“][^’'\"”\n]{2,30}(?:센터|복지관|클럽|사업장|법인|협회|지회)[’'\"”](?:가|이|는|은|와|과|도)(?![가-힣])"
)
# "… 스마트허브 입주 업체": the companies of a named industrial park, after a full name or a list of stems (0.22.0)
_PARK_COMPANIES = r"\s+[가-힣A-Za-z0-9]{2,12}\s+입주\s*(?:업체|기업|회사)"
# "경남 고성군에 있는 식품 업체로", "충북 청주시에서 가공품을 만드는 업체로", "수원시에서 … 본사와 공장을
# 옮긴": where a company sits or came from (investment agreements), not an actor
_COMPANY_HOME_AFTER = re.compile(
    r"에\s*(?:있는|자리한|위치한|본사를\s*둔|본사가\s*있는)\s+[^.\n]{0,25}?(?:업체|기업|회사|제조사|법인|산업사|공업사|상사)"
    # "가평군 '솔뫼골 영농조합' 등", "밀양시 숲속마을영농조합법인과": a company or cooperative's home town
    r"|[ \t]+[‘'\"“]?[가-힣A-Za-z0-9 ]{0,16}?(?:영농조합법인|조합법인|영농조합|협동조합|농업회사법인|회사법인|주식회사)"
    r"[’'\"”]?(?:[ \t]|과|와|이|가|은|는|을|를|,|·|등)"
    r"|(?:\s*(?:와|과)\s*[가-힣]{1,6})?에서\s+[^.\n]{0,30}?(?:만드는|생산하는|제조하는|가공하는)\s+[^.\n]{0,15}?"
    r"(?:업체|기업|회사|제조사|\(주\)|㈜)"
    r"|에서\s+[^.\n]{0,30}?(?:본사|공장|사업장)(?:[와과]\s*(?:본사|공장))?(?:을|를)\s*[^.\n]{0,10}?(?:옮기|옮긴|이전)"
    # "완주군의 자동차부품 업체 대주정밀㈜는", "군산시의 백광산업㈜은": a named company of the town (0.15.0)
    r"|의\s+(?:[가-힣]+\s+){0,3}?[가-힣A-Za-z]*(?:㈜|\(주\))"
    # "경기 화성시의 대리운전 중개업체 '함께가는길'은": a company of the town, named in quotes (0.22.0)
    r"|의\s+(?:[가-힣·]+\s+){0,3}?[가-힣]*(?:업체|기업|회사)\s+[‘'\"“]"
    # "안산·시흥 스마트허브 입주 업체 31곳": the companies of a named industrial park (0.22.0)
    rf"|(?:\s*(?:·|ㆍ|,|와|과)\s*[가-힣]{{2,5}})*{_PARK_COMPANIES}"
)
# "서구·연수구·미추홀구·남동구 노인인력개발센터", "중구·동구·부평구노인인력개발센터": a list of towns naming their
# designated bodies, written apart or glued to the last town (0.15.0)
_LISTED_BODY_AFTER = re.compile(
    r"(?:\s*(?:·|ㆍ|,)\s*[가-힣]{1,5}(?:시|군|구))*\s*"
    rf"(?:{_DESIGNATED_BODIES}|지역자활센터|자활센터)(?![가-힣])"
)
# "(충주시 윤하진, 증평군 서예린)": the affiliation of a named person in a bracketed list of people
_PERSON_AFTER = re.compile(r"[ \t][가-힣]{2,3}(?<![시군구동읍면로길])\s*[,)、]")
# Fragments the area patterns of full names and of stem lists share (0.21.0): the rest of a list of full names,
# "… 등 4개 지역에서" / "… 등지에서" (where a 광역's event is held), and "등 8개 시·군 여성새로일하기센터" (the towns of its
# designated bodies)
_FULL_NAMES_TAIL = r"(?:\s*(?:와|과|,|·|ㆍ|및)\s*[가-힣]{1,5}(?:시|군|구))*"
_HELD_IN = r"\s*등\s*(?:\d+\s*(?:개|곳)\s*지역에서|지(?:에서|에))"
_BODY_NAME = rf"(?:[가-힣]{{1,8}}\s*)?(?:{_DESIGNATED_BODIES})"
_GROUP_OF_BODIES = rf"등\s*\d+\s*(?:개|곳)\s*(?:시·군|시군|시·군·구|자치구|구·군|지역)?\s*{_BODY_NAME}"
# "모범 노인으로는 목포시 김정례 씨와", "무안군 공무원 홍미경 씨는": the town of a named person (0.21.0)
_PERSON_NAMED_AFTER = re.compile(r"[ \t]+(?:(?:공무원|주무관|직원|주민|어르신)[ \t]+)?[가-힣]{2,3}[ \t]*(?:씨|\(\d{2,3}\))")
# "제주시와 서귀포시 내 공공기관": districts named as the area where something is, not actors.
_AREA_AFTER = re.compile(
    rf"{_FULL_NAMES_TAIL}\s+(?:내|관내|일대|지역\s*내|곳곳)\s"
    # "사천시 외국인투자지역에 200억 원을": a zone of the city, where something is built or invested
    r"|\s+[가-힣]{0,10}(?:투자지역|산업단지|산단|지구|일원)(?:에|에서|으로)\s"
    # "중구·종로를 찾았다", "서대문구청을 시작으로": the places a travelling event visits
    r"|(?:\s*(?:·|ㆍ|,|와|과)\s*[가-힣]{2,5})*(?:청)?\s*(?:을|를)\s*(?:찾|돌|도는|순회|방문|거쳐|시작으로|출발점으로|기점으로)"
    # "사하·강서·사상구 등 서부산권 구직자": the zone a list of districts makes up
    r"|\s*등\s*[가-힣]{0,4}(?:동|서|남|북)[가-힣]{0,3}권(?:역)?(?:\s|의\s)"
    # "경주시와 안동시, 구미시 등지에서도 … 열 계획", "… 등 4개 지역에서 열린다": where a 광역's event is held,
    # "… 등 8개 시·군 여성새로일하기센터": the towns of its designated bodies (0.21.0)
    rf"|{_FULL_NAMES_TAIL}(?:{_HELD_IN}|\s*{_GROUP_OF_BODIES})"
    # "울산 북구 지역 50개 기업이": the companies of the area (0.21.0)
    r"|[ \t]+지역[ \t]+(?:\d+\s*(?:개|곳)\s*)?(?:기업|업체|회사)"
)
# "금천구와 구로구의 복지시설, 초등학교, 도서관 등 150여 곳에서": where a number of sites are
_SITES_AFTER = re.compile(
    r"(?:\s*(?:와|과)\s*[가-힣]{1,5}(?:시|군|구))*의[ \t]+[^.\n]{0,60}?등[ \t]+\d+\s*(?:여\s*)?(?:곳|개소)(?:에서|에)\s"
)
# after a list of bare stems "지역" marks an area too ("수원·화성·오산 지역 기업", "… 지역의 기관에서"); "중구·종로를 찾았다"
# "사하·강서·사상구 등 서부산권 구직자": the zone a list makes up; "안동을 출발점으로": a tour's first stop
_LIST_AREA_AFTER = re.compile(r"\s*(?:등\s*)?(?:내|관내|일대|지역|곳곳)(?:의|에서|에)?\s|\s*(?:지역)?(?:을|를)\s*(?:찾|돌|도는|순회|방문|거쳐|출발점으로|기점으로)"
                              r"|\s*등\s*[가-힣]{0,4}(?:동|서|남|북)[가-힣]{0,3}권(?:역)?(?:\s|의\s)"
                              # "목포·순천·여수 센터와 나란히 B등급": institutions named by their towns (0.12.0)
                              # "금정·동래·사하 등 5개 지역자활센터가": their towns' centres (0.14.0)
                              r"|\s*(?:등\s*\d+\s*(?:개|곳)\s*)?(?:지역)?(?:자활|새일|일자리|고용복지|노인)?\s*(?:센터|지회|시니어클럽)"
                              r"(?:와|과|는|은|가|이|도|의|,|로|으로)"
                              # "담양·화순·함평 등 6개 시·군의 구인 기업 28곳이": where the companies are (0.15.0), also
                              # with the zone they make up ("… 등 전남 서부권 12개 시·군의 기업 160곳")
                              r"|\s*등\s*(?:[가-힣]+\s+){0,2}\d+\s*개\s*(?:시·군|시군|시·군·구|시군구|자치구|구·군)의\s+(?:[가-힣]+\s+)?(?:기업|업체|회사)"
                              # "목포·여수·순천 등 8개 시·군 여성새로일하기센터를 운영", "순천·광양·목포에 있는
                              # 여성새로일하기센터": the towns of a 광역's designated bodies (0.21.0)
                              rf"|\s*(?:{_GROUP_OF_BODIES}|(?:에|에서)\s*(?:있는|자리한|문을\s*연)\s+{_BODY_NAME})"
                              # "창원·진주·김해·거제 등 4개 지역에서 열린다", "경주와 안동, 구미 등지에서도": where a
                              # 광역's event is held (0.21.0)
                              rf"|{_HELD_IN}"
                              # "서대문·마포·은평 등 서북3구 구직자": a named zone of 구 (0.21.0)
                              r"|\s*등\s*(?:동|서|남|북){2}\s*\d\s*개?\s*구(?:\s|의\s)"
                              # "문경·상주 두 지역의 로컬자원을 엮어": the areas a project draws on (0.22.0)
                              r"|\s*(?:두|세|네|다섯|\d+\s*개)\s*(?:지역|도시|시·군|시군)의\s"
                              # "안산·시흥 스마트허브 입주 업체 31곳이": the companies of a named industrial park (0.22.0)
                              rf"|{_PARK_COMPANIES}")
# ", 상주·문경, 영주·봉화, 청송·영양": further groups of a comma list of dotted groups (the area word
# after the last group holds for all)
_GROUP_TAIL = re.compile(r"(?:\s*,\s*[가-힣]{2,4}(?:\s*[·ㆍ・]\s*[가-힣]{2,4})+)*")
# Quoted speech: “…” / "…" of some length, or followed by a quoting ending (고/라고/라며/며).
_SPEECH = re.compile(r"[“\"](?P<body>[^”\"\n]{2,400})[”\"](?=\s*(?:고|라고|라며|며|이라고|이라며|라는|며\s))|[“\"][^”\"\n]{25,400}[”\"]")


def speech_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of quoted speech in ``text`` (a 광역 named only there is not a district)."""
    if "“" not in text and '"' not in text:
        return []
    return [m.span() for m in _SPEECH.finditer(text)]


_ADDRESS_AFTER = re.compile(
    r"(?:[ \t]+[가-힣]{1,4}구)?[ \t]+[가-힣0-9]+(?:로|길|동|읍|면)(?:[ \t]*\d+(?:-\d+)?(?:번지)?)?(?:[ \t,\n·)]|에|의|까지|$)"
    r"|[ \t]*소재"
)


_PROVINCE_KEYS: dict[tuple[int, str, object], str] = {}


def _province_key(gaz: Gazetteer, unit: Unit) -> str:
    key = (id(gaz), unit.code, unit.valid_from)
    found = _PROVINCE_KEYS.get(key)
    if found is None:
        parent = unit if unit.is_province else gaz.parent(unit)
        found = parent.code if parent else ""
        _PROVINCE_KEYS[key] = found
    return found


def _with_own_province(gaz: Gazetteer, unit: Unit, text: str, s: int) -> bool:
    """A 행정시 listed right after its own 광역 ("제주특별자치도와 서귀포시가 함께 추진한 …", "제주도·서귀포시"):
    a partner in the 광역's joint project (gold README: joint projects), kept as a district."""
    parent = gaz.parent(unit)
    if parent is None:
        return False
    before = text[max(0, s - 14) : s]
    return any(re.search(re.escape(n) + r"\s*(?:와|과|·|ㆍ|,)\s*$", before) for n in (parent.name, *parent.aliases))


def _output_unit(gaz: Gazetteer, unit: Unit) -> Unit:
    # An 일반구 is not a local government: report its city (EXTRACTION.md "districts").
    if unit.level == "일반구":
        return gaz.city(unit) or unit
    return unit


def _place_only(text: str, s: int, e: int) -> bool:
    """Whether the 기초 named at ``text[s:e]`` only says where (a venue, an address, an area, a company's
    home, a body's or a person's affiliation), not a local government that acts."""
    after = text[e : e + 40]
    return bool(
        _VENUE_AFTER.match(after) or _ADDRESS_AFTER.match(after) or _AREA_AFTER.match(after)
        or _COMPANY_HOME_AFTER.match(text[e : e + 70]) or after.startswith("청사")  # "옛 마포구청사의"
        or _OFFICE_VENUE_AFTER.match(after)  # "10일 서대문구청서 시작": the 구청 where another's event is held
        or _OLD_HALL_AFTER.match(after) or _SITES_AFTER.match(text[e : e + 110])
        or _GLUED_BODY.match(after) or _SPACED_BODY.match(after) or text[max(0, s - 1) : s] == "#" or _STAFF_AFTER.match(after)
        or _LISTED_BODY_AFTER.match(text, e, e + 80)
        or (_PERSON_BEFORE_BRACKET.search(text, max(0, s - 8), s) and _ROLE_IN_BRACKET.match(after))
        or _GROUP_MEMBER_BEFORE.search(text, max(0, s - 160), s)
        or (_PERSON_AFTER.match(after) and _OPEN_BEFORE.search(text[max(0, s - 3) : s]))
        or _PERSON_NAMED_AFTER.match(after)
        or (_TOUR_DATE_BEFORE.search(text, max(0, s - 12), s) and _TOUR_STOP_AFTER.match(text, e))
        or (_BODY_BRACKET_BEFORE.search(text, max(0, s - 30), s) and after.lstrip().startswith(")"))
        or (_VENUE_BRACKET_BEFORE.search(text, max(0, s - 24), s) and _BRACKET_VENUE_END.match(after))
        or (_NEIGHBOUR_BEFORE.search(text, max(0, s - 6), s) and _RESIDENTS_AFTER.match(after))
        or _LISTED_RESIDENTS_AFTER.match(after)
        or (_LISTED_BEFORE.search(text, max(0, s - 12), s) and _RESIDENTS_NAMED_AFTER.match(after))
    )


# "시민뿐 아니라 이웃 성남시 주민에게도 구직 상담을 해 주며": the residents of a neighbour another unit serves
_NEIGHBOUR_BEFORE = re.compile(r"(?:이웃|인근)[ \t]+$")
_RESIDENTS_AFTER = re.compile(r"[ \t]*(?:주민|시민|구민|군민)")
# "이웃한 강서구와 사상구 주민들도 센터를 찾고": the residents of towns a list names, the first item and the last
# (0.21.0)
_RESIDENTS_NAMED = r"[ \t]+(?:주민|시민|구민|군민)(?:들)?(?:도|은|는|이|가|을|를|에게|의)(?![가-힣])"
_LISTED_RESIDENTS_AFTER = re.compile(r"(?:\s*(?:와|과|,|·|ㆍ|및)\s*[가-힣]{1,5}(?:시|군|구))+" + _RESIDENTS_NAMED)
_RESIDENTS_NAMED_AFTER = re.compile(_RESIDENTS_NAMED)
_LISTED_BEFORE = re.compile(r"[가-힣]{1,5}(?:시|군|구)\s*(?:와|과|,|·|ㆍ|및)\s*$")


# "횡성군을 시작으로 9월 19일 강릉시, 9월 23일 춘천시, 9월 28일 원주시에서 이어지며": the dated stops of a touring
# event (the first stop is :data:`_AREA_AFTER`'s "을 시작으로")
_TOUR_DATE_BEFORE = re.compile(r"\d{1,2}\s*월\s*\d{1,2}\s*일\s*$")
_TOUR_STOP_AFTER = re.compile(
    r"(?:\s*,\s*\d{1,2}\s*월\s*\d{1,2}\s*일\s*[가-힣]{1,6})*\s*(?:에서|서)\s*(?:이어|열|개최|진행|펼쳐|마무리|막을)"
)
# "협동조합 함께걸음(부산 연제구)", "에너지효율연구소(대전시)": the place of a company or body, in brackets after
# its name (a programme's district in brackets, "…사업(광주 광산구)", stays a district)
_BODY_BRACKET_BEFORE = re.compile(
    r"(?:협동조합|조합|연구소|연구원|회사|법인|기업|협회|재단|공방|상회|㈜|\(주\))[^()\n]{0,15}\(\s*"
    r"(?:(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)\s+)?$"
)


# "마포구 옛 마포구청사": a former hall, a place (see _place_only)
_OLD_HALL_AFTER = re.compile(r"\s+옛\s+[가-힣]{1,5}청사")
# "서대문구청에서 박람회를 연다", "서대문구청서 시작": the district's hall as a venue (0.22.0)
# "오는 29일 킨텍스(경기도 고양시)에서 표창을 받는다": the town of a venue, given in brackets after it (0.26.0)
_VENUE_BRACKET_BEFORE = re.compile(
    r"(?:킨텍스|벡스코|엑스코|코엑스|세텍|센터|컨벤션|호텔|홀|체육관|회관|타워|빌딩|대학교|전시장|광장)\s*\(\s*(?:[가-힣]+\s+)?$"
)
_BRACKET_VENUE_END = re.compile(r"\s*\)\s*(?:에서|에\s|서\s)")
_OFFICE_VENUE_AFTER = re.compile(r"청\s*(?:에서|서)\s")
# an opening bracket or a comma right before a name (see _place_only)
_OPEN_BEFORE = re.compile(r"[(,]\s*$")


# "인천광역시∙충청남도∙경상남도, 인천 부평구가 최우수상을", "대상은 대구광역시·충남 천안시에 돌아갔다":
# a 광역 written in full as an item of a list of local governments that receive something
_LIST_ITEM_GAP = re.compile(r"(?:\([^()]{0,20}\))?\s*(?:·|ㆍ|・|,|/|와|과|및)\s*")  # also "강원도(광역단체 부문)와"
_PLACE_WORD = re.compile(r"(?:[가-힣]{2,4}\s)?[가-힣]{1,6}(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구)(?![가-힣]{2})")
_LIST_TAIL = re.compile(
    r"[^.\n]{0,12}?(?:가|이|은|는|도|에|에게)\s*(?:[^\s.]+\s+){0,3}?"
    r"(?:최우수|우수|대상|장려|특별상|수상|선정|뽑혔|받았|차지|돌아갔|안았|품었|올랐|이름을\s*올|공동|주최|주관)"
)


# "광역단체로는 충북도와 울산시, 기초단체로는 …": 광역 listed under a 광역 label of a winners' list
_PROVINCE_LABEL_BEFORE = re.compile(
    r"광역(?:단체|자치단체|지자체)?\s*(?:부문)?\s*(?:으로는|로는|에서는|에는|는|은)\s*(?:[가-힣]+\s*(?:와|과|,|·|및)\s*){0,4}$"
)


def _in_winner_list(text: str, s: int, e: int) -> bool:
    """Whether the 광역 at ``text[s:e]`` is an item of a list of places that receive an award or co-host
    ("송파구와 강동구, 광진구, 서울시, 대한상공회의소가 공동으로 주최했으며")."""
    before, after = text[max(0, s - 20) : s], text[e : e + 80]
    gap_after = _LIST_ITEM_GAP.match(after) or _LONG_ITEM_GAP.match(after)
    joined_before = re.search(r"(?:특별시|광역시|특별자치시|특별자치도|도|시|군|구)\s*(?:·|ㆍ|・|,|/)\s*$", before)
    if not (gap_after and (_PLACE_WORD.match(after, gap_after.end()) or _PREFIXED_PLACE.match(after, gap_after.end()))) \
            and not joined_before:
        return False
    # the list ends in a particle and an award word within the clause
    rest = after[gap_after.end() :] if gap_after else after
    # (a list does not run over a line break: "…일자리대상'\n  • 하도경 …")
    return bool(_LIST_TAIL.search(rest[:80].split("\n", 1)[0])) or _long_list_tail(text, e)


# "경상남도(신중년 농촌희망 다시일하기 프로젝트)와 광주광역시(…)": an item's case in brackets (nested quotes
# allowed), "경기도(…)를 비롯해 대구광역시(…), …": the 광역 that heads the list
_LONG_ITEM_GAP = re.compile(
    r"(?:\([^()\n]{0,60}\))?\s*(?:·|ㆍ|・|,|/|와|과|및|(?:를|을)\s*비롯(?:해|한|하여))\s*"
)
# "전남 순천", "경북 김해": a 기초's stem after its 광역's short name, as a list item
_PREFIXED_PLACE = re.compile(r"(?:서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주)"
                             r"[ \t]+[가-힣]{2,4}(?:\s*\(|\s*[,·])")
_LONG_LIST_SPLIT = re.compile(r"\s*(?:,|·|ㆍ|・|/|및)\s*|(?<=[가-힣])(?:와|과)\s+|^\s*(?:를|을)\s*비롯(?:해|한|하여)\s*")
_VERB_END = re.compile(r"(?:다|고|며|서|면|해|데|지|게|한|된|던|는|은|을|를|에서)$")


def _long_list_tail(text: str, e: int) -> bool:
    """Whether a long list whose items carry their cases in brackets runs from ``text[e:]`` to a particle and
    an award word ("부산광역시(…), 전남 순천(…), 경북테크노파크(…)가 받았다", "… 등이 선정됐다"): with the
    brackets left out, every item before the tail is a name of at most three words."""
    end = text.find("\n", e)
    clause = text[e : end if end != -1 else len(text)]
    if "(" not in clause[:3]:
        return False
    stripped = re.sub(r"\([^()\n]{0,80}\)", "", clause[:500])
    tail = _LIST_TAIL.search(stripped)
    if tail is None:
        return False
    items = [x for x in _LONG_LIST_SPLIT.split(stripped[: tail.start()]) if x.strip()]
    return all(
        len(x.split()) <= 3 and len(x.strip()) <= 16 and not _VERB_END.search(x.strip()) for x in items
    )


# cues that "광주시" is 경기도 광주시: the 도 named with it, its neighbours and places, 읍·면 (광주광역시 has 동 only);
# not "수도권" (광주광역시 stories speak of young people leaving for it) nor "경기" alone (the economy)
_GYEONGGI_GWANGJU = re.compile(
    r"경기도|경기\s*광주|경기\s+[가-힣]{1,3}(?:시|군)(?![가-힣])|곤지암|오포|퇴촌|경안동|초월읍|남한산성|너른고을"
    r"|하남시|성남시|이천시|용인시|여주시|양평군|읍\s*[·ㆍ,]?\s*면"
)


# "최우수기관으로 뽑혀 충청북도지사상을 받고", "인천시장상을 받았다": the prize of the 광역's head (the 광역 confers it)
_HEAD_PRIZE = re.compile(r"(?:장|지사)\s*(?:상|표창)(?:을|를|과|와|도|이|은|으로|,|\s|$)")
# people who receive the head's prize ("주무관 두 명은 … 전북도지사 표창을", "전라북도지사 표창 6명"): the 광역
# confers a prize to persons, which makes it no actor of the article
_PEOPLE_PRIZE = re.compile(r"주무관|공무원|직원|담당자|유공|주민|\d+\s*명|[한두세네]\s*명")


# "가장 많이 늘어난 곳은 세종시로 4만1000명에서 …", "가장 높은 곳은 울산으로 72.1%": the place a statistic
# names, with its own figure
_PLACE_IS_BEFORE = re.compile(r"곳은\s*$")
_AS_FIGURE_AFTER = re.compile(r"(?:로|으로)\s+[-+−]?\d[\d,.]*\s*(?:만\s*[\d,]*)?\s*(?:천\s*[\d,]*)?\s*(?:여\s*)?(?:%p|%|％|명|점|개)")


def _place_with_figure(text: str, s: int, e: int) -> bool:
    """Whether the 광역 at ``text[s:e]`` is the place a statistic names, with its own figure."""
    return bool(_PLACE_IS_BEFORE.search(text, max(0, s - 6), s) and _AS_FIGURE_AFTER.match(text, e))


def _head_prize(text: str, s: int, e: int) -> bool:
    """Whether the 광역 at ``text[s:e]`` confers its head's prize to a local government (not to people)."""
    m = _HEAD_PRIZE.match(text, e)
    if m is None:
        return False
    a = max(text.rfind(".", 0, s), text.rfind("\n", 0, s), s - 80) + 1
    b = text.find(".", m.end())
    return not _PEOPLE_PRIZE.search(text, a, s) and not _PEOPLE_PRIZE.search(text[m.end() : b if b != -1 else m.end() + 20][:20])


# "전북도비 2천만원", "경기도비 5억원": a 광역's funds glued to its name
_OWN_FUNDS = re.compile(r"비\s*(?:약\s*)?\d")
# "양산시일자리센터가", "대전일자리지원센터는": a unit's own job centre (not a 고용센터, the ministry's office), its name
# glued to the unit's (0.44.0)
_GLUED_OWN_CENTRE = re.compile(rf"(?:일자리|취업){_CENTRE_TAIL}[’'\"”]?(?:가|는|은|이)(?![가-힣])")
# "전라북도일자리센터가 … 1주년을 맞았다": the 광역's own job centre, its name glued to the 광역's
_OWN_CENTRE = re.compile(rf"(?:(?:신중년|중장년|청년|여성|노인|어르신)\s*)?{_OWN_CENTRE_NAME}[’'\"”]?(?:가|는|은|이)(?![가-힣])")
# the 경기 unit named with its 도 ("경기도 광주시", "경기 광주")
_GYEONGGI_GWANGJU_NAMED = re.compile(r"경기도?\s*광주")
# "서구(대전)", "금정구, 남구(이상 부산)": a same-name unit (or a list ending in it) with its 광역 in brackets
_BRACKET_PROVINCE = re.compile(
    r"(?:\s*\(\s*|(?:\s*(?:,|·|ㆍ|와|과)\s*[가-힣]{1,5}(?:구|군|시))*\s*\(\s*이상\s+)"
    r"(서울|부산|대구|인천|광주|대전|울산|세종|경기|강원|충북|충남|전북|전남|경북|경남|제주"
    r"|[가-힣]{2,5}(?:특별시|광역시|특별자치시|특별자치도|도))\s*\)"
)


# "부산지역 취업자가 한 달 새 3만3천명 늘었다", "제주지역 고용률은": the 광역 as the subject of its own labour
# statistics (not "부산·울산·경남 지역 청년", an area of several)
# "제주지역 한 해 취업자 수가", "강원 취업자 수는", "인천의 일자리 질 지수는", "전북 6개 시 지역 평균 고용률은":
# the same with the period, the kind of area or an average between
_REGION_STAT_AFTER = re.compile(
    r"\s*(?:지역\s*|내\s+)?(?:의\s*)?(?:전체\s*)?(?:(?:한\s*해|연간|올\s*상반기|올\s*하반기|상반기|하반기|\d{1,2}\s*월)\s*)?"
    r"(?:\d+\s*개\s*)?(?:(?:시|군)\s*지역\s*(?:의\s*)?)?(?:평균\s*)?"
    r"(?:취업자|고용률|실업률|실업자|고용\s*사정|고용\s*동향|일자리\s*질\s*지수|경제활동\s*참가율)"
)


_STAT_WORD = r"(?:취업자|고용률|실업률|실업자|경제활동\s*참가율)"
# "경북은 취업자가 1만1천명 줄면서", "울산은 고용률이 0.6%포인트 떨어진": the 광역 as the topic of a clause that
# gives its own statistic (0.41.0)
_REGION_TOPIC_STAT = re.compile(rf"(?:은|는)\s+(?:수\s*)?{_STAT_WORD}\s*(?:수\s*)?(?:가|이|는|은)?\s+[^.\n,]{{0,20}}?\d")
# "대구와 경북의 고용률은 각각 58.3%와 65.2%로": two 광역, each with its figure
_REGION_PAIR_STAT = re.compile(rf"의\s*{_STAT_WORD}\s*(?:수\s*)?(?:은|는|이|가)\s*각각\s*[-+−]?\d")
_PAIR_FIRST = re.compile(r"\s*(?:와|과)\s*[가-힣]{2,7}(?=의)")


def _region_stat(text: str, s: int, e: int) -> bool:
    """Whether the 광역 at ``text[s:e]`` is alone the subject of its region's labour statistics, with a
    figure of its own in the sentence ("울산 실업자는 2만 6천명으로"; not a rank alone: "울산 실업자 수가
    서울 다음으로 많은 가운데"), the topic of a clause giving its statistic ("경북은 취업자가 1만1천명 줄면서"), or
    one of two given a figure each ("대구와 경북의 고용률은 각각 58.3%와 65.2%로")."""
    if _REGION_TOPIC_STAT.match(text, e):
        return True
    pair = _PAIR_FIRST.match(text, e)
    if (pair and _REGION_PAIR_STAT.match(text, pair.end())) or (
        re.search(r"(?:와|과)\s*$", text[max(0, s - 2) : s]) and _REGION_PAIR_STAT.match(text, e)
    ):
        return True
    m = _REGION_STAT_AFTER.match(text, e)
    if m is None or re.search(r"[·ㆍ,와과]\s*$", text[max(0, s - 2) : s]):
        return False
    clause = re.match(r"[^.\n]{0,80}", text[m.end() : m.end() + 80])
    return bool(clause and re.search(r"\d", clause.group()))


def _among_provinces(text: str, raw: list[tuple[int, int, str, list[Unit]]], s: int, e: int) -> bool:
    """Whether the name at ``text[s:e]`` is joined by a list separator to a neighbour that is only a 광역
    other than 경기도 (which is rather a cue for its 광주시: "광주시, 경기도 … 평가 '우수'")."""
    for s2, e2, _surface, units in raw:
        if not all(u.is_province and u.code != "4100000000" for u in units) or (s2, e2) == (s, e):
            continue
        if (e2 <= s and e2 >= s - 8 and _LIST_GAP_FULL.fullmatch(text, e2, s)) or (
            s2 >= e and s2 <= e + 8 and _LIST_GAP_FULL.fullmatch(text, e, s2)
        ):
            return True
    return False


_LIST_GAP_FULL = re.compile(r"\s*(?:·|ㆍ|・|,|와|과|및)\s*")


def _headline_topic(text: str, prev: C.Mention, m: C.Mention) -> bool:
    """Whether ``prev`` opens a headline line and a comma follows it ("성동구, 서울시 최초 '5년 연속 …'"): the
    headline's topic, not the first item of a list with the 광역 ``m``."""
    if text[prev.end : m.start].strip() != ",":
        return False
    line_start = text.rfind("\n", 0, prev.start) + 1
    return not text[line_start : prev.start].strip(" \t'\"‘“[")


def _list_partners(text: str, found: list[C.Mention], speech: list[tuple[int, int]]) -> list[C.Mention]:
    """A 광역 written as a name ("경북도", "충청남도", not the bare "충남") joined by a list separator to a
    counted district is an item of the same list and counts too: "광주광역시와 경북도 등 21개 지방자치단체에",
    "인천시와 충청남도의 사업이", "제주도, 충청남도, 충남 태안군 등 3개 지방자치단체를 선정",
    "창원시는 경남도, 거제시·통영시·고성군과 컨소시엄을"."""
    changed = True
    while changed:
        changed = False
        for i, m in enumerate(found):
            if m.counted or not m.unit.is_province or len(m.surface) <= 2 or _COMPARISON.match(text, m.end):
                continue
            if any(a <= m.start < b for a, b in speech):
                continue
            nbrs = []
            if i > 0 and found[i - 1].end <= m.start and _LIST_GAP_FULL.fullmatch(text, found[i - 1].end, m.start) \
                    and not _headline_topic(text, found[i - 1], m):
                nbrs.append(found[i - 1])
            if i + 1 < len(found) and _LIST_GAP_FULL.fullmatch(text, m.end, found[i + 1].start):
                nbrs.append(found[i + 1])
            if any(n.counted for n in nbrs):
                found[i] = dc_replace(m, counted=True)
                changed = True
    return found


# a body whose name starts with the district, with its particle ("서천군노인복지관이", "서천군지회와")
_GLUED_BODY_NAME = re.compile(
    r"[가-힣]{0,12}?(?:작업장|센터|재단|공단|협회|지회|조합|복지관|사무소|연구원|진흥원)"
    r"(?:은|는|이|가|와|과|의|에서|을|를|도)?(?![가-힣])"
)
# "아산시 음봉면" alone on the last line: the signature of a notice the 면 office posts for its 시
_SIGNATURE_AFTER = re.compile(r"[ \t]+[가-힣0-9]{1,6}(?:읍|면|동)[ \t]*\s*$")
# the headline's first words: an optional [column] label and an opening quote before the name
_TITLE_HEAD = re.compile(r"\s*(?:\[[^\]\n]{0,20}\]\s*)?[‘'\"“]?")
# "도에 따르면", "시는", "군은": the unit named only by its kind, or its head speaking ("황명선 시장은")
_KIND_ANAPHOR = re.compile(
    r"(?:(?<=^)|(?<=[\s,.(“\"'‘]))(?:(도|시|군|구)(?:는|은|가|이|의|에\s*따르면)"
    r"|[가-힣]{2,4}\s+(시장|군수|구청장|도지사)(?:은|는|이|가))(?=\s)"
)
_HEAD_KIND = {"시장": "시", "군수": "군", "구청장": "구", "도지사": "도"}


def _kind_of(unit: Unit) -> str:
    """The word a text refers back to a unit with: 도 for a 도, 시 for a 특별시/광역시/시, 군, 구."""
    return "도" if unit.name.endswith("도") else unit.name[-1]


def _title_anaphor(art: C.Article, found: list[C.Mention], pub: dt.date | None) -> list[C.Mention]:
    """A headline that opens with a district ("충남도, 노사민정 … 최우수기관", "구미시 채용박람회에 …") names
    the unit a body that never writes its name refers to by its kind ("21일 도에 따르면", "시가 … 마련해",
    "황명선 시장은"): that reference is a mention of the headline's unit. Not when the body names another
    unit of the same kind (the reference may be to it) or already counts the headline's unit."""
    title = art.title
    if not title:
        return found
    gaz = art.gazetteer
    head = _TITLE_HEAD.match(title)
    start = head.end() if head else 0
    hit = next(iter(gaz.finditer(title[start : start + 20])), None)
    if hit is None or hit[0] != 0:
        return found
    rest = title[start + hit[1] : start + hit[1] + 1]
    if rest and rest not in ", ·…":
        return found
    units = list({r.code: r for u in gaz.candidates(hit[2]) if (r := gaz.at(u, pub)) is not None}.values())
    if len(units) != 1 or units[0].level == "행정시":
        return found
    return _kind_reference(art, found, _output_unit(gaz, units[0]))


def _glued_anaphor(art: C.Article, found: list[C.Mention], pub: dt.date | None, glued: list[str]) -> list[C.Mention]:
    """A body that names a 기초 only inside the names of its bodies ("대한노인회 서천군지회, 서천군노인복지관 등이
    수행한다") and refers to it by its kind ("군에 따르면", "군은") means that 기초."""
    if not glued:
        return found
    gaz = art.gazetteer
    units = list({r.code: r for g in set(glued) for u in gaz.candidates(g)
                  if not u.is_province and (r := gaz.at(u, pub)) is not None}.values())
    if len(units) != 1 or units[0].level != "기초":
        return found
    return _kind_reference(art, found, _output_unit(gaz, units[0]))


# "홍천=정시우 기자", "[김해=뉴스파인]", "(순천=○○통신)": the place a story is filed from
_DATELINE_PLACE = re.compile(
    r"(?:^|(?<=[\n\[(【]))[ \t]*([가-힣]{2,4})[ \t]*=[ \t]*(?:[가-힣]{2,4}[ \t]*기자|[가-힣A-Za-z0-9]{2,12}[\])】]|[가-힣]{2,8}(?:뉴스|일보|통신|신문)\b)"
)


def _dateline_anaphor(art: C.Article, found: list[C.Mention], pub: dt.date | None) -> list[C.Mention]:
    """A story told with "군은", "시가" that never writes the unit's name, filed from one 기초 ("… 홍천=○○○
    기자"): that reference is a mention of the 기초 of the dateline (not when the body names another unit of
    the same kind; the dateline's 광역 stories are :func:`_short_anaphors`)."""
    text = art.text
    if "=" not in text:
        return found
    gaz = art.gazetteer
    index = _stem_index(gaz)
    for dm in _DATELINE_PLACE.finditer(text):
        word = dm.group(1)
        cands = index.get(word, []) or [u for u in gaz.candidates(word) if not u.is_province]
        units = list({r.code: r for u in cands if (r := gaz.at(u, pub)) is not None and r.level == "기초"}.values())
        if len(units) == 1:
            return _kind_reference(art, found, _output_unit(gaz, units[0]))
    return found


def _home_anaphor(art: C.Article, found: list[C.Mention], pub: dt.date | None) -> list[C.Mention]:
    """A story that counts no district and tells of "시는", "도가" only, from an outlet of one 광역 (``home_region``
    "대전광역시": "시는 최근 실·국별 보고회를 열어 …"): that reference is a mention of the 광역 (0.40.0). Not for a
    기초's kind ("군은" on a 도's desk names one of its 군) nor when the body counts any district."""
    if not art.home_region or any(m.counted for m in found):
        return found
    gaz = art.gazetteer
    units = list({r.code: r for u in gaz.candidates(str(art.home_region).strip())
                  if (r := gaz.at(u, pub)) is not None}.values())
    if len(units) != 1 or not units[0].is_province:
        return found
    return _kind_reference(art, found, _output_unit(gaz, units[0]))


def _kind_reference(art: C.Article, found: list[C.Mention], unit: Unit) -> list[C.Mention]:
    """``found`` with the first "도는 / 시가 / 군에 따르면 / ○○○ 시장은" of the body as a mention of ``unit``."""
    kind = _kind_of(unit)
    if any(m.code == unit.code and m.counted for m in found) or any(
        m.code != unit.code and _kind_of(m.unit) == kind for m in found
    ):
        return found
    text = art.text
    for am in _KIND_ANAPHOR.finditer(text):
        word = am.group(1) or _HEAD_KIND[am.group(2)]
        if word != kind:
            continue
        s, e = am.span(1) if am.group(1) else am.span(2)
        if re.search(r"[을를]\s$", text[max(0, s - 2) : s]):
            continue  # "정선군을 도는 버스": a form of 돌다
        after = text[e : e + 6]
        mention = C.Mention(s, e, text[s:e], unit, unit.full_name, unit.code, counted=True,
                            subject=bool(_SUBJECT.match(after)), topic=bool(_TOPIC.match(after)))
        return sorted([*found, mention], key=lambda x: x.start)
    return found


def _sole_province_key(gaz: Gazetteer, surface: str, pub: dt.date | None) -> str | None:
    """The 광역 of every unit ``surface`` may name at ``pub`` when they share one ("대구 서구", "광주 동구", "부산"),
    else None ("동구" alone)."""
    keys = {_province_key(gaz, r) for u in gaz.candidates(surface) if (r := gaz.at(u, pub)) is not None}
    return keys.pop() if len(keys) == 1 else None


def _is_gwangju_pair(units: list[Unit]) -> bool:
    """Whether ``units`` are the two 광주 (광주광역시, or 전남광주통합특별시 that took it over on 2026-07-01,
    and 경기도 광주시) and nothing else."""
    return len(units) == 2 and {u.name for u in units} in ({"광주광역시", "광주시"}, {"전남광주통합특별시", "광주시"})


def _frame_day(art: C.Article, found: list[tuple[int, int, str, list[Unit]]]) -> tuple[dt.date | None, Frame]:
    """The day names are resolved at: ``published``, else the article frame's day.

    A frame day (no ``published``) moves forward to the first day of a name the text itself writes
    that did not exist before ("미추홀구", "강원특별자치도" in a story otherwise dated earlier).
    """
    pub = art.published
    fr = art.frame
    if pub is not None:
        return pub, fr
    gaz = art.gazetteer
    day = fr.date or _plan_year_day(art) or _undated_day(gaz)
    bound = day
    for _s, _e, _surface, cands in found:
        if cands and all(u.valid_from > day for u in cands):
            bound = max(bound, min(u.valid_from for u in cands))
    if fr.date is None and bound == day:
        # No year at all: the outlet's region written under a name that exists only from a later
        # day (home_region "전남광주통합특별시") dates the text on or after that day; a name the
        # text writes that had ended by then ("경북 군위군", "여주군") dates it before its end.
        home = gaz.candidates(str(art.home_region).strip()) if art.home_region else []
        if home and all(u.valid_from > day for u in home):
            bound = min(u.valid_from for u in home)
        elif (own := [u for u in home if u.full_name == str(art.home_region).strip()]) and all(
            u.valid_to < day for u in own
        ):
            # the outlet's region under its full name of a period that had ended (home_region "강원도",
            # the name valid until 2023-06-10): the text is from before that end
            bound = max(u.valid_to for u in own)
        else:
            # a 광역 name as written ("강원도", "전남", "광주시") is a short or former name still in use
            # and does not date the text (gold README "Old 광역 names do not date a text")
            ended = [max(u.valid_to for u in cands) for _s, _e, _surface, cands in found
                     if cands and all(u.valid_to < day and not u.is_province for u in cands)]
            if ended:
                bound = min(ended)
        # central bodies that existed only in some periods ("행정자치부", "지역발전위원회"), period markers
        # (코로나19) and the term of office ("민선 9기") date the text within their periods, also when the
        # outlet's region or an ended name only bounds it from above
        bound = day_within(bound, era_periods(f"{art.title or ''}\n{art.text}"))
        if bound == day:
            titled = [(s, e, surface, gaz.candidates(surface)) for s, e, surface in gaz.finditer(art.title or "")]
            bound = _stranded_day(gaz, found + titled, day)
    if bound != fr.date:
        fr = dc_replace(fr, date=bound)
    return bound, fr


def _plan_year_day(art: C.Article) -> dt.date | None:
    """30 June of the latest year an undated text names only as a plan or target ("2014년까지 사회적기업
    100개를"): the frame leaves such years out, but a year in any form frames the names (gold README
    "Undated texts")."""
    text = f"{art.title or ''}\n{art.text}"
    if not any(ch.isdigit() for ch in text):
        return None
    today = dt.date.today().year
    years = [v for y in find_years(text, None) if y.relative is None for v in y.years if v <= today]
    return dt.date(max(years), 6, 30) if years else None


def _stranded_day(gaz: Gazetteer, found: list[tuple[int, int, str, list[Unit]]], day: dt.date) -> dt.date:
    """``day``, or the last day of a 기초 the text may name that ended before ``day`` with no single
    successor ("서구" in a text about 인천: 인천 서구 was split on 2026-07-01), when the text or its
    headline also names its 광역: the unit keeps its last name (gold README "Undated texts")."""
    named = {u.code for _s, _e, _surface, cands in found for u in cands if u.is_province}
    # a 기초 written with its 광역 ("인천 동구" in the headline) names that 광역 too
    named |= {cands[0].parent_code or "" for _s, _e, surface, cands in found
              if len(cands) == 1 and not cands[0].is_province and surface != cands[0].name}
    ends = [u.valid_to for _s, _e, _surface, cands in found for u in cands
            if not u.is_province and u.valid_to < day and u.parent_code in named and not _succeeded(gaz, u)]
    return min(ends) if ends else day


def _succeeded(gaz: Gazetteer, unit: Unit) -> bool:
    """Whether an ended unit has one successor in its own 광역's line (not a same-named 구 of another
    광역 that started that day: 인천 서구 is not succeeded by 전남광주통합특별시 서구)."""
    nxt = gaz.successor(unit)
    if nxt is None:
        return False
    parent = gaz.parent(unit)
    later = gaz.at(parent, nxt.valid_from) if parent is not None else None
    return later is None or later.code == nxt.parent_code


def _undated_day(gaz: Gazetteer) -> dt.date:
    """The day an undated text without any year (and no era name or term) is read at: today.

    gold README "Undated texts: the text's frame, else today's names": a text with no year and no
    time frame takes today's names (전남광주통합특별시 여수시 from 2026-07-01); a unit written under a
    name that has ended since (인천 중구, split on 2026-07-01) dates the text before its end instead
    (:func:`_frame_day`), which keeps its last name.
    """
    return dt.date.today()


def find_mentions(art: C.Article) -> C.Article:
    """The article with every district mention resolved and classified (:func:`extract.context.with_mentions`).

    :param art: the article context (its gazetteer, publication date, frame and ``home_region``)
    :returns: the article with its mentions (text order), unsettled names, frame and focus
    """
    mentions, unresolved, frame = _mentions(art)
    return C.with_mentions(art, mentions, unresolved, frame)


def _mentions(art: C.Article) -> tuple[list[C.Mention], list[tuple[int, int, bool]], Frame]:
    text = art.text
    gaz = art.gazetteer
    found = []
    glued: list[str] = []
    centre_only: set[int] = set()  # where a unit is named only by its own job centre's glued name (0.44.0)
    framing: list[str] = []  # prefixed names inside longer words, and the headline's names (same-name units' 광역)
    for s, e, surface in gaz.finditer(text):
        nxt = text[e : e + 4]
        # "양산시일자리센터가 … 연다": a 시·군·구's own job centre, its full name glued to the unit's (0.44.0)
        own_centre = surface[-1] in "시군구" and bool(_GLUED_OWN_CENTRE.match(text, e)) and not all(
            u.is_province for u in gaz.candidates(surface))
        if own_centre:
            centre_only.add(s)
        if nxt and "가" <= nxt[0] <= "힣" and not _FOLLOW_OK.match(nxt) and not own_centre and not (
            (_REGION_STAT_AFTER.match(text, e) or _OWN_FUNDS.match(text, e) or _OWN_CENTRE.match(text, e)
             or _HEAD_PRIZE.match(text, e))
            and all(u.is_province for u in gaz.candidates(surface))
        ):
            if _GLUED_BODY_NAME.match(text, e):
                glued.append(surface)  # "서천군노인복지관": kept for a body that says only "군은"
            if " " in surface:
                framing.append(surface)  # "대구 서구시니어클럽": no mention, but it says whose 서구 the text means
            continue  # inside a longer word: "강북구지회", "서울디지털산업단지"
        found.append((s, e, surface, gaz.candidates(surface)))
    pub, frame = _frame_day(art, found)
    raw: list[tuple[int, int, str, list[Unit]]] = []
    for s, e, surface, cands in found:
        units: list[Unit] = []
        for u in cands:
            r = gaz.at(u, pub)
            if r is not None and r not in units:
                units.append(r)
        if units:
            raw.append((s, e, surface, units))
    if not raw:
        out0 = _glued_anaphor(art, _title_anaphor(art, [], pub), pub, glued)
        # (a text in which the gazetteer finds no name at all is skipped by the batch prefilter: the
        # dateline alone does not make it a text about a district)
        return _home_anaphor(art, _dateline_anaphor(art, out0, pub) if found else out0, pub), [], frame

    sents = art.sentences
    starts = [a for a, _ in sents]

    def sent_of(pos: int) -> int:
        return max(0, bisect_right(starts, pos) - 1)

    # Context for same-name units: 광역 named (including prefixes and bare stems) and the
    # 광역 of unambiguous 기초 names, per sentence and for the whole article.
    article_ctx: Counter[str] = Counter()
    sent_ctx: dict[int, Counter[str]] = {}
    for s, e_, _surface, units in raw:
        keys = {_province_key(gaz, u) for u in units}
        if len(keys) == 1 and not (units[0].is_province and _VENUE_AFTER.match(text, e_, e_ + 40)):
            # (a 광역 named as a venue, "중구는 19일 부산 벡스코에서 열린 …", says where, not whose 중구)
            key = keys.pop()
            article_ctx[key] += 1
            sent_ctx.setdefault(sent_of(s), Counter())[key] += 1
    home = art.home_region
    home_keys: set[str] = set()
    home_units = gaz.candidates(str(home).strip()) if home else []
    if home:
        for u in home_units:
            r = gaz.at(u, pub)
            if r is not None:
                home_keys.add(_province_key(gaz, r))

    frame_keys: set[str] | None = None  # read once a same-name unit needs it
    speech = speech_spans(text)
    # the outlet's region is a cue too (a 경기 desk's "광주시")
    gyeonggi_cue = bool(_GYEONGGI_GWANGJU.search(text)) or "4100000000" in {u.code for u in home_units}
    gwangju_full = "광주광역시" in text
    unresolved: list[tuple[int, int, bool]] = []
    out: list[C.Mention] = []
    for s, e, surface, units in raw:
        by_hint = False
        if len({_province_key(gaz, u) for u in units}) > 1 or len(units) > 1:
            chosen = None
            if _is_gwangju_pair(units):
                # "광주시": 광주광역시 writes itself so too; 경기도 광주시 only with a 경기 cue in the article,
                # and never as an item of a list of 광역 ("대구시, 광주시, 서울시, 경북도")
                in_provinces = _among_provinces(text, raw, s, e)
                # an article that writes 광역시 in full and never the 경기 unit's prefixed name means the 광역시
                # ("광주광역시와 경기도 화성시는 … 광주시는 …")
                full_metro = gwangju_full and not _GYEONGGI_GWANGJU_NAMED.search(text)
                chosen = next((u for u in units if u.is_province != (gyeonggi_cue and not in_provinces
                                                                      and not full_metro)), None)
            if chosen is None:
                # "서구(대전)", "북구, 연제구(이상 부산)": the 광역 in brackets after the name or its list
                bm = _BRACKET_PROVINCE.match(text, e)
                if bm:
                    keys = {_province_key(gaz, u) for u in gaz.candidates(bm.group(1)) if u.is_province}
                    winners = [u for u in units if _province_key(gaz, u) in keys]
                    chosen = winners[0] if len(winners) == 1 else None
            for ctx in (sent_ctx.get(sent_of(s), Counter()), article_ctx) if chosen is None else ():
                scores = {u.code: ctx.get(_province_key(gaz, u), 0) for u in units}
                best = max(scores.values())
                winners = [u for u in units if scores[u.code] == best]
                if best > 0 and len(winners) == 1:
                    chosen = winners[0]
                    break
            if chosen is None and frame_keys is None:
                framing += [surface for _s, _e, surface in gaz.finditer(art.title or "")]
                frame_keys = {k for k in (_sole_province_key(gaz, surface, pub) for surface in framing) if k is not None}
            if chosen is None and frame_keys:
                # "광주 동구, 신중년 …" as the headline of a body that writes only "동구": the 광역 the headline or a
                # body's name ("대구 서구시니어클럽") puts the name in (0.38.0)
                winners = [u for u in units if _province_key(gaz, u) in frame_keys]
                chosen = winners[0] if len(winners) == 1 else None
            if chosen is None and home_keys:
                winners = [u for u in units if _province_key(gaz, u) in home_keys]
                if len(winners) == 1:
                    chosen = winners[0]
                    by_hint = True
            if chosen is None:
                # undecidable: leave it out rather than guess, and keep its facts from going to
                # another district (gold README: "an unresolved district takes its facts with it")
                unresolved.append((s, e, bool(_SUBJECT.match(text[e : e + 40]))))
                continue
            unit = chosen
        else:
            unit = units[0]
        after = text[e : e + 40]
        if (unit.level == "행정시" and not _with_own_province(gaz, unit, text, s)) or unit.level == "일반구":
            # 제주시, 서귀포시: a 행정시 has no autonomy and is no local government, even as the actor;
            # like an unsettled name, it keeps its sentence's facts from going to another district.
            # An 일반구 likewise, as the actor ("용인시 수지구는 … 발대식을 열었다"), a unit with a figure of its
            # own ("창원시 성산구가 가장 높았다", "창원 진해구 3,420명") or an address ("수원시 장안구에서"): the
            # office of its 시, not the 시 (gold README "Some names are not districts")
            unresolved.append((s, e, bool(_SUBJECT.match(after))))
            continue
        if unit.is_province:
            bare_stem = surface == unit.name[:2] or (len(surface) <= 2 and surface != unit.name)
            # a short name of the 광역 as written, also when the 광역 has since merged into one that no longer
            # goes by it ("광주(2.8%)" read under today's name 전남광주통합특별시)
            short_alias = surface in unit.aliases or any(
                surface in c.aliases and gaz.at(c, pub) == unit for c in gaz.candidates(surface) if c.is_province)
            counted = (
                (not bare_stem or (short_alias and bool(
                    _SHORT_PROVINCE_WINNER.match(after) or _FIGURE_AFTER.match(after) or _PROVINCE_TALLY_AFTER.match(after)
                    or _province_stem_list(text, s, e) or _region_stat(text, s, e) or _province_figure_list(text, s, e)
                    or _mixed_province_list(text, s, e) or _GROUP_HEAD_AFTER.match(text, e)
                    or _place_with_figure(text, s, e))))
                and bool(_PROVINCE_ACTS.match(after) or _PROVINCE_QUOTED_EVAL.match(after)
                         or _in_winner_list(text, s, e) or _PROVINCE_LABEL_BEFORE.search(text[max(0, s - 40) : s])
                         or _GRADE_LEAD_BEFORE.search(text[max(0, s - 30) : s]) or _COHOST_LIST.match(text, e)
                         or (bare_stem and _SHORT_PROVINCE_WINNER.match(after))
                         or (bare_stem and short_alias and (
                             _FIGURE_AFTER.match(after) or _PROVINCE_TALLY_AFTER.match(after)
                             or _province_stem_list(text, s, e) or _mixed_province_list(text, s, e)
                             or _province_figure_list(text, s, e)))
                         or _region_stat(text, s, e) or _group_bracket(text, s, e)
                         or _GROUP_HEAD_AFTER.match(text, e) or _head_prize(text, s, e)
                         or _place_with_figure(text, s, e)
                         # "서울시(7.61)가 최고점을, 충청남도(6.77점)가": a 광역 with a figure of its own
                         or (not bare_stem and (_FIGURE_AFTER.match(after) or _RATE_AFTER.match(after))))
                and not _COMPARISON.match(after)
                and not _STAFF_AFTER.match(after)
                and not any(a <= s < b for a, b in speech)
            )
            if not counted and bare_stem and _GLUED_OWN_CENTRE.match(text, e) and not any(a <= s < b for a, b in speech):
                counted = True  # "대전일자리지원센터는 … 연결했다": the 광역's own job centre acts (0.44.0)
                centre_only.add(s)
        else:
            signature = (s == 0 or text[s - 1] == "\n") and bool(_SIGNATURE_AFTER.match(text, e))
            counted = signature or not _place_only(text, s, e) or (
                # "상주시 외남면 행정복지센터는 … 발대식을 열었다": the 기초 acting through its 읍·면·동 office
                unit.level == "기초" and bool(_OFFICE_SUBJECT.match(after))
            )
        shown = _output_unit(gaz, unit)
        out.append(
            C.Mention(
                start=s,
                end=e,
                surface=surface,
                unit=shown,
                full_name=shown.full_name,
                code=shown.code,
                counted=counted,
                # "전남 강진군 칠량면이 … 발대식을 열었다": the 기초 acts through its 읍·면·동 office (0.12.0)
                subject=bool(_SUBJECT.match(after) or (unit.level == "기초" and _OFFICE_SUBJECT.match(after))),
                topic=bool(_TOPIC.match(after) or (unit.level == "기초" and _OFFICE_TOPIC.match(after))),
                by_hint=by_hint,
            )
        )
    if centre_only and any(m.counted and m.start not in centre_only for m in out):
        # a unit named only by its job centre's name is the article's district only when no other unit is: "음성군은
        # … 충북일자리지원센터가 주관한 경진대회에서" is the 군's story
        out = [dc_replace(m, counted=False) if m.start in centre_only else m for m in out]
    out = _list_partners(text, out, speech)
    out = _dateline_anaphor(art, _glued_anaphor(art, _title_anaphor(art, out, pub), pub, glued), pub)
    out = _home_anaphor(art, out, pub)
    out = _province_anaphors(text, out, speech)
    out = _short_anaphors(text, out, speech, sents)
    out = _stem_lists(text, out, gaz, pub, article_ctx, speech)
    out = _group_stems(text, out, gaz, pub, article_ctx, speech)
    out = _stem_pairs(text, out, gaz, pub, article_ctx, speech)
    out = _comma_stem_lists(text, out, gaz, pub, speech)
    out = _figure_stems(text, out, gaz, pub, article_ctx, speech)
    out = _prefixed_stems(text, out, gaz, pub, speech)
    return _excluded(text, _scopes(text, gaz, _stem_mentions(text, out))), unresolved, frame


# "창원·진주·통영은 평가 대상에서 제외됐다": units left out of an evaluation neither act nor are its
# subject (EXTRACTION.md "only local governments as actors or subjects"); the name still counts where
# the article names it elsewhere as an actor (0.3.0).
_EXCLUDED = re.compile(
    # ("수상 명단에서 빠졌다" = did not win: the unit was evaluated, it stays a subject of the article)
    r"^(?![^.,다]{0,40}?(?:수상|명단|순위)\s*(?:에서|에서는|서)\s*(?:제외|빠))"
    r"[^.,다]{0,40}?(?:평가|심사|선정|시상|집계|대상)?\s*(?:대상)?\s*(?:에서|에서는|서)\s*(?:제외|빠졌|빠져|빠진)"
    r"|^[^.,다]{0,30}?(?:은|는|이|가)\s*(?:이번\s*)?(?:평가|심사)에\s*(?:참여하지|참가하지|응하지)\s*않"
    # "인천 8개 구(강화군·옹진군 제외)": units a figure leaves out, in brackets
    r"|^(?:\s*[·ㆍ,]\s*[가-힣]{2,6})*\s*(?:은|는)?\s*제외\s*[)\]]"
)
# "수원시에 이어 두 번째다", "서울, 경기에 이어 세 번째로 많고": the units an article compares its own with
_RANK_COMPARISON = re.compile(
    r"(?:\s*(?:,|·|ㆍ|와|과)\s*[가-힣]{2,8})*\s*에\s*이어\s*(?:전국\s*|전국에서\s*)?(?:두|세|네|다섯|[2-9])\s*번째"
)


# "올해 새일센터가 새로 생기는 곳은 서울 마포구, 용산구, …": where something opens, a list of places
_OPENS_AT_BEFORE = re.compile(r"(?:생기는|들어서는|들어설|문을\s*여는|설치되는|개소하는)\s*곳은\s*$")
_CHAIN_GAP = re.compile(r"\s*(?:,|·|ㆍ|와|과|및)\s*")


def _scopes(text: str, gaz: Gazetteer, found: list[C.Mention]) -> list[C.Mention]:
    """Names that only say where: the places a list introduced by "…생기는 곳은" gives, and a 광역 that only
    frames one of its own units ("강원특별자치도에서는 영월군이 유일하다": the 광역 is no actor)."""
    out = list(found)
    for i, m in enumerate(out):
        if m.counted and _OPENS_AT_BEFORE.search(text, max(0, m.start - 20), m.start):
            j = i
            while True:
                out[j] = dc_replace(out[j], counted=False)
                if j + 1 >= len(out) or not _CHAIN_GAP.fullmatch(text, out[j].end, out[j + 1].start):
                    break
                j += 1
        if m.counted and m.unit.is_province and text.startswith("에서는", m.end) and i + 1 < len(out):
            nxt = out[i + 1]
            parent = gaz.parent(nxt.unit) if not nxt.unit.is_province else None
            if nxt.start - m.end <= 5 and parent is not None and parent.code == m.code:
                out[i] = dc_replace(m, counted=False)
    return out


def _excluded(text: str, found: list[C.Mention]) -> list[C.Mention]:
    if "번째" in text:
        found = [dc_replace(m, counted=False) if m.counted and _RANK_COMPARISON.match(text, m.end) else m
                 for m in found]
    if "제외" not in text and "빠" not in text and "않" not in text:
        return found
    out = []
    for m in found:
        ex = _EXCLUDED.match(text[m.end : m.end + 60]) if m.counted else None
        # "제외됐지만 올해 최우수상을 받았다", "제외됐던": the clause goes on, the unit still acts
        if ex and not _GOES_ON.match(text, m.end + ex.end()):
            m = dc_replace(m, counted=False)
        out.append(m)
    return out


_GOES_ON = re.compile(r"[가-힣]{0,3}?(?:지만|으나|었으나|는데|던|었던)")


# "통합특별시는 27개 시·군·구의 실적을 평가해": the 광역's generic tail as a later subject refers to the
# one 광역 of that kind the article names, which then acts (0.3.0; dev_015, ho_012).
_ANAPHOR_TAILS = ("통합특별시", "특별자치도", "특별자치시", "광역시", "특별시")
_ANAPHOR = re.compile(r"(?<![가-힣])(통합특별시|특별자치도|특별자치시|광역시|특별시)(?=(?:는|은|가|이|도|의\s*(?:평가|주관|주최|지원|발표|선정))(?![가-힣]))")


def _province_anaphors(text: str, found: list[C.Mention], speech: list[tuple[int, int]]) -> list[C.Mention]:
    if not any(m.unit.is_province and not m.counted for m in found):
        return found
    for am in _ANAPHOR.finditer(text):
        if any(a <= am.start() < b for a, b in speech):
            continue
        tail = am.group(1)
        before = [m for m in found if m.unit.is_province and m.start < am.start()]
        named = {m.code for m in before if m.unit.name.endswith(tail) and len(m.surface) > len(tail)}
        if len(named) != 1 or any(m.counted for m in before if m.code in named):
            continue
        code = named.pop()
        first = next(m for m in before if m.code == code)
        found = [dc_replace(m, counted=True) if m is first else m for m in found]
    return found


# "시는 2년 연속 목표 달성에 실패했다": a sentence-initial "시는 / 도는" whose only candidate in the
# article is one 광역 (no 기초 with that ending is named) makes that 광역 act (0.4.0)
_SHORT_ANAPHOR = re.compile(r"(?:^|(?<=[,.]\s))(?:또한?\s|한편\s|이에\s|특히\s)?(시|도)(?:는|은|가|이|도)\s")


def _short_anaphors(
    text: str, found: list[C.Mention], speech: list[tuple[int, int]], sents: list[tuple[int, int]]
) -> list[C.Mention]:
    provinces = [m for m in found if m.unit.is_province]
    if not provinces or all(m.counted for m in provinces):
        return found
    for a, b in sents:
        am = _SHORT_ANAPHOR.search(text[a:b])
        if am is None or any(x <= a + am.start() < y for x, y in speech):
            continue
        tail = am.group(1)
        if any(not m.unit.is_province and m.unit.name.endswith(tail) for m in found):
            continue
        at = a + am.start()
        # the 광역 named before, or in the dateline ("… 대전=서경민 기자" closing a story told with "시는")
        named = {m.code for m in provinces
                 if (m.start < at or text[m.end : m.end + 1] == "=") and m.unit.name.endswith(tail)}
        if len(named) != 1:
            continue
        code = named.pop()
        if any(m.counted for m in provinces if m.code == code):
            continue
        first = next(m for m in provinces if m.code == code)
        found = [dc_replace(m, counted=True) if m is first else m for m in found]
    return found


_LIST_SEP = "·ㆍ・"
# "도봉·노원·은평구", "나주·광양·담양이", "당진·아산·서산 등": items joined by middle dots.
_STEM_LIST = re.compile(r"(?<![가-힣A-Za-z0-9])[가-힣]{2,4}(?:\s*[·ㆍ・]\s*[가-힣]{2,6}){1,12}")
# "충주와 제천, 옥천, 영동, 단양에": three or more stems joined by 와/과 and commas or dots (commas alone
# list places too often: "창원, 김해, 양산 등 도시별 카페에서")
_MIXED_STEM_LIST = re.compile(
    r"(?<![가-힣A-Za-z0-9])[가-힣]{2,4}(?:(?:\s*[·ㆍ・,]\s*|(?:와|과)\s+)[가-힣]{2,6}){2,12}"
)
_STEM_SEP = {_STEM_LIST: r"(\s*[·ㆍ・]\s*)", _MIXED_STEM_LIST: r"(\s*[·ㆍ・,]\s*|(?<=[와과])\s+)"}
# "△최우수상(천안·서천·예산)": winners in brackets after a grade word
_GRADE_BEFORE_PAREN = re.compile(r"(?:상|최우수|우수|장려|대상|특별|기관|구|[△▲])\s*$")
_ITEM_PARTICLE = re.compile(r"(?:에서는|에서|으로|에는|은|는|이|가|의|도|와|과|에|로|을|를)$")


def _units_at(rows: list[Unit], gaz: Gazetteer, pub: object) -> list[Unit]:
    """The units of ``rows`` as named at the article's date (:meth:`Gazetteer.at`), one per code, in order."""
    units = [r for u in rows if (r := gaz.at(u, pub)) is not None]  # type: ignore[arg-type]
    return list({u.code: u for u in units}.values())


def _stem_mention(text: str, start: int, stop: int, stem: str, unit: Unit, gaz: Gazetteer,
                  counted: bool = True) -> C.Mention:
    """The mention of a bare stem read as ``unit`` (named as output), subject or topic by the particle after it."""
    shown = _output_unit(gaz, unit)
    return C.Mention(start, stop, stem, shown, shown.full_name, shown.code, counted=counted,
                     subject=bool(_SUBJECT.match(text[stop : stop + 6])),
                     topic=bool(_TOPIC.match(text[stop : stop + 6])))


@cache
def _stem_index(gaz: Gazetteer) -> dict[str, list[Unit]]:
    """Bare stem ("나주", "은평") → 기초 rows; stems that are also 광역 names ("광주") are left out."""
    province_names: set[str] = set()
    for u in gaz.units:
        if u.is_province:
            province_names.update({u.name, *u.aliases})
    index: dict[str, list[Unit]] = {}
    for u in gaz.units:
        if u.level != "기초" or len(u.name) < 3:
            continue
        stems = {u.name[:-1]} | {a for a in u.aliases if " " not in a and not a.endswith(("시", "군", "구"))}
        for stem in stems:
            if len(stem) >= 2 and stem not in province_names:
                index.setdefault(stem, []).append(u)
    return index


# "△특별상(당진)": one winner's bare stem in brackets right after a grade word
_BRACKET_STEM = re.compile(r"(?:상|최우수|우수|장려|특별)\s*\(([가-힣]{2,4})\)")


def _bracket_stems(
    text: str, found: list[C.Mention], gaz: Gazetteer, pub: object, article_ctx: Counter[str]
) -> list[C.Mention]:
    """A single stem in brackets after a grade, resolved like a stem list (a 광역 the article names)."""
    if "(" not in text:
        return found
    index = _stem_index(gaz)
    taken = {m.start for m in found}
    extra = []
    for bm in _BRACKET_STEM.finditer(text):
        start = bm.start(1)
        if start in taken:
            continue
        units = _units_at(index.get(bm.group(1), []), gaz, pub)
        units = [u for u in units if article_ctx.get(_province_key(gaz, u), 0)]
        if len(units) != 1:
            continue
        shown = _output_unit(gaz, units[0])
        extra.append(C.Mention(start, bm.end(1), bm.group(1), shown, shown.full_name, shown.code,
                               counted=True, subject=False, topic=False))
    return sorted(found + extra, key=lambda x: x.start) if extra else found


def _stem_lists(
    text: str,
    found: list[C.Mention],
    gaz: Gazetteer,
    pub: object,
    article_ctx: Counter[str],
    speech: list[tuple[int, int]],
) -> list[C.Mention]:
    """Districts in middle-dot lists of bare stems ("나주·광양·담양이", "도봉·노원·은평구 등").

    Every item must be a stem of a 기초 (or the full name the gazetteer already found) in a 광역
    the article names; an ambiguous stem (고성) takes the 광역 the article names most. Lists in
    quoted speech are context only.
    """
    found = _bracket_stems(text, found, gaz, pub, article_ctx)
    if not any(c in text for c in _LIST_SEP + ",와과"):
        return found
    index = _stem_index(gaz)
    taken = {m.start: m for m in found}
    extra: list[C.Mention] = []
    replaced: set[int] = set()
    demoted: set[int] = set()
    lists = [(lm, _STEM_LIST) for lm in _STEM_LIST.finditer(text)]
    dotted = [lm.span() for lm, _r in lists]
    lists += [(lm, _MIXED_STEM_LIST) for lm in _MIXED_STEM_LIST.finditer(text)
              if not any(a <= lm.start() < b for a, b in dotted) and re.search(r"[와과]\s", lm.group())]
    for lm, rx in lists:
        if any(a <= lm.start() < b for a, b in speech):
            continue
        items = []
        pos = lm.start()
        for piece in re.split(_STEM_SEP[rx], lm.group()):
            if rx is _MIXED_STEM_LIST and piece and piece[-1] in "와과" and piece[:-1] in index:
                items.append((pos, piece[:-1]))  # "충주와 제천": the item before its conjunction
                pos += len(piece)
                continue
            if piece and not piece.strip(" ," + _LIST_SEP):
                pos += len(piece)
                continue
            items.append((pos, piece))
            pos += len(piece)
        if rx is _MIXED_STEM_LIST and len(items) < 3:
            continue
        resolved: list[tuple[int, int, str, Unit]] = []
        ok = True
        for k, (start, word) in enumerate(items):
            if start in taken:
                continue  # "은평구": a full name the gazetteer found
            stem = word
            if k == len(items) - 1:
                stem = _ITEM_PARTICLE.sub("", word) if word not in index else word
            unit = _resolve_stem(stem, gaz, pub, article_ctx)
            if unit is None:
                ok = False
                break
            resolved.append((start, start + len(stem), stem, unit))
        if not ok or len(resolved) + sum(1 for st, _w in items if st in taken) < 2 or not resolved:
            continue
        end = lm.end()
        last_end = resolved[-1][1] if resolved[-1][1] > end - 8 else end
        after = text[end : end + 40]
        group_end = tail.end() if (tail := _GROUP_TAIL.match(text, end)) else end
        place = bool(_LIST_AREA_AFTER.match(after) or _LIST_AREA_AFTER.match(text, last_end)
                     or (group_end > end and _LIST_AREA_AFTER.match(text, group_end)))
        if items[-1][0] in taken:  # "영월·평창·정선군을 도는": the list ends in a full name
            last_item = taken[items[-1][0]]
            # "마포·은평·서대문구에 자리한 중소기업": the stems share the place role of the full name
            place = place or bool(_LIST_AREA_AFTER.match(text, last_item.end)) or (
                not last_item.counted and not last_item.unit.is_province and _place_only(text, last_item.start, last_item.end))
        list_end = taken[items[-1][0]].end if items[-1][0] in taken else last_end
        if text[max(0, lm.start() - 1) : lm.start()] == "(" and not _GRADE_BEFORE_PAREN.search(
            text[max(0, lm.start() - 8) : lm.start() - 1]
        ) and not _HOSTS_IN_BRACKET.match(text, list_end):
            place = True  # "영등포 타임스퀘어(영등포·동작)": the areas a venue serves, not actors
            # "서울광장(종로·중구)": a full name in that list is such an area too
            demoted.update(st for st, _w in items if st in taken and not taken[st].unit.is_province)
        # "성남·광주·양주시": a 광역's short name among the stems of another 광역's 시·군 is the 기초 of that name
        key = _province_key(gaz, resolved[0][3])
        mixed = False
        swaps: list[tuple[int, int, str, Unit]] = []
        for start, _word in items:
            m = taken.get(start)
            if m is None or not m.unit.is_province or len(m.surface) != 2:
                continue
            same = [r for kind in "시군" for u in gaz.candidates(m.surface + kind)
                    if not u.is_province and (r := gaz.at(u, pub)) is not None and _province_key(gaz, r) == key]  # type: ignore[arg-type]
            if len({u.code for u in same}) == 1:
                swaps.append((start, m.end, m.surface, same[0]))
            elif not m.counted and not re.match(r"[ \t]+[가-힣]", text[m.end : m.end + 2]):
                mixed = True  # (not a prefix of the next item: "동두천·충북 음성·서울 강동구")
        if mixed:
            # "포항과 경주·울산의 중소기업": a 광역's short name among 기초 stems makes a region of the list,
            # not its actors
            continue
        replaced.update(start for start, _e, _w, _u in swaps)
        resolved.extend(swaps)
        extra.extend(_stem_mention(text, start, stop, stem, unit, gaz, counted=not place)
                     for start, stop, stem, unit in resolved)
    if replaced:
        found = [m for m in found if m.start not in replaced]
    if demoted:
        found = [dc_replace(m, counted=False) if m.start in demoted else m for m in found]
    return sorted(found + extra, key=lambda x: x.start) if extra else found


# "▴9월 5일(송파·강동구 공동개최)": the hosts of one date of a touring event, in brackets (0.31.0)
_HOSTS_IN_BRACKET = re.compile(r"\s*(?:공동\s*|합동\s*)?(?:개최|주최|주관)\s*\)")


# "우수 시·군에는 익산과 무주가 이름을 올렸다": two bare stems joined by 와/과 as the subject of the clause
_STEM_PAIR = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{2,3}?)(?:와|과)\s+([가-힣]{2,3}?)(?:(?:이|가|은|는|도)\s|이었|였|이다|이며|이고)")


_PAIR_ROLE = re.compile(r"최우수|우수|대상|장려|특별상|선정|뽑|수상|이름을\s*올|받았|차지|\d[\d,.]*\s*(?:%|％|명|점)")


def _stem_pairs(
    text: str, found: list[C.Mention], gaz: Gazetteer, pub: object, article_ctx: Counter[str],
    speech: list[tuple[int, int]],
) -> list[C.Mention]:
    """Two bare stems joined by 와/과 and marked as subject or predicate ("익산과 무주가", "김제와 임실은", "가장 낮은
    곳은 정선과 삼척이었다"): both must be stems
    of 기초 in one 광역 the article names (a common word beside a stem, "예산과 인력이", is left alone)."""
    if "와 " not in text and "과 " not in text:
        return found
    index = _stem_index(gaz)
    taken = [(m.start, m.end) for m in found]
    extra: list[C.Mention] = []
    for pm in _STEM_PAIR.finditer(text):
        if any(a <= pm.start() < b for a, b in taken + speech):
            continue
        # the pair receives, is selected or has a figure of its own in its clause ("거제와 창원은 … 밀집
        # 지역이다" describes an area)
        clause = re.match(r"[^.\n]{0,80}", text[pm.end() :])
        lead = text[max(0, pm.start() - 60) : pm.start()].rsplit(".", 1)[-1]
        if not (_PAIR_ROLE.search(clause.group() if clause else "") or (
                pm.group().endswith(("이었", "였", "이다", "이며", "이고")) and re.search(r"\d", lead))):
            continue
        resolved = []
        for g in (1, 2):
            units = [u for u in _units_at(index.get(pm.group(g), []), gaz, pub) if article_ctx.get(_province_key(gaz, u), 0)]
            if len(units) != 1:
                break
            resolved.append((pm.start(g), pm.end(g), pm.group(g), units[0]))
        if len(resolved) != 2 or _province_key(gaz, resolved[0][3]) != _province_key(gaz, resolved[1][3]):
            continue
        extra.extend(_stem_mention(text, start, stop, stem, unit, gaz) for start, stop, stem, unit in resolved)
    return sorted(found + extra, key=lambda x: x.start) if extra else found


# "서부권 9개 시·군(진주, 사천, 고성 …)이 함께 주관": the members of a group of 기초 in brackets after the
# group's word, the group being subject or object ("이웃 시군(보은·증평) 사이": no actors)
_GROUP_WORD = rf"(?:{V.UNIT_GROUP_WORD}|기초(?:자치)?단체)"
# bare stems joined by list marks ("거제·진주·통영", "수원, 안양"), one group's members
_STEM_ITEMS = r"[가-힣]{2,4}(?:\s*[,·ㆍ・]\s*[가-힣]{2,4})"
_GROUP_STEMS = re.compile(
    _GROUP_WORD + rf"\s*\((?P<items>{_STEM_ITEMS}{{1,20}})\)"
    # "도내 9개 시·군(거제·진주 …), 경남테크노파크와 함께": the group and a partner as co-hosts (0.18.0)
    r"(?=(?:이|가|은|는|도|을|를|와|과|에서|이며|으로|로)\s|\s*등|\s*,\s*[^,.()]{1,20}?(?:와|과)\s*(?:함께|공동))"
)
# "수원, 용인, 고양, 성남 등 17개 시군을 골랐다": bare stems listed before the group they make up
_STEMS_THEN_GROUP = re.compile(
    rf"(?<![가-힣A-Za-z0-9])(?P<items>{_STEM_ITEMS}{{1,20}})\s*등\s*\d+\s*개\s*" + _GROUP_WORD
)
# "올해 사업에 참여하는 시·군은 수원, 안양, 평택 … 등 20곳이다": the group word as the topic, its members listed
# after it and counted (0.18.1)
_GROUP_THEN_STEMS = re.compile(
    _GROUP_WORD + rf"(?:은|는)\s+(?P<items>{_STEM_ITEMS}{{1,30}})\s*등\s*\d+\s*(?:곳|개)"
)
# "선정된 시군과 사업은 △치매예방 … 양성교육(구리) △…(시흥)": a list of schemes, each with its 기초's stem in
# brackets, after a sentence that names the group
_BULLET_STEM = re.compile(r"[△▲][^△▲\n]{2,60}?\((?P<stem>[가-힣]{2,4})\)(?=\s*(?:[△▲]|$|\n|이다|입니다|등|[.,]))")
_GROUP_INTRO = re.compile(_GROUP_WORD)
_GROUP_COMPANIES_AFTER = re.compile(r"의\s+(?:[가-힣]+\s+)?(?:기업|업체|회사)")
_GROUP_BODIES_AFTER = re.compile(rf"(?:에\s*(?:있는\s+)?|의\s+)?\s*{_BODY_NAME}")


def _resolve_stem(stem: str, gaz: Gazetteer, pub: object, article_ctx: Counter[str]) -> Unit | None:
    """A bare stem's 기초 in a 광역 the article names (the one it names most, for a stem found in several), or
    None when the stem is no 기초 there."""
    index = _stem_index(gaz)
    if stem not in index and len(stem) > 2 and stem[-1] in "시군구":
        stem = stem[:-1]  # "(거제·진주·통영·사천시·고성 …·함양군)": the kind written on some items (0.18.0)
    units = _units_at(index.get(stem, []), gaz, pub)
    if len(units) > 1:
        scores = {u.code: article_ctx.get(_province_key(gaz, u), 0) for u in units}
        best = max(scores.values())
        units = [u for u in units if scores[u.code] == best] if best else []
    if len(units) != 1 or not article_ctx.get(_province_key(gaz, units[0]), 0):
        return None
    return units[0]


def _resolve_stems(stems: list[str], gaz: Gazetteer, pub: object, article_ctx: Counter[str]) -> list[Unit] | None:
    """Each stem's 기초 (:func:`_resolve_stem`), or None when one stem has none or the stems lie in two 광역."""
    out = [_resolve_stem(stem, gaz, pub, article_ctx) for stem in stems]
    units = [u for u in out if u is not None]
    if len(units) != len(out) or len({_province_key(gaz, u) for u in units}) != 1:
        return None
    return units


def _group_stems(
    text: str, found: list[C.Mention], gaz: Gazetteer, pub: object, article_ctx: Counter[str],
    speech: list[tuple[int, int]],
) -> list[C.Mention]:
    """Bare stems a group word introduces: the bracketed members of "N개 시·군(…)", the stems listed before
    "등 N개 시군", and the stems that close the items of a △ list of schemes after a sentence naming the group.
    They act (counted) even where a bracketed list is otherwise read as the areas a venue serves."""
    spans: list[tuple[int, str]] = []
    for gm in [*_GROUP_STEMS.finditer(text), *_STEMS_THEN_GROUP.finditer(text), *_GROUP_THEN_STEMS.finditer(text)]:
        if _GROUP_COMPANIES_AFTER.match(text, gm.end()):
            continue  # "담양·화순 등 6개 시·군의 구인 기업 28곳이": where the companies are (0.15.0)
        if _GROUP_BODIES_AFTER.match(text, gm.end()):
            continue  # "나주·광양 등 7개 시·군 여성새로일하기센터", "… 시군에 새일센터가 있으며": their bodies (0.21.0)
        pos = gm.start("items")
        for piece in re.split(r"(\s*[,·ㆍ・]\s*)", gm.group("items")):
            if piece and not re.fullmatch(r"\s*[,·ㆍ・]\s*", piece):
                spans.append((pos, piece))
            pos += len(piece)
    by_line: dict[int, list[re.Match[str]]] = {}
    for bm in _BULLET_STEM.finditer(text):
        line_start = max(text.rfind("\n", 0, bm.start()), text.rfind(". ", 0, bm.start())) + 1
        by_line.setdefault(line_start, []).append(bm)
    for line_start, items in by_line.items():
        first = items[0].start()
        if len(items) >= 2 and _GROUP_INTRO.search(text, line_start, first):
            spans.extend((bm.start("stem"), bm.group("stem")) for bm in items)
    spans = sorted((a, w) for a, w in spans if not any(x <= a < y for x, y in speech))
    if not spans:
        return found
    groups: list[list[tuple[int, str]]] = []
    for a, w in spans:  # one group per bracket list or △ list: consecutive spans closer than 80 characters
        if groups and a - groups[-1][-1][0] < 80:
            groups[-1].append((a, w))
        else:
            groups.append([(a, w)])
    by_start = {m.start: m for m in found}
    extra: list[C.Mention] = []
    for group in groups:
        units = _resolve_stems([w for _a, w in group], gaz, pub, article_ctx)
        if units is None:
            continue
        for (a, w), unit in zip(group, units, strict=True):
            by_start.pop(a, None)
            extra.append(_stem_mention(text, a, a + len(w), w, unit, gaz, counted=True))
    if not extra:
        return found
    return sorted(list(by_start.values()) + extra, key=lambda x: x.start)


# "의령, 함안, 고성, 산청, 합천군": bare stems joined by commas before one full name that gives the kind
_COMMA_STEM_LIST = re.compile(r"(?<![가-힣A-Za-z0-9])(?:[가-힣]{2,4}\s*,\s*){1,12}(?=[가-힣]{1,4}(?:시|군|구))")


# "동·영도·북·강서·연제구": a middle-dot list that shares the kind of its last, full name; items of one
# syllable (동, 북, 중) are names of that kind too ("동구", "북구")
_DOT_KIND_LIST = re.compile(r"(?<![가-힣A-Za-z0-9])(?:[가-힣]{1,4}\s*[·ㆍ・]\s*){1,12}(?=[가-힣]{1,4}(?:시|군|구))")


def _comma_stem_lists(
    text: str, found: list[C.Mention], gaz: Gazetteer, pub: object, speech: list[tuple[int, int]]
) -> list[C.Mention]:
    """Stems of a comma list that ends in a full 기초 name ("창녕, 남해, 하동, 함양, 거창군이"): each item is
    a 기초 of the last item's 광역 and kind (시/군/구); all items must resolve, else the list is
    left alone. A middle-dot list ending in a full name ("동·영도·북·강서·연제구도") is read the same way,
    one-syllable items taking the last item's kind."""
    if "," not in text and not any(c in text for c in _LIST_SEP):
        return found
    found = _dot_kind_lists(text, found, gaz, pub, speech)
    if "," not in text:
        return found
    index = _stem_index(gaz)

    def resolve(stem: str, start: int, by_start: dict[int, C.Mention], key: object, kind: str) -> Unit | None:
        if start in by_start:
            return None
        units = [u for u in _units_at(index.get(stem, []), gaz, pub)
                 if u.name.endswith(kind) and _province_key(gaz, u) == key]
        return units[0] if len(units) == 1 else None

    return _read_lists(_COMMA_STEM_LIST, text, found, gaz, speech, resolve)


def _dot_kind_lists(
    text: str, found: list[C.Mention], gaz: Gazetteer, pub: object, speech: list[tuple[int, int]]
) -> list[C.Mention]:
    """:data:`_DOT_KIND_LIST` lists: every item is a 기초 of the last item's 광역 and kind, written as its
    stem ("영도", "강서") or, for one syllable, as the name without its kind ("동" → 동구); items found
    already are kept; all items must resolve, else the list is left alone."""
    if not any(c in text for c in _LIST_SEP):
        return found
    index = _stem_index(gaz)

    def resolve(stem: str, start: int, by_start: dict[int, C.Mention], key: object, kind: str) -> Unit | bool | None:
        if start in by_start:  # found already: kept when it is of the list's 광역
            return _province_key(gaz, by_start[start].unit) == key
        rows = index.get(stem, []) if len(stem) > 1 else gaz.candidates(stem + kind)
        units = [u for u in _units_at(rows, gaz, pub)
                 if u.level == "기초" and u.name.endswith(kind) and _province_key(gaz, u) == key]
        return units[0] if len(units) == 1 else None

    return _read_lists(_DOT_KIND_LIST, text, found, gaz, speech, resolve)


def _read_lists(
    pattern: re.Pattern[str], text: str, found: list[C.Mention], gaz: Gazetteer, speech: list[tuple[int, int]],
    resolve: Callable[[str, int, dict[int, C.Mention], object, str], Unit | bool | None],
) -> list[C.Mention]:
    """Mentions for the items of every ``pattern`` list that ends right before a 기초 found (not in quoted
    speech): ``resolve(stem, start, found by start, the last name's 광역 key, its kind)`` gives an item's
    unit, ``True`` to keep an item found already, or ``None``/``False`` to leave the whole list alone.
    Each item's mention is counted, subject and topic as the list's last name is."""
    by_start = {m.start: m for m in found}
    extra: list[C.Mention] = []
    for lm in pattern.finditer(text):
        last = by_start.get(lm.end())
        if last is None or last.unit.is_province or any(a <= lm.start() < b for a, b in speech):
            continue
        key, kind = _province_key(gaz, last.unit), last.unit.name[-1]
        resolved: list[tuple[int, int, str, Unit]] = []
        for im in re.finditer(r"[가-힣]+", lm.group()):
            start, stem = lm.start() + im.start(), im.group()
            unit = resolve(stem, start, by_start, key, kind)
            if unit is True:
                continue
            if unit is None or unit is False:
                resolved = []
                break
            resolved.append((start, start + len(stem), stem, unit))
        for start, stop, stem, unit in resolved:
            shown = _output_unit(gaz, unit)
            extra.append(C.Mention(start, stop, stem, shown, shown.full_name, shown.code, counted=last.counted,
                                   subject=last.subject, topic=last.topic))
    return sorted(found + extra, key=lambda x: x.start) if extra else found


# "서울(1.874)과 대전(1.509)", "춘천(14만1100명)", "청양(0.5%)": a place given its own figure in brackets
_FIGURE_AFTER = re.compile(
    r"\s*\(\s*[-+−]?\d[\d,.]*\s*(?:만\s*[\d,]*)?\s*(?:천\s*[\d,]*)?\s*(?:여)?\s*(?:%p|%|％|명|개|곳|점|위|배|건)?"
    # "제주도(3.6%→4.2%)": a figure's change
    r"(?:\s*(?:→|->|⇒)\s*[-+−]?\d[\d,.]*\s*(?:%p|%|％|명|개|곳|점|위|배)?)?\s*\)"
)
# "경남형 예비사회적기업", "3단계 대구형 희망플러스 일자리사업", "충북형 도시근로자 지원사업": the 광역's branded scheme
# makes it a district of the story (gold README: a 광역's "○○형" scheme belongs to it and to the 기초 that runs it, 0.42.0)
_PROVINCE_BRAND_AFTER = re.compile(
    r"형\s*(?:[가-힣·]+\s+){0,4}?[가-힣·]*(?:사업|일자리|기업|센터|프로젝트|수당|인턴|뉴딜|박람회)(?![가-힣])"
)
# "경남 통영 6.1%, 경기 안양 5.8%, … 순이었다", "경상남도 3.6%, 제주도 2.5%가 뒤를 이었다": a rate right after a
# name, an item of a ranking (0.41.0)
_RATE_AFTER = re.compile(r"\s+[-+−]?\d[\d,.]*\s*(?:%p|%|％)\s*(?:,|순|(?:으로|로|가|이|이다|였다|이었다)(?![가-힣]))")
# "태안이 73.5%로", "공주는 59.7%", "원주가 17만4200여명으로": a place as the subject of its own figure; also with
# the statistic named between ("군산이 실업률 4.2%로", "신안의 고용률은 75.4%로", 0.41.0)
_FIGURE_STAT = r"(?:고용률|실업률|취업자\s*수?|실업자\s*수?|경제활동\s*참가율|이직률)"
_FIGURE_SUBJECT = re.compile(
    rf"(?:(?:이|가|은|는)\s+(?:{_FIGURE_STAT}\s*(?:은|는|이|가)?\s+)?|의\s*{_FIGURE_STAT}\s*(?:은|는|이|가)\s*)"
    r"(?:가장\s+(?:높은|낮은)\s+)?[-+−]?\d[\d,.]*\s*(?:만\s*[\d,]*)?\s*(?:천\s*[\d,]*)?\s*(?:여)?\s*"
    r"(?:%p|%|％|명|점|등급)\s*(?:으로|로|에|이|였|이었|를|,)"
)
# "광주·강원·전북은 각 4억원씩", "부산과 경북에는 각 6억원", "우수 시·도는 대전·울산·전북·전남·제주이며":
# 광역 short names listed together as one subject, receiver or winners' list
_PROVINCE_STEMS = (
    "서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "경기", "강원", "충북", "충남", "전북", "전남",
    "경북", "경남", "제주",
)
_PROVINCE_STEM_LIST = re.compile(
    rf"(?<![가-힣])(?:{'|'.join(_PROVINCE_STEMS)})(?:\s*(?:·|ㆍ|・|,|과|와|및)\s*(?:{'|'.join(_PROVINCE_STEMS)})){{1,16}}"
    r"(?:광역시|특별시|특별자치시|특별자치도|도|시)?"
    # "대전·세종·충북·충남 4개 시도가 주관하며": the list counted as 시·도
    # "인천·광주·부산광역시 등 32개 자치단체가 우수상을": the list with its counted tail (0.22.0)
    r"(?=(?:\s*\d+\s*개\s*(?:시·도|시도|광역자치단체|광역단체|광역지자체)"
    r"|\s*등\s*\d+\s*(?:개|곳)\s*(?:지방자치단체|자치단체|지자체|단체|기관)?)?"
    r"\s*(?:은|는|이|가|에는|에게는|에게|에|이며|이다|였다|이었다|도)(?![가-힣]))"
    # not the area where something sits ("부산·경남에 자리한 기업 190여 곳")
    r"(?!\s*에\s*(?:있는|자리한|자리\s*잡은|위치한|소재한|본사를|둥지를))"
)


# "울산이 7개로 가장 많이", "충북 5개, 경남 4개", "전남·제주 각 2개": a 광역 short name with a tally of grades or
# points of its own (0.12.0); not a count of places in its area ("경기 27곳"), a share ("서울 12.1%") or a rank
# within it ("충남 1위")
_PROVINCE_TALLY_AFTER = re.compile(
    rf"(?:\s*[·ㆍ・]\s*(?:{'|'.join(_PROVINCE_STEMS)}))*(?:이|가|은|는|도)?\s+(?:각\s*)?[-+−]?\d[\d,.]*\s*"
    r"(?:개|점|등급)(?:씩)?\s*(?:으로|로|를|을|,|이었|였|에|이다)"
)


def _list_holding(pattern: re.Pattern[str], text: str, s: int, e: int, ahead: int, past: int) -> re.Match[str] | None:
    """The match of a list ``pattern``, searched from ``ahead`` characters before ``text[s:e]`` to ``past`` after it,
    that holds the name at ``text[s:e]``, or None."""
    for lm in pattern.finditer(text, max(0, s - ahead), min(len(text), e + past)):
        if lm.start() <= s and e <= lm.end():
            return lm
    return None


def _province_stem_list(text: str, s: int, e: int) -> bool:
    """Whether the short 광역 name at ``text[s:e]`` is an item of a list of 광역 short names that is a subject,
    a receiver or a copula list (not an area: "부산·울산·경남 지역", "대구·경북 기업")."""
    return _list_holding(_PROVINCE_STEM_LIST, text, s, e, 60, 80) is not None


# "취업자는 대전 75만9천명, 세종 14만4천명, 충북 88만8천명", "실업률은 대전 3.5%, 세종 1.9%": 광역 short names
# listed, each with its own figure (labour statistics by 광역; 0.22.0), not the shares of the places where one
# area's people work ("직장 소재지는 세종 58.9%, 대전 17.2%", "부평구는 경기 18.8%, 서울 15.9%")
_PROVINCE_FIGURE_ITEM = (
    rf"(?:{'|'.join(_PROVINCE_STEMS)})\s+[-+−]?\d[\d,.]*\s*(?:만\s*[\d,]*\s*)?(?:천\s*[\d,]*\s*)?(?:여\s*)?(?:%p|%|％|명)"
)
_PROVINCE_FIGURE_LIST = re.compile(
    rf"(?<![가-힣A-Za-z0-9]){_PROVINCE_FIGURE_ITEM}(?:\s*(?:,|와|과)\s*{_PROVINCE_FIGURE_ITEM})+"
)
_SHARES_BEFORE = re.compile(r"[가-힣](?:구|시|군)(?:은|는)\s*\(?\s*$")
# "직장 소재지는", "다른 지역으로 출근하는 비율은": the list's clause is about where people work or go
_SHARES_CUE = re.compile(r"소재지|직장|통근|출근|출퇴근|거주지|유입|유출|다른\s*지역|타\s*지역")


def _province_figure_list(text: str, s: int, e: int) -> bool:
    """Whether the short 광역 name at ``text[s:e]`` is an item of a list of 광역 short names with a figure each."""
    lm = _list_holding(_PROVINCE_FIGURE_LIST, text, s, e, 80, 120)
    if lm is None:
        return False
    clause = max(text.rfind(".", 0, lm.start()), text.rfind("\n", 0, lm.start()), lm.start() - 40) + 1
    return not (_SHARES_BEFORE.search(text, max(0, lm.start() - 12), lm.start()) or _SHARES_CUE.search(text, clause, lm.start()))


# "인천, 울산, 강원, 대구 동구, 경기 남양주·양주 등 10곳이 표창을", "전남, 충북, 전북 부안군과 함께 우수
# 지자체에": 광역 short names listed with 기초 names as the winners or the selected local governments
_MIXED_ITEM = (
    rf"(?:(?:{'|'.join(_PROVINCE_STEMS)})(?:[ \t]+[가-힣]{{1,4}}(?:\s*·\s*[가-힣]{{1,4}})*)?"
    r"|[가-힣]{1,5}(?:시|군|구)(?:\s*·\s*[가-힣]{1,5})*)"
)
_MIXED_PROVINCE_LIST = re.compile(
    rf"(?<![가-힣]){_MIXED_ITEM}(?:\s*,\s*{_MIXED_ITEM}){{1,16}}"
    r"(?=\s*(?:(?:과|와)\s*함께|등\s*\d+\s*(?:개|곳))[^.\n]{0,50}?"
    r"(?:최우수|우수|대상|장려|특별상|선정|뽑혀|뽑혔|뽑힌|수상|받았|받는다|받는|표창|이름을\s*올))"
)


# "자치단체 2곳(부산광역시, 경상북도)과 유공자 15명은 … 표창을 받는다", "우수기관 3곳(서울시·경기도·…)이
# 선정됐다": the members of a counted group of local governments that receives or is selected
_GROUP_BRACKET_BEFORE = re.compile(
    r"(?:지자체|자치단체|지방자치단체|광역자치단체|광역단체|기관|시·도|시도)\s*\d+\s*(?:곳|개)\s*\("
    r"(?:[^()\n]{1,12}?\s*(?:,|·|ㆍ|및)\s*){0,8}$"
)
_GROUP_BRACKET_TAIL = re.compile(
    r"[^()\n]{0,80}?\)[^.\n]{0,60}?(?:받|선정|뽑|수상|표창|차지|안았|돌아갔)"
)


def _group_bracket(text: str, s: int, e: int) -> bool:
    """Whether the name at ``text[s:e]`` is a member, in brackets, of a counted group of local governments
    that receives or is selected."""
    return bool(_GROUP_BRACKET_BEFORE.search(text, max(0, s - 120), s) and _GROUP_BRACKET_TAIL.match(text, e))


def _mixed_province_list(text: str, s: int, e: int) -> bool:
    """Whether the short 광역 name at ``text[s:e]`` is an item of a list of winners that mixes 광역 and 기초
    names and closes with "과 함께 … 우수", "등 N곳이 … 받았다"."""
    if "," not in text[max(0, s - 80) : e + 120]:
        return False
    return _list_holding(_MIXED_PROVINCE_LIST, text, s, e, 120, 200) is not None


# "추가 모집 인원은 안동 6명, …": a unit's own quota of people in a list by 시·군
_QUOTA_AFTER = re.compile(r"\s+\d[\d,]*\s*(?:여\s*)?명\s*(?:,|과|와|및|씩|을|이|으로|등|\))")
_BRACKET_STEM_LIST = re.compile(
    r"(?<![가-힣A-Za-z0-9])(?:[가-힣]{2,3}\s*\([^()\n]{1,30}\)\s*,\s*){2,}[가-힣]{2,3}\s*\([^()\n]{1,30}\)"
)


# "강릉 59.0%, 동해 60.1%, 태백 64.6%": two or more stems, each with its own figure, listed by commas
# (the first item may carry its subject particle: "여수가 36.4%, 고흥 31.8%, 순천 29.7%", 0.41.0)
_STEM_FIGURE_ITEM = r"[가-힣]{2,3}?(?:이|가|은|는)?\s+[-+−]?\d[\d,.]*\s*(?:%p|%|％|명|점)"
_STEM_FIGURE_LIST = re.compile(rf"(?<![가-힣A-Za-z0-9]){_STEM_FIGURE_ITEM}(?:\s*,\s*{_STEM_FIGURE_ITEM})+")
_QUOTED_STEM_ITEM = r"[가-힣]{2,3}\s+[‘'\"“][^’'\"”\n]{2,40}[’'\"”]"
_QUOTED_STEM_LIST = re.compile(rf"(?<![가-힣A-Za-z0-9]){_QUOTED_STEM_ITEM}(?:\s*,\s*{_QUOTED_STEM_ITEM})+")


# a word of two or three syllables before a bracket, a subject particle, a figure or a quote (see _figure_stems)
_FIGURE_STEM = re.compile(
    rf"(?<![가-힣A-Za-z0-9])([가-힣]{{2,3}}?)(?=\s*\(|(?:이|가|은|는)\s|\s+\d|\s+[‘'\"“]|의\s*{_FIGURE_STAT})"
)


# "- 춘천(3) : ㈜…": a bracketed number before a colon labels a list block
_LABEL_COLON = re.compile(r"[ \t]*[:：]")


def _figure_stems(
    text: str, found: list[C.Mention], gaz: Gazetteer, pub: object, article_ctx: Counter[str],
    speech: list[tuple[int, int]],
) -> list[C.Mention]:
    """Bare 기초 stems given a figure of their own ("춘천(14만1100명)", "태안이 73.5%로", "청양(0.5%)") in an
    article that names their 광역: statistics by 시·군 make each unit a subject."""
    if not any(ch.isdigit() for ch in text):
        return found
    index = _stem_index(gaz)
    taken = [(m.start, m.end) for m in found]
    extra: list[C.Mention] = []
    # "동작(노량진 청년취업센터), 구로(청년잇다), 마포(청년나루터) 등": three or more stems, each with its own
    # bracket, listed by commas; "광양 '…', 영암 '…', 무안 '…' 등": two or more, each with its quoted project
    bracket_lists = [(lm.start(), lm.end()) for lm in _BRACKET_STEM_LIST.finditer(text)]
    # (start, end, items when every item is a stem or a name of a unit, "진해구" too, else 0)
    figure_lists = [(lm.start(), lm.end(), len(words) if all(w in index or w[-1] in "시군구" or gaz.candidates(w) for w in words) else 0)
                    for lm in _STEM_FIGURE_LIST.finditer(text)
                    for words in [re.findall(r"([가-힣]{2,3}?)(?:이|가|은|는)?\s+[-+−]?\d", lm.group())]]
    bracket_lists += [(a, b) for a, b, n in figure_lists if n]
    if "'" in text or "‘" in text or '"' in text or "“" in text:
        bracket_lists += [(lm.start(), lm.end()) for lm in _QUOTED_STEM_LIST.finditer(text)]
    for sm in _FIGURE_STEM.finditer(text):
        stem = sm.group(1)
        if stem not in index or any(a <= sm.start() < b for a, b in taken + speech):
            continue
        stop = sm.end()
        if text[sm.start() - 1 : sm.start()] == "·" and not _FIGURE_AFTER.match(text, stop):
            continue  # "청주(3.4%)·증평(3.1%)·음성(2.5%)": after a middle dot only with its own bracketed figure (0.41.0)
        if not (_FIGURE_AFTER.match(text, stop) or _FIGURE_SUBJECT.match(text, stop) or _QUOTA_AFTER.match(text, stop)
                or any(a <= sm.start() < b for a, b in bracket_lists)):
            continue
        if (fig := _FIGURE_AFTER.match(text, stop)) and _LABEL_COLON.match(text, fig.end()):
            continue  # "- 춘천(3) : ㈜팡팡공방 / …": the label of a list of what is there, not a figure of the 시
        units = _units_at(index[stem], gaz, pub)
        # "지역별로는 창원 진해구 3,420명, 목포 1,790명, 영암 1,655명, 군산 880명": in a list of three or more
        # stems with figures, a stem of one unit needs no 광역 named (a national list by 시·군)
        national = len(units) == 1 and any(a <= sm.start() < b and n >= 3 for a, b, n in figure_lists)
        if not national:
            units = [u for u in units if article_ctx.get(_province_key(gaz, u), 0)]
        if len(units) != 1:
            continue
        extra.append(_stem_mention(text, sm.start(), stop, stem, units[0], gaz))
    return sorted(found + extra, key=lambda x: x.start) if extra else found


# "경북 구미와 경기 오산의 실업률이", "충남 천안(…)": a 기초's stem right after its 광역's short name
_PREFIXED_STEM = re.compile(
    rf"(?<![가-힣])({'|'.join(_PROVINCE_STEMS)})[ \t]+([가-힣]{{2,3}}?)"
    r"(?=(?:와|과|의|이|가|은|는|도|에서|에)?(?![가-힣])|\s*\()"
)


# "선정된 곳은 ", "뽑힌 사업은 경북 칠곡(…), ": the head of a list of selected places, and the items before
_SELECTED_HEAD = re.compile(
    r"(?:선정된|뽑힌|지정된|선정한|뽑은)\s*(?:사업|곳|지역|지자체|시·군·구|시군구|시·군|시군|자치단체|대상지)(?:은|는)\s*"
    r"(?:(?:[가-힣]{2,4}[ \t]+)?[가-힣]{2,5}\s*\([^()\n]{0,40}\)\s*[,·ㆍ]\s*)*$"
)


# the rest of a list of prefixed stems ("와 경기 오산"), then "의 실업률이 5.3%로"
_PREFIXED_STAT = re.compile(
    rf"(?:\s*(?:와|과|,|·|ㆍ)\s*(?:(?:{'|'.join(_PROVINCE_STEMS)})[ \t]+)?[가-힣]{{2,4}}?)*"
    r"의\s*(?:고용률|실업률|취업자|실업자|경제활동\s*참가율|일자리\s*질\s*지수)[^.\n]{0,20}?\d"
)


# "전북 군산, 경남 거제, 울산 동구, 경남 고성은 …", "전남 목포와 전남 영암은 …": the rest of a list of
# (prefixed) names up to the subject or topic particle of the whole list
_PREFIXED_SUBJECT = re.compile(
    r"(?:\s*(?:,|·|ㆍ|와|과)\s*(?:[가-힣]{2,4}[ \t]+)?[가-힣]{1,4}?)*?(?<!에)(?<!에서)(?:은|는|이|가)(?![가-힣])"
)




def _prefixed_stems(
    text: str, found: list[C.Mention], gaz: Gazetteer, pub: object, speech: list[tuple[int, int]]
) -> list[C.Mention]:
    """A 기초 written as its 광역's short name and its stem ("경북 구미", "경기 오산"): the same name as
    "경북 구미시", read with the same checks for places (venues, addresses, areas …)."""
    if not any(p + " " in text for p in _PROVINCE_STEMS):
        return found
    index = _stem_index(gaz)
    taken = [(m.start, m.end) for m in found]
    extra: list[C.Mention] = []
    for pm in _PREFIXED_STEM.finditer(text):
        s, e = pm.start(2), pm.end(2)
        stem = pm.group(2)
        if stem not in index or any(a <= s < b for a, b in taken) or any(a <= s < b for a, b in speech):
            continue
        keys = {_province_key(gaz, r) for u in gaz.candidates(pm.group(1))
                if u.is_province and (r := gaz.at(u, pub)) is not None}  # type: ignore[arg-type]
        units = [u for u in _units_at(index[stem], gaz, pub) if _province_key(gaz, u) in keys]
        if len(units) != 1 or units[0].level == "행정시":
            continue
        # only with a figure of its own, or joined to the next item that has one ("경북 구미와 경기 오산의
        # 실업률이 5.3%로"), or as the subject of the sentence, alone or in a list ("전북 군산, 경남 거제,
        # 경남 고성은 …까지 지정이 이어진다"): a prefixed stem alone is a place too often ("전남 함평에 공장을 둔")
        if _place_only(text, s, e) or not (
            _FIGURE_AFTER.match(text, e) or _FIGURE_SUBJECT.match(text, e) or _PREFIXED_STAT.match(text, e)
            or _PREFIXED_SUBJECT.match(text, e) or _RATE_AFTER.match(text, e)
            # "부산광역시(…), 전남 순천(…), 경북테크노파크(…)가 받았다": an item, with its case in brackets, of a
            # list of receivers
            or (text.startswith("(", e) and _long_list_tail(text, e))
            # "뽑힌 사업은 경북 칠곡(…), 전북 고창(…), … 등이다": an item, with its case in brackets, of the list a
            # selection names (0.28.0)
            or (text.startswith("(", e) and _SELECTED_HEAD.search(text, max(0, pm.start() - 160), pm.start()))
        ):
            continue
        shown = _output_unit(gaz, units[0])
        extra.append(C.Mention(s, e, stem, shown, shown.full_name, shown.code, counted=True,
                               subject=bool(_SUBJECT.match(text[e : e + 6])),
                               topic=bool(_TOPIC.match(text[e : e + 6]))))
    return sorted(found + extra, key=lambda x: x.start) if extra else found


# "윤서준(해운대구청 일자리 담당자)": a person's workplace, not an actor
_PERSON_BEFORE_BRACKET = re.compile(r"(?<![가-힣])[가-힣]{2,4}\s*\(\s*$")
_ROLE_IN_BRACKET = re.compile(r"[^()\n]{0,24}?(?:담당자|담당|주무관|공무원|직원|과장|팀장|계장|국장|실장|소장)\s*\)")
# "A그룹(전주시, 익산시, …)과 B그룹(…)으로 나뉜다": members of an evaluation's group, a comparison set
# (a "#당진시" tag names no district either)
_GROUP_MEMBER_BEFORE = re.compile(r"(?:그룹|[가-하A-Z]\s*군|[가-하A-Z]\s*조|유형|부류)\s*\([^()\n]*$")


_STEM_FOLLOW = re.compile(r"(?:에서는|에서|은|는|이|가|의|도|와|과)(?![가-힣])")


def _stem_mentions(text: str, found: list[C.Mention]) -> list[C.Mention]:
    """Bare stems ("창원 210명", "홍성 주민") of 기초 units the article already names in full.

    Stems alone are everyday words too often ("예산" = budget) to be matched blindly; once the
    article has named 예산군, "예산 주민" is that 군.
    """
    taken = [(m.start, m.end) for m in found]
    extra: list[C.Mention] = []
    seen: set[str] = set()
    for m in found:
        unit = m.unit
        if unit.is_province or not m.counted or unit.full_name in seen or len(unit.name) < 3:
            continue
        seen.add(unit.full_name)
        stem = unit.name[:-1]
        # every non-overlapping occurrence of the stem, left to right (a plain search: no regex)
        e = 0
        while (s := text.find(stem, e)) != -1:
            e = s + len(stem)
            if any(a <= s < b for a, b in taken):
                continue
            if s > 0 and ("가" <= text[s - 1] <= "힣" or text[s - 1].isalnum()):
                continue
            nxt = text[e : e + 3]
            if nxt[:1] and "가" <= nxt[0] <= "힣" and not _STEM_FOLLOW.match(nxt):
                continue
            extra.append(
                C.Mention(s, e, stem, unit, m.full_name, m.code, counted=True,
                          subject=bool(_SUBJECT.match(text[e : e + 6])), topic=bool(_TOPIC.match(text[e : e + 6])))
            )
    return sorted(found + extra, key=lambda x: x.start) if extra else found


def names_district(text: str, m: C.Mention) -> bool:
    """Whether the mention makes its unit a district of the article: a counted mention, or a 광역 named in its scheme's
    brand ("경남형 예비사회적기업"), a district of the story that owns no fact (0.42.0)."""
    return m.counted or (m.unit.is_province and _PROVINCE_BRAND_AFTER.match(text, m.end) is not None)


def extract_districts(art: C.Article) -> list[DistrictFact]:
    """The districts an article is about, one fact per district (its first counted mention).

    :param art: the article with its mentions (:func:`find_mentions`)
    :returns: facts in order of first mention
    """
    aid = art.id
    seen: set[str] = set()
    out = []
    for m in art.mentions:
        if m.full_name in seen or not names_district(art.text, m):
            continue
        seen.add(m.full_name)
        s, e = art.sentence_of(m.start)
        out.append(DistrictFact(aid, m.full_name, m.code, art.text[s:e], (m.start, m.end)))
    return out
