"""A multiple-choice model field that filters the same way on SQLite and PostgreSQL.

The chosen keys are stored as one delimited string (",phone,visit,"), so
``field__contains=",phone,"`` finds an organisation offering phone contact on both
databases, which a JSON list cannot do portably.
"""

from django import forms
from django.core import exceptions
from django.db import models
from django.utils.translation import gettext_lazy as _

SEPARATOR = ","


class ChoiceListField(models.CharField):
    description = _("A list of choices")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 255)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if value is None or value == "":
            return []
        if isinstance(value, list | tuple):
            return [str(item) for item in value if item]
        return [item for item in str(value).split(SEPARATOR) if item]

    def get_prep_value(self, value):
        items = self.to_python(value)
        if not items:
            return ""
        return SEPARATOR + SEPARATOR.join(items) + SEPARATOR

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        allowed = {str(key) for key, _label in self.flatchoices}
        for item in value or []:
            if item not in allowed:
                raise exceptions.ValidationError(
                    self.error_messages["invalid_choice"],
                    code="invalid_choice",
                    params={"value": item},
                )
        if not self.blank and not value:
            raise exceptions.ValidationError(self.error_messages["blank"], "blank")

    def run_validators(self, value):
        # The stored string's length is checked by the database; the list itself
        # has no validators of its own.
        return None

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.choices,
            "required": not self.blank,
            "label": self.verbose_name,
            "help_text": self.help_text,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update(kwargs)
        return forms.TypedMultipleChoiceField(
            **{k: v for k, v in defaults.items() if k != "form_class"}
        )

    def contains_lookup(self, key):
        """The ``contains`` value that matches rows holding ``key``."""
        return f"{SEPARATOR}{key}{SEPARATOR}"
