"""The parse-based rules on hand-built spaCy Docs: no model, every parse spelled out."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from frontlog.lexicon import load_lexicon
from frontlog.stages import patterns, syntax
from frontlog.stages.actors import VICTIM_VERBS, _role
from frontlog.stages.mentions import _family, _reports_event

VOCAB = spacy.blank("en").vocab


def parse(spec: str) -> Doc:
    """ "word/TAG/POS/dep/head lemma" tokens, heads as token indices."""
    words, tags, pos, deps, heads, lemmas = [], [], [], [], [], []
    for item in spec.split():
        word, tag, p, dep, head, *lemma = item.split("/")
        words.append(word)
        tags.append(tag)
        pos.append(p)
        deps.append(dep)
        heads.append(int(head))
        lemmas.append(lemma[0] if lemma else word.lower())
    return Doc(VOCAB, words=words, tags=tags, pos=pos, deps=deps, heads=heads, lemmas=lemmas)


class _Ctx:
    lexicon = load_lexicon()


def reports(doc: Doc, i: int) -> bool:
    family = _family(doc[i], _Ctx())  # type: ignore[arg-type]
    assert family is not None
    return _reports_event(doc[i], family, patterns.governors(doc, _Ctx.lexicon))


ATTACKED = (
    "ISIS/NNP/PROPN/nsubj/1 attacked/VBD/VERB/ROOT/1/attack the/DT/DET/det/3 SAA/NNP/PROPN/dobj/1"
)


def test_a_past_verb_reports_an_event() -> None:
    assert reports(parse(ATTACKED), 1)


@pytest.mark.parametrize(
    "spec",
    [
        # "ISIS did not attack the SAA"
        "ISIS/NNP/PROPN/nsubj/3 did/VBD/AUX/aux/3 not/RB/PART/neg/3 attack/VB/VERB/ROOT/3 "
        "the/DT/DET/det/5 SAA/NNP/PROPN/dobj/3",
        # "ISIS will attack the SAA"
        "ISIS/NNP/PROPN/nsubj/2 will/MD/AUX/aux/2 attack/VB/VERB/ROOT/2 "
        "the/DT/DET/det/4 SAA/NNP/PROPN/dobj/2",
        # "ISIS attacks the SAA" (habitual present)
        "ISIS/NNP/PROPN/nsubj/1 attacks/VBZ/VERB/ROOT/1/attack "
        "the/DT/DET/det/3 SAA/NNP/PROPN/dobj/1",
    ],
)
def test_negated_future_and_habitual_verbs_do_not(spec: str) -> None:
    assert not reports(parse(spec), next(i for i, t in enumerate(spec.split()) if "attack" in t))


def test_noun_triggers_need_a_governing_construction() -> None:
    # "ISIS conducted raids": object of a light verb
    raids = parse(
        "ISIS/NNP/PROPN/nsubj/1 conducted/VBD/VERB/ROOT/1/conduct raids/NNS/NOUN/dobj/1/raid"
    )
    assert reports(raids, 2)
    # "the raids worried residents": subject of a verb, but present tense → no
    worry = parse(
        "the/DT/DET/det/1 raids/NNS/NOUN/nsubj/2/raid worry/VBP/VERB/ROOT/2 "
        "residents/NNS/NOUN/dobj/2/resident"
    )
    assert not reports(worry, 1)
    # "special operations units carried out …": a modifier, not a trigger
    units = parse(
        "special/JJ/ADJ/amod/2 operations/NNS/NOUN/compound/2/operation "
        "units/NNS/NOUN/nsubj/3/unit "
        "carried/VBD/VERB/ROOT/3/carry out/RP/ADP/prt/3"
    )
    assert not reports(units, 1)


def test_an_adjectival_participle_is_not_an_event() -> None:
    # "the recently liberated town"
    doc = parse(
        "the/DT/DET/det/3 recently/RB/ADV/advmod/2 liberated/VBN/VERB/amod/3/liberate "
        "town/NN/NOUN/ROOT/3"
    )
    assert not reports(doc, 2)


def test_roles_from_the_parse() -> None:
    events = set(load_lexicon().triggers)
    doc = parse(ATTACKED)
    assert _role(doc[0], events, VICTIM_VERBS) == "actor1"
    assert _role(doc[3], events, VICTIM_VERBS) == "actor2"
    # "two US soldiers died": the subject of die was acted on
    died = parse(
        "two/CD/NUM/nummod/2 US/NNP/PROPN/compound/2 soldiers/NNS/NOUN/nsubj/3 "
        "died/VBD/VERB/ROOT/3/die"
    )
    assert _role(died[2], events, VICTIM_VERBS) == "actor2"


def test_syntax_helpers() -> None:
    perfect = parse("ISIS/NNP/PROPN/nsubj/2 has/VBZ/AUX/aux/2 attacked/VBN/VERB/ROOT/2/attack")
    assert syntax.is_past(perfect[2])
    doc: Any = parse(ATTACKED)
    assert syntax.np_bounds(doc[3]) == (doc[2].idx, doc[3].idx + 3)


def test_a_participle_under_a_verbless_headline_is_not_past() -> None:
    # "Clashes in Aleppo, killing 14": the walk up from the participle reaches a noun
    # root (whose head is itself) and stops there; it once looped for ever.
    doc = parse(
        "Clashes/NNS/NOUN/ROOT/0 in/IN/ADP/prep/0 Aleppo/NNP/PROPN/pobj/1 ,/,/PUNCT/punct/0 "
        "killing/VBG/VERB/acl/0/kill 14/CD/NUM/dobj/4"
    )
    assert not syntax.is_past(doc[4])
    assert syntax.clause_verb(doc[2]).i == 0


def test_a_place_name_used_as_a_modifier_is_not_a_location() -> None:
    from frontlog.stages.place_find import find_places

    words = ["U.S.", "airstrikes", "hit", "targets", "near", "Tal", "-", "Afar", "town"]
    doc = Doc(
        VOCAB,
        words=words,
        spaces=[True, True, True, True, True, False, False, True, False],
        pos=["PROPN", "NOUN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "NOUN"],
        deps=["compound", "nsubj", "ROOT", "dobj", "prep", "compound", "punct", "compound",
              "pobj"],
        heads=[1, 2, 2, 2, 2, 7, 7, 8, 4],
        ents=["B-GPE", "O", "O", "O", "O", "B-GPE", "I-GPE", "I-GPE", "O"],
    )  # fmt: skip
    (place,) = find_places(doc[:], load_lexicon())
    assert (place.name, place.relation) == ("Tal-Afar", "near")


def test_demonstrating_resolve_is_not_a_protest() -> None:
    resolve = parse(
        "they/PRP/PRON/nsubj/1 demonstrated/VBD/VERB/ROOT/1/demonstrate "
        "their/PRP$/PRON/poss/3 resolve/NN/NOUN/dobj/1"
    )
    assert not reports(resolve, 1)
    marched = parse("students/NNS/NOUN/nsubj/1/student demonstrated/VBD/VERB/ROOT/1/demonstrate")
    assert reports(marched, 1)
