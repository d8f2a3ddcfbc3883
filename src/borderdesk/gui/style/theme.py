"""The three looks of BorderDesk: light, dark and a high-contrast projector theme.

A ``Theme`` is plain data (colour strings and a line-width factor); the views, the exports,
the map and the detail pages read their colours from the theme they are given, never from
module constants, so a theme switch or a themed export changes every one of them alike.

Bars use Okabe–Ito colours in every theme (told apart with every common colour-vision
deficiency), and the selected bar is marked by fill, a thick outline and bold text too, never
by colour alone.
"""

from __future__ import annotations

from enum import Enum

from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from borderdesk.core.record import frozen


class ThemeChoice(Enum):
    """What the user picked in View → Theme; SYSTEM follows the desktop's light/dark setting."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    CONTRAST = "contrast"


@frozen
class SeriesColours:
    """The fill and outline of one compared source (the hatching comes with its index)."""

    fill: str
    edge: str


@frozen
class Theme:
    """Every colour a view or an export draws with, as ``#RRGGBB`` strings."""

    name: str  # "light", "dark" or "contrast"
    label: str  # shown in menus and dialogs, translated (``title``)
    dark: bool  # light text on a dark ground
    # window and pages
    background: str
    surface: str  # panels, alternate rows
    text: str
    muted: str  # captions, sources, secondary text
    caption: str  # the chart's and the map's source caption
    link: str
    warning: str
    success: str
    rule: str  # table rules, separators
    selection: str  # selected rows
    selection_text: str
    # chart
    axis: str
    grid: str
    bar_fill: str
    bar_edge: str
    highlight_fill: str
    highlight_edge: str
    band: str  # the highlighted group's band in compare mode
    hatch_ink: str  # drawn at HATCH_ALPHA over the fill
    series: tuple[SeriesColours, ...]
    # map
    sea: str
    kazakhstan_fill: str
    neighbour_fill: str
    context_fill: str
    member_fill: str
    outline: str
    graticule: str
    label_text: str  # neighbours' names
    home_label: str  # KAZAKHSTAN
    sea_label: str  # "Caspian Sea"
    graticule_label: str  # 45°N, 70°E
    panel: str  # the legend's and caption's backing
    line_scale: float = 1.0  # pens are this much thicker (the projector theme's are bolder)
    water: str = "#D6EAF5"  # seas and lakes
    member_edge: str = "#8E3B6B"  # members' outline and hatching: never the segments' blue
    disputed_fill: str = "#DCDCDC"  # disputed areas, neutral
    disputed_edge: str = "#555555"  # their dashed outline

    @property
    def title(self) -> str:
        """Return the label in the interface language."""
        return translate("Theme", self.label)


HATCH_ALPHA = 120  # of 255: hatching shows the fill beneath it

# Okabe–Ito: blue, orange, bluish green, reddish purple, sky blue, vermillion.
_OKABE_ITO_LIGHT = (
    SeriesColours("#0072B2", "#00304D"),
    SeriesColours("#E69F00", "#6B4A00"),
    SeriesColours("#009E73", "#004D38"),
    SeriesColours("#CC79A7", "#6B3358"),
    SeriesColours("#56B4E9", "#1B5E85"),
    SeriesColours("#D55E00", "#6B2F00"),
)
# On a dark ground the lighter Okabe–Ito colours lead, with pale outlines.
_OKABE_ITO_DARK = (
    SeriesColours("#56B4E9", "#D6EEFB"),
    SeriesColours("#E69F00", "#FFE2A3"),
    SeriesColours("#009E73", "#A6F0DA"),
    SeriesColours("#CC79A7", "#F5D3E6"),
    SeriesColours("#F0E442", "#FBF6C2"),
    SeriesColours("#D55E00", "#FFC9A3"),
)
# The projector theme: full-strength colours with black outlines.
_OKABE_ITO_CONTRAST = tuple(SeriesColours(s.fill, "#000000") for s in _OKABE_ITO_LIGHT)

LIGHT = Theme(
    name="light",
    label=QT_TRANSLATE_NOOP("Theme", "Light"),
    dark=False,
    background="#FFFFFF",
    surface="#F4F5F7",
    text="#1A1A1A",
    muted="#4B5563",
    caption="#404040",
    link="#1D4ED8",
    warning="#9A3412",
    success="#166534",
    rule="#D1D5DB",
    selection="#CFE3F5",
    selection_text="#111111",
    axis="#333333",
    grid="#D0D0D0",
    bar_fill="#0072B2",
    bar_edge="#004A75",
    highlight_fill="#E69F00",
    highlight_edge="#000000",
    band="#F2F2F2",
    hatch_ink="#000000",
    series=_OKABE_ITO_LIGHT,
    sea="#56B4E9",
    kazakhstan_fill="#FFF6DC",
    neighbour_fill="#EEEEEE",
    context_fill="#F6F6F6",
    member_fill="#F2DDEA",
    outline="#9A9A9A",
    graticule="#D8DEE4",
    label_text="#777777",
    home_label="#6B5A2B",
    sea_label="#1F6E9C",
    graticule_label="#8A96A3",
    panel="#FFFFFF",
)

DARK = Theme(
    name="dark",
    label=QT_TRANSLATE_NOOP("Theme", "Dark"),
    dark=True,
    background="#1C1E22",
    surface="#272A30",
    text="#ECEDEF",
    muted="#B4BAC4",
    caption="#B4BAC4",
    link="#8AB4FF",
    warning="#FDBA74",
    success="#86EFAC",
    rule="#454A53",
    selection="#2F4F6F",
    selection_text="#FFFFFF",
    axis="#C9CDD3",
    grid="#3A3F47",
    bar_fill="#56B4E9",
    bar_edge="#B9E1F7",
    highlight_fill="#E69F00",
    highlight_edge="#FFFFFF",
    band="#2C3038",
    hatch_ink="#000000",
    series=_OKABE_ITO_DARK,
    sea="#3F88B8",  # darker than the bars, so the shore is told from a border
    kazakhstan_fill="#3B3527",
    neighbour_fill="#2B2E34",
    context_fill="#24272C",
    member_fill="#4A2A3D",
    outline="#6B717B",
    graticule="#343941",
    label_text="#C9CDD3",
    home_label="#E8D49A",
    sea_label="#7FC4EE",
    graticule_label="#8B95A3",
    panel="#1C1E22",
    water="#17323F",
    member_edge="#E7A9CB",
    disputed_fill="#3C3C3C",
    disputed_edge="#C8C8C8",
)

CONTRAST = Theme(
    name="contrast",
    label=QT_TRANSLATE_NOOP("Theme", "High contrast (projector)"),
    dark=False,
    background="#FFFFFF",
    surface="#FFFFFF",
    text="#000000",
    muted="#000000",
    caption="#000000",
    link="#0000CC",
    warning="#8A1C00",
    success="#005A1E",
    rule="#000000",
    selection="#000000",
    selection_text="#FFFFFF",
    axis="#000000",
    grid="#8C8C8C",
    bar_fill="#005A8C",
    bar_edge="#000000",
    highlight_fill="#F2A900",
    highlight_edge="#000000",
    band="#E6E6E6",
    hatch_ink="#000000",
    series=_OKABE_ITO_CONTRAST,
    sea="#2E9BD6",  # lighter than the bars, so the shore is told from a border
    kazakhstan_fill="#FFF0B3",
    neighbour_fill="#E0E0E0",
    context_fill="#F0F0F0",
    member_fill="#F0C4DD",
    outline="#000000",
    graticule="#A0A0A0",
    label_text="#000000",
    home_label="#000000",
    sea_label="#003F66",
    graticule_label="#404040",
    panel="#FFFFFF",
    line_scale=1.6,
    water="#C4E2F5",
    member_edge="#6B1F4B",
    disputed_fill="#CFCFCF",
    disputed_edge="#000000",
)

THEMES: dict[str, Theme] = {theme.name: theme for theme in (LIGHT, DARK, CONTRAST)}
DEFAULT_THEME = LIGHT


def theme_named(name: str) -> Theme:
    """Return the theme called ``name`` (light, dark, contrast); raise ValueError otherwise."""
    try:
        return THEMES[name.strip().lower()]
    except KeyError:
        known = ", ".join(THEMES)
        raise ValueError(f"unknown theme {name!r}; use one of {known}") from None


def resolve(choice: ThemeChoice, system_is_dark: bool) -> Theme:
    """Return the theme a choice stands for; SYSTEM picks dark or light from the desktop."""
    if choice is ThemeChoice.SYSTEM:
        return DARK if system_is_dark else LIGHT
    return THEMES[choice.value]
