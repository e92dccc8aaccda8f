"""The desktop GUI (PySide6). The only package that imports Qt; it calls services, never SQL.

``app`` starts it and ``main_window`` shows the view for the open workspace's role: ``opd/``
(the officer's workspace view, its widgets, dialogs and models) or ``coordinator/`` (the
coordinator's window and tabs). Both build on ``common/`` (jobs, prompts, formats, language,
settings, the shared widgets and dialogs), which imports neither.
"""
