"""How well the identifier guard catches patient identifiers and leaves ordinary clinical text
alone, against the guard as it was before (``_guard_before``) on the same texts in the same run.

Every number is generated here with the mod-11 algorithm (synthetic). Rows: detection in % of
1,000 valid fødselsnummer/D-numbers in each layout (classic control digits) and of 1,000 with
control digits valid only under the rule from 2032 (in all layouts), findings on 1,000 random 11-digit
numbers that are not valid identifiers (in every layout), phones and e-mail addresses in each
layout, false alarms on a corpus of clinical sentences (hand-written and generated doses, lab
values, dates, clock times, codes), and the time to check 1 kB of text. ``run(quick)`` returns
rows ``{name, value, unit, baseline, target, met}``.
"""

from __future__ import annotations

import random
import statistics
import time
from datetime import date, timedelta

from benchmarks import _guard_before
from groupguide.domain.confidentiality import (
    all_control_digits,
    classify_national_id,
    control_digits,
    find_identifiers,
)

ID_LAYOUTS = {
    "DDMMYYNNNNN": "{d}{n}",
    "DDMMYY NNNNN": "{d} {n}",
    "DDMMYY NNN NN": "{d} {n3} {n2}",
    "DDMMYY-NNNNN": "{d}-{n}",
    "DD.MM.YY NNNNN": "{dd}.{mm}.{yy} {n}",
    "DD.MM.YYYY NNNNN": "{dd}.{mm}.{yyyy} {n}",
    "DDMMYY\u00a0NNNNN (no-break space)": "{d}\u00a0{n}",
    "DDMMYY\u202fNNN\u202fNN (narrow no-break)": "{d}\u202f{n3}\u202f{n2}",
    "DDMMYY\u2013NNNNN (en dash)": "{d}\u2013{n}",
}
PHONE_LAYOUTS = {
    "91234567": "{n}",
    "912 34 567": "{a3} {b2} {c3}",
    "91 23 45 67": "{p2} {q2} {r2} {s2}",
    "912-34-567": "{a3}-{b2}-{c3}",
    "912 34567": "{a3} {b2}{c3}",
    "912 345 67": "{a3} {m3} {s2}",
    "912.34.567": "{a3}.{b2}.{c3}",
    "+47 912 34 567": "+47 {a3} {b2} {c3}",
    "+47-912-34-567": "+47-{a3}-{b2}-{c3}",
    "0047 91234567": "0047 {n}",
    "(+47) 912 34 567": "(+47) {a3} {b2} {c3}",
}
FIRST = ("Kari", "Ola", "Åse", "Øystein", "Bjørn", "Ærling", "Jørgen", "Signe", "Håkon", "Line")
LAST = ("Nordmann", "Ødegård", "Åsheim", "Brænne", "Berg", "Sæther", "Lie", "Dahl", "Møller")
DOMAINS = ("sykehus.no", "legekontor.example.com", "helse-bergen.no", "ahus.no")
EMAIL_LAYOUTS = {  # {f}/{l}: first/last name as written, {fa}/{la}: in ASCII letters
    "ascii (kari.nordmann@…)": "{fa}.{la}@{domain}",
    "non-ASCII name (kåre.ø@…)": "{f}.{l}@{domain}",
    "IDN domain (…@sjukehus.møre.no)": "{fa}@sjukehus.{l}.no",
    "punycode domain (…@xn--…)": "{f}@xn--{la}-fya.no",
    "tag and capitals (Kari+gruppe@…)": "{F}+gruppe@{DOMAIN}",
}

# Ordinary sentences from notes and evaluations: none holds an identifier.
CLINICAL = [
    "BT 140/90, puls 72, temp 37,8.",
    "Hb 12,3 g/dl, CRP 45, leukocytter 11,2 x 10^9/l.",
    "HbA1c 53 mmol/mol, LDL 3,4 mmol/l.",
    "Vitamin D 50000000 IE er en klassisk feildosering.",
    "Benzylpenicillin 100000 E/kg/døgn, deretter 50 000 000 IE totalt.",
    "D-vitamin 20 000 IE i uka, deretter 800 IE daglig.",
    "Heparin 25000 IE i døgnet.",
    "Egenandel kr 22345678 er en skrivefeil for 223 kroner.",
    "Budsjett 24500000 kr for 2027.",
    "Utgift NOK 45600000 i sesongene 2025 2026.",
    "Kontroll 20261225 kl. 09.30.",
    "Neste time 24.12.2026 kl. 14:30–15:15.",
    "Født 1957, innlagt 2026-11-02, utskrevet 20261109.",
    "ICPC-2 T90, ICD-10 E11.9 og F32.1.",
    "uke 32+4, SF-mål 31 cm.",
    "BMI 31,2, vekt 92 kg.",
    "Sat 97 % på romluft, RF 18.",
    "INR 2,5; kreatinin 92 µmol/l; eGFR 74.",
    "Metformin 500 mg x 2, økt til 1000 mg x 2.",
    "Paracet 1 g x 4, maks 4000 mg/døgn.",
    "Tidsrom 08:00-16:00, pause 11:30–12:15.",
    "Trombocytter 245 x 10^9/l.",
    "Dosen var 30000000 enheter over 5 døgn.",
    "LM-02 og KLK-009 ble dekket, LM-26 gjenstår.",
    "Pasient i 80-årene med KOLS, FEV1 1,2 l (45 %).",
    "12345678,9 er ikke et telefonnummer.",
    "Regnskapet viste 1 234 567 kroner.",
    "Sykmeldt 50 % fra 01.02.2026 til 28.02.2026.",
    "Audit: 14 av 120 konsultasjoner endte med henvisning (11,7 %).",
    "Reseptfornyelse 3 x 100 stk, 2026/2027.",
    "Blodsukker 7,8; 11,2; 6,4 mmol/l.",
    "Ferritin 12 µg/l, B12 180 pmol/l, folat 9 nmol/l.",
    "Temperatur 38,5 °C i 3 døgn.",
    "Rekvisisjon 2026-11-23 08:15, svar 2026-11-24.",
    "GFR 45, kalium 5,1, natrium 137.",
]


def _ascii(text: str) -> str:
    return text.lower().replace("å", "aa").replace("ø", "o").replace("æ", "ae").replace("é", "e")


def identity_numbers(
    count: int, rng: random.Random, rule_2032: bool = False
) -> list[tuple[str, int]]:
    """(number, four-digit year): alternately fødselsnummer and D-numbers, born 1930–2031, with
    the classic control digits, or with digits valid only under the rule from 2032."""
    numbers: list[tuple[str, int]] = []
    first_day = date(1930, 1, 1)
    while len(numbers) < count:
        born = first_day + timedelta(days=rng.randrange(102 * 365))
        day = born.day + (40 if len(numbers) % 2 else 0)
        first_nine = f"{day:02d}{born.month:02d}{born.year % 100:02d}{rng.randrange(1000):03d}"
        classic = control_digits(first_nine)
        pairs = (
            [p for p in all_control_digits(first_nine) if p != classic]
            if rule_2032
            else [classic]
            if classic
            else []
        )
        if pairs:
            k1, k2 = rng.choice(pairs)
            numbers.append((f"{first_nine}{k1}{k2}", born.year))
    return numbers


def written_id(layout: str, number: str, year: int) -> str:
    return layout.format(
        d=number[:6],
        n=number[6:],
        n3=number[6:9],
        n2=number[9:],
        dd=number[:2],
        mm=number[2:4],
        yy=number[4:6],
        yyyy=year,
    )


def invalid_numbers(count: int, rng: random.Random) -> tuple[list[str], int]:
    """Random 11-digit numbers that are no valid identifier, and how many draws were valid."""
    numbers, valid = [], 0
    while len(numbers) < count:
        number = f"{rng.randrange(10**11):011d}"
        if classify_national_id(number) is None:
            numbers.append(number)
        else:
            valid += 1
    return numbers, valid


def phone_parts(rng: random.Random) -> dict[str, str]:
    n = rng.choice("2345679") + f"{rng.randrange(10**7):07d}"
    return {
        "n": n,
        "a3": n[:3],
        "b2": n[3:5],
        "c3": n[5:],
        "p2": n[:2],
        "q2": n[2:4],
        "r2": n[4:6],
        "s2": n[6:],
        "m3": n[3:6],
    }


def generated_clinical(count: int, rng: random.Random) -> list[str]:
    units = ("IE", "E", "mg", "µg", "mcg", "ml", "mmol/l", "kr", "NOK", "enheter", "%", "IU")
    sentences = []
    for _ in range(count):
        day = date(1990, 1, 1) + timedelta(days=rng.randrange(50 * 365))
        amount = rng.choice(
            (rng.randrange(10**5, 10**8), rng.randrange(10) * 10 ** rng.randint(5, 7))
        )
        parts = [
            f"{amount} {rng.choice(units)}",
            f"{amount:,} {rng.choice(units)}".replace(",", " "),
            day.strftime(rng.choice(("%d.%m.%Y", "%Y-%m-%d", "%Y%m%d", "%d.%m.%y"))),
            f"kl. {rng.randrange(24):02d}:{rng.randrange(60):02d}",
            f"BT {rng.randint(90, 220)}/{rng.randint(40, 130)}",
            f"{rng.choice(('Hb', 'CRP', 'TSH', 'LPK'))} {rng.randint(0, 300)},{rng.randint(0, 9)}",
            f"uke {rng.randint(4, 42)}",
            f"{day.year} {day.year + 1}",
            rng.choice(("ICPC-2 T90", "ICD-10 E11.9", "F32.1", "R74", "Z00.0")),
        ]
        rng.shuffle(parts)
        sentences.append("Notat: " + ", ".join(parts[: rng.randint(2, 5)]) + ".")
    return sentences


def _must_cover(written: str) -> list[int]:
    """Offsets in ``written`` that masking must remove: an e-mail address whole; of a number,
    its digits, without the country code of a phone number (the last 8 digits of a phone)."""
    if "@" in written:
        return list(range(len(written)))
    digits = [i for i, c in enumerate(written) if c.isdigit()]
    return digits[-8:] if written.startswith(("+47", "0047", "(+47)")) else digits


def _rate(texts: list[tuple[str, str]], finder) -> float:
    """% of (text, identifier) pairs where the findings cover everything masking must remove
    (the guard before found "912 34 567" inside "(+47) 912 34 567": that counts as found)."""
    hits = 0
    for text, written in texts:
        start = text.index(written)
        spans = [(f.start, f.end) if hasattr(f, "start") else (f[1], f[2]) for f in finder(text)]
        hits += all(any(a <= start + i < b for a, b in spans) for i in _must_cover(written))
    return 100 * hits / len(texts)


def _microseconds_per_kb(finder, text: str, repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        finder(text)
        times.append(time.perf_counter() - started)
    return statistics.median(times) * 1e6 * 1024 / len(text.encode("utf-8"))


def _row(name, value, unit, baseline, target, met) -> dict:
    return {
        "name": name,
        "value": value,
        "unit": unit,
        "baseline": baseline,
        "target": target,
        "met": met,
    }


def run(quick: bool) -> list[dict]:
    count = 200 if quick else 1000
    rng = random.Random(2026)
    new, old = find_identifiers, _guard_before.find_identifiers
    rows = []
    numbers = identity_numbers(count, rng)
    for label, layout in ID_LAYOUTS.items():
        texts = [
            (f"Pasienten ({written_id(layout, n, year)}) ble henvist.", written_id(layout, n, year))
            for n, year in numbers
        ]
        rate = _rate(texts, new)
        rows.append(
            _row(
                f"guard: fnr/D-number found, {label}",
                round(rate, 1),
                "%",
                round(_rate(texts, old), 1),
                "100 %",
                rate == 100,
            )
        )
    texts = [
        (f"Fnr. {written_id(layout, n, year)}.", written_id(layout, n, year))
        for n, year in identity_numbers(count, rng, rule_2032=True)
        for layout in ID_LAYOUTS.values()
    ]
    rate = _rate(texts, new)
    rows.append(
        _row(
            f"guard: fnr/D-number with 2032 control digits found, {count} × "
            f"{len(ID_LAYOUTS)} layouts",
            round(rate, 1),
            "%",
            round(_rate(texts, old), 1),
            "100 %",
            rate == 100,
        )
    )
    invalid, valid_draws = invalid_numbers(count, rng)
    false_ids = false_ids_old = 0
    for number in invalid:
        for layout in ID_LAYOUTS.values():
            text = f"Prøvesvar {written_id(layout, number, 1900 + int(number[4:6]))} i dag."
            false_ids += bool(new(text))
            false_ids_old += bool(old(text))
    rows.append(
        _row(
            f"guard: findings on {count} invalid 11-digit numbers × {len(ID_LAYOUTS)} "
            f"layouts ({valid_draws} valid draws set aside)",
            false_ids,
            "texts",
            false_ids_old,
            "0",
            false_ids == 0,
        )
    )
    for label, layout in PHONE_LAYOUTS.items():
        texts = []
        for _ in range(count):
            written = layout.format(**phone_parts(rng))
            texts.append((f"Ring {written} etter kl. 15.", written))
        rate = _rate(texts, new)
        rows.append(
            _row(
                f"guard: phone found, {label}",
                round(rate, 1),
                "%",
                round(_rate(texts, old), 1),
                "100 %",
                rate == 100,
            )
        )
    for label, layout in EMAIL_LAYOUTS.items():
        texts = []
        for _ in range(count):
            first, last, domain = rng.choice(FIRST), rng.choice(LAST), rng.choice(DOMAINS)
            written = layout.format(
                f=first.lower(),
                l=last.lower(),
                fa=_ascii(first),
                la=_ascii(last),
                F=first,
                domain=domain,
                DOMAIN=domain.upper(),
            )
            texts.append((f"Skriv til {written}.", written))
        rate = _rate(texts, new)
        rows.append(
            _row(
                f"guard: e-mail found, {label}",
                round(rate, 1),
                "%",
                round(_rate(texts, old), 1),
                "100 %",
                rate == 100,
            )
        )
    corpus = CLINICAL + generated_clinical(count, rng)
    alarms = sum(bool(new(s)) for s in corpus)
    rows.append(
        _row(
            f"guard: false alarms on {len(corpus)} clinical sentences",
            alarms,
            "texts",
            sum(bool(old(s)) for s in corpus),
            "0",
            alarms == 0,
        )
    )
    note = " ".join(CLINICAL)
    number, year = numbers[0]
    note = (
        f"Pas. {written_id('{d} {n}', number, year)}, tlf 912 34 567, kari@sykehus.no. " + note
    )[:1024]
    repeats = 50 if quick else 400
    per_kb = _microseconds_per_kb(new, note, repeats)
    rows.append(
        _row(
            "guard: time to check 1 kB of notes",
            round(per_kb),
            "µs",
            round(_microseconds_per_kb(old, note, repeats)),
            "< 1000",
            per_kb < 1000,
        )
    )
    return rows


if __name__ == "__main__":
    for row in run(quick=False):
        print(row)
