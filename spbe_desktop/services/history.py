"""The workspace's history in sentences: each audit entry as a person would tell it.

"Dinas Kesehatan mengirim paket 3 dokumen (paket ke-2)", not "opd_id: 3, sha256: …". The
audit log stores ids and raw values; this module looks up what they name (OPD names, document
titles, indicator numbers) and gives each entry a ``history.*`` message code with its params,
so the sentence comes from the one catalogue in either language. An action this module does
not know still reads as a sentence (``history.other``), never as a dumped dict.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from spbe_desktop.core.models import SELF_OPD, AuditEntry
from spbe_desktop.errors import message_for
from spbe_desktop.store.workspace_store import WorkspaceStore

#: How each assessment stage is named inside a sentence, per language.
_STAGE_WORDS = {
    "id": {"dokumen": "penilaian dokumen", "interviu": "interviu", "visitasi": "visitasi"},
    "en": {"dokumen": "document review", "interviu": "interview", "visitasi": "site visit"},
}


@dataclass(frozen=True, slots=True)
class HistoryLine:
    """One audit entry and the sentence that tells it (a ``history.*`` code and its params)."""

    entry: AuditEntry
    code: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(slots=True)
class _Names:
    """What the ids in audit entries name: OPDs, documents, indicators."""

    opds: dict[int, str]
    titles: dict[int, str]
    doc_opds: dict[int, int]
    numbers: dict[str, int]
    arch: dict[int, str] = field(default_factory=dict)  # architecture object id -> name

    def opd(self, ref: object) -> str:
        try:
            key = int(str(ref))
        except ValueError:
            return str(ref)
        return self.opds.get(key, str(ref))

    def title(self, ref: object) -> str:
        try:
            return self.titles.get(int(str(ref)), f"#{ref}")
        except ValueError:
            return str(ref)

    def number(self, indicator: object) -> str:
        return str(self.numbers.get(str(indicator), indicator))


def history_lines(
    workspace: Path, *, action: str = "", entity: str = "", limit: int = 2000
) -> list[HistoryLine]:
    """The audit log, newest first, filtered by action and entity prefixes, in sentences."""
    with WorkspaceStore.open(workspace) as store:
        entries = store.audit_entries(action_prefix=action, entity_prefix=entity, limit=limit)
        names = _names(store, entries)
    return [describe(e, names) for e in entries]


def _names(store: WorkspaceStore, entries: list[AuditEntry]) -> _Names:
    opds = {o.id: o.name for o in store.opds()}
    opds[SELF_OPD] = store.profile().unit
    titles: dict[int, str] = {}
    doc_opds: dict[int, int] = {}
    # Removed documents are named by the entries that added or removed them.
    for e in reversed(entries):
        if e.action.startswith("document.") and e.entity.startswith("document:"):
            ref = e.entity.partition(":")[2]
            for values in (e.old, e.new):
                if isinstance(values, dict) and values.get("title") and ref.isdigit():
                    titles[int(ref)] = str(values["title"])
                if isinstance(values, dict) and "opd_id" in values and ref.isdigit():
                    doc_opds[int(ref)] = int(values["opd_id"])
    for d in store.documents(None):
        titles[d.id] = d.title or d.file_name
        doc_opds[d.id] = d.opd_id
    numbers = {i.id: i.number for i in store.pack().indicators}
    arch: dict[int, str] = {}
    for e in reversed(entries):
        ref = e.entity.partition(":")[2]
        if e.entity.startswith("arch:") and ref.isdigit():
            for values in (e.old, e.new):
                if isinstance(values, dict) and values.get("name"):
                    arch[int(ref)] = str(values["name"])
    arch.update({o.id: o.name for o in store.arch_objects()})
    return _Names(opds, titles, doc_opds, numbers, arch)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def describe(entry: AuditEntry, names: _Names) -> HistoryLine:
    """The sentence for one entry (``history.other`` for an action not known here)."""
    kind, _, ref = entry.entity.partition(":")
    new, old = _dict(entry.new), _dict(entry.old)
    teller = _TELLERS.get(entry.action)
    found = teller(entry, kind, ref, old, new, names) if teller else None
    if found is None:
        found = ("history.other", {"action": entry.action, "what": _what(kind, ref, names)})
    return HistoryLine(entry, found[0], found[1])


Told = tuple[str, dict[str, Any]] | None


def _what(kind: str, ref: str, names: _Names) -> str:
    if kind == "document":
        return names.title(ref)
    if kind == "indicator":
        return names.number(ref)
    if kind in ("answer", "item") and ref.count(":") == 1:
        unit, thing = ref.split(":")
        return f"{names.opd(unit)} · {names.number(thing) if kind == 'answer' else thing}"
    return ref or kind


def _bundle_import(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
    return "history.bundle_import", {
        "opd": new.get("opd", "?"),
        "documents": new.get("documents", 0),
        "sequence": new.get("sequence", "?"),
    }


def _bundle_part(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
    return "history.bundle_part", {
        "opd": new.get("opd", "?"),
        "part": new.get("part", "?"),
        "count": new.get("count", "?"),
    }


def _bundle_export(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
    return "history.bundle_export", {
        "sequence": new.get("sequence", "?"),
        "documents": new.get("documents", 0),
    }


def _opd_upsert(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
    params = {"opd": r}
    if new.get("revoked_at"):
        return "history.opd_key_revoked", params
    if new.get("key_id") and (e.old is None or new.get("key_id") != old.get("key_id")):
        return "history.opd_key_pinned", {**params, "fingerprint": new.get("fingerprint") or "?"}
    if e.old is None:
        return "history.opd_registered", params
    if not new:
        return "history.opd_assigned", params
    return "history.opd_changed", params


_VERDICT_CODES = {
    "diterima": "history.verdict_accepted",
    "perlu_revisi": "history.verdict_revision",
    "ditolak": "history.verdict_rejected",
    None: "history.verdict_cleared",
}


def _verdict_set(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
    if r.count(":") != 1:
        return None
    unit, indicator = r.split(":")
    code = _VERDICT_CODES.get(new.get("verdict"))
    return (code, {"opd": n.opd(unit), "number": n.number(indicator)}) if code else None


def _answer_set(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
    if r.count(":") != 1:
        return None
    unit, indicator = r.split(":")
    params: dict[str, Any] = {"opd": n.opd(unit), "number": n.number(indicator)}
    own = unit == str(SELF_OPD)
    if new.get("level") is not None:
        params["level"] = new["level"]
        return ("history.decision_level" if own else "history.answer_level"), params
    return ("history.decision_changed" if own else "history.answer_changed"), params


def _receipt_issue(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
    verdicts = int(new.get("verdicts") or 0) + int(new.get("item_verdicts") or 0)
    return "history.receipt_issue", {
        "opd": r,
        "sequence": new.get("sequence", "?"),
        "verdicts": verdicts,
    }


def _receipt_accept(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
    return "history.receipt_accept", {"sequence": new.get("sequence", "?")}


def _document(code: str) -> Callable[..., Told]:
    def tell(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
        title = new.get("title") or old.get("title") or n.title(r)
        unit = n.doc_opds.get(int(r)) if r.isdigit() else None
        return code, {"title": title, "opd": n.opd(unit if unit is not None else SELF_OPD)}

    return tell


def _link(code: str) -> Callable[..., Told]:
    def tell(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
        values = new or old
        return code, {"title": n.title(r), "number": n.number(values.get("indicator", "?"))}

    return tell


def _item_link(code: str) -> Callable[..., Told]:
    def tell(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
        return code, {"title": n.title(r), "item": (new or old).get("item", "?")}

    return tell


def _item_state(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
    if r.count(":") != 1:
        return None
    unit, item = r.split(":")
    params = {"opd": n.opd(unit), "item": item}
    if e.action == "item.note":
        return "history.item_note", params
    verdict = new.get("verdict")
    code = {
        "accepted": "history.item_accepted",
        "revision": "history.item_revision",
        None: "history.item_cleared",
    }.get(verdict)
    return (code, params) if code else None


def _external(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
    return "history.external_set", {
        "number": n.number(r),
        "value": new.get("value", "?"),
        "source": new.get("source") or "?",
    }


def _result(code: str) -> Callable[..., Told]:
    def tell(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
        values = new or old
        return code, {
            "number": n.number(r),
            "stage": values.get("stage", "?"),
            "value": values.get("value", "?"),
        }

    return tell


def _carried_mark(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
    return "history.carried_mark", {"title": n.title(r), "period": new.get("from_period", "?")}


def _carried_check(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
    return "history.carried_check", {"title": n.title(r)}


def _carried_from(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
    return "history.carried_from", {
        "period": new.get("previous_period", "?"),
        "documents": new.get("documents", 0),
    }


def _arch(code: str) -> Callable[..., Told]:
    def tell(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
        if not r.isdigit():
            return None
        values = new or old
        params: dict[str, Any] = {"name": n.arch.get(int(r), f"#{r}")}
        if "opd_id" in values:
            params["opd"] = n.opd(values["opd_id"])
        if "to" in values:
            other = values["to"]
            params["other"] = n.arch.get(int(other), f"#{other}") if str(other).isdigit() else other
        return code, params

    return tell


def _arch_code(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
    return "history.arch_code", {"code": r, "name": new.get("name", "")}


def _arch_codes(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
    before, after = set(old or {}), set(new or {})
    return "history.arch_codes", {
        "count": len(after),
        "added": len(after - before),
        "removed": len(before - after),
    }


def _fixed(code: str) -> Callable[..., Told]:
    def tell(e: AuditEntry, k: str, r: str, old: Any, new: Any, n: _Names) -> Told:
        return code, {}

    return tell


_TELLERS: dict[str, Callable[..., Told]] = {
    "bundle.import": _bundle_import,
    "bundle.part": _bundle_part,
    "bundle.export": _bundle_export,
    "opd.upsert": _opd_upsert,
    "verdict.set": _verdict_set,
    "answer.set": _answer_set,
    "receipt.issue": _receipt_issue,
    "receipt.accept": _receipt_accept,
    "document.add": _document("history.document_add"),
    "document.update": _document("history.document_update"),
    "document.remove": _document("history.document_remove"),
    "link.add": _link("history.link_add"),
    "link.remove": _link("history.link_remove"),
    "item.link": _item_link("history.item_link"),
    "item.unlink": _item_link("history.item_unlink"),
    "item.note": _item_state,
    "item.verdict": _item_state,
    "external.set": _external,
    "result.add": _result("history.result_add"),
    "result.remove": _result("history.result_remove"),
    "carried.mark": _carried_mark,
    "carried.check": _carried_check,
    "carried.from": _carried_from,
    "profile.update": _fixed("history.profile_update"),
    "pack.replace": _fixed("history.pack_replace"),
    "workspace.create": _fixed("history.workspace_create"),
    "calendar.set": _fixed("history.calendar_set"),
    "arch.add": _arch("history.arch_add"),
    "arch.update": _arch("history.arch_update"),
    "arch.remark": _arch("history.arch_remark"),
    "arch.delete": _arch("history.arch_delete"),
    "arch.relate": _arch("history.arch_relate"),
    "arch.unrelate": _arch("history.arch_unrelate"),
    "arch.code": _arch_code,
    "arch.codes": _arch_codes,  # the coordinator's set, from a kit or receipt
}


def history_text(line: HistoryLine, lang: str) -> str:
    """The sentence in ``lang`` ("id" or "en"): numbers and stages worded for that language."""
    params = dict(line.params)
    if "value" in params:
        params["value"] = _number(params["value"], lang)
    if "stage" in params:
        params["stage"] = _STAGE_WORDS.get(lang, _STAGE_WORDS["en"]).get(
            str(params["stage"]), str(params["stage"])
        )
    return message_for(line.code, params, lang)


def _number(value: Any, lang: str) -> str:
    try:
        number = Decimal(str(value))
    except (InvalidOperation, ValueError):
        return str(value)
    text = f"{number.normalize():f}" if number == number.to_integral() else f"{number:f}"
    return text.replace(".", ",") if lang == "id" else text
