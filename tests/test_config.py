from pathlib import Path

import pytest

from frontlog.config import load_config
from frontlog.errors import ConfigError


def test_environment_then_overrides() -> None:
    config = load_config(
        {
            "FRONTLOG_HOME": "/tmp/x",
            "FRONTLOG_MODEL": "my_model",
            "FRONTLOG_FOCUS_COUNTRIES": "sy, ye",
        },
        published="2020-01-01",
    )
    assert config.home == Path("/tmp/x")
    assert config.store_path == Path("/tmp/x/frontlog.sqlite")
    assert config.model == "my_model"
    assert config.focus_countries == ("SY", "YE")
    assert config.published == "2020-01-01"
    assert config.prefilter and config.ner  # both on unless switched off
    quick = load_config({"FRONTLOG_NER": "0", "FRONTLOG_PREFILTER": "no"})
    assert not quick.ner and not quick.prefilter


def test_bad_values_say_what_is_wrong() -> None:
    with pytest.raises(ConfigError, match="FRONTLOG_MAX_DOCUMENT_BYTES"):
        load_config({"FRONTLOG_MAX_DOCUMENT_BYTES": "lots"})
    with pytest.raises(ConfigError, match="unknown setting"):
        load_config({}, colour="red")


def test_a_users_actor_file_extends_the_dictionary(tmp_path: Path) -> None:
    from frontlog.context import Context
    from frontlog.stages.actor_match import find_actors

    more = tmp_path / "actors.json"
    more.write_text(
        '{"actors": [{"name": "Example Brigade", "kind": "identity_militia", "country": "SY",'
        ' "aliases": ["Liwa al-Mithal"]}], "generic": [], "claimants": []}',
        encoding="utf-8",
    )
    ctx = Context(load_config({"FRONTLOG_HOME": str(tmp_path), "FRONTLOG_ACTORS": str(more)}))
    (found,) = find_actors("Liwa al-Mithal fighters", 0, ctx.lexicon, country="SY")
    assert (found.name, found.kind) == ("Example Brigade", "identity_militia")
    with pytest.raises(ConfigError, match="cannot read actor file"):
        Context(load_config({"FRONTLOG_HOME": str(tmp_path), "FRONTLOG_ACTORS": "/nope.json"}))


def test_a_users_vague_count_table_replaces_the_convention(tmp_path: Path) -> None:
    from frontlog.lexicon import load_lexicon
    from frontlog.stages.quantities import parse_quantity

    table = tmp_path / "vague.json"
    table.write_text('{"several": {"low": 10, "high": null}}', encoding="utf-8")
    config = load_config({"FRONTLOG_HOME": str(tmp_path), "FRONTLOG_VAGUE": str(table)})
    assert config.vague_path == table
    default = parse_quantity("several soldiers", load_lexicon())
    mine = parse_quantity("several soldiers", load_lexicon(None, str(table)))
    assert (default.low, mine.low, mine.high, mine.vague) == (3, 10, None, "several")
    assert load_lexicon(None, str(table)).vague["dozens"]["low"] == 12  # the rest stays
    bad = tmp_path / "bad.json"  # (a lexicon is loaded once per file: another file)
    bad.write_text('{"several": 10}', encoding="utf-8")
    with pytest.raises(ConfigError, match="not a vague-count table"):
        load_lexicon(None, str(bad))
