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
    assert len(readme) == 3  # install, checks, tests
    positions = [ci.index(line) if line in ci else -1 for line in readme]
    assert -1 not in positions, f"not in .ci/run verbatim: {readme[positions.index(-1)]}"
    assert positions == sorted(positions)
    assert ci[-1] == readme[-1], "the tests are the last thing CI runs"


def test_the_checks_are_lint_format_and_import_contract():
    checks = _readme_commands()[1]
    for tool in ("ruff check .", "ruff format --check .", "lint-imports"):
        assert tool in checks


def test_the_parallel_test_command_has_its_plugin_in_the_test_extras():
    command = _readme_commands()[-1]
    extras = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    test_extras = " ".join(extras["project"]["optional-dependencies"]["test"])
    if "-n " in command or "--dist" in command:
        assert "pytest-xdist" in test_extras
    assert "--dist loadgroup" in command  # xdist_group("terminal") means nothing without it
