import random
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from groupguide.domain.pairing import fresh_pairing_exists, make_pairs, repeats, used_pairs

people_lists = st.lists(
    st.sampled_from([f"p{i}" for i in range(14)]), min_size=2, max_size=12, unique=True
)


def _check_partition(pairing, people):
    members = [m for unit in pairing for m in unit]
    assert sorted(members) == sorted(people)
    sizes = sorted(len(u) for u in pairing)
    if len(people) % 2 == 0:
        assert all(s == 2 for s in sizes)
    else:
        assert sizes.count(3) == 1 and all(s in (2, 3) for s in sizes)


@given(people_lists, st.integers(0, 10_000))
@settings(max_examples=150, deadline=None)
def test_everyone_present_in_exactly_one_pair_or_trio(people, seed):
    pairing = make_pairs(people, rng=random.Random(seed))
    _check_partition(pairing, people)


@given(people_lists, st.integers(0, 10_000), st.integers(0, 6))
@settings(max_examples=100, deadline=None)
def test_no_repeat_while_an_unused_pairing_exists(people, seed, rounds):
    rng = random.Random(seed)
    history: list[tuple[str, ...]] = []
    for _ in range(rounds):
        history += make_pairs(people, history, rng)
    pairing = make_pairs(people, history, rng)
    _check_partition(pairing, people)
    if _brute_force_fresh_exists(people, used_pairs(history)):
        assert repeats(pairing, used_pairs(history)) == 0


@given(people_lists, st.sets(st.sampled_from([f"p{i}" for i in range(14)])))
@settings(max_examples=100, deadline=None)
def test_absent_participants_never_paired(everyone, absent):
    present = [p for p in everyone if p not in absent]
    pairing = make_pairs(present, rng=random.Random(1))
    assert not {m for unit in pairing for m in unit} & absent


def test_rotation_through_a_term_of_eight():
    people = [f"p{i}" for i in range(8)]
    history: list[tuple[str, ...]] = []
    fresh_rounds = 0
    for _ in range(7):
        pairing = make_pairs(people, history, random.Random(3))
        fresh = _brute_force_fresh_exists(people, used_pairs(history))
        assert (repeats(pairing, used_pairs(history)) == 0) == fresh
        assert fresh_pairing_exists(people, history) == fresh
        fresh_rounds += fresh
        history += pairing
    assert fresh_rounds >= 4  # rotation gives several rounds without a repeated pair


def _brute_force_fresh_exists(people, used) -> bool:
    people = list(people)
    if not people:
        return True
    first, rest = people[0], people[1:]
    odd = len(people) % 2 == 1
    for partner in rest:
        if frozenset((first, partner)) in used:
            continue
        left = [p for p in rest if p != partner]
        if (len(left) % 2 == 0 or len(left) >= 3) and _fresh_even_or_trio(left, used, odd):
            return True
    if odd:
        for a, b in combinations(rest, 2):
            unit = (first, a, b)
            if any(frozenset(p) in used for p in combinations(unit, 2)):
                continue
            left = [p for p in rest if p not in (a, b)]
            if _fresh_even_or_trio(left, used, False):
                return True
    return False


def _fresh_even_or_trio(people, used, trio_allowed) -> bool:
    if not people:
        return True
    if len(people) == 1:
        return False
    if trio_allowed or len(people) % 2 == 1:
        return _brute_force_fresh_exists(people, used)
    first, rest = people[0], people[1:]
    for partner in rest:
        if frozenset((first, partner)) in used:
            continue
        if _fresh_even_or_trio([p for p in rest if p != partner], used, False):
            return True
    return False


def _pairings(people):
    """Every partition into pairs (one trio if odd), by brute force."""
    if not people:
        yield []
        return
    first, rest = people[0], people[1:]
    if len(people) == 3:
        yield [tuple(people)]
        return
    for partner in rest:
        left = [p for p in rest if p != partner]
        if len(left) == 1:
            continue
        for tail in _pairings(left):
            if len(people) % 2 == 0 or any(len(u) == 3 for u in tail):
                yield [(first, partner), *tail]
    if len(people) % 2 == 1:
        for a, b in combinations(rest, 2):
            left = [p for p in rest if p not in (a, b)]
            for tail in _pairings(left):
                if all(len(u) == 2 for u in tail):
                    yield [(first, a, b), *tail]


units = st.lists(st.sampled_from([f"p{i}" for i in range(9)]), min_size=2, max_size=3, unique=True)


@given(
    st.lists(st.sampled_from([f"p{i}" for i in range(9)]), min_size=2, max_size=9, unique=True),
    st.lists(units, max_size=10),
    st.lists(units, max_size=5),
    st.integers(0, 10_000),
)
@settings(max_examples=150, deadline=None)
def test_also_avoid_only_breaks_ties_of_the_history(people, history, also, seed):
    used, second = used_pairs(history), used_pairs(also)

    def costs(pairing):
        pairs = used_pairs(pairing)
        return len(pairs & used), len(pairs & second)

    pairing = make_pairs(people, history, random.Random(seed), also_avoid=also)
    _check_partition(pairing, people)
    assert costs(pairing) == min(costs(option) for option in _pairings(people))


def test_brute_force_pairings_are_complete():
    assert len(list(_pairings(list("abcd")))) == 3
    assert len(list(_pairings(list("abcdef")))) == 15
    assert len(list(_pairings(list("abcde")))) == 10
    assert len(list(_pairings(list("abcdefg")))) == 105
