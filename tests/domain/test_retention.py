"""The backup retention policy: worked cases by hand, and a year of backups pruned day after day."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

import pytest

from dermacounsel.domain.retention import (
    DEFAULT_POLICY,
    Kept,
    RetentionPolicy,
    backups_to_delete,
    classify,
)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text)


def survivors(stamps: list[datetime], policy: RetentionPolicy = DEFAULT_POLICY) -> list[datetime]:
    deleted = backups_to_delete(stamps, policy.daily, policy.weekly, policy.monthly)
    kept = list(stamps)
    for stamp in deleted:
        kept.remove(stamp)
    return kept


# Worked by hand with 2 daily, 2 weekly, 2 monthly places. March 2024: the 18th is a Monday (ISO week 12),
# the 17th a Sunday (week 11), the 6th a Wednesday (week 10), the 1st a Friday (week 9).
HAND_WORKED = [
    ("2024-03-20 18:00", Kept.DAILY),
    ("2024-03-20 09:00", None),  # same day as a newer one
    ("2024-03-19 10:00", Kept.DAILY),  # second and last daily place
    ("2024-03-18 10:00", None),  # week 12, the oldest daily's week: the weeks start before it
    ("2024-03-17 10:00", Kept.WEEKLY),  # week 11
    ("2024-03-13 10:00", None),  # week 11 again
    ("2024-03-06 10:00", Kept.WEEKLY),  # week 10, last weekly place
    ("2024-03-01 10:00", None),  # March is the oldest weekly's month: the months start before it
    ("2024-02-20 10:00", Kept.MONTHLY),
    ("2024-01-15 10:00", Kept.MONTHLY),  # last monthly place
    ("2024-01-10 10:00", None),
    ("2023-12-31 10:00", None),  # beyond every place
    ("2023-11-05 10:00", None),
]


def test_a_hand_worked_case_keeps_exactly_the_expected_backups() -> None:
    stamps = [at(text) for text, _ in HAND_WORKED]
    policy = RetentionPolicy(daily=2, weekly=2, monthly=2)
    assert classify(stamps, policy) == [verdict for _, verdict in HAND_WORKED]
    assert backups_to_delete(stamps, daily=2, weekly=2, monthly=2) == [
        at(text) for text, verdict in HAND_WORKED if verdict is None
    ]


def test_the_months_wait_until_the_weeks_are_used_up() -> None:
    """Wednesday 31 January is in the week of the kept Thursday 1 February but in an older month; it is not
    kept as a monthly while weekly places remain (Anki's fall-through would keep it)."""
    stamps = [at(text) for text in ("2024-02-01 10:00", "2024-01-31 10:00", "2024-01-28 10:00")]
    stamps += [at(text) for text in ("2024-01-21 10:00", "2024-01-14 10:00", "2023-12-31 10:00")]
    assert classify(stamps, RetentionPolicy(daily=1, weekly=2, monthly=1)) == [
        Kept.DAILY,
        None,
        Kept.WEEKLY,
        Kept.WEEKLY,
        None,  # January, the oldest kept week's month
        Kept.MONTHLY,
    ]


def test_the_order_of_the_input_does_not_matter_and_answers_follow_it() -> None:
    shuffled = list(HAND_WORKED)
    random.Random(7).shuffle(shuffled)
    stamps = [at(text) for text, _ in shuffled]
    assert classify(stamps, RetentionPolicy(2, 2, 2)) == [verdict for _, verdict in shuffled]


def test_iso_weeks_cross_the_new_year() -> None:
    # Monday 30 December 2024 is in ISO week 1 of 2025, with Friday 3 January; Sunday the 29th is in 2024's week 52.
    stamps = [at("2025-01-03 10:00"), at("2024-12-30 10:00"), at("2024-12-29 10:00")]
    assert classify(stamps, RetentionPolicy(daily=0, weekly=2, monthly=0)) == [Kept.WEEKLY, None, Kept.WEEKLY]


def test_the_newest_is_kept_even_when_the_policy_keeps_nothing() -> None:
    stamps = [at("2024-01-01 10:00"), at("2024-05-01 10:00"), at("2024-03-01 10:00")]
    assert classify(stamps, RetentionPolicy(0, 0, 0)) == [None, Kept.NEWEST, None]
    assert RetentionPolicy(0, 0, 0).most_kept == 1


def test_equal_stamps_are_kept_once_the_first_given_counting_as_newer() -> None:
    same = at("2024-03-20 10:00")
    assert classify([same, same, at("2024-03-19 10:00")]) == [Kept.DAILY, None, Kept.DAILY]
    assert backups_to_delete([same, same, same]) == [same, same]


def test_nothing_to_decide_for_no_backups_and_one_backup_is_kept() -> None:
    assert backups_to_delete([]) == []
    assert backups_to_delete([at("2024-03-20 10:00")]) == []


def test_negative_counts_are_refused() -> None:
    with pytest.raises(ValueError, match="negative"):
        RetentionPolicy(daily=-1)


def test_the_default_policy_is_12_daily_10_weekly_9_monthly() -> None:
    assert (DEFAULT_POLICY.daily, DEFAULT_POLICY.weekly, DEFAULT_POLICY.monthly) == (12, 10, 9)
    assert DEFAULT_POLICY.most_kept == 31


def backup_times(day: date) -> list[datetime]:
    """One backup a day at 09:00, a second at 13:30 every third day, a third at 21:15 every seventh."""
    times = [time(9, 0)]
    if day.toordinal() % 3 == 0:
        times.append(time(13, 30))
    if day.toordinal() % 7 == 0:
        times.append(time(21, 15))
    return [datetime.combine(day, moment) for moment in times]


def assert_sound(kept: list[datetime], policy: RetentionPolicy = DEFAULT_POLICY) -> None:
    """What must hold after every pruning: few enough, the newest among them, one per day, week and month
    in each tier, and pruning again changes nothing."""
    assert len(kept) == len(set(kept)), "a backup is kept twice"
    assert len(kept) <= policy.most_kept
    verdicts = classify(kept, policy)
    assert None not in verdicts, "pruning what was kept would delete more"
    tiers = {tier: [stamp for stamp, verdict in zip(kept, verdicts, strict=True) if verdict is tier] for tier in Kept}
    assert len(tiers[Kept.DAILY]) <= policy.daily
    assert len(tiers[Kept.WEEKLY]) <= policy.weekly
    assert len(tiers[Kept.MONTHLY]) <= policy.monthly
    assert len({stamp.date() for stamp in tiers[Kept.DAILY]}) == len(tiers[Kept.DAILY])
    assert len({stamp.isocalendar()[:2] for stamp in tiers[Kept.WEEKLY]}) == len(tiers[Kept.WEEKLY])
    assert len({(stamp.year, stamp.month) for stamp in tiers[Kept.MONTHLY]}) == len(tiers[Kept.MONTHLY])


def test_a_year_and_more_of_backups_pruned_after_each_one_as_the_app_does() -> None:
    kept: list[datetime] = []
    day = date(2023, 1, 1)
    last = date(2024, 2, 17)  # a Saturday
    while day <= last:
        for stamp in backup_times(day):
            kept.append(stamp)
            for gone in backups_to_delete(kept):
                kept.remove(gone)
            assert stamp in kept, "the backup just made was deleted"
            assert_sound(kept)
        day += timedelta(days=1)

    def latest(text: str) -> datetime:
        return max(backup_times(date.fromisoformat(text)))

    # Worked out from a calendar, not from the code:
    # - daily: the last 12 days, 6 to 17 February 2024, each day's last backup;
    # - weekly: the oldest daily day, Tuesday 6 February, is in the week of Monday 5 February (deleted with
    #   it); the 10 weeks before are each kept by their Sunday, the last day to have left the daily places:
    #   4 February 2024 back to 3 December 2023;
    # - monthly: the 9 months before December 2023, each kept by its last Sunday, the last of its weeks to
    #   have left the weekly places: November 2023 back to March 2023.
    daily = [latest(f"2024-02-{n:02}") for n in range(17, 5, -1)]
    weekly = [
        latest(text)
        for text in (
            "2024-02-04",
            "2024-01-28",
            "2024-01-21",
            "2024-01-14",
            "2024-01-07",
            "2023-12-31",
            "2023-12-24",
            "2023-12-17",
            "2023-12-10",
            "2023-12-03",
        )
    ]
    monthly = [
        latest(text)
        for text in (
            "2023-11-26",
            "2023-10-29",
            "2023-09-24",
            "2023-08-27",
            "2023-07-30",
            "2023-06-25",
            "2023-05-28",
            "2023-04-30",
            "2023-03-26",
        )
    ]
    assert sorted(kept, reverse=True) == daily + weekly + monthly
    assert len(kept) == 31
    assert classify(daily + weekly + monthly) == [Kept.DAILY] * 12 + [Kept.WEEKLY] * 10 + [Kept.MONTHLY] * 9
    assert date(2024, 2, 5) not in {stamp.date() for stamp in kept}
    assert min(kept) >= datetime(2023, 3, 1), "backups older than the policy reaches are gone"


def test_irregular_use_over_two_years_keeps_the_policy_at_every_step() -> None:
    """Some weeks without any backup, some days with many; the limits hold at every step, and the newest
    backup of each of the last days used is always there."""
    chance = random.Random(2024)
    kept: list[datetime] = []
    used_days: list[date] = []
    moment = datetime(2022, 6, 1, 8, 0)
    while moment < datetime(2024, 6, 1):
        moment += timedelta(hours=chance.choice([1, 3, 20, 30, 50, 200, 700]))
        kept.append(moment)
        if not used_days or used_days[-1] != moment.date():
            used_days.append(moment.date())
        for gone in backups_to_delete(kept):
            kept.remove(gone)
        assert max(kept) == moment
        assert_sound(kept)
        assert sorted({stamp.date() for stamp in kept}, reverse=True)[:12] == used_days[::-1][:12]
    assert len(kept) == 31
