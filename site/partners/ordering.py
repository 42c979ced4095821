"""The directory's order when a citizen filters by her Comune: that Comune's own services first.

Someone who picks "Angera" wants Angera's social service at the top, then what has an office in
Angera, then what covers Angera from elsewhere, and the district-wide services last. Ordered in SQL
(annotations), so paging keeps reading only one page of rows. Closed partners stay after open ones.
"""

from django.db.models import Case, Exists, IntegerField, OuterRef, Value, When

from .models import Partner, PartnerLocation

OWN_SOCIAL_SERVICE, HERE, COVERS_IT, WHOLE_DISTRICT = range(4)


def own_comune_first(partners, municipality):
    """``partners`` from ``services.search_directory`` (filtered to those serving ``municipality``,
    annotated ``closed_last``) in the order above."""
    located_here = PartnerLocation.objects.filter(partner=OuterRef("pk"), municipality=municipality)
    covers_it = Partner.areas.through.objects.filter(partner=OuterRef("pk"), municipality=municipality)
    nearness = Case(
        When(Exists(located_here), kind="comune", then=Value(OWN_SOCIAL_SERVICE)),
        When(Exists(located_here), then=Value(HERE)),
        When(Exists(covers_it), then=Value(COVERS_IT)),
        default=Value(WHOLE_DISTRICT),
        output_field=IntegerField(),
    )
    return partners.annotate(nearness=nearness).order_by("closed_last", "nearness", "name")
