"""Document: one grant application per draft, for OCVA (state) or VOCA (federal).

The budget tables, totals and match figures come from :mod:`wizard.model.grants`,
so the document shows exactly the sums the page showed. Where an answer is
missing, the application still renders as a draft with the gap marked.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.documents.common import long_date, task_force_context
from wizard.documents.packet import PacketItem
from wizard.documents.render import render_to_bytes
from wizard.documents.values import Gap, Text, clean, text_or_gap
from wizard.model.file_names import safe_file_name
from wizard.model.grants import (
    SECTIONS,
    WAIVER_KEY,
    budget_total,
    category,
    category_totals,
    funder,
    match_explanation,
    match_figures,
    partner_organisations,
    source_value,
    time_kind,
    time_working,
    waiver_basis_text,
)
from wizard.model.mission import counties_phrase
from wizard.model.money import percent_text, usd
from wizard.model.project import GrantDraft, MatchSource, Project

FOLDER = "12 Grant applications"
TEMPLATES = {"ovca": "grant_application_ovca.docx", "voca": "grant_application_voca.docx"}
KINDS = {"cash": "Cash", "in_kind": "In kind"}
SUPPORT_LETTERS = "Letters of support"
"""The sub-folder of the grant folder that holds one letter per member organization."""


def _paragraphs(text: str, what: str) -> list[Text]:
    """Typed text as paragraphs (split at blank lines; single line breaks are kept)."""
    cleaned = clean(text).strip()
    if not cleaned:
        return [Gap(what, "grants")]
    blocks = [block.strip() for block in cleaned.split("\n\n")]
    return [block for block in blocks if block]


def _period(grant: GrantDraft) -> Text:
    if grant.starts_on is None or grant.ends_on is None:
        return Gap("the grant period", "grants")
    return f"{long_date(grant.starts_on)} to {long_date(grant.ends_on)}"


def _budget_context(grant: GrantDraft) -> dict[str, Any]:
    lines = [
        {
            "category": category(line.category).label,
            "description": text_or_gap(line.description, "what this budget line is for", "grants"),
            "amount": usd(line.amount) if line.amount > 0 else Gap("this line's amount", "grants"),
            "justification": text_or_gap(line.justification, "why this cost is needed", "grants"),
        }
        for line in grant.budget
    ]
    justification = []
    for item, _total in category_totals(grant.budget):
        chosen = [row for row, line in zip(lines, grant.budget, strict=True)
                  if line.category == item.id]  # fmt: skip
        if chosen:
            justification.append({"label": item.label, "lines": chosen})
    return {
        "has_budget": bool(grant.budget),
        "budget_gap": "" if grant.budget else Gap("the budget lines", "grants"),
        "budget_lines": lines,
        "categories": [
            {"label": item.label, "amount": usd(total)}
            for item, total in category_totals(grant.budget)
        ],
        "justification": justification,
        "total": usd(budget_total(grant.budget)),
    }


def _waiver_basis(grant: GrantDraft) -> Text:
    """Which waiver applies, with the rule it rests on; a gap until it is chosen."""
    if not grant.waiver_requested:
        return ""
    basis = waiver_basis_text(grant.waiver_basis)
    if basis is None:
        return Gap("which waiver of the match applies", "grants")
    return basis.statement


def source_amount(source: MatchSource) -> Text:
    """A source's value, or a gap naming what it still needs (for time: hours, rate)."""
    if source.time is None:
        return usd(source.amount) if source.amount > 0 else Gap("this match's amount", "grants")
    if not source.hours:
        return Gap("the hours of this time", "grants")
    if not source.hourly_rate:
        what = (
            "the hourly pay rate, with benefits, of the staff who give this time"
            if source.time == "staff"
            else "the volunteer rate an hour"
        )
        return Gap(what, "grants")
    return usd(source_value(source))


def source_row(project: Project, source: MatchSource) -> dict[str, Any]:
    """One match source as its table row: for time, hours × rate under the description."""
    description = text_or_gap(source.description, "where this match comes from", "grants")
    giver = project.organisation(source.organisation_id)
    working = time_working(source)  # a missing hour count or rate is the amount's gap
    given_by = (
        f"Given by {clean(giver.name.strip())}. "
        if giver is not None and giver.name.strip()
        else ""
    )
    return {
        "description": description,
        "has_detail": bool(given_by or working),
        "given_by": given_by,
        "kind": time_kind(source.time).label if source.time else KINDS[source.kind],
        "working": working,
        "amount": source_amount(source),
    }


def _match_context(project: Project, grant: GrantDraft) -> dict[str, Any]:
    figures = match_figures(grant)
    short = funder(grant.funder).short_name
    required: Text = (
        usd(figures.required)
        if figures.required is not None
        else Gap("a match rate below 100%", "grants")
    )
    if not figures.needed:
        summary: Text = "None required"
    elif figures.required is None:
        summary = Gap("a match rate below 100%", "grants")
    else:
        summary = (
            f"{usd(figures.required)} needed ({percent_text(figures.percent)} of the total "
            f"project cost); {usd(figures.pledged)} committed"
        )
    sources = [source_row(project, source) for source in grant.match_sources]
    waiver = grant.waiver_requested
    return {
        "has_match": figures.needed,
        "match_rule": match_explanation(figures, short, grant.funder),
        "match_rate": f"{percent_text(figures.percent)} of the total project cost",
        "match_required": required,
        "match_pledged": usd(figures.pledged),
        "match_cash": usd(figures.cash),
        "match_in_kind": usd(figures.in_kind),
        "match_summary": summary,
        "total_project_cost": usd(figures.total_project_cost),
        "has_match_sources": bool(sources),
        "match_sources": sources,
        "match_sources_gap": "" if sources else Gap("where the match comes from", "grants"),
        "has_waiver": waiver,
        "waiver_basis": _waiver_basis(grant),
        "waiver": _paragraphs(grant.narrative.get(WAIVER_KEY, ""), "the waiver request")
        if waiver
        else [],
    }


def build_context(project: Project, grant: GrantDraft, today: date) -> dict[str, Any]:
    applicant = grant.applicant
    sections = [
        {
            "title": section.title,
            "paragraphs": _paragraphs(grant.narrative.get(section.key, ""), section.what),
        }
        for section in SECTIONS
    ]
    heading = task_force_context(project, today)
    return {
        "task_force_name": heading["task_force_name"],
        "today": heading["today"],
        "funder_name": funder(grant.funder).name,
        "title": text_or_gap(grant.title, "the project's title", "grants"),
        "applicant": text_or_gap(applicant.organisation, "the applicant organization", "grants"),
        "contact": text_or_gap(applicant.name, "the contact person", "grants"),
        "email": text_or_gap(applicant.email, "the contact's email", "grants"),
        "phone": text_or_gap(applicant.phone, "the contact's phone", "grants"),
        "counties": text_or_gap(counties_phrase(grant.counties), "the counties served", "grants"),
        "period": _period(grant),
        "sections": sections,
        **_budget_context(grant),
        **_match_context(project, grant),
        **_conditions_context(project, grant),
    }


UEI = (
    "the applicant's Unique Entity ID (UEI), which SAM.gov (the federal System for Award "
    "Management) issues"
)
"""Federal money, VOCA funds passed through the state included, goes to an entity with a
UEI; whether an active SAM.gov registration is needed too, the funding notice says."""
ATTACHMENTS = (
    "Proof that the applicant's registration in SAM.gov is active, if the funding notice "
    "asks for it",
    "The certifications and assurances the funding notice asks for, signed by someone who "
    "can commit the applicant",
    "The budget detail on the funder's own budget form, with the same figures as section 3",
)


def _attachments(project: Project, grant: GrantDraft) -> list[str]:
    """What to gather and attach, as a checklist she ticks: nothing here says it is attached."""
    uei = UEI[0].upper() + UEI[1:]
    if grant.funder == "ovca":
        uei = f"If the grant is paid from federal VOCA funds: {UEI}"
    items = [uei, *ATTACHMENTS]
    if any(line.category == "indirect" for line in grant.budget):
        items.append("The applicant's approved indirect cost rate agreement")
    letters = len(partner_organisations(project))
    if letters:
        items.append(
            f"A signed letter of support from each partner organization: drafts for "
            f"{letters} member {'organization are' if letters == 1 else 'organizations are'} "
            f"in the starter packet, in the folder “{SUPPORT_LETTERS}”"
        )
    else:
        items.append("A signed letter of support from each partner organization")
    signed = sum(1 for mou in project.mous if mou.status == "signed")
    mous = f"; {signed} of {len(project.mous)} MOUs are signed so far" if project.mous else ""
    items.append(
        "The task force's signed charter, and the signed memorandums of understanding (MOUs) "
        f"with member organizations{mous}"
    )
    return items


def _volunteers(grant: GrantDraft) -> Text:
    """How the project uses volunteers, from its volunteer-time match; else a gap."""
    used = [s for s in grant.match_sources if s.time == "volunteer" and s.description.strip()]
    if not used:
        return Gap("how the project uses volunteers (or the state's waiver of that rule)", "grants")
    described = "; ".join(clean(s.description.strip()) for s in used)
    return f"In this project: {described}."


def _conditions_context(project: Project, grant: GrantDraft) -> dict[str, Any]:
    """The numbered sections after the match, and what they say for this draft."""
    after = 6 if match_figures(grant).needed else 5
    through = (
        "As a VOCA subrecipient, the applicant agrees to these federal rules (28 CFR Part 94)."
        if grant.funder == "voca"
        else "OCVA passes federal VOCA funds on to local projects. Where this grant is paid "
        "from VOCA funds, the applicant agrees to these federal rules (28 CFR Part 94)."
    )
    return {
        "conditions_heading": f"{after}. VOCA conditions, in plain words",
        "conditions_intro": through,
        "volunteers": _volunteers(grant),
        "records_heading": f"{after + 1}. Time-and-effort records",
        "attachments_heading": f"{after + 2}. Attachments to include",
        "attachments": _attachments(project, grant),
    }


def template_for(grant: GrantDraft) -> str:
    return TEMPLATES[grant.funder]


def file_name(grant: GrantDraft) -> str:
    """The draft's title as a file name ('Grant application' when it has none)."""
    return f"{safe_file_name(grant.title, 'Grant application')}.docx"


def render_application(project: Project, grant: GrantDraft, today: date) -> bytes:
    """The application as Word bytes (the page's 'Save as Word' writes these)."""
    return render_to_bytes(template_for(grant), build_context(project, grant, today))


def grant_items(project: Project, today: date) -> list[PacketItem]:
    width = max(2, len(str(len(project.grants))))
    return [
        PacketItem(
            f"{FOLDER}/{number:0{width}d} {file_name(grant)}",
            f"Grant application: {grant.title.strip() or 'untitled draft'}",
            template=template_for(grant),
            context=build_context(project, grant, today),
        )
        for number, grant in enumerate(project.grants, start=1)
    ]
