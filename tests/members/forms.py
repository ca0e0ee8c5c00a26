"""Turn an admin edit form into POST data, so tests submit what a browser would."""

import datetime

from django import forms
from django.utils import timezone
from wagtail.blocks import StreamValue


def _value(field, value):
    if value is None:
        return ""
    if isinstance(field, forms.BooleanField):
        return "on" if value else None
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, (datetime.date, datetime.time)):
        return value.isoformat()
    if isinstance(value, (list, tuple, set)):
        return [str(getattr(v, "pk", v)) for v in value]
    if hasattr(value, "all") and callable(value.all):
        return [str(v.pk) for v in value.all()]
    if hasattr(value, "pk"):
        return str(value.pk)
    return str(value)


def _fields(form, data):
    for name, field in form.fields.items():
        key = form.add_prefix(name)
        value = form[name].value()
        if isinstance(value, StreamValue) or (
            hasattr(field, "block") and not isinstance(value, str)
        ):
            data[f"{key}-count"] = str(len(value or []))
            for i, child in enumerate(value or []):
                data[f"{key}-{i}-type"] = child.block_type
                data[f"{key}-{i}-deleted"] = ""
                data[f"{key}-{i}-order"] = str(i)
                data[f"{key}-{i}-id"] = child.id or ""
                data[f"{key}-{i}-value"] = str(child.block.get_prep_value(child.value))
            continue
        converted = _value(field, value)
        if converted is not None:
            data[key] = converted


def form_data(form, **overrides):
    data = {}
    _fields(form, data)
    for formset in getattr(form, "formsets", {}).values():
        management = formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        for sub in formset.forms:
            _fields(sub, data)
    data.update(overrides)
    return {k: v for k, v in data.items() if v is not None}
