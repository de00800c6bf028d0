"""Stage 2 (extract): the ``govnews_*`` spaCy components.

``govnews_districts`` (stateful: holds the gazetteer) finds district mentions;
``govnews_facts`` runs the pure extractors and leaves their facts in ``doc.user_data``.
Must not import scrapy or kb.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extract.awards import extract_awards
from extract.context import MENTIONS
from extract.districts import extract_districts, find_mentions
from extract.gazetteer import Gazetteer, default_gazetteer
from extract.jobs import extract_job_counts
from extract.programs import extract_programs

#: user_data key of the facts dict written by ``govnews_facts``
FACTS = "govnews_facts"


class DistrictFinder:
    """Finds and resolves district mentions (see :mod:`extract.districts`).

    :param gazetteer: the gazetteer to match against
    """

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def __call__(self, doc: Doc) -> Doc:
        doc.user_data[MENTIONS] = find_mentions(doc, self.gazetteer)
        return doc


@Language.factory("govnews_districts", default_config={"gazetteer_path": ""})
def make_district_finder(nlp: Language, name: str, gazetteer_path: str) -> DistrictFinder:
    """Factory for ``govnews_districts``; ``gazetteer_path`` empty means the project CSV."""
    return DistrictFinder(Gazetteer(gazetteer_path) if gazetteer_path else default_gazetteer())


@Language.component("govnews_facts")
def govnews_facts(doc: Doc) -> Doc:
    """Run every extractor over the doc and keep the facts in ``doc.user_data["govnews_facts"]``."""
    doc.user_data[FACTS] = {
        "districts": extract_districts(doc),
        "awards": extract_awards(doc),
        "programs": extract_programs(doc),
        "job_counts": extract_job_counts(doc),
    }
    return doc
