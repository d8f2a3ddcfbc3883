"""The records' quicker ``__init__``: the same records as the dataclass's own, still frozen."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from borderdesk.data.quick_init import quick_init
from borderdesk.data.records import NO_VALIDITY, FigureText, Origin, Translation, ValidityText


@dataclass(frozen=True)
class Plain:
    name: str
    value: float
    note: str = ""
    origin: Origin = field(default=Origin(Path("a.toml"), "x"), compare=False)


@quick_init
@dataclass(frozen=True)
class QuickPlain:
    name: str
    value: float
    note: str = ""
    origin: Origin = field(default=Origin(Path("a.toml"), "x"), compare=False)


def values(record: object) -> dict[str, object]:
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("args", "kwargs"),
    [
        (("km", 1.5), {}),
        (("km", 1.5, "a note"), {}),
        (("km",), {"value": 2.0, "origin": Origin(Path("b.toml"), "y")}),
        ((), {"name": "km", "value": 3.0, "note": "n"}),
    ],
)
def test_a_record_holds_what_the_dataclass_would_give_it(
    args: tuple[object, ...], kwargs: dict[str, object]
) -> None:
    plain, quick = Plain(*args, **kwargs), QuickPlain(*args, **kwargs)  # type: ignore[arg-type]
    assert values(quick) == values(plain)
    assert repr(quick) == repr(plain).replace("Plain(", "QuickPlain(")


def test_wrong_arguments_are_refused_as_by_the_dataclass() -> None:
    with pytest.raises(TypeError):
        QuickPlain("km")  # type: ignore[call-arg]
    with pytest.raises(TypeError):
        QuickPlain("km", 1.0, nothing=1)  # type: ignore[call-arg]


def test_a_record_stays_frozen_and_hashable() -> None:
    quick = QuickPlain("km", 1.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        quick.name = "m"  # type: ignore[misc]
    assert hash(quick) == hash(QuickPlain("km", 1.0))
    assert quick == QuickPlain("km", 1.0, origin=Origin(Path("c.toml"), "z"))


def test_the_records_keep_their_defaults() -> None:
    figure = FigureText("area", 1.0, "km2", "src", "", "", "", "", ())
    assert (figure.id, figure.validity, figure.unlisted) == ("", NO_VALIDITY, 0)
    assert figure.origin == Origin(Path(), "")
    assert Translation("name", "ru", "Имя").english == ""
    assert ValidityText() == NO_VALIDITY


def test_what_it_cannot_make_as_the_dataclass_would_is_refused() -> None:
    @dataclass(frozen=True)
    class Listed:
        items: list[str] = field(default_factory=list)

    @dataclass
    class Open:
        name: str

    @dataclass(frozen=True)
    class Checked:
        name: str

        def __post_init__(self) -> None:
            pass

    for cls in (Listed, Open, Checked):
        with pytest.raises(TypeError):
            quick_init(cls)
