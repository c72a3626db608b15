"""Commands that print for patients: the comparison sheet and the consultation summary (or the
counselling as text or JSON)."""

from __future__ import annotations

import argparse
import os
import sys
from typing import Any

from dermacounsel.cli.common import UserError, cannot_write, opened, patient, said, warn_about_the_logo
from dermacounsel.cli.messages import QT_TRANSLATE_NOOP, translate
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
        from dermacounsel.reports.common import Caveat

        settings = _clinic_settings()
        warn_about_the_logo(settings.logo)
        paper = args.paper or settings.paper
        content = comparison_sheet.compose(
            details=catalogue.product_details(products),
            links=catalogue.product_links(keys=products),
            cards=catalogue.growth_factor_cards(),
            every_product=catalogue.product_names(),
            scale=catalogue.rating_scale(),
            caveat=Caveat(*catalogue.caveat()),
            clinic=settings.header(),
            patient=patient(args),
            glosses=catalogue.glossary(),
        )
    try:
        pages = comparison_sheet.write_pdf(content, paper, args.out)
    except OSError as error:
        raise UserError(cannot_write(args.out, error)) from None
    wrote = translate("cli", "Wrote the comparison of {products} to {path} ({pages} page(s), {paper})")
    shown = ", ".join(names[key] for key in products)
    print(wrote.format(products=shown, path=args.out, pages=pages, paper=paper.upper()), file=sys.stderr)
    return 0


def patient_and_note(args: argparse.Namespace) -> tuple[str, str]:
    """The patient's name (--patient) and the doctor's note (--note) for this printout. `-` reads from
    standard input, which other users cannot see in ps: the name is its first line, the note the rest
    (all of it when only --note is -)."""
    if args.note is not None and args.note != "-" and args.note.strip() == "":
        raise UserError(translate("cli", "--note: empty; give the note's text, or - to read it from standard input"))
    if args.note == "-":
        name = sys.stdin.readline().strip() if args.patient == "-" else (args.patient or "")
        return name, sys.stdin.read().strip()
    return patient(args), args.note or ""


def doctors_plan(args: argparse.Namespace, catalogue: Any, result: Any, note: str) -> tuple[Any, str]:
    """The doctor's suggestion from --plan-product and --plan-procedure, each one of the ranked options for
    these concerns (a key or a name in either language), and the procedure's key ("" for none)."""
    from dermacounsel.domain.keys import UnknownKeyError, kind_words, resolve_key
    from dermacounsel.domain.phrasing import Said
    from dermacounsel.reports.consultation_summary import DoctorsPlan

    def chosen(given: str | None, rows: Any, kind: str, names: dict[str, list[str]]) -> tuple[str, str]:
        if not given:
            return "", ""
        options = {row.key: row.name for row in rows}
        try:
            among = Said("among_the_options", kind=kind_words(kind))
            key = resolve_key(given, options, among, names=names)
        except UnknownKeyError as error:
            raise UserError(f"--plan-{kind}: {said(error)}") from None
        return key, options[key]

    product = ""
    if args.plan_product:  # a product's ranked row is keyed by its shown name: match it through the catalogue
        from dermacounsel.services.catalogue import UnknownEntry

        options = [row.name for row in result.products]
        try:
            key = catalogue.product_key(args.plan_product)
        except UnknownEntry:
            key = ""
        names = next((set(p.names.values()) | {key} for p in catalogue.products() if p.key == key), set())
        product = next((name for name in options if name in names), "")
        if not product:
            raise UserError(
                translate(
                    "cli", "--plan-product: {given!r} is not among the formulations for these concerns; valid: {valid}"
                ).format(given=args.plan_product, valid=", ".join(options) or translate("cli", "none"))
            )
    procedure_key, procedure = chosen(args.plan_procedure, result.procedures, "procedure", catalogue.names("procedure"))
    return DoctorsPlan(product, procedure, note), procedure_key


def preferred_order(args: argparse.Namespace, catalogue: Any) -> list[str]:
    """The order equal products are shown in: --order (product names or keys, comma-separated, or
    "alphabetical"), else the clinic's setting (Settings → equally suited products), else alphabetical."""
    from dermacounsel.domain.keys import UnknownKeyError, resolve_key

    if args.order is None:
        return list(_clinic_settings().preferred_order)
    if args.order.strip().casefold() in ("", "alphabetical"):
        return []
    names = {product.key: list(product.names.values()) for product in catalogue.products()}
    order = []
    for typed in (part.strip() for part in args.order.split(",")):
        if not typed:
            continue
        try:
            order.append(resolve_key(typed, list(names), "product", names=names))
        except UnknownKeyError as error:
            raise UserError(f"--order: {said(error)}") from None
    return order


#: the sections of the advice, with their titles (translated when printed)
SECTIONS = (
    ("growth_factors", QT_TRANSLATE_NOOP("cli", "Growth factors")),
    ("cell_derived", QT_TRANSLATE_NOOP("cli", "Exosomes and stem cells")),
    ("treatments", QT_TRANSLATE_NOOP("cli", "Treatments of their own")),
    ("products", QT_TRANSLATE_NOOP("cli", "Products")),
    ("ingredients", QT_TRANSLATE_NOOP("cli", "Functional ingredients")),
    ("procedures", QT_TRANSLATE_NOOP("cli", "Procedures")),
)


def run_advise(args: argparse.Namespace) -> int:
    import json

    with opened(args) as catalogue:
        concerns = chosen_concerns(args, catalogue)
        result = catalogue.recommendations(concerns, preferred_order(args, catalogue))
        expectation = catalogue.statement("expectation")
        variation = catalogue.statement("individual-variation")
        if args.out:
            from dermacounsel.reports import consultation_summary
            from dermacounsel.ui.skin_picture import summary_content

            settings = _clinic_settings()
            warn_about_the_logo(settings.logo)
            name, note = patient_and_note(args)
            plan, procedure_key = doctors_plan(args, catalogue, result, note)
            content = summary_content(catalogue, result, settings.header(), name, plan, procedure_key)
            try:
                pages = consultation_summary.write_pdf(content, args.paper or settings.paper, args.out)
            except OSError as error:
                raise UserError(cannot_write(args.out, error)) from None
            wrote = translate("cli", "Wrote the consultation summary to {path} ({pages} page(s))")
            print(wrote.format(path=args.out, pages=pages), file=sys.stderr)
            return 0
    if args.json:
        payload: dict[str, Any] = {"concerns": [c.key for c in result.concerns]}
        for attribute, _title in SECTIONS:
            payload[attribute] = [
                {
                    "key": row.key,
                    "name": row.name,
                    "score": row.score,
                    "standing": row.standing,
                    "tied": row.tied,
                    "inferred": row.inferred,
                    "reasons": row.reasons,
                    "cautions": list(row.cautions),
                    "details": row.details,
                }
                for row in getattr(result, attribute)
            ]
        payload["unreached"] = [{"key": u.key, "name": u.name, "note": u.note} for u in result.unreached]
        payload["notes"] = list(result.notes)
        payload["edited_by_clinic"] = [c.key for c in result.concerns if c.edited]
        payload["equals_ordered"] = {"preferred": list(result.preferred), "rule": result.rule}
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    from dermacounsel.domain.counselling import equal_groups

    concerns_text = translate("cli", "Concerns, most important first: {concerns}")
    print(concerns_text.format(concerns=", ".join(c.name for c in result.concerns)))
    for concern in result.concerns:
        if concern.edited:
            print(f"  {concern.name}: {concern.shown_reason}")
    print(translate("cli", "Rule: {rule}").format(rule=result.rule))
    for unreached in result.unreached:
        print(f"\n{unreached.name}: {unreached.note}")
    for attribute, title in SECTIONS:
        rows = getattr(result, attribute)
        if not rows and attribute in ("cell_derived", "treatments"):
            continue
        print("\n" + translate("cli", "{title}:").format(title=translate("cli", title)))
        if not rows:
            print("  " + translate("cli", "(none acts on these concerns)"))
        for group in equal_groups(rows):
            names = " · ".join(row.name for row in group)
            order = (
                translate("cli", "shown in the clinic's preferred order")
                if attribute == "products" and result.preferred
                else translate("cli", "alphabetical")
            )
            equals = translate("cli", " — equally suited; {order}").format(order=order) if len(group) > 1 else ""
            print(f"  {group[0].standing}. {names}{equals}")
            for row in group:
                label = f"{row.name}: " if len(group) > 1 else ""
                for reason in row.reasons:
                    print(f"       {label}{reason}")
                for caution in row.cautions:
                    print(f"       ⚠ {label}{caution}")
    for note in result.notes:
        print("\n" + translate("cli", "Note: {note}").format(note=note))
    print(f"\n{expectation}\n{variation}")
    return 0
