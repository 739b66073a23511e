"""The filters of Matches and Explore, as data, applied to a frame of calls with pandas.

They mean what a saved search's filters mean (fursa.store.searches.CallFilters, used for digests), so a
search saved from the page finds in a digest what the page showed: `to_saved` and `from_saved` convert,
and tests/dashboard/test_filters.py checks both agree call by call.

A frame carries one row per call with at least: deadline, funder, language, themes, eligible_countries,
amount_min_usd, amount_max_usd, status; Matches frames add score, rank, verdict and feedback.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import pandas as pd

from fursa.normalize.text import fold

SORTS = ("fit", "deadline", "amount")
VERDICTS = ("eligible", "partner", "unclear", "not_eligible")
DEFAULT_VERDICTS = VERDICTS[:3]


@dataclass
class Filters:
    deadline_within_days: int | None = None   # deadline from today to today + N
    include_rolling: bool = True              # ... or no fixed deadline
    amount_min_usd: float | None = None       # the call offers at least this much
    amount_max_usd: float | None = None       # the call's smallest grant is at most this
    funder: str = ""                          # part of the funder's name
    languages: list[str] = field(default_factory=list)
    verdicts: list[str] = field(default_factory=list)
    themes: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    include_expired: bool = False             # closed, expired and unavailable calls too
    include_dismissed: bool = False

    def to_saved(self) -> dict:
        """The saved-search form (CallFilters fields; unset ones left out)."""
        saved = {"status": None if self.include_expired else "open",
                 "deadline_within_days": self.deadline_within_days, "include_rolling": self.include_rolling,
                 "amount_min_usd": self.amount_min_usd, "amount_max_usd": self.amount_max_usd,
                 "funder": self.funder.strip() or None, "languages": self.languages, "countries": self.countries,
                 "themes": self.themes, "verdicts": self.verdicts or list(VERDICTS)}
        return {k: v for k, v in saved.items() if v not in (None, [], "")} | {"status": saved["status"]}

    @classmethod
    def from_saved(cls, data: dict | None) -> Filters:
        data = data or {}
        return cls(deadline_within_days=data.get("deadline_within_days"),
                   include_rolling=bool(data.get("include_rolling", False)),
                   amount_min_usd=data.get("amount_min_usd"), amount_max_usd=data.get("amount_max_usd"),
                   funder=data.get("funder") or "", languages=list(data.get("languages") or []),
                   verdicts=list(data.get("verdicts") or DEFAULT_VERDICTS), themes=list(data.get("themes") or []),
                   countries=list(data.get("countries") or []), include_expired=data.get("status", "open") != "open")


def _any_in(values, wanted: set[str]) -> bool:
    return bool(wanted.intersection(values if values is not None else ()))


def apply_filters(frame: pd.DataFrame, f: Filters, today: dt.date) -> pd.DataFrame:
    if frame.empty:
        return frame
    keep = pd.Series(True, index=frame.index)
    deadline = pd.to_datetime(frame["deadline"])
    rolling = deadline.isna()
    if not f.include_expired:
        keep &= frame["status"].eq("open") & (rolling | (deadline >= pd.Timestamp(today)))
    if f.deadline_within_days is not None:
        horizon = pd.Timestamp(today + dt.timedelta(days=int(f.deadline_within_days)))
        keep &= (~rolling & deadline.between(pd.Timestamp(today), horizon)) | (rolling & f.include_rolling)
    # A call that states no amount passes the amount filters: many real calls do not say.
    low = frame["amount_min_usd"].fillna(frame["amount_max_usd"])
    high = frame["amount_max_usd"].fillna(frame["amount_min_usd"])
    if f.amount_min_usd is not None:
        keep &= high.isna() | (high >= f.amount_min_usd)
    if f.amount_max_usd is not None:
        keep &= low.isna() | (low <= f.amount_max_usd)
    if f.funder.strip():
        needle = fold(f.funder)
        keep &= frame["funder"].map(lambda name: needle in fold(name))
    if f.languages:
        keep &= frame["language"].isin(f.languages)
    if f.verdicts and "verdict" in frame:
        keep &= frame["verdict"].isin(f.verdicts)
    if f.themes:
        wanted = set(f.themes)
        keep &= frame["themes"].map(lambda v: _any_in(v, wanted))
    if f.countries:
        wanted = set(f.countries) | {"*"}
        keep &= frame["eligible_countries"].map(lambda v: _any_in(v, wanted))
    if not f.include_dismissed and "feedback" in frame:
        keep &= frame["feedback"].ne("dismissed")
    return frame[keep]


def sort_calls(frame: pd.DataFrame, by: str) -> pd.DataFrame:
    """fit: relevance to a search, else the stored rank; deadline: soonest first, rolling last; amount:
    largest first."""
    if frame.empty:
        return frame
    if by == "deadline":
        return frame.sort_values("deadline", na_position="last", kind="stable")
    if by == "amount":
        size = frame["amount_max_usd"].fillna(frame["amount_min_usd"])
        return frame.assign(_size=size).sort_values("_size", ascending=False, na_position="last",
                                                     kind="stable").drop(columns="_size")
    if "relevance" in frame:  # a search: the closest first
        return frame.sort_values("relevance", ascending=False, kind="stable")
    if "rank" in frame:
        return frame.sort_values("rank", kind="stable", na_position="last")
    return frame


def options(frame: pd.DataFrame) -> dict[str, list[str]]:
    """The values present in a frame, for the filter widgets."""
    if frame.empty:
        return {"languages": [], "themes": [], "countries": []}

    def union(column: str) -> list[str]:
        return sorted({v for values in frame[column] if values is not None for v in values} - {"*"})

    return {"languages": sorted(frame["language"].dropna().unique().tolist()),
            "themes": union("themes"), "countries": union("eligible_countries")}
