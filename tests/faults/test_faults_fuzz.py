"""Property-based fuzzing of the parsers that meet untrusted bytes.

The property is the same everywhere: whatever the input, the function returns its normal result
(a verification with findings, a pack, a document description with warnings) or raises a
``SpbeError`` subclass with a code, nothing else. The default variant runs a modest number of
examples; the slow variant many more. Hypothesis keeps no example database (nothing is written
outside tmp_path) and is seeded from the drills' session seed, so a run can be replayed with
``SPBE_DRILLS_SEED``.
"""

from __future__ import annotations

import contextlib
import io
import json
import signal
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from drills import World, session_seed
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st

VARIANTS = [
    pytest.param(150, id="default"),
    pytest.param(3000, id="slow", marks=pytest.mark.slow),
]
#: A parser that takes longer than this on one small input is reported as hanging.
HANG_SECONDS = 20


def fuzz(examples: int, strategy: st.SearchStrategy[Any], check: Callable[[Any], None]) -> None:
    """Run ``check`` on ``examples`` inputs drawn from ``strategy`` (seeded, no database)."""

    @seed(session_seed())
    @settings(
        max_examples=examples,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        print_blob=True,
    )
    @given(strategy)
    def run(value: Any) -> None:
        with _hang_guard():
            check(value)

    run()


class Hang(BaseException):
    """Raised by the alarm: not an Exception, so no ``except Exception`` can swallow it."""


@contextlib.contextmanager
def _hang_guard() -> Iterator[None]:
    def alarm(signum: int, frame: Any) -> None:
        raise Hang(f"no answer within {HANG_SECONDS} s")

    if not hasattr(signal, "SIGALRM"):  # Windows has no alarm: a hang there is not cut short
        yield
        return
    previous = signal.signal(signal.SIGALRM, alarm)
    signal.alarm(HANG_SECONDS)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def only_spbe_errors(call: Callable[[], Any]) -> Any:
    from spbe_desktop.errors import SpbeError

    try:
        return call()
    except SpbeError as exc:
        error = exc
    assert error.code, error
    return error


# ================================================================================= mutations
def mutations(size: int) -> st.SearchStrategy[list[tuple[str, int, int]]]:
    """1-4 edits; half of the positions fall in the structure-rich last 2 KiB."""
    anywhere = st.integers(0, max(0, size - 1))
    tail = st.integers(max(0, size - 2048), max(0, size - 1))
    position = st.one_of(anywhere, tail)
    edit = st.tuples(
        st.sampled_from(["flip", "set", "insert", "delete", "truncate"]),
        position,
        st.integers(0, 255),
    )
    return st.lists(edit, min_size=1, max_size=4)


def mutate(data: bytes, edits: list[tuple[str, int, int]]) -> bytes:
    out = bytearray(data)
    for op, pos, value in edits:
        if not out:
            break
        pos %= len(out)
        if op == "flip":
            out[pos] ^= 1 << (value % 8)
        elif op == "set":
            out[pos] = value
        elif op == "insert":
            out[pos:pos] = bytes([value]) * (1 + value % 7)
        elif op == "delete":
            del out[pos : pos + 1 + value % 16]
        else:
            del out[pos:]
    return bytes(out)


def mutated(data: bytes) -> st.SearchStrategy[bytes]:
    return mutations(len(data)).map(lambda edits: mutate(data, edits))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5)
    ),
    max_leaves=30,
)


# ================================================================================= bundles
@pytest.fixture(scope="module")
def scratch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


def _read_bag(path: Path, data: bytes, lookup: Any) -> Any:
    from spbe_desktop.bundles.bag import read_bag_zip
    from spbe_desktop.core.progress import CancelToken, run
    from spbe_desktop.services.exchange import MAX_BUNDLE_BYTES

    path.write_bytes(data)
    return only_spbe_errors(
        lambda: run(
            read_bag_zip(
                path,
                max_total_bytes=MAX_BUNDLE_BYTES,
                lookup_public=lookup,
                cancel=CancelToken(),
            )
        )
    )


@pytest.mark.parametrize("examples", VARIANTS)
def test_fuzz_bundle_reader_random_bytes(examples: int, scratch: Path) -> None:
    """read_bag_zip on random bytes (some made to look like a ZIP) returns findings or raises
    only SpbeError, and never calls garbage valid."""
    target = scratch / "random.zip"
    strategy = st.one_of(
        st.binary(max_size=4096),
        st.binary(max_size=2048).map(lambda b: b"PK\x03\x04" + b),
        st.binary(max_size=2048).map(lambda b: b + b"PK\x05\x06" + bytes(18)),
    )

    def check(data: bytes) -> None:
        result = _read_bag(target, data, None)
        assert not getattr(getattr(result, "result", None), "ok", False)

    fuzz(examples, strategy, check)


@pytest.mark.parametrize("examples", VARIANTS)
def test_fuzz_bundle_reader_mutated_bundles(examples: int, world: World, scratch: Path) -> None:
    """read_bag_zip on byte-mutated valid bundles: only findings or SpbeError; whenever it says
    "ok", the payload it read is exactly the signed original (a mutation of the container alone,
    such as a timestamp, may be harmless; a mutation of the content never passes)."""
    from spbe_desktop.bundles.bag import BagVerification

    original_bytes = world.b3.read_bytes()
    opd_key = world.opd_secret.public
    original = _read_bag(
        scratch / "original.zip",
        original_bytes,
        lambda key_id: opd_key if key_id == opd_key.key_id else None,
    )
    assert original.result.ok
    target = scratch / "mutated.zip"

    def check(data: bytes) -> None:
        result = _read_bag(target, data, lambda k: opd_key if k == opd_key.key_id else None)
        if isinstance(result, BagVerification) and result.result.ok:
            assert result.payload == original.payload
            assert result.signer == opd_key

    fuzz(examples, mutated(original_bytes), check)


# ================================================================================= packs
def _pack_bytes() -> bytes:
    from spbe_desktop.core.packs import shipped_pack_path

    return shipped_pack_path("spbe-2020").read_bytes()


def _load_pack(raw: bytes) -> Any:
    from spbe_desktop.core.packs import Pack, load_pack_bytes

    result = only_spbe_errors(lambda: load_pack_bytes(raw, source="fuzz.json"))
    assert isinstance(result, Pack) or result.code.startswith("pack."), result
    return result


@pytest.mark.parametrize("examples", VARIANTS)
def test_fuzz_pack_loader_random_json(examples: int) -> None:
    """load_pack_bytes on random JSON values and random bytes: a Pack or a PackError."""
    strategy = st.one_of(
        json_values.map(lambda v: json.dumps(v).encode()),
        st.binary(max_size=512),
        st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")),
    )
    fuzz(examples, strategy, _load_pack)


WEIRD = [None, True, 0, -1, 1.5, 1e308, "", "x", [], {}, [1, 2], {"a": 1}, "5", 10**30]


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for i, child in enumerate(value[:3]):
            yield from _paths(child, (*prefix, i))


@st.composite
def mutated_packs(draw: st.DrawFn, base: Any) -> bytes:
    doc = json.loads(json.dumps(base))
    paths = [p for p in _paths(doc) if p]
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(paths))
        parent = doc
        try:
            for step in path[:-1]:
                parent = parent[step]
            key = path[-1]
            action = draw(st.sampled_from(["delete", "weird", "random", "duplicate"]))
            if action == "delete":
                del parent[key]
            elif action == "weird":
                parent[key] = draw(st.sampled_from(WEIRD))
            elif action == "random":
                parent[key] = draw(json_values)
            elif isinstance(parent, list):
                parent.append(parent[key])
            else:
                parent[key + "_"] = parent[key] if isinstance(key, str) else None
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit removed this path
    return json.dumps(doc, ensure_ascii=False).encode()


@pytest.mark.parametrize("examples", VARIANTS)
def test_fuzz_pack_loader_mutated_real_pack(examples: int) -> None:
    """load_pack_bytes on the shipped SPBE 2020 pack with fields deleted, retyped, duplicated
    or replaced, and on byte mutations of its file: a Pack or a PackError."""
    raw = _pack_bytes()
    base = json.loads(raw)
    fuzz(examples, st.one_of(mutated_packs(base), mutated(raw)), _load_pack)


def test_pack_loader_refuses_an_integer_with_5000_digits(tmp_path: Path) -> None:
    """A pack whose JSON holds an integer longer than Python's 4300-digit conversion limit is
    refused with a PackError like any other unreadable pack: from bytes, from a file, and by
    `spbe init --framework PACK.json` (exit 1, one line, no traceback)."""
    import subprocess

    from drills import child_env, spbe_command

    from spbe_desktop.core.packs import load_pack_file

    raw = _pack_bytes().replace(b'"version": ', b'"padding": ' + b"7" * 5000 + b', "version": ', 1)
    pack_file = tmp_path / "pack-besar.json"
    pack_file.write_bytes(raw)
    problems = []
    loaders = {
        "load_pack_bytes": lambda: _load_pack(raw),
        "load_pack_file": lambda: only_spbe_errors(lambda: load_pack_file(pack_file)),
    }
    for name, call in loaders.items():
        try:
            call()
        except Exception as exc:
            problems.append(f"{name} raised {type(exc).__name__}: {str(exc)[:80]}")
    base = tmp_path / "child"
    env = child_env(base)
    proc = subprocess.run(
        [
            *spbe_command(),
            "init",
            str(tmp_path / "opd.spbe"),
            "--role",
            "opd",
            "--instansi",
            "X",
            "--unit",
            "Y",
            "--framework",
            str(pack_file),
        ],
        cwd=base / "cwd",
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    lines = [line for line in (proc.stdout + proc.stderr).splitlines() if line.strip()]
    if proc.returncode != 1 or len(lines) != 1 or "Traceback" in proc.stderr:
        problems.append(
            f"spbe init --framework: exit {proc.returncode}, {len(lines)} lines"
            + (", with a traceback" if "Traceback" in proc.stderr else "")
        )
    assert not problems, "; ".join(problems)


# ================================================================================= documents
@pytest.fixture(scope="module")
def sample_documents(scratch: Path) -> dict[str, bytes]:
    from tests.support.generate import make_docx, make_jpeg, make_pdf, make_png

    folder = scratch / "samples"
    folder.mkdir()
    return {
        "pdf": make_pdf(
            folder / "a.pdf",
            ["SURAT KEPUTUSAN\nNomor 1/2026", "Halaman dua"],
            title="SK",
            author="Dinas",
        ).read_bytes(),
        "docx": make_docx(
            folder / "b.docx",
            ["LAPORAN", "Isi laporan"],
            title="Laporan",
            table=[["a", "b"], ["c", "d"]],
        ).read_bytes(),
        "png": make_png(folder / "c.png", 16, 8).read_bytes(),
        "jpeg": make_jpeg(folder / "d.jpg", 16, 8).read_bytes(),
    }


def _inspect(path: Path, data: bytes) -> None:
    from spbe_desktop.core.models import DocumentInfo
    from spbe_desktop.documents import inspect_in_process

    path.write_bytes(data)
    result = only_spbe_errors(lambda: inspect_in_process(path))
    assert isinstance(result, DocumentInfo) or result.code.startswith("document."), result


def _docx_with(base: bytes, member: str, content: bytes) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(base))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for info in src.infolist():
            zf.writestr(info.filename, content if info.filename == member else src.read(info))
    return out.getvalue()


@pytest.mark.parametrize("examples", VARIANTS)
def test_fuzz_document_parsers(
    examples: int, sample_documents: dict[str, bytes], scratch: Path
) -> None:
    """inspect_in_process on random and mutated PDF, DOCX, PNG and JPEG bytes, and on DOCX
    files whose document.xml is replaced by random text: a DocumentInfo (with warnings) or a
    DocumentError, never another exception, never a hang."""
    target = scratch / "document"
    docx = sample_documents["docx"]
    xml_text = st.text(alphabet=st.sampled_from(list("<>/=\"' abw:pr&;#x0123456789")), max_size=300)
    strategy = st.one_of(
        *(mutated(data) for data in sample_documents.values()),
        st.binary(max_size=2048).map(lambda b: b"%PDF-1.7\n" + b),
        xml_text.map(lambda t: _docx_with(docx, "word/document.xml", t.encode())),
    )
    fuzz(examples, strategy, lambda data: _inspect(target, data))


def test_docx_billion_laughs_is_harmless(sample_documents: dict[str, bytes], scratch: Path) -> None:
    """A DOCX whose document.xml is an entity-expansion bomb is described, not expanded."""
    laughs = ['<!ENTITY l0 "ha">'] + [
        f'<!ENTITY l{i} "{("&l" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    xml = (
        '<?xml version="1.0"?><!DOCTYPE w:document [' + "".join(laughs) + "]>"
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&l9;</w:t></w:r></w:p></w:body></w:document>"
    ).encode()
    with _hang_guard():
        _inspect(
            scratch / "laughs.docx", _docx_with(sample_documents["docx"], "word/document.xml", xml)
        )
