"""Name search keys: Hangul initial consonants and romanisation-folded Latin keys.

Design of the Latin key. The same Korean name is romanised many ways: North Korean
(McCune-Reischauer: Ri Kŭm-suk, Ch'oe), South Korean (Revised Romanisation: Lee
Geum-suk, Choe) and whatever a passport office or the person chose (Rhee, Choi, Park).
The key is for finding, not for telling apart: it folds aggressively, so that every
spelling of one name gives one key, and accepts that a few different names share a key
(e.g. 선희 Son-hui and 순희 Sun-hui, 조 Cho and 주 Ju). Hangul keys and birth years
tell those apart. Each word is folded on its own (steps 2-4 per hyphenated part):

1. letters only: accents removed (ŏ -> o, ŭ -> u), lower case, apostrophes dropped;
   a few irregular surname spellings are replaced first (Park's silent r: Park -> Pak);
2. a silent h after a vowel goes (Ahn, Oh, Suh, Sohn, Bahk);
3. consonants: g/k, b/p, d/t, l/r, sh/s, ch/j/tch/jj fold together; ng stays ng;
4. vowels: eo, eu, oo, ou, o, u -> u; ee, ui, eui, yi, ie -> i; ae, ai, e -> e;
   oe, oi, wae, we -> we; wo, weo -> wu;
5. the South's initial-sound rule: a first r or n before i/y goes (Ri -> I, Ryong ->
   Yong, Nyo -> Yo), and r before any vowel becomes n (Ro -> No), everywhere in the
   word, so that Mi-ran, Miran and "Mi Ran" agree;
6. doubled letters collapse (ss -> s); the words' keys are joined without spaces.

Surname and given name are folded alike; fold_surname and fold_given are separate entry
points so that they can diverge without touching callers.

Design of the folded Hangul key. North Korean spelling keeps an initial ㄹ or ㄴ that the
South's initial-sound rule (두음법칙, 한글 맞춤법 제10-12항) drops or changes, so one person
may be written 리금숙 in one record and 이금숙 in another. fold_initial_sounds applies the
South's rule to every syllable:

- ㄹ before ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ becomes ㅇ (리 -> 이, 림 -> 임, 류 -> 유, 량 -> 양, 려 -> 여);
- ㄹ before any other vowel becomes ㄴ (로 -> 노, 라 -> 나, 루 -> 누, 뢰 -> 뇌);
- ㄴ before ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ becomes ㅇ (녀 -> 여, 니 -> 이, 뉴 -> 유);
- the final consonant and everything that is not a Hangul syllable stay as they are.

The rule is about the first sound of a word, but the key folds every syllable: a search
box does not know where the surname ends (김련희 typed whole, 련희 alone), so only a key
that folds everywhere gives the same prefix for every way of typing the name. As with the
Latin key, a few different names share a key (명란 and 명난): the key is for finding,
and a person looks at the candidates. The initial-consonant key is not folded (ㄹ alone
cannot say whether it would become ㄴ or ㅇ).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from resettle.domain.errors import InvalidInput

_SYLLABLE_FIRST, _SYLLABLE_LAST = 0xAC00, 0xD7A3
_SYLLABLES_PER_INITIAL = 21 * 28
_CHOSEONG_FIRST, _CHOSEONG_LAST = 0x1100, 0x1112  # conjoining initials, same order
# Compatibility jamo for the 19 initial consonants, in Unicode's syllable order.
INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"


def initials(text: str) -> str:
    """Hangul syllables become their initial consonants (김정은 -> ㄱㅈㅇ).

    Consonants typed as such are kept, so "김ㅈㅇ" gives ㄱㅈㅇ too; everything else
    (spaces, Latin letters, digits) is dropped.
    """
    out: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        code = ord(char)
        if _SYLLABLE_FIRST <= code <= _SYLLABLE_LAST:
            out.append(INITIALS[(code - _SYLLABLE_FIRST) // _SYLLABLES_PER_INITIAL])
        elif _CHOSEONG_FIRST <= code <= _CHOSEONG_LAST:
            out.append(INITIALS[code - _CHOSEONG_FIRST])
        elif char in INITIALS:
            out.append(char)
    return "".join(out)


def is_initials_query(query: str) -> bool:
    """True when the query is only initial consonants (spaces ignored), e.g. "ㄱㅈㅇ"."""
    chars = "".join(query.split())
    return bool(chars) and all(char in INITIALS for char in chars)


def matches_initials(query: str, hangul_name: str) -> bool:
    """The query's initials occur in the name's initials: ㄱㅈ and ㅈㅇ both find 김정은."""
    wanted = initials(query)
    return bool(wanted) and wanted in initials(hangul_name)


def _has_control(text: str) -> bool:
    return any(unicodedata.category(char) == "Cc" for char in text)


def normalise_hangul(text: str, field: str = "name") -> str:
    """NFC (decomposed jamo sequences become syllables), trimmed, inner spaces collapsed."""
    if _has_control(text):
        bad = next(char for char in text if unicodedata.category(char) == "Cc")
        raise InvalidInput(field, "control_character", character=f"U+{ord(bad):04X}")
    return " ".join(unicodedata.normalize("NFC", text).split())


_NIEUN, _RIEUL, _IEUNG = 2, 5, 11  # initial consonant indexes: ㄴ, ㄹ, ㅇ
_Y_VOWELS = frozenset({2, 3, 6, 7, 12, 17, 20})  # ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ ㅣ (vowel indexes)
_PER_VOWEL = 28  # syllables per vowel: no final, then 27 finals


def _fold_syllable(char: str) -> str:
    code = ord(char) - _SYLLABLE_FIRST
    if not 0 <= code <= _SYLLABLE_LAST - _SYLLABLE_FIRST:
        return char
    initial, rest = divmod(code, _SYLLABLES_PER_INITIAL)
    if initial not in (_NIEUN, _RIEUL):
        return char
    if rest // _PER_VOWEL in _Y_VOWELS:
        initial = _IEUNG
    elif initial == _RIEUL:
        initial = _NIEUN
    return chr(_SYLLABLE_FIRST + initial * _SYLLABLES_PER_INITIAL + rest)


def fold_initial_sounds(text: str) -> str:
    """The South's initial-sound rule on every syllable (리금숙 -> 이금숙, 로영호 -> 노영호,
    녀 -> 여); see the module docstring. Text is NFC-normalised first; other characters stay."""
    return "".join(_fold_syllable(char) for char in unicodedata.normalize("NFC", text))


_SURNAME_SPELLINGS = {"park": "pak", "bark": "pak", "choy": "choe", "rhie": "ri"}
_SILENT_H = re.compile(r"(?<=[aeiou])h(?![aeiouwy])")
_CONSONANTS = re.compile(r"tch|ch|jj|sh|rh|ng|kk|tt|pp|ss|kh|gh|ph|th|g|b|d|l|f")
_CONSONANT_MAP = {
    "tch": "j", "ch": "j", "jj": "j", "sh": "s", "rh": "r", "ng": "ng", "kk": "k",
    "tt": "t", "pp": "p", "ss": "s", "kh": "k", "gh": "k", "ph": "p", "th": "t", "g": "k", "b": "p",
    "d": "t", "l": "r", "f": "p",
}
_VOWELS = re.compile(r"eui|wae|weo|eo|eu|oo|ou|ee|ui|yi|ie|ae|ai|oe|oi|wo|o")
_VOWEL_MAP = {
    "eui": "i", "wae": "we", "weo": "wu", "eo": "u", "eu": "u", "oo": "u", "ou": "u",
    "ee": "i", "ui": "i", "yi": "i", "ie": "i", "ae": "e", "ai": "e", "oe": "we",
    "oi": "we", "wo": "wu", "o": "u",
}
_PARTS = re.compile(r"[\s\-‐‑–—_.,/]+")
_DOUBLED = re.compile(r"(.)\1+")
_R_BEFORE_VOWEL = re.compile(r"r(?=[aeiuwy])")


def _letters(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if "a" <= c <= "z")


def _fold_syllables(letters: str) -> str:
    """Steps 2-4 on one hyphen-separated part, so "Se-ok" and "Seok" stay apart."""
    text = _SILENT_H.sub("", letters)
    text = _CONSONANTS.sub(lambda m: _CONSONANT_MAP[m.group()], text)
    return _VOWELS.sub(lambda m: _VOWEL_MAP[m.group()], text)


def _fold_word(word: str) -> str:
    letters = _letters(word)
    text = _SURNAME_SPELLINGS.get(letters)
    if text is None:
        text = "".join(_fold_syllables(_letters(part)) for part in _PARTS.split(word))
    else:
        text = _fold_syllables(text)
    if text[:1] in ("r", "n") and text[1:2] in ("i", "y"):
        text = text[1:]  # Ri -> I, Ryong -> Yong, Nyo -> Yo
    text = _R_BEFORE_VOWEL.sub("n", text)  # Ro -> No; everywhere, so Mi-ran == Miran
    return _DOUBLED.sub(r"\1", text)


def fold_latin(text: str) -> str:
    """The folded key of any Latin text (a name field, a search box): words folded, joined.

    Irregular surname spellings are recognised in any word, so "Park Gum-suk" typed in a
    search box gives the key stored for "Pak" + "Geum-suk".
    """
    return "".join(_fold_word(word) for word in text.split())


def fold_given(name: str) -> str:
    """The key of a given name: Gum-suk, Geum-suk and Kŭm-suk all give "kumsuk"."""
    return fold_latin(name)


def fold_surname(name: str) -> str:
    """The key of a surname: Ri, Lee, Yi and Rhee give "i"; Park, Pak and Bak give "pak"."""
    return fold_latin(name)


@dataclass(frozen=True)
class NameKeys:
    """Search keys for indexed columns: Hangul without spaces, its initials, the Latin fold;
    the Hangul folded by the initial-sound rule; the given name alone (folded Hangul and
    initials) and the Latin fold given name first, so that a given name alone finds."""

    hangul: str
    initials: str
    latin_folded: str
    folded: str = ""
    given: str = ""
    given_initials: str = ""
    latin_rev: str = ""

    def columns(self) -> dict[str, str]:
        """The keys by the names of the columns that hold them (persons, person_names)."""
        return {"key_hangul": self.hangul, "key_initials": self.initials,
                "key_latin": self.latin_folded, "key_latin_rev": self.latin_rev,
                "key_folded": self.folded, "key_given": self.given,
                "key_given_initials": self.given_initials}


def name_keys(
    hangul_family: str, hangul_given: str, latin_family: str, latin_given: str
) -> NameKeys:
    family = normalise_hangul(hangul_family, "family_name")
    given = "".join(normalise_hangul(hangul_given, "given_name").split())
    hangul = "".join(family.split()) + given
    return NameKeys(
        hangul=hangul,
        initials=initials(hangul),
        latin_folded=fold_surname(latin_family) + fold_given(latin_given),
        folded=fold_initial_sounds(hangul),
        given=fold_initial_sounds(given),
        given_initials=initials(given),
        latin_rev=fold_given(latin_given) + fold_surname(latin_family),
    )


def same_name(a: NameKeys, b: NameKeys) -> bool:
    """The same name in Hangul up to the initial-sound rule (리금숙 and 이금숙), or a
    romanisation variant of it; empty keys never match."""
    return bool(a.folded and a.folded == b.folded) or bool(
        a.latin_folded and a.latin_folded == b.latin_folded
    )


def possible_duplicate(
    a_keys: NameKeys, a_birth_year: int | None, b_keys: NameKeys, b_birth_year: int | None
) -> bool:
    """Worth a person's look: same or variant name, and birth years that do not differ.

    An unknown birth year does not rule a match out: missing a duplicate (one person, two
    cases) costs more than a caseworker's glance at a false alarm.
    """
    if a_birth_year is not None and b_birth_year is not None and a_birth_year != b_birth_year:
        return False
    return same_name(a_keys, b_keys)
