"""Python compiled from the Qt Designer forms in forms/ by scripts/build_forms.py."""
