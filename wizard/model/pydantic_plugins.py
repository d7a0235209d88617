"""Pydantic without its search for plugins.

The first time pydantic builds a validator, it looks for plugins: packages such as
logfire that watch every validation, announced through package metadata. To look,
it imports ``importlib.metadata`` (which brings email, zipfile, csv...) and lists
every installed package's entry points: 20 ms of the 150 that ``check`` and opening
a project take, for a program that never has such a plugin (issue 16). Pydantic's
own switch, ``PYDANTIC_DISABLE_PLUGINS``, skips the listing but not the imports.

So, before pydantic builds its first validator, :func:`skip_plugin_search` puts in
place of pydantic's plugin loader a module that finds none. Validation is unchanged:
with no plugin, pydantic uses the very same validator either way. Someone who sets
``PYDANTIC_DISABLE_PLUGINS`` to anything keeps pydantic's own behaviour.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from types import ModuleType

LOADER = "pydantic.plugin._loader"
"""Pydantic 2's plugin loader; pydantic.plugin._schema_validator imports get_plugins from it."""


def _no_plugins() -> Iterable[object]:
    return ()


def skip_plugin_search() -> None:
    """Make pydantic find no plugins, without searching the installed packages."""
    if LOADER in sys.modules or "PYDANTIC_DISABLE_PLUGINS" in os.environ:
        return
    loader = ModuleType(LOADER, "Stands in for pydantic's plugin loader: no plugins.")
    loader.get_plugins = _no_plugins  # type: ignore[attr-defined]
    sys.modules[LOADER] = loader
