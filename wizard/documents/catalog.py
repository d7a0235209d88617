"""The packet's parts, in the order a reader meets them.

Each part is a function ``(project, today) -> [PacketItem]`` from its document
module. The number at the start of each file or folder name sets its place in
the packet folder: 00 overview, 01 charter, 02 coordinator job description, 03
first meeting agenda, 04 roster and sector coverage, 05 invitation letters, 06
MOUs (one per organization, and first, when the user asks for it, the one MOU all
members sign: a part of its own that writes into the same folder, so asking for it
moves no other number), 07 outreach plan, 08 training plan, 09 sign-in sheet, 10
connection survey forms, 11 task force figures, 12 grant applications (with a folder
of partners' letters of support, also a part of its own), 13 the SCC annual report
(Word, PDF and the annual data file), 14 the deadlines calendar, 15 the regular
meeting agenda and 16 the minutes form (the papers for every meeting from now on,
last so that adding them left every earlier number as it was). A part that makes no
file (no MOUs yet) leaves no hole: the packet renumbers what follows.
"""

from __future__ import annotations

from wizard.documents import (
    agenda,
    annual_data,
    annual_report,
    calendar,
    charter,
    coordinator_job,
    figures,
    grants,
    invitations,
    minutes,
    mou,
    outreach_plan,
    overview,
    regular_agenda,
    roster,
    sign_in,
    support_letters,
    survey_forms,
    training_plan,
)
from wizard.documents.packet import ItemsBuilder

PARTS: tuple[ItemsBuilder, ...] = (
    overview.overview_items,
    charter.charter_items,
    coordinator_job.coordinator_job_items,
    agenda.agenda_items,
    roster.roster_items,
    invitations.invitation_items,
    mou.mou_items,
    mou.all_members_items,
    outreach_plan.outreach_plan_items,
    training_plan.training_plan_items,
    sign_in.sign_in_items,
    survey_forms.survey_form_items,
    figures.figures_items,
    grants.grant_items,
    support_letters.support_letter_items,
    annual_report.annual_report_items,
    annual_data.annual_data_items,
    calendar.calendar_items,
    regular_agenda.regular_agenda_items,
    minutes.minutes_items,
)
