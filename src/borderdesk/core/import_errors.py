"""The one error an importer raises: every problem found, each with its place in the file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from borderdesk.core.display import display_path, printable, shorten
from borderdesk.core.errors import BorderDeskError
from borderdesk.core.i18n import Counted, translate

SHOWN_PROBLEMS = 20  # the message lists this many; ``problems`` holds them all


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with an imported file: where (``segment[3].length[0].value``) and what."""

    where: str  # a JSON path, "line 3, column 7", "byte 120" or "" for the whole file
    message: str

    def line(self) -> str:
        """Return ``where: message`` (or just the message)."""
        # A key or value quoted from the file may be any length: the line stays readable.
        where, message = shorten(printable(self.where), 120), shorten(printable(self.message), 240)
        return f"{where}: {message}" if where else message


class ImportFileError(BorderDeskError):
    """A file to import was refused; nothing was written. Lists every problem found."""

    def __init__(self, path: Path | str, problems: tuple[Problem, ...] | list[Problem]) -> None:
        self.path = Path(path)
        self.problems = tuple(problems) or (Problem("", translate("Import", "cannot be imported")),)
        super().__init__(self._message())

    def _message(self) -> str:
        count = len(self.problems)
        if count == 1:
            return translate("Import", "{file}: {problem}; nothing was imported").format(
                file=display_path(self.path), problem=self.problems[0].line()
            )
        head = Counted.tr("{file}: %n problems, nothing was imported:", "", count)
        lines = [head.format(file=display_path(self.path))]
        lines += [f"  {problem.line()}" for problem in self.problems[:SHOWN_PROBLEMS]]
        if count > SHOWN_PROBLEMS:
            more = Counted.tr("… and %n more", "", count - SHOWN_PROBLEMS)
            lines.append(f"  {more}")
        return "\n".join(lines)

    @classmethod
    def one(cls, path: Path | str, where: str, message: str) -> ImportFileError:
        """Return an error with a single problem."""
        return cls(path, (Problem(where, message),))
