"""The readability panel shown to editors on a guide's edit form."""

from wagtail.admin.panels import Panel

from guides.readability import BODY_TARGET, SUMMARY_TARGET, assess


class ReadabilityPanel(Panel):
    """Gulpease of "In breve" and of the body, against the targets, with the sentences to shorten.

    Scores are computed on the version being edited (the latest draft) when the form opens;
    ``guides/js/readability-panel.js`` recomputes the "In breve" score as the editor types.
    """

    class BoundPanel(Panel.BoundPanel):
        template_name = "guides/admin/readability_panel.html"

        class Media:
            js = ["guides/js/readability-panel.js"]

        def get_context_data(self, parent_context=None):
            from guides.blocks import body_text

            context = super().get_context_data(parent_context)
            instance = self.instance
            context["summary"] = assess(getattr(instance, "summary", "") or "", SUMMARY_TARGET)
            context["body"] = assess(body_text(getattr(instance, "body", None)), BODY_TARGET)
            context["is_new"] = not instance.pk
            return context
