"""Commands that draw: a view rendered offscreen into a PNG, and the radar chart alone."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from dermacounsel.cli.common import PROG, UserError, cannot_write, check_depth, opened, render, said
from dermacounsel.cli.messages import translate

if TYPE_CHECKING:
    from dermacounsel.services.catalogue import Catalogue


def product_keys(args: argparse.Namespace, catalogue: Catalogue) -> list[str]:
    """The products asked for with --product (key, or name in any language), as keys, once each."""
    from dermacounsel.services.catalogue import UnknownEntry

    try:
        return list(dict.fromkeys(catalogue.product_keys(args.product or [])))
    except UnknownEntry as error:
        raise UserError(said(error)) from None


def products_to_compare(args: argparse.Namespace, catalogue: Catalogue) -> list[str]:
    chosen = product_keys(args, catalogue)
    if not 2 <= len(chosen) <= 4:
        raise UserError(
            translate(
                "cli", "compare two to four different products (got {count}): give --product NAME for each"
            ).format(count=len(chosen))
        )
    return chosen


def chosen_concerns(args: argparse.Namespace, catalogue: Catalogue) -> list[str]:
    from dermacounsel.domain.keys import UnknownKeyError, resolve_key

    known = [c.key for c in catalogue.concerns()]
    if not args.concern:
        raise UserError(translate("cli", "name at least one --concern; valid: {keys}").format(keys=", ".join(known)))
    try:
        names = catalogue.names("concern")
        return list(dict.fromkeys(resolve_key(key, known, "concern", names=names) for key in args.concern))
    except UnknownKeyError as error:
        raise UserError(said(error)) from None


def chart_selection(args: argparse.Namespace, catalogue: Catalogue) -> tuple[list[str], list[str]]:
    """The growth-factor keys and product keys asked for with --gf and --product, resolved."""
    from dermacounsel.domain.keys import UnknownKeyError, resolve_growth_factor

    factors = [card.key for card in catalogue.growth_factor_cards() if card.rated]
    try:
        names = catalogue.names("growth factor")
        chosen_factors = [resolve_growth_factor(key, factors, names) for key in args.gf or []]
    except UnknownKeyError as error:
        raise UserError(said(error)) from None
    return list(dict.fromkeys(chosen_factors)), product_keys(args, catalogue)


def run_render_explorer(args: argparse.Namespace) -> int:
    from dermacounsel.domain.keys import UnknownKeyError, resolve_key

    with opened(args) as catalogue:
        layers = [layer.key for layer in catalogue.layers()]
        procedures = {card.key: card for card in catalogue.procedure_cards()}
        try:
            layer = resolve_key(args.layer, layers, "layer", names=catalogue.names("layer")) if args.layer else None
            procedure = (
                resolve_key(args.procedure, list(procedures), "procedure", names=catalogue.names("procedure"))
                if args.procedure
                else None
            )
        except UnknownKeyError as error:
            raise UserError(said(error)) from None
        check_depth(args.depth, procedure, procedures)

        def build(catalogue: Catalogue) -> Any:
            from dermacounsel.ui.explorer.view import ExplorerView

            view = ExplorerView(catalogue)
            if procedure:
                view.set_procedure(procedure)
            if args.depth is not None:
                view.set_depth(args.depth)
            if layer:
                view.select_region(layer)
            return view

        return render(args, catalogue, build, translate("cli", "the skin explorer"))


def run_chart(args: argparse.Namespace) -> int:
    from dermacounsel.charts.profile_series import colours, series_for
    from dermacounsel.charts.radar import RadarChart, save_figure
    from dermacounsel.domain.profiles import factor_profile, product_profile

    with opened(args) as catalogue:
        factor_keys, product_keys_chosen = chart_selection(args, catalogue)
        scale = catalogue.rating_scale()
        cards = catalogue.growth_factor_cards()
        products = catalogue.product_links()
    rated = next(card for card in cards if card.rated)
    effect_keys = [r.effect_key for r in rated.ratings]
    if not factor_keys and not product_keys_chosen:
        factor_keys = [card.key for card in cards if card.rated]
    profiles = [factor_profile(card, effect_keys) for card in cards if card.key in factor_keys]
    by_key = {product.key: product for product in products}
    for key in product_keys_chosen:
        product = by_key[key]
        profile = product_profile(product, cards, effect_keys)
        if profile.levels is None:
            left_out = translate("cli", "{prog}: {product} lists no rated growth factor; it is left out of the chart")
            print(left_out.format(prog=PROG, product=product.name), file=sys.stderr)
        profiles.append(profile)
    # the note's translation needs Qt's translators, which need an application (QtCore only, no window)
    from PySide6.QtCore import QCoreApplication

    from dermacounsel.reports.radar_words import radar_wording
    from dermacounsel.ui import language

    if QCoreApplication.instance() is None:
        application = QCoreApplication([])  # noqa: F841 (kept alive while the chart is drawn)
    language.install_translators(language.chosen_language())
    effects = [r.effect for r in rated.ratings]
    series = series_for(profiles, colours(cards, [p.name for p in products]))
    if args.small_multiples:
        from dermacounsel.charts.small_multiples import SmallMultiples

        grid = SmallMultiples(effects, scale, figure=_multiples_figure(len(series)), **radar_wording())
        grid.show(series)
        figure = grid.figure
    else:
        chart = RadarChart(effects, scale, **radar_wording())
        chart.show(series)
        figure = chart.figure
    try:
        save_figure(figure, args.out, dpi=args.dpi)
    except OSError as error:
        raise UserError(cannot_write(args.out, error)) from None
    print(translate("cli", "Saved the chart to {path}").format(path=args.out), file=sys.stderr)
    return 0


def _multiples_figure(count: int) -> Any:
    """A page for `count` small radars: three to a row, each about 3 inches square, with room for the notes."""
    from matplotlib.figure import Figure

    columns = min(max(count, 1), 3)
    rows = max(1, -(-count // columns))
    return Figure(figsize=(3.0 * columns, 3.0 * rows + 0.9), dpi=100)


def run_render_growth_factors(args: argparse.Namespace) -> int:
    with opened(args) as catalogue:
        factor_keys, keys = chart_selection(args, catalogue)
        if factor_keys and keys:
            raise UserError(
                translate("cli", "the view shows growth factors or products, not both: give --gf or --product")
            )
        names = {p.key: p.name(catalogue.language) for p in catalogue.products()}

        def build(catalogue: Catalogue) -> Any:
            from dermacounsel.ui.growth_factors_view import PRODUCTS, GrowthFactorsView

            view = GrowthFactorsView(catalogue)
            if keys:
                view.set_mode(PRODUCTS)
                view.set_selection([names[key] for key in keys])
            elif factor_keys:
                view.set_selection(factor_keys)
            return view

        return render(args, catalogue, build, translate("cli", "the growth factors view"))


def run_render_compare(args: argparse.Namespace) -> int:
    with opened(args) as catalogue:
        products = products_to_compare(args, catalogue)

        def build(catalogue: Catalogue) -> Any:
            from dermacounsel.ui.compare_view import CompareView

            view = CompareView(catalogue)
            view.set_products(products)
            return view

        return render(args, catalogue, build, translate("cli", "the comparer"))


def run_render_counsel(args: argparse.Namespace) -> int:
    with opened(args) as catalogue:
        concerns = chosen_concerns(args, catalogue)

        def build(catalogue: Catalogue) -> Any:
            from dermacounsel.ui.counsel_view import CounselView

            view = CounselView(catalogue)
            view.set_concerns(concerns)
            return view

        return render(args, catalogue, build, translate("cli", "the counselling view"))
