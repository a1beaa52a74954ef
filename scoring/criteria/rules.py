"""Editable rule tables: text -> category by the first matching regular expression."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from scoring.errors import ConfigError

__all__ = ["OTHER", "categorise", "check_rules", "compile_rules"]

OTHER = "other"

CompiledRules = list[tuple[str, re.Pattern[str]]]


def check_rules(key: str, rules: object) -> None:
    """Raise ``ConfigError(key...)`` unless *rules* maps names to lists of valid regular expressions."""
    if not isinstance(rules, Mapping):
        raise ConfigError(key, "must be a table of category = [patterns]")
    for category, patterns in rules.items():
        if not isinstance(patterns, list | tuple) or not all(isinstance(p, str) for p in patterns):
            raise ConfigError(key=f"{key}.{category}", reason="must be a list of patterns (strings)")
        for pattern in patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ConfigError(
                    key=f"{key}.{category}", reason=f"{pattern!r} is not a valid pattern: {exc}"
                ) from None


def compile_rules(rules: Mapping[str, Sequence[str]]) -> CompiledRules:
    """One case-insensitive alternation per category, in table order."""
    return [
        (category, re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE))
        for category, patterns in rules.items()
        if patterns
    ]


def categorise(texts: Iterable[str | None], rules: Mapping[str, Sequence[str]]) -> list[str]:
    """The first category whose pattern occurs in each text, else ``"other"``.

    Examples:
        >>> categorise(["Best Paper Award finalist", "Gold medal"], {"finalist": ["finalist"], "medal": ["medal"]})
        ['finalist', 'medal']
    """
    compiled = compile_rules(rules)
    out: list[str] = []
    for text in texts:
        found = OTHER
        for category, pattern in compiled:
            if text and pattern.search(text):
                found = category
                break
        out.append(found)
    return out
