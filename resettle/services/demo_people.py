"""Fictional people for demo data: Korean-looking names that belong to no one, romanised the
North's way, drawn reproducibly from a seed."""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import accumulate

# (Hangul, North Korean romanisation); weights roughly like real surname frequencies.
FAMILY = [("김", "Kim", 22), ("리", "Ri", 15), ("박", "Pak", 9), ("최", "Choe", 5),
          ("정", "Jong", 4), ("강", "Kang", 2), ("조", "Jo", 2), ("윤", "Yun", 2),
          ("장", "Jang", 2), ("림", "Rim", 2), ("한", "Han", 2), ("오", "O", 1),
          ("서", "So", 1), ("신", "Sin", 1), ("권", "Kwon", 1), ("황", "Hwang", 1),
          ("안", "An", 1), ("송", "Song", 1), ("류", "Ryu", 1), ("홍", "Hong", 1)]
SYLLABLES = [("영", "yong"), ("순", "sun"), ("옥", "ok"), ("금", "gum"), ("숙", "suk"),
             ("철", "chol"), ("명", "myong"), ("혜", "hye"), ("은", "un"), ("별", "byol"),
             ("설", "sol"), ("화", "hwa"), ("미", "mi"), ("경", "gyong"), ("희", "hui"),
             ("정", "jong"), ("남", "nam"), ("성", "song"), ("광", "gwang"), ("향", "hyang"),
             ("란", "ran"), ("일", "il"), ("혁", "hyok"), ("진", "jin"), ("하", "ha"),
             ("복", "bok"), ("선", "son"), ("애", "ae"), ("련", "ryon"), ("단", "dan")]
PROVINCES = ["함경북도", "양강도", "함경남도", "평안북도", "자강도", "평양", "황해남도",
             "강원도", "평안남도", "황해북도"]
CITIES = ["회령", "혜산", "청진", "무산", "신의주", "함흥", "온성", "김책", "남포", "사리원"]
# Free text as a Korean office types it (the reports print it as stored).
OCCUPATIONS = ["농민", "공장 노동자", "장사", "교사", "간호사", "군인", "광부", "학생",
               "요리사", "운전기사", "식당 종업원", "어부"]
ROUTES = ["중국 – 라오스 – 태국", "중국 – 베트남 – 캄보디아", "중국 – 몽골",
          "중국(선양 총영사관)", "중국 – 미얀마 – 태국", "해상"]
REGIONS = ["서울특별시", "인천광역시", "경기도", "부산광역시", "대구광역시", "광주광역시",
           "대전광역시", "충청북도", "강원특별자치도", "전라남도", "경상북도", "울산광역시"]


_CUMULATIVE = list(accumulate(f[2] for f in FAMILY))


@dataclass(frozen=True)
class DemoName:
    family: str
    given: str
    family_latin: str
    given_latin: str


def name(rng: random.Random) -> DemoName:
    family, family_latin, _ = rng.choices(FAMILY, cum_weights=_CUMULATIVE)[0]
    a, b = rng.sample(SYLLABLES, 2)
    return DemoName(family, a[0] + b[0], family_latin, f"{a[1].capitalize()}-{b[1]}")
