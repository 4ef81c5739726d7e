"""Renderers: pure functions from values (diagnostics, diffs, profiles) to text."""
