"""Config hashes, export metadata, saved configs, tier overrides and their audit entries."""

from __future__ import annotations

import tomllib

import pytest

from scoring.config import parse_config
from scoring.errors import ConfigError
from scoring.workspace import (
    Workspace,
    audit_log,
    config_hash,
    export_metadata,
    load_saved_config,
    record_config_change,
    remove_tier_override,
    restore_config,
    save_config,
    saved_configs,
    set_tier_override,
    tier_overrides,
    with_overrides,
)

BASE = """
[search]
title = "Lecturer in Robotics"
[venues]
scheme = "core"
[criteria.awards]
weight = 0.25
[criteria.tier_publications]
weight = 1
"""


def _config(text: str = BASE):  # type: ignore[no-untyped-def]
    return parse_config(tomllib.loads(text))


def test_hash_ignores_spelling_but_not_substance() -> None:
    """Reordered tables, comments and 1 vs 1.0 keep the hash; a changed weight changes it."""
    respelled = """
# the same search, written differently
[criteria.tier_publications]
weight = 1.0
[criteria.awards]
weight = 0.25
[venues]
scheme = "core"
[search]
title = "Lecturer in Robotics"
"""
    assert config_hash(_config()) == config_hash(_config(respelled))
    assert config_hash(_config()) != config_hash(_config(BASE.replace("0.25", "0.3")))


def test_export_metadata_reproduces_the_config() -> None:
    """Reading back the exported TOML gives a config with the exported hash."""
    meta = export_metadata(_config())
    assert meta["config_hash"] == config_hash(_config())
    assert config_hash(_config(meta["config_toml"])) == meta["config_hash"]


def test_saving_a_config_keeps_versions_and_audits_weight_changes(ws: Workspace) -> None:
    """Saving a new version logs the weight change; the newest version is what loads."""
    first = save_config(ws, name="main", toml_text=BASE, member="chair")
    changed = BASE.replace("0.25", "0.5")
    second = save_config(ws, name="main", toml_text=changed, member="ada")
    assert first != second
    assert load_saved_config(ws, "main") == changed
    listed = saved_configs(ws)
    assert listed[["name", "config_hash", "versions"]].to_numpy().tolist() == [["main", second, 2]]
    weights = audit_log(ws, action="weights").iloc[0]
    assert weights["actor"] == "ada"
    assert (weights["before"]["awards"], weights["after"]["awards"]) == (0.25, 0.5)
    assert audit_log(ws, action="config_saved")["after"].tolist() == [second, first]


def test_an_invalid_config_is_not_saved(ws: Workspace) -> None:
    """A config that does not validate is refused and nothing is stored."""
    with pytest.raises(ConfigError):
        save_config(ws, name="bad", toml_text="[ranking]\nnormalise = 'rank'\n", member="chair")
    assert saved_configs(ws).empty


def test_config_edits_are_audited(ws: Workspace) -> None:
    """Weight, scheme and override edits each leave an entry; an unchanged config leaves none."""
    before = _config()
    after = before.with_weights({"awards": 0.9})
    assert record_config_change(ws, before, before, member="ada") == 0
    assert record_config_change(ws, before, after, member="ada") == 1
    moved = _config(BASE.replace('"core"', '"ccf"') + '[venues.overrides]\n"Wrkshp X" = "B"\n')
    assert record_config_change(ws, before, moved, member="grace") == 2
    log = audit_log(ws)
    assert log["action"].tolist() == ["tier_override", "tier_override", "weights"]
    assert set(log["target"]) == {"venues.scheme", "Wrkshp X", "criteria"}


def test_tier_overrides_are_stored_audited_and_merged(ws: Workspace) -> None:
    """Overrides persist, every change is logged, and the workspace wins over the config file."""
    set_tier_override(ws, venue="Wrkshp X", tier="B", member="ada")
    set_tier_override(ws, venue="Wrkshp X", tier="B", member="ada")  # no change: no entry
    set_tier_override(ws, venue="Wrkshp X", tier="A", member="grace")
    set_tier_override(ws, venue="J. Robots", tier="A*", member="grace")
    remove_tier_override(ws, venue="J. Robots", member="chair")
    assert tier_overrides(ws) == {"Wrkshp X": "A"}
    log = audit_log(ws, action="tier_override")
    assert log[["actor", "target", "before", "after"]].to_numpy().tolist() == [
        ["chair", "J. Robots", "A*", None],
        ["grace", "J. Robots", None, "A*"],
        ["grace", "Wrkshp X", "B", "A"],
        ["ada", "Wrkshp X", None, "B"],
    ]
    merged = with_overrides(
        _config(BASE + '[venues.overrides]\n"Wrkshp X" = "C"\n"Other" = "B"\n'), tier_overrides(ws)
    )
    assert merged.overrides == {"Wrkshp X": "A", "Other": "B"}


def test_restoring_a_saved_config_audits_what_it_changes(ws: Workspace) -> None:
    """Restoring gives back the saved config and logs the weights it moves away from."""
    save_config(ws, name="main", toml_text=BASE, member="chair")
    current = _config().with_weights({"awards": 2.0})
    restored = restore_config(ws, "main", current=current, member="ada")
    assert config_hash(restored) == config_hash(_config())
    entry = audit_log(ws, action="weights").iloc[0]
    assert (entry["actor"], entry["before"]["awards"], entry["after"]["awards"]) == ("ada", 2.0, 0.25)
