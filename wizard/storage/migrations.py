"""Upgrading project files written by older versions, one version at a time.

Each function takes the JSON of version N and returns the JSON of version N+1.
They work on plain dicts, never on the current model, so an old migration keeps
working after the model has moved on. Opening a file runs the chain in memory;
the original file is left as it was and a copy of it is kept (see project_file).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wizard.model.project import new_id

JsonObject = dict[str, Any]

_VERSION_1_STEPS = ("what_is", "coordinator", "members", "mission", "approach")
"""Version 1 stored the last step as a position in this list, which broke when steps were added."""


def _version_1_to_2(data: JsonObject) -> JsonObject:
    """Version 1 kept the name and counties at the top, members' organisations as text,
    and the last step as a number. Version 2 has a region, organisation records that
    members point at, and step ids."""
    upgraded = {key: value for key, value in data.items() if key not in _V1_ONLY_KEYS}
    upgraded["region"] = {
        "name": data.get("task_force_name", ""),
        "counties": list(data.get("counties", [])),
        "kind": None,
    }
    organisations: dict[str, JsonObject] = {}
    members = []
    for member in data.get("members", []):
        member = dict(member)
        organisation_name = str(member.pop("organisation", "") or "").strip()
        if organisation_name:
            key = organisation_name.casefold()
            if key not in organisations:
                organisations[key] = {
                    "id": new_id(),
                    "name": organisation_name,
                    "sector": member.get("sector"),
                    "notes": "",
                }
            member["organisation_id"] = organisations[key]["id"]
        members.append(member)
    upgraded["organisations"] = list(organisations.values())
    upgraded["members"] = members
    index = data.get("last_step_index", 0)
    in_range = isinstance(index, int) and 0 <= index < len(_VERSION_1_STEPS)
    upgraded["last_step"] = _VERSION_1_STEPS[index] if in_range else _VERSION_1_STEPS[0]
    upgraded["schema_version"] = 2
    return upgraded


_V1_ONLY_KEYS = {"task_force_name", "counties", "last_step_index", "schema_version"}


def _version_2_to_3(data: JsonObject) -> JsonObject:
    """Version 3 remembers the starter packets made (``exports``), keeps each count of
    a period with the organization that reported it (``counts``), holds the
    interconnectedness survey answer by answer, and sets the small-number threshold.

    Version 2's survey figures were totals (how many organizations were surveyed,
    aware of each other...); they cannot become answers, so they are kept in the
    period's notes, in words, rather than dropped."""
    upgraded = dict(data)
    upgraded.setdefault("exports", [])
    periods = data.get("data_periods")
    if isinstance(periods, list):
        upgraded["data_periods"] = [
            _period_2_to_3(period) if isinstance(period, dict) else period for period in periods
        ]
    scc = data.get("scc")
    if isinstance(scc, dict):
        upgraded["scc"] = _scc_2_to_3(scc)
    upgraded["schema_version"] = 3
    return upgraded


def _scc_2_to_3(scc: JsonObject) -> JsonObject:
    """Version 2 kept one 'report sent on' and one 'meeting attended on' date; version 3
    keeps them by year. Each old date goes to the history under its own year, so no date
    a coordinator typed is lost."""
    upgraded = {
        key: value
        for key, value in scc.items()
        if key not in ("annual_report_sent_on", "annual_meeting_attended_on")
    }
    years: dict[int, JsonObject] = {}
    for old, new in (
        ("annual_report_sent_on", "report_sent_on"),
        ("annual_meeting_attended_on", "meeting_attended_on"),
    ):
        value = scc.get(old)
        if isinstance(value, str) and len(value) >= 4 and value[:4].isdigit():
            years.setdefault(int(value[:4]), {"year": int(value[:4])})[new] = value
    if years:
        upgraded["history"] = [years[year] for year in sorted(years)]
    return upgraded


_V2_COUNTS = {
    "youth_identified": "youth_identified",
    "youth_referred_to_services": "youth_referred",
    "youth_arrested": "youth_arrested",
    "youth_charged": "youth_charged",
    "buyers_arrested": "buyers_arrested",
    "buyers_charged": "buyers_charged",
}
_V2_SURVEY_TOTALS = {
    "organisations_surveyed": "organizations surveyed",
    "organisations_aware_of_each_other": "aware of each other",
    "organisations_communicating": "communicating",
    "organisations_referring": "referring young people",
}


def _period_2_to_3(period: JsonObject) -> JsonObject:
    upgraded = {
        key: value
        for key, value in period.items()
        if key not in _V2_COUNTS and key not in _V2_SURVEY_TOTALS
    }
    upgraded["counts"] = {
        new: {"value": period[old]}
        for old, new in _V2_COUNTS.items()
        if period.get(old) is not None
    }
    totals = [
        f"{words}: {period[key]}"
        for key, words in _V2_SURVEY_TOTALS.items()
        if period.get(key) is not None
    ]
    if totals:
        upgraded["notes"] = "Survey totals from an earlier version: " + "; ".join(totals) + "."
    return upgraded


def _version_3_to_4(data: JsonObject) -> JsonObject:
    """Version 4 adds only answers with defaults: each MOU's own roles, contact and
    governing-body approval, the joint MOU and the host agent; the coordinator post's
    pay, travel and how to apply; a grant's staff time with its own pay rate. A
    version 3 file needs nothing changed. The number rises all the same, so that a
    version 3 program shown a newer file says it was made by a newer version instead
    of failing on answers it does not know."""
    upgraded = dict(data)
    upgraded["schema_version"] = 4
    return upgraded


MIGRATIONS: dict[int, Callable[[JsonObject], JsonObject]] = {
    1: _version_1_to_2,
    2: _version_2_to_3,
    3: _version_3_to_4,
}
OLDEST_READABLE_VERSION = min(MIGRATIONS)


def migrate(data: JsonObject, from_version: int, to_version: int) -> JsonObject:
    """Run every step from ``from_version`` up to ``to_version``."""
    for version in range(from_version, to_version):
        data = MIGRATIONS[version](data)
    return data
