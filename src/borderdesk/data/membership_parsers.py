"""Parse the time-bound records of the dataset text: memberships with their roles, places."""

from __future__ import annotations

from borderdesk.core.roles import ROLES
from borderdesk.data.records import (
    ChangeText,
    ConfirmationText,
    MembershipText,
    PlaceText,
    RoleText,
)
from borderdesk.data.text_fields import DatasetError, Fields, is_date
from borderdesk.data.text_parsers import parse_children, parse_fact

PLACE_LABELS = ("name", "role")  # a place's states: what it was called, what it was


def parse_membership(f: Fields) -> MembershipText:
    """Parse a ``[[membership]]``: one member of one organisation, with its dated roles."""
    membership = MembershipText(
        member=f.ident("member"),
        organisation=f.ident("organisation"),
        note=f.text("note"),
        roles=parse_children(f, "role", parse_role),
        translations=f.finish(),
        origin=f.origin,
    )
    if not membership.roles:
        raise f.error("needs at least one [[membership.role]]")
    return membership


def parse_role(f: Fields) -> RoleText:
    """Parse a ``[[membership.role]]`` with the sources that confirm it."""
    role = f.text("role", required=True, translatable=False)
    if role not in ROLES:
        raise f.error(f"'role' must be one of {', '.join(ROLES)}; not {role!r}")
    return RoleText(
        role=role,
        validity=f.validity(),
        note=f.text("note"),
        confirmed=parse_children(f, "confirmed", parse_confirmation),
        id=f.optional_ident("id"),
        translations=f.finish(),
        origin=f.origin,
    )


def parse_confirmation(f: Fields) -> ConfirmationText:
    """Parse a ``[[membership.role.confirmed]]``: a source saying the role held on a date."""
    confirmation = ConfirmationText(
        source=f.ident("source"),
        as_of=f.text("as_of", required=True, translatable=False),
        quote=f.text("quote"),
        note=f.text("note"),
        id=f.optional_ident("id"),
        translations=f.finish(),
        origin=f.origin,
    )
    if not is_date(confirmation.as_of):
        raise f.error(f"'as_of' is not a date: {confirmation.as_of!r}")
    return confirmation


def parse_change(f: Fields) -> ChangeText:
    """Parse a ``[[change]]`` of the edition change log."""
    change = ChangeText(
        edition=f.text("edition", required=True, translatable=False),
        text=f.text("text", required=True),
        sources=f.strings("sources"),
        id=f.optional_ident("id"),
        translations=f.finish(),
        origin=f.origin,
    )
    if not change.sources:
        raise f.error("a change names the sources it rests on ('sources')")
    return change


def parse_place(f: Fields) -> PlaceText:
    """Parse a ``[[place]]`` with its dated names and roles."""
    place = PlaceText(
        id=f.ident("id"),
        name=f.text("name", required=True),
        country=f.ident("country"),
        kind=f.text("kind", translatable=False) or "city",
        facts=parse_children(f, "fact", parse_fact),
        translations=f.finish(),
        origin=f.origin,
    )
    for fact in place.facts:
        if fact.label not in PLACE_LABELS or not fact.value:
            problem = f"a place's facts are states: label {' or '.join(PLACE_LABELS)} and a value"
            raise DatasetError.at(fact.origin, problem)
    return place
