"""Permission codes (``module.action``) and their matching, with ``*`` and ``module.*`` wildcards.

Effective permissions are a set of grants minus a set of revokes; a revoke wins over any grant,
including a wildcard one ("gerente has payments.* but not payments.revert").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


def matches(pattern: str, code: str) -> bool:
    if pattern == "*" or pattern == code:
        return True
    if pattern.endswith(".*"):
        return code.startswith(pattern[:-1])
    return False


def _any_match(patterns: Iterable[str], code: str) -> bool:
    return any(matches(p, code) for p in patterns)


@dataclass(frozen=True)
class PermissionSet:
    grants: frozenset[str] = field(default_factory=frozenset)
    revokes: frozenset[str] = field(default_factory=frozenset)

    def allows(self, code: str) -> bool:
        return _any_match(self.grants, code) and not _any_match(self.revokes, code)

    def allows_any(self, *codes: str) -> bool:
        return any(self.allows(c) for c in codes)

    def effective(self, catalogue: Iterable[str]) -> list[str]:
        """The concrete codes of ``catalogue`` this set allows (for the UI and the token)."""
        return sorted(c for c in catalogue if "*" not in c and self.allows(c))
