"""The catalogue service: the one door to the catalogue for views, reports and the command line."""
