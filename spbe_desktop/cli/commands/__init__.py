"""The CLI commands, in the order ``spbe --help`` lists them."""

from types import ModuleType

from spbe_desktop.cli.commands import assess, attach, backup, check, indicators, index, init, status

COMMANDS: dict[str, ModuleType] = {
    "init": init,
    "status": status,
    "indicators": indicators,
    "assess": assess,
    "index": index,
    "attach": attach,
    "check": check,
    "backup": backup,
}
