"""The one place where the domain's structured findings become sentences, per language.

The counselling and comparison logic decides *what* is said (which concern, which component, which of the
article's sentences, whose link it is); this module decides *how* it reads in English or Japanese. Each
language is a table of templates with named fields; no other module of the domain glues words together.
Languages the table does not know read in English."""

from __future__ import annotations

from collections.abc import Sequence

SOURCE = "en"

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "reason": "{concern}: {text}",
        "join": "; ",
        "article_on": "the article says of {subject}: “{says}”",
        "article": "the article says: “{says}”",
        "by_clinic": "{says} (linked to this concern by the clinic, not by the article)",
        "by_app": "{says} (linked to this concern by this app, not by the article)",
        "lists": "lists {shown}",
        "lists_open": "lists {shown}, among others",
        "form_of": "{component} (a form of {target})",
        "listed_ingredient": "{component} ({category})",
        "match": "{lists}; {quoted}",
        "holds_exosomes": "lists {component}, which holds those cells' exosomes (this app's inference); {quoted}",
        "exosomes": "{origin} exosomes",
        "stem_cells": "Stem cell-derived ingredients",
        "inferred": "{name} (inferred)",
        "origin_article": "the article",
        "origin_clinic": "the clinic's link ({note})",
        "origin_app": "this app's link ({note})",
        "detail": "{concern}: “{says}” — {origin}; {points} × {weight} = {total}",
        "carries": "carries the exosomes of {products} through the whole body",
        "delivers": "delivers the formulation to {reach}",
        "delivers_part": "delivers the formulation to {reach} (part of where it sits)",
        "reaches_detail": "{concern}: reaches {layers}; {points} × {weight}",
        "article_notes": "The article notes: {notes}",
        "unreached": "None of the article's procedures reaches where {concern} sits.",
        "reach_systemic": "the whole body, through the bloodstream",
        "reach_whole": "the {layer}",
        "reach_upper": "the top of the {layer}",
        "reach_central": "the {layer} down to its middle",
        "guide_stratum_corneum": "the stratum corneum",
        "guide_mid_epidermis": "the middle of the epidermis",
        "guide_lower_epidermis": "the lower epidermis, toward the basal layer",
        "guide_basal_layer": "the basal layer, at the border of the epidermis and the dermis",
        "guide_toward_dermis": "from the basal layer toward the dermis",
        "guide_dermis": "the dermis",
        "caution_skin_and_fat": "This setting is longer than the skin and fat together where they are thinnest "
        "(about {mm:.1f} mm at the forehead, by the measured ranges): take care at thin-skinned sites.",
        "caution_thin_skin": "This setting is longer than the thinnest facial skin (the dermis ends about {mm:.1f} "
        "mm deep at the eyelid): take care at thin-skinned sites.",
        "summary_lists": "{product} lists {parts}.",
        "summary_lists_open": "{product} lists, among others, {parts}.",
        "summary_none": "{product} lists no components.",
        "summary_factors": "growth factors ({factors})",
        "summary_factors_open": "growth factors ({factors_and_others})",
        "others": "others",
        "summary_profile": " Its profile, drawn from the growth factors it lists (not a rating of the product), is "
        "highest on {effects}.",
        "and": " and ",
        "comma": ", ",
        "sentence_end": "",
    },
    "ja": {
        "reason": "{concern}：{text}",
        "join": "。",
        "article_on": "記事では{subject}について「{says}」と述べています",
        "article": "記事では「{says}」と述べています",
        "by_clinic": "{says}（クリニックによる関連づけで、記事によるものではありません）",
        "by_app": "{says}（この悩みとの関連づけは本アプリによるもので、記事によるものではありません）",
        "lists": "{shown}が含まれています",
        "lists_open": "{shown}などが含まれています",
        "form_of": "{component}（{target}の一種）",
        "listed_ingredient": "{component}（{category}）",
        "match": "{lists}。{quoted}",
        "holds_exosomes": "{component}が含まれており、その細胞のエクソソームを含みます（本アプリの推論）。{quoted}",
        "exosomes": "{origin}エクソソーム",
        "stem_cells": "幹細胞由来成分",
        "inferred": "{name}（推論）",
        "origin_article": "記事",
        "origin_clinic": "クリニックによる関連づけ（{note}）",
        "origin_app": "本アプリによる関連づけ（{note}）",
        "detail": "{concern}：「{says}」— {origin}；{points} × {weight} = {total}",
        "carries": "{products}のエクソソームを全身に届けます",
        "delivers": "製剤を{reach}に届けます",
        "delivers_part": "製剤を{reach}に届けます（悩みのある層の一部まで）",
        "reaches_detail": "{concern}：{layers}に届きます；{points} × {weight}",
        "article_notes": "記事の注記：{notes}",
        "unreached": "記事の施術には、{concern}のある層まで届くものはありません。",
        "reach_systemic": "血流を通して全身",
        "reach_whole": "{layer}",
        "reach_upper": "{layer}の上部",
        "reach_central": "{layer}の中ほど",
        "guide_stratum_corneum": "角層",
        "guide_mid_epidermis": "表皮の中ほど",
        "guide_lower_epidermis": "表皮の下部（基底層の手前）",
        "guide_basal_layer": "表皮と真皮の境目にある基底層",
        "guide_toward_dermis": "基底層から真皮にかけて",
        "guide_dermis": "真皮",
        "caution_skin_and_fat": "この設定は、皮膚と脂肪を合わせて最も薄いところの厚さ"
        "（測定値の範囲では、額で約{mm:.1f} mm）より長くなっています。皮膚の薄い部位では注意してください。",
        "caution_thin_skin": "この設定は、顔で最も薄い皮膚の厚さ（まぶたでは、真皮が深さ約{mm:.1f} mmで終わります）"
        "より長くなっています。皮膚の薄い部位では注意してください。",
        "summary_lists": "{product}には{parts}が含まれています。",
        "summary_lists_open": "{product}には{parts}などが含まれています。",
        "summary_none": "{product}には成分の記載がありません。",
        "summary_factors": "成長因子（{factors}）",
        "summary_factors_open": "成長因子（{factors}など）",
        "others": "ほか",
        "summary_profile": "含まれる成長因子から描いたプロファイル（製品そのものの評価ではありません）では、"
        "{effects}が最も高くなっています。",
        "and": "と",
        "comma": "、",
        "sentence_end": "。",
    },
}


class Phrasing:
    """Sentences in one language: `Phrasing("ja").say("article", says=...)`."""

    def __init__(self, language: str = SOURCE) -> None:
        self.language = language if language in TEMPLATES else SOURCE
        self._table = TEMPLATES[self.language]

    @property
    def english(self) -> bool:
        return self.language == SOURCE

    def say(self, key: str, **fields: object) -> str:
        if not self.english and isinstance(fields.get("says"), str):
            # Japanese drops a quoted sentence's final 。 inside 「」 and before a note in （）
            fields["says"] = str(fields["says"]).rstrip("。")
        return self._table[key].format(**fields)

    def listing(self, items: Sequence[str]) -> str:
        """ "a, b and c" / 「a、bとc」."""
        if len(items) <= 1:
            return "".join(items)
        return self._table["comma"].join(items[:-1]) + self._table["and"] + items[-1]

    def joined(self, parts: Sequence[str]) -> str:
        return self._table["join"].join(parts) + (self._table["sentence_end"] if parts else "")

    def mid_sentence(self, text: str) -> str:
        """A catalogue text as it reads inside a sentence: English lowercases its first letter ("Hyaluronic
        acid" → "hyaluronic acid", "EGF" stays); Japanese has no case."""
        if not self.english:
            return text.rstrip("。")
        return text if len(text) > 1 and text[1].isupper() else text[:1].lower() + text[1:]
