"""matplotlib figure builders (a plain Figure, never pyplot), shared by the GUI and the command line."""
