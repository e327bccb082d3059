"""The identifier guard: synthetic test vectors only (generated here with the mod-11 algorithm),
never real people's numbers."""

from __future__ import annotations

import random

import pytest

from groupguide.domain.confidentiality import (
    classify_national_id,
    control_digits,
    find_identifiers,
    mask,
)


def make_number(day: int, month: int, year2: int, individual: int) -> str | None:
    """A number with valid control digits for the given parts (None when none exist)."""
    nine = f"{day:02d}{month:02d}{year2:02d}{individual:03d}"
    digits = control_digits(nine)
    return None if digits is None else nine + f"{digits[0]}{digits[1]}"


def valid_numbers(day_offset=0, month_offset=0, count=40, seed=1):
    rng = random.Random(seed)
    found = []
    while len(found) < count:
        number = make_number(rng.randint(1, 28) + day_offset, rng.randint(1, 12) + month_offset,
                             rng.randint(0, 99), rng.randint(0, 999))
        if number:
            found.append(number)
    return found


def _by_hand(nine: str) -> tuple[int, int] | None:
    d = [int(c) for c in nine]
    r1 = sum(x * w for x, w in zip(d, (3, 7, 6, 1, 8, 9, 4, 5, 2), strict=True)) % 11
    k1 = 0 if r1 == 0 else 11 - r1
    if k1 == 10:
        return None
    r2 = sum(x * w for x, w in zip(d + [k1], (5, 4, 3, 2, 7, 6, 5, 4, 3, 2), strict=True)) % 11
    k2 = 0 if r2 == 0 else 11 - r2
    return None if k2 == 10 else (k1, k2)


def test_control_digits_by_hand():
    # 010190 123: 0*3+1*7+0*6+1*1+9*8+0*9+1*4+2*5+3*2 = 100, 100 % 11 = 1 → k1 would be 10: none
    assert control_digits("010190123") is None
    # 150570 200: 107 % 11 = 8 → k1 = 3
    assert _by_hand("150570200") is None or _by_hand("150570200")[0] == 3
    rng = random.Random(9)
    for _ in range(500):
        nine = f"{rng.randint(0, 999999999):09d}"
        assert control_digits(nine) == _by_hand(nine), nine


@pytest.mark.parametrize("number", valid_numbers())
def test_valid_national_ids_are_found(number):
    assert classify_national_id(number) == "national_id"
    text = f"Pasient {number} kom til kontroll."
    (finding,) = find_identifiers(text)
    assert finding.kind == "national_id" and finding.text == number


@pytest.mark.parametrize("number", valid_numbers(day_offset=40, seed=2))
def test_valid_d_numbers_are_found(number):
    assert classify_national_id(number) == "d_number"
    assert [f.kind for f in find_identifiers(f"D-nr {number}")] == ["d_number"]


@pytest.mark.parametrize("number", valid_numbers(month_offset=40, seed=3, count=10))
def test_h_numbers_are_found(number):
    assert classify_national_id(number) == "h_number"


@pytest.mark.parametrize("number", valid_numbers(seed=4, count=20))
def test_either_wrong_control_digit_is_not_an_identity_number(number):
    for position in (9, 10):
        wrong = number[:position] + str((int(number[position]) + 1) % 10) + number[position + 1:]
        assert classify_national_id(wrong) is None
        assert not [f for f in find_identifiers(wrong) if f.kind != "phone"]


def test_written_with_a_space_or_hyphen_after_the_date():
    number = valid_numbers(seed=5, count=1)[0]
    for text in (f"{number[:6]} {number[6:]}", f"{number[:6]}-{number[6:]}"):
        (finding,) = find_identifiers(f"fnr: {text}.")
        assert finding.kind == "national_id" and finding.text == text


def test_impossible_dates_are_not_identity_numbers():
    for day, month in ((32, 1), (0, 5), (30, 2), (15, 13), (15, 0)):
        for individual in range(0, 60):
            number = make_number(day, month, 80, individual)
            if number:
                assert classify_national_id(number) is None, number
                break


def test_longer_digit_runs_are_not_identity_numbers():
    number = valid_numbers(seed=6, count=1)[0]
    assert find_identifiers("1" + number) == []
    assert find_identifiers(number + "7") == []


@pytest.mark.parametrize("text", [
    "Ring 912 34 567 i morgen", "tlf 91234567", "+47 912 34 567", "+4791234567",
    "0047 91234567", "22 33 44 55", "mobil 4123 4567", "(+47) 912 34 567",
])
def test_norwegian_phone_numbers(text):
    findings = find_identifiers(text)
    assert [f.kind for f in findings] == ["phone"], text


@pytest.mark.parametrize("text", [
    "kari.nordmann@example.no", "Skriv til ola+gruppe@legesenter.example.com i dag.",
])
def test_email_addresses(text):
    assert [f.kind for f in find_identifiers(text)] == ["email"]


@pytest.mark.parametrize("text", [
    "BT 140/90, puls 72", "Hb 12,3 g/dl", "CRP 45", "uke 32", "HbA1c 53 mmol/mol",
    "Pasient i 80-årene, BMI 31,2", "Kontroll om 3 måneder (2026-12-02)", "INR 2,5",
    "Sat 97 % på romluft", "LM-02 og KLK-009", "1 234 567 kroner", "kl 14:30", "12345678,9",
    "Tidspunkt 20261202", "Et 11-sifret tall uten gyldige kontrollsifre: 01019012345",
])
def test_no_warning_on_clinical_text(text):
    assert find_identifiers(text) == [], text


def test_mask_replaces_every_identifier_and_keeps_the_rest():
    number = valid_numbers(seed=7, count=1)[0]
    text = f"Pas. {number}, tlf 912 34 567, e-post pas@example.no. BT 140/90."
    masked = mask(text)
    assert number not in masked and "912 34 567" not in masked and "@" not in masked
    assert masked.startswith("Pas. [fødselsnummer fjernet], tlf [telefonnummer fjernet]")
    assert masked.endswith("BT 140/90.")
    assert find_identifiers(masked) == []
    assert mask("Ingenting her.") == "Ingenting her."
