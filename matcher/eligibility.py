"""Eligibility verdicts, separate from relevance: can this organization apply, and if not, why not?

Verdicts: eligible, partner (eligible only through a partner or consortium lead), unclear (the call does
not say, or a fact is missing), not_eligible. Each comes with reasons a fundraiser can act on; every reason
has a stable `code` (listed in docs/matching.md) the dashboard translates.

The rules run over arrays: `call_facts` reads every call once when the corpus is built, `judge` applies the
rules for one profile to all calls at once (a few milliseconds at 100k calls), and `reasons_at` writes the
sentences for the calls actually shown. `assess` does all three for one call.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from fursa.formats import APPLICANT_TYPES
from matcher.facts import TextFacts, read_facts

ELIGIBLE, PARTNER, UNCLEAR, NOT_ELIGIBLE = "eligible", "partner", "unclear", "not_eligible"
VERDICTS = (ELIGIBLE, PARTNER, UNCLEAR, NOT_ELIGIBLE)  # from best to worst: the worst rule wins
# Grant size against the organization's whole annual budget.
MIN_GRANT_BUDGET_RATIO_UNCLEAR = 1.0
MIN_GRANT_BUDGET_RATIO_BLOCKING = 3.0
# Lead applicants that routinely carry local organizations as co-applicants or sub-grantees.
PARTNERING_LEADS = {"international_ngo"}
# Lead applicants that carry local partners only when the call says so: a Jean Monnet module (universities
# only, "other organisations cannot be applicants or partners") is closed to an NGO, not open via a partner.
LEAD_TYPES = {"international_ngo", "university", "government", "private_sector"}
# Who counts as what: a women-led NGO is also a local NGO, a coalition is made of NGOs.
IMPLIED_TYPES = {
    "women_led_org": {"local_ngo"},
    "media_org": {"local_ngo"},
    "cbo": {"local_ngo"},
    "coalition": {"local_ngo"},
    "social_enterprise": {"private_sector"},
}
_BIT = {t: 1 << i for i, t in enumerate(APPLICANT_TYPES)}
_NO_DATE = -1


@dataclass(frozen=True)
class Reason:
    code: str        # stable key, translated by the dashboard (docs/matching.md lists them)
    ok: bool         # True: a point in favour; False: a problem or a doubt
    text: str        # English sentence for the CLI and logs
    kind: str = ""   # deadline, country, applicant, registration, grant_size, budget, requirement
    params: dict = field(default_factory=dict)  # the facts in the sentence, for translations


@dataclass(frozen=True)
class Assessment:
    verdict: str
    reasons: tuple[Reason, ...] = field(default_factory=tuple)
    expired: bool = False


def _mask(types) -> int:
    return sum(_BIT.get(t, 0) for t in set(types))


def _indicator(rows: list[tuple[str, ...]], columns: dict[str, int]) -> sp.csc_matrix:
    indptr, indices = [0], []
    for codes in rows:
        indices.extend(columns[c] for c in codes)
        indptr.append(len(indices))
    data = np.ones(len(indices), dtype=np.int8)
    return sp.csr_matrix((data, indices, indptr), shape=(len(rows), max(len(columns), 1))).tocsc()


@dataclass
class CallFacts:
    """Everything the rules need about every call, as arrays (one row per call, in corpus order)."""

    texts: list[TextFacts]
    deadline: np.ndarray          # proleptic ordinal, or -1 when rolling / not stated
    anywhere: np.ndarray          # eligible_countries is ["*"]
    unstated: np.ndarray          # eligible_countries is []
    columns: dict[str, int]       # country code -> column of the two matrices below
    countries: sp.csc_matrix      # eligible countries
    n_countries: np.ndarray       # how many countries each call names (0 for anywhere or unstated)
    registration: sp.csc_matrix   # countries applicants must be registered in (from the text)
    must_register: np.ndarray     # the text requires a registered organization ("*" or a country)
    specific_registration: np.ndarray
    applicants: np.ndarray        # bit mask of eligible applicant types (0: not stated)
    partners: np.ndarray
    unregistered_ok: np.ndarray
    min_usd: np.ndarray           # NaN when unknown
    band_low: np.ndarray          # the applicant's annual budget band in USD, NaN when not stated
    band_high: np.ndarray

    _memo: dict = field(default_factory=dict, repr=False)

    @property
    def size(self) -> int:
        return len(self.texts)

    def memo(self, key, compute):
        """Rule outcomes that depend on the calls and a date or an organization type only, kept across
        profiles (read-only arrays: callers must not modify them)."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def any_of(self, matrix: sp.csc_matrix, codes) -> np.ndarray:
        cols = [self.columns[c] for c in set(codes) if c in self.columns]
        if not cols:
            return np.zeros(self.size, dtype=bool)
        return np.asarray(matrix[:, cols].sum(axis=1)).ravel() > 0


def call_facts(calls: list[dict], on: dt.date) -> CallFacts:
    """Read every call once (fields first, text for what the fields cannot say). `on` dates currency rates."""
    texts = [read_facts(c, on) for c in calls]
    country_lists = [tuple(c for c in (call.get("eligible_countries") or []) if c != "*") for call in calls]
    registration_lists = [tuple(c for c in t.registered_in if c != "*") for t in texts]
    columns: dict[str, int] = {}
    for codes in (*country_lists, *registration_lists):
        for code in codes:
            columns.setdefault(code, len(columns))

    def deadline(call: dict) -> int:
        value = call.get("deadline")
        if isinstance(value, str):
            value = dt.date.fromisoformat(value)
        return value.toordinal() if value else _NO_DATE

    def number(value) -> float:
        return float(value) if value is not None else np.nan

    return CallFacts(
        texts=texts,
        deadline=np.array([deadline(c) for c in calls], dtype=np.int64),
        anywhere=np.array(["*" in (c.get("eligible_countries") or []) for c in calls], dtype=bool),
        unstated=np.array([not (c.get("eligible_countries") or []) for c in calls], dtype=bool),
        columns=columns,
        countries=_indicator(country_lists, columns),
        n_countries=np.array([len(c) for c in country_lists], dtype=np.int64),
        registration=_indicator(registration_lists, columns),
        must_register=np.array([bool(t.registered_in) for t in texts], dtype=bool),
        specific_registration=np.array([bool(r) for r in registration_lists], dtype=bool),
        applicants=np.array([_mask(t.applicants) for t in texts], dtype=np.int64),
        partners=np.array([t.partners for t in texts], dtype=bool),
        unregistered_ok=np.array([t.unregistered_ok for t in texts], dtype=bool),
        min_usd=np.array([number(t.min_usd) for t in texts], dtype=np.float64),
        band_low=np.array([number(t.budget_band_usd[0]) for t in texts], dtype=np.float64),
        band_high=np.array([number(t.budget_band_usd[1]) for t in texts], dtype=np.float64),
    )


# Each rule gives every call one outcome; outcomes are (code, verdict it forces, ok, kind). Index 0 of a
# rule is "nothing to say".
_OUTCOMES = {
    "deadline": (None, ("deadline_open", ELIGIBLE, True), ("deadline_rolling", ELIGIBLE, True),
                 ("deadline_passed", NOT_ELIGIBLE, False)),
    "country": (None, ("country_anywhere", ELIGIBLE, True), ("country_match", ELIGIBLE, True),
                ("country_unknown", UNCLEAR, False), ("country_mismatch", NOT_ELIGIBLE, False)),
    "applicant": (None, ("applicant_unstated", ELIGIBLE, True), ("applicant_match", ELIGIBLE, True),
                  ("applicant_partner", PARTNER, False), ("applicant_mismatch", NOT_ELIGIBLE, False)),
    "registration": (None, ("registration_match", ELIGIBLE, True), ("registered_abroad", ELIGIBLE, False),
                     ("registration_mismatch", NOT_ELIGIBLE, False), ("unregistered", UNCLEAR, False),
                     ("unregistered_welcome", ELIGIBLE, True), ("registration_required", NOT_ELIGIBLE, False)),
    "grant_size": (None, ("grant_fits", ELIGIBLE, True), ("grant_large", UNCLEAR, False),
                   ("grant_too_large", NOT_ELIGIBLE, False)),
    "budget": (None, ("budget_band_ok", ELIGIBLE, True), ("budget_outside_band", NOT_ELIGIBLE, False)),
}
RULES = tuple(_OUTCOMES)
REASON_CODES = tuple(o[0] for outcomes in _OUTCOMES.values() for o in outcomes if o) + (
    "cofinancing_required", "prerequisite")


@dataclass
class Judgement:
    """One profile against every call: the verdict level (index in VERDICTS), expiry, and per rule the
    outcome index of each call (see _OUTCOMES)."""

    level: np.ndarray
    expired: np.ndarray
    outcomes: dict[str, np.ndarray]
    ratio: np.ndarray   # smallest grant / annual budget (NaN when either is unknown)

    def verdict(self, i: int) -> str:
        return VERDICTS[int(self.level[i])]


def _profile_types(profile: dict) -> set[str]:
    org_type = profile.get("org_type")
    return {org_type} | IMPLIED_TYPES.get(org_type, set())


def _deadline_outcomes(facts: CallFacts, today: dt.date) -> tuple[np.ndarray, np.ndarray]:
    expired = (facts.deadline != _NO_DATE) & (facts.deadline < today.toordinal())
    return np.select([expired, facts.deadline == _NO_DATE], [3, 2], 1), expired


def _applicant_outcomes(facts: CallFacts, mine: int) -> np.ndarray:
    lead_can_partner = ((facts.applicants & _mask(PARTNERING_LEADS)) != 0) | (
        ((facts.applicants & _mask(LEAD_TYPES)) != 0) & facts.partners)
    return np.select([facts.applicants == 0, (facts.applicants & mine) != 0, lead_can_partner], [1, 2, 3], 4)


def judge(profile: dict, facts: CallFacts, today: dt.date) -> Judgement:
    """Apply every rule for `profile` (contract dict) to every call of `facts`."""
    n = facts.size
    out: dict[str, np.ndarray] = {}
    home = set(profile.get("countries") or [])
    registered = profile.get("registered_in")

    out["deadline"], expired = facts.memo(("deadline", today), lambda: _deadline_outcomes(facts, today))

    hit = facts.any_of(facts.countries, home | ({registered} if registered else set()))
    out["country"] = np.select([facts.anywhere, facts.unstated, hit], [1, 3, 2], 4)

    out["applicant"] = facts.memo(("applicant", profile.get("org_type")),
                                  lambda: _applicant_outcomes(facts, _mask(_profile_types(profile))))
    direct = out["applicant"] <= 2  # size and registration rules are the lead's business on a partner route

    if registered is None:
        out["registration"] = np.select([facts.unregistered_ok, facts.must_register], [5, 6], 4)
    else:
        registered_ok = facts.any_of(facts.registration, {registered})
        named_here = facts.any_of(facts.countries, {registered})
        abroad = ~facts.anywhere & ~facts.unstated & ~named_here & (out["country"] == 2)
        out["registration"] = np.select(
            [direct & facts.specific_registration & ~registered_ok, direct & facts.specific_registration, abroad],
            [3, 1, 2], 0)

    budget = profile.get("annual_budget_usd")
    if budget:
        ratio = facts.min_usd / float(budget)
        known = ~np.isnan(ratio)
        out["grant_size"] = np.where(
            direct & known, np.select([ratio > MIN_GRANT_BUDGET_RATIO_BLOCKING, ratio > MIN_GRANT_BUDGET_RATIO_UNCLEAR],
                                      [3, 2], 1), 0)
        banded = ~np.isnan(facts.band_low) | ~np.isnan(facts.band_high)
        outside = (budget < np.nan_to_num(facts.band_low, nan=-np.inf)) | (
            budget > np.nan_to_num(facts.band_high, nan=np.inf))
        out["budget"] = np.where(direct & banded, np.where(outside, 2, 1), 0)
    else:
        ratio = np.full(n, np.nan)
        out["grant_size"] = np.zeros(n, dtype=np.int64)
        out["budget"] = np.zeros(n, dtype=np.int64)

    level = np.zeros(n, dtype=np.int64)
    for rule, codes in out.items():
        forced = np.array([VERDICTS.index(o[1]) if o else 0 for o in _OUTCOMES[rule]], dtype=np.int64)
        level = np.maximum(level, forced[codes])
    return Judgement(level, expired, out, ratio)


def _fmt_date(ordinal: int) -> str:
    return dt.date.fromordinal(int(ordinal)).isoformat()


def _text(code: str, call: dict, facts: CallFacts, i: int, profile: dict, today: dt.date,
          ratio: float) -> tuple[str, dict]:
    """The English sentence for one reason and the facts it names."""
    countries = sorted(c for c in (call.get("eligible_countries") or []) if c != "*")
    works = sorted(profile.get("countries") or [])
    applicants = sorted(facts.texts[i].applicants)
    org_type = profile.get("org_type")
    registered = profile.get("registered_in")
    minimum = facts.min_usd[i]
    deadline = int(facts.deadline[i])
    required = sorted(c for c in facts.texts[i].registered_in if c != "*")
    from_text = " (read from the call's text)" if facts.texts[i].applicants_from_text else ""
    band = [None if np.isnan(v) else round(float(v)) for v in (facts.band_low[i], facts.band_high[i])]
    texts = {
        "deadline_open": (lambda: f"{deadline - today.toordinal()} day(s) left, until {_fmt_date(deadline)}",
                          lambda: {"deadline": _fmt_date(deadline), "days_left": deadline - today.toordinal()}),
        "deadline_rolling": (lambda: "no fixed deadline (rolling or not stated)", dict),
        "deadline_passed": (lambda: f"the deadline passed on {_fmt_date(deadline)}",
                            lambda: {"deadline": _fmt_date(deadline)}),
        "country_anywhere": (lambda: "open to organizations anywhere", dict),
        "country_match": (lambda: "covers where you work: "
                                  + ", ".join(sorted(set(countries) & (set(works) | {registered}))),
                          lambda: {"countries": sorted(set(countries) & (set(works) | {registered}))}),
        "country_unknown": (lambda: "the call does not say which countries are eligible", dict),
        "country_mismatch": (lambda: f"limited to {', '.join(countries[:8])}{' …' if len(countries) > 8 else ''}; "
                                     f"you work in {', '.join(works)}",
                             lambda: {"countries": countries, "yours": works}),
        "applicant_unstated": (lambda: "no restriction on applicant type stated", dict),
        "applicant_match": (lambda: f"{org_type} organizations may apply{from_text}",
                            lambda: {"org_type": org_type, "from_text": facts.texts[i].applicants_from_text}),
        "applicant_partner": (lambda: f"lead applicants must be {', '.join(applicants)}{from_text}: "
                                      "join as a partner or sub-grantee",
                              lambda: {"applicants": applicants}),
        "applicant_mismatch": (lambda: f"open to {', '.join(applicants)}{from_text}, not to {org_type}",
                               lambda: {"applicants": applicants, "org_type": org_type}),
        "registration_match": (lambda: f"applicants must be registered in {', '.join(required[:8])}: you are "
                                       f"registered in {registered}",
                               lambda: {"countries": required, "registered_in": registered}),
        "registered_abroad": (lambda: f"registered in {registered}: check that organizations registered outside "
                                      "the call's countries may apply",
                              lambda: {"registered_in": registered}),
        "registration_mismatch": (lambda: f"applicants must be registered in {', '.join(required[:8])}; you are "
                                          f"registered in {registered}: apply with a locally registered partner",
                                  lambda: {"countries": required, "registered_in": registered}),
        "unregistered": (lambda: "most calls require a registered legal entity: check whether an unregistered "
                                 "group may apply or go through a fiscal sponsor", dict),
        "unregistered_welcome": (lambda: "the call accepts unregistered or informal groups (some through a "
                                         "registered partner or fiscal host)", dict),
        "registration_required": (lambda: "the call requires a legally registered organization: apply through a "
                                          "registered partner or fiscal sponsor", dict),
        "grant_fits": (lambda: f"the smallest grant (≈USD {minimum:,.0f}) fits your annual budget",
                       lambda: {"min_grant_usd": round(float(minimum)), "ratio": round(float(ratio), 2)}),
        "grant_large": (lambda: f"the smallest grant (≈USD {minimum:,.0f}) exceeds your annual budget",
                        lambda: {"min_grant_usd": round(float(minimum)), "ratio": round(float(ratio), 2)}),
        "grant_too_large": (lambda: f"the smallest grant (≈USD {minimum:,.0f}) is {ratio:.0f}× your annual budget: "
                                    "apply as a partner of a larger organization",
                            lambda: {"min_grant_usd": round(float(minimum)), "ratio": round(float(ratio), 2)}),
        "budget_band_ok": (lambda: "your annual budget is within the range the call asks of applicants",
                           lambda: {"band_usd": band}),
        "budget_outside_band": (lambda: "the call asks for applicants with an annual budget of "
                                        f"{_band_text(band)}; yours is ≈USD {profile.get('annual_budget_usd'):,.0f}",
                                lambda: {"band_usd": band, "budget_usd": profile.get("annual_budget_usd")}),
    }
    sentence, params = texts[code]
    return sentence(), params()


def _band_text(band: list) -> str:
    low, high = band
    if low is not None and high is not None:
        return f"USD {low:,}–{high:,}"
    return f"at least USD {low:,}" if low is not None else f"at most USD {high:,}"


_PREREQUISITE_TEXT = {
    "sam_uei": "a SAM.gov registration and UEI number",
    "eu_login_pic": "an EU Login account and PIC (or PADOR) registration",
    "un_partner_portal": "a UN Partner Portal profile",
}


def reasons_at(judgement: Judgement, facts: CallFacts, i: int, call: dict, profile: dict,
               today: dt.date) -> tuple[Reason, ...]:
    """The reasons behind the verdict on call `i`, problems and points in favour alike."""
    reasons = []
    for rule in RULES:
        outcome = _OUTCOMES[rule][int(judgement.outcomes[rule][i])]
        if outcome is None:
            continue
        code, _, ok = outcome
        text, params = _text(code, call, facts, i, profile, today, float(judgement.ratio[i]))
        reasons.append(Reason(code, ok, text, rule, params))
    if facts.texts[i].cofinancing:
        reasons.append(Reason("cofinancing_required", False, "the call asks for co-financing: plan your own "
                              "contribution or another donor's", "requirement"))
    for key in facts.texts[i].prerequisites:
        reasons.append(Reason("prerequisite", False, f"applying needs {_PREREQUISITE_TEXT[key]}: register early",
                              "requirement", {"system": key}))
    return tuple(reasons)


def assess(profile: dict, call: dict, today: dt.date) -> Assessment:
    """Verdict for `profile` (contract dict) on `call` (contract dict, plus optional amount_min_usd)."""
    facts = call_facts([call], today)
    judgement = judge(profile, facts, today)
    return Assessment(judgement.verdict(0), reasons_at(judgement, facts, 0, call, profile, today),
                      bool(judgement.expired[0]))
