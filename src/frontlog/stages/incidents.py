"""Stage ``incidents``: mentions of one incident in a report become one event.

Rules, in order, for each mention:

1. A supplement ("the incident was not due to enemy contact") joins the latest event
   its claimant speaks about, else the latest event.
2. An anaphoric mention ("during the operation", "in the clashes", "said it had
   carried out the attack") joins the latest event within two sentences; a named group
   that claims it stands for the event's unidentified armed group (``build``).
3. A generic mention without a place of its own (a death, an operation) joins the latest
   event within two sentences whose actors it shares.
4. A specific mention absorbs a generic-only event of the sentence or two before it
   with the same actors ("carried out an air landing operation" → "liberated …").
5. Any mention joins an earlier event of a compatible kind, on the same day, with an
   overlapping actor acted on, and places that agree: the same place, or one place a
   coarse area (a province, "northern Iraq") containing the other.

Otherwise it starts a new event. Territory changing hands is one event per place.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from frontlog.context import Context
from frontlog.report import Mention, PlaceMention, Report
from frontlog.stages.build import build_events

REQUIRES = ("mentions", "meta")
ASSIGNS = ("events",)
WINDOW = 2


@dataclass
class Cluster:
    mentions: list[Mention] = field(default_factory=list)

    @property
    def last(self) -> int:
        return self.mentions[-1].sentence

    @property
    def generic_only(self) -> bool:
        return all(m.generic for m in self.mentions)

    def actors(self, role: str | None = None) -> set[str]:
        return {a.name for m in self.mentions for r, a in m.actors if role in (None, r)}

    def claimants(self) -> set[str | None]:
        return {m.claim.claimant for m in self.mentions}

    def families(self) -> set[str]:
        return {m.family for m in self.mentions if not m.generic}


def run(report: Report, ctx: Context, *, policy: str = "conservative") -> Report:
    clusters = group(list(report.mentions))
    events = build_events(report, [c.mentions for c in clusters], policy=policy)
    return replace(report, events=tuple(events))


def group(mentions: list[Mention]) -> list[Cluster]:
    clusters: list[Cluster] = []
    for m in mentions:
        target = _target(clusters, m)
        if target is None:
            clusters.append(Cluster([m]))
        else:
            target.mentions.append(m)
    return [c for c in clusters if not all(m.supplement for m in c.mentions)]


def _target(clusters: list[Cluster], m: Mention) -> Cluster | None:
    recent = clusters[-1] if clusters and m.sentence - clusters[-1].last <= WINDOW else None
    if recent is not None and not m.date_carried and not _dates_overlap(recent, m):
        recent = None  # its own sentence dates it elsewhere: "Today, multiple attacks …"
    own_places = [p for p in m.places if p.end > p.start]  # written in the sentence
    actors = {a.name for _, a in m.actors}
    if m.supplement:
        same = [c for c in clusters if m.claim.claimant and m.claim.claimant in c.claimants()]
        return same[-1] if same else recent
    if m.anaphoric and clusters and (m.date_carried or _dates_overlap(clusters[-1], m)):
        return clusters[-1]  # "the attacks occurred …": the latest event, however far back
    # no role held by different actors: "the junta's aircraft bombed"; "17 people were
    # killed" (who did it in one, whom it hit in the other)
    shares_actors = recent is not None and (
        bool(actors & recent.actors()) or _roles_agree(recent, m)
    )
    if recent is not None and shares_actors and m.generic and not own_places:
        return recent
    if recent is not None and shares_actors and not m.generic and recent.generic_only:
        return recent
    for cluster in reversed(clusters):
        if _compatible(cluster, m):
            return cluster
    return None


def _roles_agree(cluster: Cluster, m: Mention) -> bool:
    """No role held by different actors in the cluster and the mention (true when
    either names none)."""
    for role in ("actor1", "actor2"):
        mine, theirs = {a.name for r, a in m.actors if r == role}, cluster.actors(role)
        if mine and theirs and not mine & theirs:
            return False
    return True


def _compatible(cluster: Cluster, m: Mention) -> bool:
    families = cluster.families()
    if not m.generic and families and m.family not in families:
        return False
    if not _dates_overlap(cluster, m):
        return False
    targets = {a.name for r, a in m.actors if r == "actor2"}
    if not targets or not targets & cluster.actors("actor2"):
        return False
    theirs = [p for c in cluster.mentions for p in _usable(c.places)]
    return any(_places_agree(a, b) for a in _usable(m.places) for b in theirs)


def _usable(places: tuple[PlaceMention, ...]) -> list[PlaceMention]:
    """A province or country stands for the event only when nothing finer is named."""
    finer = [p for p in places if p.level == "place"]
    return finer or list(places)


def _dates_overlap(cluster: Cluster, m: Mention) -> bool:
    if m.date is None:
        return True
    return any(
        c.date.start <= m.date.end and m.date.start <= c.date.end
        for c in cluster.mentions
        if c.date is not None
    )


def _places_agree(a: PlaceMention, b: PlaceMention) -> bool:
    """The same place, or a coarse area named as such containing the other place.

    A named place resolved only to a stand-in (its province) is a different place from
    every other named place, unless the names are the same.
    """
    pa, pb = a.resolved, b.resolved
    if pa is None or pb is None or pa.country != pb.country:
        return False
    if a.fallback or b.fallback:
        if (a.fallback and b.fallback) or a.level == b.level == "place":
            return a.name.lower() == b.name.lower()
    elif pa.place_id and pa.place_id == pb.place_id and pa.where_prec <= 2:
        return True
    (coarse, coarse_m), (fine, _) = sorted(((pa, a), (pb, b)), key=lambda pm: -pm[0].where_prec)
    if coarse_m.fallback or coarse_m.level == "place":
        return False
    if coarse.where_prec >= 5:  # a part of the country, or the country
        return True
    return coarse.where_prec == 4 and coarse.admin1 == fine.admin1
