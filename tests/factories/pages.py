import wagtail_factories

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
