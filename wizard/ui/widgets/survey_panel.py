"""The survey tab of the Meetings and figures step: set up a period's connection
survey, answer it in the grid, save it as a spreadsheet and read a filled one back,
and the figures it gives (the three shares, and who is left out of referrals).

A panel, not a page: the step's page owns it and hands it the chosen period. It
writes into the period's survey through :mod:`wizard.model.survey` and then tells
the page through ``edited``. An import is checked in full and shown before anything
changes: a row with a problem means nothing is imported.
"""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QPushButton, QWidget

from wizard.model import survey as survey_rules
from wizard.model.figures import previous_survey
from wizard.model.project import DataPeriod, Project, Survey
from wizard.storage.atomic import write_atomically
from wizard.ui.dialogs import Dialogs
from wizard.ui.forms import child
from wizard.ui.widgets.problem import set_note, set_problem
from wizard.ui.widgets.survey_grid import SurveyGrid

NO_SURVEY = "This period has no survey yet. Setting one up lists today's member organizations."
NO_PERIOD_YET = "Add a period on the Counts tab first."
NO_NAME = "(no name)"


class SurveyHost(Protocol):
    """What the panel asks of the page that owns it."""

    dialogs: Dialogs

    @property
    def project(self) -> Project: ...

    def start_folder(self) -> Path: ...

    @staticmethod
    def today() -> date: ...


def share_line(density: survey_rules.Density, change: survey_rules.Change) -> str:
    """'Communicate: 67% of the 6 pairs answered (+5 points since the last survey);
    2 not answered yet.' Missing answers are said, never counted as no."""
    label = density.relation.label
    if density.share is None:
        return f"{label}: no answers yet."
    share = survey_rules.share_text(density.share)
    line = f"{label}: {share} of the {density.answered} pairs answered"
    if change.points is not None:
        sign = "+" if change.points > 0 else ""
        line += f" ({sign}{change.points} points since the last survey)"
    if density.missing:
        line += f"; {density.missing} not answered yet"
    return line + "."


def figures_html(project: Project, period: DataPeriod) -> str:
    """The survey's figures as rich text for a label; '' when there is no survey."""
    survey = period.survey
    if survey is None:
        return ""
    parts = ["<p><b>How connected the organizations are</b></p><ul>"]
    changes = survey_rules.compare(survey, previous_survey(project, period))
    for density, change in zip(survey_rules.densities(survey), changes, strict=True):
        parts.append(f"<li>{escape(share_line(density, change))}</li>")
    parts.append("</ul>")
    for words, found in (
        ("No one refers young people to", survey_rules.nobody_refers_to(project, survey)),
        ("Refer young people to no one", survey_rules.refers_to_nobody(project, survey)),
    ):
        if found:
            names = ", ".join(o.name.strip() or NO_NAME for o in found)
            parts.append(f"<p>{words}: {escape(names)}.</p>")
    return "".join(parts)


def left_note(project: Project, survey: Survey) -> str:
    """Organizations asked that have no member now: said, and their answers kept."""
    current = {o.id for o in survey_rules.member_organisations(project)}
    gone = [
        project.organisation(org_id) for org_id in survey.organisation_ids if org_id not in current
    ]
    names = [o.name.strip() or NO_NAME for o in gone if o is not None]
    if not names:
        return ""
    return (
        f"No one from {', '.join(names)} is a member now. Their answers stay part of this survey."
    )


def import_summary(found: survey_rules.SurveyImport, name: str) -> str:
    text = f"{name} has answers for {len(found.answers)} pairs of organizations."
    if found.ignored_self:
        text += f" {found.ignored_self} rows about an organization itself are left out."
    return text + " Blank cells keep the answers you already have."


class SurveyPanel(QObject):
    edited = Signal()
    """The user changed the survey (set it up, answered, imported)."""

    def __init__(self, form: QWidget, host: SurveyHost) -> None:
        super().__init__(form)
        self.host = host
        self.period: DataPeriod | None = None
        self.empty = child(form, QLabel, "surveyEmptyLabel")
        self.set_up_button = child(form, QPushButton, "setUpButton")
        self.relation_combo = child(form, QComboBox, "relationCombo")
        self.grid = child(form, SurveyGrid, "surveyGrid")
        self.grid.set_up()
        self.export_csv_button = child(form, QPushButton, "exportCsvButton")
        self.import_csv_button = child(form, QPushButton, "importCsvButton")
        self.import_problems = child(form, QLabel, "importProblemsLabel")
        self.figures = child(form, QLabel, "surveyFiguresLabel")
        self._parts: list[QWidget] = [
            child(form, QLabel, "relationLabel"),
            self.relation_combo,
            child(form, QLabel, "gridLabel"),
            child(form, QLabel, "gridHintLabel"),
            self.grid,
            self.export_csv_button,
            self.import_csv_button,
            self.figures,
        ]
        for definition in survey_rules.RELATIONS:
            self.relation_combo.addItem(definition.question, definition.relation)
        self.set_up_button.clicked.connect(self.set_up_survey)
        self.relation_combo.activated.connect(lambda _index: self._show_grid())
        self.grid.grid.answer_changed.connect(self.edited)
        self.export_csv_button.clicked.connect(self.export_survey)
        self.import_csv_button.clicked.connect(self.import_survey)

    def forget_import(self) -> None:
        """A message about an earlier import belongs to the project it was made in."""
        set_problem(self.import_problems, "")

    def show(self, period: DataPeriod | None) -> None:
        self.period = period
        survey = period.survey if period else None
        if period is None:
            set_note(self.empty, NO_PERIOD_YET)
        else:
            set_note(self.empty, left_note(self.host.project, survey) if survey else NO_SURVEY)
        self.set_up_button.setVisible(period is not None and survey is None)
        for widget in self._parts:
            widget.setVisible(survey is not None)
        self._show_grid()

    def _show_grid(self) -> None:
        survey = self.period.survey if self.period else None
        names = [self._name_of(org_id) for org_id in survey.organisation_ids] if survey else []
        self.grid.grid.show(survey, names, self.relation_combo.currentData() or "knows")
        self.grid.fit_height()
        if survey is not None and names:
            self.grid.setCurrentIndex(self.grid.grid.index(0, 1 if len(names) > 1 else 0))

    def _name_of(self, organisation_id: str) -> str:
        organisation = self.host.project.organisation(organisation_id)
        return (organisation.name.strip() if organisation else "") or NO_NAME

    def show_figures(self) -> None:
        project = self.host.project
        self.figures.setText(figures_html(project, self.period) if self.period else "")

    def set_up_survey(self) -> None:
        if self.period is None or self.period.survey is not None:
            return
        self.period.survey = survey_rules.new_survey(self.host.project, self.host.today())
        self.show(self.period)
        self.edited.emit()
        self.grid.setFocus()

    def export_survey(self) -> None:
        period = self.period
        if period is None or period.survey is None:
            return
        dialogs = self.host.dialogs
        label = period.label.strip() or "period"
        path = dialogs.choose_csv_export_path(
            self.host.start_folder() / f"Connection survey {label}.csv",
            "Save the connection survey as a spreadsheet",
        )
        if path is None:
            return
        try:
            write_atomically(path, survey_rules.survey_csv(self.host.project, period.survey))
        except OSError as error:
            reason = error.strerror or "the file could not be written"
            dialogs.show_error(
                "Survey not saved",
                f"The survey could not be saved as {path.name} ({reason}). Nothing was "
                "written there. Try another folder, such as Documents.",
            )

    def import_survey(self) -> None:
        period = self.period
        if period is None or period.survey is None:
            return
        dialogs = self.host.dialogs
        path = dialogs.choose_csv_to_import(
            self.host.start_folder(), "Import filled-in survey answers"
        )
        if path is None:
            return
        found = self._read(path, period)
        if found is None:
            return
        if not dialogs.confirm_survey_import(import_summary(found, path.name)):
            return
        assert period.survey is not None
        changed = survey_rules.apply_import(period.survey, found)
        set_note(self.import_problems, f"Imported {path.name}: {changed} pairs changed.")
        self._show_grid()
        self.edited.emit()

    def _read(self, path: Path, period: DataPeriod) -> survey_rules.SurveyImport | None:
        """The file's answers, or None after saying beside the buttons why not."""
        assert period.survey is not None
        try:
            data = path.read_bytes()
            found = survey_rules.read_survey_csv(self.host.project, period.survey, data)
        except survey_rules.SurveyCsvError as error:
            set_problem(self.import_problems, str(error))
            return None
        except OSError as error:
            reason = error.strerror or "unknown reason"
            text = f"{path.name} could not be read ({reason}). Nothing was imported."
            set_problem(self.import_problems, text)
            return None
        if found.problems:
            lines = ["Nothing was imported. Fix these rows and import again:"]
            set_problem(self.import_problems, "\n".join(lines + [str(p) for p in found.problems]))
            return None
        if not found.can_apply:
            set_problem(self.import_problems, "The file has no answers yet. Nothing was imported.")
            return None
        set_problem(self.import_problems, "")
        return found
