"""Stage ``mentions``: trigger words, checked against the parse, become event mentions.

A trigger counts when it reports something that happened: a past or perfect verb that
is not negated, modal or future, and not an adjective ("the recently liberated town");
a noun trigger only in the dependency patterns of :mod:`frontlog.stages.patterns` (the
object of a light verb, "carried out raids"; the subject of a verb, "clashes erupted";
the means of a casualty, "killed in an airstrike"; the head of an event relative clause).
One mention per sentence, of its most specific family; generic triggers (an operation,
a death) join it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any, NamedTuple

from frontlog.context import Context
from frontlog.records import Evidence
from frontlog.report import ClaimDraft, Mention, Report
from frontlog.stages import (
    background,
    context_words,
    families,
    frames,
    patterns,
    syntax,
    trigger_words,
    weapons,
)
from frontlog.stages.taxonomy import GENERIC_FAMILIES, PRECEDENCE

REQUIRES = ("doc", "sentences")
ASSIGNS = ("mentions",)

ANAPHORS = {"the", "this", "that", "these", "those"}
ANAPHORIC_NOUNS = {
    "incident",
    "attack",
    "attacks",
    "explosion",
    "blast",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "bombing",
    "bombings",
    "explosions",
    "blasts",
    "clashes",
    "operation",
    "raid",
    "raids",
    "assault",
    "fighting",
    "shelling",
    "ambush",
}
PART_WORDS = {"parts", "part", "most", "much", "half", "areas", "rest", "all", "centre", "center"}
NON_LETHAL = {"stun", "flash", "smoke", "sound", "tear-gas", "teargas"}  # … grenades
EXPEL_VERBS = {"dislodge", "expel", "oust", "drive", "push", "clear", "evict"}  # X from Y
CAUSE_WORDS = ("due to", "because of", "caused by", "result of", "not the result")


def run(report: Report, ctx: Context) -> Report:
    doc = report.doc
    if not doc.has_annotation("DEP"):  # no sentence could hold an event (prefilter)
        return replace(report, mentions=())
    read = _Reading(
        patterns.governors(doc, ctx.lexicon), trigger_words.may_trigger(doc, ctx.lexicon)
    )
    mentions: list[Mention] = []
    for index, (start, end) in enumerate(report.sentences):
        sent = syntax.sentence_of(doc, start, end)
        if sent is None:
            continue
        mention = _sentence_mention(report, ctx, index, sent, read)
        if mention is not None:
            mentions.append(mention)
    return replace(report, mentions=tuple(mentions))


def may_report(doc: Any, ctx: Context, sentences: Iterable[Any] | None = None) -> list[Any]:
    """The ``sentences`` of a parsed ``doc`` (all by default) without names yet that may
    give a mention: a trigger that reports an event as :func:`_sentence_mention` reads
    it, taking a frame verb for a trigger and a territory verb for having its place
    (both may depend on names), or a cause ("due to"). The parse stage runs the model's
    entity recognizer over these only."""
    read = _Reading(
        patterns.governors(doc, ctx.lexicon), trigger_words.may_trigger(doc, ctx.lexicon)
    )
    return [
        sent
        for sent in (doc.sents if sentences is None else sentences)
        if _has_cause(sent.text.lower()) or _triggers(sent, ctx, read, named=False)
    ]


def _has_cause(lowered: str) -> bool:
    """Whether lower-case text gives a cause: "due to", "not the result of"."""
    return any(w in lowered for w in CAUSE_WORDS)


class _Reading(NamedTuple):
    """What the trigger reading needs of a whole doc: each event noun's governing verb
    (``patterns.governors``), and the tokens a trigger may be read on."""

    governed: dict[int, int]
    words: frozenset[int]


def _triggers(
    sent: Any, ctx: Context, read: _Reading, *, named: bool = True
) -> list[tuple[str, Any]]:
    """The sentence's triggers that report an event, with their families; not
    ``named``, as far as can be told before the names are found."""
    triggers: list[tuple[str, Any]] = []
    headline: bool | None = None  # asked once, when a word may be a trigger
    doc = sent.doc
    for token in (doc[i] for i in range(sent.start, sent.end) if i in read.words):
        if headline is None:
            headline = _is_headline(sent)
        family = _family(token, ctx, named=named)
        if family and _reports_event(token, family, read.governed, headline=headline, named=named):
            triggers.append((family, token))
    return triggers


def _sentence_mention(
    report: Report, ctx: Context, index: int, sent: Any, read: _Reading
) -> Mention | None:
    triggers = _triggers(sent, ctx, read)
    if not triggers:
        return _supplement(report, index, sent)
    triggers.sort(key=lambda ft: PRECEDENCE.index(ft[0]))
    family = families.refine(triggers[0][0], sent, ctx.lexicon, triggers[0][1])
    if family is None:
        return None  # a death in an earthquake, a crash: not an event
    for other, token in triggers[1:]:  # "shot dead 38 protesters as factories were set
        # ablaze": the killing makes the sentence excessive force, the fire does not
        refined = families.refine(other, sent, ctx.lexicon, token)
        if family == "protest_intervention" and refined == "riot":
            family = refined  # tear gas at supporters who had set tyres ablaze: their
            continue  # own violence decides (ACLED), as when it is told first
        if refined is None or PRECEDENCE.index(refined) >= PRECEDENCE.index(family):
            continue
        if triggers[0][0] in ("riot", "mob") and refined in (
            "excessive_force",
            "protest_intervention",
        ):
            continue  # stones thrown, then tear gas: a violent demonstration (ACLED)
        family = refined
    evidence = tuple(_trigger_evidence(report, t) for _, t in triggers)
    return Mention(
        sentence=index,
        trigger=evidence[0],
        event_type="",
        sub_event_type="",
        family=family,
        generic=family in GENERIC_FAMILIES,
        anaphoric=_anaphoric(sent),
        claim=ClaimDraft(evidence=evidence),
    )


def _trigger_evidence(report: Report, token: Any) -> Evidence:
    """The trigger with its modifiers: "air landing operation", "Grad rocket attack"."""
    start = token
    if token.pos_ == "NOUN":
        mods = [c.left_edge for c in token.lefts if c.dep_ == "compound"]
        if mods:
            start = min(mods, key=lambda t: t.i)
    return report.evidence("trigger", start.idx, token.idx + len(token.text))


def _family(token: Any, ctx: Context, *, named: bool = True) -> str | None:
    family = _word_family(token, ctx, named=named)
    if family == "protest" and token.pos_ == "VERB" and context_words.armed_subject(token):
        return None  # "soldiers marched through villages" is no protest
    if family in ("clash", "ied", "casualty") and token.pos_ == "VERB" and _by_suicide(token):
        return "suicide"  # "a suicide attacker detonated explosives", "… blew up a car"
    # "a drone dropped a grenade" (ACLED's drone strike), "its drones set fire to a fuel
    # depot", "a drone launched from Yemen exploded"
    dropped = family in ("grenade", "looting", "ied") and token.pos_ == "VERB"
    if dropped and weapons.subject_family(token, ctx.lexicon) == "air":
        return "air"
    return family


def _by_suicide(verb: Any) -> bool:
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "agent")]
    return any(t.lower_ == "suicide" for s in subjects for t in s.subtree)


def _word_family(token: Any, ctx: Context, *, named: bool = True) -> str | None:
    lex = ctx.lexicon
    if not trigger_words.is_trigger_word(token, lex):
        return None  # no trigger, frame or weapon verb can be read on this word
    if token.lemma_ == "mine" and not patterns.mine_went_off(token):
        return None
    if not named and token.pos_ == "VERB" and token.lemma_ in lex.frames:
        return "frame"  # whether a frame fits may depend on the names ("@place")
    framed = weapons.verb_family(token, lex)
    if framed is not None:
        return framed
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    before = token.nbor(-1) if token.i > 0 else None
    hyphened = (
        f"{token.nbor(-2).lower_}-{token.lower_}"
        if token.i > 1 and before is not None and before.text == "-"
        else ""
    )  # the tokenizer splits "sit-in", "counter-attack": the head word carries it
    of_what = (  # "an exchange of fire"
        f"{token.lemma_.lower()} of {token.nbor(2).lower_}"
        if after is not None and after.lower_ == "of" and token.i + 2 < len(token.doc)
        else ""
    )
    for key in (
        hyphened,
        of_what,
        f"{token.lower_} {after.lower_}" if after is not None else "",
        f"{token.lemma_.lower()} {after.lemma_.lower()}" if after is not None else "",
        # a two-word noun on its head: "air raids" is read on "raids", which the
        # parse makes the subject or object
        f"{before.lower_} {token.lemma_.lower()}" if before is not None else "",
        token.lemma_.lower(),
        token.lower_,
    ):
        entry = lex.triggers.get(key)
        if entry and token.pos_ in entry["pos"]:
            family = str(entry["family"])
            if key == "strike" and not weapons.is_air(token, lex):
                return None
            if family == "grenade" and any(c.lower_ in NON_LETHAL for c in token.lefts):
                return None  # "stun grenades" fired at crowds: no grenade attack
            if key == "bomber" and not any(c.lower_ == "suicide" for c in token.lefts):
                return None  # "bomber aircraft"; "a suicide bomber" is an attack
            if family in ("clash", "ied") and any(c.lower_ == "suicide" for c in token.lefts):
                return "suicide"  # "suicide attacks", "suicide bombing"
            if family == "clash" and token.pos_ == "NOUN":
                return weapons.compound(token, lex) or weapons.carried_out_by(token, lex) or family
            return family
    return None


def _reports_event(
    token: Any,
    family: str,
    governed: dict[int, int],
    *,
    headline: bool = False,
    named: bool = True,
) -> bool:
    if token.dep_ in ("pobj", "pcomp") and token.head.lower_ == "without":
        return False  # "left the town without fighting", "without a fight"
    if token.pos_ == "VERB":
        if token.dep_ == "amod" and token.tag_ == "VBN":
            return False  # "the recently liberated town"
        if token.dep_ == "relcl" and any(c.lower_ == "had" for c in token.children):
            return False  # "a former fighter who had signed the peace deal": background
        verb = token
        if family == "protest":  # "gathered in Lagos on Monday to protest"
            verb = syntax.purpose_of(token) or token
    else:
        verb = _noun_governor(token, governed)
        if verb is None:  # a headline may be a noun phrase: "Renewed clashes in Daraa"
            return headline and _heads_phrase(token)
    if syntax.is_negated(verb) or syntax.is_irrealis(verb) or background.accused_of(token):
        return False
    if syntax.long_since(verb):
        return False  # "12 months since Mosul was taken by ISIL": background
    if verb.lemma_ in ("demonstrate", "protest") and any(c.dep_ == "dobj" for c in verb.children):
        return False  # "demonstrated their resolve" is no demonstration
    if not (syntax.is_past(verb) or (headline and syntax.is_headline_present(verb))):
        return False
    return not (named and family == "territory" and not _has_place_object(token))


def _is_headline(sent: Any) -> bool:
    """A headline: a line of its own, short, with no closing punctuation. Headlines tell
    what happened in the present tense ("Regime forces shell Kafr Nabudah")."""
    if len(sent) > 25:
        return False
    text = sent.text.strip()
    if not text or text[-1] in '.!?"\u201d:;':
        return False
    after = sent.doc[sent.end] if sent.end < len(sent.doc) else None
    return after is None or "\n" in after.text


def _heads_phrase(token: Any) -> bool:
    """The head of a verbless headline, or one of its conjoined heads."""
    head = token.head if token.dep_ == "conj" else token
    return head.dep_ == "ROOT" and head.pos_ in ("NOUN", "PROPN") and token.pos_ == "NOUN"


def _noun_governor(token: Any, governed: dict[int, int]) -> Any | None:
    """The verb that makes a noun trigger an event (see ``patterns``), or None."""
    if token.dep_ == "compound":
        return None  # "special operations units", "battle tank": the head is what is meant
    if token.dep_ == "conj" and token.i not in governed:
        return _noun_governor(token.head, governed)
    verb = governed.get(token.i)
    if verb is None and token.dep_ == "ROOT":  # "A drone strike killed 30 farmers", the
        # verb hung on the noun as a participle: the noun is its subject
        verb = next((c.i for c in token.children if syntax.is_hung_main_verb(c)), None)
    return token.doc[verb] if verb is not None else None


def _has_place_object(token: Any) -> bool:
    """A territory verb needs a place to change hands, not a tank: its object ("took
    Mosul", "overran Mosul" however parsed), the place it took "control of" or "parts
    of", or the place the enemy was driven "from"."""
    if token.dep_ == "acl" and not syntax.is_hung_main_verb(token):
        return False  # "equipment captured near Palmyra": a description, not a capture
    if token.lemma_ == "fall":  # "Marib fell to the Houthis": the place is the subject
        return any(c.dep_ == "nsubj" and frames.is_place(c) for c in token.children)
    if token.dep_ == "amod":  # a verb the parser attached to its object: "liberated X village"
        objects = list(syntax.conjuncts(token.head))
    else:
        heads = [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
        heads += [c for c in token.children if c.dep_ in ("advmod", "npadvmod") and c.ent_type_]
        # "took control of Kidal", "dislodged the fighters from Dikwa", "pushed them out
        # of Bartella" (not "seized tanks from the airfield"): a proper noun there is a
        # place whatever the model labelled it
        preps = [c for h in [token, *heads] for c in h.children if c.dep_ == "prep"]
        preps += [c for p in preps if p.lower_ == "out" for c in p.children if c.dep_ == "prep"]
        expelled = token.lemma_ in EXPEL_VERBS
        control = any(c.dep_ == "dobj" and c.lower_ == "control" for c in token.children)
        for p in preps:
            # "took control of X", the parse hanging "of X" on the noun or on the verb
            of_control = p.lower_ == "of" and (p.head.lower_ == "control" or control)
            part_of = p.lower_ == "of" and p.head.lower_ in PART_WORDS  # "overran parts of X"
            driven_from = expelled and (p.lower_ == "from" or p.head.lower_ == "out")
            driven_from |= token.lemma_ == "withdraw" and p.lower_ == "from"  # "withdrew
            # from Kafr Sajna after a day of fighting" (the frame asks for the fight)
            if of_control or part_of or driven_from:
                pobjs = [g for g in p.children if g.dep_ == "pobj"]
                if any(g.pos_ == "PROPN" or frames.is_place(g) for g in pobjs):
                    return True
        objects = [t for h in heads for t in syntax.conjuncts(h)]
    return any(frames.is_place(t) for t in objects)


def _anaphoric(sent: Any) -> bool:
    for token in sent:
        if token.lower_ in ANAPHORIC_NOUNS and any(
            c.lower_ in ANAPHORS for c in token.children if c.dep_ == "det"
        ):
            return bool(token.dep_ in ("pobj", "dobj") or token.dep_.startswith("nsubj"))
    return False


def _supplement(report: Report, index: int, sent: Any) -> Mention | None:
    """A sentence that only adds to an earlier mention: "the incident was not due to …"."""
    if not _has_cause(report.text[sent.start_char : sent.end_char].lower()):
        return None
    for token in sent:
        if token.lower_ in ANAPHORIC_NOUNS | {"incident"} and any(
            c.lower_ in ANAPHORS for c in token.children
        ):
            evidence = report.evidence(
                "reference", token.left_edge.idx, token.idx + len(token.text)
            )
            return Mention(
                sentence=index,
                trigger=evidence,
                event_type="",
                sub_event_type="",
                family="supplement",
                generic=True,
                anaphoric=True,
                supplement=True,
            )
    return None
