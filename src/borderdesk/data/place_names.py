"""Read each place's names, today's and former, in every language: what search finds it by.

A database made with places (``db/places.toml``: a place and its dated ``name`` facts) gives
Astana's former names Nur-Sultan, Akmola and Tselinograd, and their Kazakh and Russian forms
from the translations; an older database has no places, and gives none.
"""

from __future__ import annotations

from collections.abc import Iterable
from sqlite3 import Connection

from borderdesk.core.language import DEFAULT_LANGUAGE, Language
from borderdesk.core.search_names import FORMER_NAME, PlaceNames, SearchName

_HAS_PLACES = "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'places'"
_FACT_COLUMNS = "SELECT name FROM pragma_table_info('facts')"
_PLACES = "SELECT id, name FROM places ORDER BY id"
_NAMES = (
    "SELECT f.item_id, f.id, f.value FROM facts f JOIN places p ON p.id = f.item_id "
    "WHERE f.label = 'name' AND f.value != '' ORDER BY f.item_id, f.position, f.id"
)
_TRANSLATED = (
    "SELECT row_id, language, text FROM translations "
    "WHERE table_name = ? AND column_name = ? AND text != '' ORDER BY row_id, language"
)


def place_names(connection: Connection) -> tuple[PlaceNames, ...]:
    """Return every place's names today and its former names, in each language held."""
    if connection.execute(_HAS_PLACES).fetchone() is None:
        return ()
    if "value" not in {row[0] for row in connection.execute(_FACT_COLUMNS)}:
        return ()
    place_texts = _translations(connection.execute(_TRANSLATED, ("places", "name")))
    fact_texts = _translations(connection.execute(_TRANSLATED, ("facts", "value")))
    former: dict[int, list[SearchName]] = {}
    for place_id, fact_id, value in connection.execute(_NAMES):
        names = former.setdefault(place_id, [])
        for language, text in [(DEFAULT_LANGUAGE, value), *fact_texts.get(fact_id, [])]:
            names.append(SearchName(str(text), language, FORMER_NAME))
    places = []
    for place_id, name in connection.execute(_PLACES):
        today = [SearchName(str(name), DEFAULT_LANGUAGE)]
        today += [SearchName(text, language) for language, text in place_texts.get(place_id, [])]
        current = {n.text for n in today}
        earlier = {n.text: n for n in former.get(place_id, []) if n.text not in current}
        places.append(PlaceNames(tuple(today), tuple(earlier.values())))
    return tuple(places)


def _translations(rows: Iterable[tuple[object, ...]]) -> dict[int, list[tuple[Language, str]]]:
    found: dict[int, list[tuple[Language, str]]] = {}
    for row_id, code, text in rows:
        try:
            language = Language(str(code))
        except ValueError:
            continue
        found.setdefault(int(str(row_id)), []).append((language, str(text)))
    return found
