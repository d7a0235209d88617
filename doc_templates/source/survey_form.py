"""The connection survey for one organization: three questions about each other member
organization. The answers go back to the coordinator, who enters them in the program."""

from common import (
    DocumentType,
    heading,
    keep_rows_whole,
    loop_table,
    new_document,
    para,
)

FILE = "survey_form.docx"


def build() -> DocumentType:
    document = new_document("Connection survey")
    document.add_paragraph("How we connect", style="Title")
    para(document, "A survey for ", "{{r organization }}").runs[1].bold = True
    para(document, "{{r task_force_name }}", ", ", "{{r period }}")
    para(
        document,
        "For each organization below, please answer three questions about your "
        "organization's work with them. Tick Yes or No. Leave a row blank if you do not "
        "know. There are no wrong answers: the task force uses them to see where "
        "connections are missing.",
    )
    para(document, "1. Do you know about them and what they do?")
    para(document, "2. Do you communicate with them?")
    para(document, "3. Do you refer young people to them?")
    heading(document, "Your answers", 1)
    keep_rows_whole(
        loop_table(
            document,
            ["Organization", "1. Know about them", "2. Communicate", "3. Refer young people"],
            ["{{r o.name }}", "{{r o.box }}", "{{r o.box }}", "{{r o.box }}"],
            "o in others",
            [6.5, 3.5, 3.5, 3.5],
        )
    )
    para(document, "")
    para(document, "Please return this form to ", "{{r return_to }}", ".")
    para(document, "Filled in by (name): ", "_" * 40)
    return document
