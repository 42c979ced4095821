"""The demo operator: she serves only one sportello (``operator_sportello`` in
``content/sportelli/_index.yaml``), so the agenda shows her only its appointments."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from booking.models import Sportello
from core import content

DEMO_OPERATOR = "operatrice"
DEMO_OPERATOR_PASSWORD = "sportello-demo"  # noqa: S105 - a published demo login, for local use only


def load(command):
    group, _ = Group.objects.get_or_create(name="Operatori sportello")
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    user = get_user_model().objects.filter(username=DEMO_OPERATOR).first()
    if user is None:
        user = get_user_model().objects.create_user(
            DEMO_OPERATOR,
            "operatrice@example.org",
            DEMO_OPERATOR_PASSWORD,
            first_name="Operatrice",
            is_staff=True,
        )
    user.groups.add(group)
    main = Sportello.objects.filter(slug=content.read_meta("sportelli").get("operator_sportello")).first()
    if main is not None:
        main.operators.add(user)
        command.stdout.write(
            f"- operatrice dimostrativa dello {main.name}: utente {DEMO_OPERATOR}, "
            f"password {DEMO_OPERATOR_PASSWORD}"
        )
