"""The names an item is searched by, in every language, and how a match on one is told."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol, runtime_checkable

from borderdesk.core.i18n import QT_TRANSLATE_NOOP, translate
from borderdesk.core.language import Language, Wording
from borderdesk.core.model import ItemKind, ItemRef, Link
from borderdesk.core.record import frozen
from borderdesk.core.search_fold import fold
from borderdesk.core.service import ReferenceService

NAME = "name"
FULL_NAME = "full name"
FORMER_NAME = "former name"
OTHER_NAME = "other name"
WORDS = "words"  # a page's descriptive words, never named in a hint
KEYWORD_LABELS = {ItemKind.ORGANISATION: FULL_NAME, ItemKind.PERSON: OTHER_NAME}


@frozen
class SearchName:
    """One name an item can be found by: as written, its language and what kind of name."""

    text: str
    language: Language | None = None  # None: a text in no one language (a length, a code)
    label: str = NAME


@frozen
class Hint:
    """Why a row was found when it was not by its shown title."""

    name: SearchName
    near: bool = False  # found by a near spelling: "did you mean ...?"
    excerpt: str = ""  # the words of a long name that matched, to show beside the title

    @property
    def short(self) -> str:
        """Return what to show beside the title: the name, or the words of it that matched."""
        return self.excerpt or self.name.text

    def text(self) -> str:
        """Return the hint in the interface language: "found by its Russian name ОДКБ"."""
        if self.near:
            template = translate("Search", "did you mean {name}?")
        elif self.name.label == FORMER_NAME:
            template = translate("Search", "found by its former name {name}")
        else:
            found = _FOUND_BY.get((self.name.label, self.name.language))
            found = found or _FOUND_BY.get((self.name.label, None)) or _FOUND_BY[(NAME, None)]
            template = translate("Search", found)
        return template.format(name=self.name.text)


# The whole sentence for each kind of name and language: Kazakh and Russian decline both.
_FOUND_BY = {
    (NAME, None): QT_TRANSLATE_NOOP("Search", "found by its name {name}"),
    (NAME, Language.EN): QT_TRANSLATE_NOOP("Search", "found by its English name {name}"),
    (NAME, Language.KK): QT_TRANSLATE_NOOP("Search", "found by its Kazakh name {name}"),
    (NAME, Language.RU): QT_TRANSLATE_NOOP("Search", "found by its Russian name {name}"),
    (FULL_NAME, None): QT_TRANSLATE_NOOP("Search", "found by its full name {name}"),
    (FULL_NAME, Language.EN): QT_TRANSLATE_NOOP("Search", "found by its English full name {name}"),
    (FULL_NAME, Language.KK): QT_TRANSLATE_NOOP("Search", "found by its Kazakh full name {name}"),
    (FULL_NAME, Language.RU): QT_TRANSLATE_NOOP("Search", "found by its Russian full name {name}"),
    (OTHER_NAME, None): QT_TRANSLATE_NOOP("Search", "found by its other name {name}"),
    (OTHER_NAME, Language.EN): QT_TRANSLATE_NOOP(
        "Search", "found by its English other name {name}"
    ),
    (OTHER_NAME, Language.KK): QT_TRANSLATE_NOOP("Search", "found by its Kazakh other name {name}"),
    (OTHER_NAME, Language.RU): QT_TRANSLATE_NOOP(
        "Search", "found by its Russian other name {name}"
    ),
}


@frozen
class PlaceNames:
    """A place's names today (in each language) and the names it had before."""

    today: tuple[SearchName, ...]
    former: tuple[SearchName, ...]


@runtime_checkable
class KnowsPlaces(Protocol):
    """A service whose data names places over time (a database with places does)."""

    def place_names(self) -> tuple[PlaceNames, ...]:
        """Return every place's names today and its former names."""
        ...


Names = dict[ItemRef, list[SearchName]]


def gather_names(service: ReferenceService) -> Names:
    """Return every listed item's titles and search words in each language the data has."""
    names: Names = {}
    for language in Language:
        answering = service if language == service.language else service.in_language(language)
        for summary in answering.borders():
            ref = ItemRef(ItemKind.BORDER, summary.key)
            _add(names, ref, summary.neighbour, _language(summary.wording, "neighbour"), NAME)
        for links in (
            answering.organisations(),
            answering.topics(),
            answering.people(),
            answering.events(),
            answering.sources(),
        ):
            _add_links(names, links)
    if isinstance(service, KnowsPlaces):
        _add_former_names(names, service.place_names())
    return names


def _add_former_names(names: Names, places: Iterable[PlaceNames]) -> None:
    """Give every item that names a place today that place's former names too."""
    folded = {ref: "|".join(f" {fold(n.text)} " for n in known) for ref, known in names.items()}
    for place in places:
        today = [f" {key} " for key in {fold(n.text) for n in place.today} if key]
        if not place.former or not today:
            continue
        for ref, text in folded.items():
            if any(key in text for key in today):
                for former in place.former:
                    _add_name(names[ref], former)


def _add_links(names: Names, links: Iterable[Link]) -> None:
    for link in links:
        language = _language(link.wording, "title")
        _add(names, link.ref, link.title, language, NAME)
        label = KEYWORD_LABELS.get(link.ref.kind, WORDS)
        _add(names, link.ref, link.keywords, language, label)


def _language(words: Wording, field: str) -> Language:
    return words.language_of(field)


def _add(names: Names, ref: ItemRef, text: str, language: Language, label: str) -> None:
    """Add a name once: the same text in a second language adds nothing."""
    if text:
        _add_name(names.setdefault(ref, []), SearchName(text, language, label))


def _add_name(known: list[SearchName], name: SearchName) -> None:
    if all(other.text != name.text for other in known):
        known.append(name)
