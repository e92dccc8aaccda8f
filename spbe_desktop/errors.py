"""The project's error types and the one catalogue of user-facing messages.

Every error carries a stable dotted ``code`` and ``params``. The text a user reads comes from
the catalogue, in Bahasa Indonesia (``id``) or English (``en``), so the CLI and the GUI can never
drift apart. Each package keeps its texts in a plain ``MESSAGES`` table in its ``messages.py``;
:mod:`spbe_desktop.messages` lists every table, and :func:`load_catalogues` loads them all the
first time a text is asked for, so no text depends on which modules happened to be imported.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Literal

#: code -> {"en": template, "id": template} (and optionally "app_en", "app_id": the texts for a
#: user of the app); templates use ``str.format`` with the params.
_CATALOG: dict[str, dict[str, str]] = {}
#: The module that lists every package's table. It sits above every package, this module
#: included, so it is imported by name when first needed rather than at the top of this file.
CATALOGUES_MODULE = "spbe_desktop.messages"
_loaded = False
_loading = threading.RLock()

LANGUAGES = ("id", "en")
#: Who reads a text: the command line's user, or the app's (who is never told to run a command).
Audience = Literal["cli", "app"]
#: The keys of an entry's texts for the app, used instead of ``id`` / ``en`` in the GUI.
APP_TEXTS = ("app_id", "app_en")


def register_messages(messages: Mapping[str, Mapping[str, str]]) -> None:
    """Add message templates to the catalogue.

    Args:
        messages: code -> {"en": ..., "id": ...}, plus both of "app_en" and "app_id" when the
            advice differs in the app. Each template is one sentence saying what is wrong and
            what to do.
    """
    for code, texts in messages.items():
        if "en" not in texts or "id" not in texts:
            raise ValueError(f"message {code!r} needs both 'en' and 'id' text")
        if sum(key in texts for key in APP_TEXTS) == 1:
            raise ValueError(f"message {code!r} needs both 'app_en' and 'app_id' text, or neither")
        _CATALOG[code] = dict(texts)


def load_catalogues() -> None:
    """Load every package's texts into the catalogue (once; later calls return at once).

    Called by :func:`message_for` and :func:`known_codes`, so the CLI, the GUI and the tests all
    see the whole catalogue whatever they imported. Safe to call from several threads.
    """
    global _loaded
    if _loaded:
        return
    with _loading:
        if _loaded:
            return
        module = importlib.import_module(CATALOGUES_MODULE)
        for table in module.CATALOGUES:
            register_messages(table)
        _loaded = True


def message_for(
    code: str, params: Mapping[str, Any], lang: str = "en", audience: Audience = "cli"
) -> str:
    """Render the text for ``code`` in ``lang``, falling back to English, then to the code.

    ``audience="app"`` (the GUI) prefers the entry's ``app_<lang>`` text where it has one, so an
    app user reads which menu or button to use rather than which command to run.
    """
    load_catalogues()
    texts = _CATALOG.get(code)
    if texts is None:
        detail = ", ".join(f"{k}={v}" for k, v in params.items())
        return f"{code} ({detail})" if detail else code
    template = ""
    if audience == "app":
        template = texts.get(f"app_{lang}") or texts.get("app_en", "")
    template = template or texts.get(lang) or texts["en"]
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def known_codes() -> frozenset[str]:
    """Every code the catalogue has text for (tests use it to check every raised code has text)."""
    load_catalogues()
    return frozenset(_CATALOG)


class SpbeError(Exception):
    """Base of every error the project raises on purpose.

    Args:
        code: stable dotted identifier, e.g. ``"bundle.signature_invalid"``.
        **params: values the message template refers to (file names, field names, numbers).
    """

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params: dict[str, Any] = params
        super().__init__(code)

    def message(self, lang: str = "en", audience: Audience = "cli") -> str:
        """The one-sentence text for a user, in ``lang`` ("id" or "en"), worded for ``audience``
        (``"app"``: the GUI's texts where the CLI's would name a command)."""
        return message_for(self.code, self.params, lang, audience)

    def __str__(self) -> str:
        return self.message("en")


class UsageError(SpbeError):
    """The caller asked for something that cannot be done as asked (CLI exit status 2)."""


class PackError(SpbeError):
    """A framework pack is missing, malformed or inconsistent."""


class StoreError(SpbeError):
    """The workspace file cannot be opened, migrated or written."""


class WorkspaceBusyError(StoreError):
    """Another process holds the workspace's write lock for too long."""


class DocumentError(SpbeError):
    """A document could not be read, or is refused (too large, empty, a directory...)."""


class BundleError(SpbeError):
    """A bundle, kit, receipt or identity card could not be written or read."""


class FileInUseError(SpbeError):
    """A file could not be replaced because another program holds it open (Windows).

    Args:
        path: the file the app wanted to write.
        programs: names of the programs holding it, when Windows could tell.
    """

    def __init__(self, path: Path, programs: Sequence[str] = ()) -> None:
        self.path = path
        self.programs = tuple(programs)
        folder = str(path.parent)
        if self.programs:
            super().__init__(
                "file.in_use_by", name=path.name, folder=folder, programs=", ".join(programs)
            )
        else:
            super().__init__("file.in_use", name=path.name, folder=folder)


class CancelledError(SpbeError):
    """The user cancelled a long operation; nothing half-done was kept."""

    def __init__(self) -> None:
        super().__init__("job.cancelled")


#: The texts of the codes raised here (listed in :mod:`spbe_desktop.messages` with the others).
MESSAGES: dict[str, dict[str, str]] = {
    "job.cancelled": {
        "en": "The operation was cancelled; nothing was changed.",
        "id": "Proses dibatalkan; tidak ada yang diubah.",
    },
    "file.in_use": {
        "en": "{name} (in {folder}) is open in another program, such as a document viewer or "
        "an antivirus scan, so it cannot be replaced; close the program that has it open and "
        "try again.",
        "id": "{name} (di {folder}) sedang dibuka program lain, misalnya penampil dokumen atau "
        "pemindaian antivirus, sehingga tidak dapat ditimpa; tutup program yang membukanya lalu "
        "coba lagi.",
    },
    "file.in_use_by": {
        "en": "{name} (in {folder}) is open in {programs}, so it cannot be replaced; close "
        "{programs} and try again.",
        "id": "{name} (di {folder}) sedang dibuka di {programs} sehingga tidak dapat ditimpa; "
        "tutup {programs} lalu coba lagi.",
    },
    "internal.unexpected": {
        "en": "An unexpected error happened ({detail}); please report it with the log file.",
        "id": "Terjadi kesalahan tak terduga ({detail}); laporkan beserta berkas log.",
    },
}
