"""Which page shows which step. A step without its own page yet gets the
plain 'not built yet' page.

Pages are named by module and class, and imported when their step is first
shown: importing all seventeen up front cost the first project about 150 ms.
"""

from __future__ import annotations

import importlib

from PySide6.QtWidgets import QWidget

from wizard.ui.pages.base import StepPage
from wizard.ui.pages.not_built import NotBuiltPage

PAGES: dict[str, tuple[str, str]] = {
    "what_is": ("what_is", "WhatIsPage"),
    "coordinator": ("coordinator", "CoordinatorPage"),
    "members": ("members", "MembersPage"),
    "mission": ("mission", "MissionPage"),
    "approach": ("approach", "ApproachPage"),
    "phase1_review": ("phase1_review", "Phase1ReviewPage"),
    "leadership": ("leadership", "LeadershipPage"),
    "subcommittees": ("subcommittees", "SubcommitteesPage"),
    "missing_voices": ("missing_voices", "MissingVoicesPage"),
    "mous": ("mous", "MousPage"),
    "training": ("training", "TrainingPage"),
    "activities": ("activities", "ActivitiesPage"),
    "phase2_review": ("phase2_review", "Phase2ReviewPage"),
    "data_collection": ("data_collection", "DataCollectionPage"),
    "scc": ("scc", "SccPage"),
    "grants": ("grants", "GrantsPage"),
    "export": ("export", "ExportPage"),
}
"""Step id -> (module in wizard.ui.pages, page class)."""


def page_class(step_id: str) -> type[StepPage] | None:
    if step_id not in PAGES:
        return None
    module_name, class_name = PAGES[step_id]
    module = importlib.import_module(f"wizard.ui.pages.{module_name}")
    page: type[StepPage] = getattr(module, class_name)
    return page


def make_page(step_id: str, parent: QWidget | None = None) -> StepPage:
    found = page_class(step_id)
    return found(parent) if found is not None else NotBuiltPage(step_id, parent)
