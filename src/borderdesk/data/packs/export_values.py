"""The small parts of a pack export: how values are written, and the default sources."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from borderdesk.data.models import Dated, Figure, Source
from borderdesk.data.vocabulary import LAND_BORDER_TOTAL, LENGTH, SEGMENTS_TOTAL

Record = dict[str, Any]


def column_text(row: object, column: str) -> str:
    """Return the text of a column by its name in the table (``title``, not ``title_text``)."""
    for attribute in inspect(type(row)).column_attrs:
        if any(getattr(c, "name", "") == column for c in attribute.columns):
            return str(getattr(row, attribute.key))
    return ""


def number(value: float) -> float | int:
    return int(value) if value.is_integer() else value


def put(record: Record, **values: object) -> Record:
    """Add the values that are not empty (the pack leaves out empty text and lists)."""
    record.update({k: v for k, v in values.items() if v not in ("", [], None)})
    return record


def dates(record: Record, row: Dated) -> Record:
    """Add a time-bound row's ``from`` and ``until``, each with its source."""
    record.update(
        {
            key: value
            for key, value in (
                ("from", row.since),
                ("from_source", row.since_source.key if row.since_source else ""),
                ("until", row.until),
                ("until_source", row.until_source.key if row.until_source else ""),
            )
            if value
        }
    )
    return record


def defaults(session: Session) -> Record:
    """Return the default source of each quantity, from the figures marked default."""
    defaults: Record = {}
    rows = session.execute(
        select(Figure.quantity, Source.key, Figure.is_default).join(Source, Figure.source)
    ).all()
    by_quantity: dict[str, set[str]] = defaultdict(set)
    for quantity, source, is_default in rows:
        if is_default:
            defaults.setdefault(quantity, source)
        by_quantity[quantity].add(source)
    sources = list(session.scalars(select(Source.key).order_by(Source.position)))
    if LENGTH not in defaults and sources:
        defaults[LENGTH] = sources[0]
    for quantity in (LAND_BORDER_TOTAL, SEGMENTS_TOTAL):
        if quantity in defaults and defaults[quantity] == defaults.get(LENGTH):
            del defaults[quantity]  # the totals default to the lengths' source anyway
        elif quantity not in defaults and defaults.get(LENGTH) in by_quantity[quantity]:
            # No default among these figures, though the lengths' source gives one: name a
            # source that gives none, so the rebuilt database marks none either.
            spare = [s for s in sources if s not in by_quantity[quantity]]
            if spare:
                defaults[quantity] = spare[0]
    return dict(sorted(defaults.items(), key=lambda item: (item[0] != LENGTH, item[0])))
