"""The coordinator's status colours, in one place, blended into the current palette.

Each state has a hue; what is painted is that hue mixed into the palette's base colour, so a
cell is a light tint under a light theme and a dark tint under a dark one, and the palette's
own text colour stays readable on it. Nothing else in the package names a colour.
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

#: state -> (red, green, blue) hue. Verdicts win over claim statuses.
_HUES: dict[str, tuple[int, int, int]] = {
    "diterima": (46, 160, 67),
    "perlu_revisi": (230, 140, 20),
    "ditolak": (215, 58, 73),
    "ready": (56, 120, 220),
    "draft": (150, 150, 150),
    "na": (120, 120, 160),
}
#: How much of the hue goes into the mix (0-1).
_STRENGTH = 0.38

#: The states a legend explains, in order.
LEGEND_STATES = ("diterima", "perlu_revisi", "ditolak", "ready", "draft", "unassigned")


def cell_state(status: str, verdict: str | None, assigned: bool) -> str:
    """The colour state of a matrix cell: verdict, else claim status, else (un)assigned."""
    if verdict:
        return verdict
    if status in ("ready", "draft", "na"):
        return status
    return "empty" if assigned else "unassigned"


def tint(palette: QPalette, state: str) -> QColor | None:
    """Background for ``state`` under ``palette``; None means "leave the default"."""
    base = palette.color(QPalette.ColorRole.Base)
    if state == "unassigned":
        # The window colour: quiet, yet an assigned cell still waiting (base) stands out.
        return palette.color(QPalette.ColorRole.Window)
    hue = _HUES.get(state)
    if hue is None:
        return None
    mix = _STRENGTH if base.lightness() >= 128 else _STRENGTH + 0.1
    return QColor(
        round(base.red() * (1 - mix) + hue[0] * mix),
        round(base.green() * (1 - mix) + hue[1] * mix),
        round(base.blue() * (1 - mix) + hue[2] * mix),
    )


def accent(palette: QPalette) -> QColor:
    """Bar colour of the charts: the palette's highlight."""
    return palette.color(QPalette.ColorRole.Highlight)


def target_line(palette: QPalette) -> QColor:
    hue = _HUES["perlu_revisi"]
    return QColor(*hue)
