"""CV text reaches the screen only as plain text: never through Markdown, which would fetch images."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import APP, PAGES
from pool_fixture import write_pool
from streamlit.testing.v1 import AppTest

PIXEL = "http://evil.example/pixel.png"
HOSTILE_CV = (
    f"![x]({PIXEL}) **Mallory**\n<img src=x onerror=alert(1)>\n\nRESEARCH INTERESTS\n"
    f"Optimisation [click](javascript:alert(1)) ![y]({PIXEL})\n\nPUBLICATIONS\n"
    f'1. M. Mallory. "Gradients ![z]({PIXEL})". In Proc. ICML, 2021.\n\nAWARDS\n- Prize ![w]({PIXEL}), 2020\n'
)


@pytest.mark.parametrize("page", PAGES)
def test_cv_markup_is_never_rendered_as_markdown(page: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No Markdown element on any page carries text from the hostile CV (the candidate page shows it as code)."""
    pool = write_pool(tmp_path / "pool")
    (pool / "hostile.txt").write_text(HOSTILE_CV, encoding="utf-8")
    monkeypatch.setenv("FACULTYSCREEN_POOL", str(pool))
    at = AppTest.from_file(str(APP), default_timeout=60).run()
    at.switch_page(page).run()
    if page.endswith("candidate.py"):
        at.selectbox(key="candidate").set_value("hostile").run()
        assert any(PIXEL in c.value for c in at.code)  # the text is shown, as plain code
    assert not at.exception, [e.value for e in at.exception]
    rendered = [m.value for m in [*at.markdown, *at.caption, *at.info, *at.warning, *at.error, *at.title]]
    assert not [m for m in rendered if "evil.example" in m or "onerror" in m or "javascript:" in m]
