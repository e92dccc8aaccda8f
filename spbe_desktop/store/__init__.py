"""The workspace store: the only package that knows SQL and the workspace file layout."""

from spbe_desktop.store import messages as _messages  # noqa: F401  (registers texts)
