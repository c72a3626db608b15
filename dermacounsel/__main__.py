"""Lets `python -m dermacounsel` behave like the `dermacounsel` command."""

from dermacounsel.cli import run

run()
