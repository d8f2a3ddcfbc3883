"""Which texts of the dataset are translated: by table and column, with the kind they count under.

One registry serves the build (which catalogue entries name a real text), the checks (coverage
per language and kind, on the text and on a built database) and the reader (which columns to
look up). Titles, authors and publishers of sources stay as published, like quotes; ids, dates,
units and the closed vocabularies (roles, labels) are the interface's to translate, not ours.
"""

from __future__ import annotations

import hashlib

from borderdesk.core.language import Language

# Columns (as the database names them) whose English text has translations, per table.
FIELDS: dict[str, tuple[str, ...]] = {
    "overview": ("title", "description", "landlocked_note"),
    "sources": ("label", "edition", "covers", "note"),
    "countries": ("name", "description"),
    "segments": ("description",),
    "organisations": ("abbreviation", "name", "description"),
    "people": ("name", "role", "description"),
    "quotes": ("text", "speaker_role", "attribution", "note"),
    "events": ("title", "description"),
    "topics": ("name", "description"),
    "facts": ("text", "quote", "value"),
    "figures": ("note", "reason", "quote"),
    "memberships": ("note",),
    "membership_roles": ("note",),
    "role_confirmations": ("quote", "note"),
    "places": ("name",),
    "changes": ("text",),
    "map_features": ("name", "role", "note"),
}

# Quoted words stay as they were said; their translation is shown under them, labelled as ours.
QUOTED = frozenset(
    {("quotes", "text"), ("facts", "quote"), ("figures", "quote"), ("role_confirmations", "quote")}
)

# Cities, the shore, seas, lakes and disputed areas have names (and roles, notes) of their own
# on the map (outlines' "role" is a closed vocabulary; lines and tri-points are named after
# their countries).
MAP_KINDS = ("city", "shore", "sea", "lake", "disputed")

# The kind a text counts under in the coverage report, by the table of the row it is on;
# facts and figures count under the kind of the item they belong to.
KIND_OF_TABLE: dict[str, str] = {
    "overview": "overview",
    "sources": "source",
    "countries": "country",
    "segments": "border",
    "organisations": "organisation",
    "people": "person",
    "quotes": "quote",
    "events": "event",
    "topics": "topic",
    "memberships": "membership",
    "membership_roles": "membership",
    "role_confirmations": "membership",
    "places": "place",
    "changes": "change",
    "map_features": "map",
}
KINDS = (
    "overview",
    "border",
    "organisation",
    "membership",
    "country",
    "quote",
    "person",
    "event",
    "topic",
    "source",
    "place",
    "change",
    "map",
)
TRANSLATED = tuple(language for language in Language if language != Language.EN)


def text_hash(english: str) -> str:
    """Return the short hash of an English text that a translation records it was made from."""
    return hashlib.sha256(english.encode("utf-8")).hexdigest()[:16]
