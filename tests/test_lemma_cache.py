"""The remembering lemmatizer gives what spaCy's rule lemmatizer gives."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from frontlog import lemma_cache
from frontlog.config import DEFAULT_MODEL
from frontlog.context import Context
from frontlog.lemma_cache import LemmaCache, cacheable
from frontlog.nlp import LEMMAS, PAST_FORMS, PAST_TABLE, TABLE

# written for this test: base forms, plurals, past forms, comparatives, "'s", numbers
SENTENCES = [
    "The soldiers were killed when rebels attacked their posts near the bridges.",
    "Gunmen abducted 12 villagers; the army's better-armed units freed them later.",
    "\n\nIS claimed the attacks.\tIt's the worst week, officials said, and they'd known.",
    "Protesters gathered, marched and were dispersed by police firing tear gas.",
]


def _lemmas(doc: Any) -> list[tuple[str, str]]:
    return [(t.text, t.lemma_) for t in doc]


@pytest.fixture(scope="module")
def model() -> Any:
    return spacy.load(DEFAULT_MODEL, exclude=["ner"])


def test_the_cache_gives_the_lemmatizer_s_lemmas_twice_over(model: Any) -> None:
    lemmatizer = model.get_pipe("lemmatizer")
    assert cacheable(lemmatizer)
    before = model.pipe_names[: model.pipe_names.index("lemmatizer")]
    with model.select_pipes(enable=before):
        docs = list(model.pipe(SENTENCES))
    expected = [_lemmas(lemmatizer(d.copy())) for d in docs]
    cache = LemmaCache(lemmatizer)
    assert [_lemmas(cache(d.copy())) for d in docs] == expected
    assert [_lemmas(cache(d.copy())) for d in docs] == expected  # from what it remembers
    words = {text: lemma for doc in expected for text, lemma in doc}
    assert (words["killed"], words["soldiers"], words["were"]) == ("kill", "soldier", "be")


def test_a_lemma_already_set_is_kept(model: Any) -> None:
    before = model.pipe_names[: model.pipe_names.index("lemmatizer")]
    with model.select_pipes(enable=before):
        doc = model("Rebels shelled the town.")
    doc[1].lemma_ = "bombard"
    expected = model.get_pipe("lemmatizer")(doc.copy())
    got = LemmaCache(model.get_pipe("lemmatizer"))(doc)
    assert _lemmas(got) == _lemmas(expected)
    assert [t.lemma_ for t in got][1:4] == ["bombard", "the", "town"]


def test_what_it_remembers_is_bounded(model: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lemma_cache, "REMEMBERED", 3)
    before = model.pipe_names[: model.pipe_names.index("lemmatizer")]
    cache = LemmaCache(model.get_pipe("lemmatizer"))
    with model.select_pipes(enable=before):
        docs = list(model.pipe(SENTENCES[:2]))
    for doc in docs:
        cache(doc)
        assert len(cache._lemmas) <= 3 + len(doc)


def test_a_lookup_lemmatizer_is_left_as_it_is() -> None:
    nlp = spacy.blank("en")
    lemmatizer = nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    assert not cacheable(lemmatizer)
    assert not cacheable(object())


def test_the_pipeline_runs_the_cache_in_the_lemmatizer_s_place(context: Context) -> None:
    names = context.nlp.pipe_names
    assert "lemmatizer" not in names and PAST_FORMS not in names  # both compiled
    assert names.index(TABLE) < names.index(LEMMAS) < names.index(PAST_TABLE)
    doc = Doc(context.nlp.vocab, words=["Troops", "retook", "villages"])
    for _, component in context.nlp.pipeline:
        doc = component(doc)
    assert [t.lemma_ for t in doc] == ["troop", "retake", "village"]
