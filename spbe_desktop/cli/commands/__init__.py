"""The CLI commands, in the order ``spbe --help`` lists them."""

from types import ModuleType

from spbe_desktop.cli.commands import (
    accept_receipt,
    assess,
    attach,
    backup,
    check,
    compile,
    csv_export,
    export,
    identity,
    import_,
    index,
    indicators,
    init,
    kit,
    pack,
    receipt,
    report,
    status,
    trust,
    verify,
)

COMMANDS: dict[str, ModuleType] = {
    "init": init,
    "kit": kit,
    "pack": pack,
    "status": status,
    "indicators": indicators,
    "assess": assess,
    "attach": attach,
    "identity": identity,
    "trust": trust,
    "export": export,
    "verify": verify,
    "import": import_,
    "receipt": receipt,
    "accept-receipt": accept_receipt,
    "index": index,
    "report": report,
    "compile": compile,
    "csv": csv_export,
    "check": check,
    "backup": backup,
}
