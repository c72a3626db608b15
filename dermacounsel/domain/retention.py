"""Which backups to keep: the newest of each recent day, then of each week, then of each month.

Like Anki's policy, with the tiers strictly one after another. Walking the backups from newest to oldest,
while daily places remain a backup is kept when it is the first met of its day; once they are used up,
while weekly places remain, when it is the first met of an ISO week older than the oldest kept day's week;
then, while monthly places remain, when it is the first met of a month older than the oldest kept week's
month. The newest backup is always kept.

Pure functions of the time stamps they are given; nothing here reads the clock or the disk.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum


@dataclass(frozen=True)
class RetentionPolicy:
    """How many backups of each kind to keep.

    Attributes:
        daily: the newest backup of each of this many most recent days that have backups.
        weekly: then the newest of each of this many ISO weeks before those days.
        monthly: then the newest of each of this many calendar months before those weeks.
        recent: also the newest this many backups whatever their day, so that a backup made by hand is
            not dropped the moment another one is made the same day.
    """

    daily: int = 12
    weekly: int = 10
    monthly: int = 9
    recent: int = 0

    def __post_init__(self) -> None:
        if min(self.daily, self.weekly, self.monthly, self.recent) < 0:
            raise ValueError(f"retention counts cannot be negative: {self}")

    @property
    def most_kept(self) -> int:
        """The most backups the policy ever keeps (the newest is kept even when every count is 0)."""
        return max(1, self.daily + self.weekly + self.monthly + self.recent)


DEFAULT_POLICY = RetentionPolicy()
#: What the app applies: the default tiers, and the last three backups whatever their day.
APP_POLICY = RetentionPolicy(recent=3)


class Kept(StrEnum):
    """Why a backup is kept."""

    NEWEST = "newest"  # only when every count is 0: the newest otherwise counts as a daily (or weekly...)
    RECENT = "recent"
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"


def _week(stamp: datetime) -> tuple[int, int]:
    year, week, _ = stamp.isocalendar()
    return year, week


def _month(stamp: datetime) -> tuple[int, int]:
    return stamp.year, stamp.month


def classify(stamps: Sequence[datetime], policy: RetentionPolicy = DEFAULT_POLICY) -> list[Kept | None]:
    """For each stamp, in the order given, why it is kept, or None when it is to be deleted.

    Equal stamps are distinct backups: the one given first counts as the newer, so at most one of them is
    kept. Callers that list newest first (and break ties the same way) therefore keep the one they show
    first.
    """
    # sorted(reverse=True) is stable, so among equal stamps the earlier index stays first (newer).
    order = sorted(range(len(stamps)), key=lambda index: stamps[index], reverse=True)
    verdicts: list[Kept | None] = [None] * len(stamps)
    daily, weekly, monthly = policy.daily, policy.weekly, policy.monthly
    last_day: date | None = None
    last_week: tuple[int, int] | None = None
    last_month: tuple[int, int] | None = None
    for position, index in enumerate(order):
        stamp = stamps[index]
        day, week, month = stamp.date(), _week(stamp), _month(stamp)
        # Only the first tier with places left is tried. Falling through to the next one (as Anki does)
        # would keep the last days of a month as "monthly" while the weeks are still being filled.
        # Each comparison is with the last *kept* backup: a deleted one must not move the boundaries, or
        # applying the policy again to what it kept would delete more.
        verdict: Kept | None = None
        if position < policy.recent:
            # a recent backup covers its day (and week and month) without using up a tier's places
            if day != last_day and daily:
                daily -= 1
                verdict = Kept.DAILY
            else:
                verdict = Kept.RECENT
        elif daily:
            if day != last_day:
                daily -= 1
                verdict = Kept.DAILY
        elif weekly:
            if week != last_week:
                weekly -= 1
                verdict = Kept.WEEKLY
        elif monthly:
            if month != last_month:
                monthly -= 1
                verdict = Kept.MONTHLY
        elif position == 0:
            verdict = Kept.NEWEST
        if verdict is not None:
            verdicts[index] = verdict
            last_day, last_week, last_month = day, week, month
    return verdicts


def backups_to_delete(
    stamps: Sequence[datetime], daily: int = 12, weekly: int = 10, monthly: int = 9
) -> list[datetime]:
    """The stamps of the backups the policy drops, in the order given.

    A stamp given twice comes back once for each copy to delete; callers whose backups can share a stamp
    should use `classify`, which answers by position.
    """
    verdicts = classify(stamps, RetentionPolicy(daily, weekly, monthly))
    return [stamp for stamp, verdict in zip(stamps, verdicts, strict=True) if verdict is None]
