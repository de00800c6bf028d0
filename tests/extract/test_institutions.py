"""The outside bodies (수행기관, centres, clubs) every rule module reads come from one data file
(extract/data/institutions.tsv), each row with the roles it plays."""

from __future__ import annotations

import re

import pytest

from extract import awards, districts, jobs
from extract.vocab import institution_patterns


@pytest.mark.parametrize("role", ["district", "award", "job_topic", "job_item"])
def test_every_role_has_bodies_that_compile(role):
    patterns = institution_patterns(role)
    assert patterns
    for p in patterns:
        re.compile(p)


def test_an_unknown_role_names_the_file():
    with pytest.raises(ValueError, match="institutions.tsv"):
        institution_patterns("district_body")


def test_the_modules_read_the_file():
    assert "|".join(institution_patterns("district")) == districts._DESIGNATED_BODIES
    assert awards._BODY_HEADS == "(?:" + "|".join(institution_patterns("award")) + ")"
    assert jobs._INSTITUTION_TOPIC.search("인천계양시니어클럽은 올해 ")
    assert jobs._INSTITUTION_TOPIC.search("대한노인회 무안군지회는 올해 ")
    assert jobs._INSTITUTION_ITEM.search("▲동구노인복지관 6개 사업단 ")
    assert not jobs._INSTITUTION_ITEM.search("▲동구청 ")
