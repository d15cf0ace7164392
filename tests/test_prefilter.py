"""The pre-filter: which paragraphs get the full parse, and what that costs in events."""

from __future__ import annotations

import dataclasses
import json

import pytest

from frontlog.context import Context
from frontlog.lexicon import load_lexicon
from frontlog.pipeline import process_all
from frontlog.report import RawDocument
from frontlog.stages import prefilter

from .conftest import EXAMPLE, ROOT


def test_event_words_are_found_in_their_forms() -> None:
    test = prefilter.prefilter(load_lexicon())
    for text in (
        "Troops recaptured the town.",
        "Its forces had retaken the town.",
        "Jets struck Saraqib.",
        "Gunmen kidnapped two men.",
        "Rebels were shelling the town.",
        "There were injuries.",
        "The army took control of the town.",  # a frame verb with its word
        "Workers went on strike.",
        "Police used tear gas.",
        "The incident was due to a malfunction.",
    ):
        assert test.wanted(text), text
    for text in (
        "The minister met his counterpart in Geneva.",
        "The army took a long time to answer.",  # a frame verb without its word
        "Prices went up in the capital.",
        "The coalition government held talks on the budget.",
    ):
        assert not test.wanted(text), text


def test_segments_cover_the_text_and_join_neighbours() -> None:
    text = "Talks went on.\n\nJets struck Saraqib.\n\nRebels shelled Ariha.\n\nPrices rose."
    starts = [0, 16, 38, 61]
    paragraphs = tuple((s, s + 5) for s in starts)
    found = prefilter.segments(text, paragraphs, load_lexicon())
    assert found == [(0, 16, False), (16, 61, True), (61, len(text), False)]


@pytest.mark.model
def test_the_prefilter_loses_no_event_of_the_gold_set(context: Context) -> None:
    lines = (ROOT / "tests/gold/events.jsonl").read_text(encoding="utf-8").splitlines()
    gold = [json.loads(line) for line in lines]
    docs = [RawDocument(g["id"], "gold", g["text"], "text") for g in gold]
    text = EXAMPLE.read_text(encoding="utf-8")
    docs.append(RawDocument("example", str(EXAMPLE), text, "markdown"))
    whole = Context(dataclasses.replace(context.config, prefilter=False))
    whole._gazetteer, whole._nlp = context.gazetteer, context.nlp

    def events(ctx: Context) -> set[tuple[str, str, str]]:
        return {
            (r.document.document_id, e.sub_event_type, e.location.name)
            for r in process_all(docs, ctx, published="2017-08-15")
            if not isinstance(r, Exception)
            for e in r.events
        }

    full, filtered = events(whole), events(context)
    assert len(full) > 250
    lost = full - filtered
    assert len(lost) <= len(full) // 100, sorted(lost)  # under 1 %


@pytest.mark.model
def test_without_the_models_ner_the_entity_ruler_names_places(context: Context) -> None:
    quick = Context(dataclasses.replace(context.config, ner=False))  # FRONTLOG_NER=0
    quick._gazetteer = context.gazetteer
    assert "ner" in context.nlp.pipe_names and "ner" not in quick.nlp.pipe_names
    text = "Jets struck Saraqib on Monday, killing 4 civilians, among them Sunnis and Kurds."
    (result,) = process_all([RawDocument("q", "test", text, "text")], quick, published="2020-02-04")
    assert not isinstance(result, Exception), result
    (event,) = result.events
    assert (event.location.name, event.fatalities.best) == ("Saraqib", 4)
    assert [p.name for p in event.locations] == ["Saraqib"]  # peoples are no places
