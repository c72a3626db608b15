"""DermaCounsel: a counselling aid for cosmetic dermatology clinics, offline, from a local catalogue."""

__version__ = "0.1.0"
