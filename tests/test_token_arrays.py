"""Readings taken from a doc's arrays give what the same readings token by token give."""

from __future__ import annotations

from frontlog.context import Context
from frontlog.nlp import paragraph_breaks
from frontlog.stages import trigger_words
from frontlog.stages.place_words import titled_words

# written for these tests: triggers as verbs, nouns and capitalised lemmas, names
TEXT = (
    "Shelling hit Al-Bab on Monday as Rebels Attacked army posts near the Tishreen Dam. "
    "Police arrested 12 protesters in Lagos; the clashes left two dead and the "
    "Killings went on. An air strike destroyed a bridge, officials said."
)


def test_the_tokens_a_trigger_may_be_read_on(context: Context) -> None:
    doc = context.nlp(TEXT)
    lexicon = context.lexicon
    expected = {t.i for t in doc if trigger_words.is_trigger_word(t, lexicon)}
    assert trigger_words.may_trigger(doc, lexicon) == expected
    words = {doc[i].lower_ for i in expected}
    assert {"arrested", "clashes", "strike", "destroyed"} <= words
    assert not words & {"monday", "bridge", "officials", "dam"}


def test_a_capitalised_lemma_is_read_in_lower_case(context: Context) -> None:
    doc = context.nlp("Killings Attacked Shelled.")
    lexicon = context.lexicon
    capitalised = [t for t in doc if t.lemma_ != t.lemma_.lower()]
    expected = {t.i for t in doc if trigger_words.is_trigger_word(t, lexicon)}
    assert trigger_words.may_trigger(doc, lexicon) == expected
    assert all(t.i in expected for t in capitalised if t.pos_ in ("NOUN", "VERB"))


def test_the_capitalised_words_of_each_sentence(context: Context) -> None:
    doc = context.nlp(TEXT)
    for sent in doc.sents:
        assert titled_words(sent) == {t.i for t in sent if t.is_title}
    assert {doc[i].text for s in doc.sents for i in titled_words(s)} >= {"Rebels", "Lagos"}


def test_a_paragraph_break_starts_a_sentence(context: Context) -> None:
    doc = context.nlp.make_doc("Clashes in Daraa\n\nRebels said\n  the army  attacked.")
    doc = paragraph_breaks(doc)
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Clashes", "Rebels", "the"]  # each after a line break
