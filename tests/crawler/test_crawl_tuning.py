"""What a crawl process changes for itself while its crawlers run (log levels, the garbage collector)
is undone when the crawl ends, and never hides a record a handler would have shown."""

from __future__ import annotations

import gc
import logging

import pytest

from crawler.run import GC_YOUNG_THRESHOLD, _CrawlTuning, _raise_log_levels


@pytest.fixture
def root_handler():
    """Installs one WARNING handler on the root logger (as a crawl run from the command line has); all restored after."""
    root = logging.getLogger()
    scrapy_logger = logging.getLogger("scrapy")
    saved = (root.level, list(root.handlers), scrapy_logger.level, list(scrapy_logger.handlers))
    handler = logging.StreamHandler()
    handler.setLevel(logging.WARNING)

    def install() -> logging.Handler:
        # (inside the test: pytest's own capture handlers, which take every level, are on the root
        # logger only while the test runs)
        root.handlers = [handler]
        scrapy_logger.handlers = []
        root.setLevel(logging.NOTSET)
        scrapy_logger.setLevel(logging.DEBUG)
        return handler

    yield install
    root.setLevel(saved[0])
    root.handlers = saved[1]
    scrapy_logger.setLevel(saved[2])
    scrapy_logger.handlers = saved[3]


def test_levels_are_raised_to_the_lowest_handler_and_restored(root_handler):
    root_handler()
    tuning = _CrawlTuning("WARNING")
    thresholds = gc.get_threshold()
    try:
        tuning.started()
        assert logging.getLogger().level == logging.WARNING
        assert logging.getLogger("scrapy").level == logging.WARNING
        assert not logging.getLogger("scrapy").isEnabledFor(logging.DEBUG)
        assert logging.getLogger("scrapy").isEnabledFor(logging.WARNING)
        assert gc.get_threshold()[0] == max(GC_YOUNG_THRESHOLD, thresholds[0])
        assert gc.get_freeze_count() > 0
        tuning.started()  # a second crawler's engine: nothing recorded twice
    finally:
        tuning.restore()
    assert logging.getLogger().level == logging.NOTSET
    assert logging.getLogger("scrapy").level == logging.DEBUG
    assert gc.get_threshold() == thresholds
    assert gc.get_freeze_count() == 0


def test_a_debug_run_or_a_handler_taking_everything_changes_nothing(root_handler):
    handler = root_handler()
    assert _raise_log_levels("DEBUG") == {}
    handler.setLevel(logging.DEBUG)
    assert _raise_log_levels("INFO") == {}
    assert logging.getLogger("scrapy").level == logging.DEBUG


def test_a_scrapy_logger_with_its_own_handlers_keeps_its_level(root_handler):
    root_handler()
    own = logging.StreamHandler()
    logging.getLogger("scrapy").addHandler(own)
    changed = _raise_log_levels("WARNING")
    assert "scrapy" not in changed and changed == {"": logging.NOTSET}
    assert logging.getLogger("scrapy").level == logging.DEBUG


def test_no_root_handler_changes_nothing(root_handler):
    root_handler()
    logging.getLogger().handlers = []
    assert _raise_log_levels("WARNING") == {}
