"""Who came to a meeting: the roster as a list of tick boxes, by organization.

Built for a meeting of 40 people entered from a paper sign-in sheet: the members
come in the sign-in sheet's order (organization, then name), Space ticks the
person under the cursor, the arrows move, and the search box narrows the list
as the user types. People who have left, or are only invited, appear only when
already ticked, so an old meeting keeps its attendance.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from wizard.model.meetings import sign_in_members
from wizard.model.project import Meeting, Member, Project
from wizard.model.roster import STATUS_LABELS

MEMBER_ID = Qt.ItemDataRole.UserRole
NO_NAME = "(no name yet)"


def person_text(member: Member, organisation: str) -> str:
    text = member.name.strip() or NO_NAME
    if organisation:
        text += f", {organisation}"
    if member.status != "member":
        text += f" ({STATUS_LABELS[member.status].lower()})"
    return text


def people_for(project: Project, meeting: Meeting) -> list[Member]:
    """The sign-in sheet's members, then anyone else already ticked."""
    listed = sign_in_members(project)
    shown = {m.id for m in listed}
    others = [
        member
        for member_id in meeting.attendee_member_ids
        if member_id not in shown and (member := project.member(member_id)) is not None
    ]
    return listed + others


def attendance_text(project: Project, meeting: Meeting) -> str:
    """'6 of 8 members here, plus 2 guests.': the count beside the list, as it changes."""
    members = len(sign_in_members(project))
    here = sum(
        1
        for member_id in meeting.attendee_member_ids
        if (member := project.member(member_id)) is not None and member.status == "member"
    )
    text = f"{here} of {members} members here"
    others = len(meeting.attendee_member_ids) - here
    if others:
        text += f", {others} other {'person' if others == 1 else 'people'} ticked"
    guests = meeting.guests
    return text + (f", plus {guests} {'guest' if guests == 1 else 'guests'}." if guests else ".")


class AttendanceList(QListWidget):
    ticked = Signal(str, bool)
    """A person's tick changed by the user: (member id, now ticked)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._filling = False
        self.itemChanged.connect(self._item_changed)

    def fill(self, project: Project, meeting: Meeting | None, search: str) -> None:
        self._filling = True
        try:
            self.clear()
            if meeting is None:
                return
            names = {o.id: o.name.strip() for o in project.organisations}
            came = set(meeting.attendee_member_ids)
            for member in people_for(project, meeting):
                item = QListWidgetItem(
                    person_text(member, names.get(member.organisation_id or "", ""))
                )
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setData(MEMBER_ID, member.id)
                ticked = member.id in came
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                self.addItem(item)
            self.narrow(search)
        finally:
            self._filling = False

    def narrow(self, search: str) -> None:
        """Show only people whose line holds every word typed."""
        words = search.casefold().split()
        first_shown: QListWidgetItem | None = None
        for row in range(self.count()):
            item = self.item(row)
            hidden = not all(word in item.text().casefold() for word in words)
            item.setHidden(hidden)
            if not hidden and first_shown is None:
                first_shown = item
        current = self.currentItem()
        if first_shown is not None and (current is None or current.isHidden()):
            self.setCurrentItem(first_shown)

    def set_ticks(self, ticked: set[str]) -> None:
        """Show the meeting's ticks again after a change made elsewhere (a whole
        organization ticked at once)."""
        self._filling = True
        try:
            for row in range(self.count()):
                item = self.item(row)
                on = item.data(MEMBER_ID) in ticked
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self._filling = False

    def _item_changed(self, item: QListWidgetItem) -> None:
        if not self._filling:
            self.ticked.emit(item.data(MEMBER_ID), item.checkState() == Qt.CheckState.Checked)
