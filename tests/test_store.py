"""The store: round trips, undo, backups, migrations, corrupt files, the lock, write failures."""

from __future__ import annotations

import errno
import json
import os
from datetime import date, time
from pathlib import Path

import pytest
from tinydb import TinyDB

from groupguide.domain.model import Attendance, Block, Gathering, Group
from groupguide.domain.people import Participant
from groupguide.i18n import set_language
from groupguide.store import (
    AtomicJSONStorage,
    Store,
    StoreError,
    StoreLocked,
    StoreNotOpen,
    StoreReadOnly,
    StoreWriteError,
    loading,
)
from groupguide.store.backups import KEEP_BACKUPS, list_backups


def make_group(name: str = "Gruppe Bergen", term: str = "2025 vår", **kwargs) -> Group:
    kari = Participant(name="Kari Nordmann", email="kari@example.no", workplace="Legevakta")
    ola = Participant(name="Ola Ås")
    blocks = [
        Block(
            activity="case_reflection",
            title="Kasuistikk",
            minutes=45,
            goals=["LM-02"],
            presenters=[kari.id],
            notes="Notat: æøå «sitat»",
            pinned=time(10, 0),
            held_minutes=40,
        ),
        Block(activity="buzz", title="Summeøvelse", minutes=20),
    ]
    gathering = Gathering(
        title="Samling 1",
        date=date(2025, 2, 10),
        start=time(9, 0),
        end=time(15, 30),
        location="Rådhuset",
        blocks=blocks,
        attendance={
            kari.id: Attendance("present"),
            ola.id: Attendance("partial", 120, arrived=time(11, 0)),
        },
    )
    return Group(
        name=name,
        term=term,
        facilitator="Dr. Veileder",
        organiser="Bergen kommune",
        participants=[kari, ola],
        gatherings=[gathering],
        pair_history=[[kari.id, ola.id]],
        **kwargs,
    )


@pytest.fixture
def store(data_dir: Path):
    with Store(data_dir) as opened:
        yield opened


def files_in(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


# -- layout and round trip -----------------------------------------------------------------------


def test_open_creates_layout(data_dir: Path):
    with Store(data_dir) as store:
        assert store.problems == []
        for name in ("groups", "evaluations", "backups"):
            assert (data_dir / name).is_dir()
        assert (data_dir / "groupguide.lock").exists()
        assert list((data_dir / "evaluations").iterdir()) == []
        assert store.groups() == [] and store.settings() == {}


def test_open_creates_missing_data_dir(tmp_path: Path):
    with Store(tmp_path / "deep" / "new") as store:
        assert store.groups() == []


def test_round_trip(data_dir: Path):
    group = make_group()
    with Store(data_dir) as store:
        store.save_group(group)
        assert store.group(group.id) == group
    with Store(data_dir) as store:
        loaded = store.group(group.id)
    assert loaded == group
    assert loaded.to_dict() == group.to_dict()


def test_file_is_compact_tinydb_with_schema(store: Store, data_dir: Path):
    group = make_group()
    store.save_group(group)
    path = data_dir / "groups" / f"{group.id}.json"
    raw = path.read_text(encoding="utf-8")
    assert "\n" not in raw and ", " not in raw.split('"notes"')[0]  # compact
    assert "æøå" in raw  # readable Norwegian letters
    db = TinyDB(path, storage=AtomicJSONStorage)
    assert db.table("meta").all() == [{"schema": loading.CURRENT_SCHEMA}]
    assert db.table("group").all() == [group.to_dict()]
    db.close()
    assert not [p for p in path.parent.iterdir() if p.name.startswith(".")]  # no temp files


def test_atomic_storage_with_tinydb(tmp_path: Path):
    path = tmp_path / "db.json"
    db = TinyDB(path, storage=AtomicJSONStorage)  # a new file
    assert db.all() == []
    db.insert({"a": 1})
    db.close()
    assert json.loads(path.read_text()) == {"_default": {"1": {"a": 1}}}
    empty = tmp_path / "empty.json"
    empty.write_text("")
    db = TinyDB(empty, storage=AtomicJSONStorage)  # an empty file
    assert db.all() == []
    db.close()


def test_getters_return_copies(store: Store):
    group = make_group()
    store.save_group(group)
    group.name = "Endret etter lagring"
    assert store.group(group.id).name == "Gruppe Bergen"
    fetched = store.groups()[0]
    fetched.archived = True
    fetched.participants.clear()
    again = store.group(group.id)
    assert not again.archived and len(again.participants) == 2


def test_listing_sorted_and_archived(store: Store):
    store.save_group(Group(name="b", term="2025 høst"))
    store.save_group(Group(name="A", term="2025 høst"))
    store.save_group(Group(name="c", term="2024 høst", archived=True))
    assert [g.name for g in store.groups()] == ["c", "A", "b"]
    assert [g.name for g in store.groups(include_archived=False)] == ["A", "b"]


def test_find_group_by_name_or_id(store: Store):
    group = make_group(name="Gruppe Ålesund")
    store.save_group(group)
    assert store.find_group("gruppe ålesund").id == group.id
    assert store.find_group("  GRUPPE ÅLESUND ").id == group.id
    assert store.find_group(group.id).name == "Gruppe Ålesund"
    assert store.find_group("Gruppe Molde") is None


def test_delete_and_undo(store: Store, data_dir: Path):
    group = make_group()
    store.save_group(group)
    path = data_dir / "groups" / f"{group.id}.json"
    deleted = store.delete_group(group.id)
    assert deleted == group
    assert store.group(group.id) is None and store.groups() == []
    assert not path.exists()
    store.save_group(deleted)  # undo
    assert store.group(group.id) == group and path.exists()
    with pytest.raises(KeyError):
        store.delete_group("no-such-id")


def test_settings_round_trip(data_dir: Path):
    with Store(data_dir) as store:
        store.save_settings({"language": "nb", "port": 8765, "pairs": (1, 2)})
        assert store.settings()["pairs"] == [1, 2]  # as stored on disk
        store.settings()["language"] = "en"  # a copy
        assert store.settings()["language"] == "nb"
    with Store(data_dir) as store:
        assert store.settings() == {"language": "nb", "port": 8765, "pairs": [1, 2]}


def test_file_name_is_the_id(store: Store, data_dir: Path):
    store.save_group(Group(name="X", id="abc123"))
    store.close()
    (data_dir / "groups" / "abc123.json").rename(data_dir / "groups" / "copy1.json")
    store.open()
    assert [g.id for g in store.groups()] == ["copy1"]


def test_bad_id_refused(store: Store):
    with pytest.raises(StoreError):
        store.save_group(Group(name="X", id="../escape"))
    assert store.groups() == []


def test_calls_before_open(data_dir: Path):
    store = Store(data_dir)
    with pytest.raises(StoreNotOpen):
        store.groups()
    with pytest.raises(StoreNotOpen):
        store.save_group(make_group())


# -- backups ---------------------------------------------------------------------------------------


def test_backups_copy_and_rotate(data_dir: Path):
    group = make_group()
    for round_ in range(KEEP_BACKUPS + 4):
        with Store(data_dir) as store:
            group.facilitator = f"runde {round_}"
            store.save_group(group)
            store.save_settings({"round": round_})
    # Round 0 had nothing to back up; each later open backs up the previous round's data.
    backups = list_backups(data_dir)
    assert len(backups) == KEEP_BACKUPS
    newest = backups[-1]
    assert json.loads((newest / "settings.json").read_text()) == {"round": KEEP_BACKUPS + 2}
    saved = json.loads((newest / "groups" / f"{group.id}.json").read_text())
    assert saved["group"]["1"]["facilitator"] == f"runde {KEEP_BACKUPS + 2}"
    oldest = json.loads((backups[0] / "settings.json").read_text())
    assert oldest == {"round": 3}


def test_no_backup_when_nothing_changed(data_dir: Path):
    with Store(data_dir) as store:
        store.save_group(make_group())
    for _ in range(3):
        with Store(data_dir):
            pass
    assert len(list_backups(data_dir)) == 1
    with Store(data_dir) as store:
        store.save_settings({"x": 1})
    with Store(data_dir):
        pass
    assert len(list_backups(data_dir)) == 2


def test_backup_leftovers_removed(data_dir: Path):
    with Store(data_dir) as store:
        store.save_group(make_group())
    leftover = data_dir / "backups" / ".tmp-20250101-000000-000000" / "groups"
    leftover.mkdir(parents=True)
    temp = data_dir / "groups" / ".x.json.abc.tmp"
    temp.write_text("half")
    with Store(data_dir):
        pass
    assert not leftover.parent.exists() and not temp.exists()


def test_backup_failure_is_a_warning(data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    with Store(data_dir) as store:
        store.save_group(make_group())

    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("groupguide.store.backups.copy_private", full)
    with Store(data_dir) as store:
        assert [p.key for p in store.problems] == ["store.backup_failed"]
        assert "disken er full" in store.problems[0].message
        assert len(store.groups()) == 1
    assert not list((data_dir / "backups").glob(".tmp-*"))


# -- schema and migrations -----------------------------------------------------------------------


def write_group_file(data_dir: Path, group_id: str, document: dict, schema: int | None) -> Path:
    (data_dir / "groups").mkdir(parents=True, exist_ok=True)
    data: dict = {"group": {"1": document}}
    if schema is not None:
        data["meta"] = {"1": {"schema": schema}}
    path = data_dir / "groups" / f"{group_id}.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_migration_hook_runs(data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    old = {"id": "g1", "title": "Gammel gruppe", "semester": "2019 høst"}  # schema 1 (pretend)
    path = write_group_file(data_dir, "g1", old, schema=1)
    calls = []

    def one_to_two(document: dict) -> dict:
        calls.append(dict(document))
        document["name"] = document.pop("title")
        document["term"] = document.pop("semester")
        return document

    monkeypatch.setattr(loading, "CURRENT_SCHEMA", 2)
    monkeypatch.setattr(loading, "MIGRATIONS", {1: one_to_two})
    with Store(data_dir) as store:
        assert store.problems == []
        group = store.group("g1")
        assert (group.name, group.term) == ("Gammel gruppe", "2019 høst")
    assert calls == [old]
    on_disk = json.loads(path.read_text())
    assert on_disk["meta"] == {"1": {"schema": 2}}
    assert on_disk["group"]["1"]["name"] == "Gammel gruppe"
    # The pre-migration file is in the backup.
    backup = list_backups(data_dir)[-1] / "groups" / "g1.json"
    assert json.loads(backup.read_text())["group"]["1"] == old
    with Store(data_dir):
        pass
    assert len(calls) == 1  # migrated once


def test_file_without_meta_is_first_schema(data_dir: Path):
    write_group_file(data_dir, "g1", {"id": "g1", "name": "Uten meta"}, schema=None)
    with Store(data_dir) as store:
        assert store.problems == [] and store.group("g1").name == "Uten meta"


def test_newer_schema_left_alone(data_dir: Path):
    path = write_group_file(data_dir, "g9", {"id": "g9", "name": "Fra fremtiden"}, schema=99)
    before = path.read_bytes()
    with Store(data_dir) as store:
        assert [p.key for p in store.problems] == ["store.newer_schema"]
        assert str(path) in store.problems[0].message
        assert store.group("g9") is None
        with pytest.raises(StoreError):
            store.save_group(Group(name="Overskriver", id="g9"))
    assert path.read_bytes() == before


def test_missing_migration_step_reported(data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    path = write_group_file(data_dir, "g1", {"id": "g1", "name": "Gammel"}, schema=1)
    monkeypatch.setattr(loading, "CURRENT_SCHEMA", 2)
    monkeypatch.setattr(loading, "MIGRATIONS", {})
    with Store(data_dir) as store:
        assert [p.key for p in store.problems] == ["store.no_migration"]
        assert store.group("g1") is None
    assert path.exists()


# -- corrupt files -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "content",
    [
        b'{"group": {"1": {"name": "halv',  # cut off mid-write
        b"\x00\x00\x00",  # garbage
        b"",  # empty
        b"[1, 2, 3]",  # not a database
        b'{"group": {"1": {"term": "2025"}}}',  # no name: not a group
        b'{"group": {"1": {"name": "x", "gatherings": [{"date": "not a date"}]}}}',
        b'{"group": {}}',  # no document
        b'{"group": {"1": {"name": "x"}}, "meta": {"1": {"schema": "one"}}}',
    ],
)
def test_corrupt_group_file_set_aside(data_dir: Path, content: bytes):
    good = make_group()
    with Store(data_dir) as store:
        store.save_group(good)
    bad = data_dir / "groups" / "bad.json"
    bad.write_bytes(content)
    with Store(data_dir) as store:
        assert len(store.problems) == 1
        problem = store.problems[0]
        assert problem.key == "store.corrupt_set_aside" and problem.severity == "warning"
        moved = [p for p in (data_dir / "groups").iterdir() if ".corrupt-" in p.name]
        assert len(moved) == 1 and moved[0].name.startswith("bad.json.corrupt-")
        assert moved[0].read_bytes() == content  # kept as it was
        assert str(moved[0]) in problem.message and str(bad) in problem.message
        assert not bad.exists()
        assert [g.id for g in store.groups()] == [good.id]  # the rest opens
        store.save_group(Group(name="Ny", id="bad"))  # the id is free again
    with Store(data_dir) as store:
        assert store.problems == []


def test_corrupt_file_never_overwritten(data_dir: Path, monkeypatch: pytest.MonkeyPatch):
    bad = write_group_file(data_dir, "bad", {"id": "bad"}, schema=1)  # no name
    before = bad.read_bytes()

    def refuse(*args):
        raise OSError(errno.EACCES, "Permission denied")

    monkeypatch.setattr("groupguide.store.loading.os.rename", refuse)
    with Store(data_dir) as store:
        assert [p.key for p in store.problems] == ["store.corrupt_not_moved"]
        with pytest.raises(StoreError):
            store.save_group(Group(name="x", id="bad"))
    assert bad.read_bytes() == before


def test_corrupt_file_name_never_clobbers_earlier_one(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(loading, "_stamp", lambda: "20250101-120000")
    for content in (b"first", b"second"):
        (data_dir / "groups").mkdir(exist_ok=True)
        (data_dir / "groups" / "bad.json").write_bytes(content)
        with Store(data_dir):
            pass
    moved = sorted((data_dir / "groups").glob("bad.json.corrupt-*"))
    assert sorted(p.read_bytes() for p in moved) == [b"first", b"second"]


def test_corrupt_settings_set_aside(data_dir: Path):
    (data_dir / "settings.json").write_text("{not json")
    with Store(data_dir) as store:
        assert [p.key for p in store.problems] == ["store.corrupt_set_aside"]
        assert store.settings() == {}
        store.save_settings({"ok": True})
    assert len(list(data_dir.glob("settings.json.corrupt-*"))) == 1


# -- the lock --------------------------------------------------------------------------------------


def test_second_store_refused(data_dir: Path):
    with Store(data_dir) as first:
        first.save_group(make_group())
        second = Store(data_dir)
        with pytest.raises(StoreLocked) as caught:
            second.open()
        assert str(data_dir) in caught.value.message
        assert "i bruk" in caught.value.message
        assert not second.is_open
    with Store(data_dir) as again:  # released on close
        assert len(again.groups()) == 1


def test_locked_message_in_english(data_dir: Path):
    set_language("en")
    with Store(data_dir), pytest.raises(StoreLocked) as caught:
        Store(data_dir).open()
    assert "already in use" in caught.value.message and str(data_dir) in str(caught.value)


# -- read-only use ---------------------------------------------------------------------------------


def test_read_only_reads_while_locked_and_never_writes(data_dir: Path):
    group = make_group()
    with Store(data_dir) as writer:
        writer.save_group(group)
        reader = Store(data_dir, read_only=True)
        assert reader.open() == []
        assert reader.find_group("gruppe bergen") == group
        with pytest.raises(StoreReadOnly):
            reader.save_group(group)
        with pytest.raises(StoreReadOnly):
            reader.delete_group(group.id)
        with pytest.raises(StoreReadOnly):
            reader.save_settings({})
        reader.close()
        writer.save_group(make_group(name="Etterpå"))  # the writer was never blocked


def test_read_only_missing_folder_and_corrupt_file(tmp_path: Path):
    missing = tmp_path / "nothing-here"
    with Store(missing, read_only=True) as store:
        assert store.groups() == []
    assert not missing.exists()
    data_dir = tmp_path / "data"
    bad = write_group_file(data_dir, "bad", {"id": "bad"}, schema=1)
    store = Store(data_dir)
    problems = store.open_read_only()
    assert [p.key for p in problems] == ["store.corrupt_read_only"]
    store.close()
    assert bad.exists() and not (data_dir / "backups").exists()


# -- write failures ----------------------------------------------------------------------------


def no_space(*args, **kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_disk_full_keeps_old_file_and_cache(
    store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    group = make_group()
    store.save_group(group)
    path = data_dir / "groups" / f"{group.id}.json"
    before = path.read_bytes()
    group.name = "Nytt navn"
    monkeypatch.setattr(os, "replace", no_space)
    with pytest.raises(StoreWriteError) as caught:
        store.save_group(group)
    assert "disken er full" in caught.value.message and str(path) in caught.value.message
    assert path.read_bytes() == before
    assert store.group(group.id).name == "Gruppe Bergen"  # cache = disk
    assert files_in(path.parent) == [path.name]  # temp file removed
    new = Group(name="Aldri lagret")
    with pytest.raises(StoreWriteError):
        store.save_group(new)
    assert store.group(new.id) is None and len(store.groups()) == 1
    monkeypatch.undo()
    store.save_group(group)  # works again once there is room
    assert store.group(group.id).name == "Nytt navn"


def test_fsync_failure_keeps_old_file(
    store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch
):
    group = make_group()
    store.save_group(group)
    path = data_dir / "groups" / f"{group.id}.json"
    before = path.read_bytes()

    def io_error(fd):
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(os, "fsync", io_error)
    group.term = "endret"
    with pytest.raises(StoreWriteError):
        store.save_group(group)
    monkeypatch.undo()
    assert path.read_bytes() == before and store.group(group.id).term == "2025 vår"
    assert files_in(path.parent) == [path.name]


@pytest.mark.parametrize(
    ("code", "words"), [(errno.EROFS, "skrivebeskyttet"), (errno.EACCES, "tillatelse")]
)
def test_read_only_disk_or_no_permission(
    store: Store, data_dir: Path, monkeypatch: pytest.MonkeyPatch, code: int, words: str
):
    # We run as root in CI, where chmod does not stop writes: simulate the refusal instead.
    group = make_group()
    store.save_group(group)
    store.save_settings({"a": 1})

    def refuse(*args, **kwargs):
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("groupguide.fileio.tempfile.mkstemp", refuse)
    group.name = "Nytt"
    with pytest.raises(StoreWriteError) as caught:
        store.save_group(group)
    assert words in caught.value.message
    with pytest.raises(StoreWriteError):
        store.save_settings({"a": 2})
    assert store.group(group.id).name == "Gruppe Bergen"
    assert store.settings() == {"a": 1}
    monkeypatch.setattr(os, "unlink", refuse)
    with pytest.raises(StoreWriteError):
        store.delete_group(group.id)
    monkeypatch.undo()
    assert store.group(group.id) is not None
    assert (data_dir / "groups" / f"{group.id}.json").exists()


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="root ignores chmod; covered by the monkeypatched tests above",
)
def test_read_only_folder_with_chmod(store: Store, data_dir: Path):  # pragma: no cover - root
    group = make_group()
    store.save_group(group)
    groups = data_dir / "groups"
    groups.chmod(0o555)
    try:
        with pytest.raises(StoreWriteError):
            store.save_group(make_group(name="Ny"))
    finally:
        groups.chmod(0o755)
    assert [g.id for g in store.groups()] == [group.id]


def test_open_on_unwritable_place_is_a_write_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    def refuse(self, *args, **kwargs):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(StoreWriteError) as caught:
        Store(tmp_path / "new").open()
    assert "skrivebeskyttet" in caught.value.message
