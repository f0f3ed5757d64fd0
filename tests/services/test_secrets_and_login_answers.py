"""Secrets are checked for strength, not only length (issue 15), and the log-in answers an
unknown user, a wrong password, a locked and a disabled account alike until the password is
right."""

from __future__ import annotations

import pytest

from resettle.domain.errors import AuthenticationFailed, InvalidInput
from resettle.i18n.messages import MESSAGES

WEAK = ["aaaaaaaaaaaa", " " * 12, "password1234", "qwertyuiop12", "123456789012"]


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passwords_are_refused_naming_the_field(services, admin, weak) -> None:
    for call in (lambda: services.accounts.add_user(admin, "weakling", "supervisor", weak),
                 lambda: services.accounts.reset_password(admin, "admin", weak),
                 lambda: services.accounts.change_password(admin, "admin-password-1", weak)):
        with pytest.raises(InvalidInput) as refused:
            call()
        assert refused.value.params["field"] == "password"
        assert refused.value.params["rule"] in ("secret_too_weak", "secret_blank")


@pytest.mark.parametrize("weak", WEAK)
def test_weak_passphrases_are_refused_naming_the_field(weak) -> None:
    from resettle.storage.keys import check_passphrase

    with pytest.raises(InvalidInput) as refused:
        check_passphrase(weak)
    assert refused.value.params["field"] == "passphrase"
    assert refused.value.params["rule"] in ("secret_too_weak", "secret_blank")


def test_a_weak_passphrase_is_refused_at_set_up(tmp_path) -> None:
    from resettle.services.installation import Location, initialise

    with pytest.raises(InvalidInput) as refused:
        initialise(Location(tmp_path / "data"), "admin", "admin-password-1",
                   passphrase="aaaaaaaaaaaa")
    assert refused.value.params["field"] == "passphrase"


def test_a_weak_first_administrator_password_is_refused(tmp_path) -> None:
    from resettle.services.installation import Location, initialise

    with pytest.raises(InvalidInput) as refused:
        initialise(Location(tmp_path / "data"), "admin", " " * 12,
                   passphrase="a passphrase long enough")
    assert refused.value.params["field"] == "password"


def test_strong_secrets_pass() -> None:
    from resettle.services.accounts import check_password
    from resettle.storage.keys import check_passphrase
    from resettle.storage.secret_strength import check_strength

    check_password("correct horse battery staple")
    check_passphrase("a passphrase long enough")
    check_strength("recovery_key", "K7QM-2XWD-9FHB-TR4N-ZC8P-LJ6V-Y3SG-EA5U")


def test_the_codes_are_in_the_catalogue() -> None:
    for code in ("secret_too_weak", "secret_blank"):
        english, korean = MESSAGES[code]
        assert "{field}" in english and "{field}" in korean


def _answer(services, user: str, password: str) -> tuple[str, dict]:
    with pytest.raises(AuthenticationFailed) as failed:
        services.accounts.login(user, password)
    return failed.value.key, dict(failed.value.params)


def test_unknown_wrong_locked_and_disabled_answer_alike(services, admin) -> None:
    from resettle.services.accounts import MAX_FAILURES

    for name in ("mina", "jiho", "dana"):
        services.accounts.add_user(admin, name, "caseworker", "a-long-password-1")
    for _ in range(MAX_FAILURES):  # mina is locked out
        _answer(services, "mina", "wrong-password-1")
    services.accounts.set_active(admin, "jiho", False)  # jiho is disabled
    unknown = _answer(services, "nobody-here", "wrong-password-1")
    wrong = _answer(services, "dana", "wrong-password-1")
    locked = _answer(services, "mina", "wrong-password-1")
    disabled = _answer(services, "jiho", "wrong-password-1")
    assert unknown == wrong == locked == disabled == ("authentication_failed", {})
    # the right password: only now is the account's state told
    assert _answer(services, "mina", "a-long-password-1")[0] == "account_locked"
    assert _answer(services, "jiho", "a-long-password-1")[0] == "account_disabled"
    assert services.accounts.login("dana", "a-long-password-1").username == "dana"


def test_wrong_passwords_during_a_lockout_do_not_lengthen_it(services, admin, clock) -> None:
    from resettle.services.accounts import LOCKOUT, MAX_FAILURES

    services.accounts.add_user(admin, "mina", "caseworker", "a-long-password-1")
    for _ in range(MAX_FAILURES):
        _answer(services, "mina", "wrong-password-1")
    clock.advance(minutes=10)
    _answer(services, "mina", "wrong-password-1")
    clock.advance(seconds=LOCKOUT.total_seconds() - 10 * 60 + 1)
    assert services.accounts.login("mina", "a-long-password-1").username == "mina"
