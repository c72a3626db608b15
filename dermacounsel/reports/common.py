"""What every printed document shares: the clinic's header, the red box of cautions, the article's caveat
with its source, and the page footer, as HTML for a QTextDocument, phrased in the printout's language
(Qt's translations for the fixed words; dates, lists and honorifics the Japanese way in Japanese). The
documents' callers read the catalogue; these only phrase what they are given (catalogue text escaped)."""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication

from dermacounsel.domain.glossary import Gloss

#: the article's statement every printout ends with: effects vary from person to person
CAVEAT_KEY = "individual-variation"

#: the style every document adds to its own (headings and the small grey print)
STYLE = """
h1 { font-size: 17pt; color: #1f4e5c; margin: 0; }
p.address { color: #4b5d68; margin: 0; }
p.meta { color: #4b5d68; }
p.caveat { color: #4b5d68; font-size: 8.5pt; }
span.source { color: #4b5d68; font-size: 7.5pt; }
"""

CAUTION_COLOUR = "#9b1c1c"


@dataclass(frozen=True)
class ClinicHeader:
    """The clinic as its printouts name it, from the clinic's settings.

    Attributes:
        logo: the path of an image file, or "" for none (a file that cannot be read is left out).
    """

    name: str = ""
    address: str = ""
    logo: str = ""

    @property
    def display_name(self) -> str:
        return self.name or "DermaCounsel"


#: what a Japanese patient's name may already end with, so that 様 is not added twice
HONORIFICS = ("様", "さま", "さん", "殿")


def printed_date(day: date, language: str) -> str:
    """A date as the printout's language writes it: 2026年12月1日, or 1 December 2026 (English month
    names whatever the system's locale)."""
    if language == "ja":
        return f"{day.year}年{day.month}月{day.day}日"
    month = ("January February March April May June July August September October November December".split())[
        day.month - 1
    ]
    return f"{day.day} {month} {day.year}"


def listing(names: Sequence[str], language: str) -> str:
    """Names in a row: ベネブ、リジュラン in Japanese (the ideographic comma), Benev, REJURAN in English."""
    return ("、" if language == "ja" else ", ").join(names)


@dataclass(frozen=True)
class Caveat:
    """The article's note that effects vary from person to person (statement `CAVEAT_KEY`), and the
    citation of its source ("" if the catalogue gives none)."""

    text: str
    source: str


def _columns(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def name_lines(name: str, columns: int) -> list[str]:
    """A name's lines, breaking only between its space-separated parts while a part fits in `columns`
    (a CJK character counts two): Qt breaks Japanese between any two characters, which cut 美容皮膚科 and
    クリニック in two in the letterhead; 医療法人社団 / スマートスキン美容皮膚科クリニック 銀座院 keeps every word."""
    lines: list[str] = []
    for part in name.split():
        if lines and _columns(lines[-1] + " " + part) <= columns:
            lines[-1] += " " + part
        else:
            lines.append(part)
    return lines or [name]


def header_html(clinic: ClinicHeader, printed_on: date, language: str = "en") -> str:
    """The clinic's name and address on the left, its logo (the image resource "logo") and the date on the
    right, and a rule under them."""
    logo = '<img src="logo" height="64">' if clinic.logo else ""
    address = "<br>".join(escape(line) for line in clinic.address.splitlines() if line.strip())
    name = "<br>".join(escape(line) for line in name_lines(clinic.display_name, 36 if clinic.logo else 44))
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td><h1>{name}</h1><p class="address">{address}</p></td>'
        f'<td align="right" valign="top">{logo}<p class="meta">{printed_date(printed_on, language)}</p></td>'
        "</tr></table><hr>"
    )


def prepared_for_html(patient: str, language: str = "en") -> str:
    """The patient's name for this printout ("for 山田 花子 様": 様 added unless typed), or nothing when
    none was typed."""
    if not patient:
        return ""
    if language == "ja" and patient.endswith(HONORIFICS):
        patient = patient[: -len(next(h for h in HONORIFICS if patient.endswith(h)))].rstrip()
    text = QCoreApplication.translate("Printout", "Prepared for {name}")
    return "<p>" + escape(text).replace("{name}", f"<b>{escape(patient)}</b>") + "</p>"


def symbols_legend() -> str:
    """What the article's rating symbols mean, for a printout that uses them."""

    return QCoreApplication.translate(
        "printouts", "The article's ratings: ◎ very powerful · ○ powerful · △ limited · ー none"
    )


def symbols_key() -> str:
    """The rating symbols' meanings alone, for a printout that shows them beside the chart they label."""
    return QCoreApplication.translate("printouts", "◎ very powerful · ○ powerful · △ limited · ー none")


def caution_line(product: str, caution: str) -> str:
    """A product's caution as one line: "Benev: Not during pregnancy", or the caution alone where it names
    the product itself ("After AmnioGenics treatment…", not "AmnioGenics: After AmnioGenics treatment…")."""
    if product.casefold() in caution.casefold():
        return caution
    return QCoreApplication.translate("Printout", "{product}: {caution}").format(product=product, caution=caution)


def caution_box_html(cautions: Sequence[tuple[str, str]]) -> str:
    """(product, caution) pairs in a red-bordered box, one line each; nothing when there are none."""
    if not cautions:
        return ""
    rows = "".join(
        f'<tr><td style="color:{CAUTION_COLOUR}; font-weight:bold;">⚠ {escape(caution_line(name, text))}</td></tr>'
        for name, text in cautions
    )
    return (
        '<table width="100%" cellpadding="5" cellspacing="0" border="1" '
        f'style="border-color:{CAUTION_COLOUR}; border-style:solid;">{rows}</table>'
    )


def caveat_html(caveat: Caveat) -> str:
    """The caveat in bold, the article it comes from named in small print beside it (its title: how the
    project read the article is for the doctor's screens, not the patient's handout)."""
    if not caveat.source:
        return f"<p><b>{escape(caveat.text)}</b></p>"
    source = QCoreApplication.translate("Printout", "(Source: {source})").format(source=caveat.source)
    return f'<p><b>{escape(caveat.text)}</b> <span class="source">{escape(source)}</span></p>'


def page_footer(clinic: ClinicHeader, *parts: str) -> str:
    """The line at the foot of every page (beside "Page N of M"): the clinic, then `parts`."""
    return " · ".join((clinic.display_name, *parts))


def words_used_html(glosses: Sequence[Gloss], language: str) -> str:
    """The plain words for the terms a printout uses: "Words used here — EGF: …; FGF: …."."""
    entry = QCoreApplication.translate("Printout", "{term}: {meaning}")
    words = ("　" if language == "ja" else "; ").join(
        escape(entry).replace("{term}", f"<b>{escape(g.term)}</b>").replace("{meaning}", escape(g.plain))
        for g in glosses
    )
    return escape(QCoreApplication.translate("Printout", "Words used here — {words}.")).replace("{words}", words)
