"""JSON text of plain values with one encoder made once (an exchange writes ~500 records).

``json.dumps`` with any setting besides the defaults builds a new encoder on every call:
for a record's few hundred bytes that is a third of the work.  ``json_encoder`` makes
json's C encoder once for a setting and returns a function writing exactly what
``json.dumps(value, sort_keys=..., separators=(",", ":"), ensure_ascii=False)`` writes.
No circular check: the values are plain (read from a store, or parsed).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any


def json_encoder(*, sort_keys: bool) -> Callable[[Any], str]:
    plain = json.JSONEncoder(sort_keys=sort_keys, separators=(",", ":"), ensure_ascii=False)
    make = getattr(json.encoder, "c_make_encoder", None)
    if make is None:  # an interpreter without json's C speed-ups: the same text
        return plain.encode
    encode = make(
        None, plain.default, json.encoder.encode_basestring, None, ":", ",", sort_keys, False, True
    )

    def text(value: Any) -> str:
        return "".join(encode(value, 0))

    return text
