"""Fictional sample data for the report tests, the benchmark and the PNG previews."""

from __future__ import annotations

import dataclasses
import random
from datetime import date, datetime, timedelta, timezone
from typing import Any

from resettle.domain.custody import custody_clock
from resettle.domain.followup import PlacementType, RiskFlag
from resettle.domain.programme import DEFAULT_MODULE_HOURS, Module
from resettle.domain.rewards import RewardCategory, RewardStatus
from resettle.domain.stages import ExclusionGround, Stage
from resettle.domain.validation import Sex
from resettle.reports.data import (
    AgeBandCount,
    CaseSummaryData,
    CohortData,
    CohortMember,
    CustodyReviewData,
    CustodyRow,
    CustodySection,
    CustodyYear,
    EntryState,
    FollowUp,
    FormerName,
    GroupData,
    GroupMember,
    Hearing,
    Identity,
    ModuleHours,
    MonthCount,
    Note,
    Placement,
    PowerOfAttorney,
    PrintInfo,
    ProgrammeRecord,
    Representative,
    RewardClaim,
    ScreeningRecord,
    StageEntry,
    StatisticsData,
)

KST = timezone(timedelta(hours=9))
CHAIN_HEAD = "3f9a1c0e7b2d4a6f8e1c3b5a7d9f0e2c4b6a8d0f1e3c5b7a9d2f4e6c8b0a1d3e"
ORGANISATION = "Settlement Support Office (fictional)"
RESTRICTED_MARKER = "RESTRICTED-NOTE-MARKER-7731"
# Fictional people only.
PEOPLE = [("김설화", "Kim Sol-hwa"), ("리은별", "Ri Un-byol"), ("박하늘", "Pak Ha-nul"),
          ("최봄빛", "Choe Pom-bit"), ("한별님", "Han Byol-nim"), ("조은솔", "Jo Un-sol"),
          ("윤가람", "Yun Ka-ram"), ("강새론", "Kang Sae-ron"), ("정다온", "Jong Da-on"),
          ("문하람", "Mun Ha-ram"), ("송아름", "Song A-rum"), ("류바다", "Ryu Pa-da"),
          ("오누리", "O Nu-ri")]


# What a Korean office types into the same record (free text is the user's, never translated
# by the reports): the Korean previews and tests print these.
KO: dict[str, str] = {
    "Protection requested on arrival with group G-2016-003":
        "G-2016-003 집단과 함께 입국하여 보호신청",
    "Wrong date; the decision was dated 2016-05-09": "날짜 오기. 결정일은 2016-05-09임",
    "Decision no. 2016-117": "결정 제2016-117호",
    "Asked twice about contact with her mother; a phone call was arranged.":
        "어머니와 연락할 수 있는지 두 번 물어 통화를 주선함.",
    f"{RESTRICTED_MARKER}: relatives in the North were questioned; do not disclose.":
        f"{RESTRICTED_MARKER}: 북한 거주 가족이 조사를 받음. 외부 공개 금지.",
    "Ryanggang-do, Hyesan (fictional)": "양강도 혜산시(가상)",
    "Ningbo (China), Kuala Lumpur, Seoul": "닝보(중국) – 쿠알라룸푸르 – 서울",
    "Seoul Central District Court": "서울중앙지방법원",
    "Habeas corpus petition (fictional)": "인신보호 구제청구(가상)",
    "Dismissed; detainee did not appear": "기각. 수용자 불출석",
    "Lawyers for Example": "법무법인 예시",
    "Mother (resides in the North)": "어머니(북한 거주)",
    "Han Jong-ui": "한정의",
    "Petition on the legality of the protection": "보호 조치의 적법성에 관한 청구",
    "Gyeonggi-do": "경기도",
    "Gyeonggi South Hana Centre": "경기남부하나센터",
    "Officer Seo Min-jun": "서민준 경위",
    "Home visit": "방문",
    "Phone call": "전화",
    "Settling in; looking for work": "적응 중이며 구직 중",
    "Employed part-time; sleeps badly": "시간제 근무 중. 수면 곤란",
    "officer 7": "조사관 7",
    "Cleared": "조사 완료",
    "Identity and origin consistent with the account given.": "진술한 신원과 출신 지역이 일치함.",
    "Seoul": "서울특별시", "Incheon": "인천광역시", "Busan": "부산광역시",
    "Restaurant workers who arrived together (fictional)": "함께 입국한 식당 종업원들(가상)",
}


def korean(data: Any) -> Any:
    """The same sample as a Korean office records it: every free-text value in KO replaced."""
    if isinstance(data, str):
        return KO.get(data, data)
    if isinstance(data, tuple):
        return tuple(korean(x) for x in data)
    if dataclasses.is_dataclass(data) and not isinstance(data, type):
        return dataclasses.replace(data, **{f.name: korean(getattr(data, f.name))
                                            for f in dataclasses.fields(data) if f.init})
    return data


def info(lang: str = "en") -> PrintInfo:
    return PrintInfo(printed_by="supervisor.lee", printed_at=datetime(2026, 11, 28, 14, 3,
                     tzinfo=KST), organisation=ORGANISATION, chain_head=CHAIN_HEAD, lang=lang)


def case_summary(redacted: bool = False) -> CaseSummaryData:
    entry = date(2016, 4, 7)
    clock = custody_clock(entry, date(2016, 8, 9), date(2016, 8, 9))
    at = lambda d, h=10: datetime(d.year, d.month, d.day, h, 15, tzinfo=KST)  # noqa: E731
    stages = (
        StageEntry(date(2016, 4, 7), Stage.INTAKE, "caseworker.kang", at(date(2016, 4, 7)),
                   remark="Protection requested on arrival with group G-2016-003"),
        StageEntry(date(2016, 4, 7), Stage.SCREENING, "caseworker.kang", at(date(2016, 4, 8))),
        StageEntry(date(2016, 5, 2), Stage.CUSTODY, "caseworker.kang", at(date(2016, 5, 2)),
                   state=EntryState.CORRECTED,
                   correction_reason="Wrong date; the decision was dated 2016-05-09"),
        StageEntry(date(2016, 5, 9), Stage.CUSTODY, "supervisor.lee", at(date(2016, 5, 10)),
                   remark="Decision no. 2016-117"),
        StageEntry(date(2016, 8, 9), Stage.PROGRAMME, "caseworker.kang", at(date(2016, 8, 9))),
        StageEntry(date(2016, 11, 1), Stage.RELEASED, "caseworker.kang", at(date(2016, 11, 1))),
    )
    notes = (
        Note(at(date(2016, 5, 20), 16), "caseworker.kang",
             "Asked twice about contact with her mother; a phone call was arranged."),
        Note(at(date(2016, 6, 2), 11), "supervisor.lee",
             f"{RESTRICTED_MARKER}: relatives in the North were questioned; do not disclose.",
             restricted=True),
    )
    full = CaseSummaryData(
        identity=Identity(
            case_no="R-2016-00017", name_hangul="김설화", name_latin="Kim Sol-hwa",
            birth_date="1992-05", sex=Sex.F, origin="Ryanggang-do, Hyesan (fictional)",
            arrival_date=entry, route="Ningbo (China), Kuala Lumpur, Seoul",
            group_code="G-2016-003", caseworker="caseworker.kang",
            former_names=(FormerName("김설희", "Kim Sol-hui", date(2016, 9, 30)),),
            flags=(RiskFlag.HIGH_PROFILE, RiskFlag.FAMILY_AT_RISK)),
        stages=stages,
        custody=CustodySection(clock),
        hearings=(Hearing(date(2016, 6, 21), "Seoul Central District Court",
                          "Habeas corpus petition (fictional)", closed=True,
                          person_present=False, outcome="Dismissed; detainee did not appear"),),
        representatives=(Representative("변호사 한정의 (Han Jong-ui)", "Lawyers for Example",
                                        date(2016, 5, 25)),),
        powers_of_attorney=(PowerOfAttorney("Mother (resides in the North)",
                                            "Han Jong-ui", date(2016, 5, 19),
                                            "Petition on the legality of the protection"),),
        programme=ProgrammeRecord(
            "P-2016-08", date(2016, 8, 9), date(2016, 10, 31),
            tuple(ModuleHours(m, float(h) - (4 if m is Module.CAREERS else 0), float(h))
                  for m, h in DEFAULT_MODULE_HOURS.items())),
        placement=Placement(PlacementType.RENTAL_FLAT, "Gyeonggi-do", "Gyeonggi South Hana Centre",
                            "Officer Seo Min-jun", date(2016, 11, 1)),
        follow_ups=(FollowUp(date(2016, 12, 1), "Home visit", "Settling in; looking for work",
                             "caseworker.kang"),
                    FollowUp(date(2017, 3, 2), "Phone call", "Employed part-time; sleeps badly",
                             "caseworker.kang")),
        notes=notes,
        screening=(ScreeningRecord(date(2016, 4, 20), "officer 7", "Cleared",
                                   "Identity and origin consistent with the account given."),),
        rewards=(RewardClaim(date(2016, 7, 1), RewardCategory.INTELLIGENCE, 50_000_000,
                             RewardStatus.APPROVED, "director.moon"),),
    )
    if not redacted:
        return full
    return CaseSummaryData(
        identity=full.identity, stages=full.stages, custody=full.custody,
        hearings=full.hearings, representatives=full.representatives,
        powers_of_attorney=full.powers_of_attorney, programme=full.programme,
        placement=full.placement, follow_ups=full.follow_ups,
        notes=tuple(n for n in notes if not n.restricted), redacted=True)


def custody_review(n: int = 40, seed: int = 7) -> CustodyReviewData:
    rnd = random.Random(seed)
    as_of = date(2026, 11, 28)
    rows = []
    for i in range(n):
        hangul, latin = PEOPLE[i % len(PEOPLE)]
        entry = as_of - timedelta(days=rnd.randint(3, 130))
        ext = (30,) if rnd.random() < 0.15 else ()
        clock = custody_clock(entry, None, as_of, extensions=ext)
        flags = tuple(f for f in RiskFlag if rnd.random() < 0.06)
        rows.append(CustodyRow(f"R-{entry.year}-{i + 1:05d}", hangul, latin,
                               Stage.CUSTODY if clock.days_held > 30 else Stage.SCREENING,
                               clock, f"caseworker.{['kang', 'seo', 'yoo'][i % 3]}", flags))
    return CustodyReviewData(as_of, tuple(rows))


def cohort() -> CohortData:
    rnd = random.Random(3)
    members = []
    for i, (hangul, latin) in enumerate(PEOPLE[:10]):
        low = 1.0 if i < 3 else 0.8  # the first three have attended everything
        hours = {m: min(float(h), round(h * rnd.uniform(low, 1.05), 1))
                 for m, h in DEFAULT_MODULE_HOURS.items()}
        done = all(hours[m] >= h for m, h in DEFAULT_MODULE_HOURS.items())
        members.append(CohortMember(f"R-2026-{i + 101:05d}", hangul, latin, hours,
                                    date(2026, 11, 22) if done else None))
    return CohortData("P-2026-09", date(2026, 9, 1), date(2026, 11, 23), tuple(members))


def group() -> GroupData:
    arrival = date(2016, 4, 7)
    members = []
    for i, (hangul, latin) in enumerate(PEOPLE):
        end = date(2016, 8, 9) if i else None
        clock = custody_clock(arrival, end, date(2016, 7, 20) if i == 0 else date(2016, 8, 9))
        stage = Stage.CUSTODY if i == 0 else Stage.RELEASED if i % 4 else Stage.PROGRAMME
        members.append(GroupMember(
            f"R-2016-{i + 11:05d}", hangul, latin, Sex.M if i == 12 else Sex.F,
            f"{1988 + i % 8}-0{1 + i % 9}-{10 + i}" if i % 3 == 1 else
            f"{1988 + i % 8}-0{1 + i % 9}" if i % 3 else f"{1988 + i % 8}", stage,
            date(2016, 11, 1) if stage is Stage.RELEASED else date(2016, 8, 9), clock,
            ["Seoul", "Gyeonggi-do", "Incheon", "Busan"][i % 4] if stage is Stage.RELEASED
            else ""))
    return GroupData("G-2016-003", "Restaurant workers who arrived together (fictional)",
                     arrival, tuple(members))


def statistics(year: int | None = None) -> StatisticsData:
    rnd = random.Random(11)
    years = [year] if year else list(range(2019, 2027))
    arrivals = tuple(MonthCount(y, m, rnd.randint(2, 30 if y < 2020 else 8))
                     for y in years for m in range(1, 13))
    bands = tuple(AgeBandCount(b, rnd.randint(10, 90), rnd.randint(2, 25), o)
                  for b, o in (("0-17", 0), ("18-29", 1), ("30-39", 0), ("40-49", 0),
                               ("50-59", 0), ("60+", 0)))
    return StatisticsData(
        as_of=date(2026, 11, 28), year=year, arrivals=arrivals, by_sex_and_age=bands,
        stage_counts={s: rnd.randint(0, 400) for s in Stage},
        custody_years=tuple(CustodyYear(y, rnd.randint(20, 300), rnd.randint(60, 85) + 0.5,
                                        rnd.randint(90, 121), rnd.randint(0, 12)) for y in years),
        exclusions={g: rnd.randint(0, 9) for g in ExclusionGround},
        follow_ups_overdue=17, follow_ups_due=42)
