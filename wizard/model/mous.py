"""MOUs with member organizations: which organizations need one, the tracker's rows,
and the rule for an agreement that is about to end.

The expiry rule, decided here once for the page, the documents and the tests:

- only a *signed* MOU with an end date can end; a draft's dates are proposals;
- ``ends_on`` is the last day the agreement is in effect, so on that day it has
  0 days left ("Ends today") and it has *ended* from the day after;
- it "ends soon" when 0 to 60 days are left, both ends included (61 is not soon);
- a signed MOU whose end date has passed is treated as ended ("Ended" in the
  tracker) even while its stored status still says signed: the user decides
  whether to renew it or mark it expired. Nothing changes the stored status
  behind the user's back.

``today`` is always a parameter, so the rule is tested at its boundaries without
a clock. No Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum

from wizard.model import reference
from wizard.model.project import Member, Mou, MouStatus, Organisation, Project

EXPIRY_WARNING_DAYS = 60
"""An agreement that ends within this many days (inclusive) is flagged."""

STATUS_LABELS: dict[MouStatus, str] = {
    "not_started": "Not started",
    "drafted": "Drafted",
    "sent": "Sent",
    "signed": "Signed",
    "expired": "Expired",
}
STATUS_HINTS: dict[MouStatus, str] = {
    "not_started": "Nothing written yet",
    "drafted": "A draft exists, not yet sent to the organization",
    "sent": "With the organization, waiting for its signature",
    "signed": "Signed by both sides and in effect",
    "expired": "It has ended and has not been renewed",
}
NO_NAME = "(no name yet)"


class Expiry(Enum):
    """Where a signed agreement stands against its end date."""

    NO_END = "no end"
    """Not signed, or signed without an end date: nothing to watch."""
    RUNNING = "running"
    ENDS_SOON = "ends soon"
    ENDED = "ended"


def days_left(mou: Mou, today: date) -> int | None:
    """Days from ``today`` to the last day of a signed MOU (0 on that day, negative after);
    None when the agreement is not signed or has no end date."""
    if mou.status != "signed" or mou.ends_on is None:
        return None
    return (mou.ends_on - today).days


def expiry(mou: Mou, today: date) -> Expiry:
    left = days_left(mou, today)
    if left is None:
        return Expiry.NO_END
    if left < 0:
        return Expiry.ENDED
    if left <= EXPIRY_WARNING_DAYS:
        return Expiry.ENDS_SOON
    return Expiry.RUNNING


def flag_text(mou: Mou | None, today: date) -> str:
    """The tracker's flag: 'Ends in 12 days', 'Ends tomorrow', 'Ends today', 'Ended', or ''."""
    if mou is None:
        return ""
    state = expiry(mou, today)
    if state is Expiry.ENDED:
        return "Ended"
    if state is not Expiry.ENDS_SOON:
        return ""
    left = days_left(mou, today)
    if left == 0:
        return "Ends today"
    if left == 1:
        return "Ends tomorrow"
    return f"Ends in {left} days"


def signed_date_problem(mou: Mou) -> str:
    """A signed agreement needs the date it was signed (its term starts there)."""
    if mou.status == "signed" and mou.signed_on is None:
        return "A signed MOU needs the date it was signed."
    return ""


def end_date_problem(mou: Mou) -> str:
    if mou.signed_on and mou.ends_on and mou.ends_on < mou.signed_on:
        return "The end date is before the date it was signed."
    return ""


def organisations_needing_mou(project: Project) -> list[Organisation]:
    """Organizations with someone whose status is 'member', plus any with an MOU record
    (an agreement on file is never hidden), sorted by name: the same organizations, in
    the same order, as the MOUs in the starter packet."""
    with_members = {m.organisation_id for m in project.members if m.status == "member"}
    with_mou = {mou.organisation_id for mou in project.mous}
    wanted = with_members | with_mou
    chosen = [o for o in project.organisations if o.id in wanted]
    return sorted(chosen, key=lambda o: o.name.casefold())  # as the packet numbers them


def mou_for(project: Project, organisation_id: str) -> Mou | None:
    """The organization's latest MOU record (the documents use the same one)."""
    records = [mou for mou in project.mous if mou.organisation_id == organisation_id]
    return records[-1] if records else None


def ensure_mou(project: Project, organisation_id: str) -> Mou:
    """The organization's MOU record, created on the user's first edit (not before:
    merely looking at an organization stores nothing)."""
    found = mou_for(project, organisation_id)
    if found is not None:
        return found
    record = Mou(organisation_id=organisation_id)
    project.mous.append(record)
    return record


def organisation_sector(project: Project, organisation: Organisation) -> str | None:
    """The organization's sector, or, where it has none, the first one its people give."""
    if organisation.sector is not None:
        return organisation.sector
    sectors = [m.sector for m in project.members if m.organisation_id == organisation.id]
    return next((s for s in sectors if s is not None), None)


def default_roles(sector: str | None) -> tuple[str, ...]:
    """What an organization of this sector usually does for the task force, within its
    normal work (the MOU's roles when the record has none of its own)."""
    roles = reference.sector_roles()
    return roles.get(sector or "", roles[reference.DEFAULT_ROLES_KEY])


def people_of(project: Project, organisation_id: str) -> list[Member]:
    """The organization's people on the roster who can be its contact: members first,
    then those invited or still prospects, in roster order (never those who left)."""
    order = {"member": 0, "invited": 1, "prospect": 2}
    people = [
        m for m in project.members if m.organisation_id == organisation_id and m.status in order
    ]
    return sorted(people, key=lambda m: order[m.status])  # sorted() keeps roster order


def contact_member(project: Project, organisation_id: str, mou: Mou | None) -> Member | None:
    """The organization's contact for its MOU: the person the record names, if they
    are still with that organization on the roster, else its first member."""
    people = people_of(project, organisation_id)
    chosen = mou.contact_member_id if mou is not None else None
    named = next((m for m in people if m.id == chosen), None)
    if named is not None:
        return named
    return next((m for m in people if m.status == "member"), None)


def figure_label(figure_id: str) -> str:
    """A shared figure's check box words; text that is not a known id is shown as is."""
    for figure in reference.shared_figures():
        if figure.id == figure_id:
            return figure.label
    return figure_id


def signatory_text(mou: Mou | None) -> str:
    if mou is None:
        return ""
    parts = [mou.signatory_name.strip(), mou.signatory_title.strip()]
    return ", ".join(part for part in parts if part)


@dataclass(frozen=True)
class TrackerRow:
    organisation: Organisation
    mou: Mou | None
    """None until the user first edits this organization's agreement."""
    expiry: Expiry
    flag: str

    @property
    def name(self) -> str:
        return self.organisation.name.strip() or NO_NAME

    @property
    def status(self) -> MouStatus:
        return self.mou.status if self.mou else "not_started"

    @property
    def signed_on(self) -> date | None:
        return self.mou.signed_on if self.mou else None

    @property
    def ends_on(self) -> date | None:
        return self.mou.ends_on if self.mou else None

    @property
    def signatory(self) -> str:
        return signatory_text(self.mou)


def tracker_row(project: Project, organisation: Organisation, today: date) -> TrackerRow:
    record = mou_for(project, organisation.id)
    state = expiry(record, today) if record else Expiry.NO_END
    return TrackerRow(organisation, record, state, flag_text(record, today))


def tracker_rows(project: Project, today: date) -> list[TrackerRow]:
    """One row per organization that needs an MOU, by name."""
    return [tracker_row(project, o, today) for o in organisations_needing_mou(project)]


def tracker_summary(rows: list[TrackerRow]) -> str:
    """'3 of 7 signed. 1 ends within 60 days. 1 has ended.' in plain words."""
    if not rows:
        return ""
    signed = sum(1 for row in rows if row.status == "signed" and row.expiry is not Expiry.ENDED)
    parts = [f"{signed} of {len(rows)} signed and in effect."]
    soon = sum(1 for row in rows if row.expiry is Expiry.ENDS_SOON)
    if soon:
        verb = "ends" if soon == 1 else "end"
        parts.append(f"{soon} {verb} within {EXPIRY_WARNING_DAYS} days.")
    ended = sum(1 for row in rows if row.expiry is Expiry.ENDED)
    if ended:
        parts.append(f"{ended} {'has' if ended == 1 else 'have'} passed the end date.")
    return " ".join(parts)
