"""Decode a map feature's stored coordinates: points, lines and each level's rings, lazily.

Shared by the ORM reader (``map_records``) and the plain-SQL one (``map_listing``), so both
turn the same text into the same records.
"""

from __future__ import annotations

import functools
import json
from typing import Any

from borderdesk.core.model import Decoded, LonLat
from borderdesk.data.map_packing import unpack


def point(value: Any) -> LonLat:
    """Return a ``[lon, lat]`` pair as floats."""
    lon, lat = value
    return float(lon), float(lat)


def line(value: Any) -> tuple[LonLat, ...]:
    """Return a list of ``[lon, lat]`` pairs as a line."""
    return tuple(point(p) for p in value)


def lazy(text: str) -> Decoded[Any]:
    """Return packed rings, unpacked the first time they are read."""
    return Decoded(lambda: unpack(text))


def levels(finest: str, lod: str, count: int, *, rings: bool) -> tuple[Any, ...]:
    """Return each coarser level's coordinates, each decoded when first read.

    The stored text is a list of JSON texts, one per level, so only the level read is parsed;
    a null stands for the finer level's coordinates.
    """
    if lod in ("", "[]"):
        return ()
    cache: dict[str, list[Any]] = {}

    def level(n: int) -> Any:
        if "levels" not in cache:
            cache["levels"] = json.loads(lod)
        # A null stands for the finer level: the nearest stored level at or above n.
        stored = next((item for item in reversed(cache["levels"][: n + 1]) if item), None)
        if stored is not None:
            return unpack(stored)
        return unpack(finest) if rings else line(json.loads(finest))

    return tuple(Decoded(functools.partial(level, n)) for n in range(count))
