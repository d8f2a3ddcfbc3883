"""The map as composed for the pane and each export preset: names never overlap, nothing is
dropped silently, Kazakhstan fills the page, disputed areas are no member's."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter, QPolygonF
from pytestqt.qtbot import QtBot

from borderdesk.core.export_options import PRESETS, SizePreset
from borderdesk.core.model import BorderMap
from borderdesk.data.store import open_store
from borderdesk.gui.style.theme import CONTRAST, DARK, LIGHT, Theme
from borderdesk.gui.views.border_map import BorderMapView
from borderdesk.gui.views.map_compose import composed_frame
from borderdesk.gui.views.map_paint import MapDrawing, paint_map
from borderdesk.gui.views.map_projection import MapFrame, Projected, project
from borderdesk.gui.views.map_style import MapLook

PUBLISHED = {"kz-cn": (1533.0, "Article (c. 2012)"), "kz-ru": (6846.0, "Article (c. 2012)")}
pytestmark = pytest.mark.usefixtures("qapp")  # fonts need an application
SCO = frozenset({"KZ", "RU", "CN", "KG", "TJ", "UZ", "IN", "PK"})


@pytest.fixture(scope="module")
def projected() -> Projected:
    service = open_store()
    try:
        border_map: BorderMap = service.border_map()
    finally:
        service.close()
    return project(border_map)


def draw(
    projected: Projected,
    width: int,
    height: int,
    frame: MapFrame,
    look: MapLook,
    theme: Theme = LIGHT,
) -> tuple[MapDrawing, QImage]:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    drawing = paint_map(painter, QRectF(0, 0, width, height), projected, frame, look, theme=theme)
    painter.end()
    return drawing, image


def assert_no_overlaps(drawing: MapDrawing) -> None:
    labels = [(p.request.text, p.box) for p in drawing.placement.placed]
    for (a, box_a), (b, box_b) in itertools.combinations(labels, 2):
        assert not box_a.intersects(box_b), (a, b)
    furniture = drawing.furniture.boxes()
    for text, box in labels:
        assert drawing.furniture.label_area.contains(box), text
        for piece in furniture:
            assert not box.intersects(piece), (text, piece)
    for grid in drawing.graticule_labels:
        for text, box in labels:
            assert not grid.intersects(box), text
        for piece in furniture:
            assert not grid.intersects(piece)
    # Nothing in view is dropped silently: what found no place is in the legend.
    legend = " ".join(e.text for e in drawing.furniture.entries)
    for text in drawing.placement.unplaced:
        assert text in legend
    # Every city dot drawn has its name beside it.
    placed = {p.request.text for p in drawing.placement.placed}
    assert all(city in placed for city in drawing.cities), drawing.cities


def look(**kwargs: object) -> MapLook:
    return MapLook(caption="Map data: Natural Earth 1:10m", published=dict(PUBLISHED), **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("width", "height", "zoom", "theme"),
    [
        (900, 600, 1.0, LIGHT),
        (900, 600, 4.0, DARK),
        (900, 600, 16.0, CONTRAST),
        (1280, 800, 1.0, CONTRAST),
        (1280, 800, 4.0, LIGHT),
        (640, 400, 1.0, DARK),
        (640, 400, 16.0, LIGHT),
    ],
)
def test_no_name_overlaps_another_or_the_furniture_in_the_pane(
    projected: Projected, width: int, height: int, zoom: float, theme: Theme
) -> None:
    centre = QPointF(*projected.projection.forward(80.5, 44.0)) if zoom > 1 else None
    marks = look(highlight="kz-cn", members=SCO, members_label="SCO members")
    drawing, _image = draw(projected, width, height, MapFrame(zoom, centre), marks, theme)
    assert drawing.placement.placed  # names are drawn
    assert_no_overlaps(drawing)


@pytest.mark.parametrize("preset", PRESETS, ids=[p.key for p in PRESETS])
def test_each_export_preset_composes_its_own_map(projected: Projected, preset: SizePreset) -> None:
    width, height = preset.width, preset.height
    rect = QRectF(0, 0, width, height)
    marks = look(highlight="kz-ru")
    frame = composed_frame(projected, rect, marks)
    drawing, _image = draw(projected, width, height, frame, marks)
    assert_no_overlaps(drawing)
    home = frame.transform(projected, rect).mapRect(projected.bounds)
    # Kazakhstan large on the page, whole, and clear of the legend and the caption band.
    assert max(home.width() / width, home.height() / height) > 0.6
    if preset.key == "a4-portrait":
        assert home.width() / width > 0.7  # not a quarter of the page
    assert rect.contains(home)
    assert not home.intersects(drawing.furniture.legend)
    assert home.bottom() < drawing.furniture.band.top()
    assert drawing.furniture.legend.right() <= width
    assert drawing.furniture.scale_bar.bottom() <= drawing.furniture.band.top()
    assert "Kazakhstan–Russia: 6,846 km (Article (c. 2012))" in [
        p.request.text for p in drawing.placement.placed
    ]


def test_a_wide_low_box_puts_kazakhstan_beside_the_legend(projected: Projected) -> None:
    # A handout's map box: much wider than high.
    rect = QRectF(0, 0, 1060, 460)
    marks = look(members=SCO, members_label="SCO members")
    frame = composed_frame(projected, rect, marks)
    drawing, _image = draw(projected, 1060, 460, frame, marks)
    assert_no_overlaps(drawing)
    home = frame.transform(projected, rect).mapRect(projected.bounds)
    assert home.right() <= drawing.furniture.legend.left()


def test_the_selected_border_is_labelled_with_its_published_figure(projected: Projected) -> None:
    drawing, _image = draw(projected, 1280, 800, MapFrame(), look(highlight="kz-cn"))
    texts = [p.request.text for p in drawing.placement.placed]
    assert "Kazakhstan–China: 1,533 km (Article (c. 2012))" in texts
    assert not any("map line" in text for text in texts)


def test_crimea_is_drawn_as_disputed_never_hatched_as_a_members(projected: Projected) -> None:
    crimea = QPointF(*projected.projection.forward(34.1, 45.2))  # the middle of the peninsula
    frame = MapFrame(zoom=6.0, centre=crimea)
    drawing, image = draw(projected, 800, 600, frame, look(members=frozenset({"RU", "UA"})))
    assert "crimea" in drawing.disputed
    at = frame.to_pixels(projected, QRectF(0, 0, 800, 600), crimea).toPoint()
    colour = image.pixelColor(at)
    assert colour == QColor(LIGHT.disputed_fill)
    assert colour != QColor(LIGHT.member_fill)
    assert "Disputed (see note)" in [e.text for e in drawing.furniture.entries]
    assert "resolution 68/262" in drawing.furniture.caption  # the note, with its source


def test_members_outline_is_never_the_segments_colour() -> None:
    for theme in (LIGHT, DARK, CONTRAST):
        assert theme.member_edge not in (theme.bar_fill, theme.bar_edge)
        assert theme.member_fill != theme.water


def test_the_finer_levels_are_drawn_only_when_zoomed_in(projected: Projected) -> None:
    whole, _ = draw(projected, 1280, 800, MapFrame(), look())
    section, _ = draw(projected, 1280, 800, MapFrame(16.0), look())
    assert whole.level > section.level == 0


def test_the_marker_follows_the_selected_border_into_view(projected: Projected) -> None:
    # Zoomed in on the far east of the Russian border: its middle is out of sight.
    frame = MapFrame(8.0, QPointF(*projected.projection.forward(84.0, 50.9)))
    drawing, _ = draw(projected, 1000, 700, frame, look(highlight="kz-ru"))
    assert "Kazakhstan–Russia: 6,846 km (Article (c. 2012))" in [
        p.request.text for p in drawing.placement.placed
    ]
    # Zoomed in far from it: no label, and nothing listed as left out for it.
    away = MapFrame(8.0, QPointF(*projected.projection.forward(66.0, 47.0)))
    drawing, _ = draw(projected, 1000, 700, away, look(highlight="kz-ru"))
    texts = [p.request.text for p in drawing.placement.placed]
    assert not any(t.startswith("Kazakhstan–Russia") for t in texts)
    assert not any(t.startswith("Kazakhstan–Russia") for t in drawing.placement.unplaced)


def test_the_pane_itself_places_names_clear_of_each_other(
    qtbot: QtBot, projected: Projected
) -> None:
    view = BorderMapView()
    qtbot.addWidget(view)
    view.resize(1000, 640)
    view.set_map(projected.border_map)
    view.set_published(PUBLISHED)
    view.highlight("kz-cn")
    view.highlight_members(SCO, "SCO members")
    view.show()
    qtbot.waitExposed(view)
    for _step in range(3):
        view.grab()
        drawing = view.last_drawing()
        assert drawing is not None
        assert "Kazakhstan–China: 1,533 km (Article (c. 2012))" in [
            p.request.text for p in drawing.placement.placed
        ]
        assert_no_overlaps(drawing)
        view.zoom_by(2.5, view.pixel_of(80.5, 44.0))


def test_a_city_whose_name_finds_no_place_is_not_drawn(
    projected: Projected, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A longer Kazakh or Russian name may find no room where the English one did: no dot."""
    from borderdesk.gui.views import map_paint
    from borderdesk.gui.views.map_labels import LabelRequest, Placement

    marks = look(highlight="kz-cn")
    frame = MapFrame(1.0, None)
    shown, with_names = draw(projected, 1280, 800, frame, marks)
    assert "Astana" in shown.cities
    where = next(at for _key, name, _kind, at in projected.points if name == "Astana")
    dot = frame.transform(projected, QRectF(0, 0, 1280, 800)).map(where).toPoint()
    assert QColor(with_names.pixel(dot)) == QColor(LIGHT.text)

    def nowhere(requests: list[LabelRequest], *_: object) -> Placement:
        return Placement([], [request.text for request in requests])

    monkeypatch.setattr(map_paint, "place_labels", nowhere)
    drawing, without_names = draw(projected, 1280, 800, frame, marks)

    assert drawing.cities == []
    assert QColor(without_names.pixel(dot)) != QColor(LIGHT.text)


@pytest.mark.parametrize("key", ["kz-cn", "kz-kg"])
def test_the_legend_of_a_slide_map_leaves_the_selected_border_in_view(
    projected: Projected, key: str
) -> None:
    # A slide's map: half a 1280-px slide, type for the back row (the legend is large).
    rect = QRectF(0, 0, 780, 560)
    marks = look(highlight=key)
    image = QImage(780, 560, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    drawing = paint_map(painter, rect, projected, MapFrame(), marks, style_scale=1.6)
    painter.end()
    line = MapFrame().transform(projected, rect).map(QPolygonF(projected.segments[key]))
    inside = [line.at(i) for i in range(line.count()) if rect.contains(line.at(i))]
    assert inside, key
    hidden = [p for p in inside if drawing.furniture.legend.contains(p)]
    assert not hidden, f"the legend hides {len(hidden)} of {len(inside)} points of {key}"
