"""Plain text out of scraped markup, digits in one script, a language code, and a folded form for matching.

Example:
    >>> html_to_text("<p>Deadline:&nbsp;<b>15&nbsp;March</b></p><script>x()</script>")
    'Deadline: 15 March'
    >>> to_ascii_digits("٥٠٬٠٠٠٫٥")
    '50,000.5'
    >>> fold("Côte d’Ivoire وسوريّة")
    "cote d'ivoire وسوريه"
"""

from __future__ import annotations

import copy
import html
import re
import unicodedata
from functools import cache

import lxml.etree
import lxml.html

__all__ = ["html_to_text", "main_text", "detect_language", "to_ascii_digits", "strip_invisible", "fold",
           "fold_with_offsets"]

# --- digits -------------------------------------------------------------------------------------------

# One character for one character, so spans found in the converted text are spans of the original.
_DIGITS = {**{0x0660 + i: str(i) for i in range(10)}, **{0x06F0 + i: str(i) for i in range(10)},
           0x066B: ".", 0x066C: ","}


def to_ascii_digits(s: str) -> str:
    """Arabic-Indic (٠-٩) and Persian (۰-۹) digits to 0-9; ٫ (decimal) to "." and ٬ (thousands) to ",".

    Example: to_ascii_digits("٣١ كانون الأول ٢٠٢٦") == "31 كانون الأول 2026"
    """
    return s.translate(_DIGITS) if s else ""


# --- invisible characters and folding -----------------------------------------------------------------

# Bidi marks wrap numbers and dates on Arabic pages and split what regexes see as one token. ZWNJ stays:
# Persian and Kurdish spell words with it.
_INVISIBLE = dict.fromkeys([0x200B, 0x200D, 0x200E, 0x200F, 0x2060, 0xFEFF, 0x00AD, 0x061C,
                            *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_SPACES = dict.fromkeys([0x00A0, 0x202F, 0x2007, 0x2009, 0x200A, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006,
                         0x2008, 0x3000, 0x1680], " ")


def strip_invisible(s: str) -> str:
    """Drop bidi marks, zero-width spaces, soft hyphens and BOMs; exotic spaces become plain spaces.

    Example: strip_invisible("\u200f15/03/2027\u202f€") == "15/03/2027 €"
    """
    return s.translate(_INVISIBLE).translate(_SPACES) if s else ""


# Letters that NFKD leaves alone but that pages write interchangeably (ta marbuta/ha, alef maqsura/ya,
# Persian ya/kaf typed on Arabic pages, Turkish dotless i), plus quote and dash look-alikes.
_FOLD = str.maketrans({"ة": "ه", "ى": "ي", "ٱ": "ا", "ی": "ي", "ک": "ك", "ı": "i", "ـ": None,
                       "\u200c": None, "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'",
                       "–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-"})


def fold_with_offsets(s: str) -> tuple[str, list[int]]:
    """Folded lowercase text without collapsing spaces, and for each of its characters the index of the
    original character it came from, so a span found in the folded text can be cut from the original.

    Example: fold_with_offsets("Ü٥") == ("u5", [0, 1])
    """
    out: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(s):
        piece = fold_char(ch)
        out.append(piece)
        offsets.extend([i] * len(piece))
    return "".join(out), offsets


@cache
def fold_char(ch: str) -> str:
    """fold() of one character; whitespace of any kind becomes one space, invisible characters nothing."""
    if ch.isspace() or ord(ch) in _SPACES:
        return " "
    if ord(ch) in _INVISIBLE:
        return ""
    decomposed = unicodedata.normalize("NFKD", to_ascii_digits(ch))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").translate(_FOLD).lower()


def fold(s: str | None, keep_case: bool = False) -> str:
    """Comparison form: no accents or Arabic diacritics, one alef, ة→ه, ى→ي, ASCII digits, one space.

    Hamza carriers fold to their base letter (أ إ آ → ا) because NFKD splits the hamza off as a mark.
    Example: fold("Türkiye'deki إيران") == "turkiye'deki ايران"
    """
    if not s:
        return ""
    s = unicodedata.normalize("NFKD", to_ascii_digits(strip_invisible(s)))
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn").translate(_FOLD)
    s = re.sub(r"\s+", " ", s).strip()
    return s if keep_case else s.lower()


# --- HTML ---------------------------------------------------------------------------------------------

_DROP = ("script", "style", "noscript", "template", "head", "svg", "math", "iframe", "object", "embed",
         "canvas", "select", "button")
_BLOCK = frozenset("""address article aside blockquote body br caption dd details dialog div dl dt fieldset
    figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr html legend li main nav ol p pre section
    summary table tbody thead tfoot tr ul""".split())
_CELL = frozenset({"td", "th"})
# No space after "<": browsers and lxml read "a < b" as text, so it is text here too.
_TAG_LIKE = re.compile(r"</?[a-zA-Z!?][^<>]*>")
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


_CRUDE_DROP = re.compile(r"<(script|style|noscript|template|head)\b.*?</\1\s*>", re.I | re.S)
_CRUDE_BLOCK = re.compile(rf"</?(?:{'|'.join(sorted(_BLOCK | _CELL))})\b[^<>]*>", re.I)


def _crude_text(markup: str) -> str:
    # Only for documents libxml2 gives up on (nesting past its depth limit silently drops the text).
    text = _CRUDE_BLOCK.sub("\n", _CRUDE_DROP.sub(" ", markup))
    return html.unescape(_TAG_LIKE.sub(" ", re.sub(r"<!--.*?-->", " ", text, flags=re.S)))


def _text_of(markup: str) -> str:
    parser = lxml.html.HTMLParser()
    try:
        root = lxml.html.fromstring(_XML_DECL.sub("", markup), parser=parser)
    except (lxml.etree.ParserError, ValueError):  # empty document, or only comments
        return ""
    if any(e.type_name == "ERR_RESOURCE_LIMIT" for e in parser.error_log):
        return _crude_text(markup)
    for el in list(root.iter(lxml.etree.Comment, lxml.etree.ProcessingInstruction, *_DROP)):
        if el is not root and el.getparent() is not None:
            el.drop_tree()  # keeps the tail text that follows the element
    if isinstance(root.tag, str) and root.tag in _DROP:
        return root.tail or ""
    parts: list[str] = []
    for event, el in lxml.etree.iterwalk(root, events=("start", "end")):
        tag = el.tag if isinstance(el.tag, str) else ""
        sep = "\n" if tag in _BLOCK else " " if tag in _CELL else ""
        if event == "start":
            parts.append(sep)
            parts.append(el.text or "")
        else:
            parts.append(sep)
            if el is not root:
                parts.append(el.tail or "")
    return "".join(parts)


def _collapse(text: str) -> str:
    text = strip_invisible(text).replace("\r", "\n")
    text = re.sub(r"[\x00-\x08\x0b-\x1f\x7f]", "", text)
    lines = (re.sub(r"[ \t\f\v]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_text(html: str | None) -> str:
    """Visible text of an HTML page or fragment: one line per block, entities decoded, no markup left.

    Feeds often escape markup twice (&lt;p&gt;), so decoded text that still looks like tags is parsed
    again; whatever tag-like text survives that is removed, so callers never receive markup.
    Example: html_to_text("<ul><li>Syria</li><li>Lebanon</li></ul>") == "Syria\\nLebanon"
    """
    if not html or not html.strip():
        return ""
    text = _text_of(html) if "<" in html or "&" in html else html
    for _ in range(2):
        if not _TAG_LIKE.search(text) and "&" not in text:
            break
        text = _text_of(text)
    return _collapse(_TAG_LIKE.sub(" ", text))


# --- main text of a page ------------------------------------------------------------------------------

_MIN_MAIN_TEXT = 40  # characters: less than this from trafilatura means it found no article
_CHROME = ("//nav | //header | //footer | //aside | //form | //*[@role='navigation' or @role='banner' or "
           "@role='contentinfo' or @role='complementary' or @aria-hidden='true']")
_TABLE_RULE = re.compile(r"^\|?(?:\s*:?-{3,}:?\s*\|)+\s*$")


def _boilerplate_free(markup: str) -> str:
    """The page's <main>/<article> (else <body>) without navigation, header, footer, sidebars and forms."""
    try:
        root = lxml.html.fromstring(_XML_DECL.sub("", markup))
    except (lxml.etree.ParserError, ValueError):
        return html_to_text(markup)
    for el in root.xpath(_CHROME):
        if el.getparent() is not None:
            el.drop_tree()
    main = root.xpath("//main | //*[@role='main'] | //article")
    return html_to_text(lxml.html.tostring(main[0] if main else root, encoding="unicode"))


def _plain_table_rows(text: str) -> str:
    # trafilatura writes tables as Markdown: "| Deadline | 15/12/2026 |" and a "|---|---|" rule.
    lines = []
    for line in text.splitlines():
        if _TABLE_RULE.match(line.strip()):
            continue
        stripped = line.strip()
        if stripped.startswith("|") and stripped.endswith("|"):
            line = " | ".join(cell.strip() for cell in stripped.strip("|").split("|") if cell.strip())
        lines.append(line)
    return "\n".join(lines)


@cache
def _trafilatura_config():
    from trafilatura.settings import use_config

    config = use_config()
    # Under 250 characters trafilatura swaps its article for a flat one-line "baseline"; call pages are often
    # that short, and their line breaks ("Deadline" / "15 March 2027") matter.
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    return config


def main_text(markup: str | None, url: str | None = None) -> str:
    """The main text of a web page (a call's own page) without menus, sidebars, footers or comments.

    trafilatura finds the article; when it returns nothing (pages that are mostly a table or a list of
    facts), the page's <main>/<article> without its chrome is used instead. Lists and tables keep one line
    per item or row, so "Deadline" and "15 March 2027" stay on adjacent lines for the normalizers.
    Example: main_text("<nav>Home</nav><main><p>Deadline: 15 March 2027</p></main>") == "Deadline: 15 March 2027"
    """
    if not markup or not markup.strip():
        return ""
    import trafilatura  # ~1 s to import: only when a page is read

    try:
        extracted = trafilatura.extract(markup, url=url, include_comments=False, include_tables=True,
                                        include_images=False, favor_recall=True, deduplicate=False,
                                        config=_trafilatura_config())
    except (ValueError, TypeError, lxml.etree.LxmlError):  # a page trafilatura cannot parse: use the fallback
        extracted = None
    text = _collapse(_plain_table_rows(extracted)) if extracted else ""
    if len(text) < _MIN_MAIN_TEXT:
        text = _boilerplate_free(markup) or text
    return text


# --- language -----------------------------------------------------------------------------------------

# Letters that only some Arabic-script languages use. langid's "ku" model is Latin-script Kurmanji and it
# reads Sorani as Persian, so the script decides first.
_SCRIPT_MARKERS = (
    ("ku", frozenset("ڕڵۆێە")),
    ("ps", frozenset("ټډړږښځڅۍېڼ")),
    ("ur", frozenset("ٹڈڑںےۓ")),
)
_MIN_LETTERS = 12
_MIN_PROBABILITY = 0.75
_SAMPLE = 10_000  # characters read: enough for a reliable guess, and langid's time grows with length


@cache
def _identifier(languages: tuple[str, ...] | None = None):
    if languages:
        # A restricted copy shares the decoded model (set_languages rebinds, never mutates, its arrays):
        # decoding it is the 1-4 s a crawl worker pays once, not once per language set.
        ident = copy.copy(_identifier())
        ident.set_languages(list(languages))
        return ident
    from langid.langid import LanguageIdentifier, model  # only when first needed

    return LanguageIdentifier.from_modelstring(model, norm_probs=True)


def _is_arabic_script(ch: str) -> bool:
    return "\u0600" <= ch <= "\u06ff" or "\u0750" <= ch <= "\u077f" or "\ufb50" <= ch <= "\ufefc"


def detect_language(text: str | None) -> str | None:
    """ISO 639-1 code of the text's main language, or None when the text is too short or the model unsure.

    Offline (langid's model ships in the wheel). Arabic script is split into ar / fa / ku (Sorani) / ps /
    ur by letters only those languages use before the model is asked.
    Example: detect_language("Appel à propositions pour la société civile") == "fr"
    """
    if not text:
        return None
    clean = strip_invisible(text[:_SAMPLE])
    letters = [ch for ch in clean if ch.isalpha()]
    if len(letters) < _MIN_LETTERS:
        return None
    arabic = [ch for ch in letters if _is_arabic_script(ch)]
    if len(arabic) * 2 > len(letters):
        for code, markers in _SCRIPT_MARKERS:
            if sum(ch in markers for ch in arabic) >= max(2, len(arabic) // 100):
                return code
        lang, prob = _identifier(("ar", "fa")).classify(clean)
        return lang if prob >= _MIN_PROBABILITY else None
    lang, prob = _identifier().classify(clean)
    return lang if prob >= _MIN_PROBABILITY else None
