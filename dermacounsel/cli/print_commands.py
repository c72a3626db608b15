"""Commands that print for patients: the comparison sheet and the consultation summary (or the
counselling as text or JSON)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from dermacounsel.cli.common import UserError, opened
from dermacounsel.cli.render_commands import chosen_concerns, products_to_compare


def _clinic_settings() -> Any:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from dermacounsel.ui.app import make_application, quiet_qt_noise
    from dermacounsel.ui.settings import ClinicSettings

    quiet_qt_noise()
    make_application()  # fonts, and the clinic's settings (QSettings) under the app's name
    return ClinicSettings.load()


def run_sheet(args: argparse.Namespace) -> int:
    with opened(args) as catalogue:
        products = products_to_compare(args, catalogue)
        names = {p.key: p.name(catalogue.language) for p in catalogue.products()}
        from dermacounsel.reports import comparison_sheet

        settings = _clinic_settings()
        paper = args.paper or settings.paper
        content = comparison_sheet.compose(
            catalogue, products, settings.name, settings.address, settings.logo, args.patient or ""
        )
    try:
        pages = comparison_sheet.write_pdf(content, paper, args.out)
    except OSError as error:
        raise UserError(f"{args.out}: cannot be written ({error.strerror or error})") from None
    print(
        f"Wrote the comparison of {', '.join(names[key] for key in products)} to {args.out} "
        f"({pages} page(s), {paper.upper()})",
        file=sys.stderr,
    )
    return 0


SECTIONS = (
    ("growth_factors", "Growth factors"),
    ("products", "Products"),
    ("ingredients", "Functional ingredients"),
    ("procedures", "Procedures"),
)


def run_advise(args: argparse.Namespace) -> int:
    import json

    with opened(args) as catalogue:
        concerns = chosen_concerns(args, catalogue)
        result = catalogue.recommendations(concerns)
        if args.out:
            from dermacounsel.reports import consultation_summary

            settings = _clinic_settings()
            content = consultation_summary.compose(
                catalogue, concerns, settings.name, settings.address, settings.logo, args.patient or ""
            )
            try:
                pages = consultation_summary.write_pdf(content, args.paper or settings.paper, args.out)
            except OSError as error:
                raise UserError(f"{args.out}: cannot be written ({error.strerror or error})") from None
            print(f"Wrote the consultation summary to {args.out} ({pages} page(s))", file=sys.stderr)
            return 0
    if args.json:
        payload: dict[str, Any] = {"concerns": [c.key for c in result.concerns]}
        for attribute, _title in SECTIONS:
            payload[attribute] = [
                {
                    "key": row.key,
                    "name": row.name,
                    "score": row.score,
                    "reasons": row.reasons,
                    **({"cautions": list(row.cautions)} if attribute == "products" else {}),
                }
                for row in getattr(result, attribute)
            ]
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    from dermacounsel.domain.counselling import RULE

    print("Concerns, most important first: " + ", ".join(c.name for c in result.concerns))
    print(f"Rule: {RULE}")
    for attribute, title in SECTIONS:
        print(f"\n{title}:")
        rows = getattr(result, attribute)
        if not rows:
            print("  (none acts on these concerns)")
        for rank, row in enumerate(rows, start=1):
            print(f"  {rank}. {row.name} (score {row.score})")
            for reason in row.reasons:
                print(f"       {reason}")
            for caution in row.cautions:
                print(f"       ⚠ {caution}")
    return 0
