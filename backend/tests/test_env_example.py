"""`.env.example` documents every setting the application reads."""

from __future__ import annotations

import re

from app.core.config import REPO_DIR, Settings


def test_env_example_lists_every_setting() -> None:
    text = (REPO_DIR / ".env.example").read_text(encoding="utf-8")
    documented = set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]+)=", text, flags=re.MULTILINE))
    expected = {name.upper() for name in Settings.model_fields}
    assert expected - documented == set()
