"""Every published cell counts at least 5, and differencing published figures isolates nobody."""

import itertools
import random

from hypothesis import given, settings
from hypothesis import strategies as st

from territory.privacy import MERGED_CODE, MIN_CELL, protect


def cells(**counts):
    return [{"code": code, "label": code.title(), "count": count} for code, count in counts.items()]


def as_dict(published):
    return {cell["code"]: cell["count"] for cell in published}


def test_big_cells_are_published_as_they_are():
    published, total, suppressed = protect(cells(a=12, b=7, c=5))
    assert as_dict(published) == {"a": 12, "b": 7, "c": 5}
    assert (total, suppressed) == (24, False)


def test_small_cells_are_merged_and_empty_ones_left_out():
    published, total, _ = protect(cells(a=12, b=3, c=2, d=0))
    assert as_dict(published) == {"a": 12, MERGED_CODE: 5}
    assert total == 17


def test_a_lone_small_cell_pulls_the_smallest_published_one_into_the_merge():
    # Publishing a=20, b=6 and total 29 would reveal c=3 by subtraction.
    published, total, _ = protect(cells(a=20, b=6, c=3))
    assert as_dict(published) == {"a": 20, MERGED_CODE: 9}
    assert total == 29


def test_a_table_with_fewer_than_five_cases_is_hidden():
    assert protect(cells(a=2, b=2)) == ([], None, True)
    assert protect(cells(a=0)) == ([], None, True)


def _check(raw):
    published, total, suppressed = protect(raw)
    if suppressed:
        assert published == [] and total is None
        assert sum(c["count"] for c in raw) < MIN_CELL
        return
    counts = [cell["count"] for cell in published]
    assert all(count >= MIN_CELL for count in counts)
    assert sum(counts) == total == sum(c["count"] for c in raw)
    # The attacker's subtraction: total minus any set of published cells is a sum of published
    # cells, never a hidden group under 5 people.
    for size in range(len(counts) + 1):
        for chosen in itertools.combinations(counts, size):
            rest = total - sum(chosen)
            assert rest == 0 or rest >= MIN_CELL
    # A category published on its own has exactly its raw count; merged ones are never published alone.
    raw_by_code = {c["code"]: c["count"] for c in raw}
    for cell in published:
        if cell["code"] != MERGED_CODE:
            assert cell["count"] == raw_by_code[cell["code"]] >= MIN_CELL


@settings(max_examples=300, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=8))
def test_any_table_is_safe(counts):
    _check([{"code": f"c{i}", "label": f"C{i}", "count": n} for i, n in enumerate(counts)])


def test_crafted_small_groups_in_many_random_tables():
    rng = random.Random(5)
    for _ in range(500):
        _check(
            [
                {"code": f"c{i}", "label": "", "count": rng.choice([0, 1, 2, 3, 4, 5, 6, 9, 14])}
                for i in range(6)
            ]
        )
