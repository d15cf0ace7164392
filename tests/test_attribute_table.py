"""The compiled attribute table gives what spaCy's attribute ruler gives."""

from __future__ import annotations

from typing import Any

import pytest
import spacy
from spacy.tokens import Doc

from frontlog.attribute_table import compile_ruler
from frontlog.config import DEFAULT_MODEL
from frontlog.context import Context
from frontlog.nlp import LEMMAS, TABLE

# written for this test: contractions, possessives, spaces, quotes, numbers, "nothin'"
SENTENCES = [
    "The army's 5th Division didn't say whether it had retaken Tal Abyad.",
    "Y'all ain't seen nothin'  yet, the commander told   reporters on Tuesday.",
    "Gunmen   killed 12 people; police said they'd arrested two of 'em.",
    "\n\nIS claimed the attack.\tIt's the third this week, officials said.",
    "Can't they stop? We won't -- we'll go on, said Ahmed, 34.",
]


def _tokens(doc: Any) -> list[tuple[str, ...]]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


@pytest.fixture(scope="module")
def model() -> Any:
    return spacy.load(DEFAULT_MODEL)


def test_the_model_ruler_compiles_to_the_same_tokens(model: Any) -> None:
    ruler = model.get_pipe("attribute_ruler")
    table = compile_ruler(ruler)
    assert table is not None
    before = [n for n in model.pipe_names if n not in ("attribute_ruler", "lemmatizer", "ner")]
    with model.select_pipes(enable=before):
        docs = list(model.pipe(SENTENCES))
    by_ruler = [_tokens(ruler(d.copy())) for d in docs]
    by_table = [_tokens(table(d.copy())) for d in docs]
    assert by_table == by_ruler
    assert any(pos != "" for doc in by_table for _, _, pos, *_ in doc)


def _doc(words: list[str], tags: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, tags=tags)


def test_a_later_rule_wins_and_a_two_word_rule_sets_its_indexed_token() -> None:
    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    ruler.add([[{"LOWER": "strike"}]], {"POS": "VERB"})
    ruler.add([[{"LOWER": "air"}, {"LOWER": "strike"}]], {"LEMMA": "airstrike"}, index=1)
    ruler.add([[{"TAG": {"IN": ["JJ", "JJR"]}}]], {"POS": "ADJ"})
    table = compile_ruler(ruler)
    assert table is not None
    words, tags = ["air", "strike", "strike", "big", "town"], ["NN", "NN", "NN", "JJ", "NN"]
    expected = ruler(Doc(nlp.vocab, words=words, tags=tags))
    got = table(Doc(nlp.vocab, words=words, tags=tags))
    assert [(t.pos_, t.lemma_) for t in got] == [(t.pos_, t.lemma_) for t in expected]
    assert [t.pos_ for t in got] == ["NOUN", "VERB", "VERB", "ADJ", "NOUN"]
    assert [t.lemma_ for t in got][:3] == ["", "airstrike", ""]


def test_a_ruler_testing_something_else_is_left_as_it_is() -> None:
    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"SHAPE": "dd"}]], {"POS": "NUM"})
    assert compile_ruler(ruler) is None


def test_the_pipeline_runs_the_table_in_the_ruler_s_place(context: Context) -> None:
    names = context.nlp.pipe_names
    assert "attribute_ruler" not in names
    assert names.index(TABLE) < names.index(LEMMAS)
