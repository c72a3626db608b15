"""`dermacounsel describe`: what the skin explorer's side panel shows for a region, and for a procedure
and needle setting, as text or JSON (for scripts, tests and screen readers)."""

from __future__ import annotations

import argparse
from typing import Any

from dermacounsel.cli.common import UserError, check_depth, opened

DESCRIBE_EXTENT = {
    "whole": "reaches it",
    "upper": "reaches its top part (and everything above)",
    "central": "reaches it down to its middle (and everything above)",
    "systemic": "acts through the whole body; the article names it for exosomes only",
}


def run_describe(args: argparse.Namespace) -> int:
    """What the explorer's side panel shows for a region, and for a procedure and setting, as text or JSON
    (for scripts, tests and screen readers)."""
    import json

    from dermacounsel.domain.explorer import (
        describe_region,
        product_criteria,
        reach_phrase,
        read_depth,
    )
    from dermacounsel.domain.keys import UnknownKeyError, resolve_key

    with opened(args) as service:
        catalogue = service.explorer_catalogue()
        scale = service.rating_scale()
        try:
            region = resolve_key(args.region, catalogue.region_keys(), "layer", names=service.names("layer"))
            procedures = {card.key: card for card in catalogue.procedures}
            procedure = (
                resolve_key(args.procedure, list(procedures), "procedure", names=service.names("procedure"))
                if args.procedure
                else None
            )
        except UnknownKeyError as error:
            raise UserError(str(error)) from None
        card = procedures.get(procedure or "")
        check_depth(args.depth, procedure, procedures)
        criteria = product_criteria(catalogue, region)
        products = service.product_links(acting=criteria, limit=25)
        acting_in_all = service.count_acting_products(criteria)
        report = describe_region(catalogue, region, products, acting_in_all)
        needle_note = service.statement("needle-setting")
        iv_note = service.statement("iv-drip-exosomes")

    payload: dict[str, Any] = {
        "region": report.region.key,
        "name": report.region.name,
        "part_of": report.layer.key if report.layer is not report.region else None,
        "description": report.region.description,
        "thickness_mm": list(report.region.thickness_mm) if report.region.thickness_mm else None,
        "contains": [s.key for s in report.structures],
        "growth_factors": [
            {
                "key": f.key,
                "name": f.name,
                "ratings": [{"effect": r.effect, "symbol": scale.symbol(r.level), "level": r.level} for r in f.ratings],
                "why": f.reason,
                "inferred": f.inferred,
            }
            for f in report.growth_factors
        ],
        "effects_shown_here": report.effects_note,
        "cell_derived": [
            {"key": g.key, "name": g.name, "why": g.basis, "inferred": g.inferred} for g in report.cell_derived
        ],
        "functional": [
            {"key": g.key, "name": g.name, "members": list(g.members), "why": g.basis, "inferred": g.inferred}
            for g in report.functional
        ],
        "products": [{"name": p.name, "via": list(p.via), "cautions": list(p.cautions)} for p in report.products],
        "more_products": report.more_products,
        "procedures": [{"key": p.key, "name": p.name, "extent": p.extent} for p in report.procedures],
        "reached_by_a_needle": any(p.extent != "systemic" for p in report.procedures),
    }
    if card is not None:
        chosen: dict[str, Any] = {"key": card.key, "name": card.name, "reach": reach_phrase(card)}
        if card.systemic:
            chosen["note"] = iv_note
        if args.depth is not None:
            reading = read_depth(args.depth, catalogue.layers)
            chosen.update(setting_mm=args.depth, guide_target=reading.target, note=needle_note)
            chosen["cautions"] = list(reading.cautions)
        payload["procedure"] = chosen
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0

    lines = [report.region.name]
    if report.layer is not report.region:
        lines.append(f"Part of the {report.layer.name.lower()}")
    lines.append(report.region.description)
    if report.structures:
        lines.append("Contains: " + ", ".join(s.name for s in report.structures))
    lines.append("\nGrowth factors acting here:")
    for f in report.growth_factors:
        mark = " (inferred)" if f.inferred else ""
        ratings = "; ".join(f"{scale.symbol(r.level)} {r.effect}" for r in f.ratings)
        lines.append(f"  {f.name}{mark}: {ratings}" if ratings else f"  {f.name}{mark}")
        if not f.reason.startswith("rated on "):
            lines.append(f"      {f.reason}")
    if not report.growth_factors:
        lines.append("  The article names none here.")
    elif report.effects_note:
        lines.append(f"  ({report.effects_note})")
    for title, groups in (
        ("Cell-derived ingredients", report.cell_derived),
        ("Functional ingredients", report.functional),
    ):
        if groups:
            lines.append(f"\n{title}:")
            for g in groups:
                lines.append(f"  {g.name}{' (inferred)' if g.inferred else ''}: {g.basis}")
    lines.append("\nProducts acting here (by the components the article lists for them):")
    for p in report.products:
        lines.append(f"  {p.name}: {', '.join(p.via)}")
        lines += [f"      ⚠ {c}" for c in p.cautions]
    if report.more_products:
        lines.append(f"  …and {report.more_products:,} more products in the catalogue.")
    if not report.products:
        lines.append("  No product lists a component acting here.")
    lines.append("\nProcedures that reach this depth:")
    lines += [f"  {p.name} {DESCRIBE_EXTENT.get(p.extent, p.extent)}" for p in report.procedures]
    if not any(p.extent != "systemic" for p in report.procedures):
        lines.append("  None of the article's needle procedures reaches this depth.")
    if "procedure" in payload:
        chosen = payload["procedure"]
        lines.append(f"\n{chosen['name']} reaches {chosen['reach']}.")
        if "setting_mm" in chosen:
            lines.append(
                f"Setting {chosen['setting_mm']:.1f} mm: the clinic's depth guide targets {chosen['guide_target']}."
            )
        if chosen.get("note"):
            lines.append(chosen["note"])
        lines += [f"⚠ {c}" for c in chosen.get("cautions", [])]
    print("\n".join(lines))
    return 0
