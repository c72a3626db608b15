"""The frozen app's entry point: what the `dermacounsel` command runs, for PyInstaller."""

from dermacounsel.cli import run

run()
