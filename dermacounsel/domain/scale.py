"""The article's four-step rating scale: ◎ 3, ○ 2, △ 1, ー 0."""

from dataclasses import dataclass

LOWEST_LEVEL = 0
HIGHEST_LEVEL = 3


def is_valid_level(level: object) -> bool:
    """Whether `level` is a rating on the four-step scale (a whole number from 0 to 3)."""
    return isinstance(level, int) and not isinstance(level, bool) and LOWEST_LEVEL <= level <= HIGHEST_LEVEL


@dataclass(frozen=True)
class ScaleStep:
    """One step of the scale as the article's legend describes it.

    Attributes:
        level: 0 (no effect) to 3 (very powerful).
        symbol: the article's mark, ◎ ○ △ or ー.
        label: a one- or two-word name for the step, for chart rings and tables.
        meaning: the article's legend for the step.
    """

    level: int
    symbol: str
    label: str
    meaning: str


@dataclass(frozen=True)
class RatingScale:
    """The four steps, highest first, with look-ups by level."""

    steps: tuple[ScaleStep, ...]

    def step(self, level: int) -> ScaleStep:
        for step in self.steps:
            if step.level == level:
                return step
        raise KeyError(f"no step {level} on the rating scale")

    def symbol(self, level: int) -> str:
        return self.step(level).symbol
