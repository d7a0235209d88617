"""Opening damaged files in the window: each either opens or says why in a message, never
an exception, never silence, and the file is left as it was."""

from __future__ import annotations

import itertools

import pytest

from tests.storage.mutations import random_mutations, truncations
from wizard.ui.dialogs import UnsavedChoice

pytestmark = pytest.mark.gui


def test_fifty_damaged_files_open_or_are_refused_with_a_message(
    qtbot, make_window, dialogs, tmp_path
):
    window = make_window(dialogs)
    cases = list(itertools.islice(truncations(), 0, None, 97)) + list(random_mutations(35, 11))
    assert len(cases) >= 50
    for number, (name, content) in enumerate(cases):
        path = tmp_path / f"case {number}.tfproj"
        path.write_bytes(content)
        errors_before = dialogs.kinds().count("error")
        window.open_path(path)
        opened = window.session is not None and window.session.path == path
        refused = dialogs.kinds().count("error") == errors_before + 1
        assert opened != refused, name
        assert path.read_bytes() == content, name
        if opened:
            dialogs.unsaved_answers.append(UnsavedChoice.DISCARD)  # an upgraded file is "unsaved"
            window.close_project()
            dialogs.unsaved_answers.clear()
