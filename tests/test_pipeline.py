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
