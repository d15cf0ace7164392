"""Events from grouped mentions: claims per claimant, actors, date, places, fatalities.

Used by the ``incidents`` stage. A group whose specific mention is territory changing
hands becomes one event per place taken, and one that names places together ("shelled
A and B") one event per place; claims that give figures for the whole operation stay
with the first of those events, so that no figure is counted twice.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import replace
from typing import Any

from frontlog.records import Actor, Claim, Count, DateSpan, Event, Evidence, Materiel, Place
from frontlog.report import ActorMention, ClaimDraft, Mention, PlaceMention, Report
from frontlog.stages import reconcile
from frontlog.stages.taxonomy import PRECEDENCE, event_type, kind_of_target

ROLES = ("actor1", "actor2", "assoc_actor1", "assoc_actor2")


def build_events(
    report: Report, groups: Sequence[Sequence[Mention]], *, policy: str
) -> list[Event]:
    events: list[Event] = []
    for mentions in groups:
        main = min(mentions, key=lambda m: (PRECEDENCE.index(m.family), m.sentence))
        actors = _actors(mentions, main)
        kinds = {r: a.kind for r, a in actors}
        target = kind_of_target(dict(actors).get("actor2"))
        if target is None and any(
            c.side and c.side.startswith("Civilians")
            for m in mentions
            for c in m.claim.killed + m.claim.injured
        ):
            target = "civilians"
        if target is None and kinds.get("actor1") and _unarmed_victims(mentions, main):
            target = "civilians"  # "armed men killed a social leader": one-sided
        etype, sub = event_type(main.family, actor1_kind=kinds.get("actor1"), target_kind=target)
        date = _date(mentions, main)
        targets = (
            _split_targets(report, main)
            if main.family == "territory"
            else _conjoined_places(report, main)
        )
        places_sets = [[t] for t in targets] or [_places(mentions)]
        told = _figures_told_at(main, targets)
        for index, places in enumerate(places_sets):
            keep = mentions if index == told else _for_another_place(mentions)
            kind = _abroad(sub, actors, places)
            events.append(
                _event(report, keep, actors, etype, kind, date, places, main, policy=policy)
            )
    return events


def _abroad(
    sub: str, actors: list[tuple[str, ActorMention]], places: Sequence[PlaceMention]
) -> str:
    """A state's forces taking a place in another country overtake it, as a non-state
    actor does (ACLED's rule): "Russian troops captured Ocheretyne" is no regaining."""
    if sub != "Government regains territory":
        return sub
    actor1 = next((a for r, a in actors if r == "actor1"), None)
    where = next((p.resolved.country for p in places if p.resolved is not None), None)
    if actor1 is not None and actor1.country and where and actor1.country != where:
        return "Non-state actor overtakes territory"
    return sub


NO_ENEMY = ("not due to", "accident", "not the result of", "friendly fire", "malfunction")


def _perpetrator_disputed(mentions: Sequence[Mention], claims: Sequence[Claim]) -> tuple[str, ...]:
    """ "actor1" when claimants name different attackers, or one says there was none."""
    named: dict[str, set[str]] = {}
    for m in mentions:
        key = m.claim.claimant or ""
        named.setdefault(key, set()).update(a.name for r, a in m.actors if r == "actor1")
    attackers = {frozenset(v) for v in named.values() if v}
    no_enemy = any(c.cause and any(w in c.cause.lower() for w in NO_ENEMY) for c in claims)
    if len(attackers) > 1 or (attackers and no_enemy):
        return ("actor1",)
    return ()


ONE_SIDED = ("behead", "execut", "massacr", "slit", "lynch", "hacked", "flog")


def _unarmed_victims(mentions: Sequence[Mention], main: Mention) -> bool:
    """A killing (not a battle) whose dead belong to no armed side; an execution, a
    beheading or a massacre always (ACLED: captives killed are victims, not fighters)."""
    if main.family not in ("casualty", "clash"):
        return False
    words = [e.text.lower() for m in mentions for e in m.claim.evidence if e.field == "trigger"]
    if any(w.startswith(ONE_SIDED) for w in words):
        return True
    if main.family != "casualty":
        return False
    dead = [c for m in mentions for c in m.claim.killed]
    return bool(dead) and all(c.side is None for c in dead)


def _figures_told_at(main: Mention, targets: Sequence[PlaceMention]) -> int:
    """Which of the places named together the figures are told for: the one named again
    after them ("shelled A and B, killing two civilians in B"), else the first."""
    names = [t.name.lower() for t in targets]
    last = max((t.end for t in targets), default=0)
    again = (p.name.lower() for p in main.places if p.start >= last and p.name.lower() in names)
    return names.index(next(again, names[0])) if names else 0


def _for_another_place(mentions: Sequence[Mention]) -> list[Mention]:
    """What the event of a place the figures are not told for keeps. The figures stay
    with one place's event (``_figures_told_at``), so nothing is counted twice: the
    mentions without figures, or, when all have figures, the first one without them
    (the claim that it happened)."""
    plain = [m for m in mentions if _without_figures(m).claim == m.claim]
    return plain or [_without_figures(mentions[0])]


def _without_figures(m: Mention) -> Mention:
    counted = {"killed", "injured", "abducted", "arrested", "captured_or_destroyed"}
    evidence = tuple(e for e in m.claim.evidence if e.field not in counted)
    claim = replace(
        m.claim, killed=(), injured=(), abducted=(), arrested=(), materiel=(), evidence=evidence
    )
    return replace(m, claim=claim)


def _event(
    report: Report,
    mentions: Sequence[Mention],
    actors: list[tuple[str, ActorMention]],
    etype: str,
    sub: str,
    date: DateSpan,
    places: list[PlaceMention],
    main: Mention,
    *,
    policy: str,
) -> Event:
    resolved = [p.resolved for p in places if p.resolved is not None]
    primary = resolved[0] if resolved else _nowhere(report)
    key = f"{report.document_id}|{sub}|{date.start}|{primary.name}|{main.trigger.start}"
    event_id = "ev-" + hashlib.sha256(key.encode()).hexdigest()[:16]
    actor2 = next((a.name for r, a in actors if r == "actor2"), None)
    claims = _claims(report, event_id, mentions, actor2)
    figures = sum(1 for c in claims if c.killed or c.injured)
    confidence = 0.4 + 0.15 * bool(actors) + 0.15 * (primary.geo_precision < 3)
    confidence += 0.15 * (date.precision == 1) + 0.1 * bool(figures)
    return Event(
        event_id=event_id,
        event_type=etype,
        sub_event_type=sub,
        date=date,
        location=primary,
        locations=tuple(resolved) or (primary,),
        actors=tuple(
            Actor(role, a.name, a.text, a.kind, a.country)  # type: ignore[arg-type]
            for role, a in actors
        ),
        fatalities=reconcile.fatalities(claims, policy=policy),
        claims=tuple(claims),
        disputed=reconcile.disputed(claims) + _perpetrator_disputed(mentions, claims),
        number_of_sources=1,
        confidence=round(min(confidence, 0.95), 2),
    )


def _actors(mentions: Sequence[Mention], main: Mention) -> list[tuple[str, ActorMention]]:
    """Roles of the most specific mention first; the others fill what it leaves open."""
    chosen: dict[str, ActorMention] = {}
    for m in [main, *[m for m in mentions if m is not main]]:
        for role, actor in m.actors:
            names = {a.name for a in chosen.values()}
            both_sides = role == "actor2" and (  # rivals, or two mobs
                chosen.get("actor1") is actor or actor.kind == "rioters"
            )
            if actor.name in names and not both_sides:
                continue
            if role not in chosen:
                chosen[role] = actor
            elif _names_the_unnamed(chosen[role], actor):  # "militants attacked …";
                chosen[role] = actor  # "the TTP said it had carried out the attack"
            elif role.startswith("actor") and f"assoc_{role}" not in chosen:
                chosen[f"assoc_{role}"] = actor
    if "actor2" not in chosen:
        for m in mentions:
            for count in m.claim.killed + m.claim.injured:
                side = count.side
                taken = {a.name for a in chosen.values()}
                if side and side not in taken and "actor2" not in chosen:
                    chosen["actor2"] = ActorMention(side, _kind(side), None, 0, 0, count.text)
    return [(r, chosen[r]) for r in ROLES if r in chosen]


def _names_the_unnamed(unnamed: ActorMention, named: ActorMention) -> bool:
    """A named armed group of the same country stands for the unidentified one."""
    return (
        unnamed.name.startswith("Unidentified Armed Group")
        and not named.generic
        and named.kind in ("rebel", "political_militia", "identity_militia")
        and named.country in (None, unnamed.country)
    )


def _kind(name: str) -> str:
    return "civilians" if name.startswith("Civilians") else "state"


def _date(mentions: Sequence[Mention], main: Mention) -> DateSpan:
    dated = [m for m in mentions if m.date is not None]
    with_words = [m for m in dated if m.date_evidence is not None]
    pool = with_words or dated
    pool.sort(key=lambda m: (m is not main, m.date.precision if m.date else 9, m.sentence))
    if pool and pool[0].date is not None:
        return pool[0].date
    raise ValueError("a mention without a date reached the incidents stage")


def _split_targets(report: Report, main: Mention) -> list[PlaceMention]:
    """The places a territory verb took, each once (a place named twice is one place)."""
    found: dict[str, PlaceMention] = {}
    for p in main.places:
        if p.start > main.trigger.start and p.level == "place":
            found.setdefault(p.name.lower(), p)
    return list(found.values())


def _conjoined_places(report: Report, main: Mention) -> list[PlaceMention]:
    """Places named together ("shelled Kafr Nabudah and Khan Sheikhoun", "bus stations
    in Jableh and Tartus"): ACLED's unit is one event per place, so each gets its own.
    Places "near A and B" name one area between them, and stay one event."""
    places = sorted(
        (
            p
            for p in main.places
            if p.level == "place" and p.end > p.start and p.relation in ("in", "object")
        ),
        key=lambda p: p.start,
    )
    run: list[PlaceMention] = places[:1]
    joined = ""
    for before, after in itertools.pairwise(places):
        between = report.text[before.end : after.start].strip(" ,")
        if between not in ("and", "") or before.name.lower() == after.name.lower():
            break
        run.append(after)
        joined = between
    # a list ends in "and"; "Suarez, Cauca" is a place and its province
    return run if len(run) > 1 and joined == "and" else []


def _places(mentions: Sequence[Mention]) -> list[PlaceMention]:
    specific = [m for m in mentions if not m.generic] or list(mentions)
    found: dict[str, PlaceMention] = {}
    for m in specific:
        for p in m.places:
            found.setdefault(p.name.lower(), p)
    places = list(found.values())
    named = [p for p in places if p.level == "place"]
    places = named or places
    return sorted(places, key=lambda p: p.resolved.where_prec if p.resolved else 9)


def _nowhere(report: Report) -> Place:
    country = report.countries[0] if report.countries else None
    return Place("unknown", None, None, None, None, country, None, None, 3, 6, None, fallback=True)


def _claims(
    report: Report, event_id: str, mentions: Sequence[Mention], actor2: str | None
) -> list[Claim]:
    by_claimant: dict[str | None, list[ClaimDraft]] = {}
    for m in mentions:
        extra = [m.date_evidence] if m.date_evidence is not None else []
        extra += [report.evidence("location", p.start, p.end) for p in m.places if p.end > p.start]
        extra += [report.evidence(r, a.start, a.end) for r, a in m.actors if a.end > a.start]
        by_claimant.setdefault(m.claim.claimant, []).append(_with_evidence(m.claim, extra))
    outlet = report.meta.original_source.outlet if report.meta.original_source else None
    outlet = outlet or report.meta.outlet
    claims = []
    for claimant, drafts in by_claimant.items():
        name = claimant or outlet or "unknown outlet"
        claim_key = f"{event_id}|{name}"
        evidence: dict[tuple[str, int, int], Evidence] = {}
        for d in drafts:
            for e in d.evidence:
                evidence.setdefault((e.field, e.start, e.end), e)
        claims.append(
            Claim(
                claim_id="cl-" + hashlib.sha256(claim_key.encode()).hexdigest()[:16],
                document_id=report.document_id,
                claimant=name,
                claimant_kind=drafts[0].claimant_kind if claimant else "media",  # type: ignore[arg-type]
                reported_by=report.meta.outlet,
                stance=_stance(drafts, claimant),
                killed=_unique(c for d in drafts for c in d.killed),
                injured=_unique(c for d in drafts for c in d.injured),
                abducted=_unique(c for d in drafts for c in d.abducted),
                arrested=_unique(c for d in drafts for c in d.arrested),
                captured_or_destroyed=tuple(
                    _side(mat, actor2) for d in drafts for mat in d.materiel
                ),
                cause=next((d.cause for d in drafts if d.cause), None),
                means=tuple(dict.fromkeys(x for d in drafts for x in d.means)),
                evidence=tuple(sorted(evidence.values(), key=lambda e: (e.start, e.field))),
            )
        )
    return claims


def _stance(drafts: list[ClaimDraft], claimant: str | None) -> Any:
    if any(d.stance == "denied" for d in drafts):
        return "denied"
    return "claimed" if claimant else "asserted"


def _with_evidence(draft: ClaimDraft, extra: list[Evidence]) -> ClaimDraft:
    return replace(draft, evidence=(*draft.evidence, *extra))


def _unique(counts: Iterable[Count]) -> tuple[Count, ...]:
    seen: dict[str, Count] = {}
    for c in counts:
        seen.setdefault(c.text, c)
    return tuple(seen.values())


def _side(m: Materiel, actor2: str | None) -> Materiel:
    return m if m.side or actor2 is None else replace(m, side=actor2)
