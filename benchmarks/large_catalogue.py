"""Write a large, valid catalogue file: the article's catalogue plus many generated products and
ingredients (for measuring how DermaCounsel scales). Usage: python large_catalogue.py OUT.json [PRODUCTS]
[INGREDIENTS]"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

SEED = Path(__file__).resolve().parent.parent / "db" / "catalogue.json"


def make_large(path: Path, products: int = 10_000, ingredients: int = 2_000, seed: int = 1) -> Path:
    rng = random.Random(seed)
    data = json.loads(SEED.read_text(encoding="utf-8"))
    categories = data["ingredient_categories"]
    new_keys = []
    for index in range(ingredients):
        category = categories[index % len(categories)]
        key = f"generated-ingredient-{index}"
        category["ingredients"].append({"key": key, "name": f"Generated ingredient {index}"})
        new_keys.append(key)
    factors = [g["key"] for g in data["growth_factors"]]
    every_ingredient = [i["key"] for c in categories for i in c["ingredients"]]
    for index in range(products):
        components = [
            {
                "kind": "growth-factor",
                "name": "Growth factors",
                "open": True,
                "items": [{"name": key, "growth_factor": key} for key in rng.sample(factors, 2)],
            }
        ]
        for key in rng.sample(every_ingredient, 3):
            components.append({"kind": "functional", "name": f"Ingredient {key}", "ingredient": key})
        data["products"].append({"name": f"Generated serum {index:05d}", "components": components, "source": "article"})
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


if __name__ == "__main__":
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    extra = int(sys.argv[3]) if len(sys.argv) > 3 else 2_000
    print(make_large(Path(sys.argv[1]), count, extra))
