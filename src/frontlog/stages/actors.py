"""Stage ``actors``: who acted on whom, by role in the sentence, and the ACLED type.

Roles come from the parse, walking up from each actor's words: the subject of an event
verb acted (actor1), as did the agent of a passive ("led by Tiger Forces"); the object
of an event verb, the passive subject of one, the subject of "suffer" or "die", and the
object of "against", "on" or "behind" were acted on (actor2). A second distinct actor in
the same role is its associate ("the SAA and tribal forces"). Actors inside the
claimant's words ("the ISIS-linked news agency Amaq") are not parties to the event. Where
the parse says nothing, words before the trigger act and words after it are acted on.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from frontlog.context import Context
from frontlog.lexicon import ActorEntry
from frontlog.report import ActorMention, Mention, Report
from frontlog.stages import background, protest_scene, syntax
from frontlog.stages.actor_country import country_as_subject, generic_country, placed_sides
from frontlog.stages.actor_match import by_nationality, find_actors
from frontlog.stages.actor_nouns import laid_it, names_nobody
from frontlog.stages.counts import HURT, KILL
from frontlog.stages.crowds import crowd_roles, default_target, force_and_crowd
from frontlog.stages.defenders import DEFEND_VERBS, beat_back, doer_by
from frontlog.stages.role_rules import (
    ARMED_GROUPS,
    BLAME,
    PRONOUNS,
    RETREAT_VERBS,
    SAY,
    VICTIM_VERBS,
    blamed,
    by_preposition,
    by_verb,
    fell_to,
    first_conjunct,
    freed,
    handed_to,
    in_a_reason,
    left_it,
    not_the_victims,
    parties,
    promoted,
    says_it_did,
    speaker_entry,
    speaks_of_itself,
)
from frontlog.stages.taxonomy import event_type, kind_of_target

REQUIRES = ("doc", "sentences", "mentions", "countries")
ASSIGNS = ("mentions",)

FIND = {"find", "discover", "recover", "exhume", "uncover"}
HELD = {"hold", "control", "occupy"}  # "after ISWAP fighters had held the town"
ASSAULTS = {"ambush", "attack", "raid", "assault", "offensive", "incursion", "counterattack"}
ASSAULTS |= {"strike", "airstrike", "bombing", "shelling"}  # "a US drone strike"
# a thing "escorted", "guarded", "laid", "launched" or "frequented" by an actor is on its side
WITH_IT = {"escort", "guard", "man", "hold", "defend", "protect", "occupy", "lay", "plant"}
WITH_IT |= {"leave", "launch", "fire", "station", "deploy", "frequent", "use", "visit"}
OWNERS = {"run", "own", "operate", "bury", "hide", "stash", "store"}  # a cache "run by" the
# ELN, or "buried by" NPA rebels, when arms are seized


def run(report: Report, ctx: Context) -> Report:
    out: list[Mention] = []
    for given in report.mentions:
        country = generic_country(report, ctx, given)
        mention = placed_sides(given, ctx.lexicon, country)
        start, end = report.sentences[mention.sentence]
        found = find_actors(
            report.text[start:end], start, ctx.lexicon, country=country, unplaced=True
        )
        claimant_spans = [(e.start, e.end) for e in mention.claim.evidence if e.field == "claimant"]
        found = [
            a
            for a in found
            if not any(s <= a.start and a.end <= e for s, e in claimant_spans)
            or speaks_of_itself(report, a, mention.trigger.start)
        ]
        backing = mention.family == "arrest"  # those arrested: the group they are
        # suspected of belonging to, not the one they are accused of supporting
        found = [
            a
            for a in found
            if not background.background_words(report.doc, a.start, a.end, backing=backing)
        ]
        roles = by_verb(_roles(report, ctx, mention, found), report, mention)
        roles = _with_claimant_side(roles, mention, report.text[start:end], ctx, start)
        roles = country_as_subject(
            roles, report, mention, ctx, governing=mention.family in GOVERNMENT_FAMILIES
        )
        roles = _claimant_said_it(roles, report, mention, ctx)
        if mention.family == "agreement":
            roles = parties(roles, report)
        if mention.family not in GOVERNMENT_FAMILIES:  # a government is a party to
            # agreements and changes; elsewhere it is talked about, not acting
            roles = [(r, a) for r, a in roles if not a.name.startswith("Government of")]
            if not mention.family.startswith("protest"):  # (what a protest is about
                roles = promoted(roles)  # stays so: "calling on the authorities to find …")
        roles = crowd_roles(roles, report, mention, ctx.lexicon, country)
        roles = force_and_crowd(roles, mention, ctx.lexicon, country)
        roles = default_target(  # the claimant's words ("police said") name no party
            roles, mention, report.text[start:end], start, ctx.lexicon, country, claimant_spans
        )
        kinds = {role: actor.kind for role, actor in roles}
        target_kind = kind_of_target(dict(roles).get("actor2")) or _victim_kind(mention)
        etype, sub = event_type(
            mention.family, actor1_kind=kinds.get("actor1"), target_kind=target_kind
        )
        out.append(replace(mention, actors=tuple(roles), event_type=etype, sub_event_type=sub))
    return replace(report, mentions=tuple(out))


def _victim_kind(mention: Mention) -> str | None:
    sides = [c.side for c in mention.claim.killed + mention.claim.injured if c.side]
    return "civilians" if any(s.startswith("Civilians") for s in sides) else None


def _roles(
    report: Report, ctx: Context, mention: Mention, found: list[ActorMention]
) -> list[tuple[str, ActorMention]]:
    event_lemmas = set(ctx.lexicon.triggers) | KILL | HURT | set(ctx.lexicon.materiel_verbs)
    event_lemmas |= {k for k in ctx.lexicon.frames if not k.startswith("_")}  # "was found"
    by_role: dict[str, list[ActorMention]] = {"actor1": [], "actor2": []}
    for actor in found:
        span = syntax.span_of(report.doc, actor.start, actor.end)
        if span is not None and (
            names_nobody(actor, span) or in_a_reason(span.root, event_lemmas)
        ):  # "police co-operation"; "after their station aired an interview with a Fano
            continue  # leader"
        protest = mention.family.startswith("protest")
        unnamed = actor.generic and not by_nationality(actor, ctx.lexicon)
        if protest and unnamed and span is not None and protest_scene.grieved(span.root):
            continue  # "marched to demand protection from armed groups": what it is about
            # (not "condemned ISIL's attacks", nor a named force protested against)
        # who withdrew from a place taken, or had held it, lost it
        losing = VICTIM_VERBS | (RETREAT_VERBS | HELD if mention.family == "territory" else set())
        silent = BLAME | (FIND if mention.family != "disrupted" else set())  # a cache found
        owned = OWNERS if mention.family == "disrupted" else set()
        role = None if span is None else _span_role(span.root, event_lemmas, losing, silent, owned)
        if span is not None:
            role = _by_how(role, span.root, mention)
            if role == "left" or (mention.family == "disrupted" and blamed(span.root)):
                continue  # who left a place handed over is no party to the transfer (ACLED),
                # nor whose bombs were defused ("destroyed three devices, blaming the ELN")
            if mention.family in ("territory", "clash") and freed(actor, span.root):
                continue  # "overran Debre Markos and freed 400 prisoners": no party
        said = span is not None and span.root.dep_ == "nsubj" and span.root.head.lemma_ in SAY
        if role == "actor1" and said and actor.kind == "civilians":
            role = "witness"  # "…; it wounded two soldiers, the mayor said": "it" is no mayor
        if role == "witness" and not (actor.kind == "civilians" or actor.generic):
            role = None  # "Al-Shabaab said it carried out the attack"; "police said" is no party
        if role is None:  # by place; one in the trigger's phrase ("a US drone strike") did it
            role = "actor1" if actor.start < mention.trigger.end else "actor2"
        if role in by_role:
            by_role[role].append(actor)
    by_role["actor1"] = not_the_victims(by_role["actor1"], by_role["actor2"])
    out: list[tuple[str, ActorMention]] = []
    taken: set[str] = set()
    rebels = any(not a.generic and a.kind == "rebel" for a in by_role["actor1"])
    for role, assoc in (("actor1", "assoc_actor1"), ("actor2", "assoc_actor2")):
        ordered = sorted(by_role[role], key=lambda a: (a.generic, a.start))  # named first
        lead = first_conjunct(report, by_role[role]) if mention.family == "territory" else None
        ordered = [lead, *[a for a in ordered if a is not lead]] if lead else ordered
        named = any(not a.generic and a.kind in ARMED_GROUPS for a in ordered)
        named = named or (role == "actor2" and rebels)  # "NPA guerrillas and troops
        # exchanged fire; two guerrillas were killed": the dead guerrillas are the NPA's
        for actor in ordered:
            if actor.name in taken or (named and actor.generic and actor.kind in ARMED_GROUPS):
                continue  # "NPA guerrillas … leaving two rebels dead": the rebels are the NPA
            taken.add(actor.name)
            out.append((role if not any(r == role for r, _ in out) else assoc, actor))
    return out


def _by_how(role: str | None, root: Any, mention: Mention) -> str | None:
    """The role set right by how the place or the fight went: "left" for who left a
    place handed over; "handed it over to the army", "Marib fell to the Houthis" (who
    took it); "security forces pushed them back" (who was attacked)."""
    if mention.family in ("territory", "transfer"):
        if mention.family == "transfer" and left_it(root):
            return "left"
        if handed_to(root) or fell_to(root):
            return "actor1"
    if role == "actor1" and mention.family == "clash" and beat_back(root, mention.trigger.start):
        return "actor2"  # (who took a place and "fought off counterattacks" still took it)
    if mention.family in ("remote", "ied") and laid_it(root):
        return "actor1"  # "stepped on a Houthi landmine": the Houthis laid it
    return role


def _span_role(
    root: Any,
    event_lemmas: set[str],
    losing: set[str],
    silent: set[str],
    owned: set[str] | frozenset[str],
) -> str | None:
    """A name that holds its preposition ("from government-held areas") has the
    preposition's role; any other, the role the parse gives its root."""
    if root.dep_ == "prep":
        return by_preposition(root)
    return _role(root, event_lemmas, losing, silent, owned)


def _role(
    token: Any,
    event_lemmas: set[str],
    losing: set[str],
    silent: set[str] | None = None,
    owned: set[str] | frozenset[str] = frozenset(),
) -> str | None:
    """The role the parse gives ``token``; ``silent``: verbs whose subject is no party
    (who blames, by default); ``owned``: participles whose doer has the thing as well
    as ``WITH_IT``'s ("a workshop run by Dawlah Islamiyah")."""
    silent = BLAME if silent is None else silent
    tok = token
    for _ in range(10):
        head = tok.head
        if head.i == tok.i:  # the root; a subject when the parser hung the verb on it
            hung = any(syntax.is_hung_main_verb(c) for c in tok.children)
            return "actor1" if hung and tok.pos_ in ("NOUN", "PROPN") else None
        dep, lemma = tok.dep_, head.lemma_.lower()
        if lemma in silent and dep == "nsubj":
            return "speaker"  # who blames, or finds the bodies, is no party to the event
        if lemma in SAY and dep == "nsubj":
            # "a nurse said": no party; "the army said it had killed": the party itself
            return "actor1" if says_it_did(head) else "witness"
        if (dep == "dobj" and lemma in BLAME) or (
            dep == "pobj"
            and head.lower_ == "on"
            and "blame" in (head.head.lemma_, head.head.head.lemma_)
        ):
            return "actor1"  # "officials blamed the ELN", "blamed the attack on the ELN"
        if dep == "nsubj" and syntax.object_read_as_subject(head, event_lemmas):
            return "actor2"  # "shot dead an Israeli woman driving near Hebron"
        if dep == "nsubj":
            hit = lemma in losing or syntax.among_victims(head) or syntax.passing_by(head)
            hit = hit or syntax.came_under(head)  # "a patrol came under fire"
            return "actor2" if hit else "actor1"
        if dep in ("compound", "poss") and head.pos_ == "NOUN" and lemma in ASSAULTS:
            return "actor1"  # "an al-Shabaab ambush", "the Taliban's attack"
        agent = dep == "agent" or (dep == "pobj" and head.dep_ == "agent")
        agent = agent or (dep == "pobj" and syntax.passive_agent(head))
        with_it = _with_it(head if dep == "agent" else head.head, owned)
        if agent and not with_it:
            return "actor1"
        by_whom = dep == "pobj" and head.lower_ == "by" and head.head.lemma_ in event_lemmas
        by_whom = by_whom and not with_it  # "a cache left by militants": theirs
        doer = doer_by(head.head) if by_whom else None  # "an ambush by suspected jihadists"
        if doer:
            return doer
        if dep == "nsubjpass":
            return "actor2" if lemma in event_lemmas else "actor1"
        if dep == "dobj" and lemma in event_lemmas:
            return "actor2"
        by_prep = by_preposition(head) if dep == "pobj" else None
        if by_prep:
            return by_prep
        tok = head
    return None


def _with_it(participle: Any, owned: set[str] | frozenset[str] = frozenset()) -> bool:
    """ "a convoy escorted by soldiers", "a minefield laid by the ELN": whoever is with
    a thing is on its side (the walk goes on up to the thing)."""
    return participle.dep_ in ("acl", "amod") and participle.lemma_ in WITH_IT | owned


OWN_FORCES = {"force", "troop", "soldier", "unit", "fighter", "drone", "jet", "warplane"}
OWN_FORCES |= {"aircraft", "plane", "helicopter", "artillery", "navy", "gunship"}
OWN_FORCES |= {"group", "faction", "member"}  # "two of its member groups"
GOVERNMENT_FAMILIES = {"agreement", "change", "other", "coup"}


def _claimant_said_it(
    roles: list[tuple[str, ActorMention]], report: Report, mention: Mention, ctx: Context
) -> list[tuple[str, ActorMention]]:
    """ "The Malian army said it had taken control of Kidal": the pronoun that did it is
    the claimant who said so, when the claimant is an actor."""
    speaks_for = mention.claim.speaks_for
    if not speaks_for:
        return roles
    entry = speaker_entry(speaks_for, ctx.lexicon)
    trigger = syntax.span_of(report.doc, mention.trigger.start, mention.trigger.end)
    if entry is None or trigger is None:
        return roles
    verb = trigger.root
    pronoun = next((c for c in verb.children if c.dep_ == "nsubj" and _its_own(c)), None)
    if pronoun is None and mention.family == "disrupted":
        return _who_disrupted(roles, mention, entry)
    if pronoun is None:
        return _its_own_hit(roles, verb, entry)
    at = pronoun.idx
    actor = ActorMention(
        entry.name, entry.kind, entry.country, at, at + len(pronoun.text), pronoun.text
    )
    words = (pronoun.left_edge.idx, pronoun.right_edge.idx + len(pronoun.right_edge.text))
    read = [  # "its fighters", read as generic fighters: the claimant's, in their role
        r for r, a in roles if a.generic and words[0] <= a.start < words[1]
    ]
    if read:
        return [
            (read[0], actor) if r == read[0] else (r, a)
            for r, a in roles
            if a.name != entry.name or r == read[0]
        ]
    role = "actor2" if verb.lemma_ in DEFEND_VERBS else "actor1"  # "it repelled an attack"
    if any(r == role for r, _ in roles):
        return roles
    return [(role, actor), *[(r, a) for r, a in roles if a.name != entry.name]]


def _who_disrupted(
    roles: list[tuple[str, ActorMention]], mention: Mention, entry: ActorEntry
) -> list[tuple[str, ActorMention]]:
    """ "A Houthi drone was shot down over Khamis Mushait, the coalition said": a force
    that tells of a weapon stopped, with no one else named as stopping it, stopped it."""
    said = next((e for e in mention.claim.evidence if e.field == "claimant"), None)
    if said is None or entry.kind not in ("state", "external"):
        return roles
    if any(r == "actor1" for r, _ in roles):
        return roles
    actor = ActorMention(entry.name, entry.kind, entry.country, said.start, said.end, said.text)
    return [("actor1", actor), *[(r, a) for r, a in roles if a.name != entry.name]]


OWN_TARGETS = {"position", "base", "post", "outpost", "camp", "checkpoint", "convoy", "patrol"}
OWN_TARGETS |= {"troop", "soldier", "force", "fighter", "man", "unit", "barracks"}


def _its_own_hit(
    roles: list[tuple[str, ActorMention]], verb: Any, entry: ActorEntry
) -> list[tuple[str, ActorMention]]:
    """ "The army said militants attacked its positions": what was hit is the
    claimant's own, and the claimant is actor2."""
    if any(r == "actor2" for r, _ in roles):
        return roles
    targets = [c for c in verb.children if c.dep_ == "dobj"]
    targets += [g for c in verb.children if c.dep_ == "prep" for g in c.children]
    owned = next(
        (
            t
            for t in targets
            if t.lemma_ in OWN_TARGETS
            and any(c.dep_ == "poss" and c.lower_ in ("its", "our", "their") for c in t.children)
        ),
        None,
    )
    if owned is None:
        return roles
    at = owned.left_edge.idx
    actor = ActorMention(
        entry.name, entry.kind, entry.country, at, owned.idx + len(owned), owned.text
    )
    return [*[(r, a) for r, a in roles if a.name != entry.name], ("actor2", actor)]


def _its_own(subject: Any) -> bool:
    """ "it", "they", or the claimant's own forces or members: "its forces", "our
    troops", "two of its member groups"."""
    if subject.lower_ in PRONOUNS:
        return True
    if subject.pos_ == "NUM":  # "two of its member groups"
        subject = next(
            (g for c in subject.children if c.lower_ == "of" for g in c.children), subject
        )
    owned = any(c.dep_ == "poss" and c.lower_ in ("its", "their", "our") for c in subject.children)
    return owned and subject.lemma_ in OWN_FORCES


def _with_claimant_side(
    roles: list[tuple[str, ActorMention]],
    mention: Mention,
    sentence: str,
    ctx: Context,
    offset: int,
) -> list[tuple[str, ActorMention]]:
    """ "the group's shelling", in a statement by the group's own agency: the group acted."""
    speaks_for = mention.claim.speaks_for
    if any(r == "actor1" for r, _ in roles) or not speaks_for:
        return roles
    if mention.claim.claimant_kind != "armed_group" or "the group" not in sentence.lower():
        return roles
    entry = ctx.lexicon.actor(speaks_for)
    if entry is None:
        return roles
    at = sentence.lower().index("the group") + offset
    actor = ActorMention(entry.name, entry.kind, entry.country, at, at + 9, "the group")
    return [("actor1", actor), *[(r, a) for r, a in roles if a.name != entry.name]]
