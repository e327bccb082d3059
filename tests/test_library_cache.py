"""The cache of parsed catalogues: the same library as parsing, rebuilt when a source file changes,
a damaged cache ignored (never a crash), and no PyYAML on a warm start."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from groupguide import library_cache
from groupguide.library import Library
from groupguide.library_cache import CatalogueCache
from tests.needs import REPO

ALM = """\
catalogue:
  id: ALM
  title: Allmennmedisin (egne mål)
goals:
  - code: ALM-01
    theme: Egne mål
    text: Kunne lede en refleksjonsgruppe.
"""
EXTRA_ACTIVITY = """\
activities:
  - id: walk-and-talk
    title: Gå og snakk
    minutes: 20
    suggested_goals: [ALM-01, LM-02, XYZ-99]
"""


def _same(a: Library, b: Library) -> None:
    assert list(a.goals) == list(b.goals)
    assert list(a.activities) == list(b.activities)
    assert a.problems == b.problems
    assert [g.code for g in a.goals] == [g.code for g in b.goals]  # order kept


@pytest.fixture
def cache(tmp_path):
    return tmp_path / "cache"


@pytest.fixture
def user_data(tmp_path):
    data = tmp_path / "data"
    (data / "curricula").mkdir(parents=True)
    (data / "sessions").mkdir()
    (data / "curricula" / "alm.yaml").write_text(ALM, encoding="utf-8")
    (data / "sessions" / "extra.yaml").write_text(EXTRA_ACTIVITY, encoding="utf-8")
    return data


def _never_parse(monkeypatch):
    def parse(cls, data_dir=None):
        raise AssertionError("parsed although the cache was warm")

    monkeypatch.setattr(Library, "parse", classmethod(parse))


def test_a_warm_cache_gives_what_parsing_gives(user_data, cache, monkeypatch):
    parsed = Library.parse(user_data)
    assert "ALM-01" in parsed.goals and "walk-and-talk" in parsed.activities
    assert [p.key for p in parsed.problems] == ["curricula.unknown_goal"]  # XYZ-99, named
    cold = Library.load(user_data, cache)
    _same(cold, parsed)
    assert len(list(cache.glob("catalogues-*.json"))) == 1
    _never_parse(monkeypatch)
    warm = Library.load(user_data, cache)
    _same(warm, parsed)
    assert warm.activities.get("walk-and-talk").suggested_goals == ("ALM-01", "FKM LM-02")
    assert str(warm.problems[0]) == str(parsed.problems[0])  # file, line, field and text


def test_a_changed_added_or_removed_user_file_rebuilds(user_data, cache):
    Library.load(user_data, cache)
    alm = user_data / "curricula" / "alm.yaml"
    alm.write_text(
        ALM.replace("lede en refleksjonsgruppe", "lede en Balint-gruppe"), encoding="utf-8"
    )
    assert "Balint" in Library.load(user_data, cache).goals.get("ALM-01").text
    (user_data / "curricula" / "sam.yaml").write_text(ALM.replace("ALM", "SAM"), encoding="utf-8")
    assert "SAM-01" in Library.load(user_data, cache).goals
    alm.unlink()
    library = Library.load(user_data, cache)
    assert "ALM-01" not in library.goals and "SAM-01" in library.goals
    (user_data / "sessions" / "extra.yaml").write_text("activities: [oops", encoding="utf-8")
    library = Library.load(user_data, cache)
    assert "walk-and-talk" not in library.activities
    assert [p.key for p in library.problems] == ["yaml.syntax"]


def test_the_shipped_catalogues_are_shared_across_data_folders(tmp_path, cache, monkeypatch):
    first, second = tmp_path / "one", tmp_path / "two"
    Library.load(first, cache)
    _never_parse(monkeypatch)
    Library.load(second, cache)  # e.g. every --demo folder: no user catalogues, same cache
    assert len(list(cache.glob("catalogues-*.json"))) == 1


@pytest.mark.parametrize(
    "damage",
    [
        b"",
        b"not json at all",
        b'{"format": 1}\n',
        b'{"format": 1, "key": "KEY", "digest": "0"}\n{"goals": []}',
        b'{"format": 99, "key": "KEY", "digest": "DIGEST"}\nPAYLOAD',
        b'{"format": 1, "key": "KEY", "digest": "DIGEST"}\nPAYLOAD',  # a wrong shape, digest right
        b"\xff\xfe\x00 binary",
    ],
)
def test_a_damaged_cache_is_ignored_and_rebuilt(user_data, cache, damage):
    parsed = Library.parse(user_data)
    entry = CatalogueCache.for_sources(user_data, cache)
    Library.load(user_data, cache)
    payload = b'{"goals": [["x"]], "activities": [], "problems": []}'
    damage = (
        damage.replace(b"KEY", entry.key.encode())
        .replace(b"PAYLOAD", payload)
        .replace(b"DIGEST", library_cache.hashlib.sha256(payload).hexdigest().encode())
    )
    entry.path.write_bytes(damage)
    _same(Library.load(user_data, cache), parsed)
    assert entry.read() is not None  # rewritten whole


def test_a_cut_short_cache_is_ignored(user_data, cache):
    Library.load(user_data, cache)
    entry = CatalogueCache.for_sources(user_data, cache)
    data = entry.path.read_bytes()
    entry.path.write_bytes(data[: len(data) // 2])
    assert entry.read() is None
    _same(Library.load(user_data, cache), Library.parse(user_data))


def test_a_cache_that_cannot_be_written_is_not_a_problem(user_data, tmp_path):
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", encoding="utf-8")
    library = Library.load(user_data, blocked / "cache")
    _same(library, Library.parse(user_data))
    assert blocked.read_text(encoding="utf-8") == "not a folder"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_changed_loader_or_version_misses(user_data, cache, monkeypatch):
    before = CatalogueCache.for_sources(user_data, cache)
    monkeypatch.setattr(library_cache, "__version__", "9.9.9")
    after = CatalogueCache.for_sources(user_data, cache)
    assert before.path == after.path and before.key != after.key


def test_old_cache_files_are_pruned(tmp_path, cache):
    for n in range(library_cache.KEEP + 3):
        data = tmp_path / f"d{n}"
        (data / "curricula").mkdir(parents=True)
        (data / "curricula" / "alm.yaml").write_text(ALM, encoding="utf-8")
        Library.load(data, cache)
    assert len(list(cache.glob("catalogues-*.json"))) == library_cache.KEEP


def test_a_warm_start_imports_no_yaml(tmp_path, cache):
    """The home screen's catalogues come from the cache: PyYAML is not even imported."""
    code = (
        "import sys; from pathlib import Path; from groupguide.library import Library; "
        "lib = Library.load(Path(sys.argv[1]), Path(sys.argv[2])); "
        "print(len(lib.goals), 'yaml' in sys.modules, 'groupguide.curricula' in sys.modules)"
    )
    run = [sys.executable, "-c", code, str(tmp_path / "data"), str(cache)]
    cold = subprocess.run(run, capture_output=True, text=True, cwd=REPO, check=True, timeout=60)
    warm = subprocess.run(run, capture_output=True, text=True, cwd=REPO, check=True, timeout=60)
    assert cold.stdout.split() == ["26", "True", "True"]
    assert warm.stdout.split() == ["26", "False", "False"]


def test_the_cache_holds_plain_json(user_data, cache):
    Library.load(user_data, cache)
    entry = CatalogueCache.for_sources(user_data, cache)
    header, payload = entry.path.read_bytes().split(b"\n", 1)
    assert json.loads(header)["key"] == entry.key
    assert {"goals", "activities", "problems"} == set(json.loads(payload))
