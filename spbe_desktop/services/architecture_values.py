"""Checking one value of an architecture object against its field (form, workbook and bundle
alike), and the small lookups the inventory's services share."""

from __future__ import annotations

import datetime as dt
import re

from spbe_desktop.core.architecture import FieldSpec, load_model, parse_code_text
from spbe_desktop.core.models import SELF_OPD
from spbe_desktop.core.text import clean_text
from spbe_desktop.errors import UsageError
from spbe_desktop.store.workspace_store import WorkspaceStore

_NUMBER = re.compile(r"^-?\d+([.,]\d+)?$")


def check_value(spec: FieldSpec, value: object, codes: set[str]) -> str:
    """The value as stored (text; "" for empty), or a :class:`UsageError` saying what is wrong
    with it: a choice not offered, a date or number that is not one, an unknown code."""
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        value = value.isoformat()
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    multiline = spec.kind == "multiline"
    text = clean_text(str(value), multiline=multiline, max_length=20_000 if multiline else 1000)
    text = text.strip()
    if not text:
        return ""
    if spec.kind == "choice" and not spec.open:
        for choice in spec.choices:
            if choice.casefold() == text.casefold():
                return choice
        raise UsageError(
            "architecture.bad_choice", value=text, field=spec.label, known=", ".join(spec.choices)
        )
    if spec.kind == "date":
        try:
            return dt.date.fromisoformat(text[:10]).isoformat()
        except ValueError:
            raise UsageError("architecture.bad_date", value=text, field=spec.label) from None
    if spec.kind == "number":
        if not _NUMBER.match(text):
            raise UsageError("architecture.bad_number", value=text, field=spec.label)
        return text
    if spec.kind == "code":
        code = parse_code_text(text)
        if code not in codes or not code.startswith(f"{spec.code_list}."):
            raise UsageError("architecture.bad_code", value=text, list=spec.code_list or "")
        return code
    return text


def known_codes(store: WorkspaceStore) -> set[str]:
    """Every reference code the workspace knows: the shipped lists and its own additions."""
    codes = {e.code for entries in load_model().code_lists.values() for e in entries}
    codes.update(e.code for e in store.arch_local_codes())
    return codes


def unit_id(store: WorkspaceStore, unit: str | None) -> int:
    """A unit's OPD id: none given, or the workspace's own unit, is the workspace itself."""
    if (
        unit is None
        or not unit.strip()
        or unit.strip().casefold() == store.profile().unit.casefold()
    ):
        return SELF_OPD
    opd = store.opd_by_name(unit)
    if opd is None:
        raise UsageError("exchange.unknown_opd", name=unit)
    return opd.id


def list_unit(store: WorkspaceStore, unit: str | None) -> int | None:
    """The unit to list: the one named, an OPD workspace's own, or (coordinator) all."""
    if unit is not None and unit.strip():
        return unit_id(store, unit)
    return None if store.profile().role == "coordinator" else SELF_OPD
