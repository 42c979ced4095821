"""The per-sportello rule (``operators.permissions``) as a Wagtail permission policy.

Registered for Appointment, Opening and Closure, so every Wagtail screen of these models (the
appointments viewset, the openings and closures snippets, menus, listings) asks the same question:
an operator sees only the sportelli they serve; a coordinator sees all of them.

- Appointments and openings are created by services (booking, agenda screens), never by a bare form:
  "add" is refused. Appointments change only through the action screens ("change" and "delete"
  refused), so every change has its service, its e-mail and its audit entry.
- Outside the user's sportelli an object does not exist (the viewset answers 404).
"""

from django.db.models import Q

from wagtail.permission_policies import ModelPermissionPolicy

from booking.models import Appointment, Closure, Opening

from .permissions import can_use_agenda, is_coordinator, sportelli_for

VIEW_ONLY = {"view"}


class SportelloPermissionPolicy(ModelPermissionPolicy):
    """``view`` for everyone who may use the agenda; other actions by model permission, never "add"
    for appointments and openings, never "change"/"delete" for appointments; always per sportello."""

    def user_has_permission(self, user, action):
        model = self.model
        if action == "add" and model in (Appointment, Opening):
            return False
        if model is Appointment and action not in VIEW_ONLY:
            return False
        if action == "view" and can_use_agenda(user):
            return True
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def scope(self, user):
        """Every object of this model in the user's sportelli."""
        queryset = self.model._default_manager.all()
        if is_coordinator(user):
            return queryset
        sportelli = sportelli_for(user)
        if self.model is Closure:  # a closure of every sportello (a holiday) concerns everyone
            return queryset.filter(Q(sportello__in=sportelli) | Q(sportello__isnull=True))
        return queryset.filter(sportello__in=sportelli)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.scope(user)

    def instances_user_has_permission_for(self, user, action):
        return self.instances_user_has_any_permission_for(user, [action])

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_any_permission_for_instance(user, [action], instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        if not self.user_has_any_permission(user, actions):
            return False
        if self.model is Closure and instance.sportello_id is None:
            # A closure of every sportello: anyone may see it, only a coordinator may change it.
            return set(actions) <= VIEW_ONLY or is_coordinator(user)
        return self.scope(user).filter(pk=instance.pk).exists()


def register():
    """Register the policy for the three models; called before any viewset reads its policy."""
    from wagtail.permissions import register_permission_policy

    for model in (Appointment, Opening, Closure):
        register_permission_policy(model, SportelloPermissionPolicy(model), exact_class=True)
