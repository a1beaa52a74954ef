"""Optional sign-in: OpenID Connect through ``st.login``, then the committee allow-list.

With no ``[auth]`` section in ``.streamlit/secrets.toml``, ``require_login`` does nothing: one
person running the dashboard on their own machine needs no account. With one, every run of the
app (and so every page, since ``app.py`` runs before each page) first requires a signed-in user
whose e-mail is on ``[committee] emails``. Signing in only proves who someone is; the allow-list
decides whether they may see the applicants. See docs/security.md.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import streamlit as st

from scoring.access import is_allowed

__all__ = ["auth_configured", "require_login"]


def _section(name: str) -> Mapping[str, Any] | None:
    try:
        value = st.secrets.get(name)
    except FileNotFoundError:  # no secrets.toml at all: Streamlit raises instead of returning None
        return None
    return value if isinstance(value, Mapping) else None


def auth_configured() -> bool:
    """Whether the deployment has an ``[auth]`` (OIDC) section in its secrets."""
    return _section("auth") is not None


def require_login() -> None:
    """Stop the page unless sign-in is off, or the signed-in user is on the committee list."""
    if not auth_configured():
        return
    committee = _section("committee") or {}
    provider = committee.get("provider")
    if not st.user.is_logged_in:
        st.title("FacultyScreen")
        st.info("Applicants' files are confidential. Sign in with your university account to continue.")
        st.button("Sign in", type="primary", on_click=st.login, args=(provider,) if provider else None)
        st.stop()
    email = st.user.get("email")
    verified = st.user.get("email_verified") is not False  # absent claim: trust the provider
    if not (verified and is_allowed(email if isinstance(email, str) else None, committee.get("emails"))):
        st.error("This account is not on the committee's list. Ask the committee chair to add it.")
        st.text(f"Signed in as: {email or 'unknown'}")  # plain text: the address comes from outside
        st.button("Sign out", on_click=st.logout)
        st.stop()
