"""Name variants of one person: common English nicknames and one-letter misspellings.

The nickname table is general knowledge of English given names ("Jim" is a James), not
anything drawn from an article. A misspelt surname ("Petersen" after "Peterson") is recognised
by edit distance when only one person named so far is that close.
"""

from __future__ import annotations

# Nickname -> the given names it is short for.
NICKNAMES: dict[str, tuple[str, ...]] = {
    "al": ("albert", "alan", "allan", "alfred", "alexander"), "alex": ("alexander", "alexandra", "alexis"),
    "andy": ("andrew",), "bill": ("william",), "billy": ("william",), "bob": ("robert",),
    "bobby": ("robert",), "chris": ("christopher", "christine", "christina", "christian"),
    "chuck": ("charles",), "dan": ("daniel",), "danny": ("daniel",), "dave": ("david",),
    "dick": ("richard",), "don": ("donald",), "ed": ("edward", "edwin", "edmund"), "eddie": ("edward",),
    "fred": ("frederick", "alfred"), "greg": ("gregory",), "hank": ("henry",), "jack": ("john",),
    "jake": ("jacob",), "jim": ("james",), "jimmy": ("james",), "joe": ("joseph",), "joey": ("joseph",),
    "jon": ("jonathan",), "ken": ("kenneth",), "larry": ("lawrence",), "liz": ("elizabeth",),
    "beth": ("elizabeth",), "betty": ("elizabeth",), "kate": ("katherine", "catherine", "kathryn"),
    "kathy": ("katherine", "kathryn", "kathleen"), "matt": ("matthew",), "mike": ("michael",),
    "mick": ("michael",), "nick": ("nicholas",), "pat": ("patrick", "patricia"), "peggy": ("margaret",),
    "maggie": ("margaret",), "meg": ("margaret",), "pete": ("peter",), "phil": ("philip", "phillip"),
    "rick": ("richard", "eric"), "rich": ("richard",), "rob": ("robert",), "ron": ("ronald",),
    "sam": ("samuel", "samantha"), "sandy": ("sandra", "alexander"), "steve": ("steven", "stephen"),
    "sue": ("susan",), "ted": ("edward", "theodore"), "tim": ("timothy",), "tom": ("thomas",),
    "tommy": ("thomas",), "tony": ("anthony",), "will": ("william",), "walt": ("walter",),
    "jen": ("jennifer",), "jenny": ("jennifer",), "becky": ("rebecca",), "vicky": ("victoria",),
    "nate": ("nathan", "nathaniel"), "ben": ("benjamin",), "charlie": ("charles",), "gabe": ("gabriel",),
}


def is_nickname_of(short: str, given: str) -> bool:
    """Whether ``short`` is a usual nickname of the given name ``given``."""
    return given.casefold() in NICKNAMES.get(short.casefold(), ())


def one_edit_apart(a: str, b: str) -> bool:
    """Whether two words differ by one substitution, insertion or deletion (not case)."""
    a, b = a.casefold(), b.casefold()
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    for i in range(len(b)):
        if b[:i] + b[i + 1:] == a:
            return True
    return False
