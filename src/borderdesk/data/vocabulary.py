"""Names the dataset text, the build and both readers share; imports nothing, costs nothing.

The start-up path (``store``, ``listings``) needs these without importing the dataset records
or the ORM, so they live here; ``records`` and ``model_rows`` re-export them.
"""

from __future__ import annotations

SCHEMA_VERSION = 6  # bump on any change to the tables; stored in meta and PRAGMA user_version
SET_USER_VERSION = "PRAGMA user_version = 6"  # kept in step with SCHEMA_VERSION (tested)

KAZAKHSTAN = "KZ"
LENGTH = "length_km"  # the quantity of a segment's length
LAND_BORDER_TOTAL = "land_border_total_km"  # the overview's stated total
SEGMENTS_TOTAL = "segments_total_km"  # a source's own total of the five segments ([[total]])

# Fact labels with their own place on a page (both readers sort a page's facts by them).
BORDER_SECTIONS = ("challenge", "history", "discrepancy", "status")  # any other: relations
NOTES = ("correction", "note")  # corrections of the article, then other notes
# An organisation's own sections; any other label goes under its mandate.
ORGANISATION_SECTIONS = ("founded", "headquarters", "kazakhstan_role", "chair", *NOTES)
DISCREPANCY = "discrepancy"  # why the sources' lengths differ: the overview's own list
