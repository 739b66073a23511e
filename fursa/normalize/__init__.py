"""Pure text normalizers: messy call text (en/fr/ar/tr/ku) in, facts out. No network, no state.

text (html_to_text, detect_language, to_ascii_digits), dates (parse_date, find_deadline, is_rolling),
amounts (parse_amount, find_amount(s), to_usd), countries (to_country_codes, find_countries) and
applicants (find_applicant_types, find_themes). Vocabularies live in data/vocab and load on first use.
"""
