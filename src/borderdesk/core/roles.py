"""The closed vocabulary of membership roles, and where one member stands on a date."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from borderdesk.core.citation import SourceRef
from borderdesk.core.model import Membership, Role
from borderdesk.core.record import frozen
from borderdesk.core.validity import Held, Standing, holding, parse_when


class RoleName(StrEnum):
    """Every role a membership record may give (``role`` in ``memberships.toml``)."""

    MEMBER = "member"
    FOUNDING_MEMBER = "founding member"
    OBSERVER = "observer"
    PARTNER = "partner"  # the SCO's one category of observers and dialogue partners since 2025
    SUSPENDED = "suspended"
    FROZEN = "participation frozen"
    APPLICANT = "applicant"
    FORMER_MEMBER = "former member"
    NON_MEMBER = "non-member"  # a source saying it is not a member (the grid's evidence)


ROLES = tuple(role.value for role in RoleName)
FULL_MEMBER = frozenset({RoleName.MEMBER, RoleName.FOUNDING_MEMBER})
SUSPENDED = frozenset({RoleName.SUSPENDED, RoleName.FROZEN})
COUNTED = FULL_MEMBER | SUSPENDED  # who an organisation's own member count includes
MEMBERSHIP_ROLES = COUNTED | {RoleName.FORMER_MEMBER}  # a member at some time


class Group(StrEnum):
    """How a page lists a membership on a date, in page order."""

    MEMBERS = "members"
    SUSPENDED = "suspended"
    OBSERVERS = "observers"
    PARTNERS = "partners"
    APPLICANTS = "applicants"
    FORMER = "former members"
    NOT_MEMBERS = "not members"


GROUP_OF = {
    RoleName.MEMBER: Group.MEMBERS,
    RoleName.FOUNDING_MEMBER: Group.MEMBERS,
    RoleName.SUSPENDED: Group.SUSPENDED,
    RoleName.FROZEN: Group.SUSPENDED,
    RoleName.OBSERVER: Group.OBSERVERS,
    RoleName.PARTNER: Group.PARTNERS,
    RoleName.APPLICANT: Group.APPLICANTS,
    RoleName.FORMER_MEMBER: Group.FORMER,
    RoleName.NON_MEMBER: Group.NOT_MEMBERS,
}


def is_role(text: str) -> bool:
    """Tell whether a text is one of the vocabulary's roles."""
    return text in ROLES


@frozen
class MemberStanding:
    """Where one membership stands on a date: its group, the role and how it holds."""

    membership: Membership
    group: Group
    role: Role
    standing: Standing  # HOLDS / LAST_CONFIRMED for a role in force; ENDED for a former member

    @property
    def is_full_member(self) -> bool:
        """Tell whether it is a member with every right on that date (not suspended)."""
        return self.group is Group.MEMBERS

    @property
    def is_counted(self) -> bool:
        """Tell whether the organisation's own member count includes it on that date."""
        return self.group in (Group.MEMBERS, Group.SUSPENDED)

    def evidence(self, on: date) -> SourceRef | None:
        """Return the one source that best places the role on the day.

        The first confirmation on or after the day (it still held then), else the latest one
        before it, else the source of its start: one line per member in a caption or handout.
        """
        validity = self.role.validity
        dated = [(parse_when(c.as_of), c.source) for c in validity.confirmations]
        spans = sorted(
            ((span, source) for span, source in dated if span is not None),
            key=lambda pair: pair[0].last,
        )
        after = [source for span, source in spans if span.last >= on]
        if after:
            return after[0]
        if spans:
            return spans[-1][1]
        return validity.since_source or validity.until_source


def roles_on(membership: Membership, on: date) -> tuple[Held[Role], ...]:
    """Return the roles of a membership in force on a day (the validity rule decides)."""
    return holding(membership.roles, on, lambda role: role.validity)


def standing_on(membership: Membership, on: date) -> MemberStanding | None:
    """Return where a membership stands on a day, or None when nothing is known of it then.

    A role in force decides (the latest begun when several are); with none, a membership
    role that has ended makes it a former member, with that role and its end.
    """
    held = roles_on(membership, on)
    if held:
        chosen = max(held, key=lambda h: h.record.validity.start() or date.min)
        return MemberStanding(membership, _group(chosen.record), chosen.record, chosen.standing)
    ended = [
        role
        for role in membership.roles
        if role.role in MEMBERSHIP_ROLES and role.validity.standing(on) is Standing.ENDED
    ]
    if ended:
        last = max(ended, key=lambda role: role.validity.end() or date.min)
        return MemberStanding(membership, Group.FORMER, last, Standing.ENDED)
    return None


def _group(role: Role) -> Group:
    try:
        return GROUP_OF[RoleName(role.role)]
    except ValueError:
        return Group.NOT_MEMBERS  # unknown roles are refused by the checks; never count them
