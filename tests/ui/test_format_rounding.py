"""The screen rounds as the printed report does (half-up), and a difference is taken between
the values as shown: the dashboard showed "1,08 | 1,08 | +0,01"."""

from __future__ import annotations

from decimal import Decimal

import pytest

from spbe_desktop.ui.common import format as fmt
from spbe_desktop.ui.coordinator.items_models import CompareModel, CompareRow

pytestmark = pytest.mark.ui


def test_numbers_round_half_up_like_the_report(gui_lang: None) -> None:
    assert fmt.number(Decimal("1.125")) == "1,13"  # a float would give 1,12
    assert fmt.number(2.675) == "2,68"
    assert fmt.number(Decimal("-0.005")) == "-0,01"


def test_difference_is_of_the_shown_values(gui_lang: None) -> None:
    model = CompareModel()
    same = CompareRow("index", "Indeks instansi", Decimal("1.0751"), Decimal("1.0849"))
    assert (fmt.number(same.mandiri), fmt.number(same.asesor)) == ("1,08", "1,08")
    assert model._diff(same) == "0,00"
    up = CompareRow("aspect", "Aspek 1", Decimal("1.25"), Decimal("1.75"))
    assert model._diff(up) == "+0,50"
