"""StreamField blocks for articles and standard pages.

Every block renders through its own template in ``templates/components/blocks/`` so
the HTML stays in one place and the front end can restyle it without touching code.
"""

import copy

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.table_block.blocks import TableBlock
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

BLOCK_TEMPLATES = "components/blocks/"


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("heading"),
        max_length=120,
        help_text=_("A short heading that splits the text into sections."),
    )
    level = blocks.ChoiceBlock(
        label=_("level"),
        choices=[("h2", _("Heading")), ("h3", _("Subheading"))],
        default="h2",
        help_text=_("Use “Heading” for sections and “Subheading” inside them."),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        template = BLOCK_TEMPLATES + "heading_block.html"


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("image"))
    alt_text = blocks.CharBlock(
        label=_("alternative text"),
        max_length=250,
        required=True,
        help_text=_(
            "Describe what the image shows for people who cannot see it, "
            "e.g. 公民館で話す二人の参加者."
        ),
    )
    caption = blocks.CharBlock(
        label=_("caption"),
        required=False,
        max_length=250,
        help_text=_("Optional text shown under the image."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        template = BLOCK_TEMPLATES + "image_block.html"


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(
        label=_("quote"), help_text=_("The words being quoted, without quote marks.")
    )
    attribution = blocks.CharBlock(
        label=_("attribution"),
        required=False,
        max_length=120,
        help_text=_("Who said it, e.g. 参加者の声 (never a real resident's name)."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quote")
        template = BLOCK_TEMPLATES + "quote_block.html"


class CallToActionBlock(blocks.StructBlock):
    text = blocks.CharBlock(
        label=_("text"),
        max_length=200,
        help_text=_("One sentence inviting the reader to act, e.g. 参加を申し込む."),
    )
    page = blocks.PageChooserBlock(
        label=_("page"), required=False, help_text=_("A page on this site.")
    )
    url = blocks.URLBlock(
        label=_("external link"),
        required=False,
        help_text=_("Only if the link leads to another website."),
    )
    button_label = blocks.CharBlock(
        label=_("button label"),
        max_length=60,
        help_text=_("A short verb phrase on the button, e.g. 詳しく見る."),
    )

    class Meta:
        icon = "link"
        label = _("Call to action")
        template = BLOCK_TEMPLATES + "call_to_action_block.html"

    def clean(self, value):
        value = super().clean(value)
        if not value.get("page") and not value.get("url"):
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(_("Choose a page or enter a link.")),
                }
            )
        return value


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(
        label=_("video URL"),
        help_text=_("The address of a YouTube or Vimeo video."),
    )
    title = blocks.CharBlock(
        label=_("video title"),
        max_length=200,
        help_text=_("What the video is about; read out by screen readers."),
    )
    transcript = blocks.TextBlock(
        label=_("transcript or summary"),
        required=False,
        help_text=_("What is said in the video, for people who cannot play it."),
    )

    class Meta:
        icon = "media"
        label = _("Video")
        template = BLOCK_TEMPLATES + "video_block.html"


class TranslatableTableBlock(TableBlock):
    """A table whose cells go to translators, one segment per cell.

    wagtail-localize leaves block types it does not know out of a translation,
    so tables stayed in Japanese on English pages. Numbers and empty cells are
    kept as they are.
    """

    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        return [StringSegmentValue(path, text) for path, text in _table_cells(value)]

    def restore_translated_segments(self, value, segments):
        translated = {segment.path: segment.render_text() for segment in segments}
        value = copy.deepcopy(value)
        for r, row in enumerate(value.get("data") or []):
            for c in range(len(row or [])):
                row[c] = translated.get(f"r{r}c{c}", row[c])
        return value


def _table_cells(value):
    """(path, text) of every cell with words in it."""
    for r, row in enumerate((value or {}).get("data") or []):
        for c, cell in enumerate(row or []):
            if isinstance(cell, str) and any(ch.isalpha() for ch in cell):
                yield f"r{r}c{c}", cell


class TableWithCaptionBlock(blocks.StructBlock):
    caption = blocks.CharBlock(
        label=_("table caption"),
        max_length=200,
        help_text=_("What the table shows, e.g. 研修の日程."),
    )
    table = TranslatableTableBlock(label=_("table"))

    class Meta:
        icon = "table"
        label = _("Table")
        template = BLOCK_TEMPLATES + "table_block.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("document"))
    title = blocks.CharBlock(
        label=_("link text"),
        required=False,
        max_length=200,
        help_text=_("Leave empty to use the document's own title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        template = BLOCK_TEMPLATES + "document_block.html"


class HelpLinesBlock(blocks.StaticBlock):
    class Meta:
        icon = "help"
        label = _("Help lines")
        admin_text = _("Shows the site's help lines (edited under Snippets).")
        template = BLOCK_TEMPLATES + "help_lines_block.html"


class BodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Text"),
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        template=BLOCK_TEMPLATES + "paragraph_block.html",
    )
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    call_to_action = CallToActionBlock()
    video = VideoBlock()
    table = TableWithCaptionBlock()
    document = DocumentBlock()
    help_lines = HelpLinesBlock()
