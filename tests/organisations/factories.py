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
