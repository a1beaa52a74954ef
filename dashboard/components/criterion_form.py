"""One criterion's weight slider and parameter inputs, built from the criterion's signature."""

from __future__ import annotations

from typing import Any

import streamlit as st

from scoring.config_edits import CriterionParam, criterion_params, format_mapping, parse_mapping
from scoring.criteria import criterion_label, get_criterion
from scoring.errors import ConfigError


def _param(p: CriterionParam, value: Any, key: str) -> Any:
    label = p.name.replace("_", " ").capitalize()
    match p.kind:
        case "bool":
            return st.checkbox(label, value=bool(value), key=key)
        case "int":
            return st.number_input(label, value=value, step=1, min_value=0, key=key, placeholder="not set")
        case "float":
            return st.number_input(label, value=None if value is None else float(value), step=0.25, key=key)
        case "list":
            current = list(value or [])
            return st.multiselect(label, sorted(set(current) | set(p.default or [])), default=current, key=key,
                                  accept_new_options=True)
        case "mapping":
            text = st.text_input(label, value=format_mapping(value), key=key, placeholder="e.g. A*=4, A=2, B=1")
            try:
                return parse_mapping(text) or None
            except ConfigError as exc:
                st.error(exc.reason)  # keep the last valid value
                return value
        case _:
            return st.text_input(label, value="" if value is None else str(value), key=key) or None


def show(name: str, weight: float, params: dict[str, Any], *, key: str) -> tuple[float, dict[str, Any]]:
    """Draw the weight slider and, folded away, the parameters; return the new weight and params."""
    func = get_criterion(name)
    new_weight = st.slider(criterion_label(name), 0.0, 1.0, float(weight), 0.05, key=f"{key}.weight",
                           help=(func.__doc__ or "").strip())
    spec = criterion_params(func)
    if not spec:
        return new_weight, params
    new_params: dict[str, Any] = {}
    with st.expander(f"Parameters of “{criterion_label(name)}”"):
        for p in spec:
            current = params.get(p.name, p.default)
            new_params[p.name] = _param(p, current, f"{key}.{p.name}")
    defaults = {p.name: p.default for p in spec}
    # parameters left at their default stay out of the saved TOML
    return new_weight, {k: v for k, v in new_params.items() if v is not None and not _same(v, defaults[k])}


def _same(value: Any, default: Any) -> bool:
    if isinstance(value, list | tuple) and isinstance(default, list | tuple):
        return list(value) == list(default)
    return bool(value == default)
