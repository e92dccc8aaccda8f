from __future__ import annotations

import base64
import io
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from spbe_desktop.bundles.keys import PublicIdentity, SecretIdentity
from spbe_desktop.bundles.minisign import parse_signature, sign_file, verify_signature
from spbe_desktop.errors import BundleError

Cli = Callable[..., CompletedProcess[str]]
MESSAGE = b"BagIt manifest\n" * 1000


def _with_alg(line: str, alg: bytes) -> str:
    return base64.b64encode(alg + base64.b64decode(line)[2:]).decode()


def _code(call: Callable[[], object]) -> str:
    with pytest.raises(BundleError) as err:
        call()
    return err.value.code


def test_sign_and_verify_every_source_kind(tmp_path: Path, identity: SecretIdentity) -> None:
    path = tmp_path / "m.bin"
    path.write_bytes(MESSAGE)
    sig = sign_file(path, identity, "tc: Dinas ✓", "hello")
    lines = sig.split("\n")
    assert lines[0] == "untrusted comment: hello"
    assert lines[2] == "trusted comment: tc: Dinas ✓"
    assert lines[4] == ""
    assert parse_signature(sig).algorithm == b"ED"
    for source in (
        MESSAGE,
        path,
        io.BytesIO(MESSAGE),
        iter([MESSAGE[:100], MESSAGE[100:]]),
    ):
        assert verify_signature(source, sig, identity.public) == "tc: Dinas ✓"  # type: ignore[arg-type]
    assert sign_file(io.BytesIO(MESSAGE), identity, "tc: Dinas ✓", "hello") == sig


def test_verify_detects_changes(identity: SecretIdentity, other_identity: SecretIdentity) -> None:
    sig = sign_file(MESSAGE, identity, "original")
    assert _code(lambda: verify_signature(MESSAGE + b"x", sig, identity.public)) == (
        "signature.invalid"
    )
    forged_comment = sig.replace("trusted comment: original", "trusted comment: forged")
    assert _code(lambda: verify_signature(MESSAGE, forged_comment, identity.public)) == (
        "signature.invalid"
    )
    assert _code(lambda: verify_signature(MESSAGE, sig, other_identity.public)) == (
        "signature.wrong_key"
    )
    # Same key id, different key: the signature itself fails.
    impostor = PublicIdentity(identity.key_id, other_identity.public.public)
    assert _code(lambda: verify_signature(MESSAGE, sig, impostor)) == "signature.invalid"


def test_untrusted_comment_is_not_signed(identity: SecretIdentity) -> None:
    sig = sign_file(MESSAGE, identity, "tc", "one")
    changed = sig.replace("untrusted comment: one", "untrusted comment: two")
    assert verify_signature(MESSAGE, changed, identity.public) == "tc"


def test_crlf_signature_is_accepted(identity: SecretIdentity) -> None:
    sig = sign_file(MESSAGE, identity, "tc").replace("\n", "\r\n")
    assert verify_signature(MESSAGE, sig.encode(), identity.public) == "tc"


@pytest.mark.parametrize(
    "mangle",
    [
        lambda s: "",
        lambda s: s.replace("untrusted comment: ", "comment: "),
        lambda s: s.replace("trusted comment: ", "tc: ", 1).replace("untrusted tc", "x"),
        lambda s: "\n".join(s.split("\n")[:3]),
        lambda s: s + "extra line\n",
        lambda s: s.replace(s.split("\n")[1], s.split("\n")[1][:-4]),
        lambda s: s.replace(s.split("\n")[1], "!" + s.split("\n")[1][1:]),
        lambda s: s.replace(s.split("\n")[3], "AAAA"),
        lambda s: s.replace(s.split("\n")[1], _with_alg(s.split("\n")[1], b"Xx")),
        lambda s: "x" * 20000,
    ],
    ids=[
        "empty",
        "no-untrusted-prefix",
        "no-trusted-prefix",
        "three-lines",
        "five-lines",
        "short-sig",
        "bad-base64",
        "short-global",
        "unknown-alg",
        "huge",
    ],
)
def test_malformed_signatures(identity: SecretIdentity, mangle: Callable[[str], str]) -> None:
    sig = mangle(sign_file(MESSAGE, identity, "tc"))
    assert _code(lambda: verify_signature(MESSAGE, sig, identity.public)) == "signature.malformed"


def test_non_utf8_signature_is_malformed(identity: SecretIdentity) -> None:
    assert _code(lambda: parse_signature(b"\xff\xfe")) == "signature.malformed"


@pytest.mark.parametrize(
    ("trusted", "untrusted"),
    [("two\nlines", "u"), ("t", "two\rlines"), ("x" * 9000, "u"), ("t", "y" * 2000), ("\x00", "u")],
)
def test_comments_must_be_one_short_line(
    identity: SecretIdentity, trusted: str, untrusted: str
) -> None:
    assert _code(lambda: sign_file(MESSAGE, identity, trusted, untrusted)) == (
        "signature.comment_invalid"
    )


def test_unreadable_source(tmp_path: Path, identity: SecretIdentity) -> None:
    assert _code(lambda: sign_file(tmp_path / "missing", identity, "t")) == (
        "signature.source_unreadable"
    )


# ------------------------------------------------------------------ interop with minisign 0.11


def test_real_minisign_accepts_our_signature_and_refuses_a_flipped_byte(
    tmp_path: Path, identity: SecretIdentity, minisign_cli: Cli, write_pub: Callable[..., Path]
) -> None:
    message = tmp_path / "tagmanifest-sha256.txt"
    message.write_bytes(MESSAGE)
    sig = tmp_path / "tagmanifest-sha256.txt.minisig"
    sig.write_text(sign_file(message, identity, "spbe-desktop 2025 ✓"), encoding="utf-8")
    pub = write_pub(identity.public)
    ok = minisign_cli("-Vm", str(message), "-p", str(pub), "-x", str(sig))
    assert ok.returncode == 0, ok.stderr
    assert "Trusted comment: spbe-desktop 2025 ✓" in ok.stdout
    # -H: minisign must also see it as prehashed ("ED")
    assert minisign_cli("-H", "-Vm", str(message), "-p", str(pub), "-x", str(sig)).returncode == 0
    data = bytearray(MESSAGE)
    data[len(data) // 2] ^= 0x01
    message.write_bytes(bytes(data))
    bad = minisign_cli("-Vm", str(message), "-p", str(pub), "-x", str(sig))
    assert bad.returncode != 0


@pytest.mark.parametrize("legacy", [False, True], ids=["prehashed", "legacy"])
def test_we_accept_a_signature_made_by_minisign(
    tmp_path: Path, minisign_cli: Cli, legacy: bool
) -> None:
    made = minisign_cli("-G", "-W", "-f", "-p", "m.pub", "-s", "m.key", cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    message = tmp_path / "file.bin"
    message.write_bytes(MESSAGE)
    args = ["-S", "-s", "m.key", "-m", "file.bin", "-t", "made by minisign"]
    signed = minisign_cli(*([*args, "-l"] if legacy else args), cwd=tmp_path)
    assert signed.returncode == 0, signed.stderr
    public = PublicIdentity.from_minisign((tmp_path / "m.pub").read_text())
    sig_text = (tmp_path / "file.bin.minisig").read_text()
    assert parse_signature(sig_text).algorithm == (b"Ed" if legacy else b"ED")
    assert verify_signature(message, sig_text, public) == "made by minisign"
    assert _code(lambda: verify_signature(MESSAGE + b"!", sig_text, public)) == (
        "signature.invalid"
    )


def test_legacy_signature_over_a_huge_message_is_refused(
    identity: SecretIdentity, monkeypatch: pytest.MonkeyPatch
) -> None:
    from spbe_desktop.bundles import minisign as module

    sig = sign_file(MESSAGE, identity, "t")
    legacy = sig.replace(sig.split("\n")[1], _with_alg(sig.split("\n")[1], b"Ed"))
    monkeypatch.setattr(module, "MAX_LEGACY_MESSAGE_BYTES", 10)
    assert _code(lambda: verify_signature(MESSAGE, legacy, identity.public)) == (
        "signature.legacy_too_large"
    )
