"""Dependency patterns (spaCy ``DependencyMatcher``) that make a noun trigger an event.

A noun like "raids" or "airstrike" reports an event only in certain constructions:

- ``LIGHT_VERB``: the object of a light verb — "ISIS *conducted raids*".
- ``SUBJECT``: the subject of a verb — "*clashes erupted*", "*an airstrike killed* …".
- ``MEANS``: the object of in/during/after under a casualty verb — "*killed in an
  airstrike*".
- ``RELATIVE``: the head of a relative clause with an event verb — "*attacks* … which
  targeted and *killed* scores of civilians".
- ``RESPONSIBILITY``: what a party claims or takes responsibility for — "IS *claimed
  responsibility for* a suicide *attack*".

``governors`` maps each matched noun to the verb whose tense, negation and mood decide
whether the event happened.
"""

from __future__ import annotations

from typing import Any

from frontlog.lexicon import Lexicon

CASUALTY_VERBS = ["kill", "die", "injure", "wound", "destroy", "sustain", "target", "hit"]
CASUALTY_PREPS = ["in", "during", "after", "by", "amid"]
RESPONSIBLE = ["claim", "take", "admit", "accept", "bear"]

_matchers: dict[tuple[int, int], tuple[Any, dict[int, tuple[int, int]]]] = {}


def _noun_lemmas(lexicon: Lexicon) -> list[str]:
    return sorted(
        {  # "sit-in" is parsed as "sit", "-", "in": its last word is the head
            key.split()[-1].split("-")[-1]
            for key, entry in lexicon.triggers.items()
            if "NOUN" in entry["pos"]
        }
    )


Positions = tuple[int, int]  # where the noun and the verb stand in a match


def _patterns(lexicon: Lexicon) -> dict[str, tuple[Positions, list[dict[str, Any]]]]:
    """Pattern name → ((noun position, verb position), the pattern)."""
    nouns = {"LEMMA": {"IN": _noun_lemmas(lexicon)}}
    light = sorted(lexicon.light_verbs)
    return {
        "LIGHT_VERB": ((1, 0), [
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"LEMMA": {"IN": light}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
             "RIGHT_ATTRS": {**nouns, "DEP": {"IN": ["dobj", "nsubjpass"]}}},
        ]),
        "SUBJECT": ((1, 0), [
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB"}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "noun",
             "RIGHT_ATTRS": {**nouns, "DEP": "nsubj"}},
        ]),
        "MEANS": ((2, 0), [
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB", "LEMMA": {"IN": CASUALTY_VERBS}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "prep",
             "RIGHT_ATTRS": {"LOWER": {"IN": CASUALTY_PREPS}}},
            {"LEFT_ID": "prep", "REL_OP": ">", "RIGHT_ID": "noun",
             "RIGHT_ATTRS": {**nouns, "DEP": "pobj"}},
        ]),
        "RELATIVE": ((0, 1), [
            {"RIGHT_ID": "noun", "RIGHT_ATTRS": nouns},
            {"LEFT_ID": "noun", "REL_OP": ">", "RIGHT_ID": "verb",
             "RIGHT_ATTRS": {"DEP": "relcl", "POS": "VERB",
                             "LEMMA": {"IN": CASUALTY_VERBS + light}}},
        ]),
        "RESPONSIBILITY": ((3, 0), [
            {"RIGHT_ID": "verb", "RIGHT_ATTRS": {"POS": "VERB", "LEMMA": {"IN": RESPONSIBLE}}},
            {"LEFT_ID": "verb", "REL_OP": ">", "RIGHT_ID": "what",
             "RIGHT_ATTRS": {"LOWER": "responsibility", "DEP": "dobj"}},
            {"LEFT_ID": "what", "REL_OP": ">", "RIGHT_ID": "for", "RIGHT_ATTRS": {"LOWER": "for"}},
            {"LEFT_ID": "for", "REL_OP": ">", "RIGHT_ID": "noun",
             "RIGHT_ATTRS": {**nouns, "DEP": "pobj"}},
        ]),
    }  # fmt: skip


def _matcher(vocab: Any, lexicon: Lexicon) -> tuple[Any, dict[int, tuple[int, int]]]:
    from spacy.matcher import DependencyMatcher

    key = (id(vocab), id(lexicon))
    if key not in _matchers:
        matcher = DependencyMatcher(vocab)
        positions: dict[int, tuple[int, int]] = {}
        for name, (where, pattern) in _patterns(lexicon).items():
            matcher.add(name, [pattern])
            positions[vocab.strings[name]] = where
        _matchers[key] = (matcher, positions)
    return _matchers[key]


def governors(doc: Any, lexicon: Lexicon) -> dict[int, int]:
    """Token index of each event noun → token index of the verb that governs it."""
    matcher, positions = _matcher(doc.vocab, lexicon)
    out: dict[int, int] = {}
    for match_id, token_ids in matcher(doc):
        noun_at, verb_at = positions[match_id]
        out.setdefault(token_ids[noun_at], token_ids[verb_at])
    return out
