"""Name keys: Hangul initials, romanisation folding, duplicates. All names are fictional."""

from __future__ import annotations

import unicodedata

import pytest

from resettle.domain.errors import InvalidInput
from resettle.domain.names import (
    INITIALS,
    NameKeys,
    fold_given,
    fold_initial_sounds,
    fold_latin,
    fold_surname,
    initials,
    is_initials_query,
    matches_initials,
    name_keys,
    normalise_hangul,
    possible_duplicate,
    same_name,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("김정은", "ㄱㅈㅇ"),
        ("리금숙", "ㄹㄱㅅ"),
        ("박 순희", "ㅂㅅㅎ"),
        ("쌍둥이", "ㅆㄷㅇ"),
        ("가", "ㄱ"),
        ("힣", "ㅎ"),
        ("김ㅈㅇ", "ㄱㅈㅇ"),  # typed consonants are kept
        ("Kim 정은 1987", "ㅈㅇ"),  # Latin letters, digits and spaces are dropped
        ("", ""),
        ("ㅏㅓ", ""),  # vowels alone are not initials
    ],
)
def test_initials(text: str, expected: str) -> None:
    assert initials(text) == expected


def test_initials_of_decomposed_syllables() -> None:
    decomposed = unicodedata.normalize("NFD", "김정은")
    assert len(decomposed) > 3
    assert initials(decomposed) == "ㄱㅈㅇ"


def test_initials_of_lone_conjoining_jamo() -> None:
    assert initials("\u1100\u1112") == "ㄱㅎ"


def test_every_initial_consonant_in_order() -> None:
    syllables = "".join(chr(0xAC00 + i * 588) for i in range(19))
    assert syllables[:3] == "가까나"
    assert initials(syllables) == INITIALS


@pytest.mark.parametrize(
    ("query", "expected"),
    [("ㄱㅈㅇ", True), ("ㄱ", True), ("ㄱ ㅈㅇ", True), (" ㄸ ", True), ("김ㅈㅇ", False),
     ("", False), ("  ", False), ("ㄱㅏ", False), ("ㄳ", False), ("kjy", False)],
)
def test_is_initials_query(query: str, expected: bool) -> None:
    assert is_initials_query(query) is expected


@pytest.mark.parametrize(
    ("query", "name", "expected"),
    [
        ("ㄱㅈㅇ", "김정은", True),
        ("ㄱㅈ", "김정은", True),
        ("ㅈㅇ", "김정은", True),
        ("김ㅈ", "김정은", True),
        ("ㅂㅈㅇ", "김정은", False),
        ("ㄱㅇㅈ", "김정은", False),
        ("", "김정은", False),
        ("ㄱ", "", False),
    ],
)
def test_matches_initials(query: str, name: str, expected: bool) -> None:
    assert matches_initials(query, name) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  김정은 ", "김정은"),
        ("김  순희", "김 순희"),
        (unicodedata.normalize("NFD", "박금숙"), "박금숙"),
        ("\u1100\u1175\u11b7", "김"),  # conjoining jamo sequence
        ("리\u3000금숙", "리 금숙"),  # ideographic space
    ],
)
def test_normalise_hangul(text: str, expected: str) -> None:
    assert normalise_hangul(text) == expected


@pytest.mark.parametrize("text", ["김\x00정은", "김\n정은", "김\x1b정은", "\u0085김"])
def test_normalise_hangul_rejects_control_characters(text: str) -> None:
    with pytest.raises(InvalidInput) as info:
        normalise_hangul(text, "family_name")
    assert info.value.field == "family_name"
    assert "control" in info.value.rule


# --- Latin folding --------------------------------------------------------------------

SURNAME_FAMILIES = [
    ["Ri", "Lee", "Yi", "Rhee", "I", "Li", "Rhie", "LEE", "ri"],
    ["So", "Seo", "Suh", "Sŏ"],
    ["Kim", "Gim", "KIM"],
    ["Pak", "Park", "Bak", "Bahk"],
    ["Jong", "Jeong", "Chong", "Chung", "Jung", "Chŏng"],
    ["Choe", "Choi", "Ch'oe", "Chwe"],
    ["Ryu", "Yu", "Yoo", "Lyu"],
    ["Rim", "Im", "Lim"],
    ["Ro", "No", "Noh", "Roh"],
    ["An", "Ahn"],
    ["Sin", "Shin"],
    ["Yun", "Yoon"],
    ["Kang", "Gang"],
    ["Ryang", "Yang"],
]


@pytest.mark.parametrize("family", SURNAME_FAMILIES, ids=lambda f: f[0])
def test_surname_variants_fold_equal(family: list[str]) -> None:
    keys = {fold_surname(name) for name in family}
    assert len(keys) == 1, keys
    assert keys != {""}


def test_surname_families_stay_apart() -> None:
    keys = [fold_surname(family[0]) for family in SURNAME_FAMILIES]
    assert len(set(keys)) == len(keys), keys


@pytest.mark.parametrize(
    ("name", "key"), [("Ri", "i"), ("Kim", "kim"), ("Park", "pak"), ("Seo", "su")]
)
def test_documented_surname_keys(name: str, key: str) -> None:
    assert fold_surname(name) == key


GIVEN_FAMILIES = [
    ["Gum-suk", "Geum-suk", "Kŭm-suk", "Keum-sook", "Kumsuk", "Gum Suk", "gum-suk"],
    ["Chol-su", "Cheol-su", "Chul-soo", "Ch'ŏl-su"],
    ["Myong-hui", "Myeong-hee", "Myŏng-hŭi"],
    ["Ryong-nam", "Yong-nam", "Ryongnam"],
    ["Ok-ju", "Ok-joo"],
    ["Ji-eun", "Jieun", "Chi-ŭn"],
    ["Mi-ran", "Miran", "Mi Ran", "Mi-lan"],
    ["Tae-ho", "Dae-ho", "T'ae-ho"],
    ["Kyu-hwan", "Kyuhwan", "Gyu-hwan"],
]


@pytest.mark.parametrize("family", GIVEN_FAMILIES, ids=lambda f: f[0])
def test_given_name_variants_fold_equal(family: list[str]) -> None:
    keys = {fold_given(name) for name in family}
    assert len(keys) == 1, keys


def test_gum_suk_and_geum_suk() -> None:
    assert fold_given("Gum-suk") == fold_given("Geum-suk") == "kumsuk"


def test_given_name_families_stay_apart() -> None:
    keys = [fold_given(family[0]) for family in GIVEN_FAMILIES]
    assert len(set(keys)) == len(keys), keys


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Kim", "Pak"),
        ("Kim", "Ri"),
        ("Ryu", "Ri"),
        ("Han", "Hwang"),
        ("Kang", "Kong"),
        ("Mi-ran", "Mi-rae"),
        ("Yong-nam", "Yong-ho"),
        ("Chol-su", "Chol-ho"),
        ("Song-ae", "Song-i"),
        ("Se-ok", "Seok"),  # the hyphen marks a syllable boundary
        ("Hyang-mi", "Hyang-hui"),
        ("Hyon-gu", "Hyong-u"),  # ng is one sound, not n + g
    ],
)
def test_different_names_stay_different(a: str, b: str) -> None:
    assert fold_latin(a) != fold_latin(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Sun-hui", "Son-hui"),  # 순희 / 선희: o and u fold together
        ("Cho", "Ju"),  # 조 / 주
        ("Jae-hyon", "Chae-hyon"),  # 재현 / 채현: j and ch fold together
    ],
)
def test_accepted_collisions(a: str, b: str) -> None:
    """Documented: the key favours finding a person over telling two names apart."""
    assert fold_latin(a) == fold_latin(b)


@pytest.mark.parametrize(
    ("query", "family", "given"),
    [
        ("Ri Gum-suk", "Lee", "Geum-suk"),
        ("Park Gum-suk", "Pak", "Geum-suk"),
        ("Rhee Kumsook", "Ri", "Kŭm-suk"),
        ("Choi Myonghee", "Ch'oe", "Myŏng-hŭi"),
        ("Kim Mi Ran", "Gim", "Mi-ran"),
    ],
)
def test_search_text_folds_like_stored_fields(query: str, family: str, given: str) -> None:
    assert fold_latin(query) == fold_surname(family) + fold_given(given)


@pytest.mark.parametrize("text", ["", "   ", "-", "'", "123"])
def test_folding_text_without_letters_is_empty(text: str) -> None:
    assert fold_latin(text) == ""


# --- keys and duplicates --------------------------------------------------------------


def test_name_keys() -> None:
    keys = name_keys(" 리", "금숙 ", "Ri", "Gum-suk")
    assert keys == NameKeys(hangul="리금숙", initials="ㄹㄱㅅ", latin_folded="ikumsuk",
                            folded="이금숙", given="금숙", given_initials="ㄱㅅ",
                            latin_rev="kumsuki")


def test_name_keys_without_latin_names() -> None:
    keys = name_keys("김", "순희", "", "")
    assert keys == NameKeys("김순희", "ㄱㅅㅎ", "", "김순희", "순희", "ㅅㅎ", "")


def test_name_keys_of_a_two_syllable_surname_and_a_spaced_given_name() -> None:
    keys = name_keys("남궁", "련 희", "Namgung", "Ryon-hui")
    assert (keys.hangul, keys.folded, keys.given, keys.given_initials) == (
        "남궁련희", "남궁연희", "연희", "ㄹㅎ")


def test_name_key_columns() -> None:
    keys = name_keys("로", "영호", "Ro", "Yong-ho")
    assert keys.columns() == {
        "key_hangul": "로영호", "key_initials": "ㄹㅇㅎ", "key_latin": "nuyunghu",
        "key_latin_rev": "yunghunu", "key_folded": "노영호", "key_given": "영호",
        "key_given_initials": "ㅇㅎ"}


def test_name_keys_name_the_bad_field() -> None:
    with pytest.raises(InvalidInput) as info:
        name_keys("김", "순\x00희", "Kim", "Sun-hui")
    assert info.value.field == "given_name"


A = name_keys("리", "금숙", "Ri", "Gum-suk")
A_SOUTH = name_keys("이", "금숙", "Lee", "Geum-suk")  # the same person, written in the South
A_HANGUL_ONLY = name_keys("리", "금숙", "", "")
OTHER = name_keys("박", "순희", "Pak", "Sun-hui")
EMPTY = name_keys("", "", "", "")


@pytest.mark.parametrize(
    ("a", "a_year", "b", "b_year", "expected"),
    [
        (A, 1980, A_SOUTH, 1980, True),  # variant romanisation
        (A, 1980, A_HANGUL_ONLY, 1980, True),  # same Hangul
        (A, 1980, A_SOUTH, 1981, False),
        (A, 1980, OTHER, 1980, False),
        (A, None, A_SOUTH, 1975, True),  # unknown year does not rule it out
        (A, 1980, A_SOUTH, None, True),
        (A, None, OTHER, None, False),
        (EMPTY, 1980, EMPTY, 1980, False),  # empty keys never match
        (A_HANGUL_ONLY, 1980, name_keys("", "", "Ri", "Gum-suk"), 1980, False),
    ],
)
def test_possible_duplicate(
    a: NameKeys, a_year: int | None, b: NameKeys, b_year: int | None, expected: bool
) -> None:
    assert possible_duplicate(a, a_year, b, b_year) is expected
    assert possible_duplicate(b, b_year, a, a_year) is expected


def test_same_name() -> None:
    assert same_name(A, A_SOUTH)
    assert not same_name(A, OTHER)


def test_north_and_south_spellings_are_possible_duplicates() -> None:
    north, south = name_keys("리", "금숙", "", ""), name_keys("이", "금숙", "", "")
    assert possible_duplicate(north, 1980, south, 1980)
    assert not possible_duplicate(north, 1980, south, 1981)
    assert not same_name(north, name_keys("이", "금순", "", ""))


# --- the initial-sound rule (두음법칙) -------------------------------------------------

# Each pair of DOMAIN.md: the North's spelling, then the South's.
PAIRS = [("리", "이"), ("림", "임"), ("류", "유"), ("량", "양"), ("로", "노"), ("녀", "여")]


@pytest.mark.parametrize(("north", "south"), PAIRS)
def test_domain_pairs_fold_to_the_south(north: str, south: str) -> None:
    assert fold_initial_sounds(north) == south
    assert fold_initial_sounds(south) == south


def _syllable(initial: str, vowel: int, final: int = 0) -> str:
    return chr(0xAC00 + INITIALS.index(initial) * 588 + vowel * 28 + final)


VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"  # Unicode's order
Y_VOWELS = "ㅑㅒㅕㅖㅛㅠㅣ"  # i and y sounds: the rule drops ㄹ and ㄴ before them


@pytest.mark.parametrize("vowel", range(21), ids=lambda v: VOWELS[v])
@pytest.mark.parametrize("final", [0, 1, 4, 8, 16, 21, 27])  # none, ㄱ, ㄴ, ㄹ, ㅁ, ㅇ, ㅎ
def test_every_rieul_and_nieun_syllable(vowel: int, final: int) -> None:
    """Exhaustive over the vowels: ㄹ+i/y -> ㅇ, ㄹ+other -> ㄴ, ㄴ+i/y -> ㅇ, ㄴ+other
    stays; the vowel and the final consonant never change."""
    y = VOWELS[vowel] in Y_VOWELS
    rieul, nieun = _syllable("ㄹ", vowel, final), _syllable("ㄴ", vowel, final)
    assert fold_initial_sounds(rieul) == _syllable("ㅇ" if y else "ㄴ", vowel, final)
    assert fold_initial_sounds(nieun) == _syllable("ㅇ" if y else "ㄴ", vowel, final)


def test_every_other_syllable_is_unchanged() -> None:
    untouched = [chr(c) for c in range(0xAC00, 0xD7A4)
                 if (c - 0xAC00) // 588 not in (INITIALS.index("ㄴ"), INITIALS.index("ㄹ"))]
    assert len(untouched) == 11172 - 2 * 588
    text = "".join(untouched)
    assert fold_initial_sounds(text) == text


@pytest.mark.parametrize(("text", "expected"), [
    ("라", "나"), ("려", "여"), ("니", "이"), ("뢰", "뇌"), ("루", "누"), ("르", "느"),
    ("례", "예"), ("료", "요"), ("뉴", "유"), ("냐", "야"), ("릐", "늬"), ("력", "역"),
    ("련", "연"), ("렬", "열"), ("룡", "용"), ("륜", "윤"), ("률", "율"), ("릉", "능"),
    ("리금숙", "이금숙"), ("로영호", "노영호"), ("류정", "유정"), ("량순", "양순"),
    ("김녀순", "김여순"), ("리련희", "이연희"),
    ("명란", "명난"),  # every syllable, not only the first: see the module docstring
    ("노영호", "노영호"), ("이금숙", "이금숙"), ("김정숙", "김정숙"),
    ("ㄹ", "ㄹ"), ("ㄴ", "ㄴ"), ("Ri 리", "Ri 이"), ("", ""),  # jamo and Latin stay
    (unicodedata.normalize("NFD", "리금숙"), "이금숙"),
])
def test_fold_initial_sounds(text: str, expected: str) -> None:
    assert fold_initial_sounds(text) == expected


def test_folding_is_idempotent() -> None:
    text = "".join(chr(c) for c in range(0xAC00, 0xD7A4))
    once = fold_initial_sounds(text)
    assert fold_initial_sounds(once) == once
    assert not any((ord(c) - 0xAC00) // 588 == INITIALS.index("ㄹ") for c in once)


def test_folding_keeps_prefixes() -> None:
    """A prefix of a name folds to a prefix of the folded name: searches are index ranges."""
    name = "리련희"
    for end in range(len(name) + 1):
        assert fold_initial_sounds(name).startswith(fold_initial_sounds(name[:end]))
