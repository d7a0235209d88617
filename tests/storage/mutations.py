"""A seeded corpus of damaged project files, for the fuzz test and its long-run script.

Each mutation starts from one small, valid project file and breaks it one way a
damaged disk, a bad copy or a hand edit would: cut short at any byte, a value of
the wrong type, a key deleted, a huge number, deep nesting, invalid UTF-8, a
byte order mark, NaN, duplicate keys, an id that points nowhere, a huge string.
"""

from __future__ import annotations

import json
import random
from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

from wizard.model.project import (
    SCHEMA_VERSION,
    Meeting,
    Member,
    Organisation,
    Project,
    Region,
)
from wizard.storage.project_file import project_to_bytes

Mutation = tuple[str, bytes]


def seed_project() -> Project:
    return Project(
        region=Region(name="Fuzz & <Co> “quoted” 🎉 مرحبا", counties=["King", "Pierce"]),
        organisations=[Organisation(id="o1", name="Sheriff", sector="law_enforcement")],
        members=[
            Member(
                id="m1",
                name="Ana",
                organisation_id="o1",
                sector="law_enforcement",
                status="member",
                joined_on=date(2025, 1, 31),
            ),
            Member(id="m2", name="Bo", status="prospect"),
        ],
        meetings=[Meeting(id="e1", held_on=date(2026, 2, 1), attendee_member_ids=["m1"])],
    )


SEED = project_to_bytes(seed_project())
_WRONG_VALUES: tuple[Any, ...] = (
    None, True, -1, 0, 10**30, 1.5, "", "x", "2026-13-45", [], {}, [None], {"a": 1},
)  # fmt: skip


def _paths(value: Any, where: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield where
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*where, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*where, index))


def _set(data: Any, where: tuple[Any, ...], value: Any) -> Any:
    if not where:
        return value
    target = data
    for key in where[:-1]:
        target = target[key]
    target[where[-1]] = value
    return data


def _delete(data: Any, where: tuple[Any, ...]) -> Any:
    target = data
    for key in where[:-1]:
        target = target[key]
    del target[where[-1]]
    return data


def _dump(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False).encode("utf-8")


def truncations() -> Iterator[Mutation]:
    for cut in range(len(SEED)):
        yield f"cut at byte {cut}", SEED[:cut]


def _structural(rng: random.Random) -> Mutation:
    data = json.loads(SEED)
    paths = [p for p in _paths(data) if p]
    where = rng.choice(paths)
    kind = rng.choice(("wrong type", "delete", "huge string", "dangling id", "nested"))
    if kind == "wrong type":
        value = rng.choice(_WRONG_VALUES)
        return f"{kind} at {where}", _dump(_set(data, where, value))
    if kind == "delete":
        return f"{kind} {where}", _dump(_delete(data, where))
    if kind == "huge string":
        size = rng.choice((10_000, 2_000_000))
        return f"{kind} at {where}", _dump(_set(data, where, "z" * size))
    if kind == "dangling id":
        data["meetings"][0]["attendee_member_ids"] = [rng.choice(("m9", "", "m1 ", "../x"))]
        return kind, _dump(data)
    depth = rng.choice((40, 5_000, 200_000))
    return f"nested {depth} at {where}", _dump(data)[
        :-1
    ] + b', "x": ' + b"[" * depth + b"]" * depth + b"}"


def _textual(rng: random.Random) -> Mutation:
    kind = rng.choice(("bytes", "bom", "nan", "duplicate", "number", "utf8", "version"))
    if kind == "bytes":
        data = bytearray(SEED)
        for _ in range(rng.randint(1, 8)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return "random bytes changed", bytes(data)
    if kind == "bom":
        return "byte order mark", b"\xef\xbb\xbf" + SEED
    if kind == "nan":
        return "NaN", SEED.replace(b'"guests": 0', b'"guests": NaN')
    if kind == "duplicate":
        return "duplicate key", SEED.replace(b'"region": {', b'"region": 1, "region": {', 1)
    if kind == "number":
        digits = rng.choice((20, 4_301, 50_000))
        return f"{digits}-digit number", SEED.replace(b'"guests": 0', b'"guests": ' + b"7" * digits)
    if kind == "utf8":
        cut = rng.randrange(len(SEED))
        return "invalid UTF-8", SEED[:cut] + b"\xff\xfe\xc3" + SEED[cut:]
    current = SCHEMA_VERSION
    version = rng.choice(
        (0, 1, 2, current - 1, current + 1, 99, -1, str(current), float(current), None)
    )
    return f"version {version!r}", SEED.replace(
        b'"schema_version": %d' % SCHEMA_VERSION, _dump({"v": version})[6:-1], 1
    )


def random_mutations(count: int, seed: int = 2026) -> Iterator[Mutation]:
    rng = random.Random(seed)
    makers: tuple[Callable[[random.Random], Mutation], ...] = (_structural, _textual)
    for _ in range(count):
        yield rng.choice(makers)(rng)


def corpus(count: int, seed: int = 2026) -> Iterator[Mutation]:
    """Every truncation of the seed file, then ``count`` seeded random mutations."""
    yield from truncations()
    yield from random_mutations(count, seed)
