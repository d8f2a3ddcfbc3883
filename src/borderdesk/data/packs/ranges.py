"""The value range a figure's quantity asks for, checked in Python without naming any place.

The pack schema says it with ``if``/``then`` on every figure. The compiled validator pays
dearly for those: each ``if`` that does not hold raises inside it and formats a message from
all its locals. So it checks a schema without them, and this module the same rule, in a few
lines, on a pack that validator passed; a pack it refuses is listed whole by ``jsonschema``.
"""

from __future__ import annotations

import re
from typing import Any

from borderdesk.data.packs.schema import VALUE_BY_QUANTITY

_KEYWORDS = {"type", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"}
if any(set(range_) - _KEYWORDS for _, range_ in VALUE_BY_QUANTITY):  # pragma: no cover
    raise AssertionError("a quantity's range uses a keyword figures_in_range does not know")
_RULES = tuple((re.compile(pattern), range_) for pattern, range_ in VALUE_BY_QUANTITY)


def figures_in_range(pack: object) -> bool:
    """Tell that every figure with a quantity has a value in that quantity's range."""
    if not isinstance(pack, dict):
        return True
    lists = [pack.get("figure")]
    organisations = pack.get("organisation")
    if isinstance(organisations, list):
        lists.extend(o.get("figure") for o in organisations if isinstance(o, dict))
    for figures in lists:
        if not isinstance(figures, list):
            continue
        for figure in figures:
            if isinstance(figure, dict) and "quantity" in figure and "value" in figure:
                quantity, value = figure["quantity"], figure["value"]
                for pattern, range_ in _RULES:
                    # As the schema's "if": a pattern says nothing about a value not text.
                    applies = not isinstance(quantity, str) or pattern.search(quantity)
                    if applies and not _within(value, range_):
                        return False
    return True


def _within(value: object, range_: dict[str, Any]) -> bool:
    """Tell whether ``value`` meets a schema of ``type`` and bounds, as ``jsonschema`` would."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return "type" not in range_  # bounds say nothing about what is not a number
    if range_.get("type") == "integer" and not (
        isinstance(value, int) or float(value).is_integer()
    ):
        return False
    return (
        value >= range_.get("minimum", value)
        and value <= range_.get("maximum", value)
        and ("exclusiveMinimum" not in range_ or value > range_["exclusiveMinimum"])
        and ("exclusiveMaximum" not in range_ or value < range_["exclusiveMaximum"])
    )
