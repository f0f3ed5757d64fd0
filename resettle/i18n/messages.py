"""The message catalogue: every error code worded once per language.

Services and the domain raise typed errors that carry a code and parameters, never a
sentence (`InvalidInput("days", "too_many", maximum=30)`, `RuleViolation("extension_after_limit",
last_day=...)`). Each face turns them into words here, so the GUI, the CLI and the reports
say the same thing. Templates use `{field}` (the field's label from the glossary) and the
error's own parameters."""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from resettle.domain.errors import ImportProblem, InvalidInput, ResettleError

from . import LANGS, messages_access, messages_input, messages_record
from .glossary import CODE_KINDS, TERMS, code_word, term
from .glossary import field as field_label

# code: (English, Korean), by area; a code is in exactly one part (tests/test_messages.py)
MESSAGES: dict[str, tuple[str, str]] = {**messages_input.MESSAGES, **messages_access.MESSAGES,
                                        **messages_record.MESSAGES}

# entity names are the glossary's audit_entity.* terms (the audit viewer's words too)


def _i(lang: str) -> int:
    return LANGS.index(lang if lang in LANGS else "en")


def _value(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, tuple | list | frozenset | set):
        return ", ".join(_value(v) for v in value)
    return str(value)


def text(code: str, lang: str, **params: Any) -> str:
    """The sentence for `code` in `lang`, its {placeholders} filled from `params`."""
    template = MESSAGES[code][_i(lang)]
    return template.format_map({k: _value(v) for k, v in params.items()})


def _word(kinds: str | tuple[str, ...], value: Any, lang: str) -> Any:
    for kind in (kinds,) if isinstance(kinds, str) else kinds:
        key = f"{kind}.{value}"
        if key in TERMS:
            return term(key, lang)
    return value


def _choice(kind: str, code: Any, lang: str) -> str:
    """A choice in words with the code to type, e.g. "임대주택(rental_flat)"."""
    word = str(_word(kind, code, lang))
    same = word.casefold() == str(code).replace("_", " ").casefold()
    return word if same else f"{word}({code})" if lang == "ko" else f"{word} ({code})"


def _params(exc: ResettleError, lang: str) -> dict[str, Any]:
    """The error's parameters in words: field labels, domain codes, entity names."""
    params: dict[str, Any] = dict(exc.params)
    for name in ("field", "other"):
        if name in params:
            params[name] = field_label(str(params[name]), lang)
    for name in CODE_KINDS.keys() & params.keys():
        params[name] = code_word(name, params[name], lang)
    if "entity" in params:
        params["entity"] = _word("audit_entity", params["entity"], lang)
    kind = str(exc.params.get("kind") or CODE_KINDS.get(str(exc.params.get("field")), ("",))[0])
    if kind and isinstance(params.get("choices"), tuple | list):
        params["choices"] = tuple(_choice(kind, c, lang) for c in params["choices"])
    modules = exc.params.get("modules")
    if isinstance(modules, dict):  # programme module -> hours (still missing)
        params["modules"] = ", ".join(text("requirement.module_hours", lang, hours=f"{h:g}",
                                           module=code_word("module", m, lang))
                                      for m, h in modules.items())
    if exc.key == "storage_failed" and f"storage_reason.{params.get('reason')}" in MESSAGES:
        params["reason"] = text(f"storage_reason.{params['reason']}", lang)
    return params


def error_text(exc: ResettleError, lang: str) -> str:
    """One sentence for the user about a typed error, in `lang` ("en" or "ko")."""
    params = _params(exc, lang)
    key = exc.key
    sentence = None
    if key in MESSAGES:
        # a parameter the template needs may be missing: then the class's generic sentence
        with contextlib.suppress(KeyError):
            sentence = text(key, lang, **params)
    if sentence is None:
        sentence = _fallback(exc, params, lang)
    problems = exc.params.get("problems")
    if isinstance(problems, list | tuple) and all(isinstance(p, ImportProblem) for p in problems):
        sentence = "\n".join([sentence, *(problem_text(p, lang) for p in problems)])
    return sentence


def _fallback(exc: ResettleError, params: dict[str, Any], lang: str) -> str:
    """An error whose code is not (yet) in the catalogue: its class's generic sentence (and,
    in English, the service's own words)."""
    if isinstance(exc, InvalidInput) and lang == "en":
        return f"{params['field']}: {exc.rule}"
    if lang == "en" and exc.message != exc.code:
        return exc.message[:1].upper() + exc.message[1:] + (
            "" if exc.message.endswith(".") else ".")
    fallback = exc.code if exc.code in MESSAGES else "error"
    for name in ("field", "reason", "role", "entity", "key"):
        params.setdefault(name, "")
    return text(fallback, lang, **params)


def problem_text(problem: ImportProblem, lang: str) -> str:
    """One import problem as a line for the user, e.g. "3행: 성별: 다음 중 하나로…"."""
    return text("import_line", lang, line=problem.line,
                text=error_text(problem.error(), lang))
