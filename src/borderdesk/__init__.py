"""BorderDesk: an offline desktop reference on Kazakhstan's land borders."""

__version__ = "0.1.0"
