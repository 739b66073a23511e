"""Eligibility verdicts, separate from relevance: can this organization apply, and if not, why not?

Verdicts: eligible, partner (eligible only through a partner or consortium lead), unclear (the call does
not say, or a fact is missing), not_eligible. Each comes with reasons a fundraiser can act on.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

ELIGIBLE, PARTNER, UNCLEAR, NOT_ELIGIBLE = "eligible", "partner", "unclear", "not_eligible"
VERDICTS = (ELIGIBLE, PARTNER, UNCLEAR, NOT_ELIGIBLE)
# Grant size against the organization's whole annual budget.
MIN_GRANT_BUDGET_RATIO_UNCLEAR = 1.0
MIN_GRANT_BUDGET_RATIO_BLOCKING = 3.0
# Applicant types that can carry a local organization as co-applicant or sub-grantee.
LEAD_TYPES = {"international_ngo", "university", "government", "private_sector"}
# Who counts as what: a women-led NGO is also a local NGO, a coalition is made of NGOs.
IMPLIED_TYPES = {
    "women_led_org": {"local_ngo"},
    "media_org": {"local_ngo"},
    "cbo": {"local_ngo"},
    "coalition": {"local_ngo"},
    "social_enterprise": {"private_sector"},
}


@dataclass(frozen=True)
class Reason:
    code: str        # stable key, translated by the dashboard
    ok: bool         # True: a point in favour; False: a problem or a doubt
    text: str        # English sentence for the CLI and logs


@dataclass(frozen=True)
class Assessment:
    verdict: str
    reasons: tuple[Reason, ...] = field(default_factory=tuple)
    expired: bool = False


def _worst(a: str, b: str) -> str:
    return a if VERDICTS.index(a) >= VERDICTS.index(b) else b


def assess(profile: dict, call: dict, today: dt.date) -> Assessment:
    """Verdict for `profile` (contract dict) on `call` (contract dict, plus optional amount_min_usd)."""
    verdict, reasons, expired = ELIGIBLE, [], False

    deadline = call.get("deadline")
    if isinstance(deadline, str):
        deadline = dt.date.fromisoformat(deadline)
    if deadline is not None and deadline < today:
        expired = True
        verdict = NOT_ELIGIBLE
        reasons.append(Reason("deadline_passed", False, f"the deadline passed on {deadline.isoformat()}"))
    elif deadline is not None:
        days = (deadline - today).days
        reasons.append(Reason("deadline_open", True, f"{days} day(s) left, until {deadline.isoformat()}"))
    else:
        reasons.append(Reason("deadline_rolling", True, "no fixed deadline (rolling or not stated)"))

    countries = set(call.get("eligible_countries") or [])
    works_in = set(profile.get("countries") or [])
    if "*" in countries:
        reasons.append(Reason("country_anywhere", True, "open to organizations anywhere"))
    elif not countries:
        verdict = _worst(verdict, UNCLEAR)
        reasons.append(Reason("country_unknown", False, "the call does not say which countries are eligible"))
    elif shared := sorted(countries & works_in):
        reasons.append(Reason("country_match", True, f"covers where you work: {', '.join(shared)}"))
    else:
        verdict = _worst(verdict, NOT_ELIGIBLE)
        reasons.append(Reason("country_mismatch", False,
                              f"limited to {', '.join(sorted(countries)[:8])}; you work in "
                              f"{', '.join(sorted(works_in))}"))

    applicants = set(call.get("eligible_applicants") or [])
    org_type = profile.get("org_type")
    as_types = {org_type} | IMPLIED_TYPES.get(org_type, set())
    if not applicants:
        reasons.append(Reason("applicant_unstated", True, "no restriction on applicant type stated"))
    elif as_types & applicants:
        reasons.append(Reason("applicant_match", True, f"{org_type} organizations may apply"))
    elif applicants & LEAD_TYPES:
        verdict = _worst(verdict, PARTNER)
        reasons.append(Reason("applicant_partner", False,
                              f"lead applicants must be {', '.join(sorted(applicants))}: "
                              "join as a partner or sub-grantee"))
    else:
        verdict = _worst(verdict, NOT_ELIGIBLE)
        reasons.append(Reason("applicant_mismatch", False,
                              f"open to {', '.join(sorted(applicants))}, not to {org_type}"))

    if profile.get("registered_in") is None:
        verdict = _worst(verdict, UNCLEAR)
        reasons.append(Reason("unregistered", False,
                              "most calls require a registered legal entity: check whether an "
                              "unregistered group may apply or go through a fiscal sponsor"))
    elif countries and "*" not in countries and profile["registered_in"] not in countries \
            and profile["registered_in"] not in works_in:
        reasons.append(Reason("registered_abroad", False,
                              f"registered in {profile['registered_in']}: check that organizations "
                              "registered outside the call's countries may apply"))

    budget = profile.get("annual_budget_usd")
    minimum = call.get("amount_min_usd")
    if budget and minimum:
        ratio = minimum / budget
        if ratio > MIN_GRANT_BUDGET_RATIO_BLOCKING:
            verdict = _worst(verdict, NOT_ELIGIBLE)
            reasons.append(Reason("grant_too_large", False,
                                  f"the smallest grant (≈USD {minimum:,.0f}) is {ratio:.0f}× your annual "
                                  "budget: apply as a partner of a larger organization"))
        elif ratio > MIN_GRANT_BUDGET_RATIO_UNCLEAR:
            verdict = _worst(verdict, UNCLEAR)
            reasons.append(Reason("grant_large", False,
                                  f"the smallest grant (≈USD {minimum:,.0f}) exceeds your annual budget"))
    return Assessment(verdict, tuple(reasons), expired)
