"""Demo data generator (``protegrt demo``): employees with logins, clients, addresses, vehicles.

Deterministic for a given seed; ``--scale`` uses a COPY-based bulk path.
"""

from app.demo.context import DemoContext
from app.demo.logins import DEMO_LOGINS, DEMO_PASSWORD, DemoLogin
from app.demo.runner import BULK_THRESHOLD, DemoReport, demo_data_present, generate_demo
from app.demo.steps import STEPS, DemoStep

__all__ = [
    "BULK_THRESHOLD",
    "DEMO_LOGINS",
    "DEMO_PASSWORD",
    "STEPS",
    "DemoContext",
    "DemoLogin",
    "DemoReport",
    "DemoStep",
    "demo_data_present",
    "generate_demo",
]
