"""One definition of CSEC/Y, the toolkit's, in every document and page that defines it:
"willingly or not" is about children 17 and under; youth 18 to 24 are included when
commercially sexually exploited."""

from __future__ import annotations

import io

import docx

from tests.documents.conftest import TODAY
from wizard.documents.packet import plan_packet
from wizard.documents.render import render_to_bytes
from wizard.model.wording import CSECY_DEFINITION

WRONG = ("24 and under who take part", "whether or not they were willing", "aged 24 and under)")


def _text(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    return "\n".join(p.text for p in document.paragraphs)


def test_the_definition_says_what_the_toolkit_says():
    assert "17 or under" in CSECY_DEFINITION and "willingly or not" in CSECY_DEFINITION
    assert "18 to 24 who are commercially sexually exploited" in CSECY_DEFINITION


def test_the_charter_and_every_mou_carry_the_one_definition(sample):
    items = [
        item
        for item in plan_packet(sample, TODAY)
        if item.path.endswith("Charter.docx") or "MOUs/" in item.path
    ]
    assert len(items) > 2
    for item in items:
        assert item.template is not None and item.context is not None
        text = _text(render_to_bytes(item.template, item.context))
        assert CSECY_DEFINITION in text, item.path
        assert not any(wrong in text for wrong in WRONG), item.path
