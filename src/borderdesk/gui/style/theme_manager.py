"""The one owner of the window's look: the theme chosen in View → Theme and the text size.

``ThemeManager`` remembers both in the settings, puts them on the application (palette,
style, font) and tells the views through ``theme_changed`` and ``text_scale_changed``. With
the System choice it follows the desktop's light or dark setting as it changes.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from borderdesk.gui.qtapp import apply_text_scale
from borderdesk.gui.style.palette import apply_platform_look, apply_theme, palette_is_dark
from borderdesk.gui.style.text_scale import (
    DEFAULT_TEXT_SCALE,
    clamp_text_scale,
    larger_text_scale,
    smaller_text_scale,
)
from borderdesk.gui.style.theme import Theme, ThemeChoice, resolve


class LookPreferences(Protocol):
    """The two remembered choices the manager reads and writes."""

    theme: ThemeChoice
    text_scale: float


class LookStore(Protocol):
    """Where the choices are kept (``borderdesk.gui.settings.Settings`` is one)."""

    @property
    def preferences(self) -> LookPreferences:
        """Return the user's preferences."""
        ...

    def sync(self) -> bool:
        """Write the preferences to disk; return whether that worked."""
        ...


def _application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise TypeError("the theme needs a running QApplication")
    return app


def system_is_dark(scheme: Qt.ColorScheme, app: QApplication) -> bool:
    """Tell whether the desktop is dark: its colour scheme, else its own palette."""
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return palette_is_dark(app.palette())  # the platform's, when it names no scheme


class ThemeManager(QObject):
    """Hold the theme choice and the text size; apply them and announce every change."""

    theme_changed = Signal(object)  # the Theme now in use
    text_scale_changed = Signal(float)  # the text size in percent

    def __init__(self, settings: LookStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._choice = settings.preferences.theme
        self._text_scale = settings.preferences.text_scale
        hints = QGuiApplication.styleHints()
        self._scheme = hints.colorScheme()
        self._theme = self._apply_look()
        apply_text_scale(_application(), self._text_scale)
        hints.colorSchemeChanged.connect(self.on_color_scheme_changed)

    # Theme --------------------------------------------------------------------------------

    @property
    def choice(self) -> ThemeChoice:
        """Return what the user picked (System follows the desktop)."""
        return self._choice

    @property
    def theme(self) -> Theme:
        """Return the theme in use."""
        return self._theme

    def set_choice(self, choice: ThemeChoice) -> None:
        """Use and remember a theme choice; tell the views when the theme changes."""
        self._settings.preferences.theme = choice
        self._settings.sync()
        if choice is not self._choice:
            self._choice = choice
            self._update()

    @Slot(Qt.ColorScheme)
    def on_color_scheme_changed(self, scheme: Qt.ColorScheme) -> None:
        """Follow the desktop's light or dark setting while the choice is System."""
        self._scheme = scheme
        if self._choice is ThemeChoice.SYSTEM:
            self._update()

    def _update(self) -> None:
        theme = self._apply_look()
        if theme != self._theme:
            self._theme = theme
            self.theme_changed.emit(theme)

    def _apply_look(self) -> Theme:
        """Put the choice's palette and style on the application; return its theme."""
        app = _application()
        if self._choice is not ThemeChoice.SYSTEM:
            theme = resolve(self._choice, system_is_dark=False)
            apply_theme(app, theme)
            return theme
        apply_platform_look(app)
        theme = resolve(ThemeChoice.SYSTEM, system_is_dark(self._scheme, app))
        if theme.dark != palette_is_dark(app.palette()):
            # The platform's style kept its palette (the other brightness): use the theme's.
            apply_theme(app, theme)
        return theme

    # Text size ----------------------------------------------------------------------------

    @property
    def text_scale(self) -> float:
        """Return the text size in percent (100 is the desktop's own)."""
        return self._text_scale

    def set_text_scale(self, percent: float) -> float:
        """Use and remember a text size (kept within the steps); return the size used."""
        percent = clamp_text_scale(percent)
        self._settings.preferences.text_scale = percent
        self._settings.sync()
        if percent != self._text_scale:
            self._text_scale = percent
            apply_text_scale(_application(), percent)
            self.text_scale_changed.emit(percent)
        return percent

    def zoom_in(self) -> float:
        """Make the text one step larger (no larger than the last step)."""
        return self.set_text_scale(larger_text_scale(self._text_scale))

    def zoom_out(self) -> float:
        """Make the text one step smaller (no smaller than the first step)."""
        return self.set_text_scale(smaller_text_scale(self._text_scale))

    def reset_zoom(self) -> float:
        """Show the text at the desktop's own size."""
        return self.set_text_scale(DEFAULT_TEXT_SCALE)
