"""The architecture inventory's model: domains, their fields, reference code lists, SIAP Digital
statuses, relation kinds, and the objects and relations as the services hand them out.

The fields of each domain and the national code lists are data (``packs/architecture-*.json``,
versioned): the top levels of RAB, RAL and RAA are confirmed, deeper levels and the RAD, RAI and
RAK codes are provisional, and a workspace may add its own codes (``source`` "lokal"); an
OPD's workspace also holds the codes its coordinator added (``source`` "koordinator", from the
kit and every receipt). Pure: no I/O but reading the shipped JSON once.
"""

from __future__ import annotations

import functools
import json
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

#: The seven domains, in the order SIA asks for them (and the CLI's ``counts`` keys).
DOMAINS: tuple[str, ...] = (
    "proses_bisnis",
    "layanan",
    "data",
    "aplikasi",
    "integrasi",
    "infrastruktur",
    "keamanan",
)
DOMAIN_LABELS: Mapping[str, str] = {
    "proses_bisnis": "Proses Bisnis",
    "layanan": "Layanan",
    "data": "Data dan Informasi",
    "aplikasi": "Aplikasi",
    "integrasi": "Integrasi",
    "infrastruktur": "Infrastruktur",
    "keamanan": "Keamanan",
}
#: Where an object stands in SIAP Digital.
SIAP_STATUSES: tuple[str, ...] = ("belum", "draf", "terinput", "perlu_revisi")
SIAP_LABELS: Mapping[str, str] = {
    "belum": "Belum diinput",
    "draf": "Draf",
    "terinput": "Terinput",
    "perlu_revisi": "Perlu revisi",
}
#: Shipped model file (``spbe_desktop/packs``).
MODEL_FILE = "architecture-2026.json"
SCHEMA = "spbe-desktop/architecture-1"
#: Between a code and its name wherever one is shown or typed ("RAA.02 – Aplikasi Khusus").
CODE_SEPARATOR = " – "
CODE_PATTERN = re.compile(r"^RA[A-Z](\.\d{2})+$")
#: Where a code comes from: the shipped lists, the workspace's own additions, the coordinator's.
SOURCE_NATIONAL = "nasional"
SOURCE_LOCAL = "lokal"
SOURCE_COORDINATOR = "koordinator"
#: When one code is defined twice, the first of these wins (the coordinator, as the SIAP
#: Digital administrator, decides over an OPD's own addition of the same code).
_SOURCE_ORDER = (SOURCE_NATIONAL, SOURCE_COORDINATOR, SOURCE_LOCAL)


@dataclass(frozen=True, slots=True)
class RelationKind:
    kind: str
    from_domain: str
    to_domain: str
    label: str


RELATION_KINDS: Mapping[str, RelationKind] = {
    r.kind: r
    for r in (
        RelationKind("layanan_proses_bisnis", "layanan", "proses_bisnis", "Proses bisnis layanan"),
        RelationKind("layanan_aplikasi", "layanan", "aplikasi", "Aplikasi pendukung layanan"),
        RelationKind("aplikasi_data", "aplikasi", "data", "Data yang dikelola aplikasi"),
        RelationKind(
            "aplikasi_infrastruktur",
            "aplikasi",
            "infrastruktur",
            "Hosting / infrastruktur aplikasi",
        ),
        RelationKind("integrasi_sumber", "integrasi", "aplikasi", "Aplikasi sumber"),
        RelationKind("integrasi_tujuan", "integrasi", "aplikasi", "Aplikasi tujuan (lokal)"),
    )
}


@dataclass(frozen=True, slots=True)
class FieldSpec:
    """One field of a domain's form and sheet column (``kind``: text, multiline, choice, code,
    date, number, url; ``open``: a choice that also takes other text)."""

    key: str
    label: str
    kind: str = "text"
    choices: tuple[str, ...] = ()
    code_list: str | None = None
    required: bool = False
    help: str = ""
    open: bool = False


@dataclass(frozen=True, slots=True)
class DomainSpec:
    domain: str
    label: str
    sheet: str
    code_list: str  # "" for a domain without a reference code (integrasi)
    fields: tuple[FieldSpec, ...]

    def field(self, key: str) -> FieldSpec | None:
        return next((f for f in self.fields if f.key == key), None)


@dataclass(frozen=True, slots=True)
class CodeEntry:
    list_id: str
    code: str
    name: str
    level: int
    parent: str | None
    provisional: bool
    source: str = "nasional"  # "nasional" (shipped) | "lokal" (this workspace) | "koordinator"

    @property
    def label(self) -> str:
        return f"{self.code}{CODE_SEPARATOR}{self.name}"


@dataclass(frozen=True, slots=True)
class ArchitectureModel:
    version: str
    title: str
    domains: tuple[DomainSpec, ...]
    code_lists: Mapping[str, tuple[CodeEntry, ...]]
    list_labels: Mapping[str, str]
    common_applications: tuple[str, ...]
    #: pack id -> item code (or indicator id, for packs judged by level) -> the domains whose
    #: SIAP Digital screenshots and summary are evidence for it
    evidence: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=dict)

    def domain(self, domain: str) -> DomainSpec:
        for d in self.domains:
            if d.domain == domain:
                return d
        raise KeyError(domain)


@dataclass(frozen=True, slots=True)
class SiapInfo:
    status: str = "belum"
    siap_id: str = ""
    input_date: str | None = None
    screenshot_id: int | None = None
    screenshot_title: str = ""
    screenshot_sha256: str = ""
    entered_by: str = ""


@dataclass(frozen=True, slots=True)
class ArchObject:
    id: int
    uid: str
    opd_id: int
    opd_name: str
    domain: str
    name: str
    ref_code: str
    ref_label: str
    fields: Mapping[str, str]
    siap: SiapInfo
    remark: str = ""
    remark_by: str = ""
    remark_at: str | None = None
    updated_by: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class Relation:
    kind: str
    from_id: int
    from_name: str
    from_domain: str
    to_id: int
    to_name: str
    to_domain: str


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing the coordinator should look at: a code, its Indonesian sentence, the params
    (English through the catalogue), the units and objects concerned."""

    code: str
    message: str
    params: Mapping[str, str] = field(default_factory=dict)
    opd_names: tuple[str, ...] = ()
    object_ids: tuple[int, ...] = ()


# ---------------------------------------------------------------------------------- loading
@functools.cache
def load_model() -> ArchitectureModel:
    """The shipped model (read once)."""
    raw = (resources.files("spbe_desktop") / "packs" / MODEL_FILE).read_bytes()
    return parse_model(json.loads(raw))


def parse_model(raw: Mapping[str, Any]) -> ArchitectureModel:
    if raw.get("schema") != SCHEMA:
        raise ValueError(f"not an architecture model: {raw.get('schema')!r}")
    domains = tuple(
        DomainSpec(
            domain=d["domain"],
            label=d["label"],
            sheet=d["sheet"],
            code_list=d.get("code_list", ""),
            fields=tuple(
                FieldSpec(
                    key=f["key"],
                    label=f["label"],
                    kind=f.get("kind", "text"),
                    choices=tuple(f.get("choices", ())),
                    code_list=f.get("code_list"),
                    required=bool(f.get("required", False)),
                    help=f.get("help", ""),
                    open=bool(f.get("open", False)),
                )
                for f in d["fields"]
            ),
        )
        for d in raw["domains"]
    )
    if tuple(d.domain for d in domains) != DOMAINS:
        raise ValueError("architecture model: domains out of order")
    lists = {
        list_id: tuple(_code_entry(list_id, c) for c in body["codes"])
        for list_id, body in raw["code_lists"].items()
    }
    return ArchitectureModel(
        version=str(raw["version"]),
        title=str(raw.get("title", "")),
        domains=domains,
        code_lists=lists,
        list_labels={k: str(v.get("label", k)) for k, v in raw["code_lists"].items()},
        common_applications=tuple(raw.get("common_applications", ())),
        evidence={
            pack: {ref: tuple(ds) for ref, ds in refs.items()}
            for pack, refs in raw.get("evidence", {}).items()
        },
    )


def _code_entry(list_id: str, raw: Mapping[str, Any], source: str = "nasional") -> CodeEntry:
    code = str(raw["code"])
    parts = code.split(".")
    return CodeEntry(
        list_id=list_id,
        code=code,
        name=str(raw["name"]),
        level=len(parts) - 1,
        parent=".".join(parts[:-1]) if len(parts) > 2 else None,
        provisional=bool(raw.get("provisional", False)),
        source=source,
    )


def local_code(list_id: str, code: str, name: str, source: str = SOURCE_LOCAL) -> CodeEntry:
    """A code a workspace added (deeper levels the national lists leave open), or one its
    coordinator added (``source`` "koordinator")."""
    return _code_entry(list_id, {"code": code, "name": name, "provisional": True}, source)


def merge_codes(entries: Iterable[CodeEntry]) -> list[CodeEntry]:
    """One entry per code: the national one, else the coordinator's, else the workspace's own
    (in the order given otherwise)."""
    rank = {s: i for i, s in enumerate(_SOURCE_ORDER)}
    best: dict[str, CodeEntry] = {}
    for e in entries:
        have = best.get(e.code)
        if have is None or rank.get(e.source, len(rank)) < rank.get(have.source, len(rank)):
            best[e.code] = e
    return list(best.values())


def list_of(code: str) -> str:
    """The list a code belongs to: "RAB.02.06" -> "RAB"."""
    return code.split(".", 1)[0]


# ---------------------------------------------------------------------------------- search
def fold(text: str) -> str:
    """Text as compared in searches: no accents, case-folded, single spaces."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(plain.casefold().split())


def search_codes(entries: Iterable[CodeEntry], query: str, limit: int = 50) -> list[CodeEntry]:
    """Codes whose code starts with the query, or whose name holds every word of it (the
    ``kode – nama`` form is understood too); code matches first, in code order."""
    q = fold(query)
    if CODE_SEPARATOR.strip() in query:
        q = fold(query.split(CODE_SEPARATOR.strip(), 1)[0])
    ordered = sorted(entries, key=lambda e: [int(p) for p in e.code.split(".")[1:]])
    if not q:
        return ordered[:limit]
    by_code = [e for e in ordered if fold(e.code).startswith(q)]
    words = q.split()
    by_name = [e for e in ordered if e not in by_code and all(w in fold(e.name) for w in words)]
    return (by_code + by_name)[:limit]


def parse_code_text(text: str) -> str:
    """The code of a cell or field written as ``kode – nama`` (or a bare code)."""
    value = text.strip()
    for sep in (CODE_SEPARATOR, " - ", " — "):
        if sep in value:
            value = value.split(sep, 1)[0]
            break
    return value.strip().upper()


def normal_url(url: str) -> str:
    """A URL as compared between units: no scheme, no ``www.``, no trailing slash, lower case."""
    u = url.strip().casefold()
    u = re.sub(r"^[a-z][a-z0-9+.-]*://", "", u)
    u = u.removeprefix("www.")
    return u.rstrip("/")


def normal_name(name: str) -> str:
    """An application's name as compared between units (letters and digits only)."""
    return re.sub(r"[^0-9a-z]+", "", fold(name))
