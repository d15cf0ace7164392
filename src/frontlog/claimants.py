"""The claimant record: who made how many claims, and how their figures compare.

For every incident in which a claimant gives a fatality figure and at least one
*other* claimant gives one too, the claimant's figure is divided by the median of the
other claimants' figures. ``median_ratio`` is the median of those ratios over all such
incidents: above 1, the claimant's figures tend to be higher than others'; below 1,
lower. An incident where the others' median is 0 is left out of the ratio (a ratio to
nothing says nothing) but still counts in ``compared``.

This is information for an analyst reading a claimant's figures, not a verdict on the
claimant: the others may be the ones who are wrong, and a claimant that reports more
of its own losses scores higher too.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from frontlog.merge.combine import claim_of
from frontlog.stages.reconcile import total


@dataclass
class ClaimantRecord:
    claimant: str
    kind: str
    claims: int = 0
    events: int = 0
    denials: int = 0
    compared: int = 0  # incidents where another claimant gives a figure too
    ratios: list[float] = field(default_factory=list)

    @property
    def median_ratio(self) -> float | None:
        return round(statistics.median(self.ratios), 2) if self.ratios else None


def claimant_records(events: Iterable[dict[str, Any]]) -> list[ClaimantRecord]:
    """One record per claimant, most claims first."""
    records: dict[str, ClaimantRecord] = {}
    for event in events:
        figures: dict[str, int] = {}
        for claim in event["claims"]:
            name = claim["claimant"]
            record = records.setdefault(name, ClaimantRecord(name, claim["claimant_kind"]))
            record.claims += 1
            record.denials += claim["stance"] == "denied"
            figure = _killed(claim)
            if figure is not None:
                figures[name] = figure  # a later claim by the same claimant updates it
        for name in {c["claimant"] for c in event["claims"]}:
            records[name].events += 1
        for name, figure in figures.items():
            others = [f for other, f in figures.items() if other != name]
            if not others:
                continue
            records[name].compared += 1
            middle = statistics.median(others)
            if middle > 0:
                records[name].ratios.append(figure / middle)
    return sorted(records.values(), key=lambda r: (-r.claims, r.claimant))


def _killed(claim: dict[str, Any]) -> int | None:
    found = total(claim_of(claim).killed)
    return found[0] if found is not None else None
