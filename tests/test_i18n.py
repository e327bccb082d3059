"""Every user-facing string exists in bokmål and English, with the same fields, and every key the
code asks for exists."""

import re
from pathlib import Path

import pytest

from groupguide.i18n import all_messages, fields, set_language, t

PACKAGE = Path(__file__).resolve().parent.parent / "groupguide"
KEY_CALL = re.compile(r"""\bt\(\s*["']([a-z][a-z0-9_.]+)["']""")
PROBLEM_CALL = re.compile(
    r"""(?:Problem\.of|DomainError|\.problem)\(\s*["']([a-z][a-z0-9_.]+)["']"""
)


def test_every_message_has_both_languages_with_same_fields():
    for key, texts in all_messages().items():
        assert isinstance(texts, tuple) and len(texts) == 2, key
        nb, en = texts
        assert nb.strip() and en.strip(), f"{key} is empty in one language"
        assert fields(nb) == fields(en), f"{key}: fields differ"


def test_every_key_used_in_code_exists():
    known = all_messages()
    missing = []
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for pattern in (KEY_CALL, PROBLEM_CALL):
            for key in pattern.findall(text):
                if key not in known:
                    missing.append(f"{path.relative_to(PACKAGE)}: {key}")
    assert not missing, missing


def test_language_switch():
    set_language("en")
    assert t("tui.quit") == "Quit"
    set_language("nb")
    assert t("tui.quit") == "Avslutt"
    with pytest.raises(ValueError):
        set_language("de")


def test_missing_key_never_crashes():
    assert t("no.such.key") == "no.such.key"
    assert t("domain.participants.cap") != ""  # missing params leave the template


def test_decimal_follows_the_language():
    from groupguide.i18n import decimal, get_language, set_language

    before = get_language()
    try:
        set_language("nb")
        assert decimal(3.25) == "3,2" or decimal(3.25) == "3,3"
        assert decimal(2.0, trim=True) == "2" and decimal(2.0) == "2,0"
        assert decimal(5.5, 2) == "5,50"
        set_language("en")
        assert decimal(0.25, 1) in ("0.2", "0.3") and decimal(2.0, trim=True) == "2"
    finally:
        set_language(before)
