"""Names that are not places where they stand: a people or a faith, a claimant, a
country that speaks, a name used as a modifier, a hometown, the country whose forces are
meant, where the speaker is. Used by ``place_find`` and ``parse``."""

from __future__ import annotations

from typing import Any

from frontlog.lexicon import Lexicon
from frontlog.stages.actor_ethnic import find_ethnic
from frontlog.stages.frames import undergoes
from frontlog.stages.place_words import (
    ADMIN_WORDS,
    AREA_NOUNS,
    CLASSIFIER,
    FACILITIES,
    FAITHS,
    FORCE_WORDS,
    HOLIDAYS,
    IN,
    KEEP_SUFFIX,
    NEAR,
    PARTNERS,
    PEOPLES,
    SAYING,
    SPEAKERS,
    word_before,
)

RULERS = {"junta", "regime"}


def where_the_speaker_is(ent: Any) -> bool:
    for token in ent.root.ancestors:
        if token.dep_ == "nsubj" and token.head.lemma_ in SAYING:
            return token.lower_ in SPEAKERS
    return False


def people_word(ent: Any, lexicon: Lexicon) -> bool:
    """A people or a faith ("Syrians", "Sunnis", "Islam"), or a word for forces or
    rulers ("Junta"), not a place; for a name the model labelled a nationality, also
    any adjective."""
    text = ent.text
    one = text[:-1] if text.endswith("s") else text
    if one in lexicon.demonyms or one.lower() in FAITHS | PEOPLES:
        return True
    if text.lower() in FORCE_WORDS | RULERS:
        return True  # "Junta and Arakan Army negotiators agreed", a sentence's first word
    after = ent.doc[ent.end].lower_ if ent.end < len(ent.doc) else ""
    noun = ent[-1].lower_ if len(ent) > 1 else after  # "a Luba village": whose, not where
    if ent[0].text in lexicon.ethnic_groups and noun in ("village", "villages", "community"):
        return True
    if text in lexicon.ethnic_groups:  # "Dinka and Nuer youths", not "the Amhara region"
        sent = ent.sent
        militias = find_ethnic(sent.text, sent.start_char, lexicon, None)
        return any(m.start <= ent.start_char < m.end for m in militias)
    if text in lexicon.demonyms:
        return bool(ent.label_ == "NORP")
    if ent.label_ != "NORP" or ent.root.pos_ != "ADJ":
        return False
    named = ent.end + 1 < len(ent.doc) and ent.doc[ent.end + 1].lower_ == "of"
    return after not in CLASSIFIER or named  # "the Kurdish town of Baneh" is Baneh, but
    # "Kasese district" is a name the model took for an adjective of a people


def is_claimant(ent: Any, lexicon: Lexicon) -> bool:
    """A claimant's name ("CJTF-OIR") is not a place; actors are ruled out per sentence."""
    text = ent.text.removeprefix("the ").removeprefix("The ")
    return any(text in c.aliases for c in lexicon.claimants)


def not_a_location(ent: Any) -> bool:
    """A country that speaks ("The United States condemns"), a name used as a modifier
    ("U.S. airstrikes"), or a hometown ("Dayton, 42, of Woodbridge")."""
    if ent.text.lower() in HOLIDAYS:
        return True  # "during Ramadan"
    root = ent.root
    before = word_before(ent)
    if root.dep_ in ("nsubj", "nsubjpass") and before not in NEAR | IN:
        return not undergoes(root)
    head = root.head.lower_
    named_area = CLASSIFIER | ADMIN_WORDS | KEEP_SUFFIX | AREA_NOUNS  # "the Deir ez-Zor desert"
    if root.dep_ in ("compound", "amod") and head not in named_area:
        # "a Mogadishu hotel" hit in an attack stands in Mogadishu; "U.S. airstrikes" do not
        return not (head in FACILITIES and word_before(ent) in ("a", "the", "on", "at", "in"))
    doc = ent.doc
    if doc[max(ent.start - 1, 0)].lower_ in PARTNERS:
        return True  # "our ally Turkey": a party, not a place
    if _owner_of_forces(ent):
        return True  # "forces of either the Asad regime or Russia"
    if before == "of" and ent.start >= 2:
        prior = doc[ent.start - 2]
        return bool(prior.lower_ == "," or prior.like_num or prior.ent_type_ == "PERSON")
    return False


def _owner_of_forces(ent: Any) -> bool:
    """The country whose forces are meant: "forces of Russia", "troops of the regime or Iran"."""
    head, through_of = ent.root.head, False
    for _ in range(3):  # up through "of" and the words it joins ("the regime or Russia")
        through_of = through_of or head.lower_ == "of"
        if head.lower_ in FORCE_WORDS:
            return through_of
        if head.head.i == head.i or head.lower_ in NEAR | IN - {"of"}:
            return False
        head = head.head
    return False
