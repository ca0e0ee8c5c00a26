import factory
from wagtail.models import Locale

from cms.models import HelpLine


class HelpLineFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HelpLine

    name = factory.Sequence(lambda n: f"見本ホットライン{n}")
    phone = "0120-000-000"
    hours = "24時間"
    audience = "どなたでも"
    is_sample = True
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="ja"))
