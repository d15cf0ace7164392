"""Stage ``counts``: killed, injured, abducted, arrested and materiel, each with its side
and its words.

Victims are the object of "kill"/"injure" (the subject when passive), the subject of
"die", "lost their lives" or "suffered injuries", the people whose bodies were found;
conjoined verbs share an object ("killed and injured large numbers of ISIS fighters").
The abducted and the arrested are the objects of "abduct"/"kidnap" and
"arrest"/"detain". Materiel is the object list of "destroy", "capture",
"down"… when its head is in the materiel lexicon. The cause ("because of …",
"due to …") and the means ("used Grad rockets", "by 4 Mi-35 helicopters") come here too.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from frontlog.context import Context
from frontlog.records import Count, Evidence, Materiel
from frontlog.report import Report
from frontlog.stages import background, syntax
from frontlog.stages.actor_match import find_actors
from frontlog.stages.patterns import KILLINGS, told_as_deed
from frontlog.stages.protest_scene import what_it_is_about
from frontlog.stages.quantities import Quantity, parse_quantity

REQUIRES = ("doc", "sentences", "mentions")
ASSIGNS = ("mentions",)

KILL = {
    "kill", "execute", "behead", "massacre", "slay", "murder", "assassinate", "slaughter", "slit",
    "lynch", "neutralise", "neutralize",
}  # fmt: skip
HURT = {"injure", "wound", "hurt", "maim"}
TAKE = {"abduct": "abducted", "kidnap": "abducted", "arrest": "arrested", "detain": "arrested"}
LOST = {"soldiers", "troops", "men", "fighters", "officers", "policemen", "personnel"}
BODIES = {"body", "bodies", "corpse", "corpses"}
LEFT_AS = {"dead": "killed", "wounded": "injured", "injured": "injured", "hurt": "injured"}
STATE_DEPS = {"oprd", "acomp", "xcomp", "ccomp", "acl", "amod"}
INSTRUMENT_PREPS = {"by", "with", "via", "using"}
USE_VERBS = {"use", "fire", "launch", "deploy", "drop", "employ"}


def run(report: Report, ctx: Context) -> Report:
    out = []
    country = report.countries[0] if report.countries else None
    for mention in report.mentions:
        start, end = report.sentences[mention.sentence]
        sent = syntax.sentence_of(report.doc, start, end)
        reader = _Reader(report, ctx, country)
        reader.protest = mention.family in ("protest", "riot", "mob")
        reader.read(sent)
        claim = replace(
            mention.claim,
            killed=tuple(reader.killed),
            injured=tuple(reader.injured),
            abducted=tuple(reader.taken["abducted"]),
            arrested=tuple(reader.taken["arrested"]),
            materiel=tuple(reader.materiel),
            cause=reader.cause,
            means=tuple(reader.means),
            evidence=mention.claim.evidence + tuple(reader.evidence),
        )
        out.append(replace(mention, claim=claim))
    return replace(report, mentions=tuple(out))


class _Reader:
    """Reads one sentence; collects counts, materiel, cause and means with evidence."""

    def __init__(self, report: Report, ctx: Context, country: str | None) -> None:
        self.report, self.ctx, self.country = report, ctx, country
        self.killed: list[Count] = []
        self.injured: list[Count] = []
        self.taken: dict[str, list[Count]] = {"abducted": [], "arrested": []}
        self.materiel: list[Materiel] = []
        self.means: list[str] = []
        self.cause: str | None = None
        self.evidence: list[Evidence] = []
        self._last_side: str | None = None
        self._weapons = {w.lower() for w in ctx.lexicon.weapons}
        self._seen: set[int] = set()
        self.protest = False  # a protest or riot: the killing it is about is no toll

    def read(self, sent: Any) -> None:
        for token in sent:
            if token.pos_ == "VERB":
                self._verb(token, token.lemma_.lower())
            elif token.lemma_ in KILLINGS and told_as_deed(token, self.ctx.lexicon):
                self._killing_of(token)  # (not a killing a protest is about, nor one
                # an arrest or a strike answers)
            if token.lower_ in ("of", "to", "by") and self.cause is None:
                self._cause(token)
            self._means(token)

    def _verb(self, token: Any, lemma: str) -> None:
        if _to_death(token):
            lemma = "kill"  # "hacked to death 36 villagers", "shot dead two policemen"
        if lemma in ("leave", "report"):  # "left 32 dead", "reported dozens dead"
            self._left(token)
        if lemma in KILL | HURT | {"die"} and self.protest and what_it_is_about(token):
            return  # "marched after police shot dead a trader", "after a man died"
        if background.accused_of(token):
            return  # "a man accused of killing a soldier": not this event's toll
        if lemma in KILL | HURT:
            target = self.killed if lemma in KILL else self.injured
            for victim in _objects(token, share=KILL | HURT):
                self._count(victim, target, "killed" if lemma in KILL else "injured")
        elif lemma in TAKE:  # "abducted 30 students", "detained two journalists"
            for person in _objects(token, share=set(TAKE)):
                self._count(person, self.taken[TAKE[lemma]], TAKE[lemma])
        elif lemma in ("die", "lose"):
            self._died(token)
        elif lemma in ("find", "discover", "recover"):
            self._found(token)
        elif lemma == "suffer":
            self._suffer(token)
        elif lemma in self.ctx.lexicon.materiel_verbs:
            outcome = self.ctx.lexicon.materiel_verbs[lemma]
            for obj in _objects(token, share=set()):
                self._materiel(obj, outcome)

    def _killing_of(self, noun: Any) -> None:
        """ "blamed the ADF for the killing of nine civilians": who was killed."""
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for victim in (g for g in prep.children if g.dep_ == "pobj"):
                self._count(victim, self.killed, "killed")

    def _died(self, verb: Any) -> None:
        """ "twelve people died", "lost their lives"; "the army lost 51 soldiers"."""
        if verb.lemma_ == "die" or _object_is(verb, {"life", "lives"}):
            for victim in _subjects(verb):
                self._count(victim, self.killed, "killed")
        elif _object_is(verb, LOST):
            for victim in _objects(verb, share=set()):
                self._count(victim, self.killed, "killed")

    def _left(self, verb: Any) -> None:
        """ "left 32 people dead", "leaving 14 wounded", "left at least 10 dead and 20
        wounded": the state word says which count, its number or the object whose."""
        near = [t for c in verb.children for t in (c, *c.children)]
        objects = [t for c in verb.children if c.dep_ == "dobj" for t in syntax.conjuncts(c)]
        if objects:  # "leaving a soldier and three rebels dead": the parse may join the
            # second to the verb, and hang "dead" on the last of them
            objects += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN"]
        near += [c for o in objects[1:] for c in o.rights if c.dep_ == "amod"]
        for state in near:
            field = LEFT_AS.get(state.lower_)
            numbers = [c for c in state.children if c.dep_ == "nummod"]
            counted = state.dep_ == "dobj" and numbers  # "leaving three dead", parsed so
            after = state.dep_ == "amod" and state.head in objects and state.i > state.head.i
            if field is None or (state.dep_ not in STATE_DEPS and not counted and not after):
                continue
            if numbers:
                victims = numbers[:1]  # "10 dead"
            elif state.head.i != verb.i and not after:
                victims = [state.head]  # "12 wounded", "20 wounded" after "and"
            else:
                victims = objects  # "32 people dead", "a soldier and three rebels dead"
            target = self.killed if field == "killed" else self.injured
            for victim in victims:
                self._count(victim, target, field)

    def _count(self, head: Any, target: list[Count], field: str) -> None:
        if head.lower_ in ("who", "that", "which") and head.head.dep_ == "relcl":
            head = head.head.head  # "the service member who was killed"
        one = head.lower_ in ("him", "her") and not target  # "killing him and his driver"
        # (not "was shot dead …; residents said separatists killed him", counted already)
        named = head.pos_ in ("NOUN", "PROPN", "NUM") or _an_age(head) or _a_national(head)
        if head.i in self._seen or not (named or one):
            return
        self._seen.add(head.i)
        start, end = syntax.np_with_of(head)
        text = self.report.text[start:end]
        quantity = parse_quantity(text, self.ctx.lexicon)
        if quantity.low is None and quantity.high is None and (one or _one_person(head)):
            quantity = Quantity(1, 1, 1, None)
        side = self._side(text, start)
        if side is None and head.lower_ in ("others", "more"):
            side = self._last_side
        self._last_side = side or self._last_side
        target.append(
            Count(quantity.count, quantity.low, quantity.high, side, quantity.vague, text)
        )
        self.evidence.append(self.report.evidence(field, start, end))

    def _found(self, verb: Any) -> None:
        """ "the bodies of 14 men were found", "four men were found beheaded"."""
        for found in _objects(verb, share=set()):
            if _found_dead(verb):
                self._count(found, self.killed, "killed")
            else:
                self._bodies(found)

    def _bodies(self, head: Any) -> None:
        """'the bodies of 14 men were found': the dead are the men."""
        if head.lower_ not in BODIES:
            return
        of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
        people = [g for p in of for g in p.children if g.dep_ == "pobj"]
        self._count(people[0] if people else head, self.killed, "killed")

    def _side(self, text: str, start: int) -> str | None:
        actors = find_actors(text, start, self.ctx.lexicon, country=self.country, unplaced=True)
        named = [a for a in actors if not a.generic] or actors
        return named[0].name if named else None

    def _suffer(self, verb: Any) -> None:
        obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if obj is None or obj.lemma_.lower() not in ("injury", "wound"):
            return
        for victim in _subjects(verb):
            self._count(victim, self.injured, "injured")

    def _materiel(self, head: Any, outcome: str) -> None:
        lex = self.ctx.lexicon.materiel
        modifiers = [c.lower_ for c in head.lefts if c.dep_ in ("compound", "amod")]
        compound = " ".join([*modifiers[-1:], head.lemma_.lower()])
        item = lex.get(compound) or lex.get(head.lemma_.lower()) or lex.get(head.lower_)
        if item is None or head.i in self._seen:
            return
        self._seen.add(head.i)
        start, end = syntax.np_bounds(head)
        text = self.report.text[start:end]
        quantity = parse_quantity(text, self.ctx.lexicon)
        count = quantity.count
        if count is None and quantity.vague is None and head.tag_ in ("NN", "NNP"):
            count = 1
        side = self._side(text, start)
        self.materiel.append(Materiel(item, count, outcome, side, text))  # type: ignore[arg-type]
        self.evidence.append(self.report.evidence("captured_or_destroyed", start, end))

    def _cause(self, token: Any) -> None:
        prev = token.nbor(-1).lower_ if token.i > 0 else ""
        phrase = f"{prev} {token.lower_}"
        if phrase not in ("because of", "due to", "caused by", "result of"):
            return
        children = [*token.children, *token.nbor(-1).children]
        obj = next((c for c in children if c.dep_ in ("pobj", "pcomp") and c.i > token.i), None)
        if obj is None:
            return
        head = obj
        words = [c for c in head.lefts if c.dep_ in ("compound", "amod")] + [head]
        start, end = words[0].idx, head.idx + len(head.text)
        cue = token.nbor(-1)
        negated = cue.i > 0 and cue.nbor(-1).lower_ == "not"
        if negated:
            start = cue.nbor(-1).idx
        self.cause = self.report.text[start:end]
        self.evidence.append(self.report.evidence("cause", start, end))

    def _means(self, token: Any) -> None:
        if token.lemma_.lower() not in self._weapons and token.lower_ not in self._weapons:
            return
        head = token
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        role = head.dep_
        governor = head.head
        instrument = (role == "pobj" and governor.lower_ in INSTRUMENT_PREPS) or (
            role == "dobj" and governor.lemma_ in USE_VERBS
        )
        if not instrument or head.i in self._seen:
            return
        self._seen.add(head.i)
        start, end = syntax.np_bounds(head)
        self.means.append(self.report.text[start:end])
        self.evidence.append(self.report.evidence("means", start, end))


def _an_age(head: Any) -> bool:
    """An age standing for a person: "killing a 19-year-old"."""
    doc = head.doc
    return bool(
        head.lower_ in ("old", "olds")
        and head.i >= 2
        and doc[head.i - 1].text == "-"
        and doc[head.i - 2].lemma_ in ("year", "month", "week", "day")
    )


def _a_national(head: Any) -> bool:
    """A nationality word standing for a person, which the tagger took for an adjective:
    "shot dead a Palestinian"."""
    return bool(head.pos_ == "ADJ" and head.ent_type_ == "NORP" and head.dep_ in OBJECTS)


OBJECTS = ("dobj", "nsubjpass", "nsubj", "pobj")


def _one_person(head: Any) -> bool:
    """ "a soldier", "the commander", "its driver", "Dayton", "a 19-year-old": one person."""
    if _an_age(head) or _a_national(head):
        return any(c.lower_ in ("a", "an") for c in head.lefts)
    if head.pos_ == "PROPN":  # a man's name, or "a Palestinian"
        one = head.ent_type_ == "NORP" and any(c.lower_ in ("a", "an") for c in head.lefts)
        return bool(head.ent_type_ == "PERSON" or one)
    return bool(head.tag_ == "NN") and any(
        c.lower_ in ("a", "an", "the", "one", "its", "his", "her", "their") or c.dep_ == "poss"
        for c in head.lefts
    )  # "a candidate's aide"


AUX = ("aux", "auxpass")


def _objects(verb: Any, *, share: set[str]) -> list[Any]:
    """Object heads of ``verb`` with their conjuncts; passive subjects too."""
    heads = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not heads and verb.tag_ == "VBN" and not any(c.dep_ in AUX for c in verb.children):
        heads = [c for c in verb.children if c.dep_ == "nsubj"]  # "with nine people killed"
        if verb.dep_ == "acl" and any(c.dep_ == "nummod" for c in verb.head.children):
            heads.append(verb.head)  # "12 soldiers killed in the ambush"
    if not heads and share:
        related = [verb.head] if verb.dep_ == "conj" else []
        related += [c for c in verb.children if c.dep_ == "conj"]
        for other in related:
            if other.lemma_.lower() in share:
                heads = [c for c in other.children if c.dep_ in ("dobj", "nsubjpass")]
                if heads:
                    break
    if not heads:  # "shot dead an Israeli woman driving near Hebron": a gerund's subject
        heads = [
            g
            for c in verb.children
            if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VBG"
            for g in c.children
            if g.dep_ == "nsubj"
        ]
    if heads:  # "killed a police chief and two of his officers": the parse may join
        # the number to the verb
        heads += [c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NUM"]
    return [t for h in heads for t in syntax.conjuncts(h)]


def _subjects(verb: Any) -> list[Any]:
    heads = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return [t for h in heads for t in syntax.conjuncts(h)]


def _object_is(verb: Any, words: set[str]) -> bool:
    return any(c.dep_ == "dobj" and c.lower_ in words for c in verb.children)


def _found_dead(verb: Any) -> bool:
    """ "were found dead", "was found beheaded": what was found had been killed."""
    return any(
        c.dep_ in ("xcomp", "oprd", "acomp", "ccomp") and (c.lower_ == "dead" or c.lemma_ in KILL)
        for c in verb.children
    )


def _to_death(verb: Any) -> bool:
    """ "beaten to death", "shot dead", "gunned down": the verb kills whatever it is."""
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if after is not None and after.lower_ == "dead":
        return True  # "shot dead two policemen", however "dead" is parsed
    if verb.lemma_ == "gun" and after is not None and after.lower_ == "down":
        return True
    return any(
        child.dep_ == "prep"
        and child.lower_ == "to"
        and any(g.lower_ == "death" for g in child.children if g.dep_ == "pobj")
        for child in verb.children
    )
