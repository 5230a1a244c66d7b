"""Helpers shared by check modules (not checks: nothing here registers a check, so it is not in CHECK_MODULES)."""
