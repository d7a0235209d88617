"""Which page shows which step. A step without its own page yet gets the
plain 'not built yet' page."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from wizard.ui.pages.activities import ActivitiesPage
from wizard.ui.pages.approach import ApproachPage
from wizard.ui.pages.base import StepPage
from wizard.ui.pages.coordinator import CoordinatorPage
from wizard.ui.pages.export import ExportPage
from wizard.ui.pages.grants import GrantsPage
from wizard.ui.pages.leadership import LeadershipPage
from wizard.ui.pages.members import MembersPage
from wizard.ui.pages.missing_voices import MissingVoicesPage
from wizard.ui.pages.mission import MissionPage
from wizard.ui.pages.mous import MousPage
from wizard.ui.pages.not_built import NotBuiltPage
from wizard.ui.pages.phase1_review import Phase1ReviewPage
from wizard.ui.pages.phase2_review import Phase2ReviewPage
from wizard.ui.pages.subcommittees import SubcommitteesPage
from wizard.ui.pages.training import TrainingPage
from wizard.ui.pages.what_is import WhatIsPage

PageFactory = Callable[[QWidget | None], StepPage]

PAGES: dict[str, PageFactory] = {
    "what_is": WhatIsPage,
    "coordinator": CoordinatorPage,
    "members": MembersPage,
    "approach": ApproachPage,
    "mission": MissionPage,
    "phase1_review": Phase1ReviewPage,
    "leadership": LeadershipPage,
    "subcommittees": SubcommitteesPage,
    "missing_voices": MissingVoicesPage,
    "mous": MousPage,
    "training": TrainingPage,
    "activities": ActivitiesPage,
    "phase2_review": Phase2ReviewPage,
    "grants": GrantsPage,
    "export": ExportPage,
}


def make_page(step_id: str, parent: QWidget | None = None) -> StepPage:
    factory = PAGES.get(step_id)
    return factory(parent) if factory else NotBuiltPage(step_id, parent)
