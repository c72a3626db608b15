"""With the catalogue in Japanese, the counselling reasons and the comparer's product summaries are Japanese
sentences: no English glue ("lists", "the article", "linked", "among others") between the catalogue's texts,
and every provenance mark still there, in Japanese."""

from __future__ import annotations

import re

from dermacounsel.domain.comparison import summary
from dermacounsel.domain.phrasing import Phrasing
from dermacounsel.domain.profiles import product_profile
from dermacounsel.services.catalogue import Catalogue

#: ASCII words a Japanese sentence may hold: the names of growth factors, products and procedures
NAMES = re.compile(r"^(?:[A-Z]{2,}[A-Za-z0-9-]*|[a-z]?[A-Z]+[A-Z0-9-]*|PRP|IGF-1|TGF-β|bFGF|\d+)$")
GLUE = ("lists", "the article", "linked", "among others", "delivers", "exosomes", "inferred", "a form of")


def _ascii_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][A-Za-z0-9-]*", text) if not NAMES.match(w)]


def test_counselling_reasons_in_japanese_have_no_english_glue(catalogue: Catalogue) -> None:
    catalogue.set_language("ja")
    result = catalogue.recommendations(["deep-wrinkles", "fine-lines"])
    rows = [
        *result.products,
        *result.growth_factors,
        *result.ingredients,
        *result.procedures,
        *result.cell_derived,
        *result.treatments,
    ]
    reasons = [reason for row in rows for reason in row.reasons]
    assert len(reasons) > 10
    for text in [*reasons, *(row.name for row in rows), *(d for row in rows for d in row.details)]:
        for glue in GLUE:
            assert glue not in text.lower(), text
        assert _ascii_words(text) == [], text
    benev = next(row for row in result.products if row.name == "ベネブ")
    assert any(
        r.startswith("深いシワ・ほうれい線：FGFなどが含まれています。記事ではFGFについて「") for r in benev.reasons
    )
    # the app's own links keep saying so, in Japanese
    assert any("（この悩みとの関連づけは本アプリによるもので、記事によるものではありません）" in r for r in reasons)
    assert any("記事では" in r and "と述べています" in r for r in reasons)


def test_the_same_reasons_in_english_read_as_sentences(catalogue: Catalogue) -> None:
    result = catalogue.recommendations(["deep-wrinkles"])
    benev = next(row for row in result.products if row.name == "Benev")
    assert (
        benev.reasons[0].startswith("Deep wrinkles")
        and "it lists FGF, among others. The article says of FGF: “" in (benev.reasons[0])
    )


def test_japanese_reasons_are_sentences_and_say_a_statement_once(catalogue: Catalogue) -> None:
    """。between sentences, 「」around the article's words, concerns the same statements serve named together
    (、), and a statement quoted for an earlier concern pointed to, not quoted again."""
    catalogue.set_language("ja")
    result = catalogue.recommendations(["deep-wrinkles", "sagging", "dullness-spots", "texture"])
    premium = next(row for row in result.products if row.name == "プレミアムセル")
    assert premium.reasons[0].startswith(
        "深いシワ・ほうれい線、たるみ：bFGF（FGFの一種）などが含まれています。記事ではFGFについて「"
    )
    assert all(r.endswith("。") and "。。" not in r and "；" not in r for r in premium.reasons)
    egf = "上皮層の細胞の代謝が活発になり"
    assert sum(egf in r for r in premium.reasons) == 1
    assert any(
        "EGFなどが含まれています。記事のEGFについての記載は上に引用したとおりです。" in r for r in premium.reasons
    )


def test_product_summaries_in_japanese_have_no_english_glue(catalogue: Catalogue) -> None:
    catalogue.set_language("ja")
    cards = catalogue.growth_factor_cards()
    links = {p.name: p for p in catalogue.product_links()}
    keys = [r.effect_key for r in cards[0].ratings]
    names = [r.effect for r in cards[0].ratings]
    details = catalogue.product_details()
    assert len(details) == 5
    for detail in details:
        text = summary(detail, product_profile(links[detail.name], cards, keys), names, "ja")
        for glue in (*GLUE, "growth factors", "profile", "others", "components", "highest"):
            assert glue not in text.lower(), text
        assert _ascii_words(text) == [], text
        assert text.startswith(f"{detail.name}には成長因子（") and text.endswith("が最も高くなっています。"), text
        assert "（製品そのものの評価ではありません）" in text  # the profile is still not a rating of the product
        for component in detail.components:
            if component.kind != "growth-factor":
                assert component.name in text, (detail.name, component.name)


def test_parts_are_said_as_sentences_in_each_language() -> None:
    english = Phrasing("en").sentences(["it lists FGF", "the article says of FGF: “Skin becomes plumper.”", "x (y)"])
    assert english == "it lists FGF. The article says of FGF: “Skin becomes plumper.” X (y)."
    japanese = Phrasing("ja").sentences(["FGFが含まれています", "記事では「肌がふっくらします」と述べています。", ""])
    assert japanese == "FGFが含まれています。記事では「肌がふっくらします」と述べています。"


def test_the_systems_reason_a_file_operation_failed_is_said_in_japanese_for_the_common_causes() -> None:
    """Issue 14: 'No such file or directory', 'Permission denied', 'No space left on device' are the
    system's English words; a Japanese reader reads them in Japanese, whatever the error names."""
    import errno
    import os

    from dermacounsel.domain.phrasing import in_language, system_reason

    cases = {
        errno.ENOENT: "そのファイルまたはフォルダーはありません",
        errno.EACCES: "アクセスが許可されていません",
        errno.ENOSPC: "ディスクの空き容量が足りません",
        errno.EROFS: "読み取り専用の場所です",
    }
    for number, japanese in cases.items():
        reason = system_reason(OSError(number, os.strerror(number), "/media/usb/catalogue.json"))
        assert str(reason) == os.strerror(number), "English: the system's own words, without the number or file"
        assert in_language(reason, "ja") == japanese
    rare = system_reason(OSError(errno.ELOOP, os.strerror(errno.ELOOP)))
    assert in_language(rare, "ja") == os.strerror(errno.ELOOP)  # a rarer cause: the system's words as they are
    assert system_reason(ValueError("not a PNG")) == "not a PNG"
