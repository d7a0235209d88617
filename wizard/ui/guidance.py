"""The toolkit's advice for each step, from ``resources/guidance/<step>.md``."""

from __future__ import annotations

from functools import cache

from wizard.assets import asset_path


@cache
def guidance_markdown(step_id: str) -> str:
    path = asset_path("resources", "guidance", f"{step_id}.md")
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""
