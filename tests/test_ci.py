"""CI runs what the README tells a developer to run: the same lines, in the same order."""

from __future__ import annotations

import re
import tomllib

from tests.needs import REPO


def _readme_commands() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Run the tests", 1)[1].split("\n## ", 1)[0]
    block = re.search(r"```sh\n(.*?)```", section, re.DOTALL)
    assert block, "the README's 'Run the tests' section has no sh block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def _ci_commands() -> list[str]:
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    return [line for line in script.splitlines() if line.strip() and not line.startswith("#")]


def test_ci_runs_the_readme_lines_verbatim_in_order():
    readme, ci = _readme_commands(), _ci_commands()
    positions = [ci.index(line) if line in ci else -1 for line in readme]
    assert -1 not in positions, f"not in .ci/run verbatim: {readme[positions.index(-1)]}"
    assert positions == sorted(positions)
    assert ci[-1] == readme[-1], "the tests are the last thing CI runs"


def test_every_step_is_a_simple_command_that_set_e_stops_at():
    # `set -e` does not stop at a failure inside `a && b` (only at the list's last command), so a
    # failed lint in such a list would be ignored if the tests then passed.
    script = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "set -euo pipefail" in script
    for line in _readme_commands():
        assert "&&" not in line and "||" not in line and ";" not in line, line


def test_the_checks_are_lint_format_and_import_contract():
    readme = _readme_commands()
    checks = readme[readme.index(".venv/bin/ruff check .") : -1]
    assert checks == [
        ".venv/bin/ruff check .",
        ".venv/bin/ruff format --check .",
        ".venv/bin/lint-imports",
    ]
    assert readme[0].startswith("python3 -m venv") and "pip install" in readme[1]


def test_the_parallel_test_command_has_its_plugin_in_the_test_extras():
    command = _readme_commands()[-1]
    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    test_extras = " ".join(extras["project"]["optional-dependencies"]["test"])
    if "-n " in command or "--dist" in command:
        assert "pytest-xdist" in test_extras
    assert "--dist loadgroup" in command  # xdist_group("terminal") means nothing without it
