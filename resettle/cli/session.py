"""From the command line's options to open services, a logged-in actor and a language."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from resettle.domain.errors import AuthenticationFailed, InvalidInput, ResettleError, UnlockFailed
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.installation import Location, log_in
from resettle.startup import default_data_dir, env

from .output import PHRASES


def location(args: argparse.Namespace) -> Location:
    url = args.db or env("RESETTLE_DB_URL")
    return Location(args.data_dir or default_data_dir(), url, env("RESETTLE_DB_PASSWORD"))


_SECRET_FIELDS = {"RESETTLE_PASSPHRASE": "passphrase", "RESETTLE_RECOVERY_KEY": "recovery_key"}
_NO_LANGUAGE = ("", "C", "POSIX")


def language(args: argparse.Namespace | None = None) -> str:
    """"ko" or "en" for what the CLI prints. A locale (LC_ALL, LC_MESSAGES, LANG: the first
    set) starting with ko means Korean and one naming another language means English; with
    no locale, or C/POSIX, the logged-in account's language decides (English before log-in)."""
    locale = next((v for v in (os.environ.get(n, "") for n in ("LC_ALL", "LC_MESSAGES", "LANG"))
                   if v), "")
    if locale.lower().startswith("ko"):
        return "ko"
    if locale.split(".")[0] not in _NO_LANGUAGE:
        return "en"
    account = getattr(args, "account_language", None)
    return "ko" if account == "ko" else "en"


def secret(name: str, prompt: str, failure: type[ResettleError] = AuthenticationFailed) -> str:
    """A secret from the environment, else a prompt without echo; never a command-line option."""
    value = os.environ.get(name)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise failure("secret_not_given", field=_SECRET_FIELDS.get(name, "password"), env=name)
    return getpass.getpass(f"{prompt_words(prompt)}: ")


def prompt_words(prompt: str) -> str:
    """A prompt in the locale's language: one of the CLI's prompts ("prompt.*" phrases) is
    given by its English text; any other text is shown as given (already worded)."""
    lang = language()
    for english, korean in (v for k, v in PHRASES.items() if k.startswith("prompt.")):
        if english == prompt:
            return korean if lang == "ko" else english
    return prompt


def passphrase() -> str:
    return secret("RESETTLE_PASSPHRASE", "Passphrase", UnlockFailed)


def open_for(args: argparse.Namespace) -> Services:
    """The database, opened by the user's log-in (issue 15: the key is released only by a
    password); `login` then returns that log-in's actor."""
    user = args.user or env("RESETTLE_USER")
    if not user:
        raise AuthenticationFailed("user_not_given")
    services, actor = log_in(location(args), user, secret("RESETTLE_PASSWORD", "Password"),
                             passphrase)
    args.logged_in = actor
    args.account_language = actor.language
    return services


def login(services: Services, args: argparse.Namespace) -> Actor:
    """The acting user (logged in by `open_for`); the CLI may now speak their language."""
    actor: Actor = args.logged_in
    return actor


def call(args: argparse.Namespace, area: str, method: str, *params: Any, **kw: Any) -> Any:
    """What most commands do: open, log in, make one service call, close."""
    services = open_for(args)
    try:
        return getattr(getattr(services, area), method)(login(services, args), *params, **kw)
    finally:
        services.close()


def read_stdin_secret(field: str) -> str:
    value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        raise InvalidInput(field, "stdin_required")
    return value
