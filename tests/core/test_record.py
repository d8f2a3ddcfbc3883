"""``@frozen`` makes the records ``@dataclass(frozen=True)`` would, in a third of the time.

Each test holds a class made by ``@frozen`` to its twin made by the dataclass decorator from
the same body: the same fields, signature, values, text, equality, hashes and refusals.
"""

from __future__ import annotations

import copy
import dataclasses
import inspect
from dataclasses import InitVar, dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Generic, TypeVar

import pytest

from borderdesk.core.record import frozen
from borderdesk.data.records import NO_VALIDITY, FigureText, Origin, Translation, ValidityText

T = TypeVar("T")


def body() -> type:
    """Return a fresh class of every kind of field a record may have (undecorated)."""

    class Entry:
        """A figure as the records hold them."""

        name: str
        value: float
        note: str = ""
        tags: tuple[str, ...] = field(default_factory=tuple)
        origin: Path = field(default=Path("a.toml"), compare=False)
        seen: list[str] = field(default_factory=list, compare=False, hash=False, repr=False)
        rank: int = field(default=7, init=False)
        made: tuple[int, ...] = field(default_factory=lambda: (1, 2), init=False)
        hidden: str = field(default="h", repr=False)
        unit: ClassVar[str] = "km"

    return Entry


Twin = dataclass(frozen=True)(body())
Ours = frozen(body())
CALLS: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
    (("Russia", 7644.0), {}),
    (("Russia", 7644.0, "as printed"), {}),
    (("China",), {"value": 1533.0, "tags": ("east",), "origin": Path("b.toml")}),
    ((), {"name": "China", "value": 1533.0, "seen": ["x"], "hidden": "H"}),
    (("Uzbekistan", 2203.0, "", (), Path("c.toml"), ["y"], "z"), {}),
]


def described(cls: type) -> list[tuple[object, ...]]:
    return [
        (f.name, f.type, f.default, f.default_factory is dataclasses.MISSING, f.init, f.repr,
         f.compare, f.hash)
        for f in dataclasses.fields(cls)
    ]  # fmt: skip


def test_the_fields_signature_and_parameters_are_the_dataclasses() -> None:
    assert described(Ours) == described(Twin)
    assert str(inspect.signature(Ours)) == str(inspect.signature(Twin))
    assert Ours.__match_args__ == Twin.__match_args__  # type: ignore[attr-defined]
    assert Ours.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert dataclasses.is_dataclass(Ours)
    assert Ours.unit == "km"
    assert Ours.__init__.__qualname__ == Twin.__init__.__qualname__


@pytest.mark.parametrize(("args", "kwargs"), CALLS)
def test_a_record_holds_and_shows_what_the_dataclass_would(
    args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    ours, twin = Ours(*args, **kwargs), Twin(*args, **kwargs)
    assert dataclasses.asdict(ours) == dataclasses.asdict(twin)
    assert repr(ours) == repr(twin)
    assert ours.rank == 7
    assert ours.made == (1, 2)
    assert "rank" not in vars(ours)  # a plain default not in __init__ stays the class's
    changed = dataclasses.replace(ours, value=1.0)
    assert dataclasses.asdict(changed) == dataclasses.asdict(dataclasses.replace(twin, value=1.0))
    assert copy.copy(ours) == ours
    assert copy.deepcopy(ours) == ours


def test_equality_and_hashes_follow_the_compared_fields_as_the_dataclasses_do() -> None:
    made = [(Ours(*a, **k), Twin(*a, **k)) for a, k in CALLS]
    made += [(Ours("Russia", 7644.0, origin=Path("x")), Twin("Russia", 7644.0, origin=Path("x")))]
    for ours_a, twin_a in made:
        for ours_b, twin_b in made:
            assert (ours_a == ours_b) == (twin_a == twin_b)
            assert (hash(ours_a) == hash(ours_b)) == (hash(twin_a) == hash(twin_b))
        assert ours_a != twin_a  # another class: never equal
        assert ours_a.__eq__(("Russia", 7644.0)) is NotImplemented
    assert len({ours for ours, _ in made}) == len({twin for _, twin in made})


def test_each_record_gets_its_own_default_from_a_factory() -> None:
    first, second = Ours("a", 1.0), Ours("a", 1.0)
    assert first.seen == []
    assert first.seen is not second.seen


def test_a_record_is_frozen_as_the_dataclasses_are() -> None:
    record = Ours("Russia", 7644.0)
    for change in (
        lambda: setattr(record, "value", 1.0),
        lambda: setattr(record, "unknown", 1),
        lambda: delattr(record, "note"),
    ):
        with pytest.raises(dataclasses.FrozenInstanceError):
            change()
    assert record.value == 7644.0


def test_wrong_arguments_are_refused_as_by_the_dataclass() -> None:
    for args, kwargs in [((), {}), (("a",), {}), (("a", 1.0), {"rank": 1}), (("a", 1.0), {"x": 1})]:
        with pytest.raises(TypeError):
            Twin(*args, **kwargs)
        with pytest.raises(TypeError):
            Ours(*args, **kwargs)


def test_a_generic_record_works() -> None:
    @frozen
    class Held(Generic[T]):
        """A value held on a day."""

        value: T
        day: int = 0

    assert Held(3) == Held(3, 0)
    assert Held[int](3).value == 3


def test_what_it_cannot_make_as_the_dataclass_would_is_refused() -> None:
    class WithPostInit:
        name: str

        def __post_init__(self) -> None:
            pass

    class WithOwnEq:
        name: str

        def __eq__(self, other: object) -> bool:
            return True

    class KeywordOnly:
        name: str = field(kw_only=True)

    class InitOnly:
        name: str
        scale: InitVar[int] = 1

    class Named:
        self: str

    @dataclass(frozen=True)
    class Base:
        name: str

    class Derived(Base):
        more: str = ""

    for cls in (WithPostInit, WithOwnEq, KeywordOnly, InitOnly, Named, Derived):
        with pytest.raises(TypeError, match="dataclass"):
            frozen(cls)


def test_the_data_records_keep_their_defaults() -> None:
    figure = FigureText("area", 1.0, "km2", "src", "", "", "", "", ())
    assert (figure.id, figure.validity, figure.unlisted) == ("", NO_VALIDITY, 0)
    assert figure.origin == Origin(Path(), "")
    assert Translation("name", "ru", "Имя").english == ""
    assert ValidityText() == NO_VALIDITY
    with pytest.raises(dataclasses.FrozenInstanceError):
        figure.value = 2.0  # type: ignore[misc]
