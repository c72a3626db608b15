"""The ranges every measurement in a catalogue must fall in, in millimetres (docs/catalogue-format.md
states them): the import refuses a file outside them, and `check` finds a stored value outside them."""

THICKNESS_RANGE_MM = (0.001, 50.0)
NEEDLE_DEPTH_RANGE_MM = (0.01, 10.0)
NEEDLE_STEP_RANGE_MM = (0.01, 1.0)
#: Most positions a needle-depth slider may have ((max - min) / step).
MAX_NEEDLE_POSITIONS = 1000
