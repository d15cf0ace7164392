"""Where the model's entity recognizer reads: around the capitalised words frontlog's
ruler does not name (``recognizer._windows``)."""

from __future__ import annotations

import spacy

from frontlog import recognizer
from frontlog.context import Context


def test_the_recognizer_reads_four_words_each_side_of_an_unknown_name(context: Context) -> None:
    # written for this test: one unknown name in a long sentence
    text = (
        "On that cold morning the gunmen from the hills attacked the small farm of Ngoroko "
        "and its people with old rifles and knives."
    )
    doc = context.nlp.make_doc(text)
    name = next(t.i for t in doc if t.text == "Ngoroko")
    windows = recognizer._windows(doc[:], named=set())
    spans = [(w.start, w.end) for w in windows]
    assert (name - 4, name + 5) in spans  # its token-to-vector layer sees four each side
    assert all(w.start > 0 for w in windows)  # "On", a function word, opens no window


def test_names_the_ruler_holds_and_months_open_no_window(context: Context) -> None:
    doc = context.nlp.make_doc("the strike of March on the farm of Ngoroko")
    ngoroko = next(t.i for t in doc if t.text == "Ngoroko")
    assert recognizer._windows(doc[:], named={ngoroko}) == []


def test_the_capitalised_words_are_read_from_the_docs_array() -> None:
    nlp = spacy.blank("en")
    doc = nlp("In Saraqib, the UN's iPhone and an RPG-7 hit élan, Éire and 42 people.")
    expected = [t.i for t in doc if any(c.isupper() for c in t.text)]
    assert recognizer.capitalised(doc) == expected
    words = [doc[i].text for i in expected]
    assert words[:4] == ["In", "Saraqib", "UN", "iPhone"]
    assert "Éire" in words and "élan" not in words
