"""The dataset text with its translations: the English files, the map and the catalogues."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from borderdesk.core.record import frozen
from borderdesk.data.catalogue_units import (
    TextUnit,
    map_with_translations,
    text_units,
    with_translations,
)
from borderdesk.data.catalogues import Catalogue, Matched, catalogue_paths, match, read_catalogue
from borderdesk.data.dataset_text import load_dataset
from borderdesk.data.map_rows import MAP_FILE, MapText, load_map
from borderdesk.data.records import Dataset
from borderdesk.data.text_fields import DatasetError
from borderdesk.data.translation_report import Coverage, coverage


@frozen
class TranslatedText:
    """The English dataset and map, each record carrying its catalogue translations."""

    dataset: Dataset
    map_text: MapText | None
    catalogues: tuple[Catalogue, ...]
    units: tuple[TextUnit, ...]  # every translatable English text
    matched: Matched


def read_text(directory: Path) -> TranslatedText:
    """Read the English text, the map and the catalogues; set each entry against its text."""
    english = load_dataset(directory)
    map_text = load_map(directory / MAP_FILE)
    catalogues = tuple(
        read_catalogue(path, path.read_bytes()) for path in catalogue_paths(directory)
    )
    units = text_units(english, map_text)
    matched = match(list(catalogues), units, {source.id for source in english.sources})
    dataset = with_translations(english, matched.translations)
    if map_text is not None:
        map_text = map_with_translations(map_text, matched.translations)
    return TranslatedText(dataset, map_text, catalogues, tuple(units), matched)


def load_text(directory: Path) -> TranslatedText:
    """Read the text for a build: an orphaned or wrongly sourced entry is an error.

    An outdated entry is kept, recording the English it was made from: the reader does not
    show it, and the checks report it.
    """
    text = read_text(directory)
    for catalogue, entry in text.matched.orphaned:
        problem = "names no text of the dataset (orphaned; see db/FORMAT.md, Translations)"
        raise DatasetError(catalogue.path, f"[{entry.name}]", problem)
    for catalogue, entry in text.matched.unsourced:
        raise DatasetError(catalogue.path, f"[{entry.name}]", f"no source {entry.source!r}")
    return text


def text_coverage(text: TranslatedText) -> tuple[Coverage, ...]:
    """Return each language's coverage of the text by its catalogues."""
    kinds = {unit.key: unit.kind for unit in text.units}
    stale = {(catalogue.language, entry.key) for catalogue, entry, _ in text.matched.outdated}
    statuses = [
        (
            kinds[entry.key],
            entry.name,
            catalogue.language,
            "outdated" if (catalogue.language, entry.key) in stale else "translated",
        )
        for catalogue in text.catalogues
        for entry in catalogue.entries
        if entry.key in kinds
    ]
    return coverage(statuses, dict(Counter(kinds.values())))
