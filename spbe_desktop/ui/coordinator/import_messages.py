"""What the import tab says about each file: the services' outcome message, worded for a person
using the app rather than the command line.

The services' texts stay as the CLI prints them ("sematkan dulu … dengan 'spbe trust'",
``data/documents/<hash>.pdf``); here the advice names what to do in this window, documents are
named by their titles, and a bundle is a "paket", as everywhere in the coordinator's window.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from spbe_desktop.errors import message_for
from spbe_desktop.services import exchange

#: A document's place inside a bundle: ``data/documents/<sha256>.pdf``, or its text layer's
#: ``data/texts/<sha256>.txt`` (also without ``data/``).
DOCUMENT_PATH = re.compile(r"(?:data/)?(?:documents|texts)/([0-9a-f]{64})(?:\.[A-Za-z0-9]{1,8})?")
_BUNDLE_WORD = re.compile(r"\b([Bb])undel\b")


def mentions_document(outcome: exchange.ImportOutcome) -> bool:
    """True when the outcome's message would name a document by its path in the bundle."""
    return any(DOCUMENT_PATH.search(str(v)) for v in outcome.params.values())


def app_message(outcome: exchange.ImportOutcome, titles: Mapping[str, str], lang: str) -> str:
    """The outcome's sentence for the import report (``titles``: SHA-256 -> document title)."""
    name = outcome.path.name
    if outcome.code == "import.unknown_key":
        text = (
            QCoreApplication.translate(
                "coordinator",
                "%1: ditandatangani kunci yang belum terdaftar (sidik jari %2); cocokkan sidik "
                "jari itu dengan petugas OPD lewat telepon, lalu tekan Putuskan kepercayaan di "
                "tab ini.",
            )
            .replace("%1", name)
            .replace("%2", str(outcome.params.get("fingerprint", "")))
        )
    elif outcome.code == "import.delta_base_missing":
        text = (
            QCoreApplication.translate(
                "coordinator",
                "%1: paket perubahan ini merujuk %2 dokumen yang belum ada di ruang kerja ini; "
                "impor dulu paket sebelumnya dari OPD ini, atau minta OPD mengekspor paket "
                "lengkap.",
            )
            .replace("%1", name)
            .replace("%2", str(outcome.params.get("count", "")))
        )
    else:
        text = exchange.outcome_message(outcome, lang)
    if outcome.cleared_verdicts:
        items = ", ".join(outcome.cleared_verdicts)
        cli = message_for("import.verdicts_cleared", {"items": items}, lang)
        app = QCoreApplication.translate(
            "coordinator",
            "Dokumen butir %1 berubah sehingga hasil pemeriksaannya dibatalkan: periksa lagi "
            "butir tersebut dari tab Antrean revisi.",
        ).replace("%1", items)
        text = text.replace(cli, app)
    text = DOCUMENT_PATH.sub(lambda m: _title(m.group(1), titles), text)
    if lang == "id":
        text = _BUNDLE_WORD.sub(lambda m: "Paket" if m.group(1) == "B" else "paket", text)
    return text


def _title(sha: str, titles: Mapping[str, str]) -> str:
    title = titles.get(sha)
    if title:
        return f"“{title}”"
    return QCoreApplication.translate("coordinator", "sebuah dokumen di dalam paket")
