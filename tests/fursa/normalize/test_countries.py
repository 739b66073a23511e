import doctest
import logging

import pycountry
import pytest

from fursa.normalize import countries
from fursa.normalize._vocab import load_json
from fursa.normalize.countries import find_countries, to_country_codes

MENA = ["DZ", "BH", "DJ", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "LY", "MA", "OM", "PS", "QA", "SA", "SY", "TN",
        "AE", "YE"]


def test_module_docstring_examples_hold():
    assert doctest.testmod(countries).failed == 0


@pytest.mark.parametrize("text, code", [
    ("Syria", "SY"), ("Syrie", "SY"), ("سوريا", "SY"), ("سورية", "SY"), ("Suriye", "SY"),
    ("Türkiye", "TR"), ("Turkey", "TR"), ("Turquie", "TR"), ("تركيا", "TR"),
    ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"), ("Cote d’Ivoire", "CI"),
    ("Palestine", "PS"), ("West Bank and Gaza", "PS"), ("فلسطين", "PS"), ("occupied Palestinian territory", "PS"),
    ("Kurdistan Region of Iraq", "IQ"), ("إقليم كردستان العراق", "IQ"),
    ("السودان", "SD"), ("جنوب السودان", "SS"), ("Lebanon", "LB"), ("Liban", "LB"), ("الأردن", "JO"),
    ("Afghanistan", "AF"), ("أفغانستان", "AF"), ("Kosovo", "XK"), ("North Macedonia", "MK"), ("Iran", "IR"),
    ("Irak'ta", "IQ"), ("Suriye'deki", "SY"), ("l'Égypte", "EG"), ("DRC", "CD"), ("Projects in the UK.", "GB"),
])
def test_find_countries_common_names(text, code):
    assert find_countries(text) == [code]


def test_find_countries_niger_is_not_nigeria():
    assert find_countries("Niger") == ["NE"]
    assert find_countries("Nigeria") == ["NG"]
    assert find_countries("Nigeria and Niger") == ["NG", "NE"]
    assert find_countries("the Niger Delta") == ["NG"]


@pytest.mark.parametrize("text, codes", [
    ("في سوريا، بسوريا، ولبنان، والعراق", ["SY", "LB", "IQ"]),
    ("للعراق وللأردن", ["IQ", "JO"]),
    ("بالعراق وفلسطين", ["IQ", "PS"]),
    ("في سوريّة والسّودان", ["SY", "SD"]),
    ("الاردن وافغانستان وإيران", ["JO", "AF", "IR"]),
    ("دعم الجمهوريّة العربيّة السّوريّة", ["SY"]),
])
def test_find_countries_arabic_article_and_attached_prepositions(text, codes):
    assert find_countries(text) == codes


@pytest.mark.parametrize("text", [
    "MENA", "Middle East and North Africa", "الشرق الأوسط وشمال أفريقيا", "Moyen-Orient et Afrique du Nord",
])
def test_find_countries_mena_region_expands(text):
    assert find_countries(text) == MENA


@pytest.mark.parametrize("text, size, sample", [
    ("Middle East", 16, "TR"),
    ("Southern Neighbourhood", 10, "PS"),
    ("Western Balkans", 6, "XK"),
    ("EU Member States", 27, "SE"),
    ("Sub-Saharan Africa", 48, "NG"),
    ("دول الاتحاد الأوروبي", 27, "FR"),
])
def test_find_countries_other_regions_expand(text, size, sample):
    codes = find_countries(text)
    assert len(codes) == size and sample in codes


@pytest.mark.parametrize("text", ["worldwide", "all countries", "open to any country", "جميع الدول", "tous les pays"])
def test_find_countries_worldwide_is_star(text):
    assert find_countries(text) == ["*"]


@pytest.mark.parametrize("text", [
    "الدعم المالي", "mali destek", "réunion d'information", "we will support us", "US$ 5000", "CAD 5,000", "Kurdistan",
    "جامعة الدول العربية", "Korea",
])
def test_find_countries_ignores_lookalike_words(text):
    assert find_countries(text) == []


def test_find_countries_ignores_demonyms_in_free_text():
    assert find_countries("Syrian refugees in Turkey") == ["TR"]


@pytest.mark.parametrize("text", [None, "", "No place named here"])
def test_find_countries_empty(text):
    assert find_countries(text) == []


@pytest.mark.parametrize("names, codes", [
    (["SY", "SYR", "sy"], ["SY"]),
    (["UK", "EL", "XK"], ["GB", "GR", "XK"]),
    (["Lebanese", "السوري", "Suriyeli"], ["LB", "SY"]),
    (["Syria and Lebanon"], ["SY", "LB"]),
    (["*"], ["*"]),
    (["Mali", "Réunion"], ["ML", "RE"]),
    (["Western Balkans"], ["AL", "BA", "XK", "ME", "MK", "RS"]),
])
def test_to_country_codes_accepts_codes_names_demonyms_and_regions(names, codes):
    assert to_country_codes(names) == (codes, [])


def test_to_country_codes_returns_and_logs_unmapped_names(caplog):
    with caplog.at_level(logging.WARNING, logger="fursa.normalize.countries"):
        codes, unmapped = to_country_codes(["Syrie", "Atlantis", "Kurdistan Region of Iraq"])
    assert (codes, unmapped) == (["SY", "IQ"], ["Atlantis"])
    assert "Atlantis" in caplog.text


def test_to_country_codes_skips_empty_entries():
    assert to_country_codes(["", None, "  ", "Jordan"]) == (["JO"], [])


def test_vocabulary_codes_are_iso_codes():
    codes = set(load_json("countries.json")["countries"])
    for region in load_json("regions.json").values():
        codes.update(region["codes"])
    invalid = {c for c in codes - {"*", "XK"} if pycountry.countries.get(alpha_2=c) is None}
    assert invalid == set()
