"""The few blocks an event description is written with."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")
        template = "components/events/blocks/heading.html"
        form_classname = "title"


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        help_text=_(
            "What the image shows, for people who cannot see it, "
            "e.g. 会場で話し合う参加者のようす. Leave empty if it is only decoration."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False)

    class Meta:
        icon = "image"
        label = _("Image")
        template = "components/events/blocks/image.html"


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        help_text=_("e.g. 当日の資料（PDF）. Empty uses the document's title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")
        template = "components/events/blocks/document.html"


class EventBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul"],
        template="components/events/blocks/paragraph.html",
    )
    image = ImageBlock()
    document = DocumentBlock()


class MaterialsBlock(blocks.StreamBlock):
    document = DocumentBlock()
