"""The lowest classification of each audience when the store sets none.

Beside the audience table (``reports/audiences.py``, which re-exports it) but on its
own: the store's settings read it whenever the window shows a store, and the table
with the pack model behind it is not needed for that (about 0.6 MiB at idle, #13).
"""

from __future__ import annotations

from ..domain.enums import Audience

# The store's list runs from the lowest to the highest: issuing below the minimum is
# refused.
DEFAULT_MINIMUMS = {
    Audience.HOD: "CONFIDENTIAL",
    Audience.DELEGATION: "RESTRICTED",
    Audience.AGENCIES: "RESTRICTED",
    Audience.PUBLIC: "UNCLASSIFIED",
}
