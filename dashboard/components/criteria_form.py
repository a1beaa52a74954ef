"""Weights and parameters of every criterion in the config, plus adding a registered criterion."""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from dashboard.components import criterion_form
from scoring.config import SearchConfig
from scoring.config_checks import check_params
from scoring.config_edits import criterion_params, with_criterion
from scoring.criteria import criterion_label, criterion_names, get_criterion
from scoring.errors import ConfigError


def _addable(config: SearchConfig) -> list[str]:
    # a criterion whose parameter defaults to "" (the ``column`` criterion's column name) cannot be
    # switched on from a slider alone: it is added in the TOML file
    used = {c.kind for c in config.criteria}
    return [n for n in criterion_names() if n not in used
            and all(p.default != "" for p in criterion_params(get_criterion(n)))]


def show(config: SearchConfig, *, key: str) -> SearchConfig:
    """Draw a weight slider and parameters per criterion; return the config with the new values."""
    for spec in config.criteria:
        weight, params = criterion_form.show(spec, config.label(spec.name), key=f"{key}.{spec.name}")
        try:
            check_params(spec.name, spec.kind, params)
        except ConfigError as exc:
            st.error(f"{config.label(spec.name)}: {exc.reason}")  # keep the last valid parameters
            params = spec.params
        config = with_criterion(config, spec.name, weight=weight)
        config = replace(config, criteria=tuple(replace(c, params=params) if c.name == spec.name else c
                                                for c in config.criteria))
    addable = _addable(config)
    if addable:
        new = st.selectbox("Add a criterion", [None, *addable], key=f"{key}.add",
                           format_func=lambda n: "—" if n is None else criterion_label(n))
        if new is not None:
            config = with_criterion(config, new, weight=0.1)
            st.session_state.pop(f"{key}.add")
            st.session_state["settings.rerun"] = True
    return config
