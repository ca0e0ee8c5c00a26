import datetime

import factory
import wagtail_factories
from wagtail.models import Locale

from home.models import ArticleIndexPage, ArticlePage, HomePage, StandardPage


def japanese():
    return Locale.objects.get(language_code="ja")


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "ホーム"
    slug = factory.Sequence(lambda n: f"home-{n}")
    hero_heading = "ひとりで抱えこまないで。"
    hero_message = "相談することは、弱さではありません。"
    locale = factory.LazyFunction(japanese)


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticleIndexPage

    title = "記事・お知らせ"
    slug = "articles"
    intro = "ひとりで悩まないためのヒントを掲載しています。"


class ArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"記事その{n}")
    slug = factory.Sequence(lambda n: f"article-{n}")
    summary = "だれかに話してみることから始めましょう。"
    date = factory.Sequence(
        lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n)
    )
    category = "awareness"


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = "プラットフォームについて"
    slug = factory.Sequence(lambda n: f"page-{n}")
    intro = "だれもがつながれる地域をめざしています。"
