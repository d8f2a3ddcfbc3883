"""The application's palette from a theme, so menus, the tree, search box and notes follow it.

A theme the user forces (Light, Dark, High contrast) is drawn with the Fusion style, which
honours the palette on every platform. System gives back the platform's own style and palette.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from borderdesk.gui.style.colour import mix
from borderdesk.gui.style.framed_style import FramedFusion
from borderdesk.gui.style.theme import Theme

FORCED_STYLE = "Fusion"
_PLATFORM_STYLE = "borderdeskPlatformStyle"  # an application property: the style Qt chose
_FORCED_THEME = "borderdeskForcedTheme"  # an application property: the theme drawn, or ""
DISABLED_SHARE = 0.45  # disabled and placeholder text: this far from the text to the ground

Role = QPalette.ColorRole
Group = QPalette.ColorGroup


def theme_palette(theme: Theme) -> QPalette:
    """Return a palette in a theme's colours, for every colour group."""
    surface = QColor(theme.surface)
    faint = mix(theme.text, theme.background, DISABLED_SHARE)
    colours = {
        Role.Window: surface,
        Role.WindowText: QColor(theme.text),
        Role.Base: QColor(theme.background),
        Role.AlternateBase: surface,
        Role.ToolTipBase: surface,
        Role.ToolTipText: QColor(theme.text),
        Role.PlaceholderText: faint,
        Role.Text: QColor(theme.text),
        Role.Button: surface,
        Role.ButtonText: QColor(theme.text),
        Role.BrightText: QColor(theme.warning),
        Role.Light: surface.lighter(150) if theme.dark else QColor("#FFFFFF"),
        Role.Midlight: mix(theme.surface, theme.rule, 0.5),
        Role.Mid: QColor(theme.rule),
        Role.Dark: surface.darker(150) if theme.dark else QColor(theme.rule).darker(130),
        Role.Shadow: QColor("#000000"),
        Role.Highlight: QColor(theme.selection),
        Role.HighlightedText: QColor(theme.selection_text),
        Role.Link: QColor(theme.link),
        Role.LinkVisited: QColor(theme.link),
        Role.Accent: QColor(theme.link),
    }
    palette = QPalette()
    for group in (Group.Active, Group.Inactive, Group.Disabled):
        for role, colour in colours.items():
            palette.setColor(group, role, colour)
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.HighlightedText):
        palette.setColor(Group.Disabled, role, faint)
    palette.setColor(Group.Disabled, Role.Highlight, mix(theme.selection, theme.background, 0.5))
    return palette


def platform_style_name(app: QApplication) -> str:
    """Return the style Qt chose for this platform (remembered before any theme replaced it)."""
    name = app.property(_PLATFORM_STYLE)
    if not isinstance(name, str) or not name:
        name = app.style().name()
        app.setProperty(_PLATFORM_STYLE, name)
    return name


def _use_style(app: QApplication, name: str) -> None:
    if name == FORCED_STYLE:
        if not isinstance(app.style(), FramedFusion):
            app.setStyle(FramedFusion())  # Fusion, its check boxes seen on a dark ground too
    elif app.style().name().lower() != name.lower():
        app.setStyle(name)


def forced_theme_name(app: QApplication) -> str:
    """Return the name of the theme whose palette the application has, or "" for the platform's."""
    name = app.property(_FORCED_THEME)
    return name if isinstance(name, str) else ""


def apply_theme(app: QApplication, theme: Theme) -> None:
    """Draw every widget in a theme's palette, with the Fusion style (which honours it)."""
    platform_style_name(app)
    _use_style(app, FORCED_STYLE)
    palette = theme_palette(theme)
    app.setPalette(palette)
    QToolTip.setPalette(palette)
    app.setProperty(_FORCED_THEME, theme.name)


def apply_platform_look(app: QApplication) -> None:
    """Give back the platform's own style and palette (the System choice)."""
    if not forced_theme_name(app):
        return
    _use_style(app, platform_style_name(app))
    app.setPalette(QPalette())
    QToolTip.setPalette(QPalette())
    app.setProperty(_FORCED_THEME, "")


def palette_is_dark(palette: QPalette) -> bool:
    """Tell whether a palette draws light text on a dark window."""
    return palette.color(Role.Window).lightness() < palette.color(Role.WindowText).lightness()
