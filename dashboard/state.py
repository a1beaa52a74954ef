"""Every ``st.session_state`` key the dashboard uses, with its default, in one place.

Session state is per browser session, so candidate data kept here is never shared between
users. Widgets whose value must survive page changes write through to these keys (widget
keys themselves are dropped by Streamlit when their page is not shown).
"""

from __future__ import annotations

import argparse
import os
import sys
import uuid
from pathlib import Path
from typing import Any

import streamlit as st

from scoring.config import SearchConfig, load_config
from scoring.defaults import default_config
from scoring.errors import ConfigError
from scoring.ingest import Pool
from scoring.workspace import CacheReport, WorkspaceSettings

REPO_ROOT = Path(__file__).resolve().parent.parent
SAMPLE_POOL = REPO_ROOT / "sample_profiles"

# keys: plain data
POOL = "pool"                  # scoring.ingest.Pool | None
POOL_SOURCE = "pool_source"    # str: the folder (or "uploads") the pool came from
POOL_TOKEN = "pool_token"      # str: changes whenever a new pool is loaded (cache key)
CONFIG = "config"              # SearchConfig the ranking uses
CORRECTIONS = "corrections"    # scoring.corrections.Corrections
SHORTLIST = "shortlist"        # list[str] candidate ids picked by the committee
NOTES = "notes"                # dict[str, str] candidate id -> committee note
CONFIG_ERROR = "config_error"  # str: why the pool's search.toml was not used
TOML_APPLIED = "settings_file_applied"  # str: file id of the last search.toml loaded on Settings
WORKSPACE = "workspace"        # scoring.workspace.WorkspaceSettings | None (None: uploads, no pool)
CACHE_REPORT = "cache_report"  # scoring.workspace.CacheReport | None: how the folder pool was opened

# keys: widgets that must keep their value across pages (the sidebar toggle is drawn on every
# page; the others use persist_state="session")
BLIND = "blind_mode"
MEMBER = "member"              # the committee member's name typed in the sidebar (no sign-in)
CANDIDATE = "candidate"
COMPARE = "compare"
# Other widget keys are prefixed by their page ("settings.", "ranking.", "export."...); every
# "settings." key is dropped when a TOML file replaces the config, so the form shows the new values.

_DEFAULTS: dict[str, Any] = {
    POOL: None,
    POOL_SOURCE: "",
    POOL_TOKEN: "",
    CORRECTIONS: {},
    SHORTLIST: [],
    NOTES: {},
    CONFIG_ERROR: "",
    TOML_APPLIED: "",
    WORKSPACE: None,
    CACHE_REPORT: None,
}


def pool_folder(argv: list[str] | None = None) -> Path:
    """The applicant folder to open: ``--pool`` after ``--`` on the command line, then the
    ``FACULTYSCREEN_POOL`` environment variable, then the bundled sample pool."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--pool", default=None)
    args, _ = parser.parse_known_args(sys.argv[1:] if argv is None else argv)
    chosen = args.pool or os.environ.get("FACULTYSCREEN_POOL")
    return Path(chosen).expanduser().resolve() if chosen else SAMPLE_POOL


def shown_path(path: str | Path) -> str:
    """*path* relative to the working directory when it lies inside it (shorter, and no home folder)."""
    try:
        return str(Path(path).resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def config_for(folder: Path) -> tuple[SearchConfig, str]:
    """The folder's ``search.toml`` if it has a valid one, else the default; plus any error text."""
    path = folder / "search.toml"
    if not path.is_file():
        return default_config(), ""
    try:
        return load_config(path), ""
    except ConfigError as exc:
        return default_config(), f"{path.name} ignored: {exc}"


def ensure_defaults() -> None:
    """Seed every missing key; safe to call at the top of every page."""
    for key, value in _DEFAULTS.items():
        if key not in st.session_state:
            st.session_state[key] = value.copy() if hasattr(value, "copy") else value
    if CONFIG not in st.session_state:
        config, error = config_for(pool_folder())
        st.session_state[CONFIG] = config
        st.session_state[CONFIG_ERROR] = error


def get(key: str) -> Any:
    """The value under *key*, or its default when it was never set."""
    return st.session_state.get(key, _DEFAULTS.get(key))


def put(key: str, value: Any) -> None:
    st.session_state[key] = value


def config() -> SearchConfig:
    return st.session_state[CONFIG]


def set_config(new: SearchConfig, *, reset_widgets: bool = False) -> None:
    """Store *new* as the search config; with *reset_widgets*, drop settings widgets so they
    show the new values (used after loading a TOML file)."""
    st.session_state[CONFIG] = new
    if reset_widgets:
        for key in [k for k in st.session_state if str(k).startswith("settings.")]:
            del st.session_state[key]


def pool() -> Pool | None:
    return st.session_state.get(POOL)


def set_pool(new: Pool, source: str, *, workspace: WorkspaceSettings | None = None,
             report: CacheReport | None = None) -> None:
    """Replace the pool; corrections, shortlist and notes belong to the old pool and are cleared.

    *workspace* is where the pool's committee data lives (``None``: this session only).
    """
    st.session_state[POOL] = new
    st.session_state[POOL_SOURCE] = source
    st.session_state[WORKSPACE] = workspace
    st.session_state[CACHE_REPORT] = report
    st.session_state[POOL_TOKEN] = uuid.uuid4().hex
    st.session_state[CORRECTIONS] = {}
    st.session_state[SHORTLIST] = []
    st.session_state[NOTES] = {}
    for key in (CANDIDATE, COMPARE):
        st.session_state.pop(key, None)


def blind() -> bool:
    return bool(st.session_state.get(BLIND, False))
