from __future__ import annotations

from wizard.model.progress import StepProgress, StepState
from wizard.ui.navigator import describe_progress


def test_the_status_line_names_three_missing_items_and_counts_the_rest():
    many = StepProgress("mous", StepState.IN_PROGRESS, tuple(f"item {n}" for n in range(1, 7)))
    assert describe_progress(many) == (
        "In progress. Still needed: item 1 · item 2 · item 3 · and 3 more"
    )
    few = StepProgress("mous", StepState.IN_PROGRESS, ("item 1", "item 2"))
    assert describe_progress(few) == "In progress. Still needed: item 1 · item 2"
    assert describe_progress(StepProgress("x", StepState.DONE, ())) == "Done."
    assert describe_progress(StepProgress("x", StepState.NOT_STARTED, ())) == "Not started yet."
