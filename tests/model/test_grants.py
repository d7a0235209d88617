"""Grant drafts: dollar parsing and formatting, budget totals, the match (20% of the total
project cost), the salary line, the checks, and the narrative's prompts and drafts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.model import grant_narrative, grants
from wizard.model.grants import (
    CATEGORY_IDS,
    PLACEHOLDER,
    SECTIONS,
    WAIVER_KEY,
    budget_total,
    category_totals,
    change_funder,
    default_period,
    duplicate,
    fte,
    grant_problems,
    match_explanation,
    match_figures,
    new_draft,
    period_months,
    period_problem,
    problems_by_field,
    required_match,
    salary_amount,
    salary_description,
    salary_justification,
)
from wizard.model.money import (
    AmountError,
    cents,
    parse_amount,
    parse_percent,
    percent_text,
    plain_amount,
    usd,
)
from wizard.model.project import (
    BudgetLine,
    Contact,
    Coordinator,
    GrantDraft,
    MatchSource,
    Project,
    Region,
)

D = Decimal
TODAY = date(2026, 11, 28)
amounts = st.decimals(min_value=0, max_value=D("10000000"), places=2, allow_nan=False)
rates = st.decimals(min_value=0, max_value=D("99.99"), places=2, allow_nan=False)


def line(amount: str, category: str = "personnel", **fields: str) -> BudgetLine:
    return BudgetLine(
        category=category,
        description=fields.get("description", "Coordinator"),
        amount=D(amount),
        justification=fields.get("justification", "Runs the task force."),
    )


def ready_draft(**changes: object) -> GrantDraft:
    """A VOCA draft that passes every check."""
    grant = GrantDraft(
        funder="voca",
        title="Coordinator for North Ridge",
        applicant=Contact(name="Avery Brooks", organisation="Riverbend Youth Haven"),
        starts_on=date(2027, 7, 1),
        ends_on=date(2028, 6, 30),
        counties=["Chelan"],
        match_percent=D("20"),
        budget=[line("80000.00")],
        match_sources=[MatchSource(description="Volunteer hours", kind="in_kind", amount=D(20000))],
        narrative={s.key: f"Words for {s.title}." for s in SECTIONS},
    )
    for name, value in changes.items():
        setattr(grant, name, value)
    return grant


# ----- dollars -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "amount"),
    [
        ("80000", "80000.00"),
        ("$80,000.00", "80000.00"),
        (" $ 1 250.5 ", "1250.50"),
        ("12.", "12.00"),
        (".5", "0.50"),
        ("0", "0.00"),
        ("", "0.00"),
        ("   ", "0.00"),
        ("4,500.250", "4500.25"),
        ("1000000000", "1000000000.00"),
    ],
)
def test_typed_amounts_are_read_exactly(typed, amount):
    parsed = parse_amount(typed)
    assert parsed == D(amount) and parsed.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("typed", "reason"),
    [
        ("12,5o", "is not an amount"),
        ("1.2.3", "is not an amount"),
        ("ten", "is not an amount"),
        (".", "is not an amount"),
        ("1e5", "is not an amount"),
        ("NaN", "is not an amount"),
        ("-5", "below zero"),
        ("$-5", "below zero"),
        ("12.345", "two digits"),
        ("1000000000.01", "more than one line"),
    ],
)
def test_what_is_not_an_amount_says_why(typed, reason):
    with pytest.raises(AmountError, match=reason):
        parse_amount(typed)


@pytest.mark.parametrize(
    ("amount", "shown"),
    [
        ("80000", "$80,000.00"),
        ("0", "$0.00"),
        ("0.005", "$0.01"),
        ("0.004", "$0.00"),
        ("1234567.891", "$1,234,567.89"),
        ("-12.5", "-$12.50"),
    ],
)
def test_dollars_are_shown_the_us_way(amount, shown):
    assert usd(D(amount)) == shown


def test_rounding_is_half_up_to_cents_never_bankers():
    assert cents(D("2.345")) == D("2.35")
    assert cents(D("2.355")) == D("2.36")
    assert cents(D("0.125")) == D("0.13")  # banker's rounding would give 0.12


@given(amounts)
def test_a_shown_amount_reads_back_as_the_same_amount(amount):
    assert parse_amount(usd(amount)) == amount
    assert parse_amount(plain_amount(amount)) == amount


@pytest.mark.parametrize(
    ("typed", "rate"), [("20", "20"), ("12.5%", "12.5"), ("", "0"), ("0", "0")]
)
def test_rates_are_read_exactly(typed, rate):
    assert parse_percent(typed) == D(rate)


@pytest.mark.parametrize(
    ("typed", "reason"),
    [("100", "below 100"), ("-1", "below zero"), ("twenty", "not a rate"), ("1.234", "two")],
)
def test_impossible_rates_say_why(typed, reason):
    with pytest.raises(AmountError, match=reason):
        parse_percent(typed)


def test_rates_are_shown_without_trailing_zeros():
    assert percent_text(D("20.00")) == "20%"
    assert percent_text(D("12.50")) == "12.5%"


# ----- budget totals ---------------------------------------------------------------------------


def test_an_empty_budget_totals_zero_dollars():
    assert budget_total([]) == D("0.00")
    assert all(total == 0 for _, total in category_totals([]))


def test_totals_add_lines_exactly_where_floats_would_not():
    lines = [line("0.10"), line("0.20", "travel"), line("0.30", "travel")]
    assert 0.1 + 0.2 != 0.3  # the reason for Decimal
    assert budget_total(lines) == D("0.60")
    totals = {category.id: total for category, total in category_totals(lines)}
    assert totals == {c: D("0.00") for c in CATEGORY_IDS} | {
        "personnel": D("0.10"),
        "travel": D("0.50"),
    }


def test_category_totals_keep_the_funders_order():
    order = [category.id for category, _ in category_totals([])]
    assert order == [
        "personnel",
        "fringe",
        "travel",
        "equipment",
        "supplies",
        "contracts",
        "other",
        "indirect",
    ]


def test_zero_lines_count_as_nothing():
    assert budget_total([line("0"), line("45000")]) == D("45000.00")


@given(st.lists(st.tuples(st.sampled_from(CATEGORY_IDS), amounts), max_size=30))
def test_category_totals_always_add_up_to_the_total(items):
    lines = [line(str(amount), category) for category, amount in items]
    total = budget_total(lines)
    assert sum((t for _, t in category_totals(lines)), D(0)) == total
    assert total == sum((D(str(a)) for _, a in items), D(0))
    assert total.as_tuple().exponent == -2


# ----- the match --------------------------------------------------------------------------------


def test_the_issues_example_80000_needs_20000():
    assert required_match(D("80000"), D("20")) == D("20000.00")


@pytest.mark.parametrize(
    ("request_", "rate", "match"),
    [
        ("80000", "20", "20000.00"),
        ("45000", "20", "11250.00"),
        ("12345.67", "20", "3086.42"),  # 3086.4175
        ("0.02", "20", "0.01"),  # 0.005 rounds half up
        ("0.01", "20", "0.00"),  # 0.0025
        ("100000", "25", "33333.33"),
        ("100000", "0", "0.00"),
        ("0", "20", "0.00"),
    ],
)
def test_required_match_rounds_half_up_to_cents(request_, rate, match):
    assert required_match(D(request_), D(rate)) == D(match)


@pytest.mark.parametrize("rate", ["100", "150", "-1"])
def test_a_rate_of_100_or_more_cannot_work(rate):
    with pytest.raises(ValueError, match="below 100"):
        required_match(D("1000"), D(rate))


@given(amounts, rates)
def test_the_match_is_the_rate_of_the_total_project_cost(request_, rate):
    match = required_match(request_, rate)
    total = request_ + match
    assert match.as_tuple().exponent == -2 or match == 0
    # the match is the rate's share of grant plus match, to within rounding to the cent
    assert abs(match - total * rate / 100) <= D("0.005")
    # and it is the exact solution rounded half up
    exact = request_ * rate / (100 - rate)
    assert abs(match - exact) <= D("0.005")


@given(amounts, rates)
def test_a_larger_request_never_needs_less_match(request_, rate):
    assert required_match(request_ + D("0.01"), rate) >= required_match(request_, rate)


def test_figures_add_cash_and_in_kind_and_measure_the_shortfall():
    grant = ready_draft(
        match_sources=[
            MatchSource(description="County cash", kind="cash", amount=D("10000")),
            MatchSource(description="Volunteer hours", kind="in_kind", amount=D("2000.50")),
        ]
    )
    figures = match_figures(grant)
    assert (figures.request, figures.required) == (D("80000.00"), D("20000.00"))
    assert (figures.cash, figures.in_kind, figures.pledged) == (
        D("10000.00"),
        D("2000.50"),
        D("12000.50"),
    )
    assert figures.shortfall == D("7999.50")
    assert figures.total_project_cost == D("100000.00")  # the match the project counts on
    assert not figures.met


@pytest.mark.parametrize(
    ("sources", "waiver", "total"),
    [
        ([], False, "50,000.00"),  # no match yet: the full cost, not the grant alone
        ([D("4000")], False, "50,000.00"),  # part of it
        ([D("10000")], False, "50,000.00"),  # all of it
        ([D("15000")], False, "55,000.00"),  # more than needed: all of it counts
        ([D("4000")], True, "44,000.00"),  # a waiver asked for: what is committed
    ],
)
def test_one_total_project_cost_in_the_text_and_the_tables(sources, waiver, total):
    """Issue 14: a $40,000 draft with no match said $50,000 in words, $40,000 in tables."""
    grant = ready_draft(
        budget=[BudgetLine(category="personnel", description="Coordinator", amount=D("40000"))],
        match_sources=[
            MatchSource(description=f"Source {n}", kind="cash", amount=amount)
            for n, amount in enumerate(sources)
        ],
        waiver_requested=waiver,
    )
    figures = match_figures(grant)
    assert usd(figures.total_project_cost) == f"${total}"
    words = " ".join(match_explanation(figures, "VOCA"))
    assert f"The total project cost is then ${total}" in words


def test_enough_match_a_waiver_or_a_zero_rate_meet_the_rule():
    assert match_figures(ready_draft()).met
    assert match_figures(ready_draft(match_sources=[], waiver_requested=True)).met
    assert match_figures(ready_draft(match_sources=[], match_percent=D("0"))).met
    assert not match_figures(ready_draft(match_sources=[])).met


def test_a_100_percent_rate_gives_no_figure_and_is_never_met():
    figures = match_figures(ready_draft(match_percent=D("100")))
    assert figures.required is None and not figures.met and figures.shortfall == 0


def test_the_arithmetic_is_shown_in_words():
    grant = ready_draft(
        match_sources=[MatchSource(description="County", kind="cash", amount=D("12000"))]
    )
    words = " ".join(match_explanation(match_figures(grant), "VOCA"))
    assert "VOCA asks for a match of 20% of the total project cost" in words
    assert "$80,000.00 × 20 ÷ 80 = $20,000.00" in words
    assert "total project cost is then $100,000.00" in words
    assert "$12,000.00 in cash, $0.00 in kind" in words
    assert "$8,000.00 short" in words


def test_the_words_say_when_the_match_is_enough_or_not_needed():
    assert "enough" in match_explanation(match_figures(ready_draft()), "VOCA")[-1]
    none = match_explanation(match_figures(ready_draft(match_percent=D(0))), "OCVA")
    assert "no match" in none[0]
    empty = match_explanation(match_figures(ready_draft(budget=[])), "VOCA")
    assert "Type the budget's amounts" in empty[0]
    waived = ready_draft(match_sources=[], waiver_requested=True)
    assert "waiver request" in match_explanation(match_figures(waived), "VOCA")[-1]


# ----- period and salary ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("starts", "ends", "problem"),
    [
        (None, None, "starts and ends"),
        (None, date(2028, 6, 30), "starts."),
        (date(2027, 7, 1), None, "ends."),
        (date(2027, 7, 1), date(2027, 7, 1), "end after it starts"),
        (date(2027, 7, 1), date(2027, 6, 1), "end after it starts"),
        (date(2027, 7, 1), date(2028, 6, 30), ""),
    ],
)
def test_the_period_must_have_both_dates_in_order(starts, ends, problem):
    found = period_problem(starts, ends)
    assert (problem in found) if problem else found == ""


@pytest.mark.parametrize(
    ("starts", "ends", "months"),
    [
        (date(2027, 7, 1), date(2028, 6, 30), 12),
        (date(2027, 10, 1), date(2028, 9, 30), 12),
        (date(2027, 7, 1), date(2027, 12, 31), 6),
        (date(2027, 7, 1), date(2029, 6, 30), 24),
        (date(2027, 7, 15), date(2027, 7, 20), 1),
        (date(2027, 7, 1), None, None),
        (date(2027, 7, 1), date(2027, 6, 1), None),
    ],
)
def test_period_months(starts, ends, months):
    assert period_months(starts, ends) == months


def test_the_default_period_is_a_year_from_next_month():
    assert default_period(date(2026, 11, 28)) == (date(2026, 12, 1), date(2027, 11, 30))
    assert default_period(date(2026, 12, 5)) == (date(2027, 1, 1), date(2027, 12, 31))


def test_salary_line_words_come_from_the_phase1_hours():
    assert fte(D("20")) == D("0.50")
    assert salary_description(D("20")) == "Task force coordinator, 20 hours a week (0.5 FTE)"
    assert salary_description(D("40")) == "Task force coordinator, 40 hours a week (1 FTE)"
    assert salary_description(D("30")) == "Task force coordinator, 30 hours a week (0.75 FTE)"
    assert "still to be decided" in salary_description(None)


def test_salary_from_an_hourly_rate():
    assert salary_amount(D("20"), D("25"), 12) == D("26000.00")
    assert salary_amount(D("20"), D("25"), 6) == D("13000.00")
    assert salary_amount(D("30"), D("27.35"), 12) == D("42666.00")
    assert salary_amount(D("20"), D("25.33"), 7) == D("15366.87")  # 26343.20 × 7 / 12
    words = salary_justification(D("20"), D("25"), 6)
    assert "20 hours a week × 52 weeks × $25.00 an hour = $26,000.00 a year" in words
    assert "for 6 months, $13,000.00" in words


# ----- drafts -------------------------------------------------------------------------------


def coordinated_project() -> Project:
    return Project(
        region=Region(name="North Ridge Task Force", counties=["Chelan", "Douglas"]),
        coordinator=Coordinator(
            identified=True,
            contact=Contact(name="Avery", organisation="Haven", email="a@example.org"),
            hours_per_week=D("20"),
        ),
    )


def test_a_new_draft_is_prefilled_from_the_project():
    grant = new_draft(coordinated_project(), "voca", TODAY)
    assert grant.title == "North Ridge Task Force: coordinator and activities"
    assert grant.applicant == Contact(name="Avery", organisation="Haven", email="a@example.org")
    assert grant.counties == ["Chelan", "Douglas"]
    assert (grant.starts_on, grant.ends_on) == (date(2026, 12, 1), date(2027, 11, 30))
    assert grant.match_percent == D("20")
    [salary] = grant.budget
    assert salary.category == "personnel" and salary.amount == 0
    assert salary.description == "Task force coordinator, 20 hours a week (0.5 FTE)"
    assert new_draft(coordinated_project(), "ovca", TODAY).match_percent == D("0")


def test_a_new_draft_in_an_empty_project_still_makes_sense():
    grant = new_draft(Project(), "voca", TODAY)
    assert grant.title == "Task force coordinator"
    assert grant.counties == [] and grant.applicant == Contact()
    Project(grants=[grant])  # valid


def test_changing_funder_brings_its_usual_rate():
    grant = ready_draft()
    change_funder(grant, "ovca")
    assert (grant.funder, grant.match_percent) == ("ovca", D("0"))
    change_funder(grant, "voca")
    assert grant.match_percent == D("20")


def test_a_duplicate_has_fresh_ids_and_the_same_content():
    grant = ready_draft()
    copy = duplicate(grant)
    assert copy.id != grant.id and copy.title == "Coordinator for North Ridge (copy)"
    assert [line.id for line in copy.budget] != [line.id for line in grant.budget]
    assert [s.id for s in copy.match_sources] != [s.id for s in grant.match_sources]
    assert copy.budget[0].amount == grant.budget[0].amount
    copy.budget[0].amount = D(1)
    assert grant.budget[0].amount == D("80000.00")  # a deep copy
    Project(grants=[grant, copy])


def test_the_funders_full_names_are_shown():
    assert grants.funder("ovca").short_name == "OCVA"
    assert grants.funder("ovca").name.startswith("Office of Crime Victims Advocacy (OCVA)")
    assert "Department of Commerce" in grants.funder("ovca").name
    assert grants.funder("voca").name.startswith("Victims of Crime Act (VOCA)")


# ----- checks ---------------------------------------------------------------------------------


def test_a_complete_draft_passes_every_check():
    assert grant_problems(ready_draft()) == []


def test_an_empty_draft_lists_everything_in_plain_words():
    found = problems_by_field(GrantDraft(match_percent=D("20")))
    assert found["title"] == "Give the project a title."
    assert found["organisation"] == "Name the applicant."
    assert found["contact"] == "Name the contact person."
    assert found["period"] == "Choose when the grant period starts and ends."
    assert found["counties"] == "Choose the counties the project serves."
    assert found["budget"] == "Add at least one budget line."
    for section in SECTIONS:
        assert found[f"narrative:{section.key}"] == f"Write {section.what}."
    assert found["narrative:evaluation"] == "Write how the work is measured."
    assert "match" not in found  # nothing requested, nothing needed


def test_each_budget_line_says_what_it_lacks():
    lines = [
        BudgetLine(id="a", description="Coordinator", amount=D(0), justification="Why"),
        BudgetLine(id="b", description="", amount=D(5), justification=""),
        line("10"),
    ]
    found = problems_by_field(ready_draft(budget=lines, match_percent=D(0)))
    assert found["line:a"] == "Line 1 needs an amount."
    assert found["line:b"] == "Line 2 needs a description and a justification."
    assert not any(key.startswith("line:") and key not in {"line:a", "line:b"} for key in found)


def test_a_budget_of_only_zero_lines_is_flagged():
    found = problems_by_field(ready_draft(budget=[line("0")], match_percent=D(0)))
    assert "adds up to $0.00" in found["budget"]


def test_a_match_shortfall_is_flagged_with_the_figures():
    grant = ready_draft(
        match_sources=[MatchSource(description="Hours", kind="in_kind", amount=D("19999.99"))]
    )
    assert problems_by_field(grant)["match"] == (
        "The match is $0.01 short: $20,000.00 is needed and $19,999.99 is listed. Add match "
        "sources, or ask for a waiver."
    )
    grant.waiver_requested = True
    found = problems_by_field(grant)
    assert "match" not in found
    assert found["waiver"] == "Write the waiver request."
    assert found["waiver_basis"] == "Choose which waiver applies."
    grant.narrative[WAIVER_KEY] = "We ask for a waiver because we are small."
    grant.waiver_basis = "state_policy"
    assert grant_problems(grant) == []


def test_a_100_percent_rate_is_flagged():
    assert "below 100%" in problems_by_field(ready_draft(match_percent=D(100)))["rate"]


def test_an_ocva_draft_with_no_match_rate_needs_no_sources():
    grant = ready_draft(funder="ovca", match_percent=D(0), match_sources=[])
    assert grant_problems(grant) == []


def test_a_match_source_needs_words_and_an_amount():
    source = MatchSource(id="s1", description="", kind="cash", amount=D(0))
    grant = ready_draft(match_sources=[*ready_draft().match_sources, source])
    assert problems_by_field(grant)["source:s1"] == (
        "Match source 2 needs a description and an amount."
    )


def test_a_section_with_a_note_left_in_brackets_is_flagged():
    grant = ready_draft()
    grant.narrative["need"] = "We serve two counties. [Add local figures.]"
    assert problems_by_field(grant)["narrative:need"] == (
        "The “Statement of need” section still has a note in [square brackets] to replace."
    )
    grant.narrative["need"] = "We serve two counties [both rural]."
    assert grant_problems(grant) == []


def test_whitespace_is_not_text():
    grant = ready_draft(title="   ")
    grant.narrative["goals"] = " \n\t "
    found = problems_by_field(grant)
    assert {"title", "narrative:goals"} <= set(found)


# ----- the narrative's prompts and drafts ----------------------------------------------------


def test_every_section_has_a_prompt_and_a_draft_even_for_an_empty_project():
    project = Project()
    grant = new_draft(project, "voca", TODAY)
    for section in SECTIONS:
        assert grant_narrative.section_prompt(section.key, project, grant).strip()
        assert grant_narrative.starting_draft(section.key, project, grant).strip()


def test_the_sample_drafts_draw_on_the_project(sample_project):
    project = sample_project
    grant = new_draft(project, "voca", TODAY)
    need = grant_narrative.starting_draft("need", project, grant)
    assert need.startswith("The North Ridge CSEC/Y Task Force serves Chelan and Douglas counties.")
    assert "Tribal communities" in need  # a gap from the coverage meter
    assert "community event" in need and "38 people" in need
    assert PLACEHOLDER.search(need)  # what the project cannot know is left to add
    prompt = grant_narrative.section_prompt("need", project, grant)
    assert "of 13 recommended sectors" in prompt and "Tribal communities" in prompt
    facts = prompt.splitlines()  # one fact a line, not one long sentence
    assert "So far the task force has:" in facts
    assert "• met 21 times, with 7 people at a meeting on average" in facts
    assert not any(";" in line for line in facts)
    goals = grant_narrative.starting_draft("goals", project, grant)
    assert project.mission.statement in goals
    for goal in project.mission.goals:
        assert goal.text in goals
    capabilities = grant_narrative.starting_draft("capabilities", project, grant)
    assert "Avery Brooks" in capabilities and "Judge Ellen Park" in capabilities
    assert "Riverbend Youth Haven applies on behalf of" in capabilities
    evaluation = grant_narrative.starting_draft("evaluation", project, grant)
    assert "attendance at every task force meeting" in evaluation
    design = grant_narrative.starting_draft("design", project, grant)
    assert "Timeline:" in design and "20 hours a week" in design


def test_the_design_plans_only_what_is_still_open():
    project = Project()
    design = grant_narrative.starting_draft("design", project, new_draft(project, "voca", TODAY))
    assert "Already done" not in design
    assert "First quarter: settle the task force's name" in design
    assert "Fourth quarter:" in design


def test_drafts_hold_counts_never_names_of_young_people(sample_project):
    """The model has no field for a young person's name; the drafts print only counts."""
    project = sample_project
    grant = new_draft(project, "voca", TODAY)
    text = "\n".join(grant_narrative.starting_draft(s.key, project, grant) for s in SECTIONS)
    assert "counts only" in text


def test_the_waiver_request_names_the_figures():
    project = coordinated_project()
    grant = ready_draft(match_sources=[MatchSource(description="x", amount=D("5000"))])
    text = grant_narrative.waiver_request(project, grant)
    assert text.startswith("Riverbend Youth Haven asks VOCA to waive the match for this project")
    assert "or to reduce it to the $5,000.00 listed" in text
    assert "would be $20,000.00 on a request of $80,000.00" in text
    assert "the North Ridge Task Force is a partnership" in text.replace("The North", "the North")
    assert PLACEHOLDER.search(text)


@pytest.fixture
def sample_project() -> Project:
    from tests.documents.conftest import SAMPLE
    from wizard.storage.project_file import open_project

    return open_project(SAMPLE, keep_backup=False).project


# ----- in-kind time: staff at their pay, volunteers at a volunteer rate ---------------------


def _voca_with(*sources: MatchSource) -> GrantDraft:
    return GrantDraft(
        funder="voca",
        budget=[BudgetLine(category="personnel", amount=Decimal("40000.00"))],
        match_sources=list(sources),
    )


def test_staff_time_is_valued_at_the_entered_pay_rate_not_a_flat_twenty() -> None:
    staff = MatchSource(
        description="Detective's time at meetings", time="staff", hours=Decimal("120"),
        hourly_rate=Decimal("52.75"),
    )  # fmt: skip
    figures = match_figures(_voca_with(staff))
    assert grants.source_value(staff) == Decimal("6330.00")
    assert figures.in_kind == Decimal("6330.00")
    assert figures.in_kind != Decimal("120") * Decimal("20")
    assert figures.cash == Decimal("0")
    assert grants.time_working(staff) == (
        "120 hours × $52.75 an hour (loaded pay rate) = $6,330.00"
    )


def test_volunteer_time_keeps_a_volunteer_rate_labelled_as_such() -> None:
    volunteers = MatchSource(
        description="Community volunteers at events", time="volunteer", hours=Decimal("40"),
        hourly_rate=Decimal("31.80"),
    )  # fmt: skip
    assert grants.time_working(volunteers) == (
        "40 hours × $31.80 an hour (volunteer rate) = $1,272.00"
    )


def test_time_is_in_kind_whatever_its_stored_kind() -> None:
    staff = MatchSource(
        description="x", kind="cash", time="staff", hours=Decimal("10"), hourly_rate=Decimal("40")
    )
    figures = match_figures(_voca_with(staff))
    assert (figures.cash, figures.in_kind) == (Decimal("0"), Decimal("400.00"))


def test_time_without_a_rate_counts_nothing_and_asks_for_the_rate() -> None:
    staff = MatchSource(description="Nurse's time", time="staff", hours=Decimal("30"))
    grant = _voca_with(staff)
    figures = match_figures(grant)
    assert figures.pledged == Decimal("0")
    assert figures.total_project_cost == figures.request + figures.required
    problem = problems_by_field(grant)[f"source:{staff.id}"]
    assert "hourly pay rate" in problem
    assert grants.time_working(staff) == ""
    volunteers = MatchSource(description="Volunteers", time="volunteer", hourly_rate=Decimal("30"))
    assert "the hours" in problems_by_field(_voca_with(volunteers))[f"source:{volunteers.id}"]


def test_total_project_cost_counts_time_at_its_rate_once() -> None:
    staff = MatchSource(
        description="x", time="staff", hours=Decimal("400"), hourly_rate=Decimal("45.00")
    )
    figures = match_figures(_voca_with(staff))  # $18,000 of time; $10,000 needed
    assert figures.total_project_cost == Decimal("58000.00")
    assert figures.shortfall == Decimal("0")


def test_a_match_source_given_by_an_unknown_organisation_is_refused() -> None:
    from wizard.model.project import Organisation, consistency_problems
    from wizard.model.roster import organisation_in_use

    sheriff = Organisation(name="Sheriff")
    source = MatchSource(description="x", time="staff", organisation_id=sheriff.id)
    project = Project(organisations=[sheriff], grants=[_voca_with(source)])
    assert consistency_problems(project) == []
    assert organisation_in_use(project, sheriff.id)
    project.organisations.clear()
    assert any("does not exist" in p for p in consistency_problems(project))


def test_the_capabilities_draft_names_the_staff_time_members_give(sample_project):
    grant = sample_project.grants[0]
    capabilities = grant_narrative.starting_draft("capabilities", sample_project, grant)
    assert (
        "Member organizations back the project with their own staff's time, counted as match "
        "at each one's pay: North Ridge County Sheriff's Office, 50 hours; and North Ridge "
        "Public Health, 40 hours." in capabilities
    )
    grant.match_sources = [s for s in grant.match_sources if s.time != "staff"]
    capabilities = grant_narrative.starting_draft("capabilities", sample_project, grant)
    assert "staff's time" not in capabilities
