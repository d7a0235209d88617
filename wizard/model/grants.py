"""Grant drafts for the coordinator and the task force: budget, match and the checks.

Pure and exact: every figure is a Decimal rounded half up to cents, and every
total is computed from the lines, never typed, so a draft's budget always adds
up. The page, the documents and the completeness rule all use these functions,
so they can never disagree about a total, the match or what still needs fixing.

The match rule, as federal VOCA money states it: the match is a share of the
*total* project cost, which is the grant plus the match. With a rate ``p``, the
match ``m`` for a request ``r`` satisfies ``m = p% × (r + m)``, so
``m = r × p / (100 − p)``: a request of $80,000 at 20% needs $20,000 of match
(20% of $100,000), not $16,000.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from wizard.model import reference
from wizard.model.money import ZERO, cents, percent_text, usd
from wizard.model.project import (
    BudgetCategory,
    BudgetLine,
    Contact,
    FunderId,
    GrantDraft,
    MatchKind,
    MatchSource,
    Organisation,
    Project,
    TimeKind,
    WaiverBasis,
    new_id,
)

FULL_TIME_HOURS = Decimal("40")
WEEKS_A_YEAR = Decimal("52")
HUNDRED = Decimal("100")


# ----- funders ---------------------------------------------------------------------------


def funder(funder_id: FunderId) -> reference.Funder:
    return next(f for f in reference.funders() if f.id == funder_id)


# ----- budget categories ---------------------------------------------------------------


@dataclass(frozen=True)
class Category:
    id: BudgetCategory
    label: str
    hint: str
    """What belongs in it, in a few words (shown beside the choice)."""


CATEGORIES: tuple[Category, ...] = (
    Category("personnel", "Personnel", "Salaries and wages, such as the coordinator's pay"),
    Category("fringe", "Fringe benefits", "Payroll taxes, health insurance, retirement"),
    Category("travel", "Travel", "Mileage, lodging and meals for meetings and training"),
    Category("equipment", "Equipment", "Lasting items of high cost, such as a projector"),
    Category("supplies", "Supplies", "Printing, training materials, a laptop, postage"),
    Category("contracts", "Contracts and consultants", "Trainers, evaluators, interpreters"),
    Category("other", "Other costs", "Meeting rooms, event costs, software, phone"),
    Category("indirect", "Indirect costs", "The applicant's overhead, at its approved rate"),
)
CATEGORY_IDS: tuple[BudgetCategory, ...] = tuple(c.id for c in CATEGORIES)


def category(category_id: BudgetCategory) -> Category:
    return next(c for c in CATEGORIES if c.id == category_id)


def budget_total(lines: list[BudgetLine]) -> Decimal:
    """The sum of every line, to the cent. An empty budget totals $0.00."""
    return sum((cents(line.amount) for line in lines), ZERO)


def category_totals(lines: list[BudgetLine]) -> list[tuple[Category, Decimal]]:
    """Each funder category with the sum of its lines, in the order funders list them
    (categories without lines show $0.00, as budget forms do)."""
    return [
        (item, budget_total([line for line in lines if line.category == item.id]))
        for item in CATEGORIES
    ]


# ----- the match -------------------------------------------------------------------------


def required_match(request: Decimal, percent: Decimal) -> Decimal:
    """The match a request needs when the match must be ``percent`` of the total project
    cost (request plus match): ``request × percent / (100 − percent)``, half up to cents.

    Raises ValueError for a rate outside 0 to just under 100: at 100% the grant
    would pay nothing and no match could ever be enough.
    """
    if not ZERO <= percent < HUNDRED:
        raise ValueError(f"a match rate must be at least 0 and below 100, not {percent}")
    if percent == 0:
        return ZERO
    return cents(cents(request) * percent / (HUNDRED - percent))


@dataclass(frozen=True)
class TimeKindText:
    kind: TimeKind
    label: str
    """The choice beside a match source ('Staff time')."""
    rate_words: str
    """What its hourly rate is, as the documents say it."""


TIME_KINDS: tuple[TimeKindText, ...] = (
    TimeKindText("staff", "Staff time (in kind)", "loaded pay rate"),
    TimeKindText("volunteer", "Volunteer time (in kind)", "volunteer rate"),
)
"""Time given as in-kind match. A member organization's paid staff are valued at what
they are paid an hour, with benefits (their *loaded* rate), not at a volunteer rate:
their time is a real cost the organization carries. Only unpaid community volunteers
are valued at a volunteer rate, and the documents label it so."""


def time_kind(kind: TimeKind) -> TimeKindText:
    return next(item for item in TIME_KINDS if item.kind == kind)


def source_kind(source: MatchSource) -> MatchKind:
    """Time is always in kind, whatever the stored ``kind`` says."""
    return "in_kind" if source.time is not None else source.kind


def source_value(source: MatchSource) -> Decimal:
    """What a source adds to the match, to the cent: the typed amount, or for time its
    hours × its own hourly rate. Time with no hours or no rate yet adds $0.00, and the
    checks ask for what is missing (never a flat rate in its place)."""
    if source.time is None:
        return cents(source.amount)
    if not source.hours or not source.hourly_rate:
        return ZERO
    return cents(source.hours * source.hourly_rate)


def time_working(source: MatchSource) -> str:
    """'120 hours × $48.50 an hour (loaded pay rate) = $5,820.00', the sum shown beside a
    line of time. Empty for a source that is not time or misses its hours or rate."""
    if source.time is None or not source.hours or not source.hourly_rate:
        return ""
    hours = _figure(source.hours)
    word = "hour" if source.hours == 1 else "hours"
    return (
        f"{hours} {word} × {usd(source.hourly_rate)} an hour "
        f"({time_kind(source.time).rate_words}) = {usd(source_value(source))}"
    )


def match_total(sources: list[MatchSource], kind: MatchKind | None = None) -> Decimal:
    chosen = [s for s in sources if kind is None or source_kind(s) == kind]
    return sum((source_value(s) for s in chosen), ZERO)


@dataclass(frozen=True)
class MatchFigures:
    request: Decimal
    """What the funder is asked for: the budget's total."""
    percent: Decimal
    required: Decimal | None
    """None when the rate cannot work (100% or more)."""
    cash: Decimal
    in_kind: Decimal
    waiver: bool

    @property
    def pledged(self) -> Decimal:
        return self.cash + self.in_kind

    @property
    def shortfall(self) -> Decimal:
        if self.required is None:
            return ZERO
        return max(self.required - self.pledged, ZERO)

    @property
    def match_counted(self) -> Decimal:
        """The match the project's cost includes: what the funder requires, or more if
        more is committed. With a waiver asked for, only what is committed."""
        if self.waiver or self.required is None:
            return self.pledged
        return max(self.pledged, self.required)

    @property
    def total_project_cost(self) -> Decimal:
        """The grant plus the match it counts on: one rule for every sentence and table,
        so an early draft with no match sources yet still states the full cost."""
        return self.request + self.match_counted

    @property
    def needed(self) -> bool:
        return self.percent > 0

    @property
    def met(self) -> bool:
        """The match offered is enough, or none is needed, or a waiver is asked for."""
        if not self.needed or self.waiver:
            return True
        return self.required is not None and self.pledged >= self.required


def match_figures(grant: GrantDraft) -> MatchFigures:
    request = budget_total(grant.budget)
    try:
        required: Decimal | None = required_match(request, grant.match_percent)
    except ValueError:
        required = None
    return MatchFigures(
        request=request,
        percent=grant.match_percent,
        required=required,
        cash=match_total(grant.match_sources, "cash"),
        in_kind=match_total(grant.match_sources, "in_kind"),
        waiver=grant.waiver_requested,
    )


def _figure(value: Decimal) -> str:
    return format(value.normalize(), "f")


@dataclass(frozen=True)
class WaiverBasisText:
    basis: WaiverBasis
    label: str
    """The choice on the grant step."""
    statement: str
    """What the application says, with the rule it rests on."""


WAIVER_BASES: tuple[WaiverBasisText, ...] = (
    WaiverBasisText(
        "tribe",
        "The applicant is a federally recognized tribe",
        "The applicant is a federally recognized tribe. Federal rules waive the VOCA match "
        "for tribes automatically (28 CFR 94.118).",
    ),
    WaiverBasisText(
        "tribal_lands",
        "The project is on tribal lands",
        "The project is carried out on tribal lands. Federal rules waive the VOCA match for "
        "such projects automatically (28 CFR 94.118).",
    ),
    WaiverBasisText(
        "state_policy",
        "Ask the state to waive it under its policy",
        "Since the VOCA Fix Act (Pub. L. 117-27), the state agency that administers VOCA "
        "funds may waive the match under its published waiver policy. We ask for that "
        "waiver.",
    ),
)
"""The federal rules on waiving VOCA's match (domain brief, 'Words')."""


def waiver_basis_text(basis: WaiverBasis | None) -> WaiverBasisText | None:
    return next((item for item in WAIVER_BASES if item.basis == basis), None)


RATE_FROM_NOTICE: dict[str, str] = {"ovca": "the funding notice"}
"""Funders whose match rate each funding notice sets (the draft's rate is typed in);
VOCA's is set by federal rule (28 CFR 94.118)."""


def match_explanation(
    figures: MatchFigures, funder_name: str, funder_id: str = "voca"
) -> list[str]:
    """The match arithmetic in plain sentences, so she can check it (and explain it)."""
    notice = RATE_FROM_NOTICE.get(funder_id)
    if not figures.needed:
        return [
            "This draft has no match: its rate is 0%. If the funding notice asks for one, "
            "type the rate it gives."
        ]
    if figures.required is None:
        return ["A match rate must be below 100%: at 100% the grant would pay for nothing."]
    rate = percent_text(figures.percent)
    asks = (
        f"This draft uses the match rate of {notice}: {rate} of the total project cost"
        if notice
        else f"{funder_name} asks for a match of {rate} of the total project cost"
    )
    if not figures.request:
        return [f"{asks}. Type the budget's amounts: the match is worked out from their total."]
    rest = _figure(HUNDRED - figures.percent)
    sentences = [
        f"{asks}, which is the grant plus the match.",
        f"Match needed: {usd(figures.request)} × {_figure(figures.percent)} ÷ {rest} = "
        f"{usd(figures.required)}. The total project cost is then "
        f"{usd(figures.total_project_cost)}: the grant plus a match of "
        f"{usd(figures.match_counted)}.",
    ]
    pledged = f"The match sources add up to {usd(figures.pledged)}"
    if figures.pledged:
        pledged += f" ({usd(figures.cash)} in cash, {usd(figures.in_kind)} in kind)"
    if figures.shortfall:
        pledged += f": {usd(figures.shortfall)} short of the match needed."
        if figures.waiver:
            pledged += " The waiver request below explains why."
    else:
        pledged += ": enough for the match."
    sentences.append(pledged)
    return sentences


def partner_organisations(project: Project) -> list[Organisation]:
    """The member organizations (someone on the roster is a member from it) other than
    the grant drafts' applicants, in name order: each is asked for a letter of support.
    None while there is no draft to support."""
    if not project.grants:
        return []
    applicants = {g.applicant.organisation.strip().casefold() for g in project.grants}
    used = {m.organisation_id for m in project.members if m.status == "member"}
    chosen = [
        o
        for o in project.organisations
        if o.id in used and o.name.strip().casefold() not in applicants
    ]
    return sorted(chosen, key=lambda o: (o.name.strip().casefold(), o.id))


def time_given_by(grant: GrantDraft, organisation_id: str) -> list[MatchSource]:
    """The match sources of time an organization gives to a draft (its letter states them)."""
    return [s for s in grant.match_sources if s.organisation_id == organisation_id]


# ----- the grant period --------------------------------------------------------------------


def period_problem(starts_on: date | None, ends_on: date | None) -> str:
    if starts_on is None and ends_on is None:
        return "Choose when the grant period starts and ends."
    if starts_on is None:
        return "Choose when the grant period starts."
    if ends_on is None:
        return "Choose when the grant period ends."
    if ends_on <= starts_on:
        return "The grant period must end after it starts."
    return ""


def period_months(starts_on: date | None, ends_on: date | None) -> int | None:
    """Whole months the period covers (July 1 to June 30 is 12), or None if unknown."""
    if starts_on is None or ends_on is None or ends_on <= starts_on:
        return None
    after = ends_on + timedelta(days=1)
    months = (after.year - starts_on.year) * 12 + after.month - starts_on.month
    if after.day < starts_on.day:
        months -= 1
    return max(months, 1)


def default_period(today: date) -> tuple[date, date]:
    """Twelve months from the first of next month: a starting point to change to the
    dates in the funding notice."""
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    starts = date(year, month, 1)
    ends = date(year + 1, month, 1) - timedelta(days=1)
    return starts, ends


# ----- the coordinator's salary line -------------------------------------------------------

SALARY_JUSTIFICATION = (
    "The coordinator is the task force's one dedicated position: they schedule and run "
    "meetings, keep partners connected and carry the work between them."
)


def fte(hours_per_week: Decimal) -> Decimal:
    """Full-time equivalent: hours a week over a 40-hour week, to two places."""
    return (hours_per_week / FULL_TIME_HOURS).quantize(Decimal("0.01"))


def salary_description(hours_per_week: Decimal | None) -> str:
    """'Task force coordinator, 20 hours a week (0.5 FTE)' from the Phase 1 answers."""
    if not hours_per_week:
        return "Task force coordinator (hours a week still to be decided)"
    hours = _figure(hours_per_week)
    word = "hour" if hours_per_week == 1 else "hours"
    return f"Task force coordinator, {hours} {word} a week ({_figure(fte(hours_per_week))} FTE)"


def salary_amount(hours_per_week: Decimal, hourly_rate: Decimal, months: int) -> Decimal:
    """Pay for the period: rate × hours a week × 52 weeks, for ``months`` of 12."""
    yearly = hourly_rate * hours_per_week * WEEKS_A_YEAR
    return cents(yearly * Decimal(months) / Decimal(12))


def salary_justification(hours_per_week: Decimal, hourly_rate: Decimal, months: int) -> str:
    yearly = cents(hourly_rate * hours_per_week * WEEKS_A_YEAR)
    amount = salary_amount(hours_per_week, hourly_rate, months)
    sentence = (
        f"{_figure(hours_per_week)} hours a week × 52 weeks × {usd(hourly_rate)} an hour = "
        f"{usd(yearly)} a year"
    )
    if months != 12:
        sentence += f"; for {months} months, {usd(amount)}"
    return f"{sentence}. {SALARY_JUSTIFICATION}"


def salary_line(project: Project) -> BudgetLine:
    """The coordinator's pay as a personnel line, described from the Phase 1 position.
    The amount is left for her to type (or work out from an hourly rate)."""
    return BudgetLine(
        category="personnel",
        description=salary_description(project.coordinator.hours_per_week),
        justification=SALARY_JUSTIFICATION,
    )


# ----- drafts ------------------------------------------------------------------------------


def default_title(project: Project) -> str:
    name = project.region.name.strip()
    return f"{name}: coordinator and activities" if name else "Task force coordinator"


def new_draft(project: Project, funder_id: FunderId, today: date) -> GrantDraft:
    """A draft prefilled from the project: applicant from the coordinator's employer,
    the region's counties, a year's period, and the coordinator's salary line."""
    contact = project.coordinator.contact
    starts, ends = default_period(today)
    return GrantDraft(
        funder=funder_id,
        title=default_title(project),
        applicant=Contact(
            name=contact.name,
            organisation=contact.organisation,
            email=contact.email,
            phone=contact.phone,
        ),
        starts_on=starts,
        ends_on=ends,
        counties=list(project.region.counties),
        match_percent=funder(funder_id).default_match_percent,
        budget=[salary_line(project)],
    )


def duplicate(grant: GrantDraft) -> GrantDraft:
    """A copy to adapt (for another funder, say), with fresh ids throughout."""
    copy = grant.model_copy(deep=True)
    copy.id = new_id()
    copy.title = f"{grant.title} (copy)" if grant.title.strip() else "Copy"
    for line in copy.budget:
        line.id = new_id()
    for source in copy.match_sources:
        source.id = new_id()
    return copy


def change_funder(grant: GrantDraft, funder_id: FunderId) -> None:
    """Switch the funder, and the match rate to that funder's usual one."""
    grant.funder = funder_id
    grant.match_percent = funder(funder_id).default_match_percent


# ----- the narrative's sections --------------------------------------------------------------


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    what: str
    """What the section says, as 'Write ...' asks for it (and a document's gap names it)."""


SECTIONS: tuple[Section, ...] = (
    Section("need", "Statement of need", "the statement of need"),
    Section("goals", "Goals and objectives", "the goals and objectives"),
    Section("design", "Project design and timeline", "the project design and timeline"),
    Section("capabilities", "Capabilities", "why the applicant and partners can deliver"),
    Section("evaluation", "Performance measures and evaluation", "how the work is measured"),
    Section("sustainability", "Sustainability", "how the work goes on after the grant"),
)
WAIVER_KEY = "match_waiver"
"""Where the waiver request's paragraph is kept in ``GrantDraft.narrative``."""
PLACEHOLDER = re.compile(r"\[Add\b[^\]]*\]")
"""The '[Add ...]' notes a started draft leaves for her to replace."""


# ----- checks before export ----------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    field: str
    """Which field it belongs beside: 'title', 'organisation', 'contact', 'period',
    'counties', 'budget', 'line:<id>', 'rate', 'match', 'source:<id>',
    'narrative:<key>' or 'waiver'."""
    text: str


def _line_problem(line: BudgetLine, number: int) -> str:
    missing = []
    if not line.description.strip():
        missing.append("a description")
    if line.amount <= 0:
        missing.append("an amount")
    if not line.justification.strip():
        missing.append("a justification")
    if not missing:
        return ""
    listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " and " + missing[-1]
    return f"Line {number} needs {listed}."


def _source_problem(source: MatchSource, number: int) -> str:
    if source.time is None:
        if not source.description.strip() or source.amount <= 0:
            return f"Match source {number} needs a description and an amount."
        return ""
    missing = []
    if not source.description.strip():
        missing.append("a description")
    if not source.hours:
        missing.append("the hours")
    if not source.hourly_rate:
        missing.append(
            "the hourly pay rate, with benefits, of the staff who give it"
            if source.time == "staff"
            else "the volunteer rate an hour"
        )
    if not missing:
        return ""
    listed = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " and " + missing[-1]
    return f"Match source {number} needs {listed}."


def _text_problem(text: str, what: str, title: str) -> str:
    if not text.strip():
        return f"Write {what}."
    if PLACEHOLDER.search(text):
        return f"The “{title}” section still has a note in [square brackets] to replace."
    return ""


def grant_problems(grant: GrantDraft) -> list[Problem]:
    """Everything to fix before the application goes out, each beside its field."""
    problems: list[Problem] = []

    def add(field: str, text: str) -> None:
        if text:
            problems.append(Problem(field, text))

    add("title", "" if grant.title.strip() else "Give the project a title.")
    add("organisation", "" if grant.applicant.organisation.strip() else "Name the applicant.")
    add("contact", "" if grant.applicant.name.strip() else "Name the contact person.")
    add("period", period_problem(grant.starts_on, grant.ends_on))
    add("counties", "" if grant.counties else "Choose the counties the project serves.")
    if not grant.budget:
        add("budget", "Add at least one budget line.")
    for number, line in enumerate(grant.budget, start=1):
        add(f"line:{line.id}", _line_problem(line, number))
    if grant.budget and budget_total(grant.budget) <= 0:
        add("budget", "The budget adds up to $0.00: type the amounts.")
    figures = match_figures(grant)
    if figures.required is None:
        add("rate", "The match rate must be below 100%.")
    elif not figures.met:
        add(
            "match",
            f"The match is {usd(figures.shortfall)} short: {usd(figures.required)} is needed "
            f"and {usd(figures.pledged)} is listed. Add match sources, or ask for a waiver.",
        )
    for number, source in enumerate(grant.match_sources, start=1):
        add(f"source:{source.id}", _source_problem(source, number))
    for section in SECTIONS:
        text = grant.narrative.get(section.key, "")
        add(f"narrative:{section.key}", _text_problem(text, section.what, section.title))
    if grant.waiver_requested:
        if grant.waiver_basis is None:
            add("waiver_basis", "Choose which waiver applies.")
        waiver = grant.narrative.get(WAIVER_KEY, "")
        add("waiver", _text_problem(waiver, "the waiver request", "Waiver request"))
    return problems


def problems_by_field(grant: GrantDraft) -> dict[str, str]:
    """The checks keyed by field (several on one field are joined)."""
    found: dict[str, str] = {}
    for problem in grant_problems(grant):
        earlier = found.get(problem.field)
        found[problem.field] = f"{earlier} {problem.text}" if earlier else problem.text
    return found
