"""The search key of a member: what the Members page's search matches, in one column.

A person searches by code, name or alias, in Hangul or in romanised letters, in any case,
and may type only a name's initial consonants (초성: "ㄱㅎㄴ" finds 김하나). The key holds
each of these case-folded (``str.casefold``) after NFC normalisation (a name pasted from
a Mac arrives decomposed), one per line, so that a search never matches across two
fields: the code, the name, the alias, the name and alias without their spaces when they
have any ("kimhana" finds "Kim Hana"), and the name's initial consonants. The search text
is folded the same way (:func:`fold`) and matched as a substring.

The key is written whenever the code, the name or the alias is: by the ORM's events on
``Member`` (an insert, a change) and by the column's default for bulk inserts; schema
0012 filled it for the members before it.
"""

import unicodedata

_FIRST_SYLLABLE = 0xAC00
_LAST_SYLLABLE = 0xD7A3
_SYLLABLES_PER_INITIAL = 21 * 28
# The 19 initial consonants, as the compatibility jamo a keyboard types (ㄱ, ㄲ, ㄴ …).
_INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"


def fold(text: str) -> str:
    """``text`` as the key holds it: NFC, case-folded."""
    return unicodedata.normalize("NFC", text).casefold()


def initials(text: str) -> str:
    """The initial consonant of each Hangul syllable in ``text`` (others left out)."""
    return "".join(
        _INITIALS[(ord(ch) - _FIRST_SYLLABLE) // _SYLLABLES_PER_INITIAL]
        for ch in unicodedata.normalize("NFC", text)
        if _FIRST_SYLLABLE <= ord(ch) <= _LAST_SYLLABLE
    )


def member_key(code: str | None, name: str | None, alias: str | None) -> str:
    """The search key of a member with this code, name and alias."""
    parts = [fold(code or ""), fold(name or ""), fold(alias or "")]
    parts += [p.replace(" ", "") for p in parts[1:] if " " in p]
    parts.append(initials(name or ""))
    return "\n".join(parts)
