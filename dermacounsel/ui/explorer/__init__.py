"""The skin explorer: a clickable cross-section of facial skin and what acts at each depth."""
