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
    "senza casa, senza dimora, senza tetto, emergenza abitativa",
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


def load(command):
    existing = {group.term_list()[0].lower() for group in SynonymGroup.objects.all() if group.term_list()}
    created = 0
    for terms in SYNONYM_GROUPS:
        first = terms.split(",")[0].strip().lower()
        if first not in existing:
            SynonymGroup.objects.create(terms="\n".join(t.strip() for t in terms.split(",")))
            created += 1
    if created:
        command.stdout.write(f"search: {created} gruppi di sinonimi")
