"""Turning a project into documents. Nothing here may import Qt.

Context builders are pure (``Project -> dict``); ``render`` fills the .docx
templates with docxtpl; ``packet`` writes the starter packet safely; ``catalog``
lists every document. docxtpl and reportlab are imported only when a document
is actually made.
"""
