"""The pipeline with fakes: stage order, and a failing stage that does not stop a batch."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlog.config import load_config
from frontlog.context import Context
from frontlog.errors import ModelError, ProcessingError
from frontlog.gazetteer import MemoryGazetteer
from frontlog.pipeline import STAGES, _check_order, extract


class BrokenModel:
    def __call__(self, text: str) -> object:
        raise RuntimeError("tokenizer exploded")


def fake_context(tmp_path: Path, model: object) -> Context:
    ctx = Context(load_config({"FRONTLOG_HOME": str(tmp_path)}))
    ctx._gazetteer = MemoryGazetteer([])
    ctx._nlp = model
    return ctx


def test_a_failing_stage_is_one_error_and_the_batch_goes_on(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_text(f"Report {name}: gunmen attacked a village.", "utf-8")
    items = list(extract([str(tmp_path)], fake_context(tmp_path, BrokenModel())))
    assert [type(i) for i in items] == [ProcessingError, ProcessingError]
    first = items[0]
    assert isinstance(first, ProcessingError)
    assert first.stage == "parse" and "tokenizer exploded" in first.one_line()
    assert str(tmp_path / "a.txt") in first.one_line()


def test_a_missing_model_stops_everything(tmp_path: Path) -> None:
    class Missing:
        def __call__(self, text: str) -> object:
            raise ModelError("cannot load the spaCy pipeline 'x'")

    (tmp_path / "a.txt").write_text("Gunmen attacked a village.", "utf-8")
    with pytest.raises(ModelError):
        list(extract([str(tmp_path / "a.txt")], fake_context(tmp_path, Missing())))


def test_stage_order_is_checked() -> None:
    _check_order(STAGES)
    with pytest.raises(RuntimeError, match="needs"):
        _check_order(tuple(reversed(STAGES)))


@pytest.mark.model
def test_sentence_bounds_are_those_of_the_docs_sentences(context: Context) -> None:
    """The sentences read from the doc's arrays are ``doc.sents`` less the blank ones."""
    from frontlog.stages.syntax import sentence_bounds

    doc = context.nlp("Troops retook Marib.\n\n  \n\nTwo soldiers died. Rebels fled, locals said.")
    expected = tuple((s.start_char, s.end_char) for s in doc.sents if s.text.strip())
    assert sentence_bounds(doc) == expected
    assert len(expected) >= 3


@pytest.mark.model
def test_the_stages_after_mentions_leave_a_report_without_one_as_it_is(context: Context) -> None:
    """Stage ``about`` and the places are read for the mentions alone: a report that has
    none is passed on untouched (they are the costliest of the later stages)."""
    from frontlog.pipeline import prepare
    from frontlog.report import RawDocument
    from frontlog.stages import about, mentions, parse, places

    text = "The minister visited Aleppo and Homs on Monday to open a school in Idlib."
    report = prepare(RawDocument("d1", "test", text, "text"), context)
    report = mentions.run(parse.run(report, context), context)
    assert report.mentions == ()
    assert about.run(report, context) is report
    assert places.run(report, context) is report
    text = "Boko Haram fighters attacked a village in Borno state, Nigeria, on Monday."
    event = prepare(RawDocument("d2", "test", text, "text"), context)
    event = about.run(mentions.run(parse.run(event, context), context), context)
    assert event.mentions and event.countries == ("NG",)
    assert [a.name for a in event.named] == ["Boko Haram"]


@pytest.mark.model
def test_a_sentences_capitalised_words_are_read_from_its_doc(context: Context) -> None:
    from frontlog.stages.place_words import titled_words

    doc = context.nlp("The Army took Raqqa. Then they went to Deir ez-Zor in Syria. OK.")
    for sent in doc.sents:
        assert titled_words(sent) == {t.i for t in sent if t.is_title}
    assert len(titled_words(doc[:])) == 7
