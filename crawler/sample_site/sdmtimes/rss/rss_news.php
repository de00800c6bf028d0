<!DOCTYPE html>
<html lang="ko"><head><meta charset="UTF-8"><title>전체기사 - 서대문타임즈</title></head>
<body><div id="header"><div class="weather"><span>서울 12.3℃</span><span>맑음</span><span>미세먼지 보통</span><em>기상청 제공</em></div></div><div id="container">
<ul class="art_list_all">
<li class="on_thumb"><a href="/news/article.html?no=1201"><h3>서대문구, 올해 사회적경제 일자리 1,200개 창출</h3><p class="ffd">사회적기업·협동조합 180곳 지원</p><div class="date">2022-11-30</div></a></li>
<li class="on_thumb"><a href="/news/article.html?no=1188"><h3>서대문구, ‘2022 지방자치단체 일자리 대상’ 우수상</h3><p class="ffd">청년 일자리 사업 호평</p><div class="date">2022-11-02</div></a></li>
</ul>
<div class="paging"><strong>1</strong></div>
</div></body></html>
