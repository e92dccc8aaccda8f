"""The frozen build installs exactly packaging/requirements-build.txt, then the project with
``--no-deps``: a runtime dependency missing there is missing from the release (openpyxl was, so
the built app could not read a pack sheet). Every dependency of pyproject.toml must be pinned
there with a version its specifier allows."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
#: The PySide6 meta-package is replaced by the parts the app imports (see the pins' header).
REPLACED = {"pyside6": "pyside6-essentials"}


def _pins() -> dict[str, Version]:
    pins: dict[str, Version] = {}
    for line in (ROOT / "packaging" / "requirements-build.txt").read_text().splitlines():
        m = re.match(r"^([A-Za-z0-9_.\-]+)==([^\s#]+)", line.strip())
        if m:
            pins[canonicalize_name(m.group(1))] = Version(m.group(2))
    return pins


def test_every_runtime_dependency_is_pinned_for_the_build() -> None:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pins = _pins()
    problems = []
    for text in deps:
        req = Requirement(text)
        name = canonicalize_name(req.name)
        pinned = pins.get(REPLACED.get(name, name))
        if pinned is None:
            problems.append(f"{req.name}: not pinned")
        elif req.specifier and not req.specifier.contains(pinned, prereleases=True):
            problems.append(f"{req.name}: {pinned} outside {req.specifier}")
    assert problems == []
