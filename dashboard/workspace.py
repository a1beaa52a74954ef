"""The search's committee workspace as the dashboard sees it: which database, and who is working.

A pool read from a folder gets the workspace named by that folder's ``search.toml``
(``[workspace]``; default ``<pool>/.facultyscreen.sqlite``). Uploaded pools get none: they have
no folder to keep a database next to, and a throw-away per-session database would look like it
keeps ratings and corrections while losing them when the tab closes. Without a workspace,
corrections last for the session only and the committee features are off.

The current member is the signed-in e-mail when sign-in is configured, else the name typed in
the sidebar. Changes written without a name are attributed to ``anonymous``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pandas as pd
import streamlit as st
from sqlalchemy import exc as sa_exc

from dashboard import state
from dashboard.auth import auth_configured
from scoring import workspace as wsp
from scoring.config import SearchConfig
from scoring.corrections import EDITABLE_CANDIDATE_FIELDS, EDITABLE_PUBLICATION_FIELDS, Corrections
from scoring.errors import ScoringError
from scoring.workspace.corrections import to_edit_set
from scoring.workspace.edits import edits_to_store

ANONYMOUS = "anonymous"
_RATING_COLUMNS = ["member", "candidate_id", "item", "score"]


@st.cache_resource(show_spinner=False)
def _open(target: str) -> wsp.Workspace:
    # one engine per database for the whole server: it pools connections and is thread-safe; it
    # holds no candidate data, so sharing it between sessions leaks nothing
    return wsp.open_workspace(target)


def settings_for(folder: Path) -> wsp.WorkspaceSettings:
    """The ``[workspace]`` settings of the folder's ``search.toml`` (defaults when it has none)."""
    config = folder / "search.toml"
    text = config.read_text(encoding="utf-8") if config.is_file() else ""
    try:
        return wsp.settings_from_toml(text, pool=folder, config_dir=folder)
    except ScoringError as exc:
        st.warning(f"[workspace] settings ignored: {exc}")
        return wsp.settings_from_toml("", pool=folder)


def open_for(settings: wsp.WorkspaceSettings) -> wsp.Workspace | None:
    """The workspace at *settings*, or ``None`` with the reason shown (the pool is then read without one)."""
    try:
        return _open(settings.target)
    except (ScoringError, OSError, sa_exc.SQLAlchemyError) as exc:  # e.g. a read-only folder
        st.warning(f"The committee workspace could not be opened, so corrections last for this session only "
                   f"and the committee features are off: {exc}", icon=":material/database:")
        return None


def settings() -> wsp.WorkspaceSettings | None:
    """The session pool's workspace settings; ``None`` for uploads or no pool."""
    return state.get(state.WORKSPACE)


def current() -> wsp.Workspace | None:
    """The session pool's open workspace, or ``None`` when it has none."""
    chosen = settings()
    return None if chosen is None else open_for(chosen)


def member() -> str:
    """Who is working: the signed-in e-mail, else the name typed in the sidebar ("" when neither)."""
    if auth_configured() and st.user.is_logged_in:
        return str(st.user.get("email") or "")
    return str(state.get(state.MEMBER) or "").strip()


def actor() -> str:
    """The name changes are recorded under."""
    return member() or ANONYMOUS


def visible_ratings(ws: wsp.Workspace | None) -> pd.DataFrame:
    """The ratings the current member may see (blind review applied); empty without a workspace."""
    chosen = settings()
    if ws is None or chosen is None:
        return pd.DataFrame(columns=_RATING_COLUMNS)
    return wsp.visible_ratings(wsp.ratings_frame(ws), viewer=member(), items=chosen.rubric, blind=chosen.blind)


def corrections(ws: wsp.Workspace | None) -> Corrections:
    """The corrections in force: the workspace's, else this session's."""
    pool = state.pool()
    if ws is None or pool is None:
        return state.get(state.CORRECTIONS)
    edits = to_edit_set(wsp.active_corrections(ws), pool.profiles.publications)
    # the workspace can hold corrections the tables here do not edit (e-mail, notes, awards)
    return {table: {key: {f: v for f, v in fields.items() if f in allowed}
                    for key, fields in edits[table].items()}
            for table, allowed in (("candidates", EDITABLE_CANDIDATE_FIELDS),
                                   ("publications", EDITABLE_PUBLICATION_FIELDS))}


def save_corrections(ws: wsp.Workspace | None, before: Corrections, after: Corrections) -> None:
    """Store what changed from *before* to *after*: in the workspace, or for this session only."""
    pool = state.pool()
    if ws is None or pool is None:
        state.put(state.CORRECTIONS, after)
        return
    for c in edits_to_store(before, after, pool.profiles.publications):
        try:
            wsp.correct(ws, candidate_id=c.candidate_id, field=c.field, value=c.value, member=actor(),
                        target=c.target, index=c.index)
        except wsp.WorkspaceError as exc:
            st.toast(f"Not saved: {exc}", icon=":material/error:")


def config_in_force(ws: wsp.Workspace | None) -> SearchConfig:
    """The session's config with the workspace's venue tier overrides on top (the workspace wins)."""
    config = state.config()
    return config if ws is None else wsp.with_overrides(config, wsp.tier_overrides(ws))


def stored_tiers() -> dict[str, str]:
    """The venue tier overrides kept in the workspace (none without one)."""
    ws = current()
    return {} if ws is None else wsp.tier_overrides(ws)


def set_tiers(ws: wsp.Workspace | None, tiers: dict[str, str | None]) -> None:
    """Give each venue its tier (``None``: no override); kept in the workspace when there is one.

    The workspace writes its own audit entry per venue, so the session config is updated without
    a second one.
    """
    config = state.config()
    overrides = dict(config.overrides)
    for venue, tier in tiers.items():
        if ws is not None:
            if tier:
                wsp.set_tier_override(ws, venue=venue, tier=tier, member=actor())
            else:
                wsp.remove_tier_override(ws, venue=venue, member=actor())
        if tier:
            overrides[venue] = tier
        else:
            overrides.pop(venue, None)
    if ws is None:
        set_config(replace(config, overrides=overrides))
    else:
        state.set_config(replace(config, overrides=overrides))


def set_config(new: SearchConfig, *, reset_widgets: bool = False) -> None:
    """Make *new* the session's config; changed weights, tier scheme and overrides go to the audit log.

    Called once per rerun that changes the config (a slider reports its value when released, not
    while dragged), so each deliberate change is one entry per changed key.
    """
    ws = current()
    old = state.config()
    if ws is not None and new != old:
        wsp.record_config_change(ws, old, new, member=actor())
    state.set_config(new, reset_widgets=reset_widgets)
