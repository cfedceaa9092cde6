from __future__ import annotations

import pytest

from dialogs.photovoice.model import FormSettings
from tests.photovoice.test_flow import Harness


@pytest.fixture
def h(engine) -> Harness:
    """One person driving the photovoice dialogs over the real repository."""
    return Harness(engine, FormSettings())
