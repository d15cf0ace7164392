"""What the stages share: settings, dictionaries, and the outside things behind interfaces.

The model and the gazetteer are opened on first use, once per process, so importing
frontlog or building a ``Context`` costs nothing. Tests pass fakes in their place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from frontlog.config import Config
from frontlog.gazetteer.base import Gazetteer
from frontlog.lexicon import Lexicon, load_lexicon

RULER_FEATURES = ("country", "admin1", "admin2")


@dataclass
class Context:
    config: Config
    lexicon: Lexicon = field(init=False)
    _gazetteer: Gazetteer | None = None
    _nlp: Any = None

    def __post_init__(self) -> None:
        extra, vague = self.config.actors_path, self.config.vague_path
        self.lexicon = load_lexicon(str(extra) if extra else None, str(vague) if vague else None)

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gazetteer is None:
            from frontlog.gazetteer.sqlite import SQLiteGazetteer

            self._gazetteer = SQLiteGazetteer.open_or_build(self.config.gazetteer_file)
        return self._gazetteer

    @property
    def nlp(self) -> Any:
        if self._nlp is None:
            from frontlog.nlp import load_pipeline

            names = self.gazetteer.names(self.config.focus_countries)
            self._nlp = load_pipeline(
                self.config.model, lexicon=self.lexicon, place_names=names, ner=self.config.ner
            )
        return self._nlp
