"""The interconnectedness survey: answers, densities, one-sided referrals, and the CSV."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.model.project import Member, Organisation, Project, Survey
from wizard.model.survey import (
    CSV_HEADERS,
    MAX_CSV_BYTES,
    SurveyCsvError,
    answer,
    apply_import,
    compare,
    densities,
    new_survey,
    nobody_refers_to,
    read_survey_csv,
    refers_to_nobody,
    set_answer,
    survey_csv,
)

NAMES = {"a": "Alder House", "b": "Bay Clinic", "c": "County CPS"}


def _project() -> Project:
    return Project(
        organisations=[Organisation(id=i, name=name) for i, name in NAMES.items()]
        + [Organisation(id="x", name="Prospect Org")],
        members=[Member(organisation_id=i, status="member") for i in NAMES]
        + [Member(organisation_id="x", status="prospect")],
    )


def test_a_new_survey_asks_the_member_organisations():
    survey = new_survey(_project())
    assert survey.organisation_ids == ["a", "b", "c"]
    assert survey.answers == {}


def test_answers_about_oneself_are_ignored_and_blank_is_not_no():
    survey = new_survey(_project())
    set_answer(survey, "a", "a", "knows", True)
    assert survey.answers == {} and answer(survey, "a", "a", "knows") is None
    set_answer(survey, "a", "b", "refers", False)
    assert answer(survey, "a", "b", "refers") is False
    assert answer(survey, "a", "b", "knows") is None
    set_answer(survey, "a", "b", "refers", None)
    assert survey.answers == {}  # nothing left to keep


def test_densities_are_over_answered_pairs_and_say_what_is_missing():
    survey = new_survey(_project())
    set_answer(survey, "a", "b", "knows", True)
    set_answer(survey, "a", "c", "knows", True)
    set_answer(survey, "b", "a", "knows", False)
    knows, communicates, _refers = densities(survey)
    assert (knows.yes, knows.no, knows.missing) == (2, 1, 3)
    assert knows.share == pytest.approx(2 / 3)
    assert communicates.share is None and communicates.missing == 6


def test_compared_with_the_last_survey_in_points():
    before, now = Survey(organisation_ids=["a", "b"]), Survey(organisation_ids=["a", "b"])
    set_answer(before, "a", "b", "refers", False)
    set_answer(before, "b", "a", "refers", True)
    set_answer(now, "a", "b", "refers", True)
    set_answer(now, "b", "a", "refers", True)
    changes = {c.relation.relation: c for c in compare(now, before)}
    assert changes["refers"].points == 50
    assert changes["knows"].points is None
    assert [c.before for c in compare(now, None)] == [None, None, None]


def test_organisations_nobody_refers_to_and_that_refer_to_nobody():
    project = _project()
    survey = new_survey(project)
    for asking, about, value in (("a", "b", True), ("b", "a", False), ("c", "a", False)):
        set_answer(survey, asking, about, "refers", value)
    assert [o.id for o in nobody_refers_to(project, survey)] == ["a"]  # c: nobody answered
    assert [o.id for o in refers_to_nobody(project, survey)] == ["b", "c"]


def _csv(*rows: list[str], headers=CSV_HEADERS, delimiter: str = ",", bom: bool = True) -> bytes:
    lines = [delimiter.join(headers)] + [delimiter.join(row) for row in rows]
    text = "\r\n".join(lines) + "\r\n"
    return text.encode("utf-8-sig" if bom else "utf-8")


def test_the_csv_round_trip_keeps_every_answer():
    project = _project()
    survey = new_survey(project)
    set_answer(survey, "a", "b", "knows", True)
    set_answer(survey, "b", "c", "refers", False)
    data = survey_csv(project, survey)
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == 7
    again = Survey(organisation_ids=survey.organisation_ids)
    found = read_survey_csv(project, again, data)
    assert found.problems == [] and found.rows == 6
    apply_import(again, found)
    assert again.answers == survey.answers


def test_yes_and_no_in_the_ways_people_write_them():
    project = _project()
    survey = new_survey(project)
    rows = [
        ["Alder House", "Bay Clinic", "Yes", "y", "1"],
        ["alder house", "county cps", "x", "NO", "n"],
        ["Bay Clinic", "Alder House", "TRUE", "0", ""],
        ["Bay Clinic", "Bay Clinic", "yes", "yes", "yes"],  # about itself: ignored
    ]
    found = read_survey_csv(project, survey, _csv(*rows, delimiter=";", bom=False))
    assert found.problems == [] and found.ignored_self == 1
    assert found.answers == {"a>b": "yyy", "a>c": "ynn", "b>a": "yn-"}


def test_every_bad_row_is_named_and_nothing_is_applied():
    project = _project()
    survey = new_survey(project)
    rows = [
        ["Alder House", "Bay Clinic", "yes", "yes", "maybe"],
        ["Acme", "Bay Clinic", "yes", "", ""],
        ["Prospect Org", "Bay Clinic", "yes", "", ""],  # not asked in this survey
        ["", "Bay Clinic", "yes", "", ""],
        ["Bay Clinic", "Alder House", "yes", "", ""],
        ["bay clinic", "alder house", "no", "", ""],
    ]
    found = read_survey_csv(project, survey, _csv(*rows))
    assert [str(p) for p in found.problems] == [
        "Row 2: “maybe” under “Do you refer young people to them?” is not yes or no.",
        "Row 3: “Acme” is not one of the organizations asked in this survey.",
        "Row 4: “Prospect Org” is not one of the organizations asked in this survey.",
        "Row 5: an organization's name is blank.",
        "Row 7: “bay clinic” about “alder house” appears more than once.",
    ]
    assert not found.can_apply
    with pytest.raises(ValueError, match="never applied"):
        apply_import(survey, found)
    assert survey.answers == {}


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (_csv(["a", "b"], headers=("Organization", "Other")), "Missing"),
        (b"x" * (MAX_CSV_BYTES + 1), "wrong file"),
    ],
)
def test_a_file_that_cannot_be_used_says_why(data: bytes, words: str):
    project = _project()
    with pytest.raises(SurveyCsvError, match=words):
        read_survey_csv(project, new_survey(project), data)


def test_a_windows_spreadsheet_file_is_read_too():
    project = _project()
    project.organisations[0].name = "Café Alder"
    survey = new_survey(project)
    data = _csv(["Café Alder", "Bay Clinic", "Sí?", "", ""], bom=False).decode().encode("cp1252")
    found = read_survey_csv(project, survey, data)
    assert [str(p) for p in found.problems] == [
        "Row 2: “Sí?” under “Do you know about them?” is not yes or no."
    ]


@given(st.lists(st.sampled_from(["y", "n", "-"]), min_size=18, max_size=18))
def test_any_answers_survive_the_csv(letters: list[str]):
    project = _project()
    survey = new_survey(project)
    keys = [f"{a}>{b}" for a in "abc" for b in "abc" if a != b]
    for index, key in enumerate(keys):
        text = "".join(letters[index * 3 : index * 3 + 3])
        if text != "---":
            survey.answers[key] = text
    again = Survey(organisation_ids=survey.organisation_ids)
    found = read_survey_csv(project, again, survey_csv(project, survey))
    assert not found.problems
    assert found.can_apply == bool(survey.answers)
    if found.can_apply:
        apply_import(again, found)
    assert again.answers == survey.answers


def test_a_blank_cell_never_erases_an_earlier_answer():
    project = _project()
    survey = new_survey(project)
    set_answer(survey, "a", "b", "knows", True)
    found = read_survey_csv(project, survey, _csv(["Alder House", "Bay Clinic", "", "yes", ""]))
    assert apply_import(survey, found) == 1
    assert survey.answers == {"a>b": "yy-"}
    blank = read_survey_csv(project, survey, _csv(["Alder House", "Bay Clinic", "", "", ""]))
    assert not blank.can_apply  # nothing to bring in
