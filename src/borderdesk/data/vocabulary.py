"""Names the dataset text, the build and both readers share; imports nothing, costs nothing.

The start-up path (``store``, ``listings``) needs these without importing the dataset records
or the ORM, so they live here; ``records`` and ``model_rows`` re-export them.
"""

from __future__ import annotations

SCHEMA_VERSION = 5  # bump on any change to the tables; stored in meta and PRAGMA user_version
SET_USER_VERSION = "PRAGMA user_version = 5"  # kept in step with SCHEMA_VERSION (tested)

KAZAKHSTAN = "KZ"
LENGTH = "length_km"  # the quantity of a segment's length
LAND_BORDER_TOTAL = "land_border_total_km"  # the overview's stated total
SEGMENTS_TOTAL = "segments_total_km"  # a source's own total of the five segments ([[total]])
