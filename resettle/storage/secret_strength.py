"""How hard a chosen secret is to guess (issue 15): passwords, passphrases, recovery keys.

Length alone let `aaaaaaaaaaaa` and twelve spaces through. zxcvbn estimates the guesses an
attacker needs from dictionaries, keyboard patterns, repeats and sequences; a secret must
reach score 3 ("safely unguessable": about 10^8 guesses or more) and must not be blank. The
account's user name (and other words the caller knows) count as guessable too."""

from __future__ import annotations

from collections.abc import Iterable

from resettle.domain.errors import InvalidInput

MIN_SCORE = 3  # zxcvbn's 0..4
_CHECKED = 100  # zxcvbn's cost grows with length; a longer secret is judged by its start


def check_strength(field: str, secret: str, related: Iterable[str] = ()) -> None:
    """Refuse a blank or easily guessed secret with a code naming the field."""
    if not secret.strip():
        raise InvalidInput(field, "secret_blank")
    from zxcvbn import zxcvbn

    words = [w for w in related if w]
    result = zxcvbn(secret[:_CHECKED], user_inputs=words)
    score = int(result["score"])
    if score < MIN_SCORE:
        raise InvalidInput(field, "secret_too_weak", score=score, min_score=MIN_SCORE)
