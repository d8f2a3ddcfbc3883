"""The membership rows: one per member and organisation, its dated roles and their sources."""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column, relationship

from borderdesk.data.models import Base, Country, Dated, Organisation, Source, dated_indexes


class Membership(Base):
    """A country's or body's place in an organisation: one row, its roles over time."""

    __tablename__ = "memberships"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int]
    member_id: Mapped[int] = mapped_column(ForeignKey("countries.id"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id"), index=True)
    note: Mapped[str]

    member: Mapped[Country] = relationship(back_populates="memberships", foreign_keys=[member_id])
    organisation: Mapped[Organisation] = relationship(
        back_populates="memberships", foreign_keys=[organisation_id]
    )
    roles: Mapped[list[MembershipRole]] = relationship(
        back_populates="membership", order_by="MembershipRole.position"
    )


class MembershipRole(Dated, Base):
    """One dated role of a membership: member, founding member, observer, partner ..."""

    __tablename__ = "membership_roles"
    __table_args__ = dated_indexes("membership_roles")

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int]
    membership_id: Mapped[int] = mapped_column(ForeignKey("memberships.id"), index=True)
    role: Mapped[str]  # the closed vocabulary of core.roles
    note: Mapped[str]

    membership: Mapped[Membership] = relationship(back_populates="roles")
    confirmations: Mapped[list[RoleConfirmation]] = relationship(
        back_populates="role", order_by="RoleConfirmation.position"
    )


class Change(Base):
    """One change of the dataset edition, for the change log the app shows."""

    __tablename__ = "changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int]
    edition: Mapped[str]
    text: Mapped[str]

    sources: Mapped[list[ChangeSource]] = relationship(
        back_populates="change", order_by="ChangeSource.position"
    )


class ChangeSource(Base):
    """A source a change rests on."""

    __tablename__ = "change_sources"

    change_id: Mapped[int] = mapped_column(ForeignKey("changes.id"), primary_key=True)
    position: Mapped[int] = mapped_column(primary_key=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)

    change: Mapped[Change] = relationship(back_populates="sources")
    source: Mapped[Source] = relationship(foreign_keys=[source_id])


class RoleConfirmation(Base):
    """A source saying a role held on a date (``as_of``), with its quote if any."""

    __tablename__ = "role_confirmations"

    id: Mapped[int] = mapped_column(primary_key=True)
    position: Mapped[int]
    role_id: Mapped[int] = mapped_column(ForeignKey("membership_roles.id"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("sources.id"), index=True)
    as_of: Mapped[str]
    quote: Mapped[str]
    note: Mapped[str]

    role: Mapped[MembershipRole] = relationship(back_populates="confirmations")
    source: Mapped[Source] = relationship(foreign_keys=[source_id])
