"""The data folder is the user's only (files 0600, folders 0700) whatever the umask: the group
files, the backups made of them, run state, evaluations, settings, the lock; and backups an
older version left readable by everyone are tightened when the store opens."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest

from groupguide.domain.model import Group
from groupguide.domain.people import Participant
from groupguide.domain.runstate import RunState
from groupguide.evaluation.answers import AnswerStore
from groupguide.fileio import make_private_dir, write_crash_report
from groupguide.store import Store
from groupguide.store.backups import list_backups
from groupguide.store.runstate import RunStateStore

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.lstat().st_mode)


def _loose(root: Path) -> list[str]:
    """Every path under ``root`` that others can read, write or enter, with its mode."""
    found = []
    for path in [root, *root.rglob("*")]:
        wanted = 0o700 if path.is_dir() else 0o600
        if _mode(path) != wanted:
            found.append(f"{path.relative_to(root.parent)} {oct(_mode(path))}")
    return found


def _group() -> Group:
    return Group(
        name="Gruppe Bergen",
        term="2027 vår",
        participants=[Participant(name="Kari Nordmann"), Participant(name="Ola Ås")],
    )


def test_everything_written_into_a_new_data_folder_is_the_users_only(tmp_path, umask_022):
    data = tmp_path / "deep" / "data"
    group = _group()
    with Store(data) as store:
        store.save_group(group)
        store.save_settings({"language": "nb"})
    with Store(data) as store:  # the second opening backs up the first one's files
        assert list_backups(data)
        RunStateStore(data).save(RunState(group_id=group.id, gathering_id="g1"))
        AnswerStore(data).write("ev1", b"{}", date(2027, 3, 11))
        try:
            raise RuntimeError("Kari Nordmann")
        except RuntimeError:
            assert write_crash_report(data / "feilrapport.txt") is not None
    assert sorted(p.name for p in data.iterdir()) == [
        "backups",
        "evaluations",
        "feilrapport.txt",
        "groupguide.lock",
        "groups",
        "runs",
        "settings.json",
    ]
    assert _loose(data) == []
    assert _mode(tmp_path / "deep") == 0o700  # made by groupguide too


def test_backups_an_older_version_left_readable_are_tightened_on_open(data_dir, umask_022):
    with Store(data_dir) as store:
        store.save_group(_group())
    with Store(data_dir) as store:
        pass
    (backup,) = list_backups(data_dir)
    # What the umask gave an older version's copies: 0644 files in 0755 folders.
    for path in [data_dir / "backups", *(data_dir / "backups").rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    with Store(data_dir) as store:
        notices = [str(p) for p in store.problems]
    assert _loose(data_dir / "backups") == []
    assert len(notices) == 1, notices
    assert "1 fil i sikkerhetskopiene" in notices[0] and "bare du lese den" in notices[0]
    with Store(data_dir) as store:
        assert store.problems == []  # said once: nothing left to tighten


def test_an_existing_data_folder_of_the_users_own_keeps_its_mode(tmp_path, umask_022):
    own = tmp_path / "mine"
    own.mkdir(mode=0o750)
    own.chmod(0o750)
    with Store(own) as store:
        store.save_group(_group())
    assert _mode(own) == 0o750
    assert _loose(own / "groups") == []


def test_make_private_dir_refuses_a_file_in_the_way(tmp_path, umask_022):
    (tmp_path / "file").write_text("x")
    with pytest.raises(FileExistsError):
        make_private_dir(tmp_path / "file")
    with pytest.raises(OSError):
        make_private_dir(tmp_path / "file" / "below")
    make_private_dir(tmp_path / "a" / "b")
    assert _mode(tmp_path / "a") == _mode(tmp_path / "a" / "b") == 0o700
