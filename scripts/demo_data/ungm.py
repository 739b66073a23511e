#!/usr/bin/env python3
"""Demo recording for the UNGM spider: the notice page (with its token) and the notice search's HTML rows.

Every notice here is FABRICATED for Fursa's offline demo: the UN organizations and notice types are real,
the notices, ids, references, dates and titles are invented. The rows follow the markup public UNGM parsers
read (see scrapers/spiders/ungm.py and /work/shared/sources/ungm/PROVENANCE.md): 15 rows a page, newest
first, deadlines as "15-Jan-2027 23:59 (GMT 2.00)", and no total, so the search ends on an empty page.
Most notices are procurement; the spider keeps the grant and implementing-partner calls.

    .venv/bin/python scripts/demo_data/ungm.py          # rewrite data/demo/recorded/ungm/
    .venv/bin/python scripts/demo_data/ungm.py --check  # compare with a fresh render
"""

from __future__ import annotations

import datetime as dt
import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from recording import run  # noqa: E402

AS_OF = dt.date(2026, 11, 21)
PAGE_SIZE = 15
GRANT = "Grant support-call for proposal"
PARTNERS = "Call for implementing partners"
OFFSETS = {"Lebanon": "2.00", "Syrian Arab Republic": "3.00", "Iraq": "3.00", "Jordan": "3.00",
           "Afghanistan": "4.50", "Türkiye": "3.00", "Yemen": "3.00", "Sudan": "2.00", "Ukraine": "2.00",
           "Bangladesh": "6.00", "Multiple destinations": "1.00", "Egypt": "2.00", "Kenya": "3.00",
           "Colombia": "-5.00"}

# (notice id, published, deadline "YYYY-MM-DD HH:MM", agency, type, reference, country, title)
NOTICES = [
    (282190, "2026-11-20", "2027-01-15 23:59", "UNDP", GRANT, "UNDP-LBN-00431", "Lebanon",
     "Call for Proposals: Local civil society initiatives for social cohesion in North Lebanon and Akkar"),
    (282187, "2026-11-20", "2026-12-03 12:00", "UNHCR", "Request for quotation", "RFQ/HCR/JOR/2026/131",
     "Jordan", "Supply of winterization kits for Azraq camp"),
    (282181, "2026-11-20", "2026-12-08 17:00", "UNICEF", PARTNERS, "UNICEF-IRQ-CFP-2026-24", "Iraq",
     "Call for Implementing Partners: child protection case management and psychosocial support in Ninewa"),
    (282176, "2026-11-19", "2026-12-11 11:00", "UNOPS", "Invitation to bid", "ITB/2026/63221",
     "Syrian Arab Republic", "Rehabilitation of water pumping stations in Deir ez-Zor"),
    (282170, "2026-11-19", "2027-01-20 12:00", "UN-Women", GRANT, "UNW-ROAS-2026-CFP-09",
     "Multiple destinations",
     "Small grants for women-led organizations responding to displacement in Iraq, Jordan and Lebanon"),
    (282166, "2026-11-19", "2026-12-01 17:00", "UNFPA", "Call for individual consultants", "IC/UNFPA/2026/447",
     "Türkiye", "Individual consultant: GBV information management specialist (Gaziantep)"),
    (282160, "2026-11-18", "2026-12-15 23:59", "UNDP", "Request for proposal", "UNDP-AFG-00982", "Afghanistan",
     "Third-party monitoring services for community infrastructure projects"),
    (282154, "2026-11-18", "2027-01-10 23:59", "UNESCO", GRANT, "UNESCO-AFG-2026-CFP-03", "Afghanistan",
     "Call for proposals: community-based education and literacy for girls in Balkh and Samangan"),
    (282149, "2026-11-18", "2026-11-30 12:00", "WFP", "Request for quotation", "RFQ-WFP-YEM-26-0318", "Yemen",
     "Warehouse rental in Aden"),
    (282143, "2026-11-17", "2026-12-20 23:59", "UNFPA", GRANT, "UNFPA-SYR-2026-CFP-04", "Syrian Arab Republic",
     "Call for proposals: women and girls safe spaces in northwest Syria"),
    (282139, "2026-11-17", "2026-12-04 10:00", "UNOPS", "Request for EOI", "EOI/2026/63190", "Ukraine",
     "Expression of interest: energy repairs for social infrastructure"),
    (282133, "2026-11-16", "2026-12-18 17:00", "IOM", PARTNERS, "IOM-TUR-2026-IP-12", "Türkiye",
     "Call for implementing partners: livelihoods and social cohesion for refugees and host communities in "
     "Sanliurfa"),
    (282128, "2026-11-16", "2026-12-02 14:00", "UNICEF", "Request for proposal", "LRPS-2026-9187432",
     "Bangladesh", "Long-term agreement for printing of learning materials"),
    (282122, "2026-11-16", "2027-01-05 23:59", "UNDP", GRANT, "UNDP-IRQ-00377", "Iraq",
     "Grants for youth-led civic initiatives and independent local media in the Kurdistan Region and Basra"),
    (282117, "2026-11-15", "2026-12-07 12:00", "UNHCR", "Invitation to bid", "ITB/HCR/LBN/2026/022", "Lebanon",
     "Construction of a community centre in Tripoli"),
    (282110, "2026-11-15", "2026-11-28 16:00", "FAO", "Request for quotation", "RFQ/FAO/SDN/2026/077", "Sudan",
     "Procurement of seeds and hand tools"),
    (282104, "2026-11-14", "2026-12-22 23:59", "UNDP", GRANT, "UNDP-JOR-00298", "Jordan",
     "Call for proposals: independent media and access to information for refugees and host communities"),
    (282099, "2026-11-14", "2026-12-05 17:00", "UNICEF", "Call for individual consultants",
     "IC-UNICEF-SYR-2026-51", "Syrian Arab Republic", "Education specialist, home-based"),
    (282093, "2026-11-13", "2026-12-10 12:00", "WHO", "Request for proposal", "RFP/WHO/EMRO/2026/44",
     "Egypt", "Regional training services for emergency medical teams"),
    (282088, "2026-11-13", "2027-01-18 23:59", "UN-Women", GRANT, "UNW-TUR-2026-CFP-02", "Türkiye",
     "Call for proposals: women's rights organizations supporting refugee and Turkish women in the earthquake "
     "zone"),
    (282081, "2026-11-12", "2026-11-25 12:00", "UNOPS", "Request for quotation", "RFQ/2026/63002", "Kenya",
     "Vehicle maintenance services"),
    (282076, "2026-11-12", "2026-12-19 17:00", "UNHCR", PARTNERS, "UNHCR-SYR-2026-PP-07", "Syrian Arab Republic",
     "Call for expression of interest for partnership: legal aid and civil documentation in Aleppo"),
    (282070, "2026-11-11", "2026-12-01 12:00", "UNDP", "Request for proposal", "UNDP-LBN-00428", "Lebanon",
     "Solar energy systems for public hospitals"),
    (282065, "2026-11-11", "2026-12-14 17:00", "OHCHR", GRANT, "OHCHR-2026-HRD-11", "Multiple destinations",
     "Grants for human rights defenders and civil society documentation of violations"),
    (282061, "2026-11-10", "2026-11-24 12:00", "UNICEF", "Request for quotation", "RFQ-UNICEF-IRQ-26-882", "Iraq",
     "School furniture for 40 schools"),
    (282054, "2026-11-10", "2026-12-12 11:00", "UNOPS", "Invitation to bid", "ITB/2026/63115", "Afghanistan",
     "Construction of health facilities in Herat"),
    (282049, "2026-11-09", "2026-11-20 23:59", "UNDP", GRANT, "UNDP-SYR-00210", "Syrian Arab Republic",
     "Call for proposals: community-based peacebuilding initiatives in Deir ez-Zor and Raqqa"),
    (282043, "2026-11-09", "2026-12-09 12:00", "ILO", "Request for proposal", "ILO-RFP-2026-112", "Jordan",
     "Labour market assessment in the agriculture sector"),
    (282038, "2026-11-08", "2026-12-16 17:00", "UNFPA", "Request for EOI", "UNFPA-EOI-2026-19", "Colombia",
     "Expression of interest: youth reproductive health services"),
    (282032, "2026-11-08", "2026-11-27 12:00", "UNHCR", "Request for quotation", "RFQ/HCR/TUR/2026/059", "Türkiye",
     "Interpretation services"),
    (282027, "2026-11-07", "2026-12-21 12:00", "IOM", "Request for proposal", "IOM-AFG-2026-RFP-31", "Afghanistan",
     "Cash transfer services"),
    (282021, "2026-11-07", "2026-12-03 17:00", "UNICEF", "Call for individual consultants",
     "IC-UNICEF-LBN-2026-77", "Lebanon", "Child protection consultant"),
    (282016, "2026-11-06", "2026-12-06 23:59", "UNDP", "Request for quotation", "UNDP-YEM-00512", "Yemen",
     "Office IT equipment"),
    (282010, "2026-11-06", "2026-12-17 12:00", "WFP", "Request for proposal", "RFP-WFP-SDN-26-041", "Sudan",
     "Third-party monitoring of food distributions"),
    (282004, "2026-11-05", "2026-12-11 17:00", "UNOPS", "Request for quotation", "RFQ/2026/62987", "Ukraine",
     "Generators for schools"),
    (281998, "2026-11-05", "2026-12-23 23:59", "FAO", "Request for proposal", "RFP/FAO/IRQ/2026/015", "Iraq",
     "Irrigation canal rehabilitation in Diyala"),
]

ROW = """<div role="row" class="tableRow dataRow notice-table" data-noticeid="{id}">
    <div role="cell" class="tableCell resultTitle">
        <div class="ungm-flex">
            <button type="button" class="saveNotice" data-noticeid="{id}" title="Save"><svg viewBox="0 0 24 24"><path d="M5 3h14v18l-7-5-7 5z"/></svg></button>
            <a href="/Public/Notice/{id}" target="_blank" class="ungm-link"><span class="ungm-title ungm-title--small">{title}</span></a>
        </div>
    </div>
    <div role="cell" class="tableCell resultInfo1 deadline"><span>{deadline}</span>
        <span class="remainingDays">{remaining}</span></div>
    <div role="cell" class="tableCell"><span>{published}</span></div>
    <div role="cell" class="tableCell resultAgency"><span>{agency}</span></div>
    <div role="cell" class="tableCell"><span><label for='nt-{id}'>{type}</label><span class="info-tooltip"><span class="info-tooltip__text">Type of opportunity</span></span></span></div>
    <div role="cell" class="tableCell resultInfo1" data-description="Reference"><span>{reference}</span></div>
    <div role="cell" class="tableCell"><span>{country}</span></div>
</div>
"""

NOTICE_PAGE = """<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>UNGM - Procurement opportunities</title></head>
<body>
<div id="main">
  <form id="noticeFilter" action="/Public/Notice" method="post">
    <input name="__RequestVerificationToken" type="hidden" value="CfDJ8DemoRecordingToken_Fursa2026x1b9Qe">
    <input type="text" id="txtNoticeFilterTitle" name="Title" placeholder="Title">
  </form>
  <div id="tblNotices" class="table" role="table"><div class="tableBody" role="rowgroup"></div></div>
  <span id="noticeSearchTotal">{total}</span>
</div>
<script src="/bundles/notice?v=demo"></script>
</body>
</html>
"""


def ungm_day(day: str) -> str:
    return dt.date.fromisoformat(day).strftime("%d-%b-%Y")


def row(notice: tuple) -> str:
    notice_id, published, deadline, agency, kind, reference, country, title = notice
    day, clock = deadline.split()
    days_left = (dt.date.fromisoformat(day) - AS_OF).days
    remaining = f"Expires within {days_left} days" if days_left > 0 else ""
    return ROW.format(id=notice_id, title=html.escape(title), deadline=f"{ungm_day(day)} {clock} "
                      f"(GMT {OFFSETS[country]})", remaining=remaining, published=ungm_day(published),
                      agency=agency, type=kind, reference=html.escape(reference), country=html.escape(country))


def page(notices: list[tuple]) -> str:
    rows = "".join(row(n) for n in notices)
    return f'<div class="tableBody" role="rowgroup">\n{rows}</div>\n<span id="noticeSearchTotal" class="hidden">' \
           f"{len(NOTICES)}</span>\n"


PROVENANCE = """# UNGM recording: provenance

FABRICATED demo records, written for Fursa. Nothing here was captured from ungm.org.

* Shape: the notice page with its anti-forgery token, and the HTML fragment `POST /Public/Notice/Search` returns,
  as read by public UNGM parsers (row `div.tableRow.dataRow[data-noticeid]`, title `.ungm-title`, deadline
  `.deadline span` "15-Jan-2027 23:59 (GMT 2.00)", agency `.resultAgency`, notice type in a `<label>`,
  reference `[data-description=Reference]`, country in the last cell); see `/work/shared/sources/ungm/`. No real
  response fragment was available: the markup is modelled, not captured.
* Content: 36 invented notices from real UN organizations, 12 of them grant or implementing-partner calls (the
  rest procurement, which the spider skips). One grant call closed on 20 Nov 2026, the day before the demo's
  "today".
* `notice-page.html`, then `search-0.html` ... `search-2.html` (15, 15 and 6 rows) and `search-3.html` (no rows:
  the search ends). `manifest.json` routes the searches by the `PageIndex` in their JSON body.
* Generated by `scripts/demo_data/ungm.py`; edit the script and rerun it, not these files.
"""


def build() -> dict[str, object]:
    pages = [NOTICES[i:i + PAGE_SIZE] for i in range(0, len(NOTICES), PAGE_SIZE)] + [[]]
    files: dict[str, object] = {"notice-page.html": NOTICE_PAGE.format(total=len(NOTICES))}
    routes = [{"method": "GET", "path": "/Public/Notice", "file": "notice-page.html",
               "content_type": "text/html; charset=utf-8"}]
    for index, notices in enumerate(pages):
        files[f"search-{index}.html"] = page(notices)
        routes.append({"method": "POST", "path": "/Public/Notice/Search", "body_contains": f'{{"PageIndex": {index},',
                       "file": f"search-{index}.html", "content_type": "text/html; charset=utf-8"})
    files["manifest.json"] = {"routes": routes}
    files["PROVENANCE.md"] = PROVENANCE
    return files


if __name__ == "__main__":
    sys.exit(run("ungm", build, __doc__))
