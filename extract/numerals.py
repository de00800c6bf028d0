"""Stage 2 (extract): Korean numerals with 만/천/백 and thousands separators → integers.

Must not import scrapy or kb.
"""

from __future__ import annotations

import re

#: a count of jobs or people: "1만3,752개", "1만 3,752개", "3천 명", "1만여 개", "1,200여 명", "약 500명"
COUNT = re.compile(
    r"(?<![\d.,])(?P<num>\d[\d,]*(?:\.\d+)?(?:\s*[만천백십]\s*(?:\d[\d,]*)?)*)"
    r"\s*(?P<approx>여|여\s|이상|가량)?\s*(?P<unit>개소|개사|개국|개월|개|명)"
)


def parse_korean_number(text: str) -> int | None:
    """"1만3,752" → 13752, "3천" → 3000, "2만 2,023" → 22023, "13,300" → 13300, "1백9십" → 190.

    :param text: digits with optional ``,`` separators and 만/천/백/십 multipliers
    :returns: the integer, or None when it is not a number
    """
    s = re.sub(r"[\s,]", "", text)
    if not s or not s[0].isdigit():
        return None
    total = 0
    # "1만 2천4백" = 1×10000 + (2×1000 + 4×100): 만 closes a group, 천/백 add inside it;
    # "2천5백만" = (2×1000 + 5×100)×10000.
    group = 0.0
    for part, unit in re.findall(r"(\d+(?:\.\d+)?)?([만천백십]?)", s):
        if not part and not unit:
            continue
        value = float(part) if part else 0.0
        if unit == "만":
            total += int(round((group + value if part else group or 1) * 10000))
            group = 0.0
        elif unit == "천":
            group += (value or 1) * 1000
        elif unit == "백":
            group += (value or 1) * 100
        elif unit == "십":
            group += (value or 1) * 10
        else:
            group += value
    return total + int(round(group))
