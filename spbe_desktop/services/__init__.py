"""Use cases: the only layer that combines the store, documents and bundles.

The CLI and the GUI call these functions the same way; long ones are generators yielding
:class:`~spbe_desktop.core.progress.Progress` and returning their result.
"""
