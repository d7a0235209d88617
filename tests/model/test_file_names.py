"""Names made from what a user typed are safe on every file system, counted in bytes."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from wizard.model.file_names import MAX_BYTES, safe_file_name, within_bytes


@given(st.text(min_size=0, max_size=400))
def test_any_text_gives_a_short_safe_name(text: str):
    name = safe_file_name(text, "Fallback")
    assert 0 < len(name.encode("utf-8")) <= MAX_BYTES
    assert not set(name) & set('<>:"/\\|?*')
    assert name == name.strip(" .")


def test_cutting_by_bytes_never_splits_a_character():
    assert within_bytes("é" * 100, 5) == "éé"
    assert within_bytes("🎉🎉", 7) == "🎉"
    assert within_bytes("plain", 150) == "plain"
