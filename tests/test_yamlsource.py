"""Plan and goal files that cannot explode: alias bombs, deep nesting and huge files are refused
quickly, with file, line and what to do; ordinary anchors still work."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

from groupguide.i18n import set_language
from groupguide.plans import read_plan
from groupguide.yamlsource import (
    MAX_ALIAS_CHARS,
    MAX_ALIAS_VALUES,
    MAX_BYTES,
    MAX_DEPTH,
    YamlSyntaxError,
    load_yaml,
    parse_yaml,
)

REPO = Path(__file__).resolve().parent.parent


def alias_bomb(levels: int = 8) -> str:
    """The "billion laughs" file: each level repeats the one before nine times (9**levels values),
    hidden in a block's goals, where ``check`` walks every value."""
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, levels):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    lines.append("group: {name: G, term: H2026, facilitator: F}")
    lines.append(
        f"gatherings: [{{title: T, blocks: [{{title: B, minutes: 10, goals: *a{levels - 1}}}]}}]"
    )
    return "\n".join(lines) + "\n"


def refusal(text: str) -> YamlSyntaxError:
    with pytest.raises(YamlSyntaxError) as caught:
        parse_yaml(text, "plan.yaml")
    return caught.value


def test_the_alias_bomb_is_refused_fast_and_small():
    text = alias_bomb()
    assert len(text.encode()) < 520
    tracemalloc.start()
    started = time.perf_counter()
    error = refusal(text)
    elapsed = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert elapsed < 0.2, elapsed
    assert peak < 2 * 1024 * 1024, peak
    # the line of the alias that crossed the limit, its name, and what to do
    assert error.file == "plan.yaml" and error.line == 5 and error.column
    assert "*a3" in error.reason and "10\u00a0000 verdier" in error.reason
    assert "Skriv de gjentatte delene ut" in error.reason


def test_check_refuses_the_bomb_with_file_and_line(tmp_path, library):
    plan = tmp_path / "bomb.yaml"
    plan.write_text(alias_bomb(), encoding="utf-8")
    started = time.perf_counter()
    result = read_plan(plan, library.goals, library.activities)
    assert time.perf_counter() - started < 0.5
    (problem,) = result.problems
    assert problem.key == "yaml.syntax" and problem.file == str(plan) and problem.line == 5
    assert problem.message.startswith("Filen kan ikke leses: henvisningene til ankere (som *a3")


def test_the_cli_check_answers_the_bomb_in_words(tmp_path):
    plan = tmp_path / "bomb.yaml"
    plan.write_text(alias_bomb(), encoding="utf-8")
    env = {**os.environ, "GROUPGUIDE_LANG": "en", "GROUPGUIDE_DATA_DIR": str(tmp_path / "d")}
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "groupguide", "check", str(plan)],
        capture_output=True,
        text=True,
        cwd=REPO,
        env=env,
        timeout=60,
    )
    assert time.perf_counter() - started < 10  # 18 s of CPU and 770 MB before the limit
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert (
        f"{plan}:5: error: The file cannot be read: the references to anchors (such as *a3 "
        "here) would repeat more than 10,000 values" in result.stderr
    )


def test_a_self_referencing_alias_is_refused():
    error = refusal("group:\n  name: &n [x, *n]\n")
    assert error.line == 2 and "*n" in error.reason and "peker inn i verdien" in error.reason
    error = refusal("a: &m {b: {c: *m}}\n")
    assert "*m" in error.reason


def test_ordinary_anchors_still_load(example_plan, library, tmp_path):
    text = example_plan.read_text(encoding="utf-8")
    text = text.replace(
        '- {activity: break, title: "Pause", minutes: 15, held_minutes: 15}',
        '- &pause {activity: break, title: "Pause", minutes: 15, held_minutes: 15}',
        1,
    )
    text = text.replace(
        '      - {activity: open-topic, title: "Vanskelige og gode',
        '      - *pause\n      - {activity: open-topic, title: "Vanskelige og gode',
        1,
    )
    assert "*pause" in text
    plan = tmp_path / "plan.yaml"
    plan.write_text(text, encoding="utf-8")
    result = read_plan(plan, library.goals, library.activities)
    assert result.group is not None, [str(p) for p in result.problems]
    titles = [b.title for b in result.group.gatherings[0].blocks]
    assert titles.count("Pause") == 2
    # the shipped goal catalogue uses an anchor for a note it repeats
    assert "&samvalg" in (REPO / "curricula" / "fkm.yaml").read_text(encoding="utf-8")
    assert not library.problems


def test_aliases_up_to_the_limit_load_and_one_more_is_refused():
    values = ", ".join(["x"] * 99)  # with its list: 100 values per alias
    per_alias = 100
    uses = MAX_ALIAS_VALUES // per_alias
    text = "base: &b [" + values + "]\nuses:\n" + "  - *b\n" * uses
    data = parse_yaml(text)
    assert len(data["uses"]) == uses and data["uses"][0] == ["x"] * 99
    error = refusal(text + "  - *b\n")
    assert error.line == uses + 3 and "*b" in error.reason


def test_aliases_that_repeat_too_much_text_are_refused():
    note = "a" * (MAX_ALIAS_CHARS // 3)
    text = f"note: &n {note}\nblocks:\n  - notes: *n\n  - notes: *n\n"
    assert parse_yaml(text)["blocks"][1]["notes"] == note
    error = refusal(text + "  - notes: *n\n  - notes: *n\n")
    assert error.line == 6 and "kB tekst" in error.reason


@pytest.mark.parametrize(
    "text",
    [
        "group: " + "[" * (MAX_DEPTH + 5) + "]" * (MAX_DEPTH + 5) + "\n",
        "group: " + "{a: " * (MAX_DEPTH + 5) + "1" + "}" * (MAX_DEPTH + 5) + "\n",
        "".join("  " * i + "k:\n" for i in range(MAX_DEPTH + 5)) + "  " * (MAX_DEPTH + 5) + "x\n",
        "group: " + "[" * 100_000 + "]" * 100_000 + "\n",
    ],
    ids=["flow lists", "flow maps", "block maps", "100,000 levels"],
)
def test_deep_nesting_is_a_message_not_a_recursion_error(text):
    started = time.perf_counter()
    error = refusal(text)
    assert time.perf_counter() - started < 1
    assert error.line and f"mer enn {MAX_DEPTH} nivåer" in error.reason


def test_nesting_a_plan_uses_loads():
    text = "".join("  " * i + "k:\n" for i in range(MAX_DEPTH - 1)) + "  " * (MAX_DEPTH - 1) + "x\n"
    data = parse_yaml(text)
    for _ in range(MAX_DEPTH - 2):
        data = data["k"]
    assert data == {"k": "x"}


def test_a_file_that_is_too_large_is_refused_unread(tmp_path):
    big = "notes: |\n" + ("  " + "ø" * 70 + "\n") * (MAX_BYTES // 140 + 10)
    assert len(big) < MAX_BYTES < len(big.encode("utf-8"))  # the limit counts bytes
    error = refusal(big)
    assert error.line is None and "høyst 1\u00a0024 kB" in error.reason
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# " + b"x" * MAX_BYTES + b"\n")
    with pytest.raises(YamlSyntaxError) as caught:
        load_yaml(path)
    assert caught.value.file == str(path) and "1\u00a0025 kB" in caught.value.reason


def test_messages_follow_the_language():
    set_language("en")
    try:
        error = refusal(alias_bomb())
        assert "would repeat more than 10,000 values or 256 kB of text" in error.reason
        error = refusal("a: [\n")
        assert error.reason.startswith("it is not valid YAML (")
        assert error.reason.endswith(
            "Check indentation, colons and quotes on and just before this line."
        )
    finally:
        set_language("nb")


def test_the_pure_python_loader_refuses_the_same_files():
    """Without libyaml (a PyYAML built without it) the same limits hold."""
    script = (
        "import yaml; del yaml.CSafeLoader\n"
        "from groupguide import yamlsource as y\n"
        "assert y._Loader.__mro__[1] is yaml.SafeLoader\n"
        "import sys\n"
        "for text in sys.stdin.read().split('\\n---8<---\\n'):\n"
        "    try:\n"
        "        y.parse_yaml(text, 'p.yaml')\n"
        "    except y.YamlSyntaxError as e:\n"
        "        print(e.line, *e.reason.split()[:3])\n"
        "    else:\n"
        "        print('loaded')\n"
    )
    texts = [alias_bomb(), "g: " + "[" * 5000 + "]" * 5000, "a: &b [1]\nc: *b\n"]
    result = subprocess.run(
        [sys.executable, "-c", script],
        input="\n---8<---\n".join(texts),
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "GROUPGUIDE_LANG": "nb"},
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == [
        "5 henvisningene til ankere",
        "1 innholdet er nøstet",
        "loaded",
    ]
