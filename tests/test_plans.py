"""Plan files: the shipped example, located problems, and a lossless round trip."""

from pathlib import Path

from groupguide.domain.coverage import coverage
from groupguide.domain.rules import planned_days
from groupguide.plan_writer import dump_plan, merge_imported
from groupguide.plans import parse_plan, read_plan
from groupguide.yamlsource import parse_yaml


def test_example_plan_is_complete_and_valid(example_plan, library):
    result = read_plan(example_plan, library.goals, library.activities)
    assert result.ok, [str(p) for p in result.problems]
    assert not result.problems, [str(p) for p in result.problems]
    group = result.group
    assert len(group.participants) == 8
    assert len(group.gatherings) == 3
    assert planned_days(group) == 2.5
    assert coverage(group, library.goals).recommended_missing == []
    used = {b.activity for g in group.gatherings for b in g.blocks}
    assert used == {a.id for a in library.activities}


def test_round_trip_is_lossless(example_plan, library, tmp_path):
    first = read_plan(example_plan, library.goals, library.activities).group
    text = dump_plan(first)
    copy = tmp_path / "copy.yaml"
    copy.write_text(text, encoding="utf-8")
    second = read_plan(copy, library.goals, library.activities)
    assert second.ok, [str(p) for p in second.problems]
    assert dump_plan(second.group) == text
    merged = merge_imported(first, second.group)
    assert _without_ids(merged.to_dict()) == _without_ids(first.to_dict())
    # the municipality, held blocks, attendance and pair history survive
    assert "municipality: Tysnes" in text
    assert [p.municipality for p in merged.participants][:3] == ["Bjørnafjorden"] * 2 + ["Tysnes"]
    g1 = merged.gatherings[0]
    assert all(b.held for b in g1.blocks) and g1.attendance is not None
    assert len(merged.pair_history) == 6


def test_reimport_keeps_ids(example_plan, library):
    first = read_plan(example_plan, library.goals, library.activities).group
    again = read_plan(example_plan, library.goals, library.activities).group
    merged = merge_imported(first, again)
    assert merged.id == first.id
    assert [p.id for p in merged.participants] == [p.id for p in first.participants]
    assert [g.id for g in merged.gatherings] == [g.id for g in first.gatherings]
    assert merged.gatherings[0].attendance.keys() == first.gatherings[0].attendance.keys()


def _without_ids(data):
    if isinstance(data, dict):
        return {k: _without_ids(v) for k, v in data.items() if k != "id"}
    if isinstance(data, list):
        return [_without_ids(v) for v in data]
    return data


def _problems(text: str, library):
    result = parse_plan(parse_yaml(text, "p.yaml"), "p.yaml", library.goals, library.activities)
    return result, [(p.key, p.line, p.field) for p in result.problems]


def test_thirteen_participants_refused_naming_the_cap(library):
    people = "\n".join(f"  - P{i}" for i in range(13))
    result, problems = _problems(f"group: {{name: G}}\nparticipants:\n{people}\n", library)
    assert not result.ok
    cap = [p for p in result.problems if p.key == "domain.participants.cap"]
    assert cap and "12" in cap[0].message


def test_problems_name_line_and_field(library):
    text = (
        "group: {name: G}\n"  # 1
        "participants: [Kari]\n"  # 2
        "gatherings:\n"  # 3
        "  - title: S1\n"  # 4
        "    date: 2027-13-01\n"  # 5
        "    blocks:\n"  # 6
        "      - {activity: buzz, minutes: 20, goals: [FKM LM-99]}\n"  # 7
        "      - activity: dance\n"  # 8
        "        minutes: ten\n"  # 9
        "        colour: red\n"  # 10
        "    attendance: {Per: present}\n"  # 11
    )
    result, problems = _problems(text, library)
    assert ("domain.block.unknown_goal_near", 7, "gatherings[0].blocks[0].goals") in problems
    assert ("domain.block.unknown_activity", 8, "gatherings[0].blocks[1].activity") in problems
    assert ("plan.type.integer", 9, "gatherings[0].blocks[1].minutes") in problems
    assert ("plan.unknown_key", 10, "gatherings[0].blocks[1].colour") in problems
    assert ("plan.unknown_participant", 11, "gatherings[0].attendance.Per") in problems
    assert not result.ok


def test_yaml_syntax_error_names_file_and_line(tmp_path: Path, library):
    bad = tmp_path / "bad.yaml"
    bad.write_text("group: {name: G}\nparticipants:\n  - [Kari\n", encoding="utf-8")
    result = read_plan(bad, library.goals, library.activities)
    assert not result.ok
    problem = result.problems[0]
    assert problem.key == "yaml.syntax" and problem.file == str(bad) and problem.line


def test_unreadable_file_is_a_problem_not_a_crash(tmp_path: Path, library):
    result = read_plan(tmp_path / "missing.yaml", library.goals, library.activities)
    assert not result.ok and result.problems[0].key == "yaml.unreadable"
    binary = tmp_path / "bin.yaml"
    binary.write_bytes(b"\xff\xfe\x00garbage")
    assert not read_plan(binary, library.goals, library.activities).ok


def test_unquoted_clock_time_is_read_as_time(library):
    result, _ = _problems(
        "group: {name: G}\ngatherings:\n  - {title: S, start: 10:30, blocks: []}\n", library
    )
    assert result.group.gatherings[0].start.strftime("%H:%M") == "10:30"
