#!/usr/bin/env python3
"""Demo recording for the WPHF spider: the calls-for-proposals listing (two pages) and one page per call.

Every call here is FABRICATED for Fursa's offline demo. The Women's Peace and Humanitarian Fund is real and
does run country calls and global windows; these calls, their dates, amounts and texts are invented. The
pages are modelled on a WordPress site (listing cards, <h1 class="entry-title">, a date-window line, an
entry-content body), in English, French and Arabic; the HTML of the real site was not available.

    .venv/bin/python scripts/demo_data/wphf.py          # rewrite data/demo/recorded/wphf/
    .venv/bin/python scripts/demo_data/wphf.py --check  # compare with a fresh render
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from recording import run  # noqa: E402

SITE = "https://wphfund.org"
PER_PAGE = 8
FUND = {"en": "Women's Peace &amp; Humanitarian Fund", "fr": "Fonds pour les femmes, la paix et l'action humanitaire",
        "ar": "صندوق المرأة للسلام والعمل الإنساني"}

# slug, language, published, title, window line (as printed), body (str = paragraph, list = bullet list)
CALLS = [
    ("lebanon-call-for-proposals-2026", "en", "2026-11-02", "Lebanon: Call for Proposals 2026",
     "Call for proposals open from 2 November 2026 to 15 January 2027",
     ["WPHF opens its fourth round of funding in Lebanon for women's rights organizations and women-led civil "
      "society organizations working on protection and participation in the crisis response.",
      ["Prevention of and response to gender-based violence, including safe referral and psychosocial support;",
       "Women's participation in local decision-making, peacebuilding and social cohesion;",
       "Women-led media and awareness work on the rights of refugee and Lebanese women and girls."],
      "Programmatic grants of USD 30,000 to 200,000 for up to 18 months; institutional grants of USD 2,500 to "
      "30,000 for up to 12 months.",
      "Lebanese women-led organizations and women's rights organizations may apply. International NGOs and UN "
      "agencies are not eligible."]),
    ("lebanon-call-for-proposals-2026-ar", "ar", "2026-11-02", "لبنان: دعوة لتقديم المقترحات 2026",
     "باب التقديم مفتوح من ٢ تشرين الثاني/نوفمبر ٢٠٢٦ حتى ١٥ كانون الثاني/يناير ٢٠٢٧",
     ["يطلق صندوق المرأة للسلام والعمل الإنساني الجولة الرابعة من التمويل في لبنان لدعم المنظمات النسائية "
      "ومنظمات حقوق المرأة العاملة في الحماية والمشاركة.",
      "تتراوح قيمة المنح البرامجية بين ٣٠٬٠٠٠ و٢٠٠٬٠٠٠ دولار أمريكي.",
      "يحق للمنظمات التي تقودها نساء في لبنان التقديم. لا يحق للمنظمات الدولية التقدم."]),
    ("iraq-forced-displacement-2026", "ar", "2026-11-09", "العراق: مبادرة التمويل الخاصة بالنزوح القسري",
     "باب التقديم مفتوح من ٩ تشرين الثاني/نوفمبر حتى ٢٠ كانون الأول/ديسمبر ٢٠٢٦",
     ["تدعم هذه الدعوة المنظمات النسائية المحلية التي تعمل مع النساء والفتيات النازحات والعائدات في نينوى "
      "والأنبار وصلاح الدين.",
      ["التعافي الاقتصادي وسبل العيش للنساء النازحات؛",
       "مشاركة النساء في لجان الحوار المجتمعي وبناء السلام؛",
       "تعزيز القدرات المؤسسية للمنظمات الصغيرة."],
      "قيمة المنحة من ٣٠٬٠٠٠ إلى ٢٠٠٬٠٠٠ دولار أمريكي.",
      "يحق للمنظمات النسائية والمنظمات المجتمعية المسجلة في العراق التقديم. لا يحق للأفراد التقدم."]),
    ("afghanistan-institutional-funding-2026", "en", "2026-11-12",
     "Afghanistan: Institutional Funding for Women-Led Organizations", "Deadline: 20 December 2026",
     ["Core funding to keep Afghan women-led organizations running: rent, staff safety, digital security and "
      "continuity planning, so that their peacebuilding and community media work can continue.",
      "Grants of up to USD 30,000 for 12 months. Organizations may apply in Dari, Pashto or English.",
      "Afghan women-led civil society organizations, including those not able to register, may apply through "
      "a fiscal host."]),
    ("syria-northwest-2026", "en", "2026-11-16", "Northwest Syria: Women's Protection and Participation Window",
     "Call for proposals open from 16 November 2026 to 31 January 2027",
     ["This window funds women-led organizations working cross-border into northwest Syria, including groups "
      "registered in Türkiye, on gender-based violence response, health and livelihoods for displaced women.",
      "Grants range from USD 50,000 to 150,000 for 12 to 18 months.",
      "Syrian women-led organizations registered in Syria or Türkiye may apply; consortia led by a women's "
      "organization are welcome."]),
    ("yemen-call-for-proposals-2026", "ar", "2026-11-05", "اليمن: دعوة لتقديم المقترحات 2026",
     "باب التقديم مفتوح من ٥ تشرين الثاني/نوفمبر حتى ١٠ كانون الأول/ديسمبر ٢٠٢٦",
     ["تدعو هذه الجولة المنظمات النسائية اليمنية إلى تقديم مقترحات لتعزيز مشاركة النساء في جهود السلام "
      "المحلية والاستجابة الإنسانية في تعز وعدن والحديدة.",
      "قيمة المنحة من ٢٥٬٠٠٠ إلى ١٥٠٬٠٠٠ دولار أمريكي."]),
    ("whrd-window-2026", "en", "2026-11-04", "Global Window for Women Human Rights Defenders",
     "Applications are accepted on a rolling basis",
     ["The window supports women human rights defenders and their organizations in crisis settings with "
      "rapid protection grants and advocacy support, in all countries where WPHF works.",
      "Protection grants of up to USD 10,000; advocacy grants of up to USD 25,000.",
      "Women human rights defenders, women's rights organizations and feminist networks may apply."]),
    ("fenetre-mondiale-defenseuses-2026", "fr", "2026-11-04",
     "Fenêtre mondiale pour les défenseuses des droits humains",
     "Candidatures reçues en continu",
     ["La fenêtre soutient les défenseuses des droits humains et leurs organisations dans les contextes de "
      "crise, par des subventions de protection rapides et un appui au plaidoyer.",
      "Subventions de protection jusqu'à 10 000 USD ; subventions de plaidoyer jusqu'à 25 000 USD.",
      "Les associations dirigées par des femmes et les réseaux féministes peuvent présenter une demande."]),
    ("haiti-appel-2026", "fr", "2026-11-10", "Haïti : appel à propositions 2026",
     "Appel à propositions ouvert du 10 novembre 2026 au 8 janvier 2027",
     ["Le WPHF finance les organisations de femmes haïtiennes engagées dans la prévention des violences et la "
      "participation des femmes à la reconstruction.",
      "Montant des subventions : de 20 000 à 120 000 USD.",
      "Les associations dirigées par des femmes enregistrées en Haïti peuvent postuler."]),
    ("sudan-rapid-response-2026", "en", "2026-11-18", "Sudan: Rapid Response Window for Women's Organizations",
     "Call for proposals open from 18 November to 18 December 2026",
     ["Emergency funding for Sudanese women's organizations responding to displacement, including in "
      "refugee-hosting areas of Chad and South Sudan.",
      "Grants of USD 20,000 to 80,000 for 6 to 9 months."]),
    ("jordan-call-for-proposals-2026", "en", "2026-09-01", "Jordan: Call for Proposals 2026",
     "Call for proposals open from 1 September to 30 October 2026",
     ["This call supported Jordanian women's organizations working with refugee and host communities on "
      "economic empowerment and protection. It is closed; results will be announced in December 2026.",
      "Grants of USD 30,000 to 150,000."]),
]

LISTING = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<title>Calls for Proposals{page_title} &#8211; {fund}</title>
<link rel="canonical" href="{site}/calls-for-proposals/">
</head>
<body class="page-template-default page page-id-212{paged}">
<header id="masthead" class="site-header">
  <nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">
    <li><a href="{site}/">Home</a></li><li><a href="{site}/about/">About</a></li>
    <li><a href="{site}/calls-for-proposals/">Calls for Proposals</a></li><li><a href="{site}/results/">Results</a></li>
  </ul></nav>
</header>
<main id="main" class="site-main">
<article id="post-212" class="post-212 page type-page status-publish">
  <header class="entry-header"><h1 class="entry-title">Calls for Proposals</h1></header>
  <div class="entry-content">
    <p>WPHF funds local women&#8217;s organizations through country calls and global funding windows.</p>
    <div class="wp-block-group calls-list">
{cards}    </div>
    <nav class="navigation pagination" aria-label="Calls"><div class="nav-links">{nav}</div></nav>
  </div>
</article>
</main>
<footer class="site-footer"><a href="{site}/privacy/">Privacy</a></footer>
</body>
</html>
"""

CARD = """      <div class="call-card">
        <h3 class="call-card__title"><a href="{site}/calls/{slug}/">{title}</a></h3>
        <p class="call-card__dates">{window}</p>
      </div>
"""

PAGE = """<!DOCTYPE html>
<html lang="{lang_attr}"{direction}>
<head>
<meta charset="UTF-8">
<title>{title} &#8211; {fund}</title>
<meta property="og:title" content="{title}">
<meta property="article:published_time" content="{published}T08:00:00+00:00">
<link rel="canonical" href="{site}/calls/{slug}/">
</head>
<body class="call-template-default single single-call{rtl}">
<main id="main" class="site-main">
<article class="call type-call status-publish">
  <header class="entry-header">
    <h1 class="entry-title">{title}</h1>
    <p class="call-window">{window}</p>
  </header>
  <div class="entry-content">
{body}  </div>
</article>
</main>
</body>
</html>
"""


def body_html(blocks: list) -> str:
    out = []
    for block in blocks:
        if isinstance(block, list):
            out.append("    <ul>\n" + "".join(f"      <li>{html.escape(li)}</li>\n" for li in block) + "    </ul>\n")
        else:
            out.append(f"    <p>{html.escape(block)}</p>\n")
    return "".join(out)


def call_page(call: tuple) -> str:
    slug, lang, published, title, window, body = call
    return PAGE.format(lang_attr={"en": "en-US", "fr": "fr-FR", "ar": "ar"}[lang],
                       direction=' dir="rtl"' if lang == "ar" else "", title=html.escape(title), fund=FUND[lang],
                       published=published, site=SITE, slug=slug, rtl=" rtl" if lang == "ar" else "",
                       window=html.escape(window), body=body_html(body))


def listing(calls: list[tuple], page: int, pages: int) -> str:
    cards = "".join(CARD.format(site=SITE, slug=c[0], title=html.escape(c[3]), window=html.escape(c[4]))
                    for c in calls)
    links = [f'<a class="page-numbers" href="{SITE}/calls-for-proposals/{"" if n == 1 else f"page/{n}/"}">{n}</a>'
             if n != page else f'<span aria-current="page" class="page-numbers current">{n}</span>'
             for n in range(1, pages + 1)]
    if page < pages:
        links.append(f'<a class="next page-numbers" href="{SITE}/calls-for-proposals/page/{page + 1}/">Next &rarr;</a>')
    return LISTING.format(page_title=f" &#8211; Page {page}" if page > 1 else "", fund=FUND["en"], site=SITE,
                          paged=f" paged paged-{page}" if page > 1 else "", cards=cards, nav="\n".join(links))


PROVENANCE = """# WPHF recording: provenance

FABRICATED demo records, written for Fursa. Nothing here was captured from wphfund.org.

* Shape: a WordPress calls-for-proposals page listing one card per call (two listing pages), and one page per
  call with its title, a date-window line ("Call for proposals open from 2 November 2026 to 15 January 2027",
  French and Arabic variants, "Deadline: ...", rolling windows) and its text. The real site's HTML was not
  available (only page texts, in `/work/shared/sources/wphf/`): the markup is modelled, not captured.
* Content: 11 invented calls (Lebanon in English and Arabic, Iraq, Afghanistan, northwest Syria, Yemen, two
  global windows, Haiti, Sudan, and a Jordan call closed on 30 Oct 2026). WPHF is real; these calls are not.
* `calls-for-proposals.html` and `calls-for-proposals-page-2.html`, then `call-<slug>.html`. `manifest.json` routes
  each path to its file.
* Generated by `scripts/demo_data/wphf.py`; edit the script and rerun it, not these files.
"""


def build() -> dict[str, object]:
    pages = [CALLS[i:i + PER_PAGE] for i in range(0, len(CALLS), PER_PAGE)]
    files: dict[str, object] = {}
    routes = []
    for number, calls in enumerate(pages, start=1):
        name = "calls-for-proposals.html" if number == 1 else f"calls-for-proposals-page-{number}.html"
        files[name] = listing(calls, number, len(pages))
        path = "/calls-for-proposals/" if number == 1 else f"/calls-for-proposals/page/{number}/"
        routes.append({"method": "GET", "path": path, "file": name, "content_type": "text/html; charset=UTF-8"})
    for call in CALLS:
        name = f"call-{call[0]}.html"
        files[name] = call_page(call)
        routes.append({"method": "GET", "path": f"/calls/{call[0]}/", "file": name,
                       "content_type": "text/html; charset=UTF-8"})
    files["manifest.json"] = {"routes": routes}
    files["PROVENANCE.md"] = PROVENANCE
    return files


if __name__ == "__main__":
    sys.exit(run("wphf", build, __doc__))
