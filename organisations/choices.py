"""Fixed vocabularies of the support map.

Keys are stable (they appear in URLs, exports and import files); labels are what
residents and editors read, marked for translation.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationType(models.TextChoices):
    MUNICIPALITY = "municipality", _("Municipality")
    SOCIAL_WELFARE_COUNCIL = "social_welfare_council", _("Social welfare council")
    NONPROFIT = "nonprofit", _("NPO or general incorporated association")
    BUSINESS = "business", _("Private company")
    OTHER = "other", _("Other")


class ContactMethod(models.TextChoices):
    PHONE = "phone", _("Phone")
    VISIT = "visit", _("Visit in person")
    EMAIL = "email", _("Email")
    ONLINE = "online", _("Online")
    SNS = "sns", _("SNS / LINE")
    HOME_VISIT = "home_visit", _("Home visit")


class Audience(models.TextChoices):
    ANYONE = "anyone", _("Anyone")
    CHILDREN = "children", _("Children")
    YOUNG_PEOPLE = "young_people", _("Young people")
    PARENTS = "parents", _("Parents and carers")
    OLDER_PEOPLE = "older_people", _("Older people")
    DISABLED_PEOPLE = "disabled_people", _("People with disabilities")
    FOREIGN_RESIDENTS = "foreign_residents", _("Foreign residents")
    WOMEN = "women", _("Women")
    FAMILIES = "families", _("Families and supporters")


class Language(models.TextChoices):
    JAPANESE = "ja", _("Japanese")
    EASY_JAPANESE = "ja-easy", _("Easy Japanese")
    ENGLISH = "en", _("English")
    CHINESE = "zh", _("Chinese")
    KOREAN = "ko", _("Korean")
    VIETNAMESE = "vi", _("Vietnamese")
    PORTUGUESE = "pt", _("Portuguese")
    SPANISH = "es", _("Spanish")
    TAGALOG = "tl", _("Tagalog")
    NEPALI = "ne", _("Nepali")
    SIGN_LANGUAGE = "jsl", _("Japanese Sign Language")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


# The starting set of support categories (支援分野): stable key, Japanese name.
SUPPORT_CATEGORIES = [
    ("ibasho", "居場所"),
    ("consultation", "相談窓口"),
    ("children-youth", "子ども・若者"),
    ("parenting", "子育て"),
    ("older-people", "高齢者"),
    ("disability", "障害"),
    ("poverty", "生活困窮"),
    ("hikikomori", "ひきこもり"),
    ("school-refusal", "不登校"),
    ("employment", "就労支援"),
    ("food", "食支援"),
    ("foreign-residents", "外国人支援"),
    ("mental-health", "こころの健康・自殺対策"),
    ("abuse-dv", "DV・虐待"),
    ("volunteering", "ボランティア"),
    ("community", "地域活動"),
]

# URL keys of the ten regions (地域振興センター areas), by their Japanese name.
REGION_SLUGS = {
    "南部地域": "nanbu",
    "南西部地域": "nanseibu",
    "東部地域": "tobu",
    "さいたま地域": "saitama",
    "県央地域": "kenou",
    "川越比企地域": "kawagoe-hiki",
    "西部地域": "seibu",
    "利根地域": "tone",
    "北部地域": "hokubu",
    "秩父地域": "chichibu",
}
