"""Charts: one layout for PDF and PNG, readable colours, a text alternative, no overflow."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from wizard.documents.charts import (
    BACKGROUND,
    INK,
    MUTED,
    PALETTE,
    BarChart,
    Box,
    Canvas,
    Dot,
    Label,
    LineChart,
    NetworkChart,
    Series,
    Stroke,
    fit,
    layout,
    text_width,
    to_drawing,
    to_png,
)


def _luminance(colour: str) -> float:
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_series_colours_stand_out_and_text_is_readable():
    assert all(contrast(colour, BACKGROUND) >= 3 for colour in PALETTE)
    assert contrast(INK, BACKGROUND) >= 4.5 and contrast(MUTED, BACKGROUND) >= 4.5


BARS = BarChart(
    "People trained by sector",
    ("Law enforcement", "Schools", "Tribal communities"),
    (
        Series("Basic", (12.0, 3.0, None), ("", "", "fewer than 10")),
        Series("Extra", (4.0, 0.0, 1.0)),
    ),
    "Sector",
    "People trained",
)
CHARTS = [
    BARS,
    BarChart(
        "Years represented",
        tuple(f"An organization with a very long name number {i}" for i in range(12)),
        (Series("Years", tuple(i * 0.5 for i in range(12))),),
        "Organization",
        "Years",
        horizontal=True,
    ),
    BarChart(
        "How connected",
        ("2025", "2026"),
        (Series("Know", (40.0, 55.0)), Series("Refer", (10.0, None))),
        "Period",
        "Share of pairs",
        percent=True,
    ),
    LineChart(
        "Attendance",
        tuple(f"M{i}" for i in range(120)),
        tuple(float(i % 17) for i in range(120)),
        "Meeting",
        "People",
    ),
    NetworkChart(
        "How organizations connect",
        tuple(f"Org {i}" for i in range(30)),
        (("Know", ((0, 1), (2, 3))), ("Communicate", ((0, 1),)), ("Refer", ())),
    ),
]


def _inside(canvas: Canvas) -> list[str]:
    """Shapes that reach outside the canvas."""
    problems = []
    for shape in canvas.shapes:
        if isinstance(shape, Box):
            corners = [(shape.x, shape.y), (shape.x + shape.width, shape.y + shape.height)]
        elif isinstance(shape, Stroke):
            corners = list(shape.points)
        elif isinstance(shape, Dot):
            corners = [(shape.x - shape.radius, shape.y - shape.radius)]
        else:
            width = text_width(shape.text, shape.size, shape.bold)
            start = {"start": 0, "middle": width / 2, "end": width}[shape.anchor]
            corners = [(shape.x - start, shape.y - shape.size), (shape.x - start + width, shape.y)]
        for x, y in corners:
            if not (-0.5 <= x <= canvas.width + 0.5 and -0.5 <= y <= canvas.height + 0.5):
                problems.append(f"{type(shape).__name__} at {x:.0f},{y:.0f}")
    return problems


@pytest.mark.parametrize("chart", CHARTS, ids=lambda c: c.title)
def test_every_chart_fits_its_canvas_and_has_a_title_and_words(chart):
    canvas = layout(chart, 460, 260)
    assert _inside(canvas) == []
    labels = [s for s in canvas.shapes if isinstance(s, Label)]
    assert labels[0].text == chart.title and labels[0].bold
    assert canvas.description.startswith(chart.title)


@pytest.mark.parametrize("chart", CHARTS, ids=lambda c: c.title)
def test_the_same_layout_paints_a_png_and_a_pdf_drawing(chart):
    canvas = layout(chart, 460, 260)
    image = Image.open(io.BytesIO(to_png(canvas, scale=2.0)))
    assert image.size == (920, 520)
    colours = {colour for _count, colour in image.getcolors(maxcolors=100_000) or []}
    assert len(colours) > 2  # something was drawn
    drawing = to_drawing(canvas)
    assert (drawing.width, drawing.height) == (460, 260)
    assert len(drawing.contents) == len(canvas.shapes)


def test_bar_axes_are_labelled_and_hidden_counts_are_written_not_drawn():
    canvas = layout(BARS)
    texts = [s.text for s in canvas.shapes if isinstance(s, Label)]
    assert "People trained" in texts and "Sector" in texts
    assert "fewer than 10" in texts
    assert "Tribal communities: Basic fewer than 10, Extra 1" in canvas.description
    basic_bars = [s for s in canvas.shapes if isinstance(s, Box) and s.fill == PALETTE[0]]
    assert len(basic_bars) == 3  # legend swatch + two drawn bars; the hidden one has none


def test_long_text_is_shortened_to_fit():
    assert fit("short", 9, 200) == "short"
    shortened = fit("A very long organization name indeed", 9, 60)
    assert shortened.endswith("…") and text_width(shortened, 9) <= 60
    assert fit("Anything", 9, 1) == ""


def test_many_organisations_carry_numbers_with_the_key_in_words():
    canvas = layout(CHARTS[-1], 460, 320)
    assert "Numbers on the picture: 1, Org 0; 2, Org 1" in canvas.description
    assert "Communicate: 1 link," in canvas.description


def test_no_figures_yet_is_said():
    empty = BarChart("Counts", (), (), "Period", "Count")
    assert layout(empty).description == "Counts: no figures yet."
    assert layout(LineChart("Attendance", (), (), "Meeting", "People")).description == (
        "Attendance: no figures yet."
    )


def test_text_in_any_script_is_drawn():
    chart = BarChart("مرحبا & <b>", ("Café ☕", "日本"), (Series("x", (1.0, 2.0)),), "Org", "N")
    image = Image.open(io.BytesIO(to_png(layout(chart))))
    assert image.size[0] > 0


def test_the_three_shares_are_charted_period_by_period(sample):
    from wizard.documents.figures import densities_chart

    chart = densities_chart(sample)
    assert chart.categories == ("2025", "2026") and chart.percent
    assert [s.name for s in chart.series] == [
        "Know about each other",
        "Communicate",
        "Refer young people",
    ]
    assert chart.series[0].values == (56.0, 76.0)  # the same shares as the table
    assert "2026: Know about each other 76%" in layout(chart).description


def test_labels_with_line_breaks_tabs_and_control_characters_are_drawn_on_one_line():
    chart = BarChart(
        "Counts",
        ("first line\nsecond line\tafter a tab", "control \x00\x07 here"),
        (Series("x", (1.0, 2.0)),),
        "Period",
        "N",
    )
    canvas = layout(chart)
    assert Image.open(io.BytesIO(to_png(canvas))).size[0] > 0
    assert to_drawing(canvas) is not None
