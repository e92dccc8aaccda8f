"""Update the .ts sources from the UI code and compile them into shipped .qm files.

    python scripts/build_translations.py           # lupdate + lrelease
    python scripts/build_translations.py --check   # fail if a string has no English text

Sources: ``resources/i18n/spbe_desktop_<lang>.ts`` (edit with pyside6-linguist) and
``resources/i18n/qtbase_id.ts`` (Indonesian for Qt's stock buttons; Qt ships none). Output:
``spbe_desktop/ui/assets/i18n/*.qm``, committed so that an editable install works without the
Qt tools. Source strings in the code are Bahasa Indonesia.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "spbe_desktop" / "ui"
SOURCES = ROOT / "resources" / "i18n"
OUT = UI / "assets" / "i18n"
APP_LANGS = ("en",)


def tool(name: str) -> str:
    """A Qt tool from the running interpreter's environment, else from PATH."""
    local = Path(sys.executable).parent / name
    if local.exists():
        return str(local)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found; install PySide6 in this environment")
    return found


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in UI.rglob("*.py"))


def lupdate() -> None:
    for lang in APP_LANGS:
        ts = SOURCES / f"spbe_desktop_{lang}.ts"
        subprocess.run(
            [
                tool("pyside6-lupdate"),
                *ui_sources(),
                "-source-language",
                "id_ID",
                "-target-language",
                lang,
                "-no-obsolete",
                "-ts",
                str(ts.relative_to(ROOT)),
            ],
            cwd=ROOT,
            check=True,
        )


def lrelease() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for ts in sorted(SOURCES.glob("*.ts")):
        qm = OUT / f"{ts.stem}.qm"
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True
        )


def unfinished() -> list[str]:
    """Source strings without a finished translation, as "context: text"."""
    missing: list[str] = []
    for lang in APP_LANGS:
        tree = ET.parse(SOURCES / f"spbe_desktop_{lang}.ts")
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") == "unfinished":
                    missing.append(f"{name}: {message.findtext('source', '')}")
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="only check that every string has a translation"
    )
    args = parser.parse_args(argv)
    if not args.check:
        lupdate()
        lrelease()
    missing = unfinished()
    for line in missing:
        print(f"untranslated: {line}")
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
