"""The workspace store: the only package that knows SQL and the workspace file layout.

sqlite-utils imports numpy and pandas at import time, only to map their number types to column
types, which the workspace never stores. When they are installed (matplotlib brings numpy)
that costs every command and every app start about 150 ms before anything happens, so they are
hidden from sqlite-utils' first import; they stay importable by whoever really needs them.
"""

import sys

_hidden = [name for name in ("numpy", "pandas") if name not in sys.modules]
for _name in _hidden:
    sys.modules[_name] = None  # type: ignore[assignment]  # import of it raises ImportError
try:
    import sqlite_utils.db  # noqa: F401  # imported here, once, with the two hidden
finally:
    for _name in _hidden:
        del sys.modules[_name]
