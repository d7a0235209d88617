"""The steps of the program, in the order the navigator shows them.

Step ids are stored in project files (the last step visited, per-step notes),
so an id never changes once released; titles may.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Group:
    id: str
    title: str


@dataclass(frozen=True)
class Step:
    id: str
    group: str
    title: str


GROUPS: tuple[Group, ...] = (
    Group("phase1", "Phase 1: Starting"),
    Group("phase2", "Phase 2: Sustaining"),
    Group("data", "Data & reporting"),
    Group("export", "Export"),
)

STEPS: tuple[Step, ...] = (
    Step("what_is", "phase1", "What is a task force?"),
    Step("coordinator", "phase1", "Identify a coordinator"),
    Step("members", "phase1", "Recruit members"),
    Step("mission", "phase1", "Establish a mission"),
    Step("approach", "phase1", "Victim-centered, trauma-informed"),
    Step("phase1_review", "phase1", "Phase 1 review"),
    Step("leadership", "phase2", "Leadership and structure"),
    Step("subcommittees", "phase2", "Subcommittees"),
    Step("missing_voices", "phase2", "Recruit the missing voices"),
    Step("mous", "phase2", "Agreements (MOUs)"),
    Step("training", "phase2", "Training"),
    Step("activities", "phase2", "Activities and advocates"),
    Step("phase2_review", "phase2", "Phase 2 review"),
    Step("data_collection", "data", "Meetings and figures"),
    Step("scc", "data", "Statewide committee (SCC)"),
    Step("grants", "export", "Grant applications"),
    Step("export", "export", "Starter packet"),
)

STEP_IDS: tuple[str, ...] = tuple(step.id for step in STEPS)
FIRST_STEP_ID = STEPS[0].id


def step_by_id(step_id: str) -> Step:
    for step in STEPS:
        if step.id == step_id:
            return step
    raise KeyError(step_id)


def steps_in_group(group_id: str) -> tuple[Step, ...]:
    return tuple(step for step in STEPS if step.group == group_id)


def neighbours(step_id: str) -> tuple[str | None, str | None]:
    """The step before and after this one in reading order (None at either end)."""
    index = STEP_IDS.index(step_id)
    before = STEP_IDS[index - 1] if index > 0 else None
    after = STEP_IDS[index + 1] if index + 1 < len(STEP_IDS) else None
    return before, after
