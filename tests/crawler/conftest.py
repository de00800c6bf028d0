"""Shared fixtures for crawler tests (crawler-core): frozen time."""

from __future__ import annotations

import pytest
from freezegun import freeze_time


@pytest.fixture
def frozen_now(request):
    """Freeze time at the ``fetched_at`` of the page under test (``@pytest.mark.parametrize`` not needed).

    Use as ``@pytest.mark.frozen("2021-01-05T03:00:00+00:00")`` + the ``frozen_now`` fixture; the default
    is 2024-04-20T11:00:00Z, the fetch time of the sijung fixtures.
    """
    marker = request.node.get_closest_marker("frozen")
    moment = marker.args[0] if marker else "2024-04-20T11:00:00+00:00"
    with freeze_time(moment) as frozen:
        yield frozen


def pytest_configure(config):
    config.addinivalue_line("markers", "frozen(iso): the moment the frozen_now fixture freezes time at")
