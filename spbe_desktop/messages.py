"""Every package's message texts, listed in one place: the catalogue behind every code.

Each package keeps its texts beside its code, in a ``messages.py`` holding one plain
``MESSAGES`` table (importing it changes nothing). :func:`spbe_desktop.errors.load_catalogues`
imports this module the first time a text is needed and loads every table below, so the CLI,
the GUI and the tests never depend on which modules happened to be imported first. A package
with new texts adds its table here; ``tests/unit/test_messages_catalogue.py`` checks that every
code raised, reported or yielded anywhere has text in both languages.
"""

from __future__ import annotations

from collections.abc import Mapping

from spbe_desktop.bundles.messages import MESSAGES as BUNDLES
from spbe_desktop.core.packs.messages import MESSAGES as PACKS
from spbe_desktop.documents.messages import MESSAGES as DOCUMENTS
from spbe_desktop.errors import MESSAGES as ERRORS
from spbe_desktop.reports.messages import MESSAGES as REPORTS
from spbe_desktop.services.architecture_messages import MESSAGES as ARCHITECTURE
from spbe_desktop.services.exchange.messages import MESSAGES as EXCHANGE
from spbe_desktop.services.history_messages import MESSAGES as HISTORY
from spbe_desktop.services.messages import MESSAGES as SERVICES
from spbe_desktop.store.messages import MESSAGES as STORE

CATALOGUES: tuple[Mapping[str, Mapping[str, str]], ...] = (
    ERRORS,
    PACKS,
    STORE,
    DOCUMENTS,
    BUNDLES,
    REPORTS,
    SERVICES,
    EXCHANGE,
    ARCHITECTURE,
    HISTORY,
)
