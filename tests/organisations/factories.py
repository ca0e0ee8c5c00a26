import datetime

import factory
from wagtail.models import Locale

from organisations.geo import format_point
from organisations.models import (
    Municipality,
    OpeningHours,
    Organisation,
    SupportCategory,
)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"テスト団体{n}")
    name_kana = factory.Sequence(lambda n: f"てすとだんたい{n:04d}")
    slug = factory.Sequence(lambda n: f"test-org-{n}")
    locale = factory.LazyFunction(Locale.get_default)
    municipality = factory.LazyFunction(lambda: Municipality.objects.get(code="112011"))
    postal_code = "350-0036"
    address = "川越市小仙波町9-9-9"
    location = format_point(35.9251, 139.4858)
    phone = "049-000-0000"
    description = "架空の団体です。"
    contact_methods = factory.LazyFunction(lambda: ["phone", "visit"])
    live = True

    @factory.post_generation
    def categories(self, create, extracted, **kwargs):
        if not create or not extracted:
            return
        slugs = extracted
        self.categories.set(
            SupportCategory.objects.filter(slug__in=slugs, locale=self.locale)
            or SupportCategory.objects.filter(slug__in=slugs)
        )
        self.save()

    @factory.post_generation
    def hours(self, create, extracted, **kwargs):
        """``hours=[(weekday, "09:00", "17:00"), ...]``."""
        if not create or not extracted:
            return
        for weekday, opens, closes in extracted:
            OpeningHours.objects.create(
                organisation=self,
                weekday=weekday,
                opens=datetime.time.fromisoformat(opens),
                closes=datetime.time.fromisoformat(closes),
            )


def bulk_organisations(count, start=0, **overrides):
    """Create ``count`` live organisations quickly (no revisions, no indexing)."""
    locale = Locale.get_default()
    municipalities = list(Municipality.objects.order_by("code"))
    categories = list(SupportCategory.objects.filter(locale=locale))
    organisations = []
    for n in range(start, start + count):
        municipality = municipalities[n % len(municipalities)]
        fields = {
            "locale": locale,
            "name": f"一括団体{n}",
            "name_kana": f"いっかつだんたい{n:05d}",
            "slug": f"bulk-{n}",
            "municipality": municipality,
            "address": f"{municipality.name}一括町{n}",
            "postal_code": "330-0000",
            "location": format_point(
                municipality.office_latitude + (n % 7) * 0.001,
                municipality.office_longitude,
            ),
            "latitude": municipality.office_latitude + (n % 7) * 0.001,
            "longitude": municipality.office_longitude,
            "phone": f"048-000-{n % 10000:04d}",
            "description": "架空の団体です。",
            "contact_methods": ["phone"],
            "live": True,
        }
        fields.update(overrides)
        organisations.append(Organisation(**fields))
    created = Organisation.objects.bulk_create(organisations)
    through = Organisation.categories.through
    through.objects.bulk_create(
        [
            through(organisation_id=org.pk, supportcategory_id=categories[i % 16].pk)
            for i, org in enumerate(created)
        ]
    )
    OpeningHours.objects.bulk_create(
        [
            OpeningHours(
                organisation_id=org.pk,
                weekday=day,
                opens=datetime.time(9),
                closes=datetime.time(17),
                sort_order=day,
            )
            for org in created
            for day in range(5)
        ]
    )
    return created
