"""The public registration form."""

import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from events.models import Accommodation

KANA = re.compile(r"^[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f\s　・ー]+$")
PHONE = re.compile(r"^[0-9０-９\-‐－ー()（） +＋]{6,20}$")


def retention_days():
    return getattr(settings, "EVENT_REGISTRATION_RETENTION_DAYS", 30)


class RegistrationForm(forms.Form):
    name = forms.CharField(
        label=_("Name"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Please enter your name.")},
    )
    name_kana = forms.CharField(
        label=_("Reading (in kana)"),
        max_length=100,
        help_text=_("e.g. さいたま はなこ"),
        error_messages={"required": _("Please enter the reading of your name.")},
    )
    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("We send your confirmation and any changes here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
        error_messages={
            "required": _("Please enter your email address."),
            "invalid": _(
                "This email address looks incomplete. Please check it, "
                "e.g. hanako@example.jp"
            ),
        },
    )
    phone = forms.CharField(
        label=_("Phone number (optional)"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "inputmode": "tel"}),
    )
    organisation_name = forms.CharField(
        label=_("Organisation or workplace (optional)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    accommodations = forms.MultipleChoiceField(
        label=_("Support you would like"),
        choices=Accommodation.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    accommodation_note = forms.CharField(
        label=_("Details of the support you need (optional)"),
        max_length=500,
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )
    question = forms.CharField(
        label=_("Questions or messages for the organisers (optional)"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        label=_("I agree to how my information is handled (see above)."),
        error_messages={
            "required": _("Please tick the box to agree before registering.")
        },
    )
    # A field people never see; automated spam fills it in.
    website = forms.CharField(required=False, label=_("Leave this empty"))

    def __init__(self, *args, event=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.event = event
        self.fields["name_kana"].widget.attrs["autocomplete"] = "off"
        self.fields["website"].widget.attrs.update(
            {"tabindex": "-1", "autocomplete": "off"}
        )
        for name, field in self.fields.items():
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"{self[name].auto_id}-help"
        if event is not None and event.accommodations:
            offered = set(event.accommodations) | {Accommodation.OTHER}
            self.fields["accommodations"].choices = [
                choice for choice in Accommodation.choices if choice[0] in offered
            ]

    def full_clean(self):
        super().full_clean()
        # Screen readers announce the error with the field it belongs to.
        for name, bound in self._bound_items():
            attrs = bound.field.widget.attrs
            described = []
            if bound.help_text:
                described.append(f"{bound.auto_id}-help")
            if name in self.errors:
                attrs["aria-invalid"] = "true"
                described.append(f"{bound.auto_id}-error")
            if described:
                attrs["aria-describedby"] = " ".join(described)

    @property
    def is_spam(self):
        return bool(self.data.get("website"))

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_name_kana(self):
        value = " ".join(self.cleaned_data["name_kana"].split())
        if not KANA.match(value):
            raise forms.ValidationError(
                _(
                    "Please write the reading in hiragana or katakana, "
                    "e.g. さいたま はなこ"
                )
            )
        return value

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def clean_phone(self):
        value = self.cleaned_data["phone"].strip()
        if value and not PHONE.match(value):
            raise forms.ValidationError(
                _(
                    "Please write the phone number with digits and hyphens, "
                    "e.g. 048-000-0000"
                )
            )
        return value

    def retention_days(self):
        return retention_days()
