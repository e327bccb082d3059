"""A missing tool or seed document skips a test locally and fails it under CI (tests/needs.py)."""

from __future__ import annotations

import pytest

from tests import needs


@pytest.mark.parametrize(
    "in_ci, outcome", [(False, pytest.skip.Exception), (True, pytest.fail.Exception)]
)
def test_a_missing_tool_skips_locally_and_fails_in_ci(monkeypatch, in_ci, outcome):
    monkeypatch.setattr(needs, "IN_CI", in_ci)
    monkeypatch.setenv("PATH", "")
    with pytest.raises(outcome, match="tmux.*apt-get install tmux"):
        needs.tool("tmux", "tmux")


@pytest.mark.parametrize(
    "in_ci, outcome", [(False, pytest.skip.Exception), (True, pytest.fail.Exception)]
)
def test_a_missing_seed_skips_locally_and_fails_in_ci(monkeypatch, tmp_path, in_ci, outcome):
    monkeypatch.setattr(needs, "IN_CI", in_ci)
    monkeypatch.setattr(needs, "SEEDS", tmp_path / "no-seeds")
    with pytest.raises(outcome, match="000_x.txt"):
        needs.seed("000_x.txt")


def test_a_present_seed_is_found(monkeypatch, tmp_path):
    (tmp_path / "000_x.txt").write_text("Gruppeveiledning", encoding="utf-8")
    monkeypatch.setattr(needs, "SEEDS", tmp_path)
    assert needs.seed("000_x.txt").read_text(encoding="utf-8") == "Gruppeveiledning"


def test_a_missing_part_warns_locally_and_fails_in_ci(monkeypatch):
    monkeypatch.setattr(needs, "IN_CI", False)
    with pytest.warns(pytest.PytestWarning, match="not checked: the QR code"):
        needs.missing_part("the QR code's decoding", "apt-get install zbar-tools")
    monkeypatch.setattr(needs, "IN_CI", True)
    with pytest.raises(pytest.fail.Exception, match="zbar-tools"):
        needs.missing_part("the QR code's decoding", "apt-get install zbar-tools")
