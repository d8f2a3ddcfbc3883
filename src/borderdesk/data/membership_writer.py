"""Write the memberships, their dated roles and the sources confirming them, in text order."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import count
from typing import Protocol

from borderdesk.data.bulk_insert import Row
from borderdesk.data.membership_rows import (
    Change,
    ChangeSource,
    Membership,
    MembershipRole,
    RoleConfirmation,
)
from borderdesk.data.models import Base
from borderdesk.data.records import ChangeText, MembershipText, Translation, ValidityText

DATE_COLUMNS = ("since", "since_source_id", "until", "until_source_id")  # of a Dated row


class RowsOf(Protocol):
    """Return the list gathering a table's rows, each a tuple of the values of ``names``."""

    def __call__(self, cls: type[Base], /, *names: str) -> list[Row]: ...


ItemId = Callable[[str, str], int]  # (kind, key) -> the item's row id
SourceId = Callable[[str], int]
Dates = Callable[[ValidityText], tuple[object, ...]]  # the values of DATE_COLUMNS
Translate = Callable[[str, int, tuple[Translation, ...]], None]


def write_memberships(
    rows_of: RowsOf,
    memberships: Iterable[MembershipText],
    item_id: ItemId,
    source_id: SourceId,
    dates: Dates,
    translations: Translate,
) -> None:
    """Add every membership with its roles and confirmations; ids follow the text's order."""
    membership_rows = rows_of(Membership, "id", "position", "member_id", "organisation_id", "note")
    role_rows = rows_of(
        MembershipRole, "id", "position", "membership_id", "role", "note", *DATE_COLUMNS
    )
    confirmation_rows = rows_of(
        RoleConfirmation, "id", "position", "role_id", "source_id", "as_of", "quote", "note"
    )
    role_ids = count(1)
    confirmation_ids = count(1)
    for n, m in enumerate(memberships, 1):
        membership_rows.append(
            (n, n, item_id("country", m.member), item_id("organisation", m.organisation), m.note)
        )
        translations("memberships", n, m.translations)
        for role in m.roles:
            role_id = next(role_ids)
            role_rows.append((role_id, role_id, n, role.role, role.note, *dates(role.validity)))
            translations("membership_roles", role_id, role.translations)
            for c in role.confirmed:
                row_id = next(confirmation_ids)
                confirmation_rows.append(
                    (row_id, row_id, role_id, source_id(c.source), c.as_of, c.quote, c.note)
                )
                translations("role_confirmations", row_id, c.translations)


def write_changes(
    rows_of: RowsOf, changes: Iterable[ChangeText], source_id: SourceId, translations: Translate
) -> None:
    """Add the edition change log, each change with its sources, in text order."""
    change_rows = rows_of(Change, "id", "position", "edition", "text")
    source_rows = rows_of(ChangeSource, "change_id", "position", "source_id")
    for n, change in enumerate(changes, 1):
        change_rows.append((n, n, change.edition, change.text))
        translations("changes", n, change.translations)
        for p, source in enumerate(change.sources, 1):
            source_rows.append((n, p, source_id(source)))
