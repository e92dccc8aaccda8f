"""The workspace store: the only package that knows SQL and the workspace file layout."""
