"""The message catalogue, part three: the record itself (stages, the custody clock, legal
representation and protection decisions, programme, release, groups, rewards, retention and
consent). Code: (English, Korean)."""

MESSAGES: dict[str, tuple[str, str]] = {
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
    "requirement.module_hours": ("{module} {hours} h", "{module} {hours}시간"),
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
}
