import datetime as dt
import doctest

import pytest

from fursa.normalize import dates
from fursa.normalize.dates import ParsedDate, find_date_window, find_deadline, is_rolling, parse_date

D = dt.date


def test_module_docstring_examples_hold():
    assert doctest.testmod(dates).failed == 0


@pytest.mark.parametrize("text, expected", [
    ("15 décembre 2026", D(2026, 12, 15)),
    ("le 1er avril 2027", D(2027, 4, 1)),
    ("2027/02/28", D(2027, 2, 28)),
    ("2027-02-28", D(2027, 2, 28)),
    ("31-Jan-27", D(2027, 1, 31)),
    ("February 28th, 2027", D(2027, 2, 28)),
    ("Monday, 15 March 2027", D(2027, 3, 15)),
    ("28.02.2027", D(2027, 2, 28)),
    ("15 Mart 2027 Pazartesi", D(2027, 3, 15)),
    ("\u200f١٥/٠٣/٢٠٢٧\u200f", D(2027, 3, 15)),
])
def test_parse_date_reads_full_dates(text, expected):
    assert parse_date(text).value == expected


@pytest.mark.parametrize("text, expected", [
    ("٣١ كانون الأول ٢٠٢٦", D(2026, 12, 31)),
    ("١ آذار ٢٠٢٧", D(2027, 3, 1)),
    ("15 شباط 2027", D(2027, 2, 15)),
    ("٢٠ تشرين الثاني ٢٠٢٦", D(2026, 11, 20)),
    ("الخميس 15 كانون الثاني/يناير 2027", D(2027, 1, 15)),
    ("10 آب 2027", D(2027, 8, 10)),
])
def test_parse_date_levantine_month_with_arabic_digits(text, expected):
    assert parse_date(text).value == expected


@pytest.mark.parametrize("text, expected", [
    ("15 يناير 2027", D(2027, 1, 15)),
    ("٣٠ أبريل ٢٠٢٧", D(2027, 4, 30)),
    ("1 يوليو 2027م", D(2027, 7, 1)),
])
def test_parse_date_egyptian_month_name(text, expected):
    assert parse_date(text).value == expected


def test_parse_date_sorani_kurdish_month():
    assert parse_date("15 ئازار 2027").value == D(2027, 3, 15)


def test_parse_date_numeric_is_day_first():
    assert parse_date("03/04/2027").value == D(2027, 4, 3)
    assert parse_date("15/03/2027").value == D(2027, 3, 15)


def test_parse_date_month_first_only_when_day_first_is_impossible():
    assert parse_date("03/15/2027").value == D(2027, 3, 15)


def test_parse_date_iso_timestamp_keeps_time_and_offset():
    parsed = parse_date("2027-02-28T17:00:00.000+0100")
    assert (parsed.value, parsed.time, parsed.tz) == (D(2027, 2, 28), dt.time(17, 0), "+01:00")


def test_parse_date_iso_timestamp_with_z_is_utc():
    assert parse_date("2027-02-28T17:00:00Z").tz == "UTC"


@pytest.mark.parametrize("text, time, tz", [
    ("12:00 Brussels time", dt.time(12, 0), "Europe/Brussels"),
    ("17:00 CET", dt.time(17, 0), "Europe/Brussels"),
    ("23:59 CET", dt.time(23, 59), "Europe/Brussels"),
    ("23:59 (Beirut time)", dt.time(23, 59), "Asia/Beirut"),
    ("5:00 م بتوقيت بيروت", dt.time(17, 0), "Asia/Beirut"),
    ("12h00 (heure de Bruxelles)", dt.time(12, 0), "Europe/Brussels"),
    ("5 pm Amman time", dt.time(17, 0), "Asia/Amman"),
    ("16:00 UTC+3", dt.time(16, 0), "+03:00"),
    ("17:00 (Türkiye saati)", dt.time(17, 0), "Europe/Istanbul"),
])
def test_parse_date_time_and_zone_without_date(text, time, tz):
    assert parse_date(text) == ParsedDate(None, time, tz, text)


def test_parse_date_time_and_zone_next_to_a_date():
    parsed = parse_date("15 décembre 2026, 12:00 Brussels time")
    assert (parsed.value, parsed.time, parsed.tz) == (D(2026, 12, 15), dt.time(12, 0), "Europe/Brussels")


def test_parse_date_french_abbreviation_et_is_not_eastern_time():
    assert parse_date("15 mars 2027 à 12h et 17h").tz is None


def test_parse_date_dotted_date_is_not_read_as_a_time():
    assert parse_date("15.03.2027").time is None


def test_parse_date_midnight_is_end_of_day():
    assert parse_date("30 avril 2027 à minuit").time == dt.time(23, 59)


@pytest.mark.parametrize("text", ["March 2027", "December 2026", "كانون الثاني ٢٠٢٧", "Q1 2027", "2027"])
def test_parse_date_without_day_is_none(text):
    assert parse_date(text) == ParsedDate(None, None, None, text)


@pytest.mark.parametrize("text", ["Ref 1712345678", "1712345678", "Ref. 1712345678 / 2026"])
def test_parse_date_never_reads_a_ten_digit_reference_as_a_timestamp(text):
    assert parse_date(text).value is None


@pytest.mark.parametrize("text", ["TBD", "rolling", "to be announced", "in two weeks", "tomorrow"])
def test_parse_date_placeholders_and_relative_phrases_are_none(text):
    assert parse_date(text).value is None


@pytest.mark.parametrize("text", ["31 شباط 2027", "30/02/2027", "2027-13-01"])
def test_parse_date_impossible_day_is_none(text):
    assert parse_date(text).value is None


def test_parse_date_keeps_raw_text():
    assert parse_date("  Deadline: TBD ").raw == "  Deadline: TBD "


@pytest.mark.parametrize("text", [None, "", "   "])
def test_parse_date_empty_inputs(text):
    parsed = parse_date(text)
    assert (parsed.value, parsed.time, parsed.tz) == (None, None, None)


@pytest.mark.parametrize("text, languages", [("15. März 2027", ["de"]), ("15 de marzo de 2027", ["es"]),
                                             ("15 marzo 2027", None)])
def test_parse_date_other_languages_via_dateparser(text, languages):
    assert parse_date(text, languages).value == D(2027, 3, 15)


@pytest.mark.parametrize("text, offset_hours", [("1 March 2027 17:00 CET", 1), ("31 March 2027 17:00 CET", 2)])
def test_as_datetime_uses_the_zone_rules_of_the_day(text, offset_hours):
    assert parse_date(text).as_datetime().utcoffset() == dt.timedelta(hours=offset_hours)


def test_as_datetime_time_left_is_right_across_a_dst_change():
    # Brussels moves to summer time on 28 March 2027: 12:00 on the 29th is 10:00 UTC.
    deadline = parse_date("29 March 2027, 12:00 CET").as_datetime()
    now = dt.datetime(2027, 3, 27, 12, 0, tzinfo=dt.UTC)
    assert deadline - now == dt.timedelta(hours=46)


def test_as_datetime_without_date_is_none():
    assert parse_date("March 2027").as_datetime() is None


@pytest.mark.parametrize("text, expected", [
    ("Deadline: 15 March 2027", D(2027, 3, 15)),
    ("Closing date: 31/01/2027 at 23:59 CET", D(2027, 1, 31)),
    ("Applications must be submitted by 28 February 2027, 12:00 Brussels time.", D(2027, 2, 28)),
    ("Date limite : 1er mars 2027", D(2027, 3, 1)),
    ("Date limite de soumission : 15 décembre 2026 à 17h00", D(2026, 12, 15)),
    ("آخر موعد للتقديم: ٣١ كانون الأول ٢٠٢٦", D(2026, 12, 31)),
    ("الموعد النهائي لتقديم الطلبات هو 15 يناير 2027", D(2027, 1, 15)),
    ("آخر موعد 20/01/2027 الساعة 23:59 بتوقيت بيروت", D(2027, 1, 20)),
    ("تقدم الطلبات في موعد أقصاه ١٥ أيار ٢٠٢٧", D(2027, 5, 15)),
    ("Son başvuru tarihi: 15 Mart 2027", D(2027, 3, 15)),
    ("The call opens on 1 January 2027; proposals must be received no later than 31 January 2027.", D(2027, 1, 31)),
])
def test_find_deadline_after_cues(text, expected):
    assert find_deadline(text).value == expected


def test_find_deadline_keeps_time_and_zone():
    found = find_deadline("Info day: 2 Feb 2027\nDeadline: 15/03/2027 17:00 CET")
    assert found == ParsedDate(D(2027, 3, 15), dt.time(17, 0), "Europe/Brussels", "Deadline: 15/03/2027 17:00 CET")


def test_find_deadline_skips_the_deadline_for_questions():
    text = "Deadline for questions: 1 March 2027. Deadline for applications: 15 March 2027."
    assert find_deadline(text).value == D(2027, 3, 15)


def test_find_deadline_reads_the_date_on_the_next_line():
    assert find_deadline("Deadline\n15 March 2027").value == D(2027, 3, 15)


@pytest.mark.parametrize("text", ["Deadline: March 2027", "Deadline: TBD", "Date limite : Ref 1712345678"])
def test_find_deadline_cue_without_full_date_keeps_raw(text):
    assert find_deadline(text) == ParsedDate(None, None, None, text)


@pytest.mark.parametrize("text", [None, "", "Launched on 15 March 2027", "No dates here"])
def test_find_deadline_without_cue_is_none(text):
    assert find_deadline(text) is None


@pytest.mark.parametrize("text", [
    "Applications are reviewed on a rolling basis",
    "The call is open until funds are exhausted",
    "There is no deadline",
    "Deadline: Rolling",
    "rolling",
    "Candidatures en continu",
    "تقبل الطلبات على أساس متجدد",
    "الباب مفتوح حتى نفاد التمويل",
    "Open until further notice",
])
def test_is_rolling_phrases(text):
    assert is_rolling(text) is True


@pytest.mark.parametrize("text", [None, "", "Deadline: 15 March 2027", "مفتوح حتى 15 آذار 2027", "The rolling plan"])
def test_is_rolling_fixed_deadline_or_empty_is_false(text):
    assert is_rolling(text) is False


# --- deadlines from the issue: en/fr/ar dates with their time and zone, rolling phrases -------------------------

@pytest.mark.parametrize("text, value, time, tz", [
    ("15 décembre 2026", D(2026, 12, 15), None, None),
    ("٣١ كانون الأول ٢٠٢٦", D(2026, 12, 31), None, None),
    ("31 ديسمبر 2026", D(2026, 12, 31), None, None),
    ("15 January 2027, 12:00 Brussels time", D(2027, 1, 15), dt.time(12, 0), "Europe/Brussels"),
    ("15 January 2027, 17:00 CET", D(2027, 1, 15), dt.time(17, 0), "Europe/Brussels"),
    ("1 March 2027 at midnight GMT+3", D(2027, 3, 1), dt.time(23, 59), "+03:00"),
    ("12:00 Brussels time on 31 January 2027", D(2027, 1, 31), dt.time(12, 0), "Europe/Brussels"),
    ("March 5, 2027 at 5:00 PM EST", D(2027, 3, 5), dt.time(17, 0), "America/New_York"),
    ("15 décembre 2026 à 12h00 (heure de Beyrouth)", D(2026, 12, 15), dt.time(12, 0), "Asia/Beirut"),
    ("20 février 2027 à midi, heure de Bagdad", D(2027, 2, 20), dt.time(12, 0), "Asia/Baghdad"),
    ("15/04/2027 à 23h59 (heure de Paris)", D(2027, 4, 15), dt.time(23, 59), "Europe/Paris"),
    ("٢٠ كانون الثاني ٢٠٢٧ الساعة ١١:٥٩ مساءً بتوقيت بيروت", D(2027, 1, 20), dt.time(23, 59), "Asia/Beirut"),
    ("٢٨ شباط ٢٠٢٧ الساعة ١٧:٠٠ بتوقيت إسطنبول", D(2027, 2, 28), dt.time(17, 0), "Europe/Istanbul"),
    ("٣٠ نيسان ٢٠٢٧ منتصف الليل بتوقيت غرينتش", D(2027, 4, 30), dt.time(23, 59), "UTC"),
    ("2027-02-15T17:00:00+03:00", D(2027, 2, 15), dt.time(17, 0), "+03:00"),
])
def test_parse_date_issue_table_keeps_time_and_zone(text, value, time, tz):
    parsed = parse_date(text)
    assert (parsed.value, parsed.time, parsed.tz, parsed.raw) == (value, time, tz, text)


@pytest.mark.parametrize("text, at", [
    ("15 January 2027, 17:00 CET", "2027-01-15T17:00:00+01:00"),
    ("15 July 2027, 17:00 CET", "2027-07-15T17:00:00+02:00"),  # summer time in Brussels
    ("1 March 2027 at midnight GMT+3", "2027-03-01T23:59:00+03:00"),
    ("10 December 2026 at 16:00 Damascus time", "2026-12-10T16:00:00+03:00"),
    ("15 March 2027 at 17:00", "2027-03-15T17:00:00"),  # a wall time without a zone stays naive
    ("15 March 2027", None),
])
def test_parsed_date_at_is_iso_with_the_offset_of_its_zone(text, at):
    assert parse_date(text).at == at


def test_parsed_date_as_fields_names_the_deadline_fields():
    fields = find_deadline("Deadline: 1 March 2027 at midnight GMT+3").as_fields()
    assert fields == {"deadline": "2027-03-01", "deadline_raw": "Deadline: 1 March 2027 at midnight GMT+3",
                      "deadline_time": "23:59", "deadline_tz": "+03:00", "deadline_at": "2027-03-01T23:59:00+03:00",
                      "deadline_utc_offset": "+0300"}


def test_parsed_date_as_fields_of_an_unreadable_date_keeps_the_raw_text_only():
    assert find_deadline("Deadline: TBC (expected March 2027)").as_fields() == {
        "deadline": None, "deadline_raw": "Deadline: TBC (expected March 2027)"}


@pytest.mark.parametrize("text", [
    "Allocation reference 1735689600. Deadline: to be confirmed",
    "Référence de l'appel : 1712345678. Date limite : à confirmer",
])
def test_find_deadline_never_reads_a_reference_number_or_today(text):
    found = find_deadline(text)
    assert found.value is None and found.raw and not found.rolling


@pytest.mark.parametrize("text", [
    "Deadline: Ongoing",
    "Deadline: ongoing",
    "Deadline: Open until filled",
    "Applications are open until filled.",
    "The position stays open until the post is filled",
    "مفتوح حتى",
    "الموعد النهائي: مفتوح حتى اكتمال العدد.",
    "باب التقديم مفتوح حتى إشعار آخر",
    "Date limite : en continu",
    "Pas de date limite.",
    "Appel à projets permanent",
    "No closing date",
    "الموعد النهائي: مستمر",
])
def test_is_rolling_issue_phrases(text):
    assert is_rolling(text) is True


@pytest.mark.parametrize("text", [
    "Deadline: open until 15 March 2027",
    "مفتوح حتى ٣١ كانون الأول ٢٠٢٦",
    "التقديم مفتوح حتى\n١٥ آذار ٢٠٢٧",
    "ongoing conflict in Syria; deadline 15 March 2027",
    "Ongoing projects are not eligible.",
])
def test_is_rolling_open_until_a_date_is_not_rolling(text):
    assert is_rolling(text) is False


@pytest.mark.parametrize("text", ["Deadline: Ongoing", "الموعد النهائي: مفتوح حتى اكتمال العدد", "Date limite : en continu"])
def test_find_deadline_marks_an_open_ended_cue_as_rolling(text):
    found = find_deadline(text)
    assert (found.value, found.rolling, found.raw) == (None, True, text)


def test_find_deadline_with_a_date_is_not_rolling():
    assert find_deadline("Deadline: 15 March 2027 (applications reviewed on a rolling basis)").rolling is False


# --- UTC offsets as UNGM writes them (decimal hours) and as others do -------------------------------------------

@pytest.mark.parametrize("text, tz, at", [
    ("16-Feb-2026 12:00 (GMT 2.00)", "+02:00", "2026-02-16T12:00:00+02:00"),
    ("16-Feb-2026 12:00 (GMT 4.50)", "+04:30", "2026-02-16T12:00:00+04:30"),
    ("20-Jan-2027 17:00 (GMT -5.00)", "-05:00", "2027-01-20T17:00:00-05:00"),
    ("01-Mar-2027 11:00 (GMT 0.00)", "UTC", "2027-03-01T11:00:00+00:00"),
    ("10-Jan-2027 23:59 (GMT 5.75)", "+05:45", "2027-01-10T23:59:00+05:45"),
    ("10-Jan-2027 23:59 (GMT -3.50)", "-03:30", "2027-01-10T23:59:00-03:30"),
    ("15 March 2027, 16:00 GMT+3", "+03:00", "2027-03-15T16:00:00+03:00"),
    ("15 March 2027, 16:00 UTC+04:30", "+04:30", "2027-03-15T16:00:00+04:30"),
    ("15 March 2027, 16:00 UTC+0530", "+05:30", "2027-03-15T16:00:00+05:30"),
    ("15 March 2027, 16:00 GMT-03:00", "-03:00", "2027-03-15T16:00:00-03:00"),
    # Without a sign only decimal hours are an offset: "GMT 12:00" is a clock time in GMT.
    ("15 March 2027, GMT 12:00", "UTC", "2027-03-15T12:00:00+00:00"),
])
def test_parse_date_utc_offsets_in_hours_and_decimal_hours(text, tz, at):
    parsed = parse_date(text)
    assert (parsed.tz, parsed.at) == (tz, at)


def test_parse_date_an_offset_is_not_read_as_the_time_of_day():
    assert parse_date("15 March 2027 GMT-03:00").time is None


def test_ungm_deadline_fills_the_call_fields():
    assert parse_date("16-Feb-2027 12:00 (GMT 2.00)").as_fields() == {
        "deadline": "2027-02-16", "deadline_raw": "16-Feb-2027 12:00 (GMT 2.00)", "deadline_time": "12:00",
        "deadline_tz": "+02:00", "deadline_at": "2027-02-16T12:00:00+02:00", "deadline_utc_offset": "+0200"}


# --- "open until <date>" and date windows -----------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Applications are open until 15 April 2027.", D(2027, 4, 15)),
    ("Open until 15 April 2027, 17:00 Beirut time", D(2027, 4, 15)),
    ("مفتوحة حتى 20 كانون الأول/ديسمبر 2026", D(2026, 12, 20)),
    ("باب التقديم مفتوح حتى ١٥ آذار ٢٠٢٧", D(2027, 3, 15)),
    ("L'appel est ouvert jusqu'au 15 avril 2027.", D(2027, 4, 15)),
    ("Candidatures acceptées jusqu’au 1er mars 2027", D(2027, 3, 1)),
    ("Applications accepted until 15 April 2027", D(2027, 4, 15)),
    ("Proposals will be received until 31 January 2027.", D(2027, 1, 31)),
    ("تقبل الطلبات حتى 31 كانون الثاني 2027", D(2027, 1, 31)),
    # An "open until" inside a deadline's own text does not cut it off from its date.
    ("Deadline: open until 15 March 2027\nInfo session: 1 February 2027", D(2027, 3, 15)),
    ("The office is open until 5 pm.\nDeadline: 1 March 2027", D(2027, 3, 1)),
])
def test_find_deadline_open_until_cues(text, expected):
    assert find_deadline(text).value == expected


def test_find_deadline_open_until_without_a_date_is_no_deadline():
    assert find_deadline("Our office is open until 5 pm on weekdays.") is None


def test_find_deadline_open_until_further_notice_is_rolling():
    found = find_deadline("Open until further notice")
    assert (found.value, found.rolling) == (None, True)


@pytest.mark.parametrize(("text", "opens", "closes"), [
    ("Call for proposals open from 1 March to 15 April 2026", D(2026, 3, 1), D(2026, 4, 15)),
    ("Appel à propositions ouvert du 1er mars au 15 avril 2026", D(2026, 3, 1), D(2026, 4, 15)),
    ("باب التقديم مفتوح من 1 آذار/مارس حتى 15 نيسان/أبريل 2026", D(2026, 3, 1), D(2026, 4, 15)),
    ("7 March 2023 | 10:00 PM - 24 April 2023 | 8:59 PM", D(2023, 3, 7), D(2023, 4, 24)),
    # Across the New Year the opening date is in the year before the closing one.
    ("Open from 2 November to 15 January 2027", D(2026, 11, 2), D(2027, 1, 15)),
    ("ouvert du 15 décembre au 31 janvier 2027", D(2026, 12, 15), D(2027, 1, 31)),
    ("مفتوح من ١٠ كانون الأول حتى ٢٠ كانون الثاني ٢٠٢٧", D(2026, 12, 10), D(2027, 1, 20)),
    ("Applications are open until 15 April 2026", None, D(2026, 4, 15)),
    ("مفتوحة حتى 20 كانون الأول/ديسمبر 2026", None, D(2026, 12, 20)),
])
def test_find_date_window(text, opens, closes):
    found_opens, found_closes = find_date_window(text)
    assert (found_opens.value if found_opens else None, found_closes.value) == (opens, closes)


def test_find_date_window_keeps_the_closing_time():
    _, closes = find_date_window("7 March 2023 | 10:00 PM - 24 April 2023 | 8:59 PM")
    assert closes.time == dt.time(20, 59)


@pytest.mark.parametrize("text", [None, "", "Open for applications", "March 2026 to April 2026", "2026-04-15",
                                  "Deadline: 15 April 2026", "From 15 April 2027 to 1 March 2027"])
def test_find_date_window_refuses_what_is_not_a_window(text):
    assert find_date_window(text) is None
