#!/usr/bin/env python3
"""Demo data for the EU Funding & Tenders Portal (SEDIA search API) spider.

Fursa crawls the portal's search API (POST /search-api/prod/rest/search).
For offline demos and tests we replay recorded responses from a loopback
server. This script holds the *facts* of ~115 fabricated but realistic calls
as plain Python data and renders them into the real SEDIA response envelope:

    data/demo/recorded/eu_funding_tenders/search-page-1.json   (100 results)
    data/demo/recorded/eu_funding_tenders/search-page-2.json   (the rest)
    data/demo/recorded/eu_funding_tenders/search-page-3.json   (empty page)
    data/demo/recorded/eu_funding_tenders/manifest.json        (replay routes)

All calls, organisations, amounts and dates are invented for the demo; they
are written for Fursa and do not reproduce any real call text. The demo runs
"as of" 2026-11-21 (see AS_OF); nothing here reads the clock.

Usage (from the repository root):

    .venv/bin/python scripts/demo_data/eu_funding_tenders.py          # rewrite files
    .venv/bin/python scripts/demo_data/eu_funding_tenders.py --check  # validate files

Text conventions in the data below (the renderer turns them into the messy
HTML the portal serves):
  * a ``str`` block is a paragraph; ``**bold**`` becomes ``<strong>``;
  * a ``list`` block is a bullet list (``<ul><li>``);
  * plain ``&`` is escaped to ``&amp;`` by the renderer.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import html
import json
import random
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = REPO_ROOT / "data" / "demo" / "recorded" / "eu_funding_tenders"

AS_OF = dt.date(2026, 11, 21)  # the demo's "today"; informational only
PAGE_SIZE = 100
API_VERSION = "2.134"
SEARCH_PATH = "/search-api/prod/rest/search"
PORTAL = "https://ec.europa.eu/info/funding-tenders/opportunities"

STATUS_CODES = {"forthcoming": "31094501", "open": "31094502", "closed": "31094503"}
STATUS_LABELS = {"forthcoming": "Forthcoming", "open": "Open", "closed": "Closed"}
SORT_STATUS = {"open": "1", "forthcoming": "2", "closed": "3"}
SUBMISSION_PROCEDURE = {
    "single-stage": {"id": 31094504, "abbreviation": "single-stage", "description": "single-stage"},
    "two-stage": {"id": 31094505, "abbreviation": "two-stage", "description": "two-stage"},
}

# ---------------------------------------------------------------------------
# Programme reference data.  HORIZON, ERASMUS and PPPA codes are the portal's
# real framework-programme ids; the other numeric codes are invented stand-ins
# with the same shape (8 digits), as are all programmeDivision codes.
# ---------------------------------------------------------------------------
PROGRAMMES = {
    "HORIZON": {"framework": "43108390", "period": "2021 - 2027"},
    "ERASMUS": {"framework": "43353764", "period": "2021 - 2027"},
    "PPPA": {"framework": "43637601", "period": "2021 - 2027"},
    "CERV": {"framework": "43251589", "period": "2021 - 2027"},
    "CREA": {"framework": "43251814", "period": "2021 - 2027"},
    "AMIF": {"framework": "43251447", "period": "2021 - 2027"},
    "ISF": {"framework": "43251484", "period": "2021 - 2027"},
    "UCPM": {"framework": "43298664", "period": "2021 - 2027"},
    "EU4H": {"framework": "43332642", "period": "2021 - 2027"},
    "LIFE": {"framework": "43252405", "period": "2021 - 2027"},
    "DIGITAL": {"framework": "43152860", "period": "2021 - 2027"},
    "JUST": {"framework": "43252449", "period": "2021 - 2027"},
    "NDICI": {"framework": "44416173", "period": "2021 - 2027"},
}

# Types of action for type-1 topics: (typeOfAction, MGA id, MGA abbreviation, MGA description)
ACTION_TYPES = {
    "HORIZON-RIA": ("HORIZON-RIA HORIZON Research and Innovation Actions", 43027846, "HORIZON-AG", "HORIZON Action Grant Budget-Based"),
    "HORIZON-IA": ("HORIZON-IA HORIZON Innovation Actions", 43027846, "HORIZON-AG", "HORIZON Action Grant Budget-Based"),
    "HORIZON-CSA": ("HORIZON-CSA HORIZON Coordination and Support Actions", 43027846, "HORIZON-AG", "HORIZON Action Grant Budget-Based"),
    "HORIZON-RIA-LS": ("HORIZON-RIA HORIZON Research and Innovation Actions", 43252405, "HORIZON-AG-LS", "HORIZON Lump Sum Grant"),
    "HORIZON-MSCA-SE": ("HORIZON-TMA-MSCA-SE HORIZON TMA MSCA Staff Exchanges", 43251971, "HORIZON-AG-UN", "HORIZON Unit Grant"),
    "HORIZON-EIC": ("HORIZON-EIC HORIZON EIC Grants", 43254026, "HORIZON-AG-LS", "HORIZON Lump Sum Grant"),
    "ERASMUS-LS": ("ERASMUS-LS ERASMUS Lump Sum Grants", 43341839, "ERASMUS-AG-LS", "ERASMUS Lump Sum Grant"),
    "ERASMUS-UN": ("ERASMUS-LS ERASMUS Lump Sum Grants", 43351390, "ERASMUS-AG-LS", "ERASMUS Lump Sum Grant"),
    "CERV-PJG": ("CERV-PJG CERV Project Grants", 43361021, "CERV-AG-LS", "CERV Lump Sum Grant"),
    "CERV-FPA": ("CERV-FPA CERV Framework Partnership Agreements", 43361048, "CERV-FPA", "CERV Framework Partnership Agreement"),
    "CREA-PJG": ("CREA-PJG CREA Project Grants", 43363001, "CREA-AG-LS", "CREA Lump Sum Grant"),
    "AMIF-PJG": ("AMIF-PJG AMIF Project Grants", 43364210, "AMIF-AG", "AMIF Action Grant Budget-Based"),
    "ISF-PJG": ("ISF-PJG ISF Project Grants", 43364232, "ISF-AG", "ISF Action Grant Budget-Based"),
    "UCPM-PJG": ("UCPM-PJG UCPM Project Grants", 43298711, "UCPM-AG-LS", "UCPM Lump Sum Grant"),
    "EU4H-PJG": ("EU4H-PJG EU4H Project Grants", 43332660, "EU4H-AG", "EU4H Action Grant Budget-Based"),
    "LIFE-OG": ("LIFE-OG LIFE Operating Grants", 43252480, "LIFE-AG-OG", "LIFE Operating Grant"),
    "DIGITAL-SIMPLE": ("DIGITAL-SIMPLE DIGITAL Simple Grants", 43152877, "DIGITAL-AG", "DIGITAL Action Grant Budget-Based"),
    "JUST-PJG": ("JUST-PJG JUST Project Grants", 43252460, "JUST-AG-LS", "JUST Lump Sum Grant"),
    "PPPA": ("PPPA Pilot Projects and Preparatory Actions", 43632754, "PPPA", "Pilot Projects and Preparatory Actions"),
}

# Invented geographical-zone codes for the EuropeAid (type 2) prospect items.
GEO_ZONES = {
    "LB": "20001068", "SY": "20001122", "IQ": "20001049", "JO": "20001055",
    "AF": "20000995", "TR": "20001133", "Multi": "20000812",
}


# ===========================================================================
# TYPE 2 — EuropeAid / NDICI calls for proposals (PROSPECT items)
# deadlines are Brussels local time "YYYY-MM-DD HH:MM"; dates are Brussels dates
# ===========================================================================
EUROPEAID_CALLS = [
    # ----------------------------------------------------------------- Lebanon
    dict(
        identifier="EuropeAid/187432/DD/ACT/LB",
        type=2,
        title="Strengthening Civil Society Oversight of Municipal Services in Lebanon",
        ca_name="European Union Delegation to Lebanon",
        programme="NDICI",
        language="en",
        description=[
            "This call supports Lebanese civil society organisations that monitor how municipalities and unions of municipalities plan, budget and deliver basic services such as waste collection, street lighting, local water networks and social assistance.",
            "Since the financial collapse, many municipalities operate with a fraction of their former revenue, and residents have few ways to ask how the remaining money is spent. The Delegation wants to fund practical, locally rooted oversight rather than national-level advocacy alone.",
            "**Priorities** (a proposal must address at least two):",
            [
                "community scorecards, social audits or citizen budget hearings on a defined set of municipal services;",
                "publication of municipal budgets and procurement data in accessible formats, in cooperation with the municipality where possible;",
                "structured dialogue between residents (including refugees, women and persons with disabilities) and elected councils;",
                "strengthening the internal governance and financial management of the applicant and its local partners.",
            ],
        ],
        eligible_countries="Actions must take place in Lebanon. At least two governorates outside Beirut must be covered.",
        applicants="The lead applicant must be a non-profit legal person established in a Member State of the EU or in Lebanon, and must be directly responsible for preparing and managing the action. Local civil society organisations are strongly encouraged to lead. International NGOs may apply as co-applicants only. Municipalities may take part as associates but cannot receive funds.",
        conditions="Implementation period: between 24 and 36 months. The EU grant may cover up to 95% of the total eligible costs. A restricted procedure applies: only concept notes are requested at this stage.",
        budget=4_000_000,
        currency="EUR",
        grant_range="Any grant requested under this call must fall between EUR 300 000 and EUR 800 000.",
        start="2026-10-20",
        deadlines=["2027-02-15 17:00"],
        status="open",
        duration="36 months",
        keywords=["Civil society", "Local governance", "Accountability", "Municipalities", "Lebanon"],
        geo="LB",
    ),
    dict(
        identifier="EuropeAid/187455/DD/ACT/LB",
        type=2,
        title="Appui à la liberté des médias et au journalisme indépendant au Liban",
        ca_name="Délégation de l'Union européenne au Liban",
        programme="NDICI",
        language="fr",
        description=[
            "L’objectif de cet appel est de renforcer un paysage médiatique libanais pluraliste, capable de fournir une information vérifiée au public malgré la crise économique et la polarisation politique.",
            "Les propositions peuvent porter sur un ou plusieurs des axes suivants :",
            [
                "la viabilité économique des médias indépendants et communautaires (nouveaux modèles de revenus, mutualisation de services) ;",
                "la sécurité physique, juridique et numérique des journalistes, en particulier des femmes journalistes et des pigistes ;",
                "le journalisme d’investigation sur la gestion des fonds publics et la reconstruction ;",
                "l’éducation aux médias dans les écoles et les centres de jeunesse.",
            ],
            "Une attention particulière sera portée aux médias régionaux opérant hors de Beyrouth et aux rédactions qui emploient des jeunes journalistes.",
        ],
        eligible_countries="Les actions doivent être mises en œuvre au Liban.",
        applicants="Pour être éligible, le demandeur principal doit être une personne morale sans but lucratif, établie dans un État membre de l’UE ou au Liban : organisation de la société civile, association professionnelle de journalistes, média à but non lucratif ou université. Les ONG internationales ne peuvent participer qu’en qualité de co-demandeurs.",
        conditions="Durée des actions : 18 à 30 mois. Le cofinancement minimal exigé du demandeur est de 5 % des coûts éligibles.",
        budget=2_500_000,
        currency="EUR",
        grant_range="Toute subvention demandée au titre du présent appel doit être comprise entre EUR 150 000 (minimum) et EUR 450 000 (maximum).",
        start="2026-10-05",
        deadlines=["2027-01-28 17:00"],
        status="open",
        duration="30 mois",
        keywords=["Liberté des médias", "Journalisme", "Société civile", "Liban"],
        geo="LB",
    ),
    dict(
        identifier="EuropeAid/187461/DD/ACT/LB",
        type=2,
        title="Programme de soutien à l'éducation inclusive et à la réhabilitation des écoles publiques au Liban",
        ca_name="Délégation de l'Union européenne au Liban",
        programme="NDICI",
        language="fr",
        description=[
            "Le présent appel à propositions vise à améliorer les conditions d’apprentissage dans les écoles publiques libanaises qui accueillent à la fois des élèves libanais et des enfants réfugiés, en particulier dans les deuxièmes vacations de l’après-midi.",
            "**Lot 1 – Réhabilitation légère et accessibilité** : travaux de petite envergure (sanitaires, toitures, rampes d’accès, isolation thermique, panneaux solaires) réalisés en coordination avec le ministère de l’Éducation et de l’Enseignement supérieur.",
            "**Lot 2 – Inclusion et maintien scolaire** : soutien scolaire, éducation de rattrapage, identification et accompagnement des enfants en situation de handicap, formation des enseignants à la pédagogie inclusive, implication des comités de parents.",
            "Les demandeurs peuvent soumettre une proposition par lot au maximum. Les actions combinant réhabilitation et activités pédagogiques dans les mêmes établissements seront considérées favorablement.",
            "Les propositions doivent démontrer la manière dont les établissements assureront l’entretien des infrastructures après la fin de l’action et préciser la liste indicative des écoles ciblées, par caza.",
        ],
        eligible_countries="Liban – toutes les gouvernorats ; priorité au Akkar, à Baalbek-Hermel et au Nord.",
        applicants="Peuvent présenter une demande les personnes morales sans but lucratif établies dans un État membre de l’UE ou au Liban, notamment les organisations non gouvernementales et les organisations de la société civile locales. Un consortium d’au moins deux organisations est requis, le demandeur principal étant une organisation locale libanaise. Les ONG internationales ne peuvent être que co-demandeurs.",
        conditions="Durée : 24 à 36 mois. Le lot 1 exige la présentation d’un ingénieur qualifié dans l’équipe du projet.",
        budget=6_000_000,
        currency="EUR",
        grant_range="Montant par subvention : entre EUR 500 000 et EUR 1 500 000 pour chacun des deux lots.",
        start="2026-11-02",
        deadlines=["2027-03-10 17:00"],
        status="open",
        duration="36 mois",
        keywords=["Éducation", "Écoles publiques", "Réhabilitation", "Inclusion", "Réfugiés", "Liban"],
        geo="LB",
    ),
    dict(
        identifier="EuropeAid/187470/DD/ACT/LB",
        type=2,
        title="Participation des femmes à la vie publique locale et lutte contre les violences basées sur le genre",
        ca_name="Délégation de l'Union européenne au Liban",
        programme="NDICI",
        language="fr",
        description=[
            "L’appel soutient des initiatives qui augmentent la présence des femmes dans les conseils municipaux, les comités de quartier et les instances de décision locales, tout en renforçant la prévention des violences basées sur le genre (VBG) et la prise en charge des survivantes.",
            "Les actions attendues combinent, de préférence, un volet de participation politique (formation de candidates, mentorat, plaidoyer pour des quotas locaux) et un volet de services (orientation, soutien psychosocial, assistance juridique, refuges temporaires).",
            "Les propositions devront s’appuyer sur des mécanismes d’orientation existants et éviter la duplication avec les programmes des agences des Nations unies.",
        ],
        eligible_countries="Liban.",
        applicants="Organisations de la société civile libanaises, y compris les organisations dirigées par des femmes, et ONG établies dans un État membre de l’UE. Le demandeur principal doit être une organisation locale ; les ONG internationales interviennent comme co-demandeurs uniquement.",
        conditions="Durée de mise en œuvre : 24 mois. Cofinancement : au moins 5 %.",
        budget=3_200_000,
        currency="EUR",
        grant_range="Montant minimum : EUR 200 000 ; montant maximum : EUR 600 000.",
        start="2026-08-31",
        deadlines=["2026-11-14 17:00"],
        status="open",
        duration="24 mois",
        keywords=["Genre", "VBG", "Participation des femmes", "Gouvernance locale", "Liban"],
        geo="LB",
    ),
    dict(
        identifier="EuropeAid/187488/DD/ACT/LB",
        type=2,
        title="Cohésion sociale entre communautés d'accueil et réfugiés dans la Bekaa et le Akkar",
        ca_name="Délégation de l'Union européenne au Liban",
        programme="NDICI",
        language="fr",
        description=[
            "Dans les régions de la Bekaa et du Akkar, la concurrence pour l’emploi, les services et le logement alimente les tensions entre Libanais et réfugiés syriens. Cet appel finance des actions de cohésion sociale ancrées dans les communautés.",
            "Exemples d’activités éligibles :",
            [
                "mécanismes locaux de médiation et de prévention des conflits associant municipalités, chefs communautaires et jeunes ;",
                "projets d’intérêt commun (espaces publics, jardins communautaires, petites infrastructures) gérés conjointement ;",
                "activités culturelles et sportives mixtes ;",
                "suivi des tensions et partage de l’analyse avec les acteurs humanitaires et de développement.",
            ],
            "Les actions devront inclure un système de suivi permettant de mesurer l’évolution de la perception mutuelle entre communautés.",
        ],
        eligible_countries="Liban (gouvernorats de la Bekaa, de Baalbek-Hermel et du Akkar).",
        applicants="Personnes morales sans but lucratif établies dans un État membre de l’UE ou au Liban. Un consortium d’au moins deux organisations est obligatoire, dont le chef de file est une organisation locale. Les autorités locales libanaises peuvent être co-demandeurs.",
        conditions="Durée : 30 à 42 mois. Procédure restreinte (note succincte puis demande complète).",
        budget=5_000_000,
        currency="EUR",
        grant_range="Toute subvention demandée doit être comprise entre EUR 400 000 et EUR 1 000 000.",
        start="2026-11-16",
        deadlines=["2027-04-22 17:00"],
        status="open",
        duration="42 mois",
        keywords=["Cohésion sociale", "Réfugiés", "Communautés d'accueil", "Bekaa", "Akkar", "Liban"],
        geo="LB",
    ),
    dict(
        identifier="EuropeAid/187502/DD/ACT/LB",
        type=2,
        title="Gestion durable de l'eau et adaptation climatique dans les municipalités du Sud-Liban",
        ca_name="Délégation de l'Union européenne au Liban",
        programme="NDICI",
        language="fr",
        description=[
            "Appel prévisionnel. La Délégation prévoit de financer des projets de gestion de l’eau au niveau municipal dans le Sud-Liban et à Nabatieh : réduction des pertes sur les réseaux, collecte des eaux pluviales, réutilisation des eaux usées traitées pour l’irrigation et sensibilisation des ménages.",
            "Les lignes directrices complètes seront publiées à l’ouverture de l’appel. Les informations ci-dessous sont indicatives.",
        ],
        eligible_countries="Liban (Sud-Liban et Nabatieh).",
        applicants="Organisations non gouvernementales, organisations de la société civile et autorités locales établies au Liban ou dans un État membre de l’UE.",
        conditions="Durée indicative : 36 mois.",
        budget=4_500_000,
        currency="EUR",
        grant_range="Montant indicatif des subventions : de EUR 500 000 à EUR 1 200 000.",
        start="2027-01-18",
        deadlines=["2027-04-30 17:00"],
        status="forthcoming",
        duration="36 mois",
        keywords=["Eau", "Climat", "Municipalités", "Sud-Liban"],
        geo="LB",
    ),
    dict(
        identifier="EuropeAid/187519/DD/ACT/LB",
        type=2,
        title="Droits humains et accès à la justice pour les personnes détenues au Liban",
        ca_name="Délégation de l'Union européenne au Liban",
        programme="NDICI",
        language="fr",
        description=[
            "Au titre de la composante « Droits de l’homme et démocratie », cet appel soutient la société civile libanaise œuvrant pour le respect des droits des personnes privées de liberté.",
            "Sont visés : l’assistance juridique aux détenus en détention provisoire prolongée, la surveillance indépendante des lieux de détention, la prévention de la torture, l’amélioration des conditions de détention des femmes et des mineurs, ainsi que le plaidoyer pour la réforme du code de procédure pénale.",
            "Les actions proposant une collaboration avec le barreau et avec le mécanisme national de prévention de la torture sont encouragées.",
        ],
        eligible_countries="Liban.",
        applicants="Organisations de la société civile, organisations de défense des droits humains et barreaux, sans but lucratif, établis au Liban ou dans un État membre de l’UE. Les personnes physiques et les entités à but lucratif ne sont pas éligibles.",
        conditions="Durée : 24 à 36 mois. Les activités de réhabilitation d’infrastructures pénitentiaires ne sont pas éligibles.",
        budget=1_800_000,
        currency="EUR",
        grant_range="Subvention minimale : EUR 250 000. Subvention maximale : EUR 600 000.",
        start="2026-10-12",
        deadlines=["2027-02-05 17:00"],
        status="open",
        duration="36 mois",
        keywords=["Droits humains", "Accès à la justice", "Détention", "Torture", "Liban"],
        geo="LB",
    ),
    dict(
        identifier="EuropeAid/187533/DD/ACT/LB",
        type=2,
        title="Livelihoods and Decent Work for Youth in Tripoli and North Lebanon",
        ca_name="European Union Delegation to Lebanon",
        programme="NDICI",
        language="en",
        description=[
            "Youth unemployment in Tripoli, Minieh-Danniyeh and Akkar is among the highest in the country. This call will fund integrated livelihoods projects that take young women and men (aged 18 to 30) from training into paid work or viable self-employment.",
            "Successful actions are expected to combine a market assessment with demand-driven skills training, work-based learning with private employers, and follow-up support for at least six months after placement. Grants to micro-enterprises and cooperatives (financial support to third parties) are allowed up to EUR 60 000 per action.",
            [
                "Sectors of interest: agri-food processing & packaging, renewable energy installation and maintenance, digital services, and construction trades.",
                "At least 40% of participants should be young women.",
                "Refugee and Lebanese youth should both be reached, in line with applicable labour regulations.",
            ],
            "Applicants must explain how they will measure employment outcomes (not only the number of people trained).",
        ],
        eligible_countries="Lebanon (North and Akkar governorates).",
        applicants="Non-profit organisations established in a Member State of the EU or in Lebanon, including local civil society organisations, chambers of commerce and vocational training providers. Applications by a consortium of at least two organisations are encouraged. International NGOs may apply as co-applicants only.",
        conditions="Duration: 30 to 36 months. Co-financing of at least 10% is required.",
        budget=7_000_000,
        currency="EUR",
        grant_range="Each grant will range from EUR 750 000 to EUR 2 000 000.",
        start="2026-09-28",
        deadlines=["2027-01-20 17:00"],
        status="open",
        duration="36 months",
        keywords=["Livelihoods", "Youth employment", "Vocational training", "Tripoli", "Lebanon"],
        geo="LB",
    ),
    dict(
        identifier="EuropeAid/187547/DD/ACT/LB",
        type=2,
        title="Child Protection Case Management and Psychosocial Support in Lebanon",
        ca_name="European Union Delegation to Lebanon",
        programme="NDICI",
        language="en",
        description=[
            "The call will support specialised child protection services for children at risk of violence, exploitation, child labour and child marriage, whatever their nationality.",
            "Proposals should strengthen case management in line with the national standard operating procedures, provide structured psychosocial support, and work with families and schools on prevention. Links with the Ministry of Social Affairs’ social development centres are expected.",
        ],
        eligible_countries="Lebanon.",
        applicants="Local civil society organisations with at least three years of child protection experience in Lebanon, alone or in partnership with EU-based non-profit organisations.",
        conditions="Duration: 24 months. Applicants must have a child safeguarding policy in place at the time of submission.",
        budget=3_000_000,
        currency="EUR",
        grant_range="Requested amounts: minimum EUR 300 000, maximum EUR 700 000.",
        start="2026-07-15",
        deadlines=["2026-10-09 17:00"],
        status="open",
        duration="24 months",
        keywords=["Child protection", "Psychosocial support", "Case management", "Lebanon"],
        geo="LB",
    ),
    dict(
        identifier="EuropeAid/187560/DD/ACT/LB",
        type=2,
        title="Local Governance and Transparent Public Finance in Lebanese Municipal Unions",
        ca_name="European Union Delegation to Lebanon",
        programme="NDICI",
        language="en",
        description=[
            "Support to unions of municipalities in improving revenue collection, budget planning and public reporting, delivered by civil society organisations in partnership with the unions themselves.",
            "The financial envelope and the guidelines for applicants will be published at a later stage; the deadline shown is indicative.",
        ],
        eligible_countries="Lebanon.",
        applicants="Non-profit organisations and local authorities established in Lebanon or in an EU Member State; local applicants are expected to lead.",
        conditions="Duration: up to 36 months.",
        budget=0,
        currency="EUR",
        grant_range="Grant size will be stated in the guidelines.",
        start="2026-11-18",
        deadlines=["2027-05-12 17:00"],
        status="open",
        duration="36 months",
        keywords=["Local governance", "Public finance", "Municipal unions", "Lebanon"],
        geo="LB",
    ),
    # ------------------------------------------------------------------- Syria
    dict(
        identifier="EuropeAid/187604/DD/ACT/SY",
        type=2,
        title="Early Recovery and Rehabilitation of Basic Education Facilities in Syria",
        ca_name="Delegation of the European Union to Syria (based in Beirut)",
        programme="NDICI",
        language="en",
        description=[
            "More than a third of Syria’s schools are damaged, overcrowded or used for other purposes. This call funds early-recovery projects that bring children back into safe classrooms and keep them there.",
            "**What can be funded**",
            [
                "repair of school buildings, water and sanitation facilities and boundary walls, with attention to access for children with disabilities;",
                "provision of furniture, heating and learning materials;",
                "catch-up and remedial classes for out-of-school children, including self-learning programmes;",
                "incentives and in-service training for teachers, within the limits set by the guidelines;",
                "school-based psychosocial support and referral to child protection services.",
            ],
            "Construction of new schools is not eligible. All works must follow the principle of “do no harm” and applicants must describe how they will ensure that no benefit accrues to listed individuals or entities under EU restrictive measures.",
            "Actions may cover any governorate where the applicant can demonstrate safe and regular access. Remote monitoring plans are required for areas with limited access.",
        ],
        eligible_countries="Syria (all governorates, subject to access).",
        applicants="Non-profit organisations established in an EU Member State, in Syria, or in a neighbouring country (Lebanon, Jordan, Iraq, Türkiye) with demonstrated operations inside Syria. Syrian civil society organisations are encouraged to lead consortia; international NGOs may take part as co-applicants.",
        conditions="Duration: 24 to 36 months. Up to 100% of eligible costs may be covered where duly justified.",
        budget=8_000_000,
        currency="EUR",
        grant_range="Grants must be between EUR 1 000 000 and EUR 3 000 000.",
        start="2026-10-30",
        deadlines=["2027-02-26 17:00"],
        status="open",
        duration="36 months",
        keywords=["Education", "School rehabilitation", "Early recovery", "Syria"],
        geo="SY",
    ),
    dict(
        identifier="EuropeAid/187611/DD/ACT/SY",
        type=2,
        title="Supporting Syrian Civil Society in Documentation, Transitional Justice and the Search for Missing Persons",
        ca_name="Delegation of the European Union to Syria (based in Beirut)",
        programme="NDICI",
        language="en",
        description=[
            "The EU will support Syrian civil society organisations that document human rights violations, assist families of missing and disappeared persons, and prepare the ground for accountability and transitional justice.",
            "Eligible activities include secure collection and preservation of evidence, legal and psychosocial assistance to families, survivor-led advocacy, memorialisation initiatives, and training of documentation teams in recognised standards. Cooperation with existing international mechanisms is welcome.",
        ],
        eligible_countries="Actions may be implemented in Syria, Lebanon, Jordan, Iraq, Türkiye and EU Member States, as long as they benefit Syrian victims and their families.",
        applicants="Syrian non-profit civil society organisations, registered in Syria or abroad, and non-profit organisations established in an EU Member State. Consortia must be led by a Syrian organisation.",
        conditions="Duration: 24 to 48 months. Data protection and witness-safety protocols must be described in the full application.",
        budget=3_500_000,
        currency="EUR",
        grant_range="Minimum EUR 300 000; maximum EUR 900 000 per grant.",
        start="2026-11-09",
        deadlines=["2027-03-18 17:00"],
        status="open",
        duration="48 months",
        keywords=["Human rights", "Transitional justice", "Missing persons", "Documentation", "Syria"],
        geo="SY",
    ),
    dict(
        identifier="EuropeAid/187623/DD/ACT/SY",
        type=2,
        title="Agricultural Livelihoods and Irrigation Rehabilitation in North-East and Central Syria",
        ca_name="Delegation of the European Union to Syria (based in Beirut)",
        programme="NDICI",
        language="en",
        description=[
            "Drought and damaged canals have cut farm incomes across Al-Hasakeh, Raqqa, Deir ez-Zor, Hama and rural Homs. Projects under this call should restore small and medium irrigation schemes and help farming households recover productive assets.",
            "Expected components: rehabilitation of canals, pumps and wells (solar where feasible); distribution of certified seeds and inputs linked to training; veterinary services for small livestock; and support to farmer groups and women’s agricultural cooperatives.",
            "Applicants should show an understanding of water rights and of the risk that rehabilitation might fuel local disputes.",
        ],
        eligible_countries="Syria (North-East and Central regions).",
        applicants="Non-profit organisations established in the EU, Syria, Lebanon, Jordan, Iraq or Türkiye with at least two years of operational presence in Syria.",
        conditions="Duration: 24 to 36 months.",
        budget=10_000_000,
        currency="EUR",
        grant_range="Grant amounts between EUR 1 500 000 and EUR 4 000 000.",
        start="2026-06-22",
        deadlines=["2026-09-30 17:00"],
        status="open",
        duration="36 months",
        keywords=["Agriculture", "Irrigation", "Livelihoods", "Food security", "Syria"],
        geo="SY",
    ),
    dict(
        identifier="EuropeAid/187630/DD/ACT/SY",
        type=2,
        title="Community Media and Access to Reliable Information inside Syria",
        ca_name="Delegation of the European Union to Syria (based in Beirut)",
        programme="NDICI",
        language="en",
        description=[
            "Support for independent Syrian community radios, local news websites and citizen journalism networks that serve audiences inside the country.",
            [
                "editorial independence and fact-checking capacity;",
                "safety of reporters and digital security of newsrooms;",
                "content for groups that are rarely heard: displaced people, women, persons with disabilities, rural youth;",
                "revenue diversification and audience research.",
            ],
        ],
        eligible_countries="Syria; activities may be run from Lebanon, Jordan, Iraq or Türkiye when the audience is inside Syria.",
        applicants="Non-profit Syrian media organisations and civil society organisations, and EU-based non-profit media development organisations acting as co-applicants.",
        conditions="Duration: 18 to 24 months.",
        budget=2_000_000,
        currency="EUR",
        grant_range="The requested EU contribution must be between EUR 150 000 and EUR 500 000.",
        start="2026-10-01",
        deadlines=["2027-01-14 17:00"],
        status="open",
        duration="24 months",
        keywords=["Media", "Community radio", "Access to information", "Syria"],
        geo="SY",
    ),
    dict(
        identifier="EuropeAid/187648/DD/ACT/SY",
        type=2,
        title="Protection de l'enfance et accompagnement psychosocial des enfants déplacés en Syrie",
        ca_name="Délégation de l'Union européenne pour la Syrie (basée à Beyrouth)",
        programme="NDICI",
        language="fr",
        description=[
            "Cet appel vise à renforcer la protection des enfants déplacés internes et des enfants des communautés d’accueil en Syrie : gestion de cas, espaces adaptés aux enfants, prévention du travail et du mariage des enfants, réunification familiale et soutien aux enfants non accompagnés.",
            "Les propositions devront intégrer un accompagnement des parents et des personnes qui prennent soin des enfants, ainsi qu’une stratégie de formation du personnel local.",
        ],
        eligible_countries="Syrie.",
        applicants="Organisations sans but lucratif syriennes ou établies dans un État membre de l’UE ; le chef de file d’un consortium doit, de préférence, être une organisation syrienne.",
        conditions="Durée : 24 à 36 mois. Politique de protection de l’enfance obligatoire.",
        budget=4_000_000,
        currency="EUR",
        grant_range="Montant de chaque subvention : entre EUR 400 000 et EUR 1 000 000.",
        start="2026-11-12",
        deadlines=["2027-03-31 17:00"],
        status="open",
        duration="36 mois",
        keywords=["Protection de l'enfance", "Déplacés internes", "Soutien psychosocial", "Syrie"],
        geo="SY",
    ),
    dict(
        identifier="EuropeAid/187655/DD/ACT/SY",
        type=2,
        title="Women-led Organisations for Social Cohesion and Local Peace in Syria",
        ca_name="Delegation of the European Union to Syria (based in Beirut)",
        programme="NDICI",
        language="en",
        description=[
            "This call is reserved for women-led and women’s rights organisations working on local peace and social cohesion in Syria.",
            "Fundable work includes local mediation and dialogue between communities divided by the conflict, women’s participation in local councils and reconciliation committees, economic initiatives that bring women from different communities together, and safe spaces for women and girls.",
            "Smaller and newer organisations are encouraged to apply. Core costs (rent, salaries, accounting, security) can be covered up to 25% of the budget, and the Delegation will accept simplified financial reporting for grants below EUR 200 000.",
            "Applicants may sub-grant to informal women’s groups (financial support to third parties) up to EUR 10 000 per group.",
        ],
        eligible_countries="Syria.",
        applicants="Women-led or women’s rights non-profit organisations, registered in Syria or in a neighbouring country with activities inside Syria. Partnerships with EU-based organisations are optional.",
        conditions="Duration: 12 to 30 months.",
        budget=3_000_000,
        currency="EUR",
        grant_range="Any grant requested under this call must fall between EUR 100 000 and EUR 500 000.",
        start="2026-11-20",
        deadlines=["2027-05-06 17:00"],
        status="open",
        duration="30 months",
        keywords=["Women", "Peacebuilding", "Social cohesion", "Women-led organisations", "Syria"],
        geo="SY",
    ),
    dict(
        identifier="EuropeAid/187662/DD/ACT/SY",
        type=2,
        title="Restoring Water and Sanitation Services at Community Level in Syria",
        ca_name="Delegation of the European Union to Syria (based in Beirut)",
        programme="NDICI",
        language="en",
        description=[
            "Forecast of a call for proposals to be launched in early 2027 in the water, sanitation & hygiene (WASH) sector. It will fund repairs to local water pumping stations, distribution networks and small wastewater systems, together with support to local water committees for operation and maintenance.",
            "Indicative information only; the eligibility rules will be confirmed in the guidelines.",
        ],
        eligible_countries="Syria.",
        applicants="Non-profit organisations with proven WASH experience inside Syria.",
        conditions="Duration: 36 months (indicative).",
        budget=12_000_000,
        currency="EUR",
        grant_range="Indicative grant size: EUR 2 000 000 to EUR 5 000 000.",
        start="2027-02-01",
        deadlines=["2027-05-20 17:00"],
        status="forthcoming",
        duration="36 months",
        keywords=["Water", "Sanitation", "WASH", "Early recovery", "Syria"],
        geo="SY",
    ),
    # -------------------------------------------------------------------- Iraq
    dict(
        identifier="EuropeAid/187701/DD/ACT/IQ",
        type=2,
        title="Civil Society for Accountable Governance in Federal Iraq and the Kurdistan Region",
        ca_name="European Union Delegation to Iraq",
        programme="NDICI",
        language="en",
        description=[
            "Under the thematic programme for civil society organisations, the Delegation seeks proposals that enable Iraqi civil society to take part in public policy and hold institutions to account.",
            "**Lot 1 – Federal Iraq**: monitoring of public service delivery, anti-corruption initiatives, engagement with provincial councils following the most recent provincial elections.",
            "**Lot 2 – Kurdistan Region of Iraq**: civic space, freedom of association, and dialogue between civil society and the regional parliament and ministries.",
            "Across both lots, projects should strengthen networks of CSOs rather than single organisations, and include capacity development for smaller partners outside Baghdad and Erbil. Proposals that involve women-led and youth-led organisations as full partners will receive additional points under the relevance criterion.",
        ],
        eligible_countries="Iraq, including the Kurdistan Region.",
        applicants="Non-profit legal persons established in Iraq or in a Member State of the EU. The lead applicant must be an Iraqi civil society organisation; international NGOs may apply as co-applicants only. A consortium of at least two organisations is required.",
        conditions="Duration: 30 to 36 months. Co-financing: at least 5% of eligible costs. Each applicant may submit only one concept note per lot.",
        budget=5_000_000,
        currency="EUR",
        grant_range="Grants will be between EUR 500 000 and EUR 1 500 000.",
        start="2026-10-14",
        deadlines=["2027-01-29 17:00"],
        status="open",
        duration="36 months",
        keywords=["Civil society", "Accountability", "Governance", "Kurdistan Region", "Iraq"],
        geo="IQ",
    ),
    dict(
        identifier="EuropeAid/187714/DD/ACT/IQ",
        type=2,
        title="Reintegration and Social Cohesion in Areas of Return (Ninewa, Anbar, Salah al-Din)",
        ca_name="European Union Delegation to Iraq",
        programme="NDICI",
        language="en",
        description=[
            "Many families displaced during the conflict with ISIL have returned home to damaged housing, weak services and lingering mistrust, while others remain in informal settlements. This call funds area-based programmes that help returnees and the communities receiving them rebuild a shared local life.",
            "Projects should be designed around a specific district or sub-district and combine several of the following:",
            [
                "community reconciliation and local peace agreements, including support to tribal and religious leaders willing to engage;",
                "civil documentation and housing, land & property (HLP) assistance;",
                "mental health and psychosocial support;",
                "rehabilitation of small community infrastructure chosen through participatory planning;",
                "livelihoods for returnee households, with priority to female-headed households.",
            ],
            "Actions in Sinjar and the Ninewa Plains must show how they take into account the particular needs of Yazidi and other minority communities.",
        ],
        eligible_countries="Iraq (Ninewa, Anbar and Salah al-Din governorates).",
        applicants="Non-profit organisations established in Iraq or an EU Member State. Consortia of at least two organisations, the lead applicant being local, are required for this call.",
        conditions="Duration: 36 months. Full applications will be invited only for pre-selected concept notes.",
        budget=9_000_000,
        currency="EUR",
        grant_range="Minimum grant EUR 1 000 000; maximum grant EUR 3 000 000.",
        start="2026-11-03",
        deadlines=["2027-02-19 17:00"],
        status="open",
        duration="36 months",
        keywords=["Returns", "Reintegration", "Social cohesion", "Ninewa", "Iraq"],
        geo="IQ",
    ),
    dict(
        identifier="EuropeAid/187722/DD/ACT/IQ",
        type=2,
        title="Media Literacy and Countering Hate Speech Online in Iraq",
        ca_name="European Union Delegation to Iraq",
        programme="NDICI",
        language="en",
        description=[
            "Projects should reduce the reach and impact of hate speech and disinformation targeting religious and ethnic groups, women in public life and journalists, through media literacy for young people, fact-checking partnerships with Iraqi media, and engagement with platform trust-and-safety teams.",
        ],
        eligible_countries="Iraq.",
        applicants="Iraqi non-profit organisations, media development organisations and universities; EU-based non-profit organisations as co-applicants.",
        conditions="Duration: 18 to 24 months.",
        budget=1_500_000,
        currency="EUR",
        grant_range="Grant size: EUR 150 000 – EUR 400 000.",
        start="2026-08-10",
        deadlines=["2026-11-06 17:00"],
        status="open",
        duration="24 months",
        keywords=["Media literacy", "Hate speech", "Disinformation", "Iraq"],
        geo="IQ",
    ),
    dict(
        identifier="EuropeAid/187738/DD/ACT/IQ",
        type=2,
        title="Gender-based Violence Prevention and Survivor Services in Iraq",
        ca_name="European Union Delegation to Iraq",
        programme="NDICI",
        language="en",
        description=[
            "This call seeks to expand quality, survivor-centred services for women and girls exposed to gender-based violence, and to change attitudes that tolerate violence in the family and the community.",
            "Services may include case management, clinical management of rape referral, legal counselling, safe shelters and economic empowerment for survivors. Prevention work may target men and boys, religious leaders, teachers and the media.",
            "Proposals should explain how they will coordinate with the GBV sub-cluster or its successor coordination structure and with the family protection directorates.",
        ],
        eligible_countries="Iraq, including the Kurdistan Region.",
        applicants="Local civil society organisations, including women’s rights organisations, established in Iraq; non-profit organisations established in the EU may join as co-applicants.",
        conditions="Duration: 24 to 36 months.",
        budget=4_000_000,
        currency="EUR",
        grant_range="Grants requested must be at least EUR 300 000 and may not exceed EUR 1 000 000.",
        start="2026-11-17",
        deadlines=["2027-03-05 17:00"],
        status="open",
        duration="36 months",
        keywords=["Gender-based violence", "GBV", "Women's rights", "Iraq"],
        geo="IQ",
    ),
    dict(
        identifier="EuropeAid/187745/DD/ACT/IQ",
        type=2,
        title="Climate-resilient Water Management in Southern Iraq (Basra and Dhi Qar)",
        ca_name="European Union Delegation to Iraq",
        programme="NDICI",
        language="en",
        description=[
            "Salinity, falling river flows and extreme heat are making farming and drinking water increasingly precarious in Basra and Dhi Qar. The EU will fund projects that improve local water management and help communities adapt.",
            "Relevant interventions: water-user associations and local water governance; modern irrigation and salt-tolerant crops; rehabilitation of small treatment units; restoration of marshland livelihoods (fishing, buffalo herding, reed crafts); and climate awareness in schools.",
            "Projects that partner with the provincial directorates of water resources and agriculture, and that publish open data on water quality, will be preferred.",
        ],
        eligible_countries="Iraq (Basra and Dhi Qar governorates; the Mesopotamian Marshes).",
        applicants="Non-profit organisations, universities and research centres established in Iraq or in an EU Member State. Consortia are encouraged.",
        conditions="Duration: 36 to 48 months.",
        budget=6_500_000,
        currency="EUR",
        grant_range="EU contribution per project: from EUR 1 000 000 up to EUR 2 500 000.",
        start="2026-11-19",
        deadlines=["2027-04-15 17:00"],
        status="open",
        duration="48 months",
        keywords=["Water", "Climate adaptation", "Marshes", "Basra", "Iraq"],
        geo="IQ",
    ),
    dict(
        identifier="EuropeAid/187751/DD/ACT/IQ",
        type=2,
        title="Vocational Training and Job Placement for Young Iraqis",
        ca_name="European Union Delegation to Iraq",
        programme="NDICI",
        language="en",
        description=[
            "The call supports partnerships between training providers, employers and civil society to give young Iraqis aged 16–29 marketable skills and a first job. Apprenticeships, on-the-job training and career guidance are central; stand-alone classroom training will not be funded.",
            "Particular attention should be given to young women, young people with disabilities, and youth from returnee and displaced households.",
        ],
        eligible_countries="Iraq.",
        applicants="Non-profit organisations, public or private non-profit vocational training institutions and chambers of commerce established in Iraq or an EU Member State.",
        conditions="Duration: 36 months. Co-financing of 10% minimum.",
        budget=7_500_000,
        currency="EUR",
        grant_range="Grants between EUR 800 000 and EUR 2 000 000.",
        start="2026-11-04",
        deadlines=["2027-06-10 17:00"],
        status="open",
        duration="36 months",
        keywords=["TVET", "Youth employment", "Apprenticeships", "Iraq"],
        geo="IQ",
    ),
    dict(
        identifier="EuropeAid/187769/DD/ACT/IQ",
        type=2,
        title="Human Rights Defenders Protection Facility – Iraq",
        ca_name="European Union Delegation to Iraq",
        programme="NDICI",
        language="en",
        description=None,  # the portal item carries no description text
        eligible_countries="Iraq.",
        applicants="Civil society organisations working on the protection of human rights defenders.",
        conditions="",
        budget=1_200_000,
        currency="EUR",
        grant_range="EUR 100 000 to EUR 300 000.",
        start="2026-10-26",
        deadlines=["2027-01-08 17:00"],
        status="open",
        duration="24 months",
        keywords=["Human rights defenders", "Iraq"],
        geo="IQ",
    ),
    # ------------------------------------------------------------------ Jordan
    dict(
        identifier="EuropeAid/187803/DD/ACT/JO",
        type=2,
        title="Inclusive Education for Refugee and Vulnerable Jordanian Children",
        ca_name="Delegation of the European Union to Jordan",
        programme="NDICI",
        language="en",
        description=[
            "The overall objective is to increase enrolment, attendance and learning outcomes of refugee and vulnerable Jordanian children in public schools and in certified non-formal education.",
            "**Specific objectives**",
            [
                "reduce drop-out in the transition from primary to secondary school, especially among boys at risk of child labour and girls at risk of early marriage;",
                "expand certified non-formal education (drop-out and catch-up programmes) for children aged 9 to 18;",
                "improve inclusion of children with disabilities in line with the national ten-year inclusive education strategy;",
                "strengthen parents’ involvement and school–community links.",
            ],
            "Actions must be aligned with Ministry of Education plans and should not create parallel structures. Camp-based and host-community actions are both eligible.",
        ],
        eligible_countries="Jordan (including Zaatari and Azraq camps).",
        applicants="Non-profit legal persons established in Jordan or in an EU Member State. Local civil society organisations are encouraged to apply as lead applicants; international NGOs may apply as co-applicants only.",
        conditions="Duration: 24 to 36 months. Co-financing: minimum 5%.",
        budget=6_000_000,
        currency="EUR",
        grant_range="Any grant requested must fall between EUR 500 000 and EUR 1 500 000.",
        start="2026-10-28",
        deadlines=["2027-02-11 17:00"],
        status="open",
        duration="36 months",
        keywords=["Education", "Inclusive education", "Refugees", "Non-formal education", "Jordan"],
        geo="JO",
    ),
    dict(
        identifier="EuropeAid/187816/DD/ACT/JO",
        type=2,
        title="Civil Society Organisations as Actors of Governance and Development in Jordan",
        ca_name="Delegation of the European Union to Jordan",
        programme="NDICI",
        language="en",
        description=[
            "This CSO call aims to enhance the contribution of Jordanian civil society to policy dialogue, with a focus on social protection, decentralisation and the implementation of the political modernisation agenda.",
            "Projects may include evidence-based advocacy & policy research, citizen consultations on draft laws and by-laws, monitoring of governorate and municipal council performance, and internal governance reforms in CSO networks. Organisations based outside Amman are particularly encouraged.",
        ],
        eligible_countries="Jordan.",
        applicants="Jordanian civil society organisations registered with the relevant ministry, and non-profit organisations established in the EU as co-applicants. The lead applicant must be Jordanian.",
        conditions="Duration: 24 to 36 months.",
        budget=3_800_000,
        currency="EUR",
        grant_range="Grants between EUR 250 000 and EUR 750 000.",
        start="2026-10-07",
        deadlines=["2027-01-21 17:00"],
        status="open",
        duration="36 months",
        keywords=["Civil society", "Governance", "Decentralisation", "Jordan"],
        geo="JO",
    ),
    dict(
        identifier="EuropeAid/187824/DD/ACT/JO",
        type=2,
        title="Women's Economic Participation and Home-based Businesses in Jordan",
        ca_name="Delegation of the European Union to Jordan",
        programme="NDICI",
        language="en",
        description=[
            "Female labour-force participation in Jordan remains very low. This call supports projects that help women — Jordanian and refugee — start, formalise and grow home-based and small businesses, and that tackle barriers such as childcare, transport and social norms.",
            "Eligible activities include business development services, access to finance in partnership with microfinance institutions, digital marketing skills, support to registration under the home-based business regulations, and campaigns with employers and families.",
            "Financial support to third parties (in-kind or cash grants to women entrepreneurs) is allowed up to EUR 5 000 per beneficiary.",
        ],
        eligible_countries="Jordan.",
        applicants="Non-profit organisations established in Jordan or in the EU, including women-led organisations and business associations. International NGOs may apply as co-applicants only.",
        conditions="Duration: 24 to 30 months.",
        budget=4_200_000,
        currency="EUR",
        grant_range="EU grant per action: minimum EUR 400 000, maximum EUR 1 000 000.",
        start="2026-09-14",
        deadlines=["2026-12-03 17:00"],
        status="open",
        duration="30 months",
        keywords=["Women's economic empowerment", "Livelihoods", "Entrepreneurship", "Jordan"],
        geo="JO",
    ),
    dict(
        identifier="EuropeAid/187839/DD/ACT/JO",
        type=2,
        title="Water Efficiency and Wastewater Reuse in Host Communities of Mafraq and Irbid",
        ca_name="Delegation of the European Union to Jordan",
        programme="NDICI",
        language="en",
        description=[
            "Jordan is one of the most water-scarce countries in the world and the refugee presence has increased pressure on northern governorates. Proposals should reduce household and agricultural water demand and increase the safe reuse of treated wastewater.",
            [
                "retrofitting of schools, mosques, clinics and households with water-saving devices;",
                "rainwater harvesting cisterns for vulnerable households;",
                "reuse of treated wastewater for fodder and tree crops, with farmer training and quality monitoring;",
                "community awareness and plumbing skills for young people.",
            ],
        ],
        eligible_countries="Jordan (Mafraq and Irbid governorates).",
        applicants="Non-profit organisations established in Jordan or an EU Member State, and Jordanian local authorities as co-applicants.",
        conditions="Duration: 36 months.",
        budget=5_500_000,
        currency="EUR",
        grant_range="Grant size between EUR 1 000 000 and EUR 2 000 000.",
        start="2026-11-11",
        deadlines=["2027-03-25 17:00"],
        status="open",
        duration="36 months",
        keywords=["Water", "Wastewater reuse", "Host communities", "Mafraq", "Irbid", "Jordan"],
        geo="JO",
    ),
    dict(
        identifier="EuropeAid/187842/DD/ACT/JO",
        type=2,
        title="Youth Participation, Volunteering and Local Governance in Jordan",
        ca_name="Delegation of the European Union to Jordan",
        programme="NDICI",
        language="en",
        description=[
            "Projects should give young Jordanians and refugee youth meaningful roles in their communities: youth councils linked to municipalities, volunteering schemes, youth-led local initiatives, and debate and civic education activities in universities and youth centres.",
            "At least half of the activities should take place outside Amman.",
        ],
        eligible_countries="Jordan.",
        applicants="Jordanian non-profit organisations, including youth-led organisations; universities; EU-based non-profit organisations as co-applicants.",
        conditions="Duration: 18 to 30 months.",
        budget=2_400_000,
        currency="EUR",
        grant_range="Grants from EUR 200 000 to EUR 600 000.",
        start="2026-11-10",
        deadlines=["2027-04-08 17:00"],
        status="open",
        duration="30 months",
        keywords=["Youth", "Participation", "Volunteering", "Local governance", "Jordan"],
        geo="JO",
    ),
    dict(
        identifier="EuropeAid/187857/DD/ACT/JO",
        type=2,
        title="Legal Aid and Access to Civil Documentation for Refugees in Jordan",
        ca_name="Delegation of the European Union to Jordan",
        programme="NDICI",
        language="en",
        description=[
            "Missing birth, marriage and death certificates expose refugees to statelessness and block access to school, health care and work permits. The call funds legal aid actors who help refugees and vulnerable Jordanians obtain civil documentation, resolve residency and work-permit issues, and defend their rights in court.",
            "Proposals may include mobile legal clinics, hotlines, strategic litigation and training for lawyers and sharia court staff.",
        ],
        eligible_countries="Jordan.",
        applicants="Jordanian non-profit legal aid organisations, bar-association linked centres and civil society organisations; non-profit organisations established in the EU as co-applicants.",
        conditions="Duration: 24 months.",
        budget=2_000_000,
        currency="EUR",
        grant_range="Each grant must be between EUR 200 000 and EUR 500 000.",
        start="2026-11-02",
        deadlines=["2027-05-27 17:00"],
        status="open",
        duration="24 months",
        keywords=["Legal aid", "Civil documentation", "Refugees", "Access to justice", "Jordan"],
        geo="JO",
    ),
    dict(
        identifier="EuropeAid/187868/DD/ACT/JO",
        type=2,
        title="Human Rights and Democracy Country-Based Support Scheme – Jordan 2027",
        ca_name="Delegation of the European Union to Jordan",
        programme="NDICI",
        language="en",
        description=[
            "The Delegation intends to launch its annual country-based support scheme for human rights and democracy. Priorities are expected to include freedom of expression and association, the rights of migrant domestic workers, and prevention of torture and ill-treatment.",
            "Concept notes will have to be submitted by 11 March 2027 at **12:00 (noon) Brussels time**. Late submissions will be rejected.",
        ],
        eligible_countries="Jordan.",
        applicants="Non-profit civil society organisations and human rights defenders’ networks established in Jordan or in an EU Member State.",
        conditions="Duration: 12 to 24 months (indicative).",
        budget=1_000_000,
        currency="EUR",
        grant_range="Indicative grant size: EUR 100 000 to EUR 300 000.",
        start="2027-01-12",
        deadlines=["2027-03-11 12:00"],
        status="forthcoming",
        duration="24 months",
        keywords=["Human rights", "Democracy", "Freedom of expression", "Migrant workers", "Jordan"],
        geo="JO",
    ),
    # ------------------------------------------------------------- Afghanistan
    dict(
        identifier="EuropeAid/187905/DD/ACT/AF",
        type=2,
        title="Community-based Education for Girls and Boys in Rural Afghanistan",
        ca_name="European Union Delegation to Afghanistan (operating from Doha)",
        programme="NDICI",
        language="en",
        description=[
            "With girls barred from secondary school and university, community-based education and alternative learning pathways have become essential. The EU will fund organisations that run community-based classes in villages far from formal schools, with trained local teachers — including women teachers — and learning materials in Dari and Pashto.",
            "Proposals may also cover accelerated learning, literacy and numeracy for adolescent girls and young women, radio and digital learning where community classes are not possible, and teacher professional development.",
            "Applicants must demonstrate a realistic access strategy, acceptance by communities and a duty-of-care plan for staff. Funds may not be channelled through, or benefit, the de facto authorities.",
            "Monitoring by third-party monitors contracted by the EU should be expected, and budgets should anticipate currency and cash-transfer constraints.",
        ],
        eligible_countries="Afghanistan (all provinces subject to access).",
        applicants="Non-profit organisations established in an EU Member State or in Afghanistan, including Afghan NGOs and international NGOs registered to operate in the country. Consortia combining international and Afghan organisations are welcome.",
        conditions="Duration: 24 to 36 months. Up to 100% of eligible costs can be covered.",
        budget=9_000_000,
        currency="EUR",
        grant_range="Grants must be between EUR 1 000 000 and EUR 3 000 000.",
        start="2026-11-05",
        deadlines=["2027-02-24 17:00"],
        status="open",
        duration="36 months",
        keywords=["Education", "Girls' education", "Community-based education", "Afghanistan"],
        geo="AF",
    ),
    dict(
        identifier="EuropeAid/187917/DH/ACT/AF",
        type=2,
        title="Support to Afghan Civil Society and Human Rights Monitoring",
        ca_name="European Commission - Directorate-General for International Partnerships (Brussels)",
        programme="NDICI",
        language="en",
        description=[
            "Managed from Brussels, this call supports Afghan civil society inside the country and in exile in documenting human rights abuses, in particular against women and girls, ethnic and religious minorities, journalists and former civil servants.",
            "Eligible activities: monitoring and reporting; support to human rights defenders at risk (relocation, legal and psychosocial support); preservation of archives; engagement with UN human rights mechanisms; and informal education on rights.",
        ],
        eligible_countries="Afghanistan; activities by Afghan organisations in Pakistan, Iran, Central Asia, Türkiye and the EU are eligible when they benefit people in Afghanistan.",
        applicants="Afghan civil society organisations (registered in Afghanistan or abroad) and non-profit organisations established in an EU Member State.",
        conditions="Duration: 24 to 36 months.",
        budget=4_000_000,
        currency="EUR",
        grant_range="Minimum EUR 300 000, maximum EUR 1 000 000 per grant.",
        start="2026-11-13",
        deadlines=["2027-03-17 17:00"],
        status="open",
        duration="36 months",
        keywords=["Human rights", "Civil society", "Women's rights", "Afghanistan"],
        geo="AF",
    ),
    dict(
        identifier="EuropeAid/187926/DD/ACT/AF",
        type=2,
        title="Livelihoods, Food Security and Women-led Enterprises in Afghanistan",
        ca_name="European Union Delegation to Afghanistan (operating from Doha)",
        programme="NDICI",
        language="en",
        description=[
            "Basic-needs support to rural households facing acute food insecurity, with a strong focus on women’s income generation: kitchen gardening, food processing, small livestock, handicrafts and market linkages for women-led enterprises and savings groups.",
            "Climate-smart agriculture and rehabilitation of community irrigation (karez) are also eligible.",
        ],
        eligible_countries="Afghanistan.",
        applicants="NGOs established in an EU Member State or in Afghanistan with a valid registration and field presence.",
        conditions="Duration: 30 to 36 months.",
        budget=12_000_000,
        currency="EUR",
        grant_range="Grants will range from EUR 2 000 000 to EUR 4 000 000.",
        start="2026-06-30",
        deadlines=["2026-09-17 17:00"],
        status="open",
        duration="36 months",
        keywords=["Livelihoods", "Food security", "Women entrepreneurs", "Afghanistan"],
        geo="AF",
    ),
    dict(
        identifier="EuropeAid/187931/DD/ACT/AF",
        type=2,
        title="Maternal and Child Health Services through Community Organisations in Afghanistan",
        ca_name="European Union Delegation to Afghanistan (operating from Doha)",
        programme="NDICI",
        language="en",
        description=[
            "The call will support community midwifery, mobile health teams and nutrition services for mothers and young children in underserved provinces, delivered by non-governmental organisations.",
            "The overall envelope has not yet been published and will be confirmed in the guidelines for applicants.",
        ],
        eligible_countries="Afghanistan.",
        applicants="Non-profit health NGOs established in an EU Member State or in Afghanistan.",
        conditions="Duration: 36 months.",
        budget=0,
        currency="EUR",
        grant_range="Grant size to be announced.",
        start="2026-11-18",
        deadlines=["2027-06-24 17:00"],
        status="open",
        duration="36 months",
        keywords=["Health", "Maternal health", "Nutrition", "Afghanistan"],
        geo="AF",
    ),
    # ----------------------------------------------------------------- Türkiye
    dict(
        identifier="EuropeAid/187950/DD/ACT/TR",
        type=2,
        title="Social Cohesion between Refugee and Host Communities in South-East Türkiye",
        ca_name="Delegation of the European Union to Türkiye",
        programme="NDICI",
        language="en",
        description=[
            "Türkiye hosts one of the largest refugee populations in the world. This call supports civil society initiatives that improve relations between Syrian and other refugees and Turkish citizens in Gaziantep, Şanlıurfa, Kilis, Mardin and Adana.",
            "Eligible actions include neighbourhood-level dialogue, joint cultural and sports programmes for young people, combating misinformation about refugees in local media, Turkish language and social orientation courses, and capacity building for refugee-led organisations.",
            "Applicants should work closely with district governorates, municipalities and Provincial Directorates of Migration Management where relevant.",
        ],
        eligible_countries="Türkiye (south-eastern provinces listed above).",
        applicants="Non-profit organisations established in Türkiye or in an EU Member State. Turkish civil society organisations are encouraged to lead; refugee-led organisations may be co-applicants or affiliated entities.",
        conditions="Duration: 24 to 36 months. Co-financing: 10% minimum.",
        budget=6_000_000,
        currency="EUR",
        grant_range="Each grant will be between EUR 500 000 and EUR 1 500 000.",
        start="2026-10-19",
        deadlines=["2027-01-26 17:00"],
        status="open",
        duration="36 months",
        keywords=["Social cohesion", "Refugees", "Host communities", "Gaziantep", "Türkiye"],
        geo="TR",
    ),
    dict(
        identifier="EuropeAid/187963/DD/ACT/TR",
        type=2,
        title="Civil Society Dialogue and Rights-based Advocacy in Türkiye",
        ca_name="Delegation of the European Union to Türkiye",
        programme="NDICI",
        language="en",
        description=[
            "Grants for partnerships between civil society organisations in Türkiye and in EU Member States working on fundamental rights, including the rights of persons with disabilities, women’s rights, environmental rights and freedom of expression.",
            [
                "exchange visits and joint research;",
                "monitoring reports on the implementation of relevant laws;",
                "strategic litigation support;",
                "advocacy campaigns aimed at national and local decision-makers.",
            ],
        ],
        eligible_countries="Türkiye and EU Member States.",
        applicants="Each proposal must be submitted by a partnership of at least one civil society organisation from Türkiye and one from an EU Member State; the lead applicant must be established in Türkiye.",
        conditions="Duration: 18 to 24 months.",
        budget=3_000_000,
        currency="EUR",
        grant_range="Grants from EUR 150 000 to EUR 500 000.",
        start="2026-11-04",
        deadlines=["2027-03-03 17:00"],
        status="open",
        duration="24 months",
        keywords=["Civil society dialogue", "Fundamental rights", "Advocacy", "Türkiye"],
        geo="TR",
    ),
    dict(
        identifier="EuropeAid/187977/DD/ACT/TR",
        type=2,
        title="Post-earthquake Recovery: Psychosocial Support and Community Centres in Hatay, Kahramanmaraş and Adıyaman",
        ca_name="Delegation of the European Union to Türkiye",
        programme="NDICI",
        language="en",
        description=[
            "Nearly four years after the February 2023 earthquakes, many families still live in container settlements and need long-term support. The call funds multi-purpose community centres offering psychosocial support, protection services, early childhood education and livelihood counselling for both Turkish and refugee residents.",
        ],
        eligible_countries="Türkiye (Hatay, Kahramanmaraş and Adıyaman provinces).",
        applicants="Non-profit organisations established in Türkiye or in the EU.",
        conditions="Duration: 24 months.",
        budget=5_000_000,
        currency="EUR",
        grant_range="Grant size: EUR 600 000 to EUR 1 500 000.",
        start="2026-08-24",
        deadlines=["2026-11-19 17:00"],
        status="open",
        duration="24 months",
        keywords=["Earthquake recovery", "Psychosocial support", "Community centres", "Hatay", "Türkiye"],
        geo="TR",
    ),
    dict(
        identifier="EuropeAid/187984/DD/ACT/TR",
        type=2,
        title="Vocational Skills and Formal Employment for Syrians under Temporary Protection and Host Communities",
        ca_name="Delegation of the European Union to Türkiye",
        programme="NDICI",
        language="en",
        description=[
            "The call aims to increase formal employment among Syrians under temporary protection and vulnerable Turkish citizens. Projects should work directly with employers to identify vacancies, provide vocational and Turkish-language training tailored to those vacancies, help with work-permit applications, and follow up after placement.",
            "Wage subsidies for a limited period are eligible if justified. Projects must include a clear exit strategy and a plan to measure employment retention at six and twelve months.",
            "Applicants are encouraged to involve the Turkish Employment Agency at provincial level and sectoral business associations.",
        ],
        eligible_countries="Türkiye.",
        applicants="Non-profit organisations, chambers of commerce and industry, and professional associations established in Türkiye or in an EU Member State.",
        conditions="Duration: 30 to 36 months.",
        budget=10_000_000,
        currency="EUR",
        grant_range="Grants between EUR 1 000 000 and EUR 3 000 000.",
        start="2026-11-18",
        deadlines=["2027-04-29 17:00"],
        status="open",
        duration="36 months",
        keywords=["Employment", "Vocational training", "Temporary protection", "Türkiye"],
        geo="TR",
    ),
    dict(
        identifier="EuropeAid/187990/DD/ACT/TR",
        type=2,
        title="Gender Equality and Prevention of Early and Forced Marriage in Türkiye",
        ca_name="Delegation of the European Union to Türkiye",
        programme="NDICI",
        language="en",
        description=[
            "Projects should prevent early and forced marriage among refugee and Turkish girls and support girls who are already married. Approaches may combine community outreach, work with families and religious figures, school retention support, and referral to social services and legal aid.",
            "Projects run by women’s organisations or in partnership with them are preferred.",
        ],
        eligible_countries="Türkiye.",
        applicants="Non-profit organisations established in Türkiye or in an EU Member State, including women’s organisations and bar associations.",
        conditions="Duration: 24 to 30 months.",
        budget=2_500_000,
        currency="EUR",
        grant_range="Each grant must be between EUR 250 000 and EUR 700 000.",
        start="2026-10-30",
        deadlines=["2027-06-17 17:00"],
        status="open",
        duration="30 months",
        keywords=["Gender equality", "Child marriage", "Girls", "Türkiye"],
        geo="TR",
    ),
    # --------------------------------------------------------- Multi-country
    dict(
        identifier="EuropeAid/188012/DH/ACT/Multi",
        type=2,
        title="Regional Programme for Media Freedom and Safety of Journalists in the Southern Neighbourhood",
        ca_name="European Commission - Directorate-General for Neighbourhood and Enlargement Negotiations (DG NEAR)",
        programme="NDICI",
        language="en",
        description=[
            "DG NEAR invites proposals for regional actions that protect journalists and strengthen independent media across the Southern Neighbourhood.",
            "**Lot 1 – Safety and legal defence**: emergency support to journalists at risk, legal defence funds, anti-SLAPP support and safety training.",
            "**Lot 2 – Sustainable independent media**: business development, audience growth and cross-border investigative collaborations.",
            "Each proposal must cover at least three of the eligible countries. Actions involving exiled media that report on their country of origin are eligible.",
        ],
        eligible_countries="Southern Neighbourhood partner countries: Algeria, Egypt, Israel, Jordan, Lebanon, Libya, Morocco, Palestine, Syria and Tunisia.",
        applicants="Non-profit legal persons established in an EU Member State or in one of the eligible countries. Consortia must include at least one organisation based in the region.",
        conditions="Duration: 36 to 48 months.",
        budget=7_000_000,
        currency="EUR",
        grant_range="Grant requested: minimum EUR 500 000, maximum EUR 2 000 000.",
        start="2026-10-22",
        deadlines=["2027-02-18 17:00"],
        status="open",
        duration="48 months",
        keywords=["Media freedom", "Journalists' safety", "Southern Neighbourhood", "Regional"],
        geo="Multi",
    ),
    dict(
        identifier="EuropeAid/188025/DH/ACT/Multi",
        type=2,
        title="Protecting Children on the Move in Syria, Lebanon, Jordan and Iraq",
        ca_name="European Commission - Directorate-General for Neighbourhood and Enlargement Negotiations (DG NEAR)",
        programme="NDICI",
        language="en",
        description=[
            "A regional call to strengthen protection for unaccompanied and separated children and other children on the move in Syria, Lebanon, Jordan and Iraq.",
            "The action should support cross-border case management and family tracing, harmonise best-interest procedures between countries, train social workers, and provide safe accommodation alternatives. Proposals must cover at least two of the four countries and demonstrate existing operational presence in each of them.",
            "Research components are accepted only where directly linked to service improvements.",
        ],
        eligible_countries="Syria, Lebanon, Jordan and Iraq.",
        applicants="Non-profit organisations established in an EU Member State or in Syria, Lebanon, Jordan or Iraq. A consortium of at least two organisations is required, and the lead applicant should be a local organisation from one of the four countries.",
        conditions="Duration: 36 months.",
        budget=8_000_000,
        currency="EUR",
        grant_range="Grants between EUR 1 000 000 and EUR 2 500 000.",
        start="2026-11-16",
        deadlines=["2027-03-24 17:00"],
        status="open",
        duration="36 months",
        keywords=["Child protection", "Unaccompanied children", "Migration", "Regional", "Syria crisis"],
        geo="Multi",
    ),
    dict(
        identifier="EuropeAid/186999/DH/ACT/Multi",
        type=2,
        title="Peacebuilding and Conflict Prevention Facility for the MENA Region",
        ca_name="European Commission - Service for Foreign Policy Instruments (FPI)",
        programme="NDICI",
        language="en",
        description=[
            "Under the peace, stability and conflict prevention pillar, FPI seeks civil society proposals for conflict prevention, mediation and dialogue in the Middle East and North Africa.",
            "Focus areas: insider mediation and local peace committees; women, peace and security; preventing violent extremism through community approaches; climate-related conflict risks over water and land; and dealing with the past.",
            "Actions may be national or regional. A conflict analysis must be attached to the concept note.",
        ],
        eligible_countries="MENA region, including Iraq, Jordan, Lebanon, Libya, Syria and Yemen.",
        applicants="Non-profit organisations established in an EU Member State or in a MENA country; regional networks of civil society organisations; universities as co-applicants.",
        conditions="Duration: 24 to 36 months.",
        budget=5_000_000,
        currency="EUR",
        grant_range="Any grant requested must be between EUR 300 000 and EUR 1 000 000.",
        start="2026-10-08",
        deadlines=["2027-01-13 17:00"],
        status="open",
        duration="36 months",
        keywords=["Peacebuilding", "Conflict prevention", "Mediation", "MENA"],
        geo="Multi",
    ),
    dict(
        identifier="EuropeAid/188031/DH/ACT/Multi",
        type=2,
        title="Initiatives culturelles et dialogue interculturel en Méditerranée méridionale",
        ca_name="Commission européenne - Direction générale du voisinage et des négociations d'élargissement (DG NEAR)",
        programme="NDICI",
        language="fr",
        description=[
            "L’appel soutient des projets culturels qui favorisent le dialogue interculturel, la liberté artistique et l’emploi des jeunes dans les industries culturelles et créatives des pays du voisinage méridional.",
            [
                "coproductions artistiques entre pays de la région et États membres de l’UE ;",
                "résidences d’artistes et programmes de mobilité ;",
                "protection et valorisation du patrimoine immatériel ;",
                "formation à la gestion culturelle et à l’entrepreneuriat créatif.",
            ],
            "Les projets impliquant au moins trois pays partenaires du voisinage méridional bénéficieront d’une appréciation plus favorable.",
        ],
        eligible_countries="Algérie, Égypte, Jordanie, Liban, Libye, Maroc, Palestine, Syrie, Tunisie, ainsi que les États membres de l’UE.",
        applicants="Organisations culturelles sans but lucratif, associations d’artistes, fondations et universités établies dans un pays éligible.",
        conditions="Durée : 18 à 36 mois. Cofinancement minimal : 10 %.",
        budget=3_000_000,
        currency="EUR",
        grant_range="Chaque subvention sera comprise entre EUR 100 000 et EUR 400 000.",
        start="2026-11-06",
        deadlines=["2027-04-01 17:00"],
        status="open",
        duration="36 mois",
        keywords=["Culture", "Dialogue interculturel", "Industries créatives", "Méditerranée méridionale"],
        geo="Multi",
    ),
    dict(
        identifier="EuropeAid/188046/DH/ACT/Multi",
        type=2,
        title="Education in Emergencies: Regional Teacher Professional Development in the Syria Crisis Response",
        ca_name="European Commission - Directorate-General for Neighbourhood and Enlargement Negotiations (DG NEAR)",
        programme="NDICI",
        language="en",
        description=[
            "Teachers in crisis-affected classrooms across the region often have little preparation for large classes, trauma-affected pupils and mixed levels. This call funds regional teacher professional development programmes with certification recognised by the national education authorities.",
            "Components may include in-service training and coaching, communities of practice, digital learning platforms usable offline, teacher well-being, and training on inclusive and gender-responsive pedagogy.",
            "Proposals should cover at least two of the following countries: Syria, Lebanon, Jordan, Iraq and Türkiye.",
        ],
        eligible_countries="Syria, Lebanon, Jordan, Iraq and Türkiye.",
        applicants="Non-profit organisations, universities and teacher-training institutions established in the eligible countries or in an EU Member State. Consortia with a local lead applicant are encouraged.",
        conditions="Duration: 36 months.",
        budget=6_000_000,
        currency="EUR",
        grant_range="Grants from EUR 1 000 000 to EUR 2 000 000.",
        start="2026-11-20",
        deadlines=["2027-07-15 17:00"],
        status="open",
        duration="36 months",
        keywords=["Education in emergencies", "Teachers", "Regional", "Syria crisis"],
        geo="Multi",
    ),
]


# ===========================================================================
# TYPE 1 — topics of EU programmes managed in the Portal (Horizon Europe,
# CERV, Erasmus+, Creative Europe, AMIF, ...).  Most are near-misses for
# Fursa users (EU / associated-country applicants only); a few explicitly fund
# low- and middle-income countries or neighbourhood partners.
# ===========================================================================
ELIG_HORIZON = (
    "Legal entities established in EU Member States (including outermost regions) and in countries "
    "associated to Horizon Europe, such as Türkiye, Ukraine and the Western Balkans, are eligible to "
    "participate and to receive funding. Participation of entities from other third countries follows "
    "the rules in the General Annexes to the Work Programme."
)
ELIG_HORIZON_INTL = (
    "Entities from EU Member States and Horizon Europe associated countries (including Türkiye and "
    "Ukraine) are eligible. This topic is flagged for international cooperation: entities established "
    "in low- and middle-income countries listed in the General Annexes, for example Afghanistan, Syria, "
    "Iraq, Lebanon and Jordan, are automatically eligible for funding and their participation is "
    "encouraged."
)
APPL_HORIZON_RIA = (
    "Consortia must include at least three independent legal entities, each established in a different "
    "EU Member State or associated country, with at least one of them in a Member State. Universities, "
    "research organisations, public bodies, companies and civil society organisations may take part."
)
ELIG_CERV = (
    "Applicants and partners must be legal entities established in an EU Member State or in a non-EU "
    "country associated to the CERV programme (the list of associated countries is published on the "
    "Portal; it currently includes Ukraine and several Western Balkan countries). Organisations from "
    "other countries are not eligible."
)
ELIG_ERASMUS_ASSOC = (
    "EU Member States and third countries associated to the Erasmus+ Programme: Iceland, Liechtenstein, "
    "Norway, North Macedonia, Serbia and Türkiye. Organisations from third countries not associated to "
    "the Programme may take part only where the Programme Guide allows it for this action."
)
ELIG_AMIF = (
    "Applicants must be legal entities established in an EU Member State participating in AMIF (all "
    "Member States except Denmark). Entities from third countries cannot apply or be funded, with the "
    "exception of international organisations."
)
ELIG_CREA = (
    "Entities established in EU Member States or in non-EU countries participating in the Creative "
    "Europe programme (including Ukraine, Tunisia, Georgia, Armenia, and several Western Balkan "
    "countries). Participation of countries may depend on the strand; check the list on the Portal."
)

PROGRAMME_TOPICS = [
    # ------------------------------------------------------------ Horizon Europe
    dict(
        identifier="HORIZON-CL2-2027-01-DEMOCRACY-03",
        call_identifier="HORIZON-CL2-2027-01",
        call_title="Reshaping democracies (2027)",
        title="Civil society resilience and democratic participation in times of overlapping crises",
        type=1,
        programme="HORIZON",
        action="HORIZON-RIA",
        funder="European Research Executive Agency (REA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Projects are expected to contribute to all of the following outcomes:",
                [
                    "better understanding of how civil society organisations adapt when pandemics, inflation, energy shocks and conflicts overlap;",
                    "evidence-based recommendations on protecting civic space and funding models for civil society;",
                    "tools that help public authorities involve organised civil society in policy-making during emergencies.",
                ],
            ]),
            ("Scope", [
                "Civil society has been both a first responder and a target of restrictions during recent crises. Research should examine how organisations keep their independence, legitimacy and finances under pressure, and how emergency legislation has affected their rights.",
                "Proposals should combine comparative analysis across several European countries with participatory methods involving civil society practitioners. Attention to organisations led by women, young people, migrants and minorities is expected.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON,
        applicants=APPL_HORIZON_RIA,
        conditions="The page limit for Part B is 45 pages.",
        budget=9_000_000,
        min_contribution=2_500_000,
        max_contribution=3_000_000,
        expected_grants=3,
        start="2026-09-23",
        deadlines=["2027-02-11 17:00"],
        status="open",
        keywords=["Civil society", "Democracy", "Civic space", "Crisis"],
        cross_cutting=["Socialsciencesandhumanities"],
    ),
    dict(
        identifier="HORIZON-CL2-2027-01-DEMOCRACY-07",
        call_identifier="HORIZON-CL2-2027-01",
        call_title="Reshaping democracies (2027)",
        title="Information integrity, independent media and synthetic content",
        type=1,
        programme="HORIZON",
        action="HORIZON-RIA",
        funder="European Research Executive Agency (REA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Projects should deliver methods and open tools to detect and trace AI-generated manipulation, insights into the economic situation of independent news media, and policy options for platform regulation that respect freedom of expression.",
            ]),
            ("Scope", [
                "The rapid spread of generative AI has lowered the cost of producing convincing false content. Research should study its effects on elections, on trust in journalism and on vulnerable audiences, and test counter-measures with newsrooms, fact-checkers and regulators.",
                "Cooperation with researchers and media outside the EU, in particular in the neighbourhood, is welcome where it adds value.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON,
        applicants=APPL_HORIZON_RIA,
        conditions="",
        budget=8_000_000,
        min_contribution=4_000_000,
        max_contribution=4_000_000,
        expected_grants=2,
        start="2026-09-23",
        deadlines=["2027-02-11 17:00"],
        status="open",
        keywords=["Disinformation", "Media", "Artificial intelligence", "Democracy"],
        cross_cutting=["AI", "DigitalAgenda"],
    ),
    dict(
        identifier="HORIZON-CL2-2027-01-TRANSFO-04",
        call_identifier="HORIZON-CL2-2027-01",
        call_title="Reshaping democracies (2027)",
        title="Labour market inclusion of refugees and displaced persons: lessons from host countries",
        type=1,
        programme="HORIZON",
        action="HORIZON-RIA",
        funder="European Research Executive Agency (REA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Policy-makers in the EU and in major host countries outside the EU gain comparative evidence on which labour market policies work for refugees and internally displaced people, including work permits, recognition of qualifications and support for self-employment.",
            ]),
            ("Scope", [
                "Research should compare at least three EU Member States with at least two host countries in the EU’s neighbourhood, such as Türkiye, Lebanon or Jordan, and pay attention to gender, informality and the effects on host-community workers.",
                "Participatory research with refugee-led organisations is strongly encouraged. This topic is open to international cooperation.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON_INTL,
        applicants=APPL_HORIZON_RIA + " Local organisations from host countries can join as beneficiaries.",
        conditions="",
        budget=6_000_000,
        min_contribution=3_000_000,
        max_contribution=3_000_000,
        expected_grants=2,
        start="2026-09-23",
        deadlines=["2027-02-11 17:00"],
        status="open",
        keywords=["Migration", "Refugees", "Labour market", "International cooperation"],
        cross_cutting=["InternationalCooperation", "Socialsciencesandhumanities"],
    ),
    dict(
        identifier="HORIZON-CL2-2027-02-HERITAGE-05",
        call_identifier="HORIZON-CL2-2027-02-TWO-STAGE",
        call_title="Cultural heritage, migration and social transformations – two-stage (2027)",
        title="Protecting cultural heritage at risk from armed conflict and illicit trafficking",
        type=1,
        programme="HORIZON",
        action="HORIZON-IA",
        funder="European Research Executive Agency (REA)",
        language="en",
        description=[
            ("Expected Outcome", [
                [
                    "Improved tools for documenting, monitoring and digitally preserving heritage sites and collections threatened by war.",
                    "Better cooperation between customs, police, museums and the art market to identify trafficked cultural goods.",
                    "Involvement of local communities in protecting the heritage they live with.",
                ],
            ]),
            ("Scope", [
                "Proposals should develop and pilot solutions such as remote sensing, provenance databases, and emergency evacuation protocols for collections. Pilots in conflict-affected regions outside the EU (for instance the Middle East or Ukraine) are welcome, together with EU-based validation.",
                "This is a two-stage topic; only short proposals are requested at the first stage.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON_INTL,
        applicants=APPL_HORIZON_RIA,
        conditions="Two-stage submission: a 10-page first-stage proposal, then a full proposal for applicants passing the first stage.",
        budget=10_000_000,
        min_contribution=4_500_000,
        max_contribution=5_000_000,
        expected_grants=2,
        start="2026-10-06",
        deadlines=["2027-01-20 17:00", "2027-06-03 17:00"],
        status="open",
        keywords=["Cultural heritage", "Illicit trafficking", "Armed conflict", "Digitisation"],
        cross_cutting=["InternationalCooperation"],
    ),
    dict(
        identifier="HORIZON-CL2-2027-02-TRANSFO-09",
        call_identifier="HORIZON-CL2-2027-02-TWO-STAGE",
        call_title="Cultural heritage, migration and social transformations – two-stage (2027)",
        title="Migration governance partnerships with countries of origin and transit",
        type=1,
        programme="HORIZON",
        action="HORIZON-RIA",
        funder="European Research Executive Agency (REA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Research under this topic should help the EU and partner countries design migration partnerships that are fair, rights-based and durable, and build research capacity in countries of origin and transit.",
            ]),
            ("Scope", [
                "Proposals should analyse existing cooperation frameworks on return, legal pathways, border management and development, and the perspective of migrants themselves. Case studies should include countries such as Afghanistan, Iraq and Syria as countries of origin, and Türkiye, Jordan and Lebanon as transit and host countries.",
                "Consortia are expected to include researchers from those countries as full partners. Safeguards for researchers and respondents in fragile contexts must be described.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON_INTL,
        applicants=APPL_HORIZON_RIA,
        conditions="Two-stage submission procedure.",
        budget=7_500_000,
        min_contribution=3_500_000,
        max_contribution=3_750_000,
        expected_grants=2,
        start="2026-10-06",
        deadlines=["2027-02-04 17:00", "2027-09-22 17:00"],
        status="open",
        keywords=["Migration", "Partnerships", "Countries of origin", "International cooperation"],
        cross_cutting=["InternationalCooperation", "Socialsciencesandhumanities"],
    ),
    dict(
        identifier="HORIZON-CL3-2027-01-FCT-06",
        call_identifier="HORIZON-CL3-2027-01",
        call_title="Civil security for society (2027)",
        title="Countering trafficking in human beings along Eastern Mediterranean routes",
        type=1,
        programme="HORIZON",
        action="HORIZON-RIA",
        funder="European Research Executive Agency (REA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Law enforcement, labour inspectorates and victim-support organisations are better able to identify victims early, disrupt online recruitment and financial flows, and cooperate across borders.",
            ]),
            ("Scope", [
                "Projects should develop and test tools and training with end-users, including at least two police authorities from different Member States. Involving NGOs that support victims is required.",
                "Attention should also be paid to the exploitation of children and to trafficking for forced criminality.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON,
        applicants=APPL_HORIZON_RIA + " At least two law enforcement agencies must participate as beneficiaries.",
        conditions="",
        budget=4_000_000,
        expected_grants=1,
        start="2026-10-15",
        deadlines=["2027-03-04 17:00"],
        status="open",
        keywords=["Trafficking in human beings", "Law enforcement", "Security"],
        cross_cutting=[],
    ),
    dict(
        identifier="HORIZON-CL3-2027-01-DRS-03",
        call_identifier="HORIZON-CL3-2027-01",
        call_title="Civil security for society (2027)",
        title="Community-centred disaster risk reduction and early warning in multi-hazard settings",
        type=1,
        programme="HORIZON",
        action="HORIZON-IA",
        funder="European Research Executive Agency (REA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Communities, first responders and local authorities use improved early warning systems that take into account cascading hazards — earthquakes, floods, heatwaves and industrial accidents — and reach vulnerable groups such as older people, migrants and people with disabilities.",
            ]),
            ("Scope", [
                "Solutions should be co-designed with residents and tested in at least three pilot sites, including one in a region recently hit by a major earthquake. Lessons from the 2023 earthquakes in Türkiye and Syria are relevant.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON,
        applicants=APPL_HORIZON_RIA,
        conditions="",
        budget=9_000_000,
        min_contribution=4_000_000,
        max_contribution=4_500_000,
        expected_grants=2,
        start="2026-10-15",
        deadlines=["2027-03-04 17:00"],
        status="open",
        keywords=["Disaster risk reduction", "Early warning", "Earthquakes", "Resilience"],
        cross_cutting=[],
    ),
    dict(
        identifier="HORIZON-CL5-2027-D3-02-11",
        call_identifier="HORIZON-CL5-2027-D3-02",
        call_title="Sustainable, secure and competitive energy supply (2027)",
        title="Off-grid renewable energy for humanitarian and displacement settings",
        type=1,
        programme="HORIZON",
        action="HORIZON-IA",
        funder="Climate, Infrastructure and Environment Executive Agency (CINEA)",
        language="en",
        description=[
            ("Expected Outcome", [
                [
                    "Lower diesel use and emissions in camps, informal settlements and host communities;",
                    "reliable power for clinics, schools and water pumping;",
                    "business models that local enterprises can sustain after the project.",
                ],
            ]),
            ("Scope", [
                "Projects should demonstrate solar mini-grids, storage and efficient appliances in at least two displacement contexts outside the EU, together with local energy companies and humanitarian organisations. The topic is open to international cooperation, and partners from low- and middle-income countries are eligible for funding.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON_INTL,
        applicants=APPL_HORIZON_RIA,
        conditions="Technology readiness level 6–7 is expected at the end of the project.",
        budget=10_000_000,
        min_contribution=4_000_000,
        max_contribution=5_000_000,
        expected_grants=2,
        start="2026-11-12",
        deadlines=["2027-04-20 17:00"],
        status="open",
        keywords=["Renewable energy", "Mini-grids", "Humanitarian", "Displacement", "International cooperation"],
        cross_cutting=["InternationalCooperation", "ClimateChange"],
    ),
    dict(
        identifier="HORIZON-CL6-2027-FARM2FORK-01-08",
        call_identifier="HORIZON-CL6-2027-FARM2FORK-01",
        call_title="Fair, healthy and environment-friendly food systems (2027)",
        title="Food system resilience in protracted crises in the Mediterranean and the Middle East",
        type=1,
        programme="HORIZON",
        action="HORIZON-RIA",
        funder="European Research Executive Agency (REA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Stronger evidence on how local food systems can keep functioning during economic collapse, conflict and drought, and practical tools for farmers, local markets and food-assistance agencies.",
            ]),
            ("Scope", [
                "Research should cover production, processing, markets and consumption, and look at the links between humanitarian food assistance and local production. Work in at least two non-EU countries around the Mediterranean or in the Middle East is required, with local research institutions and farmer organisations as partners.",
                "International cooperation is encouraged; entities from Lebanon, Jordan, Iraq and Syria are eligible for funding under the conditions of the General Annexes.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON_INTL,
        applicants=APPL_HORIZON_RIA,
        conditions="",
        budget=7_000_000,
        min_contribution=3_500_000,
        max_contribution=3_500_000,
        expected_grants=2,
        start="2026-10-27",
        deadlines=["2027-02-24 17:00"],
        status="open",
        keywords=["Food systems", "Food security", "Protracted crises", "Mediterranean", "Middle East"],
        cross_cutting=["InternationalCooperation"],
    ),
    dict(
        identifier="HORIZON-CL6-2027-ZEROPOLLUTION-01-04",
        call_identifier="HORIZON-CL6-2027-ZEROPOLLUTION-01",
        call_title="Clean environment and zero pollution (2027)",
        title="Non-conventional water resources for water-scarce regions",
        type=1,
        programme="HORIZON",
        action="HORIZON-IA",
        funder="European Research Executive Agency (REA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Demonstrated, affordable solutions for safe reuse of treated wastewater, brackish water desalination powered by renewables, and managed aquifer recharge in water-scarce regions of Europe.",
            ]),
            ("Scope", [
                "Demonstrations should take place in Southern European regions; replication potential in North Africa and the Middle East should be assessed.",
                "Projects should address public acceptance, health risks and regulatory barriers, and involve water utilities and farmers’ organisations.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON,
        applicants=APPL_HORIZON_RIA,
        conditions="",
        budget=12_000_000,
        expected_grants=2,
        start="2026-10-27",
        deadlines=["2027-02-24 17:00"],
        status="open",
        keywords=["Water scarcity", "Water reuse", "Desalination"],
        cross_cutting=["ClimateChange"],
    ),
    dict(
        identifier="HORIZON-HLTH-2027-01-CARE-05",
        call_identifier="HORIZON-HLTH-2027-01",
        call_title="Health (2027) – single stage",
        title="Mental health and psychosocial support for conflict-affected populations",
        type=1,
        programme="HORIZON",
        action="HORIZON-RIA",
        funder="European Health and Digital Executive Agency (HaDEA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Health and social care providers and humanitarian actors have access to scalable, evidence-based mental health & psychosocial support (MHPSS) interventions adapted to people affected by war and displacement, including children and adolescents.",
                "Decision-makers understand the cost-effectiveness of task-sharing models that rely on trained non-specialists.",
            ]),
            ("Scope", [
                "Proposals should test and adapt interventions in real-world settings, both in EU host countries and in conflict-affected countries. Cultural and linguistic adaptation, the inclusion of affected communities in design, and long-term follow-up are expected.",
                "The topic is flagged for international cooperation. Entities from low- and middle-income countries, including Afghanistan, Syria, Iraq and Lebanon, are eligible for funding, and the Commission welcomes participation of local civil society and health NGOs from those countries.",
                "Projects should also consider the well-being of frontline workers, many of whom are themselves affected by the conflict.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON_INTL,
        applicants=APPL_HORIZON_RIA,
        conditions="Ethics self-assessment with particular attention to research with vulnerable persons is mandatory.",
        budget=15_000_000,
        min_contribution=5_000_000,
        max_contribution=7_500_000,
        expected_grants=2,
        start="2026-11-19",
        deadlines=["2027-04-13 17:00"],
        status="open",
        keywords=["Mental health", "Psychosocial support", "Conflict", "Refugees", "International cooperation"],
        cross_cutting=["InternationalCooperation"],
    ),
    dict(
        identifier="HORIZON-HLTH-2026-03-DISEASE-09",
        call_identifier="HORIZON-HLTH-2026-03",
        call_title="Health (2026) – third single-stage call",
        title="Antimicrobial resistance in conflict-affected health systems",
        type=1,
        programme="HORIZON",
        action="HORIZON-RIA",
        funder="European Health and Digital Executive Agency (HaDEA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Improved surveillance of drug-resistant infections among war-wounded patients and displaced populations, and practical antimicrobial stewardship guidelines for hospitals in fragile settings.",
            ]),
            ("Scope", [
                "Research should generate data from hospitals treating conflict-related injuries and assess cross-border spread to EU health systems. International cooperation with partners in the Middle East and Ukraine is expected.",
                "Findings should feed into practical guidance for health workers.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON_INTL,
        applicants=APPL_HORIZON_RIA,
        conditions="",
        budget=10_000_000,
        min_contribution=5_000_000,
        max_contribution=5_000_000,
        expected_grants=2,
        start="2026-05-12",
        deadlines=["2026-09-16 17:00"],
        status="open",
        keywords=["Antimicrobial resistance", "Conflict", "Health systems"],
        cross_cutting=["InternationalCooperation"],
    ),
    dict(
        identifier="HORIZON-MSCA-2027-SE-01-01",
        call_identifier="HORIZON-MSCA-2027-SE-01",
        call_title="MSCA Staff Exchanges 2027",
        title="MSCA Staff Exchanges 2027",
        type=1,
        programme="HORIZON",
        action="HORIZON-MSCA-SE",
        funder="European Research Executive Agency (REA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Organisations build lasting collaborations through short-term secondments of research, technical, administrative and managerial staff across countries and sectors.",
            ]),
            ("Scope", [
                "Staff Exchanges fund secondments of one to twelve months. Secondments within the EU and associated countries must be intersectoral (for example between a university and an NGO or company); secondments to third countries may be within the same sector. Organisations from third countries can be associated partners; their staff may be seconded to Europe.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON,
        applicants="Partnerships of at least three partners from three different countries, with at least two from different EU Member States or associated countries. Non-academic organisations, including NGOs, are welcome.",
        conditions="Unit costs per person-month apply.",
        budget=93_000_000,
        start="2026-10-01",
        deadlines=["2027-03-03 17:00"],
        status="open",
        keywords=["MSCA", "Staff exchanges", "Mobility", "Research cooperation"],
        cross_cutting=[],
    ),
    dict(
        identifier="HORIZON-WIDERA-2027-ERA-01-42",
        call_identifier="HORIZON-WIDERA-2027-ERA-01",
        call_title="Reforming and enhancing the European R&I system (2027)",
        title="Support for researchers at risk and scholars in exile",
        type=1,
        programme="HORIZON",
        action="HORIZON-CSA",
        funder="European Research Executive Agency (REA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "European universities and research organisations are better prepared to host researchers at risk, including from Afghanistan, Syria, Ukraine and other countries where academic freedom is under threat, and these researchers can continue their careers.",
            ]),
            ("Scope", [
                "The coordination and support action should set up a network of host institutions, offer fellowships and mentoring, and develop guidance on recognition of qualifications and visa procedures.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON,
        applicants="Consortia of universities, research organisations and networks supporting at-risk scholars, established in EU Member States or associated countries.",
        conditions="Financial support to third parties (fellowships) of up to EUR 60 000 per researcher is allowed.",
        budget=5_000_000,
        min_contribution=5_000_000,
        max_contribution=5_000_000,
        expected_grants=1,
        start="2026-11-18",
        deadlines=["2027-05-18 17:00"],
        status="open",
        keywords=["Researchers at risk", "Academic freedom", "Scholars in exile"],
        cross_cutting=[],
    ),
    dict(
        identifier="HORIZON-MISS-2027-CLIMA-01-06",
        call_identifier="HORIZON-MISS-2027-CLIMA-01",
        call_title="Mission Adaptation to Climate Change (2027)",
        title="Locally-led climate adaptation pilots in EU regions",
        type=1,
        programme="HORIZON",
        action="HORIZON-IA",
        funder="Climate, Infrastructure and Environment Executive Agency (CINEA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Regions and local authorities signatory to the Mission Charter test adaptation measures designed with residents and scale up the ones that work.",
            ]),
            ("Scope", [
                "Each project should involve at least three EU regions. Participatory budgeting for adaptation and nature-based solutions are encouraged.",
                "Each pilot should set measurable adaptation targets, let citizens help decide priorities, and document costs and benefits so that other regions can replicate it. Links with regional adaptation plans and other EU funds should be described.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON,
        applicants=APPL_HORIZON_RIA + " At least three regional or local authorities must be beneficiaries.",
        conditions="",
        budget=18_000_000,
        min_contribution=6_000_000,
        max_contribution=6_000_000,
        expected_grants=3,
        start="2027-01-12",
        deadlines=["2027-04-28 17:00"],
        status="forthcoming",
        keywords=["Climate adaptation", "Regions", "Mission", "Nature-based solutions"],
        cross_cutting=["ClimateChange"],
    ),
    dict(
        identifier="HORIZON-INFRA-2027-DEV-01-04",
        call_identifier="HORIZON-INFRA-2027-DEV-01",
        call_title="Developing European research infrastructures (2027)",
        title="Research infrastructure services for survey and population data in the social sciences",
        type=1,
        programme="HORIZON",
        action="HORIZON-RIA",
        funder="European Research Executive Agency (REA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Researchers and policy-makers gain easier and safer access to comparable social data across countries, including data on groups that are usually missing from surveys.",
                "Infrastructures become more sustainable and better connected to the European Open Science Cloud.",
            ]),
            ("Scope", [
                "Support to existing social-science research infrastructures to harmonise survey data, improve coverage of hard-to-reach populations (migrants, homeless people, minorities), and provide secure remote access for researchers.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON,
        applicants=APPL_HORIZON_RIA,
        conditions="",
        budget=6_000_000,
        expected_grants=1,
        start="2026-11-05",
        deadlines=["2027-03-18 17:00"],
        status="open",
        keywords=["Research infrastructures", "Social sciences", "Survey data"],
        cross_cutting=[],
    ),
    dict(
        identifier="HORIZON-CL2-2027-01-DEMOCRACY-10",
        call_identifier="HORIZON-CL2-2027-01",
        call_title="Reshaping democracies (2027)",
        title="Women's political representation and violence against women in politics",
        type=1,
        programme="HORIZON",
        action="HORIZON-RIA-LS",
        funder="European Research Executive Agency (REA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Better data on violence, harassment and online abuse against women candidates and elected officials, and tested measures to prevent it, for parties, parliaments and electoral bodies.",
            ]),
            ("Scope", [
                "Research should cover the EU and may include candidate and neighbourhood countries for comparison.",
                "Projects should study both offline and online abuse, its effect on women’s decisions to run for office or to stay in politics, and the responses of parties and institutions. The experiences of women from minority or migrant backgrounds must be considered.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON,
        applicants=APPL_HORIZON_RIA,
        conditions="Lump sum funding applies.",
        budget=3_000_000,
        min_contribution=3_000_000,
        max_contribution=3_000_000,
        expected_grants=1,
        start="2026-09-23",
        deadlines=["2027-02-11 17:00"],
        status="open",
        keywords=["Gender equality", "Women in politics", "Violence against women"],
        cross_cutting=["Socialsciencesandhumanities"],
    ),
    dict(
        identifier="HORIZON-EIC-2027-PATHFINDEROPEN-01",
        call_identifier="HORIZON-EIC-2027-PATHFINDEROPEN-01",
        call_title="EIC Pathfinder Open 2027",
        title="EIC Pathfinder Open 2027",
        type=1,
        programme="HORIZON",
        action="HORIZON-EIC",
        funder="European Innovation Council and SMEs Executive Agency (EISMEA)",
        language="en",
        description=[
            ("Scope", [
                "Funding for early-stage, high-risk research on breakthrough technologies in any field. Proposals must present a convincing long-term vision, a concrete and novel scientific objective, and a high-risk approach.",
                "There are no predefined topics. Interdisciplinary consortia combining expertise from different fields are encouraged. Evaluation looks at excellence, impact and quality of implementation, with particular weight on the novelty and ambition of the technological vision.",
            ]),
        ],
        eligible_countries=ELIG_HORIZON,
        applicants="Consortia of at least three independent legal entities from three different EU Member States or associated countries; single applicants and two-member consortia are possible under specific conditions.",
        conditions="",
        budget=136_000_000,
        max_contribution=3_000_000,
        start="2026-10-20",
        deadlines=["2027-03-03 17:00"],
        status="open",
        keywords=["EIC", "Breakthrough technologies", "Deep tech"],
        cross_cutting=[],
    ),
    # ---------------------------------------------------------------------- CERV
    dict(
        identifier="CERV-2027-CHILD",
        call_identifier="CERV-2027-CHILD",
        call_title="Call for proposals to protect and promote the rights of the child",
        title="Protect and promote the rights of the child",
        type=1,
        programme="CERV",
        action="CERV-PJG",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Objective", [
                "The call funds projects that make child protection systems more integrated and child-friendly and that give children a real say in decisions affecting them.",
            ]),
            ("Scope", [
                "**Priority 1 – Integrated child protection systems**: cooperation between social services, schools, health, police and justice; child-friendly procedures; support for children in alternative care.",
                "**Priority 2 – Child participation**: mechanisms for children to be heard at local and national level, including children in vulnerable situations such as migrant and refugee children and children with disabilities.",
                "Activities may include training of professionals, mutual learning, awareness raising and development of tools. Projects must involve children in their design and implementation and have a child safeguarding policy.",
            ]),
        ],
        eligible_countries=ELIG_CERV,
        applicants="Public entities and non-profit organisations. Projects can be national or transnational; a consortium of at least two organisations (applicant and partner) is required.",
        conditions="Project duration: 12 to 24 months. The requested EU grant must be at least EUR 75 000.",
        budget=5_500_000,
        min_contribution=75_000,
        max_contribution=600_000,
        expected_grants=12,
        start="2026-11-10",
        deadlines=["2027-04-15 17:00"],
        status="open",
        keywords=["Rights of the child", "Child protection", "Child participation"],
        cross_cutting=[],
    ),
    dict(
        identifier="CERV-2027-DAPHNE",
        call_identifier="CERV-2027-DAPHNE",
        call_title="Call for proposals to prevent and combat gender-based violence and violence against children",
        title="Prevent and combat gender-based violence and violence against children",
        type=1,
        programme="CERV",
        action="CERV-PJG",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Objective", [
                "Preventing gender-based violence, supporting and protecting survivors, and working with perpetrators to stop repeated violence.",
            ]),
            ("Scope", [
                [
                    "large-scale and long-term prevention work, including with men and boys and in schools;",
                    "specialist support services for survivors of violence, including women with disabilities, migrant women and LGBTIQ persons;",
                    "multi-agency cooperation and risk assessment;",
                    "tackling online and technology-facilitated violence.",
                ],
                "Transnational projects are preferred where they add clear value, but national projects are also accepted.",
            ]),
        ],
        eligible_countries=ELIG_CERV,
        applicants="Public entities and non-profit organisations established in eligible countries; for-profit entities only as partners without funding.",
        conditions="Duration: up to 24 months. Minimum grant EUR 75 000.",
        budget=28_000_000,
        min_contribution=75_000,
        max_contribution=1_000_000,
        start="2026-11-10",
        deadlines=["2027-04-27 17:00"],
        status="open",
        keywords=["Gender-based violence", "Daphne", "Violence against children", "Survivors"],
        cross_cutting=[],
    ),
    dict(
        identifier="CERV-2027-EQUAL",
        call_identifier="CERV-2027-EQUAL",
        call_title="Call for proposals to promote equality and to fight against racism, xenophobia and discrimination",
        title="Promote equality and fight against racism, xenophobia and discrimination",
        type=1,
        programme="CERV",
        action="CERV-PJG",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Scope", [
                "Projects addressing racism and discrimination based on religion, ethnic origin, disability, age or sexual orientation, including anti-Muslim hatred, antisemitism and anti-Roma discrimination. Diversity management in workplaces and equality data collection are also in scope.",
                "Projects may develop local and national action plans against racism, support victims of hate crime and discrimination, train professionals such as police officers and teachers, and involve the communities concerned in designing the measures.",
            ]),
        ],
        eligible_countries=ELIG_CERV,
        applicants="Non-profit organisations and public authorities; at least two organisations per project.",
        conditions="",
        budget=12_000_000,
        min_contribution=75_000,
        start="2026-11-04",
        deadlines=["2027-03-23 17:00"],
        status="open",
        keywords=["Equality", "Racism", "Discrimination", "Xenophobia"],
        cross_cutting=[],
    ),
    dict(
        identifier="CERV-2027-CITIZENS-TOWN-TT",
        call_identifier="CERV-2027-CITIZENS-TOWN",
        call_title="Call for proposals on town-twinning and networks of towns",
        title="Town-twinning",
        type=1,
        programme="CERV",
        action="CERV-PJG",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Objective", [
                "Give citizens the chance to experience Europe’s diversity first-hand and to discuss the future of the Union with people from partner towns.",
            ]),
            ("Scope", [
                "Town-twinning brings citizens from twinned towns together to debate European questions and strengthen mutual understanding. Meetings must involve at least 50 participants, of whom at least 25 are invited participants.",
                "Please note: the deadline is **1 March 2027, 12:00 CET (midday, Brussels time)**.",
            ]),
        ],
        eligible_countries=ELIG_CERV,
        applicants="Towns, municipalities, their twinning committees and other non-profit organisations representing local authorities. At least two towns from two different eligible countries, of which at least one is an EU Member State.",
        conditions="Lump sum grants between EUR 10 000 and EUR 30 000.",
        budget=4_000_000,
        min_contribution=10_000,
        max_contribution=30_000,
        start="2026-11-03",
        deadlines=["2027-03-01 12:00"],
        status="open",
        keywords=["Town-twinning", "Citizens", "Local authorities"],
        cross_cutting=[],
    ),
    dict(
        identifier="CERV-2026-CITIZENS-REM",
        call_identifier="CERV-2026-CITIZENS-REM",
        call_title="Call for proposals on European remembrance",
        title="European remembrance",
        type=1,
        programme="CERV",
        action="CERV-PJG",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Scope", [
                "Projects that reflect on the causes and consequences of totalitarian regimes in Europe’s history, commemorate victims, and use archives and testimonies to engage young people.",
                "Projects may use many formats: research and documentation, exhibitions, educational materials, visits to memorial sites, theatre or digital storytelling. Cross-border projects that set different national perspectives on the same events side by side are welcome.",
                "Passing memory on to the younger generation, and countering Holocaust denial and distortion, should be part of the approach.",
            ]),
        ],
        eligible_countries=ELIG_CERV,
        applicants="Non-profit organisations, including memorial sites, museums, research bodies and educational organisations; public bodies.",
        conditions="",
        budget=8_000_000,
        min_contribution=75_000,
        start="2026-06-18",
        deadlines=["2026-10-08 17:00"],
        status="open",
        keywords=["Remembrance", "History", "Totalitarian regimes"],
        cross_cutting=[],
    ),
    dict(
        identifier="CERV-2027-CITIZENS-CIV",
        call_identifier="CERV-2027-CITIZENS-CIV",
        call_title="Call for proposals on citizens' engagement and participation",
        title="Citizens' engagement and participation",
        type=1,
        programme="CERV",
        action="CERV-PJG",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Scope", [
                "Support for projects that encourage people, especially under-represented groups, to take part in democratic life at local and EU level: deliberative assemblies, civic education, volunteering and initiatives that bring together citizens with a migrant background and long-standing residents.",
                "Projects must be transnational, involving organisations from at least three eligible countries.",
                "Projects should reach people who rarely participate, for instance young people not in education or employment, older people and people in rural areas.",
            ]),
        ],
        eligible_countries=ELIG_CERV,
        applicants="Non-profit organisations and public authorities from at least three different eligible countries.",
        conditions="",
        budget=18_000_000,
        min_contribution=100_000,
        max_contribution=300_000,
        start="2026-11-04",
        deadlines=["2027-03-09 17:00"],
        status="open",
        keywords=["Citizens' participation", "Democracy", "Civic engagement"],
        cross_cutting=[],
    ),
    dict(
        identifier="CERV-2027-CHAR-LITI",
        call_identifier="CERV-2027-CHAR-LITI",
        call_title="Call for proposals to promote capacity building and awareness on the EU Charter of Fundamental Rights and strategic litigation",
        title="Charter of Fundamental Rights awareness and strategic litigation",
        type=1,
        programme="CERV",
        action="CERV-PJG",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Scope", [
                "Projects should build the capacity of civil society organisations, legal practitioners and national human rights institutions to use the Charter and to bring strategic cases that advance fundamental rights, including the rights of asylum seekers and migrants.",
                "Examples: training for lawyers and judges on the Charter, handbooks and case-law databases, support to national human rights institutions, and coordinated litigation strategies. Projects should show how they will measure their contribution to legal change.",
            ]),
        ],
        eligible_countries=ELIG_CERV,
        applicants="Non-profit organisations, bar associations, universities and national human rights institutions.",
        conditions="",
        budget=3_000_000,
        min_contribution=100_000,
        start="2026-11-19",
        deadlines=["2027-05-25 17:00"],
        status="open",
        keywords=["Fundamental rights", "Strategic litigation", "Charter"],
        cross_cutting=[],
    ),
    dict(
        identifier="CERV-2027-OG-FPA",
        call_identifier="CERV-2027-OG-FPA",
        call_title="Call for proposals for four-year framework partnership agreements to support European networks and civil society organisations",
        title="Framework partnerships for European networks and civil society organisations",
        type=1,
        programme="CERV",
        action="CERV-FPA",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Scope", [
                "Four-year framework partnership agreements for EU-level networks and civil society organisations active in equality, rights of the child, gender equality, Union values or remembrance. Selected partners will be invited to apply annually for operating grants.",
                "Partners will be selected on the relevance of their strategy to CERV priorities, their membership and reach, and their internal governance. The framework partnership itself does not give a right to funding; specific operating grants are awarded each year.",
            ]),
        ],
        eligible_countries=ELIG_CERV,
        applicants="EU-level networks with members in at least 10 eligible countries, and civil society organisations active at EU level.",
        conditions="Opening planned for February 2027.",
        budget=30_000_000,
        start="2027-02-15",
        deadlines=["2027-05-13 17:00"],
        status="forthcoming",
        keywords=["Operating grants", "Framework partnership", "Networks", "Civil society"],
        cross_cutting=[],
    ),
    dict(
        identifier="CERV-2027-GE",
        call_identifier="CERV-2027-GE",
        call_title="Call for proposals to promote gender equality",
        title="Promote gender equality: women's participation in political and public life",
        type=1,
        programme="CERV",
        action="CERV-PJG",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Scope", [
                "Projects should increase women’s participation and leadership in political and public life — including women with a migrant background — by tackling stereotypes, supporting candidates and developing measures against sexist hate speech online.",
                "Work with political parties, municipalities and media is particularly welcome.",
                "Projects may also test measures inside institutions, such as codes of conduct, mentoring schemes and support for combining political work with care responsibilities.",
            ]),
        ],
        eligible_countries=ELIG_CERV,
        applicants="Non-profit organisations and public entities; at least two organisations.",
        conditions="",
        budget=6_500_000,
        min_contribution=75_000,
        max_contribution=750_000,
        start="2026-11-10",
        deadlines=["2027-04-20 17:00"],
        status="open",
        keywords=["Gender equality", "Women's participation", "Political life"],
        cross_cutting=[],
    ),
    dict(
        identifier="CERV-2027-CITIZENS-VAL",
        call_identifier="CERV-2027-CITIZENS-VAL",
        call_title="Call for proposals to promote and protect Union values",
        title="Capacity building for civil society organisations promoting Union values at national level",
        type=1,
        programme="CERV",
        action="CERV-PJG",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Scope", [
                "Intermediary organisations will re-grant funds to small civil society organisations working on democracy, the rule of law and fundamental rights in one or more EU Member States. Selected intermediaries must run open, transparent sub-granting procedures and provide training and mentoring to grantees.",
                "Sub-grants should come in a range of sizes and include core funding for small organisations. Intermediaries must also offer capacity building — for example on advocacy, communication and organisational development — and organise peer learning among grantees.",
            ]),
        ],
        eligible_countries=ELIG_CERV,
        applicants="Non-profit organisations with experience of sub-granting, established in an EU Member State.",
        conditions="At least 60% of the budget must be passed on as financial support to third parties.",
        budget=60_000_000,
        min_contribution=1_000_000,
        max_contribution=10_000_000,
        start="2026-11-17",
        deadlines=["2027-06-15 17:00"],
        status="open",
        keywords=["Union values", "Re-granting", "Rule of law", "Civil society"],
        cross_cutting=[],
    ),
    # ------------------------------------------------------------------ Erasmus+
    dict(
        identifier="ERASMUS-EDU-2027-CBHE-STRAND-1",
        call_identifier="ERASMUS-EDU-2027-CBHE",
        call_title="Capacity building in the field of higher education",
        title="Fostering access to cooperation in higher education",
        type=1,
        programme="ERASMUS",
        action="ERASMUS-LS",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Objective", [
                "Strand 1 is designed to bring smaller and less experienced higher education institutions from third countries into international cooperation, and to reach disadvantaged students and staff.",
            ]),
            ("Scope", [
                "Typical activities include modernising teaching and administrative practices, setting up international relations offices, developing inclusive admission policies for refugees and displaced students, and creating digital learning capacity.",
                "Priority is given to institutions in remote regions, to newer institutions, and to those with little previous Erasmus+ experience.",
            ]),
        ],
        eligible_countries="Higher education institutions from EU Member States and third countries associated to the Programme, together with institutions from eligible third countries not associated to the Programme, among them Lebanon, Jordan, Syria (South-Mediterranean region), Iraq (Middle East region) and Afghanistan (Asia region), subject to the conditions of the Programme Guide.",
        applicants="Projects must involve at least one HEI from each of at least two EU Member States or associated countries, and at least two HEIs from each eligible third country targeted. Organisations other than HEIs (e.g. NGOs) may be full partners.",
        conditions="Project duration: 24 or 36 months.",
        budget=42_000_000,
        min_contribution=200_000,
        max_contribution=400_000,
        start="2026-11-12",
        deadlines=["2027-02-12 17:00"],
        status="open",
        keywords=["Higher education", "Capacity building", "Third countries", "CBHE"],
        cross_cutting=["InternationalCooperation"],
        other_topics=[("ERASMUS-EDU-2027-CBHE-STRAND-2", 70_000_000), ("ERASMUS-EDU-2027-CBHE-STRAND-3", 35_000_000)],
    ),
    dict(
        identifier="ERASMUS-EDU-2027-CBHE-STRAND-2",
        call_identifier="ERASMUS-EDU-2027-CBHE",
        call_title="Capacity building in the field of higher education",
        title="Partnerships for transformation in higher education",
        type=1,
        programme="ERASMUS",
        action="ERASMUS-LS",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Higher education institutions in partner countries become more relevant to the needs of their societies and labour markets, and better connected to the European Higher Education Area.",
            ]),
            ("Scope", [
                "Strand 2 supports innovation in higher education in eligible third countries: new curricula and learning methods, links with the labour market, quality assurance, and governance reforms. Topics linked to the green and digital transition, public health and peacebuilding are welcome.",
            ]),
        ],
        eligible_countries="EU Member States and associated countries, plus eligible third countries not associated to the Programme (including countries of the Southern Mediterranean and the Middle East, such as Lebanon, Jordan and Iraq).",
        applicants="At least one HEI from each of at least two EU Member States or associated countries and at least two HEIs from each participating third country.",
        conditions="",
        budget=70_000_000,
        min_contribution=400_000,
        max_contribution=800_000,
        start="2026-11-12",
        deadlines=["2027-02-12 17:00"],
        status="open",
        keywords=["Higher education", "Curriculum development", "CBHE"],
        cross_cutting=["InternationalCooperation"],
    ),
    dict(
        identifier="ERASMUS-EDU-2027-CB-VET",
        call_identifier="ERASMUS-EDU-2027-CB-VET",
        call_title="Capacity building in the field of vocational education and training",
        title="Capacity building in the field of vocational education and training",
        type=1,
        programme="ERASMUS",
        action="ERASMUS-LS",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Scope", [
                "Cooperation projects that improve the quality and relevance of VET in third countries not associated to the Programme, by working with VET providers, employers and public authorities on work-based learning, teacher training and the inclusion of young people from disadvantaged backgrounds.",
                "Projects should build on national VET reforms and avoid duplicating other donor programmes. Mobility of staff and learners is possible as a complementary activity.",
            ]),
        ],
        eligible_countries="EU Member States and associated countries; third countries not associated to the Programme in the Western Balkans, the Eastern and Southern Neighbourhood (including Lebanon and Jordan) and Sub-Saharan Africa.",
        applicants="Public or private organisations active in VET. Minimum one organisation from an EU Member State or associated country and one from an eligible third country.",
        conditions="",
        budget=28_000_000,
        min_contribution=100_000,
        max_contribution=400_000,
        start="2026-11-12",
        deadlines=["2027-02-26 17:00"],
        status="open",
        keywords=["Vocational education", "VET", "Capacity building"],
        cross_cutting=["InternationalCooperation"],
    ),
    dict(
        identifier="ERASMUS-YOUTH-2027-CB",
        call_identifier="ERASMUS-YOUTH-2027-CB",
        call_title="Capacity building in the field of youth",
        title="Capacity building in the field of youth",
        type=1,
        programme="ERASMUS",
        action="ERASMUS-LS",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Scope", [
                "Support to youth organisations and youth workers in third countries not associated to the Programme: non-formal learning, youth participation, youth work quality, and young people’s involvement in peace and social cohesion.",
                "Projects may include youth exchanges, youth worker mobility and the creation of new tools and methods.",
                "Activities must take place in the eligible third countries, with limited exceptions.",
            ]),
        ],
        eligible_countries="EU Member States and associated countries, together with eligible third countries: Western Balkans, Eastern Partnership countries, South-Mediterranean countries (such as Lebanon, Jordan and Palestine), and Sub-Saharan Africa.",
        applicants="Non-profit organisations, public bodies and informal groups of young people (as partners). At least four organisations from at least two countries, including at least one from an eligible third country.",
        conditions="",
        budget=12_000_000,
        min_contribution=100_000,
        max_contribution=300_000,
        start="2026-11-12",
        deadlines=["2027-02-26 17:00"],
        status="open",
        keywords=["Youth", "Youth work", "Capacity building", "Non-formal learning"],
        cross_cutting=["InternationalCooperation"],
    ),
    dict(
        identifier="ERASMUS-SPORT-2027-CB",
        call_identifier="ERASMUS-SPORT-2027-CB",
        call_title="Capacity building in the field of sport",
        title="Capacity building in the field of sport",
        type=1,
        programme="ERASMUS",
        action="ERASMUS-LS",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Objective", [
                "Use sport to support community development in third countries not associated to Erasmus+, and help grassroots sport organisations run safe and inclusive activities.",
            ]),
            ("Scope", [
                "Grassroots sport projects in third countries that promote social inclusion, gender equality and healthy lifestyles, and that use sport as a tool for dialogue between communities.",
                "Examples include coaching programmes for girls, mixed teams bringing together refugee and host-community youth, safeguarding training for coaches, and exchanges of practice between European and partner-country clubs.",
            ]),
        ],
        eligible_countries="EU Member States and associated countries; third countries in the Western Balkans, Eastern and Southern Neighbourhood, and Sub-Saharan Africa.",
        applicants="Non-profit sport organisations and public bodies; at least four organisations from at least two countries.",
        conditions="",
        budget=5_000_000,
        min_contribution=100_000,
        max_contribution=200_000,
        start="2026-11-12",
        deadlines=["2027-02-26 17:00"],
        status="open",
        keywords=["Sport", "Social inclusion", "Capacity building"],
        cross_cutting=[],
    ),
    dict(
        identifier="ERASMUS-EDU-2027-VIRT-EXCH",
        call_identifier="ERASMUS-EDU-2027-VIRT-EXCH",
        call_title="Erasmus+ Virtual Exchanges in higher education and youth",
        title="Virtual exchanges in higher education and youth",
        type=1,
        programme="ERASMUS",
        action="ERASMUS-LS",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Objective", [
                "Online, facilitated exchanges that connect young people and students from Europe with peers in the Southern Mediterranean, the Middle East and other regions, building intercultural skills and critical thinking.",
            ]),
            ("Scope", [
                "Proposals should design and run virtual exchange programmes reaching at least 1 500 participants, train facilitators, and integrate exchanges into curricula where possible. Low-bandwidth formats should be offered for participants with poor connectivity.",
            ]),
        ],
        eligible_countries="EU Member States and associated countries; third countries not associated to the Programme in the Southern Mediterranean (including Lebanon, Jordan, Syria), the Middle East (including Iraq) and other regions listed in the Programme Guide.",
        applicants="Higher education institutions and youth organisations, in consortia including partners from both Europe and eligible third countries.",
        conditions="",
        budget=6_000_000,
        max_contribution=500_000,
        start="2026-11-18",
        deadlines=["2027-04-21 17:00"],
        status="open",
        keywords=["Virtual exchange", "Intercultural dialogue", "Youth", "Higher education"],
        cross_cutting=["DigitalAgenda", "InternationalCooperation"],
    ),
    dict(
        identifier="ERASMUS-EDU-2027-PI-ALL-INNO-EDU-ENTERP",
        call_identifier="ERASMUS-EDU-2027-PI-ALL-INNO",
        call_title="Partnerships for Innovation – Alliances (2027)",
        title="Alliances for Education and Enterprises",
        type=1,
        programme="ERASMUS",
        action="ERASMUS-LS",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Alliances are expected to produce lasting cooperation between education providers and employers, new or updated curricula that integrate practical training, and learning opportunities that respond to skill shortages identified at sectoral or regional level.",
                "Proposals must explain how results will be shared beyond the partnership and kept up to date after EU funding ends. Detailed conditions will be available when the call opens.",
            ]),
            ("Scope", [
                "Alliances bring together higher education, VET and businesses to develop new curricula and foster entrepreneurship and digital and green skills.",
            ]),
        ],
        eligible_countries=ELIG_ERASMUS_ASSOC,
        applicants="At least eight full partners from at least four EU Member States or associated countries, including at least three labour-market actors and three education and training providers.",
        conditions="",
        budget=64_000_000,
        max_contribution=1_000_000,
        start="2027-01-14",
        deadlines=["2027-03-04 17:00"],
        status="forthcoming",
        keywords=["Alliances for Innovation", "Education and enterprises", "Skills"],
        cross_cutting=["DigitalAgenda"],
    ),
    dict(
        identifier="ERASMUS-JMO-2027-HEI-TCH-RSCH",
        call_identifier="ERASMUS-JMO-2027-HEI",
        call_title="Jean Monnet Actions in the field of higher education",
        title="Jean Monnet Modules, Chairs and Centres of Excellence",
        type=1,
        programme="ERASMUS",
        action="ERASMUS-UN",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Scope", [
                "Teaching and research on European Union studies at higher education institutions worldwide. Modules are short teaching programmes, Chairs are teaching posts held by one professor, and Centres of Excellence bring together expertise across faculties.",
                "Activities can include courses, summer schools, research, publications and events that bring EU studies to students who would not otherwise meet them, such as students of law, health or engineering. Institutions outside the EU are encouraged to use Jean Monnet actions to build expertise on the EU’s relations with their region.",
            ]),
        ],
        eligible_countries="Higher education institutions established in any country of the world may apply.",
        applicants="Higher education institutions.",
        conditions="",
        budget=15_000_000,
        min_contribution=30_000,
        max_contribution=100_000,
        start="2026-11-12",
        deadlines=["2027-02-10 17:00"],
        status="open",
        keywords=["Jean Monnet", "EU studies", "Higher education"],
        cross_cutting=[],
    ),
    dict(
        identifier="ERASMUS-EDU-2027-POL-EXP-DISPLACED",
        call_identifier="ERASMUS-EDU-2027-POL-EXP",
        call_title="European policy experimentation in education and training",
        title="Policy experimentation: education pathways for displaced learners",
        type=1,
        programme="ERASMUS",
        action="ERASMUS-LS",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Scope", [
                "Education ministries, together with research and civil society partners, should test and evaluate policy measures that help learners displaced by war — including from Ukraine, Syria and Afghanistan — continue their studies: language support, recognition of prior learning, and flexible transitions between national curricula.",
                "Projects must use counterfactual or comparable rigorous evaluation methods.",
                "Results should inform national and EU policy.",
            ]),
        ],
        eligible_countries=ELIG_ERASMUS_ASSOC,
        applicants="Consortia led by, or including, public authorities at ministerial level from at least three eligible countries.",
        conditions="",
        budget=10_000_000,
        min_contribution=1_000_000,
        max_contribution=2_000_000,
        start="2026-11-20",
        deadlines=["2027-05-11 17:00"],
        status="open",
        keywords=["Policy experimentation", "Displaced learners", "Education"],
        cross_cutting=[],
    ),
    dict(
        identifier="ERASMUS-YOUTH-2027-YOUTH-TOG",
        call_identifier="ERASMUS-YOUTH-2027-YOUTH-TOG",
        call_title="European Youth Together",
        title="European Youth Together",
        type=1,
        programme="ERASMUS",
        action="ERASMUS-LS",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Objective", [
                "Bring together young people from different parts of Europe, strengthen the European dimension of youth organisations’ work, and reach young people who rarely take part in international activities.",
            ]),
            ("Scope", [
                "Networks of youth organisations that run cross-border partnerships on European values, participation of young people with fewer opportunities, and the inclusion of young refugees.",
                "Activities can include exchanges, trainings, joint campaigns and online cooperation. Partnerships should include grassroots organisations as well as larger networks, and show how young participants help steer the project.",
            ]),
        ],
        eligible_countries=ELIG_ERASMUS_ASSOC,
        applicants="At least five partners from five different EU Member States or associated countries.",
        conditions="",
        budget=9_000_000,
        max_contribution=500_000,
        start="2026-11-12",
        deadlines=["2027-03-04 17:00"],
        status="open",
        keywords=["Youth", "Networks", "Participation"],
        cross_cutting=[],
    ),
    # ------------------------------------------------------------ Creative Europe
    dict(
        identifier="CREA-CROSS-2027-JOURPART-COLLABORATIONS",
        call_identifier="CREA-CROSS-2027-JOURPART",
        call_title="Journalism Partnerships",
        title="Journalism Partnerships – Collaborations",
        type=1,
        programme="CREA",
        action="CREA-PJG",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Objective", [
                "Help news media organisations become more economically sustainable and resilient through cross-border collaboration on new business models, professional standards and innovative formats.",
            ]),
            ("Scope", [
                "Collaborations may cover shared technology, audience development, newsroom diversity, and training. Projects should benefit the wider news media sector, not only the consortium members.",
                "Proposals should explain how the collaboration will remain viable once the grant ends.",
            ]),
        ],
        eligible_countries=ELIG_CREA,
        applicants="Consortia of at least three entities from three different eligible countries, with at least one news media organisation.",
        conditions="",
        budget=7_000_000,
        max_contribution=2_000_000,
        start="2026-11-05",
        deadlines=["2027-03-16 17:00"],
        status="open",
        keywords=["Journalism", "News media", "Media sustainability"],
        cross_cutting=[],
        other_topics=[("CREA-CROSS-2027-JOURPART-PLURALISM", 8_000_000)],
    ),
    dict(
        identifier="CREA-CROSS-2027-JOURPART-PLURALISM",
        call_identifier="CREA-CROSS-2027-JOURPART",
        call_title="Journalism Partnerships",
        title="Journalism Partnerships – Pluralism",
        type=1,
        programme="CREA",
        action="CREA-PJG",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Scope", [
                "Support to sectors of journalism of public interest that are at risk, such as local and regional news, community media and investigative journalism. Projects must pass on at least 60% of the grant to journalism projects through open calls (financial support to third parties).",
                "Calls run by the consortium should be open, transparent and accessible to small media, with clear selection criteria and independent evaluators.",
            ]),
        ],
        eligible_countries=ELIG_CREA,
        applicants="Consortia of at least two entities from two eligible countries, or single organisations with pan-European reach.",
        conditions="",
        budget=8_000_000,
        min_contribution=1_000_000,
        max_contribution=2_000_000,
        start="2026-11-05",
        deadlines=["2027-03-16 17:00"],
        status="open",
        keywords=["Journalism", "Media pluralism", "Local news", "Re-granting"],
        cross_cutting=[],
    ),
    dict(
        identifier="CREA-CROSS-2027-MEDIALITERACY",
        call_identifier="CREA-CROSS-2027-MEDIALITERACY",
        call_title="Media literacy",
        title="Media literacy",
        type=1,
        programme="CREA",
        action="CREA-PJG",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Scope", [
                "Cross-border projects that develop and share media literacy tools and practices, especially for groups that are hard to reach, such as older people, people in rural areas and recently arrived migrants.",
                "Activities could include training for librarians and educators, joint campaigns with local media, games and interactive tools, and research on what makes media literacy work. Projects should plan how their materials will be translated and reused by others.",
            ]),
        ],
        eligible_countries=ELIG_CREA,
        applicants="At least three organisations from three different eligible countries.",
        conditions="",
        budget=2_000_000,
        max_contribution=500_000,
        start="2026-11-05",
        deadlines=["2027-03-30 17:00"],
        status="open",
        keywords=["Media literacy", "Disinformation"],
        cross_cutting=[],
    ),
    dict(
        identifier="CREA-CULT-2027-COOP-1",
        call_identifier="CREA-CULT-2027-COOP",
        call_title="European cooperation projects",
        title="Small-scale European cooperation projects",
        type=1,
        programme="CREA",
        action="CREA-PJG",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Objective", [
                "Help cultural organisations of all sizes work across borders, try out new practices and reach audiences that are usually left out.",
            ]),
            ("Scope", [
                "Small-scale cooperation between cultural organisations from at least three eligible countries, with a focus on transnational creation and circulation of works, audience development, and inclusion of refugees and displaced artists in the cultural sector.",
                "Projects can last up to 48 months. Smaller organisations and newcomers to EU funding are particularly encouraged to apply in this category.",
            ]),
        ],
        eligible_countries=ELIG_CREA,
        applicants="At least three entities from three different eligible countries.",
        conditions="Co-financing rate up to 80%.",
        budget=25_000_000,
        max_contribution=200_000,
        start="2026-11-19",
        deadlines=["2027-05-06 17:00"],
        status="open",
        keywords=["Culture", "Cooperation projects", "Artists"],
        cross_cutting=[],
        other_topics=[("CREA-CULT-2027-COOP-2", 30_000_000), ("CREA-CULT-2027-COOP-3", 20_000_000)],
    ),
    dict(
        identifier="CREA-CULT-2027-LIT",
        call_identifier="CREA-CULT-2027-LIT",
        call_title="Circulation of European literary works",
        title="Circulation of European literary works",
        type=1,
        programme="CREA",
        action="CREA-PJG",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Objective", [
                "Strengthen the cross-border circulation of high-quality fiction and reach new readers, including young audiences and readers of books translated from lesser-used languages.",
            ]),
            ("Scope", [
                "Translation, publication and promotion of works of fiction written in European languages. Publishers may propose packages of five to ten titles.",
                "Each package should include a distribution and promotion strategy: events with authors and translators, presence at book fairs, online campaigns and cooperation with libraries and bookshops.",
                "Translators must be credited on the cover or title page and paid fairly; their fees must appear separately in the budget.",
            ]),
        ],
        eligible_countries=ELIG_CREA,
        applicants="Publishers and publishing houses, alone or in consortia.",
        conditions="",
        budget=5_000_000,
        max_contribution=300_000,
        start="2026-10-29",
        deadlines=["2027-02-23 17:00"],
        status="open",
        keywords=["Literary translation", "Publishing", "Books"],
        cross_cutting=[],
    ),
    dict(
        identifier="CREA-CULT-2027-MOBILITY",
        call_identifier="CREA-CULT-2027-MOBILITY",
        call_title="Mobility scheme for artists and cultural professionals",
        title="Mobility scheme for artists and cultural professionals",
        type=1,
        programme="CREA",
        action="CREA-PJG",
        funder="European Education and Culture Executive Agency (EACEA)",
        language="en",
        description=[
            ("Objective", [
                "Make it easier for artists and cultural professionals to spend time abroad — to create, learn, perform or build networks — and lower the barriers faced by artists with disabilities, artists from remote regions and those early in their careers.",
            ]),
            ("Scope", [
                "The Commission plans to select an organisation or consortium to run the mobility scheme for the coming years, including open calls for individual artists.",
                "The managing organisation will design the open calls, assess applications, pay travel grants and daily allowances, and report on who benefits. Details will be published when the call opens.",
            ]),
        ],
        eligible_countries=ELIG_CREA,
        applicants="Consortia with proven experience of managing mobility grants.",
        conditions="",
        budget=21_000_000,
        start="2027-03-02",
        deadlines=["2027-06-02 17:00"],
        status="forthcoming",
        keywords=["Mobility", "Artists", "Culture"],
        cross_cutting=[],
    ),
    # ---------------------------------------------------------------------- AMIF
    dict(
        identifier="AMIF-2027-TF2-AG-INTE-01-WOMEN",
        call_identifier="AMIF-2027-TF2-AG-INTE",
        call_title="Call for proposals on integration and inclusion of third-country nationals",
        title="Integration and empowerment of migrant women",
        type=1,
        programme="AMIF",
        action="AMIF-PJG",
        funder="European Commission - Directorate-General for Migration and Home Affairs (DG HOME)",
        language="en",
        description=[
            ("Scope", [
                "Transnational projects that help migrant and refugee women enter the labour market, learn the host-country language, access childcare and health services, and take part in community life. Projects should involve migrant women in design and delivery, and address the risk of gender-based violence.",
                "Projects involving migrant-led organisations as partners will be favourably assessed.",
                "Activities can include mentoring, recognition of skills and peer networks.",
            ]),
        ],
        eligible_countries=ELIG_AMIF,
        applicants="Public bodies, non-profit organisations and international organisations; at least three organisations from three different participating Member States.",
        conditions="EU co-financing up to 90%.",
        budget=6_000_000,
        min_contribution=500_000,
        max_contribution=1_500_000,
        start="2026-10-13",
        deadlines=["2027-01-27 17:00"],
        status="open",
        keywords=["Integration", "Migrant women", "Refugees", "Employment"],
        cross_cutting=[],
        other_topics=[("AMIF-2027-TF2-AG-INTE-02-CHILDREN", 7_000_000), ("AMIF-2027-TF2-AG-INTE-03-HEALTH", 5_000_000)],
    ),
    dict(
        identifier="AMIF-2027-TF2-AG-INTE-02-CHILDREN",
        call_identifier="AMIF-2027-TF2-AG-INTE",
        call_title="Call for proposals on integration and inclusion of third-country nationals",
        title="Protection and integration of migrant children, including unaccompanied minors",
        type=1,
        programme="AMIF",
        action="AMIF-PJG",
        funder="European Commission - Directorate-General for Migration and Home Affairs (DG HOME)",
        language="en",
        description=[
            ("Expected Outcome", [
                "Member States have more and better alternatives to institutional care for migrant children, and turning 18 no longer means a sudden loss of support. Projects should share practice across countries and train the professionals who work with children, including guardians, social workers and foster families.",
            ]),
            ("Scope", [
                [
                    "family-based care and supported independent living for unaccompanied children;",
                    "guardianship systems and training for guardians;",
                    "transition to adulthood for young people turning 18;",
                    "access to education and mental health support.",
                ],
            ]),
        ],
        eligible_countries=ELIG_AMIF,
        applicants="Public bodies and non-profit organisations from at least three participating Member States.",
        conditions="",
        budget=7_000_000,
        min_contribution=500_000,
        max_contribution=1_500_000,
        start="2026-10-13",
        deadlines=["2027-01-27 17:00"],
        status="open",
        keywords=["Unaccompanied minors", "Migrant children", "Integration"],
        cross_cutting=[],
    ),
    dict(
        identifier="AMIF-2027-TF2-AG-INTE-03-HEALTH",
        call_identifier="AMIF-2027-TF2-AG-INTE",
        call_title="Call for proposals on integration and inclusion of third-country nationals",
        title="Access to mental health services for refugees and asylum seekers",
        type=1,
        programme="AMIF",
        action="AMIF-PJG",
        funder="European Commission - Directorate-General for Migration and Home Affairs (DG HOME)",
        language="en",
        description="",  # the portal item has an empty description
        eligible_countries=ELIG_AMIF,
        applicants="Public bodies and non-profit organisations from at least three participating Member States.",
        conditions="",
        budget=5_000_000,
        min_contribution=400_000,
        max_contribution=1_000_000,
        start="2026-10-13",
        deadlines=["2027-01-27 17:00"],
        status="open",
        keywords=["Mental health", "Refugees", "Asylum seekers"],
        cross_cutting=[],
    ),
    dict(
        identifier="AMIF-2026-TF2-AG-INTE-04-PATHWAYS",
        call_identifier="AMIF-2026-TF2-AG-INTE",
        call_title="Call for proposals on integration and inclusion of third-country nationals (2026)",
        title="Complementary pathways: community sponsorship and education pathways for refugees",
        type=1,
        programme="AMIF",
        action="AMIF-PJG",
        funder="European Commission - Directorate-General for Migration and Home Affairs (DG HOME)",
        language="en",
        description=[
            ("Scope", [
                "Projects that set up or expand community sponsorship schemes and education or labour pathways for refugees, for example from Lebanon, Jordan and Türkiye, in cooperation with universities, employers and local communities in the EU.",
                "Eligible activities include preparing sponsor groups, matching refugees with communities, pre-departure orientation, language learning and follow-up after arrival. Projects should also support cooperation with the authorities of the countries where refugees currently live.",
            ]),
        ],
        eligible_countries=ELIG_AMIF,
        applicants="Public bodies, non-profit organisations and universities from at least two participating Member States; UNHCR and IOM may join as partners.",
        conditions="",
        budget=4_000_000,
        min_contribution=300_000,
        max_contribution=1_000_000,
        start="2026-07-21",
        deadlines=["2026-11-12 17:00"],
        status="open",
        keywords=["Complementary pathways", "Community sponsorship", "Resettlement"],
        cross_cutting=[],
    ),
    # ------------------------------------------------------------------- others
    dict(
        identifier="UCPM-2027-PP",
        call_identifier="UCPM-2027-PP",
        call_title="Union Civil Protection Mechanism – prevention and preparedness projects",
        title="Prevention and preparedness projects in civil protection and marine pollution",
        type=1,
        programme="UCPM",
        action="UCPM-PJG",
        funder="European Commission - Directorate-General for European Civil Protection and Humanitarian Aid Operations (DG ECHO)",
        language="en",
        description=[
            ("Objective", [
                "Strengthen cooperation on disaster prevention and preparedness between countries participating in the Union Civil Protection Mechanism and neighbouring countries.",
            ]),
            ("Scope", [
                "**Track 1 – within the Union**: projects among Member States and participating states.",
                "**Track 2 – external**: projects that involve IPA beneficiaries and European Neighbourhood Policy countries, such as Lebanon, Jordan, Tunisia or Ukraine. Topics include risk assessment, early warning, volunteer management, urban search and rescue, and community preparedness.",
                "Submission deadline: **23 March 2027 at 12:00 Brussels time**.",
            ]),
        ],
        eligible_countries="EU Member States and participating states of the Union Civil Protection Mechanism (including Türkiye); for Track 2 also IPA beneficiaries and European Neighbourhood Policy countries (for example Lebanon and Jordan). Syria is not eligible.",
        applicants="Public bodies, civil protection authorities, NGOs, universities and international organisations. At least two applicants from two eligible countries; for Track 2, at least one from a neighbourhood or IPA country.",
        conditions="EU co-financing rate 85%.",
        budget=9_000_000,
        min_contribution=400_000,
        max_contribution=1_000_000,
        start="2026-11-17",
        deadlines=["2027-03-23 12:00"],
        status="open",
        keywords=["Civil protection", "Disaster preparedness", "Neighbourhood", "UCPM"],
        cross_cutting=[],
    ),
    dict(
        identifier="EU4H-2027-PJ-03",
        call_identifier="EU4H-2027-PJ",
        call_title="EU4Health project grants 2027",
        title="Mental health of displaced people from Ukraine and other conflict-affected groups",
        type=1,
        programme="EU4H",
        action="EU4H-PJG",
        funder="European Health and Digital Executive Agency (HaDEA)",
        language="en",
        description=[
            ("Scope", [
                "Projects that scale up community mental health services for people displaced by conflict who live in the EU, train primary care staff, and reduce stigma.",
                "Interventions should be built into mainstream services rather than run as parallel programmes. Culturally adapted self-help tools, peer support by trained community members, and training for teachers and social workers are eligible. Projects must include an evaluation plan with outcome measures agreed at the start.",
            ]),
        ],
        eligible_countries="EU Member States, EEA countries and non-EU countries associated to EU4Health (including Ukraine).",
        applicants="Public bodies, health NGOs and universities; at least three partners from three eligible countries.",
        conditions="",
        budget=8_000_000,
        start="2026-11-19",
        deadlines=["2027-05-04 17:00"],
        status="open",
        keywords=["Mental health", "Displaced persons", "Ukraine", "Public health"],
        cross_cutting=[],
    ),
    dict(
        identifier="ISF-2027-TF1-AG-THB",
        call_identifier="ISF-2027-TF1-AG",
        call_title="Call for proposals on trafficking in human beings",
        title="Preventing trafficking in human beings and supporting victims",
        type=1,
        programme="ISF",
        action="ISF-PJG",
        funder="European Commission - Directorate-General for Migration and Home Affairs (DG HOME)",
        language="en",
        description=[
            ("Expected Outcome", [
                "More victims identified early, better cross-border cooperation between authorities and civil society, and stronger prevention in sectors where exploitation is frequent, such as agriculture, domestic work and online sexual exploitation.",
            ]),
            ("Scope", [
                "Transnational projects on early identification of victims — especially among asylum seekers and displaced persons — and on reducing demand for services exploited through trafficking.",
                "Projects must follow a victim-centred approach that is sensitive to gender and to the needs of children.",
            ]),
        ],
        eligible_countries="EU Member States participating in the Internal Security Fund (all except Denmark).",
        applicants="Public bodies and non-profit organisations from at least two participating Member States.",
        conditions="",
        budget=5_000_000,
        min_contribution=250_000,
        max_contribution=750_000,
        start="2026-10-20",
        deadlines=["2027-02-17 17:00"],
        status="open",
        keywords=["Trafficking in human beings", "Victims", "Security"],
        cross_cutting=[],
    ),
    dict(
        identifier="LIFE-2027-OG-NGO",
        call_identifier="LIFE-2027-OG",
        call_title="LIFE operating grants for non-profit organisations",
        title="Operating grants for environmental and climate NGOs",
        type=1,
        programme="LIFE",
        action="LIFE-OG",
        funder="Climate, Infrastructure and Environment Executive Agency (CINEA)",
        language="en",
        description=[
            ("Scope", [
                "Support to the running costs of non-profit organisations that contribute to EU environment and climate policy, including environmental democracy and access to justice.",
                "Operating grants cover part of an organisation’s annual work programme: policy analysis, participation in consultations, awareness raising and activities involving members across Europe.",
                "Applicants must show that they are independent from government, political parties and commercial interests. The grant may not exceed 70% of eligible costs.",
            ]),
        ],
        eligible_countries="EU Member States and countries associated to the LIFE programme.",
        applicants="Non-profit entities with a presence in at least three EU Member States.",
        conditions="",
        budget=15_000_000,
        max_contribution=700_000,
        start="2026-11-19",
        deadlines=["2027-07-08 17:00"],
        status="open",
        keywords=["Environment", "Climate", "Operating grants", "NGOs"],
        cross_cutting=["ClimateChange"],
    ),
    dict(
        identifier="PPPA-2027-WPS-MENA",
        call_identifier="PPPA-2027-WPS",
        call_title="Pilot project – Women, peace and security",
        title="Pilot project: women mediators and local peace networks in the Middle East and North Africa",
        type=1,
        programme="PPPA",
        action="PPPA",
        funder="European Commission - Service for Foreign Policy Instruments (FPI)",
        language="en",
        description=[
            ("Objective", [
                "This pilot project tests how networks of women mediators can influence local conflict resolution and formal peace processes in the MENA region.",
            ]),
            ("Scope", [
                "The action should identify and connect women mediators in at least three countries, offer training and mentoring, provide small grants for local mediation initiatives, and document what works.",
                "Priority countries include Syria, Iraq, Lebanon, Libya and Yemen.",
            ]),
        ],
        eligible_countries="EU Member States and the countries of the Middle East and North Africa, including Lebanon, Jordan, Iraq and Syria.",
        applicants="Non-profit organisations and universities. Consortia should combine EU-based partners with organisations based in the region; a single applicant based in the region is also possible.",
        conditions="One grant is expected.",
        budget=1_500_000,
        min_contribution=1,
        max_contribution=1_500_000,
        expected_grants=1,
        start="2026-11-16",
        deadlines=["2027-03-31 17:00"],
        status="open",
        keywords=["Women, peace and security", "Mediation", "MENA", "Pilot project"],
        cross_cutting=[],
    ),
    dict(
        identifier="DIGITAL-2027-DEPLOY-04-SIC",
        call_identifier="DIGITAL-2027-DEPLOY-04",
        call_title="Digital Europe – deployment actions (2027)",
        title="Safer Internet Centres",
        type=1,
        programme="DIGITAL",
        action="DIGITAL-SIMPLE",
        funder="European Health and Digital Executive Agency (HaDEA)",
        language="en",
        description=[
            ("Scope", [
                "National Safer Internet Centres provide awareness raising, helplines for children and parents, and hotlines for reporting online child sexual abuse material.",
                "Centres work with schools, parents, youth organisations and law enforcement, and involve young people through youth panels. They take part in the European network of Safer Internet Centres, share resources with peers and report national trends for EU-level monitoring.",
                "Helplines must be reachable free of charge and hotlines must cooperate with national law enforcement under agreed procedures.",
            ]),
        ],
        eligible_countries="EU Member States, EEA countries and countries associated to the Digital Europe Programme.",
        applicants="One consortium per country, designated by or in agreement with the national authorities.",
        conditions="",
        budget=21_000_000,
        start="2026-10-06",
        deadlines=["2027-01-20 17:00"],
        status="open",
        keywords=["Online safety", "Children", "Helplines"],
        cross_cutting=["DigitalAgenda"],
    ),
    dict(
        identifier="JUST-2027-JACC",
        call_identifier="JUST-2027-JACC",
        call_title="Call for proposals for action grants to promote judicial cooperation and access to justice",
        title="Access to justice, including for persons in vulnerable situations",
        type=1,
        programme="JUST",
        action="JUST-PJG",
        funder="European Commission - Directorate-General for Justice and Consumers (DG JUST)",
        language="en",
        description=[
            ("Objective", [
                "Help people exercise their rights in and out of court, in line with EU law on victims’ rights, procedural rights and the rights of the child.",
            ]),
            ("Scope", [
                "Projects that make justice systems more accessible to victims of crime, children, persons with disabilities and third-country nationals, for example through legal aid networks, interpretation and child-friendly procedures.",
                "Typical activities: training of judges, lawyers and court staff; information tools in several languages; cooperation between legal aid providers across borders; and analysis of the barriers to justice faced by particular groups.",
            ]),
        ],
        eligible_countries="EU Member States participating in the Justice programme (excluding Denmark and Ireland for some strands).",
        applicants="Public authorities, non-profit organisations and universities; at least two partners from two participating Member States.",
        conditions="",
        budget=4_000_000,
        min_contribution=75_000,
        start="2026-11-13",
        deadlines=["2027-06-01 17:00"],
        status="open",
        keywords=["Access to justice", "Legal aid", "Victims' rights"],
        cross_cutting=[],
    ),
]


# ===========================================================================
# TYPE 8 — cascade funding: open calls for financial support to third parties
# run by EU-funded project consortia.  Organisations named here are fictional.
# ===========================================================================
CASCADE_CALLS = [
    dict(
        identifier="MEDIAROOTS-OC2",
        cc_id=7415,
        type=8,
        title="MediaRoots Open Call 2: sustainability grants for independent local media start-ups",
        ca_name="MediaRoots project consortium",
        project_acronym="MEDIAROOTS",
        eligibility_in_text=True,  # description already says who/where; no extra sections
        programme="CREA",
        language="en",
        description=[
            "MediaRoots is a Creative Europe-funded project that helps young independent newsrooms become financially sustainable. In this second open call we will select around 25 local or hyperlocal media start-ups for a nine-month support package.",
            "Each selected outlet receives a lump-sum grant, a personal business coach, and access to shared legal and technical services (hosting, subscription tools, audience analytics).",
            "**Who can apply?** Media outlets founded less than five years ago, with at least two regular staff or contributors, producing original public-interest journalism for a local or regional audience. Both for-profit and non-profit outlets are welcome.",
            "**Where?** Applicants must be legally registered in an EU Member State, a Western Balkan country, Türkiye, or one of the Southern Neighbourhood countries (Jordan, Lebanon, Morocco, Tunisia, Egypt, Palestine).",
        ],
        eligible_countries="EU Member States; Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia, Serbia; Türkiye; Jordan, Lebanon, Morocco, Tunisia, Egypt, Palestine.",
        applicants="Legally registered media organisations (for-profit or non-profit) less than five years old.",
        conditions="Applications in English; a 5-minute pitch video is optional.",
        budget=900_000,
        currency="EUR",
        grant_range="Grants of EUR 20 000 to EUR 60 000 per outlet.",
        start="2026-11-02",
        deadlines=["2027-01-31 17:00"],
        status="open",
        keywords=["Media", "Start-ups", "Journalism", "Cascade funding"],
    ),
    dict(
        identifier="SHEVOICE-OC1",
        cc_id=7422,
        type=8,
        title="SheVoice small grants for women-led grassroots organisations in Iraq, Jordan and Lebanon",
        ca_name="SheVoice consortium",
        project_acronym="SHEVOICE",
        programme="NDICI",
        language="en",
        description=[
            "SheVoice provides flexible small grants to grassroots groups led by women that work on women’s rights, protection from violence, and participation in community decision-making.",
            "Grants can fund activities, equipment and core costs such as rent or part-time staff. Each grantee also joins a peer-learning circle and receives mentoring on financial management and safeguarding. Applications are accepted in Arabic, Kurdish or English, and groups that are not yet formally registered may apply through a fiscal host.",
        ],
        eligible_countries="Iraq (including the Kurdistan Region), Jordan and Lebanon.",
        applicants="Women-led community-based organisations and informal groups; annual budget below EUR 150 000.",
        conditions="Implementation: 6 to 12 months.",
        budget=600_000,
        currency="EUR",
        grant_range="Grants between EUR 10 000 and EUR 30 000.",
        start="2026-11-09",
        deadlines=["2027-02-14 17:00"],
        status="open",
        keywords=["Women-led organisations", "Grassroots", "Small grants", "Iraq", "Jordan", "Lebanon"],
    ),
    dict(
        identifier="CIVICSPARK-OC3",
        cc_id=7301,
        type=8,
        title="CivicSpark seed grants for youth-led civic initiatives in the Western Balkans and Türkiye",
        ca_name="CivicSpark project consortium",
        project_acronym="CIVICSPARK",
        programme="ERASMUS",
        language="en",
        description=[
            "Third and final call for youth groups (members aged 18–30) that want to test a civic idea in their town: a participatory budget campaign, a youth council, a local media project or a volunteering scheme.",
        ],
        eligible_countries="Albania, Bosnia and Herzegovina, Kosovo, Montenegro, North Macedonia, Serbia and Türkiye.",
        applicants="Youth organisations and informal youth groups with a legal host organisation.",
        conditions="",
        budget=300_000,
        currency="EUR",
        grant_range="EUR 10 000 – EUR 25 000 per initiative.",
        start="2026-09-15",
        deadlines=["2026-11-20 17:00"],
        status="open",
        keywords=["Youth", "Civic participation", "Western Balkans", "Türkiye"],
    ),
    dict(
        identifier="HERITAGESOS-OC1",
        cc_id=7438,
        type=8,
        title="Heritage SOS: emergency safeguarding grants for community archives and heritage at risk",
        ca_name="HERITAGE-SOS consortium",
        project_acronym="HERITAGESOS",
        programme="HORIZON",
        language="en",
        description=[
            "Funded under Horizon Europe, HERITAGE-SOS supports local organisations that protect cultural heritage threatened by conflict, disasters or neglect.",
            "Eligible activities: digitisation and secure backup of community archives (photographs, manuscripts, oral histories); emergency stabilisation of small historic buildings; inventories of movable heritage; training of local volunteers in first aid for cultural heritage.",
            [
                "Applicants must have the consent of the owners or custodians of the heritage concerned.",
                "Digitised materials must be preserved in at least two locations, one of them outside the affected area.",
                "Grantees take part in two online workshops organised by the consortium.",
            ],
        ],
        eligible_countries="Syria, Iraq, Lebanon, Afghanistan, Ukraine, Yemen and Libya, as well as EU Member States for organisations working with diaspora collections from those countries.",
        applicants="Non-profit organisations, community archives, museums, universities and local heritage associations.",
        conditions="Project duration up to 12 months.",
        budget=750_000,
        currency="EUR",
        grant_range="Grants from EUR 15 000 to EUR 50 000.",
        start="2026-11-16",
        deadlines=["2027-03-15 17:00"],
        status="open",
        keywords=["Cultural heritage", "Archives", "Digitisation", "Conflict"],
    ),
    dict(
        identifier="GREENMED-OC2",
        cc_id=7446,
        type=8,
        title="GreenMed Accelerator: financial support for circular-economy social enterprises in the Southern Mediterranean",
        ca_name="GreenMed Accelerator consortium",
        project_acronym="GREENMED",
        programme="HORIZON",
        language="en",
        description=[
            "GreenMed selects social enterprises and cooperatives that reduce waste, recycle or repurpose materials, or make agriculture less water-intensive, and helps them grow.",
            "Selected enterprises receive equity-free funding and six months of acceleration (business model design, investor readiness, technical mentoring from European partners).",
        ],
        eligible_countries="Egypt, Jordan, Lebanon, Morocco, Palestine and Tunisia.",
        applicants="Legally registered social enterprises, cooperatives and start-ups with a social or environmental mission, operating for at least one year.",
        conditions="",
        budget=1_200_000,
        currency="EUR",
        grant_range="Up to EUR 60 000 per enterprise (minimum EUR 30 000).",
        start="2026-11-20",
        deadlines=["2027-04-12 17:00"],
        status="open",
        keywords=["Circular economy", "Social enterprises", "Southern Mediterranean", "Green transition"],
    ),
    dict(
        identifier="SAFESPACES-OC1",
        cc_id=7450,
        type=8,
        title="SafeSpaces grants for survivor-centred services run by local organisations",
        ca_name="SafeSpaces network",
        project_acronym="SAFESPACES",
        programme="CERV",
        language="en",
        description=[
            "Grants for local NGOs that run or want to open specialist services for survivors of gender-based violence — helplines, counselling, shelters, legal accompaniment — and that currently lack stable funding.",
            "Priority for services reaching migrant and refugee women, women with disabilities and rural areas.",
        ],
        eligible_countries="EU Member States only.",
        applicants="Non-profit organisations established in an EU Member State.",
        conditions="",
        budget=1_000_000,
        currency="EUR",
        grant_range="EUR 20 000 to EUR 60 000.",
        start="2026-10-26",
        deadlines=["2027-01-18 17:00"],
        status="open",
        keywords=["Gender-based violence", "Survivors", "Shelters"],
    ),
    dict(
        identifier="DIGIRIGHTS-OC2",
        cc_id=7461,
        type=8,
        title="Digital security and anti-SLAPP support for human rights defenders and independent journalists",
        ca_name="DigiRights Shield consortium",
        project_acronym="DIGIRIGHTS",
        programme="NDICI",
        language="en",
        description=[
            "Support packages for organisations whose work exposes them to surveillance, hacking or abusive lawsuits: security audits, secure devices and software, staff training, and contributions to legal defence costs.",
            "Urgent requests can be processed within three weeks; ordinary applications are reviewed every two months until the deadline.",
        ],
        eligible_countries="Worldwide, with priority to the Middle East and North Africa (including Syria, Iraq, Lebanon and Jordan), Afghanistan and Türkiye.",
        applicants="Civil society organisations, media outlets and collectives of human rights defenders; individuals cannot apply.",
        conditions="",
        budget=500_000,
        currency="EUR",
        grant_range="Support worth EUR 10 000 to EUR 40 000 per organisation.",
        start="2026-10-01",
        deadlines=["2027-02-28 17:00"],
        status="open",
        keywords=["Digital security", "SLAPP", "Human rights defenders", "Journalists"],
    ),
    dict(
        identifier="LEARNBRIDGE-OC1",
        cc_id=7502,
        type=8,
        title="LearnBridge innovation grants for education in emergencies",
        ca_name="LearnBridge project consortium",
        project_acronym="LEARNBRIDGE",
        programme="HORIZON",
        language="en",
        description=[
            "LearnBridge will fund local organisations to pilot low-cost ways of keeping children learning during displacement and school closures: offline tablets, radio lessons, community learning circles and caregiver-led reading.",
            "Each pilot must include a simple learning assessment designed with the LearnBridge research team. The call will open on 1 February 2027.",
        ],
        eligible_countries="Lebanon, Jordan, Iraq, Syria and Türkiye.",
        applicants="Local NGOs, community-based organisations and education start-ups registered in one of the eligible countries.",
        conditions="Pilots of 6 to 9 months.",
        budget=800_000,
        currency="EUR",
        grant_range="Grants of EUR 25 000 to EUR 60 000.",
        start="2027-02-01",
        deadlines=["2027-04-30 17:00"],
        status="forthcoming",
        keywords=["Education in emergencies", "EdTech", "Children", "Pilots"],
    ),
    dict(
        identifier="AGRIRESILIENCE-OC2",
        cc_id=7477,
        type=8,
        title="Farmer-led water-saving pilots in Jordan, Lebanon and Iraq",
        ca_name="AGRI-RESILIENCE consortium",
        project_acronym="AGRIRESILIENCE",
        programme="HORIZON",
        language="en",
        description=[
            "Small grants for farmer groups, cooperatives and local NGOs to test water-saving practices — drip irrigation conversion, soil moisture sensors, mulching, drought-tolerant varieties — and share results with neighbouring farmers.",
        ],
        eligible_countries="Jordan, Lebanon and Iraq.",
        applicants="Farmers’ cooperatives, water-user associations and local NGOs.",
        conditions="",
        budget=500_000,
        currency="EUR",
        grant_range="EUR 20 000 – EUR 50 000.",
        start="2026-11-18",
        deadlines=["2027-03-22 17:00"],
        status="open",
        keywords=["Agriculture", "Water saving", "Farmers", "Climate adaptation"],
    ),
    dict(
        identifier="YOUTHBRIDGE-OC3",
        cc_id=7481,
        type=8,
        title="Micro-grants for youth workers' cross-border projects",
        ca_name="YouthBridge consortium",
        project_acronym="YOUTHBRIDGE",
        programme="ERASMUS",
        language="en",
        description=[
            "Youth workers from at least two countries can apply together for a micro-grant to run a joint activity: an exchange, an online course, a toolkit or a small festival.",
        ],
        eligible_countries="EU Member States, Erasmus+ associated countries (including Türkiye) and the Western Balkans.",
        applicants="Youth organisations; partnerships of at least two organisations from two eligible countries.",
        conditions="",
        budget=240_000,
        currency="EUR",
        grant_range="EUR 10 000 to EUR 20 000.",
        start="2026-11-10",
        deadlines=["2027-05-10 17:00"],
        status="open",
        keywords=["Youth work", "Micro-grants", "Cross-border"],
    ),
    dict(
        identifier="NEWSLAB-OC1",
        cc_id=7493,
        type=8,
        title="NewsLab Innovation Fund for exiled and diaspora media",
        ca_name="NewsLab Europe consortium",
        project_acronym="NEWSLAB",
        programme="CREA",
        language="en",
        description=[
            "Media organisations that were forced to leave their country and now report from exile face specific problems: tiny budgets, blocked websites, and audiences that are hard to reach. The NewsLab Innovation Fund supports product and audience innovation in such newsrooms.",
            "Grants can pay for developing censorship-resistant distribution (messaging apps, mirrors, newsletters), audience research, membership programmes, and collaborations with European outlets.",
            "Applicants must be registered in an EU Member State or another country participating in Creative Europe. Newsrooms covering Syria, Afghanistan, Iran, Belarus, Russia and similar contexts are explicitly welcome.",
        ],
        eligible_countries="EU Member States and countries participating in Creative Europe (registration required there); coverage of any country.",
        applicants="Exiled or diaspora media organisations registered in an eligible country.",
        conditions="",
        budget=1_000_000,
        currency="EUR",
        grant_range="Grants of EUR 30 000 to EUR 60 000.",
        start="2026-11-19",
        deadlines=["2027-06-07 17:00"],
        status="open",
        keywords=["Exiled media", "Journalism", "Media innovation"],
    ),
    dict(
        identifier="PEACEHUBS-OC2",
        cc_id=7510,
        type=8,
        title="Local peace initiatives fund: grants for inter-community dialogue in Iraq, Syria and Lebanon",
        ca_name="PeaceHubs consortium",
        project_acronym="PEACEHUBS",
        programme="NDICI",
        language="en",
        description=[
            "PeaceHubs supports community-level peace initiatives: dialogue between neighbourhoods, joint projects between communities divided by conflict, local early-warning and rumour-control networks, and youth and women’s peace groups.",
            "Grantees get accompaniment from a regional mentor, light-touch monitoring & evaluation support, and an invitation to an exchange meeting in Erbil or Beirut.",
        ],
        eligible_countries="Iraq, Syria and Lebanon.",
        applicants="Local civil society organisations and community-based groups; international organisations are not eligible.",
        conditions="",
        budget=675_000,
        currency="EUR",
        grant_range="EUR 15 000 to EUR 45 000 per initiative.",
        start="2026-11-04",
        deadlines=["2027-02-21 17:00"],
        status="open",
        keywords=["Peacebuilding", "Dialogue", "Social cohesion", "Iraq", "Syria", "Lebanon"],
    ),
    dict(
        identifier="CULTURELINK-OC1",
        cc_id=7526,
        type=8,
        title="Culture Link: mobility and co-creation grants for artists from the Middle East and Europe",
        ca_name="Culture Link consortium",
        project_acronym="CULTURELINK",
        programme="CREA",
        language="en",
        description=[
            "Pairs or small groups of artists and cultural organisations — at least one from the Middle East and one from an EU Member State — can apply to create a new work together, including travel, residency and production costs.",
        ],
        eligible_countries="EU Member States, Lebanon, Jordan, Iraq, Palestine, Syria (artists resident there or in exile) and Türkiye.",
        applicants="Artists’ collectives and non-profit cultural organisations.",
        conditions="",
        budget=420_000,
        currency="EUR",
        grant_range="EUR 10 000 – EUR 35 000.",
        start="2026-11-20",
        deadlines=["2027-04-26 17:00"],
        status="open",
        keywords=["Culture", "Artists", "Mobility", "Co-creation"],
    ),
    dict(
        identifier="CLIMADAPT-ASIA-OC1",
        cc_id=7533,
        type=8,
        title="Community climate adaptation micro-grants in Afghanistan, Pakistan and Tajikistan",
        ca_name="CLIMADAPT-Asia consortium",
        project_acronym="CLIMADAPT",
        programme="HORIZON",
        language="en",
        description=[
            "Micro-grants for community organisations that help villages cope with floods, drought and heat: small flood defences, water storage, tree planting on slopes, early warning through local networks.",
            "In Afghanistan, grants are paid only to non-governmental organisations with independent bank access; the consortium will assess feasibility case by case. Women’s groups are particularly encouraged to apply.",
        ],
        eligible_countries="Afghanistan, Pakistan and Tajikistan.",
        applicants="Community-based organisations and local NGOs.",
        conditions="",
        budget=360_000,
        currency="EUR",
        grant_range="EUR 10 000 to EUR 30 000.",
        start="2026-11-17",
        deadlines=["2027-07-12 17:00"],
        status="open",
        keywords=["Climate adaptation", "Community", "Afghanistan", "Micro-grants"],
    ),
    dict(
        identifier="OPENGOV-OC2",
        cc_id=7540,
        type=8,
        title="Open data and public-spending watchdog grants for CSOs in the Eastern and Southern Neighbourhood",
        ca_name="OpenGov Watch consortium",
        project_acronym="OPENGOV",
        programme="NDICI",
        language="en",
        description=[
            "Grants for civil society watchdogs that use open data to track public procurement, budgets and reconstruction spending, and that publish their findings for citizens and journalists.",
            [
                "building or improving public-spending databases and dashboards;",
                "data journalism partnerships;",
                "training for local councillors and citizens on reading budgets.",
            ],
        ],
        eligible_countries="Armenia, Azerbaijan, Georgia, Moldova, Ukraine; Algeria, Egypt, Jordan, Lebanon, Libya, Morocco, Palestine and Tunisia.",
        applicants="Non-profit civil society organisations registered in an eligible country.",
        conditions="",
        budget=700_000,
        currency="EUR",
        grant_range="Grants of EUR 20 000 to EUR 50 000.",
        start="2026-11-11",
        deadlines=["2027-03-08 17:00"],
        status="open",
        keywords=["Open data", "Public spending", "Accountability", "Neighbourhood"],
    ),
]


ALL_CALLS = EUROPEAID_CALLS + PROGRAMME_TOPICS + CASCADE_CALLS


# ===========================================================================
# Helpers: hashing, dates, amounts
# ===========================================================================
def _h(*parts: object) -> int:
    """Stable integer hash (never Python's randomised hash())."""
    digest = hashlib.sha256("|".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return int(digest[:12], 16)


def _last_sunday(year: int, month: int) -> dt.date:
    day = dt.date(year, month + 1, 1) - dt.timedelta(days=1) if month < 12 else dt.date(year, 12, 31)
    return day - dt.timedelta(days=(day.weekday() - 6) % 7)


def brussels_offset(local: dt.datetime) -> dt.timedelta:
    """CET/CEST offset for a Brussels wall-clock time (EU summer-time rule)."""
    start, end = _last_sunday(local.year, 3), _last_sunday(local.year, 10)
    d, hour = local.date(), local.hour
    summer = (d > start or (d == start and hour >= 3)) and (d < end or (d == end and hour < 3))
    return dt.timedelta(hours=2 if summer else 1)


def parse_local(value: str) -> dt.datetime:
    """'YYYY-MM-DD' or 'YYYY-MM-DD HH:MM' (Brussels) -> aware datetime."""
    naive = dt.datetime.strptime(value, "%Y-%m-%d %H:%M" if " " in value else "%Y-%m-%d")
    return naive.replace(tzinfo=dt.timezone(brussels_offset(naive)))


def iso(moment: dt.datetime) -> str:
    """SEDIA style: 2027-02-15T17:00:00.000+0100."""
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}" + moment.strftime("%z")


def iso_utc(moment: dt.datetime, jitter_seconds: int = 0) -> str:
    """PROSPECT items carry UTC timestamps with odd seconds (…T16:00:44.000+0000)."""
    utc = moment.astimezone(dt.UTC) + dt.timedelta(seconds=jitter_seconds)
    return iso(utc)


def amount(value: int) -> str:
    return f"{value:,}".replace(",", " ")


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
             "August", "September", "October", "November", "December"]


def long_date_en(moment: dt.datetime) -> str:
    return f"{moment.day} {EN_MONTHS[moment.month - 1]} {moment.year}"


# ===========================================================================
# HTML rendering (deliberately a little messy, like the real portal)
# ===========================================================================
BOLD = re.compile(r"\*\*(.+?)\*\*")
EUR_GROUPS = re.compile(r"(EUR \d{1,3}) (\d{3})(?: (\d{3}))?")


def inline(text: str, style: int = 0, nbsp: bool = False) -> str:
    out = html.escape(text, quote=False)
    out = BOLD.sub(r"<b>\1</b>" if style == 2 else r"<strong>\1</strong>", out)
    if nbsp:
        out = EUR_GROUPS.sub(lambda m: "&nbsp;".join(g for g in m.groups() if g), out)
        out = out.replace(" :", "&nbsp;:").replace(" ;", "&nbsp;;")
    return out


def render_blocks(blocks, style: int, nbsp: bool) -> str:
    parts = []
    for block in blocks:
        if isinstance(block, list):
            if style == 1:
                items = "".join(f"\r\n    <li>{inline(i, style, nbsp)}</li>" for i in block)
                parts.append(f"<ul>{items}\r\n</ul>")
            else:
                parts.append("<ul>" + "".join(f"<li>{inline(i, style, nbsp)}</li>" for i in block) + "</ul>")
        elif style == 2:
            parts.append('<p class="MsoNormal"><span style="font-size: 11pt; font-family: Calibri, sans-serif;">'
                         f"{inline(block, style, nbsp)}</span></p>")
        else:
            parts.append(f"<p>{inline(block, style, nbsp)}</p>")
    return ("\n" if style == 1 else "").join(parts)


def _style(call) -> tuple[int, bool]:
    h = _h("style", call["identifier"])
    return h % 3, (h // 3) % 2 == 0


HEADINGS = {
    "en": {
        "where": ["Geographical coverage", "Location of the action", "Where"],
        "who": ["Eligible applicants", "Who can apply", "Eligibility of applicants"],
        "money": ["Financial allocation", "Budget", "Funding available"],
        "other": ["Duration and other conditions", "Other conditions", "Implementation"],
        "deadline": ["Deadline", "Submission deadline", "Deadline for submission"],
    },
    "fr": {
        "where": ["Zone géographique", "Lieu de mise en œuvre", "Localisation"],
        "who": ["Demandeurs éligibles", "Éligibilité des demandeurs", "Qui peut présenter une demande ?"],
        "money": ["Enveloppe financière", "Montant disponible", "Financement"],
        "other": ["Durée et autres conditions", "Autres conditions", "Mise en œuvre"],
        "deadline": ["Date limite", "Date limite de soumission", "Échéance"],
    },
}


def _heading(text: str, style: int) -> str:
    if style == 2:
        return f'<p class="MsoNormal"><b><span style="font-size: 11pt;">{html.escape(text)}</span></b></p>'
    if style == 1:
        return f"<p><strong><u>{html.escape(text)}</u></strong></p>"
    return f"<p><strong>{html.escape(text)}</strong></p>"


def deadline_sentence(call) -> str:
    last = parse_local(call["deadlines"][-1])
    hhmm = last.strftime("%H:%M")
    if call["language"] == "fr":
        prefix = "Date limite indicative" if call["status"] == "forthcoming" else "Date limite de soumission des notes succinctes"
        return f"{prefix} : {last.strftime('%d/%m/%Y')} à {hhmm.replace(':', 'h')} (heure de Bruxelles)."
    if call["type"] == 8:
        return f"Applications close on {long_date_en(last)} at {hhmm} CET (Brussels time)."
    prefix = "Indicative deadline" if call["status"] == "forthcoming" else "Deadline for submission of concept notes"
    return f"{prefix}: {long_date_en(last)} at {hhmm} (Brussels date and time)."


def money_sentence(call) -> str:
    fr = call["language"] == "fr"
    if not call["budget"]:
        return ("Le montant indicatif de l’appel n’est pas encore publié." if fr
                else "The indicative amount of this call has not been published yet.")
    if call["type"] == 8:
        return f"Total budget of this open call: EUR {amount(call['budget'])}."
    if fr:
        return f"Le montant indicatif global mis à disposition au titre du présent appel est de EUR {amount(call['budget'])}."
    return f"The indicative overall amount made available under this call for proposals is EUR {amount(call['budget'])}."


def description_html(call) -> list[str]:
    """descriptionByte value; [] or [""] when the portal item has no text."""
    desc = call["description"]
    if desc is None:
        return []
    if desc == "":
        return [""]
    style, nbsp = _style(call)
    if call["type"] == 1:
        parts = [f'<span class="topicdescriptionkind">{label}:</span>' + render_blocks(blocks, style, nbsp)
                 for label, blocks in desc]
        return ["\n".join(parts) + "\n"]
    pick = _h("headings", call["identifier"]) % 3
    words = HEADINGS[call["language"]]
    parts = [render_blocks(desc, style, nbsp)]
    if not call.get("eligibility_in_text"):
        parts.append(_heading(words["where"][pick], style) + render_blocks([call["eligible_countries"]], style, nbsp))
        parts.append(_heading(words["who"][pick], style) + render_blocks([call["applicants"]], style, nbsp))
    parts.append(_heading(words["money"][pick], style)
                 + render_blocks([money_sentence(call), call["grant_range"]], style, nbsp))
    if call.get("conditions"):
        parts.append(_heading(words["other"][pick], style) + render_blocks([call["conditions"]], style, nbsp))
    parts.append(_heading(words["deadline"][pick], style) + render_blocks([deadline_sentence(call)], style, nbsp))
    sep = "\n<p>&nbsp;</p>\n" if style == 1 else ("\r\n" if style == 2 else "")
    return [sep.join(parts)]


def topic_conditions_html(call) -> str:
    esc = lambda t: html.escape(t, quote=False)  # noqa: E731
    call_doc = f'<a href="{PORTAL}/docs/2021-2027/{call["programme"].lower()}/wp-call/call-fiche_{call["call_identifier"].lower()}_en.pdf" target="_blank">call document</a>'
    months_info, months_sign = (5, 8) if call["programme"] == "HORIZON" else (6, 9)
    sections = [
        ("1. Admissibility conditions",
         "<p>Proposals must be submitted electronically through the Funding &amp; Tenders Portal Submission System "
         "before the deadline, complete and readable. Page limits and layout: see Part B of the application form.</p>"),
        ("2. Eligible countries", f"<p>{esc(call['eligible_countries'])}</p>"),
        ("3. Other eligible conditions",
         f"<p>{esc(call['applicants'])}</p>" + (f"<p>{esc(call['conditions'])}</p>" if call.get("conditions") else "")),
        ("4. Financial and operational capacity and exclusion", f"<p>See the {call_doc}.</p>"),
        ("5a. Evaluation and award: Submission and evaluation process",
         f"<p>Set out in the {call_doc} and in the Portal Online Manual.</p>"),
        ("5b. Evaluation and award: Award criteria, scoring and thresholds", f"<p>Described in the {call_doc}.</p>"),
        ("5c. Evaluation and award: Indicative timeline for evaluation and grant agreement",
         f"<p>Information on the outcome of the evaluation: about {months_info} months after the deadline. "
         f"Grant agreements are expected to be signed about {months_sign} months after the deadline.</p>"),
        ("6. Legal and financial set-up of the grants",
         f"<p>Model grant agreement: {esc(ACTION_TYPES[call['action']][3])}.</p>"),
    ]
    if _h("conditions-style", call["identifier"]) % 4 == 0:  # older, Word-pasted layout
        body = "".join(f'<p><b><span lang="EN-US">{t}:&nbsp;</span></b></p>\n{c}\n' for t, c in sections)
        return '<p><b><span lang="EN-US" style="font-size: 12pt; color: rgb(64, 64, 64);">Conditions<br />\r\n</span></b></p>\r\n' + body
    body = "".join(f'<div><h4> {t}</h4><div class="eui-u-mt-s">{c}</div></div>' for t, c in sections)
    return f'<div class="eui-u-mt-l"><h4>Conditions</h4><div>{body}</div></div>'


# ===========================================================================
# Metadata builders
# ===========================================================================
def _status_obj(status: str) -> dict:
    return {"id": int(STATUS_CODES[status]), "abbreviation": STATUS_LABELS[status], "description": STATUS_LABELS[status]}


def _deadline_model(call) -> str:
    return "two-stage" if len(call["deadlines"]) == 2 else "single-stage"


def _budget_year(call) -> str:
    m = re.search(r"-(20\d\d)-", call["identifier"] + "-")
    return m.group(1) if m else call["start"][:4]


def _budget_entry(topic, identifier: str, budget: int) -> dict:
    entry = {"action": f"{identifier} - {ACTION_TYPES[topic['action']][0]}"}
    if any(k in topic for k in ("min_contribution", "max_contribution", "expected_grants")):
        entry.update({
            "expectedGrants": topic.get("expected_grants", 0),
            "minContribution": topic.get("min_contribution", 0),
            "maxContribution": topic.get("max_contribution", 0),
        })
    entry.update({
        "budgetYearMap": {_budget_year(topic): str(budget)},
        "plannedOpeningDate": topic["start"],
        "deadlineModel": _deadline_model(topic),
        "deadlineDates": [d[:10] for d in topic["deadlines"]],
    })
    return entry


def budget_overview(call) -> str:
    siblings = [t for t in PROGRAMME_TOPICS if t["call_identifier"] == call["call_identifier"]]
    entries = [_budget_entry(t, t["identifier"], t["budget"]) for t in siblings]
    known = {t["identifier"] for t in siblings}
    for t in siblings:
        for ident, budget in t.get("other_topics", []):
            if ident not in known:
                known.add(ident)
                entries.append(_budget_entry(t, ident, budget))
    entries.sort(key=lambda e: e["action"], reverse=True)
    budget_id = str(100000 + _h("budget", call["call_identifier"]) % 900000)
    years = sorted({y for e in entries for y in e["budgetYearMap"]})
    return json.dumps({"budgetYearsColumns": years, "budgetTopicActionMap": {budget_id: entries}},
                      ensure_ascii=False, separators=(",", ":"))


def actions_json(call) -> str:
    type_of_action, mga_id, mga_abbr, mga_desc = ACTION_TYPES[call["action"]]
    action = {
        "types": [{"typeOfAction": type_of_action,
                   "typeOfMGA": [{"id": mga_id, "abbreviation": mga_abbr, "description": mga_desc}]}],
        "status": _status_obj(call["status"]),
        "plannedOpeningDate": call["start"],
        "submissionProcedure": SUBMISSION_PROCEDURE[_deadline_model(call)],
        "deadlineDates": [d[:10] for d in call["deadlines"]],
    }
    return json.dumps([action], ensure_ascii=False, separators=(",", ":"))


def _ingest_stamps(call) -> tuple[str, str, str]:
    h = _h("ingest", call["identifier"])
    queue = dt.datetime(2026, 11, 21, 2 + h % 4, (h >> 3) % 60, (h >> 9) % 60, ((h >> 15) % 1000) * 1000,
                        tzinfo=dt.timezone(dt.timedelta(hours=1)))
    ingest = queue + dt.timedelta(milliseconds=150 + (h >> 20) % 800)
    first_day = min(parse_local(call["start"]).date() - dt.timedelta(days=3), AS_OF)
    first = dt.datetime.combine(first_day, dt.time(14, 1, 9, 919000), tzinfo=dt.timezone(dt.timedelta(hours=1)))
    return iso(queue), iso(ingest), iso(first)


def checksum(call, description: list[str]) -> str:
    payload = json.dumps([call["identifier"], call["language"], call["title"], description, call["deadlines"]],
                         ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest().upper()


def weight(call) -> float:
    return round((_h("weight", call["identifier"]) % 3_000_000) / 100_000, 5)


def support_info(call) -> str:
    return (f"<p>Questions on this topic can be addressed to the {html.escape(call['funder'])}, using the contact "
            "details given in the call document.</p>"
            f'<p><a href="{PORTAL}/portal/screen/support/faq" rel="noopener noreferrer" target="_blank">'
            "Funding &amp; Tenders Portal FAQ</a> – frequently asked questions on submission and evaluation.</p>"
            f'<p><a href="{PORTAL}/portal/screen/support/helpdesks/contact-form" rel="noopener noreferrer" '
            'target="_blank">IT Helpdesk</a> – technical problems such as logging in, access rights or uploading '
            "documents.</p>")


def sep_template(call) -> str:
    if call["status"] == "forthcoming":
        return "<p>Submission will become possible from the opening date shown in the topic header.</p>"
    return ("<p>Start a draft by clicking the submission button next to the <strong>type of action</strong> that "
            "fits your proposal; this choice cannot be changed later in the Submission System.</p>"
            "<p>Drafts you have already started are listed under My Proposals in the My Area section of the "
            "Funding &amp; Tenders Portal.</p>")


def latest_infos(call) -> str:
    if call["status"] != "open" or _h("infos", call["identifier"]) % 4:
        return "[]"
    info = [{"approvalDate": "", "lastChangeDate": f"{call['start']}T09:14:02.118",
             "content": f"Submission is now possible for topic {call['identifier']}."}]
    return json.dumps(info, ensure_ascii=False, separators=(",", ":"))


def _common_tail(call, description, reference, url) -> dict:
    return {
        "esST_checksum": [checksum(call, description)],
        "esST_URL": [url],
        "url": [url],
        "REFERENCE": [reference],
        "es_ContentType": ["text/plain"],
        "esST_FileName": ["file.txt"],
    }


def topic_metadata(call) -> tuple[str, str, dict]:
    prog = PROGRAMMES[call["programme"]]
    ccm2 = str(48_000_000 + _h("ccm2", call["identifier"]) % 900_000)
    call_ccm2 = str(48_000_000 + _h("ccm2", call["call_identifier"]) % 900_000)
    reference = f"{ccm2}TOPICS{call['language']}"
    url = f"{PORTAL}/data/topicDetails/{call['identifier']}.json"
    description = description_html(call)
    start = iso(parse_local(call["start"]))
    deadlines = [iso(parse_local(d)) for d in call["deadlines"]]
    queue, ingest, first = _ingest_stamps(call)
    group = SORT_STATUS[call["status"]]
    tail = _common_tail(call, description, reference, url)
    tags = call["keywords"] if _h("tags", call["identifier"]) % 3 else []
    meta = {
        "latestInfos": [latest_infos(call)],
        "es_SortDate": [start],
        "sepTemplate": [sep_template(call)],
        "keywords": [call["identifier"], call["call_identifier"]] + call["keywords"],
        "sortStatus": [group],
        "language": [call["language"]],
        "topicConditions": [topic_conditions_html(call)],
        "title": [call["title"]],
        "type": ["1"],
        "esST_checksum": tail["esST_checksum"],
        "focusArea": [],
        "esST_FileName": tail["esST_FileName"],
        "typeOfMGAs": [str(ACTION_TYPES[call["action"]][1])],
        "callIdentifier": [call["call_identifier"]],
        "ccm2Id": [ccm2],
        "callccm2Id": [call_ccm2],
        "DATASOURCE": ["SEDIA"],
        "REFERENCE": tail["REFERENCE"],
        "links": ["[]"],
        "callTitle": [call["call_title"]],
        "frameworkProgramme": [prog["framework"]],
        "descriptionByte": description,
        "identifier": [call["identifier"]],
        "es_ContentType": tail["es_ContentType"],
        "programmeDivision": [str(43_400_000 + _h("division", call["call_identifier"]) % 99_999)],
        "crossCuttingPriorities": list(call.get("cross_cutting", [])),
        "esDA_FirstIngestDate": [first],
        "programmePeriod": [prog["period"]],
        "deadlineDate": deadlines,
        "esDA_IngestDate": [ingest],
        "typesOfAction": [ACTION_TYPES[call["action"]][0].split(" ", 1)[1]],
        "url": tail["url"],
        "es_Combine": [group],
        "esST_URL": tail["esST_URL"],
        "tags": list(tags),
        "esDA_QueueDate": [queue],
        "actions": [actions_json(call)],
        "allowPartnerSearch": ["true"],
        "budgetOverview": [budget_overview(call)],
        "startDate": [start],
        "deadlineModel": [_deadline_model(call)],
        "supportInfo": [support_info(call)],
        "status": [STATUS_CODES[call["status"]]],
    }
    return reference, url, meta


def prospect_metadata(call) -> tuple[str, str, dict]:
    number = call["identifier"].split("/")[1]
    lang = call["language"]
    reference = f"{number}PROSPECTS{lang.upper()}"
    url = f"{PORTAL}/portal/screen/opportunities/prospect-details/{reference}"
    description = description_html(call)
    jitter = _h("jitter", call["identifier"]) % 60
    start = iso_utc(parse_local(call["start"] + " 10:00"), jitter)
    deadlines = [iso_utc(parse_local(d), (jitter + 7) % 60) for d in call["deadlines"]]
    queue, ingest, _ = _ingest_stamps(call)
    if call["status"] == "forthcoming":
        documents = "[]"
    else:
        name = "Lignes directrices à l'intention des demandeurs" if lang == "fr" else "Guidelines for grant applicants"
        documents = json.dumps([{
            "nameDoc": name, "typeDoc": "zip", "languageDoc": lang.upper(),
            "finalPublicDocDate": f"{call['start']} 10:00:{jitter:02d}.0",
            "docUrl": f"{PORTAL}/prospect-documents/{number}/guidelines_{lang}.zip",
        }], ensure_ascii=False)
    tail = _common_tail(call, description, reference, url)
    return reference, url, {
        "type": ["2"],
        "title": [call["title"]],
        "identifier": [call["identifier"]],
        "callIdentifier": [number],
        "status": [STATUS_CODES[call["status"]]],
        "sortStatus": [SORT_STATUS[call["status"]]],
        "deadlineDate": deadlines,
        "closingDate": [deadlines[-1]],
        "startDate": [start],
        "es_SortDate": [start],
        "budget": [str(call["budget"])],
        "currency": [call["currency"]],
        "programmePeriod": [PROGRAMMES[call["programme"]]["period"]],
        "frameworkProgramme": [PROGRAMMES[call["programme"]]["framework"]],
        "programmeDivisionProspect": [str(42_921_000 + _h("division", call["ca_name"]) % 999)],
        "beneficiaryAdministration": [],
        "descriptionByte": description,
        "language": [lang],
        "DATASOURCE": ["SEDIA"],
        "caName": [call["ca_name"]],
        "geographicalZone": [GEO_ZONES[call["geo"]]],
        "geographicalZones": [GEO_ZONES[call["geo"]]],
        "duration": [call["duration"]],
        "publicationDocuments": [documents],
        "keywords": list(call["keywords"]),
        "tags": list(call["keywords"]) if _h("tags", call["identifier"]) % 2 else [],
        "deadlineModel": [_deadline_model(call)],
        "url": tail["url"],
        "esST_URL": tail["esST_URL"],
        "esST_checksum": tail["esST_checksum"],
        "REFERENCE": tail["REFERENCE"],
        "es_ContentType": tail["es_ContentType"],
        "esDA_QueueDate": [queue],
        "esDA_IngestDate": [ingest],
    }


def cascade_metadata(call) -> tuple[str, str, dict]:
    reference = f"{call['cc_id']}COMPETITIVECALLS{call['language']}"
    url = f"{PORTAL}/portal/screen/opportunities/competitive-calls-cs/{call['cc_id']}"
    description = description_html(call)
    start = iso(parse_local(call["start"]))
    deadlines = [iso(parse_local(d)) for d in call["deadlines"]]
    queue, ingest, _ = _ingest_stamps(call)
    tail = _common_tail(call, description, reference, url)
    return reference, url, {
        "type": ["8"],
        "identifier": [call["identifier"]],
        "callIdentifier": [call["identifier"]],
        "title": [call["title"]],
        "status": [STATUS_CODES[call["status"]]],
        "sortStatus": [SORT_STATUS[call["status"]]],
        "deadlineDate": deadlines,
        "startDate": [start],
        "es_SortDate": [start],
        "budget": [str(call["budget"])],
        "currency": [call["currency"]],
        "caName": [call["ca_name"]],
        "projectAcronym": [call["project_acronym"]],
        "descriptionByte": description,
        "language": [call["language"]],
        "DATASOURCE": ["SEDIA"],
        "keywords": list(call["keywords"]),
        "tags": list(call["keywords"]),
        "programmePeriod": [PROGRAMMES[call["programme"]]["period"]],
        "frameworkProgramme": [PROGRAMMES[call["programme"]]["framework"]],
        "deadlineModel": [_deadline_model(call)],
        "url": tail["url"],
        "esST_URL": tail["esST_URL"],
        "esST_checksum": tail["esST_checksum"],
        "REFERENCE": tail["REFERENCE"],
        "es_ContentType": tail["es_ContentType"],
        "esDA_QueueDate": [queue],
        "esDA_IngestDate": [ingest],
    }


BUILDERS = {1: topic_metadata, 2: prospect_metadata, 8: cascade_metadata}


def render_result(call) -> dict:
    reference, url, meta = BUILDERS[call["type"]](call)
    group = SORT_STATUS[call["status"]]
    return {
        "apiVersion": API_VERSION,
        "reference": reference,
        "url": url,
        "title": None,
        "contentType": "text/plain",
        "language": call["language"],
        "databaseLabel": "SEDIA",
        "database": "SEDIA",
        "summary": call["title"],
        "weight": weight(call),
        "groupById": group,
        "content": call["title"],
        "accessRestriction": False,
        "pages": None,
        "checksum": meta["esST_checksum"][0],
        "metadata": meta,
        "enrichedMetadata": {},
        "children": [],
        "highlightedFragments": [],
    }


def envelope(page_number: int, results: list, total: int) -> dict:
    return {
        "apiVersion": API_VERSION,
        "terms": "***",
        "responseTime": [87, 64, 9][min(page_number, 3) - 1],
        "totalResults": total,
        "pageNumber": page_number,
        "pageSize": PAGE_SIZE,
        "sort": "relevance",
        "groupByField": "sortStatus",
        "queryLanguage": {"language": "en", "probability": 0.0},
        "spellingSuggestion": None,
        "bestBets": [],
        "results": results,
        "warnings": [],
    }


def build_outputs() -> dict[str, object]:
    """Everything this script writes, keyed by file name."""
    ordered = list(ALL_CALLS)
    random.Random(20261121).shuffle(ordered)  # relevance order looks arbitrary; fixed seed
    results = [render_result(c) for c in ordered]
    total = len(results)
    pages = [results[i:i + PAGE_SIZE] for i in range(0, total, PAGE_SIZE)]
    pages.append([])  # one page too far: the API answers with an empty result list
    files: dict[str, object] = {}
    routes = []
    for number, page in enumerate(pages, start=1):
        name = f"search-page-{number}.json"
        files[name] = envelope(number, page, total)
        routes.append({"method": "POST", "path": SEARCH_PATH, "query": {"pageNumber": str(number)},
                       "file": name, "content_type": "application/json"})
    files["manifest.json"] = {"routes": routes}
    return files


def dump(obj) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


def write_outputs() -> list[Path]:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    written = []
    for name, obj in build_outputs().items():
        path = OUT_DIR / name
        path.write_text(dump(obj), encoding="utf-8")
        written.append(path)
    return written


# ===========================================================================
# --check
# ===========================================================================
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}[+-]\d{4}$")
JSON_STRING_KEYS = ("budgetOverview", "actions", "publicationDocuments", "latestInfos", "links")
REQUIRED_ALL = ("type", "identifier", "callIdentifier", "title", "status", "deadlineDate", "startDate",
                "descriptionByte", "language", "DATASOURCE", "es_SortDate", "keywords", "tags",
                "programmePeriod", "frameworkProgramme", "deadlineModel")
REQUIRED_BY_TYPE = {
    "1": ("callTitle", "topicConditions", "budgetOverview", "actions"),
    "2": ("budget", "currency", "caName"),
    "8": ("budget", "currency", "caName"),
}


def check() -> int:
    problems: list[str] = []

    def expect(cond: bool, msg: str) -> None:
        if not cond:
            problems.append(msg)

    manifest = json.loads((OUT_DIR / "manifest.json").read_text(encoding="utf-8"))
    pages = {}
    for route in manifest["routes"]:
        expect(set(route) == {"method", "path", "query", "file", "content_type"}, f"route keys {route}")
        pages[int(route["query"]["pageNumber"])] = json.loads((OUT_DIR / route["file"]).read_text(encoding="utf-8"))
    expect(sorted(pages) == [1, 2, 3], f"pages in manifest: {sorted(pages)}")

    total = len(ALL_CALLS)
    expect(len(pages[1]["results"]) == PAGE_SIZE, "page 1 must hold 100 results")
    expect(len(pages[2]["results"]) == total - PAGE_SIZE, "page 2 must hold the rest")
    expect(pages[3]["results"] == [], "page 3 must be empty")
    for number, page in pages.items():
        expect(page["totalResults"] == total, f"page {number}: totalResults {page['totalResults']} != {total}")
        expect(page["pageNumber"] == number and page["pageSize"] == PAGE_SIZE, f"page {number}: paging fields")
        expect(page["terms"] == "***", f"page {number}: terms")

    results = pages[1]["results"] + pages[2]["results"]
    idents = [r["metadata"]["identifier"][0] for r in results]
    expect(len(set(idents)) == len(idents) == total, "identifiers must be unique")
    expect(len({r["reference"] for r in results}) == total, "references must be unique")

    by_type: dict[str, int] = {}
    by_type_lang: dict[tuple, int] = {}
    past_open = forthcoming = empty_desc = two_stage = 0
    as_of = dt.datetime(AS_OF.year, AS_OF.month, AS_OF.day, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    for r in results:
        meta, ident = r["metadata"], r["metadata"]["identifier"][0]
        for key, value in meta.items():
            expect(isinstance(value, list), f"{ident}: metadata[{key}] is not a list")
            expect(all(isinstance(v, str) for v in value), f"{ident}: metadata[{key}] holds non-strings")
        for key in JSON_STRING_KEYS:
            for v in meta.get(key, []):
                try:
                    json.loads(v)
                except ValueError:
                    problems.append(f"{ident}: {key} is not valid JSON")
        t = meta["type"][0]
        for key in REQUIRED_ALL + REQUIRED_BY_TYPE[t]:
            expect(key in meta, f"{ident}: missing {key}")
        if t in ("2", "8"):
            expect("budgetOverview" not in meta, f"{ident}: type {t} must not carry budgetOverview")
            expect(meta["budget"][0].isdigit(), f"{ident}: budget must be digits")
        else:
            bo = json.loads(meta["budgetOverview"][0])
            expect(any(e["action"].startswith(ident + " ") for es in bo["budgetTopicActionMap"].values() for e in es),
                   f"{ident}: budgetOverview does not list the topic")
        for key in ("deadlineDate", "startDate", "es_SortDate"):
            for v in meta[key]:
                expect(bool(DATE_RE.match(v)), f"{ident}: bad date {key}={v}")
        model = meta["deadlineModel"][0]
        expect(len(meta["deadlineDate"]) == (2 if model == "two-stage" else 1), f"{ident}: deadlineModel mismatch")
        expect(r["checksum"] == meta["esST_checksum"][0] and len(r["checksum"]) == 64, f"{ident}: checksum")
        expect(meta["status"][0] in STATUS_CODES.values(), f"{ident}: status code")
        by_type[t] = by_type.get(t, 0) + 1
        by_type_lang[(t, meta["language"][0])] = by_type_lang.get((t, meta["language"][0]), 0) + 1
        last = dt.datetime.strptime(meta["deadlineDate"][-1], "%Y-%m-%dT%H:%M:%S.%f%z")
        past_open += last < as_of and meta["status"][0] == STATUS_CODES["open"]
        forthcoming += meta["status"][0] == STATUS_CODES["forthcoming"]
        empty_desc += meta["descriptionByte"] in ([], [""])
        two_stage += model == "two-stage"

    expected = build_outputs()
    for name, obj in expected.items():
        on_disk = (OUT_DIR / name).read_text(encoding="utf-8")
        expect(on_disk == dump(obj), f"{name} differs from a fresh render (re-run the script)")

    print(f"results: {len(results)} (page 1: {len(pages[1]['results'])}, page 2: {len(pages[2]['results'])}, page 3: 0)")
    for t in sorted(by_type):
        langs = ", ".join(f"{lang}={n}" for (tt, lang), n in sorted(by_type_lang.items()) if tt == t)
        print(f"  type {t}: {by_type[t]}  ({langs})")
    print(f"  deadline passed but status open: {past_open}; forthcoming: {forthcoming}; "
          f"two-stage: {two_stage}; empty descriptionByte: {empty_desc}")
    if problems:
        print(f"{len(problems)} problem(s):")
        for p in problems:
            print("  -", p)
        return 1
    print("check: OK")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="validate the recorded files instead of writing them")
    args = parser.parse_args(argv)
    if args.check:
        return check()
    for path in write_outputs():
        print(f"wrote {path.relative_to(REPO_ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
