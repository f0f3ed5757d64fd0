"""From the command line's options to open services and a logged-in actor."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from resettle.app import default_data_dir
from resettle.domain.errors import AuthenticationFailed, UnlockFailed
from resettle.services.api import Services
from resettle.services.context import Actor
from resettle.services.installation import Location, open_services


def location(args: argparse.Namespace) -> Location:
    url = args.db or os.environ.get("RESETTLE_DB_URL")
    return Location(args.data_dir or default_data_dir(), url,
                    os.environ.get("RESETTLE_DB_PASSWORD"))


def secret(env: str, prompt: str, failure: type[Exception] = AuthenticationFailed) -> str:
    """A secret from the environment, else a prompt without echo; never a command-line option."""
    value = os.environ.get(env)
    if value is not None:
        return value
    if not sys.stdin.isatty():
        raise failure(f"no {prompt.lower()} given: set {env} or run in a terminal")
    return getpass.getpass(f"{prompt}: ")


def passphrase() -> str:
    return secret("RESETTLE_PASSPHRASE", "Passphrase", UnlockFailed)


def open_for(args: argparse.Namespace) -> Services:
    return open_services(location(args), passphrase)


def login(services: Services, args: argparse.Namespace) -> Actor:
    user = args.user or os.environ.get("RESETTLE_USER")
    if not user:
        raise AuthenticationFailed("no user given: use --user NAME or set RESETTLE_USER")
    return services.accounts.login(user, secret("RESETTLE_PASSWORD", "Password"))


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
        from resettle.domain.errors import InvalidInput

        raise InvalidInput(field, "must be given on standard input")
    return value
