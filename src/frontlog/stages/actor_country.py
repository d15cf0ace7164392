"""Whose country a generic actor ("troops", "villagers", "the government") belongs to,
and a country named as the doer ("Israel struck Gaza"), for the ``actors`` stage."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import Any

from frontlog.context import Context
from frontlog.lexicon import ActorEntry, Lexicon
from frontlog.records import Count
from frontlog.report import ActorMention, Mention, Report
from frontlog.stages import syntax
from frontlog.stages.actor_match import (
    UNPLACED,
    country_isos,
    find_actors,
    forces_of,
    inside_a_name,
)
from frontlog.stages.role_rules import BLAME, SENT


def generic_country(report: Report, ctx: Context, mention: Mention) -> str | None:
    """Whose "troops" or "villagers" a generic word names: the country of the event's
    place, else the country the report is about, else that of a named actor of the
    sentence ("ADF rebels killed 12 villagers": Congolese villagers). Talks are often
    held abroad, so in an agreement a named party's country comes first ("the
    government and the ELN signed a deal in Havana": Colombia's government)."""
    start, end = report.sentences[mention.sentence]
    home = (
        _named_home(report.text[start:end], start, ctx) if mention.family == "agreement" else None
    )
    if home:
        return home
    # a border the men came across is not where the event is: "gunmen from across the
    # border in Congo attacked a post in Gatumba" are Burundi's concern
    for place in sorted(mention.places, key=lambda p: p.relation == "border"):
        if place.resolved is not None and place.resolved.country and place.end > place.start:
            return place.resolved.country
    if report.countries:
        return report.countries[0]
    return _named_home(report.text[start:end], start, ctx) or _demonym_country(
        report.text[start:end], ctx
    )


def _named_home(sentence: str, start: int, ctx: Context) -> str | None:
    """The country of the first actor the sentence names (not a generic word)."""
    named = find_actors(sentence, start, ctx.lexicon, country=None)
    return next(  # foreign forces ("Wagner mercenaries") fight abroad
        (a.country for a in named if a.country and not a.generic and a.kind != "external"), None
    )


ABROAD = re.compile(  # a nationality word for forces that may strike abroad
    r"\s+(?:warplanes?|jets?|aircraft|drones?|helicopters?|artillery|tanks?|navy|warships?"
    r"|missiles?|air\s?strikes?)\b",
    re.IGNORECASE,
)


def _demonym_country(sentence: str, ctx: Context) -> str | None:
    """The country of the first nationality word: "Egyptian demonstrators rioted"; not of
    forces that may be abroad ("Russian warplanes … killing a shepherd": not a Russian)."""
    found = [
        (match.start(), -len(dem), iso)
        for dem, iso in ctx.lexicon.demonyms.items()
        if (match := re.search(rf"(?<![\w-]){re.escape(dem)}(?![\w-])", sentence))
        and not inside_a_name(sentence, match.start(), match.end())  # "Datu Saudi Ampatuan"
        and not ABROAD.match(sentence, match.end())
    ]  # the first, and of two at one place the longer: "South Sudanese", not "Sudanese"
    return min(found)[2] if found else None


def placed_sides(mention: Mention, lexicon: Lexicon, country: str | None) -> Mention:
    """The mention with the sides of its dead and wounded named for ``country`` where
    counting, before the places were known, left them without one ("killing six
    spectators" in Gwoza: Civilians (Nigeria))."""
    if country is None:
        return mention
    templates = _templates(lexicon)

    def placed(counts: tuple[Count, ...]) -> tuple[Count, ...]:
        return tuple(
            replace(c, side=lexicon.named_for(templates[c.side], country))
            if c.side in templates
            else c
            for c in counts
        )

    claim = replace(
        mention.claim, killed=placed(mention.claim.killed), injured=placed(mention.claim.injured)
    )
    return replace(mention, claim=claim)


@cache
def _templates(lexicon: Lexicon) -> dict[str, str]:
    """A generic actor's name without a country ("Civilians") → its template."""
    return {UNPLACED.sub("", a.name): a.name for a in lexicon.actors if a.generic}


CHAINED = ("advcl", "conj", "xcomp")


def country_as_subject(
    roles: list[tuple[str, ActorMention]],
    report: Report,
    mention: Mention,
    ctx: Context,
    *,
    governing: bool,
) -> list[tuple[str, ActorMention]]:
    """ "Azerbaijan launched an offensive", "Israel struck Gaza": a country that acts
    by force acts through its military (ACLED names it so). A country that signs or
    agrees ("the United States and the Taliban signed a deal") is its government."""
    if any(r == "actor1" for r, _ in roles) and not governing:
        return roles
    trigger = syntax.span_of(report.doc, mention.trigger.start, mention.trigger.end)
    if trigger is None:
        return roles
    verb = trigger.root
    if verb.pos_ == "NOUN" and verb.dep_ in ("dobj", "nsubjpass"):
        verb = verb.head  # "launched an offensive"
    for _ in range(2):  # "Israel struck Gaza, killing 12": the subject of the main verb
        if any(c.dep_ == "nsubj" for c in verb.children) or verb.dep_ not in CHAINED:
            break
        verb = verb.head
    isos = country_isos(ctx.lexicon)
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    subjects += [by for c in [verb, *subjects] for by in _by_whom(c)]
    if not governing:  # "…, the group said, blaming Turkey": whom a claimant blames
        subjects += [
            c for t in trigger.sent if t.lemma_ in BLAME for c in t.children if c.dep_ == "dobj"
        ]
    for subject in [s for c in subjects for s in syntax.conjuncts(c) if s.pos_ == "PROPN"]:
        # the name's words, whatever entity the model made of it ("Azerbaijan" is an ORG)
        words = report.doc[subject.left_edge.i : subject.i + 1]
        name = " ".join(t.text for t in words if t.pos_ == "PROPN")
        if name not in isos:
            continue
        entry = _government(ctx) if governing else forces_of(ctx.lexicon, isos[name])
        if entry is None:
            continue
        at = subject.idx
        named = ctx.lexicon.named_for(entry.name, isos[name])
        found = ActorMention(
            named, entry.kind, isos[name], at, at + len(subject.text), subject.text
        )
        if not governing:
            return [("actor1", found), *[(r, a) for r, a in roles if a.name != named]]
        if all(a.name != named for _, a in roles):
            roles = [*roles, ("assoc_actor1" if roles else "actor1", found)]
    return roles


def _by_whom(token: Any) -> list[Any]:
    """Who a passive verb, or a thing sent, names as its doer: "Kharkiv was shelled by
    Russia", "a drone launched by Ukraine"."""
    sent = [c for c in token.children if c.dep_ == "acl" and c.lemma_ in SENT]
    verbs = [token, *sent]  # not "forces backed by the UAE", which are not its own
    return [
        g for v in verbs for a in v.children if a.dep_ == "agent" for g in a.children
        if g.dep_ == "pobj"
    ]  # fmt: skip


def _government(ctx: Context) -> ActorEntry | None:
    return next(
        (a for a in ctx.lexicon.actors if a.generic and a.name.startswith("Government")), None
    )
