"""Build shim for ``scrapyd-deploy`` (``python setup.py bdist_egg``); everything is in pyproject.toml.

The egg holds the govnews packages with their data files (``crawler/sources.toml``, the sample site,
the extractor's tables) and the ``scrapy`` entry point ``settings = crawler.settings`` Scrapyd reads.
"""

from setuptools import setup

setup()
