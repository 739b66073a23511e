"""Bundled demo recordings: two WordPress RSS2 feeds, rendered from the call facts kept below.

Every call here is FABRICATED for Fursa's demo and tests, written in the shape of real WordPress RSS2 output
(fundsforNGOs, and a fictional Arabic calls site on example.org). Funders are real names; the calls, dates,
amounts, ids and texts are not. See data/demo/recorded/*/PROVENANCE.md.

What the files look like, as WordPress writes them:
- titles carry typographic characters as numeric references (' -> &#8217;, – -> &#8211;, & -> &#038;);
- <description> and <content:encoded> are CDATA holding HTML-escaped text, so a consumer html-unescapes
  them (an apostrophe arrives as the six characters "&#8217;");
- pages hold 20 posts (30 on the Arabic site), newest first; /feed/?paged=N past the last page is a
  channel with no items.

Example (from the repository root):

    .venv/bin/python scripts/demo_data/feeds.py          # rewrite data/demo/recorded/*/{feed-*.xml,manifest.json}
    .venv/bin/python scripts/demo_data/feeds.py --check  # parse, count and validate feeds and profiles.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import email.utils
import html
import json
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEMO = ROOT / "data" / "demo"
RECORDED = DEMO / "recorded"
PROFILES = DEMO / "profiles.jsonl"
THEMES = ROOT / "data" / "vocab" / "themes.json"  # theme ids shared with the matcher

# The day the demo is frozen at (FURSA_AS_OF in the demo): calls with an earlier deadline are closed.
AS_OF = dt.date(2026, 11, 21)


@dataclass(frozen=True)
class Call:
    """One post. Facts first (what a parser should recover), then the text as published."""

    post_id: int
    published: str  # UTC, "YYYY-MM-DD HH:MM"
    slug: str
    title: str
    funder: str
    deadline: str | None  # ISO date; None for rolling / open-until-exhausted calls
    deadline_text: str  # exactly as printed in the post
    amount_text: str | None  # exactly as printed; None when the post names no amount
    amount: tuple[float | None, float | None, str] | None  # (min, max, ISO 4217 currency)
    countries: tuple[str, ...]  # ISO 3166-1 alpha-2 where the work happens; () when only a region is named
    regions: tuple[str, ...]  # "global", "MENA", "Arab region", "EU"
    eligible: str  # who may apply, in a few words
    themes: tuple[str, ...]  # theme ids of data/vocab/themes.json
    categories: tuple[str, ...]  # WordPress categories, as printed
    summary: str  # the excerpt; the Arabic site's summary carries the deadline sentence itself
    details: tuple[str | tuple[str, ...], ...]  # rest of the post: str -> <p>, tuple -> <ul>
    near_miss: str | None = None  # why a typical local NGO among our users cannot apply


@dataclass(frozen=True)
class Site:
    folder: str
    title: str
    link: str
    description: str
    language: str
    post_base: str  # item link = post_base + slug + "/"
    authors: tuple[str, ...]
    lead_with_deadline: bool  # fundsforNGOs opens every post with a bold "Deadline: ..." paragraph
    per_page: int  # WordPress setting "Syndication feeds show the most recent N items"


FUNDSFORNGOS = Site(
    folder="fundsforngos",
    title="fundsforNGOs \u2013 Grants and Resources for Sustainability",
    link="https://www2.fundsforngos.org",
    description="Grants and Resources for Sustainability",
    language="en-US",
    post_base="https://www2.fundsforngos.org/latest-funds-for-ngos/",
    authors=("Aditi", "Rahul", "Nandini", "Kevin"),
    lead_with_deadline=True,
    per_page=20,
)

MINAH = Site(
    folder="arabic_calls_feed",
    title="منح ومبادرات — فرص تمويل لمنظمات المجتمع المدني",
    link="https://minah.example.org",
    description="دعوات تقديم المقترحات والمنح المفتوحة لمنظمات المجتمع المدني في المنطقة العربية وجوارها",
    language="ar",
    post_base="https://minah.example.org/calls/",
    authors=("هيئة التحرير", "رنا", "يوسف"),
    lead_with_deadline=False,
    per_page=30,
)


# --------------------------------------------------------------------------------------------------------------
# fundsforNGOs: 40 posts, 1 Oct - 20 Nov 2026. Page 1 = the 20 newest.
# --------------------------------------------------------------------------------------------------------------
LFN = "Latest Funds for NGOs"

FUNDSFORNGOS_CALLS: list[Call] = [
    Call(
        post_id=323940,
        published="2026-11-20 09:40",
        slug="netherlands-embassy-in-beirut-human-rights-fund-2027-for-lebanese-civil-society",
        title="Netherlands Embassy in Beirut: Human Rights Fund 2027 for Lebanese Civil Society",
        funder="Embassy of the Kingdom of the Netherlands in Beirut",
        deadline="2027-01-15",
        deadline_text="Deadline: 15 January 2027",
        amount_text="EUR 20,000 – 60,000",
        amount=(20000, 60000, "EUR"),
        countries=("LB",),
        regions=(),
        eligible="non-profit organizations registered in Lebanon",
        themes=("human rights", "media freedom", "women's rights", "gbv"),
        categories=(LFN, "Human Rights", "Women", "Media", "Lebanon", "Middle East"),
        summary=(
            "The Embassy of the Kingdom of the Netherlands in Beirut invites Lebanese non-profit organizations to submit "
            "project proposals to its Human Rights Fund. The fund backs work on freedom of expression, equal rights for "
            "women and girls, protection of human rights defenders and access to justice in Lebanon. Grants of "
            "EUR 20,000 – 60,000 are available for projects lasting up to 18 months."
        ),
        details=(
            "Proposals should address one or more of these priorities:",
            (
                "Freedom of expression and media freedom, online and offline",
                "Women's rights and the prevention of gender-based violence",
                "Safety and legal support for human rights defenders",
                "Access to justice for refugees and marginalized communities",
            ),
            "Applicants must be registered in Lebanon as non-governmental, non-profit organizations and show at least "
            "two years of relevant experience. Consortia are welcome when a Lebanese organization leads. Government "
            "bodies, political parties and for-profit companies cannot apply.",
            "Concept notes of no more than four pages are sent by email; shortlisted organizations will be asked for a "
            "full proposal and budget in March 2027.",
        ),
    ),
    Call(
        post_id=323826,
        published="2026-11-19 14:05",
        slug="wphf-call-for-proposals-sustaining-womens-organizations-in-afghanistan",
        title="WPHF Call for Proposals: Sustaining Women's Organizations in Afghanistan",
        funder="Women's Peace and Humanitarian Fund (WPHF)",
        deadline="2027-01-31",
        deadline_text="Deadline: 31-Jan-27",
        amount_text="USD 30,000 to USD 200,000",
        amount=(30000, 200000, "USD"),
        countries=("AF",),
        regions=(),
        eligible="local women-led and women's rights organizations; unregistered groups through a registered partner",
        themes=("women's rights", "peacebuilding", "humanitarian", "gbv"),
        categories=(LFN, "Women", "Peacebuilding", "Humanitarian", "Afghanistan", "Asia"),
        summary=(
            "The Women's Peace and Humanitarian Fund (WPHF) is seeking proposals from local women-led and women's rights "
            "organizations in Afghanistan. Funding covers institutional support, protection services and women's "
            "participation in community decisions and humanitarian response. Grants of USD 30,000 to USD 200,000 are "
            "available, and groups without registration can apply through a registered partner."
        ),
        details=(
            "WPHF, a pooled UN fund, channels flexible money to local women's groups working in crisis settings. This "
            "round has two windows: institutional funding of up to 24 months that helps organizations keep their staff, "
            "offices and safety measures, and programme funding for projects led by women in Afghan provinces.",
            (
                "Local women-led or women's rights organizations operating in Afghanistan",
                "Annual budget below USD 1,000,000 for the institutional window",
                "Unregistered groups may apply with a registered fiscal host that signs the agreement",
                "International NGOs and UN agencies cannot be lead applicants",
            ),
            "Applications are accepted in Dari, Pashto or English through the WPHF online form.",
        ),
    ),
    Call(
        post_id=323813,
        published="2026-11-19 07:30",
        slug="embassy-of-switzerland-in-amman-small-grants-for-civil-society-in-jordan-and-iraq-2027",
        title="Embassy of Switzerland in Amman: Small Grants for Civil Society in Jordan and Iraq 2027",
        funder="Embassy of Switzerland in Amman",
        deadline="2027-02-08",
        deadline_text="Deadline: 8 February 2027",
        amount_text="between CHF 5,000 and CHF 25,000",
        amount=(5000, 25000, "CHF"),
        countries=("JO", "IQ"),
        regions=(),
        eligible="national NGOs in Jordan or Iraq; no for-profit organizations",
        themes=("civil society", "child protection", "women's rights", "peacebuilding", "governance"),
        categories=(LFN, "Human Rights", "Children", "Women", "Jordan", "Iraq", "Middle East"),
        summary=(
            "Switzerland's embassy in Amman, which also covers Iraq, offers small grants between CHF 5,000 and CHF 25,000 "
            "to national NGOs in Jordan and Iraq. Supported topics are civic space and freedom of association, protection "
            "of children and women from violence, conflict prevention, and fair treatment in the justice system. "
            "Commercial organizations are not eligible."
        ),
        details=(
            "The programme funds short, concrete projects of six to twelve months that can show results within the grant "
            "period. Priority goes to organizations founded and run by Jordanian or Iraqi nationals, including those "
            "based outside the capitals.",
            "Applicants submit a two-page project idea with a budget summary. The embassy does not cover overheads above "
            "15% of the total, and projects already funded by another Swiss instrument are excluded.",
            "Successful applicants will be informed by the end of March 2027.",
        ),
    ),
    Call(
        post_id=323699,
        published="2026-11-18 11:15",
        slug="u-s-department-of-state-professional-fellows-program-for-the-middle-east-and-north-africa",
        title="U.S. Department of State: Professional Fellows Program for the Middle East and North Africa",
        funder="U.S. Department of State, Bureau of Educational and Cultural Affairs",
        deadline="2027-01-14",
        deadline_text="Deadline: 14 January 2027",
        amount_text="USD 1,000,000 – 1,400,000",
        amount=(1000000, 1400000, "USD"),
        countries=("JO", "LB", "IQ"),
        regions=("MENA",),
        eligible="U.S.-based 501(c)(3) organizations",
        themes=("democracy", "governance"),
        categories=(
            LFN,
            "Civil Society",
            "Governance",
            "Jordan",
            "Lebanon",
            "Iraq",
            "Middle East",
            "United States",
        ),
        summary=(
            "The Bureau of Educational and Cultural Affairs of the U.S. Department of State will fund a cooperative "
            "agreement to run two-way professional exchanges between the United States and the Middle East and North "
            "Africa on civic engagement and accountable governance. Only U.S.-based 501(c)(3) organizations may apply, "
            "for an award of USD 1,000,000 – 1,400,000."
        ),
        details=(
            "The recipient will recruit mid-career professionals from Jordan, Lebanon, Iraq and other countries in the "
            "region, place them with U.S. host organizations for five to six weeks, and organize return visits by "
            "American participants.",
            "Applicants must be public or private non-profit organizations with 501(c)(3) status under U.S. tax law and "
            "must hold an active SAM.gov registration and Unique Entity ID. Organizations based in the region cannot "
            "apply directly but may be engaged by the recipient as partners for recruitment and follow-on activities.",
            "The program period is three years starting in September 2027. Cost sharing is encouraged but not required. "
            "Applications are submitted through Grants.gov.",
        ),
        near_miss="U.S.-registered 501(c)(3) organizations only",
    ),
    Call(
        post_id=323586,
        published="2026-11-17 08:50",
        slug="anna-lindh-foundation-grants-for-intercultural-dialogue-initiatives-in-the-southern-mediterranean",
        title="Anna Lindh Foundation: Grants for Intercultural Dialogue Initiatives in the Southern Mediterranean",
        funder="Anna Lindh Foundation",
        deadline="2027-03-04",
        deadline_text="Deadline: 4 March 2027, 23:59 CET",
        amount_text="EUR 10,000 – 40,000",
        amount=(10000, 40000, "EUR"),
        countries=("JO", "LB", "PS", "EG", "TN", "MA", "TR"),
        regions=(),
        eligible="registered non-profits that are members of an Anna Lindh national network",
        themes=("social cohesion", "youth"),
        categories=(LFN, "Culture", "Youth", "Jordan", "Lebanon", "Turkey", "Middle East"),
        summary=(
            "The Anna Lindh Foundation offers grants of EUR 10,000 – 40,000 to civil society organizations in the Southern "
            "Mediterranean that use dialogue, culture and youth exchange to reduce polarization. Members of the "
            "Foundation's national networks in Jordan, Lebanon, Palestine, Egypt, Tunisia, Morocco and Türkiye may apply, "
            "alone or with partners across the region."
        ),
        details=(
            "Projects should bring together people from different communities, for example refugees and host "
            "populations, young people from rival neighbourhoods, or journalists and artists working against hate "
            "speech. Joint actions between a southern and a European network member receive extra points.",
            "The grant covers up to 80% of eligible costs; the remainder may be in kind. Activities must take place "
            "between June 2027 and May 2028.",
            "Applicants must be registered non-profit organizations and active members of their country's Anna Lindh "
            "network on the day they apply. Individuals and public institutions are not eligible.",
        ),
    ),
    Call(
        post_id=323472,
        published="2026-11-16 10:00",
        slug="un-democracy-fund-call-for-project-proposals-2027",
        title="UN Democracy Fund: Call for Project Proposals 2027",
        funder="United Nations Democracy Fund (UNDEF)",
        deadline="2026-12-15",
        deadline_text="Deadline: 15 December 2026",
        amount_text="USD 100,000 to USD 300,000",
        amount=(100000, 300000, "USD"),
        countries=(),
        regions=("global",),
        eligible="registered NGOs anywhere with two years' experience and annual income of USD 200,000 - 10 million",
        themes=("democracy", "civil society", "human rights", "media freedom", "governance"),
        categories=(LFN, "Democracy", "Human Rights", "Civil Society", "Global"),
        summary=(
            "The United Nations Democracy Fund (UNDEF) accepts project proposals from civil society organizations "
            "worldwide that strengthen the voice of civil society, promote human rights and encourage the participation "
            "of all groups in democratic processes. Grants range from USD 100,000 to USD 300,000 for two-year projects, "
            "and local organizations are preferred."
        ),
        details=(
            "Projects may cover community activism, rule of law, youth and women's participation, media and freedom of "
            "information, or tools for accountability. UNDEF gives priority to organizations that work at national or "
            "local level in countries facing democratic challenges and whose projects reach marginalized groups.",
            "Applicants must be non-governmental organizations registered in any country, with at least two years of "
            "experience and an annual income between USD 200,000 and USD 10 million in each of the last two years. "
            "Government bodies and UN agencies cannot apply.",
            "Proposals are written in English or French using the online form; one application per organization.",
        ),
    ),
    Call(
        post_id=323255,
        published="2026-11-14 09:20",
        slug="european-commission-cerv-call-for-citizens-engagement-and-participation-projects-2027",
        title="European Commission: CERV Call for Citizens' Engagement and Participation Projects 2027",
        funder="European Commission",
        deadline="2027-04-22",
        deadline_text="Deadline: 22 April 2027",
        amount_text="€75.000,00 to €1.250.000,00",
        amount=(75000, 1250000, "EUR"),
        countries=(),
        regions=("EU",),
        eligible="non-profits and public bodies established in EU Member States or CERV associated countries",
        themes=("democracy", "media freedom"),
        categories=(LFN, "Democracy", "Civil Society", "Europe"),
        summary=(
            "Under the Citizens, Equality, Rights and Values (CERV) programme, the European Commission funds projects "
            "that help people take part in democratic life, counter disinformation and remember Europe's history. Grants "
            "of €75.000,00 to €1.250.000,00 are open only to non-profit organizations and public bodies established in "
            "EU Member States or in countries associated to CERV."
        ),
        details=(
            "Projects must involve at least two organizations from two different participating countries. Funding is a "
            "lump sum covering up to 90% of the estimated costs.",
            "Organizations established outside the EU and the CERV associated countries, including those in the Middle "
            "East, cannot take part as applicants or partners, even when their work concerns diaspora communities in "
            "Europe.",
            "Proposals are submitted through the EU Funding & Tenders Portal, which requires an EU Login account and a "
            "Participant Identification Code (PIC) for each organization.",
        ),
        near_miss="EU Member States and CERV associated countries only",
    ),
    Call(
        post_id=323151,
        published="2026-11-13 15:30",
        slug="global-fund-for-women-flexible-grants-for-women-led-groups-in-the-middle-east-and-afghanistan",
        title="Global Fund for Women: Flexible Grants for Women-Led Groups in the Middle East and Afghanistan",
        funder="Global Fund for Women",
        deadline=None,
        deadline_text="Deadline: Open until funds are exhausted",
        amount_text="USD 5,000 – 30,000",
        amount=(5000, 30000, "USD"),
        countries=("AF",),
        regions=("MENA",),
        eligible="grassroots groups led by women, girls and trans people, registered or not",
        themes=("women's rights", "gbv", "livelihoods"),
        categories=(LFN, "Women", "Gender Equality", "Afghanistan", "Middle East"),
        summary=(
            "Global Fund for Women offers flexible grants of USD 5,000 – 30,000 to grassroots groups led by women, girls "
            "and trans people in the Middle East, North Africa and Afghanistan. Funding can pay for salaries, rent, "
            "safety and programme work on bodily autonomy, economic justice and freedom from violence. Informal and "
            "unregistered collectives may apply."
        ),
        details=(
            "The fund prefers small groups with annual budgets under USD 250,000 that have little access to other "
            "donors. Applications are reviewed in the order they arrive, and the window closes without notice once the "
            "year's budget is committed.",
            "Groups without legal registration can receive money through a fiscal sponsor or a member's bank account, "
            "provided the group explains how it decides on spending.",
            "Applications may be written in Arabic, Dari, English, French or Turkish. Groups funded in the last 12 "
            "months should wait before applying again.",
        ),
    ),
    Call(
        post_id=323137,
        published="2026-11-13 08:10",
        slug="embassy-of-japan-in-iraq-grant-assistance-for-grassroots-human-security-projects-ggp-2027",
        title="Embassy of Japan in Iraq: Grant Assistance for Grassroots Human Security Projects (GGP) 2027",
        funder="Embassy of Japan in Iraq",
        deadline="2027-02-28",
        deadline_text="Deadline: 2027-02-28",
        amount_text="up to JPY 10,000,000 (approximately USD 65,000)",
        amount=(None, 10000000, "JPY"),
        countries=("IQ",),
        regions=(),
        eligible="non-profits registered in Iraq for two years, schools, hospitals, local authorities",
        themes=("education", "health", "water"),
        categories=(LFN, "Education", "Health", "Iraq", "Middle East"),
        summary=(
            "The Embassy of Japan in Iraq invites non-profit organizations, schools, hospitals and local authorities to "
            "apply for its Grant Assistance for Grassroots Human Security Projects. The scheme pays for equipment and "
            "building works in education, health, water and sanitation, with grants of up to JPY 10,000,000 "
            "(approximately USD 65,000) per project."
        ),
        details=(
            "Typical projects rebuild classrooms, repair school roofs and toilets, furnish clinics or lay water networks "
            "in communities affected by conflict or displacement. Ninewa, Salah al-Din and Anbar are priorities in this "
            "round.",
            "The grant covers hardware and construction only; salaries, running costs and training are not funded. "
            "Applicants must be legally registered in Iraq with at least two years of activity there, and need three "
            "price quotations for every item.",
            "Embassy staff visit shortlisted sites before a decision. Application forms in Arabic or English are "
            "available from the embassy's GGP desk.",
        ),
    ),
    Call(
        post_id=323024,
        published="2026-11-12 12:00",
        slug="canada-fund-for-local-initiatives-cfli-2027-2028-call-for-proposals-in-jordan",
        title="Canada Fund for Local Initiatives (CFLI) 2027-2028: Call for Proposals in Jordan",
        funder="Embassy of Canada to Jordan",
        deadline="2027-01-12",
        deadline_text="Deadline: 12 January 2027",
        amount_text="CAD 25,000 – 100,000",
        amount=(25000, 100000, "CAD"),
        countries=("JO",),
        regions=(),
        eligible="local non-profits, community groups, media outlets and universities in Jordan",
        themes=("women's rights", "governance", "media freedom", "environment"),
        categories=(LFN, "Women", "Governance", "Media", "Jordan", "Middle East"),
        summary=(
            "The Embassy of Canada to Jordan is accepting proposals for the Canada Fund for Local Initiatives, which "
            "supports small, locally designed projects. Jordanian non-profits, community groups, media organizations and "
            "universities can request CAD 25,000 – 100,000 for work on gender equality, inclusive governance, freedom of "
            "expression and climate adaptation."
        ),
        details=(
            "Projects must be completed between 1 April 2027 and 28 February 2028, within one Canadian fiscal year. "
            "Proposals that benefit women and girls, refugees or people with disabilities are strongly encouraged.",
            (
                "Local organizations registered in Jordan, including non-profit companies",
                "Community-based groups with a bank account in the group's name",
                "Jordanian media outlets producing public-interest content",
                "Academic institutions acting on a non-commercial basis",
            ),
            "International organizations and government ministries cannot be direct recipients.",
        ),
    ),
    Call(
        post_id=322910,
        published="2026-11-11 09:45",
        slug="open-society-fellowship-2027-support-for-individuals-working-on-open-society-challenges",
        title="Open Society Fellowship 2027: Support for Individuals Working on Open Society Challenges",
        funder="Open Society Foundations",
        deadline="2027-02-01",
        deadline_text="Deadline: 1 February 2027",
        amount_text="up to USD 100,000",
        amount=(None, 100000, "USD"),
        countries=(),
        regions=("global",),
        eligible="individuals (journalists, researchers, activists, artists)",
        themes=("human rights", "democracy", "media freedom"),
        categories=(LFN, "Fellowships", "Human Rights", "Global"),
        summary=(
            "Open Society Foundations offers fellowships to individuals, such as journalists, researchers, activists and "
            "artists, who want to pursue a project on democracy, human rights or the rule of law for up to 18 months. "
            "Fellows receive a stipend of up to USD 100,000 plus project costs. Organizations cannot apply."
        ),
        details=(
            "Fellows develop books, investigations, films, campaigns or public databases that challenge received ideas "
            "about an urgent problem. People from any country may apply, and proposals from people working in or on the "
            "Middle East and Central Asia are welcome.",
            "Applications are made in the applicant's own name. The fellowship cannot fund an organization's regular "
            "programmes or pay its staff, and teams of more than two people are not accepted.",
            "A short letter of inquiry comes first; selected candidates submit a full proposal and are interviewed in "
            "spring 2027.",
        ),
        near_miss="individuals only",
    ),
    Call(
        post_id=322797,
        published="2026-11-10 10:30",
        slug="heinrich-boll-stiftung-middle-east-call-for-proposals-on-womens-political-participation-and-local-governance",
        title=(
            "Heinrich Böll Stiftung Middle East: Call for Proposals on Women's Political Participation and Local "
            "Governance"
        ),
        funder="Heinrich Böll Stiftung, Middle East office (Beirut)",
        deadline="2027-01-22",
        deadline_text="Deadline: 22 January 2027",
        amount_text="USD 15,000 – 40,000",
        amount=(15000, 40000, "USD"),
        countries=("LB", "SY", "IQ"),
        regions=(),
        eligible="local CSOs and women-led groups; Syrian groups may be registered in a neighbouring country",
        themes=("women's rights", "governance", "peacebuilding"),
        categories=(LFN, "Women", "Governance", "Lebanon", "Syria", "Iraq", "Middle East"),
        summary=(
            "The Heinrich Böll Stiftung's Middle East office in Beirut is looking for partner organizations in Lebanon, "
            "Syria and Iraq to strengthen women's participation in municipal councils, local governance and peace "
            "negotiations. Local civil society organizations and women-led groups can apply for USD 15,000 – 40,000 for "
            "one-year projects starting in April 2027."
        ),
        details=(
            "The foundation is interested in research on the barriers facing women candidates, training and mentoring "
            "for women in local councils, monitoring of municipal budgets, and dialogue between women's groups across "
            "dividing lines.",
            "Applicants must be registered in the country where they work or, for organizations active in Syria, in a "
            "neighbouring country. Groups working in north-east and north-west Syria are encouraged to apply. Partners "
            "may be asked to cover part of the costs in kind.",
            "Concept notes of up to three pages in Arabic or English should be sent with the latest annual report.",
        ),
    ),
    Call(
        post_id=322683,
        published="2026-11-09 08:00",
        slug="rosa-luxemburg-stiftung-beirut-call-for-partners-on-social-justice-and-labour-rights",
        title="Rosa Luxemburg Stiftung Beirut: Call for Partners on Social Justice and Labour Rights",
        funder="Rosa Luxemburg Stiftung, Beirut office",
        deadline="2026-12-10",
        deadline_text="Deadline: 10 December 2026",
        amount_text=None,
        amount=None,
        countries=("LB", "SY", "JO", "IQ"),
        regions=(),
        eligible="grassroots organizations, workers' collectives, independent unions, research groups",
        themes=("livelihoods", "human rights"),
        categories=(LFN, "Labour", "Poverty", "Lebanon", "Syria", "Jordan", "Iraq", "Middle East"),
        summary=(
            "The Rosa Luxemburg Stiftung's regional office in Beirut seeks civil society partners in Lebanon, Syria, "
            "Jordan and Iraq for a two-year programme on labour rights, social protection and fair economic policy. "
            "Grassroots organizations, workers' collectives, independent unions and research groups may apply; the call "
            "does not state a fixed grant amount."
        ),
        details=(
            "The foundation wants to support organizing among informal and migrant workers, public debate on taxation "
            "and social security, and research that gives working people a voice in economic reform after years of "
            "crisis.",
            "Partners are expected to share the foundation's commitment to democratic socialism, gender justice and "
            "anti-racism. Budgets are agreed with each partner according to its size and plans; past partnerships have "
            "ranged from small annual grants to multi-year institutional support.",
            "Organizations should send a short profile and an outline of the proposed work in Arabic or English. Groups "
            "without legal registration may be considered if a registered ally can receive the funds.",
        ),
    ),
    Call(
        post_id=322365,
        published="2026-11-06 13:20",
        slug="unicef-iraq-call-for-expressions-of-interest-for-community-based-child-protection-in-ninewa",
        title="UNICEF Iraq: Call for Expressions of Interest for Community-Based Child Protection in Ninewa",
        funder="UNICEF Iraq",
        deadline="2026-12-18",
        deadline_text="Deadline: 18 December 2026",
        amount_text="USD 150,000 – 400,000",
        amount=(150000, 400000, "USD"),
        countries=("IQ",),
        regions=(),
        eligible="national NGOs registered in Iraq with a verified UN Partner Portal profile",
        themes=("child protection", "education", "health"),
        categories=(LFN, "Children", "Protection", "Iraq", "Middle East"),
        summary=(
            "UNICEF Iraq invites national NGOs to express interest in a partnership to deliver community-based child "
            "protection services in Mosul and the surrounding districts of Ninewa. The partnership, worth "
            "USD 150,000 – 400,000 over 18 months, covers case management, psychosocial support and a safe return to "
            "school for children affected by conflict and displacement."
        ),
        details=(
            "The selected partner will run child-friendly spaces, train community volunteers to identify children at "
            "risk, refer cases to specialized services and work with schools and parents to reduce dropout and child "
            "labour.",
            "Only organizations with a verified profile on the UN Partner Portal can submit an expression of interest, "
            "and the profile must show legal registration in Iraq. Experience in Ninewa and staff who speak Arabic and "
            "Kurdish are assessed.",
            "UNICEF carries out a micro-assessment of financial systems before signing. Submissions go through the UN "
            "Partner Portal only; email applications are not considered.",
        ),
    ),
    Call(
        post_id=322251,
        published="2026-11-05 09:00",
        slug="afd-call-for-projects-for-french-civil-society-organisations-i-osc-2027",
        title="AFD: Call for Projects for French Civil Society Organisations (I-OSC) 2027",
        funder="Agence française de développement (AFD)",
        deadline="2027-03-03",
        deadline_text="Deadline: 3 March 2027",
        amount_text="€300.000,00 to €2.000.000,00",
        amount=(300000, 2000000, "EUR"),
        countries=(),
        regions=("global",),
        eligible="associations registered in France for three years; local partners only through them",
        themes=("civil society", "education", "women's rights"),
        categories=(LFN, "Civil Society", "Development", "France", "Lebanon", "Iraq", "Middle East"),
        summary=(
            "The French Development Agency (AFD) co-finances international projects designed and run by French civil "
            "society organizations through its I-OSC mechanism. Grants from €300.000,00 to €2.000.000,00 cover up to 60% "
            "of costs for projects in partner countries. Only associations registered in France are eligible; local "
            "partners abroad take part through the French lead applicant."
        ),
        details=(
            "Eligible projects strengthen local partners in areas such as education, health, gender equality, climate "
            "and citizen participation. Projects in Lebanon, Iraq and Jordan were funded in earlier rounds, always led "
            "by a French association.",
            "The lead applicant must have been registered in France for at least three years and show audited accounts. "
            "Local organizations cannot apply directly, but may be named as implementing partners with a share of the "
            "budget.",
            "Intention notes are submitted online and are followed, for selected projects, by a full proposal in French.",
        ),
        near_miss="associations registered in France (an EU Member State) only",
    ),
    Call(
        post_id=322138,
        published="2026-11-04 11:10",
        slug="eu-delegation-to-turkiye-grants-for-civil-society-dialogue-on-refugee-inclusion",
        title="EU Delegation to Türkiye: Grants for Civil Society Dialogue on Refugee Inclusion",
        funder="Delegation of the European Union to Türkiye",
        deadline="2026-11-18",
        deadline_text="Deadline: 18 November 2026",
        amount_text="EUR 50,000 – 150,000",
        amount=(50000, 150000, "EUR"),
        countries=("TR",),
        regions=(),
        eligible="associations and foundations registered in Türkiye, including refugee-led ones, with an EU partner",
        themes=("social cohesion", "refugees", "human rights"),
        categories=(LFN, "Refugees", "Civil Society", "Turkey", "Europe"),
        summary=(
            "The Delegation of the European Union to Türkiye funds joint projects between civil society organizations in "
            "Türkiye and the EU that foster dialogue on refugee inclusion, social cohesion and access to rights. "
            "Organizations registered in Türkiye, including refugee-led associations, can request EUR 50,000 – 150,000 "
            "for projects of 12 to 24 months."
        ),
        details=(
            "Each project needs at least one partner based in an EU Member State. Activities may include exchanges "
            "between municipalities and associations, joint research on discrimination and local campaigns against "
            "hate speech.",
            "The lead applicant must be a non-profit association or foundation registered in Türkiye for at least one "
            "year. Syrian-led associations with Turkish registration are explicitly welcome.",
            "Applications go through the EU Funding & Tenders Portal, and every partner needs a PIC number.",
        ),
    ),
    Call(
        post_id=322024,
        published="2026-11-03 10:40",
        slug="islamic-development-bank-small-grants-for-ngos-on-community-resilience",
        title="Islamic Development Bank: Small Grants for NGOs on Community Resilience",
        funder="Islamic Development Bank (IsDB)",
        deadline="2027-05-31",
        deadline_text="Deadline: 31-May-2027",
        amount_text="USD 50,000 – 150,000",
        amount=(50000, 150000, "USD"),
        countries=("AF", "IQ", "JO", "LB", "TR"),
        regions=(),
        eligible="NGOs registered in IsDB member countries, three years' experience, 10% co-financing",
        themes=("livelihoods",),
        categories=(
            LFN,
            "Livelihoods",
            "Poverty",
            "Afghanistan",
            "Iraq",
            "Jordan",
            "Lebanon",
            "Turkey",
            "Middle East",
        ),
        summary=(
            "The Islamic Development Bank (IsDB) is seeking proposals from non-governmental organizations in its member "
            "countries for community projects that create jobs, improve basic services and protect vulnerable "
            "households. Grants of USD 50,000 – 150,000 are available, with Afghanistan, Iraq, Jordan, Lebanon and "
            "Türkiye among the eligible countries."
        ),
        details=(
            "Priority sectors are livelihoods for women and young people, vocational training, small-scale water and "
            "renewable energy, and support for displaced families. Projects should last 12 to 24 months and involve "
            "local authorities. Syria is not included in this round.",
            "Applicants must be legally registered in an IsDB member country, have at least three years of experience "
            "and provide audited accounts for the last two years. At least 10% of the cost must come from the applicant "
            "or other donors.",
            "Proposals are accepted in Arabic, English or French through the bank's civil society portal.",
        ),
    ),
    Call(
        post_id=322011,
        published="2026-11-03 07:55",
        slug="ford-foundation-open-call-on-civic-space-and-public-interest-media-in-the-middle-east",
        title="Ford Foundation: Open Call on Civic Space and Public-Interest Media in the Middle East",
        funder="Ford Foundation, Middle East and North Africa office",
        deadline="2027-06-15",
        deadline_text="Deadline: 15 June 2027",
        amount_text="USD 100,000 – 300,000",
        amount=(100000, 300000, "USD"),
        countries=("JO", "LB", "IQ", "PS"),
        regions=(),
        eligible="registered non-profits or non-profit companies with two years of audited accounts",
        themes=("media freedom", "civil society", "governance"),
        categories=(LFN, "Media", "Civil Society", "Jordan", "Lebanon", "Iraq", "Middle East"),
        summary=(
            "The Ford Foundation's office for the Middle East and North Africa invites organizations that protect civic "
            "space and sustain independent, public-interest media to apply for two-year grants of "
            "USD 100,000 – 300,000. Civil society groups and media organizations based in Jordan, Lebanon, Iraq and "
            "Palestine are eligible."
        ),
        details=(
            "The foundation will support the legal defence of journalists and activists, investigative reporting on "
            "public spending, digital safety, and new revenue models for local newsrooms. Joint proposals from a media "
            "outlet and a rights group are welcome.",
            "Applicants must be registered non-profit organizations, or non-profit companies where local law allows, "
            "with at least two years of audited financial statements. Ford does not fund individuals or political "
            "parties.",
            "Letters of inquiry of up to three pages can be submitted in Arabic or English. Invited applicants will be "
            "asked for full proposals in September 2027.",
        ),
    ),
    Call(
        post_id=321907,
        published="2026-11-02 14:30",
        slug="u-s-embassy-amman-alumni-engagement-innovation-fund-aeif-2027",
        title="U.S. Embassy Amman: Alumni Engagement Innovation Fund (AEIF) 2027",
        funder="U.S. Embassy in Amman",
        deadline="2027-01-25",
        deadline_text="Deadline: 25 January 2027",
        amount_text="USD 10,000 – 35,000",
        amount=(10000, 35000, "USD"),
        countries=("JO",),
        regions=(),
        eligible="teams of five or more alumni of U.S. government exchange programs",
        themes=("democracy", "media freedom", "women's rights", "livelihoods"),
        categories=(LFN, "Youth", "Education", "Jordan", "Middle East"),
        summary=(
            "The U.S. Embassy in Amman invites teams of alumni of U.S. government exchange programs to propose "
            "public-service projects in Jordan. Awards of USD 10,000 – 35,000 support ideas on civic education, media "
            "literacy, women's economic participation or climate resilience. Only teams of at least five individual "
            "alumni can apply; organizations are not eligible."
        ),
        details=(
            "Projects must be designed and led by alumni of programs such as Fulbright, IVLP, YES or the Professional "
            "Fellows Program. Non-alumni may join a team, but alumni must be the majority.",
            "Funds go to an individual team leader, who must obtain a Unique Entity ID through SAM.gov before payment. "
            "NGOs may host activities but cannot be the applicant.",
            "Projects run for up to 12 months and begin in summer 2027. Proposals are submitted in English through the "
            "embassy's online form.",
        ),
        near_miss="individuals only (alumni of U.S. exchange programs)",
    ),
    Call(
        post_id=321893,
        published="2026-11-02 08:15",
        slug="embassy-of-switzerland-in-beirut-small-actions-credit-for-lebanon-and-syria",
        title="Embassy of Switzerland in Beirut: Small Actions Credit for Lebanon and Syria",
        funder="Embassy of Switzerland in Beirut",
        deadline="2026-11-10",
        deadline_text="Deadline: 10 November 2026",
        amount_text="up to USD 20,000",
        amount=(None, 20000, "USD"),
        countries=("LB", "SY"),
        regions=(),
        eligible="local non-profits and community initiatives in Lebanon and Syria",
        themes=("peacebuilding", "human rights", "culture"),
        categories=(LFN, "Peacebuilding", "Human Rights", "Lebanon", "Syria", "Middle East"),
        summary=(
            "The Swiss Embassy in Beirut funds short projects by local organizations in Lebanon and Syria through its "
            "small actions credit, with grants of up to USD 20,000. Themes include peacebuilding and dialogue, "
            "protection of civilians, documentation of human rights violations and cultural heritage. Local non-profit "
            "organizations and community initiatives may apply."
        ),
        details=(
            "The credit is meant for quick, practical actions of three to nine months, such as community dialogue "
            "sessions, legal awareness for displaced families or urgent repairs to shared community spaces.",
            "Syrian organizations may apply when registered in Syria or in Lebanon, and informal initiatives can apply "
            "with a registered partner that handles the funds.",
            "Proposals of no more than three pages are reviewed within six weeks of the deadline.",
        ),
    ),
    # ---- page 2 ------------------------------------------------------------------------------------------------
    Call(
        post_id=321780,
        published="2026-11-01 09:00",
        slug="eu-delegation-to-lebanon-civil-society-organisations-as-actors-of-governance",
        title="EU Delegation to Lebanon: Civil Society Organisations as Actors of Governance",
        funder="Delegation of the European Union to Lebanon",
        deadline="2027-02-09",
        deadline_text="Deadline: 9 February 2027",
        amount_text="EUR 300,000 – 800,000",
        amount=(300000, 800000, "EUR"),
        countries=("LB",),
        regions=(),
        eligible="non-profits registered in Lebanon or an EU Member State, with a Lebanese co-applicant",
        themes=("governance", "civil society"),
        categories=(LFN, "Governance", "Civil Society", "Lebanon", "Middle East", "Europe"),
        summary=(
            "The European Union Delegation to Lebanon seeks proposals that strengthen the role of civil society in local "
            "governance, public accountability and service delivery. Non-profit organizations may request "
            "EUR 300,000 – 800,000 for projects of 24 to 36 months. Lead applicants must be registered in Lebanon or an "
            "EU Member State, with at least one Lebanese co-applicant."
        ),
        details=(
            "The call has two lots. Lot 1 supports civil society monitoring of municipal budgets and public procurement; "
            "Lot 2 supports partnerships between associations and municipalities to restore basic services in areas "
            "hit by the economic crisis.",
            "The EU covers between 50% and 95% of eligible costs. Applicants may pass on financial support to third "
            "parties, such as grassroots groups, of up to EUR 60,000 per group.",
            "A concept note is due first. Applicants register in the EU Funding & Tenders Portal and obtain a PIC before "
            "submitting.",
        ),
    ),
    Call(
        post_id=321562,
        published="2026-10-30 10:15",
        slug="mama-cash-grants-for-self-led-feminist-groups-2027",
        title="Mama Cash: Grants for Self-Led Feminist Groups 2027",
        funder="Mama Cash",
        deadline="2027-03-31",
        deadline_text="Deadline: 31 March 2027",
        amount_text="EUR 10,000 – 50,000 per year",
        amount=(10000, 50000, "EUR"),
        countries=(),
        regions=("global",),
        eligible="self-led feminist groups with budgets under EUR 500,000, registered or not",
        themes=("women's rights", "gbv", "livelihoods"),
        categories=(LFN, "Women", "Gender Equality", "Human Rights", "Global"),
        summary=(
            "Mama Cash, a women's fund based in Amsterdam, supports feminist groups led by women, girls, trans and "
            "intersex people who organize for their own rights. Grants of EUR 10,000 – 50,000 per year for up to three "
            "years are open to groups worldwide, including unregistered collectives, working on bodily autonomy, "
            "economic justice or safe civic space."
        ),
        details=(
            "The fund looks for groups whose members are directly affected by the issues they work on, and for "
            "movements that larger donors often overlook, such as domestic workers, refugee women or young feminists.",
            "Applicant groups should have an annual budget below EUR 500,000 and should not depend mainly on government "
            "funding. Registration is not required, but the group needs a bank account or a trusted partner to receive "
            "funds.",
            "Short applications in English, French, Spanish, Arabic or Russian are accepted through the online portal.",
        ),
    ),
    Call(
        post_id=321448,
        published="2026-10-29 08:30",
        slug="u-s-embassy-baghdad-public-diplomacy-annual-program-statement",
        title="U.S. Embassy Baghdad: Public Diplomacy Annual Program Statement",
        funder="U.S. Embassy in Baghdad, Public Diplomacy Section",
        deadline=None,
        deadline_text="Deadline: Ongoing",
        amount_text="USD 25,000 – 150,000",
        amount=(25000, 150000, "USD"),
        countries=("IQ",),
        regions=(),
        eligible="non-profits, media outlets and universities registered in Iraq, with SAM.gov registration",
        themes=("media freedom", "democracy", "culture", "livelihoods"),
        categories=(LFN, "Media", "Education", "Iraq", "Middle East"),
        summary=(
            "The Public Diplomacy Section of the U.S. Embassy in Baghdad accepts proposals throughout the year for "
            "projects that strengthen ties between Iraqis and Americans. Iraqi non-profit organizations, media outlets "
            "and universities can apply for USD 25,000 – 150,000 for media literacy, entrepreneurship, English "
            "learning, cultural heritage or civic engagement."
        ),
        details=(
            "Projects should include an American element, such as a U.S. expert, institution or exchange alumni. "
            "Priority is given to activities outside Baghdad, including Ninewa, Basra and the Kurdistan Region.",
            "Applicants must be registered in Iraq and hold a Unique Entity ID and an active SAM.gov registration before "
            "an award can be made. Individuals may apply for small awards under separate rules.",
            "Applications are reviewed in batches every quarter until the fiscal year's funds are committed.",
        ),
    ),
    Call(
        post_id=321335,
        published="2026-10-28 11:45",
        slug="u-s-department-of-state-iraqi-young-leaders-exchange-program-2027",
        title="U.S. Department of State: Iraqi Young Leaders Exchange Program 2027",
        funder="U.S. Department of State, Bureau of Educational and Cultural Affairs",
        deadline="2027-01-12",
        deadline_text="Deadline: 12 January 2027",
        amount_text="up to USD 1,600,000",
        amount=(None, 1600000, "USD"),
        countries=("IQ",),
        regions=(),
        eligible="U.S.-based 501(c)(3) organizations with four years of exchange experience",
        themes=("youth", "democracy"),
        categories=(LFN, "Youth", "Education", "Iraq", "United States"),
        summary=(
            "The State Department's Bureau of Educational and Cultural Affairs seeks a U.S. organization to run summer "
            "exchanges that bring Iraqi high school and university students to the United States for leadership and "
            "civic education. The cooperative agreement is worth up to USD 1,600,000, and only U.S.-based 501(c)(3) "
            "organizations may apply."
        ),
        details=(
            "The recipient will recruit participants from all Iraqi governorates, organize four-week programmes at U.S. "
            "universities, and follow up with alumni projects in Iraq.",
            "Eligible applicants are U.S. public and private non-profit organizations with 501(c)(3) status and at least "
            "four years of experience running international exchanges. Iraqi organizations may serve as recruiting "
            "partners under a sub-award but cannot apply themselves.",
            "Applications are submitted through Grants.gov, and the applicant must be registered in SAM.gov.",
        ),
        near_miss="U.S.-registered 501(c)(3) organizations only",
    ),
    Call(
        post_id=321221,
        published="2026-10-27 09:10",
        slug="undp-afghanistan-grants-for-community-resilience-and-womens-livelihoods",
        title="UNDP Afghanistan: Grants for Community Resilience and Women's Livelihoods",
        funder="UNDP Afghanistan",
        deadline="2027-03-15",
        deadline_text="Deadline: 15 March 2027",
        amount_text="USD 50,000 – 250,000",
        amount=(50000, 250000, "USD"),
        countries=("AF",),
        regions=(),
        eligible="national CSOs registered in Afghanistan with a verified UN Partner Portal profile",
        themes=("livelihoods", "women's rights", "refugees"),
        categories=(LFN, "Livelihoods", "Women", "Afghanistan", "Asia"),
        summary=(
            "UNDP Afghanistan invites national civil society organizations to apply for grants of USD 50,000 – 250,000 "
            "to restore livelihoods and basic community services in rural districts. Projects should create income for "
            "women and returnee families through agriculture, small businesses and vocational skills. Organizations led "
            "by women are strongly encouraged to apply."
        ),
        details=(
            "Grants will be awarded in Balkh, Herat, Nangarhar and Kandahar provinces, where many families have returned "
            "from neighbouring countries. Activities can include cash for work, seeds and equipment, and savings groups.",
            "Applicants must be registered with the relevant Afghan authority and hold a verified profile on the UN "
            "Partner Portal. Projects must include measures that keep women staff and participants safe.",
            "Partners are selected through the UN Partner Portal; a financial capacity assessment is required before "
            "signing.",
        ),
    ),
    Call(
        post_id=321107,
        published="2026-10-26 13:00",
        slug="netherlands-embassy-in-ankara-human-rights-fund-for-civil-society-in-turkiye",
        title="Netherlands Embassy in Ankara: Human Rights Fund for Civil Society in Türkiye",
        funder="Embassy of the Kingdom of the Netherlands in Ankara",
        deadline="2027-01-06",
        deadline_text="Deadline: 6 January 2027",
        amount_text="EUR 25,000 – 75,000",
        amount=(25000, 75000, "EUR"),
        countries=("TR",),
        regions=(),
        eligible="associations and foundations registered in Türkiye",
        themes=("human rights", "women's rights", "refugees", "media freedom"),
        categories=(LFN, "Human Rights", "Women", "Refugees", "Turkey", "Europe"),
        summary=(
            "The Embassy of the Kingdom of the Netherlands in Ankara supports human rights projects by civil society "
            "organizations in Türkiye. Grants of EUR 25,000 – 75,000 fund work on women's rights, freedom of expression, "
            "the rights of refugees and migrants, and the protection of human rights defenders. Associations and "
            "foundations registered in Türkiye may apply."
        ),
        details=(
            "Projects may last up to two years. Proposals that involve refugee women, including those of Syrian-led "
            "associations in Gaziantep, Hatay and Istanbul, are welcome when the association is registered in Türkiye.",
            "The embassy does not fund one-off events, scholarships or infrastructure. Applicants need financial "
            "statements for the last two years and a clear plan for the safety of participants.",
            "Concept notes in English or Turkish are sent by email; shortlisted applicants will be asked for full "
            "proposals in February 2027.",
        ),
    ),
    Call(
        post_id=320789,
        published="2026-10-23 10:20",
        slug="engagement-global-co-financing-for-development-projects-of-german-ngos-bengo-2027",
        title="Engagement Global: Co-financing for Development Projects of German NGOs (bengo) 2027",
        funder="Engagement Global (for the German Federal Ministry for Economic Cooperation and Development)",
        deadline="2027-04-30",
        deadline_text="Deadline: 30 April 2027",
        amount_text="€50.000,00 to €500.000,00",
        amount=(50000, 500000, "EUR"),
        countries=(),
        regions=("global",),
        eligible="charitable organizations registered in Germany for three years",
        themes=("livelihoods", "education"),
        categories=(LFN, "Development", "Germany", "Jordan", "Iraq", "Middle East"),
        summary=(
            "Engagement Global, on behalf of Germany's Federal Ministry for Economic Cooperation and Development, "
            "co-finances development projects that German non-profit organizations carry out with partners abroad. "
            "Grants typically range from €50.000,00 to €500.000,00 and cover up to 75% of costs. Only organizations "
            "registered in Germany can apply; partners abroad cannot apply directly."
        ),
        details=(
            "Projects in the Middle East have included vocational training with Syrian refugees in Jordan and women's "
            "cooperatives in northern Iraq, always under the responsibility of a German applicant.",
            "The German applicant must be recognized as a charitable organization, have existed for at least three "
            "years and contribute at least 25% of the costs from its own funds or other private sources.",
            "Applications are submitted in German through the bengo online portal after an advisory session.",
        ),
        near_miss="organizations registered in Germany (an EU Member State) only",
    ),
    Call(
        post_id=320676,
        published="2026-10-22 15:40",
        slug="urgent-action-fund-for-womens-human-rights-rapid-response-grants",
        title="Urgent Action Fund for Women's Human Rights: Rapid Response Grants",
        funder="Urgent Action Fund for Women's Human Rights",
        deadline=None,
        deadline_text="Deadline: Rolling",
        amount_text="up to USD 8,000",
        amount=(None, 8000, "USD"),
        countries=("AF", "SY", "IQ"),
        regions=("global",),
        eligible="women and trans human rights defenders, their organizations and informal collectives",
        themes=("women's rights", "human rights"),
        categories=(LFN, "Women", "Human Rights", "Afghanistan", "Syria", "Iraq", "Global"),
        summary=(
            "The Urgent Action Fund for Women's Human Rights provides rapid response grants of up to USD 8,000 to women "
            "and trans human rights defenders and their organizations when they face sudden threats or unexpected "
            "openings. Requests from activists and groups in Afghanistan, Syria, Iraq and other crisis contexts are "
            "answered within 72 hours."
        ),
        details=(
            "Grants can pay for relocation and security after threats, legal support, digital protection, or timely "
            "advocacy such as a campaign around a court case or a new law.",
            "Registered organizations and informal collectives may apply, as can individual defenders who are part of a "
            "wider movement. The fund does not cover ongoing programme costs or annual budgets.",
            "Requests can be made online, by email or by phone in many languages, including Arabic, Dari, Farsi and "
            "Turkish.",
        ),
    ),
    Call(
        post_id=320562,
        published="2026-10-21 09:30",
        slug="eu-call-for-proposals-syrian-civil-society-for-transitional-justice-and-local-governance",
        title="EU Call for Proposals: Syrian Civil Society for Transitional Justice and Local Governance",
        funder="European Union",
        deadline="2027-02-17",
        deadline_text="Deadline: 17 February 2027",
        amount_text="EUR 500,000 – 1,200,000",
        amount=(500000, 1200000, "EUR"),
        countries=("SY",),
        regions=(),
        eligible="Syrian-led non-profits registered in Syria, a neighbouring country or the EU; coalitions welcome",
        themes=("peacebuilding", "human rights", "governance", "civil society"),
        categories=(LFN, "Human Rights", "Governance", "Syria", "Middle East", "Europe"),
        summary=(
            "The European Union is seeking proposals from Syrian civil society organizations to support truth-seeking, "
            "the rights of families of the missing, and inclusive local governance in Syria. Grants of "
            "EUR 500,000 – 1,200,000 are available for projects of up to three years, with applicants registered in "
            "Syria, a neighbouring country or the EU."
        ),
        details=(
            "Lot 1 supports documentation, victim-centred justice and psychosocial support for survivors. Lot 2 funds "
            "local councils and civil society working together on services and citizen participation, including in the "
            "north-east and north-west.",
            "Lead applicants must be non-profit organizations led by Syrians, with at least one co-applicant working "
            "inside Syria. Coalitions and networks may apply, and sub-grants of up to EUR 60,000 to smaller groups are "
            "allowed.",
            "The procedure starts with a concept note submitted through the EU Funding & Tenders Portal.",
        ),
    ),
    Call(
        post_id=320448,
        published="2026-10-20 12:25",
        slug="arab-fund-for-arts-and-culture-documentary-film-program-2027",
        title="Arab Fund for Arts and Culture: Documentary Film Program 2027",
        funder="Arab Fund for Arts and Culture (AFAC)",
        deadline="2027-02-03",
        deadline_text="Deadline: 3 February 2027",
        amount_text="up to USD 50,000",
        amount=(None, 50000, "USD"),
        countries=(),
        regions=("Arab region",),
        eligible="individual filmmakers holding the nationality of an Arab country",
        themes=("culture",),
        categories=(LFN, "Arts and Culture", "Media", "Middle East"),
        summary=(
            "The Arab Fund for Arts and Culture (AFAC) supports individual Arab filmmakers producing creative "
            "documentaries, with grants of up to USD 50,000 for development, production or post-production. The call is "
            "open to individual directors and producers from Arab countries; NGOs and media organizations cannot apply "
            "in their own name."
        ),
        details=(
            "Films may deal with any subject, including memory, displacement and social change in Syria, Lebanon, Iraq "
            "or elsewhere in the region. First and second films are especially welcome.",
            "Applicants must hold the nationality of an Arab country and submit a treatment, a budget and a sample of "
            "earlier work. Each person may submit only one project per cycle.",
            "Results are announced in June 2027.",
        ),
        near_miss="individuals only (Arab filmmakers)",
    ),
    Call(
        post_id=320030,
        published="2026-10-16 08:45",
        slug="eu-delegation-to-iraq-support-to-civil-society-in-ninewa-and-anbar",
        title="EU Delegation to Iraq: Support to Civil Society in Ninewa and Anbar",
        funder="Delegation of the European Union to Iraq",
        deadline="2026-10-31",
        deadline_text="Deadline: 31 October 2026",
        amount_text="EUR 250,000 – 600,000",
        amount=(250000, 600000, "EUR"),
        countries=("IQ",),
        regions=(),
        eligible="non-profits registered in Iraq or an EU Member State, with an Iraqi co-applicant",
        themes=("social cohesion", "refugees", "human rights", "youth"),
        categories=(LFN, "Peacebuilding", "Civil Society", "Iraq", "Middle East"),
        summary=(
            "The Delegation of the European Union to Iraq funds civil society projects that help communities in Ninewa "
            "and Anbar recover from conflict, with grants of EUR 250,000 – 600,000. Supported areas include social "
            "cohesion, reintegration of returnees, access to civil documentation and youth participation. Iraqi "
            "non-profits may apply alone or with international partners."
        ),
        details=(
            "The EU expects projects to work with local authorities and to reach groups that are often left out, "
            "including women-headed households, people with disabilities and families perceived as affiliated with "
            "armed groups.",
            "Lead applicants must be registered in Iraq or in an EU Member State; international organizations must "
            "include at least one Iraqi co-applicant that manages a significant part of the budget.",
            "Full applications are submitted through the EU Funding & Tenders Portal.",
        ),
    ),
    Call(
        post_id=319917,
        published="2026-10-15 10:05",
        slug="canada-fund-for-local-initiatives-in-lebanon-2027-2028",
        title="Canada Fund for Local Initiatives in Lebanon 2027-2028",
        funder="Embassy of Canada to Lebanon",
        deadline="2026-12-09",
        deadline_text="Deadline: 9 December 2026",
        amount_text="CAD 15,000 – 60,000",
        amount=(15000, 60000, "CAD"),
        countries=("LB",),
        regions=(),
        eligible="Lebanese NGOs, community groups, cooperatives and non-profit academic institutions",
        themes=("women's rights", "governance", "refugees", "environment"),
        categories=(LFN, "Women", "Governance", "Lebanon", "Middle East"),
        summary=(
            "The Embassy of Canada to Lebanon is accepting proposals for the Canada Fund for Local Initiatives from local "
            "organizations working in Lebanon. Projects of CAD 15,000 – 60,000 should advance gender equality, inclusive "
            "governance, human dignity or climate action, with a focus on women, refugees and communities hit by the "
            "economic crisis."
        ),
        details=(
            "Eligible applicants include Lebanese non-governmental organizations, community groups, cooperatives and "
            "academic institutions working on a non-profit basis. Women-led organizations and groups working with people "
            "with disabilities are a priority.",
            "Projects must be completed by 28 February 2028. The fund does not cover core salaries beyond the project, "
            "vehicles or large construction.",
            "Proposals are accepted in English or French, and the embassy may visit shortlisted applicants.",
        ),
    ),
    Call(
        post_id=319803,
        published="2026-10-14 09:50",
        slug="erasmus-capacity-building-in-higher-education-2027",
        title="Erasmus+ Capacity Building in Higher Education 2027",
        funder="European Commission (Erasmus+)",
        deadline="2027-02-10",
        deadline_text="Deadline: 10 February 2027",
        amount_text="EUR 200,000 – 400,000",
        amount=(200000, 400000, "EUR"),
        countries=("JO", "LB", "IQ"),
        regions=(),
        eligible="higher education institutions only; NGOs as associated partners without budget",
        themes=("education",),
        categories=(LFN, "Education", "Jordan", "Lebanon", "Iraq", "Europe"),
        summary=(
            "The European Commission's Erasmus+ programme funds projects that modernize universities in partner "
            "countries, including Jordan, Lebanon and Iraq. Grants of EUR 200,000 – 400,000 go to consortia of higher "
            "education institutions. Only universities and other accredited higher education institutions can lead or "
            "apply; NGOs may join only as associated partners."
        ),
        details=(
            "Projects can update curricula, train academic staff, create career centres or strengthen links between "
            "universities and the labour market. Each consortium needs institutions from at least two EU Member States "
            "or associated countries and from at least one eligible partner country.",
            "Civil society organizations can contribute expertise as associated partners but receive no budget of their "
            "own under this action.",
            "Proposals are submitted through the EU Funding & Tenders Portal.",
        ),
        near_miss="higher education institutions only",
    ),
    Call(
        post_id=319689,
        published="2026-10-13 11:35",
        slug="u-s-embassy-beirut-public-diplomacy-small-grants-program",
        title="U.S. Embassy Beirut: Public Diplomacy Small Grants Program",
        funder="U.S. Embassy in Beirut",
        deadline="2027-01-07",
        deadline_text="Deadline: 7 January 2027",
        amount_text="USD 10,000 – 75,000",
        amount=(10000, 75000, "USD"),
        countries=("LB",),
        regions=(),
        eligible="non-profits, media outlets and universities registered in Lebanon, with SAM.gov registration",
        themes=("media freedom", "democracy", "women's rights", "livelihoods"),
        categories=(LFN, "Media", "Youth", "Lebanon", "Middle East"),
        summary=(
            "The U.S. Embassy in Beirut offers grants of USD 10,000 – 75,000 to Lebanese non-profit organizations, media "
            "outlets and universities. Projects should promote media literacy and accurate information, civic "
            "participation of young people, or economic opportunities for women, and must include an American element "
            "such as U.S. experts or exchange alumni."
        ),
        details=(
            "The embassy particularly welcomes projects that help audiences recognize disinformation online, train "
            "journalists in fact-checking, or bring young people from different communities together around shared "
            "local problems.",
            "Applicants must be registered in Lebanon and obtain a Unique Entity ID through SAM.gov before an award is "
            "signed. Individuals may apply only to separate fellowship programs.",
            "Proposals must be in English and may not exceed ten pages.",
        ),
    ),
    Call(
        post_id=319271,
        published="2026-10-09 14:10",
        slug="heinrich-boll-stiftung-turkiye-call-for-proposals-on-refugee-womens-participation",
        title="Heinrich Böll Stiftung Türkiye: Call for Proposals on Refugee Women's Participation",
        funder="Heinrich Böll Stiftung, Türkiye office (Istanbul)",
        deadline="2027-01-19",
        deadline_text="Deadline: 19 January 2027",
        amount_text="EUR 10,000 – 30,000",
        amount=(10000, 30000, "EUR"),
        countries=("TR",),
        regions=(),
        eligible="associations registered in Türkiye, including those founded by Syrian women",
        themes=("women's rights", "refugees", "social cohesion"),
        categories=(LFN, "Women", "Refugees", "Turkey", "Europe"),
        summary=(
            "The Istanbul office of the Heinrich Böll Stiftung supports projects that increase the participation of "
            "refugee and migrant women in public life in Türkiye. Associations registered in Türkiye, including those "
            "founded by Syrian women, may apply for EUR 10,000 – 30,000 for activities on leadership, legal awareness "
            "and dialogue with local communities."
        ),
        details=(
            "Projects may take place in any province, with particular interest in Gaziantep, Şanlıurfa, Hatay and "
            "Istanbul. Joint projects between refugee-led and Turkish women's organizations are especially welcome.",
            "Applicants need a legal registration in Türkiye and a bank account in the organization's name. Projects "
            "should last between 9 and 15 months and begin in spring 2027.",
            "Proposals may be written in Turkish, English or Arabic.",
        ),
    ),
    Call(
        post_id=319158,
        published="2026-10-08 10:00",
        slug="heinrich-boll-stiftung-scholarships-for-international-students-in-germany-2027",
        title="Heinrich Böll Stiftung Scholarships for International Students in Germany 2027",
        funder="Heinrich Böll Stiftung",
        deadline="2027-03-01",
        deadline_text="Deadline: 1 March 2027",
        amount_text="EUR 992 to EUR 1,450",
        amount=(992, 1450, "EUR"),
        countries=(),
        regions=("global",),
        eligible="individual master's and doctoral students at German universities",
        themes=("education",),
        categories=(LFN, "Scholarships", "Education", "Germany"),
        summary=(
            "The Heinrich Böll Stiftung awards scholarships to international students at German universities who are "
            "committed to green values and social engagement. Master's and doctoral candidates receive a monthly stipend "
            "of EUR 992 to EUR 1,450 plus allowances. Only individual students can apply; organizations are not "
            "eligible."
        ),
        details=(
            "Applicants from conflict-affected countries such as Syria, Afghanistan and Iraq are welcome, and the "
            "foundation looks for a record of voluntary or political engagement beyond academic results.",
            "Candidates must already be admitted to or enrolled at a German university. The scholarship also offers "
            "seminars, mentoring and an alumni network.",
            "Applications are submitted online with two letters of recommendation.",
        ),
        near_miss="individuals only (students)",
    ),
    Call(
        post_id=319044,
        published="2026-10-07 09:15",
        slug="wphf-rapid-response-window-support-for-womens-participation-in-peace-processes",
        title="WPHF Rapid Response Window: Support for Women's Participation in Peace Processes",
        funder="Women's Peace and Humanitarian Fund (WPHF)",
        deadline="2026-12-14",
        deadline_text="Deadline: 14 December 2026",
        amount_text="up to USD 100,000",
        amount=(None, 100000, "USD"),
        countries=("SY", "IQ", "LB", "AF", "YE", "PS"),
        regions=(),
        eligible="local CSOs, priority to women-led groups; registration in a neighbouring country accepted",
        themes=("peacebuilding", "women's rights", "advocacy"),
        categories=(LFN, "Peacebuilding", "Women", "Syria", "Iraq", "Lebanon", "Afghanistan", "Middle East"),
        summary=(
            "The Women's Peace and Humanitarian Fund's Rapid Response Window funds local women's organizations that push "
            "for women's participation in peace talks and in carrying out peace agreements. Short-term grants of up to "
            "USD 100,000 are available for civil society in eligible countries, including Syria, Iraq, Lebanon, "
            "Afghanistan, Yemen and Palestine."
        ),
        details=(
            "Funding can support consultations with women across communities, technical advice to negotiators, "
            "monitoring of agreements and advocacy for women's inclusion in transitional bodies.",
            "Applicants must be local civil society organizations, with priority for women-led and women's rights "
            "organizations. Organizations may be registered in a neighbouring country if they cannot register where "
            "they work.",
            "Projects last between three and twelve months. Applications in Arabic, English or French are submitted "
            "through the WPHF website.",
        ),
    ),
    Call(
        post_id=318930,
        published="2026-10-06 08:40",
        slug="malala-fund-education-champion-network-call-for-proposals",
        title="Malala Fund: Education Champion Network Call for Proposals",
        funder="Malala Fund",
        deadline="2027-03-26",
        deadline_text="Deadline: 26-Mar-2027",
        amount_text="USD 50,000 – 150,000 per year",
        amount=(50000, 150000, "USD"),
        countries=("AF", "LB", "TR"),
        regions=(),
        eligible="locally led organizations; in Afghanistan also individual advocates backed by a partner",
        themes=("education", "women's rights", "advocacy"),
        categories=(LFN, "Education", "Children", "Women", "Afghanistan", "Lebanon", "Turkey"),
        summary=(
            "Malala Fund invites local education advocates and organizations in Afghanistan, Lebanon and Türkiye to join "
            "its Education Champion Network. Selected partners receive USD 50,000 – 150,000 per year to advocate for "
            "girls' secondary education, remove barriers such as cost and distance, and hold governments to their "
            "commitments."
        ),
        details=(
            "The fund supports advocacy rather than direct services: campaigns, policy research, coalition building and "
            "work with the media. Proposals on refugee girls in Lebanon and Türkiye, or on girls shut out of school in "
            "Afghanistan, are welcome.",
            "Applicants must be led by people from the country they work in. Registered organizations and, in "
            "Afghanistan, individual advocates backed by a partner organization may apply.",
            "Funding is provided for up to three years, with a renewal review each year.",
        ),
    ),
    Call(
        post_id=318517,
        published="2026-10-02 10:30",
        slug="netherlands-embassy-in-amman-small-grants-for-social-cohesion-in-jordan",
        title="Netherlands Embassy in Amman: Small Grants for Social Cohesion in Jordan",
        funder="Embassy of the Kingdom of the Netherlands in Amman",
        deadline="2026-10-20",
        deadline_text="Deadline: 20 October 2026",
        amount_text="EUR 15,000 – 45,000",
        amount=(15000, 45000, "EUR"),
        countries=("JO",),
        regions=(),
        eligible="Jordanian CBOs and NGOs registered with the Ministry of Social Development, or non-profit companies",
        themes=("social cohesion", "refugees", "youth"),
        categories=(LFN, "Refugees", "Youth", "Jordan", "Middle East"),
        summary=(
            "The Embassy of the Kingdom of the Netherlands in Amman offers small grants of EUR 15,000 – 45,000 for "
            "projects that strengthen relations between Jordanian host communities and refugees. Jordanian "
            "community-based organizations and NGOs registered with the Ministry of Social Development may apply for "
            "projects in Mafraq, Irbid, Zarqa and Amman."
        ),
        details=(
            "Supported activities include joint youth initiatives, community mediation, sports and cultural events, and "
            "local media content that counters stereotypes about refugees.",
            "Applicants must have been registered for at least one year and show financial reports. Organizations "
            "registered as non-profit companies are also eligible.",
            "Proposals of up to five pages may be submitted in Arabic or English.",
        ),
    ),
    Call(
        post_id=318402,
        published="2026-10-01 09:05",
        slug="arab-human-rights-fund-grants-for-human-rights-organizations-and-defenders",
        title="Arab Human Rights Fund: Grants for Human Rights Organizations and Defenders",
        funder="Arab Human Rights Fund",
        deadline="2027-04-05",
        deadline_text="Deadline: 5 April 2027",
        amount_text="USD 10,000 – 40,000",
        amount=(10000, 40000, "USD"),
        countries=(),
        regions=("Arab region",),
        eligible="registered and unregistered human rights groups and defenders in Arab countries",
        themes=("human rights", "women's rights", "refugees", "media freedom"),
        categories=(LFN, "Human Rights", "Syria", "Iraq", "Lebanon", "Middle East"),
        summary=(
            "The Arab Human Rights Fund supports human rights organizations, groups and defenders across the Arab region "
            "with grants of USD 10,000 – 40,000. The fund prioritizes economic and social rights, women's rights, the "
            "rights of refugees and minorities, and freedom of expression. Registered and unregistered groups in Arab "
            "countries may apply."
        ),
        details=(
            "Grants can cover project activities as well as core costs such as rent and salaries. Groups working in "
            "difficult environments, including Syria, Iraq and Lebanon, are encouraged to apply.",
            "The fund accepts applications from groups without formal registration and from Arab organizations "
            "registered outside their country of work. Individual defenders may apply for small grants for "
            "documentation or advocacy.",
            "Applications in Arabic are preferred and can be submitted online or by email.",
        ),
    ),
]


# --------------------------------------------------------------------------------------------------------------
# منح ومبادرات (fictional Arabic site on example.org): 30 posts, one page.
# Deadlines are written three ways on purpose: Levantine month names with Arabic-Indic digits, Egyptian month
# names with Latin digits, and numeric year/month/day. Some calls also appear on fundsforNGOs: see SAME_CALL.
# --------------------------------------------------------------------------------------------------------------
FURAS = "فرص تمويل"

ARABIC_CALLS: list[Call] = [
    Call(
        post_id=4240,
        published="2026-11-20 07:10",
        slug="arab-human-rights-fund-defenders-grants-2027",
        title="الصندوق العربي لحقوق الإنسان: منح لدعم المدافعين والمدافعات عن حقوق الإنسان",
        funder="الصندوق العربي لحقوق الإنسان",
        deadline="2027-01-31",
        deadline_text="آخر موعد للتقديم: ٣١ كانون الثاني ٢٠٢٧",
        amount_text="منح تصل إلى ٥٠٬٠٠٠ دولار أمريكي",
        amount=(None, 50000, "USD"),
        countries=("SY", "LB", "IQ", "JO", "PS", "YE"),
        regions=(),
        eligible="local CSOs and unregistered groups",
        themes=("human rights", "advocacy"),
        categories=(FURAS, "حقوق الإنسان", "سوريا", "لبنان", "العراق", "الأردن"),
        summary=(
            "يعلن الصندوق العربي لحقوق الإنسان عن دورة منح جديدة لمنظمات المجتمع المدني المحلية والمجموعات غير المسجلة "
            "العاملة في سوريا ولبنان والعراق والأردن وفلسطين واليمن. وتتاح في هذه الدورة منح تصل إلى ٥٠٬٠٠٠ دولار أمريكي "
            "لمشاريع التوثيق والمناصرة والدعم القانوني وحماية المدافعين والمدافعات. آخر موعد للتقديم: ٣١ كانون الثاني ٢٠٢٧."
        ),
        details=(
            "يولي الصندوق أولوية للمبادرات التي تعمل في بيئات مغلقة أو خطرة، وللمجموعات الشبابية والنسوية التي يصعب عليها "
            "الوصول إلى التمويل الدولي. ويمكن أن تغطي المنحة تكاليف التشغيل الأساسية مثل الإيجار والرواتب إلى جانب الأنشطة.",
            "يُقبل التقديم من المنظمات المسجلة خارج بلد عملها، ومن المجموعات غير المسجلة شرط وجود حساب مصرفي أو جهة "
            "مستضيفة موثوقة. تُقدَّم الطلبات باللغة العربية عبر الاستمارة الإلكترونية.",
        ),
    ),
    Call(
        post_id=4236,
        published="2026-11-19 10:25",
        slug="anna-lindh-intercultural-dialogue-grants-2027",
        title="مؤسسة آنا ليند: منح الحوار بين الثقافات لأعضاء الشبكات الوطنية",
        funder="مؤسسة آنا ليند",
        deadline="2027-03-15",
        deadline_text="الموعد النهائي: 15 مارس 2027",
        amount_text="بين 10,000 و 25,000 يورو",
        amount=(10000, 25000, "EUR"),
        countries=("LB", "JO", "PS", "TR"),
        regions=(),
        eligible="CSOs that are members of Anna Lindh national networks",
        themes=("social cohesion", "youth"),
        categories=(FURAS, "الحوار والتماسك الاجتماعي", "الشباب", "لبنان", "الأردن", "تركيا"),
        summary=(
            "تدعو مؤسسة آنا ليند منظمات المجتمع المدني الأعضاء في شبكاتها الوطنية في لبنان والأردن وفلسطين وتركيا إلى تقديم "
            "مقترحات لمبادرات تعزز الحوار بين المجتمعات وتحدّ من خطاب الكراهية. تتراوح المنح بين 10,000 و 25,000 يورو "
            "لمشاريع مدتها عام واحد. الموعد النهائي: 15 مارس 2027."
        ),
        details=(
            "تركز الدورة على الشباب واللاجئين والمجتمعات المضيفة، وعلى الشراكات بين منظمات من ضفتي المتوسط. ويُشترط أن "
            "تغطي المساهمة الذاتية عشرين بالمئة من الكلفة على الأقل، نقداً أو عيناً.",
            "لا يحق للأفراد أو المؤسسات الحكومية التقديم، ويجب أن تكون المنظمة عضواً فاعلاً في الشبكة الوطنية عند تاريخ "
            "التقديم.",
        ),
    ),
    Call(
        post_id=4231,
        published="2026-11-18 09:00",
        slug="undef-call-for-proposals-arab-region",
        title="صندوق الأمم المتحدة للديمقراطية يفتح باب تلقي مقترحات المشاريع",
        funder="صندوق الأمم المتحدة للديمقراطية",
        deadline="2026-12-15",
        deadline_text="آخر موعد للتقديم: ١٥ كانون الأول ٢٠٢٦",
        amount_text="بين ١٠٠٬٠٠٠ و٣٠٠٬٠٠٠ دولار أمريكي",
        amount=(100000, 300000, "USD"),
        countries=(),
        regions=("global", "MENA"),
        eligible="registered NGOs with annual income of USD 200,000 - 10 million",
        themes=("democracy", "civil society", "media freedom", "women's rights"),
        categories=(FURAS, "الديمقراطية", "المجتمع المدني", "منطقة الشرق الأوسط وشمال أفريقيا"),
        summary=(
            "يستقبل صندوق الأمم المتحدة للديمقراطية مقترحات مشاريع من منظمات المجتمع المدني المحلية لتعزيز المشاركة المدنية "
            "وسيادة القانون وحرية الإعلام والمساواة بين الجنسين. تتراوح المنح بين ١٠٠٬٠٠٠ و٣٠٠٬٠٠٠ دولار أمريكي لمشاريع "
            "مدتها سنتان، وتُعطى الأفضلية للمنظمات العاملة في منطقة الشرق الأوسط وشمال أفريقيا والدول الخارجة من النزاعات. "
            "آخر موعد للتقديم: ١٥ كانون الأول ٢٠٢٦."
        ),
        details=(
            "يشترط الصندوق أن تكون المنظمة مسجلة قانونياً، وأن يتراوح دخلها السنوي بين مئتي ألف وعشرة ملايين دولار في "
            "العامين الأخيرين، وأن تمتلك خبرة لا تقل عن عامين.",
            "تُكتب المقترحات بالإنجليزية أو الفرنسية عبر الموقع الإلكتروني للصندوق، ولا يُقبل أكثر من طلب واحد لكل منظمة.",
        ),
    ),
    Call(
        post_id=4228,
        published="2026-11-17 12:40",
        slug="netherlands-embassy-beirut-human-rights-fund-2027",
        title="سفارة هولندا في بيروت: صندوق حقوق الإنسان ٢٠٢٧",
        funder="سفارة هولندا في بيروت",
        deadline="2027-01-15",
        deadline_text="الموعد النهائي: 15 يناير 2027",
        amount_text="بين 20,000 و 60,000 يورو",
        amount=(20000, 60000, "EUR"),
        countries=("LB",),
        regions=(),
        eligible="local CSOs registered in Lebanon; women-led organizations encouraged",
        themes=("human rights", "media freedom", "women's rights", "gbv"),
        categories=(FURAS, "حقوق الإنسان", "المرأة", "لبنان"),
        summary=(
            "أطلقت سفارة مملكة هولندا في بيروت دعوة لتقديم مشاريع ضمن صندوق حقوق الإنسان لعام ٢٠٢٧، وهي موجهة إلى منظمات "
            "المجتمع المدني المحلية المسجلة في لبنان. تشمل الأولويات حرية التعبير وحقوق النساء والحماية من العنف والوصول "
            "إلى العدالة، وتتراوح قيمة المنحة بين 20,000 و 60,000 يورو. الموعد النهائي: 15 يناير 2027."
        ),
        details=(
            "تشجع السفارة المنظمات التي تقودها نساء والمبادرات الإعلامية الرقمية على التقديم، كما ترحب بالمشاريع المشتركة "
            "بين منظمات لبنانية وسورية مسجلة في لبنان.",
            "تُرسل مذكرة مفهوم لا تتجاوز أربع صفحات بالإنجليزية، وتُدعى المنظمات المختارة إلى تقديم مقترح كامل في شهر آذار.",
        ),
    ),
    Call(
        post_id=4224,
        published="2026-11-16 08:15",
        slug="afd-iraq-school-environment-ninewa-anbar",
        title="الوكالة الفرنسية للتنمية: تمويل مشاريع تحسين البيئة التعليمية في نينوى والأنبار",
        funder="الوكالة الفرنسية للتنمية",
        deadline="2027-03-20",
        deadline_text="آخر موعد: 2027/03/20",
        amount_text="من ٢٠٠٬٠٠٠ إلى ٥٠٠٬٠٠٠ يورو",
        amount=(200000, 500000, "EUR"),
        countries=("IQ",),
        regions=(),
        eligible="consortium of an international NGO and a registered Iraqi NGO; volunteer groups as implementing partners",
        themes=("education", "child protection"),
        categories=(FURAS, "التعليم", "الأطفال", "العراق"),
        summary=(
            "تطلق الوكالة الفرنسية للتنمية دعوة لتمويل مشاريع تحسين البيئة التعليمية في محافظتي نينوى والأنبار في العراق، "
            "تشمل إعادة تأهيل المدارس ودعم التعليم غير النظامي للأطفال المتسربين. يبلغ التمويل من ٢٠٠٬٠٠٠ إلى ٥٠٠٬٠٠٠ يورو، "
            "ويُشترط تقديم الطلب من تحالف يضم منظمة دولية ومنظمة عراقية مسجلة. آخر موعد: 2027/03/20."
        ),
        details=(
            "تُمنح الأفضلية للمشاريع التي تشرك مجالس الآباء والإدارات التربوية المحلية، وتراعي وصول التلاميذ ذوي الإعاقة، "
            "وتخصص جزءاً من الميزانية لتدريب المعلمين.",
            "يمكن للمجموعات التطوعية غير المسجلة المشاركة بصفة شريك منفذ ضمن التحالف، من دون أن تتلقى التمويل مباشرة. "
            "تُقدَّم الطلبات بالفرنسية أو الإنجليزية.",
        ),
    ),
    Call(
        post_id=4217,
        published="2026-11-14 11:30",
        slug="wphf-institutional-funding-syria-lebanon",
        title="صندوق المرأة للسلام والعمل الإنساني: تمويل مؤسسي للمنظمات النسائية في سوريا ولبنان",
        funder="صندوق المرأة للسلام والعمل الإنساني",
        deadline="2027-01-20",
        deadline_text="آخر موعد للتقديم: ٢٠ كانون الثاني ٢٠٢٧",
        amount_text="بين ٣٠٬٠٠٠ و٢٠٠٬٠٠٠ دولار أمريكي",
        amount=(30000, 200000, "USD"),
        countries=("SY", "LB"),
        regions=(),
        eligible="women-led and women's rights organizations; Syrian groups may be registered in TR, LB or Europe",
        themes=("women's rights", "peacebuilding", "humanitarian", "gbv"),
        categories=(FURAS, "المرأة", "بناء السلام", "سوريا", "لبنان"),
        summary=(
            "يعلن صندوق المرأة للسلام والعمل الإنساني عن دعوة لتقديم طلبات تمويل مؤسسي وبرامجي موجهة إلى المنظمات التي "
            "تقودها نساء ومنظمات حقوق المرأة العاملة في سوريا ولبنان. تتراوح المنح بين ٣٠٬٠٠٠ و٢٠٠٬٠٠٠ دولار أمريكي، "
            "وتغطي الرواتب وتكاليف السلامة وأنشطة بناء السلام والاستجابة الإنسانية. آخر موعد للتقديم: ٢٠ كانون الثاني ٢٠٢٧."
        ),
        details=(
            "يمكن للمنظمات السورية المسجلة في تركيا أو لبنان أو دول أوروبية التقديم شرط أن تعمل داخل سوريا. كما يمكن "
            "للمجموعات النسائية غير المسجلة التقديم عبر منظمة شريكة تتولى إدارة الأموال.",
            "يُشترط ألا تتجاوز الميزانية السنوية للمنظمة مليون دولار في نافذة التمويل المؤسسي. تُقبل الطلبات بالعربية أو "
            "الإنجليزية.",
        ),
    ),
    Call(
        post_id=4213,
        published="2026-11-13 09:45",
        slug="eu-jordan-civil-society-local-governance",
        title="الاتحاد الأوروبي: دعم مشاركة المجتمع المدني في الحوكمة المحلية في الأردن",
        funder="بعثة الاتحاد الأوروبي في الأردن",
        deadline="2027-02-10",
        deadline_text="الموعد النهائي: 10 فبراير 2027",
        amount_text="بين ٣٠٠٬٠٠٠ و٧٥٠٬٠٠٠ يورو",
        amount=(300000, 750000, "EUR"),
        countries=("JO",),
        regions=(),
        eligible="CSOs registered in Jordan or the EU, with at least one Jordanian partner",
        themes=("governance", "women's rights", "youth"),
        categories=(FURAS, "الحوكمة", "المجتمع المدني", "الأردن"),
        summary=(
            "تدعو بعثة الاتحاد الأوروبي في الأردن منظمات المجتمع المدني إلى تقديم مذكرات مفاهيمية لمشاريع تعزز الرقابة "
            "المجتمعية على المجالس المحلية وشفافية الموازنات والمشاركة السياسية للنساء والشباب. تتراوح المنحة بين "
            "٣٠٠٬٠٠٠ و٧٥٠٬٠٠٠ يورو لمدة ثلاث سنوات، ويجب أن يكون مقدم الطلب مسجلاً في الأردن أو في إحدى دول الاتحاد "
            "الأوروبي. الموعد النهائي: 10 فبراير 2027."
        ),
        details=(
            "يُشترط وجود شريك أردني واحد على الأقل، ويُسمح بتقديم منح فرعية للمجموعات المجتمعية الصغيرة بحد أقصى ستين ألف "
            "يورو لكل مجموعة. وترحب البعثة بمشاركة المؤسسات الإعلامية المحلية في أنشطة الرقابة.",
            "يجب التسجيل في بوابة التمويل والمناقصات الأوروبية والحصول على رقم تعريف المشارك قبل التقديم.",
        ),
    ),
    Call(
        post_id=4208,
        published="2026-11-12 10:05",
        slug="rosa-luxemburg-iraq-economic-social-rights",
        title="مؤسسة روزا لوكسمبورغ: شراكات لدعم الحقوق الاقتصادية والاجتماعية في العراق",
        funder="مؤسسة روزا لوكسمبورغ",
        deadline="2027-01-10",
        deadline_text="آخر موعد للتقديم: ١٠ كانون الثاني ٢٠٢٧",
        amount_text="بين 15,000 و 40,000 يورو",
        amount=(15000, 40000, "EUR"),
        countries=("IQ",),
        regions=(),
        eligible="independent unions, local CSOs and unregistered groups with a registered fiscal host",
        themes=("livelihoods", "human rights", "environment"),
        categories=(FURAS, "سبل العيش", "حقوق العمال", "العراق"),
        summary=(
            "يبحث مكتب مؤسسة روزا لوكسمبورغ الإقليمي عن شركاء في العراق من النقابات المستقلة ومنظمات المجتمع المدني المحلية "
            "والمجموعات غير المسجلة العاملة على حقوق العمال والحماية الاجتماعية والعدالة البيئية. تتراوح المنح بين 15,000 "
            "و 40,000 يورو سنوياً لمدة تصل إلى عامين. آخر موعد للتقديم: ١٠ كانون الثاني ٢٠٢٧."
        ),
        details=(
            "تهتم المؤسسة بالأبحاث الميدانية حول العمل غير النظامي، وبحملات المناصرة من أجل قوانين عمل عادلة، وبتنظيم "
            "العاملات في القطاعات الزراعية والخدمية.",
            "يمكن للمجموعات غير المسجلة التقديم إذا توفرت لها جهة مسجلة تتولى الإدارة المالية. تُقدَّم الطلبات بالعربية أو "
            "الكردية أو الإنجليزية.",
        ),
    ),
    Call(
        post_id=4205,
        published="2026-11-11 13:20",
        slug="boell-environmental-journalism-lebanon-syria-iraq",
        title="مؤسسة هاينريش بُل: دعم الصحافة البيئية في لبنان وسوريا والعراق",
        funder="مؤسسة هاينريش بُل – مكتب الشرق الأوسط",
        deadline="2027-03-08",
        deadline_text="الموعد النهائي: 8 مارس 2027",
        amount_text="بين 5,000 و 15,000 دولار أمريكي",
        amount=(5000, 15000, "USD"),
        countries=("LB", "SY", "IQ"),
        regions=(),
        eligible="independent media organizations and journalist collectives",
        themes=("media freedom", "environment"),
        categories=(FURAS, "الإعلام", "البيئة", "لبنان", "سوريا", "العراق"),
        summary=(
            "يدعو مكتب الشرق الأوسط لمؤسسة هاينريش بُل المؤسسات الإعلامية المستقلة ومجموعات الصحفيين في لبنان وسوريا "
            "والعراق إلى تقديم مقترحات لإنتاج تحقيقات ومحتوى معمّق عن أزمة المياه والتغير المناخي والعدالة البيئية. تتراوح "
            "المنح بين 5,000 و 15,000 دولار أمريكي لكل مشروع. الموعد النهائي: 8 مارس 2027."
        ),
        details=(
            "ترحب المؤسسة بالمشاريع التي تجمع بين الصحافة والبيانات المفتوحة، وبالتعاون العابر للحدود بين وسائل إعلام من "
            "أكثر من بلد.",
            "يُشترط أن يكون المتقدم مؤسسة أو مجموعة إعلامية مستقلة عن الجهات الحكومية والحزبية، وأن يُنشر المحتوى مجاناً "
            "للجمهور.",
        ),
    ),
    Call(
        post_id=4201,
        published="2026-11-10 08:50",
        slug="fes-amman-youth-civic-initiatives",
        title="مؤسسة فريدريش إيبرت في عمّان: منح صغيرة لمبادرات الشباب في الشأن العام",
        funder="مؤسسة فريدريش إيبرت – عمّان",
        deadline="2027-02-14",
        deadline_text="آخر موعد: ٢٠٢٧/٠٢/١٤",
        amount_text="٨٬٠٠٠ دينار أردني",
        amount=(None, 8000, "JOD"),
        countries=("JO",),
        regions=(),
        eligible="youth groups (registered or with a registered partner), members under 35",
        themes=("youth", "democracy", "governance"),
        categories=(FURAS, "الشباب", "المشاركة المدنية", "الأردن"),
        summary=(
            "تقدم مؤسسة فريدريش إيبرت في عمّان منحاً صغيرة لمبادرات شبابية في الأردن تعزز المشاركة في الشأن العام والحوار "
            "حول السياسات المحلية والحقوق الاقتصادية. تصل قيمة المنحة إلى ٨٬٠٠٠ دينار أردني، ويمكن للمجموعات الشبابية غير "
            "المسجلة التقديم بالشراكة مع جمعية مسجلة. آخر موعد: ٢٠٢٧/٠٢/١٤."
        ),
        details=(
            "تشمل الأنشطة المؤهلة جلسات الحوار مع البلديات ومجالس المحافظات، وحملات التوعية الرقمية، وإنتاج أوراق سياسات "
            "مبسطة يكتبها الشباب.",
            "يجب ألا يتجاوز عمر أعضاء المجموعة خمسة وثلاثين عاماً، وأن تُنفَّذ المبادرة خارج عمّان أو تشرك شباباً من "
            "المحافظات.",
        ),
    ),
    Call(
        post_id=4197,
        published="2026-11-09 10:10",
        slug="unfpa-safe-spaces-northwest-syria",
        title="صندوق الأمم المتحدة للسكان: دعم المساحات الآمنة للنساء والفتيات في شمال غرب سوريا",
        funder="صندوق الأمم المتحدة للسكان",
        deadline="2027-01-05",
        deadline_text="الموعد النهائي: 5 يناير 2027",
        amount_text="بين ٧٥٬٠٠٠ و٢٥٠٬٠٠٠ دولار أمريكي",
        amount=(75000, 250000, "USD"),
        countries=("SY",),
        regions=(),
        eligible="local CSOs with a UN Partner Portal profile; Syrian NGOs registered in Türkiye eligible",
        themes=("gbv", "women's rights", "health", "human rights"),
        categories=(FURAS, "المرأة", "الحماية", "سوريا", "تركيا"),
        summary=(
            "يبحث صندوق الأمم المتحدة للسكان عن شركاء من منظمات المجتمع المدني المحلية لإدارة مساحات آمنة للنساء والفتيات "
            "في إدلب وشمال حلب، وتقديم خدمات الوقاية من العنف القائم على النوع الاجتماعي والاستجابة له. تتراوح قيمة الشراكة "
            "بين ٧٥٬٠٠٠ و٢٥٠٬٠٠٠ دولار أمريكي، ويحق للمنظمات السورية المسجلة في تركيا التقديم. الموعد النهائي: 5 يناير 2027."
        ),
        details=(
            "تشمل الخدمات المطلوبة إدارة الحالات والدعم النفسي والاجتماعي وتوزيع مستلزمات الكرامة وجلسات التوعية، مع نظام "
            "إحالة إلى الخدمات الصحية والقانونية.",
            "تحظى المنظمات التي تقودها نساء بأولوية، ويُشترط وجود ملف موثق في بوابة شركاء الأمم المتحدة وخبرة عامين على "
            "الأقل في العمل عبر الحدود.",
        ),
    ),
    Call(
        post_id=4190,
        published="2026-11-06 09:35",
        slug="undp-yemen-rural-livelihoods-grants",
        title="برنامج الأمم المتحدة الإنمائي: منح لتعزيز سبل العيش في الريف اليمني",
        funder="برنامج الأمم المتحدة الإنمائي – اليمن",
        deadline="2027-03-31",
        deadline_text="آخر موعد للتقديم: ٣١ آذار ٢٠٢٧",
        amount_text="منح تصل إلى ١٢٠٬٠٠٠ دولار أمريكي",
        amount=(None, 120000, "USD"),
        countries=("YE",),
        regions=(),
        eligible="local CSOs and cooperatives registered in Yemen with a UN Partner Portal profile",
        themes=("livelihoods", "food security", "women's rights"),
        categories=(FURAS, "سبل العيش", "اليمن"),
        summary=(
            "يعلن برنامج الأمم المتحدة الإنمائي في اليمن عن منح لمنظمات المجتمع المدني المحلية والجمعيات التعاونية لدعم سبل "
            "العيش في المناطق الريفية، من خلال الزراعة المقاومة للجفاف والمشاريع الصغيرة للنساء والشباب. وتتاح منح تصل إلى "
            "١٢٠٬٠٠٠ دولار أمريكي لمشاريع مدتها ثمانية عشر شهراً. آخر موعد للتقديم: ٣١ آذار ٢٠٢٧."
        ),
        details=(
            "تُعطى الأولوية للمشاريع في محافظات تعز ولحج وحضرموت، ولتلك التي تشرك السلطات المحلية في التخطيط.",
            "يشترط البرنامج أن تكون المنظمة مسجلة في اليمن وأن تمتلك ملفاً في بوابة شركاء الأمم المتحدة.",
        ),
        near_miss="Yemen only",
    ),
    Call(
        post_id=4186,
        published="2026-11-05 12:00",
        slug="cfli-jordan-call-2027-2028",
        title="الصندوق الكندي للمبادرات المحلية في الأردن: دعوة لتقديم المقترحات ٢٠٢٧-٢٠٢٨",
        funder="السفارة الكندية في عمّان",
        deadline="2027-01-12",
        deadline_text="الموعد النهائي: 12 يناير 2027",
        amount_text="بين 25,000 و 100,000 دولار كندي",
        amount=(25000, 100000, "CAD"),
        countries=("JO",),
        regions=(),
        eligible="Jordanian associations, community groups, media organizations and universities",
        themes=("women's rights", "governance", "media freedom", "environment"),
        categories=(FURAS, "المرأة", "الحوكمة", "الإعلام", "الأردن"),
        summary=(
            "تستقبل السفارة الكندية في عمّان مقترحات مشاريع ضمن الصندوق الكندي للمبادرات المحلية للعام ٢٠٢٧-٢٠٢٨. يحق "
            "للجمعيات الأردنية والمجموعات المجتمعية والمؤسسات الإعلامية والجامعات التقديم بمشاريع تتراوح قيمتها بين 25,000 "
            "و 100,000 دولار كندي في مجالات المساواة بين الجنسين والحوكمة الشاملة وحرية التعبير والتكيف مع المناخ. الموعد "
            "النهائي: 12 يناير 2027."
        ),
        details=(
            "يجب أن ينتهي تنفيذ المشروع قبل نهاية شباط ٢٠٢٨، وتُشجَّع المشاريع التي تستهدف النساء واللاجئين والأشخاص ذوي "
            "الإعاقة.",
            "لا يحق للمنظمات الدولية أو الوزارات الحكومية التقدم بصفة مستفيد مباشر.",
        ),
    ),
    Call(
        post_id=4182,
        published="2026-11-04 08:20",
        slug="swiss-embassy-amman-small-grants-jordan-iraq-2027",
        title="سفارة سويسرا في عمّان: برنامج المنح الصغيرة ٢٠٢٧ في الأردن والعراق",
        funder="سفارة سويسرا في عمّان",
        deadline="2027-02-08",
        deadline_text="آخر موعد للتقديم: ٨ شباط ٢٠٢٧",
        amount_text="بين ٥٬٠٠٠ و٢٥٬٠٠٠ فرنك سويسري",
        amount=(5000, 25000, "CHF"),
        countries=("JO", "IQ"),
        regions=(),
        eligible="local CSOs in Jordan and Iraq; no for-profit organizations",
        themes=("civil society", "child protection", "women's rights", "peacebuilding", "governance"),
        categories=(FURAS, "حقوق الإنسان", "الأطفال", "الأردن", "العراق"),
        summary=(
            "تعلن سفارة سويسرا في عمّان، المعتمدة أيضاً لدى العراق، عن برنامج المنح الصغيرة لعام ٢٠٢٧ لمنظمات المجتمع "
            "المدني المحلية في الأردن والعراق. تتراوح المنح بين ٥٬٠٠٠ و٢٥٬٠٠٠ فرنك سويسري لمشاريع في حرية التعبير وحماية "
            "النساء والأطفال من العنف ومنع النزاعات وسيادة القانون. آخر موعد للتقديم: ٨ شباط ٢٠٢٧."
        ),
        details=(
            "تُمنح الأولوية للمنظمات التي يديرها مواطنون أردنيون أو عراقيون، وللمبادرات العاملة خارج العواصم. ولا يحق "
            "للشركات الربحية التقديم.",
            "يُقدَّم ملخص للمشروع في صفحتين مع موازنة مختصرة، وتُبلَّغ المنظمات المختارة بالنتائج قبل نهاية آذار.",
        ),
    ),
    Call(
        post_id=4179,
        published="2026-11-03 13:15",
        slug="japan-embassy-iraq-ggp-2027",
        title="سفارة اليابان في العراق: برنامج المنح للمشاريع الشعبية للأمن الإنساني",
        funder="سفارة اليابان في العراق",
        deadline="2027-02-28",
        deadline_text="آخر موعد: ٢٠٢٧/٠٢/٢٨",
        amount_text="١٠ ملايين ين ياباني",
        amount=(None, 10000000, "JPY"),
        countries=("IQ",),
        regions=(),
        eligible="NGOs registered in Iraq for two years, schools, local authorities",
        themes=("education", "health", "water"),
        categories=(FURAS, "التعليم", "الصحة", "العراق"),
        summary=(
            "تدعو سفارة اليابان في العراق المنظمات غير الحكومية المسجلة والمدارس والسلطات المحلية إلى التقدم بطلبات ضمن "
            "برنامج المنح المقدمة للمشاريع الشعبية للأمن الإنساني. يموّل البرنامج المعدات وأعمال البناء في التعليم والصحة "
            "والمياه، بقيمة قد تصل إلى ١٠ ملايين ين ياباني، أي نحو ٦٥ ألف دولار، للمشروع الواحد. آخر موعد: ٢٠٢٧/٠٢/٢٨."
        ),
        details=(
            "من أمثلة المشاريع المؤهلة ترميم الصفوف المدرسية وإصلاح الأسطح ودورات المياه وتجهيز المراكز الصحية، مع أولوية "
            "لمحافظات نينوى وصلاح الدين والأنبار.",
            "لا تغطي المنحة الرواتب أو التدريب، ويُشترط أن تكون المنظمة مسجلة في العراق منذ عامين على الأقل، وأن تقدم "
            "ثلاثة عروض أسعار لكل بند.",
        ),
    ),
    Call(
        post_id=4175,
        published="2026-11-02 09:30",
        slug="unicef-iraq-non-formal-education-ninewa",
        title="اليونيسف في العراق: شراكات لبرامج التعليم غير النظامي في نينوى",
        funder="منظمة الأمم المتحدة للطفولة (اليونيسف) – العراق",
        deadline="2026-11-18",
        deadline_text="آخر موعد: ٢٠٢٦/١١/١٨",
        amount_text="بين ١٠٠٬٠٠٠ و٣٥٠٬٠٠٠ دولار أمريكي",
        amount=(100000, 350000, "USD"),
        countries=("IQ",),
        regions=(),
        eligible="national NGOs registered in Iraq with a UN Partner Portal profile",
        themes=("education", "child protection"),
        categories=(FURAS, "التعليم", "الأطفال", "العراق"),
        summary=(
            "تدعو منظمة اليونيسف في العراق المنظمات غير الحكومية الوطنية المسجلة في بوابة شركاء الأمم المتحدة إلى إبداء "
            "الاهتمام بتنفيذ برامج تعليم غير نظامي ودروس تقوية للأطفال المتسربين والعائدين في الموصل وسنجار وتلعفر. تتراوح "
            "قيمة الشراكة بين ١٠٠٬٠٠٠ و٣٥٠٬٠٠٠ دولار أمريكي لمدة عام. آخر موعد: ٢٠٢٦/١١/١٨."
        ),
        details=(
            "يتضمن البرنامج تدريب المعلمين المتطوعين، وتوفير المستلزمات الدراسية، وإحالة الأطفال المعرضين للخطر إلى خدمات "
            "الحماية.",
            "لا تُقبل الطلبات إلا عبر بوابة شركاء الأمم المتحدة، ويُشترط إثبات التسجيل القانوني في العراق.",
        ),
    ),
    Call(
        post_id=4169,
        published="2026-10-30 10:40",
        slug="open-society-digital-rights-core-support",
        title="مؤسسات المجتمع المفتوح: دعم مؤسسي لمنظمات الدفاع عن الحريات الرقمية",
        funder="مؤسسات المجتمع المفتوح",
        deadline="2027-04-15",
        deadline_text="الموعد النهائي: 15 أبريل 2027",
        amount_text="بين ٥٠٬٠٠٠ و١٥٠٬٠٠٠ دولار أمريكي",
        amount=(50000, 150000, "USD"),
        countries=(),
        regions=("MENA",),
        eligible="CSOs and media organizations with two years of audited accounts; may be registered abroad",
        themes=("media freedom", "human rights"),
        categories=(FURAS, "الإعلام", "الحقوق الرقمية", "منطقة الشرق الأوسط وشمال أفريقيا"),
        summary=(
            "تقدم مؤسسات المجتمع المفتوح دعماً مؤسسياً لمدة عامين لمنظمات المجتمع المدني والمؤسسات الإعلامية في منطقة الشرق "
            "الأوسط وشمال أفريقيا التي تراقب القيود على الحريات الرقمية وتدافع عن الخصوصية وحرية التعبير على الإنترنت. "
            "تتراوح المنح بين ٥٠٬٠٠٠ و١٥٠٬٠٠٠ دولار أمريكي سنوياً. الموعد النهائي: 15 أبريل 2027."
        ),
        details=(
            "تهتم المؤسسة بتوثيق حجب المواقع وقوانين الجرائم الإلكترونية، وتقديم الدعم القانوني للصحفيين والناشطين الملاحقين "
            "بسبب منشوراتهم، وتدريب المنظمات على الأمان الرقمي.",
            "يُشترط أن تمتلك المنظمة سجلاً مالياً مدققاً لعامين على الأقل، ويمكن أن تكون مسجلة خارج بلد عملها.",
        ),
    ),
    Call(
        post_id=4163,
        published="2026-10-28 08:55",
        slug="urgent-action-fund-rapid-response-grants",
        title="صندوق العمل العاجل: منح الاستجابة السريعة للمدافعات عن حقوق الإنسان",
        funder="صندوق العمل العاجل لحقوق الإنسان للمرأة",
        deadline=None,
        deadline_text="باب التقديم مفتوح على مدار العام",
        amount_text="حتى ٨٬٠٠٠ دولار أمريكي",
        amount=(None, 8000, "USD"),
        countries=("SY", "IQ", "AF", "YE", "PS"),
        regions=("global",),
        eligible="women human rights defenders, women-led organizations and unregistered groups",
        themes=("women's rights", "human rights"),
        categories=(FURAS, "المرأة", "حقوق الإنسان", "سوريا", "العراق", "أفغانستان"),
        summary=(
            "يقدم صندوق العمل العاجل لحقوق الإنسان للمرأة منح استجابة سريعة حتى ٨٬٠٠٠ دولار أمريكي للمدافعات عن حقوق "
            "الإنسان والمنظمات التي تقودها نساء والمجموعات غير المسجلة حين تواجه تهديداً مفاجئاً أو فرصة مناصرة عاجلة. "
            "باب التقديم مفتوح على مدار العام، ويرد الصندوق على الطلبات خلال ثلاثة أيام. ومن الدول المؤهلة سوريا والعراق "
            "وأفغانستان واليمن وفلسطين."
        ),
        details=(
            "يمكن أن تغطي المنحة نفقات الانتقال المؤقت إلى مكان آمن، أو الدفاع القانوني، أو حماية الأجهزة والحسابات "
            "الرقمية، أو حملة مناصرة مرتبطة بتشريع جديد.",
            "تُقدَّم الطلبات عبر الموقع أو البريد الإلكتروني أو الهاتف، ولا تموّل المنح البرامج الجارية أو الميزانيات السنوية.",
        ),
    ),
    Call(
        post_id=4160,
        published="2026-10-27 11:10",
        slug="isdb-ngo-small-grants-community-resilience",
        title="البنك الإسلامي للتنمية: منح صغيرة للمنظمات غير الحكومية لتعزيز صمود المجتمعات",
        funder="البنك الإسلامي للتنمية",
        deadline="2027-05-31",
        deadline_text="آخر موعد للتقديم: ٣١ أيار ٢٠٢٧",
        amount_text="بين 50,000 و 150,000 دولار أمريكي",
        amount=(50000, 150000, "USD"),
        countries=("AF", "IQ", "JO", "LB", "TR"),
        regions=(),
        eligible="NGOs registered in IsDB member countries, three years' experience, 10% co-financing",
        themes=("livelihoods",),
        categories=(FURAS, "سبل العيش", "أفغانستان", "العراق", "الأردن", "لبنان", "تركيا"),
        summary=(
            "يدعو البنك الإسلامي للتنمية المنظمات غير الحكومية المسجلة في الدول الأعضاء إلى تقديم مشاريع مجتمعية توفر فرص "
            "عمل وتحسن الخدمات الأساسية وتحمي الأسر الأكثر هشاشة. تتراوح المنح بين 50,000 و 150,000 دولار أمريكي، ومن الدول "
            "المؤهلة أفغانستان والعراق والأردن ولبنان وتركيا. آخر موعد للتقديم: ٣١ أيار ٢٠٢٧."
        ),
        details=(
            "تشمل القطاعات ذات الأولوية سبل عيش النساء والشباب والتدريب المهني ومشاريع المياه والطاقة المتجددة الصغيرة ودعم "
            "الأسر النازحة.",
            "يُشترط أن تكون للمنظمة خبرة لا تقل عن ثلاث سنوات وحسابات مدققة لعامين، وأن تساهم بعشرة بالمئة على الأقل من "
            "كلفة المشروع.",
        ),
    ),
    Call(
        post_id=4156,
        published="2026-10-26 09:25",
        slug="drosos-youth-life-skills-jordan-lebanon",
        title="مؤسسة دروسوس: برامج المهارات الحياتية والتوظيف للشباب في الأردن ولبنان",
        funder="مؤسسة دروسوس",
        deadline="2027-04-30",
        deadline_text="الموعد النهائي: 30 أبريل 2027",
        amount_text="منح تصل إلى ٤٠٠٬٠٠٠ فرنك سويسري",
        amount=(None, 400000, "CHF"),
        countries=("JO", "LB"),
        regions=(),
        eligible="local CSOs with stable teams and youth experience",
        themes=("youth", "livelihoods"),
        categories=(FURAS, "الشباب", "سبل العيش", "الأردن", "لبنان"),
        summary=(
            "تبحث مؤسسة دروسوس السويسرية عن منظمات مجتمع مدني محلية في الأردن ولبنان لتنفيذ برامج متعددة السنوات تنمّي "
            "المهارات الحياتية للشباب وتفتح لهم طريقاً إلى العمل أو ريادة الأعمال. وتتاح منح تصل إلى ٤٠٠٬٠٠٠ فرنك سويسري "
            "موزعة على ثلاث سنوات. الموعد النهائي: 30 أبريل 2027."
        ),
        details=(
            "تفضّل المؤسسة الشراكات الطويلة مع منظمات لديها فريق ثابت وخبرة مثبتة في العمل مع الشباب في المناطق المهمشة، "
            "ومنها المخيمات والمناطق الريفية.",
            "تبدأ العملية بمذكرة تعريفية قصيرة، وتُدعى المنظمات المختارة إلى تطوير المقترح الكامل بالتعاون مع فريق المؤسسة.",
        ),
    ),
    Call(
        post_id=4149,
        published="2026-10-23 12:30",
        slug="ford-foundation-women-economic-justice-egypt-jordan",
        title="مؤسسة فورد: منح لتعزيز العدالة الاقتصادية للنساء في مصر والأردن",
        funder="مؤسسة فورد – مكتب القاهرة",
        deadline="2027-02-21",
        deadline_text="الموعد النهائي: 21 فبراير 2027",
        amount_text="بين 100,000 و 250,000 دولار أمريكي",
        amount=(100000, 250000, "USD"),
        countries=("EG", "JO"),
        regions=(),
        eligible="registered local CSOs and women-led organizations with audited accounts",
        themes=("women's rights", "livelihoods"),
        categories=(FURAS, "المرأة", "سبل العيش", "مصر", "الأردن"),
        summary=(
            "يدعو مكتب مؤسسة فورد في القاهرة منظمات المجتمع المدني المحلية والمنظمات التي تقودها نساء في مصر والأردن إلى "
            "تقديم مقترحات تعالج عدم المساواة الاقتصادية، مثل حقوق العاملات في القطاع غير المنظم والحماية الاجتماعية وأعباء "
            "الرعاية غير مدفوعة الأجر. تتراوح المنح بين 100,000 و 250,000 دولار أمريكي لمدة عامين. الموعد النهائي: 21 فبراير "
            "2027."
        ),
        details=(
            "ترحب المؤسسة بالمقترحات التي تجمع بين البحث والمناصرة وتنظيم النساء العاملات، وبالشراكات بين منظمات حقوقية "
            "ونقابات مستقلة.",
            "يُشترط أن تكون المنظمة مسجلة قانونياً ولديها بيانات مالية مدققة، ولا تقدم المؤسسة منحاً للأفراد.",
        ),
    ),
    Call(
        post_id=4144,
        published="2026-10-22 10:00",
        slug="iom-iraq-community-grants-sinjar-ninewa-plains",
        title="المنظمة الدولية للهجرة في العراق: منح مجتمعية لدعم العودة في سنجار وسهل نينوى",
        funder="المنظمة الدولية للهجرة – العراق",
        deadline="2026-12-20",
        deadline_text="آخر موعد للتقديم: ٢٠ كانون الأول ٢٠٢٦",
        amount_text="بين ٢٠٬٠٠٠ و٦٠٬٠٠٠ دولار أمريكي",
        amount=(20000, 60000, "USD"),
        countries=("IQ",),
        regions=(),
        eligible="local organizations and community initiatives; unregistered groups with a local council or NGO guarantor",
        themes=("social cohesion", "refugees", "education"),
        categories=(FURAS, "بناء السلام", "العراق"),
        summary=(
            "تقدم المنظمة الدولية للهجرة في العراق منحاً مجتمعية للمنظمات المحلية والمبادرات الأهلية في سنجار وسهل نينوى "
            "لإعادة تأهيل المرافق العامة الصغيرة ودعم الأنشطة التي تعيد الثقة بين المكونات. تتراوح المنحة بين ٢٠٬٠٠٠ "
            "و٦٠٬٠٠٠ دولار أمريكي، ويمكن للمجموعات غير المسجلة التقديم بضمان مجلس محلي أو منظمة مسجلة. آخر موعد للتقديم: "
            "٢٠ كانون الأول ٢٠٢٦."
        ),
        details=(
            "تشمل الأنشطة المؤهلة ترميم المدارس والملاعب والمراكز الشبابية، ومبادرات الحوار والمصالحة، والمشاريع الصغيرة "
            "المشتركة بين العائدين والمجتمع المضيف.",
            "تتولى المنظمة شراء المواد مباشرة في بعض المشاريع بدلاً من تحويل الأموال، وتُقبل الطلبات بالعربية أو الكردية.",
        ),
    ),
    Call(
        post_id=4141,
        published="2026-10-21 13:05",
        slug="eu-turkiye-human-rights-democracy-grants",
        title="الاتحاد الأوروبي في تركيا: منح حقوق الإنسان والديمقراطية لمنظمات المجتمع المدني",
        funder="بعثة الاتحاد الأوروبي في تركيا",
        deadline="2027-03-10",
        deadline_text="الموعد النهائي: 10 مارس 2027",
        amount_text="بين 100,000 و 300,000 يورو",
        amount=(100000, 300000, "EUR"),
        countries=("TR",),
        regions=(),
        eligible="CSOs registered in Türkiye, including Syrian-founded associations",
        themes=("human rights", "refugees", "gbv", "media freedom"),
        categories=(FURAS, "حقوق الإنسان", "اللاجئون", "تركيا"),
        summary=(
            "تعلن بعثة الاتحاد الأوروبي في تركيا عن دعوة ضمن البرنامج المواضيعي لحقوق الإنسان والديمقراطية، لدعم منظمات "
            "المجتمع المدني المسجلة في تركيا العاملة على حقوق اللاجئين ومكافحة العنف ضد النساء وحرية التعبير. تتراوح المنح "
            "بين 100,000 و 300,000 يورو، ويحق للجمعيات التي أسسها سوريون التقديم إذا كانت مسجلة قانونياً في تركيا. الموعد "
            "النهائي: 10 مارس 2027."
        ),
        details=(
            "يمكن أن يتضمن المشروع منحاً فرعية لمجموعات صغيرة، ويُشترط أن تكون مدته بين ثمانية عشر وثلاثين شهراً.",
            "يتم التقديم عبر بوابة التمويل والمناقصات الأوروبية بعد الحصول على رقم تعريف المشارك.",
        ),
    ),
    Call(
        post_id=4137,
        published="2026-10-20 09:15",
        slug="al-mawred-artistic-production-grants",
        title="مؤسسة المورد الثقافي: منح الإنتاج الفني للفنانين والفرق الشابة",
        funder="مؤسسة المورد الثقافي",
        deadline="2026-11-05",
        deadline_text="الموعد النهائي: 5 نوفمبر 2026",
        amount_text="حتى ١٠٬٠٠٠ دولار أمريكي",
        amount=(None, 10000, "USD"),
        countries=("SY", "LB", "IQ", "YE"),
        regions=("Arab region",),
        eligible="individual artists and unregistered artistic groups",
        themes=("culture",),
        categories=(FURAS, "الثقافة والفنون", "سوريا", "لبنان", "العراق"),
        summary=(
            "تقدم مؤسسة المورد الثقافي منحاً للفنانين والفرق الفنية الشابة في المنطقة العربية لإنتاج أعمال في المسرح "
            "والموسيقى والفنون البصرية والأدب، بقيمة حتى ١٠٬٠٠٠ دولار أمريكي لكل مشروع. يحق للأفراد والمجموعات الفنية غير "
            "المسجلة التقديم، مع أولوية للمقيمين في سوريا ولبنان والعراق واليمن. الموعد النهائي: 5 نوفمبر 2026."
        ),
        details=(
            "تدعم المنحة مراحل الإنتاج والعرض الأول، ويمكن أن تشمل أجور الفنانين وكلفة المواد والتنقل.",
            "لا تموّل المؤسسة المهرجانات الكبرى أو المؤسسات الحكومية، ويُقبل طلب واحد فقط لكل فنان في الدورة.",
        ),
    ),
    Call(
        post_id=4130,
        published="2026-10-16 11:50",
        slug="shoman-scientific-research-grants-jordan",
        title="مؤسسة عبد الحميد شومان: منح البحث العلمي للباحثين في الأردن",
        funder="مؤسسة عبد الحميد شومان",
        deadline="2027-01-31",
        deadline_text="الموعد النهائي: 31 يناير 2027",
        amount_text="حتى ٣٠٬٠٠٠ دينار أردني",
        amount=(None, 30000, "JOD"),
        countries=("JO",),
        regions=(),
        eligible="individual researchers at universities and research centres in Jordan",
        themes=("education", "water"),
        categories=(FURAS, "البحث العلمي", "الأردن"),
        summary=(
            "تعلن مؤسسة عبد الحميد شومان عن دورة جديدة لدعم البحث العلمي، موجهة إلى الباحثين الأفراد العاملين في الجامعات "
            "ومراكز البحث في الأردن، في مجالات المياه والطاقة والعلوم الاجتماعية والتعليم. يبلغ الدعم حتى ٣٠٬٠٠٠ دينار أردني "
            "للمشروع البحثي الواحد، ولا يحق لمنظمات المجتمع المدني التقدم بصفتها الاعتبارية. الموعد النهائي: 31 يناير 2027."
        ),
        details=(
            "يمكن أن يضم الفريق البحثي باحثين من خارج الأردن شرط أن يكون الباحث الرئيسي مقيماً فيه، وتُمنح الأولوية للبحوث "
            "التي تقدم حلولاً تطبيقية.",
            "تُقدَّم الطلبات إلكترونياً، وتخضع لتحكيم علمي مستقل.",
        ),
        near_miss="individual researchers only",
    ),
    Call(
        post_id=4126,
        published="2026-10-15 08:35",
        slug="ifpim-independent-newsrooms-levant-iraq-yemen",
        title="الصندوق الدولي لوسائل الإعلام ذات المصلحة العامة: تمويل غرف الأخبار المستقلة",
        funder="الصندوق الدولي لوسائل الإعلام ذات المصلحة العامة",
        deadline="2027-02-05",
        deadline_text="آخر موعد للتقديم: ٥ شباط/فبراير ٢٠٢٧",
        amount_text="منح تصل إلى ٣٠٠٬٠٠٠ دولار أمريكي",
        amount=(None, 300000, "USD"),
        countries=("LB", "JO", "IQ", "SY", "YE", "PS"),
        regions=(),
        eligible="editorially independent media organizations with budgets of USD 100,000 - 2 million",
        themes=("media freedom", "governance"),
        categories=(FURAS, "الإعلام", "لبنان", "الأردن", "العراق", "سوريا"),
        summary=(
            "يفتح الصندوق الدولي لوسائل الإعلام ذات المصلحة العامة باب التقديم أمام المؤسسات الإعلامية المستقلة في لبنان "
            "والأردن والعراق وسوريا واليمن وفلسطين، لدعم استدامتها المالية وجودة محتواها. وتتاح منح تصل إلى ٣٠٠٬٠٠٠ دولار "
            "أمريكي على مدى عامين. آخر موعد للتقديم: ٥ شباط/فبراير ٢٠٢٧."
        ),
        details=(
            "يمكن أن يغطي التمويل رواتب الصحفيين والتكاليف التشغيلية وتطوير نماذج إيرادات جديدة، إلى جانب إنتاج التحقيقات ذات "
            "المصلحة العامة.",
            "يُشترط أن تكون المؤسسة مستقلة تحريرياً ولها جمهور قائم، وأن تتراوح ميزانيتها السنوية بين مئة ألف ومليوني دولار، "
            "ويمكن أن تكون مسجلة شركةً غير ربحية.",
        ),
    ),
    Call(
        post_id=4123,
        published="2026-10-14 10:20",
        slug="eed-flexible-support-activists-unregistered-groups",
        title="المؤسسة الأوروبية للديمقراطية: دعم مرن للناشطين والمجموعات غير المسجلة",
        funder="المؤسسة الأوروبية للديمقراطية",
        deadline=None,
        deadline_text="التقديم مفتوح حتى نفاد التمويل",
        amount_text="بين ١٠٬٠٠٠ و١٠٠٬٠٠٠ يورو",
        amount=(10000, 100000, "EUR"),
        countries=("SY", "LB", "JO", "PS"),
        regions=(),
        eligible="civic activists, unregistered groups and independent media",
        themes=("civil society", "media freedom", "democracy", "human rights"),
        categories=(FURAS, "الديمقراطية", "الإعلام", "سوريا", "لبنان", "الأردن"),
        summary=(
            "تقدم المؤسسة الأوروبية للديمقراطية دعماً مرناً للناشطين المدنيين والمجموعات غير المسجلة والمؤسسات الإعلامية "
            "المستقلة في سوريا ولبنان والأردن وفلسطين، ولا سيما من يصعب عليهم الحصول على تمويل من جهات أخرى. تتراوح المنح "
            "عادة بين ١٠٬٠٠٠ و١٠٠٬٠٠٠ يورو. التقديم مفتوح حتى نفاد التمويل، وتُدرس الطلبات على مدار العام."
        ),
        details=(
            "يمكن أن يغطي الدعم التكاليف الأساسية للمجموعات الناشئة، ومعدات الإعلام المستقل، والحملات المدنية، والحماية "
            "العاجلة للناشطين المعرضين للخطر.",
            "لا يُشترط التسجيل القانوني، وتتعامل المؤسسة بسرية مع بيانات المتقدمين، ويمكن تقديم مذكرة أولية قصيرة بالعربية.",
        ),
    ),
    Call(
        post_id=4115,
        published="2026-10-09 09:40",
        slug="wphf-rapid-response-window-peace-processes",
        title="صندوق المرأة للسلام والعمل الإنساني: نافذة الاستجابة السريعة لمشاركة النساء في عمليات السلام",
        funder="صندوق المرأة للسلام والعمل الإنساني",
        deadline="2026-12-14",
        deadline_text="الموعد النهائي: 14 ديسمبر 2026",
        amount_text="منح تصل إلى ١٠٠٬٠٠٠ دولار أمريكي",
        amount=(None, 100000, "USD"),
        countries=("SY", "IQ", "LB", "AF", "YE", "PS"),
        regions=(),
        eligible="local CSOs, priority to women-led groups; registration in a neighbouring country accepted",
        themes=("peacebuilding", "women's rights", "advocacy"),
        categories=(FURAS, "بناء السلام", "المرأة", "سوريا", "العراق", "لبنان", "أفغانستان"),
        summary=(
            "تدعم نافذة الاستجابة السريعة في صندوق المرأة للسلام والعمل الإنساني منظمات المجتمع المدني المحلية التي تعمل على "
            "إشراك النساء في مفاوضات السلام وتنفيذ الاتفاقات، في دول منها سوريا والعراق ولبنان وأفغانستان واليمن وفلسطين. "
            "وتتاح منح تصل إلى ١٠٠٬٠٠٠ دولار أمريكي لمشاريع قصيرة المدى. الموعد النهائي: 14 ديسمبر 2026."
        ),
        details=(
            "تُعطى الأولوية للمنظمات التي تقودها نساء، ويمكن للمنظمات المسجلة في بلد مجاور التقديم إذا تعذّر تسجيلها في بلد "
            "عملها.",
            "تشمل الأنشطة المؤهلة المشاورات المجتمعية مع النساء، وتقديم الخبرة الفنية لفرق التفاوض، ورصد تنفيذ الاتفاقات.",
        ),
    ),
    Call(
        post_id=4108,
        published="2026-10-05 11:00",
        slug="eu-syria-transitional-justice-local-governance",
        title="الاتحاد الأوروبي: دعوة لمنظمات المجتمع المدني السورية في العدالة الانتقالية والحوكمة المحلية",
        funder="الاتحاد الأوروبي",
        deadline="2027-02-17",
        deadline_text="آخر موعد للتقديم: ١٧ شباط ٢٠٢٧",
        amount_text="بين ٥٠٠٬٠٠٠ و١٬٢٠٠٬٠٠٠ يورو",
        amount=(500000, 1200000, "EUR"),
        countries=("SY",),
        regions=(),
        eligible="Syrian-led non-profits registered in Syria, a neighbouring country or the EU; coalitions welcome",
        themes=("peacebuilding", "human rights", "governance", "civil society"),
        categories=(FURAS, "حقوق الإنسان", "الحوكمة", "سوريا"),
        summary=(
            "يطلق الاتحاد الأوروبي دعوة لمنظمات المجتمع المدني التي يقودها سوريون لدعم كشف الحقيقة وحقوق عائلات المفقودين "
            "والحوكمة المحلية الشاملة في سوريا، بما فيها مناطق الشمال الشرقي والشمال الغربي. تتراوح المنح بين ٥٠٠٬٠٠٠ "
            "و١٬٢٠٠٬٠٠٠ يورو لمشاريع تصل مدتها إلى ثلاث سنوات، ويحق للتحالفات والشبكات التقديم. آخر موعد للتقديم: "
            "١٧ شباط ٢٠٢٧."
        ),
        details=(
            "يمكن أن يكون مقدم الطلب مسجلاً في سوريا أو في دولة مجاورة أو في الاتحاد الأوروبي، شرط وجود شريك واحد على الأقل "
            "يعمل داخل سوريا. ويُسمح بمنح فرعية للمجموعات الصغيرة حتى ستين ألف يورو.",
            "تبدأ الإجراءات بمذكرة مفاهيمية عبر بوابة التمويل والمناقصات الأوروبية.",
        ),
    ),
    Call(
        post_id=4101,
        published="2026-10-02 08:30",
        slug="german-embassy-beirut-microprojects-fund",
        title="السفارة الألمانية في بيروت: صندوق المشاريع الصغيرة للجمعيات المحلية",
        funder="السفارة الألمانية في بيروت",
        deadline="2026-10-15",
        deadline_text="آخر موعد للتقديم: ١٥ تشرين الأول ٢٠٢٦",
        amount_text="حتى ١٥٬٠٠٠ يورو",
        amount=(None, 15000, "EUR"),
        countries=("LB",),
        regions=(),
        eligible="associations registered with the Lebanese Ministry of Interior",
        themes=("health", "education", "environment"),
        categories=(FURAS, "الخدمات الأساسية", "لبنان"),
        summary=(
            "تموّل السفارة الألمانية في بيروت مشاريع صغيرة تنفذها جمعيات محلية في لبنان لتحسين الخدمات الأساسية في القرى "
            "والأحياء الفقيرة، مثل تجهيز المستوصفات والمدارس وتأمين الطاقة الشمسية للمرافق العامة. تبلغ قيمة الدعم حتى "
            "١٥٬٠٠٠ يورو للمشروع الواحد. آخر موعد للتقديم: ١٥ تشرين الأول ٢٠٢٦."
        ),
        details=(
            "يغطي الصندوق شراء المعدات والأعمال الإنشائية البسيطة فقط، ولا يموّل الرواتب أو التكاليف التشغيلية.",
            "يجب أن تكون الجمعية مسجلة لدى وزارة الداخلية اللبنانية، وأن تقدم ثلاثة عروض أسعار لكل بند.",
        ),
    ),
]


# Ground truth for cross-source de-duplication: (fundsforNGOs post id, Arabic site post id).
# SAME_CALL: one call published on both sites (deadline and amount agree).
SAME_CALL = [
    (323940, 4228),  # Netherlands Embassy Beirut, Human Rights Fund 2027
    (323813, 4182),  # Swiss Embassy Amman, small grants Jordan/Iraq
    (323472, 4231),  # UNDEF call for proposals
    (323137, 4179),  # Japan GGP Iraq
    (323024, 4186),  # CFLI Jordan
    (322024, 4160),  # IsDB small grants
    (320676, 4163),  # Urgent Action Fund rapid response
    (320562, 4108),  # EU, Syrian civil society
    (319044, 4115),  # WPHF Rapid Response Window
]
# SIMILAR_NOT_SAME: same funder and neighbouring topic, but a different call (deadline or amount differ).
SIMILAR_NOT_SAME = [
    (323826, 4217),  # WPHF Afghanistan vs WPHF Syria/Lebanon
    (323586, 4236),  # Anna Lindh dialogue grants, two rounds
    (322683, 4208),  # Rosa Luxemburg, regional vs Iraq
    (318402, 4240),  # Arab Human Rights Fund, two rounds
]


# --------------------------------------------------------------------------------------------------------------
# Rendering (the default WordPress /feed/ template)
# --------------------------------------------------------------------------------------------------------------
RSS_OPEN = """<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
"""
GENERATOR = "https://wordpress.org/?v=6.6.2"


def published_at(call: Call) -> dt.datetime:
    return dt.datetime.strptime(call.published, "%Y-%m-%d %H:%M").replace(tzinfo=dt.UTC)


def rfc822(moment: dt.datetime) -> str:
    return email.utils.format_datetime(moment)  # "Fri, 20 Nov 2026 09:40:00 +0000"


def texturize(escaped: str) -> str:
    """What wptexturize leaves in our texts: apostrophes and en dashes as numeric references (input HTML-escaped)."""
    return escaped.replace("'", "&#8217;").replace("\u2013", "&#8211;")


def title_xml(text: str) -> str:
    # the_title_rss(): & becomes &#038;, typographic quotes become numeric references.
    return texturize(text.replace("&", "&#038;").replace("<", "&lt;").replace(">", "&gt;"))


def cdata(text: str) -> str:
    return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"


def html_text(text: str) -> str:
    return texturize(html.escape(text, quote=False))


def description_text(site: Site, call: Call) -> str:
    """The excerpt as plain text (before WordPress escaping)."""
    return f"{call.deadline_text} {call.summary}" if site.lead_with_deadline else call.summary


def content_html(site: Site, call: Call) -> str:
    parts = []
    if site.lead_with_deadline:
        parts.append(f"<p><strong>{html_text(call.deadline_text)}</strong></p>")
    parts.append(f"<p>{html_text(call.summary)}</p>")
    for block in call.details:
        if isinstance(block, str):
            parts.append(f"<p>{html_text(block)}</p>")
        else:
            parts.append("<ul>" + "".join(f"<li>{html_text(li)}</li>" for li in block) + "</ul>")
    return "\n".join(parts)


def item_link(site: Site, call: Call) -> str:
    return f"{site.post_base}{call.slug}/"


def item_guid(site: Site, call: Call) -> str:
    return f"{site.link}/?p={call.post_id}"


def render_item(site: Site, call: Call) -> str:
    author = site.authors[call.post_id % len(site.authors)]
    lines = [
        "\t<item>",
        f"\t\t<title>{title_xml(call.title)}</title>",
        f"\t\t<link>{html.escape(item_link(site, call))}</link>",
        f"\t\t<dc:creator>{cdata(author)}</dc:creator>",
        f"\t\t<pubDate>{rfc822(published_at(call))}</pubDate>",
        *(f"\t\t<category>{cdata(c)}</category>" for c in call.categories),
        "",
        f'\t\t<guid isPermaLink="false">{html.escape(item_guid(site, call))}</guid>',
        "",
        f"\t\t<description>{cdata(html_text(description_text(site, call)))}</description>",
        f"\t\t<content:encoded>{cdata(content_html(site, call))}</content:encoded>",
        "\t</item>",
    ]
    return "\n".join(lines)


def render_feed(site: Site, calls: list[Call], page: int, built: dt.datetime) -> str:
    self_url = f"{site.link}/feed/" + (f"?paged={page}" if page > 1 else "")
    head = [
        f"\t<title>{title_xml(site.title)}</title>",
        f'\t<atom:link href="{html.escape(self_url)}" rel="self" type="application/rss+xml" />',
        f"\t<link>{html.escape(site.link)}</link>",
        f"\t<description>{title_xml(site.description)}</description>",
        f"\t<lastBuildDate>{rfc822(built)}</lastBuildDate>",
        f"\t<language>{site.language}</language>",
        "\t<sy:updatePeriod>\n\thourly\t</sy:updatePeriod>",
        "\t<sy:updateFrequency>\n\t1\t</sy:updateFrequency>",
        f"\t<generator>{GENERATOR}</generator>",
    ]
    body = [render_item(site, c) for c in calls]
    return RSS_OPEN + "\n".join(head + body) + "\n\t</channel>\n</rss>\n"


def paginate(site: Site, calls: list[Call]) -> list[list[Call]]:
    """WordPress order: newest first, site.per_page per page, then one empty page past the end."""
    ordered = sorted(calls, key=published_at, reverse=True)
    pages = [ordered[i : i + site.per_page] for i in range(0, len(ordered), site.per_page)]
    return pages + [[]]


def manifest_json(routes: list[dict]) -> str:
    # One route per line: the order is the matching order, and it should read that way in a diff.
    return '{"routes": [\n' + ",\n".join(" " + json.dumps(r, ensure_ascii=False) for r in routes) + "\n]}\n"


CONTENT_TYPE = "application/rss+xml; charset=UTF-8"


def route(query: dict, file: str) -> dict:
    return {"method": "GET", "path": "/feed/", "query": query, "file": file, "content_type": CONTENT_TYPE}


def build() -> dict[Path, str]:
    """Every generated file and its text."""
    files: dict[Path, str] = {}

    pages = paginate(FUNDSFORNGOS, FUNDSFORNGOS_CALLS)
    newest = max(published_at(c) for c in FUNDSFORNGOS_CALLS)
    folder = RECORDED / FUNDSFORNGOS.folder
    for number, page_calls in enumerate(pages, start=1):
        built = max((published_at(c) for c in page_calls), default=newest)
        files[folder / f"feed-{number}.xml"] = render_feed(FUNDSFORNGOS, page_calls, number, built)
    # First match wins, so the bare /feed/ route (no query constraint) comes last.
    routes = [route({"paged": str(n)}, f"feed-{n}.xml") for n in range(2, len(pages) + 1)]
    routes.append(route({}, "feed-1.xml"))
    files[folder / "manifest.json"] = manifest_json(routes)

    folder = RECORDED / MINAH.folder
    ordered = paginate(MINAH, ARABIC_CALLS)[0]
    if len(ordered) != len(ARABIC_CALLS):
        raise SystemExit(
            f"{MINAH.folder}: {len(ARABIC_CALLS)} posts do not fit the single page this recording has"
        )
    files[folder / "feed-1.xml"] = render_feed(MINAH, ordered, 1, max(published_at(c) for c in ordered))
    files[folder / "manifest.json"] = manifest_json([route({}, "feed-1.xml")])
    return files


def write() -> None:
    for path, text in build().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(f"wrote {path.relative_to(ROOT)}")


# --------------------------------------------------------------------------------------------------------------
# --check
# --------------------------------------------------------------------------------------------------------------
NS = {
    "content": "http://purl.org/rss/1.0/modules/content/",
    "dc": "http://purl.org/dc/elements/1.1/",
    "atom": "http://www.w3.org/2005/Atom",
}
EN_MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        start=1,
    )
}
EN_ABBR = {m[:3]: i for m, i in EN_MONTHS.items()}
AR_MONTHS = {
    # Levantine
    "كانون الثاني": 1,
    "شباط": 2,
    "آذار": 3,
    "نيسان": 4,
    "أيار": 5,
    "حزيران": 6,
    "تموز": 7,
    "آب": 8,
    "أيلول": 9,
    "تشرين الأول": 10,
    "تشرين الثاني": 11,
    "كانون الأول": 12,
    # Egyptian
    "يناير": 1,
    "فبراير": 2,
    "مارس": 3,
    "أبريل": 4,
    "مايو": 5,
    "يونيو": 6,
    "يوليو": 7,
    "أغسطس": 8,
    "سبتمبر": 9,
    "أكتوبر": 10,
    "نوفمبر": 11,
    "ديسمبر": 12,
}
INDIC = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
EN_ROLLING = {"Deadline: Ongoing", "Deadline: Rolling", "Deadline: Open until funds are exhausted"}
AR_ROLLING = {"باب التقديم مفتوح على مدار العام", "التقديم مفتوح حتى نفاد التمويل"}
ORG_TYPES = {
    "local_ngo",
    "international_ngo",
    "cbo",
    "coalition",
    "women_led_org",
    "media_org",
    "university",
    "social_enterprise",
}
PROFILE_FIELDS = [
    "id",
    "name",
    "language",
    "mission",
    "countries",
    "registered_in",
    "org_type",
    "annual_budget_usd",
    "themes",
]
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def parse_en_deadline(text: str) -> dt.date | None:
    """The deadline forms this recording uses; raises ValueError on anything else."""
    if text in EN_ROLLING:
        return None
    body = text.removeprefix("Deadline: ")
    if m := re.fullmatch(r"(\d{1,2}) ([A-Za-z]+) (\d{4})(?:, \d{2}:\d{2} CET)?", body):
        return dt.date(int(m[3]), EN_MONTHS[m[2].lower()], int(m[1]))
    if m := re.fullmatch(r"(\d{1,2})-([A-Za-z]{3})-(\d{2}|\d{4})", body):
        year = int(m[3]) + (2000 if len(m[3]) == 2 else 0)
        return dt.date(year, EN_ABBR[m[2].lower()], int(m[1]))
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", body):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    raise ValueError(f"unknown deadline form {text!r}")


def parse_ar_deadline(text: str) -> dt.date | None:
    if text in AR_ROLLING:
        return None
    body = text.split(":", 1)[1].strip().translate(INDIC)
    if m := re.fullmatch(r"(\d{4})/(\d{2})/(\d{2})", body):
        return dt.date(int(m[1]), int(m[2]), int(m[3]))
    if m := re.fullmatch(r"(\d{1,2}) (.+) (\d{4})", body):
        names = m[2].split("/")  # "شباط/فبراير": both names must agree
        months = {AR_MONTHS[n] for n in names}
        if len(months) != 1:
            raise ValueError(f"month names disagree in {text!r}")
        return dt.date(int(m[3]), months.pop(), int(m[1]))
    raise ValueError(f"unknown deadline form {text!r}")


def words(text: str) -> int:
    return len(text.split())


def strip_tags(markup: str) -> str:
    return re.sub(r"<[^>]+>", " ", markup)


class Problems(list):
    def add(self, where: str, message: str) -> None:
        self.append(f"{where}: {message}")


def check_rendered(problems: Problems) -> None:
    for path, text in build().items():
        if not path.exists():
            problems.add(str(path.relative_to(ROOT)), "missing; run feeds.py without --check")
        elif path.read_text(encoding="utf-8") != text:
            problems.add(
                str(path.relative_to(ROOT)), "differs from the data in feeds.py; run without --check"
            )


def check_feed_file(path: Path, site: Site, expected: int, problems: Problems) -> list[ET.Element]:
    where = str(path.relative_to(ROOT))
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as exc:
        problems.add(where, f"not parseable: {exc}")
        return []
    channel = root.find("channel")
    if root.tag != "rss" or root.get("version") != "2.0" or channel is None:
        problems.add(where, "not an RSS 2.0 document")
        return []
    for tag in ("title", "link", "description", "lastBuildDate", "language"):
        if not (channel.findtext(tag) or "").strip():
            problems.add(where, f"channel has no <{tag}>")
    if channel.findtext("language") != site.language:
        problems.add(where, f"channel language is not {site.language}")
    items = channel.findall("item")
    if len(items) != expected:
        problems.add(where, f"{len(items)} items, expected {expected}")
    dates = []
    for n, item in enumerate(items, start=1):
        at = f"{where} item {n}"
        for tag in ("title", "link", "dc:creator", "pubDate", "guid", "description", "content:encoded"):
            if not (item.findtext(tag, namespaces=NS) or "").strip():
                problems.add(at, f"no <{tag}>")
        if item.find("guid") is not None and item.find("guid").get("isPermaLink") != "false":
            problems.add(at, 'guid is not isPermaLink="false"')
        if not (item.findtext("link") or "").startswith(site.post_base):
            problems.add(at, f"link is not under {site.post_base}")
        try:
            dates.append(email.utils.parsedate_to_datetime(item.findtext("pubDate")))
        except (TypeError, ValueError):
            problems.add(at, "pubDate is not RFC 822")
        content = item.findtext("content:encoded", namespaces=NS) or ""
        try:
            ET.fromstring(f"<div>{content}</div>")
        except ET.ParseError as exc:
            problems.add(at, f"content:encoded is not well-formed markup: {exc}")
        if len(item.findall("category")) < 2:
            problems.add(at, "fewer than two categories")
    if dates != sorted(dates, reverse=True):
        problems.add(where, "items are not newest first")
    if dates and email.utils.parsedate_to_datetime(channel.findtext("lastBuildDate")) != dates[0]:
        problems.add(where, "lastBuildDate is not the newest pubDate")
    return items


def check_calls(site: Site, calls: list[Call], problems: Problems, *, english: bool) -> None:
    """The facts against the printed text, and the mix of deadlines the demo needs."""
    first_pub, last_pub = dt.date(2026, 10, 1), dt.date(2026, 11, 20)
    window = (dt.date(2026, 12, 1), dt.date(2027, 6, 30) if english else dt.date(2027, 5, 31))
    passed = rolling = 0
    vocab = theme_ids()
    parse = parse_en_deadline if english else parse_ar_deadline
    for call in calls:
        at = f"{site.folder} post {call.post_id}"
        published = published_at(call).date()
        if not first_pub <= published <= last_pub:
            problems.add(at, f"published {published} outside {first_pub}..{last_pub}")
        if not SLUG.match(call.slug):
            problems.add(at, f"slug {call.slug!r} is not an ASCII slug")
        try:
            printed = parse(call.deadline_text)
        except (ValueError, KeyError) as exc:
            problems.add(at, str(exc))
            continue
        fact = dt.date.fromisoformat(call.deadline) if call.deadline else None
        if printed != fact:
            problems.add(at, f"deadline text {call.deadline_text!r} reads {printed}, facts say {fact}")
        if fact is None:
            rolling += 1
        elif fact < AS_OF:
            passed += 1
            if not (dt.date(2026, 10, 1) <= fact < AS_OF and fact >= published):
                problems.add(at, f"closed deadline {fact} should fall in Oct/Nov 2026, after publication")
        elif not window[0] <= fact <= window[1]:
            problems.add(at, f"deadline {fact} outside {window[0]}..{window[1]}")
        description = description_text(site, call)
        n = words(description)
        low, high = (40, 70) if english else (40, 80)
        if not low <= n <= high:
            problems.add(at, f"description has {n} words, expected {low}-{high}")
        if english and not description.startswith("Deadline: "):
            problems.add(at, "description does not begin with 'Deadline: '")
        if call.deadline_text not in description:
            problems.add(at, "description does not state the deadline")
        if call.amount_text and call.amount_text not in description:
            problems.add(at, f"description does not contain the amount {call.amount_text!r}")
        if (call.amount_text is None) != (call.amount is None):
            problems.add(at, "amount_text and amount disagree on whether an amount is given")
        if english:
            n = words(strip_tags(content_html(site, call)))
            if not 100 <= n <= 200:
                problems.add(at, f"content has {n} words, expected 100-200")
        if vocab is not None and (unknown := set(call.themes) - vocab):
            problems.add(at, f"themes not in {THEMES.relative_to(ROOT)}: {sorted(unknown)}")
        for code in call.countries:
            if not _country(code):
                problems.add(at, f"unknown country code {code!r}")
        if not call.countries and not call.regions:
            problems.add(at, "neither countries nor regions")
    expected = (4, 3) if english else (3, 2)
    if (passed, rolling) != expected:
        problems.add(
            site.folder,
            f"{passed} closed and {rolling} rolling calls, expected {expected[0]} and {expected[1]}",
        )
    if english:
        near = sum(1 for c in calls if c.near_miss)
        if near != len(calls) // 4:
            problems.add(site.folder, f"{near} near-misses, expected a quarter ({len(calls) // 4})")
        odd = {c.deadline_text for c in calls} & {"Deadline: 31-Jan-27", "Deadline: 2027-02-28"}
        if len(odd) != 2:
            problems.add(
                site.folder, "the two odd deadline forms (31-Jan-27, 2027-02-28) are not both present"
            )
    else:
        forms = {
            "Levantine month, Arabic-Indic digits": r"[٠-٩]+ (?:كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين)",
            "Egyptian month, Latin digits": r"\d+ (?:يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر) \d{4}",
            "numeric year/month/day": r"[٠-٩]{4}/[٠-٩]{2}/[٠-٩]{2}",
        }
        for name, pattern in forms.items():
            if not any(re.search(pattern, c.deadline_text) for c in calls):
                problems.add(site.folder, f"no deadline written as {name}")


def check_pairs(problems: Problems) -> None:
    en = {c.post_id: c for c in FUNDSFORNGOS_CALLS}
    ar = {c.post_id: c for c in ARABIC_CALLS}
    for same, pairs in ((True, SAME_CALL), (False, SIMILAR_NOT_SAME)):
        for a, b in pairs:
            if a not in en or b not in ar:
                problems.add("SAME_CALL" if same else "SIMILAR_NOT_SAME", f"unknown post ids {(a, b)}")
                continue
            agree = (en[a].deadline, en[a].amount) == (ar[b].deadline, ar[b].amount)
            if agree != same:
                label = "should agree" if same else "should differ"
                problems.add(f"posts {a} / {b}", f"deadline and amount {label}")


def check_unique(site: Site, calls: list[Call], items: list[ET.Element], problems: Problems) -> None:
    for label, values in (
        ("post id", [c.post_id for c in calls]),
        ("slug", [c.slug for c in calls]),
        ("link", [i.findtext("link") for i in items]),
        ("guid", [i.findtext("guid") for i in items]),
    ):
        dupes = sorted({v for v in values if values.count(v) > 1}, key=str)
        if dupes:
            problems.add(site.folder, f"duplicate {label}: {dupes}")
    by_time = [c.post_id for c in sorted(calls, key=published_at)]
    if by_time != sorted(by_time):
        problems.add(site.folder, "post ids do not increase with publication time")


def resolve(routes: list[dict], method: str, path: str, query: dict[str, str]) -> str | None:
    """How the loopback server picks a file: the first route whose method, path and listed parameters match."""
    for r in routes:
        if (
            r["method"] == method
            and r["path"] == path
            and all(query.get(k) == v for k, v in r["query"].items())
        ):
            return r["file"]
    return None


def check_manifest(folder: Path, wanted: dict[tuple, str], problems: Problems) -> None:
    where = str((folder / "manifest.json").relative_to(ROOT))
    try:
        routes = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["routes"]
    except (OSError, ValueError, KeyError) as exc:
        problems.add(where, f"unreadable: {exc}")
        return
    for r in routes:
        if not (folder / r["file"]).exists():
            problems.add(where, f"route names missing file {r['file']}")
    for query, file in wanted.items():
        got = resolve(routes, "GET", "/feed/", dict(query))
        if got != file:
            problems.add(where, f"GET /feed/ {dict(query)} serves {got}, expected {file}")
    if not (folder / "PROVENANCE.md").exists():
        problems.add(str(folder.relative_to(ROOT)), "no PROVENANCE.md")


def theme_ids() -> set[str] | None:
    """The theme vocabulary's ids, or None when the vocabulary file is not there to check against."""
    if not THEMES.exists():
        return None
    return {k for k in json.loads(THEMES.read_text(encoding="utf-8")) if not k.startswith("_")}


def _country(code: object) -> bool:
    import pycountry

    return isinstance(code, str) and len(code) == 2 and pycountry.countries.get(alpha_2=code) is not None


def check_profiles(problems: Problems) -> list[dict]:
    import pycountry

    try:
        import langid
    except ImportError:  # pragma: no cover - langid is a project dependency
        langid = None
    where = str(PROFILES.relative_to(ROOT))
    vocab = theme_ids()
    profiles, seen = [], set()
    try:
        lines = PROFILES.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        problems.add(where, f"unreadable: {exc}")
        return []
    for number, line in enumerate(lines, start=1):
        at = f"{where}:{number}"
        try:
            p = json.loads(line)
        except ValueError as exc:
            problems.add(at, f"not JSON: {exc}")
            continue
        if not isinstance(p, dict) or set(p) != set(PROFILE_FIELDS):
            problems.add(at, f"fields must be exactly {PROFILE_FIELDS}")
            continue
        profiles.append(p)
        if not isinstance(p["id"], str) or not SLUG.match(p["id"]):
            problems.add(at, f"id {p['id']!r} is not a slug")
        elif p["id"] in seen:
            problems.add(at, f"duplicate id {p['id']!r}")
        seen.add(p["id"])
        if not isinstance(p["name"], str) or not p["name"].strip():
            problems.add(at, "name must be a non-empty string")
        lang = p["language"]
        if not (isinstance(lang, str) and len(lang) == 2 and pycountry.languages.get(alpha_2=lang)):
            problems.add(at, f"language {lang!r} is not an ISO 639-1 code")
        mission = p["mission"]
        if not isinstance(mission, str) or not 60 <= words(mission) <= 150:
            problems.add(at, "mission must be a string of 60-150 words")
        elif langid is not None and (guess := langid.classify(mission)[0]) != lang:
            problems.add(at, f"mission reads as {guess!r}, profile says {lang!r}")
        countries = p["countries"]
        if not (isinstance(countries, list) and countries and all(_country(c) for c in countries)):
            problems.add(at, f"countries {countries!r} must be a non-empty list of ISO 3166-1 alpha-2 codes")
        if p["registered_in"] is not None and not _country(p["registered_in"]):
            problems.add(
                at, f"registered_in {p['registered_in']!r} must be an ISO 3166-1 alpha-2 code or null"
            )
        if p["org_type"] not in ORG_TYPES:
            problems.add(at, f"org_type {p['org_type']!r} not one of {sorted(ORG_TYPES)}")
        budget = p["annual_budget_usd"]
        if isinstance(budget, bool) or not isinstance(budget, int | float) or not 15_000 <= budget <= 900_000:
            problems.add(at, f"annual_budget_usd {budget!r} must be a number in 15,000-900,000")
        themes = p["themes"]
        if not (
            isinstance(themes, list) and themes and all(isinstance(t, str) and t.strip() for t in themes)
        ):
            problems.add(at, "themes must be a non-empty list of strings")
        elif len(set(themes)) != len(themes):
            problems.add(at, "themes must be distinct")
        elif vocab is not None and (unknown := set(themes) - vocab):
            problems.add(at, f"themes not in {THEMES.relative_to(ROOT)}: {sorted(unknown)}")
    return profiles


def check() -> int:
    problems = Problems()
    check_rendered(problems)

    ffn = RECORDED / FUNDSFORNGOS.folder
    pages = paginate(FUNDSFORNGOS, FUNDSFORNGOS_CALLS)
    ffn_items = []
    for number, page_calls in enumerate(pages, start=1):
        ffn_items += check_feed_file(ffn / f"feed-{number}.xml", FUNDSFORNGOS, len(page_calls), problems)
    check_calls(FUNDSFORNGOS, FUNDSFORNGOS_CALLS, problems, english=True)
    check_unique(FUNDSFORNGOS, FUNDSFORNGOS_CALLS, ffn_items, problems)
    wanted = {(): "feed-1.xml"} | {(("paged", str(n)),): f"feed-{n}.xml" for n in range(2, len(pages) + 1)}
    check_manifest(ffn, wanted, problems)

    minah = RECORDED / MINAH.folder
    ar_items = check_feed_file(minah / "feed-1.xml", MINAH, len(ARABIC_CALLS), problems)
    check_calls(MINAH, ARABIC_CALLS, problems, english=False)
    check_unique(MINAH, ARABIC_CALLS, ar_items, problems)
    check_manifest(minah, {(): "feed-1.xml"}, problems)
    check_pairs(problems)

    profiles = check_profiles(problems)

    per_page = ", ".join(f"feed-{n}.xml {len(p)}" for n, p in enumerate(pages, start=1))
    print(f"{FUNDSFORNGOS.folder}: {len(ffn_items)} items ({per_page})")
    print(f"{MINAH.folder}: {len(ar_items)} items (feed-1.xml {len(ar_items)})")
    print(f"profiles.jsonl: {len(profiles)} profiles")
    for p in profiles:
        print(f"  {p['id']:32} {p['language']}  {','.join(p['countries']):6} {p['org_type']}")
    for line in problems:
        print(f"PROBLEM {line}", file=sys.stderr)
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate the files instead of writing them")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    write()
    return 0


if __name__ == "__main__":
    sys.exit(main())
