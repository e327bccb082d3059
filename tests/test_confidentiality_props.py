"""Property tests for the identifier guard: any valid number in any layout is found and masked
away; invalid numbers, doses and other ordinary text are left alone; masking is idempotent.

Every number here is generated with the mod-11 algorithm (synthetic, never a real person's)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from groupguide.domain.confidentiality import (
    all_control_digits,
    classify_national_id,
    find_identifiers,
    mask,
)

SPACES = [" ", "\u00a0", "\u202f"]
DASHES = ["-", "\u2013"]


def layouts(number: str, year4: str, space: str, dash: str) -> list[str]:
    """The number in every layout the guard promises to catch."""
    d, n = number[:6], number[6:]
    return [
        number,
        f"{d}{space}{n}",
        f"{d}{space}{n[:3]}{space}{n[3:]}",
        f"{d}{dash}{n}",
        f"{d}{space}{dash}{space}{n}",
        f"{d[:2]}.{d[2:4]}.{d[4:]}{space}{n}",
        f"{d[:2]}.{d[2:4]}.{year4}{space}{n}",
        f"{d[:2]}.{d[2:4]}.{d[4:]}{space}{n[:3]}{space}{n[3:]}",
    ]


@st.composite
def identity_numbers(draw):
    """(number, kind, four-digit year): fødselsnummer or D-number, classic or 2032 control digits;
    H- and FH-numbers with classic control digits."""
    kind = draw(st.sampled_from(["national_id", "d_number", "h_number", "fh_number"]))
    born = draw(st.dates(date(1900, 1, 1), date(2039, 12, 31)))
    day, month = born.day, born.month
    if kind == "d_number":
        day += 40
    if kind == "h_number":
        month += 40
    first_nine = f"{day:02d}{month:02d}{born.year % 100:02d}{draw(st.integers(0, 999)):03d}"
    if kind == "fh_number":
        first_nine = str(draw(st.integers(8, 9))) + f"{draw(st.integers(0, 10**8 - 1)):08d}"
    remainders = (0,) if kind in ("h_number", "fh_number") else (0, 1, 2, 3)
    while not all_control_digits(first_nine, remainders):  # none for this one: take the next
        first_nine = first_nine[:6] + f"{(int(first_nine[6:]) + 1) % 1000:03d}"
    k1, k2 = draw(st.sampled_from(all_control_digits(first_nine, remainders)))
    return f"{first_nine}{k1}{k2}", kind, str(born.year)


surroundings = st.tuples(
    st.sampled_from(["", "Pasient ", "fnr: ", "(", "født ", "Ring ", "«", "\n", "tlf. "]),
    st.sampled_from(["", " kom i dag.", ")", ",", ".", "!", " og BT 140/90", "»", "\n"]),
)


@given(
    identity_numbers(), st.sampled_from(SPACES), st.sampled_from(DASHES), surroundings, st.data()
)
@settings(max_examples=400, deadline=None)
def test_every_valid_number_in_every_layout_is_found_and_masked(
    numbered, space, dash, around, data
):
    number, kind, year4 = numbered
    assert classify_national_id(number) == kind
    candidates = layouts(number, year4, space, dash)
    if kind == "fh_number":
        candidates = candidates[:5]  # no date: the dotted layouts do not apply
    written = data.draw(st.sampled_from(candidates))
    before, after = around
    text = f"{before}{written}{after}"
    findings = find_identifiers(text)
    assert [(f.kind, f.text) for f in findings] == [(kind, written)], text
    masked = mask(text)
    assert masked.startswith(before) and masked.endswith(after)
    digits = re.sub(r"\D", "", masked)
    assert number not in digits and number[6:] not in digits
    assert find_identifiers(masked) == [] and mask(masked) == masked


@st.composite
def phone_numbers(draw):
    first = draw(st.sampled_from("2345679"))
    rest = f"{draw(st.integers(0, 10**7 - 1)):07d}"
    number = first + rest
    sep = draw(st.sampled_from([" ", "-", "\u00a0", ".", "\u2013"]))
    n = number
    written = draw(
        st.sampled_from(
            [
                n,
                f"{n[:3]}{sep}{n[3:5]}{sep}{n[5:]}",
                f"{n[:2]}{sep}{n[2:4]}{sep}{n[4:6]}{sep}{n[6:]}",
                f"{n[:3]}{sep}{n[3:6]}{sep}{n[6:]}",
                f"{n[:3]} {n[3:]}",
                f"{n[:4]} {n[4:]}",
            ]
        )
    )
    prefix = draw(st.sampled_from(["", "+47 ", "+47", "+47-", "0047 ", "(+47) ", "(+47)", "+ 47 "]))
    return number, prefix + written


def _date_like(number: str) -> bool:
    """YYYYMMDD with a year 1900–2099: read as a date, not a phone number."""
    try:
        date(int(number[:4]), int(number[4:6]), int(number[6:]))
    except ValueError:
        return False
    return number[:2] in ("19", "20")


@given(phone_numbers(), surroundings)
@settings(max_examples=400, deadline=None)
def test_every_phone_layout_is_found_and_masked(phone, around):
    number, written = phone
    bare = written.lstrip("+(0 4)7-") if written[:1] in "+(0" else written
    if written == number and (_date_like(number) or number.endswith("000000")):
        return  # written together, 20261225 is a date and 50000000 an amount
    if bare[:4].startswith("20") and len(bare) == 9 and bare[4] == " " and written == bare:
        return  # 2025 2026 reads as two years
    before, after = around
    text = f"{before}{written}{after}"
    assert [(f.kind, f.text) for f in find_identifiers(text)] == [("phone", written)], text
    masked = mask(text)
    assert number not in re.sub(r"\D", "", masked)
    assert find_identifiers(masked) == [] and mask(masked) == masked


local_parts = st.from_regex(r"\A[a-zæøåäöéüß0-9]{1,8}([._+-][a-zæøåéA-Z0-9]{1,6}){0,2}\Z")
domains = st.sampled_from(
    [
        "sykehus.no",
        "legekontor.example.com",
        "sjukehus.møre.no",
        "xn--sjkehus-fya.no",
        "ålesund-legevakt.no",
        "helse-bergen.no",
        "ahus.no",
        "sykehuset-østfold.no",
    ]
)


@given(local_parts, domains, surroundings)
@settings(max_examples=300, deadline=None)
def test_e_mail_addresses_with_any_letters_are_found(local, domain, around):
    before, after = around
    address = f"{local}@{domain}"
    text = f"{before}{address}{after}"
    assert [(f.kind, f.text) for f in find_identifiers(text)] == [("email", address)], text
    masked = mask(text)
    assert "@" not in masked and mask(masked) == masked


@given(st.integers(0, 10**11 - 1), st.sampled_from(SPACES), st.sampled_from(DASHES))
@settings(max_examples=600, deadline=None)
def test_invalid_eleven_digit_numbers_raise_nothing_in_any_layout(value, space, dash):
    number = f"{value:011d}"
    if classify_national_id(number) is not None:
        return
    for written in layouts(number, "19" + number[4:6], space, dash):
        assert find_identifiers(f"Prøvesvar {written} i dag.") == [], written


doses = st.builds(
    lambda amount, unit, gap: f"{amount}{gap}{unit}",
    st.sampled_from([50000000, 20000000, 100000, 400000, 800000, 1000000, 30000000, 25000000]),
    st.sampled_from(
        [
            "IE",
            "E",
            "mg",
            "µg",
            "μg",
            "mcg",
            "ml",
            "mmol/l",
            "kr",
            "NOK",
            "enheter",
            "%",
            "IU",
            "ug",
            "g",
            "kg",
        ]
    ),
    st.sampled_from(["", " ", "\u00a0"]),
)
thousands = st.integers(10_000, 99_999_999).map(lambda n: f"{n:,}".replace(",", " "))
dates = st.dates(date(1990, 1, 1), date(2040, 12, 31)).flatmap(
    lambda d: st.sampled_from(
        [
            d.strftime("%d.%m.%Y"),
            d.strftime("%Y-%m-%d"),
            d.strftime("%Y%m%d"),
            d.strftime("%d.%m.%y"),
            f"{d.day}. {d.month}. {d.year}",
            f"{d.year} {d.year + 1}",
            f"{d.year}-{d.year + 1}",
        ]
    )
)
clock = st.times().map(lambda t: t.strftime(st_choice_time_format(t)))


def st_choice_time_format(value) -> str:
    return "kl. %H:%M" if value.second % 2 else "%H.%M–%H.%M"


lab = st.builds(
    lambda name, value: f"{name} {value}",
    st.sampled_from(
        [
            "Hb",
            "CRP",
            "HbA1c",
            "kreatinin",
            "eGFR",
            "LPK",
            "TSH",
            "ALAT",
            "Na",
            "K",
            "INR",
            "BT",
            "Sat",
            "puls",
            "BMI",
            "uke",
        ]
    ),
    st.one_of(
        st.integers(0, 400).map(str),
        st.floats(0, 400, allow_nan=False).map(lambda v: f"{v:.1f}".replace(".", ",")),
        st.tuples(st.integers(80, 220), st.integers(40, 130)).map(lambda bp: f"{bp[0]}/{bp[1]}"),
    ),
)
codes = st.sampled_from(
    [
        "ICPC-2 T90",
        "ICD-10 E11.9",
        "F32.1",
        "R74",
        "K86",
        "Z00.0",
        "LM-02",
        "KLK-009",
        "J06.9",
        "A04 og P76",
    ]
)


@given(st.lists(st.one_of(doses, thousands, dates, clock, lab, codes), min_size=1, max_size=6))
@settings(max_examples=400, deadline=None)
def test_ordinary_clinical_text_raises_nothing(parts):
    text = "Pasienten fikk " + ", ".join(parts) + "."
    assert find_identifiers(text) == [], text


@given(st.text(alphabet=st.sampled_from("0123456789 -.+@()æøå:/\u00a0\u2013ab"), max_size=60))
@settings(max_examples=600, deadline=None)
def test_masking_anything_is_idempotent_and_leaves_nothing(text):
    masked = mask(text)
    assert find_identifiers(masked) == []
    assert mask(masked) == masked


def test_a_whole_population_of_dates_keeps_its_valid_numbers():
    """Every day of 1990 with the 2032 rule: each of up to 4 valid numbers is recognised."""
    day = date(1990, 1, 1)
    found = 0
    while day.year == 1990:
        first_nine = day.strftime("%d%m%y") + "999"
        for k1, k2 in all_control_digits(first_nine):
            number = f"{first_nine}{k1}{k2}"
            assert classify_national_id(number) == "national_id", number
            found += 1
        day += timedelta(days=1)
    assert found > 365
