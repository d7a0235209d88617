"""Charts for the window, the Word documents and the PDFs, all drawn one way.

A chart is laid out once, here, as a few plain shapes (boxes, strokes, dots,
labels) on a canvas measured in points. Two small painters turn those shapes
into what each place needs: a reportlab Drawing for the PDFs, and a PNG (made
with Pillow) for Word and for the window. So a chart looks the same wherever it
appears, and it is tested once.

Why not reportlab's own PNG renderer: since reportlab 4 it needs pycairo, which
has no ready-made package for Linux. Why not a charting library: matplotlib and
numpy would add about 50 MB to a 165 MB bundle, and a second or more to the
first chart. Pillow already comes with reportlab.

Every chart has a title, labelled axes, colours at 3:1 or better against white,
and a text alternative (``Canvas.description``) that documents print beside it.
No Qt here.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any, Literal

from wizard.documents.fonts import chart_font_files

# ----- colours -------------------------------------------------------------------------------

INK = "#1f2933"
MUTED = "#5b6573"
GRID = "#d5d9de"
BACKGROUND = "#ffffff"
PALETTE: tuple[str, ...] = ("#1f5a96", "#b4461c", "#2e7d32", "#6a3d9a", "#8a5a00", "#b0276b")
"""Series colours, each at least 3:1 against white (tests/documents/test_charts.py)."""

# ----- shapes --------------------------------------------------------------------------------

Anchor = Literal["start", "middle", "end"]


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    width: float
    height: float
    fill: str


@dataclass(frozen=True)
class Stroke:
    points: tuple[tuple[float, float], ...]
    colour: str
    width: float = 1.0


@dataclass(frozen=True)
class Dot:
    x: float
    y: float
    radius: float
    fill: str


@dataclass(frozen=True)
class Label:
    """Text with its baseline at ``y``."""

    x: float
    y: float
    text: str
    size: float = 9.0
    colour: str = INK
    anchor: Anchor = "start"
    bold: bool = False


Shape = Box | Stroke | Dot | Label


@dataclass(frozen=True)
class Canvas:
    """A laid-out chart: top-left origin, in points."""

    width: float
    height: float
    title: str
    description: str
    """The chart in words, for screen readers and for the documents."""
    shapes: tuple[Shape, ...] = field(default=())


# ----- text ----------------------------------------------------------------------------------


@cache
def _font(size: float, bold: bool) -> Any:
    from PIL import ImageFont

    regular, bold_file = chart_font_files()
    return ImageFont.truetype(str(bold_file if bold else regular), max(1, round(size * 4)))


def one_line(text: str) -> str:
    """Chart text on one line: no line breaks, tabs or control characters (user text
    may hold them, and the text shaper refuses a line break inside a label)."""
    return " ".join("".join(c if c.isprintable() else " " for c in text).split())


def text_width(text: str, size: float, bold: bool = False) -> float:
    """Width in points (measured at four times the size, for precision)."""
    return float(_font(size, bold).getlength(one_line(text))) / 4


def fit(text: str, size: float, room: float, bold: bool = False) -> str:
    """``text``, shortened with '…' until it fits ``room`` points. A binary search over
    the length, so a 100 KB answer costs a few measurements, not thousands."""
    text = one_line(text[:MAX_LABEL_CHARACTERS])
    if text_width(text, size, bold) <= room:
        return text
    low, high = 0, len(text)  # the longest prefix that fits is in [low, high)
    while low < high:
        middle = (low + high + 1) // 2
        if text_width(text[:middle].rstrip() + "…", size, bold) <= room:
            low = middle
        else:
            high = middle - 1
    shortened = text[:low].rstrip()
    return shortened + "…" if shortened else ""


MAX_LABEL_CHARACTERS = 300
"""No chart label needs more; longer text is cut before it is measured."""


# ----- what a chart shows --------------------------------------------------------------------


@dataclass(frozen=True)
class Series:
    name: str
    values: tuple[float | None, ...]
    """None: nothing to draw (not entered, or hidden by the small-number rule)."""
    shown: tuple[str, ...] = ()
    """How each value is written on the chart ('under 10'); defaults to the number."""
    spoken: tuple[str, ...] = ()
    """How each value reads in the text alternative ('fewer than 10', 'not collected');
    defaults to what is shown."""


@dataclass(frozen=True)
class BarChart:
    title: str
    categories: tuple[str, ...]
    series: tuple[Series, ...]
    category_label: str
    value_label: str
    percent: bool = False
    horizontal: bool = False


@dataclass(frozen=True)
class LineChart:
    title: str
    x_labels: tuple[str, ...]
    values: tuple[float, ...]
    x_label: str
    y_label: str


@dataclass(frozen=True)
class NetworkChart:
    title: str
    names: tuple[str, ...]
    links: tuple[tuple[str, tuple[tuple[int, int], ...]], ...]
    """(relation's label, its pairs as indexes into ``names``), drawn in this order."""


Chart = BarChart | LineChart | NetworkChart

TITLE_SIZE = 12.0
TEXT_SIZE = 8.5
PAD = 8.0


def _number(value: float, percent: bool) -> str:
    if percent:
        return f"{round(value)}%"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _nice_top(largest: float, percent: bool) -> float:
    if percent:
        return 100.0
    if largest <= 0:
        return 1.0
    power = 10.0 ** math.floor(math.log10(largest))
    for step in (1.0, 2.0, 2.5, 5.0, 10.0):
        if largest <= step * power:
            return step * power
    return 10.0 * power


def _ticks(top: float) -> list[float]:
    count = 5 if top >= 5 or not float(top).is_integer() else int(top)
    return [top * i / count for i in range(count + 1)]


def _spoken(series: Series, index: int, percent: bool) -> str:
    if index < len(series.spoken) and series.spoken[index]:
        return series.spoken[index]
    return _shown(series, index, percent) or "none"


def _shown(series: Series, index: int, percent: bool) -> str:
    if index < len(series.shown) and series.shown[index]:
        return series.shown[index]
    value = series.values[index]
    return "" if value is None else _number(value, percent)


def _legend(series_names: Sequence[str], x: float, y: float, room: float) -> list[Shape]:
    shapes: list[Shape] = []
    cursor = x
    for index, name in enumerate(series_names):
        label = fit(name, TEXT_SIZE, room / max(1, len(series_names)) - 16)
        shapes.append(Box(cursor, y - 8, 9, 9, PALETTE[index % len(PALETTE)]))
        shapes.append(Label(cursor + 12, y, label, TEXT_SIZE, INK))
        cursor += 12 + text_width(label, TEXT_SIZE) + 14
    return shapes


def _title(chart_title: str, width: float) -> Label:
    return Label(
        PAD,
        PAD + TITLE_SIZE,
        fit(chart_title, TITLE_SIZE, width - 2 * PAD, True),
        TITLE_SIZE,
        INK,
        "start",
        bold=True,
    )


def describe(chart: Chart) -> str:
    """The chart in words: its text alternative. Needs no fonts, so a document's
    context can carry it without laying the chart out."""
    if isinstance(chart, LineChart):
        return _describe_line(chart)
    if isinstance(chart, NetworkChart):
        return _describe_network(chart)
    return _describe_bars(chart)


def layout(chart: Chart, width: float = 460.0, height: float = 240.0) -> Canvas:
    """Lay the chart out on a canvas of ``width`` × ``height`` points."""
    if isinstance(chart, LineChart):
        return _line(chart, width, height)
    if isinstance(chart, NetworkChart):
        return _network(chart, width, height)
    if chart.horizontal:
        return _horizontal_bars(chart, width, height)
    return _vertical_bars(chart, width, height)


def _describe_bars(chart: BarChart) -> str:
    """'Title. Value by category: A, 5; B, fewer than 10.' (one part per category)."""
    if not chart.categories:
        return f"{chart.title}: no figures yet."
    parts = []
    for index, category in enumerate(chart.categories):
        if len(chart.series) == 1:
            parts.append(f"{category}, {_spoken(chart.series[0], index, chart.percent)}")
            continue
        values = [
            f"{series.name} {_spoken(series, index, chart.percent)}" for series in chart.series
        ]
        parts.append(f"{category}: {', '.join(values)}")
    return (
        f"{chart.title}. {chart.value_label} by {chart.category_label.lower()}: "
        + "; ".join(parts)
        + "."
    )


def _vertical_bars(chart: BarChart, width: float, height: float) -> Canvas:
    shapes: list[Shape] = [_title(chart.title, width)]
    legend_y = PAD + TITLE_SIZE + 16
    if len(chart.series) > 1:
        shapes += _legend([s.name for s in chart.series], PAD, legend_y, width - 2 * PAD)
    top_of_plot = legend_y + 34
    values = [v for s in chart.series for v in s.values if v is not None]
    top = _nice_top(max(values, default=0.0), chart.percent)
    ticks = _ticks(top)
    tick_room = max(text_width(_number(t, chart.percent), TEXT_SIZE) for t in ticks) + 6
    left = PAD + tick_room
    bottom = height - PAD - TEXT_SIZE - 6 - TEXT_SIZE - 8  # x labels, then the axis label
    plot_height = max(20.0, bottom - top_of_plot)
    plot_width = width - left - PAD
    shapes.append(Label(PAD, top_of_plot - 16, chart.value_label, TEXT_SIZE, MUTED))

    def y_of(value: float) -> float:
        return bottom - plot_height * (value / top)

    for tick in ticks:
        y = y_of(tick)
        shapes.append(Stroke(((left, y), (left + plot_width, y)), GRID, 0.6))
        shapes.append(Label(left - 4, y + 3, _number(tick, chart.percent), TEXT_SIZE, MUTED, "end"))
    band = plot_width / max(1, len(chart.categories))
    group = band * 0.78
    bar = group / max(1, len(chart.series))
    label_every = _label_every(chart.categories, band)
    for index, category in enumerate(chart.categories):
        start = left + band * index + (band - group) / 2
        for number, series in enumerate(chart.series):
            value = series.values[index] if index < len(series.values) else None
            x = start + bar * number
            if value is not None and value > 0:
                shapes.append(
                    Box(
                        x,
                        y_of(value),
                        bar * 0.92,
                        bottom - y_of(value),
                        PALETTE[number % len(PALETTE)],
                    )
                )
            written = _shown(series, index, chart.percent)
            if written and len(chart.categories) * len(chart.series) <= 24:
                above = y_of(value) if value is not None and value > 0 else bottom
                shapes.append(
                    Label(
                        x + bar * 0.46,
                        above - 3,
                        fit(written, 7.0, max(bar, band / max(1, len(chart.series)))),
                        7.0,
                        INK,
                        "middle",
                    )
                )
        if index % label_every == 0:
            text = fit(category, TEXT_SIZE, band * label_every - 4)
            shapes.append(
                Label(
                    left + band * (index + 0.5),
                    bottom + TEXT_SIZE + 4,
                    text,
                    TEXT_SIZE,
                    INK,
                    "middle",
                )
            )
    shapes.append(Stroke(((left, bottom), (left + plot_width, bottom)), MUTED, 1.0))
    shapes.append(
        Label(left + plot_width / 2, height - PAD, chart.category_label, TEXT_SIZE, MUTED, "middle")
    )
    return Canvas(width, height, chart.title, describe(chart), tuple(shapes))


def _label_every(labels: Sequence[str], band: float) -> int:
    """Write every n-th category label so they do not run into each other."""
    widest = max((text_width(label, TEXT_SIZE) for label in labels), default=0.0)
    return max(1, math.ceil(min(widest, 90.0) / max(band, 1.0)))


def _horizontal_bars(chart: BarChart, width: float, height: float) -> Canvas:
    shapes: list[Shape] = [_title(chart.title, width)]
    top_of_plot = PAD + TITLE_SIZE + 14
    if len(chart.series) > 1:
        shapes += _legend([s.name for s in chart.series], PAD, top_of_plot + 2, width - 2 * PAD)
        top_of_plot += 16
    label_room = min(
        width * 0.38, max((text_width(c, TEXT_SIZE) for c in chart.categories), default=0.0) + 6
    )
    left = PAD + label_room
    value_room = 54.0
    plot_width = max(20.0, width - left - PAD - value_room)
    bottom = height - PAD - TEXT_SIZE - 6
    values = [v for s in chart.series for v in s.values if v is not None]
    top = _nice_top(max(values, default=0.0), chart.percent)
    rows = max(1, len(chart.categories))
    band = (bottom - top_of_plot) / rows
    bar = band * 0.75 / max(1, len(chart.series))
    for index, category in enumerate(chart.categories):
        y0 = top_of_plot + band * index + band * 0.125
        shapes.append(
            Label(
                left - 6,
                y0 + band * 0.375 + 3,
                fit(category, TEXT_SIZE, label_room - 8),
                TEXT_SIZE,
                INK,
                "end",
            )
        )
        for number, series in enumerate(chart.series):
            value = series.values[index] if index < len(series.values) else None
            y = y0 + bar * number
            length = plot_width * ((value or 0.0) / top)
            if value:
                shapes.append(Box(left, y, length, bar * 0.9, PALETTE[number % len(PALETTE)]))
            written = _shown(series, index, chart.percent)
            if written:
                shapes.append(Label(left + length + 4, y + bar * 0.45 + 3, written, 7.5, INK))
    shapes.append(Stroke(((left, top_of_plot), (left, bottom)), MUTED, 1.0))
    shapes.append(
        Label(left + plot_width / 2, height - PAD, chart.value_label, TEXT_SIZE, MUTED, "middle")
    )
    return Canvas(width, height, chart.title, describe(chart), tuple(shapes))


def _line(chart: LineChart, width: float, height: float) -> Canvas:
    shapes: list[Shape] = [_title(chart.title, width)]
    top_of_plot = PAD + TITLE_SIZE + 30
    top = _nice_top(max(chart.values, default=0.0), False)
    ticks = _ticks(top)
    left = PAD + max(text_width(_number(t, False), TEXT_SIZE) for t in ticks) + 6
    bottom = height - PAD - TEXT_SIZE - 6 - TEXT_SIZE - 8
    plot_width, plot_height = width - left - PAD, max(20.0, bottom - top_of_plot)
    shapes.append(Label(PAD, top_of_plot - 16, chart.y_label, TEXT_SIZE, MUTED))
    for tick in ticks:
        y = bottom - plot_height * tick / top
        shapes.append(Stroke(((left, y), (left + plot_width, y)), GRID, 0.6))
        shapes.append(Label(left - 4, y + 3, _number(tick, False), TEXT_SIZE, MUTED, "end"))
    count = len(chart.values)
    step = plot_width / max(1, count - 1) if count > 1 else 0.0
    points = tuple(
        (left + (step * i if count > 1 else plot_width / 2), bottom - plot_height * v / top)
        for i, v in enumerate(chart.values)
    )
    if len(points) > 1:
        shapes.append(Stroke(points, PALETTE[0], 1.6))
    radius = 2.6 if count <= 40 else 1.6
    shapes += [Dot(x, y, radius, PALETTE[0]) for x, y in points]
    shapes += _x_labels(chart.x_labels, [x for x, _y in points], bottom, width)
    shapes.append(Stroke(((left, bottom), (left + plot_width, bottom)), MUTED, 1.0))
    shapes.append(
        Label(left + plot_width / 2, height - PAD, chart.x_label, TEXT_SIZE, MUTED, "middle")
    )
    return Canvas(width, height, chart.title, describe(chart), tuple(shapes))


def _describe_line(chart: LineChart) -> str:
    if not chart.values:
        return f"{chart.title}: no figures yet."
    points = zip(chart.x_labels, chart.values, strict=True)
    listed = "; ".join(f"{x}, {_number(v, False)}" for x, v in points)
    return f"{chart.title}. {chart.y_label} by {chart.x_label.lower()}: {listed}."


def _links(count: int) -> str:
    return f"{count} link{'' if count == 1 else 's'}"


def _centred(x: float, text: str, size: float, canvas_width: float) -> Label:
    """A label centred under ``x``, moved in just enough to stay on the canvas."""
    half = text_width(text, size) / 2
    x = min(max(x, PAD + half), canvas_width - PAD - half)
    return Label(x, 0.0, text, size, INK, "middle")


def _x_labels(
    texts: Sequence[str], xs: Sequence[float], bottom: float, width: float
) -> list[Label]:
    """Labels under points, skipping any that would touch the one before (the last is
    kept, dropping the one before it if need be)."""
    labels = [
        replace(_centred(x, text, TEXT_SIZE, width), y=bottom + TEXT_SIZE + 4)
        for x, text in zip(xs, texts, strict=True)
    ]

    def edges(label: Label) -> tuple[float, float]:
        half = text_width(label.text, TEXT_SIZE) / 2
        return label.x - half, label.x + half

    kept: list[Label] = []
    for label in labels:
        if not kept or edges(label)[0] > edges(kept[-1])[1] + 8:
            kept.append(label)
    if labels and kept[-1] is not labels[-1]:
        while kept and edges(labels[-1])[0] <= edges(kept[-1])[1] + 8:
            kept.pop()
        kept.append(labels[-1])
    return kept


NETWORK_NAMES_UP_TO = 16
"""With more organizations than this, points carry numbers and the key is in words."""


def _network(chart: NetworkChart, width: float, height: float) -> Canvas:
    shapes: list[Shape] = [_title(chart.title, width)]
    legend_y = PAD + TITLE_SIZE + 16
    shapes += _legend([label for label, _ in chart.links], PAD, legend_y, width - 2 * PAD)
    count = len(chart.names)
    centre_x, centre_y = width / 2, (legend_y + 10 + height) / 2
    radius = max(10.0, min(width * 0.5 - 110, (height - legend_y - 10) / 2 - 18))
    spots = [
        (
            centre_x + radius * math.cos(2 * math.pi * i / max(1, count) - math.pi / 2),
            centre_y + radius * math.sin(2 * math.pi * i / max(1, count) - math.pi / 2),
        )
        for i in range(count)
    ]
    for number, (_label, pairs) in enumerate(chart.links):
        colour = PALETTE[number % len(PALETTE)]
        offset = (number - 1) * 1.8  # the three relations side by side, not on top
        for a, b in pairs:
            (x1, y1), (x2, y2) = spots[a], spots[b]
            shapes.append(
                Stroke(((x1 + offset, y1 + offset), (x2 + offset, y2 + offset)), colour, 0.9)
            )
    numbered = count > NETWORK_NAMES_UP_TO
    for index, (x, y) in enumerate(spots):
        shapes.append(Dot(x, y, 3.2, INK))
        text = str(index + 1) if numbered else fit(chart.names[index], 7.5, 100)
        anchor: Anchor = "start" if x > centre_x + 1 else ("end" if x < centre_x - 1 else "middle")
        dx = 6 if anchor == "start" else (-6 if anchor == "end" else 0)
        dy = 3 if anchor != "middle" else (-6 if y < centre_y else 12)
        shapes.append(Label(x + dx, y + dy, text, 7.5, INK, anchor))
    return Canvas(width, height, chart.title, describe(chart), tuple(shapes))


def _describe_network(chart: NetworkChart) -> str:
    count = len(chart.names)
    counts = ", ".join(f"{label}: {_links(len(pairs))}" for label, pairs in chart.links)
    text = f"{chart.title}. {count} organizations. {counts}."
    if count > NETWORK_NAMES_UP_TO:
        key = "; ".join(f"{i + 1}, {name}" for i, name in enumerate(chart.names))
        text += f" Numbers on the picture: {key}."
    return text


# ----- painters ------------------------------------------------------------------------------

CHART_FONT = "ChartSans"
CHART_FONT_BOLD = "ChartSans-Bold"


@cache
def _register_pdf_fonts() -> tuple[str, str]:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    regular, bold = chart_font_files()
    pdfmetrics.registerFont(TTFont(CHART_FONT, str(regular)))
    pdfmetrics.registerFont(TTFont(CHART_FONT_BOLD, str(bold)))
    return CHART_FONT, CHART_FONT_BOLD


def to_drawing(canvas: Canvas) -> Any:
    """A reportlab Drawing, for the PDFs (reportlab's origin is bottom-left)."""
    from reportlab.graphics.shapes import Circle, Drawing, PolyLine, Rect, String
    from reportlab.lib.colors import HexColor

    regular, bold = _register_pdf_fonts()
    drawing = Drawing(canvas.width, canvas.height)
    flip = canvas.height
    for shape in canvas.shapes:
        if isinstance(shape, Box):
            drawing.add(
                Rect(
                    shape.x,
                    flip - shape.y - shape.height,
                    shape.width,
                    shape.height,
                    fillColor=HexColor(shape.fill),
                    strokeColor=None,
                )
            )
        elif isinstance(shape, Stroke):
            flat = [c for x, y in shape.points for c in (x, flip - y)]
            drawing.add(PolyLine(flat, strokeColor=HexColor(shape.colour), strokeWidth=shape.width))
        elif isinstance(shape, Dot):
            drawing.add(
                Circle(
                    shape.x,
                    flip - shape.y,
                    shape.radius,
                    fillColor=HexColor(shape.fill),
                    strokeColor=None,
                )
            )
        else:
            drawing.add(
                String(
                    shape.x,
                    flip - shape.y,
                    one_line(shape.text),
                    fontSize=shape.size,
                    fontName=bold if shape.bold else regular,
                    fillColor=HexColor(shape.colour),
                    textAnchor=shape.anchor,
                )
            )
    return drawing


_PIL_ANCHOR = {"start": "ls", "middle": "ms", "end": "rs"}


def to_image(canvas: Canvas, scale: float = 2.0) -> Any:
    """The chart painted as a Pillow image, ``scale`` pixels to a point. The window shows
    it as it is (no PNG round trip); Word gets :func:`to_png`."""
    from PIL import Image, ImageDraw

    size = (round(canvas.width * scale), round(canvas.height * scale))
    image = Image.new("RGB", size, BACKGROUND)
    draw = ImageDraw.Draw(image)
    for shape in canvas.shapes:
        _paint(draw, shape, scale)
    return image


def _paint(draw: Any, shape: Shape, scale: float) -> None:
    if isinstance(shape, Box):
        if shape.width > 0 and shape.height > 0:
            corners = [
                shape.x * scale,
                shape.y * scale,
                (shape.x + shape.width) * scale - 1,
                (shape.y + shape.height) * scale - 1,
            ]
            draw.rectangle(corners, fill=shape.fill)
    elif isinstance(shape, Stroke):
        points = [(x * scale, y * scale) for x, y in shape.points]
        width = max(1, round(shape.width * scale))
        draw.line(
            points, fill=shape.colour, width=width, joint="curve" if len(points) > 2 else None
        )
    elif isinstance(shape, Dot):
        r = shape.radius * scale
        x, y = shape.x * scale, shape.y * scale
        draw.ellipse([x - r, y - r, x + r, y + r], fill=shape.fill)
    else:
        font = _font(shape.size * scale / 4, shape.bold)
        draw.text(
            (shape.x * scale, shape.y * scale),
            one_line(shape.text),
            fill=shape.colour,
            font=font,
            anchor=_PIL_ANCHOR[shape.anchor],
        )


def to_png(canvas: Canvas, scale: float = 2.0) -> bytes:
    """The chart as a PNG for Word, at 2 pixels a point: sharp when printed. Light
    compression: encoding is most of the cost, and a chart is mostly white anyway."""
    out = io.BytesIO()
    to_image(canvas, scale).save(out, format="PNG", compress_level=1)
    return out.getvalue()
