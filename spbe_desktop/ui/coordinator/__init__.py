"""The coordinator role's window (Diskominfo as secretariat of the SPBE coordination team)."""

from spbe_desktop.ui.coordinator.window import CoordinatorWindow

__all__ = ["CoordinatorWindow"]
