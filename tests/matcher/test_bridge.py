"""The cross-language bridge: one vocabulary tags calls and profiles in ar/en/fr/tr/ku alike."""

import json
from collections import Counter

import pytest

from matcher.bridge import VOCAB_DIR, VOCAB_FILES, Tagger, default_tagger, org_concepts

LANGUAGES = ("en", "fr", "ar", "tr", "ku")


@pytest.mark.parametrize("text", [
    "Education for displaced children",
    "Éducation des enfants déplacés",
    "تعليم الأطفال النازحين",
    "yerinden edilmiş çocukların eğitimi",
    "perwerdeya zarokên koçberên navxweyî",
    "پەروەردەی منداڵە ئاوارەکان",  # Sorani Kurdish, in Arabic script
])
def test_one_subject_in_five_languages_gives_the_same_concepts(text):
    assert {"education", "children", "displacement"} <= set(default_tagger().tag(text))


def test_arabic_words_match_with_attached_conjunction_preposition_and_article():
    tagger = default_tagger()
    assert tagger.tag("والتعليم") == tagger.tag("للتعليم") == tagger.tag("تعليم") == Counter({"education": 1})


def test_prefix_terms_take_turkish_suffixes():
    assert "refugees" in default_tagger().tag("mültecilere yönelik destek")


def test_the_longest_term_wins():
    """"gender-based violence" is gbv, not the "gender" inside it."""
    assert default_tagger().tag("gender-based violence") == Counter({"gbv": 1})


def test_places_are_concepts_of_their_country():
    assert set(default_tagger().tag("Idlib, إدلب, Qamişlo")) == {"place:SY"}


def test_the_gloss_is_english_labels_strongest_first_and_deterministic():
    tagger = default_tagger()
    bag = tagger.tag("منح للصحفيين والإعلام المستقل في سوريا")
    assert tagger.gloss(bag) == tagger.gloss(Counter(dict(reversed(bag.most_common()))))
    assert tagger.gloss(bag).startswith("media and journalism")


def test_a_tagger_can_be_built_from_any_vocabulary():
    tagger = Tagger.from_vocab({"water": {"kind": "theme", "label": {"en": "water"},
                                          "terms": {"en": ["water*"], "ar": ["مياه"]}}})
    assert tagger.tag("Waters and المياه") == Counter({"water": 2})


def test_organization_types_become_concepts():
    assert org_concepts("women_led_org") == ["org_women_led"] and org_concepts("local_ngo") == []


def test_vocabulary_files_are_complete():
    """Every concept is labelled in the five languages and named in English and Arabic at least; prefix
    stems are long enough not to swallow unrelated words."""
    for name in VOCAB_FILES:
        data = json.loads((VOCAB_DIR / name).read_text(encoding="utf-8"))
        for cid, entry in next(v for k, v in data.items() if not k.startswith("_")).items():
            assert set(entry["label"]) == set(LANGUAGES), cid
            assert entry["terms"].get("en") and entry["terms"].get("ar"), cid
            for terms in entry["terms"].values():
                for term in terms:
                    for word in term.split():
                        assert not word.endswith("*") or len(word) > 3, (cid, term)
