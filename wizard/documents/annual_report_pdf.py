"""The annual report's PDF twin, drawn with reportlab from the same context as the Word
document (wizard.documents.annual_report.build_context), so the two never disagree.

A PDF reads the same on every computer and prints as it looks: many coordinators send
the SCC a PDF. Charts are drawn through the one chart path (charts.layout ->
charts.to_drawing), with the chart in words under each. User text reaches reportlab's
paragraphs only escaped (see :func:`_text`), so ``<b>`` or ``&`` is printed as typed.
Fonts, colours and the footer come from the packet overview, so the PDFs look alike.
reportlab is imported only when drawing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from wizard.documents import overview as look
from wizard.documents.values import Gap, Picture, clean

MAX_TEXT = 4_000
"""A long answer is shortened: one paragraph must fit on a page."""
TEXT_WIDTH = look.LETTER_SIZE[0] - 2 * look.PAGE_MARGIN
HEADER_FILL = "#dce6f0"
GRID = "#9aa3ad"


def _text(value: Any, limit: int = MAX_TEXT) -> str:
    """Paragraph markup for a context value: text escaped (line breaks kept), a gap
    highlighted as in the Word documents."""
    if isinstance(value, Gap):
        return look.GAP_MARKUP.format(escape(value.text))
    text = clean(str(value))
    if len(text) > limit:
        text = text[: limit - 1].rstrip() + "…"
    return escape(text).replace("\n", "<br/>").replace("\t", " ")


class _Story:
    """The flowables of the report, in order, with the shared styles."""

    def __init__(self, context: Mapping[str, Any]) -> None:
        self.context = context
        self.styles = look._styles()
        self.items: list[Any] = []

    def para(self, *parts: Any, style: str = "body") -> None:
        from reportlab.platypus import Paragraph

        self.items.append(Paragraph("".join(_text(p) for p in parts), self.styles[style]))

    def heading(self, text: str, level: int = 1) -> None:
        from reportlab.platypus import Paragraph

        self.items.append(Paragraph(escape(text), self.styles["h1" if level == 1 else "h2"]))

    def value(self, key: str) -> Any:
        return self.context[key]

    def table(
        self, headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float]
    ) -> None:
        """A table with a header row repeated on each page (none when ``headers`` is empty:
        a table of facts, its first column bold); widths are shares of the page."""
        from reportlab.lib.colors import HexColor
        from reportlab.platypus import Paragraph, Table, TableStyle

        cell = self.styles["small_ink"]
        head = self.styles["small_bold"]
        data = [[Paragraph(escape(h), head) for h in headers]] if headers else []
        data += [
            [Paragraph(_text(v, 600), cell if n or headers else head) for n, v in enumerate(row)]
            for row in rows
        ]
        total = sum(widths)
        table = Table(
            data, colWidths=[TEXT_WIDTH * w / total for w in widths], repeatRows=1 if headers else 0
        )
        fill = (0, 0), (-1, 0) if headers else (0, -1)
        table.setStyle(
            TableStyle(
                [
                    ("BACKGROUND", fill[0], fill[1], HexColor(HEADER_FILL)),
                    ("GRID", (0, 0), (-1, -1), 0.5, HexColor(GRID)),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ]
            )
        )
        self.items.append(table)

    def loop(
        self, key: str, fields: Sequence[str], headers: Sequence[str], widths: Sequence[float]
    ) -> None:
        rows = [[row[f] for f in fields] for row in self.value(key)]
        if rows:
            self.table(headers, rows, widths)

    def chart(self, name: str) -> None:
        """The chart, scaled to the page's width, and the same figures in words."""
        from reportlab.platypus import Spacer

        from wizard.documents.charts import layout, to_drawing

        picture = self.value(f"{name}_chart")
        if not isinstance(picture, Picture):
            return
        drawing = to_drawing(layout(picture.chart, *picture.size_points))
        scale = min(1.0, TEXT_WIDTH / drawing.width)
        drawing.scale(scale, scale)
        drawing.width, drawing.height = drawing.width * scale, drawing.height * scale
        self.items.append(Spacer(1, 4))
        self.items.append(drawing)
        self.para("In words: ", self.value(f"{name}_words"), style="note")
        self.space(6)

    def space(self, points: float = 6) -> None:
        from reportlab.platypus import Spacer

        self.items.append(Spacer(1, points))


def _front(story: _Story) -> None:
    from reportlab.platypus import Paragraph

    c = story.context
    story.items.append(
        Paragraph("Annual report to the Statewide Coordinating Committee", story.styles["kicker"])
    )
    story.items.append(Paragraph(_text(c["task_force_name"], 200), story.styles["cover_title"]))
    story.para(c["region"], style="cover_line")
    story.para("The year ", c["year"], ". ", c["span"])
    story.para("Made on ", c["today"], ". ", c["small_numbers"], style="muted")
    story.space()
    story.para(c["about_scc"])

    story.heading("1. Who we are")
    story.table(
        [],
        [
            ["Task force", c["task_force_name"]],
            ["Counties served", c["region"]],
            ["Coordinator", c["coordinator"]],
            ["Coordinator position", c["coordinator_position"]],
            ["Chair", c["chair"]],
            ["Represents us at the SCC", c["representative"]],
        ],
        [1, 2],
    )
    story.heading("2. Members and sectors")
    story.para(c["membership_summary"])
    story.loop(
        "levels",
        ["level", "covered", "missing"],
        ["Where", "Sectors with a voice", "Sectors missing"],
        [1, 1, 3],
    )
    story.space()
    story.para(c["voices_note"])
    story.heading("3. How long organizations have been at the table")
    story.para(c["tenure_summary"])
    if c["has_tenure"]:
        story.chart("tenure")
        story.loop(
            "tenure",
            ["name", "since", "time"],
            ["Organization", "Since", "Time represented"],
            [8, 4, 5],
        )


def _figures(story: _Story) -> None:
    c = story.context
    story.heading("4. Meetings and attendance")
    story.para(c["meetings_summary"])
    if c["has_meetings"]:
        story.chart("attendance")
        story.loop(
            "attendance",
            ["name", "members", "came", "note"],
            ["Organization", "Members", "Meetings attended", "Note"],
            [6.6, 2.4, 3.6, 4.4],
        )
    story.heading("5. Training")
    story.para(c["training_summary"])
    if c["has_shares"]:
        story.chart("training")
    story.heading("6. How organizations connect")
    story.para(c["survey_summary"])
    if c["has_survey"]:
        story.loop(
            "densities",
            ["question", "yes", "no", "missing", "share", "before"],
            ["Question", "Yes", "No", "No answer", "Share yes", "Last survey"],
            [5.2, 1.6, 1.6, 2.3, 2.4, 3.9],
        )
        story.chart("network")
        for line in c["one_sided"]:
            story.para("• ", line)
    story.heading("7. Counts of young people and buyers")
    story.para(c["counts_summary"])
    story.para(
        "Counts only: the task force never records anything that could identify a young person."
    )
    story.loop(
        "counts",
        ["label", "count", "source"],
        ["What was counted", "Count", "Reported by"],
        [8, 4, 5],
    )
    if c["has_count_chart"]:
        story.chart("counts")
    story.space()
    story.para(c["law_note"], style="note")


def _work(story: _Story) -> None:
    c = story.context
    story.heading("8. Agreements (MOUs)")
    story.para(c["mous_summary"])
    if c["has_mous"]:
        story.loop(
            "mous",
            ["name", "status", "signed", "ends", "flag"],
            ["Organization", "Status", "Signed", "Ends", "Note"],
            [5.4, 2.4, 3.2, 3.2, 2.8],
        )
    story.heading("9. Activities and community events")
    story.para(c["activities_summary"])
    if c["has_activities"]:
        story.loop(
            "activities",
            ["when", "kind", "topic", "people"],
            ["Date", "Kind", "Topic", "People"],
            [3.4, 3.4, 8, 2.2],
        )
    story.heading("10. Progress on our goals")
    story.para(c["goals_summary"])
    if c["has_goals"]:
        story.loop(
            "goals",
            ["text", "measure", "progress"],
            ["Goal", "How we measure it", "This year"],
            [5.6, 4, 7.4],
        )
    story.heading("11. Challenges, and what we need from the state")
    story.heading("Challenges this year", 2)
    story.para(c["challenges"])
    story.heading("What we need from the state", 2)
    story.para(c["needs"])
    story.heading("12. Our work with the SCC")
    if c["has_history"]:
        story.loop(
            "history",
            ["year", "sent", "met"],
            ["Year", "Annual report sent", "Annual meeting attended"],
            [3, 7, 7],
        )
    else:
        story.para("This is the first year the task force records its work with the SCC.")


def write_annual_report_pdf(context: Mapping[str, Any], target: Path) -> None:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate

    story = _Story(context)
    _, bold = look._fonts()
    base = story.styles["body"]
    story.styles["small_ink"] = ParagraphStyle("small_ink", parent=base, fontSize=9, leading=11.5)
    story.styles["small_bold"] = ParagraphStyle(
        "small_bold", parent=base, fontName=bold, fontSize=9, leading=11.5
    )
    story.styles["kicker"].textColor = HexColor(look.ACCENT)
    for name in ("h1", "h2"):
        story.styles[name].keepWithNext = 1  # a heading never ends a page alone
    _front(story)
    _figures(story)
    _work(story)
    name = context["task_force_name"]
    shown = "" if isinstance(name, Gap) else " ".join(clean(str(name)).split())[:80]
    document = SimpleDocTemplate(
        str(target),
        pagesize=look.LETTER_SIZE,
        leftMargin=look.PAGE_MARGIN,
        rightMargin=look.PAGE_MARGIN,
        topMargin=look.PAGE_MARGIN,
        bottomMargin=look.PAGE_MARGIN,
        title=f"{shown or 'Task force'}: annual report {context['year']}",
        author=shown or "Task force",
        subject="Annual report to the Statewide Coordinating Committee",
        creator="Task Force Builder",
    )
    footer = partial(look._footer, shown, f"Annual report {context['year']}")
    document.build(story.items, onFirstPage=footer, onLaterPages=footer)
