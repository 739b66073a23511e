import csv
import datetime as dt
import doctest

import pytest

from fursa.normalize import amounts
from fursa.normalize._vocab import VOCAB_DIR
from fursa.normalize.amounts import ParsedAmount, find_amount, find_amounts, parse_amount, to_usd


def _facts(amount):
    return (amount.min, amount.max, amount.currency) if amount else None


def test_module_docstring_examples_hold():
    assert doctest.testmod(amounts).failed == 0


@pytest.mark.parametrize("text, expected", [
    ("€1.234.567,50", (1234567.5, 1234567.5, "EUR")),
    ("EUR 100 000", (100000.0, 100000.0, "EUR")),
    ("TRY 250.000", (250000.0, 250000.0, "TRY")),
    ("$25K", (25000.0, 25000.0, "USD")),
    ("٥٠٬٠٠٠ دولار أمريكي", (50000.0, 50000.0, "USD")),
    ("1,234.56 USD", (1234.56, 1234.56, "USD")),
    ("100.50 EUR", (100.5, 100.5, "EUR")),
    ("USD50,000", (50000.0, 50000.0, "USD")),
    ("1 million d'euros", (1e6, 1e6, "EUR")),
    ("2,5 millions EUR", (2.5e6, 2.5e6, "EUR")),
    ("EUR 5m", (5e6, 5e6, "EUR")),
    ("50 ألف دولار", (50000.0, 50000.0, "USD")),
    ("20.000 ليرة تركية", (20000.0, 20000.0, "TRY")),
    ("C$ 5,000", (5000.0, 5000.0, "CAD")),
])
def test_parse_amount_single_amount_is_min_and_max(text, expected):
    assert _facts(parse_amount(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("USD 50,000–100,000", (50000.0, 100000.0, "USD")),
    ("between EUR 100 000 and EUR 500 000", (100000.0, 500000.0, "EUR")),
    ("بين 10,000 و 25,000 يورو", (10000.0, 25000.0, "EUR")),
    ("GBP 10k-20k", (10000.0, 20000.0, "GBP")),
    ("from EUR 10,000 to EUR 50,000", (10000.0, 50000.0, "EUR")),
    ("1-2 million USD", (1e6, 2e6, "USD")),
    ("500,000 - 1 million EUR", (500000.0, 1e6, "EUR")),
    ("minimum EUR 10 000 and maximum EUR 50 000", (10000.0, 50000.0, "EUR")),
])
def test_parse_amount_ranges(text, expected):
    assert _facts(parse_amount(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("up to 1 million", (None, 1e6, None)),
    ("up to USD 1.5 million", (None, 1.5e6, "USD")),
    ("grants of up to CHF 30'000", (None, 30000.0, "CHF")),
    ("grants of up to CHF 30’000", (None, 30000.0, "CHF")),
    ("منح تصل إلى ٥٠٬٠٠٠ دولار", (None, 50000.0, "USD")),
    ("jusqu'à 50 000 €", (None, 50000.0, "EUR")),
    ("50.000 TL'ye kadar", (None, 50000.0, "TRY")),
    ("maximum amount: EUR 60,000", (None, 60000.0, "EUR")),
])
def test_parse_amount_up_to_is_max_only(text, expected):
    assert _facts(parse_amount(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("at least EUR 10,000", (10000.0, None, "EUR")),
    ("EUR 10 000 minimum", (10000.0, None, "EUR")),
    ("لا تقل عن 5,000 دولار", (5000.0, None, "USD")),
])
def test_parse_amount_at_least_is_min_only(text, expected):
    assert _facts(parse_amount(text)) == expected


@pytest.mark.parametrize("text, currency", [
    ("500 دولار", "USD"), ("500 يورو", "EUR"), ("500 جنيه إسترليني", "GBP"), ("500 ليرة تركية", "TRY"),
    ("500 ليرة لبنانية", "LBP"), ("500 دينار أردني", "JOD"), ("500 دينار عراقي", "IQD"), ("500 ريال سعودي", "SAR"),
    ("500 francs suisses", "CHF"), ("500 livres sterling", "GBP"), ("500 Swiss francs", "CHF"),
    ("500 Canadian dollars", "CAD"), ("500 Jordanian dinars", "JOD"), ("500 Türk lirası", "TRY"), ("£500", "GBP"),
    ("₺500", "TRY"), ("500 TL", "TRY"), ("¥500", "JPY"), ("US$500", "USD"),
])
def test_parse_amount_currency_from_symbols_and_words(text, currency):
    assert parse_amount(text).currency == currency


def test_parse_amount_ambiguous_lira_is_money_without_a_currency_guess():
    # ليرة alone may be Lebanese, Syrian or Turkish: the amount is kept, the currency is not guessed.
    assert _facts(parse_amount("500 ليرة")) == (500.0, 500.0, None)
    assert parse_amount("500 ليرة").raw == "500 ليرة"


@pytest.mark.parametrize("text, expected", [
    ("تصل قيمة المنحة إلى ٨٬٠٠٠ دينار للمنظمات العاملة في الأردن", (None, 8000.0, "JOD")),
    ("تصل قيمة المنحة إلى ٨٬٠٠٠ دينار", (None, 8000.0, None)),
    ("منح للجمعيات في العراق بقيمة ١٠ ملايين دينار", (10e6, 10e6, "IQD")),
    ("Grants of up to 5,000 dinars for youth groups in Jordan", (None, 5000.0, "JOD")),
    ("مشاريع في لبنان بقيمة ٥٠ مليون ليرة", (50e6, 50e6, "LBP")),
    ("منحة قدرها ٢٠٠ ألف ليرة للمبادرات في سوريا", (200000.0, 200000.0, "SYP")),
    # A region does not decide: MENA names a dozen dinar countries.
    ("up to 5,000 dinars for NGOs in the MENA region", (None, 5000.0, None)),
])
def test_shared_currency_word_takes_the_currency_of_the_country_named(text, expected):
    assert _facts(find_amount(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("تصل قيمة المنحة إلى ٨٬٠٠٠ دينار أردني", (None, 8000.0, "JOD")),
    ("قد تصل قيمة المنحة الواحدة إلى ٢٥٬٠٠٠ دولار", (None, 25000.0, "USD")),
    ("لا تزيد قيمتها عن ١٥٬٠٠٠ يورو", (None, 15000.0, "EUR")),
    ("d'un montant maximal de 40 000 €", (None, 40000.0, "EUR")),
    ("dans la limite de 25 000 euros", (None, 25000.0, "EUR")),
])
def test_parse_amount_max_cues_with_words_between(text, expected):
    assert _facts(parse_amount(text)) == expected


def test_find_amount_without_currency_takes_the_one_currency_of_the_text():
    text = "The programme has EUR 3 million in total. Grants of up to 1 million are expected."
    assert _facts(find_amount(text)) == (None, 1e6, "EUR")


@pytest.mark.parametrize("text", ["EUR\u202f100\u202f000", "EUR\u00a0100\u00a0000", "EUR 100\u2009000"])
def test_parse_amount_no_break_and_thin_spaces_group_thousands(text):
    assert _facts(parse_amount(text)) == (100000.0, 100000.0, "EUR")


def test_parse_amount_keeps_raw_text_as_written():
    assert parse_amount("Budget: ٥٠٬٠٠٠ دولار أمريكي فقط").raw == "٥٠٬٠٠٠ دولار أمريكي"


@pytest.mark.parametrize("text", [
    "co-financing of 10%", "try 5 times", "The call runs in 2027", "Ref 1712345678",
    "up to 1 million people", "Deadline 15/03/2027 12:00", "up to 3 projects", "COVID-19",
])
def test_parse_amount_numbers_that_are_not_money_give_none(text):
    assert parse_amount(text) is None


@pytest.mark.parametrize("text", [None, "", "   "])
def test_parse_amount_empty_inputs_give_none(text):
    assert parse_amount(text) is None


def test_find_amount_prefers_per_grant_range_over_total_budget():
    text = ("The total envelope of this call is EUR 3 million. Each grant must fall between EUR 100 000 and "
            "EUR 500 000. Co-financing of 10% is required.")
    assert _facts(find_amount(text)) == (100000.0, 500000.0, "EUR")


def test_find_amount_prefers_per_grant_ceiling_in_arabic():
    text = "الميزانية الإجمالية للبرنامج 2 مليون يورو. قيمة المنحة لكل منظمة تصل إلى 40,000 يورو."
    assert _facts(find_amount(text)) == (None, 40000.0, "EUR")


def test_find_amounts_lists_every_amount_in_reading_order():
    found = find_amounts("Total budget EUR 5 million; each grant up to EUR 200,000 and 10% co-financing")
    assert found == [ParsedAmount(5e6, 5e6, "EUR", "EUR 5 million"),
                     ParsedAmount(None, 200000.0, "EUR", "up to EUR 200,000")]


@pytest.mark.parametrize("text", [None, "", "No money mentioned in 2027."])
def test_find_amount_without_money_is_none(text):
    assert find_amount(text) is None
    assert find_amounts(text) == []


def test_to_usd_uses_latest_rate_on_or_before_the_date():
    mid_month = to_usd(100, "EUR", dt.date(2026, 3, 15))
    first_of_month = to_usd(100, "EUR", dt.date(2026, 3, 1))
    assert mid_month == first_of_month
    assert 100 < mid_month < 130


def test_to_usd_after_the_table_uses_its_last_rate():
    assert to_usd(89500, "LBP", dt.date(2030, 1, 1)) == pytest.approx(1.0, rel=0.01)


def test_to_usd_dollars_are_dollars():
    assert to_usd(100, "USD", dt.date(2020, 1, 1)) == 100.0


@pytest.mark.parametrize("currency, on", [("XXX", dt.date(2026, 1, 1)), ("EUR", dt.date(2024, 12, 31)), ("", dt.date(2026, 1, 1))])
def test_to_usd_unknown_currency_or_date_before_the_table_is_none(currency, on):
    assert to_usd(100, currency, on) is None


def test_fx_rates_cover_every_month_for_every_currency():
    required = {"EUR", "GBP", "CHF", "CAD", "JPY", "SEK", "NOK", "DKK", "TRY", "JOD", "LBP", "LBP_NOTE", "IQD",
                "SYP", "AFN", "AED", "SAR", "QAR", "EGP"}
    with open(VOCAB_DIR / "fx_rates.csv", encoding="utf-8") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    months = {f"{y}-{m:02d}-01" for y in (2025, 2026) for m in range(1, 13)} - {"2026-12-01"}
    have = {(r["date"], r["currency"]) for r in rows}
    assert {(d, c) for d in months for c in required} <= have
    assert all(float(r["usd_per_unit"]) > 0 for r in rows)


def test_fx_rates_header_says_approximate_not_accounting():
    first = (VOCAB_DIR / "fx_rates.csv").read_text(encoding="utf-8").splitlines()[0].lower()
    assert first.startswith("#") and "approximate" in first and "not for accounting" in first


# --- amounts from the issue: min/max, ISO currency and the raw text, in en/fr/ar writing -----------------------

@pytest.mark.parametrize("text, expected, raw", [
    ("€1.234.567,50", (1234567.5, 1234567.5, "EUR"), "€1.234.567,50"),
    ("USD 50,000–100,000", (50000.0, 100000.0, "USD"), "USD 50,000–100,000"),
    ("up to 1 million", (None, 1e6, None), "up to 1 million"),
    ("٥٠٬٠٠٠ دولار", (50000.0, 50000.0, "USD"), "٥٠٬٠٠٠ دولار"),
    ("between 10 000 € and 50 000 €", (10000.0, 50000.0, "EUR"), "between 10 000 € and 50 000 €"),
    ("jusqu'à 30 000 euros", (None, 30000.0, "EUR"), "jusqu'à 30 000 euros"),
    ("تصل قيمة المنحة إلى ٨٬٠٠٠ دينار", (None, 8000.0, None), "تصل قيمة المنحة إلى ٨٬٠٠٠ دينار"),
    ("Montant maximal de la subvention : 150.000,00 EUR", (None, 150000.0, "EUR"), "maximal de la subvention : 150.000,00 EUR"),
    ("de 5 000 à 20 000 dollars américains", (5000.0, 20000.0, "USD"), "de 5 000 à 20 000 dollars américains"),
    ("تتراوح قيمة المنح بين ١٠٬٠٠٠ و٢٥٬٠٠٠ دولار أمريكي", (10000.0, 25000.0, "USD"),
     "بين ١٠٬٠٠٠ و٢٥٬٠٠٠ دولار أمريكي"),
    ("قيمة المنحة من ٥٠٠٬٠٠٠ إلى ١٬٠٠٠٬٠٠٠ ليرة تركية", (500000.0, 1e6, "TRY"),
     "من ٥٠٠٬٠٠٠ إلى ١٬٠٠٠٬٠٠٠ ليرة تركية"),
    ("تقدم المنحة بمبلغ ١٠٠٬٠٠٠ يورو كحد أقصى", (None, 100000.0, "EUR"), "١٠٠٬٠٠٠ يورو"),
    ("Projects may request from TRY 500,000 to TRY 1,500,000.", (500000.0, 1.5e6, "TRY"),
     "from TRY 500,000 to TRY 1,500,000"),
    ("50 000 – 120 000 USD", (50000.0, 120000.0, "USD"), "50 000 – 120 000 USD"),
])
def test_parse_amount_issue_table(text, expected, raw):
    amount = parse_amount(text)
    assert (_facts(amount), amount.raw) == (expected, raw)


def test_find_amount_per_grant_ceiling_beats_the_total_in_the_same_french_sentence():
    text = "Le budget total de 2,5 millions EUR financera des subventions jusqu'à 100 000 EUR."
    assert _facts(find_amount(text)) == (None, 100000.0, "EUR")


def test_dinars_read_from_context_get_a_usd_equivalent():
    amount = find_amount("تصل قيمة المنحة إلى ٨٬٠٠٠ دينار للمبادرات الشبابية في الأردن")
    usd = to_usd(amount.max, amount.currency, dt.date(2026, 11, 21))
    assert amount.currency == "JOD" and 11000 < usd < 11600  # the dinar is pegged at about 1.41 USD
