#!/usr/bin/env python3
"""Demo recording for the Grants.gov spider: search2 answers per keyword and one fetchOpportunity per call.

Every opportunity here is FABRICATED for Fursa's offline demo: the agencies are real US bodies, but the
opportunities, numbers, ids, dates, amounts and texts are invented. The JSON follows the shape of the
real API (see /work/shared/sources/grants-gov/api): search2 hits carry MM/DD/YYYY dates, fetchOpportunity
dates read "Jan 20, 2027 12:00:00 AM EST" with a "...Str" twin, amounts are strings.

    .venv/bin/python scripts/demo_data/grants_gov.py          # rewrite data/demo/recorded/grants_gov/
    .venv/bin/python scripts/demo_data/grants_gov.py --check  # compare with a fresh render
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from recording import run  # noqa: E402

SEARCH_PATH, DETAIL_PATH = "/v1/api/search2", "/v1/api/fetchOpportunity"
KEYWORDS = ("Syria", "Lebanon", "Iraq", "Jordan", "Afghanistan", "Turkey", "Middle East", "civil society")
LABELS = {"00": "State governments", "07": "Native American tribal governments (Federally recognized)",
          "12": "Nonprofits having a 501(c)(3) status with the IRS, other than institutions of higher education",
          "13": "Nonprofits that do not have a 501(c)(3) status with the IRS, other than institutions of higher "
                "education",
          "20": "Private institutions of higher education", "21": "Individuals",
          "25": "Others (see text field entitled \"Additional Information on Eligibility\" for clarification)"}
DOS = ("DOS", "Department of State")
AGENCIES = {
    "DOS-DRL": "Bureau of Democracy, Human Rights and Labor", "DOS-NEA": "Bureau of Near Eastern Affairs",
    "DOS-PRM": "Bureau of Population, Refugees and Migration", "DOS-IRQ": "U.S. Mission to Iraq",
    "DOS-JOR": "U.S. Mission to Jordan", "DOS-TUR": "U.S. Mission to Turkiye", "DOS-LBN": "U.S. Mission to Lebanon",
    "DOS-ECA": "Bureau of Educational and Cultural Affairs", "CNCS": "Corporation for National and Community Service",
}
CFDA = {"19.345": "International Programs to Support Democracy, Human Rights and Labor",
        "19.500": "Middle East Partnership Initiative", "19.040": "Public Diplomacy Programs",
        "19.517": "Overseas Refugee Assistance Programs for Middle East", "19.510": "U.S. Refugee Admissions Program",
        "19.009": "Academic Exchange Programs - Undergraduate Programs", "94.006": "AmeriCorps State and National"}
DUE = "Applications must be submitted through Grants.gov by 11:59 p.m. Eastern Time on the closing date."

OPPORTUNITIES = [
    dict(id=361204, number="DRL-27-SYR-ACCT", agency="DOS-DRL", status="posted", cfda="19.345",
         title="Syria: Documentation and Accountability for Human Rights Violations",
         opened="2026-10-28", closes="2027-01-20", due=DUE, floor=500000, ceiling=1500000, total=3000000, awards=2,
         codes=("12", "13", "25"), keywords=("Syria", "civil society"),
         eligibility="U.S.-based and foreign-based non-profit organizations and non-governmental organizations "
                     "(NGOs), and public international organizations are eligible. For-profit entities are not "
                     "eligible.",
         text=["DRL invites proposals to support Syrian civil society organizations that document human rights "
               "violations, preserve evidence and accompany survivors and families of the missing.",
               "Competitive proposals will work with local documentation groups inside Syria and in neighboring "
               "countries, apply survivor-centred and gender-sensitive methods, and link documentation to "
               "transitional justice processes."]),
    dict(id=361377, number="DRL-27-NES-COAL", agency="DOS-DRL", status="posted", cfda="19.345",
         title="Strengthening Civil Society Coalitions and Local Governance in Northeast Syria",
         opened="2026-11-09", closes="2027-02-10", due=DUE, floor=250000, ceiling=750000, total=1500000, awards=3,
         codes=("12", "13", "25"), keywords=("Syria", "civil society"),
         eligibility="Foreign-based non-profit organizations, civil society networks and coalitions, and "
                     "U.S.-based NGOs may apply. Individuals are not eligible.",
         text=["The program supports networks and coalitions of civil society organizations in northeast Syria "
               "to advocate for inclusive local governance, women's participation and social cohesion among "
               "Arab, Kurdish, Syriac and other communities.",
               "Activities may include joint advocacy, accountability dialogues with local councils and small "
               "sub-grants to member organizations."]),
    dict(id=361402, number="NEA-MEPI-27-LBN-LG", agency="DOS-NEA", status="posted", cfda="19.500",
         title="MEPI Local Grants Program - Lebanon",
         opened="2026-11-02", closes="2027-01-31", due="Proposals are due by 5:00 p.m. Beirut time.",
         floor=25000, ceiling=100000, total=600000, awards=8,
         codes=("13", "25"), keywords=("Lebanon", "Middle East"),
         eligibility="Lebanese registered not-for-profit organizations, women-led organizations and "
                     "community-based organizations may apply.",
         text=["The Middle East Partnership Initiative (MEPI) supports Lebanese civil society initiatives that "
               "promote government accountability, women's participation and independent media.",
               "Projects should last 12 to 18 months and include a plan for reaching women and young people "
               "outside Beirut."]),
    dict(id=361455, number="PAS-IRQ-FY27-01", agency="DOS-IRQ", status="posted", cfda="19.040",
         title="U.S. Mission Iraq Public Diplomacy Small Grants Program",
         opened="2026-10-20", closes="2027-01-15", due="", floor=10000, ceiling=100000, total=800000, awards=12,
         codes=("12", "13", "20", "21", "25"), keywords=("Iraq",),
         eligibility="Iraqi civil society organizations, community-based organizations, universities and "
                     "individuals may apply. Political parties are not eligible.",
         text=["The Public Affairs Section in Baghdad funds projects in Iraq that strengthen ties between "
               "Iraqis and Americans, including education, youth leadership, inclusive schools and the "
               "participation of persons with disabilities.",
               "Priority will be given to projects outside Baghdad, including Ninewa and Anbar."]),
    dict(id=361470, number="PAS-JOR-FY27-MEDIA", agency="DOS-JOR", status="posted", cfda="19.040",
         title="Jordan: Media Literacy and Independent Journalism",
         opened="2026-10-15", closes="2026-12-15", due="Applications are due by 23:59 Amman time.",
         floor=25000, ceiling=150000, total=450000, awards=4,
         codes=("12", "13", "25"), keywords=("Jordan", "Middle East"),
         eligibility="Jordanian not-for-profit organizations, independent media outlets and journalists' "
                     "associations are eligible.",
         text=["The U.S. Embassy in Amman seeks proposals that strengthen independent journalism in Jordan, "
               "including investigative reporting, fact-checking and coverage of refugees and host "
               "communities.",
               "Projects that train young journalists outside Amman are encouraged."]),
    dict(id=361488, number="PRM-27-TUR-PROT", agency="DOS-PRM", status="posted", cfda="19.517",
         title="Humanitarian Assistance for Syrian Refugees in Turkiye: Protection and Livelihoods",
         opened="2026-10-05", closes="2026-12-04", due=DUE, floor=1000000, ceiling=3000000, total=9000000,
         awards=4, codes=("12", "13", "25"), keywords=("Turkey", "Syria"),
         eligibility="International organizations and non-governmental organizations with a presence in "
                     "Turkiye may apply. PRM encourages partnerships with local organizations.",
         text=["PRM will fund protection, gender-based violence response and livelihoods programs for Syrian "
               "refugees and host communities in southeast Turkiye, including Gaziantep, Hatay and "
               "Sanliurfa.",
               "Proposals must describe how local and women-led organizations will be involved as partners."]),
    dict(id=361512, number="PRM-27-IRQ-DS", agency="DOS-PRM", status="forecasted", cfda="19.517",
         title="Iraq: Durable Solutions for Internally Displaced Persons (Forecast)",
         opened="2026-11-12", closes="2027-03-15", due="", floor=500000, ceiling=2000000, total=6000000,
         awards=3, codes=("12", "13", "25"), keywords=("Iraq",),
         eligibility="International and Iraqi non-governmental organizations may apply.",
         text=["PRM expects to fund programs that help internally displaced families in Iraq return or "
               "integrate locally, with legal documentation, housing, land and property assistance and "
               "livelihoods support."]),
    dict(id=361533, number="DRL-27-AFG-WRC", agency="DOS-DRL", status="posted", cfda="19.345",
         title="Afghanistan: Women's Rights and Civic Space Program",
         opened="2026-11-04", closes="2027-01-08", due=DUE, floor=500000, ceiling=2000000, total=4000000,
         awards=2, codes=("12", "13", "25"), keywords=("Afghanistan", "civil society"),
         eligibility="U.S.-based and foreign-based non-profit organizations may apply; Afghan women-led "
                     "organizations are strongly encouraged to apply or partner.",
         text=["DRL seeks proposals that sustain Afghan women's rights organizations, community media and "
               "peacebuilding initiatives inside Afghanistan and in the diaspora.",
               "Proposals should include safety and digital security measures for partners and participants."]),
    dict(id=361549, number="PAS-TUR-FY27-APS", agency="DOS-TUR", status="posted", cfda="19.040",
         title="U.S. Mission to Turkiye Annual Program Statement: Public Diplomacy Grants",
         opened="2026-10-01", closes="2027-06-30", due="Applications are reviewed on a rolling basis until the "
                                                        "closing date.",
         floor=15000, ceiling=50000, total=500000, awards=15, codes=("12", "13", "20", "21", "25"),
         keywords=("Turkey",),
         eligibility="Civil society organizations, think tanks, universities and individuals in Turkiye "
                     "may apply.",
         text=["The U.S. Mission to Turkiye supports projects on civic education, media literacy, "
               "entrepreneurship and people-to-people ties.",
               "Capacity building for civil society organizations and advocacy training are welcome themes."]),
    dict(id=361210, number="DRL-26-GLB-HRD", agency="DOS-DRL", status="posted", cfda="19.345",
         title="Emergency Assistance for Human Rights Defenders and Journalists at Risk",
         opened="2026-09-15", closes="2026-11-10", due=DUE, floor=2000000, ceiling=5000000, total=5000000,
         awards=1, codes=("12", "13", "25"), keywords=("civil society",),
         eligibility="Non-profit organizations with experience running emergency assistance programs "
                     "worldwide may apply.",
         text=["DRL seeks an organization to run a global emergency fund for human rights defenders, "
               "journalists and civil society organizations under threat.",
               "The program covers relocation, legal aid, medical costs and digital security."]),
    dict(id=361566, number="NEA-27-MENA-WEE", agency="DOS-NEA", status="forecasted", cfda="19.500",
         title="Women's Economic Empowerment in the Middle East and North Africa (Forecast)",
         opened="2026-11-16", closes="2027-04-01", due="", floor=300000, ceiling=900000, total=2700000, awards=3,
         codes=("12", "13", "25"), keywords=("Middle East", "Jordan", "Lebanon"),
         eligibility="Non-governmental organizations, social enterprises and cooperatives in the region "
                     "may apply.",
         text=["NEA expects to fund regional programs that help women in Jordan, Lebanon, Iraq and Tunisia "
               "start and grow businesses, with mentoring, access to finance and support for women's "
               "cooperatives."]),
    dict(id=361581, number="CNCS-27-ASN", agency="CNCS", status="posted", cfda="94.006",
         title="AmeriCorps State and National Grants FY 2027",
         opened="2026-09-01", closes="2027-01-07", due="Applications are due by 5:00 p.m. Eastern Time.",
         floor=100000, ceiling=3000000, total=250000000, awards=300, codes=("00", "07", "12", "13"),
         keywords=("civil society",),
         eligibility="Public or private nonprofit organizations, including faith-based and community "
                     "organizations, institutions of higher education, states and tribes in the United "
                     "States may apply.",
         text=["AmeriCorps grants support national service members who address community needs in education, "
               "disaster services, economic opportunity and healthy futures across the United States."]),
    dict(id=361596, number="ECA-27-MEPI-YCE", agency="DOS-ECA", status="posted", cfda="19.009",
         title="Youth Civic Engagement Exchanges: Jordan and Lebanon",
         opened="2026-11-06", closes="2027-02-26", due=DUE, floor=150000, ceiling=500000, total=1000000,
         awards=2, codes=("12", "20", "25"), keywords=("Jordan", "Lebanon", "Middle East"),
         eligibility="U.S. public and private non-profit organizations and universities may apply, in "
                     "partnership with organizations in Jordan and Lebanon.",
         text=["ECA will fund exchanges that bring young civic leaders from Jordan and Lebanon together with "
               "U.S. peers to work on local governance, volunteering and social cohesion projects."]),
    dict(id=361603, number="DRL-27-KRI-CIVIC", agency="DOS-DRL", status="posted", cfda="19.345",
         title="Iraq: Protecting Civic Space and Media Freedom in the Kurdistan Region",
         opened="2026-11-13", closes="2027-01-29", due=DUE, floor=300000, ceiling=800000, total=1600000, awards=2,
         codes=("12", "13", "25"), keywords=("Iraq", "civil society"),
         eligibility="Foreign-based non-profit organizations, media organizations and civil society "
                     "coalitions may apply.",
         text=["DRL seeks proposals that protect journalists and civil society activists in the Kurdistan "
               "Region of Iraq, support legal defence and strengthen advocacy for freedom of expression."]),
]


def us_date(day: str) -> str:
    return dt.date.fromisoformat(day).strftime("%m/%d/%Y")


def long_date(day: str) -> str:
    d = dt.date.fromisoformat(day)
    zone = "EDT" if dt.date(d.year, 3, 8) <= d < dt.date(d.year, 11, 1) else "EST"
    return f"{d:%b} {d.day}, {d.year} 12:00:00 AM {zone}"


def agency_details(code: str) -> dict:
    return {"code": code, "seed": code, "agencyName": AGENCIES[code], "agencyCode": code,
            "topAgencyCode": "DOS" if code.startswith("DOS") else code}


def hit(o: dict) -> dict:
    return {"id": str(o["id"]), "number": o["number"], "title": o["title"], "agencyCode": o["agency"],
            "agencyName": AGENCIES[o["agency"]], "openDate": us_date(o["opened"]),
            "closeDate": us_date(o["closes"]) if o["status"] == "posted" else "",
            "oppStatus": o["status"], "docType": "synopsis" if o["status"] == "posted" else "forecast",
            "alnist": [o["cfda"]]}


def detail(o: dict) -> dict:
    forecast = o["status"] == "forecasted"
    top = {"code": DOS[0], "seed": DOS[0], "agencyName": DOS[1], "agencyCode": DOS[0], "topAgencyCode": DOS[0]} \
        if o["agency"].startswith("DOS") else agency_details(o["agency"])
    section = {
        "opportunityId": o["id"], "version": 1, "agencyCode": o["agency"], "agencyName": "Grants Officer",
        "agencyDetails": agency_details(o["agency"]), "topAgencyDetails": top,
        "agencyContactEmail": f"grants-{o['agency'].lower()}@example.gov",
        ("forecastDesc" if forecast else "synopsisDesc"): "".join(f"<p>{p}</p>\n" for p in o["text"]),
        "postingDate": long_date(o["opened"]), "postingDateStr": f"{o['opened']}-00-00-00",
        "costSharing": False, "numberOfAwards": str(o["awards"]), "estimatedFunding": str(o["total"]),
        "estimatedFundingFormatted": f"{o['total']:,}", "awardCeiling": str(o["ceiling"]),
        "awardCeilingFormatted": f"{o['ceiling']:,}", "awardFloor": str(o["floor"]),
        "awardFloorFormatted": f"{o['floor']:,}", "applicantEligibilityDesc": o["eligibility"],
        "applicantTypes": [{"id": c, "description": LABELS[c]} for c in o["codes"]],
        "fundingInstruments": [{"id": "G", "description": "Grant"}],
        "fundingActivityCategories": [{"id": "O", "description": "Other"}],
    }
    if forecast:
        section.update(estApplicationResponseDate=long_date(o["closes"]),
                       estApplicationResponseDateStr=f"{o['closes']}-00-00-00", estApplicationResponseDateDesc="",
                       fiscalYear=2027)
    else:
        archive = (dt.date.fromisoformat(o["closes"]) + dt.timedelta(days=30)).isoformat()
        section.update(responseDate=long_date(o["closes"]), responseDateStr=f"{o['closes']}-00-00-00",
                       responseDateDesc=o["due"], archiveDate=long_date(archive),
                       archiveDateStr=f"{archive}-00-00-00")
    data = {
        "id": o["id"], "revision": 0, "opportunityNumber": o["number"], "opportunityTitle": o["title"],
        "owningAgencyCode": o["agency"], "listed": "L", "flag2006": "N",
        "opportunityCategory": {"category": "D", "description": "Discretionary"},
        ("forecast" if forecast else "synopsis"): section,
        "agencyDetails": agency_details(o["agency"]), "topAgencyDetails": top,
        "synopsisAttachmentFolders": [], "synopsisDocumentURLs": [],
        "cfdas": [{"id": o["id"] * 10, "opportunityId": o["id"], "cfdaNumber": o["cfda"],
                   "programTitle": CFDA[o["cfda"]]}],
        "opportunityPkgs": [], "closedOpportunityPkgs": [], "errorMessages": [],
        "docType": "forecast" if forecast else "synopsis", "relatedOpps": [], "draftMode": "N",
    }
    return {"errorcode": 0, "msg": "Webservice Succeeds", "token": "", "data": data}


def search(keyword: str) -> dict:
    hits = [hit(o) for o in OPPORTUNITIES if keyword in o["keywords"]]
    return {"errorcode": 0, "msg": "Webservice Succeeds", "token": "", "data": {
        "searchParams": {"resultType": "json", "searchOnly": False, "oppStatuses": "forecasted|posted",
                         "startRecordNum": 0, "eligibilities": "12|13|25|99", "rows": 100, "keyword": keyword,
                         "keywordEncoded": False},
        "hitCount": len(hits), "startRecord": 0, "oppHits": hits,
        "oppStatusOptions": [{"label": s, "value": s, "count": sum(h["oppStatus"] == s for h in hits)}
                             for s in ("posted", "forecasted")],
        "dateRangeOptions": [], "suggestion": "", "eligibilities": [], "fundingCategories": [],
        "fundingInstruments": [], "agencies": [], "accessKey": "", "errorMsgs": []}}


PROVENANCE = """# Grants.gov recording: provenance

FABRICATED demo records, written for Fursa. Nothing here was captured from grants.gov.

* Shape: the public REST API (`POST /v1/api/search2`, `POST /v1/api/fetchOpportunity`) as in the official
  documentation samples and one real opportunity record under `/work/shared/sources/grants-gov/api/`. No text was
  copied from them.
* Content: 14 invented opportunities (12 State Department bureaus and missions, 1 domestic AmeriCorps call that
  the "civil society" search also returns, 2 forecasts). The agencies are real; the opportunities, numbers, ids,
  dates, amounts and texts are not. One call closed on 10 Nov 2026, before the demo's "today" (21 Nov 2026).
* `search2-<keyword>.json` answers the search for each of the spider's keywords (one page each: fewer hits than
  `rows`); `fetch-<id>.json` the detail of each opportunity. `manifest.json` routes requests by body content.
* Generated by `scripts/demo_data/grants_gov.py`; edit the script and rerun it, not these files.
"""


def build() -> dict[str, object]:
    files: dict[str, object] = {}
    routes = []
    for keyword in KEYWORDS:
        name = f"search2-{keyword.lower().replace(' ', '-')}.json"
        files[name] = search(keyword)
        routes.append({"method": "POST", "path": SEARCH_PATH, "file": name, "content_type": "application/json",
                       "body_contains": f'"startRecordNum": 0, "keyword": "{keyword}"'})
    for o in OPPORTUNITIES:
        name = f"fetch-{o['id']}.json"
        files[name] = detail(o)
        routes.append({"method": "POST", "path": DETAIL_PATH, "file": name, "content_type": "application/json",
                       "body_contains": f'{{"opportunityId": {o["id"]}}}'})
    files["manifest.json"] = {"routes": routes}
    files["PROVENANCE.md"] = PROVENANCE
    return files


if __name__ == "__main__":
    sys.exit(run("grants_gov", build, __doc__))
