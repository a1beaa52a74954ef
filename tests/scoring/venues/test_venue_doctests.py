"""The examples in the venue modules' docstrings run and hold."""

from __future__ import annotations

import doctest
from types import ModuleType

import pytest

from scoring.venues import normalise, tiers


@pytest.mark.parametrize("module", [normalise, tiers], ids=lambda m: m.__name__)
def test_docstring_examples(module: ModuleType) -> None:
    """Every ``Examples:`` block gives the output it shows."""
    result = doctest.testmod(module)
    assert result.attempted > 0
    assert result.failed == 0
