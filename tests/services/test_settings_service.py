"""Settings through the service: typed reads, bounded writes, and the audit of each change."""

from __future__ import annotations

import pytest

from resettle.domain.errors import InvalidInput
from resettle.domain.settings import Settings


def test_defaults_then_a_change_read_back_typed(services, admin):
    assert services.rules.settings() == Settings()
    services.rules.set_setting(admin, "idle_lock_minutes", 240)
    services.rules.set_setting(admin, "organisation", "North Office")
    current = services.rules.settings()
    assert current.idle_lock_minutes == 240 and current.organisation == "North Office"
    assert services.rules.setting("idle_lock_minutes") == 240


@pytest.mark.parametrize("minutes", [0, 241, 35_792])
def test_an_idle_lock_out_of_bounds_is_refused_and_nothing_changes(services, admin, minutes):
    with pytest.raises(InvalidInput) as caught:
        services.rules.set_setting(admin, "idle_lock_minutes", minutes)
    assert caught.value.rule == "out_of_range"
    assert services.rules.settings().idle_lock_minutes == 10
