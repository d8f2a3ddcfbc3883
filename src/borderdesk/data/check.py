"""``borderdesk check``: verify a dataset database and say plainly whether it can be trusted."""

from __future__ import annotations

import datetime
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path

from borderdesk.core.as_of import format_day
from borderdesk.core.consistency import dataset_problems, problems_on
from borderdesk.core.display import display_path
from borderdesk.core.errors import BorderDeskError, StoreError
from borderdesk.data.pending_changes import pending_changes
from borderdesk.data.store import bundled_path, check_database, connect_read_only, open_store
from borderdesk.data.translation_report import (
    DatabaseTranslations,
    coverage_lines,
    database_translations,
)
from borderdesk.data.vocabulary import SCHEMA_VERSION

# Every row that states something must name a source that exists.
_UNSOURCED = (
    (
        "figures",
        "SELECT count(*), count(*) - count(s.id) FROM figures t "
        "LEFT JOIN sources s ON s.id = t.source_id",
    ),
    (
        "facts",
        "SELECT count(*), count(*) - count(s.id) FROM facts t "
        "LEFT JOIN sources s ON s.id = t.source_id",
    ),
    (
        "membership roles",
        "SELECT count(*), coalesce(sum(t.since_source_id IS NULL AND t.until_source_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM role_confirmations c WHERE c.role_id = t.id)), 0) "
        "FROM membership_roles t",
    ),
    (
        "role confirmations",
        "SELECT count(*), count(*) - count(s.id) FROM role_confirmations t "
        "LEFT JOIN sources s ON s.id = t.source_id",
    ),
    (
        "quotes",
        "SELECT count(*), count(*) - count(s.id) FROM quotes t "
        "LEFT JOIN sources s ON s.id = t.source_id",
    ),
)


@dataclass(frozen=True)
class CheckReport:
    """The findings of one check: (name, passed, detail) lines and the verdict."""

    path: Path
    findings: tuple[tuple[str, bool, str], ...]
    coverage: tuple[str, ...] = ()  # the translations' coverage table, language by kind

    @property
    def ok(self) -> bool:
        """Tell whether every check passed."""
        return all(passed for _name, passed, _detail in self.findings)

    def text(self) -> str:
        """Return the report the command prints."""
        lines = [f"Checking {display_path(self.path)}"]
        lines += [
            f"  {'ok  ' if p else 'FAIL'}  {name}: {detail}" for name, p, detail in self.findings
        ]
        if self.coverage:
            lines += ["Translations (kk falls back to ru, then en; ru to en):", *self.coverage]
        verdict = "OK: the database is sound" if self.ok else "FAILED: do not use this database"
        return "\n".join([*lines, f"Verdict: {verdict}"])


def check(path: Path | None = None, on: datetime.date | None = None) -> CheckReport:
    """Check ``path`` (the bundled database when None) in every way BorderDesk can.

    With ``on``, also compare every count in force on that day with the members listed then.
    """
    path = bundled_path() if path is None else Path(path)
    findings: list[tuple[str, bool, str]] = []
    try:
        check_database(path)  # file, integrity or sidecar checksum, schema version, content digest
    except StoreError as error:
        findings.append(("database", False, error.problem))
        return CheckReport(path, tuple(findings))
    findings.extend(pending_changes(path))
    try:
        with closing(connect_read_only(path)) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            findings.append(
                ("integrity", rows == [("ok",)], "; ".join(str(r[0]) for r in rows[:3]))
            )
            findings.append(
                ("schema version", True, f"{SCHEMA_VERSION} (this BorderDesk reads it)")
            )
            version, date, checksum = connection.execute(
                "SELECT version, date, checksum FROM dataset_edition"
            ).fetchone()
            findings.append(
                (
                    "dataset checksum",
                    True,
                    f"contents match; dataset {version} ({date}), checksum {str(checksum)[:12]}",
                )
            )
            for table, query in _UNSOURCED:
                total, missing = connection.execute(query).fetchone()
                detail = (
                    f"all {total} name a source"
                    if not missing
                    else (f"{missing} of {total} name no source")
                )
                findings.append((f"sources of {table}", missing == 0, detail))
            translations = database_translations(connection)
            findings += translation_findings(translations)
            table_lines = tuple(coverage_lines(translations.coverages))
    except sqlite3.Error as error:
        findings.append(("reading", False, str(error)))
        return CheckReport(path, tuple(findings))
    findings.append(_time_bound(path, date))
    if on is not None:
        findings.append(_counts_on(path, on))
    return CheckReport(path, tuple(findings), table_lines)


def _time_bound(path: Path, edition_date: str) -> tuple[str, bool, str]:
    """Check the dates, duplicates and counts of the time-bound records (core.consistency)."""
    store = open_store(path)
    try:
        problems = dataset_problems(store, _day(edition_date))
    except BorderDeskError as error:
        return ("time-bound records", False, str(error))
    finally:
        store.close()
    if not problems:
        return (
            "time-bound records",
            True,
            "every one is dated, no membership is listed twice, every count matches its list",
        )
    shown = "; ".join(problems[:5]) + (
        f"; and {len(problems) - 5} more" if len(problems) > 5 else ""
    )
    return ("time-bound records", False, f"{len(problems)} problem(s): {shown}")


def _counts_on(path: Path, on: datetime.date) -> tuple[str, bool, str]:
    """Check the counts in force on one day against the members listed that day."""
    what = f"counts as of {format_day(on)}"
    store = open_store(path)
    try:
        problems = problems_on(store, on)
    except BorderDeskError as error:
        return (what, False, str(error))
    finally:
        store.close()
    if not problems:
        return (what, True, "every count in force matches the members listed that day")
    return (what, False, f"{len(problems)} problem(s): " + "; ".join(problems[:5]))


def _day(text: str) -> datetime.date:
    """Return the edition date (today when it names none)."""
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        return datetime.date.today()


def translation_findings(found: DatabaseTranslations) -> list[tuple[str, bool, str]]:
    """Return one finding per language: its coverage; it fails on outdated or orphaned rows."""
    findings = []
    for language_coverage in found.coverages:
        code = language_coverage.language.value
        total = language_coverage.total
        outdated = [row for row in found.outdated if row[3] == code]
        orphaned = [row for row in found.orphaned if row[3] == code]
        share = 100 * total.translated / total.total if total.total else 100.0
        detail = (
            f"{total.translated} of {total.total} texts ({share:.0f}%), "
            f"{total.outdated} outdated, {total.missing} missing (shown in the fallback)"
        )
        if outdated:
            detail += "; outdated: " + ", ".join(_slot(row) for row in outdated[:3])
        findings.append((f"translations ({code})", not outdated, detail))
        if orphaned:
            names = ", ".join(_slot(row) for row in orphaned[:3])
            findings.append(
                (f"translations ({code})", False, f"{len(orphaned)} of no text: {names}")
            )
    return findings


def _slot(row: tuple[str, int, str, str]) -> str:
    table, row_id, column, _language = row
    return f"{table} {row_id} {column}"
