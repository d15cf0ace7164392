"""Small helpers over spaCy's parse, shared by the stages."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

Token = Any  # spacy.tokens.Token
Span = Any  # spacy.tokens.Span

MODALS = {"will", "would", "could", "may", "might", "should", "must", "can", "shall"}
PERFECT = {"have", "has", "had"}
NP_RIGHT = {"compound", "amod", "nummod", "poss", "case", "pobj", "nmod"}


def np_bounds(token: Token) -> tuple[int, int]:
    """Character span of the noun phrase headed by ``token``, without its conjuncts."""
    left = token.left_edge
    right = token
    for child in token.rights:
        if child.dep_ in NP_RIGHT:
            right = max(right, child.right_edge, key=lambda t: t.i)
    start = left.idx
    end = right.idx + len(right.text)
    return start, end


def np_with_of(token: Token) -> tuple[int, int]:
    """Like ``np_bounds`` but keeps an ``of`` phrase: "large numbers of ISIS fighters"."""
    start, end = np_bounds(token)
    for child in token.rights:
        if child.dep_ == "prep" and child.lower_ == "of":
            last = child.right_edge
            end = max(end, last.idx + len(last.text))
    return start, end


def conjuncts(token: Token) -> Iterator[Token]:
    """The token and every token conjoined to it (also through appositions, but not a
    part of it: "17 people, nine of them children", "among them three children")."""
    seen = {token.i}
    todo = [token]
    while todo:
        tok = todo.pop(0)
        yield tok
        for child in tok.children:
            if (child.dep_ == "appos" and _a_part(child)) or lost_speaker(child):
                continue
            if child.dep_ in ("conj", "appos") and child.i not in seen:
                seen.add(child.i)
                todo.append(child)


SPEECH = {"say", "tell", "report", "announce", "state", "confirm", "add", "claim"}


def lost_speaker(token: Token) -> bool:
    """A noun the parser hung on the phrase before it that is the subject of the speech
    verb right after it: "killing a shepherd and his son, a local rescue team said"."""
    doc = token.doc
    after = token.i + 1
    if after >= len(doc) or token.dep_ not in ("appos", "conj") or token.pos_ != "NOUN":
        return False
    verb = doc[after]
    return (
        verb.lemma_ in SPEECH
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)
    )


def _a_part(appos: Token) -> bool:
    """ "nine of them children", "among them three children", "including two women"."""
    return any(
        t.lower_ in ("them", "whom") and t.head.lower_ in ("of", "among") for t in appos.subtree
    ) or any(t.lower_ in ("including", "among") and t.dep_ == "prep" for t in appos.subtree)


def clause_verb(token: Token) -> Token:
    """The verb whose clause holds ``token`` (the token itself for a verb)."""
    tok = token
    for _ in range(8):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("amod", "compound"):
            return tok
        if tok.head.i == tok.i:
            return tok
        tok = tok.head
    return tok


def is_negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return verb.dep_ in ("xcomp", "conj") and any(c.dep_ == "neg" for c in head.children)


def misattached(verb: Token) -> bool:
    """A past tense the parser made the conjunct of a gerund, which it cannot be: "beat"
    in "dragged two men suspected of stealing a phone and beat them"."""
    return bool(verb.dep_ == "conj" and verb.tag_ == "VBD" and verb.head.tag_ == "VBG")


def finite_verb(verb: Token) -> Token:
    """The verb a misattached past tense goes with: "dragged" for "beat" above."""
    if not misattached(verb):
        return verb
    for above in verb.ancestors:
        if above.tag_ == "VBD" and above.dep_ != "conj":
            return above
    return verb


def passive_agent(prep: Token) -> bool:
    """A "by" the parser hung on a place instead of the passive verb: "was taken from
    his house in Herat by Taliban fighters" (the fighters did it)."""
    if prep.lower_ != "by" or prep.dep_ != "prep" or prep.head.pos_ != "PROPN":
        return False  # (not "after its occupation by ISIL")
    for above in prep.ancestors:
        if above.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "auxpass" for c in above.children)
        if above.dep_ not in ("pobj", "prep"):
            return False
    return False


GATHER = {"gather", "assemble", "converge", "come", "turn", "meet", "flock", "pour"}


def purpose_of(verb: Token) -> Token | None:
    """The deed a "to"-infinitive is the purpose of: "gathered in Lagos to protest",
    "closed their shops to protest" (then the protest happened when that deed did);
    not what was planned, vowed or threatened ("planned to protest")."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    head = verb.head
    if head.i == verb.i or head.pos_ != "VERB":
        return None
    if verb.dep_ == "advcl" or (verb.dep_ == "xcomp" and head.lemma_ in GATHER):
        return head
    return None


def is_irrealis(verb: Token) -> bool:
    """Future, conditional or modal: "will be able to", "could attack"."""
    tokens = [verb, verb.head] if verb.dep_ in ("xcomp", "conj") else [verb]
    for tok in tokens:
        for child in tok.children:
            if child.dep_ in ("aux", "auxpass") and child.lower_ in MODALS:
                return True
    return False


# a participle in these relations happened when the verb above it did; a gerund subject
# too ("Fighting between rival groups left 32 dead")
CLAUSE_DEPS = ("xcomp", "advcl", "conj", "pcomp", "acl", "ccomp", "nsubj", "csubj")


def is_past(verb: Token) -> bool:
    """Reported as having happened: past tense, perfect, or a participle under one."""
    tag = verb.tag_
    if tag == "VBD":
        return True
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if tag in ("VBN", "VBG") and any(
        a.tag_ in ("VBD", "VBN") or a.lower_ in PERFECT for a in auxes
    ):
        return True
    if is_hung_main_verb(verb):
        return True
    if tag in ("VBG", "VBN") and verb.dep_ in CLAUSE_DEPS:
        governor = verb.head
        # spaCy makes a new Token object on every access: compare positions, not identity
        while governor.pos_ not in ("VERB", "AUX") and governor.head.i != governor.i:
            governor = governor.head  # "because of the group's shelling" → "suffered"
        return governor.i != verb.i and governor.pos_ in ("VERB", "AUX") and is_past(governor)
    if tag == "VBN" and verb.dep_ == "ROOT" and not auxes:
        # a main verb with a subject and no auxiliary is a past tense mistagged
        # ("A man hurled a grenade", "militants overran Mosul")
        return any(c.dep_ == "nsubj" for c in verb.children)
    return tag in ("VBZ", "VBP") and any(a.lower_ in PERFECT for a in auxes)


def is_hung_main_verb(verb: Token) -> bool:
    """A past main verb the parser hung on its subject as a participle ("Bandits
    abducted 24 students": "abducted" an ``acl`` of the sentence's root "Bandits"). A
    participle that describes a noun has no object of its own ("the men abducted"); a
    crowd's verb with no passive, after its count's "of" phrase, needs none ("Hundreds of
    teachers protested")."""
    hung = (
        verb.tag_ in ("VBN", "VBD")
        and verb.dep_ == "acl"
        and verb.head.dep_ == "ROOT"
        and verb.head.pos_ in ("NOUN", "PROPN")
    )
    if not hung:
        return False
    if verb.i == verb.head.i + 1:
        return any(c.dep_ == "dobj" for c in verb.children)
    return verb.lemma_ in INTRANSITIVE and _after_its_of(verb.head, verb)


INTRANSITIVE = {"protest", "demonstrate", "march", "rally", "riot"}  # no passive: "Hundreds
# of teachers protested" is never "teachers who were protested"


def _after_its_of(noun: Token, verb: Token) -> bool:
    """``verb`` comes right after ``noun``'s own "of" phrase: "Hundreds of teachers"."""
    of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == noun.i + 1]
    return bool(of) and of[0].right_edge.i == verb.i - 1


def is_headline_present(verb: Token) -> bool:
    """A present-tense main verb, as headlines report what happened ("forces shell X",
    "clashes continue"); not a participle, an infinitive or a subordinate verb."""
    if verb.tag_ not in ("VBZ", "VBP"):
        return False
    return verb.dep_ in ("ROOT", "conj") or (verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT")


def span_of(doc: Any, start: int, end: int) -> Span:
    """The tokens covering characters ``start``–``end`` (a sentence, a trigger, an actor)."""
    return doc.char_span(start, end, alignment_mode="expand")


sentence_of = span_of


def object_read_as_subject(verb: Token, event_lemmas: set[str]) -> bool:
    """A gerund the parser made a clause of a deed with no object of its own: its
    subject is the deed's object ("shot dead [an Israeli woman] driving near Hebron")."""
    deed = verb.head
    return (
        verb.tag_ == "VBG"
        and verb.dep_ in ("ccomp", "xcomp", "advcl")  # "… farmers resting after work"
        and deed.i < verb.i  # the deed told first, the victim after it
        and deed.lemma_ in event_lemmas
        and not any(c.dep_ in ("dobj", "nsubjpass") for c in deed.children)
    )


VICTIM_NOUNS = {"dead", "victims", "casualties", "wounded", "injured", "killed"}
VICTIM_PARTICIPLES = {"kill", "wound", "injure", "hurt"}


def marked(verb: Any, words: Collection[str]) -> bool:
    """Whether ``verb``'s clause is introduced by one of ``words`` ("as", "after")."""
    return any(c.dep_ == "mark" and c.lower_ in words for c in verb.children)


DURATIONS = {"day", "week", "month", "year", "decade", "anniversary"}


def long_since(verb: Any) -> bool:
    """A time measured since it happened: "nearly 12 months since Mosul was taken by
    ISIL", "a year since the town fell" (background, not news)."""
    since = [c for c in verb.children if c.dep_ == "mark" and c.lower_ == "since"]
    spans = [*verb.children, *(d for c in since for d in c.children)]  # the time hangs on
    # either
    return bool(since) and any(
        d.dep_ == "npadvmod" and d.lemma_.lower() in DURATIONS for d in spans
    )


PASSING = {"cross", "pass", "drive", "travel", "move", "patrol", "walk", "ride", "leave"}


def passing_by(verb: Any) -> bool:
    """The subject was passing when it happened: "detonated a device as an army patrol
    crossed the bridge", "opened fire as worshippers left the mosque": those are whom it
    hit, not who did it."""
    return bool(
        verb.dep_ == "advcl" and verb.lemma_ in PASSING and marked(verb, ("as", "when", "while"))
    )


def came_under(verb: Any) -> bool:
    """ "A patrol came under fire", "came under attack from gunmen": the subject is who
    was attacked."""
    return bool(
        verb.lemma_ == "come"
        and any(c.dep_ == "prep" and c.lower_ == "under" for c in verb.children)
    )


def among_victims(verb: Any) -> bool:
    """ "Two children were among five people killed when aircraft bombed …", "were among
    the dead": the subject is of the victims (not "was among the attackers")."""
    if verb.lemma_ != "be":
        return False
    objects = [
        o
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "among"
        for o in p.children
        if o.dep_ == "pobj"
    ]
    return any(
        o.lower_ in VICTIM_NOUNS
        or any(c.dep_ in ("acl", "amod") and c.lemma_ in VICTIM_PARTICIPLES for c in o.children)
        for o in objects
    )


def sentence_bounds(doc: Any) -> tuple[tuple[int, int], ...]:
    """``(start_char, end_char)`` of each of ``doc.sents`` that is not white space alone,
    read from the doc's arrays (as ``doc.sents`` splits: a token whose ``sent_start`` is
    1 begins a sentence) without making a ``Span`` per sentence."""
    from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START

    if "sents" in doc.user_hooks:
        return tuple((s.start_char, s.end_char) for s in doc.sents if s.text.strip())
    rows = doc.to_array([SENT_START, IDX, LENGTH, IS_SPACE]).tolist()
    starts = [0, *(i for i in range(1, len(rows)) if rows[i][0] == 1)]
    out = []
    for start, end in zip(starts, [*starts[1:], len(rows)], strict=True):
        if start < end and not all(row[3] for row in rows[start:end]):
            out.append((rows[start][1], rows[end - 1][1] + rows[end - 1][2]))
    return tuple(out)
