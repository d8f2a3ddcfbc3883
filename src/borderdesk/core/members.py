"""Who belongs to an organisation on a date: the rule the pages, map, slides and handouts share.

Each membership stands on the date as ``core.roles`` says (the validity rule over its roles).
The map hatches the full members only: a suspended member (Armenia in the CSTO since 2024)
is listed apart, and counted in the organisation's own member count.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date

from borderdesk.core.as_of import as_of_label, format_when
from borderdesk.core.i18n import translate
from borderdesk.core.language import Wording, wording
from borderdesk.core.model import ItemKind, ItemRef, Link, Membership, OrganisationDetail, SourceRef
from borderdesk.core.record import frozen
from borderdesk.core.roles import Group, MemberStanding, standing_on


@frozen
class Roster:
    """Every membership of an organisation that stands somewhere on one date, in data order."""

    organisation: OrganisationDetail
    on: date
    standings: tuple[MemberStanding, ...]

    def group(self, group: Group) -> tuple[MemberStanding, ...]:
        """Return the memberships in one group (members, observers, former members ...)."""
        return tuple(s for s in self.standings if s.group is group)

    @property
    def members(self) -> tuple[MemberStanding, ...]:
        """Return the full members (member or founding member in force)."""
        return self.group(Group.MEMBERS)

    @property
    def counted(self) -> tuple[MemberStanding, ...]:
        """Return the members the organisation's own count includes (full and suspended)."""
        return tuple(s for s in self.standings if s.is_counted)

    def hatched(self, mapped: Collection[str] | None = None) -> tuple[str, ...]:
        """Return the keys the map marks: full members, those among ``mapped`` if given."""
        keys = (s.membership.member_key for s in self.members)
        return tuple(dict.fromkeys(k for k in keys if mapped is None or k in mapped))

    def sources(self, mapped: Collection[str] | None = None) -> tuple[SourceRef, ...]:
        """Return what the marked members rest on: for each, the source placing it on the day."""
        marked = set(self.hatched(mapped))
        found = [s.evidence(self.on) for s in self.members if s.membership.member_key in marked]
        return tuple(dict.fromkeys(source for source in found if source is not None))

    def label(self) -> str:
        """Return what the map says it marks: ``members of the CSTO as of 1 January 2016``.

        A suspended member is named as not marked; with no member, the reason is given (the
        organisation had not begun, or had ended).
        """
        name = self.organisation.abbreviation
        as_of = as_of_label(self.on)
        if not self.members:
            none = translate("Members", "none — {reason} ({as_of})")
            return none.format(reason=self._absence(), as_of=as_of)
        text = translate("Members", "members of the {organisation} {as_of}")
        text = text.format(organisation=name, as_of=as_of)
        frozen = [s.membership.member for s in self.group(Group.SUSPENDED)]
        if frozen:
            apart = translate(
                "Members", " (not hatched, participation suspended or frozen: {names})"
            )
            text += apart.format(names=", ".join(frozen))
        return text

    def _absence(self) -> str:
        name = self.organisation.abbreviation
        validity = self.organisation.validity
        begun, ended = validity.start(), validity.end()
        if begun is not None and self.on < begun:
            began = translate("Members", "the {organisation} began on {when}")
            return began.format(organisation=name, when=format_when(validity.since))
        if ended is not None and self.on >= ended:
            gone = translate("Members", "the {organisation} ended on {when}")
            return gone.format(organisation=name, when=format_when(validity.until))
        return translate("Members", "no member of the {organisation} is recorded").format(
            organisation=name
        )


def roster(organisation: OrganisationDetail, on: date) -> Roster:
    """Return where every membership of an organisation stands on a day."""
    found = (standing_on(m, on) for m in organisation.memberships)
    return Roster(organisation, on, tuple(s for s in found if s is not None))


def shared_on(
    memberships: Sequence[Membership], home: str, neighbour: str, on: date
) -> tuple[Link, ...]:
    """Return the organisations both ``home`` and ``neighbour`` are counted members of on a day."""

    def counted(key: str) -> dict[str, Membership]:
        found = (standing_on(m, on) for m in memberships if m.member_key == key)
        return {
            s.membership.organisation_key: s.membership
            for s in found
            if s is not None and s.is_counted
        }

    mine, theirs = counted(home), counted(neighbour)
    return tuple(
        Link(
            ItemRef(ItemKind.ORGANISATION, key),
            m.organisation,
            wording=titled(m.wording, "organisation"),
        )
        for key, m in theirs.items()
        if key in mine
    )


def titled(of: Wording, *names: str) -> Wording:
    """Return a link's wording: its title is in the language the record's ``names`` are in."""
    fell = [found for name in names if (found := of.fell_back(name)) is not None]
    return wording(of.asked, {"title": fell[-1] if fell else of.asked})
