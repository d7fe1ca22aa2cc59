"""Cancellation codes (``cancellation_code``): the legacy C1-C5, editable by an admin afterwards
(the seed inserts missing codes and never overwrites an edited description)."""

from __future__ import annotations

from typing import Final, NamedTuple


class CancellationCodeSeed(NamedTuple):
    code: str
    description: str
    highlight: bool = False
    blocks_renewal: bool = False


CANCELLATION_CODES: Final[tuple[CancellationCodeSeed, ...]] = (
    CancellationCodeSeed("C1", "Falta de pago: el cliente dejó de pagar sus mensualidades."),
    CancellationCodeSeed("C2", "Solicitud del cliente (ya no requiere el seguro)."),
    CancellationCodeSeed("C3", "Venta, robo o pérdida total del vehículo."),
    CancellationCodeSeed("C4", "Error de captura o póliza duplicada."),
    CancellationCodeSeed(
        "C5",
        "Cliente no deseado (fraude, siniestralidad o conducta): no ofrecer renovación.",
        highlight=True,
        blocks_renewal=True,
    ),
)
