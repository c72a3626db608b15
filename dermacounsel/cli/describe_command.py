"""`dermacounsel describe`: what the skin explorer's side panel shows for a region, and for a procedure
and needle setting, as text or JSON (for scripts, tests and screen readers)."""

from __future__ import annotations

import argparse
from typing import Any

from dermacounsel.cli.common import UserError, check_depth, opened, said
from dermacounsel.cli.messages import QT_TRANSLATE_NOOP, language, translate

#: the explorer panel's words for how far a procedure reaches (translated in its "explorer" context)
DESCRIBE_EXTENT = {
    "whole": QT_TRANSLATE_NOOP("explorer", "reaches it"),
    "upper": QT_TRANSLATE_NOOP("explorer", "reaches its top part (and everything above)"),
    "central": QT_TRANSLATE_NOOP("explorer", "reaches it down to its middle (and everything above)"),
    "systemic": QT_TRANSLATE_NOOP("explorer", "acts through the whole body; the article names it for exosomes only"),
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
            raise UserError(said(error)) from None
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
                "rated_on": f.rated_on,
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
        chosen: dict[str, Any] = {"key": card.key, "name": card.name, "reach": reach_phrase(card, service.language)}
        if card.systemic:
            chosen["note"] = iv_note
        if args.depth is not None:
            reading = read_depth(args.depth, catalogue.layers, service.language)
            chosen.update(setting_mm=args.depth, guide_target=reading.target, note=needle_note)
            chosen["cautions"] = list(reading.cautions)
        payload["procedure"] = chosen
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0

    lines = _text(report, scale, payload)
    print("\n".join(lines))
    return 0


def _text(report: Any, scale: Any, payload: dict[str, Any]) -> list[str]:
    """The panel as lines of text, in the chosen language (the catalogue's texts are in it already)."""
    inferred = translate("cli", " (inferred)")
    lines = [report.region.name]
    if report.layer is not report.region:
        lines.append(translate("cli", "Part of the {layer}").format(layer=_mid(report.layer.name)))
    lines.append(report.region.description)
    if report.structures:
        lines.append(translate("cli", "Contains: {names}").format(names=", ".join(s.name for s in report.structures)))
    lines.append("\n" + translate("cli", "Growth factors acting here:"))
    for f in report.growth_factors:
        mark = inferred if f.inferred else ""
        ratings = "; ".join(f"{scale.symbol(r.level)} {r.effect}" for r in f.ratings)
        lines.append(f"  {f.name}{mark}: {ratings}" if ratings else f"  {f.name}{mark}")
        if f.reason and not f.rated_on:
            lines.append(f"      {f.reason}")
    if not report.growth_factors:
        lines.append("  " + translate("cli", "The article names none here."))
    elif report.effects_note:
        lines.append(f"  ({report.effects_note})")
    for title, groups in (
        (translate("cli", "Cell-derived ingredients:"), report.cell_derived),
        (translate("cli", "Functional ingredients:"), report.functional),
    ):
        if groups:
            lines.append("\n" + title)
            for g in groups:
                lines.append(f"  {g.name}{inferred if g.inferred else ''}: {g.basis}")
    lines.append("\n" + translate("cli", "Products acting here (by the components the article lists for them):"))
    for p in report.products:
        lines.append(f"  {p.name}: {', '.join(p.via)}")
        lines += [f"      ⚠ {c}" for c in p.cautions]
    if report.more_products:
        more = translate("cli", "…and {count:,} more products in the catalogue.")
        lines.append("  " + more.format(count=report.more_products))
    if not report.products:
        lines.append("  " + translate("cli", "No product lists a component acting here."))
    lines.append("\n" + translate("cli", "Procedures that reach this depth:"))
    for p in report.procedures:
        extent = DESCRIBE_EXTENT.get(p.extent)
        words = translate("explorer", extent) if extent else p.extent
        lines.append(f"  {p.name} {words}")
    if not any(p.extent != "systemic" for p in report.procedures):
        lines.append("  " + translate("cli", "None of the article's needle procedures reaches this depth."))
    if "procedure" in payload:
        chosen = payload["procedure"]
        lines.append(
            "\n" + translate("cli", "{name} reaches {reach}.").format(name=chosen["name"], reach=chosen["reach"])
        )
        if "setting_mm" in chosen:
            setting = translate("cli", "Setting {depth:.1f} mm: the clinic's depth guide targets {target}.")
            lines.append(setting.format(depth=chosen["setting_mm"], target=chosen["guide_target"]))
        if chosen.get("note"):
            lines.append(chosen["note"])
        lines += [f"⚠ {c}" for c in chosen.get("cautions", [])]
    return lines


def _mid(name: str) -> str:
    """A layer's name inside an English sentence is lowercased ("Part of the dermis"); Japanese has no case."""
    return name.lower() if language() == "en" else name
