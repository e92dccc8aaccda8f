"""Every message code used anywhere in ``spbe_desktop`` has Indonesian and English text, and
every ``{placeholder}`` of that text is filled by the params given where the code is used.

The source is read, not run: each call that carries a literal code is found with :mod:`ast`
(errors of the :class:`~spbe_desktop.errors.SpbeError` family, findings, progress steps, import
outcomes, ``message_for``), so a code reachable only from the GUI, or only on a rare path, is
checked as well as one the CLI prints every day. The texts come from the one catalogue
(:mod:`spbe_desktop.messages`), loaded the way the CLI and the GUI load it.

A text that gives command-line advice (a ``spbe`` command, an ``--option``) also has the app's
wording (``app_id`` / ``app_en``), which the GUI shows; and a bundle is a "paket" in every
Indonesian text (issue 15).
"""

from __future__ import annotations

import ast
import functools
import re
import string
import subprocess
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest

import spbe_desktop
from spbe_desktop.errors import APP_TEXTS, known_codes, message_for, register_messages
from spbe_desktop.messages import CATALOGUES
from tests.support.cli_advice import CLI_ADVICE

PACKAGE = Path(spbe_desktop.__file__).parent
#: A message code: dotted lower-case words ("store.not_found", "progress.verifying").
CODE = re.compile(r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")
#: Audit actions look like codes but are stored, not shown (the GUI names them in ui/).
AUDIT_ACTIONS = {
    "answer.set",
    "bundle.export",
    "bundle.import",
    "bundle.part",
    "document.add",
    "document.remove",
    "document.update",
    "link.add",
    "link.remove",
    "opd.upsert",
    "pack.replace",
    "profile.update",
    "receipt.accept",
    "receipt.issue",
    "verdict.set",
    "workspace.create",
}


@dataclass(frozen=True)
class Site:
    """One use of a code: where, and the params given there (None: not known from the source)."""

    file: str
    line: int
    keys: frozenset[str] | None


def _sources() -> list[tuple[Path, ast.Module]]:
    return [
        (path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path)))
        for path in sorted(PACKAGE.rglob("*.py"))
    ]


def _error_classes(trees: list[tuple[Path, ast.Module]]) -> set[str]:
    """``SpbeError`` and every class that derives from it, by name."""
    bases: dict[str, set[str]] = defaultdict(set)
    for _, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                for base in node.bases:
                    name = getattr(base, "id", getattr(base, "attr", ""))
                    bases[node.name].add(name)
    family = {"SpbeError"}
    while True:
        more = {cls for cls, parents in bases.items() if parents & family} - family
        if not more:
            return family
        family |= more


def _dict_keys(node: ast.expr | None) -> frozenset[str] | None:
    """The keys of a literal dict (``{**other}`` or a variable: not known)."""
    if node is None:
        return frozenset()
    if not isinstance(node, ast.Dict) or any(k is None for k in node.keys):
        return None
    keys = {k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)}
    return frozenset(keys)


def _keywords(node: ast.Call, *, skip: tuple[str, ...] = ()) -> frozenset[str] | None:
    if any(kw.arg is None for kw in node.keywords):  # **params: not known here
        return None
    return frozenset(kw.arg for kw in node.keywords if kw.arg and kw.arg not in skip)


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str) and CODE.match(node.value):
        return node.value
    return None


def _arg(node: ast.Call, index: int, name: str) -> ast.expr | None:
    if len(node.args) > index:
        return node.args[index]
    return next((kw.value for kw in node.keywords if kw.arg == name), None)


def _site(node: ast.Call, errors: set[str]) -> tuple[str, frozenset[str] | None] | None:
    """The literal code a call carries and the params it gives with it, or None."""
    name = getattr(node.func, "id", getattr(node.func, "attr", ""))
    if name in errors:  # XxxError("code", **params)
        code = _literal(_arg(node, 0, "code"))
        return (code, _keywords(node)) if code else None
    if name == "Finding":  # Finding(code, severity, item, params)
        code = _literal(_arg(node, 0, "code"))
        return (code, _dict_keys(_arg(node, 3, "params"))) if code else None
    if name == "_finding":  # bundles.bag.verify: _finding(code, item, **params); item is a param
        code = _literal(_arg(node, 0, "code"))
        keys = _keywords(node, skip=("item",))
        return (code, None if keys is None else keys | {"item"}) if code else None
    if name == "Progress":  # Progress(done, total, code, params)
        code = _literal(_arg(node, 2, "message_code"))
        return (code, _dict_keys(_arg(node, 3, "params"))) if code else None
    if name == "relabel":  # exchange.common.relabel(job, code, name): Progress(..., {"name"})
        code = _literal(_arg(node, 1, "code"))
        return (code, frozenset({"name"})) if code else None
    if name == "message_for":  # message_for(code, params, lang)
        code = _literal(_arg(node, 0, "code"))
        return (code, _dict_keys(_arg(node, 1, "params"))) if code else None
    if name == "refuse":  # exchange.claims.refuse(path, code, **params): an import outcome
        code = _literal(_arg(node, 1, "code"))
        keys = _keywords(node)
        # outcome_message adds the file name to every outcome's params.
        return (code, None if keys is None else keys | {"file"}) if code else None
    if name == "ImageRefusedError":  # reports.pdf_images: the reason becomes a finding's code
        code = _literal(_arg(node, 0, "reason"))
        return (code, None) if code else None
    return None


@functools.cache
def sites() -> dict[str, list[Site]]:
    """code -> every place it is raised, reported, yielded or rendered."""
    trees = _sources()
    errors = _error_classes(trees)
    found: dict[str, list[Site]] = defaultdict(list)
    for path, tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                site = _site(node, errors)
                if site is not None:
                    code, keys = site
                    found[code].append(Site(str(path.relative_to(PACKAGE)), node.lineno, keys))
    return dict(found)


@functools.cache
def catalogue() -> dict[str, dict[str, str]]:
    merged: dict[str, dict[str, str]] = {}
    for table in CATALOGUES:
        for code, texts in table.items():
            merged[code] = dict(texts)
    return merged


def _fields(template: str) -> set[str]:
    return {field for _, field, _, _ in string.Formatter().parse(template) if field}


def test_the_scan_finds_the_codes_of_every_layer() -> None:
    prefixes = {code.split(".")[0] for code in sites()}
    assert {"store", "check", "bundle", "zip", "pack", "document", "attach", "report"} <= prefixes
    assert {"progress", "usage", "exchange", "import", "backup", "verify"} <= prefixes
    assert len(sites()) > 150


def test_every_code_used_has_indonesian_and_english_text() -> None:
    missing = {
        code: [f"{s.file}:{s.line}" for s in found]
        for code, found in sites().items()
        if code not in known_codes()
    }
    assert not missing
    for code in sites():
        texts = catalogue()[code]
        assert texts.get("id", "").strip(), code
        assert texts.get("en", "").strip(), code


@pytest.mark.parametrize("code", sorted(sites()))
def test_placeholders_are_filled_where_the_code_is_used(code: str) -> None:
    texts = catalogue()[code]
    # Every text's fields (both languages, the app's wording too): a few texts take a list
    # already worded per language.
    fields = set().union(*(_fields(text) for text in texts.values()))
    for site in sites()[code]:
        if site.keys is not None:
            assert fields <= site.keys, (f"{site.file}:{site.line}", sorted(fields - site.keys))
    for lang in ("id", "en"):
        for audience in ("cli", "app"):
            rendered = message_for(code, dict.fromkeys(fields, "X"), lang, audience)
            assert "{" not in rendered and "}" not in rendered, (code, lang, audience, rendered)


def test_every_text_in_the_catalogue_is_used() -> None:
    """A text nobody can see is a text nobody maintains: each code appears in the code."""
    literals = set()
    for _, tree in _sources():
        table_keys = {
            id(key)
            for node in ast.walk(tree)
            if isinstance(node, ast.AnnAssign | ast.Assign) and isinstance(node.value, ast.Dict)
            for key in node.value.keys
            if any(getattr(t, "id", "") == "MESSAGES" for t in _targets(node))
        }
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and CODE.match(node.value)
                and id(node) not in table_keys
            ):
                literals.add(node.value)
    assert set(catalogue()) - literals == set()


def _targets(node: ast.AnnAssign | ast.Assign) -> list[ast.expr]:
    return [node.target] if isinstance(node, ast.AnnAssign) else list(node.targets)


def test_no_code_is_defined_twice() -> None:
    seen: dict[str, int] = defaultdict(int)
    for table in CATALOGUES:
        for code in table:
            seen[code] += 1
    assert [code for code, n in seen.items() if n > 1] == []


def test_every_code_like_text_in_the_source_has_text() -> None:
    """Codes kept in constants or tables (document warnings, findings made from a variable)."""
    prefixes = {code.split(".")[0] for code in catalogue()}
    known = known_codes() | AUDIT_ACTIONS
    missing = set()
    for path, tree in _sources():
        if path.name == "messages.py":
            continue
        for node in ast.walk(tree):
            code = _literal(node) if isinstance(node, ast.Constant) else None
            if code and code.split(".")[0] in prefixes and code not in known:
                missing.add(f"{code} ({path.relative_to(PACKAGE)})")
    assert not missing


#: Texts of two sentences, each saying what follows for the user; every other text is one.
TWO_SENTENCES = frozenset(
    {
        "compile.refused_active",
        "exchange.export_failed_verification",
        "import.bad_content",
        "import.conflict",
        "import.parts_differ",
        "import.revoked_key",
        "import.rollback",
        "import.sequence_reused",
        "import.unexpected_file",
        "import.unit_mismatch",
    }
)


def test_texts_are_sentences_and_the_indonesian_is_not_a_copy() -> None:
    """What is wrong and what to do, in one sentence ending with a full stop (progress steps
    are labels, not sentences)."""
    for code, texts in catalogue().items():
        if code.startswith("progress."):
            continue
        assert texts["id"] != texts["en"], code
        if "app_id" in texts:
            assert texts["app_id"] != texts["app_en"], code
        for key, text in texts.items():
            rendered = text.format(**dict.fromkeys(_fields(text), "X"))
            assert rendered.endswith("."), (code, key, rendered)
            sentences = rendered[:-1].count(". ") + 1
            assert sentences == (2 if code in TWO_SENTENCES else 1), (code, key, rendered)


def test_texts_do_not_depend_on_what_was_imported() -> None:
    """A fresh process that imported nothing but ``errors`` gets the text of a services code
    (the GUI once showed raw codes because the module registering them was never imported)."""
    script = (
        "from spbe_desktop.errors import message_for\n"
        "print(message_for('usage.verdict', {'verdict': 'x'}, 'en'))\n"
        "import sys\n"
        "print('spbe_desktop.services.coordinator' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out == [
        "The verdict must be diterima, perlu_revisi or ditolak, not 'x'.",
        "False",
    ]


# ------------------------------------------------------------------ the app's wording (issue 15)
def _cli_only(code: str) -> bool:
    """Raised only by the CLI's own argument checks: the app can never show it."""
    found = sites().get(code, [])
    return bool(found) and all(site.file.startswith("cli/") for site in found)


def test_only_the_known_texts_are_in_an_entry() -> None:
    for code, texts in catalogue().items():
        assert set(texts) <= {"id", "en", *APP_TEXTS}, code
        assert sum(key in texts for key in APP_TEXTS) in (0, 2), code


def test_an_app_wording_comes_in_both_languages_or_not_at_all() -> None:
    with pytest.raises(ValueError, match="app_en"):
        register_messages({"test.only_app_id": {"id": "Ini.", "en": "This.", "app_id": "Itu."}})
    assert "test.only_app_id" not in known_codes()


def test_the_app_wording_takes_the_same_placeholders() -> None:
    for code, texts in catalogue().items():
        cli = _fields(texts["id"]) | _fields(texts["en"])
        for key in APP_TEXTS:
            if key in texts:
                assert _fields(texts[key]) <= cli, (code, key, sorted(_fields(texts[key]) - cli))


def test_cli_advice_has_an_app_wording_and_the_app_wording_has_none() -> None:
    """A text naming a ``spbe`` command or an ``--option`` has an ``app_id`` / ``app_en`` the
    GUI shows instead (codes raised only by the CLI's argument checks need none), and that
    wording names the app's menus and buttons, never a command."""
    missing = [
        code
        for code, texts in catalogue().items()
        if (CLI_ADVICE.search(texts["id"]) or CLI_ADVICE.search(texts["en"]))
        and "app_id" not in texts
        and not _cli_only(code)
    ]
    assert missing == []
    for code, texts in catalogue().items():
        for key in APP_TEXTS:
            assert not CLI_ADVICE.search(texts.get(key, "")), (code, key, texts[key])
    # The scan finds what it is meant to find (and the GUI's wording is really different).
    assert CLI_ADVICE.search(catalogue()["store.no_document"]["id"])
    assert "app_id" in catalogue()["store.no_document"]
    assert _cli_only("usage.init_needs") and not _cli_only("store.not_found")


def test_the_gui_gets_the_app_wording_and_the_cli_keeps_its_own() -> None:
    params = {"ref": "7"}
    cli = message_for("store.no_document", params, "id")
    app = message_for("store.no_document", params, "id", "app")
    assert "'spbe status'" in cli
    assert "Laporan › Periksa ruang kerja" in app and not CLI_ADVICE.search(app)
    assert message_for("store.no_document", params, "en", "app").startswith(
        "There is no document 7"
    )
    # Without an app wording, the app reads the same text as the CLI.
    assert message_for("job.cancelled", {}, "id", "app") == message_for("job.cancelled", {}, "id")


#: A bundle is a "paket" ("paket bukti", "berkas paket") wherever a user reads Indonesian.
BUNDEL = re.compile(r"\bbundel", re.IGNORECASE)
ROOT = PACKAGE.parent
USER_GUIDES = (
    ROOT / "docs" / "user-guide.md",
    PACKAGE / "ui" / "assets" / "help" / "user-guide.md",
)


def test_no_indonesian_text_calls_a_bundle_bundel() -> None:
    texts = [
        (code, key, text)
        for code, entry in catalogue().items()
        for key, text in entry.items()
        if key in ("id", "app_id")
    ]
    assert [t for t in texts if BUNDEL.search(t[2])] == []
    assert any("paket" in text.lower() for _, _, text in texts)
    cli = [
        f"{path.relative_to(PACKAGE)}:{n}"
        for path in sorted((PACKAGE / "cli").rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if BUNDEL.search(line)
    ]
    assert cli == []
    for doc in (ROOT / "README.md", *USER_GUIDES):
        assert not BUNDEL.search(doc.read_text(encoding="utf-8")), doc.name
    assert USER_GUIDES[0].read_bytes() == USER_GUIDES[1].read_bytes()
