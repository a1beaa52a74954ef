"""A data editor whose edits are handed back once, then cleared.

``st.data_editor`` keeps its edits relative to the frame it was first given. When the page
applies the edits to session state and redraws with the updated frame, those edits would be
applied a second time (added rows twice). So each applied change bumps a version in the widget
key, which gives the next run a fresh editor over the new data.
"""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st


def height_for(n_rows: int, *, max_rows: int = 16) -> int:
    """Pixel height that shows *n_rows* rows (up to *max_rows*, then the table scrolls)."""
    return 38 + 35 * max(1, min(n_rows, max_rows))


def widget_key(key: str) -> str:
    """The key the editor currently has (tests set edits under it)."""
    return f"{key}.v{st.session_state.get(f'{key}.version', 0)}"


def show(frame: pd.DataFrame, *, key: str, **editor_args: Any) -> dict[str, Any] | None:
    """Draw *frame* in an editor; return the change (``edited_rows``, ``added_rows``,
    ``deleted_rows``) the first time the user makes one, else ``None``."""
    current = widget_key(key)
    st.data_editor(frame, key=current, **editor_args)
    change = st.session_state.get(current)
    if isinstance(change, dict) and any(change.get(k) for k in ("edited_rows", "added_rows", "deleted_rows")):
        st.session_state[f"{key}.version"] = st.session_state.get(f"{key}.version", 0) + 1
        return change
    return None


def apply_change(frame: pd.DataFrame, change: dict[str, Any]) -> pd.DataFrame:
    """*frame* as the user left it: edited cells set, deleted rows dropped, added rows appended."""
    out = frame.reset_index(drop=True).astype(object)
    for pos, cells in change.get("edited_rows", {}).items():
        for column, value in cells.items():
            out.loc[int(pos), column] = value
    out = out.drop(index=[int(p) for p in change.get("deleted_rows", [])])
    added = pd.DataFrame(change.get("added_rows", []), columns=out.columns)
    return pd.concat([out, added], ignore_index=True) if len(added) else out.reset_index(drop=True)
