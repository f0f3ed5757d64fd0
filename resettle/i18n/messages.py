"""The message catalogue: every error code worded once per language.

Services and the domain raise typed errors that carry a code and parameters, never a
sentence (`InvalidInput("days", "too_many", maximum=30)`, `RuleViolation("extension_after_limit",
last_day=...)`). Each face turns them into words here, so the GUI, the CLI and the reports
say the same thing. Templates use `{field}` (the field's label from the glossary) and the
error's own parameters."""

from __future__ import annotations

from datetime import date
from typing import Any

from resettle.domain.errors import InvalidInput, ResettleError

from . import LANGS
from .glossary import field as field_label
from .glossary import term

# code: (English, Korean)
MESSAGES: dict[str, tuple[str, str]] = {
    # generic field rules (InvalidInput's rule)
    "required": ("{field} is required.", "{field}: 필수 입력 항목입니다."),
    "too_long": ("{field} must be at most {max} characters.",
                 "{field}: {max}자 이하로 입력하십시오."),
    "too_short": ("{field} must be at least {min} characters.",
                  "{field}: {min}자 이상 입력하십시오."),
    "not_a_date": ("{field} must be a date (YYYY-MM-DD).",
                   "{field}: 날짜(YYYY-MM-DD)로 입력하십시오."),
    "not_a_number": ("{field} must be a number.", "{field}: 숫자로 입력하십시오."),
    "out_of_range": ("{field} must be from {min} to {max}.",
                     "{field}: {min}에서 {max} 사이로 입력하십시오."),
    "positive": ("{field} must be more than zero.", "{field}: 0보다 커야 합니다."),
    "not_negative": ("{field} must not be negative.", "{field}: 0 이상이어야 합니다."),
    "one_of": ("{field} must be one of: {choices}.", "{field}: 다음 중 하나여야 합니다: {choices}."),
    "date_in_future": ("{field} ({date}) must not be in the future.",
                       "{field}({date}): 미래의 날짜는 입력할 수 없습니다."),
    "date_before": ("{field} ({date}) must not be before {other} ({other_date}).",
                    "{field}({date}): {other}({other_date}) 이전일 수 없습니다."),
    "date_after": ("{field} ({date}) must not be after {other} ({other_date}).",
                   "{field}({date}): {other}({other_date}) 이후일 수 없습니다."),
    "already_exists": ("{field}: {value} already exists.", "{field}: {value}은(는) 이미 있습니다."),
    # accounts and keys
    "username_format": ("The user name must be 2 to 64 lower-case letters, digits, '.', '_' "
                        "or '-'.",
                        "사용자 이름은 영문 소문자, 숫자, '.', '_', '-'로 2~64자여야 합니다."),
    "password_too_short": ("{field} must be at least {min} characters long.",
                           "{field}는 {min}자 이상이어야 합니다."),
    "passwords_differ": ("The two passwords are not the same.",
                         "두 비밀번호가 서로 다릅니다."),
    "cannot_disable_self": ("You cannot disable your own account.",
                            "자기 계정은 비활성화할 수 없습니다."),
    "recovery_key_format": ("The recovery key is the 32 characters shown at set-up.",
                            "복구 키는 설치할 때 표시된 32자입니다."),
    "first_admin_exists": ("The first administrator already exists.",
                           "첫 시스템 관리자가 이미 있습니다."),
    "last_admin": ("{username} is the last active administrator and cannot give up the "
                   "administrator role; make another account an administrator first.",
                   "{username}은(는) 마지막 활성 시스템 관리자이므로 시스템 관리자 역할을 "
                   "내려놓을 수 없습니다. 먼저 다른 계정을 시스템 관리자로 지정하십시오."),
    "user_not_given": ("No user given: use --user NAME or set RESETTLE_USER.",
                       "사용자가 지정되지 않았습니다. --user 이름을 쓰거나 환경 변수 "
                       "RESETTLE_USER를 설정하십시오."),
    "secret_not_given": ("{field} not given: set {env} or run in a terminal.",
                         "{field}: 입력되지 않았습니다. 환경 변수 {env}을(를) 설정하거나 "
                         "터미널에서 실행하십시오."),
    "stdin_required": ("{field} must be given on standard input.",
                       "{field}: 표준 입력으로 주어야 합니다."),
    # demo data
    "demo_on_real_data": ("This database holds {cases} real case(s); demo data is only loaded "
                          "into a database of its own (e.g. resettle --data-dir FOLDER init).",
                          "이 데이터베이스에는 실제 사례가 {cases}건 있습니다. 시연 자료는 별도의 "
                          "데이터베이스에만 넣을 수 있습니다(예: resettle --data-dir 폴더 "
                          "init)."),
    "demo_account_taken": ("An account named {username} exists and was not made by the demo; "
                           "the demo does not borrow it.",
                           "{username} 계정은 시연 자료가 만든 계정이 아니므로 시연 자료에 "
                           "사용하지 않습니다."),
    # the custody clock
    "too_many_days": ("That is more days than the custody rule allows for one extension "
                      "(at most {maximum}).",
                      "한 번에 연장할 수 있는 일수({maximum}일)를 넘습니다."),
    "no_custody_rule": ("No custody rule is in force on {date}.",
                        "{date}에 시행 중인 조사·임시보호 기간 기준이 없습니다."),
    "extension_not_allowed": ("The custody rule in force from {since} allows no extension.",
                              "{since} 시행 기준은 기간 연장을 허용하지 않습니다."),
    "too_many_extensions": ("The custody rule in force from {since} allows at most "
                            "{maximum} extension(s); {granted} already granted.",
                            "{since} 시행 기준은 기간 연장을 {maximum}회까지만 허용합니다"
                            "(이미 {granted}회 연장)."),
    "extension_after_limit": ("An extension must be decided before the limit has passed: "
                              "the last lawful day was {last_day}, and {date} is after it.",
                              "기간 연장은 한도가 지나기 전에 결정해야 합니다. 보호 가능 "
                              "최종일은 {last_day}이며 {date}은(는) 그 이후입니다."),
    "extension_not_held": ("An extension is decided while the person is held: custody "
                           "ended on {end}, and {date} is not before it.",
                           "기간 연장은 보호 중에 결정해야 합니다. 보호가 {end}에 "
                           "종료되었으며 {date}은(는) 그 이전이 아닙니다."),
    "extension_already_decided": ("Extension request {id} is no longer pending (it is "
                                  "{status}); it cannot be decided again.",
                                  "연장 요청 {id}은(는) 이미 처리되었습니다({status}). "
                                  "다시 결정할 수 없습니다."),
    "nothing_to_correct": ("Case {case_no} has no stage change to correct.",
                           "사례 {case_no}에는 정정할 단계 변경이 없습니다."),
    "positive_when_extensions": ("{field} must be more than zero when extensions are "
                                 "allowed.", "{field}: 연장을 허용하면 0보다 커야 합니다."),
    "rule_exists_on_date": ("{field}: a custody rule already takes effect on {date}.",
                            "{field}: {date}에 시행되는 기준이 이미 있습니다."),
    "image_format": ("{field} must be a {allowed} image.",
                     "{field}: {allowed} 형식의 이미지여야 합니다."),
    "not_active_caseworker": ("{field} must be an active caseworker or supervisor "
                              "({value} is not).",
                              "{field}: 활성 상태의 담당자 또는 관리자여야 합니다({value})."),
    # generic codes of ResettleError subclasses
    "not_found": ("Not found: {entity} {key}.", "찾을 수 없습니다: {entity} {key}."),
    "permission_denied": ("Your role ({role}) may not do this.",
                          "현재 역할({role})로는 이 작업을 할 수 없습니다."),
    "conflict": ("Someone else changed this record first. Reload it and apply your change "
                 "again; nothing was lost.",
                 "다른 사용자가 먼저 이 기록을 수정했습니다. 다시 불러온 뒤 변경 사항을 다시 "
                 "적용하십시오. 입력한 내용은 그대로 있습니다."),
    "authentication_failed": ("The user name or password is wrong, or the account cannot "
                              "log in now.",
                              "사용자 이름 또는 비밀번호가 틀렸거나 지금은 로그인할 수 없는 "
                              "계정입니다."),
    "unlock_failed": ("The database could not be opened.", "데이터베이스를 열 수 없습니다."),
    "storage_failed": ("The change could not be saved ({reason}); nothing of it was written.",
                       "변경 사항을 저장하지 못했습니다({reason}). 아무것도 기록되지 "
                       "않았습니다."),
    "invalid_input": ("{field}: the value does not follow the rules.",
                      "{field}: 입력값이 규칙에 맞지 않습니다."),
    "rule_violation": ("This is not allowed by the rules.", "규칙상 허용되지 않는 작업입니다."),
    "error": ("Something went wrong.", "오류가 발생했습니다."),
}

_ENTITY = {"case": ("case", "사례"), "user": ("user", "사용자"), "group": ("group", "집단"),
           "cohort": ("cohort", "기수"), "extension": ("extension request", "연장 요청"),
           "claim": ("reward claim", "보로금 신청"), "hearing": ("hearing", "심문 기일")}


def _value(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def text(code: str, lang: str, **params: Any) -> str:
    """The sentence for `code` in `lang`, its {placeholders} filled from `params`."""
    template = MESSAGES[code][LANGS.index(lang if lang in LANGS else "en")]
    return template.format_map({k: _value(v) for k, v in params.items()})


def error_text(exc: ResettleError, lang: str) -> str:
    """One sentence for the user about a typed error, in `lang`."""
    params: dict[str, Any] = dict(exc.params)
    if "field" in params:
        params["field"] = field_label(str(params["field"]), lang)
    if "other" in params:
        params["other"] = field_label(str(params["other"]), lang)
    if "role" in params and f"role.{params['role']}" in _ROLE_KEYS:
        params["role"] = term(f"role.{params['role']}", lang)
    if "entity" in params:
        names = _ENTITY.get(str(params["entity"]))
        if names:
            params["entity"] = names[LANGS.index(lang if lang in LANGS else "en")]
    key = exc.key
    if key in MESSAGES:
        try:
            return text(key, lang, **params)
        except KeyError:
            pass  # a parameter the template needs is missing: fall back to the code's text
    if isinstance(exc, InvalidInput) and lang == "en":
        return f"{params['field']}: {exc.rule}"
    if lang == "en" and exc.message != exc.code:
        return exc.message[:1].upper() + exc.message[1:] + (
            "" if exc.message.endswith(".") else ".")
    fallback = exc.code if exc.code in MESSAGES else "error"
    params.setdefault("field", "")
    params.setdefault("reason", "")
    params.setdefault("role", "")
    params.setdefault("entity", "")
    params.setdefault("key", "")
    return text(fallback, lang, **params)


_ROLE_KEYS = frozenset({"role.caseworker", "role.supervisor", "role.lawyer", "role.admin"})
