"""The one clock format stored everywhere: UTC, whole seconds, ISO 8601."""

from __future__ import annotations

import datetime as dt


def now_iso() -> str:
    """UTC timestamp with seconds, as stored everywhere."""
    return dt.datetime.now(dt.UTC).replace(microsecond=0).isoformat()
