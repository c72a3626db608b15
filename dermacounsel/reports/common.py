"""What every printed document shares: the clinic's header, the red box of cautions, the article's caveat
with its source, and the page footer, as HTML for a QTextDocument. Plain Python: the documents' callers
read the catalogue, these only phrase what they are given (catalogue text escaped)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

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


@dataclass(frozen=True)
class Caveat:
    """The article's note that effects vary from person to person (statement `CAVEAT_KEY`), and the
    citation of its source ("" if the catalogue gives none)."""

    text: str
    source: str


def header_html(clinic: ClinicHeader, printed_on: date) -> str:
    """The clinic's name and address on the left, its logo (the image resource "logo") and the date on the
    right, and a rule under them."""
    logo = '<img src="logo" height="64">' if clinic.logo else ""
    address = "<br>".join(escape(line) for line in clinic.address.splitlines() if line.strip())
    return (
        '<table width="100%" cellspacing="0" cellpadding="0"><tr>'
        f'<td><h1>{escape(clinic.display_name)}</h1><p class="address">{address}</p></td>'
        f'<td align="right" valign="top">{logo}<p class="meta">{printed_on.strftime("%d %B %Y")}</p></td>'
        "</tr></table><hr>"
    )


def prepared_for_html(patient: str) -> str:
    """The patient's name for this printout, or nothing when none was typed."""
    return f"<p>Prepared for <b>{escape(patient)}</b></p>" if patient else ""


def symbols_legend() -> str:
    """What the article's rating symbols mean, for a printout that uses them."""
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "printouts", "The article's ratings: ◎ very powerful · ○ powerful · △ limited · ー none"
    )


def caution_box_html(cautions: Sequence[tuple[str, str]]) -> str:
    """(product, caution) pairs in a red-bordered box, one line each; nothing when there are none."""
    if not cautions:
        return ""
    rows = "".join(
        f'<tr><td style="color:{CAUTION_COLOUR}; font-weight:bold;">⚠ {escape(name)}: {escape(text)}</td></tr>'
        for name, text in cautions
    )
    return (
        '<table width="100%" cellpadding="8" cellspacing="0" border="1" '
        f'style="border-color:{CAUTION_COLOUR}; border-style:solid;">{rows}</table>'
    )


def caveat_html(caveat: Caveat) -> str:
    """The caveat in bold, the article it comes from named in small print under it (its title: how the
    project read the article is for the doctor's screens, not the patient's handout)."""
    source = f' <span class="source">(Source: “{escape(caveat.source)}”)</span>' if caveat.source else ""
    return f"<p><b>{escape(caveat.text)}</b>{source}</p>"


def page_footer(clinic: ClinicHeader, *parts: str) -> str:
    """The line at the foot of every page (beside "Page N of M"): the clinic, then `parts`."""
    return " · ".join((clinic.display_name, *parts))
