"""DermaCounsel: a counselling aid for cosmetic dermatology clinics, offline, from a local catalogue."""

__version__ = "0.1.0"
#: The reverse-DNS id the desktop entry, the icon and the AppStream metainfo share (and the window
#: tells the desktop, so it finds the icon): here, below every layer, for the GUI and `install-desktop`.
DESKTOP_ID = "org.dermacounsel.DermaCounsel"
