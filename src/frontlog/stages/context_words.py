"""Words of a sentence that the typing rules read: context words ("tear gas", "a mob"),
and armed men named as such. Shared by ``families`` and ``mobs``."""

from __future__ import annotations

from typing import Any

from frontlog.lexicon import Lexicon
from frontlog.stages.syntax import accused_of

ARMED_NOUNS = {"forces", "troops", "army", "rebels", "militants", "fighters", "insurgents"}
ARMED_NOUNS |= {"jihadists", "militia", "militias", "militiamen", "government", "regime"}
ARMED_NOUNS |= {"soldiers", "gunmen", "bandits"}


def armed_word(token: Any) -> bool:
    """A named group ("the Houthis", "Islamic State") or armed men: "fell to rebels"."""
    return token.ent_type_ in ("ORG", "NORP") or token.lower_ in ARMED_NOUNS


def has(sent: Any, context: str, lexicon: Lexicon, *, deeds: bool = False) -> bool:
    """Whether the sentence has one of the context's words or phrases; with ``deeds``,
    a word that tells of no deed here does not count (``no_deed``)."""
    words = lexicon.contexts.get(context, ())
    tokens = {t.lower_ for t in sent if not (deeds and no_deed(t))}
    text = sent.text.lower()
    # a phrase, or a hyphenated word ("sit-in", which the tokenizer splits in three), is
    # looked for in the text; a word among the tokens
    return any((w in text) if " " in w or "-" in w else (w in tokens) for w in words)


def armed_subject(verb: Any) -> bool:
    """Armed men or forces as the subject: "soldiers marched through villages"."""
    return any(c.dep_ == "nsubj" and c.lower_ in ARMED_NOUNS for c in verb.children)


def no_deed(token: Any) -> bool:
    """A word that tells of no deed here: a participle describing a noun ("detained
    leaders"), or what someone is accused of ("accused of killing a soldier")."""
    return (token.dep_ == "amod" and token.tag_ == "VBN") or accused_of(token)
