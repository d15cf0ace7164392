"""The word-overlap reference line beside incident merging (``evaluate/overlap.py``)."""

from __future__ import annotations

from frontlog.evaluate.overlap import content_words, word_overlap


def test_content_words_leave_out_stop_words_and_short_words() -> None:
    assert content_words("The army shelled Ariha on Monday, 3 of them in it") == {
        "army",
        "shelled",
        "ariha",
        "monday",
    }


def test_pairs_told_apart_by_their_words_give_a_perfect_line() -> None:
    texts = {
        "a": "Warplanes bombed Saraqib market",
        "b": "Saraqib market bombed by aircraft",
        "c": "Rebels shelled Ariha",
        "d": "Gunmen ambushed a convoy near Homs",
    }
    line = word_overlap(texts, [("a", "b")], [("a", "c"), ("c", "d")])
    assert (line.same_unshared, line.different_unshared) == (0.0, 1.0)
    assert (line.best_f1, line.best_f1_precision, line.best_precision) == (1.0, 1.0, 1.0)


def test_a_different_pair_closer_than_a_same_pair_caps_the_precision() -> None:
    texts = {
        "a": "Airstrikes kill civilians in Idlib",  # a round-up and a report of one
        "b": "Barrel bombs hit Saraqib hospital",  # of its strikes: no shared word
        "c": "Airstrikes kill civilians in Idlib countryside",
        "d": "Saraqib hospital hit again",
    }
    same = [("a", "b"), ("b", "d")]
    different = [("a", "c")]  # nearly the same words, another event
    line = word_overlap(texts, same, different)
    assert (line.same_unshared, line.different_unshared) == (0.5, 0.0)
    # "b" and "d" share 3 of 5 words (0.6); "a" and "c" share 4 of 5 (0.8): every
    # threshold that merges "b" and "d" merges "a" and "c" too
    assert line.best_precision == 0.5
    assert (line.best_f1, line.best_f1_precision) == (0.5, 0.5)


def test_no_pairs_give_zeros() -> None:
    line = word_overlap({}, [], [])
    assert (line.same_unshared, line.best_f1, line.best_precision) == (0.0, 0.0, 0.0)
