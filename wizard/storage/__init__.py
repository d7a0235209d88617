"""Reading and writing project files safely. Nothing here may import Qt."""
