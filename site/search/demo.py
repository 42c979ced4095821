"""Demo synonym groups: the everyday words citizens type next to the words the guides use.

Idempotent: a group whose first term already exists is left as staff edited it.
"""

from search.models import SynonymGroup

SYNONYM_GROUPS = [
    "affitto, locazione, canone, pigione",
    "padrone di casa, proprietario, locatore",
    "inquilino, affittuario, conduttore",
    "casa popolare, case popolari, ERP, SAP, alloggio pubblico, servizi abitativi pubblici, Aler",
    "sfratto, rilascio, esecuzione, sgombero",
    "caparra, deposito cauzionale, cauzione",
    "morosità, debito, arretrati, affitto non pagato",
    "bolletta, utenze, luce, gas",
    "contributo, aiuto economico, sostegno, sussidio",
    "canone concordato, canone agevolato, affitto agevolato, contratto 3+2",
    "disdetta, recesso, lasciare la casa",
    "residenza, iscrizione anagrafica, anagrafe",
    "ISEE, DSU, dichiarazione sostitutiva unica",
    "senza casa, senza dimora, senza tetto, senzatetto, dormire in strada, emergenza abitativa",
    "casa, alloggio, abitazione, appartamento",
    "riparazione, guasto, manutenzione",
    "condominio, spese condominiali, amministratore",
    "contratto transitorio, contratto breve, affitto breve",
    "studenti, universitari, fuori sede",
    "graduatoria, punteggio, classifica",
    "straniero, immigrato, cittadino extracomunitario",
    "mutuo, prestito per la casa, finanziamento",
    "ufficiale giudiziario, ufficiale giudiziale",
    "licenziamento, perso il lavoro, disoccupazione, cassa integrazione",
    "raccomandata, PEC, lettera",
]


# Searches of people in crisis: the guide that helps tonight comes first, whatever the ranking says
# (promoted results, edited by staff under Impostazioni > Risultati promossi).
PROMOTIONS = {
    "senza casa": "senza-casa-stanotte",
    "sono senza casa": "senza-casa-stanotte",
    "dormire stanotte": "senza-casa-stanotte",
    "sfratto domani": "fasi-dello-sfratto",
}


def load_promotions(command):
    from wagtail.contrib.search_promotions.models import Query, SearchPromotion
    from wagtail.models import Page

    created = 0
    for text, slug in PROMOTIONS.items():
        page = Page.objects.filter(slug=slug).first()
        if page is None:
            continue
        query = Query.get(text)
        _, new = SearchPromotion.objects.get_or_create(
            query=query, page=page, defaults={"sort_order": 0, "description": ""}
        )
        created += new
    if created:
        command.stdout.write(f"search: {created} risultati promossi")


def load(command):
    load_promotions(command)
    existing = {group.term_list()[0].lower() for group in SynonymGroup.objects.all() if group.term_list()}
    created = 0
    for terms in SYNONYM_GROUPS:
        first = terms.split(",")[0].strip().lower()
        if first not in existing:
            SynonymGroup.objects.create(terms="\n".join(t.strip() for t in terms.split(",")))
            created += 1
    if created:
        command.stdout.write(f"search: {created} gruppi di sinonimi")
