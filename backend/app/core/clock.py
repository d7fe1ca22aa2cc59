"""Time as an input: the business date is the America/Mexico_City calendar date.

Rules that depend on "today" take it as an argument; code asks a ``Clock`` for it so tests can
freeze it without patching the database's ``now()``.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

MEXICO_CITY = ZoneInfo("America/Mexico_City")


class Clock:
    """The real clock."""

    def now(self) -> datetime:
        return datetime.now(UTC)

    def local_now(self) -> datetime:
        return self.now().astimezone(MEXICO_CITY)

    def today(self) -> date:
        """The business date (America/Mexico_City)."""
        return self.local_now().date()


class FrozenClock(Clock):
    """A controllable clock for tests and re-runs for a past date."""

    def __init__(self, at: datetime) -> None:
        if at.tzinfo is None:
            raise ValueError("FrozenClock needs an aware datetime")
        self._at = at

    def now(self) -> datetime:
        return self._at

    def advance(self, delta: timedelta) -> None:
        self._at = self._at + delta

    def set(self, at: datetime) -> None:
        self._at = at


system_clock = Clock()


def get_clock() -> Clock:
    """FastAPI dependency; tests override it with a ``FrozenClock``."""
    return system_clock
