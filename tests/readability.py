"""Flesch-Kincaid grade of the program's words, with a small syllable counter of our own.

Why our own: the grade test must give the same answer on every machine, offline, and
without a new dependency. The counter is a handful of English spelling rules plus a
short list of words the rules get wrong; it is checked word by word in
``tests/test_readability.py``. It need not be perfect, only steady and close: the
grade it gives is within a few tenths of the usual tools.

How text is measured (say this when quoting a figure):

- **Formula**: grade = 0.39 × words/sentences + 11.8 × syllables/words − 15.59.
- **Sentences**: text is first cut into *blocks*: each label, button, check box or
  group title is a block, and so is each line of it, each heading, list item and
  paragraph of a guidance file, and each item of a list written with " · ". A block
  is then cut after every ".", "!" or "?" followed by a space. A block with no full
  stop (a heading, a label such as "Name", a list item) counts as one sentence.
  Colons and semicolons do not end a sentence.
- **Words**: runs of letters (with ' and - inside a word: "victim-centered" is one
  word of four syllables). "/" splits words ("CSEC/Y" is two). A number ("20%",
  "$80,000", "2026") is one word of one syllable.
- **Syllables**: see :func:`syllables`. Acronyms are read letter by letter ("SCC" is
  three), except those people say as a word ("CSEC", "VOCA").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

MAX_GRADE = 8.0

EXCEPTIONS: dict[str, int] = {
    # Words the spelling rules below count wrongly, with their syllables.
    "area": 3,
    "areas": 3,
    "being": 2,
    "business": 2,
    "coalition": 4,
    "cooperate": 4,
    "coordinate": 4,
    "coordinated": 5,
    "coordinates": 4,
    "coordinating": 5,
    "coordination": 5,
    "coordinator": 5,
    "coordinators": 5,
    "create": 2,
    "created": 3,
    "creates": 2,
    "creating": 3,
    "every": 2,
    "everyone": 3,
    "everything": 3,
    "everywhere": 3,
    "evening": 2,
    "idea": 3,
    "ideas": 3,
    "maybe": 2,
    "naive": 2,
    "nonetheless": 3,
    "poem": 2,
    "quiet": 2,
    "react": 2,
    "real": 1,
    "really": 2,
    "reopen": 3,
    "reopening": 4,
    "science": 2,
    "someone": 2,
    "sometimes": 2,
    "somewhere": 2,
    "anyone": 3,
    "whereas": 2,
    "wednesday": 2,
    "yes": 1,
    "safety": 2,
    "statewide": 2,
    "elsewhere": 2,
    "does": 1,
    "goes": 1,
    "element": 3,
    "elements": 3,
    "used": 1,
}

ACRONYMS: dict[str, int] = {
    # Acronyms said as a word, not letter by letter.
    "CSEC": 2,
    "VOCA": 2,
    "NATO": 2,
    "DOCX": 3,
}

_SUFFIXES: tuple[tuple[str, int], ...] = (
    # Endings counted on their own, so that a silent "e" before them is seen:
    # "safe|ly", "state|ment", "care|ful".
    ("ments", 1),
    ("ment", 1),
    ("fully", 2),
    ("ful", 1),
    ("ness", 1),
    ("less", 1),
    ("ly", 1),
)
_VOWELS = "aeiouy"
_WORD = re.compile(r"[A-Za-z0-9$][A-Za-z0-9'’\-.,%$]*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]*\s+")
_SOURCE_TAG = re.compile(r"^\[([^\]]+)\]$")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:Dr|Mr|Mrs|Ms|St|No|e\.g|i\.e|etc|vs)\.$")


def _letters_syllables(acronym: str) -> int:
    """An acronym read letter by letter: W has three syllables, every other letter one."""
    return sum(3 if letter == "W" else 1 for letter in acronym)


def _vowel_groups(word: str) -> int:
    return len(re.findall(f"[{_VOWELS}]+", word))


def _plain_syllables(word: str) -> int:
    """Syllables of a lower-case word of letters only, by spelling rules."""
    if word in EXCEPTIONS:
        return EXCEPTIONS[word]
    for suffix, extra in _SUFFIXES:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and _vowel_groups(stem):
            return _plain_syllables(stem) + extra
    if len(word) <= 3:
        return 1
    if word.startswith("y") and word[1:2] in "aeiou":
        word = word[1:]  # "youth", "year": y is a consonant here
    count = _vowel_groups(word)
    # Vowel pairs that are two syllables: "vi-o-lence", "ra-di-o", "us-u-al", "be-ing".
    count += len(re.findall(r"(?<![cgst])ia", word))  # "me-di-a", not "so-cial"
    count += len(re.findall(r"(?<![cgstx])io(?!n)", word))  # "ra-di-o", not "ac-tion"
    count += len(re.findall(r"(?<![qg])ua|eo(?!u)|[aeiouy]ing|ie(?=[rt])|(?<!w)ye(?=r)", word))
    count -= len(re.findall(r"peo", word))  # "peo-ple"
    # A silent final e, and the silent e of "-es" and "-ed".
    if word.endswith("e") and not word.endswith(("ee", "ye")):
        if not (word.endswith("le") and word[-3:-2] not in _VOWELS):
            count -= 1
    elif word.endswith("es") and not re.search(r"(?:[sxz]|[cs]h|[cgs]e|[cg]|[^aeiouy]l)es$", word):
        count -= 1 if re.search(r"[^aeiouy]es$", word) else 0
    elif word.endswith("ed") and not re.search(r"[td]ed$", word):
        count -= 1 if re.search(r"[^aeiouy]ed$", word) else 0
    return max(count, 1)


def syllables(word: str) -> int:
    """Syllables in one word: acronyms letter by letter, numbers one, the rest by rules."""
    word = word.strip("'’-.,")
    if not word:
        return 0
    if any(char.isdigit() for char in word) or word.startswith("$"):
        return 1
    core = word[:-1] if word.endswith("s") and word[:-1].isupper() else word
    if core in ACRONYMS:
        return ACRONYMS[core]
    if len(core) >= 2 and core.isupper():
        return _letters_syllables(core)
    parts = [part for part in re.split(r"[-']", word.lower().replace("’", "'")) if part]
    if len(parts) > 1 and parts[-1] in ("s", "t", "d", "ll", "re", "ve", "m"):
        parts = ["".join(parts)]  # "don't", "we'll", "member's": one word, as said
    total = 0
    for part in parts:
        letters = re.sub("[^a-z]", "", part)
        if letters:
            total += _plain_syllables(letters)
    return max(total, 1)


def words(text: str) -> list[str]:
    """The words of a text: runs of letters, and numbers with their $ and % signs."""
    found = []
    for token in _WORD.findall(text.replace("/", " ")):
        token = token.rstrip(".,")
        if any(char.isalnum() for char in token):
            found.append(token)
    return found


def sentences(block: str) -> list[str]:
    """A block of text cut after '.', '!' or '?' followed by a space, but not after a
    short title such as "Dr." or "e.g."; sentences without words are dropped."""
    found: list[str] = []
    for part in _SENTENCE_END.split(block.strip()):
        part = part.strip()
        if found and _ABBREVIATION.search(found[-1]):
            found[-1] += " " + part
        else:
            found.append(part)
    return [part for part in found if words(part)]


@dataclass(frozen=True)
class Score:
    sentences: int
    words: int
    syllables: int

    @property
    def grade(self) -> float:
        """Flesch-Kincaid grade level (0 for no words at all)."""
        if not self.words or not self.sentences:
            return 0.0
        return 0.39 * self.words / self.sentences + 11.8 * self.syllables / self.words - 15.59

    def __add__(self, other: Score) -> Score:
        return Score(
            self.sentences + other.sentences,
            self.words + other.words,
            self.syllables + other.syllables,
        )


def score(blocks: Iterable[str]) -> Score:
    """Sentences, words and syllables of some blocks (labels, lines, list items...)."""
    total = Score(0, 0, 0)
    for block in blocks:
        for sentence in sentences(block):
            found = words(sentence)
            total += Score(1, len(found), sum(syllables(word) for word in found))
    return total


def grade(blocks: Iterable[str]) -> float:
    return score(blocks).grade


def text_blocks(text: str) -> list[str]:
    """One widget's text as blocks: each line is its own block, and so is each item of
    a list written with middle dots ("a · b · c")."""
    blocks = []
    for line in text.splitlines():
        blocks += [item.strip(" •-–") for item in line.split("·")]
    return [block for block in blocks if block.strip()]


def markdown_blocks(markdown: str) -> list[str]:
    """A guidance file's blocks: headings, list items and paragraphs, markdown removed.

    A source tag line ("[From the research]") is a block of its own, as the panel shows
    it; "[About this program]" shows nothing, so it is left out.

    Lines wrapped inside a paragraph or list item are joined again; a blank line, a
    heading or a new list item starts a new block. A paragraph that is a list written
    with " · " gives one block per item.
    """
    blocks: list[str] = []
    current: list[str] = []

    def finish() -> None:
        if current:
            blocks.extend(text_blocks(" ".join(current)))
            current.clear()

    for raw in markdown.splitlines():
        line = raw.strip()
        if not line:
            finish()
            continue
        tag = _SOURCE_TAG.match(line)
        if tag:  # a source label: a block of its own, except the hidden program tag
            finish()
            if tag.group(1) != "About this program":
                blocks.append(tag.group(1))
            continue
        heading = re.match(r"#+\s+", line)
        item = re.match(r"(?:[-*+]|\d+[.)])\s+", line)
        mark = heading or item
        if mark:
            finish()
            line = line[mark.end() :]
        current.append(line)
        if heading:
            finish()
    finish()
    return [_strip_markdown(block) for block in blocks]


def _strip_markdown(text: str) -> str:
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links and images: their words
    text = re.sub(r"[*_`]+", "", text)  # emphasis and code marks
    return text.strip()
