"""spaCy's rule lemmatizer with every answer remembered: the same lemmas, faster.

en_core_web_sm's ``lemmatizer`` works word by word in Python, and remembers its answer
for a word only when the word is not a base form, which most words of news copy are.
A rule lemma depends on the word, its part of speech and its morphology alone (the
lemmatizer's tables do not change), so :class:`LemmaCache` reads those three from the
doc's arrays, asks the lemmatizer once per combination, and writes the lemmas back in
one array. ``tests/test_lemma_cache.py`` checks that both give the same lemmas.

A lemmatizer in another mode ("lookup", or a language's own) is left as it is
(:func:`cacheable`).
"""

from __future__ import annotations

from typing import Any

REMEMBERED = 200_000  # combinations remembered; then forgotten, so memory stays bounded


def cacheable(lemmatizer: Any) -> bool:
    """Whether ``lemmatizer`` is spaCy's rule lemmatizer, which fills only empty lemmas."""
    from spacy.pipeline import Lemmatizer

    return (
        isinstance(lemmatizer, Lemmatizer)
        and lemmatizer.mode == "rule"
        and not lemmatizer.overwrite
        and type(lemmatizer).rule_lemmatize is Lemmatizer.rule_lemmatize
    )


class LemmaCache:
    """A drop-in for a rule ``Lemmatizer`` (:func:`cacheable`)."""

    def __init__(self, lemmatizer: Any) -> None:
        self.lemmatizer = lemmatizer
        self._lemmas: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Any) -> Any:
        import numpy
        from spacy.attrs import LEMMA, MORPH, ORTH, POS

        if len(self._lemmas) > REMEMBERED:
            self._lemmas.clear()
        array = doc.to_array([ORTH, POS, MORPH, LEMMA])
        empty = numpy.flatnonzero(array[:, 3] == 0)
        if not len(empty):
            return doc
        strings = doc.vocab.strings
        lemmas = array[:, 3].copy()
        for i, (orth, pos, morph) in zip(empty.tolist(), array[empty, :3].tolist(), strict=True):
            key = (orth, pos, morph)
            lemma = self._lemmas.get(key)
            if lemma is None:
                lemma = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
                self._lemmas[key] = lemma
            lemmas[i] = lemma
        doc.from_array([LEMMA], lemmas.reshape(-1, 1))
        return doc
