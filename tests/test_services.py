"""The application layer on its own: no Textual, no terminal. A phone's audit figure travels
from the server to the run session to disk; the demo is the example plan, prepared; lookup by
the names people use; the run session's save policy when the disk refuses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from groupguide.services.demo import demo_group, fresh_document, prepare_demo
from groupguide.services.errors import NotFound, PlanInvalid, StorageFailed
from groupguide.services.lookup import find_gathering, find_group
from groupguide.services.plans import import_plan
from groupguide.services.run_session import RunSession
from groupguide.services.workspace import Workspace
from groupguide.store.errors import StoreWriteError

REPO = Path(__file__).resolve().parent.parent

AUDIT_WITHOUT_TUI = textwrap.dedent("""
    import asyncio, json, re, sys
    from pathlib import Path
    import aiohttp
    from groupguide.paths import example_plan
    from groupguide.services.plans import import_plan
    from groupguide.services.run_session import RunSession
    from groupguide.services.workspace import Workspace

    async def main(data_dir):
        ws = Workspace(Path(data_dir))
        ws.open()
        ws.update_settings(evaluation_host="127.0.0.1", evaluation_port=0)
        group, _ = import_plan(ws, example_plan())
        gathering = group.gatherings[0]
        session = RunSession.open(ws, group.id, gathering.id)
        audit = [i for i, b in enumerate(gathering.blocks) if session.kind(b) == "audit"][0]
        while session.state.index > audit:
            session.back()
        while session.state.index < audit:
            session.end_block()
        phones = await session.open_phones()
        async with aiohttp.ClientSession() as phone:
            async with phone.get(phones.url) as response:
                page = await response.text()
            nonce = re.search(r'name="nonce" value="([^"]+)"', page).group(1)
            async with phone.post(phones.url, data={"nonce": nonce, "lang": "nb", "m0": "7",
                                                    "m1": ""},
                                  headers={"Origin": phones.url.split("/a/")[0]},
                                  allow_redirects=False) as response:
                status = response.status
        await session.stop_phones()
        saved = ws.runs.load(gathering.id)
        block = gathering.blocks[audit]
        ws.close()
        print(json.dumps({"status": status,
                          "saved": saved.block_figures(block.id, "sick_leave"),
                          "textual": sorted(m for m in sys.modules
                                            if m.split(".")[0] in ("textual", "rich"))}))

    asyncio.run(main(sys.argv[1]))
""")


def test_a_phone_audit_figure_is_saved_with_no_textual_on_its_path(tmp_path):
    """The audit server, served by the run session alone: the figure a phone posts is on disk
    before the phone hears it arrived, and Textual was never imported."""
    result = subprocess.run(
        [sys.executable, "-c", AUDIT_WITHOUT_TUI, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome == {"status": 303, "saved": [7.0], "textual": []}


def test_the_shipped_demo_group_is_a_fresh_import_of_the_example_plan():
    shipped = json.loads(Path(REPO / "groupguide/services/demo-group.json").read_text("utf-8"))
    assert shipped == fresh_document(), (
        "sessions/example-plan.yaml changed: rebuild with python -m groupguide.services.demo"
    )
    assert demo_group().name == shipped["name"]


def test_prepare_demo_makes_a_folder_with_the_example_group():
    folder = prepare_demo()
    try:
        with Workspace(folder, read_only=True) as ws:
            groups = ws.groups()
        assert [g.name for g in groups] == [demo_group().name]
        assert len(groups[0].participants) == 8
    finally:
        import shutil

        shutil.rmtree(folder)


def test_demo_works_with_a_subcommand_and_leaves_nothing(tmp_path):
    env = {**os.environ, "GROUPGUIDE_LANG": "nb", "TMPDIR": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-m", "groupguide", "--demo", "groups", "--json"],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert [g["name"] for g in json.loads(result.stdout)] == [demo_group().name]
    assert list(tmp_path.glob("groupguide-demo-*")) == []  # the throwaway folder is gone
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "groupguide",
            "--demo",
            "run",
            "--group",
            "Finnes ikke",
            "--gathering",
            "1",
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    assert result.returncode == 1 and "Finnes ikke" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.fixture
def workspace(data_dir, example_plan, library):
    ws = Workspace(data_dir, library=library)
    ws.open()
    import_plan(ws, example_plan)
    yield ws
    ws.close()


def test_lookup_by_number_id_title_and_beginning(workspace):
    group = find_group(workspace, " lis1 vestland høst 2026 ")
    first, second = group.gatherings[0], group.gatherings[1]
    assert find_gathering(group, "2") is second
    assert find_gathering(group, first.id) is first
    assert find_gathering(group, first.title.upper()) is first
    with pytest.raises(NotFound) as missing:
        find_gathering(group, "99")
    assert "1. " + first.title in missing.value.message
    with pytest.raises(NotFound) as unknown:
        find_group(workspace, "Gruppe X")
    assert group.name in unknown.value.message


def test_a_group_by_a_unique_beginning_of_its_name(workspace):
    """As a gathering and a participant are found (a new user typed `--group "LIS1 Vestland"`
    and was told there was no such group); two groups that begin alike need more."""
    from groupguide.domain.model import Group

    group = find_group(workspace, "lis1  vestland")
    assert group.name == "LIS1 Vestland høst 2026"
    workspace.save_group(Group(name="LIS1 Vestland vår 2027"))
    assert find_group(workspace, "LIS1 Vestland v").name == "LIS1 Vestland vår 2027"
    with pytest.raises(NotFound) as ambiguous:
        find_group(workspace, "LIS1 Vestland")
    assert "LIS1 Vestland høst 2026" in ambiguous.value.message
    with pytest.raises(NotFound):
        find_group(workspace, "")


def test_a_broken_plan_is_refused_with_every_error_located(workspace, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "name: X\nterm: 2026 høst\ngatherings:\n  - title: A\n    blocks:\n"
        "      - activity: finnes-ikke\n        minutes: 10\n",
        encoding="utf-8",
    )
    with pytest.raises(PlanInvalid) as refused:
        import_plan(workspace, bad)
    assert refused.value.problems and str(bad) in refused.value.message
    assert [g.name for g in workspace.groups()] == ["LIS1 Vestland høst 2026"]


def test_a_refused_state_save_is_retried_on_the_tick(workspace, monkeypatch):
    group = workspace.groups()[0]
    session = RunSession.open(workspace, group.id, group.gatherings[2].id)

    def refuse(state):
        raise StoreWriteError(workspace.runs.path(state.gathering_id), OSError(28, "full"))

    real_save = workspace.runs.save
    monkeypatch.setattr(workspace.runs, "save", refuse)
    session.toggle()
    with pytest.raises(StorageFailed):
        session.save_state()
    assert session.state_dirty
    monkeypatch.setattr(workspace.runs, "save", real_save)
    assert session.tick(1.0) is None and session.state_dirty  # not yet: every few seconds
    assert session.tick(5.0) is None and not session.state_dirty
    assert workspace.runs.load(group.gatherings[2].id).running


def test_the_workspace_turns_store_errors_into_storage_failed(data_dir):
    first = Workspace(data_dir)
    first.open()
    try:
        with pytest.raises(StorageFailed) as locked:
            Workspace(data_dir).open()
        assert str(data_dir) in locked.value.message
    finally:
        first.close()
