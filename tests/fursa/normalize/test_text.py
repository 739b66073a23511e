import doctest

import pytest

from fursa.normalize import text
from fursa.normalize.text import (
    detect_language,
    fold,
    fold_with_offsets,
    html_to_text,
    main_text,
    to_ascii_digits,
)


def test_module_docstring_examples_hold():
    assert doctest.testmod(text).failed == 0


@pytest.mark.parametrize("html, expected", [
    ("<p>Deadline</p><p>15 March 2027</p>", "Deadline\n15 March 2027"),
    ("<ul><li>Syria</li><li>Lebanon</li></ul>", "Syria\nLebanon"),
    ("first<br>second<br/>third", "first\nsecond\nthird"),
    ("<div>a<div>b</div>c</div>", "a\nb\nc"),
    ("<h2>Eligibility</h2>Local NGOs", "Eligibility\nLocal NGOs"),
])
def test_html_to_text_block_elements_become_lines(html, expected):
    assert html_to_text(html) == expected


def test_html_to_text_table_cells_share_a_line():
    html = "<table><tr><td>Deadline</td><td>15 March 2027</td></tr><tr><td>Budget</td><td>EUR 1m</td></tr></table>"
    assert html_to_text(html) == "Deadline 15 March 2027\nBudget EUR 1m"


@pytest.mark.parametrize("html, expected", [
    ("Deadline:&nbsp;<b>15&nbsp;March</b>", "Deadline: 15 March"),
    ("Fish &amp; chips &#8211; &eacute;t&eacute;", "Fish & chips – été"),
    ("plain &amp; text", "plain & text"),
    ("&#1587;&#1608;&#1585;&#1610;&#1575;", "سوريا"),
])
def test_html_to_text_decodes_entities(html, expected):
    assert html_to_text(html) == expected


@pytest.mark.parametrize("html", [
    "<p>Call</p><script>alert('x')</script><style>p{color:red}</style><noscript>enable js</noscript>",
    "<html><head><title>t</title><script src=x></script></head><body><p>Call</p></body></html>",
    "<?xml version='1.0' encoding='utf-8'?><html><body><p>Call</p><template><p>hidden</p></template></body></html>",
    "<p>Call<!-- a comment --></p>",
])
def test_html_to_text_drops_scripts_styles_and_comments(html):
    assert html_to_text(html) == "Call"


@pytest.mark.parametrize("html", [
    "<img src=x onerror=alert(1)>Title",
    "&lt;img src=x onerror=alert(1)&gt;Title",
    "&amp;lt;script&amp;gt;alert(1)&amp;lt;/script&amp;gt;Title",
    "&lt;p&gt;Title&lt;/p&gt;",
    "<a href='javascript:alert(1)'>Title</a>",
])
def test_html_to_text_never_returns_markup(html):
    out = html_to_text(html)
    assert "<" not in out and ">" not in out
    assert out.endswith("Title")


def test_html_to_text_keeps_literal_comparison_signs():
    assert html_to_text("a < b and c > d") == "a < b and c > d"


def test_html_to_text_collapses_whitespace_and_invisible_marks():
    assert html_to_text("<p>  two \t  spaces\u200f  </p>\n\n\n<p>next</p>") == "two spaces\nnext"


def test_html_to_text_survives_nesting_deeper_than_the_parser_limit():
    html = "<div>" * 3000 + "deep" + "</div>" * 3000 + "tail"
    assert html_to_text(html).split() == ["deep", "tail"]


@pytest.mark.parametrize("html", [None, "", "   ", "<!-- only a comment -->", "<script>x()</script>"])
def test_html_to_text_empty_inputs_give_empty_string(html):
    assert html_to_text(html) == ""


@pytest.mark.parametrize("s, expected", [
    ("٠١٢٣٤٥٦٧٨٩", "0123456789"),
    ("۰۱۲۳۴۵۶۷۸۹", "0123456789"),
    ("٥٠٬٠٠٠", "50,000"),
    ("١٢٫٥", "12.5"),
    ("٣١ كانون الأول ٢٠٢٦", "31 كانون الأول 2026"),
    ("EUR 100", "EUR 100"),
    ("", ""),
])
def test_to_ascii_digits(s, expected):
    assert to_ascii_digits(s) == expected


def test_to_ascii_digits_keeps_length_so_spans_stay_valid():
    s = "منح تصل إلى ٥٠٬٠٠٠٫٥ دولار"
    assert len(to_ascii_digits(s)) == len(s)


@pytest.mark.parametrize("a, b", [
    ("إيران", "ايران"),
    ("سوريّة", "سوريه"),
    ("مستشفى", "مستشفي"),
    ("Côte d’Ivoire", "cote d'ivoire"),
    ("TÜRKİYE", "turkiye"),
    ("الـــعراق", "العراق"),
])
def test_fold_treats_spelling_variants_as_equal(a, b):
    assert fold(a) == fold(b)


def test_fold_with_offsets_maps_back_to_the_original():
    original = "Prix\u00a0: ٥٠٬٠٠٠ دولارٌ"
    folded, offsets = fold_with_offsets(original)
    start = folded.index("50,000")
    assert original[offsets[start]:offsets[start + 5] + 1] == "٥٠٬٠٠٠"


@pytest.mark.parametrize("sample, code", [
    ("Call for proposals to support local civil society organisations in Syria", "en"),
    ("Appel à propositions pour soutenir les organisations de la société civile", "fr"),
    ("دعوة لتقديم مقترحات لدعم منظمات المجتمع المدني المحلية في سوريا", "ar"),
    ("Suriye'deki yerel sivil toplum kuruluşlarına destek için teklif çağrısı", "tr"),
    ("Rêxistinên civaka sivîl li Kurdistanê dikarin serlêdanê bikin", "ku"),
    ("پشتیبانی از سازمان‌های جامعه مدنی در افغانستان", "fa"),
    ("د افغانستان د مدني ټولنې ملاتړ لپاره پروژه", "ps"),
    ("Convocatoria abierta para organizaciones de la sociedad civil", "es"),
    ("Aufruf zur Einreichung von Vorschlägen für zivilgesellschaftliche Organisationen", "de"),
])
def test_detect_language_main_languages(sample, code):
    assert detect_language(sample) == code


def test_detect_language_reads_sorani_as_kurdish_not_persian():
    assert detect_language("ڕێکخراوەکانی کۆمەڵگەی مەدەنی لە هەرێمی کوردستان") == "ku"


@pytest.mark.parametrize("sample", [None, "", "Deadline", "Date limite", "12345 67890 !!!", "   "])
def test_detect_language_short_or_empty_is_none(sample):
    assert detect_language(sample) is None


PAGE = """<html><head><title>Youth grants | Civic Hub</title><script>var deadline = "2030-01-01";</script></head>
<body><header><nav><a href="/">Home</a> <a href="/calls/">Calls</a></nav></header>
<main><article><h1>Youth grants in Jordan</h1><p>Support for youth initiatives across the country.</p>
<dl><dt>Deadline</dt><dd>15 December 2026, 17:00 Amman time</dd><dt>Grant size</dt><dd>up to JOD 8,000</dd></dl>
<table><tr><th>Who</th><td>Registered associations</td></tr></table></article></main>
<aside><p>Other call: deadline 1 June 2027, up to EUR 900,000</p></aside>
<footer><p>Funded by the Embassy of Norway</p></footer></body></html>"""


def test_main_text_keeps_the_article_and_drops_navigation_sidebar_footer_and_scripts():
    out = main_text(PAGE)
    assert "15 December 2026, 17:00 Amman time" in out and "up to JOD 8,000" in out
    assert "Registered associations" in out
    for chrome in ("Home", "1 June 2027", "Norway", "2030"):
        assert chrome not in out


def test_main_text_keeps_fact_lists_and_table_rows_on_their_own_lines():
    lines = main_text(PAGE).splitlines()
    assert lines[lines.index("- Deadline") + 1] == "- 15 December 2026, 17:00 Amman time"
    assert "Who | Registered associations" in lines and not any(set(line) <= set("|-: ") for line in lines)


def test_main_text_of_a_short_page_keeps_its_line_breaks():
    page = "<html><body><main><h1>منحة</h1><p>قيمة المنحة ٥٠٬٠٠٠ دولار.</p><p>آخر موعد: ٣١ كانون الأول ٢٠٢٦.</p></main></body></html>"
    assert main_text(page).splitlines() == ["منحة", "قيمة المنحة ٥٠٬٠٠٠ دولار.", "آخر موعد: ٣١ كانون الأول ٢٠٢٦."]


def test_main_text_falls_back_when_trafilatura_finds_nothing():
    page = "<html><body><nav>Menu</nav><div><table><tr><td>Deadline</td><td>1 May 2027</td></tr></table></div></body></html>"
    assert main_text(page) == "Deadline 1 May 2027"


@pytest.mark.parametrize("markup", [None, "", "   "])
def test_main_text_of_nothing_is_empty(markup):
    assert main_text(markup) == ""
