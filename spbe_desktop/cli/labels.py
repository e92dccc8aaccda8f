"""Words the CLI prints: item and answer statuses, roles, reasons, sources, stages.

The JSON output keeps the contract's English words (``accepted``, ``wrong-document``); people
read these, in Bahasa Indonesia unless the CLI language is English.
"""

from __future__ import annotations

from spbe_desktop.cli.output import t

_STATUS = {
    "empty": ("kosong", "empty"),
    "attached": ("terlampir", "attached"),
    "accepted": ("diterima", "accepted"),
    "revision": ("revisi", "revision"),
    "blocked": ("terblokir", "blocked"),
}

_ANSWER = {
    "empty": ("kosong", "empty"),
    "draft": ("draf", "draft"),
    "ready": ("siap", "ready"),
    "na": ("tidak berlaku", "not applicable"),
}

_ROLE = {
    "opd": ("OPD", "OPD"),
    "coordinator": ("koordinator", "coordinator"),
}

_REASON = {
    "wrong-document": ("dokumen tidak sesuai", "wrong document"),
    "not-uploaded": ("belum diunggah", "not uploaded"),
    "blocked": ("tingkat di bawahnya belum lengkap", "a lower level is incomplete"),
    "other": ("lainnya", "other"),
}

_SOURCE = {
    "evidence": ("bukti", "evidence"),
    "external": ("indeks", "index"),
}

_SOURCE_LONG = {
    "evidence": ("dari butir bukti dukung", "from evidence items"),
    "external": ("dari indeks nasional", "from a national index"),
}


def _pick(table: dict[str, tuple[str, str]], key: str | None) -> str:
    if key is None:
        return ""
    pair = table.get(key)
    return t(*pair) if pair else key


def status(value: str) -> str:
    """An item status (``accepted`` -> "diterima")."""
    return _pick(_STATUS, value)


def answer(value: str) -> str:
    """An indicator's answer status (``ready`` -> "siap")."""
    return _pick(_ANSWER, value)


def role(value: str) -> str:
    """A workspace's role (``coordinator`` -> "koordinator")."""
    return _pick(_ROLE, value)


def reason(value: str | None) -> str:
    """Why an item went back (``wrong-document`` -> "dokumen tidak sesuai")."""
    return _pick(_REASON, value)


def source(value: str, *, long: bool = False) -> str:
    """Where an indicator's value comes from: its evidence items or a national index."""
    return _pick(_SOURCE_LONG if long else _SOURCE, value)


def required(value: bool) -> str:
    return t("wajib", "required") if value else t("opsional", "optional")


def level(n: int) -> str:
    return t(f"Tingkat {n}", f"Level {n}")
