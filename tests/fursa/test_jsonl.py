"""read_jsonl: every line validated before anything is used; errors name file:line:field."""

from __future__ import annotations

import io
import json

import pytest

from fursa.errors import InputError
from fursa.formats import CallRecord, ProfileRecord
from fursa.jsonl import MAX_REPORTED, read_jsonl, write_jsonl
from tests import factories


def test_reads_every_record_skipping_blank_lines_and_a_byte_order_mark(tmp_path):
    path = tmp_path / "calls.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in factories.all_calls()]
    path.write_text("\ufeff" + lines[0] + "\n\n   \n" + "\n".join(lines[1:]) + "\n", encoding="utf-8")
    records = read_jsonl(path, CallRecord)
    assert [r.id for r in records] == [r["id"] for r in factories.all_calls()]


@pytest.mark.parametrize(("line", "expected"), [
    ('{"id": "x", "title": ', ":2: invalid JSON"),
    ('["not", "an", "object"]', ":2: expected a JSON object, got list"),
    (json.dumps(factories.lebanon_media_call(drop=("title",))), ":2:title: required field is missing"),
    (json.dumps(factories.lebanon_media_call(eligible_countries=["LB", "XX"])),
     ":2:eligible_countries.1: unknown ISO 3166-1 alpha-2 country code 'XX'"),
    (json.dumps(factories.lebanon_media_call(deadline="2027-02-30")), ":2:deadline: impossible date '2027-02-30'"),
    (json.dumps(factories.lebanon_media_call(url="javascript:alert(1)")), ":2:url: expected an http(s) URL"),
    (json.dumps(factories.lebanon_media_call(eligible_applicants=["ngo"])), ":2:eligible_applicants.0: Input should be"),
])
def test_bad_line_is_reported_with_file_line_and_field(tmp_path, line, expected):
    path = factories.write_jsonl(tmp_path / "calls.jsonl", [factories.eu_syria_civil_society_call(), line])
    with pytest.raises(InputError) as info:
        read_jsonl(path, CallRecord)
    assert f"{path}{expected}" in str(info.value)
    assert info.value.location == f"{path}{expected}".split(": ")[0]
    assert "nothing was imported" in str(info.value)


def test_every_bad_line_is_listed_so_a_file_can_be_fixed_in_one_pass(tmp_path):
    path = factories.write_jsonl(tmp_path / "profiles.jsonl", [
        factories.nes_coalition_profile(org_type="ngo"),
        factories.beirut_media_profile(),
        factories.unregistered_idlib_cbo_profile(countries=["XX"]),
    ])
    with pytest.raises(InputError) as info:
        read_jsonl(path, ProfileRecord)
    message = str(info.value)
    assert message.startswith(f"{path}:1:org_type: 2 problem(s)")
    assert f"{path}:1:org_type:" in message and f"{path}:3:countries.0:" in message
    assert f"{path}:2:" not in message


def test_duplicate_id_is_an_error_naming_both_lines(tmp_path):
    call = factories.lebanon_media_call()
    path = factories.write_jsonl(tmp_path / "calls.jsonl", [call, factories.rolling_women_led_call(), call])
    with pytest.raises(InputError, match=r":3:id: duplicate id .* \(first on line 1\)"):
        read_jsonl(path, CallRecord)


def test_a_file_full_of_bad_lines_reports_at_most_the_first_twenty(tmp_path):
    path = factories.write_jsonl(tmp_path / "calls.jsonl", ["{broken"] * 500)
    with pytest.raises(InputError) as info:
        read_jsonl(path, CallRecord)
    message = str(info.value)
    assert f"{MAX_REPORTED} problem(s) (stopped after {MAX_REPORTED})" in message
    assert message.count("invalid JSON") == MAX_REPORTED
    assert f"{path}:{MAX_REPORTED}: invalid JSON" in message
    assert f"{path}:{MAX_REPORTED + 1}:" not in message


@pytest.mark.parametrize(("content", "expected"), [
    (None, "file not found"),
    ("\xff\xfe{}".encode("latin-1"), "not UTF-8 text"),
])
def test_unreadable_file_is_an_input_error_naming_it(tmp_path, content, expected):
    path = tmp_path / "calls.jsonl"
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(InputError, match=expected) as info:
        read_jsonl(path, CallRecord)
    assert info.value.location == str(path)


def test_write_jsonl_writes_one_object_per_line_keeping_arabic_readable():
    out = io.StringIO()
    assert write_jsonl([factories.lebanon_media_call(), {"id": "x", "deadline": None}], out) == 2
    lines = out.getvalue().splitlines()
    assert [json.loads(line) for line in lines] == [factories.lebanon_media_call(), {"id": "x", "deadline": None}]
    assert "منح للإعلام" in lines[0]
