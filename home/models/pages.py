"""The home page and the plain pages (about, how to join, privacy...)."""

from django.db import models
from django.db.models import Prefetch
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index

from home.blocks import BodyBlock

from .articles import CARD_IMAGE_SPEC, ArticlePage
from .mixins import HeroImageMixin

MAX_FEATURED_ARTICLES = 3


class HomePage(HeroImageMixin, Page):
    """The front page of one language: hero, featured articles, map, events, help."""

    hero_heading = models.CharField(
        _("hero heading"),
        max_length=120,
        help_text=_("The large first line of the page, e.g. ひとりで抱えこまないで。"),
    )
    hero_message = models.TextField(
        _("hero message"),
        max_length=400,
        help_text=_(
            "Two or three gentle sentences under the heading that say asking for "
            "help is normal."
        ),
    )
    map_intro = models.TextField(
        _("support map introduction"),
        blank=True,
        max_length=400,
        help_text=_(
            "Shown beside the link to the support map, e.g. "
            "お住まいの地域で相談できる団体を探せます。"
        ),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("hero_heading"), FieldPanel("hero_message")],
            heading=_("Hero message"),
        ),
        *HeroImageMixin.hero_panels,
        InlinePanel(
            "featured_articles",
            label=_("Featured articles"),
            max_num=MAX_FEATURED_ARTICLES,
            help_text=_("Up to three articles shown near the top of the home page."),
        ),
        FieldPanel("map_intro"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ArticleIndexPage",
        "home.StandardPage",
        "events.EventIndexPage",
        "organisations.DirectoryPage",
        "organisations.JoinApplicationPage",
    ]
    template = "pages/home/home_page.html"

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def featured(self):
        """The chosen articles in this page's language, falling back to the original.

        wagtail-localize keeps page links pointing at the Japanese article, so the
        translation is looked up by translation_key, in one query.
        """
        chosen = [
            item.article
            for item in self.featured_articles.select_related("article")
            if item.article_id
        ]
        keys = [page.translation_key for page in chosen]
        locales = {self.locale_id, *(page.locale_id for page in chosen)}
        image_queryset = get_image_model().objects.prefetch_renditions(CARD_IMAGE_SPEC)
        candidates = (
            ArticlePage.objects.live()
            .public()
            .filter(translation_key__in=keys, locale_id__in=locales)
            .prefetch_related(
                Prefetch("hero_image", queryset=image_queryset), "tagged_items__tag"
            )
        )
        by_key = {}
        for article in candidates:
            current = by_key.get(article.translation_key)
            if current is None or article.locale_id == self.locale_id:
                by_key[article.translation_key] = article
        return [by_key[key] for key in keys if key in by_key]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_articles"] = self.featured()
        return context


class HomePageFeaturedArticle(Orderable):
    page = ParentalKey(
        HomePage, on_delete=models.CASCADE, related_name="featured_articles"
    )
    article = models.ForeignKey(
        "home.ArticlePage",
        verbose_name=_("article"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Choose a published article."),
    )

    panels = [FieldPanel("article")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured article")
        verbose_name_plural = _("featured articles")


class StandardPage(Page):
    """A plain page: about the platform, how to join, privacy, accessibility, help."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_(
            "Optional lead paragraph shown in larger text under the title, and in "
            "search results."
        ),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The page content: text, headings, help lines, images and more."),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    search_fields = [
        *Page.search_fields,
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage", "organisations.JoinApplicationPage"]
    template = "pages/home/standard_page.html"

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    def get_meta_description(self):
        return self.search_description or self.intro
