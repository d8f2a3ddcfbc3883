"""Pack map coordinates for the database: whole ten-thousandths of a degree, base64 text.

db/map.json keeps coordinates as reviewable JSON numbers rounded to 4 decimals; the database
keeps the outlines, waters and every coarser level as 32-bit integers (little-endian, base64),
which read back into ``PackedLine`` sequences without parsing a number: a map level is decoded
the first time it is drawn, in a few milliseconds. ``R<n>,<n>,...|`` heads a list of rings (each
ring's point count), ``L|`` a single line.
"""

from __future__ import annotations

import base64
import sys
from array import array
from typing import Any

from borderdesk.core.model import PackedLine

SCALE = PackedLine.SCALE


def _ints(points: Any) -> array[int]:
    values = array("i", (round(v * SCALE) for point in points for v in point))
    if sys.byteorder != "little":
        values.byteswap()
    return values


def _text(values: array[int]) -> str:
    return base64.b64encode(values.tobytes()).decode("ascii")


def pack(value: Any, *, rings: bool) -> str:
    """Return coordinates (a line, or a list of rings) as packed text."""
    if not rings:
        return "L|" + _text(_ints(value))
    counts = ",".join(str(len(ring)) for ring in value)
    return f"R{counts}|" + _text(_ints(point for ring in value for point in ring))


def _values(body: str) -> array[int]:
    values = array("i")
    values.frombytes(base64.b64decode(body))
    if sys.byteorder != "little":
        values.byteswap()
    return values


def unpack(text: str) -> PackedLine | list[PackedLine]:
    """Return packed text as a ``PackedLine`` or a list of them (one per ring)."""
    head, body = text.split("|", 1)
    values = _values(body)
    if head == "L":
        return PackedLine(values)
    rings, start = [], 0
    for count in (int(c) for c in head[1:].split(",") if c):
        rings.append(PackedLine(values[start : start + 2 * count]))
        start += 2 * count
    return rings


def unpack_json(text: str) -> Any:
    """Return packed text as db/map.json holds it: [lon, lat] lists of 4-decimal floats."""
    found = unpack(text)

    def line(packed: PackedLine) -> list[list[float]]:
        # The integers directly, not point by point through PackedLine: a data pack's import
        # reads the whole bundled map this way.
        values = packed.packed
        return [[values[i] / SCALE, values[i + 1] / SCALE] for i in range(0, len(values), 2)]

    return line(found) if isinstance(found, PackedLine) else [line(r) for r in found]
