"""Fixtures of the printout tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest


@pytest.fixture
def english_afterwards(qapp) -> Iterator[None]:
    """For a test that prints with `--lang ja` in this process: the next test finds the interface in
    English again, and no language chosen for the run."""
    from dermacounsel.ui import language

    try:
        yield
    finally:
        language._for_this_run.clear()
        language.install_translators("en")
