"""How far a slow catalogue operation has got, for whoever shows it (the app's progress bar, or nobody).

A `Progress` is called with the share of its range that is done (0 to 1) and what is being done now, as
a key of domain/phrasing.py's templates with its fields: the progress phrases it in its language, so the
layers below the interface never write the sentence. `part(start, end)` gives one step of an operation its
own 0-to-1 scale inside the whole, so that a step (reading the file, writing the products...) reports
without knowing what comes before or after it.
"""

from __future__ import annotations

from collections.abc import Callable

from dermacounsel.domain.phrasing import Phrasing

#: receives the share of the whole operation that is done (0 to 1) and a sentence for the user
Report = Callable[[float, str], None]


class Cancelled(Exception):
    """Raised from a progress report when the user cancelled the work. Raised inside a transaction it
    rolls it back, so a cancelled import or restore writes nothing; the report of a finished operation
    (share 1) never raises, so work that has committed is never reported as cancelled."""


class Progress:
    """Reports how far an operation has got to `report`, in `language` ("en" or "ja")."""

    def __init__(
        self, report: Report | None = None, start: float = 0.0, end: float = 1.0, language: str = "en"
    ) -> None:
        self._report = report
        self._start = start
        self._end = end
        self.language = language

    def __call__(self, share: float, step: str, /, **fields: object) -> None:
        """`share` of this range is done; `step` is a phrasing key ("progress_saving"), `fields` its
        template's fields."""
        if self._report is not None:
            self.tell(share, Phrasing(self.language).say(step, **fields))

    def tell(self, done: float, text: str) -> None:
        """Report a sentence already in this progress's language (one another progress phrased)."""
        if self._report is not None:
            share = min(max(done, 0.0), 1.0)
            self._report(self._start + (self._end - self._start) * share, text)

    def part(self, start: float, end: float) -> Progress:
        """The range [start, end] of this progress (in its own 0-to-1 scale), as a progress of its own."""
        span = self._end - self._start
        return Progress(self._report, self._start + span * start, self._start + span * end, self.language)

    def every(self, count: int, doing: str, step: int = 500) -> Callable[[int], None]:
        """A callback for a loop over `count` items, given how many are done: reports every `step` items,
        as "Reading the products: 500 of 10,000…" (`doing` a phrasing key)."""

        def tick(done: int) -> None:
            if count and done % step == 0:
                doing_words = Phrasing(self.language).say(doing)
                self(done / count, "progress_count", doing=doing_words, done=done, count=count)

        return tick


#: for callers that show nothing
SILENT = Progress()
