"""The Wagtail workflow "Approvazione schede partner", assigned to partners.Partner.

One group-approval task, "Approvazione del Servizio Abitare", approved by the members of the group
"Staff Servizio Abitare". The group gets admin access and the partner permissions it needs to
open a submitted listing and approve it (the permission rows are created here when missing: on a
new database Django and Wagtail add them only after all migrations).
"""

from django.db import migrations

WORKFLOW = "Approvazione schede partner"
TASK = "Approvazione del Servizio Abitare"
GROUP = "Staff Servizio Abitare"
PARTNER_PERMISSIONS = {
    "add_partner": "Can add partner",
    "change_partner": "Can change partner",
    "view_partner": "Can view partner",
    "publish_partner": "Can publish partner",
    "lock_partner": "Can lock partner",
    "unlock_partner": "Can unlock partner",
}


def create_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    Task = apps.get_model("wagtailcore", "Task")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")

    partner_type, _ = ContentType.objects.get_or_create(app_label="partners", model="partner")
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    group, _ = Group.objects.get_or_create(name=GROUP)
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    group.permissions.add(access_admin)
    for codename, name in PARTNER_PERMISSIONS.items():
        permission, _ = Permission.objects.get_or_create(
            content_type=partner_type, codename=codename, defaults={"name": name}
        )
        group.permissions.add(permission)

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(group)
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=Task.objects.get(pk=task.pk), sort_order=0)
    WorkflowContentType.objects.update_or_create(content_type=partner_type, defaults={"workflow": workflow})


def remove_workflow(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    WorkflowContentType = apps.get_model("wagtailcore", "WorkflowContentType")
    WorkflowContentType.objects.filter(
        content_type__in=ContentType.objects.filter(app_label="partners", model="partner")
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("partners", "0003_partner_locking"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_workflow, remove_workflow)]
