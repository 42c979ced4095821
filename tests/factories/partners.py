"""Test data for the partner directory: a partner with its services and locations in one call."""

import datetime
import itertools

from django.utils.text import slugify

import factory

from core.models import Municipality
from partners.models import Language, Partner, PartnerLocation, PartnerService

_counter = itertools.count(1)


class MunicipalityFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Comune {n}")
    slug = factory.LazyAttribute(lambda obj: slugify(obj.name))
    in_district = True

    class Meta:
        model = Municipality
        django_get_or_create = ("slug",)


class LanguageFactory(factory.django.DjangoModelFactory):
    code = "it"
    name = "italiano"

    class Meta:
        model = Language
        django_get_or_create = ("code",)


def municipality(name):
    return MunicipalityFactory(name=name, slug=slugify(name))


def language(code, name):
    return LanguageFactory(code=code, name=name)


def create_partner(
    name=None,
    *,
    services=("bonus-e-contributi",),
    places=(),
    live=True,
    status=Partner.Status.ACTIVE,
    languages=(),
    whole_district=False,
    areas=(),
    verified_on=None,
    **fields,
):
    """A saved partner. ``services`` are service-type slugs (or dicts of fields), ``places``
    are municipalities (or dicts of ``PartnerLocation`` fields); ``live=False`` makes a draft."""
    number = next(_counter)
    name = name or f"Partner di prova {number}"
    partner = Partner(
        name=name,
        slug=fields.pop("slug", f"{slugify(name)[:80]}-{number}"),
        kind=fields.pop("kind", "terzo-settore"),
        description=fields.pop("description", f"Aiutano le persone. Scheda numero {number}."),
        phone=fields.pop("phone", f"0331 000 {number:03d}"),
        email=fields.pop("email", f"partner{number}@example.org"),
        status=status,
        serves_whole_district=whole_district,
        verified_on=verified_on or datetime.date(2026, 10, 1),
        live=live,
        **fields,
    )
    partner.services = [
        PartnerService(
            **(
                item
                if isinstance(item, dict)
                else {"service_type": item, "description": f"Ti aiutano: {item}.", "audience": "Tutti"}
            ),
            languages=list(languages),
        )
        for item in services
    ]
    partner.locations = [
        PartnerLocation(
            **(
                item
                if isinstance(item, dict)
                else {
                    "address": "Via Roma 1",
                    "postal_code": "21018",
                    "municipality": item,
                    "opening_hours": [
                        (
                            "hours",
                            {
                                "days": ["MO", "TU", "WE", "TH", "FR"],
                                "opens": datetime.time(9),
                                "closes": datetime.time(12),
                                "note": "",
                            },
                        )
                    ],
                }
            )
        )
        for item in places
    ]
    partner.areas = list(areas)
    partner.save()
    return partner
