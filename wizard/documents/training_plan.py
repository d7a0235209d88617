"""Document: the training plan. Who can train in the region, the trainings held, who
still needs basic or extra training, and the share of members trained by sector.

The figures come from :mod:`wizard.model.training`, the same rules the Training
page shows, so the document and the page never disagree.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from wizard.documents.common import long_date, task_force_context
from wizard.documents.packet import PacketItem
from wizard.documents.values import Gap, Text, clean, text_or_gap
from wizard.model import reference
from wizard.model.project import Member, Project, Training
from wizard.model.training import (
    EXTRA_TRAINING_SECTORS,
    KIND_LABELS,
    SUGGESTED_COURSE,
    completions,
    is_held,
    overall_share,
    share_by_sector,
    share_text,
    still_need_basic,
    still_need_extra,
)

TEMPLATE = "training_plan.docx"
FILE_NAME = "08 Training plan.docx"
NOT_RECORDED = "Not recorded"


def _people(count: int, one: str = "member", many: str = "members") -> str:
    return f"{count:,} {one if count == 1 else many}"


def _trainer(project: Project) -> Text:
    plan = project.training
    if plan.region_has_trainer is None:
        return Gap("whether the region has a CSEC trainer", "training")
    if plan.region_has_trainer:
        if not plan.trainer_name.strip():
            return Gap("who the region's CSEC trainer is", "training")
        return (
            f"Yes. {clean(plan.trainer_name.strip())} can give CSEC training in the region, "
            "so members need not wait for a trainer from elsewhere."
        )
    return (
        "Not yet. No one in the region is able to give CSEC training, so trainings depend on "
        "trainers from elsewhere. Making sure the region has its own trainer is one of the "
        "task force's jobs."
    )


def _date_text(training: Training, today: date) -> str:
    if training.held_on is None:
        return NOT_RECORDED
    shown = long_date(training.held_on)
    return shown if is_held(training, today) else f"{shown} (planned)"


def _by_date(training: Training) -> tuple[bool, date]:
    return (training.held_on is None, training.held_on or date.min)


def _trainings(project: Project, today: date) -> list[dict[str, Text]]:
    return [
        {
            "date": _date_text(t, today),
            "kind": KIND_LABELS[t.kind],
            "title": text_or_gap(t.title, "the title of a training", "training"),
            "trainer": clean(t.trainer.strip()) or NOT_RECORDED,
            "attended": str(len(t.attendee_member_ids)),
        }
        for t in sorted(project.training.trainings, key=_by_date)
    ]


def _trainings_summary(project: Project, today: date) -> str:
    trainings = project.training.trainings
    basic = sum(1 for t in trainings if t.kind == "basic")
    summary = (
        f"{_people(len(trainings), 'training', 'trainings')} recorded: "
        f"{basic} basic and {len(trainings) - basic} extra."
    )
    planned = sum(1 for t in trainings if not is_held(t, today))
    if planned:
        summary += f" {planned} {'is' if planned == 1 else 'are'} still to come."
    return summary


def _name(member: Member) -> str:
    return clean(member.name.strip()) or "(no name)"


def _named_with_sector(member: Member) -> str:
    if member.sector is None:
        return _name(member)
    return f"{_name(member)} ({reference.sector_by_id(member.sector).name})"


def _basic_summary(project: Project, today: date) -> str:
    overall = overall_share(project, today)
    if overall.members == 0:
        return (
            "No one on the roster has the status \u201cmember\u201d yet, so there is no one "
            "to count."
        )
    if overall.basic == overall.members:
        return f"Every member has completed basic training ({overall.basic} of {overall.members})."
    return f"{share_text(overall.basic, overall.members)} of members have completed basic training."


def _extra(project: Project, today: date) -> list[dict[str, str]]:
    rows = completions(project, today)
    table = []
    for sector_id in EXTRA_TRAINING_SECTORS:
        in_sector = [row for row in rows if row.member.sector == sector_id]
        done = sum(1 for row in in_sector if row.extra_done)
        waiting = sorted(
            (row.member for row in in_sector if not row.extra_done),
            key=lambda m: m.name.casefold(),
        )
        table.append(
            {
                "sector": reference.sector_by_id(sector_id).name,
                "members": str(len(in_sector)),
                "done": _share_cell(done, len(in_sector)),
                "still": "; ".join(_name(m) for m in waiting) or ("No one" if in_sector else "—"),
            }
        )
    return table


def _share_cell(done: int, total: int) -> str:
    return share_text(done, total) if total else "No members yet"


def _shares(project: Project, today: date) -> list[dict[str, str]]:
    rows = [
        {
            "sector": share.name,
            "members": str(share.members),
            "basic": share_text(share.basic, share.members),
            "extra": share_text(share.extra, share.members)
            if share.extra_recommended
            else "Not needed",
        }
        for share in share_by_sector(project, today)
    ]
    overall = overall_share(project, today)
    needing = [c for c in completions(project, today) if c.extra_recommended]
    done = sum(1 for c in needing if c.extra_done)
    rows.append(
        {
            "sector": "All members",
            "members": str(overall.members),
            "basic": _share_cell(overall.basic, overall.members),
            "extra": f"{share_text(done, len(needing))} of those who need it"
            if needing
            else "No one needs it yet",
        }
    )
    return rows


def _next_steps(project: Project, today: date) -> list[str]:
    steps = []
    plan = project.training
    if plan.region_has_trainer is None:
        steps.append("Find out whether anyone in the region can give CSEC training.")
    elif not plan.region_has_trainer:
        steps.append(
            "Find someone in the region who can give CSEC training, or arrange for someone "
            "to be trained to give it."
        )
    if not any(t.kind == "basic" for t in plan.trainings):
        steps.append(
            f"Hold a first basic training. Many Washington task force members have taken "
            f"\u201c{SUGGESTED_COURSE}\u201d."
        )
    basic = len(still_need_basic(project, today))
    if basic:
        steps.append(f"Arrange basic training for the {_people(basic)} who still need it.")
    extra = len(still_need_extra(project, today))
    if extra:
        steps.append(f"Arrange extra training for the {_people(extra)} who still need it.")
    steps.append(
        "Keep this record current: add each training and who attended, and offer basic "
        "training to every new member."
    )
    return steps


def build_context(project: Project, today: date) -> dict[str, Any]:
    need_basic = still_need_basic(project, today)
    return {
        **task_force_context(project, today),
        "trainer": _trainer(project),
        "has_trainings": bool(project.training.trainings),
        "trainings_summary": _trainings_summary(project, today),
        "trainings": _trainings(project, today),
        "basic_summary": _basic_summary(project, today),
        "has_need_basic": bool(need_basic),
        "need_basic": [_named_with_sector(m) for m in need_basic],
        "extra": _extra(project, today),
        "shares": _shares(project, today),
        "next_steps": _next_steps(project, today),
    }


def training_plan_items(project: Project, today: date) -> list[PacketItem]:
    return [
        PacketItem(
            FILE_NAME,
            "Training plan",
            template=TEMPLATE,
            context=build_context(project, today),
        )
    ]
