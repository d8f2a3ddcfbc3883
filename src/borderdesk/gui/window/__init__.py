"""The main window and its wiring: it composes the views and connects their signals."""
