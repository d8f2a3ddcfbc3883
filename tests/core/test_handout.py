"""Handouts as plain data: every figure sourced, a few points, every cited source listed."""

from __future__ import annotations

from datetime import date

import pytest

from borderdesk.core.handout import (
    NOTE_MAX_CHARS,
    Handout,
    HandoutError,
    Visual,
    build_handout_set,
    citation,
    file_name,
    handout_refs,
    map_sources,
    nearest_handout,
    note_for_page,
    page_number,
    parse_item,
    resolve_items,
)
from borderdesk.core.model import OVERVIEW_REF, ItemKind, ItemRef, Link, SourceRef, TopicDetail
from borderdesk.core.paper import PaperSize, paper_for_locale, paper_for_territory
from borderdesk.core.sample import ART, CIA2015, SampleService
from borderdesk.core.service import ReferenceService
from borderdesk.data.store import open_store

RUSSIA = ItemRef(ItemKind.BORDER, "kz-ru")
CSTO = ItemRef(ItemKind.ORGANISATION, "csto")
PRINTED = date(2026, 5, 4)


def handouts(service: ReferenceService, *refs: ItemRef) -> tuple[Handout, ...]:
    """Return the handouts of refs (all of them when none are named)."""
    chosen = refs or handout_refs(service)
    return build_handout_set(service, chosen, version="9.9", printed=PRINTED).handouts


def cited(handout: Handout) -> list[SourceRef]:
    """Return every source the page cites: figures, points, the chart or map, the members."""
    lines = [*handout.figures, *handout.points]
    found = [line.source for line in lines if line.source is not None]
    return [*found, *handout.visual_sources, *handout.member_sources]


@pytest.fixture(scope="module")
def bundled() -> ReferenceService:
    """Return the bundled dataset."""
    return open_store(None)


def test_a_border_handout_gives_the_slides_figures_each_with_its_full_source() -> None:
    (handout,) = handouts(SampleService(), RUSSIA)
    assert handout.title == "Kazakhstan – Russia"
    assert handout.subtitle == "Border no. 1 by length"
    assert [(line.text, line.source) for line in handout.figures] == [
        ("Article (c. 2012): 6,846 km", ART),
        ("CIA World Factbook 2015-2025: 7,644 km (current)", CIA2015),
        ("Article (c. 2012): 57% of the land border", ART),
    ]


def test_a_border_handout_highlights_its_bar_in_the_chart_and_its_line_on_the_map() -> None:
    service = SampleService()
    (handout,) = handouts(service, ItemRef(ItemKind.BORDER, "kz-cn"))
    assert handout.visual is Visual.CHART
    assert handout.highlight == "kz-cn"
    assert handout.map_beside  # the map beside the chart, the same border marked on it
    assert service.border_map().segment("kz-cn") is not None
    # The chart's bars (the default source) and the map's data, each cited once.
    assert handout.visual_sources == map_sources_after(ART, service)
    assert handout.members == ()


def map_sources_after(first: SourceRef, service: SampleService) -> tuple[SourceRef, ...]:
    """Return the chart's source, then the map's own, each once."""
    return tuple(dict.fromkeys((first, *map_sources(service.border_map()))))


def test_the_teachers_note_is_printed_on_its_items_page_only() -> None:
    service = SampleService()
    china, csto = ItemRef(ItemKind.BORDER, "kz-cn"), ItemRef(ItemKind.ORGANISATION, "csto")
    notes = {china: "  Ask the class: why did the CIA's figure change in 2015?  "}
    book = build_handout_set(
        service,
        (china, csto),
        version="0.1.0",
        printed=date(2026, 5, 4),
        notes=lambda r: notes.get(r, ""),
    )

    assert [h.note for h in book.handouts] == [
        "Ask the class: why did the CIA's figure change in 2015?",
        "",
    ]


def test_a_long_note_is_cut_at_a_word_and_says_so() -> None:
    text = "word " * 1000
    cut = note_for_page(text)

    assert len(cut) <= NOTE_MAX_CHARS + 2
    assert cut.endswith("word …")
    assert note_for_page("short") == "short"


def test_an_organisation_handout_marks_its_members_on_the_map() -> None:
    (handout,) = handouts(SampleService(), ItemRef(ItemKind.ORGANISATION, "sco"))
    assert handout.visual is Visual.MAP
    assert handout.highlight is None
    assert handout.members == ("KZ",)  # the sample map outlines Kazakhstan alone
    assert handout.members_label == "members of the SCO as of 4 May 2026"
    assert handout.member_sources == (CIA2015,)


def test_points_are_at_most_three_in_the_slides_words() -> None:
    for handout in handouts(SampleService()):
        assert 1 <= len(handout.points) <= 3
        assert all(point.text for point in handout.points)


def test_a_point_from_a_sourced_fact_keeps_its_source() -> None:
    (handout,) = handouts(SampleService(), RUSSIA)
    by_text = {point.text: point.source for point in handout.points}
    assert by_text["Kazakhstan's border with Russia."] is None  # the item's own description
    assert by_text["Smuggling <goods> & people."] == ART  # a challenge, from the article


def test_the_source_list_is_every_cited_source_once_in_order_of_citation() -> None:
    for handout in handouts(SampleService()):
        expected = list(dict.fromkeys(cited(handout)))
        assert list(handout.sources) == expected


def test_every_bundled_border_and_organisation_has_a_complete_handout(
    bundled: ReferenceService,
) -> None:
    pages = handouts(bundled)
    assert len(pages) == len(bundled.borders()) + len(bundled.organisations())
    for handout in pages:
        assert handout.figures, handout.ref
        for line in handout.figures:
            assert line.source is not None
            assert line.source.title, (handout.ref, line)
            assert line.source.publisher, (handout.ref, line)
        assert 1 <= len(handout.points) <= 3
        assert set(cited(handout)) == set(handout.sources)
        assert len(set(handout.sources)) == len(handout.sources)
        assert all(citation(source) for source in handout.sources)


def test_bundled_organisation_maps_name_their_data_and_membership_sources(
    bundled: ReferenceService,
) -> None:
    (handout,) = handouts(bundled, CSTO)
    assert {"KZ", "RU", "KG"} <= set(handout.members)
    assert "UZ" not in handout.members  # left in 2012
    labels = [source.label for source in handout.sources]
    assert "Natural Earth 1:10m" in labels


def test_a_citation_names_title_publisher_and_date() -> None:
    assert citation(ART) == (
        "Guarding the Border of the World's Largest Landlocked Country. EdgeKz magazine, c. 2012."
    )
    versioned = SourceRef("NE", "NE", "Natural Earth", "naturalearthdata.com", "v4.1.0", "2018")
    assert citation(versioned) == "Natural Earth. naturalearthdata.com, v4.1.0 (2018)."
    question = SourceRef("Q", "Q", "Jihad in Kazakhstan?", "ICT", "c. 2012", "2012")
    assert citation(question) == "Jihad in Kazakhstan? ICT, c. 2012."
    # An edition that ends with an abbreviation's point gets no second one.
    russian = SourceRef("CIA", "ЦРУ", "The World Factbook", "ЦРУ США", "издания 2015–2025 гг.", "")
    assert citation(russian) == "The World Factbook. ЦРУ США, издания 2015–2025 гг."


def test_items_are_read_in_the_item_reference_form() -> None:
    service = SampleService()
    assert parse_item("border:kz-ru") == RUSSIA
    assert parse_item("org:sco") == ItemRef(ItemKind.ORGANISATION, "sco")
    refs = resolve_items(service, ["border:kz-ru", "organisation:sco", "border:kz-ru"])
    assert refs == (RUSSIA, ItemRef(ItemKind.ORGANISATION, "sco"))


@pytest.mark.parametrize("text", ["border:kz-xx", "topic:smuggling", "kz-ru", "nation:kz"])
def test_an_item_without_a_handout_is_named_with_some_that_have_one(text: str) -> None:
    with pytest.raises(HandoutError) as caught:
        resolve_items(SampleService(), [text])
    message = str(caught.value)
    assert repr(text) in message
    assert "border:kz-ru" in message
    assert "organisation:csto" in message


def test_only_borders_and_organisations_have_handouts() -> None:
    service = SampleService()
    with pytest.raises(HandoutError, match="borders and organisations"):
        build_handout_set(service, [OVERVIEW_REF], version="9.9", printed=PRINTED)
    with pytest.raises(HandoutError, match="at least one"):
        build_handout_set(service, [], version="9.9", printed=PRINTED)


class _LinkedTopic(SampleService):
    """The sample, with its topic linked to an event and the Russian border."""

    def topic(self, key: str) -> TopicDetail:
        links = (
            Link(ItemRef(ItemKind.EVENT, "independence"), "Independence"),
            Link(RUSSIA, "Kazakhstan–Russia"),
        )
        return TopicDetail(key, "Smuggling", "", (), links)


def test_the_nearest_handout_of_another_kind_is_the_first_it_links_to() -> None:
    smuggling = ItemRef(ItemKind.TOPIC, "smuggling")
    assert nearest_handout(_LinkedTopic(), smuggling) == RUSSIA
    assert nearest_handout(SampleService(), smuggling) is None  # it links to nothing
    assert nearest_handout(SampleService(), OVERVIEW_REF) is None
    assert nearest_handout(SampleService(), RUSSIA) == RUSSIA
    assert nearest_handout(SampleService(), None) is None


@pytest.mark.parametrize(
    ("environ", "paper"),
    [
        ({"LANG": "en_US.UTF-8"}, PaperSize.LETTER),
        ({"LANG": "fr_CA.UTF-8"}, PaperSize.LETTER),
        ({"LANG": "en_GB.UTF-8"}, PaperSize.A4),
        ({"LANG": "kk_KZ.UTF-8"}, PaperSize.A4),
        ({"LANG": "C.UTF-8"}, PaperSize.A4),
        ({}, PaperSize.A4),
        ({"LC_ALL": "de_DE.UTF-8", "LANG": "en_US.UTF-8"}, PaperSize.A4),
        ({"LC_PAPER": "en_US.UTF-8", "LANG": "de_DE.UTF-8"}, PaperSize.LETTER),
    ],
)
def test_the_default_paper_follows_the_locale(environ: dict[str, str], paper: PaperSize) -> None:
    assert paper_for_locale(environ) is paper


def test_paper_sizes_and_territories() -> None:
    assert paper_for_territory("us") is PaperSize.LETTER
    assert paper_for_territory("KZ") is PaperSize.A4
    assert [round(side) for side in PaperSize.A4.size_pt] == [595, 842]
    assert PaperSize.LETTER.size_pt == (612.0, 792.0)
    assert PaperSize.LETTER.label == "US Letter"


def test_footer_page_numbers_titles_and_file_names() -> None:
    service = SampleService()
    book = build_handout_set(service, [RUSSIA], version="9.9", printed=PRINTED)
    assert (
        book.footer() == "BorderDesk 9.9 · dataset sample · as of 4 May 2026 · printed 4 May 2026"
    )
    assert book.title() == "BorderDesk handout: Kazakhstan – Russia, as of 4 May 2026"
    assert page_number(2, 12) == "Page 3 of 12"
    assert file_name([RUSSIA]) == "handout-kz-ru.pdf"
    assert file_name(handout_refs(service)) == "handouts-borderdesk.pdf"
