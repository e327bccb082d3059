"""Buzz pairs (summeøvelse): two and two, one trio when the count is odd.

Pairs rotate through the half-year: a pairing that repeats no earlier pair is always chosen while
one exists; otherwise the pairing with the fewest repeated pairs. A second set of pairs to avoid
(a re-roll's pairs on screen) only breaks ties between those: it never costs a repeat of the
half-year. A trio counts as its three pairs. The search is exhaustive branch-and-bound in random
order, which for a group of at most 12 is a few thousand steps at worst.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

Pairing = list[tuple[str, ...]]

_SEARCH_LIMIT = 200_000  # steps; far above what 12 people need


def pair_key(a: str, b: str) -> frozenset[str]:
    return frozenset((a, b))


def used_pairs(history: Iterable[Sequence[str]]) -> set[frozenset[str]]:
    """Every pair in earlier pairings; a stored trio yields its three pairs."""
    pairs: set[frozenset[str]] = set()
    for unit in history:
        members = list(unit)
        for i, a in enumerate(members):
            for b in members[i + 1 :]:
                pairs.add(pair_key(a, b))
    return pairs


def repeats(pairing: Pairing, used: set[frozenset[str]]) -> int:
    return sum(1 for unit in pairing for pair in used_pairs([unit]) if pair in used)


def make_pairs(
    people: Sequence[str],
    history: Iterable[Sequence[str]] = (),
    rng: random.Random | None = None,
    also_avoid: Iterable[Sequence[str]] = (),
) -> Pairing:
    """Pairs (and one trio if odd) of ``people`` with as few pairs from ``history`` as possible
    and, among those, as few from ``also_avoid`` as possible."""
    rng = rng or random.Random()
    people = list(dict.fromkeys(people))
    if len(people) < 2:
        return [tuple(people)] if people else []
    if len(people) == 3:
        return [tuple(people)]
    used = used_pairs(history)
    second = used_pairs(also_avoid)
    # A pairing holds at most len(people) pairs, so one repeat from ``history`` outweighs any
    # number from ``also_avoid``: the order of the two aims is strict.
    weight = len(people) + 1
    order = people[:]
    rng.shuffle(order)
    best: list[Pairing] = [[]]
    best_cost = [10**9]
    steps = [0]

    def cost_of(unit: tuple[str, ...]) -> int:
        pairs = used_pairs([unit])
        return weight * len(pairs & used) + len(pairs & second)

    def search(remaining: list[str], current: Pairing, cost: int, trio_left: bool) -> bool:
        steps[0] += 1
        if cost >= best_cost[0] or steps[0] > _SEARCH_LIMIT:
            return False
        if not remaining:
            best[0], best_cost[0] = list(current), cost
            return cost == 0
        first, rest = remaining[0], remaining[1:]
        options: list[tuple[str, ...]] = [(first, other) for other in rest]
        if trio_left:
            options += [(first, a, b) for i, a in enumerate(rest) for b in rest[i + 1 :]]
        rng.shuffle(options)
        options.sort(key=cost_of)  # fresh partners first, random among equals
        for unit in options:
            # with an odd count exactly one trio is needed; a pair is allowed only if a trio
            # can still be formed later (odd remainder), and a trio only once
            after = [p for p in rest if p not in unit]
            uses_trio = len(unit) == 3
            if not uses_trio and trio_left and len(after) < 3:
                continue
            if search(after, current + [unit], cost + cost_of(unit), trio_left and not uses_trio):
                return True
        return False

    search(order, [], 0, len(order) % 2 == 1)
    if not best[0]:  # search limit hit before any complete pairing (cannot happen at ≤ 12)
        units = [tuple(order[i : i + 2]) for i in range(0, len(order) - len(order) % 2, 2)]
        if len(order) % 2:
            units[-1] = units[-1] + (order[-1],)
        return units
    return best[0]


def fresh_pairing_exists(people: Sequence[str], history: Iterable[Sequence[str]]) -> bool:
    pairing = make_pairs(people, history, random.Random(0))
    return repeats(pairing, used_pairs(history)) == 0
