"""Write the memberships, their dated roles and the sources confirming them, in text order."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import count
from typing import Protocol

from borderdesk.data.membership_rows import (
    Change,
    ChangeSource,
    Membership,
    MembershipRole,
    RoleConfirmation,
)
from borderdesk.data.models import Base
from borderdesk.data.records import ChangeText, MembershipText, Translation, ValidityText


class Add(Protocol):
    """Gather one row of a table, to be inserted with the rest of its table."""

    def __call__(self, cls: type[Base], /, **row: object) -> None: ...


ItemId = Callable[[str, str], int]  # (kind, key) -> the item's row id
SourceId = Callable[[str], int]
Dates = Callable[[ValidityText], dict[str, object]]
Translate = Callable[[str, int, tuple[Translation, ...]], None]


def write_memberships(
    add: Add,
    memberships: Iterable[MembershipText],
    item_id: ItemId,
    source_id: SourceId,
    dates: Dates,
    translations: Translate,
) -> None:
    """Add every membership with its roles and confirmations; ids follow the text's order."""
    role_ids = count(1)
    confirmation_ids = count(1)
    for n, m in enumerate(memberships, 1):
        add(
            Membership,
            id=n,
            position=n,
            member_id=item_id("country", m.member),
            organisation_id=item_id("organisation", m.organisation),
            note=m.note,
        )
        translations("memberships", n, m.translations)
        for role in m.roles:
            role_id = next(role_ids)
            add(
                MembershipRole,
                id=role_id,
                position=role_id,
                membership_id=n,
                role=role.role,
                note=role.note,
                **dates(role.validity),
            )
            translations("membership_roles", role_id, role.translations)
            for c in role.confirmed:
                row_id = next(confirmation_ids)
                add(
                    RoleConfirmation,
                    id=row_id,
                    position=row_id,
                    role_id=role_id,
                    source_id=source_id(c.source),
                    as_of=c.as_of,
                    quote=c.quote,
                    note=c.note,
                )
                translations("role_confirmations", row_id, c.translations)


def write_changes(
    add: Add, changes: Iterable[ChangeText], source_id: SourceId, translations: Translate
) -> None:
    """Add the edition change log, each change with its sources, in text order."""
    for n, change in enumerate(changes, 1):
        add(Change, id=n, position=n, edition=change.edition, text=change.text)
        translations("changes", n, change.translations)
        for p, source in enumerate(change.sources, 1):
            add(ChangeSource, change_id=n, position=p, source_id=source_id(source))
