"""Insert many rows of one table through the driver's executemany, in the open transaction."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import ColumnDefault, Connection, Table

Row = tuple[object, ...]


class TableRows:
    """The rows gathered for one table: each a tuple of the values of ``names``, in order.

    Rows are made as tuples where they are read, not as a dict each to be taken apart
    again: a large pack has hundreds of thousands.
    """

    __slots__ = ("names", "rows")

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self.rows: list[Row] = []


def insert_rows(
    connection: Connection, table: Table, names: Sequence[str], rows: list[Row]
) -> None:
    """Insert ``rows`` (tuples of the values of ``names``) into ``table``, as ``insert()`` would.

    SQLAlchemy's own executemany builds and processes each row's parameters in Python (a
    third of a large pack's build); the driver takes plain tuples. A column the rows leave
    out gets its Python-side default, as with ``insert()``; none of the tables' column types
    changes a value on its way in (text, numbers, and booleans SQLite stores as 0 and 1).
    """
    names = list(names)
    unknown = set(names) - set(table.columns.keys())
    if unknown or len(set(names)) != len(names):
        raise ValueError(f"{table.name}: not its columns, or given twice: {names}")
    defaults: list[object] = []
    for column in table.columns:
        if column.name in names or column.default is None:
            continue
        if not (isinstance(column.default, ColumnDefault) and column.default.is_scalar):
            raise ValueError(f"{table.name}.{column.name}: only a constant default is written")
        names.append(column.name)
        defaults.append(column.default.arg)
    given = rows
    if defaults:
        extra = tuple(defaults)
        given = [values + extra for values in rows]
    quote = connection.dialect.identifier_preparer.quote
    columns = ", ".join(quote(name) for name in names)
    marks = ", ".join("?" * len(names))
    # Only our own tables' names are put in the text; every value is a parameter.
    statement = f"INSERT INTO {quote(table.name)} ({columns}) VALUES ({marks})"  # noqa: S608
    connection.exec_driver_sql(statement, given)
