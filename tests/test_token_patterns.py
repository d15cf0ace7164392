"""The entity ruler's token patterns, compiled: the same matches as spaCy's Matcher."""

from __future__ import annotations

import json
from typing import Any

import spacy

from frontlog.context import Context
from frontlog.entity_patterns import RULER
from frontlog.token_patterns import TokenPatterns, compiled

from .conftest import ROOT

# written for this test: prefixes and articles with and without hyphens, title runs up
# to the end of a text, group names left out, capitals that are no title
TEXTS = [
    "Shelling hit Tall al-Jayer and Khan Al Hamra Village on Monday.",
    "Fighters of al-Shabaab and Abu Sayyaf entered Deir - Hafer and Ras al Ain",
    "They fled al-Jumaa, Kafr NABL and ain al-Arab before dawn",
    "Ain al - Fijeh Spring Water Plant",
    "abu Bakr and Umm Batna al-",
]


def _spacy_matches(ruler: Any, doc: Any) -> list[tuple[int, int, int]]:
    matcher = ruler.matcher._matcher if isinstance(ruler.matcher, TokenPatterns) else ruler.matcher
    return sorted(set(matcher(doc)))


def test_frontlogs_ruler_gives_the_matchers_matches(context: Context) -> None:
    ruler = context.nlp.get_pipe(RULER)
    assert isinstance(ruler.matcher, TokenPatterns)
    gold = (ROOT / "tests" / "gold" / "events.jsonl").read_text(encoding="utf-8")
    texts = TEXTS + [json.loads(line)["text"] for line in gold.splitlines()[:400]]
    matched = 0
    for text in texts:
        doc = context.nlp.make_doc(text)
        ours = sorted(set(ruler.matcher(doc)))
        assert ours == _spacy_matches(ruler, doc), text
        matched += len(ours)
    assert matched > 20  # the texts hold shapes to match


def test_a_plus_step_gives_every_length_and_optional_steps_both_ways() -> None:
    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe("entity_ruler")
    title = {"IS_TITLE": True, "LOWER": {"NOT_IN": ["shabaab"]}}
    prefixed = [{"LOWER": {"IN": ["tall"]}}, {"ORTH": "-", "OP": "?"}, {**title, "OP": "+"}]
    ruler.add_patterns(
        [
            {"label": "GPE", "pattern": prefixed},
            {"label": "X", "id": "y", "pattern": [{"LOWER": "al"}, {"ORTH": "-"}, title]},
        ]
    )
    fast = compiled(ruler)
    assert fast is not None
    doc = nlp.make_doc("Tall - Abu Hamra Road and al-Shabaab, al-Bab")
    key, other = nlp.vocab.strings["GPE"], nlp.vocab.strings["X||y"]
    assert sorted(set(fast(doc))) == [(key, 0, 3), (key, 0, 4), (key, 0, 5), (other, 10, 13)]
    assert sorted(set(fast(doc))) == sorted(set(ruler.matcher(doc)))


def test_patterns_it_cannot_compile_keep_the_matcher() -> None:
    nlp = spacy.blank("en")
    for pattern in (
        [{"LOWER": "tall"}, {"IS_DIGIT": True}],  # an attribute not compiled
        [{"LOWER": "tall", "OP": "?"}, {"IS_TITLE": True}],  # an optional first step
        [{"LOWER": "tall"}, {"IS_TITLE": True, "OP": "*"}],  # an operator not compiled
        [{"LOWER": {"REGEX": "^ta"}}],  # a predicate not compiled
    ):
        ruler: Any = nlp.add_pipe("entity_ruler", name=f"r{id(pattern)}")
        ruler.add_patterns([{"label": "GPE", "pattern": pattern}])
        assert compiled(ruler) is None, pattern


def test_a_pattern_added_later_is_matched_by_the_matcher() -> None:
    nlp = spacy.blank("en")
    ruler: Any = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "GPE", "pattern": [{"LOWER": "tall"}, {"IS_TITLE": True}]}])
    ruler.matcher = compiled(ruler)
    ruler.add_patterns([{"label": "ORG", "pattern": [{"LOWER": "brigade"}, {"IS_DIGIT": True}]}])
    doc = nlp("Brigade 5 reached Tall Abyad")
    assert [(e.text, e.label_) for e in doc.ents] == [("Brigade 5", "ORG"), ("Tall Abyad", "GPE")]
