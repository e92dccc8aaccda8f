"""The ``spbe`` command line: one module per command under ``cli/commands``.

Exit status: 0 success, 1 invalid input or a failed check, 2 wrong usage. Errors are one sentence
from the shared message catalogue, never a traceback. Output language: Bahasa Indonesia unless
``SPBE_LANG=en`` (or ``--lang en``).
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from spbe_desktop import __version__
from spbe_desktop.cli import output
from spbe_desktop.cli.commands import COMMANDS, load
from spbe_desktop.errors import SpbeError, UsageError

log = logging.getLogger("spbe_desktop.cli")


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line instead of a usage dump on error."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        sys.stderr.write(f"spbe: {message}\n")
        raise SystemExit(2)


def _chosen_command(argv: Sequence[str]) -> str | None:
    """The command named on the command line, if any (``--lang X`` may come first)."""
    tokens = iter(argv)
    for token in tokens:
        if token == "--lang":
            next(tokens, None)
        elif token in COMMANDS:
            return token
        elif not token.startswith("-"):
            return None
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser; with ``argv`` naming a command, only that command is imported and set up
    (a typo names none: then every command is set up, so the error lists them all)."""
    wanted = _chosen_command(argv) if argv is not None else None
    parser = _Parser(
        prog="spbe",
        description="spbe-desktop: penilaian mandiri SPBE / Pemdi dengan bukti dukung bertanda "
        "tangan (offline).",
    )
    parser.add_argument("--version", action="version", version=f"spbe {__version__}")
    parser.add_argument("--lang", choices=["id", "en"], help="output language (default: id)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    if wanted is None and argv is not None and "--version" in argv and "-h" not in argv:
        # `spbe --version` needs no command: their names alone, without importing the modules
        # (all of them with their services took over a second).
        for name in COMMANDS:
            sub.add_parser(name)
        return parser
    for name in COMMANDS:
        if wanted is not None and name != wanted:
            # Not needed to parse this command line, and each parser costs about 1 ms
            # (argparse looks for its translations on disk): a quarter of `spbe status`'s work.
            continue
        module = load(name)
        p = sub.add_parser(name, help=module.HELP, description=module.HELP)
        module.add_arguments(p)
        p.set_defaults(run=module.run)
    return parser


def _setup_logging() -> Path:
    """Log to a file in the user's log folder: the terminal only ever shows one sentence."""
    from spbe_desktop import paths

    try:
        log_file = paths.log_dir() / "spbe-cli.log"
        # delay: the file is only opened when something is logged.
        handler: logging.Handler = logging.FileHandler(log_file, encoding="utf-8", delay=True)
    except OSError:
        log_file = Path(os.devnull)
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_spbe_cli", False)]:
        root.removeHandler(old)
        old.close()
    handler._spbe_cli = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(os.environ.get("SPBE_LOG_LEVEL", "WARNING"))
    return log_file


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, io.UnsupportedOperation):
        pass  # stdout is not a real file (tests capture it): nothing will flush at exit


def main(argv: Sequence[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser(args_in)
    args = parser.parse_args(args_in)
    if args.lang:
        os.environ["SPBE_LANG"] = args.lang
    log_file = _setup_logging()
    try:
        code = _run(args, log_file)
        # Output to a pipe is buffered: flush here, where a closed pipe can still be handled,
        # rather than at exit, where Python would print "Exception ignored ... BrokenPipeError".
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader went away (`spbe indicators ws | head`): not an error of ours. The Python
        # documentation's recipe: point stdout at devnull so the flush at exit stays quiet.
        _silence_stdout()
        return 1
    return code


def _run(args: argparse.Namespace, log_file: Path) -> int:
    try:
        return int(args.run(args))
    except BrokenPipeError:
        raise
    except UsageError as exc:
        output.error(exc.message(output.lang()))
        return 2
    except SpbeError as exc:
        output.error(exc.message(output.lang()))
        return 1
    except KeyboardInterrupt:
        output.error(output.t("Dibatalkan.", "Cancelled."))
        return 1
    except Exception as exc:  # the last line of defence: one sentence, details in the log
        log.exception("unexpected error")
        output.error(
            output.t(
                f"Terjadi kesalahan tak terduga ({type(exc).__name__}); laporkan beserta berkas "
                f"log {log_file}.",
                f"An unexpected error happened ({type(exc).__name__}); please report it with the "
                f"log file {log_file}.",
            )
        )
        return 1


if __name__ == "__main__":
    sys.exit(main())
