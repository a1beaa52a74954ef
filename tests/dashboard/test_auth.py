"""Optional sign-in: off without an [auth] section; on, only allow-listed committee members get in."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

AUTH = {
    "redirect_uri": "http://localhost:8501/oauth2callback",
    "cookie_secret": "test-cookie-secret",
    "client_id": "facultyscreen",
    "client_secret": "not-a-real-secret",
    "server_metadata_url": "https://idp.uni.example/.well-known/openid-configuration",
}


def _page() -> None:
    import streamlit as st

    from dashboard.auth import require_login

    require_login()
    st.text("CANDIDATE DATA")


def _run(secrets: dict[str, object] | None = None, user: dict[str, object] | None = None) -> AppTest:
    at = AppTest.from_function(_page)
    if secrets:
        for key, value in secrets.items():
            at.secrets[key] = value
    if user is not None:
        at.user = user
    return at.run()


def _shows_data(at: AppTest) -> bool:
    return any(t.value == "CANDIDATE DATA" for t in at.text)


def test_without_auth_section_the_app_is_open() -> None:
    """No [auth] secrets: require_login is a no-op and the page renders."""
    at = _run()
    assert not at.exception
    assert _shows_data(at)


def test_signed_out_user_sees_only_the_sign_in_button() -> None:
    """With [auth] configured, a signed-out visitor gets a sign-in button and no candidate data."""
    at = _run({"auth": AUTH, "committee": {"emails": ["chair@uni.example"]}}, {"is_logged_in": False})
    assert not at.exception
    assert not _shows_data(at)
    assert [b.label for b in at.button] == ["Sign in"]


def test_allow_listed_member_sees_the_data() -> None:
    """A signed-in user whose e-mail is on the committee list sees the page."""
    at = _run({"auth": AUTH, "committee": {"emails": ["chair@uni.example"]}},
              {"is_logged_in": True, "email": "Chair@Uni.Example"})
    assert not at.exception
    assert _shows_data(at)


def test_signed_in_stranger_is_refused() -> None:
    """A signed-in user not on the list sees an error and a sign-out button, not the data."""
    at = _run({"auth": AUTH, "committee": {"emails": ["chair@uni.example"]}},
              {"is_logged_in": True, "email": "eve@elsewhere.example"})
    assert not _shows_data(at)
    assert at.error
    assert [b.label for b in at.button] == ["Sign out"]


def test_missing_committee_list_fails_closed() -> None:
    """[auth] without a committee list lets nobody in."""
    at = _run({"auth": AUTH}, {"is_logged_in": True, "email": "chair@uni.example"})
    assert not _shows_data(at)


def test_unverified_email_is_refused() -> None:
    """An address the identity provider marks as unverified does not pass the allow-list."""
    at = _run({"auth": AUTH, "committee": {"emails": ["chair@uni.example"]}},
              {"is_logged_in": True, "email": "chair@uni.example", "email_verified": False})
    assert not _shows_data(at)
