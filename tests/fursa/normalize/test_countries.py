import doctest
import logging

import pycountry
import pytest

from fursa.normalize import countries
from fursa.normalize._vocab import load_json
from fursa.normalize.countries import find_countries, find_country_scope, named_countries, to_country_codes

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


# --- regions, clauses, exclusions and donors (the issue's table) -----------------------------------------------

LEVANT = ["JO", "LB", "PS", "SY"]
NORTH_AFRICA = ["DZ", "EG", "LY", "MA", "SD", "TN"]
MIDDLE_EAST = ["BH", "EG", "IR", "IQ", "IL", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "TR", "AE", "YE"]


@pytest.mark.parametrize("text, codes", [
    ("MENA", MENA),
    ("Middle East", MIDDLE_EAST),
    ("worldwide", ["*"]),
    ("Levant", LEVANT),
    ("the Levant", LEVANT),
    ("بلاد الشام", LEVANT),
    ("Afrique du Nord", NORTH_AFRICA),
    ("شمال أفريقيا", NORTH_AFRICA),
    ("الشرق الأوسط", MIDDLE_EAST),
])
def test_find_countries_issue_regions_expand(text, codes):
    assert find_countries(text) == codes


@pytest.mark.parametrize("text, codes", [
    # Donors are not eligible countries.
    ("The Netherlands embassy in Beirut funds local NGOs in Lebanon.", ["LB"]),
    ("The Embassy of the Kingdom of the Netherlands in Amman invites CSOs in Jordan to apply.", ["JO"]),
    ("With funding from the Government of Japan, UNDP supports civil society in Iraq.", ["IQ"]),
    ("This programme is financed by Norway. Organisations in Lebanon, Jordan and Iraq may apply.", ["LB", "JO", "IQ"]),
    ("Supported by the U.S. Embassy in Amman. Open to CSOs in Jordan.", ["JO"]),
    ("Germany's Federal Foreign Office funds projects in Syria.", ["SY"]),
    ("L'ambassade de France au Liban soutient les associations libanaises.", ["LB"]),
    ("تعلن سفارة مملكة هولندا في بيروت عن منح للمنظمات العاملة في سوريا.", ["SY"]),
    ("بتمويل من حكومة اليابان، منح للجمعيات في الأردن.", ["JO"]),
])
def test_find_countries_leaves_out_donors(text, codes):
    assert find_countries(text) == codes


@pytest.mark.parametrize("text, codes", [
    ("MENA countries except Iran are eligible.", [c for c in MENA if c != "IR"]),
    ("Les organisations du Voisinage Sud peuvent candidater, sauf la Libye.",
     ["DZ", "EG", "IL", "JO", "LB", "MA", "PS", "SY", "TN"]),
    ("Projects in the Levant (Jordan, Lebanon, Syria). Iraq is not eligible.", LEVANT),
    ("يحق للمنظمات العاملة في سوريا والعراق التقدم، باستثناء المنظمات المسجلة في تركيا.", ["SY", "IQ"]),
    ("EU Member States (excluding Denmark and Ireland).", [c for c in load_json("regions.json")
                                                          ["eu_member_states"]["codes"] if c not in ("DK", "IE")]),
    # "outside Syria ... not eligible" requires Syria; it does not exclude it.
    ("National NGOs operating in Syria may apply; organisations based outside Syria are not eligible.", ["SY"]),
])
def test_find_countries_drops_excluded_countries(text, codes):
    assert find_countries(text) == codes


@pytest.mark.parametrize("text", [
    "Open to organisations in all countries except Syria.",
    "Ouvert aux organisations de tous les pays à l'exception de la Syrie.",
    "جميع الدول باستثناء سوريا",
    "Worldwide, excluding Syria",
])
def test_any_country_except_one_lists_every_other_country(text):
    codes = find_countries(text)
    assert "SY" not in codes and "*" not in codes
    assert {"LB", "JO", "IQ", "TR", "AF", "XK"} <= set(codes) and len(codes) > 240


def test_eligibility_sentence_beats_countries_named_elsewhere():
    text = ("Newsrooms covering Syria, Afghanistan and Iran are welcome. "
            "Applicants must be registered in Jordan or Lebanon.")
    scope = find_country_scope(text)
    assert (scope.codes, scope.from_eligibility) == (["JO", "LB"], True)


def test_eligibility_heading_covers_the_lines_under_it():
    text = ("2. Eligible countries\nEU Member States and associated countries; partner countries of the "
            "Southern Neighbourhood (including Lebanon and Jordan).\n3. Other conditions\nProjects with Iraq.")
    codes = find_countries(text)
    assert {"FR", "LB", "JO", "SY"} <= set(codes) and "IQ" not in codes


def test_without_an_eligibility_sentence_the_whole_text_counts():
    assert find_countries("Projects in Lebanon and Jordan. Support for refugees in Iraq.") == ["LB", "JO", "IQ"]


def test_country_scope_reports_exclusions_and_donors():
    scope = find_country_scope("Funded by the Government of Japan. Open to NGOs in MENA countries except Iran.")
    assert (scope.excluded, scope.donors) == (("IR",), ("JP",))


def test_named_countries_skips_regions():
    assert named_countries("MENA, mainly Jordanian and Iraqi NGOs in Jordan") == ["JO", "IQ"]


def test_unmapped_name_in_a_country_list_is_logged_with_its_line(caplog):
    with caplog.at_level(logging.WARNING, logger="fursa.normalize.countries"):
        codes = find_countries("Eligible countries: Jordan, Lebanon, Narnia")
    assert codes == ["JO", "LB"]
    assert "Narnia" in caplog.text and "Eligible countries: Jordan, Lebanon, Narnia" in caplog.text


def test_to_country_codes_logs_the_context_it_is_given(caplog):
    with caplog.at_level(logging.WARNING, logger="fursa.normalize.countries"):
        to_country_codes(["Atlantis"], context="Countries: Atlantis")
    assert "Countries: Atlantis" in caplog.text


# --- applicants from a country and from anywhere else; funders named with their mission ------------------------

@pytest.mark.parametrize("text, codes", [
    ("DRL welcomes applications from U.S.-based and foreign-based non-profit organizations and NGOs; they are "
     "eligible.", ["*"]),
    ("U.S.-based and foreign-based non-profit organizations are eligible", ["*"]),
    ("U.S. and non-U.S. organizations may apply.", ["*"]),
    ("Organisations registered in Lebanon or abroad may apply.", ["*"]),
    ("Les associations basées en France ou à l'étranger peuvent postuler.", ["*"]),
    ("يحق للمنظمات العاملة داخل وخارج سوريا التقدم.", ["*"]),
    # Where the work must happen still decides.
    ("U.S.-based and foreign-based non-profit organizations are eligible. Projects must take place in Syria.", ["SY"]),
    ("NGOs and non-profit organisations in Iraq may apply.", ["IQ"]),  # "non-profit" is no "non-<country>"
])
def test_a_country_named_beside_anywhere_else_restricts_nothing(text, codes):
    assert find_countries(text) == codes


@pytest.mark.parametrize("text, excluded", [
    ("Non-EU countries are eligible.", load_json("regions.json")["eu_member_states"]["codes"]),
    ("Non-U.S. organizations may apply.", ["US"]),
])
def test_non_country_means_any_country_but_that_one(text, excluded):
    codes = find_countries(text)
    assert not set(excluded) & set(codes) and {"LB", "SY", "IQ"} <= set(codes) and "*" not in codes


@pytest.mark.parametrize("text, codes, donors", [
    ("U.S. Mission Iraq Public Diplomacy Small Grants Program", ["IQ"], ("US",)),
    ("U.S. Mission to Lebanon: Small Grants", ["LB"], ("US",)),
    ("US Embassy Lebanon small grants", ["LB"], ("US",)),
    ("The U.S. Department of State funds civil society in Jordan.", ["JO"], ("US",)),
    ("Japan International Cooperation Agency grants for Iraq", ["IQ"], ("JP",)),
    ("Embassy of Japan in Iraq: grassroots grants", ["IQ"], ("JP",)),
    ("The Embassy of the Kingdom of the Netherlands in Lebanon funds local NGOs.", ["LB"], ("NL",)),
    ("Government of Canada funding for women's organizations in Jordan", ["JO"], ("CA",)),
    ("L'Ambassade de France au Liban lance un appel à projets.", ["LB"], ("FR",)),
])
def test_funder_named_with_its_mission_or_embassy_is_a_donor(text, codes, donors):
    scope = find_country_scope(text)
    assert (scope.codes, scope.donors) == (codes, donors)


def test_peuvent_presenter_une_demande_marks_an_eligibility_sentence():
    assert find_countries("Le programme soutient la Syrie. Les associations du Liban peuvent présenter une "
                          "demande.") == ["LB"]
