"""A multiple-choice model field that filters the same way on SQLite and PostgreSQL."""

from django import forms
from django.core import exceptions
from django.db import models
from django.utils.translation import gettext_lazy as _


class ChoiceSetField(models.CharField):
    """A set of choice values stored as ``,a,b,`` in one text column.

    A JSON or array column would be neater, but ``contains`` on a JSON list is not
    available on SQLite; the delimited text lets ``field__contains=",a,"`` filter on
    both databases, which the event listing needs for its "who it is for" filter.
    """

    description = _("A set of choices")

    def __init__(self, *args, item_choices=(), **kwargs):
        self.item_choices = list(item_choices)
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        kwargs["item_choices"] = self.item_choices
        if kwargs.get("max_length") == 255:
            del kwargs["max_length"]
        if kwargs.get("blank") is True:
            del kwargs["blank"]
        if kwargs.get("default") is list:
            del kwargs["default"]
        return name, path, args, kwargs

    def to_python(self, value):
        if value is None:
            return []
        if isinstance(value, list | tuple | set):
            return [str(item) for item in value if item]
        return [item for item in str(value).split(",") if item]

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def get_prep_value(self, value):
        if isinstance(value, str):
            # Lookups such as ``__contains=",a,"`` pass their raw string through.
            return value
        items = self.to_python(value)
        return f",{','.join(items)}," if items else ""

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {key for key, _label in self.item_choices}
        unknown = [item for item in value if item not in allowed]
        if unknown:
            raise exceptions.ValidationError(
                _("Unknown choice: %(value)s"), params={"value": ", ".join(unknown)}
            )
        if not value and not self.blank:
            raise exceptions.ValidationError(self.error_messages["blank"])

    def run_validators(self, value):
        # The CharField max-length validator would measure the list, not the text.
        super().run_validators(self.get_prep_value(value))

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.item_choices,
            "required": not self.blank,
            "widget": forms.CheckboxSelectMultiple,
            "label": self.verbose_name,
            "help_text": self.help_text,
        }
        defaults.update(kwargs)
        form_class = defaults.pop("form_class")
        defaults.pop("max_length", None)
        return form_class(**defaults)
