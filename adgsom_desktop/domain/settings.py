"""Settings that belong to the store (shared by everyone who opens it)."""

from __future__ import annotations

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class StoreSetting(Base):
    __tablename__ = "store_setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


# Keys used in store_setting.
OUR_DELEGATION = "our_delegation_code"
DEFAULT_CLASSIFICATION = "default_classification"
CLASSIFICATIONS = "classifications"  # newline-separated list
STORE_TITLE = "store_title"
AUDIENCE_MINIMUM = "audience_minimum."  # + audience value: its lowest classification
STORE_ID = "store_id"  # this store's identity in bundles and trips (#17)
TRIP_OF = "trip_of"  # a trip copy: the team store it was taken from (JSON)
TRIP_SERIES = "trip_series"  # a trip copy: its provisional numbers' series ("T3")
TRIP_SERIES_TAKEN = "trip_series_taken"  # a team store: the last series reserved (3)
