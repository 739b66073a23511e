"""Charts, built with Altair from plain frames (no Streamlit here, so they are tested as specs)."""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd

ROW_HEIGHT = 24
LABEL_CHARS = 60


def deadline_timeline(frame: pd.DataFrame, today: dt.date, *, color: str, color_title: str,
                      labels: dict[str, str], colors: dict[str, str], title_label: str, date_label: str,
                      days_label: str, right_to_left: bool = False) -> alt.LayerChart:
    """One row per call: a bar from today to its deadline, coloured by `color` (verdict or item status).

    `frame` has columns title, funder, deadline (dates), days_left and the `color` column; `labels` maps the
    colour values to their display names and `colors` to CSS colours. Text goes to Vega as data, never as
    markup.
    """
    data = frame.assign(
        start=pd.Timestamp(today),
        end=pd.to_datetime(frame["deadline"]),
        label=frame["title"].map(lambda s: s if len(s) <= LABEL_CHARS else s[: LABEL_CHARS - 1] + "…"),
        legend=frame[color].map(lambda v: labels.get(v, v)),
    )[["label", "title", "funder", "start", "end", "days_left", "legend"]]
    order = data.sort_values("end")["label"].tolist()
    y = alt.Y("label:N", sort=order, title=None,
              axis=alt.Axis(labelLimit=420, orient="right" if right_to_left else "left"))
    bars = alt.Chart(data).mark_bar(cornerRadius=3, height=ROW_HEIGHT - 8).encode(
        x=alt.X("start:T", title=date_label, axis=alt.Axis(format="%Y-%m-%d", labelAngle=0)),
        x2="end:T",
        y=y,
        color=alt.Color("legend:N", title=color_title, legend=alt.Legend(orient="bottom"),
                        scale=alt.Scale(domain=[labels[k] for k in colors], range=list(colors.values()))),
        tooltip=[alt.Tooltip("title:N", title=title_label), alt.Tooltip("funder:N"),
                 alt.Tooltip("end:T", title=date_label, format="%Y-%m-%d"),
                 alt.Tooltip("days_left:Q", title=days_label)],
    )
    ends = alt.Chart(data).mark_point(filled=True, size=60, color="#333").encode(x="end:T", y=y)
    return (bars + ends).properties(height=alt.Step(ROW_HEIGHT))
