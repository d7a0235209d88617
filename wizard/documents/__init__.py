"""Turning a project into documents. Nothing here may import Qt."""
