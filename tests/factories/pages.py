import datetime

import factory
import wagtail_factories

from guides.models import GuideIndexPage, GuidePage, GuideTopicPage
from home.models import ContentPage, HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Servizio Abitare"
    slug = "home"
    intro = "Ti aiutiamo a trovare casa e a tenerla. Prenota un incontro gratuito."

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = "Pagina"
    summary = "Una pagina semplice."
    body = "<p>Testo della pagina.</p>"

    class Meta:
        model = ContentPage


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    title = "Guide"
    slug = "guide"
    intro = "Guide semplici sulla casa."

    class Meta:
        model = GuideIndexPage


class GuideTopicPageFactory(wagtail_factories.PageFactory):
    title = "Sfratto e morosità"
    slug = "sfratto-e-morosita"
    topic = "sfratto-e-morosita"
    intro = "Cosa fare se non riesci a pagare."

    class Meta:
        model = GuideTopicPage


class GuidePageFactory(wagtail_factories.PageFactory):
    title = "Non riesco a pagare l'affitto"
    slug = factory.Sequence(lambda n: f"guida-{n}")
    summary = "Non aspettare. Parla con il proprietario. Chiedi aiuto allo sportello."
    audience = "Per chi vive in affitto e non riesce a pagare."
    body = [{"type": "paragraph", "value": "<p>Vai allo sportello. Ti aiutiamo.</p>"}]
    last_reviewed = datetime.date(2026, 11, 1)
    review_by = datetime.date(2027, 5, 1)

    class Meta:
        model = GuidePage
