"""The dataset's own words, in the interface language: roles, kinds of source, quantities, units.

The dataset keeps these as fixed English keys (``founding member``, ``encyclopedia``,
``member_count``, ``states``) that its texts do not translate; the pages, slides, handouts and
the quiz show them through here. A key the interface does not know is shown as it is.
"""

from __future__ import annotations

from borderdesk.core.format import format_number, format_unit_value
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, Counted, translate

ROLES = {
    "member": QT_TRANSLATE_NOOP("Vocabulary", "member"),
    "founding member": QT_TRANSLATE_NOOP("Vocabulary", "founding member"),
    "former member": QT_TRANSLATE_NOOP("Vocabulary", "former member"),
    "non-member": QT_TRANSLATE_NOOP("Vocabulary", "non-member"),
    "observer": QT_TRANSLATE_NOOP("Vocabulary", "observer"),
    "partner": QT_TRANSLATE_NOOP("Vocabulary", "partner"),
    "suspended": QT_TRANSLATE_NOOP("Vocabulary", "suspended"),
    "participation frozen": QT_TRANSLATE_NOOP("Vocabulary", "participation frozen"),
    "applicant": QT_TRANSLATE_NOOP("Vocabulary", "applicant"),
    "chair": QT_TRANSLATE_NOOP("Vocabulary", "chair"),
}

SOURCE_KINDS = {
    "analysis": QT_TRANSLATE_NOOP("Vocabulary", "analysis"),
    "article": QT_TRANSLATE_NOOP("Vocabulary", "article"),
    "compiled": QT_TRANSLATE_NOOP("Vocabulary", "compiled by BorderDesk"),
    "dataset": QT_TRANSLATE_NOOP("Vocabulary", "dataset"),
    "encyclopedia": QT_TRANSLATE_NOOP("Vocabulary", "encyclopedia"),
    "factbook": QT_TRANSLATE_NOOP("Vocabulary", "factbook"),
    "news": QT_TRANSLATE_NOOP("Vocabulary", "news"),
    "official": QT_TRANSLATE_NOOP("Vocabulary", "official"),
    "treaty": QT_TRANSLATE_NOOP("Vocabulary", "treaty"),
}

QUANTITIES = {
    "length_km": QT_TRANSLATE_NOOP("Vocabulary", "Length"),
    "land_border_total_km": QT_TRANSLATE_NOOP("Vocabulary", "Land border total"),
    "member_count": QT_TRANSLATE_NOOP("Vocabulary", "Member states"),
    "observer_count": QT_TRANSLATE_NOOP("Vocabulary", "Observer states"),
    "partner_count": QT_TRANSLATE_NOOP("Vocabulary", "Partner states"),
    "population": QT_TRANSLATE_NOOP("Vocabulary", "Population"),
    "area_km2": QT_TRANSLATE_NOOP("Vocabulary", "Area"),
    "segments_total_km": QT_TRANSLATE_NOOP("Vocabulary", "Total of the five segments"),
    "headquarters": QT_TRANSLATE_NOOP("Vocabulary", "Headquarters"),
    "caspian_shore_km": QT_TRANSLATE_NOOP("Vocabulary", "Caspian Sea shore"),
    "coastline_km": QT_TRANSLATE_NOOP("Vocabulary", "Coastline"),
    "neighbour_count": QT_TRANSLATE_NOOP("Vocabulary", "Land neighbours"),
}


def role_name(role: str) -> str:
    """Return a membership role as the interface language says it: ``founding member``."""
    return translate("Vocabulary", ROLES[role]) if role in ROLES else role


def source_kind(kind: str) -> str:
    """Return a kind of source as the interface language says it: ``encyclopedia``."""
    return translate("Vocabulary", SOURCE_KINDS[kind]) if kind in SOURCE_KINDS else kind


def quantity_label(quantity: str) -> str:
    """Return a reader's name for a quantity key: ``Member states``."""
    if quantity in QUANTITIES:
        return translate("Vocabulary", QUANTITIES[quantity])
    return quantity.replace("_", " ").capitalize()


def counted(value: float, unit: str) -> str:
    """Return a value with its unit, the unit's noun agreeing with it: ``9 states``, ``1 state``.

    Lengths and areas are written with the language's abbreviation (``km``, ``км²``); a unit
    the interface does not know follows the number as it is.
    """
    count = int(value) if float(value).is_integer() else -1
    number = format_number(value)
    if unit == "states" and count >= 0:
        return Counted.tr("{count} state(s)", "", count).format(count=number)
    if unit == "observers" and count >= 0:
        return Counted.tr("{count} observer(s)", "", count).format(count=number)
    if unit == "people" and count >= 0:
        return Counted.tr("{count} people", "", count).format(count=number)
    return format_unit_value(value, unit)
