"""``borderdesk check``: verify a dataset database and say plainly whether it can be trusted."""

from __future__ import annotations

import datetime
import sqlite3
from contextlib import closing
from pathlib import Path

from borderdesk.core.as_of import format_day
from borderdesk.core.consistency import dataset_problems, problems_on
from borderdesk.core.display import display_path
from borderdesk.core.errors import BorderDeskError, StoreError
from borderdesk.core.i18n import QT_TRANSLATE_NOOP, Counted, translate
from borderdesk.core.record import frozen
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
        QT_TRANSLATE_NOOP("CheckReport", "sources of figures"),
        "SELECT count(*), count(*) - count(s.id) FROM figures t "
        "LEFT JOIN sources s ON s.id = t.source_id",
    ),
    (
        QT_TRANSLATE_NOOP("CheckReport", "sources of facts"),
        "SELECT count(*), count(*) - count(s.id) FROM facts t "
        "LEFT JOIN sources s ON s.id = t.source_id",
    ),
    (
        QT_TRANSLATE_NOOP("CheckReport", "sources of membership roles"),
        "SELECT count(*), coalesce(sum(t.since_source_id IS NULL AND t.until_source_id IS NULL "
        "AND NOT EXISTS (SELECT 1 FROM role_confirmations c WHERE c.role_id = t.id)), 0) "
        "FROM membership_roles t",
    ),
    (
        QT_TRANSLATE_NOOP("CheckReport", "sources of role confirmations"),
        "SELECT count(*), count(*) - count(s.id) FROM role_confirmations t "
        "LEFT JOIN sources s ON s.id = t.source_id",
    ),
    (
        QT_TRANSLATE_NOOP("CheckReport", "sources of quotes"),
        "SELECT count(*), count(*) - count(s.id) FROM quotes t "
        "LEFT JOIN sources s ON s.id = t.source_id",
    ),
)


@frozen
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
        """Return the report the command prints, in the interface language."""
        checking = translate("CheckReport", "Checking {file}")
        lines = [checking.format(file=display_path(self.path))]
        lines += [
            f"  {'ok  ' if p else 'FAIL'}  {name}: {detail}" for name, p, detail in self.findings
        ]
        if self.coverage:
            fallbacks = translate(
                "CheckReport", "Translations (kk falls back to ru, then en; ru to en):"
            )
            lines += [fallbacks, *self.coverage]
        if self.ok:
            verdict = translate("CheckReport", "Verdict: OK: the database is sound")
        else:
            verdict = translate("CheckReport", "Verdict: FAILED: do not use this database")
        return "\n".join([*lines, verdict])


def check(path: Path | None = None, on: datetime.date | None = None) -> CheckReport:
    """Check ``path`` (the bundled database when None) in every way BorderDesk can.

    With ``on``, also compare every count in force on that day with the members listed then.
    """
    path = bundled_path() if path is None else Path(path)
    findings: list[tuple[str, bool, str]] = []
    try:
        check_database(path)  # file, integrity or sidecar checksum, schema version, content digest
    except StoreError as error:
        findings.append((translate("CheckReport", "database"), False, error.problem))
        return CheckReport(path, tuple(findings))
    findings.extend(pending_changes(path))
    try:
        with closing(connect_read_only(path)) as connection:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
            integrity = translate("CheckReport", "integrity")
            findings.append((integrity, rows == [("ok",)], "; ".join(str(r[0]) for r in rows[:3])))
            readable = translate("CheckReport", "{version} (this BorderDesk reads it)")
            findings.append(
                (
                    translate("CheckReport", "schema version"),
                    True,
                    readable.format(version=SCHEMA_VERSION),
                )
            )
            version, date, checksum = connection.execute(
                "SELECT version, date, checksum FROM dataset_edition"
            ).fetchone()
            matched = translate(
                "CheckReport", "contents match; dataset {version} ({date}), checksum {checksum}"
            )
            findings.append(
                (
                    translate("CheckReport", "dataset checksum"),
                    True,
                    matched.format(version=version, date=date, checksum=str(checksum)[:12]),
                )
            )
            for what, query in _UNSOURCED:
                total, missing = connection.execute(query).fetchone()
                if missing:
                    detail = translate("CheckReport", "{missing} of {total} name no source")
                else:
                    detail = translate("CheckReport", "all {total} name a source")
                detail = detail.format(missing=missing, total=total)
                findings.append((translate("CheckReport", what), missing == 0, detail))
            translations = database_translations(connection)
            findings += translation_findings(translations)
            table_lines = tuple(coverage_lines(translations.coverages))
    except sqlite3.Error as error:
        findings.append((translate("CheckReport", "reading"), False, str(error)))
        return CheckReport(path, tuple(findings))
    findings.append(_time_bound(path, date))
    if on is not None:
        findings.append(_counts_on(path, on))
    return CheckReport(path, tuple(findings), table_lines)


def _time_bound(path: Path, edition_date: str) -> tuple[str, bool, str]:
    """Check the dates, duplicates and counts of the time-bound records (core.consistency)."""
    what = translate("CheckReport", "time-bound records")
    store = open_store(path)
    try:
        problems = dataset_problems(store, _day(edition_date))
    except BorderDeskError as error:
        return (what, False, str(error))
    finally:
        store.close()
    if not problems:
        sound = translate(
            "CheckReport",
            "every one is dated, no membership is listed twice, every count matches its list",
        )
        return (what, True, sound)
    return (what, False, _problems(problems))


def _problems(problems: list[str]) -> str:
    """Return ``3 problems: …``, the first five of them and how many more."""
    shown = "; ".join(problems[:5])
    if len(problems) > 5:
        more = len(problems) - 5
        shown += Counted.tr("; and {count} more", "", more).format(count=more)
    found = Counted.tr("{count} problem(s): {problems}", "", len(problems))
    return found.format(count=len(problems), problems=shown)


def _counts_on(path: Path, on: datetime.date) -> tuple[str, bool, str]:
    """Check the counts in force on one day against the members listed that day."""
    what = translate("CheckReport", "counts as of {day}").format(day=format_day(on))
    store = open_store(path)
    try:
        problems = problems_on(store, on)
    except BorderDeskError as error:
        return (what, False, str(error))
    finally:
        store.close()
    if not problems:
        matches = translate(
            "CheckReport", "every count in force matches the members listed that day"
        )
        return (what, True, matches)
    return (what, False, _problems(problems))


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
        detail = translate(
            "CheckReport",
            "{translated} of {total} texts ({share}%), {outdated} outdated, "
            "{missing} missing (shown in the fallback)",
        ).format(
            translated=total.translated,
            total=total.total,
            share=f"{share:.0f}",
            outdated=total.outdated,
            missing=total.missing,
        )
        if outdated:
            slots = ", ".join(_slot(row) for row in outdated[:3])
            detail += translate("CheckReport", "; outdated: {slots}").format(slots=slots)
        name = translate("CheckReport", "translations ({language})").format(language=code)
        findings.append((name, not outdated, detail))
        if orphaned:
            names = ", ".join(_slot(row) for row in orphaned[:3])
            stray = translate("CheckReport", "{count} of no text: {slots}")
            findings.append((name, False, stray.format(count=len(orphaned), slots=names)))
    return findings


def _slot(row: tuple[str, int, str, str]) -> str:
    table, row_id, column, _language = row
    return f"{table} {row_id} {column}"
