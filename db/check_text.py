"""Check the BorderDesk dataset text in db/ before it is built into the bundled database.

Checks: every file parses; every quote is an exact extract of the article; no editorial
artifact of the seed text appears in any db/ file; every source and cross reference resolves;
the chart sources give a length for all five segments; the article's lengths add up to its
stated total; every other length says why it differs from the article's (``reason``); every
fact, figure, role, confirmation and change has an id; every translation in i18n/ is current
and names a text (it prints the coverage per language and kind); no member is listed twice for
one organisation; and, on the text built into a scratch database, every time-bound record is
dated and every stated count agrees with the members listed for its dates
(``borderdesk.core.consistency``, the checks ``borderdesk check`` runs too).

Usage: python db/check_text.py [path/to/guarding-the-border.txt] [--db DIR]
Prints each problem found and exits with status 1 if there is any.
"""

from __future__ import annotations

import argparse
import datetime
import os
import sys
import tempfile
import tomllib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DB = Path(__file__).resolve().parent
# The article is not in the repository (it is not ours to redistribute): the file
# BORDERDESK_ARTICLE names, as for the tests, else where a checkout beside it keeps it.
DEFAULT_SEED = Path(
    os.environ.get("BORDERDESK_ARTICLE")
    or DB.parent.parent / "shared" / "seed" / "guarding-the-border.txt"
)
FILES = (
    "dataset",
    "sources",
    "countries",
    "overview",
    "segments",
    "organisations",
    "memberships",
    "people",
    "quotes",
    "events",
    "topics",
    "places",
    "changes",
)
OPTIONAL_FILES = ("places", "changes")  # no dated city names; no change log
SEGMENTS = ("kz-ru", "kz-cn", "kz-kg", "kz-tm", "kz-uz")
CHART_SOURCES = ("ART", "CIA1992", "CIA2008", "CIA2015")
TOTAL_MUST_MATCH = ("ART",)
REFERENCE = "ART"  # the lengths every other source is compared with
RECORD_KINDS = (
    ("sources", "source"),
    ("countries", "country"),
    ("segments", "segment"),
    ("organisations", "organisation"),
    ("people", "person"),
    ("quotes", "quote"),
    ("events", "event"),
    ("topics", "topic"),
)
SOURCED = ("length", "fact", "figure", "confirmed", "total", "quote")
SOURCE_KEYS = ("source", "from_source", "until_source")
TEXT_SUFFIXES = (".toml", ".md", ".py", ".txt")
# Built from parts so that this file does not itself contain the strings it looks for.
ARTIFACTS = (
    "046_049_" + "Edge_",
    "WAS THERE AN " + "INTERVIEW",
    "IF YES, LEAVE " + "YOUR TEXT",
    "There," + "a",
    "remittances." + "Both",
    "border" + "to",
    "it." + "With",
    "mass destruction " + "weapons",
    "\u00a0",
)

Data = dict[str, dict[str, Any]]
Table = dict[str, Any]


def load(db: Path) -> tuple[Data, list[str]]:
    """Parse every dataset file; report the ones missing or not valid TOML."""
    data: Data = {}
    problems: list[str] = []
    for name in FILES:
        path = db / f"{name}.toml"
        if name in OPTIONAL_FILES and not path.exists():
            data[name] = {}
            continue
        try:
            data[name] = tomllib.loads(path.read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            problems.append(f"{path.name}: cannot load: {exc}")
            data[name] = {}
    return data, problems


def tables(node: object, where: str) -> Iterator[tuple[str, Table]]:
    """Yield every table under node with a readable location."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from tables(value, f"{where}.{key}")
    elif isinstance(node, list):
        for index, item in enumerate(node):
            label = item.get("id", index) if isinstance(item, dict) else index
            yield from tables(item, f"{where}[{label}]")


def all_tables(data: Data) -> Iterator[tuple[str, Table]]:
    """Yield every table of every file."""
    for name, content in data.items():
        yield from tables(content, name)


def ids(data: Data, name: str, key: str) -> set[str]:
    """Return the ids of the records listed under key in one file."""
    return {str(item.get("id", "")) for item in data[name].get(key, [])}


def check_artifacts(db: Path) -> list[str]:
    """Report any artifact string in any text file of db/."""
    problems = []
    for path in sorted(db.rglob("*")):
        if path.suffix not in TEXT_SUFFIXES or "__pycache__" in path.parts:
            continue
        text = path.read_text(encoding="utf-8")
        problems += [f"{path.name}: contains artifact {a!r}" for a in ARTIFACTS if a in text]
    return problems


def check_quotes(data: Data, seed: str) -> list[str]:
    """Every quote is an exact extract of the article, on an article-sourced record."""
    problems = []
    for where, table in all_tables(data):
        quote = table.get("quote", "")
        if isinstance(quote, str) and quote:
            if quote not in seed:
                problems.append(f"{where}: quote not in the article: {quote[:60]!r}")
            if table.get("source") != "ART":
                problems.append(f"{where}: quote on a record not sourced to ART")
    for item in data["quotes"].get("quote", []):
        if item.get("text", "") not in seed:
            problems.append(f"quotes[{item.get('id')}]: text not in the article")
    return problems


def check_sources(data: Data) -> list[str]:
    """Every source named exists; every figure, fact and membership names one."""
    known = ids(data, "sources", "source")
    problems = []
    for where, table in all_tables(data):
        for name in SOURCE_KEYS:
            source = table.get(name)
            if isinstance(source, str) and source and source not in known:
                problems.append(f"{where}: unknown {name} {source!r}")
        for key in SOURCED:
            for item in table.get(key, []) if isinstance(table.get(key), list) else []:
                if not item.get("source"):
                    problems.append(f"{where}.{key}: a record without a source")
    for index, change in enumerate(data["changes"].get("change", [])):
        problems += [
            f"changes[{index}]: unknown source {source!r}"
            for source in change.get("sources", [])
            if source not in known
        ]
    defaults = data["dataset"].get("defaults", {})
    problems += [
        f"dataset.defaults.{k}: unknown source {v!r}" for k, v in defaults.items() if v not in known
    ]
    return problems


def known_refs(data: Data) -> dict[str, set[str]]:
    """Return the ids each reference kind may point to."""
    return {
        "border": ids(data, "segments", "segment"),
        "organisation": ids(data, "organisations", "organisation"),
        "topic": ids(data, "topics", "topic"),
        "person": ids(data, "people", "person"),
        "event": ids(data, "events", "event"),
        "source": ids(data, "sources", "source"),
        "country": ids(data, "countries", "country"),
    }


def direct_refs(data: Data) -> Iterator[tuple[str, str, str]]:
    """Yield (where, kind, id) for every reference held in a named field."""
    for seg in data["segments"].get("segment", []):
        where = f"segments[{seg.get('id')}]"
        yield where, "country", seg.get("neighbour", "")
        yield from ((where, "topic", t) for t in seg.get("topics", []))
        yield from ((where, "event", e) for e in seg.get("events", []))
    for index, row in enumerate(data["memberships"].get("membership", [])):
        yield f"memberships[{index}]", "country", row.get("member", "")
        yield f"memberships[{index}]", "organisation", row.get("organisation", "")
    for org in data["organisations"].get("organisation", []):
        for key in ("predecessor", "successor"):
            if org.get(key):
                yield f"organisations[{org.get('id')}].{key}", "organisation", org[key]
    for quote in data["quotes"].get("quote", []):
        yield f"quotes[{quote.get('id')}]", "person", quote.get("speaker", "")
    for place in data["places"].get("place", []):
        yield f"places[{place.get('id')}]", "country", place.get("country", "")


def concern_refs(data: Data) -> Iterator[tuple[str, str, str]]:
    """Yield (where, kind, id) for every kind:id in a concerns list."""
    for where, table in all_tables(data):
        for ref in table.get("concerns", []) if isinstance(table.get("concerns"), list) else []:
            kind, _, key = str(ref).partition(":")
            yield f"{where}.concerns", kind, key


def check_refs(data: Data) -> list[str]:
    """Every cross reference resolves to a defined record."""
    known = known_refs(data)
    refs = [*direct_refs(data), *concern_refs(data)]
    return [
        f"{where}: unresolved reference {kind}:{key}"
        for where, kind, key in refs
        if key not in known.get(kind, set())
    ]


def check_unique(data: Data) -> list[str]:
    """Ids are unique within each kind of record."""
    problems = []
    for name, key in RECORD_KINDS:
        seen: set[str] = set()
        for item in data[name].get(key, []):
            if item.get("id") in seen:
                problems.append(f"{name}: duplicate id {item.get('id')!r}")
            seen.add(item.get("id"))
    return problems


def lengths_by_source(data: Data) -> dict[str, dict[str, float]]:
    """Map source id -> segment id -> length in km."""
    result: dict[str, dict[str, float]] = {}
    for seg in data["segments"].get("segment", []):
        for length in seg.get("length", []):
            result.setdefault(length.get("source", ""), {})[seg.get("id")] = length["value"]
    return result


def check_one_length_per_source(data: Data) -> list[str]:
    """No source gives two lengths for the same segment."""
    problems = []
    for seg in data["segments"].get("segment", []):
        sources = [length.get("source") for length in seg.get("length", [])]
        problems += [
            f"segments[{seg.get('id')}]: two lengths from {s}"
            for s in sorted({s for s in sources if sources.count(s) > 1})
        ]
    return problems


def check_lengths(data: Data) -> list[str]:
    """Chart sources cover all five segments; the article's parts sum to its total."""
    by_source = lengths_by_source(data)
    problems = check_one_length_per_source(data)
    for source in CHART_SOURCES:
        missing = [s for s in SEGMENTS if s not in by_source.get(source, {})]
        if missing:
            problems.append(f"segments: {source} gives no length for {', '.join(missing)}")
    totals = {t.get("source"): t.get("value") for t in data["segments"].get("total", [])}
    for source in TOTAL_MUST_MATCH:
        parts = sum(by_source.get(source, {}).values())
        if totals.get(source) != parts:
            problems.append(
                f"segments: {source} lengths sum to {parts}, stated total is {totals.get(source)}"
            )
    return problems


def check_reasons(data: Data) -> list[str]:
    """Every length and total but the article's has a reason; nothing else carries one."""
    problems = []
    for seg in data["segments"].get("segment", []):
        for length in seg.get("length", []):
            source = length.get("source")
            if source != REFERENCE and not str(length.get("reason", "")).strip():
                problems.append(f"segments[{seg.get('id')}]: the {source} length has no reason")
    for total in data["segments"].get("total", []):
        if total.get("source") != REFERENCE and not str(total.get("reason", "")).strip():
            problems.append(f"segments: the {total.get('source')} total has no reason")
    for where, table in all_tables(data):
        on_length = where.startswith("segments.segment[") and ".length[" in where
        if "reason" in table and not (on_length or where.startswith("segments.total[")):
            problems.append(f"{where}: 'reason' belongs on a length or a total only")
    return problems


def check_ids(data: Data) -> list[str]:
    """Every fact, figure, length, total, role, confirmation and change has an id.

    The translations name them by it.
    """
    problems = []
    for where, table in all_tables(data):
        for key in ("fact", "figure", "length", "total", "role", "confirmed", "change"):
            children = table.get(key)
            for index, item in enumerate(children if isinstance(children, list) else []):
                if isinstance(item, dict) and not item.get("id"):
                    problems.append(f"{where}.{key}[{index}]: no 'id'")
    return problems


def check_translations(db: Path) -> list[str]:
    """Print the coverage per language and kind; report outdated and orphaned translations."""
    try:
        from borderdesk.core.errors import BorderDeskError
        from borderdesk.data.translated_text import read_text, text_coverage
        from borderdesk.data.translation_report import coverage_lines
    except ImportError:
        return ["i18n/: cannot check the translations: run with the project's .venv/bin/python"]
    try:
        text = read_text(db)
    except (BorderDeskError, OSError) as error:
        return [f"cannot read the dataset with its translations: {error}"]
    print("Translations (coverage per language and kind):")
    for line in coverage_lines(text_coverage(text)):
        print(line)
    problems = [
        f"i18n/{catalogue.path.name}: [{entry.name}] outdated: the English is now "
        f"{unit.english[:60]!r}"
        for catalogue, entry, unit in text.matched.outdated
    ]
    problems += [
        f"i18n/{catalogue.path.name}: [{entry.name}] orphaned: names no text of the dataset"
        for catalogue, entry in text.matched.orphaned
    ]
    problems += [
        f"i18n/{catalogue.path.name}: [{entry.name}] no source {entry.source!r}"
        for catalogue, entry in text.matched.unsourced
    ]
    return problems


def check_duplicate_memberships(data: Data) -> list[str]:
    """A member is listed once per organisation: later sources are roles or confirmations."""
    seen: dict[tuple[str, str], int] = {}
    problems = []
    for index, row in enumerate(data["memberships"].get("membership", [])):
        key = (str(row.get("member")), str(row.get("organisation")))
        if key in seen:
            problems.append(
                f"memberships[{index}]: {key[0]} in {key[1]} is also memberships[{seen[key]}]: "
                "one membership, its roles and sources in one record"
            )
        seen.setdefault(key, index)
    return problems


def check_time_bound(db: Path, data: Data) -> list[str]:
    """Build the text into a scratch database; check dates, duplicates and counts there."""
    from borderdesk.core.consistency import dataset_problems
    from borderdesk.core.errors import BorderDeskError
    from borderdesk.data.build import write_database
    from borderdesk.data.dataset_text import load_dataset
    from borderdesk.data.store import open_store

    edition = str(data["dataset"].get("edition", {}).get("date", ""))
    try:
        until = datetime.date.fromisoformat(edition)
    except ValueError:
        return [f"dataset.edition.date: not a date: {edition!r}"]
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "check.sqlite"
        try:
            write_database(load_dataset(db), out)
        except BorderDeskError as error:
            return [f"the text does not build: {error}"]
        store = open_store(out)
        try:
            return dataset_problems(store, until)
        finally:
            store.close()


def main(argv: list[str] | None = None) -> int:
    """Run every check; print the problems; return 1 if there are any."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument(
        "seed",
        nargs="?",
        type=Path,
        default=DEFAULT_SEED,
        help="the article text (default: %(default)s)",
    )
    parser.add_argument(
        "--db", type=Path, default=DB, help="the dataset folder (default: %(default)s)"
    )
    args = parser.parse_args(argv)
    try:
        seed = args.seed.read_text(encoding="utf-8")
    except OSError as exc:
        print(f"cannot read the article text: {exc}")
        return 1
    db: Path = args.db
    data, problems = load(db)
    problems += check_artifacts(db)
    problems += check_quotes(data, seed)
    problems += check_sources(data)
    problems += check_refs(data)
    problems += check_unique(data)
    problems += check_lengths(data)
    problems += check_reasons(data)
    problems += check_ids(data)
    problems += check_translations(db)
    problems += check_duplicate_memberships(data)
    if not problems:  # the scratch build needs text that is otherwise sound
        problems += check_time_bound(db, data)
    for problem in problems:
        print(problem)
    print(f"{len(problems)} problem(s)" if problems else "dataset text OK")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
