"""One criterion's weight slider and parameter inputs, built from the criterion's signature."""

from __future__ import annotations

from typing import Any

import streamlit as st

from scoring.config import CriterionSpec
from scoring.config_edits import CriterionParam, criterion_params, format_mapping, parse_mapping
from scoring.criteria import get_criterion
from scoring.errors import ConfigError


def _param(p: CriterionParam, value: Any, key: str) -> Any:
    label = p.name.replace("_", " ").capitalize()
    match p.kind:
        case "bool":
            return st.checkbox(label, value=bool(value), key=key)
        case "int":
            return st.number_input(label, value=value, step=1, min_value=0, key=key, placeholder="not set")
        case "float":
            return st.number_input(label, value=None if value is None else float(value), step=0.1, key=key)
        case "choice":
            return st.selectbox(label, p.options, index=p.options.index(value) if value in p.options else 0,
                                key=key)
        case "list":
            current = [str(v) for v in (value or [])]
            options = list(p.options) or sorted(set(current) | {str(v) for v in p.default or []})
            return st.multiselect(label, options, default=[c for c in current if c in options], key=key,
                                  accept_new_options=not p.options)
        case "mapping":
            text = st.text_input(label, value=format_mapping(value), key=key, placeholder="e.g. A*=4, A=2, B=1")
            try:
                return parse_mapping(text) or None
            except ConfigError as exc:
                st.error(exc.reason)  # keep the last valid value
                return value
        case "complex":
            st.caption(f"{label}: set in the search TOML file.")
            return value
        case _:
            return st.text_input(label, value="" if value is None else str(value), key=key) or None


def _same(value: Any, default: Any) -> bool:
    if isinstance(value, list | tuple) and isinstance(default, list | tuple):
        return list(value) == list(default)
    return bool(value == default)


def show(spec: CriterionSpec, label: str, *, key: str) -> tuple[float, dict[str, Any]]:
    """Draw the weight slider and, folded away, the parameters; return the new weight and params.

    Parameters left at their default are dropped, so the saved TOML stays short.
    """
    func = get_criterion(spec.kind)
    weight = st.slider(label, 0.0, 1.0, float(spec.weight), 0.05, key=f"{key}.weight",
                       help=(func.__doc__ or "").strip().split("\n\n")[0])
    params = criterion_params(func)
    if not params:
        return weight, spec.params
    new: dict[str, Any] = {}
    with st.expander(f"Parameters of “{label}”"):
        for p in params:
            value = _param(p, spec.params.get(p.name, p.default), f"{key}.{p.name}")
            if value is not None and not _same(value, p.default):
                new[p.name] = value
    return weight, new
