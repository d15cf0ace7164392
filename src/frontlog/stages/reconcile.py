"""Reconciling claims: fatalities low/best/high, and the fields claimants disagree on.

Per claim, the killed figure is the sum over sides of each count (a vague word counts
its convention figure, ``low``). Across claims, ``low`` is the smallest figure, ``high``
the largest, and ``best`` follows the policy: ``conservative`` (ACLED's choice, the
smallest figure, the default), or ``median``.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from frontlog.records import Claim, Count, Fatalities

POLICIES = ("conservative", "median", "maximum")


def total(counts: Sequence[Count]) -> tuple[int, int | None] | None:
    """(figure, upper bound) of a list of counts, or None when none gives a number."""
    figure, high, any_number = 0, 0, False
    high_known = True
    for c in counts:
        value = c.count if c.count is not None else c.low
        if value is None:
            continue
        any_number = True
        figure += value
        upper = c.high if c.high is not None else (c.count if c.count is not None else None)
        if upper is None:
            high_known = False
        else:
            high += upper
    if not any_number:
        return None
    return figure, high if high_known else None


def fatalities(claims: Sequence[Claim], *, policy: str = "conservative") -> Fatalities:
    figures = [t for t in (total(c.killed) for c in claims) if t is not None]
    if not figures:
        return Fatalities(None, None, None)
    values = [f for f, _ in figures]
    highs = [h if h is not None else f for f, h in figures]
    if policy == "median":
        best = int(statistics.median_low(values))
    elif policy == "maximum":
        best = max(values)
    else:
        best = min(values)
    return Fatalities(low=min(values), best=best, high=max(highs + values))


def disputed(claims: Sequence[Claim]) -> tuple[str, ...]:
    """Fields on which the claims disagree."""
    out = []
    killed = {t[0] for t in (total(c.killed) for c in claims) if t is not None}
    if len(killed) > 1:
        out.append("fatalities")
    injured = {t[0] for t in (total(c.injured) for c in claims) if t is not None}
    if len(injured) > 1:
        out.append("injured")
    causes = {c.cause.lower() for c in claims if c.cause}
    if len(causes) > 1:
        out.append("cause")
    if any(c.stance == "denied" for c in claims) and any(c.stance != "denied" for c in claims):
        out.append("occurrence")
    return tuple(out)
