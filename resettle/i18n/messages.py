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

from . import LANGS
from .glossary import CODE_KINDS, TERMS, code_word, term
from .glossary import field as field_label

# code: (English, Korean)
MESSAGES: dict[str, tuple[str, str]] = {
    # generic field rules (InvalidInput's rule)
    "required": ("{field} is required.", "{field}: 필수 입력 항목입니다."),
    "too_long": ("{field} must be at most {max} characters.",
                 "{field}: {max}자 이하로 입력하십시오."),
    "too_short": ("{field} must be at least {min} characters.",
                  "{field}: {min}자 이상 입력하십시오."),
    "single_line": ("{field} must be a single line without tabs.",
                    "{field}: 줄바꿈이나 탭 없이 한 줄로 입력하십시오."),
    "control_character": ("{field} must not contain control characters ({character}).",
                          "{field}: 제어 문자({character})는 입력할 수 없습니다."),
    "not_a_date": ("{field} must be a date written YYYY-MM-DD.",
                   "{field}: 날짜를 YYYY-MM-DD 형식으로 입력하십시오."),
    "not_a_partial_date": ("{field} must be written YYYY, YYYY-MM or YYYY-MM-DD.",
                           "{field}: YYYY, YYYY-MM 또는 YYYY-MM-DD 형식으로 입력하십시오."),
    "no_such_date": ("{field}: {value} is not a real calendar date.",
                     "{field}: 달력에 없는 날짜입니다({value})."),
    "not_a_number": ("{field} must be a number.", "{field}: 숫자로 입력하십시오."),
    "out_of_range": ("{field} must be from {min} to {max}.",
                     "{field}: {min}부터 {max}까지의 값으로 입력하십시오."),
    "positive": ("{field} must be more than zero.", "{field}: 0보다 커야 합니다."),
    "positive_whole_number": ("{field} must be a whole number greater than zero.",
                              "{field}: 0보다 큰 정수로 입력하십시오."),
    "not_negative": ("{field} must not be negative.", "{field}: 0 이상이어야 합니다."),
    "whole_won": ("{field} must be a whole number of won.",
                  "{field}: 원 단위의 정수로 입력하십시오."),
    "one_of": ("{field} must be one of: {choices}.",
               "{field}: {choices} 중 하나로 입력하십시오."),
    "yes_no": ("{field} must be yes or no.", "{field}: 예 또는 아니요로 입력하십시오."),
    "date_in_future": ("{field} ({date}) must not be in the future.",
                       "{field}({date}): 미래의 날짜는 입력할 수 없습니다."),
    "date_before": ("{field} ({date}) must not be before {other} ({other_date}).",
                    "{field}({date}): {other}({other_date})보다 앞선 날짜는 입력할 수 없습니다."),
    "date_after": ("{field} ({date}) must not be after {other} ({other_date}).",
                   "{field}({date}): {other}({other_date})보다 늦은 날짜는 입력할 수 없습니다."),
    "already_exists": ("{field}: {value} already exists.",
                       "{field}: 이미 등록되어 있습니다({value})."),
    # case numbers
    "case_no_format": ("{field} must look like {example}.",
                       "{field}: {example} 형식으로 입력하십시오."),
    "case_no_year": ("The year of a case number must be from {min} to {max}.",
                     "사례 번호의 연도는 {min}부터 {max}까지입니다."),
    "case_no_sequence": ("The sequence of a case number must be from {min} to {max}.",
                         "사례 번호의 일련번호는 {min}부터 {max}까지입니다."),
    # stages and their transitions (domain/stages.py)
    "transition_not_allowed": ("A case cannot move from {from_stage} to {to_stage}.",
                               "'{from_stage}' 단계에서 '{to_stage}' 단계로 변경할 수 "
                               "없습니다."),
    "ground_required": ("A ground for refusing protection is required.",
                        "보호 제외 사유를 선택하십시오."),
    "reason_required_other_ground": ("Give a reason when the ground is 'other'.",
                                     "보호 제외 사유가 '기타 사유'이면 구체적인 사유를 "
                                     "입력하십시오."),
    "ground_only_with_exclusion": ("A ground for refusing protection is recorded only with "
                                   "an exclusion.",
                                   "보호 제외 사유는 보호 제외 결정에만 기록합니다."),
    "release_needs_placement": ("A case can be released only to a placement.",
                                "거주지를 배정해야 거주지 전입으로 변경할 수 있습니다."),
    "close_before_protection_end": ("Residence protection ends on {protection_end}; before "
                                    "then only a supervisor can end it, with a reason.",
                                    "거주지 보호는 {protection_end}에 종료됩니다. 그 전에는 "
                                    "관리자만 사유를 기록하여 종료할 수 있습니다."),
    "reason_required_early_close": ("A reason is required to end residence protection before "
                                    "{protection_end}.",
                                    "{protection_end} 이전에 거주지 보호를 종료하려면 사유를 "
                                    "입력하십시오."),
    "reason_required_correction": ("A correction needs a reason.", "정정 사유를 입력하십시오."),
    "requirement.ground": ("a ground for refusing protection", "보호 제외 사유"),
    "requirement.supervisor": ("the decision of a supervisor", "관리자의 결정"),
    "requirement.placement": ("a placement to be released to", "전입할 거주지 배정"),
    "requirement.programme_completed": ("the programme completed, or a supervisor's override "
                                        "with a reason",
                                        "정착지원교육 수료, 또는 관리자의 사유를 기록한 승인"),
    "requirement.reason_or_protection_end": ("the end of the protection period, or a "
                                             "supervisor and a reason",
                                             "거주지 보호 기간 만료, 또는 관리자의 결정과 "
                                             "사유"),
    # accounts and keys
    "username_format": ("The user name must be 2 to 64 lower-case letters, digits, '.', '_' "
                        "or '-'.",
                        "사용자 이름은 영문 소문자, 숫자, '.', '_', '-'로 2~64자여야 합니다."),
    "password_too_short": ("{field} must be at least {min} characters long.",
                           "{field}: {min}자 이상이어야 합니다."),
    "secret_blank": ("{field} cannot be only spaces.",
                     "{field}: 공백만으로 정할 수 없습니다."),
    "secret_too_weak": ("{field} is too easy to guess: use several unrelated words or a longer "
                        "mix without patterns, repeats or sequences.",
                        "{field}: 너무 쉽게 추측할 수 있습니다. 서로 관계없는 단어 여러 "
                        "개를 쓰거나, 반복·연속·패턴이 없는 더 긴 조합을 쓰십시오."),
    "passwords_differ": ("The two passwords are not the same.",
                         "두 비밀번호가 서로 다릅니다."),
    "cannot_disable_self": ("You cannot disable your own account.",
                            "자신의 계정은 비활성화할 수 없습니다."),
    "cannot_remove_self": ("You cannot remove your own account.",
                           "자신의 계정은 삭제할 수 없습니다."),
    "account_has_history": ("{username} has records or audit entries in their name, so the "
                            "account stays: disable it instead.",
                            "{username} 계정의 이름으로 남은 기록이나 감사 기록이 있어 계정을 "
                            "삭제할 수 없습니다. 대신 비활성화하십시오."),
    "recovery_key_format": ("The recovery key is the 32 characters shown at set-up.",
                            "복구 키는 설치할 때 표시된 32자입니다."),
    "account_locked": ("This account is locked after too many failed log-ins. Try again in "
                       "15 minutes or ask an administrator to unlock it.",
                       "로그인에 여러 번 실패하여 계정이 잠겼습니다. 15분 뒤에 다시 "
                       "시도하거나 시스템 관리자에게 잠금 해제를 요청하십시오."),
    "account_disabled": ("This account is disabled. Ask an administrator.",
                         "비활성화된 계정입니다. 시스템 관리자에게 문의하십시오."),
    "session_invalid": ("This action was not made by a log-in on this computer; log in again.",
                        "이 컴퓨터에서 로그인한 세션의 작업이 아닙니다. 다시 "
                        "로그인하십시오."),
    "session_ended": ("Your session has ended: the account was disabled or its role "
                      "changed. Log in again.",
                      "세션이 끝났습니다. 계정이 비활성화되었거나 역할이 바뀌었습니다. "
                      "다시 로그인하십시오."),
    "login_needed": ("The database opens only with a log-in (user name and password).",
                     "데이터베이스는 로그인(사용자 이름과 비밀번호)으로만 열 수 "
                     "있습니다."),
    "kept_head_format": ("{field} must be a chain head as 'resettle audit head' printed it "
                         "(row:digest).",
                         "{field}은(는) 'resettle audit head'가 출력한 체인 헤드(행:요약값) "
                         "형식이어야 합니다."),
    "audit_chain_broken": ("The audit log does not verify (row {row}); run 'resettle audit "
                           "verify'.",
                           "감사 기록 검증에 실패했습니다({row}행). 'resettle audit verify'를 "
                           "실행하십시오."),
    "first_admin_exists": ("The first administrator already exists.",
                           "첫 시스템 관리자가 이미 있습니다."),
    "last_admin": ("{username} is the last active administrator and cannot give up the "
                   "administrator role; make another account an administrator first.",
                   "{username}은(는) 마지막 활성 시스템 관리자이므로 시스템 관리자 역할을 "
                   "내려놓을 수 없습니다. 먼저 다른 계정을 시스템 관리자로 지정하십시오."),
    "user_not_given": ("No user given: use --user NAME or set RESETTLE_USER.",
                       "사용자가 지정되지 않았습니다. --user 옵션으로 사용자 이름을 "
                       "지정하거나 환경 변수 RESETTLE_USER를 설정하십시오."),
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
    "passphrase_required_no_store": ("A passphrase is required: no credential store is "
                                     "available on this computer.",
                                     "이 컴퓨터에서는 자격 증명 저장소를 사용할 수 없으므로 "
                                     "암호 문구를 입력해야 합니다."),
    # opening the database (UnlockFailed)
    "no_database": ("There is no database in {path}; run 'resettle init' first.",
                    "데이터베이스가 없습니다({path}). 먼저 'resettle init'을 실행하십시오."),
    "database_exists": ("A database already exists in {path}.",
                        "이 폴더에 데이터베이스가 이미 있습니다({path})."),
    "database_is_folder": ("{path} is a folder, not a database.",
                           "데이터베이스 파일이 아니라 폴더입니다({path})."),
    "database_empty": ("The database file {path} is empty; restore a backup.",
                       "데이터베이스 파일이 비어 있습니다({path}). 백업에서 복원하십시오."),
    "database_plaintext": ("{path} is a plain, unencrypted SQLite file; Resettle only opens "
                           "encrypted databases.",
                           "암호화되지 않은 SQLite 파일입니다({path}). Resettle은 암호화된 "
                           "데이터베이스만 엽니다."),
    "wrong_key_or_not_database": ("{path} cannot be opened: the key is wrong or the file is "
                                  "not a Resettle database.",
                                  "데이터베이스를 열 수 없습니다({path}). 키가 틀렸거나 "
                                  "Resettle 데이터베이스 파일이 아닙니다."),
    "key_not_256_bits": ("The database key must be 256 bits.",
                         "데이터베이스 키는 256비트여야 합니다."),
    "passphrase_needed": ("This database is protected by a passphrase: enter it.",
                          "이 데이터베이스는 암호 문구로 보호되어 있습니다. 암호 문구를 "
                          "입력하십시오."),
    "passphrase_wrong": ("The passphrase is wrong.", "암호 문구가 틀렸습니다."),
    "recovery_key_wrong": ("That recovery key does not open this database.",
                           "이 복구 키로는 데이터베이스를 열 수 없습니다."),
    "key_file_missing": ("The key file {path} is missing; use 'resettle recover'.",
                         "키 파일이 없습니다({path}). 'resettle recover'로 복구하십시오."),
    "key_file_damaged": ("The key file {path} is damaged; use 'resettle recover'.",
                         "키 파일이 손상되었습니다({path}). 'resettle recover'로 "
                         "복구하십시오."),
    "key_not_in_store": ("The database key is missing from this computer's credential store. "
                         "You can reopen the database with the recovery key "
                         "('resettle recover').",
                         "이 컴퓨터의 자격 증명 저장소에 데이터베이스 키가 없습니다. 복구 "
                         "키로 데이터베이스를 다시 열 수 있습니다('resettle recover')."),
    "no_store_no_passphrase": ("No credential store is available and no passphrase was "
                               "given.",
                               "자격 증명 저장소를 사용할 수 없고 암호 문구도 입력되지 "
                               "않았습니다."),
    "no_server_password": ("There is no password for the database server: set "
                           "RESETTLE_DB_PASSWORD or store it in the credential store.",
                           "데이터베이스 서버 비밀번호가 없습니다. RESETTLE_DB_PASSWORD를 "
                           "설정하거나 자격 증명 저장소에 저장하십시오."),
    "server_refused": ("The database server refused the connection (check the address, the "
                       "user and the password).",
                       "데이터베이스 서버가 연결을 거부했습니다. 주소, 사용자, 비밀번호를 "
                       "확인하십시오."),
    "recovery_not_for_server": ("Recovery keys belong to encrypted database files, not to a "
                                "server.",
                                "복구 키는 암호화된 데이터베이스 파일에만 쓰이며 서버에는 "
                                "해당하지 않습니다."),
    "rotation_not_for_server": ("Key rotation applies to encrypted database files; a "
                                "server's password is changed on the server.",
                                "키 교체는 암호화된 데이터베이스 파일에만 적용됩니다. 서버 "
                                "비밀번호는 서버에서 변경하십시오."),
    # backups
    "server_backup_elsewhere": ("A server database is backed up on the server (pg_dump), not "
                                "by Resettle.",
                                "서버 데이터베이스는 Resettle이 아니라 서버에서 "
                                "백업합니다(pg_dump)."),
    "not_a_file": ("{field}: {path} is not a file.", "{field}: 파일이 아닙니다({path})."),
    "file_exists": ("{field}: {path} already exists; choose a new file name.",
                    "{field}: 같은 이름의 파일이 이미 있습니다({path}). 다른 파일 이름을 "
                    "지정하십시오."),
    "cannot_write_there": ("{field} cannot be written there ({detail}).",
                           "{field}: 이 위치에는 저장할 수 없습니다({detail})."),
    "integrity_check_failed": ("The backup failed its integrity check.",
                               "백업 파일이 무결성 검사를 통과하지 못했습니다."),
    "backup_mismatch": ("The backup does not match the database (tables: {tables}).",
                        "백업이 데이터베이스와 일치하지 않습니다(테이블: {tables})."),
    "backup_wrong_key": ("The backup cannot be opened with this database's key (it may "
                         "predate a key rotation).",
                         "이 데이터베이스의 키로는 백업을 열 수 없습니다. 키를 교체하기 "
                         "전에 만든 백업일 수 있습니다."),
    # attachments and files
    "file_too_large": ("{field} must be at most {max_mb} MB.",
                       "{field}: {max_mb}MB 이하여야 합니다."),
    "file_type_not_allowed": ("{field}: this kind of file ({detected}) cannot be attached; "
                              "allowed: {allowed}.",
                              "{field}: 이 형식의 파일({detected})은 첨부할 수 없습니다. "
                              "허용 형식: {allowed}."),
    "file_type_unknown": ("{field}: the type of the file is not recognised; allowed: "
                          "{allowed}.",
                          "{field}: 파일 형식을 알 수 없습니다. 허용 형식: {allowed}."),
    "attachment_checksum": ("The attachment does not match its checksum; it may be damaged.",
                            "첨부 파일이 저장할 때의 체크섬과 일치하지 않습니다. 파일이 "
                            "손상되었을 수 있습니다."),
    "attachment_unknown_format": ("The attachment is stored in an unknown format.",
                                  "첨부 파일의 저장 형식을 알 수 없습니다."),
    "attachment_altered": ("The attachment cannot be decrypted: it was altered or belongs "
                           "to another record.",
                           "첨부 파일을 복호화할 수 없습니다. 변조되었거나 다른 기록의 "
                           "파일입니다."),
    "private_folder_unsafe": ("The folder for opened attachments, {path}, belongs to "
                              "another user or is a link; it is not used.",
                              "열어 본 첨부 파일을 두는 폴더({path})가 다른 사용자의 "
                              "것이거나 링크이므로 사용하지 않습니다."),
    # CSV import (ImportProblem codes; field "file", "header" or "row" for the whole)
    "import_rejected": ("{count} problem(s) found; nothing was imported.",
                        "문제가 {count}건 있어 아무것도 가져오지 않았습니다."),
    "import_line": ("Line {line}: {text}", "{line}행: {text}"),
    "not_utf8": ("{field} is not valid UTF-8 (save the file as UTF-8).",
                 "{field}: UTF-8 형식이 아닙니다. 파일을 UTF-8로 저장하십시오."),
    "nul_character": ("{field} contains a NUL character.", "{field}: NUL 문자가 들어 있습니다."),
    "bad_header": ("The header row must be exactly: {expected}.",
                   "머리글 행은 정확히 다음과 같아야 합니다: {expected}."),
    "wrong_field_count": ("The row has {count} fields; {expected} are expected.",
                          "이 행의 항목은 {count}개입니다. {expected}개여야 합니다."),
    "malformed_csv": ("The row is not well-formed CSV ({detail}).",
                      "CSV 형식이 올바르지 않습니다({detail})."),
    # names: legal name changes and possible duplicates (services/names.py, intake.py)
    "name_unchanged": ("The new name is the same as the current one: change the family name, "
                       "the given name or the Latin name.",
                       "새 성명이 현재 성명과 같습니다. 성, 이름 또는 로마자 성명 중 하나 이상을 "
                       "바꾸십시오."),
    "latin_name_format": ("{field} must be written \"Family Given\" (e.g. \"Ri Gum-suk\").",
                          "{field}: \"성 이름\" 순서로 띄어 쓰십시오(예: \"Ri Gum-suk\")."),
    "possible_duplicate": ("Possibly the same person as {cases}: look at these cases first, "
                           "and record a new case only if this is someone else.",
                           "{cases}와(과) 같은 사람일 수 있습니다. 해당 사례를 먼저 확인하고, "
                           "다른 사람인 경우에만 새 사례로 등록하십시오."),
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
                              "최종일({last_day})이 지난 {date}에는 결정할 수 없습니다."),
    "extension_not_held": ("An extension is decided while the person is held: custody "
                           "ended on {end}, and {date} is not before it.",
                           "기간 연장은 보호 중에 결정해야 합니다. 조사·임시보호가 "
                           "{end}에 종료되었으므로 {date}에는 결정할 수 없습니다."),
    "extension_already_decided": ("Extension request {id} is no longer pending (it is "
                                  "{status}); it cannot be decided again.",
                                  "연장 요청 {id}은(는) 이미 처리되었습니다({status}). "
                                  "다시 결정할 수 없습니다."),
    "already_voided": ("This {entity} (no. {record_id}) is already voided.",
                       "이 {entity}(번호 {record_id})은(는) 이미 무효 처리되었습니다."),
    "record_voided": ("This {entity} (no. {record_id}) was voided as a correction; record "
                      "the change on the corrected one.",
                      "이 {entity}(번호 {record_id})은(는) 정정으로 무효 처리되었습니다. "
                      "변경 사항은 정정된 기록에 기록하십시오."),
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
    # legal representation, hearings and protection decisions (services/legal.py,
    # services/protection.py, domain/protection.py)
    "already_represents": ("{lawyer} already represents case {case_no}; record a power of "
                           "attorney instead.",
                           "{lawyer}은(는) 이미 사례 {case_no}의 법률대리인입니다. 위임장을 "
                           "추가로 기록하십시오."),
    "no_such_user": ("{field}: there is no user {value}.",
                     "{field}: 사용자 {value}이(가) 없습니다."),
    "account_inactive": ("{field}: the account {value} is disabled.",
                         "{field}: {value} 계정은 비활성화되어 있습니다."),
    "not_a_lawyer": ("{field}: {value} is not a lawyer account.",
                     "{field}: {value}은(는) 변호사 계정이 아닙니다."),
    "hearing_not_yet_held": ("The hearing on {hearing_date} has not taken place yet.",
                             "{hearing_date} 심문 기일은 아직 열리지 않았습니다."),
    "protection_already_applied": ("Case {case_no} already has a protection application; "
                                   "after a refusal, record a reapplication.",
                                   "사례 {case_no}에는 이미 보호신청이 있습니다. 보호 제외 "
                                   "결정 후에는 재신청으로 기록하십시오."),
    "reapplication_needs_refusal": ("A reapplication follows a refusal of protection; the "
                                    "latest application of case {case_no} was not refused.",
                                    "재신청은 보호 제외 결정 후에만 할 수 있습니다. 사례 "
                                    "{case_no}의 최근 보호신청은 보호 제외 결정을 받지 "
                                    "않았습니다."),
    "protection_not_applied": ("Case {case_no} has no protection application recorded.",
                               "사례 {case_no}에는 기록된 보호신청이 없습니다."),
    "protection_already_decided": ("The latest protection application of case {case_no} was "
                                   "already decided on {decided_on}.",
                                   "사례 {case_no}의 최근 보호신청은 {decided_on}에 이미 "
                                   "결정되었습니다."),
    "decision_before_investigation_end": ("Record the end of the investigation before the "
                                          "protection decision.",
                                          "보호 결정을 기록하기 전에 조사 종료일을 "
                                          "기록하십시오."),
    "ground_only_with_refusal": ("{field} is recorded only with a refusal of protection.",
                                 "{field}: 보호 제외 결정에만 기록합니다."),
    "no_late_application_rule": ("No rule on late applications is in force on {date}.",
                                 "{date}에 시행 중인 보호신청 기한 기준이 없습니다."),
    "late_application_without_application": (
        "The ground \"late application\" needs the protection application's date, and none is "
        "recorded.",
        "'입국 후 기한 경과 보호신청' 사유에는 보호신청일 기록이 필요하나 기록된 보호신청이 "
        "없습니다."),
    "late_application_in_time": (
        "The application of {applied_on} was in time: for an entry on {entry_date} it is late "
        "only more than {years} year(s) after entry, that is after {last_day}.",
        "{applied_on} 보호신청은 기한 내에 이루어졌습니다. {entry_date} 입국자는 입국 후 "
        "{years}년이 지난 뒤({last_day} 이후)에 신청해야 기한 경과에 해당합니다."),
    # programme, release, risk flags, groups (services/programme.py, release.py, groups.py)
    "release_needs_programme": ("A case can be released only after the settlement programme "
                                "is completed, or earlier by a supervisor with a reason.",
                                "정착지원교육을 수료한 뒤에만 거주지로 전입할 수 있습니다. "
                                "그 전에는 관리자가 사유를 기록하여 승인할 수 있습니다."),
    "release_override_reason": ("{field}: a reason is required to release before the "
                                "programme is completed.",
                                "{field}: 정착지원교육 수료 전에 전입시키려면 사유를 "
                                "입력하십시오."),
    "hours_per_day": ("{field}: at most {maximum} hours in one day ({total} with this entry).",
                      "{field}: 하루 {maximum}시간을 넘을 수 없습니다(이번 입력을 포함하면 "
                      "{total}시간)."),
    "tenths_of_an_hour": ("{field} must be given to a tenth of an hour.",
                          "{field}: 0.1시간 단위로 입력하십시오."),
    "enrol_stage": ("A case in the stage {stage} cannot be enrolled in the programme.",
                    "{stage} 단계의 사례는 정착지원교육에 입소할 수 없습니다."),
    "already_enrolled": ("{field}: {case_no} is already enrolled in cohort {cohort}.",
                         "{field}: {case_no}은(는) 이미 {cohort} 기수에 입소했습니다."),
    "programme_already_completed": ("The programme was already completed on {completed_on}.",
                                    "정착지원교육은 이미 {completed_on}에 수료했습니다."),
    "programme_hours_missing": ("The programme is not complete; hours still missing: "
                                "{modules}.",
                                "정착지원교육을 아직 수료하지 않았습니다. 부족한 시간: "
                                "{modules}."),
    "item_id_format": ("{field}: {value} is not a worklist item (e.g. R-2025-00001:follow_up:"
                       "2025-03-01).",
                       "{field}: {value}은(는) 업무 항목 번호가 아닙니다(예: R-2025-00001:"
                       "follow_up:2025-03-01)."),
    "snooze_not_after_today": ("{field} ({date}) must be after today ({today}).",
                               "{field}({date})은(는) 오늘({today}) 이후여야 합니다."),
    "not_enrolled": ("{case_no} is not enrolled in a programme cohort.",
                     "{case_no}은(는) 정착지원교육 기수에 입소하지 않았습니다."),
    "not_released": ("{case_no} has not been released to residence.",
                     "{case_no}은(는) 아직 거주지로 전입하지 않았습니다."),
    "place_stage": ("A case in the stage {stage} cannot be given a placement; only cases in "
                    "the programme or released can.",
                    "{stage} 단계의 사례에는 거주지를 배정할 수 없습니다. 정착지원교육 또는 "
                    "거주지 전입 단계의 사례만 배정할 수 있습니다."),
    "flag_already_raised": ("{field}: {flag} is already raised on {case_no}.",
                            "{field}: {case_no}에는 이미 '{flag}' 표시가 있습니다."),
    "flag_not_raised": ("{field}: {flag} is not raised on {case_no}.",
                        "{field}: {case_no}에는 '{flag}' 표시가 없습니다."),
    "member_of_other_group": ("{case_no} is already a member of group {group}; moving them "
                              "to {target} is a change of group, made with a reason.",
                              "{case_no}은(는) 이미 {group} 집단에 속해 있습니다. {target} "
                              "집단으로 옮기려면 사유를 기록하여 집단을 변경하십시오."),
    "already_in_group": ("{case_no} is already in group {group}.",
                         "{case_no}은(는) 이미 {group} 집단에 속해 있습니다."),
    "group_empty": ("Group {group} has no members.", "{group} 집단에 구성원이 없습니다."),
    "group_all_left": ("Every member of group {group} has left (withdrawn, refused, deceased "
                       "or closed); nobody was moved.",
                       "{group} 집단의 모든 구성원이 보호 절차를 마쳤습니다(보호신청 "
                       "철회·보호 제외·사망·거주지 보호 종료). 아무도 이동하지 않았습니다."),
    "group_not_moved": ("Group {group} was not moved: {case_no} cannot make this move; "
                        "nobody moved.",
                        "{group} 집단을 이동하지 않았습니다. {case_no}은(는) 이 단계로 이동할 "
                        "수 없어 아무도 이동하지 않았습니다."),
    # reward claims (domain/rewards.py, services/rewards.py)
    "reward_over_cap": ("{field} exceeds the cap of {cap_won} won for "
                        "{category} in force on {date}.",
                        "{field}: {date} 시행 기준 {category}의 상한액 {cap_won}원을 "
                        "넘습니다."),
    "reward_no_cap": ("No reward cap is recorded for {category}.",
                      "{category}에 대한 보로금 상한액이 등록되어 있지 않습니다."),
    "reward_transition": ("A reward claim cannot move from {current} to {target}.",
                          "보로금 신청을 {current}에서 {target}(으)로 바꿀 수 없습니다."),
    "reward_protection_refused": ("No reward can be paid to a person refused protection.",
                                  "보호 제외(비보호) 결정을 받은 사람에게는 보로금을 "
                                  "지급할 수 없습니다."),
    "reward_duplicate": ("A claim with the same category, date and amount is already "
                         "recorded (claim {claim_ids}); confirm it with a reason if it is a "
                         "claim of its own.",
                         "같은 구분·일자·금액의 신청이 이미 있습니다(신청 {claim_ids}). 별개의 "
                         "신청이면 사유를 입력하여 확인하십시오."),
    "reward_approver_not_claimant": ("The person who claimed or assessed a reward cannot "
                                     "approve it; another supervisor must.",
                                     "보로금을 신청하거나 심사한 사람은 승인할 수 없습니다. "
                                     "다른 관리자가 승인해야 합니다."),
    "reward_payer_not_approver": ("The person who approved a reward cannot record its "
                                  "payment; someone else must.",
                                  "보로금을 승인한 사람은 지급을 기록할 수 없습니다. 다른 "
                                  "사람이 기록해야 합니다."),
    # retention, consent and exports (issue 18)
    "no_retention_rule": ("No retention rule is in force on {date}.",
                          "{date}에 적용되는 보유 기간 기준이 없습니다."),
    "case_anonymised": ("{case_no} has been anonymised; its personal data is no longer held.",
                        "{case_no}: 이미 익명처리되어 개인정보를 보유하고 있지 않습니다."),
    "consent_already_withdrawn": ("Consent {id} was already withdrawn on {date}.",
                                  "동의 {id}번은 이미 {date}에 철회되었습니다."),
    "disclosure_not_consented": ("Refused: the person has not consented to share their data "
                                 "with {recipient} on {date}. Nothing was printed or written.",
                                 "거부되었습니다: 본인이 {date}에 {recipient}에 대한 정보 "
                                 "제공에 동의하지 않았습니다. 아무것도 출력하거나 저장하지 "
                                 "않았습니다."),
    "identifiers_need_with_names": ("{field}: {identifiers} identify a person; ask for them "
                                    "with --with-names (supervisors only).",
                                    "{field}: {identifiers}은(는) 개인을 식별하는 항목입니다. "
                                    "--with-names로 요청하십시오(관리자만 가능)."),
    "field_twice": ("{field}: a field is named twice.", "{field}: 같은 항목이 두 번 있습니다."),
    "personal_csv_refused": ("{field}: a CSV file cannot be encrypted; a list with personal "
                             "data is written as an encrypted XLSX workbook.",
                             "{field}: CSV 파일은 암호화할 수 없으므로 개인정보가 담긴 "
                             "목록은 암호화된 XLSX 파일로만 내보냅니다."),
    # generic codes of ResettleError subclasses
    "not_found": ("Not found: {entity} {key}.", "{entity} {key}을(를) 찾을 수 없습니다."),
    "permission_denied": ("Your role ({role}) may not do this.",
                          "현재 역할({role})로는 이 작업을 할 수 없습니다."),
    "conflict": ("Someone else changed this record first. Reload it and apply your change "
                 "again; nothing was lost.",
                 "다른 사용자가 먼저 이 기록을 수정했습니다. 다시 불러온 뒤 변경 사항을 다시 "
                 "적용하십시오. 입력한 내용은 그대로 있습니다."),
    "authentication_failed": ("The user name or password is wrong.",
                              "사용자 이름 또는 비밀번호가 틀렸습니다."),
    "unlock_failed": ("The database could not be opened.", "데이터베이스를 열 수 없습니다."),
    "storage_failed": ("The change could not be saved ({reason}); nothing of it was written.",
                       "변경 사항을 저장하지 못했습니다({reason}). 아무것도 기록되지 "
                       "않았습니다."),
    "storage_reason.disk_full": ("the disk is full", "디스크 공간 부족"),
    "storage_reason.read_only": ("the database folder or file is read-only",
                                 "데이터베이스 폴더 또는 파일이 읽기 전용"),
    "storage_reason.io_error": ("the disk reported an input/output error", "디스크 입출력 오류"),
    "storage_reason.cannot_open": ("the database file cannot be opened for writing",
                                   "데이터베이스 파일에 쓸 수 없음"),
    "storage_reason.busy": ("the database is busy in another program; try again",
                            "다른 프로그램에서 데이터베이스를 쓰고 있음"),
    "storage_reason.tool_missing": ("the PostgreSQL program {detail} is not installed",
                                    "PostgreSQL 프로그램 {detail}이(가) 설치되어 있지 않음"),
    "storage_reason.server_lost": ("the connection to the database server was lost",
                                   "데이터베이스 서버와의 연결이 끊어짐"),
    "storage_reason.backup_failed": ("pg_dump failed: {detail}", "pg_dump 실패: {detail}"),
    "storage_reason.restore_failed": ("pg_restore failed: {detail}",
                                      "pg_restore 실패: {detail}"),
    "db_role_too_long": ("{field}: with the database's name the server role would be longer "
                         "than {max} bytes; choose a shorter user name.",
                         "{field}: 데이터베이스 이름과 합친 서버 역할 이름이 {max}바이트를 "
                         "넘습니다. 더 짧은 사용자 이름을 정하십시오."),
    "invalid_input": ("{field}: the value does not follow the rules.",
                      "{field}: 입력값이 규칙에 맞지 않습니다."),
    "rule_violation": ("This is not allowed by the rules.", "규칙상 허용되지 않는 작업입니다."),
    "error": ("Something went wrong.", "오류가 발생했습니다."),
}

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
