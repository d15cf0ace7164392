"""Who is actor1 and who actor2 where the verb decides it, for the ``actors`` stage.

ACLED's actor1 is the side that began it: who repelled an attack was attacked, and two
sides that together "exchanged fire" fought each other (in the order the report names
them); fighting among "rival armed groups" has that one actor on both sides; whoever
struck or ran over a mine was its target. In a non-violent transfer who left is no
party and whoever the place was handed to took it; a transfer, a base set up and a
change to a group or its activity have no actor2. The sides of an agreement are named
in the report's order.
A claimant is a party when it says it did it ("the army said it had killed 300
rebels").
"""

from __future__ import annotations

import re
from typing import Any

from frontlog.lexicon import ActorEntry, Lexicon
from frontlog.report import ActorMention, Mention, Report
from frontlog.stages import syntax
from frontlog.stages.context_words import STATE_NOUNS, armed_word
from frontlog.stages.defenders import ROLE_ORDER, Roles, defenders_second

SAY = {"say", "tell", "report", "announce", "state", "confirm", "allege", "add"}
VICTIM_VERBS = {"suffer", "die", "lose", "sustain", "incur"}
PRONOUNS = {"it", "they", "we"}
RETREAT_VERBS = {"withdraw", "retreat", "abandon", "flee", "pull", "redeploy", "leave", "evacuate"}
RETREAT_VERBS |= {"surrender"}
HAND_OVER = {"hand", "surrender", "cede", "turn", "give"}  # "handed the town over to the army"
TWO_GROUPS = re.compile(
    r"\b(?:two|several|rival)\s+(?:armed\s+)?"
    r"(?:groups|militias|factions|gangs|clans|tribes)\b",
    re.I,
)
RECIPROCAL = {"exchange", "trade", "clash", "fight", "fighting", "battle", "skirmish", "gunfire"}
RECIPROCAL |= {"shootout", "firefight", "gunfight", "gunbattle"}
ARMED_GROUPS = {"rebel", "political_militia", "identity_militia"}  # kinds of a non-state party
ONE_PARTY = {"transfer", "hq", "change"}  # taken over unopposed; a base set up; a change
STRUCK = {"hit", "strike", "run", "drive", "step", "roll", "tread"}  # … a mine
UNARMED = {"civilians", "protesters", "rioters"}


def by_verb(roles: Roles, report: Report, mention: Mention) -> Roles:
    """The roles found by each actor's place in the sentence, set right by the verb."""
    trigger = syntax.span_of(report.doc, mention.trigger.start, mention.trigger.end)
    if trigger is not None:
        roles = defenders_second(roles, trigger, report)
        roles = _each_other(roles, trigger)
        roles = _rivals(roles, report, trigger)
        roles = _struck_a_mine(roles, report, mention, trigger)
    if mention.family in ONE_PARTY:
        roles = [(r, a) for r, a in roles if not r.endswith("actor2")]
    if mention.family == "suicide":  # "a boy of about 14 detonated explosives": a bomber
        # is no civilian, whoever sent him
        roles = [(r, a) for r, a in roles if not (r == "actor1" and a.kind == "civilians")]
    return roles


def _each_other(roles: Roles, trigger: Any) -> Roles:
    """Two sides that are together the subject or the object of fighting fought each
    other: "CODECO militiamen and Congolese troops exchanged fire", "clashes between the
    army and rebels", "fighting broke out between Fano militiamen and soldiers"."""
    verb = trigger.root  # "fighting erupted", or "gunfire between rival militias killed"
    if verb.lemma_ not in RECIPROCAL and not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in RECIPROCAL for c in verb.children
    ):
        return roles
    armed = [(r, a) for r, a in roles if a.kind not in UNARMED]
    together = ("actor1", "assoc_actor1")
    if not any(r == "actor1" for r, _ in armed):
        together = ("actor2", "assoc_actor2")  # "fighting broke out between A and B"
    named = [a for r, a in armed if r in together and not a.generic]
    if len(named) >= 2:  # "the Sinaloa Cartel and the Jalisco cartel fought …, leaving
        # nine gunmen dead": the gunmen are the toll, not a third side
        toll = [a for r, a in armed if r not in together and a.generic]
        roles = [(r, a) for r, a in roles if not any(a is t for t in toll)]
        armed = [(r, a) for r, a in armed if not any(a is t for t in toll)]
    if {r for r, _ in armed} != set(together):
        return roles
    # the people such fighting killed are its toll, not a side ("clashes between the
    # army and rebels killed 15 people", "15 people died in fighting between …")
    sides = [(r, a) for r, a in roles if not (r == "actor2" and a.kind == "civilians")]
    if sum(a.kind != "civilians" for r, a in sides if r in together) >= 2:
        sides = [(r, a) for r, a in sides if a.kind != "civilians"]
    both = sorted((a for r, a in sides if r in together), key=lambda a: a.start)
    rest = [(r, a) for r, a in sides if r not in together]
    if len(both) < 2:
        return roles
    # in the order the report names them: "government forces and Fano militiamen fought"
    return [
        ("actor1", both[0]),
        ("actor2", both[1]),
        *[(together[1], a) for a in both[2:]],  # named later, with the second side
        *rest,
    ]


def _rivals(roles: Roles, report: Report, trigger: Any) -> Roles:
    """Fighting among "rival armed groups", "between militias" or "two armed groups": one
    armed actor named once is both sides (ACLED codes fighting within an actor so). The
    dead of such fighting are its toll, not civilian victims."""
    verb = trigger.root  # "fighting erupted", or "gunfire between rival militias killed"
    if verb.lemma_ not in RECIPROCAL and not any(
        c.dep_ == "nsubj" and c.lemma_.lower() in RECIPROCAL for c in verb.children
    ):
        return roles
    armed = [a for r, a in roles if r == "actor1" and a.kind not in UNARMED]
    if len(armed) != 1 or any(a.kind not in UNARMED and a is not armed[0] for _, a in roles):
        return roles
    side = armed[0]
    if not (
        _rival(side, report)
        or TWO_GROUPS.search(trigger.sent.text)
        or _among_themselves(side, report, trigger)
    ):
        return roles  # "fighters of two armed groups"
    rest = [(r, a) for r, a in roles if a is not side and a.kind not in ("civilians",)]
    return [("actor1", side), ("actor2", side), *rest]


def _rival(side: ActorMention, report: Report) -> bool:
    """ "rival clan militias", "fighting between militias": one name for both sides."""
    words = report.text[max(0, side.start - 20) : side.start].lower().split()
    rival = side.text.lower().startswith("rival") or "rival" in words[-2:]
    return rival or words[-1:] == ["between"]


def _among_themselves(side: ActorMention, report: Report, trigger: Any) -> bool:
    """ "Clan militias fought near Galkayo": a plural armed group, not a state's forces,
    that clashed or fought with no one named against it fought among itself."""
    verb = trigger.root
    span = syntax.span_of(report.doc, side.start, side.end)
    if side.kind in ("state", "external"):
        return False  # soldiers who fought someone unnamed did not fight each other
    if verb.pos_ != "VERB" or span is None or span.root.head.i != verb.i:
        return False
    if span.root.dep_ != "nsubj" or span.root.tag_ != "NNS":
        return False
    opponents = ("dobj", "agent")
    return not any(
        c.dep_ in opponents or (c.dep_ == "prep" and c.lower_ in ("with", "against"))
        for c in verb.children
    )


def _struck_a_mine(roles: Roles, report: Report, mention: Mention, trigger: Any) -> Roles:
    """Whoever hit, struck, ran over or stepped on a mine or bomb was its target: "a
    vehicle carrying wedding guests struck a landmine"."""
    if mention.family != "ied":
        return roles
    noun = trigger.root
    verb = noun.head.head if noun.dep_ == "pobj" else noun.head
    if noun.dep_ not in ("dobj", "pobj") or verb.lemma_ not in STRUCK:
        return roles
    subject = {t.i for c in verb.children if c.dep_ == "nsubj" for t in c.subtree}
    out = []
    for role, actor in roles:
        span = syntax.span_of(report.doc, actor.start, actor.end)
        hit = role == "actor1" and span is not None and span.root.i in subject
        out.append(("actor2" if hit else role, actor))
    return sorted(out, key=lambda ra: ROLE_ORDER.index(ra[0]))


def left_it(token: Any) -> bool:
    """The subject or object of a verb of leaving or handing over, or the subject of
    saying or agreeing to leave ("the army announced it was redeploying its troops",
    "agreed to evacuate its fighters")."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head  # "Al-Shabaab fighters abandoned the town"
    if token.dep_ not in ("nsubj", "dobj"):
        return False
    verb = token.head
    said = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and verb.lemma_ in TO_LEAVE]
    # (not "took over positions that the rebels had abandoned", a clause the parser took
    # for what was said)
    return verb.lemma_ in RETREAT_VERBS | HAND_OVER or any(v.lemma_ in RETREAT_VERBS for v in said)


TO_LEAVE = SAY | {"agree", "decide", "promise", "pledge", "order", "begin", "start", "plan"}


def fell_to(token: Any) -> bool:
    """Who a place fell to took it: "Marib fell to the Houthis", "fell into the hands of
    Islamic State fighters"."""
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head  # "Islamic State" of "Islamic State fighters"
    head = token.head
    if token.dep_ != "pobj":
        return False
    if head.lower_ == "to":
        return bool(head.head.lemma_ == "fall")
    return bool(head.lower_ == "of" and head.head.lower_ == "hands")


def handed_to(token: Any) -> bool:
    """Who a place was handed over or surrendered to: "handed it over to the Malian army",
    "to Southern Transitional Council fighters" (the name a compound of its men)."""
    while token.dep_ == "compound" and token.head.i > token.i:
        token = token.head
    head = token.head
    return token.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_ in HAND_OVER


def parties(roles: Roles, report: Report) -> Roles:
    """The two sides of an agreement, named together ("the government and the ELN
    signed"), are actor1 and actor2 in the order the report names them, whoever else
    the sentence names; "rival armed groups" that agreed are both sides, and who
    mediated is no party ("a ceasefire mediated by local elders")."""
    roles = [(r, a) for r, a in roles if not _mediator(a, report)]
    sides = [a for r, a in roles if r in ("actor1", "assoc_actor1")]
    armed = [a for _, a in roles if a.kind not in UNARMED]
    if len(sides) == 1 and armed == sides and _rival(sides[0], report):
        rest = [(r, a) for r, a in roles if a is not sides[0]]
        return [("actor1", sides[0]), ("actor2", sides[0]), *rest]
    if not sides:  # "an exchange between Houthi forces and the army"
        sides = [a for _, a in roles]
    if len(sides) < 2:
        return roles
    first, second = sorted(sides, key=lambda a: a.start)[:2]
    # whoever else the sentence names ("the withdrawal of foreign troops") is no party
    rest = [
        ("assoc_actor2" if r == "actor2" else r, a)
        for r, a in roles
        if a is not first and a is not second
    ]
    return [("actor1", first), ("actor2", second), *rest]


MEDIATE = {"mediate", "broker", "facilitate", "sponsor"}


def _mediator(actor: ActorMention, report: Report) -> bool:
    span = syntax.span_of(report.doc, actor.start, actor.end)
    if span is None or span.root.dep_ != "pobj" or span.root.head.lower_ != "by":
        return False
    return span.root.head.head.lemma_ in MEDIATE


def speaks_of_itself(report: Report, actor: ActorMention, trigger_at: int = -1) -> bool:
    """A claimant that is a party: "Chad's army said it had killed 300 rebels"; or whose
    words are the event (``trigger_at``: where its word starts): "the ELN announced a
    ceasefire"."""
    span = syntax.span_of(report.doc, actor.start, actor.end)
    if span is None:
        return False
    root = span.root
    if root.dep_ == "nsubj" and root.head.idx == trigger_at:
        return True
    if root.dep_ == "nsubj" and claims_the_deed(root.head):
        return True  # "…, killing 133 people; the Islamic State claimed the attack"
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and claimed_deed(root.head.head):
        return True  # "…, in an attack claimed by al-Shabaab"
    return root.dep_ == "nsubj" and root.head.lemma_ in SAY and says_it_did(root.head)


DEEDS = {"attack", "bombing", "assault", "raid", "ambush", "killing", "responsibility"}


def claims_the_deed(verb: Any) -> bool:
    """ "claimed the attack", "claimed responsibility for it": the claimant did it."""
    return verb.lemma_ == "claim" and any(
        c.dep_ == "dobj" and c.lemma_ in DEEDS for c in verb.children
    )


def claimed_deed(verb: Any) -> bool:
    """ "an attack claimed by": a deed the passive "claimed" tells of."""
    return bool(verb.lemma_ == "claim" and verb.dep_ == "acl" and verb.head.lemma_ in DEEDS)


def says_it_did(verb: Any) -> bool:
    """ "the army said it had killed 300 rebels" (not "said it lost 12 soldiers")."""
    return any(
        g.dep_ == "nsubj" and g.lower_ in PRONOUNS
        for c in verb.children
        if c.dep_ == "ccomp" and c.lemma_ not in VICTIM_VERBS
        for g in c.children
    )


def speaker_entry(name: str, lexicon: Lexicon) -> ActorEntry | None:
    """The dictionary's entry for a claimant's side, or a state's forces named by a
    nationality word ("the Egyptian army said"), which have none."""
    entry = lexicon.actor(name)
    if entry is None and name.startswith(("Military Forces of ", "Police Forces of ")):
        return ActorEntry(name, "state", None, ())
    return entry


AIMED_VERBS = {"throw", "hurl", "lob", "fire", "shoot", "launch", "aim"}
FOUGHT_WITH = {"clash", "fight", "battle", "skirmish", "scuffle"}


def aimed_at(prep: Any) -> bool:
    """The preposition before the target: "a grenade thrown at a police station", "fired
    at soldiers"; "youths clashed with police" (whom they fought)."""
    if prep.lower_ == "at":
        return bool(prep.head.lemma_ in AIMED_VERBS)
    return prep.lower_ == "with" and prep.head.lemma_ in FOUGHT_WITH


def by_preposition(prep: Any) -> str | None:
    """The role of a preposition's object: "against X", "on X" and "aimed at" X are
    targets, as is "the car of" whoever a bomb was planted under; "a missile fired from
    a Russian jet" came from who fired it."""
    if prep.lower_ in TARGET_PREPS or aimed_at(prep):
        return "actor2"
    if prep.lower_ == "among" and syntax.among_victims(prep.head):
        return "actor2"  # "were among five people killed": the people are victims
    if prep.lower_ == "from" and prep.head.lemma_ in SENT:
        return "actor1"
    under = prep.head.dep_ == "pobj" and prep.head.head.lower_ == "under"  # "under fire from"
    if prep.lower_ == "from" and (syntax.came_under(prep.head) or under):
        return "actor1"  # "came under fire from gang members"
    if prep.lower_ == "under" and prep.head.lemma_ in PLANTED:
        return "actor2"
    return None


TARGET_PREPS = {"against", "on", "behind", "targeting", "upon", "into"}
PLANTED = {"plant", "place", "hide", "attach", "stick", "bomb", "device", "explosive", "mine"}
SENT = {"launch", "fire", "send", "drop", "fly", "operate"}


def first_conjunct(report: Report, actors: list[ActorMention]) -> ActorMention | None:
    """The first of two parties named as one subject of a taking leads, named or not:
    "Soldiers and VDP volunteers retook the town" (the army's regaining, with its
    militia). Not "troops of the STC", which are the STC's."""
    first = min(actors, key=lambda a: a.start, default=None)
    span = syntax.span_of(report.doc, first.start, first.end) if first else None
    if first is None or span is None or span.root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if any(c.dep_ == "prep" and c.lower_ == "of" for c in span.root.children):
        return None
    joined = [t.idx for c in span.root.children if c.dep_ == "conj" for t in c.subtree]
    others = [a for a in actors if a is not first]
    return first if any(a.start <= i < a.end for i in joined for a in others) else None


def promoted(roles: Roles) -> Roles:
    """An associate stands in for its side's actor where that one was taken out: "a
    government position …, killing two soldiers" (the government is talked about)."""
    out = list(roles)
    for lead, assoc in (("actor1", "assoc_actor1"), ("actor2", "assoc_actor2")):
        if not any(r == lead for r, _ in out):
            i = next((i for i, (r, _) in enumerate(out) if r == assoc), None)
            if i is not None:
                out[i] = (lead, out[i][1])
    return out


BLAME = {"blame", "accuse"}
FREED = {"free", "release", "rescue", "liberate"}


def freed(actor: ActorMention, root: Any) -> bool:
    """Civilians a force freed ("freed 400 prisoners"): no party to its fight."""
    return actor.kind == "civilians" and root.dep_ == "dobj" and root.head.lemma_ in FREED


def blamed(root: Any) -> bool:
    """Who a speaker blames ("…, blaming the ELN")."""
    return bool(root.dep_ == "dobj" and root.head.lemma_ in BLAME)


def not_the_victims(doers: list[ActorMention], victims: list[ActorMention]) -> list[ActorMention]:
    """Unnamed people among the doers who share the victims' name, where an armed party
    did it: "priests … were seized by men the diocese described as Ambazonian fighters"
    (the men are the fighters, and the priests the civilians)."""
    if not any(a.kind in ARMED_GROUPS for a in doers):
        return doers
    names = {a.name for a in victims}
    return [a for a in doers if not (a.generic and a.kind == "civilians" and a.name in names)]


REASON_MARKS = {"after", "before", "because", "since"}


def in_a_reason(token: Any, event_lemmas: set[str]) -> bool:
    """A name inside what led to the event, told in a clause of its own whose doer is
    unarmed: "held four journalists after their station aired an interview with a Fano
    leader" (Fano is no party; "after JNIM fighters surrounded the town" is not this)."""
    tok = token
    for _ in range(10):
        verb = tok.head
        if verb.i == tok.i or verb.lemma_ in event_lemmas:
            return False
        if verb.pos_ == "VERB" and verb.dep_ == "advcl" and syntax.marked(verb, REASON_MARKS):
            doers = [t for c in verb.children if c.dep_ == "nsubj" for t in c.subtree]
            return bool(doers) and not any(_may_be_armed(t) for t in doers)
        tok = verb
    return False


def _may_be_armed(token: Any) -> bool:
    """A word that may name armed men or a state's forces: "police", "gendarmes", a
    name."""
    return armed_word(token) or token.lower_ in STATE_NOUNS or token.pos_ == "PROPN"
