"""The project and the pure rules about it. Nothing here may import Qt."""
