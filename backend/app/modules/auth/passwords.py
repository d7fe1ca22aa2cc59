"""Password policy (domain.md §10): at least 8 characters, an upper-case letter and a digit, not
one of the most common passwords, and not containing the username.

Each broken rule has its own Spanish message; the API returns them together in
``fields.new_password`` so the form can show everything to fix at once.
"""

from __future__ import annotations

import string
from functools import lru_cache
from pathlib import Path
from typing import Final

from app.modules.auth.exceptions import PasswordTooWeakError

MIN_LENGTH: Final = 8
MAX_LENGTH: Final = 128
COMMON_PASSWORDS_FILE: Final = Path(__file__).with_name("common_passwords.txt")

MSG_TOO_SHORT: Final = f"Debe tener al menos {MIN_LENGTH} caracteres."
MSG_TOO_LONG: Final = f"Debe tener como máximo {MAX_LENGTH} caracteres."
MSG_NO_UPPER: Final = "Debe incluir al menos una letra mayúscula."
MSG_NO_DIGIT: Final = "Debe incluir al menos un número."
MSG_COMMON: Final = "Es una contraseña demasiado común; elige otra más difícil de adivinar."
MSG_HAS_USERNAME: Final = "No debe contener tu nombre de usuario."


@lru_cache
def common_passwords() -> frozenset[str]:
    lines = COMMON_PASSWORDS_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip().casefold() for line in lines if line.strip() and not line.startswith("#"))


def _is_common(password: str) -> bool:
    folded = password.casefold()
    candidates = {folded, folded.rstrip(string.punctuation + " ¡¿")}
    return not candidates.isdisjoint(common_passwords())


def password_problems(password: str, *, username: str | None = None) -> list[str]:
    """The Spanish message of every rule ``password`` breaks (empty when it is acceptable)."""
    problems: list[str] = []
    if len(password) < MIN_LENGTH:
        problems.append(MSG_TOO_SHORT)
    if len(password) > MAX_LENGTH:
        problems.append(MSG_TOO_LONG)
    if not any(c.isupper() for c in password):
        problems.append(MSG_NO_UPPER)
    if not any(c.isdigit() for c in password):
        problems.append(MSG_NO_DIGIT)
    if _is_common(password):
        problems.append(MSG_COMMON)
    if username and len(username) >= 3 and username.casefold() in password.casefold():
        problems.append(MSG_HAS_USERNAME)
    return problems


def check_password_policy(password: str, *, username: str | None = None, field: str = "new_password") -> None:
    """Raise ``PASSWORD_TOO_WEAK`` (422) listing every broken rule in ``fields[field]``."""
    problems = password_problems(password, username=username)
    if problems:
        raise PasswordTooWeakError(fields={field: " ".join(problems)})
