"""Searching the bundled data as a Kazakh-, Russian- or English-speaking reader types."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from borderdesk.core.language import Language
from borderdesk.core.model import ItemKind, ItemRef, Link
from borderdesk.core.navigation import NavNode, build_navigation
from borderdesk.core.sample import SampleService
from borderdesk.core.search_names import FORMER_NAME, PlaceNames, SearchName
from borderdesk.data.store import open_store
from borderdesk.gui.models.navigation_model import HINT_ROLE, NavigationModel
from borderdesk.gui.selection import SelectionState
from borderdesk.gui.views.navigation import NavigationPanel

Rows = list[tuple[str, list[str]]]


@pytest.fixture(scope="module")
def bundled_tree() -> NavNode:
    return build_navigation(open_store())


def typed(qtbot: QtBot, root: NavNode, text: str) -> NavigationPanel:
    """Return a panel over ``root`` after ``text`` was typed into its search box."""
    panel = NavigationPanel(NavigationModel(root), SelectionState())
    qtbot.addWidget(panel)
    panel.resize(420, 700)
    panel.show()
    for letter in text:  # one keystroke each; QTest types only what a US keyboard has
        panel.search_box.insert(letter)
    return panel


def rows(panel: NavigationPanel) -> Rows:
    """Return each heading the tree shows with the rows under it, as drawn (title column)."""
    model = panel.tree.model()
    shown: Rows = []
    for row in range(model.rowCount()):
        heading = model.index(row, 0)
        children = [_drawn(model.index(r, 0, heading)) for r in range(model.rowCount(heading))]
        shown.append((heading.data(), children))
    return shown


def _drawn(index: QModelIndex) -> str:
    """Return a row as drawn: its title, then the name it was found by when another."""
    hint = index.data(HINT_ROLE)
    return f"{index.data()} \u2014 {hint}" if hint else str(index.data())


def tooltip(panel: NavigationPanel, heading: str, row: int = 0) -> str:
    model = panel.tree.model()
    for top in range(model.rowCount()):
        index = model.index(top, 0)
        if index.data() == heading:
            return str(model.index(row, 0, index).data(Qt.ItemDataRole.ToolTipRole))
    raise AssertionError(f"no heading {heading!r}")


def note(panel: NavigationPanel) -> str:
    label = panel.findChild(QLabel, "noMatches")
    assert label is not None
    return label.text() if label.isVisible() else ""


@pytest.mark.parametrize(
    ("query", "first_row", "why"),
    [
        ("ОДКБ", "CSTO \u2014 ОДКБ", "found by its Russian name ОДКБ"),
        ("ҰҚШҰ", "CSTO \u2014 ҰҚШҰ", "found by its Kazakh name ҰҚШҰ"),
        ("ШОС", "SCO \u2014 ШОС", "found by its Russian name ШОС"),
        ("ШЫҰ", "SCO \u2014 ШЫҰ", "found by its Kazakh name ШЫҰ"),
        ("СВМДА", "CICA \u2014 СВМДА", "found by its Russian name СВМДА"),
        ("АӨСШК", "CICA \u2014 АӨСШК", "found by its Kazakh name АӨСШК"),
        ("ЕАЭС", "EAEU \u2014 ЕАЭС", "found by its Russian name ЕАЭС"),
        ("еаэо", "EAEU \u2014 ЕАЭО", "found by its Kazakh name ЕАЭО"),
        ("ЦАРИКЦ", "CARICC \u2014 ЦАРИКЦ", "found by its Russian name ЦАРИКЦ"),
    ],
)
def test_an_organisation_is_found_by_its_abbreviation_in_kazakh_and_russian(
    qtbot: QtBot, bundled_tree: NavNode, query: str, first_row: str, why: str
) -> None:
    panel = typed(qtbot, bundled_tree, query)

    heading, children = rows(panel)[0]
    assert (heading, children[0]) == ("Organisations", first_row)
    assert why in tooltip(panel, "Organisations")


@pytest.mark.parametrize(
    ("query", "why"),
    [
        ("Қытай", "found by its Kazakh name Қытай"),
        ("Китай", "found by its Russian name Китай"),
        ("китай", "found by its Russian name Китай"),
    ],
)
def test_a_border_is_found_by_its_neighbours_name_in_either_script(
    qtbot: QtBot, bundled_tree: NavNode, query: str, why: str
) -> None:
    panel = typed(qtbot, bundled_tree, query)

    assert rows(panel)[0] == ("Borders", [f"China \u2014 {why.rsplit(' ', 1)[1]}"])
    assert why in tooltip(panel, "Borders")


@pytest.mark.parametrize("query", ["Кыргызстан", "Қырғызстан", "Kirgizstan", "KYRGYZSTAN"])
def test_kyrgyzstan_in_every_spelling_finds_its_border_first(
    qtbot: QtBot, bundled_tree: NavNode, query: str
) -> None:
    heading, children = rows(typed(qtbot, bundled_tree, query))[0]

    assert heading == "Borders"
    assert children[0].startswith("Kyrgyzstan")


KAZAKHSTAN_SPELLINGS = ["Qazaqstan", "Kazakstan", "Kazakhstan", "Казахстан", "Қазақстан"]


@pytest.mark.parametrize("query", KAZAKHSTAN_SPELLINGS)
def test_kazakhstan_in_latin_or_cyrillic_finds_the_overview_first(
    qtbot: QtBot, bundled_tree: NavNode, query: str
) -> None:
    shown = rows(typed(qtbot, bundled_tree, query))

    assert shown[0] == ("Kazakhstan overview", [])
    assert any("Independence of Kazakhstan" in row for _, children in shown for row in children)


def test_a_full_name_in_english_says_so(qtbot: QtBot, bundled_tree: NavNode) -> None:
    panel = typed(qtbot, bundled_tree, "collective security treaty")

    assert rows(panel)[0] == (
        "Organisations",
        ["CSTO \u2014 Collective Security Treaty \u2026"],
    )
    tip = tooltip(panel, "Organisations")
    assert "found by its full name Collective Security Treaty Organization" in tip


def test_a_full_name_in_russian_or_kazakh_finds_the_organisation(
    qtbot: QtBot, bundled_tree: NavNode
) -> None:
    russian = typed(qtbot, bundled_tree, "договор о коллективной безопасности")
    kazakh = typed(qtbot, bundled_tree, "ұжымдық қауіпсіздік")

    assert rows(russian)[0][1][0].startswith("CSTO \u2014 \u2026 Договора о коллективной")
    assert "found by its Russian full name" in tooltip(russian, "Organisations")
    assert rows(kazakh)[0][1][0].startswith("CSTO \u2014 Ұжымдық қауіпсіздік")


@pytest.mark.parametrize(
    ("query", "border"),
    [
        ("uzbekstan", "Uzbekistan"),
        ("kyrgystan", "Kyrgyzstan"),
        ("turkmenstan", "Turkmenistan"),
        ("turkemnistan", "Turkmenistan"),  # two letters swapped
        ("Узбекстан", "Uzbekistan"),
    ],
)
def test_a_typo_finds_the_border_and_says_did_you_mean(
    qtbot: QtBot, bundled_tree: NavNode, query: str, border: str
) -> None:
    panel = typed(qtbot, bundled_tree, query)

    assert rows(panel)[0] == ("Borders", [border])
    assert note(panel) == f"Did you mean {border}?"
    assert f"did you mean {border}?" in tooltip(panel, "Borders")


def test_a_typo_also_held_inside_a_word_finds_that_name_and_the_border(
    qtbot: QtBot, bundled_tree: NavNode
) -> None:
    # "rusia" is inside "Belarusian" (a source's title): found as typed, so no "did you mean"
    # line over the list; the border is still found by its near spelling, and says so.
    panel = typed(qtbot, bundled_tree, "rusia")

    found = dict(rows(panel))
    assert found["Borders"] == ["Russia"]
    assert "did you mean Russia?" in tooltip(panel, "Borders")
    assert "TASS, 4 July 2023" in found["Sources"]
    assert note(panel) == ""


@pytest.mark.parametrize("query", ["xq", "chna", "rusa", "tajk", "uzbkstn", "uzbakkstaan"])
def test_short_or_far_queries_find_nothing_by_typo(
    qtbot: QtBot, bundled_tree: NavNode, query: str
) -> None:
    panel = typed(qtbot, bundled_tree, query)

    assert rows(panel) == []
    assert note(panel) == f"Nothing matches \u201c{query}\u201d."


def test_an_exact_name_comes_before_a_start_a_word_a_part_and_a_near_spelling(
    qtbot: QtBot,
) -> None:
    root = NavNode("root")
    places = root.add(NavNode("Places"))
    for n, title in enumerate(
        ["Karauzbekstanov", "Uzbekistan", "Old Uzbekstan", "Uzbekstan", "Uzbekstan road"]
    ):
        places.add(NavNode(title, ItemRef(ItemKind.TOPIC, f"t{n}")))

    shown = rows(typed(qtbot, root, "uzbekstan"))

    ranked = ["Uzbekstan", "Uzbekstan road", "Old Uzbekstan", "Karauzbekstanov"]
    assert shown == [("Places", ranked)]
    near = NavNode("root")
    near_places = near.add(NavNode("Places"))
    for n, title in enumerate(["Uzbekistan", "Karauzbekstanov"]):
        near_places.add(NavNode(title, ItemRef(ItemKind.TOPIC, f"t{n}")))

    assert rows(typed(qtbot, near, "uzbekstan")) == [("Places", ["Karauzbekstanov", "Uzbekistan"])]


def test_html_in_a_query_or_a_name_is_shown_as_typed(qtbot: QtBot) -> None:
    root = NavNode("root")
    group = root.add(NavNode("Group"))
    group.add(
        NavNode(
            "<b>Bold</b>",
            ItemRef(ItemKind.TOPIC, "b"),
            names=(SearchName("<i>Жирный</i>", Language.RU),),
        )
    )

    found = typed(qtbot, root, "жирный")
    nothing = typed(qtbot, root, "<img src=x>")

    assert rows(found) == [("Group", ["<b>Bold</b> \u2014 <i>Жирный</i>"])]
    tip = tooltip(found, "Group")
    assert "&lt;i&gt;Жирный&lt;/i&gt;" in tip
    assert "<i>" not in tip
    label = nothing.findChild(QLabel, "noMatches")
    assert label is not None
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == "Nothing matches \u201c<img src=x>\u201d."


def test_clearing_the_search_shows_the_tree_as_it_was(qtbot: QtBot, bundled_tree: NavNode) -> None:
    panel = typed(qtbot, bundled_tree, "ОДКБ")
    panel.search_box.clear()

    model = panel.tree.model()
    headings = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert headings[:3] == ["Kazakhstan overview", "Borders", "Comparisons"]
    csto = model.index(0, 0, model.index(headings.index("Organisations"), 0, QModelIndex()))
    assert csto.data() == "CSTO"


class _WithPlaces(SampleService):
    """The sample data with an event in Astana, and the places' names over time."""

    def events(self) -> tuple[Link, ...]:
        return (
            *super().events(),
            Link(ItemRef(ItemKind.EVENT, "summit"), "Summit in Astana"),
            Link(ItemRef(ItemKind.EVENT, "office"), "Office opened in Almaty"),
        )

    def place_names(self) -> tuple[PlaceNames, ...]:
        astana = PlaceNames(
            (SearchName("Astana", Language.EN), SearchName("Астана", Language.KK)),
            tuple(
                SearchName(text, language, FORMER_NAME)
                for text, language in [
                    ("Nur-Sultan", Language.EN),
                    ("Нұр-Сұлтан", Language.KK),
                    ("Нур-Султан", Language.RU),
                    ("Akmola", Language.EN),
                    ("Tselinograd", Language.EN),
                ]
            ),
        )
        almaty = PlaceNames(
            (SearchName("Almaty", Language.EN),),
            (SearchName("Alma-Ata", Language.EN, FORMER_NAME),),
        )
        return (astana, almaty)


@pytest.mark.parametrize(
    ("query", "row"),
    [
        ("Nur-Sultan", "Summit in Astana \u2014 Nur-Sultan"),
        ("nur sultan", "Summit in Astana \u2014 Nur-Sultan"),
        ("Нұр-Сұлтан", "Summit in Astana \u2014 Нұр-Сұлтан"),
        ("Нур-Султан", "Summit in Astana \u2014 Нур-Султан"),
        ("Tselinograd", "Summit in Astana \u2014 Tselinograd"),
        ("Akmola", "Summit in Astana \u2014 Akmola"),
        ("Alma-Ata", "Office opened in Almaty \u2014 Alma-Ata"),
        ("Алма-Ата", "Office opened in Almaty \u2014 Alma-Ata"),
    ],
)
def test_a_former_name_of_a_place_finds_the_items_naming_it_today(
    qtbot: QtBot, query: str, row: str
) -> None:
    panel = typed(qtbot, build_navigation(_WithPlaces()), query)

    assert rows(panel) == [("Events", [row])]
    former = row.split(" \u2014 ")[1]
    assert f"found by its former name {former}" in tooltip(panel, "Events")


def _inked_columns(panel: NavigationPanel, heading: str) -> tuple[int, int]:
    """Return how many pixel columns of a heading's first row carry ink: left half, right third."""
    model = panel.tree.model()
    top = next(
        model.index(r, 0) for r in range(model.rowCount()) if model.index(r, 0).data() == heading
    )
    rect = panel.tree.visualRect(model.index(0, 0, top))
    image = panel.tree.viewport().grab(rect).toImage()
    background = image.pixelColor(image.width() - 1, 0)
    inked = [
        any(image.pixelColor(x, y) != background for y in range(image.height()))
        for x in range(image.width())
    ]
    half, third = image.width() // 2, image.width() * 2 // 3
    return sum(inked[:half]), sum(inked[third:])


def test_the_name_a_row_was_found_by_is_drawn_at_its_right(
    qtbot: QtBot, bundled_tree: NavNode
) -> None:
    by_russian = typed(qtbot, bundled_tree, "ОДКБ")
    by_title = typed(qtbot, bundled_tree, "CSTO")
    qtbot.waitExposed(by_title)

    title, hint = _inked_columns(by_russian, "Organisations")
    assert title > 0
    assert hint > 0  # "ОДКБ", right-aligned
    # The row has no length: it spans both columns, and its hint is at the right of the whole.
    tree = by_russian.tree
    heading = tree.model().index(0, 0)
    assert heading.data() == "Organisations"
    assert tree.isFirstColumnSpanned(0, heading)
    assert tree.visualRect(tree.model().index(0, 0, heading)).right() + 1 >= tree.viewport().width()
    assert _inked_columns(by_title, "Organisations")[1] == 0  # found by its title: nothing more


@pytest.mark.parametrize(
    ("query", "event"),
    [
        ("Alma-Ata", "CARICC headquarters opened in Almaty"),
        ("Nur-Sultan", "CICA secretariat moves to Astana"),
    ],
)
def test_a_former_name_finds_the_bundled_items_naming_the_city_today(
    qtbot: QtBot, bundled_tree: NavNode, query: str, event: str
) -> None:
    # The bundled database's places (its ``places`` table and their dated names) feed search.
    panel = typed(qtbot, bundled_tree, query)

    found = dict(rows(panel))
    assert found["Events"] == [f"{event} \u2014 {query}"]
    assert f"found by its former name {query}" in tooltip(panel, "Events")
    assert found["Sources"]  # the sources about the city, each found by the same name
    assert all(row.endswith(f" \u2014 {query}") or query in row for row in found["Sources"])


def test_the_window_finds_an_item_by_a_former_name_of_the_place_it_names(qtbot: QtBot) -> None:
    from borderdesk.core.language_switch import SwitchingService

    window_tree = build_navigation(SwitchingService(open_store()))  # as the window builds it

    panel = typed(qtbot, window_tree, "Alma-Ata")

    found = dict(rows(panel))
    assert found["Events"] == ["CARICC headquarters opened in Almaty \u2014 Alma-Ata"]
