"""The words the CLI and the reports use for verdicts and answer statuses."""

from __future__ import annotations

from spbe_desktop.core.labels import STATUS_LABELS, VERDICT_LABELS, status_label, verdict_label
from spbe_desktop.core.models import AnswerStatus, Verdict


def test_every_verdict_and_status_has_words() -> None:
    assert set(VERDICT_LABELS) == set(Verdict)
    assert set(STATUS_LABELS) == set(AnswerStatus)


def test_labels() -> None:
    assert verdict_label("perlu_revisi") == "Perlu revisi"
    assert verdict_label(Verdict.DITOLAK, "en") == "Rejected"
    assert verdict_label(None) == "Belum diperiksa"
    assert status_label("na") == "Tidak berlaku"
    assert status_label(AnswerStatus.READY, "en") == "Ready"
    assert status_label(None) == "-"
