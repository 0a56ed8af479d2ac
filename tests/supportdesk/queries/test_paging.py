"""One list API shape for every list page: ``<kind>_page(db, f, *, sort, descending,
offset, limit) -> (rows, total)``, the same rows as ``list_<kind>``, and a total that is
either right or None (never a wrong number)."""

from __future__ import annotations

import pytest

from supportdesk.queries import advice_talks, focus_groups, local_governments, trajectories
from supportdesk.queries.paging import total_if_known

KINDS = {
    "advice_talks": (advice_talks, advice_talks.AdviceTalkFilter),
    "local_governments": (local_governments, local_governments.LocalGovernmentFilter),
    "trajectories": (trajectories, trajectories.TrajectoryFilter),
    "focus_groups": (focus_groups, focus_groups.FocusGroupFilter),
}


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_list_has_a_page_with_its_total(db, history, kind):
    module, make_filter = KINDS[kind]
    page = getattr(module, f"{kind}_page")
    listed = getattr(module, f"list_{kind}")
    count = getattr(module, f"count_{kind}")
    f = make_filter()
    n = count(db, f)
    assert n >= 1

    rows, total = page(db, f, sort=module.SORT_KEYS[0], descending=False, offset=0, limit=None)
    assert total == n == len(rows)
    assert rows == listed(db, f, sort=module.SORT_KEYS[0], descending=False, limit=None)

    first, total = page(db, f, offset=0, limit=1)
    assert len(first) == 1 and total in (n, None if n > 1 else n)
    _rest, total = page(db, f, offset=n + 5, limit=10)
    assert total in (None, n)  # past the end: not known, or right


def test_the_total_a_page_tells_by_itself():
    assert total_if_known([1, 2], offset=0, limit=5) == 2
    assert total_if_known([1, 2], offset=0, limit=None) == 2
    assert total_if_known([], offset=0, limit=5) == 0
    assert total_if_known([1, 2], offset=0, limit=2) is None  # there may be more
    assert total_if_known([1], offset=4, limit=5) is None  # the rows before are not seen
