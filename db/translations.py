"""Keep the translation catalogues (db/i18n/<language>.toml) in step with the English text.

Usage: python db/translations.py COMMAND [LANGUAGE] [options]

  status             coverage per language and kind; lists outdated and orphaned entries;
                     exits 1 if there is any
  todo LANGUAGE      prints what is left to translate (missing and outdated texts) as entries
                     to fill in: [--kind KIND ...] [--limit N]
  merge LANGUAGE FILE [FILE ...]
                     merges the filled-in entries of FILE into the catalogue
  fill LANGUAGE      gives each missing text the translation of the same English text elsewhere
  prune LANGUAGE     drops the entries that name no text any more (orphaned)

Every command that writes rewrites the catalogue in the order of the English text. The format
is described in db/FORMAT.md, "Translations".
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from borderdesk.core.language import Language, parse_language
from borderdesk.data.catalogue_text import render, sync, todo
from borderdesk.data.catalogues import FOLDER, Catalogue, read_additions
from borderdesk.data.text_fields import DatasetError
from borderdesk.data.translated_text import read_text, text_coverage
from borderdesk.data.translation_report import coverage_lines

DB = Path(__file__).resolve().parent


def _catalogue(directory: Path, language: Language) -> Catalogue:
    text = read_text(directory)
    found = next((c for c in text.catalogues if c.language == language), None)
    return found or Catalogue(language, directory / FOLDER / f"{language.value}.toml", ())


def status(directory: Path) -> int:
    """Print the coverage and every outdated or orphaned entry; return 1 if there is any."""
    text = read_text(directory)
    for line in coverage_lines(text_coverage(text)):
        print(line)
    problems = [
        f"{catalogue.path.name}: [{entry.name}] outdated: the English is now {unit.english!r}"
        for catalogue, entry, unit in text.matched.outdated
    ]
    problems += [
        f"{catalogue.path.name}: [{entry.name}] orphaned: it names no text of the dataset"
        for catalogue, entry in text.matched.orphaned
    ]
    problems += [
        f"{catalogue.path.name}: [{entry.name}] no source {entry.source!r}"
        for catalogue, entry in text.matched.unsourced
    ]
    for problem in problems:
        print(problem)
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the exit code."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("command", choices=("status", "todo", "merge", "fill", "prune"))
    parser.add_argument("language", nargs="?", type=parse_language)
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--kind", action="append", help="only texts of this kind (todo)")
    parser.add_argument("--limit", type=int, default=0, help="at most this many entries (todo)")
    parser.add_argument("--db", type=Path, default=DB, help="the dataset folder")
    args = parser.parse_args(argv)
    try:
        if args.command == "status":
            return status(args.db)
        if args.language is None or args.language == Language.EN:
            parser.error(f"{args.command} needs a language: kk or ru")
        text = read_text(args.db)
        catalogue = _catalogue(args.db, args.language)
        units = list(text.units)
        if args.command == "todo":
            out = todo(catalogue, units, set(args.kind) if args.kind else None)
            if args.limit:
                blocks = out.split("\n\n")[: args.limit]
                out = "\n\n".join(blocks).rstrip("\n") + "\n"
            print(out, end="")
            return 0
        additions = [e for path in args.files for e in read_additions(path, path.read_bytes())]
        done = sync(
            catalogue,
            units,
            additions,
            fill=args.command == "fill",
            prune=args.command == "prune",
        )
        catalogue.path.parent.mkdir(exist_ok=True)
        catalogue.path.write_text(render(args.language, done.entries), encoding="utf-8")
        for entry in done.stale:
            print(f"not merged: [{entry.name}] its English is not the text's now (or no text)")
        print(
            f"{catalogue.path.name}: {len(done.entries)} entries; merged {done.merged}, "
            f"filled {done.filled}, pruned {done.pruned}"
        )
        return 1 if done.stale else 0
    except (DatasetError, OSError) as error:
        print(f"translations: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
