"""Feedback: the latest save or dismissal per (profile, call) wins; unknown ids and actions are refused."""

from __future__ import annotations

import datetime as dt

import pytest

from fursa.errors import InputError, NotFound
from fursa.formats import CallRecord, ProfileRecord
from fursa.store import open_store
from fursa.store.calls import SourcedCall, merge_calls
from fursa.store.feedback import clear_feedback, feedback_for, record_feedback
from fursa.store.profiles import upsert_profiles
from tests import factories

AT = dt.datetime(2026, 11, 21, 10, 0)
CALL = factories.eu_syria_civil_society_call()["id"]
PROFILE = factories.nes_coalition_profile()["id"]


@pytest.fixture
def con(db_path):
    with open_store(db_path) as connection:
        call = factories.eu_syria_civil_society_call()
        merge_calls(connection, [SourcedCall(CallRecord.model_validate(call), "import", call["id"])],
                    seen_at=AT, today=dt.date(2026, 11, 21))
        upsert_profiles(connection, [ProfileRecord.model_validate(factories.nes_coalition_profile())], AT)
        yield connection


def test_latest_action_replaces_the_earlier_one(con):
    record_feedback(con, PROFILE, CALL, "saved", AT)
    record_feedback(con, PROFILE, CALL, "dismissed", AT + dt.timedelta(minutes=1))
    assert feedback_for(con, PROFILE) == {CALL: "dismissed"}


def test_clearing_removes_the_feedback(con):
    record_feedback(con, PROFILE, CALL, "saved", AT)
    clear_feedback(con, PROFILE, CALL)
    assert feedback_for(con, PROFILE) == {}


def test_unknown_action_is_refused(con):
    with pytest.raises(InputError, match="unknown feedback"):
        record_feedback(con, PROFILE, CALL, "liked", AT)


@pytest.mark.parametrize(("profile", "call"), [("nobody", CALL), (PROFILE, "no-such-call")])
def test_unknown_profile_or_call_is_refused(con, profile, call):
    with pytest.raises(NotFound):
        record_feedback(con, profile, call, "saved", AT)
