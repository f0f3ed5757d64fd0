"""The message catalogue, part two: accounts, keys, opening the database, backups,
attachments and demo data. Code: (English, Korean)."""

MESSAGES: dict[str, tuple[str, str]] = {
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
    "demo_needs_owner": ("On a server, demo data is loaded by the database's owner "
                         "('resettle --db OWNER_URL demo'), not through an account's own role.",
                         "서버에서는 데모 자료를 데이터베이스 소유자가 적재합니다"
                         "('resettle --db OWNER_URL demo'). 계정 자신의 역할로는 할 수 "
                         "없습니다."),
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
}
