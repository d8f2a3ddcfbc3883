"""The repository over the fixture database: what each screen is given."""

from __future__ import annotations

from datetime import date

import pytest

from borderdesk.core.errors import ItemNotFoundError
from borderdesk.core.members import roster, shared_on
from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef, Link
from borderdesk.core.roles import Group
from borderdesk.core.validity import Standing
from borderdesk.data.model_rows import SCHEMA_VERSION
from borderdesk.data.repository import Repository


def keys(links: tuple[Link, ...]) -> list[str]:
    """Return the keys of a tuple of links."""
    return [link.ref.key for link in links]


def test_edition_comes_from_the_dataset(repo: Repository) -> None:
    edition = repo.edition()
    assert (edition.version, edition.date, edition.schema_version) == (
        "test.1",
        "2026-01-02",
        SCHEMA_VERSION,
    )
    assert len(edition.checksum) == 64


def test_borders_are_longest_first_by_the_default_source(repo: Repository) -> None:
    borders = repo.borders()
    assert [(b.key, b.neighbour, b.length.value) for b in borders] == [
        ("kz-ru", "Russia", 6846.0),
        ("kz-uz", "Uzbekistan", 2203.0),
        ("kz-cn", "China", 1533.0),
        ("kz-kg", "Kyrgyzstan", 1051.0),
        ("kz-tm", "Turkmenistan", 379.0),
    ]
    assert all(b.length.is_default and b.length.source.id == "ART" for b in borders)
    assert borders[0].length.quote == "The border with Russia alone is a colossal 6,846 kilometres"


def test_lengths_are_default_first_then_by_source_date_then_value(repo: Repository) -> None:
    lengths = repo.border("kz-ru").lengths
    assert [(f.source.id, f.value) for f in lengths] == [
        ("ART", 6846.0),  # the default source, although dated 2012
        ("TREATY2005", 7591.0),  # 2005-01-18
        ("CIA2008", 6846.0),  # 2008
        ("OFFICIAL2015", 7548.1),  # 2015, the smaller value first
        ("CIA2015", 7644.0),  # 2015
    ]
    assert [f.is_default for f in lengths] == [True, False, False, False, False]
    assert lengths[3].note == "demarcated line"
    assert {(f.quantity, f.unit) for f in lengths} == {("length_km", "km")}


def test_border_share_rank_and_neighbour(repo: Repository) -> None:
    russia = repo.border("kz-ru")
    assert russia.share_of_total == pytest.approx(6846 / 12012)
    assert (russia.rank, russia.neighbour, russia.neighbour_key) == (1, "Russia", "RU")
    assert russia.description == "The longest border."
    china = repo.border("kz-cn")
    assert china.rank == 3
    assert china.share_of_total == pytest.approx(1533 / 12012)
    assert repo.border("kz-tm").rank == 5


def test_border_facts_go_to_their_sections(repo: Repository) -> None:
    russia = repo.border("kz-ru")
    assert [f.text for f in russia.challenges] == ["Smuggling across a long open steppe."]
    assert [f.text for f in russia.history] == ["Delimitation treaty signed in 2005."]
    assert [(f.label, f.text) for f in russia.relations] == [
        ("relations", "A customs union removed checks."),
        ("trade", "Trade grew after the union."),
    ]
    assert russia.history[0].source.id == "TREATY2005"
    assert russia.history[0].as_of == "2005"


def shared(repo: Repository, border: str, on: date) -> list[str]:
    """Return the organisations Kazakhstan and a border's neighbour share on a day."""
    detail = repo.border(border)
    return sorted(
        link.ref.key for link in shared_on(detail.memberships, "KZ", detail.neighbour_key, on)
    )


def test_shared_organisations_need_a_membership_in_force_on_both_sides(repo: Repository) -> None:
    # CST: both were members until 2002; CSTO: Uzbekistan a member 2006–2012, Turkmenistan a
    # non-member and China an observer; Kyrgyzstan's CSTO membership is confirmed in 2006 only.
    today = date(2026, 1, 2)
    assert shared(repo, "kz-ru", today) == ["csto", "sco"]
    assert shared(repo, "kz-ru", date(1995, 1, 1)) == ["cst"]
    assert shared(repo, "kz-kg", today) == ["csto", "sco"]
    assert shared(repo, "kz-uz", today) == ["sco"]
    assert shared(repo, "kz-uz", date(2010, 1, 1)) == ["csto", "sco"]
    assert shared(repo, "kz-cn", today) == ["sco"]
    assert shared(repo, "kz-tm", today) == []


def test_border_quotes_topics_and_events_follow_the_links(repo: Repository) -> None:
    russia = repo.border("kz-ru")
    assert [q.text for q in russia.quotes] == ["Two decades have passed."]
    quote = russia.quotes[0]
    assert quote.speaker == Link(ItemRef(ItemKind.PERSON, "dzhaksybekov"), "Adilbek Dzhaksybekov")
    assert (quote.speaker_role, quote.attribution) == ("Defence Minister of Kazakhstan", "said")
    assert keys(russia.topics) == ["smuggling", "terrorism"]
    assert keys(russia.events) == ["customs-union"]
    china = repo.border("kz-cn")
    assert china.quotes[0].speaker is None
    assert china.quotes[0].speaker_name == "A border officer"
    assert china.quotes[0].note == "No interview is recorded."
    assert keys(china.topics) == ["smuggling"]
    assert keys(repo.border("kz-kg").events) == ["osh-2010"]


def test_organisation_memberships_by_group_on_a_date(repo: Repository) -> None:
    csto = repo.organisation("csto")
    assert [m.member_key for m in csto.memberships] == ["KZ", "RU", "KG", "UZ", "TM", "CN"]
    assert csto.memberships[0].member == "Kazakhstan"
    assert csto.memberships[0].organisation == "CSTO"
    then, now = roster(csto, date(2010, 1, 1)), roster(csto, date(2026, 1, 2))
    assert [s.membership.member_key for s in then.members] == ["KZ", "RU", "KG", "UZ"]
    assert [s.membership.member_key for s in now.members] == ["KZ", "RU", "KG"]
    assert [s.membership.member_key for s in now.group(Group.FORMER)] == ["UZ"]
    assert [s.membership.member_key for s in now.group(Group.NOT_MEMBERS)] == ["TM"]
    assert [s.membership.member_key for s in now.group(Group.OBSERVERS)] == ["CN"]
    # Kyrgyzstan's membership is confirmed in 2006 only: later it is last confirmed, not held.
    kyrgyzstan = next(s for s in now.members if s.membership.member_key == "KG")
    assert kyrgyzstan.standing is Standing.LAST_CONFIRMED
    sco = repo.organisation("sco")
    assert [(c.value, c.validity.since, c.validity.until) for c in sco.chairs] == [
        ("Kazakhstan", "2010", "2011")
    ]
    assert "KZ" in roster(sco, date(2026, 1, 2)).hatched()
    # An undated article statement holds for 2012; later it is last confirmed, before unknown.
    partners = roster(sco, date(2012, 6, 1)).group(Group.PARTNERS)
    assert [(s.membership.member_key, s.standing) for s in partners] == [
        ("INTERPOL", Standing.HOLDS)
    ]
    later = roster(sco, date(2016, 1, 1)).group(Group.PARTNERS)
    assert [s.standing for s in later] == [Standing.LAST_CONFIRMED]
    assert roster(sco, date(2011, 6, 1)).group(Group.PARTNERS) == ()


def test_organisation_facts_figures_related_and_sources(repo: Repository) -> None:
    csto = repo.organisation("csto")
    assert (csto.abbreviation, csto.name) == ("CSTO", "Collective Security Treaty Organization")
    assert [f.text for f in csto.founded] == ["Founded in 2002."]
    assert [f.text for f in csto.headquarters] == ["Headquarters in Moscow."]
    assert [f.text for f in csto.mandate] == ["Collective defence.", "Holds joint exercises."]
    assert [f.text for f in csto.kazakhstan_role] == ["Kazakhstan is a member."]
    assert [(f.quantity, f.value, f.as_of) for f in csto.figures] == [("member_count", 3, "2012")]
    assert keys(csto.related) == ["cst", "customs-union"]
    assert keys(repo.organisation("cst").related) == ["csto"]
    assert [q.text for q in csto.quotes] == ["Two decades have passed."]
    assert [s.id for s in csto.sources] == ["ART", "WP-CSTO"]


def test_listings_keep_dataset_order(repo: Repository) -> None:
    assert [(link.ref.key, link.title) for link in repo.organisations()] == [
        ("sco", "SCO"),
        ("cst", "CST"),
        ("csto", "CSTO"),
    ]
    assert keys(repo.topics()) == ["smuggling", "terrorism"]
    assert keys(repo.people()) == ["dzhaksybekov", "sanderson"]


def test_events_are_in_date_order(repo: Repository) -> None:
    events = repo.events()
    assert keys(events) == ["independence", "osh-2010", "customs-union"]
    assert {link.ref.kind for link in events} == {ItemKind.EVENT}
    osh = repo.event("osh-2010")
    assert (osh.title, osh.date) == ("Ethnic clashes in Osh", "2010-06")
    assert [f.text for f in osh.facts] == ["Kazakhstan closed the border."]
    assert keys(osh.related) == ["kz-kg"]


def test_topic_and_person_details(repo: Repository) -> None:
    smuggling = repo.topic("smuggling")
    assert smuggling.name == "Smuggling of goods"
    assert [f.text for f in smuggling.mentions] == ["Smuggling is a concern on the Chinese border."]
    assert keys(smuggling.related) == ["kz-cn", "kz-ru"]
    person = repo.person("dzhaksybekov")
    assert person.aliases == ("Adilbek Zhaksybekov",)
    assert person.role == "Defence Minister of Kazakhstan (2009-2014)"
    assert [f.as_of for f in person.facts] == ["2009-06"]
    assert [q.text for q in person.quotes] == ["Two decades have passed."]
    assert keys(person.related) == ["kz-ru", "csto", "terrorism"]


def test_sources_put_the_article_first_then_go_by_date(repo: Repository) -> None:
    assert keys(repo.sources()) == [
        "ART", "TREATY2005", "CIA2008", "CIA2015", "OFFICIAL2015", "WP-CSTO",
    ]  # fmt: skip


def test_source_lists_what_rests_on_it(repo: Repository) -> None:
    treaty = repo.source("TREATY2005")
    assert treaty.source.ref.label == "Kazakhstan-Russia border treaty (2005)"
    assert treaty.source.kind == "treaty"
    assert treaty.used_by == (Link(ItemRef(ItemKind.BORDER, "kz-ru"), "Russia"),)
    assert treaty.figure_count == 1
    cia = repo.source("CIA2015")
    assert cia.figure_count == 7  # 5 lengths, the stated total, the overview's total
    assert OVERVIEW_REF in [link.ref for link in cia.used_by]
    assert {"dzhaksybekov", "osh-2010"} <= set(keys(cia.used_by))
    wikipedia = repo.source("WP-CSTO")
    assert keys(wikipedia.used_by) == ["cst", "csto"]  # memberships and facts
    article = repo.source("ART")
    assert article.source.author == "Colin Berlyne"
    assert "sco" in keys(article.used_by)  # memberships only
    assert "dzhaksybekov" in keys(article.used_by)  # a quote


def test_chart_sources_give_every_segment_default_first(repo: Repository) -> None:
    options = repo.chart_sources()
    assert [(o.ref.id, o.is_default) for o in options] == [
        ("ART", True),
        ("CIA2008", False),
        ("CIA2015", False),
    ]  # not TREATY2005 nor OFFICIAL2015: they give Russia's length only


def test_default_series_matches_the_borders(repo: Repository) -> None:
    series = repo.segment_series()
    assert series.source.ref.id == "ART"
    assert series.source.is_default
    assert [(b.key, b.label, b.value) for b in series.bars] == [
        (b.key, b.neighbour, b.length.value) for b in repo.borders()
    ]
    assert series.stated_total == 12012.0
    assert series.total == 12012.0
    assert series.edition == repo.edition()
    assert series.notes == ()


def test_another_series_is_sorted_and_carries_notes_and_its_total(repo: Repository) -> None:
    series = repo.segment_series("CIA2015")
    assert [(b.key, b.value) for b in series.bars] == [
        ("kz-ru", 7644.0),
        ("kz-uz", 2330.0),
        ("kz-cn", 1765.0),
        ("kz-kg", 1212.0),
        ("kz-tm", 413.0),
    ]
    assert series.stated_total == 13364.0
    assert series.total == 13364.0
    assert series.notes == ("Turkmenistan: land boundary only",)
    older = repo.segment_series("CIA2008")
    assert older.stated_total is None
    assert [b.key for b in older.bars] == ["kz-ru", "kz-uz", "kz-cn", "kz-kg", "kz-tm"]


@pytest.mark.parametrize("source_id", ["NOPE", "TREATY2005", "art"])
def test_a_series_needs_a_complete_known_source(repo: Repository, source_id: str) -> None:
    with pytest.raises(ItemNotFoundError, match=source_id):
        repo.segment_series(source_id)


def test_overview_totals_and_facts(repo: Repository) -> None:
    overview = repo.overview()
    assert (overview.title, overview.description) == (
        "Kazakhstan",
        "The largest landlocked country.",
    )
    assert overview.landlocked_note == "The Caspian has no outlet to the ocean."
    stated = overview.stated_total
    assert (stated.quantity, stated.value, stated.source.id) == (
        "land_border_total_km",
        12012,
        "ART",
    )
    assert stated.is_default
    assert overview.computed_total_km == 12012.0
    assert overview.segments == repo.borders()
    assert [f.text for f in overview.caspian] == ["Kazakhstan has a long Caspian shore."]
    assert [f.label for f in overview.facts] == ["independence"]
    assert [(f.quantity, f.value, f.source.id, f.as_of) for f in overview.figures] == [
        ("population", 16000000.0, "ART", "c. 2012"),
        ("land_border_total_km", 13364.0, "CIA2015", "2015"),
    ]


@pytest.mark.parametrize(
    ("method", "key"),
    [
        ("border", "kz-xx"),
        ("border", "RU"),
        ("organisation", "nato"),
        ("organisation", "CSTO"),
        ("topic", "piracy"),
        ("person", "nobody"),
        ("event", "moon-landing"),
        ("source", "NOPE"),
        ("source", "kz-ru"),
    ],
)
def test_unknown_keys_are_not_found(repo: Repository, method: str, key: str) -> None:
    with pytest.raises(ItemNotFoundError, match=repr(key)):
        getattr(repo, method)(key)
