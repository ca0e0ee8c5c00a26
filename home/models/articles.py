"""Awareness articles, news and notices for member organisations."""

import logging

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Case, F, IntegerField, Prefetch, Value, When
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.blocks import BodyBlock

from .mixins import HeroImageMixin

logger = logging.getLogger(__name__)

ARTICLES_PER_PAGE = 12
FEED_LENGTH = 20
# Rendition of the hero image used on cards; prefetched with the listing.
CARD_IMAGE_SPEC = "fill-640x360"


class ArticleCategory(models.TextChoices):
    AWARENESS = "awareness", _("Awareness")
    NEWS = "news", _("News")
    NOTICE = "notice", _("Notice for members")


class ArticlePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "home.ArticlePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ArticleIndexPage(RoutablePageMixin, Page):
    """The list of articles, filterable by category and tag, with RSS and Atom feeds."""

    intro = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_(
            "One or two sentences shown above the list, e.g. "
            "ひとりで悩まないための記事や、お知らせを掲載しています。"
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ArticlePage"]
    max_count_per_parent = 1
    template = "pages/home/article_index_page.html"

    class Meta:
        verbose_name = _("article index")
        verbose_name_plural = _("article indexes")

    def articles(self):
        """Live articles under this index, newest first, ready for cards."""
        image_queryset = get_image_model().objects.prefetch_renditions(CARD_IMAGE_SPEC)
        return (
            ArticlePage.objects.child_of(self)
            .live()
            .public()
            .order_by("-date", "-pk")
            .prefetch_related(
                Prefetch("hero_image", queryset=image_queryset),
                "tagged_items__tag",
            )
        )

    def used_tags(self):
        return (
            Tag.objects.filter(
                home_articlepagetag_items__content_object__in=ArticlePage.objects.child_of(
                    self
                ).live()
            )
            .distinct()
            .order_by("name")
        )

    def filter_articles(self, request):
        """Apply the visitor's filters; unknown values are reported, never a 500."""
        articles = self.articles()
        problems = []
        category = request.GET.get("category", "").strip()
        if category:
            if category in ArticleCategory.values:
                articles = articles.filter(category=category)
            else:
                problems.append(
                    _("There is no category called “%(value)s”.") % {"value": category}
                )
                category = ""
        tag = None
        tag_slug = request.GET.get("tag", "").strip()
        if tag_slug:
            tag = Tag.objects.filter(slug=tag_slug).first()
            if tag is None:
                problems.append(
                    _("There is no tag called “%(value)s”.") % {"value": tag_slug}
                )
            else:
                articles = articles.filter(tags=tag)
        if category == ArticleCategory.NOTICE:
            articles = order_open_deadlines_first(articles)
        return articles, category, tag, problems

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles, category, tag, problems = self.filter_articles(request)
        paginator = Paginator(articles, ARTICLES_PER_PAGE)
        page_url = self.get_url(request)
        context.update(
            rss_url=page_url + self.reverse_subpage("rss_feed"),
            atom_url=page_url + self.reverse_subpage("atom_feed"),
            articles=paginator.get_page(request.GET.get("page")),
            categories=ArticleCategory.choices,
            current_category=category,
            current_tag=tag,
            filter_problems=problems,
            tags=self.used_tags(),
        )
        return context

    def feed_items(self):
        return self.articles()[:FEED_LENGTH]

    @path("feed/rss/", name="rss_feed")
    def rss_feed(self, request):
        from home.feeds import ArticleRssFeed

        return ArticleRssFeed(self)(request)

    @path("feed/atom/", name="atom_feed")
    def atom_feed(self, request):
        from home.feeds import ArticleAtomFeed

        return ArticleAtomFeed(self)(request)


def order_open_deadlines_first(queryset, today=None):
    """Open deadlines first (soonest first), then notices without a deadline, then
    closed ones; newest first within the last two groups.
    """
    today = today or timezone.localdate()
    return queryset.annotate(
        deadline_group=Case(
            When(deadline__gte=today, then=Value(0)),
            When(deadline__isnull=True, then=Value(1)),
            default=Value(2),
            output_field=IntegerField(),
        ),
        open_deadline=Case(
            When(deadline__gte=today, then=F("deadline")),
            default=None,
            output_field=models.DateField(),
        ),
    ).order_by(
        "deadline_group", F("open_deadline").asc(nulls_last=True), "-date", "-pk"
    )


class ArticlePage(HeroImageMixin, Page):
    """An awareness article (啓発記事), news item (お知らせ) or notice for members."""

    date = models.DateField(
        _("publish date"),
        default=timezone.localdate,
        help_text=_(
            "The date shown on the article and used to order lists, e.g. 2026-04-01."
        ),
    )
    category = models.CharField(
        _("category"),
        max_length=20,
        choices=ArticleCategory.choices,
        default=ArticleCategory.AWARENESS,
        help_text=_(
            "Awareness: articles for residents. News: updates about the platform. "
            "Notice for members: grants and training for member organisations."
        ),
    )
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_(
            "One or two plain sentences shown in lists, search results and when the "
            "page is shared."
        ),
    )
    deadline = models.DateField(
        _("application deadline"),
        null=True,
        blank=True,
        help_text=_(
            "Only for notices with a deadline (grants, training). After this date the "
            "notice is marked 受付終了 and moves below open ones."
        ),
    )
    body = StreamField(
        BodyBlock(),
        verbose_name=_("body"),
        blank=True,
        help_text=_("The article itself: text, headings, images, videos and more."),
    )
    tags = ClusterTaggableManager(
        through=ArticlePageTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_(
            "Keywords readers can filter by, e.g. 居場所, 子育て. Press Enter after "
            "each one."
        ),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("date"),
                FieldPanel("category"),
                FieldPanel("deadline"),
                FieldPanel("tags"),
            ],
            heading=_("About this article"),
        ),
        FieldPanel("summary"),
        *HeroImageMixin.hero_panels,
        FieldPanel("body"),
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("category"),
        index.FilterField("date"),
    ]

    # Dates, categories and deadlines are facts, not words: keep them equal in every
    # language instead of sending them to translators.
    override_translatable_fields = [
        SynchronizedField("date"),
        SynchronizedField("category"),
        SynchronizedField("deadline"),
        SynchronizedField("hero_image"),
    ]

    parent_page_types = ["home.ArticleIndexPage"]
    subpage_types = []
    template = "pages/home/article_page.html"

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @cached_property
    def is_closed(self):
        return self.deadline is not None and self.deadline < timezone.localdate()

    @property
    def has_open_deadline(self):
        return self.deadline is not None and not self.is_closed

    def get_meta_description(self):
        return self.search_description or self.summary
