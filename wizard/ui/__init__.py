"""Everything that uses Qt."""
