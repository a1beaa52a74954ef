"""Reusable widgets: each module exposes ``show(..., key=...) -> value``."""
