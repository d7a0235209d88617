"""Saving the deadlines calendar (.ics), from the SCC step's button and from
File › Save deadlines calendar: one flow, so both ask and answer the same way."""

from __future__ import annotations

from pathlib import Path

from wizard.model import clock
from wizard.model.project import Project
from wizard.ui.dialogs import Dialogs

CALENDAR_NAME = "Deadlines calendar.ics"


def save_calendar(project: Project, dialogs: Dialogs, folder: Path) -> Path | None:
    """Ask where, write the calendar, say where it went. The file name stays the same
    from one save to the next, and so do the events' ids: importing it again into
    Outlook or Google Calendar updates the events instead of doubling them."""
    from wizard.documents.calendar import write_calendar

    target = dialogs.choose_calendar_save_path(folder / CALENDAR_NAME)
    if target is None:
        return None
    try:
        write_calendar(project, target, clock.today())
    except OSError as error:
        dialogs.show_error(
            "The calendar was not saved",
            f"It could not be saved as {target.name} ({error.strerror or error}). Nothing was "
            "written there. Try another folder, such as Documents.",
        )
        return None
    dialogs.show_info(
        "The calendar is saved",
        f"Saved as {target}. Open it in Outlook or Google Calendar to add the deadlines.",
    )
    return target
