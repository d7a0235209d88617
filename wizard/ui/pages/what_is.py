"""Step 1: what a task force is, and this one's name, counties and kind."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QLabel,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QWidget,
)

from wizard.model.project import ProjectKind
from wizard.model.wording import CSECY_DEFINITION, existing_region_note
from wizard.ui.forms import child, load_form
from wizard.ui.guidance import Source, source_html
from wizard.ui.pages.base import StepPage
from wizard.ui.widgets.county_checklist import CountyChecklist
from wizard.ui.widgets.problem import set_note, set_problem

EXPLANATION = (
    f"<p>{html.escape(CSECY_DEFINITION)}</p>"
    "<p>A <b>task force</b> gathers the people in your region who respond to, serve or look "
    "after these young people, so they can act as one. The research gives it five jobs:</p>"
    "<ol>"
    "<li>brings every sector together and helps people get to know each other;</li>"
    "<li>spots gaps in services and works to close them;</li>"
    "<li>arranges CSEC training and makes sure someone in the region can give it;</li>"
    "<li>teaches the community and works to reduce demand;</li>"
    "<li>checks that CSEC laws are followed and that procedures keep up with new ones.</li>"
    "</ol>" + source_html(Source.RESEARCH)
)


class WhatIsPage(StepPage):
    step_id = "what_is"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = load_form("what_is.ui", self)
        child(form, QLabel, "explanationLabel").setText(EXPLANATION)
        self.name_edit = child(form, QLineEdit, "nameEdit")
        self.name_problem = child(form, QLabel, "nameProblemLabel")
        self.counties = CountyChecklist(child(form, QListWidget, "countiesList"))
        self.counties_problem = child(form, QLabel, "countiesProblemLabel")
        self.region_note = child(form, QLabel, "regionNoteLabel")
        self.new_radio = child(form, QRadioButton, "newRadio")
        self.restart_radio = child(form, QRadioButton, "restartRadio")
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.new_radio)
        self.kind_group.addButton(self.restart_radio)
        self.name_edit.textEdited.connect(self._name_edited)
        self.counties.changed.connect(self._counties_changed)
        self.kind_group.buttonClicked.connect(self._kind_clicked)

    def show_project(self) -> None:
        region = self.project.region
        self.name_edit.setText(region.name)
        self.counties.set_checked(region.counties)
        self.kind_group.setExclusive(False)
        self.new_radio.setChecked(region.kind == "new")
        self.restart_radio.setChecked(region.kind == "restart")
        self.kind_group.setExclusive(True)
        self._show_problems()

    def _show_problems(self) -> None:
        region = self.project.region
        set_problem(
            self.name_problem, "" if region.name.strip() else "The task force needs a name."
        )
        set_problem(
            self.counties_problem,
            "" if region.counties else "Choose at least one county.",
        )
        set_note(self.region_note, existing_region_note(region.counties))

    def _name_edited(self, text: str) -> None:
        self.project.region.name = text
        self._show_problems()
        self.edited()

    def _counties_changed(self) -> None:
        self.project.region.counties = self.counties.checked()
        self._show_problems()
        self.edited()

    def _kind_clicked(self, button: QAbstractButton) -> None:
        kind: ProjectKind = "new" if button is self.new_radio else "restart"
        self.project.region.kind = kind
        self.edited()
