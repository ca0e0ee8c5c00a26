from .articles import (
    ArticleCategory,
    ArticleIndexPage,
    ArticlePage,
    ArticlePageTag,
)
from .pages import HomePage, HomePageFeaturedArticle, StandardPage

__all__ = [
    "ArticleCategory",
    "ArticleIndexPage",
    "ArticlePage",
    "ArticlePageTag",
    "HomePage",
    "HomePageFeaturedArticle",
    "StandardPage",
]
