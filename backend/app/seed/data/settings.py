"""Business thresholds as data (``app_setting``): key -> JSON value, with a Spanish description.

Money is a string with two decimals ("5000.00"), never a float. The seed inserts a missing key and
never overwrites a value an admin changed (only the description is refreshed).
"""

from __future__ import annotations

from typing import Any, Final, NamedTuple

from app.seed.data.municipalities import MUNICIPALITIES


class SettingSeed(NamedTuple):
    key: str
    value: Any  # JSON-serialisable
    description: str


_TONALA = next(m for m in MUNICIPALITIES if m.name == "Tonalá")

SETTINGS: Final[tuple[SettingSeed, ...]] = (
    # Proposals (field collection)
    SettingSeed(
        "proposal_manager_threshold",
        "5000.00",
        "Monto (MXN) a partir del cual una propuesta de cobro requiere aprobación de un gerente.",
    ),
    SettingSeed(
        "proposal_stale_hours",
        48,
        "Horas de espera de una propuesta de cobro tras las cuales se muestra una alerta en el dashboard.",
    ),
    # Receipts
    SettingSeed(
        "receipt_limit_default",
        50,
        "Límite predeterminado de recibos activos por cobrador (asignados + usados + extraviados + "
        "cancelados sin entregar).",
    ),
    SettingSeed(
        "receipt_loss_days",
        3,
        "Días tras los cuales un recibo saltado (confirmado) pasa a extraviado si no se usa.",
    ),
    SettingSeed(
        "receipt_digital_prefix",
        "D",
        "Letra de la serie de recibos digitales (cobros desde la app); no se usa en lotes de papel.",
    ),
    # Payments
    SettingSeed(
        "late_days_max",
        5,
        "Máximo de días de atraso de un pago «atrasado» (1 a 5 días); a partir del siguiente día "
        "es «vencido».",
    ),
    SettingSeed(
        "payment_edit_max_months_past",
        8,
        "Meses máximos en el pasado para la fecha real de un pago al editarlo.",
    ),
    SettingSeed(
        "payment_edit_max_months_future",
        1,
        "Meses máximos en el futuro para la fecha real de un pago al editarlo.",
    ),
    SettingSeed(
        "delivery_paid_max_days_diff",
        30,
        "Diferencia máxima en días entre la fecha de entrega en oficina y la fecha real de pago.",
    ),
    SettingSeed(
        "restructure_min_installments", 2, "Número mínimo de cuotas al reestructurar de contado a cuotas."
    ),
    SettingSeed(
        "restructure_max_installments", 12, "Número máximo de cuotas al reestructurar de contado a cuotas."
    ),
    SettingSeed(
        "restructure_default_installments",
        6,
        "Número de cuotas propuesto al reestructurar de contado a cuotas.",
    ),
    # Tows and endorsements
    SettingSeed(
        "tow_cap_comprehensive",
        "2000.00",
        "Tope (MXN) por servicio de grúa para coberturas AMPLIA, AMPLIA SELECT, PLATINO y PLATINO PLUS.",
    ),
    SettingSeed(
        "tow_cap_other", "1200.00", "Tope (MXN) por servicio de grúa para el resto de las coberturas."
    ),
    SettingSeed("endorsement_fee", "125.00", "Costo fijo (MXN) predeterminado de un endoso."),
    SettingSeed(
        "amplia_deductibles",
        {
            "car": {"damage_pct": "5.00", "theft_pct": "10.00"},
            "motorcycle": {"damage_pct": "10.00", "theft_pct": "20.00"},
            "amplia_select": {"damage_pct": "3.00", "theft_pct": "5.00"},
        },
        "Deducibles (%) de daños materiales y robo total de la familia AMPLIA.",
    ),
    # Renewals
    SettingSeed(
        "renewals",
        {
            "pending_days_before": 30,
            "pending_days_after": 90,
            "notice_days_before": [15, 3],
            "notice_days_after": [7, 30],
        },
        "Renovaciones: ventana de pendientes (días antes/después del fin de vigencia) y avisos al "
        "vendedor y al gerente de ventas.",
    ),
    # Messaging
    SettingSeed(
        "delinquency_messages",
        {
            "min_days_late_first_installment": 5,
            "min_days_late_later_installments": 3,
            "max_per_week": 2,
            "min_days_between": 3,
            "window_start": "09:00",
            "window_end": "20:00",
        },
        "Mensajes a morosos: días mínimos de atraso (primer pago / siguientes), máximo por semana, "
        "días mínimos entre mensajes y horario de envío (hora local).",
    ),
    SettingSeed(
        "payment_reminders",
        {
            "from_installment": 2,
            "days_ahead": 7,
            "max_per_due_date": 2,
            "early_window_days": [5, 3],
            "on_due_date": True,
            "window_start": "09:00",
            "window_end": "20:00",
        },
        "Recordatorios de pago: desde el pago 2, vencimientos dentro de 7 días; máximo 2 por fecha "
        "límite (uno cuando faltan de 5 a 3 días y otro el día límite).",
    ),
    SettingSeed(
        "message_retry_backoff_minutes",
        [1, 5, 15],
        "Reintentos de mensajes (minutos de espera entre intentos); después se marca como fallido.",
    ),
    # Collections
    SettingSeed(
        "collection_urgency_days",
        {"yellow_max": 5, "orange_max": 15},
        "Colores de urgencia de la lista del cobrador: amarillo 1-5 días de atraso, naranja 6-15, "
        "rojo más de 15.",
    ),
    SettingSeed(
        "affinity_weights",
        {
            "same_client": 50,
            "same_address": 40,
            "same_neighborhood": 25,
            "same_postal_code": 15,
            "decay_per_day": 0.003,
            "load_penalty": 30,
        },
        "Pesos del algoritmo de sugerencia de cobrador (afinidad).",
    ),
    # Access
    SettingSeed(
        "network_mode",
        "off",
        "Restricción de red: «off» (sin restricción), «vpn» (solo rangos VPN) o «geofence» "
        "(geocerca + horario).",
    ),
    SettingSeed(
        "vpn_cidrs",
        ["10.8.0.0/24"],
        "Rangos de direcciones (CIDR) de la VPN de la oficina (WireGuard) aceptados en el modo «vpn».",
    ),
    SettingSeed(
        "geofence",
        {"office_radius_m": 500, "field_radius_m": 50000},
        "Geocerca: radio (m) alrededor de la oficina para la web y para las apps de campo.",
    ),
    SettingSeed(
        "office_location",
        {"lat": _TONALA.lat, "lng": _TONALA.lon},
        "Ubicación de la oficina (Tonalá, Jalisco) usada por la geocerca.",
    ),
    SettingSeed(
        "login_limits",
        {
            "max_attempts_per_user": 5,
            "max_attempts_per_ip": 10,
            "window_minutes": 15,
            "lock_after_failures": 10,
            "lock_minutes": 30,
            "alert_admin_after_failures": 5,
        },
        "Límites de inicio de sesión: intentos por usuario y por IP en la ventana, bloqueo de la cuenta "
        "y alerta al administrador.",
    ),
)
