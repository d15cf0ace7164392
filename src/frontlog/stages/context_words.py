"""Words of a sentence that the typing rules read: context words ("tear gas", "a mob"),
and armed men named as such, or as the doer of a verb. Shared by ``families`` and
``mobs``."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from frontlog.lexicon import Lexicon
from frontlog.stages.actor_match import find_actors
from frontlog.stages.background import accused_of

ARMED_NOUNS = {"forces", "troops", "army", "rebels", "militants", "fighters", "insurgents"}
ARMED_NOUNS |= {"jihadists", "militia", "militias", "militiamen", "government", "regime"}
ARMED_NOUNS |= {"soldiers", "gunmen", "bandits"}


def armed_word(token: Any) -> bool:
    """A named group ("the Houthis", "Islamic State") or armed men: "fell to rebels"."""
    return token.ent_type_ in ("ORG", "NORP") or token.lower_ in ARMED_NOUNS


def has(sent: Any, context: str, lexicon: Lexicon, *, deeds: bool = False) -> bool:
    """Whether the sentence has one of the context's words or phrases; with ``deeds``,
    a word that tells of no deed here does not count (``no_deed``)."""
    words = lexicon.contexts.get(context, ())
    tokens, text = _words_of(sent, deeds)
    # a phrase, or a hyphenated word ("sit-in", which the tokenizer splits in three), is
    # looked for in the text; a word among the tokens
    return any((w in text) if " " in w or "-" in w else (w in tokens) for w in words)


@lru_cache(maxsize=32)
def _words_of(sent: Any, deeds: bool) -> tuple[frozenset[str], str]:
    """A sentence's words and lower-case text, read once for all the contexts tried on
    it (a ``Span`` hashes as its doc and place)."""
    tokens = frozenset(t.lower_ for t in sent if not (deeds and no_deed(t)))
    return tokens, sent.text.lower()


def armed_subject(verb: Any) -> bool:
    """Armed men or forces as the subject: "soldiers marched through villages"."""
    return any(c.dep_ == "nsubj" and c.lower_ in ARMED_NOUNS for c in verb.children)


def no_deed(token: Any) -> bool:
    """A word that tells of no deed here: a participle describing a noun ("detained
    leaders"), what someone is accused of ("accused of killing a soldier"), or what a
    road was blocked with ("blocked roads with rocks and tree trunks": not thrown)."""
    return (token.dep_ == "amod" and token.tag_ == "VBN") or accused_of(token) or _barricade(token)


BLOCKING = {"block", "barricade", "close", "seal", "cut"}


def _barricade(token: Any) -> bool:
    prep = token.head if token.dep_ == "pobj" else token.head.head  # "rocks and trunks"
    return prep.lower_ == "with" and prep.head.lemma_ in BLOCKING and token.pos_ == "NOUN"


def armed_doer(verb: Any, lexicon: Lexicon, *, nonstate: bool = False, state: bool = False) -> bool:
    """Armed men or a named group as the subject (or the passive's doer: "taken by
    gunmen"), or the subject of the verb before an
    "and" ("armed men stopped a bus and marched 18 passengers into the bush"); with
    ``nonstate``, not a state's forces ("32 Maoist cadres surrendered", not "the junta's
    command there surrendered"); with ``state``, only a state's forces ("gendarmes held a
    journalist", not "gunmen held 20 passengers")."""
    doer = verb
    if verb.dep_ == "conj" and not any(c.dep_ == "nsubj" for c in verb.children):
        doer = verb.head
    agents = [g for c in doer.children if c.dep_ == "agent" for g in c.children]  # "by
    # gunmen"
    for subject in [c for c in doer.children if c.dep_ == "nsubj"] + agents:
        words = subject.doc[subject.left_edge.i : subject.i + 1]
        found = find_actors(words.text, 0, lexicon, country=None, unplaced=True)
        by_state = any(a.kind in ("state", "external") for a in found) or any(
            t.lower_ in STATE_NOUNS for t in subject.subtree
        )
        if (nonstate and by_state) or (state and not by_state):
            return False
        if any(armed_word(t) for t in subject.subtree):
            return True
        if any(a.kind not in ("civilians", "protesters", "rioters") for a in found):
            return True  # "armed men", "Imbonerakure youths"
    return False


STATE_NOUNS = {"forces", "troops", "army", "soldiers", "government", "regime", "police"}
