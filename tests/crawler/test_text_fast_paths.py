"""The body clean-up's cheaper paths (crawler/text.py) give what the plain ones gave: the literals the
quick checks look for are in every match of their patterns, the noise selectors dropped in one walk
leave the tree the XPath of each left, and the line breaks and spaces come out as before."""

from __future__ import annotations

import copy
import random
import re
from pathlib import Path

import lxml.html
import pytest
from lxml import etree
from scrapy.http import HtmlResponse

from crawler import text as T
from crawler.charset import fix_response_encoding
from crawler.run import spider_classes
from crawler.sample_server import SAMPLE_ROOT
from crawler.spiders.base import xpath_first_text

FIXTURES = Path(__file__).parent / "fixtures"
TOKENS = ["*/", "/*", "//-->", "-->", "<!--", "//]]>", "// <![CDATA[", "$$AD$$", "{{ ad_slot }}", "[[AD]]", "$$", "{{", "[[",
          "무단 전재", "재배포 금지", "공공누리", "출처 표시", "저작권자 ©", "저작권 정책", "본 저작물은", "제1유형: 출처",
          "고충처리인 :", "반론·정정 보도를 청구하실", "하실", "유형", "ⓒ", " ", "  ", "\t", "\xa0", "\u2002", "\u3000",
          "\ufeff", "\u200b", "\n", "\r\n", "\r", "\x0c", "\u2028", "/", "=", "홍길동", "기자", "홍길동 기자", "/홍길동 기자",
          "hong@x.kr", "(hong@x.kr)", "사진", "사진=한빛시 제공", "[사진=한빛구 제공]", "그래픽=", "자료사진:", "다.", "했다.",
          ";jsessionid=AB12", ";", "abc", "제목", "구청은 행사를 열었다고 밝혔다."]


def _strings(seed: int, n: int = 4000) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(TOKENS) for _ in range(rnd.randint(0, 12))) for _ in range(n)]


@pytest.mark.parametrize(("pattern", "holds"), [
    (T._KOGL, lambda s: T._KOGL_WORD.search(s) is not None),
    (T._SCRIPT_DEBRIS, lambda s: any(mark in s for mark in T._DEBRIS_MARKS)),
    (T._PLACEHOLDER, lambda s: "$$" in s or "{{" in s or "[[" in s),
    (T._BYLINE_TAIL, lambda s: "기자" in s and "/" in s),
    (T._TRAILING_EMAIL, lambda s: "@" in s or "사진" in s or "그래픽" in s),
    (T._JSESSIONID, lambda s: ";" in s),
])
def test_every_match_holds_the_literal_its_quick_check_looks_for(pattern, holds):
    matched = 0
    for s in _strings(1) + _strings(2):
        for line in s.split("\n"):
            if pattern.search(line):
                matched += 1
                assert holds(line), (pattern.pattern, line)
    assert matched > 20


def test_the_spaces_to_fix_are_the_runs_that_are_not_one_plain_space():
    for s in _strings(3):
        assert (T._SPACES_TO_FIX.search(s) is not None) == ("  " in s or T._ODD_SPACE.search(s) is not None)
        assert T._SPACES_TO_FIX.sub(" ", s) == T._SPACES.sub(" ", s)


def _old_clean_whitespace(text):
    if not text:
        return ""
    lines = (T._SPACES.sub(" ", line).strip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    return "\n".join(line for line in lines if line)


def test_clean_whitespace_equals_the_line_by_line_cleanup():
    for s in _strings(4):
        assert T.clean_whitespace(s) == _old_clean_whitespace(s)


def _old_html_to_text(root):
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in T._BLOCK_TAGS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
    return T.clean_whitespace(root.text_content())


def _drop_one_by_one(root, selectors):
    for css in selectors:
        for el in T._css_selector(css)(root):
            T._drop(el)


def _fragments() -> list[str]:
    """Every body the families' selectors find in the fixtures and sample pages, and random fragments."""
    found = [p for root in (FIXTURES, SAMPLE_ROOT) for p in sorted(root.rglob("*")) if p.is_file()
             and p.suffix not in {".json", ".xml", ".pdf", ".hwp", ".hwpx", ".md", ".txt", ".gz"}]
    body_css = sorted({css for cls in spider_classes().values() for css in cls.body_css})
    fragments = []
    for path in found:
        body = path.read_bytes()
        if b"<" not in body[:2000] or b"\x00" in body[:2000]:
            continue
        response = fix_response_encoding(HtmlResponse(f"http://127.0.0.1:8765/{path.name}", body=body))
        for css in body_css:
            for match in response.css(css)[:1]:
                fragments.append(match.get())
    rnd = random.Random(5)
    tags = ["p", "div", "span", "script", "br", "img", "figure", "figcaption", "table", "td", "article", "form", "ins", "b"]
    classes = ["share", "sns", "writer", "x-ad-template-y", "article-copy", "banner", "banner_box", "subheading", "Share",
               "share\tsns", "a\nwriter", "share\xa0x", "title", "kogl", "foo"]

    def node(depth):
        out = []
        for _ in range(rnd.randint(1, 3 if depth < 3 else 1)):
            if rnd.random() < 0.3:
                out.append(rnd.choice(["본문 ", "▲ 사진 ", "<!-- c -->", "다. "]))
                continue
            tag = rnd.choice(tags)
            cls = f' class="{rnd.choice(classes)} {rnd.choice(classes)}"' if rnd.random() < 0.6 else ""
            inner = "" if tag in {"br", "img"} else node(depth + 1) + f"</{tag}>"
            out.append(f"<{tag}{cls}>{inner}꼬리 ")
        return "".join(out)

    fragments += ["<article>" + node(0) + "</article>" for _ in range(400)]
    return fragments


def test_dropping_the_noise_in_one_walk_leaves_the_tree_each_selector_left():
    families = sorted({tuple(cls.body_drop_css) for cls in spider_classes().values()})
    checked = 0
    for html in _fragments():
        for extra in families:
            selectors = T.DEFAULT_BODY_DROP + extra
            if T._drop_rules(selectors) is None:
                continue
            ours = lxml.html.fragment_fromstring(html, create_parent="div")
            theirs = copy.deepcopy(ours)
            T._drop_matching(ours, selectors)
            _drop_one_by_one(theirs, selectors)
            assert etree.tostring(ours, encoding="unicode") == etree.tostring(theirs, encoding="unicode")
            assert T.html_to_text(ours) == _old_html_to_text(theirs)
            checked += 1
    assert checked > 1000


def test_selectors_of_other_forms_are_not_taken_for_simple_ones():
    for css in ("p:first-child", "td + td", "div > p", "a[href]", ".a.b", "#id", "div.box1 p", "DIV", "bad[["):
        assert T._drop_rules((css,)) is None
    assert T._drop_rules((".a", "p", "ul.b", "[class*=c-d]")) == (
        frozenset({"p"}), frozenset({"a"}), frozenset({("ul", "b")}), ("c-d",))


def test_the_first_text_of_a_compiled_xpath_equals_parsel():
    xpaths = ("//ul[contains(@class,'infomation')]/li[i[contains(@class,'icon-user-o')]]",
              "//ul[contains(@class,'breadcrumbs')]/li[contains(@class,'info-name')]",
              "//article[contains(@class,'writer')]//strong[contains(@class,'name')]", "//title", "//p")
    checked = 0
    for path in [p for p in sorted((SAMPLE_ROOT / "sijung").rglob("*")) if p.is_file()]:
        response = fix_response_encoding(HtmlResponse(f"http://127.0.0.1:8765/{path.name}", body=path.read_bytes()))
        for xpath in xpaths:
            nodes = response.xpath(xpath)
            assert xpath_first_text(response, xpath) == (" ".join(nodes[0].xpath(".//text()").getall()) if nodes else None)
            checked += 1
    assert checked >= 10


def test_a_bad_extra_selector_is_still_skipped():
    html = '<article><p class="share">x</p><p>본문입니다.</p><div class="subheading">부제</div></article>'
    assert T.fragment_to_text(html, ("bad[[", ".subheading")) == "본문입니다."
    assert re.sub(r"\s", "", T.fragment_to_text(html, (".subheading",))) == "본문입니다."
