"""Kill drills: attach, import and export run in a child process that is SIGKILLed.

Two kinds of kill:

* at random points: the child says GO once the product is imported, and its whole process
  group (the document-parsing worker included, as when a battery dies) is SIGKILLed after a
  delay drawn from equal slices of the operation's measured duration, so the kills spread over
  parsing, storing, committing, writing and verifying;
* at every commit boundary: the child SIGKILLs itself just before and just after each COMMIT of
  the operation, the places a random kill almost never hits.

After every kill the workspace must open, pass the product's full check (SQLite integrity, the
audit chain, every blob re-hashed), and hold exactly what it held before the operation or
exactly what a completed operation leaves, nothing in between; everything committed earlier is
still there (answers and earlier documents are part of that comparison). The operation is then
completed in-process to show the workspace is still usable.
"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from drills import (
    TOP,
    KillRun,
    build_kill_world,
    check_workspace,
    copy_workspace,
    members_dict,
    op_command,
    read_members,
    run_and_kill,
    semantic_state,
    state_diff,
    stratified_delays,
)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="process-group SIGKILLs: POSIX")

DEFAULT_KILLS = 3
SLOW_KILLS = 20


@dataclass
class Drill:
    """One operation to kill: which workspace it changes and how to run it."""

    kind: str
    baseline: Path
    argv: list[str]  # arguments after the workspace; "{out}" is the per-iteration output


@pytest.fixture(scope="session")
def kill_world(tmp_path_factory: pytest.TempPathFactory, session_env: None) -> Any:
    """OPD and coordinator workspaces plus a 60 MB document and a ~50 MB bundle."""
    return build_kill_world(tmp_path_factory.mktemp("kill-world"))


@pytest.fixture(scope="session")
def calibrations() -> dict[str, tuple[float, dict[str, Any], int]]:
    """One complete run per operation, shared by the drills of the session."""
    return {}


def _calibrated(kind: str, drill: Drill, cache: dict[str, Any], tmp_path: Path) -> Any:
    if kind not in cache:
        cache[kind] = _calibrate(tmp_path, drill)
    return cache[kind]


def _drill(kind: str, kw: Any) -> Drill:
    if kind == "attach":
        return Drill(kind, kw.opd, ["I04", str(kw.big_document)])
    if kind == "import":
        return Drill(kind, kw.coordinator, [str(kw.big_bundle)])
    return Drill(kind, kw.opd_big, ["{out}"])


def _command(drill: Drill, workspace: Path, out: Path, **kill: int) -> list[str]:
    if drill.kind == "attach":
        args = [str(workspace), drill.argv[0], drill.argv[1]]
    elif drill.kind == "import":
        args = [str(workspace), drill.argv[0]]
    else:
        args = [str(workspace), str(out)]
    return op_command(drill.kind, *args, **kill)


@dataclass
class Iteration:
    root: Path
    workspace: Path
    out: Path


def _iteration(tmp_path: Path, drill: Drill, name: str) -> Iteration:
    root = tmp_path / name
    workspace = copy_workspace(drill.baseline, root / "ws" / drill.baseline.name)
    out = root / "out" / "bundle.zip"
    out.parent.mkdir(parents=True)
    return Iteration(root, workspace, out)


def _calibrate(tmp_path: Path, drill: Drill) -> tuple[float, dict[str, Any], int]:
    """Run the operation once to its end: (seconds from GO to exit, state after, commits)."""
    it = _iteration(tmp_path, drill, "calibration")
    run = run_and_kill(_command(drill, it.workspace, it.out), it.root / "child", None)
    duration = run.after_go
    assert run.returncode == 0 and run.completed, run.output
    assert run.commits is not None
    after = semantic_state(it.workspace)
    shutil.rmtree(it.root)
    return duration, after, run.commits


def _is_temporary(name: str, out_name: str) -> bool:
    """A hidden file named after the bundle and marked as unfinished (``.part``/``.pending``)."""
    return (
        name != out_name
        and name.startswith(".")
        and out_name in name
        and name.endswith((".part", ".pending"))
    )


def _judge(
    drill: Drill,
    it: Iteration,
    run: KillRun,
    before: dict[str, Any],
    after: dict[str, Any],
    tally: dict[str, int],
) -> None:
    """Everything a kill may leave behind, checked; ``tally`` counts what was seen."""
    assert run.returncode in (0, -9), run.output
    result = check_workspace(it.workspace)
    assert result.ok, result.findings
    state = semantic_state(it.workspace)
    assert state["orphan_chunks"] == 0 and state["pending_blobs"] == 0
    if state == before:
        tally["absent"] += 1
    elif state == after:
        tally["present"] += 1
    else:
        raise AssertionError(
            f"half-done after the kill: differs from 'before' in {state_diff(state, before)} "
            f"and from 'after' in {state_diff(state, after)}"
        )
    if run.completed:
        tally["completed_before_kill"] += 1
        assert state == after
    if drill.kind == "export":
        _judge_export_files(it, state == after, tally)


def _judge_export_files(it: Iteration, recorded: bool, tally: dict[str, int]) -> None:
    """At --out there is a complete, valid bundle whose sequence the workspace has recorded,
    or nothing, and nothing else: opening the workspace after the kill finished a recorded
    export's rename or removed an unrecorded one's temporary files."""
    from spbe_desktop.core.progress import run
    from spbe_desktop.services.exchange import verify_bundle

    names = sorted(p.name for p in it.out.parent.iterdir())
    temps = [n for n in names if _is_temporary(n, it.out.name)]
    others = [n for n in names if n != it.out.name and n not in temps]
    assert not others, f"unexpected files beside the bundle: {others}"
    tally["temp_leftovers"] += len(temps)
    # The workspace was opened (by the check) since the kill: whatever the killed export left
    # has been finished or removed by then.
    assert not temps, f"temporary files left after the workspace was opened: {temps}"
    if it.out.exists():
        report = run(verify_bundle(it.out))
        assert report.ok, f"partial or invalid bundle at --out: {report.result.findings}"
        if not recorded:
            tally["complete_bundle_not_recorded"] += 1
        assert recorded, (
            "a complete bundle is at --out but the workspace has not recorded its export "
            "(sequence not advanced, no audit entry): the next export reuses its sequence number"
        )
    elif recorded:
        complete = [n for n in temps if run(verify_bundle(it.out.parent / n)).ok]
        assert complete, "the workspace recorded an export whose bundle is nowhere"
        tally["recorded_bundle_only_under_temporary_name"] += 1


def _finish(drill: Drill, it: Iteration, tally: dict[str, int]) -> None:
    """Complete the operation in-process: the workspace is still usable after the kill."""
    from spbe_desktop.bundles.bag import parse_bag_info
    from spbe_desktop.core.progress import run
    from spbe_desktop.services.attach import AttachRequest, attach_files
    from spbe_desktop.services.exchange import export_bundle, import_bundles

    if drill.kind == "attach":
        [res] = run(attach_files(it.workspace, drill.argv[0], [AttachRequest(Path(drill.argv[1]))]))
        assert res.size == Path(drill.argv[1]).stat().st_size
    elif drill.kind == "import":
        [outcome] = run(import_bundles(it.workspace, [Path(drill.argv[0])]))
        assert outcome.status in ("accepted", "duplicate"), outcome
    else:
        # The user exports again to the same place, as they would after a crash.
        earlier = None
        if it.out.exists():
            info = parse_bag_info(members_dict(read_members(it.out))[f"{TOP}/bag-info.txt"].data)
            earlier = int(info["SPBE-Sequence"])
        summary = run(export_bundle(it.workspace, it.out))
        if earlier == summary.sequence:
            tally["next_export_reuses_sequence"] += 1
        tally["temp_leftovers_after_next_export"] += sum(
            _is_temporary(p.name, it.out.name) for p in it.out.parent.iterdir()
        )
    assert check_workspace(it.workspace).ok


def _new_tally() -> dict[str, int]:
    keys = (
        "kills",
        "absent",
        "present",
        "completed_before_kill",
        "temp_leftovers",
        "complete_bundle_not_recorded",
        "recorded_bundle_only_under_temporary_name",
        "next_export_reuses_sequence",
        "temp_leftovers_after_next_export",
    )
    return dict.fromkeys(keys, 0)


def _record(record_property: Any, tally: dict[str, int], **extra: Any) -> None:
    for key, value in {**tally, **extra}.items():
        if value or key in ("kills", "absent", "present"):
            record_property(key, value)


VARIANTS = [
    pytest.param(kind, DEFAULT_KILLS, id=f"{kind}-{DEFAULT_KILLS}-kills")
    for kind in ("attach", "import", "export")
] + [
    pytest.param(kind, SLOW_KILLS, id=f"{kind}-{SLOW_KILLS}-kills", marks=pytest.mark.slow)
    for kind in ("attach", "import", "export")
]


@pytest.mark.parametrize(("kind", "kills"), VARIANTS)
def test_kill_at_random_points(
    kind: str,
    kills: int,
    kill_world: Any,
    calibrations: Any,
    tmp_path: Path,
    rng: Any,
    record_property: Any,
) -> None:
    """SIGKILL at random points (attach a 60 MB PDF / import a ~50 MB bundle / export a ~50 MB
    bundle): the workspace opens, passes its check, and holds the item wholly or not at all;
    for export no partial bundle is at --out."""
    drill = _drill(kind, kill_world)
    before = semantic_state(drill.baseline)
    duration, after, _ = _calibrated(kind, drill, calibrations, tmp_path)
    assert before != after
    tally = _new_tally()
    delays = stratified_delays(rng, kills, duration * 1.05)
    for i, delay in enumerate(delays):
        it = _iteration(tmp_path, drill, f"kill{i:02d}")
        run = run_and_kill(_command(drill, it.workspace, it.out), it.root / "child", delay)
        tally["kills"] += 1
        _judge(drill, it, run, before, after, tally)
        # Completing the operation afterwards proves the workspace usable; the default variant
        # does it once (the last kill) to stay fast, the slow variant after every kill.
        if kills > DEFAULT_KILLS or i == len(delays) - 1:
            _finish(drill, it, tally)
        shutil.rmtree(it.root)
    _record(
        record_property,
        tally,
        operation_s=round(duration, 2),
        delays_s=" ".join(f"{d:.2f}" for d in sorted(delays)),
    )


@pytest.mark.parametrize("kind", ["attach", "import", "export"])
def test_kill_at_commit_boundaries(
    kind: str, kill_world: Any, calibrations: Any, tmp_path: Path, record_property: Any
) -> None:
    """SIGKILL just before and just after every COMMIT of the operation: each leaves the
    workspace wholly before or wholly after the operation."""
    drill = _drill(kind, kill_world)
    before = semantic_state(drill.baseline)
    _, after, commits = _calibrated(kind, drill, calibrations, tmp_path)
    tally = _new_tally()
    problems = []
    for k in range(1, commits + 1):
        for when in ("before", "after"):
            it = _iteration(tmp_path, drill, f"{when}{k}")
            kill = {"kill_before": k} if when == "before" else {"kill_after": k}
            run = run_and_kill(
                _command(drill, it.workspace, it.out, **kill), it.root / "child", None
            )
            assert run.returncode == -9, run.output
            tally["kills"] += 1
            try:
                _judge(drill, it, run, before, after, tally)
            except AssertionError as exc:
                problems.append(f"killed {when} commit {k} of {commits}: {exc}")
                continue
            # Export: complete every time, to see what the next export does after each kill.
            if drill.kind == "export" or (k == commits and when == "after"):
                _finish(drill, it, tally)
            shutil.rmtree(it.root)
    _record(record_property, tally, commits=commits)
    assert not problems, "\n".join(problems)
