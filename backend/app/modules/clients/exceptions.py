"""Errors of the clients module (stable codes, Spanish messages)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from app.core.exceptions import ConflictError, NotFoundError, PermissionDeniedError, ValidationFailedError


class ClientNotFoundError(NotFoundError):
    code = "CLIENT_NOT_FOUND"
    message = "No existe el cliente."


class ClientExportForbiddenError(PermissionDeniedError):
    code = "CLIENT_EXPORT_FORBIDDEN"
    message = "Por política de la empresa, la lista de clientes no se puede exportar."


class ClientPossibleDuplicateError(ConflictError):
    """409 with the matching clients; the request may be repeated with ``confirm_duplicate: true``."""

    code = "CLIENT_POSSIBLE_DUPLICATE"
    message = (
        "Ya hay un cliente con el mismo nombre y teléfono o con el mismo RFC. Revisa si es la misma "
        "persona; si no lo es, confirma para guardarlo de todos modos."
    )

    def __init__(self, matches: Sequence[dict[str, Any]]) -> None:
        super().__init__()
        self.matches = list(matches)

    def to_body(self) -> dict[str, Any]:
        return {**super().to_body(), "matches": self.matches}


class ClientHasLivePoliciesError(ConflictError):
    code = "CLIENT_HAS_LIVE_POLICIES"
    message = "El cliente tiene pólizas vigentes: no se puede dar de baja."


class ClientRulesError(ValidationFailedError):
    code = "CLIENT_INVALID"
    message = "Los datos del cliente no son válidos."
