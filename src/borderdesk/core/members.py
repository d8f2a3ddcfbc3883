"""Who belongs to an organisation today: the rule the map pane, the slides and handouts share.

A country is marked as a member when a membership names it a member or a founding member and
gives no end date; observers, chairs and former members are not marked.
"""

from __future__ import annotations

from collections.abc import Collection

from borderdesk.core.i18n import translate
from borderdesk.core.model import Membership, OrganisationDetail

MEMBER_ROLES = ("member", "founding member")


def current_memberships(
    organisation: OrganisationDetail, mapped: Collection[str] | None = None
) -> tuple[Membership, ...]:
    """Return the memberships that make a country a member today, in the order recorded.

    With ``mapped`` given, only those of countries among its keys (the ones a map outlines).
    """
    return tuple(
        m
        for m in organisation.members
        if m.role in MEMBER_ROLES and not m.until and (mapped is None or m.member_key in mapped)
    )


def current_members(
    organisation: OrganisationDetail, mapped: Collection[str] | None = None
) -> tuple[str, ...]:
    """Return the keys of the countries that are members today, once each, in order."""
    return tuple(dict.fromkeys(m.member_key for m in current_memberships(organisation, mapped)))


def members_label(organisation: OrganisationDetail) -> str:
    """Return what the map says it marks: ``members of the CSTO today``."""
    return translate("Members", "members of the {organisation} today").format(
        organisation=organisation.abbreviation
    )
