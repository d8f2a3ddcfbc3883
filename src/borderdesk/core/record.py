"""``@frozen``: a frozen dataclass whose methods are made in one go, not one by one.

Python 3.11's ``@dataclass(frozen=True)`` writes and compiles six methods for each class, one
at a time (``__init__``, ``__repr__``, ``__eq__``, ``__hash__``, ``__setattr__``,
``__delattr__``): about 0.35 ms a class, and 40 ms of every start and export for the hundred
and more records BorderDesk's modules define. (Python 3.13's dataclasses compile a class's
methods in one go too.)

``@frozen`` is ``@dataclass(frozen=True)`` made cheaper. The dataclass machinery reads the
fields, so ``dataclasses.fields``, ``replace``, ``asdict`` and ``is_dataclass`` work as on
any dataclass, and ``__dataclass_params__`` says frozen. The methods that depend on the
fields (``__init__``, ``__eq__``, ``__hash__``) are compiled together, once; ``__repr__`` and
the guards that keep a record frozen are shared by every record. Each behaves as the
dataclass's own: equal when of the same class with equal compared fields, hashed on them,
``FrozenInstanceError`` on any assignment.

``__init__`` stores the fields straight in the instance's ``__dict__`` rather than through
``object.__setattr__``: a record of thirteen fields is made in half the time, which counts
for the hundreds of thousands of records a large data pack makes.

A class with its own ``__init__``, ``__eq__``, ``__hash__``, ``__repr__``, ``__setattr__``,
``__delattr__``, ``__post_init__`` or ``__slots__``, with keyword-only or init-only fields, or
that derives from a dataclass, is refused (``TypeError``): it takes ``@dataclass(frozen=True)``.
"""

from __future__ import annotations

import dataclasses
import reprlib
from typing import Any, TypeVar, dataclass_transform

T = TypeVar("T")

_REFUSED = (
    "__init__", "__eq__", "__hash__", "__repr__", "__setattr__", "__delattr__", "__post_init__",
    "__slots__",
)  # fmt: skip
_RESERVED = ("self", "other", "_stored", "_factory")  # the made methods' own names


@dataclass_transform(frozen_default=True, field_specifiers=(dataclasses.field, dataclasses.Field))
def frozen(cls: type[T]) -> type[T]:
    """Make ``cls`` a frozen dataclass, as ``@dataclass(frozen=True)`` does (see the module)."""
    _check(cls)
    # Reads the fields and their defaults, sets __match_args__; makes no method.
    dataclasses.dataclass(cls, init=False, repr=False, eq=False)
    fields = dataclasses.fields(cls)  # type: ignore[arg-type]
    pseudo = set(cls.__dataclass_fields__) - {f.name for f in fields}  # type: ignore[attr-defined]
    if any("InitVar" in str(cls.__dataclass_fields__[name].type) for name in pseudo):  # type: ignore[attr-defined]
        raise TypeError(f"{cls.__qualname__}: an init-only field; use @dataclass(frozen=True)")
    for f in fields:
        if f.kw_only is True or f.name in _RESERVED:
            raise TypeError(f"{cls.__qualname__}.{f.name}: use @dataclass(frozen=True)")
    init, eq, hash_ = _methods(cls, fields)
    init.__annotations__ = {f.name: f.type for f in fields if f.init} | {"return": None}
    for name, method in (("__init__", init), ("__eq__", eq), ("__hash__", hash_)):
        method.__qualname__ = f"{cls.__qualname__}.{name}"
        setattr(cls, name, method)
    setattr(cls, "__repr__", _repr)  # noqa: B010 (mypy refuses a method assigned otherwise)
    setattr(cls, "__setattr__", _frozen_setattr)  # noqa: B010
    setattr(cls, "__delattr__", _frozen_delattr)  # noqa: B010
    params = cls.__dataclass_params__  # type: ignore[attr-defined]
    params.init = params.repr = params.eq = params.frozen = True
    return cls


def _check(cls: type) -> None:
    own = [name for name in _REFUSED if name in cls.__dict__]
    if own:
        raise TypeError(f"{cls.__qualname__} defines {own[0]}; use @dataclass(frozen=True)")
    if any(dataclasses.is_dataclass(base) for base in cls.__mro__[1:]):
        raise TypeError(f"{cls.__qualname__} derives from a dataclass; use @dataclass(frozen=True)")


def _methods(cls: type, fields: tuple[dataclasses.Field[Any], ...]) -> tuple[Any, Any, Any]:
    """Return ``__init__``, ``__eq__`` and ``__hash__`` for the fields, compiled at once."""
    given: dict[str, Any] = {"_factory": _FACTORY}
    parameters, stores = ["self"], ["  _stored = self.__dict__"]
    for f in fields:
        factory = f.default_factory is not dataclasses.MISSING
        if factory:
            given[f"_make_{f.name}"] = f.default_factory
        if f.init:
            if f.default is not dataclasses.MISSING:
                given[f"_default_{f.name}"] = f.default
                parameters.append(f"{f.name}=_default_{f.name}")
            else:
                parameters.append(f"{f.name}=_factory" if factory else f.name)
            value = f"_make_{f.name}() if {f.name} is _factory else {f.name}" if factory else f.name
            stores.append(f"  _stored[{f.name!r}] = {value}")
        elif factory:
            stores.append(f"  _stored[{f.name!r}] = _make_{f.name}()")
        # Not in __init__ and a plain default: the class attribute answers, as in a dataclass.
    compared = "".join(f"self.{f.name}," for f in fields if f.compare)
    theirs = "".join(f"other.{f.name}," for f in fields if f.compare)
    hashed = "".join(f"self.{f.name}," for f in fields if (f.compare if f.hash is None else f.hash))
    source = "\n".join(
        (
            f"def __init__({', '.join(parameters)}):",
            *stores,
            "def __eq__(self, other):",
            "  if other.__class__ is self.__class__:",
            f"    return ({compared})==({theirs})",
            "  return NotImplemented",
            "def __hash__(self):",
            f"  return hash(({hashed}))",
        )
    )
    made: dict[str, Any] = {}
    exec(source, given, made)  # noqa: S102 (field names the dataclass machinery has read)
    return made["__init__"], made["__eq__"], made["__hash__"]


class _Factory:
    """Stands in for a field with a default factory that ``__init__`` was not given."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


@reprlib.recursive_repr()
def _repr(self: Any) -> str:
    shown = ", ".join(
        f"{f.name}={getattr(self, f.name)!r}" for f in dataclasses.fields(self) if f.repr
    )
    return f"{self.__class__.__qualname__}({shown})"


def _frozen_setattr(self: Any, name: str, value: object) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")


def _frozen_delattr(self: Any, name: str) -> None:
    raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")
