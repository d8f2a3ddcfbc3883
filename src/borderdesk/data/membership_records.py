"""Plain records of the time-bound text: memberships with their dated roles, and places."""

from __future__ import annotations

from dataclasses import field
from typing import TYPE_CHECKING

from borderdesk.core.record import frozen
from borderdesk.data.text_base import NOWHERE, Origin, Translation, ValidityText

if TYPE_CHECKING:
    from borderdesk.data.records import FactText


@frozen
class ConfirmationText:
    """A source saying a membership role held on a date (``[[membership.role.confirmed]]``)."""

    source: str
    as_of: str
    quote: str
    note: str
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)
    id: str = ""  # stable within its role; names it in the translations


@frozen
class RoleText:
    """One dated role of a membership (``[[membership.role]]``)."""

    role: str
    validity: ValidityText
    note: str
    confirmed: tuple[ConfirmationText, ...]
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)
    id: str = ""  # stable within its membership; names it in the translations

    @property
    def sources(self) -> tuple[str, ...]:
        """Return every source id the role rests on."""
        return (*self.validity.sources, *(c.source for c in self.confirmed))


@frozen
class MembershipText:
    """A country's or body's place in an organisation, all its roles (``memberships.toml``)."""

    member: str
    organisation: str
    note: str
    roles: tuple[RoleText, ...]
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)


@frozen
class ChangeText:
    """One change of a dataset edition, for its change log (``changes.toml``)."""

    edition: str
    text: str
    sources: tuple[str, ...]
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)
    id: str = ""  # stable within the change log; names it in the translations


@frozen
class PlaceText:
    """A place named in the content, with its names and roles over time (``places.toml``)."""

    id: str
    name: str  # the name it has today, for lists
    country: str
    kind: str  # city
    facts: tuple[FactText, ...]  # label "name" (value: the name) or "role" (value: the role)
    translations: tuple[Translation, ...]
    origin: Origin = field(default=NOWHERE, compare=False)
