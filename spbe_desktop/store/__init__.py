"""The workspace store: the only package that knows SQL and the workspace file layout.

sqlite-utils is imported only when a repository writes through its table helpers or a schema
step runs (``store.connection``): reading commands start without it.
"""
