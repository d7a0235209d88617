"""One module per step page."""
