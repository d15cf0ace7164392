"""The pre-filter: which sentences get the full parse, and what that costs in events."""

from __future__ import annotations

import dataclasses
import json

import pytest

from frontlog.context import Context
from frontlog.lexicon import load_lexicon
from frontlog.nlp import names_apart, parse_texts
from frontlog.pipeline import process_all
from frontlog.report import RawDocument
from frontlog.stages import mentions, prefilter
from frontlog.stages.parse import weapon_names

from .conftest import EXAMPLE, ROOT, actor, events


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


def test_a_words_stems_are_it_less_an_english_ending() -> None:
    found = prefilter.stems("kidnapped, retaken injuries; the 2nd shelled u.s.")
    assert {"kidnap", "kidnapp", "retak", "injurie", "shell", "shelled"} <= found
    assert not {"kidnappin", "injur", "retake", "she"} & found  # no other cuts
    assert "nd" in found and "2nd" not in found  # words are runs of letters


def test_segments_cover_the_text_and_join_neighbours() -> None:
    text = "Talks went on. Jets struck Saraqib.\n\nRebels shelled Ariha. Prices rose. Banks shut."
    found = prefilter.segments(text, load_lexicon())
    assert [(text[s:e], wanted) for s, e, wanted in found] == [
        ("Talks went on. ", False),
        ("Jets struck Saraqib.\n\nRebels shelled Ariha. ", True),  # a run of events
        ("Prices rose. ", False),  # one stretch per sentence: the doc's sentences there
        ("Banks shut.", False),
    ]


def test_sentences_end_at_a_full_stop_before_a_capital_but_not_after_an_abbreviation() -> None:
    text = (
        'Two U.S. soldiers died on Dec. 5 near Mosul. Gen. Smith said "It was bad." '
        "3 more died!\nSyria\n.  Near Raqqa, jets struck. the end"
    )
    found = [text[s:e] for s, e in prefilter.sentences(text)]
    assert found == [
        "Two U.S. soldiers died on Dec. 5 near Mosul. ",
        'Gen. Smith said "It was bad." ',
        "3 more died!\n",
        "Syria\n.  Near Raqqa, jets struck. the end",  # a heading reads with what it heads
    ]


@pytest.mark.model
def test_unparsed_sentences_stay_sentences_beside_parsed_ones(context: Context) -> None:
    text = "Prices rose.\n\nTalks went on. Jets struck Saraqib.\n\nOur two countries work."
    (doc,) = parse_texts(context.nlp, [(text, prefilter.segments(text, context.lexicon))])
    assert [s.text.strip() for s in doc.sents] == [
        "Prices rose.",
        "Talks went on.",
        "Jets struck Saraqib.",
        "Our two countries work.",  # not run on into the parsed sentence before it
    ]
    assert doc[-2].dep_ == "" and any(t.dep_ == "ROOT" for t in doc)  # only one is parsed
    assert doc.text == text  # the words and spaces of each part, joined as they were
    struck = next(t for t in doc if t.text == "struck")
    assert (struck.lemma_, struck.head.text, struck.tag_) == ("strike", "struck", "VBD")
    assert ("Saraqib", "GPE") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.model
def test_a_phrase_the_model_misparses_is_parsed_as_its_stand_in(context: Context) -> None:
    text = "Gunmen on a motorcycle shot dead a police colonel in Zahedan. IS fighters fled."
    segments = [(0, len(text), True)]
    (plain,) = parse_texts(context.nlp, [(text, segments)])
    assert plain[4].pos_ == "NOUN"  # "shot" after "a motorcycle": the small model's error
    (doc,) = parse_texts(context.nlp, [(text, segments)], stand_ins=context.lexicon.stand_ins)
    assert doc.text == text and [t.text for t in doc] == [t.text for t in plain]
    shot, dead = doc[4], doc[5]
    assert (shot.pos_, shot.lemma_, dead.lemma_, dead.head.i) == ("VERB", "shoot", "dead", 4)
    subjects = [c.text for c in shot.children if c.dep_ == "nsubj"]
    objects = [c.text for c in shot.children if c.dep_ == "dobj"]
    assert (subjects, objects) == (["Gunmen"], ["colonel"])
    assert [e.text for e in doc.ents if e.label_ == "GPE"] == ["Zahedan"]
    assert doc[12].norm_ == "isis"  # the tokenizer's special cases are kept


@pytest.mark.model
def test_the_models_ner_runs_only_over_the_sentences_picked(context: Context) -> None:
    text = "Talks with Angela Merkel continued in Turkey. Jets struck Saraqib on Monday, killing 4."
    segments = [(0, len(text), True)]
    (every,) = parse_texts(context.nlp, [(text, segments)])
    assert ("Angela Merkel", "PERSON") in [(e.text, e.label_) for e in every.ents]
    assert names_apart(context.nlp)
    (doc,) = parse_texts(
        context.nlp,
        [(text, segments)],
        needs_names=lambda d, some: mentions.may_report(d, context, some),
    )
    talks, jets = list(doc.sents)
    assert talks.root.lemma_ == "continue"  # parsed, but named by the rulers alone: no person,
    assert [(e.text, e.label_) for e in talks.ents] == [("Turkey", "GPE")]  # a country
    named = [(e.text, e.label_) for e in jets.ents]
    assert ("Saraqib", "GPE") in named and ("Monday", "DATE") in named  # the model's label
    quick = Context(dataclasses.replace(context.config, ner=False))
    quick._gazetteer = context.gazetteer
    assert not names_apart(quick.nlp)  # no recognizer to run apart


@pytest.mark.model
def test_the_models_ner_reads_only_around_names_the_ruler_does_not_know(context: Context) -> None:
    def named(text: str) -> list[tuple[str, str]]:
        (doc,) = parse_texts(
            context.nlp,
            [(text, [(0, len(text), True)])],
            needs_names=lambda d, some: mentions.may_report(d, context, some),
        )
        return [(e.text, e.label_) for e in doc.ents]

    full = "In Saraqib, jets killed four people."
    (every,) = parse_texts(context.nlp, [(full, [(0, len(full), True)])])
    assert ("four", "CARDINAL") in [(e.text, e.label_) for e in every.ents]
    # every capital is the ruler's ("In" opens the sentence): the model is not run,
    # so the number the model would have named is not named
    assert named(full) == [("Saraqib", "GPE")]
    # nor for a day or a month, nor for "Near" opening a sentence (the model tags it a
    # proper noun here)
    assert named("Near Saraqib, on Monday, jets killed four people.") == [("Saraqib", "GPE")]
    # a capital the ruler does not know: the model reads the four words each side of
    # it, the person, not the time of day five words before nor the number far before
    far = (
        "In Saraqib, jets killed four people and wounded many more in the market after"
        " the evening prayers had ended, Karim Dawoud said."
    )
    assert named(far) == [("Saraqib", "GPE"), ("Karim Dawoud", "PERSON")]
    near = "In Saraqib, jets killed four people on Monday evening, Karim Dawoud said."
    assert named(near)[1:3] == [("Monday", "DATE"), ("evening", "TIME")]  # within four
    assert ("four", "CARDINAL") in named("In Saraqib, jets killed four people, Karim Dawoud said.")


@pytest.mark.model
def test_the_models_ner_does_not_read_around_the_lexicons_weapons(context: Context) -> None:
    """A weapon the lexicon names with a capital ("VBIED", "Grad") opens no stretch for
    the recognizer: the stages read it from the lexicon."""
    text = "In Saraqib, a VBIED killed four people on Monday evening."
    weapons = weapon_names(context.lexicon)
    assert {"VBIED", "VBIEDs", "Grad"} <= weapons

    def named(not_names: frozenset[str]) -> list[tuple[str, str]]:
        (doc,) = parse_texts(
            context.nlp,
            [(text, [(0, len(text), True)])],
            needs_names=lambda d, some: mentions.may_report(d, context, some),
            not_names=not_names,
        )
        return [(e.text, e.label_) for e in doc.ents]

    assert ("four", "CARDINAL") in named(frozenset())  # read around "VBIED" (an ORG
    # to the model)
    assert named(weapons) == [("Saraqib", "GPE")]  # nothing to read around


@pytest.mark.model
def test_a_country_name_overwrites_no_other_name(context: Context) -> None:
    text = "Chad Smith said gunmen killed 4 people in Chad and Burma."
    (doc,) = parse_texts(context.nlp, [(text, [(0, len(text), True)])])
    named = [(e.text, e.label_) for e in doc.ents]
    assert ("Chad Smith", "PERSON") in named and ("Burma", "GPE") in named
    assert ("Chad", "GPE") in named  # the country, where the model may have missed it


@pytest.mark.model
def test_country_names_are_read_in_parsed_and_unparsed_parts_alike(context: Context) -> None:
    """The country names are set once over a report's whole doc, after the parts are
    joined: in a sentence the model read, and in one it did not."""
    text = "Talks on Burma continued in Turkey. Gunmen killed 4 people in Chad on Monday."
    first = text.index("Gunmen")
    segments = [(0, first, False), (first, len(text), True)]
    (doc,) = parse_texts(
        context.nlp,
        [(text, segments)],
        needs_names=lambda d, some: mentions.may_report(d, context, some),
    )
    talks, gunmen = list(doc.sents)
    assert not talks.root.dep_  # not parsed
    assert [(e.text, e.label_) for e in talks.ents] == [("Burma", "GPE"), ("Turkey", "GPE")]
    assert ("Chad", "GPE") in [(e.text, e.label_) for e in gunmen.ents]


@pytest.mark.model
def test_a_killing_shot_dead_from_a_motorcycle_is_an_event(context: Context) -> None:
    (event,) = events(
        context, "Unknown gunmen on a motorcycle shot dead a police colonel in Zahedan on Sunday."
    )
    assert event.sub_event_type == "Armed clash" and event.fatalities.best == 1
    assert (actor(event, "actor1"), actor(event, "actor2")) == (
        "Unidentified Armed Group (Iran)",
        "Police Forces of Iran",
    )


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
