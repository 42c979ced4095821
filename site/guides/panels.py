"""The readability panel shown to editors on a guide's edit form."""

from wagtail.admin.panels import Panel

from guides.readability import assess


class ReadabilityPanel(Panel):
    """The readability of "In breve" and of the body in the guide's language (Gulpease in Italian,
    Flesch in English and French), against the targets, with the sentences to shorten.

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
            formula = instance.readability_formula
            context["formula"] = formula
            if formula is not None:
                summary = getattr(instance, "summary", "") or ""
                body = body_text(getattr(instance, "body", None))
                context["summary"] = assess(summary, formula.summary_target, score=formula.score)
                context["body"] = assess(body, formula.body_target, score=formula.score)
            context["is_new"] = not instance.pk
            return context
