"""What the coordinator should look at in the consolidated architecture inventory.

Pure: the objects and relations of every unit in, findings out, each with its code, its
Indonesian sentence (English through the message catalogue) and the units and objects
concerned. The checks follow the reference's list: the same application or URL registered by
two units, a missing or unknown reference code, a service with no application or business
process, an application with no hosting, an Aplikasi Umum registered as a unit's own, and SIAP
Digital counts that disagree (objects marked "terinput" without their SIAP id or screenshot).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Sequence
from typing import Protocol

from spbe_desktop.core.architecture import (
    DOMAIN_LABELS,
    ArchitectureModel,
    ArchObject,
    Finding,
    Relation,
    normal_name,
    normal_url,
)
from spbe_desktop.errors import message_for

#: Every finding code, in the order findings are listed.
FINDING_CODES: tuple[str, ...] = (
    "architecture.finding.shared_application",
    "architecture.finding.shared_url",
    "architecture.finding.missing_code",
    "architecture.finding.unknown_code",
    "architecture.finding.service_without_application",
    "architecture.finding.service_without_process",
    "architecture.finding.application_without_hosting",
    "architecture.finding.common_app_as_own",
    "architecture.finding.siap_count_mismatch",
)


def find_problems(
    objects: Sequence[ArchObject],
    relations: Sequence[Relation],
    model: ArchitectureModel,
    known_codes: Collection[str],
    lang: str = "id",
) -> list[Finding]:
    """Every finding over these objects (of one unit or of all), in :data:`FINDING_CODES`
    order, then by unit and name."""
    out: list[Finding] = []

    def add(code: str, objs: Sequence[ArchObject], **params: str) -> None:
        out.append(
            Finding(
                code=code,
                message=message_for(code, params, lang),
                params=params,
                opd_names=tuple(dict.fromkeys(o.opd_name for o in objs)),
                object_ids=tuple(o.id for o in objs),
            )
        )

    apps = [o for o in objects if o.domain == "aplikasi"]
    _shared(apps, add)
    for o in _sorted(objects):
        spec = model.domain(o.domain)
        if not spec.code_list:
            continue
        if not o.ref_code:
            add(
                "architecture.finding.missing_code",
                [o],
                unit=o.opd_name,
                domain=DOMAIN_LABELS[o.domain],
                name=o.name,
                list=spec.code_list,
            )
        elif o.ref_code not in known_codes:
            add(
                "architecture.finding.unknown_code",
                [o],
                unit=o.opd_name,
                domain=DOMAIN_LABELS[o.domain],
                name=o.name,
                ref=o.ref_code,
            )
    ends: dict[str, set[int]] = defaultdict(set)
    for r in relations:
        ends[r.kind].add(r.from_id)
    for o in _sorted(objects):
        if o.domain != "layanan":
            continue
        if o.id not in ends["layanan_aplikasi"]:
            add(
                "architecture.finding.service_without_application",
                [o],
                unit=o.opd_name,
                name=o.name,
            )
        if o.id not in ends["layanan_proses_bisnis"]:
            add("architecture.finding.service_without_process", [o], unit=o.opd_name, name=o.name)
    for o in _sorted(apps):
        if o.id not in ends["aplikasi_infrastruktur"] and not _is_common(o, model):
            add(
                "architecture.finding.application_without_hosting",
                [o],
                unit=o.opd_name,
                name=o.name,
            )
    for o in _sorted(apps):
        if _common_as_own(o, model):
            add("architecture.finding.common_app_as_own", [o], unit=o.opd_name, name=o.name)
    _siap_counts(objects, add)
    return out


def _sorted(objects: Sequence[ArchObject]) -> list[ArchObject]:
    return sorted(objects, key=lambda o: (o.opd_name.casefold(), o.name.casefold(), o.id))


def _shared(apps: Sequence[ArchObject], add: _Add) -> None:
    """The same application (by name) or URL registered by two or more units."""
    by_name: dict[str, list[ArchObject]] = defaultdict(list)
    by_url: dict[str, list[ArchObject]] = defaultdict(list)
    for o in _sorted(apps):
        key = normal_name(o.name)
        if key:
            by_name[key].append(o)
        url = normal_url(o.fields.get("url", ""))
        if url:
            by_url[url].append(o)
    for group in by_name.values():
        units = list(dict.fromkeys(o.opd_name for o in group))
        if len(units) > 1:
            add(
                "architecture.finding.shared_application",
                group,
                name=group[0].name,
                units=", ".join(units),
            )
    for url, group in by_url.items():
        units = list(dict.fromkeys(o.opd_name for o in group))
        names = {normal_name(o.name) for o in group}
        if len(units) > 1 and len(names) > 1:  # same name is already reported above
            add(
                "architecture.finding.shared_url",
                group,
                url=group[0].fields.get("url", url).strip(),
                units=", ".join(units),
            )


def _is_common(o: ArchObject, model: ArchitectureModel) -> bool:
    """A national Aplikasi Umum by name (SRIKANDI, SP4N-LAPOR!, …): hosted nationally."""
    key = normal_name(o.name)
    return any(normal_name(c) == key for c in model.common_applications)


def _common_as_own(o: ArchObject, model: ArchitectureModel) -> bool:
    """An Aplikasi Umum the unit registered as its own: a national common application (by
    name) marked Aplikasi Khusus Pemda or coded RAA.02, or a unit's own application coded
    RAA.01 (only MenPANRB sets Aplikasi Umum; a pemda's own is Aplikasi Khusus)."""
    owner = o.fields.get("kepemilikan", "")
    if _is_common(o, model):
        return owner == "Aplikasi Khusus Pemda" or o.ref_code.startswith("RAA.02")
    return o.ref_code.startswith("RAA.01") and owner == "Aplikasi Khusus Pemda"


def _siap_counts(objects: Sequence[ArchObject], add: _Add) -> None:
    """Per unit and domain: objects marked "terinput" on the SIAP list, against those with
    what shows it (their SIAP id and a screenshot)."""
    groups: dict[tuple[str, str], list[ArchObject]] = defaultdict(list)
    for o in objects:
        if o.siap.status == "terinput":
            groups[(o.opd_name, o.domain)].append(o)
    for (unit, domain), group in sorted(
        groups.items(), key=lambda kv: (kv[0][0].casefold(), kv[0][1])
    ):
        shown = [o for o in group if o.siap.siap_id and o.siap.screenshot_id is not None]
        if len(shown) != len(group):
            lacking = [o for o in group if o not in shown]
            add(
                "architecture.finding.siap_count_mismatch",
                lacking,
                unit=unit,
                domain=DOMAIN_LABELS[domain],
                marked=str(len(group)),
                shown=str(len(shown)),
            )


class _Add(Protocol):  # find_problems' local ``add``
    def __call__(self, code: str, objs: Sequence[ArchObject], **params: str) -> None: ...
