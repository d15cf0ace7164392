"""The words a trigger may be read on, and the tokens of a doc that are such words.

The mentions stage reads each sentence's triggers twice (once to pick the sentences
the model's entity recognizer reads, once to find the mentions), and most words are no
trigger. :func:`may_trigger` tells from the doc's arrays which tokens pass the cheap
tests of a trigger (part of speech, the word or its lemma), so that only those are
looked at as tokens.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from frontlog.lexicon import Lexicon

REMEMBERED = 200_000  # lemmas remembered; then forgotten, so memory stays bounded


@cache
def trigger_pos(lexicon: Lexicon) -> frozenset[str]:
    """The parts of speech a trigger may have; frames and weapon verbs are verbs."""
    return frozenset({"VERB"} | {p for entry in lexicon.triggers.values() for p in entry["pos"]})


@cache
def trigger_words(lexicon: Lexicon) -> frozenset[str]:
    """Every word a trigger may be read on: a word of a trigger ("air" and "raids" of
    "air raids", "in" of "sit-in"), a frame verb, a weapon verb."""
    words = {w for key in lexicon.triggers for w in key.lower().replace("-", " ").split()}
    words |= {w for key in lexicon.triggers for w in key.lower().split()}  # "tear-gas"
    return frozenset(words | set(lexicon.frames) | set(lexicon.weapon_verbs))


def is_trigger_word(token: Any, lexicon: Lexicon) -> bool:
    """Whether a trigger may be read on ``token``: its part of speech, and its word, its
    lemma or its lemma in lower case."""
    if token.pos_ not in trigger_pos(lexicon):
        return False
    words = trigger_words(lexicon)
    return token.lower_ in words or token.lemma_ in words or token.lemma_.lower() in words


class _Hashes:
    """:func:`is_trigger_word` on the values of a doc's arrays."""

    def __init__(self, lexicon: Lexicon) -> None:
        from spacy.parts_of_speech import IDS
        from spacy.strings import get_string_id

        self.words = trigger_words(lexicon)
        self.pos = frozenset(IDS[p] for p in trigger_pos(lexicon) if p in IDS)
        self.hashes = frozenset(get_string_id(w) for w in self.words)
        self.lowered: dict[int, bool] = {}  # a lemma's hash → its lower case is a word

    def passes(self, pos: int, lower: int, lemma: int, strings: Any) -> bool:
        if pos not in self.pos:
            return False
        if lower in self.hashes or lemma in self.hashes:
            return True
        found = self.lowered.get(lemma)
        if found is None:
            if len(self.lowered) > REMEMBERED:
                self.lowered.clear()
            found = self.lowered[lemma] = strings[lemma].lower() in self.words
        return found


@cache
def _hashes(lexicon: Lexicon) -> _Hashes:
    return _Hashes(lexicon)


def may_trigger(doc: Any, lexicon: Lexicon) -> frozenset[int]:
    """The indices of the tokens of ``doc`` a trigger may be read on
    (:func:`is_trigger_word`), from its arrays."""
    from spacy.attrs import LEMMA, LOWER, POS

    hashes = _hashes(lexicon)
    strings = doc.vocab.strings
    rows = doc.to_array([POS, LOWER, LEMMA]).tolist()
    return frozenset(
        i for i, (pos, lower, lemma) in enumerate(rows) if hashes.passes(pos, lower, lemma, strings)
    )
