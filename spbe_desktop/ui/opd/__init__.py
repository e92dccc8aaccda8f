"""The OPD officer's side: the workspace view, its widgets, dialogs and table models."""
