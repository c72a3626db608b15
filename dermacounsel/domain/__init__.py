"""Plain-Python rules of the catalogue: the rating scale, localized texts, reference rows. No Qt, no SQL."""
