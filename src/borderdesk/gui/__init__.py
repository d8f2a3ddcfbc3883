"""PySide6 and pyqtgraph user interface."""
