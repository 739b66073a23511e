#!/usr/bin/env python3
"""Demo recording for the UN Partner Portal spider: the public list of open CFEIs.

Every call for expressions of interest here is FABRICATED for Fursa's offline demo: the agencies and the
portal's sectors and specializations are real, the CFEIs, ids, dates and titles are invented. The JSON has
the shape of the portal's public serializer (see /work/shared/sources/un-partner-portal): displayID
"{last 3 letters of the agency}/{ISO3}/{year}/{n}", country names, specializations with their sector.
The public list only holds calls whose deadline is today or later, so every deadline here is on or after
the demo's "today" (21 Nov 2026).

    .venv/bin/python scripts/demo_data/un_partner_portal.py          # rewrite data/demo/recorded/un_partner_portal/
    .venv/bin/python scripts/demo_data/un_partner_portal.py --check  # compare with a fresh render
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from recording import run  # noqa: E402

SPECIALIZATIONS = {  # name -> sector, as in the portal's taxonomy fixture
    "Prevention of and response to violence, including SGBV": "Protection",
    "Protection - general": "Protection",
    "Legal assistance and access to justice": "Protection",
    "Protection in emergencies": "Protection",
    "Out-of-school education": "Education",
    "Education in emergencies": "Education",
    "Skills development for adolescents": "Education",
    "Food assistance": "Food Security",
    "Cash assistance": "Food Security",
    "Reproductive health services": "Health",
    "Health in emergencies": "Health",
    "Community mobilization": "Livelihoods",
    "Technical and vocational education and training": "Livelihoods",
    "Self reliance": "Livelihoods",
    "Safe drinking water": "WASH and Environment",
    "Hygiene": "WASH and Environment",
    "Policy advocacy": "Social Policy and  Advocacy",
    "Public finance and local governance": "Social Policy and  Advocacy",
    "Integration, Reintegration": "Durable Solutions",
    "Gender equality": "Cross Sectoral Areas",
    "Training, capacity building and capacity development": "Cross Sectoral Areas",
    "Communication for development": "Cross Sectoral Areas",
    "Conflict Sensitivity and Humanitarian Access": "Cross Sectoral Areas",
    "Infant and young child feeding": "Nutrition",
}
ISO3 = {"Syria": "SYR", "Lebanon": "LBN", "Iraq": "IRQ", "Jordan": "JOR", "Afghanistan": "AFG",
        "Türkiye": "TUR", "Yemen": "YEM", "Sudan": "SDN"}
AGENCY_CODE = {"UNHCR": "HCR", "UNICEF": "CEF", "UNFPA": "FPA", "WFP": "WFP", "UNDP": "NDP", "UN Women": "MEN",
               "IOM": "IOM", "FAO": "FAO"}

# (export id, agency, country or countries, created, deadline, title, specializations)
CFEIS = [
    (5201, "UNHCR", ["Lebanon"], "2026-11-03", "2026-12-18",
     "Community-based protection and GBV case management for refugee women and girls in Akkar and the Bekaa",
     ["Prevention of and response to violence, including SGBV", "Protection - general", "Community mobilization"]),
    (5204, "UNICEF", ["Iraq"], "2026-11-05", "2026-12-20",
     "Rehabilitation of damaged schools and catch-up classes for out-of-school children in west Mosul",
     ["Out-of-school education", "Education in emergencies"]),
    (5209, "UNFPA", ["Syria"], "2026-11-06", "2026-12-10",
     "Women and girls safe spaces and reproductive health outreach in Idlib and northern Aleppo",
     ["Reproductive health services", "Prevention of and response to violence, including SGBV"]),
    (5213, "UN Women", ["Syria"], "2026-11-08", "2027-01-12",
     "Women's participation in local peacebuilding and governance in northeast Syria",
     ["Gender equality", "Public finance and local governance", "Policy advocacy"]),
    (5217, "UNDP", ["Afghanistan"], "2026-11-09", "2026-12-22",
     "Community dialogue and social cohesion initiatives in Balkh and Samangan",
     ["Conflict Sensitivity and Humanitarian Access", "Community mobilization",
      "Communication for development"]),
    (5220, "UNHCR", ["Türkiye"], "2026-11-10", "2027-01-08",
     "Legal aid, civil documentation and protection counselling for Syrian refugees in Gaziantep and Hatay",
     ["Legal assistance and access to justice", "Protection - general", "Integration, Reintegration"]),
    (5224, "WFP", ["Jordan"], "2026-11-11", "2026-12-05",
     "Cash-based food assistance and monitoring in Mafraq and Irbid governorates",
     ["Cash assistance", "Food assistance"]),
    (5228, "UNICEF", ["Jordan"], "2026-11-12", "2026-12-30",
     "Life skills and digital learning for adolescents in host communities and camps",
     ["Skills development for adolescents", "Training, capacity building and capacity development"]),
    (5231, "IOM", ["Iraq"], "2026-11-13", "2027-01-20",
     "Livelihoods and vocational training for returnees and internally displaced persons in Sinjar",
     ["Technical and vocational education and training", "Self reliance", "Integration, Reintegration"]),
    (5236, "UNHCR", ["Lebanon"], "2026-11-14", "2026-12-12",
     "Appui psychosocial et protection de l'enfance pour les familles réfugiées à Beyrouth et au Mont-Liban",
     ["Protection in emergencies", "Protection - general"]),
    (5240, "UNICEF", ["Syria"], "2026-11-16", "2027-01-15",
     "Safe drinking water and hygiene promotion in schools in Deir ez-Zor",
     ["Safe drinking water", "Hygiene"]),
    (5243, "UN Women", ["Lebanon", "Jordan"], "2026-11-17", "2027-01-25",
     "Women-led media and communication for gender equality in Lebanon and Jordan",
     ["Communication for development", "Gender equality", "Policy advocacy"]),
    (5247, "FAO", ["Afghanistan"], "2026-11-17", "2026-12-28",
     "Home gardening and nutrition support for women-headed households in northern Afghanistan",
     ["Infant and young child feeding", "Self reliance"]),
    (5250, "UNFPA", ["Yemen"], "2026-11-18", "2026-12-31",
     "Mobile reproductive health teams in Taiz and Hodeidah", ["Reproductive health services",
                                                              "Health in emergencies"]),
    (5254, "UNHCR", ["Sudan"], "2026-11-19", "2027-01-10",
     "Protection monitoring and referral for refugees returning to Darfur",
     ["Protection in emergencies", "Protection - general"]),
    (5258, "IOM", ["Türkiye", "Syria"], "2026-11-20", "2027-02-01",
     "Cross-border capacity building for Syrian civil society organizations working on displacement",
     ["Training, capacity building and capacity development", "Protection - general"]),
]


def record(cfei: tuple) -> dict:
    export_id, agency, countries, created, deadline, title, specializations = cfei
    sequence = export_id % 100
    return {
        "displayID": f"{AGENCY_CODE[agency]}/{ISO3[countries[0]]}/2026/{sequence:03d}",
        "title": title,
        "countries": sorted(countries),
        "agency_name": agency,
        "specializations": [{"name": s, "category": SPECIALIZATIONS[s]} for s in specializations],
        "date_created": created,
        "deadline_date": deadline,
        "pdf_export_url": f"/api/public/export/projects/{export_id}/",
    }


PROVENANCE = """# UN Partner Portal recording: provenance

FABRICATED demo records, written for Fursa. Nothing here was captured from unpartnerportal.org.

* Shape: the portal's unauthenticated list of open CFEIs, `GET /api/public/projects/` (Django REST framework
  page-number paging, `?page_size=` up to 100), with the fields of its public serializer, as reconstructed in
  `/work/shared/sources/un-partner-portal/` from the portal's open-source code. Whether the live portal still
  serves this endpoint is unverified.
* Content: 16 invented calls for expressions of interest from UN agencies, created 3–20 Nov 2026, all still open
  on the demo's "today" (21 Nov 2026). Agencies, sectors and specializations are the portal's real ones; the
  calls, ids and titles are not.
* `projects-1.json` answers `?page_size=100` (one page, `next` null). `manifest.json` routes the request.
* Generated by `scripts/demo_data/un_partner_portal.py`; edit the script and rerun it, not these files.
"""


def build() -> dict[str, object]:
    results = [record(c) for c in sorted(CFEIS, key=lambda c: c[3], reverse=True)]
    return {
        "projects-1.json": {"count": len(results), "next": None, "previous": None, "results": results},
        "manifest.json": {"routes": [{"method": "GET", "path": "/api/public/projects/",
                                      "query": {"page_size": "100"}, "file": "projects-1.json",
                                      "content_type": "application/json"}]},
        "PROVENANCE.md": PROVENANCE,
    }


if __name__ == "__main__":
    sys.exit(run("un_partner_portal", build, __doc__))
