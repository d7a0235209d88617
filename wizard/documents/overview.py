"""Document 7: the starter packet overview, a PDF drawn with reportlab.

The first file in the packet, and the one a coordinator opens first: a cover,
a roadmap of Phase 1 and Phase 2 with what is done, a chart of the sectors at
the table, what to do next, and the list of files in the folder.

Two halves, so the content can be tested without drawing anything:
:func:`build_overview` is a pure function of the project (every state comes from
``step_progress``, the rule the navigator uses), and :func:`write_overview` draws
it. reportlab is imported only inside the drawing functions, so importing
``wizard.documents`` (and starting the program or the CLI) never pays for it.

User text reaches reportlab's paragraphs only through :func:`_markup`, which
drops control characters, shortens it and escapes ``&``, ``<`` and ``>``: a
name such as ``<b>Tom & Jerry`` is printed as typed, never read as markup.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache, partial
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from wizard.documents.common import long_date, task_force_context
from wizard.documents.fonts import font_candidates as _font_candidates
from wizard.documents.packet import PacketItem, distinct_gaps, plan_packet
from wizard.documents.values import Gap, Text, clean
from wizard.model.coverage import Coverage, sector_coverage
from wizard.model.exports import last_export
from wizard.model.mous import flag_text
from wizard.model.progress import StepState, step_progress
from wizard.model.project import Project
from wizard.model.steps import GROUPS, steps_in_group
from wizard.model.wording import RESEARCH_CREDIT

OVERVIEW_PATH = "00 Overview.pdf"
ROADMAP_GROUPS = ("phase1", "phase2")
NEXT_STEP_COUNT = 3
"""How many unfinished steps 'What to do next' covers: enough to plan the next
meeting, few enough to read at a glance."""
ITEMS_PER_STEP = 3
FILES_LISTED_PER_FOLDER = 20
"""A folder of 2,000 letters is summarized, not listed page after page."""
MAX_TEXT = 160
"""User text is shortened to this many characters: a 100 KB answer must not
become one paragraph too tall for a page."""

STATE_WORDS = {
    StepState.DONE: "Done",
    StepState.IN_PROGRESS: "In progress",
    StepState.NOT_STARTED: "Not started",
}


# ----- what the overview says (pure) ---------------------------------------------------


@dataclass(frozen=True)
class RoadmapStep:
    step_id: str
    title: str
    state: StepState
    missing: tuple[str, ...]


@dataclass(frozen=True)
class RoadmapPhase:
    title: str
    steps: tuple[RoadmapStep, ...]

    @property
    def done(self) -> int:
        return sum(1 for step in self.steps if step.state is StepState.DONE)


@dataclass(frozen=True)
class NextStep:
    title: str
    items: tuple[str, ...]
    more: int
    """How many more things the step still needs beyond ``items``."""


@dataclass(frozen=True)
class PacketEntry:
    """A file at the top of the packet folder, or a folder with the files in it."""

    name: str
    files: tuple[str, ...] = ()

    @property
    def is_folder(self) -> bool:
        return bool(self.files)


@dataclass(frozen=True)
class Overview:
    task_force_name: Text
    region: Text
    today: str
    phases: tuple[RoadmapPhase, ...]
    coverage: Coverage
    next_steps: tuple[NextStep, ...]
    entries: tuple[PacketEntry, ...]
    gap_count: int
    previous_packet: str = ""
    ending_agreements: tuple[str, ...] = ()
    """Signed MOUs that have ended or end within 60 days (the tracker's rule)."""
    """When the packet before this one was made, if the program made one ('' if not)."""


def _roadmap(project: Project) -> tuple[RoadmapPhase, ...]:
    """Phase 1 and Phase 2, each step with its state; the review steps only sum up
    the others, so they are left out."""
    titles = {group.id: group.title for group in GROUPS}
    phases = []
    for group_id in ROADMAP_GROUPS:
        steps = []
        for step in steps_in_group(group_id):
            if step.id.endswith("_review"):
                continue
            progress = step_progress(project, step.id)
            steps.append(RoadmapStep(step.id, step.title, progress.state, progress.missing))
        phases.append(RoadmapPhase(titles[group_id], tuple(steps)))
    return tuple(phases)


def _next_steps(phases: Iterable[RoadmapPhase]) -> tuple[NextStep, ...]:
    unfinished = [s for phase in phases for s in phase.steps if s.state is not StepState.DONE]
    found = []
    for step in unfinished[:NEXT_STEP_COUNT]:
        items = step.missing[:ITEMS_PER_STEP] or ("make a start",)
        more = max(0, len(step.missing) - ITEMS_PER_STEP)
        found.append(NextStep(step.title, items, more))
    return tuple(found)


def _entries(paths: Iterable[str]) -> tuple[PacketEntry, ...]:
    """'05 Invitation letters/01 Ana.docx' and its neighbours become one folder entry."""
    entries: list[PacketEntry] = []
    folders: dict[str, list[str]] = {}
    for path in paths:
        top, _, rest = path.partition("/")
        if not rest:
            entries.append(PacketEntry(top))
        elif top in folders:
            folders[top].append(rest)
        else:
            folders[top] = [rest]
            entries.append(PacketEntry(top))
    return tuple(
        PacketEntry(entry.name, tuple(folders[entry.name])) if entry.name in folders else entry
        for entry in entries
    )


def build_overview(project: Project, today: date) -> Overview:
    """Everything the overview shows, from the project and the packet as planned."""
    heading = task_force_context(project, today)
    phases = _roadmap(project)
    items = plan_packet(project, today)
    gaps = distinct_gaps(items)
    return Overview(
        task_force_name=heading["task_force_name"],
        region=heading["region"],
        today=long_date(today),
        phases=phases,
        coverage=sector_coverage(project),
        next_steps=_next_steps(phases),
        entries=_entries(item.path for item in items),
        gap_count=len(gaps),
        previous_packet=_previous_packet(project),
        ending_agreements=_ending_agreements(project, today),
    )


def _ending_agreements(project: Project, today: date) -> tuple[str, ...]:
    """'North Ridge County Sheriff's Office: ends in 44 days (January 15, 2027)'."""
    found = []
    for mou in project.mous:
        flag = flag_text(mou, today)
        if not flag or mou.ends_on is None:
            continue
        organisation = project.organisation(mou.organisation_id)
        name = (organisation.name.strip() if organisation else "") or "An organization"
        found.append(f"{name}: {flag.lower()} ({long_date(mou.ends_on)})")
    return tuple(found)


def _previous_packet(project: Project) -> str:
    last = last_export(project)
    if last is None:
        return ""
    gaps = f"{last.gaps} {'answer' if last.gaps == 1 else 'answers'} still to decide"
    return f"{long_date(last.made_on)}, with {gaps if last.gaps else 'every answer in place'}"


def describe_entry(entry: PacketEntry) -> str:
    """What a file or folder in the packet is, in a few words, from its name."""
    title = re.sub(r"^\d+\s+", "", entry.name)
    if title.endswith(".ics"):
        return f"{title[:-4]} (to import into Outlook or Google Calendar)"
    title = re.sub(r"\.(docx|pdf|json)$", "", title)
    if entry.is_folder:
        count = len(entry.files)
        return f"{title} ({count} {'file' if count == 1 else 'files'})"
    return title


# ----- the packet item -----------------------------------------------------------------


def write_overview(project: Project, today: date, target: Path) -> None:
    """Draw the overview PDF at ``target``. ``project`` must not change meanwhile:
    the export hands in its own copy."""
    _draw(build_overview(project, today), target)


def overview_items(project: Project, today: date) -> list[PacketItem]:
    heading = task_force_context(project, today)
    return [
        PacketItem(
            OVERVIEW_PATH,
            "Starter packet overview",
            context={"task_force_name": heading["task_force_name"], "region": heading["region"]},
            writer=partial(write_overview, project, today),
        )
    ]


# ----- text for reportlab --------------------------------------------------------------


def _short(text: str, limit: int = MAX_TEXT) -> str:
    """One line of user text: control characters dropped, runs of space closed, shortened."""
    flat = " ".join(clean(text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


GAP_MARKUP = '<font backColor="#fff2a8"><b>{}</b></font>'


def _markup(value: Text, limit: int = MAX_TEXT) -> str:
    """Paragraph markup for user text or a gap: escaped, so nothing in it is read as a tag."""
    if isinstance(value, Gap):
        return GAP_MARKUP.format(escape(value.text))
    return escape(_short(value, limit))


def _plain(value: Text, limit: int = MAX_TEXT) -> str:
    """For canvas text (no markup): the gap's words or the shortened text."""
    return value.text if isinstance(value, Gap) else _short(value, limit)


# ----- fonts ---------------------------------------------------------------------------

FONT = "OverviewSans"
FONT_BOLD = "OverviewSans-Bold"


@cache
def _fonts() -> tuple[str, str]:
    """Register the overview's font family; Helvetica if no suitable TrueType font exists
    (then letters outside Latin show as boxes, but the PDF is still made)."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for regular, bold in _font_candidates():
        try:
            pdfmetrics.registerFont(TTFont(FONT, str(regular)))
            bold_file = bold if bold.is_file() else regular
            pdfmetrics.registerFont(TTFont(FONT_BOLD, str(bold_file)))
        except Exception:  # a damaged or unusual font file: try the next one
            continue
        addMapping(FONT, 0, 0, FONT)
        addMapping(FONT, 1, 0, FONT_BOLD)
        addMapping(FONT, 0, 1, FONT)
        addMapping(FONT, 1, 1, FONT_BOLD)
        return FONT, FONT_BOLD
    return "Helvetica", "Helvetica-Bold"


# ----- drawing -------------------------------------------------------------------------

INK = "#1f2933"
MUTED = "#5b6573"
ACCENT = "#1f4e79"
DONE_COLOUR = "#2e7d32"
PROGRESS_COLOUR = "#c27c0e"
NOT_STARTED_COLOUR = "#9aa3ad"
MISSING_FILL = "#eef0f3"
HIGHLIGHT_FILL = "#fff4ce"
HIGHLIGHT_EDGE = "#b58100"
PAGE_MARGIN = 54.0  # points: three quarters of an inch
LETTER_SIZE = (612.0, 792.0)  # US Letter, in points


def _styles() -> dict[str, Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.styles import ParagraphStyle

    regular, bold = _fonts()
    base = ParagraphStyle("body", fontName=regular, fontSize=10.5, leading=14.5)
    base.textColor = HexColor(INK)

    def style(name: str, **changes: Any) -> Any:
        return ParagraphStyle(name, parent=base, **changes)

    return {
        "body": base,
        "muted": style("muted", textColor=HexColor(MUTED)),
        "small": style("small", fontSize=9, leading=12, textColor=HexColor(MUTED)),
        "h1": style("h1", fontName=bold, fontSize=17, leading=22, spaceBefore=6, spaceAfter=6),
        "h2": style("h2", fontName=bold, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=4),
        "step": style("step", fontName=bold, fontSize=10.5, leading=13.5),
        "next": style("next", fontName=bold, fontSize=10.5, leading=13.5, spaceBefore=5),
        "note": style("note", fontSize=9, leading=12, textColor=HexColor(MUTED)),
        "kicker": style(
            "kicker", fontName=bold, fontSize=12, leading=16, textColor=HexColor(ACCENT)
        ),
        "cover_title": style("cover_title", fontName=bold, fontSize=28, leading=34),
        "cover_line": style("cover_line", fontSize=14, leading=19, textColor=HexColor(MUTED)),
        "bullet": style("bullet", leftIndent=14, bulletIndent=2, spaceBefore=1),
        "file": style("file", leftIndent=14, bulletIndent=2),
        "subfile": style("subfile", fontSize=9.5, leading=12.5, leftIndent=30, bulletIndent=18),
    }


def _draw(overview: Overview, target: Path) -> None:
    from reportlab.platypus import SimpleDocTemplate

    styles = _styles()
    story = [
        *_cover(overview, styles),
        *_roadmap_section(overview, styles),
        *_next_steps_section(overview, styles),
        *_coverage_section(overview, styles),
        *_files_section(overview, styles),
    ]
    name = _plain(overview.task_force_name, 80)
    footer_name = "" if isinstance(overview.task_force_name, Gap) else name
    document = SimpleDocTemplate(
        str(target),
        pagesize=LETTER_SIZE,
        leftMargin=PAGE_MARGIN,
        rightMargin=PAGE_MARGIN,
        topMargin=PAGE_MARGIN,
        bottomMargin=PAGE_MARGIN,
        title=f"{name}: starter packet overview",
        author=name,
        subject="Starter packet overview",
        creator="Task Force Builder",
    )
    footer = partial(_footer, footer_name, f"Starter packet · {overview.today}")
    document.build(story, onFirstPage=_cover_band, onLaterPages=footer)


def _cover_band(canvas: Any, document: Any) -> None:
    """A band of colour across the top of the cover, so it reads as a cover at a glance."""
    from reportlab.lib.colors import HexColor

    width, height = document.pagesize
    canvas.saveState()
    canvas.setFillColor(HexColor(ACCENT))
    canvas.rect(0, height - 14, width, 14, stroke=0, fill=1)
    canvas.restoreState()


def _footer(name: str, rest: str, canvas: Any, document: Any) -> None:
    """'Name · Starter packet · date' and the page number; a long name is shortened to fit."""
    from reportlab.lib.colors import HexColor
    from reportlab.pdfbase.pdfmetrics import stringWidth

    regular, _ = _fonts()
    width, _ = document.pagesize
    room = width - 2 * PAGE_MARGIN - 60 - stringWidth(f" · {rest}", regular, 8.5)
    if stringWidth(name, regular, 8.5) > room:
        while name and stringWidth(name + "…", regular, 8.5) > room:
            name = name[:-1]
        name = name.rstrip() + "…"
    text = f"{name} · {rest}" if name else rest
    canvas.saveState()
    canvas.setFont(regular, 8.5)
    canvas.setFillColor(HexColor(MUTED))
    canvas.drawString(PAGE_MARGIN, PAGE_MARGIN / 2, text)
    canvas.drawRightString(width - PAGE_MARGIN, PAGE_MARGIN / 2, f"Page {document.page}")
    canvas.restoreState()


def _cover(overview: Overview, styles: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import KeepInFrame, PageBreak, Paragraph, Spacer

    documents = [describe_entry(e) for e in overview.entries if e.name != OVERVIEW_PATH]
    inside = "Inside this folder: this overview"
    if documents:
        inside += (
            f" and drafts in Word, ready to adapt and share: {escape('; '.join(documents))}. "
            "The full list of files is on the last page."
        )
    else:
        inside += "."
    content: list[Any] = [
        Spacer(1, 110),
        Paragraph("Starter packet", styles["kicker"]),
        Spacer(1, 6),
        Paragraph(_markup(overview.task_force_name, 120), styles["cover_title"]),
        Spacer(1, 10),
        Paragraph(_markup(overview.region, 600), styles["cover_line"]),
        Paragraph(escape(overview.today), styles["cover_line"]),
        Spacer(1, 36),
        Paragraph(inside, styles["body"]),
        Spacer(1, 8),
        Paragraph(
            "Start here: the next pages show where the task force stands in Phase 1 and "
            "Phase 2, which sectors are at the table, and what to do next.",
            styles["body"],
        ),
        Spacer(1, 24),
        _at_a_glance(overview, styles),
    ]
    # Shrunk if need be (a very long name, all 39 counties), so the cover stays one page.
    room = (LETTER_SIZE[0] - 2 * PAGE_MARGIN, LETTER_SIZE[1] - 2 * PAGE_MARGIN)
    return [KeepInFrame(*room, content, mode="shrink"), PageBreak()]


def _at_a_glance(overview: Overview, styles: dict[str, Any]) -> Any:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import Paragraph, Table, TableStyle

    rows = [
        [
            Paragraph(f"<b>{escape(phase.title)}</b>", styles["body"]),
            Paragraph(f"{phase.done} of {len(phase.steps)} steps done", styles["body"]),
        ]
        for phase in overview.phases
    ]
    coverage = overview.coverage
    rows.append(
        [
            Paragraph("<b>At the table</b>", styles["body"]),
            Paragraph(escape(coverage.headline()), styles["body"]),
        ]
    )
    gaps = overview.gap_count
    rows.append(
        [
            Paragraph("<b>Still to decide</b>", styles["body"]),
            Paragraph(
                f"{gaps} {'answer' if gaps == 1 else 'answers'}, marked "
                + GAP_MARKUP.format("[to be decided: …]")
                + " in the documents"
                if gaps
                else "Nothing: every document is complete",
                styles["body"],
            ),
        ]
    )
    if overview.ending_agreements:
        rows.append(
            [
                Paragraph("<b>Agreements ending</b>", styles["body"]),
                Paragraph(
                    "<br/>".join(escape(line) for line in overview.ending_agreements)
                    + "<br/>Renew them before they end (MOUs step).",
                    styles["body"],
                ),
            ]
        )
    if overview.previous_packet:
        rows.append(
            [
                Paragraph("<b>Last packet</b>", styles["body"]),
                Paragraph(escape(overview.previous_packet), styles["body"]),
            ]
        )
    table = Table(rows, colWidths=[150, None], hAlign="LEFT")
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), HexColor("#f4f6f8")),
                ("LINEABOVE", (0, 0), (-1, 0), 2, HexColor(ACCENT)),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def _marker(state: StepState) -> Any:
    """A round marker: filled with a tick when done, half filled in progress, an empty
    ring not started. The state is also written out, so colour is never the only sign."""
    from reportlab.graphics.shapes import Circle, Drawing, PolyLine, Wedge
    from reportlab.lib.colors import HexColor, white

    size = 16
    drawing = Drawing(size, size)
    centre, radius = size / 2, size / 2 - 1.5
    if state is StepState.DONE:
        drawing.add(
            Circle(centre, centre, radius, fillColor=HexColor(DONE_COLOUR), strokeColor=None)
        )
        tick = [4.2, 8.2, 7, 5.2, 12, 11]
        drawing.add(PolyLine(tick, strokeColor=white, strokeWidth=2, strokeLineCap=1))
    elif state is StepState.IN_PROGRESS:
        colour = HexColor(PROGRESS_COLOUR)
        drawing.add(
            Circle(centre, centre, radius, fillColor=white, strokeColor=colour, strokeWidth=1.6)
        )
        drawing.add(Wedge(centre, centre, radius, 90, 270, fillColor=colour, strokeColor=None))
    else:
        colour = HexColor(NOT_STARTED_COLOUR)
        drawing.add(
            Circle(centre, centre, radius, fillColor=white, strokeColor=colour, strokeWidth=1.6)
        )
    return drawing


def _step_note(step: RoadmapStep) -> str:
    if step.state is StepState.DONE:
        return ""
    if not step.missing:
        return "Not started yet."
    first = escape(_short(step.missing[0]))
    more = len(step.missing) - 1
    return f"Still needed: {first}" + (f" (and {more} more)" if more else "")


def _roadmap_section(overview: Overview, styles: dict[str, Any]) -> list[Any]:
    from reportlab.lib.colors import HexColor
    from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

    state_colours = {
        StepState.DONE: DONE_COLOUR,
        StepState.IN_PROGRESS: PROGRESS_COLOUR,
        StepState.NOT_STARTED: MUTED,
    }
    story: list[Any] = [
        Paragraph("Where you are", styles["h1"]),
        Paragraph(
            "The two phases of starting a task force, step by step, as the program "
            "sees them today. A step is done when everything it asks for is filled in.",
            styles["muted"],
        ),
    ]
    for phase in overview.phases:
        rows = []
        for step in phase.steps:
            colour = state_colours[step.state]
            rows.append(
                [
                    _marker(step.state),
                    [
                        Paragraph(escape(step.title), styles["step"]),
                        *([Paragraph(note, styles["note"])] if (note := _step_note(step)) else []),
                    ],
                    Paragraph(
                        f'<font color="{colour}"><b>{STATE_WORDS[step.state]}</b></font>',
                        styles["body"],
                    ),
                ]
            )
        table = Table(rows, colWidths=[26, None, 80], hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -2), 0.5, HexColor("#dde1e6")),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                    ("LEFTPADDING", (0, 0), (0, -1), 0),
                ]
            )
        )
        heading = f"{escape(phase.title)} · {phase.done} of {len(phase.steps)} done"
        story.append(KeepTogether([Paragraph(heading, styles["h2"]), table]))
    return story


def _next_steps_section(overview: Overview, styles: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph

    story: list[Any] = [Paragraph("What to do next", styles["h2"])]
    if not overview.next_steps:
        story.append(
            Paragraph(
                "Phase 1 and Phase 2 are complete. Keep the roster current, record "
                "meetings and figures as they happen, and send the Statewide Coordinating "
                "Committee its annual report.",
                styles["body"],
            )
        )
        return story
    for number, step in enumerate(overview.next_steps, start=1):
        block = [Paragraph(f"{number}. {escape(step.title)}", styles["next"])]
        block += [
            Paragraph(escape(_short(item)), styles["bullet"], bulletText="•") for item in step.items
        ]
        if step.more:
            block.append(
                Paragraph(f"and {step.more} more on that page", styles["bullet"], bulletText="•")
            )
        story.append(KeepTogether(block))
    return story


def _coverage_section(overview: Overview, styles: dict[str, Any]) -> list[Any]:
    from reportlab.platypus import KeepTogether, Paragraph

    coverage = overview.coverage
    members = coverage.members
    if members:
        intro = (
            f"Exactly {members:,} {'person has' if members == 1 else 'people have'} the "
            f"status 'member' on the roster, covering {coverage.covered} of the "
            f"{coverage.total} sectors a task force should bring together."
        )
    else:
        intro = (
            "Nobody has the status 'member' on the roster yet, so none of the "
            f"{coverage.total} sectors a task force should bring together is covered."
        )
    intro += " Prospects and invited people are counted once they join."
    block: list[Any] = [
        Paragraph("Who is at the table", styles["h1"]),
        Paragraph(escape(coverage.headline()), styles["kicker"]),
        Paragraph(escape(intro), styles["muted"]),
        _coverage_chart(coverage),
    ]
    attention = coverage.attention()
    if attention:
        block.append(Paragraph(escape(attention), styles["body"]))
    return [KeepTogether(block)]


CHART_WIDTH = LETTER_SIZE[0] - 2 * PAGE_MARGIN
LABEL_WIDTH = 178.0
ROW_HEIGHT = 21.0


def _coverage_chart(coverage: Coverage) -> Any:
    """One bar per sector: its length is the number of members; a missing sector is an
    empty track that says 'missing'; a voice often left out sits on a yellow band."""
    from reportlab.graphics.shapes import Drawing, Rect, String
    from reportlab.lib.colors import HexColor

    regular, bold = _fonts()
    rows = coverage.sectors
    legend_height = 26.0
    height = ROW_HEIGHT * len(rows) + legend_height + 6
    drawing = Drawing(CHART_WIDTH, height)
    track_x = LABEL_WIDTH + 6
    track_width = CHART_WIDTH - track_x - 70
    scale = max(5, max((row.members for row in rows), default=0))
    for index, row in enumerate(rows):
        y = height - ROW_HEIGHT * (index + 1)
        if row.sector.highlight:
            drawing.add(
                Rect(
                    0,
                    y + 1,
                    CHART_WIDTH,
                    ROW_HEIGHT - 2,
                    fillColor=HexColor(HIGHLIGHT_FILL),
                    strokeColor=None,
                )
            )
            drawing.add(
                Rect(
                    0,
                    y + 1,
                    3,
                    ROW_HEIGHT - 2,
                    fillColor=HexColor(HIGHLIGHT_EDGE),
                    strokeColor=None,
                )
            )
        label = String(8, y + 7, row.sector.name, fontName=regular, fontSize=9.5)
        label.fillColor = HexColor(INK)
        drawing.add(label)
        drawing.add(
            Rect(
                track_x,
                y + 5,
                track_width,
                ROW_HEIGHT - 10,
                fillColor=HexColor(MISSING_FILL),
                strokeColor=None,
            )
        )
        if row.covered:
            length = max(6.0, track_width * min(row.members, scale) / scale)
            drawing.add(
                Rect(
                    track_x,
                    y + 5,
                    length,
                    ROW_HEIGHT - 10,
                    fillColor=HexColor(DONE_COLOUR),
                    strokeColor=None,
                )
            )
            words = f"{row.members:,} member{'' if row.members == 1 else 's'}"
            value = String(track_x + track_width + 6, y + 7, words, fontName=bold, fontSize=9)
            value.fillColor = HexColor(DONE_COLOUR)
        else:
            value = String(
                track_x + track_width + 6, y + 7, "missing", fontName=regular, fontSize=9
            )
            value.fillColor = HexColor(MUTED)
        drawing.add(value)
    _chart_legend(drawing, regular)
    return drawing


def _chart_legend(drawing: Any, font: str) -> None:
    from reportlab.graphics.shapes import Rect, String
    from reportlab.lib.colors import HexColor

    y = 6.0
    entries = (
        (DONE_COLOUR, None, "has at least one member"),
        (MISSING_FILL, "#c9ced6", "no member yet"),
        (HIGHLIGHT_FILL, HIGHLIGHT_EDGE, "a voice often left out"),
    )
    x = 8.0
    for fill, edge, words in entries:
        drawing.add(
            Rect(
                x, y, 14, 10, fillColor=HexColor(fill), strokeColor=HexColor(edge) if edge else None
            )
        )
        text = String(x + 19, y + 1.5, words, fontName=font, fontSize=8.5)
        text.fillColor = HexColor(MUTED)
        drawing.add(text)
        x += 19 + len(words) * 4.6 + 24


def _files_section(overview: Overview, styles: dict[str, Any]) -> list[Any]:
    """The files, each folder kept on one page with the files listed under it."""
    from reportlab.platypus import KeepTogether, Paragraph

    blocks: list[list[Any]] = []
    for entry in overview.entries:
        if not entry.is_folder:
            blocks.append([Paragraph(escape(entry.name), styles["file"], bulletText="•")])
            continue
        count = len(entry.files)
        block = [
            Paragraph(
                f"{escape(entry.name)}/ <font color='{MUTED}'>(a folder of {count:,} "
                f"{'file' if count == 1 else 'files'})</font>",
                styles["file"],
                bulletText="•",
            )
        ]
        block += [
            Paragraph(escape(_short(name)), styles["subfile"], bulletText="–")
            for name in entry.files[:FILES_LISTED_PER_FOLDER]
        ]
        hidden = count - FILES_LISTED_PER_FOLDER
        if hidden > 0:
            block.append(
                Paragraph(f"and {hidden:,} more in the folder", styles["subfile"], bulletText="–")
            )
        blocks.append(block)
    heading = [
        Paragraph("What is in this packet", styles["h2"]),
        Paragraph(
            "The files in this folder, in the order they are numbered. The Word documents "
            "are drafts: change them as you need before you share them.",
            styles["muted"],
        ),
    ]
    first = blocks[0] if blocks else []
    credit = KeepTogether(
        [
            Paragraph("Where the advice comes from", styles["h2"]),
            Paragraph(escape(RESEARCH_CREDIT), styles["muted"]),
        ]
    )
    files = [KeepTogether(heading + first)] + [KeepTogether(block) for block in blocks[1:]]
    return [*files, credit]
