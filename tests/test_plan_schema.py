"""The plan-file reference (sessions/SCHEMA.md) is complete: its example loads, every field the
exporter writes is documented there, and the example reads back the same after an export."""

from __future__ import annotations

import re
from datetime import date, datetime, time

import pytest

from groupguide.plan_writer import dump_plan, plan_to_dict
from groupguide.plans import parse_plan
from groupguide.yamlsource import parse_yaml
from tests.conftest import REPO

SCHEMA = REPO / "sessions" / "SCHEMA.md"
SECTION = re.compile(r"^#{3,4} (?:`(?P<path>[^`]+)`|Top level)\s*$")
ROW = re.compile(r"^\| `(?P<field>[a-z_]+)` \|")


def _documented() -> dict[str, set[str]]:
    """The fields of each part of the plan format, from the tables under the plan headings."""
    text = SCHEMA.read_text(encoding="utf-8").split("## Plan files", 1)[1]
    fields: dict[str, set[str]] = {}
    part = None
    for line in text.splitlines():
        heading = SECTION.match(line)
        if heading:
            part = heading.group("path") or ""
            fields.setdefault(part, set())
            continue
        row = ROW.match(line)
        if row and part is not None:
            fields[part].add(row.group("field"))
    return fields


def _example_text() -> str:
    text = SCHEMA.read_text(encoding="utf-8").split("### A complete example", 1)[1]
    return re.search(r"```yaml\n(.*?)```", text, re.S).group(1)


def _written(data, part: str = "") -> set[tuple[str, str]]:
    """Every (part, field) the exporter wrote: lists add ``[]``; attendance is keyed by names."""
    found: set[tuple[str, str]] = set()
    if isinstance(data, dict):
        for key, value in data.items():
            if part.endswith(".attendance"):
                found |= _written(value, part)  # a participant's name, then the record
                continue
            found.add((part, key))
            child = f"{part}.{key}" if part else key
            found |= _written(value, child)
    elif isinstance(data, list):
        for item in data:
            if isinstance(item, (dict, list)) and not part.startswith("pair_history"):
                found |= _written(item, f"{part}[]")
    return found


@pytest.fixture
def example(library):
    result = parse_plan(
        parse_yaml(_example_text(), "SCHEMA.md"), "SCHEMA.md", library.goals, library.activities
    )
    assert result.ok, [str(p) for p in result.errors]
    return result.group


def test_the_example_loads_with_its_real_times(example):
    first, second, _ = example.gatherings
    assert (first.date, first.held_date, first.held_start) == (
        date(2027, 2, 10),
        date(2027, 2, 11),
        time(13, 41),
    )
    buzz = first.blocks[3]
    assert (buzz.held_start, buzz.held_end, buzz.recorded_afterwards) == (
        datetime(2027, 2, 11, 15, 1),
        datetime(2027, 2, 11, 15, 26),
        True,
    )
    # past midnight without a date written: "00:00" after "23:50" is the next morning
    assert second.blocks[1].held_start == datetime(2027, 3, 18, 0, 0)
    names = {p.id: p.name for p in example.participants}
    records = {names[k]: v for k, v in first.attendance.items()}
    assert records["Even Rø"].arrived == time(14, 10) and records["Ida Moe"].minutes == 45


def test_every_field_the_exporter_writes_is_documented(example):
    documented = _documented()
    written = _written(plan_to_dict(example))
    missing = sorted(
        f"{part}.{name}" if part else name
        for part, name in written
        if name not in documented.get(part, set())
    )
    assert not missing, f"written by the exporter, not documented in SCHEMA.md: {missing}"
    # and the example shows every one of them (so a new field needs the example too)
    assert {"held_date", "held_start"} <= {n for p, n in written if p == "gatherings[]"}
    block_fields = {n for p, n in written if p == "gatherings[].blocks[]"}
    assert {"held_start", "held_end", "recorded_afterwards", "pinned", "notes"} <= block_fields


def test_every_documented_field_is_one_the_reader_knows():
    from groupguide import plan_blocks, plans

    known = {
        "": plans.TOP_KEYS,
        "group": plans.GROUP_KEYS,
        "participants[]": plans.PARTICIPANT_KEYS,
        "participants[].notes[]": plans.NOTE_KEYS,
        "gatherings[]": plans.GATHERING_KEYS,
        "gatherings[].blocks[]": plans.BLOCK_KEYS,
        "gatherings[].attendance": {"status", "minutes", "arrived", "left"},
        "measures[]": plan_blocks.MEASURE_KEYS,
        "gatherings[].blocks[].audit[]": plan_blocks.AUDIT_KEYS,
    }
    documented = _documented()
    assert {part: documented[part] for part in known} == known


def test_the_example_reads_back_the_same_after_an_export(example, library):
    text = dump_plan(example)
    again = parse_plan(
        parse_yaml(text, "again.yaml"), "again.yaml", library.goals, library.activities
    )
    assert again.ok, [str(p) for p in again.errors]

    def without_ids(group) -> object:
        """The group's stored form with every generated id dropped or replaced by the name."""
        names = {p.id: p.name for p in group.participants}

        def walk(node):
            if isinstance(node, dict):
                return {names.get(k, k): walk(v) for k, v in node.items() if k != "id"}
            if isinstance(node, list):
                return [walk(v) for v in node]
            return names.get(node, node) if isinstance(node, str) else node

        return walk(group.to_dict())

    assert without_ids(again.group) == without_ids(example)
    # clock times wherever they read back as the same moment: past midnight too
    night = plan_to_dict(example)["gatherings"][1]["blocks"][1]
    assert (night["held_start"], night["held_end"]) == ("00:00", "00:30")


def test_a_moment_a_clock_time_cannot_say_is_written_in_full(example, library):
    """A block held two days after its gathering's day (a correction entered so) keeps its
    date in the file, and reads back the same."""
    from datetime import timedelta

    block = example.gatherings[2].blocks[0]
    block.held_minutes = 45
    block.held_start = datetime(2027, 4, 23, 10, 0)
    block.held_end = block.held_start + timedelta(minutes=45)
    written = plan_to_dict(example)["gatherings"][2]["blocks"][0]
    assert written["held_start"] == "2027-04-23T10:00" and written["held_end"] == "10:45"
    again = parse_plan(
        parse_yaml(dump_plan(example), "x.yaml"), "x.yaml", library.goals, library.activities
    )
    assert again.group.gatherings[2].blocks[0].held_start == block.held_start
