"""A generated ND Soft (skin A) news site of N pages, served on 127.0.0.1 for the crawl benchmark.

``python bench/crawl_site.py N [--port P]`` serves it until interrupted. The site is one section of a
local outlet: list pages of 20 entries (``/sijung/news/articleList.html?page=K&…``, linked by a
pagination bar) and article pages (``/sijung/news/articleView.html?idxno=N``) whose bodies are the
texts of :mod:`bench.corpus` (synthetic, 1–8k characters), wrapped in the markup of an ND Soft
skin A page: header and menus, byline box, photo, share buttons, reporter box, copyright, tags,
comment form, side column and footer. The ``/sijung/`` prefix is the folder of the ``sijung``
sample spider, so ``govnews crawl --spider sijung --start-url …`` keeps its links on this server.
Every page is rendered once, up front, and served from memory over HTTP/1.1 keep-alive.

Library use::

    site = BenchSite(1000)                 # 48 list pages + 952 article pages
    with site.serve() as base:             # "http://127.0.0.1:54321"
        site.start_url(base), site.urls(base)
"""

from __future__ import annotations

import argparse
import html
import math
import threading
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

try:
    from bench import corpus  # imported from the project root (tests)
except ImportError:  # run as a script or by `scrapy runspider`: bench/ is on sys.path
    import corpus  # type: ignore[no-redef]

PER_LIST = 20
SITE = "sijung"
FIRST_IDXNO = 100_000
SECTION = "S1N2"
OUTLET = "한빛시정일보"


def _list_query(page: int, total: int) -> str:
    return f"page={page}&total={total}&box_idxno=&sc_section_code={SECTION}&view_type=sm"


def _when(published_at: str) -> tuple[str, str]:
    """``2021-11-30T09:00:00+09:00`` → (``2021.11.30 09:00``, the ISO value)."""
    day, clock = published_at[:10], published_at[11:16]
    return f"{day.replace('-', '.')} {clock}", published_at


def article_page(number: int, art: dict, related: list[tuple[int, str]]) -> str:
    """One article page in ND Soft skin A markup (``header.article-view-header``)."""
    title = html.escape(art["title"])
    shown, iso = _when(art["published_at"])
    author = art["author"]
    paras = [p for p in art["body_text"].split("\n\n") if p.strip()]
    lead = html.escape(paras[0][:120]) if paras else ""
    body = [f"<p>[{OUTLET} {author} 기자] {html.escape(paras[0])}</p>"] if paras else []
    for i, para in enumerate(paras[1:], 1):
        body.append(f"<p>{html.escape(para)}</p>")
        if i == 1:
            body.append(
                '<div style="text-align:center"><figure class="photo-layout image" style="display:inline-block;width:600px">'
                f'<div class="IMGFLOATING" style="display:inline-block"><img src="/news/photo/{number}_1.jpg" '
                f'alt="▲ 행사 모습 (사진제공=구청)" width="600"></div><figcaption style="text-align:center">▲ 행사 모습 '
                "(사진제공=구청)</figcaption></figure></div>"
            )
    body.append(f"<p>/{author} 기자</p>")
    body.append("<p>&nbsp;</p>")
    aside = "".join(f'<li><a href="/news/articleView.html?idxno={n}">{html.escape(t)}</a></li>' for n, t in related)
    return f"""<!doctype html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title} - {OUTLET}</title>
<meta name="description" content="{lead}">
<meta name="author" content="{author} 기자">
<meta property="og:type" content="article">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{lead}">
<meta property="og:url" content="/news/articleView.html?idxno={number}">
<meta property="og:image" content="/image/logo/snslogo.png">
<meta property="article:section" content="자치행정">
<meta property="article:published_time" content="{iso}">
<link rel="canonical" href="/news/articleView.html?idxno={number}">
<link rel="amphtml" href="/news/articleViewAmp.html?idxno={number}">
<link rel="stylesheet" href="/css/layout.css?v=20200306">
<script type="text/javascript" src="/plugin/jquery/jquery-3.3.1.min.js"></script>
<script type="text/javascript">var idxno = "{number}"; var gnb_section = "{SECTION}";</script>
</head>
<body>
<div id="user-wrap" class="user-wrap-inner">
<!-- 상단영역 -->
<header id="user-header">
  <div class="header-top"><div class="float-center max-width-1080"><div class="date">최종편집:2024-04-20 10:50 (토)</div>
  <ul class="links"><li><a href="/member/login.html">로그인</a></li><li><a href="/member/join.html">회원가입</a></li></ul></div></div>
  <div class="header-logo"><a href="/"><img src="/image/logo/toplogo.png" alt="{OUTLET}"></a></div>
  <nav class="header-nav"><ul><li><a href="/news/articleList.html?sc_section_code=S1N1&view_type=sm">정치</a></li><li><a href="/news/articleList.html?sc_section_code={SECTION}&view_type=sm">자치행정</a></li><li><a href="/news/articleList.html?sc_section_code=S1N3&view_type=sm">경제</a></li><li><a href="/news/articleList.html?sc_section_code=S1N4&view_type=sm">사회</a></li><li><a href="/news/articleList.html?sc_section_code=S1N5&view_type=sm">문화</a></li></ul></nav>
</header>
<!-- 상태바 -->
<div id="sticky-header" class="sticky-header"><div class="float-center max-width-1080"><span class="sticky-label">상태바</span>
<div class="sticky-title">{title}</div></div></div>
<!-- 본문영역 -->
<div id="user-container">
<div class="float-center max-width-1080">
<header class="article-view-header">
  <div class="article-head-category"><span class="section-name">자치행정</span></div>
  <h3 class="heading">{title}</h3>
  <article class="item"><ul class="infomation">
  <li><i class="icon-user-o" aria-hidden="true"></i><span class="show-for-sr">기자명</span> {author}기자 </li>
<li><i class="icon-clock-o" aria-hidden="true"></i> 입력 {shown}</li>
<li class="comment"><a href="#article-comment"><i class="icon-comment-o"></i> 0</a></li>
<li class="size"><button type="button" class="font-size-up">본문 글씨 키우기</button></li>
  </ul></article>
  <div class="share-box"><span class="title">이 기사를 공유합니다</span>
  <ul class="share"><li><a href="#" class="facebook">페이스북</a></li><li><a href="#" class="twitter">트위터</a></li><li><a href="#" class="kakao-talk">카카오톡</a></li></ul></div>
</header>
<div class="grid body">
<div class="user-content">
<section class="article-view-content">
<article class="article-view-body">
<article id="article-view-content-div" class="article-veiw-body view-page font-size17" itemprop="articleBody">
{chr(10).join(body)}
</article>
<article class="writer"><div class="profile"><strong class="name">{author} 기자</strong><a href="mailto:reporter{number % 97}@example.kr" class="email">reporter{number % 97}@example.kr</a></div>
<div class="other-news"><a href="/news/articleList.html?sc_area=I&sc_word=reporter{number % 97}&view_type=sm">다른기사 보기</a></div></article>
<article class="article-copy">저작권자 © {OUTLET} 무단전재 및 재배포 금지</article>
<div class="tag-group"><span class="tag">#자치행정</span><span class="tag">#지역소식</span></div>
</article>
</section>
<section class="article-comment" id="article-comment">
<div class="header"><strong><em class="count">0</em>개의 댓글</strong></div>
<form name="comment-form"><textarea name="comment" maxlength="400"></textarea><div class="info"><span class="byte">0 / 400</span></div><button type="submit">등록</button></form>
<div class="order"><strong>댓글 정렬</strong><a href="#">BEST댓글</a></div>
<p class="notice">BEST 댓글 답글과 추천수를 합산하여 자동으로 노출됩니다.</p>
<div class="modal"><strong>댓글삭제</strong><p>삭제한 댓글은 다시 복구할 수 없습니다.<br>그래도 삭제하시겠습니까?</p></div>
<a href="/member/myComment.html">내 댓글 모음</a>
</section>
</div>
<aside class="user-aside"><div class="auto-article"><strong class="title">주요기사</strong><ul>{aside}</ul></div></aside>
</div>
</div>
</div>
<!-- 하단영역 -->
<footer id="user-footer"><div class="float-center max-width-1080"><p>{OUTLET} | 등록번호 아 00000 | 발행·편집인 {OUTLET}</p>
<p>Copyright © 2024 {OUTLET}. All rights reserved.</p></div></footer>
</div>
<script type="text/javascript">$(function(){{ $('.font-size-up').on('click', function(){{ return false; }}); }});</script>
</body>
</html>
"""


def list_page(page: int, pages: int, total: int, entries: list[tuple[int, dict]]) -> str:
    """List page ``page`` of ``pages``: its entries and a pagination bar whose item after
    ``li.current`` is the next page (the bar shows ten pages around the current one)."""
    items = []
    for number, art in entries:
        title = html.escape(art["title"])
        lead = html.escape(art["body_text"][:110])
        shown, _iso = _when(art["published_at"])
        href = f"/news/articleView.html?idxno={number}"
        items.append(
            f"""<li>
<div class="list-image" style="background-image:url('/news/thumbnail/{number}_1_v150.jpg')"><a href="{href}" class="thumb"><img src="/image/transparent.gif" alt=""></a></div>
<h4 class="titles"><a href="{href}" target="_top">{title}</a></h4>
<p class="lead line-6x2"><a href="{href}" target="_top" class="line-height-3-2x">{lead}</a></p>
<span class="byline"><em>자치행정</em><em>{art['author']} 기자</em><em>{shown}</em></span>
</li>"""
        )
    first = max(1, min(page - 4, pages - 9))
    last = min(pages, first + 9)

    def link(n: int, text: str, cls: str = "") -> str:
        attr = f' class="{cls}"' if cls else ""
        return f'<li{attr}><a href="/news/articleList.html?{_list_query(n, total).replace("&", "&amp;")}">{text}</a></li>'

    bar = [link(1, "처음", "pagination-start")]
    for n in range(first, last + 1):
        bar.append(f'<li class="current"><a>{n}</a></li>' if n == page else link(n, str(n)))
    if page < pages:
        bar.append(link(min(pages, last + 1), "다음", "pagination-next"))
    bar.append(link(pages, "끝", "pagination-end"))
    return f"""<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>자치행정 - {OUTLET}</title>
<link rel="alternate" type="application/rss+xml" title="{OUTLET} 전체기사" href="/rss/allArticle.xml">
<script type="text/javascript">var gnb_section = "{SECTION}";</script></head>
<body><div id="user-wrap">
<header id="user-header"><div class="header-top"><div class="date">최종편집:2024-04-20 10:50 (토)</div></div></header>
<div id="user-container"><div class="float-center max-width-1080">
<header class="article-list-header"><div class="list-title"><h3 class="heading">자치행정</h3></div></header>
<section id="section-list" class="section-body">
<ul class="type2">
{chr(10).join(items)}
</ul>
</section>
<ul class="pagination">
{''.join(bar)}
</ul>
</div></div>
<footer id="user-footer"><p>Copyright © 2024 {OUTLET}. All rights reserved.</p></footer>
</div></body></html>
"""


class _Server(ThreadingHTTPServer):
    #: the listen backlog: the standard library's 5 makes the 17th of 16 spiders' simultaneous connects
    #: wait for a SYN retransmission (1 s), a stall of either spider at random
    request_queue_size = 128


class BenchSite:
    """N pages: ``ceil(N / 21)`` list pages of up to 20 entries and the rest article pages.

    :param pages: total number of pages (list + article)
    :param seed: :mod:`bench.corpus` seed of the article texts
    """

    def __init__(self, pages: int, seed: int = 0) -> None:
        if pages < 2:
            raise ValueError("the site needs at least one list page and one article")
        self.lists = math.ceil(pages / (PER_LIST + 1))
        self.articles = pages - self.lists
        arts = [(FIRST_IDXNO + i, corpus.article(i, seed)) for i in range(self.articles)]
        self.pages: dict[str, bytes] = {}
        #: requests served, by path (without the site folder)
        self.served: Counter[str] = Counter()
        for k in range(self.lists):
            chunk = arts[k * PER_LIST : (k + 1) * PER_LIST]
            text = list_page(k + 1, self.lists, self.articles, chunk)
            self.pages[f"/news/articleList.html?{_list_query(k + 1, self.articles)}"] = text.encode("utf-8")
        for i, (number, art) in enumerate(arts):
            related = [(n, a["title"]) for n, a in arts[i + 1 : i + 6]]
            self.pages[f"/news/articleView.html?idxno={number}"] = article_page(number, art, related).encode("utf-8")

    def __len__(self) -> int:
        return len(self.pages)

    def start_url(self, base: str) -> str:
        """The first list page under ``base``."""
        return f"{base}/{SITE}/news/articleList.html?{_list_query(1, self.articles)}"

    def urls(self, base: str) -> list[str]:
        """Every page of the site under ``base``, list pages first."""
        return [f"{base}/{SITE}{path}" for path in self.pages]

    def article_urls(self, base: str) -> list[str]:
        return [u for u in self.urls(base) if "articleView" in u]

    def handler(self) -> type[BaseHTTPRequestHandler]:
        pages, served = self.pages, self.served

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"  # keep-alive: one connection per Scrapy slot
            server_version = "govnews-bench/1.0"

            def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
                pass

            def do_GET(self) -> None:  # noqa: N802 - stdlib naming
                path = self.path
                if path.startswith(f"/{SITE}/"):
                    path = path[len(SITE) + 1 :]
                body = pages.get(path)
                served[path] += 1
                status = 200
                if body is None:
                    status, body = 404, b"<html><body>404 Not Found</body></html>"
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return Handler

    @contextmanager
    def serve(self, port: int = 0) -> Iterator[str]:
        """Serve the site on ``127.0.0.1:port`` (0: a free port) in a thread; yields the base URL."""
        httpd = _Server(("127.0.0.1", port), self.handler())
        httpd.daemon_threads = True
        thread = threading.Thread(target=httpd.serve_forever, name="bench-site", daemon=True)
        thread.start()
        try:
            yield f"http://127.0.0.1:{httpd.server_address[1]}"
        finally:
            httpd.shutdown()
            httpd.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("pages", type=int)
    parser.add_argument("--port", type=int, default=8766)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    site = BenchSite(args.pages, args.seed)
    with site.serve(args.port) as base:
        print(f"{len(site)} pages; start at {site.start_url(base)}", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
