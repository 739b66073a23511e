import doctest

import pytest

from fursa.normalize import applicants
from fursa.normalize._vocab import load_json
from fursa.normalize.applicants import APPLICANT_TYPES, find_applicant_types, find_themes

REQUIRED_THEMES = {"civil society", "human rights", "peacebuilding", "media freedom", "women's rights", "gbv",
                   "education", "child protection", "advocacy", "social cohesion", "livelihoods", "governance",
                   "health", "environment", "water", "food security", "refugees", "youth", "democracy", "culture",
                   "disability", "humanitarian"}


def test_module_docstring_examples_hold():
    assert doctest.testmod(applicants).failed == 0


@pytest.mark.parametrize("text, expected", [
    ("local civil society organisations", ["local_ngo"]),
    ("منظمات المجتمع المدني المحلية", ["local_ngo"]),
    ("Les organisations de la société civile locales", ["local_ngo"]),
    ("Non-governmental organisations registered in Syria", ["local_ngo"]),
    ("Not-for-profit organisations", ["local_ngo"]),
    ("Yerel sivil toplum kuruluşları başvurabilir", ["local_ngo"]),
    ("community-based organisations", ["cbo"]),
    ("والمبادرات المجتمعية", ["cbo"]),
    ("networks, coalitions or platforms", ["coalition"]),
    ("women-led organisations", ["women_led_org"]),
    ("المنظمات التي تقودها نساء", ["women_led_org"]),
    ("associations de femmes", ["women_led_org"]),
    ("media outlets", ["media_org"]),
    ("المؤسسات الإعلامية", ["media_org"]),
    ("International NGOs may apply as co-applicants only", ["international_ngo"]),
    ("المنظمات غير الحكومية الدولية", ["international_ngo"]),
    ("Universities and research centres", ["university"]),
    ("Local authorities and municipalities", ["government"]),
    ("Private sector companies", ["private_sector"]),
    ("Social enterprises and cooperatives", ["social_enterprise"]),
    ("Individuals", ["individual"]),
    ("الأشخاص الطبيعيين", ["individual"]),
])
def test_find_applicant_types_phrases(text, expected):
    assert find_applicant_types(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Local CSOs and women-led groups may apply; individuals are not eligible.", ["local_ngo", "women_led_org"]),
    ("Local NGOs can apply, but not individuals.", ["local_ngo"]),
    ("Private sector companies are not eligible", []),
    ("لا يحق للأفراد التقدم", []),
    ("Not eligible: individuals, companies. Eligible: local NGOs", ["local_ngo"]),
    ("Les personnes physiques ne sont pas éligibles", []),
])
def test_find_applicant_types_drops_excluded_clauses(text, expected):
    assert find_applicant_types(text) == expected


def test_find_applicant_types_international_ngo_is_not_also_local():
    text = "Les organisations de la société civile locales et les ONG internationales"
    assert find_applicant_types(text) == ["local_ngo", "international_ngo"]


@pytest.mark.parametrize("text", [
    "Each grant must fall between EUR 10,000 and 50,000 (individual grants)",
    "جامعة الدول العربية",
    "دعوة لتقديم مقترحات",
])
def test_find_applicant_types_lookalikes_are_not_applicants(text):
    assert find_applicant_types(text) == []


def test_find_applicant_types_vocabulary_is_closed():
    assert set(load_json("applicant_types.json")) == set(APPLICANT_TYPES)


@pytest.mark.parametrize("text", [None, ""])
def test_find_applicant_types_empty(text):
    assert find_applicant_types(text) == []


@pytest.mark.parametrize("text, expected", [
    ("Support to civil society and survivors of gender-based violence", ["civil society", "gbv"]),
    ("برنامج لدعم التعليم وحماية الطفل", ["education", "child protection"]),
    ("human rights defenders and women's rights", ["human rights", "women's rights"]),
    ("peacebuilding, social cohesion among host communities and refugees",
     ["peacebuilding", "social cohesion", "refugees"]),
    ("Sağlık ve eğitim", ["health", "education"]),
    ("mafên mirovan", ["human rights"]),
    ("Water, sanitation and hygiene (WASH)", ["water"]),
    ("liberté de la presse et plaidoyer", ["media freedom", "advocacy"]),
    ("للشباب وذوي الإعاقة", ["youth", "disability"]),
])
def test_find_themes_keywords(text, expected):
    assert find_themes(text) == expected


def test_find_themes_longest_phrase_wins():
    assert find_themes("العنف القائم على النوع الاجتماعي") == ["gbv"]


def test_find_themes_call_for_proposals_is_not_advocacy():
    assert find_themes("دعوة لتقديم مقترحات") == []


def test_themes_vocabulary_has_required_ids():
    assert REQUIRED_THEMES <= set(load_json("themes.json"))


@pytest.mark.parametrize("text", [None, ""])
def test_find_themes_empty(text):
    assert find_themes(text) == []


def test_applicant_vocabulary_is_the_calls_format_vocabulary():
    from fursa.formats import APPLICANT_TYPES as FORMAT_TYPES

    assert APPLICANT_TYPES == FORMAT_TYPES


@pytest.mark.parametrize("text, expected", [
    # en
    ("Organisations of persons with disabilities in Lebanon may apply.", ["local_ngo"]),
    ("Micro-grants for youth groups, registered or informal.", ["cbo"]),
    ("The lead applicant must be an Iraqi civil society organisation; international NGOs may apply as "
     "co-applicants only.", ["local_ngo", "international_ngo"]),
    # fr
    ("Les associations enregistrées au Liban peuvent postuler.", ["local_ngo"]),
    ("Des microprojets portés par des groupes communautaires.", ["cbo"]),
    ("Seules les ONG locales sont éligibles ; les organisations internationales ne sont pas éligibles.",
     ["local_ngo"]),
    ("Ouvert aux coopératives et aux entreprises sociales.", ["social_enterprise"]),
    ("Les universités et centres de recherche peuvent être partenaires.", ["university"]),
    # ar
    ("يحق للمنظمات المسجلة في العراق التقدم.", ["local_ngo"]),
    ("منح للجمعيات العاملة في لبنان.", ["local_ngo"]),
    ("تدعم المنحة المؤسسات الإعلامية المستقلة.", ["media_org"]),
    ("يمكن للمجموعات الشبابية غير المسجلة التقدم.", ["cbo"]),
    ("الجمعيات التعاونية الزراعية", ["social_enterprise"]),
    ("لا يحق للأفراد التقدم، ويحق للمنظمات النسوية التقدم.", ["women_led_org"]),
])
def test_find_applicant_types_en_fr_ar(text, expected):
    assert find_applicant_types(text) == expected


def test_find_applicant_types_prefers_who_may_apply_over_who_is_helped():
    text = ("The programme helps municipalities publish their budgets.\n"
            "Eligibility\nNon-governmental organisations registered in Lebanon.")
    assert find_applicant_types(text) == ["local_ngo"]


def test_find_applicant_types_heading_colon_at_line_end_still_excludes():
    assert find_applicant_types("Not eligible:\nIndividuals\nEligible: local NGOs") == ["local_ngo"]


@pytest.mark.parametrize("text, expected", [
    # women-led organizations, however the call words them
    ("Les organisations de la société civile dirigées par des femmes peuvent présenter une demande",
     ["local_ngo", "women_led_org"]),
    ("منظمات تقودها نساء", ["women_led_org"]),
    ("يمكن للمنظمات التي تقودها نساء التقدم.", ["women_led_org"]),
    ("المنظمات النسائية", ["women_led_org"]),
    ("منح للمنظمات التي تديرها نساء", ["women_led_org"]),
    ("women-led", ["women_led_org"]),
    ("women's rights organizations", ["women_led_org"]),
    ("Local women’s rights organizations may apply.", ["women_led_org"]),
    # media
    ("independent local media", ["media_org"]),
    ("Grants for exiled and independent Syrian media.", ["media_org"]),
    ("community radio", ["media_org"]),
    ("Support to local radio stations.", ["media_org"]),
    ("media outlets", ["media_org"]),
    ("newsrooms covering the region", ["media_org"]),
    ("وسائل الإعلام المستقلة", ["media_org"]),
    ("تدعم المنحة الإذاعات المحلية", ["media_org"]),
    ("médias indépendants", ["media_org"]),
    ("Les médias indépendants et les radios associatives peuvent postuler.", ["media_org"]),
    # media as a subject, not as who applies
    ("Training for young people on local media literacy.", []),
])
def test_find_applicant_types_women_led_and_media_wordings(text, expected):
    assert find_applicant_types(text) == expected
