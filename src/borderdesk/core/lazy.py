"""A sequence whose items are each worked out when first read, and then kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar, overload

T = TypeVar("T")


class Lazy(Sequence[T]):
    """``count`` items, item ``n`` made by ``compute(n)`` when first read (and kept).

    A grid of thousands of cells, or a book of thousands of handouts, is made only where it
    is read; two are equal when their items are.
    """

    def __init__(self, count: int, compute: Callable[[int], T]) -> None:
        # The items made so far, by index: a grid of 4,000 rows by 1,000 columns makes its
        # rows' cells at once and reads a few dozen of them.
        self._items: dict[int, T] = {}
        self._count = count
        self._compute = compute

    def __len__(self) -> int:
        return self._count

    @overload
    def __getitem__(self, index: int) -> T: ...

    @overload
    def __getitem__(self, index: slice) -> tuple[T, ...]: ...

    def __getitem__(self, index: int | slice) -> T | tuple[T, ...]:
        if isinstance(index, slice):
            return tuple(self[i] for i in range(*index.indices(len(self))))
        if not -self._count <= index < self._count:
            raise IndexError(f"index {index} out of range for {self._count} items")
        index %= self._count
        item = self._items.get(index)
        if item is None:
            item = self._items[index] = self._compute(index)
        return item

    def __iter__(self) -> Iterator[T]:
        return (self[i] for i in range(len(self)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))
