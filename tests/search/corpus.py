"""A fixture corpus of realistic housing guide pages and the judged query set that goes with it.

``build_corpus(parent)`` publishes the pages (plain ``ContentPage`` pages: title, summary, body) and
returns them by slug. ``JUDGED`` maps a query, typed as a citizen would, to the slugs that must be in
the top three results. ``tests/search/relevance.py`` scores any corpus with any search function, so the
same harness can be re-pointed at the real demo guides (give it their slugs).
"""

from tests.factories.pages import ContentPageFactory

PAGES = [
    (
        "affitto-non-pagato",
        "Non riesco a pagare l'affitto: cosa fare",
        "Se sei in ritardo con l'affitto, non aspettare. "
        "Parla subito con il proprietario e con lo sportello.",
        "<p>Quando non paghi l'affitto per più di venti giorni sei in morosità. Il proprietario può chiedere "
        "lo sfratto. Prima che succeda, scrivi al proprietario e proponi un piano per restituire i soldi a "
        "rate.</p><p>Se hai perso il lavoro o il tuo reddito è diminuito, puoi chiedere un aiuto al Comune. "
        "Porta allo sportello il contratto, le ricevute e l'ISEE.</p>",
    ),
    (
        "fasi-sfratto",
        "Le fasi dello sfratto",
        "Lo sfratto ha delle tappe precise. Sapere cosa succede ti aiuta a difenderti e a chiedere aiuto.",
        "<p>Prima arriva l'intimazione di sfratto con la citazione davanti al giudice. All'udienza il "
        "giudice può convalidare lo sfratto o dare un termine di grazia per pagare.</p><p>Poi arriva "
        "l'atto di precetto e l'avviso di rilascio. L'ufficiale giudiziario viene a casa per l'esecuzione: "
        "a volte ci sono più accessi prima di lasciare l'alloggio.</p>",
    ),
    (
        "contributo-affitto",
        "Contributo affitto",
        "Il Comune e la Regione danno un contributo a chi fa fatica a pagare il canone di affitto.",
        "<p>Il contributo aiuta a pagare alcune mensilità. Lo chiedi con il bando del tuo Comune, di solito "
        "in primavera.</p><p>Ti servono un contratto registrato, la residenza nell'alloggio e un ISEE "
        "basso. Il contributo può essere pagato direttamente al proprietario.</p>",
    ),
    (
        "case-popolari-sap",
        "Case popolari (SAP): come fare domanda",
        "Le case popolari hanno un affitto basso. Si chiamano servizi abitativi pubblici (SAP).",
        "<p>Per avere un alloggio pubblico devi fare domanda sulla piattaforma della Regione Lombardia "
        "quando è aperto l'avviso. Ti servono lo SPID, l'ISEE e la residenza in Lombardia da almeno cinque "
        "anni.</p><p>Gli alloggi sono di proprietà dei Comuni e dell'Aler. Lo sportello ti aiuta a compilare "
        "la domanda.</p>",
    ),
    (
        "canone-concordato",
        "Canone concordato",
        "Con il canone concordato paghi un affitto più basso del mercato e il proprietario paga meno tasse.",
        "<p>È un contratto di tre anni più due. L'importo segue gli accordi firmati dal Comune con i "
        "sindacati degli inquilini e dei proprietari.</p><p>Il proprietario ha uno sconto sulle tasse con la "
        "cedolare secca. Tu hai una detrazione nella dichiarazione dei redditi.</p>",
    ),
    (
        "deposito-cauzionale",
        "Deposito cauzionale (caparra)",
        "Il deposito cauzionale è una somma che dai al proprietario quando firmi il contratto.",
        "<p>Non può essere più di tre mensilità. Il proprietario deve restituirlo con gli interessi quando "
        "lasci la casa, se l'alloggio non ha danni.</p><p>Chiedi sempre una ricevuta del versamento.</p>",
    ),
    (
        "bonus-bollette",
        "Bonus sociali sulle bollette",
        "Se hai un ISEE basso hai uno sconto sulle bollette di luce, gas e acqua.",
        "<p>Il bonus arriva in automatico: basta presentare la DSU per l'ISEE ogni anno. Lo sconto si vede "
        "direttamente in bolletta.</p><p>Se hai bisogno di apparecchi medici elettrici puoi chiedere il "
        "bonus per disagio fisico.</p>",
    ),
    (
        "morosita-incolpevole",
        "Fondo morosità incolpevole",
        "Un aiuto per chi non paga l'affitto perché ha perso il lavoro o ha meno reddito.",
        "<p>La morosità è incolpevole quando non paghi per una causa che non dipende da te: licenziamento, "
        "malattia grave, cassa integrazione, morte di un familiare.</p>"
        "<p>Il fondo copre una parte del debito se il proprietario rinuncia allo sfratto "
        "o firma un nuovo contratto.</p>",
    ),
    (
        "registrare-contratto",
        "Registrare il contratto di affitto",
        "Ogni contratto di locazione più lungo di trenta giorni va registrato all'Agenzia delle Entrate.",
        "<p>La registrazione spetta al proprietario entro trenta giorni dalla firma. Le spese dell'imposta "
        "di registro si dividono a metà.</p><p>Un contratto non registrato non vale: senza registrazione non "
        "puoi avere la residenza né il contributo affitto.</p>",
    ),
    (
        "disdetta",
        "Lasciare la casa in affitto: la disdetta",
        "Se vuoi andare via prima della fine del contratto devi dare la disdetta con un preavviso.",
        "<p>Di solito il preavviso è di sei mesi. Manda una raccomandata o una PEC al proprietario.</p>"
        "<p>Puoi andare via prima solo per gravi motivi, per esempio un lavoro in un'altra città.</p>",
    ),
    (
        "cercare-casa-affitto",
        "Cercare una casa in affitto",
        "Come cercare un appartamento, quali documenti preparare e come evitare le truffe.",
        "<p>Guarda gli annunci online e nelle agenzie immobiliari. Prepara la busta paga, un documento e il "
        "permesso di soggiorno se serve.</p><p>Non pagare mai nulla prima di vedere la casa e di firmare il "
        "contratto.</p>",
    ),
    (
        "residenza",
        "Residenza e iscrizione anagrafica",
        "La residenza serve per il medico, la scuola e molti aiuti. "
        "Si chiede all'ufficio anagrafe del Comune.",
        "<p>Quando cambi casa devi fare il cambio di residenza entro venti giorni. Il vigile passa a "
        "controllare che abiti davvero lì.</p><p>Anche chi è senza dimora può avere la residenza in una via "
        "fittizia del Comune.</p>",
    ),
    (
        "emergenza-abitativa",
        "Senza casa: aiuto urgente",
        "Se stanotte non hai un posto dove dormire, chiama subito il pronto intervento sociale.",
        "<p>I servizi sociali del Comune possono trovare un posto in dormitorio o in una struttura di "
        "accoglienza. Per le famiglie con bambini ci sono alloggi temporanei.</p><p>Lo sportello ti aiuta "
        "dopo l'emergenza a cercare una soluzione stabile.</p>",
    ),
    (
        "riparazioni",
        "Guasti e riparazioni: chi paga",
        "Le piccole riparazioni le paga l'inquilino, i lavori grandi il proprietario.",
        "<p>La manutenzione ordinaria è a carico di chi abita la casa: rubinetti, serrature, tinteggiatura. "
        "La manutenzione straordinaria spetta al proprietario: tetto, impianti, caldaia da sostituire.</p>"
        "<p>Se il padrone di casa non interviene, scrivigli una raccomandata.</p>",
    ),
    (
        "spese-condominiali",
        "Spese condominiali: cosa paga l'inquilino",
        "Oltre all'affitto paghi una parte delle spese del condominio.",
        "<p>L'inquilino paga le pulizie delle scale, la luce comune, l'ascensore e il riscaldamento. Il "
        "proprietario paga i lavori straordinari dell'edificio.</p><p>Puoi chiedere di vedere i conti "
        "dell'amministratore.</p>",
    ),
    (
        "aumento-affitto",
        "Aumento dell'affitto e aggiornamento ISTAT",
        "Il proprietario può aumentare l'affitto solo se il contratto lo prevede.",
        "<p>L'aggiornamento annuale segue l'indice dei prezzi ISTAT, al massimo il 75 per cento della "
        "variazione. Con la cedolare secca non ci sono aumenti.</p>",
    ),
    (
        "isee",
        "Come si fa l'ISEE",
        "L'ISEE misura la situazione economica della famiglia. Serve per quasi tutti gli aiuti per la casa.",
        "<p>Per avere l'ISEE compili la dichiarazione sostitutiva unica (DSU). Puoi farla gratis al CAF o "
        "online sul sito dell'INPS.</p><p>Porta i documenti di tutta la famiglia, i conti correnti e il "
        "contratto di affitto.</p>",
    ),
    (
        "contratti-brevi",
        "Contratti brevi: transitorio e per studenti",
        "Se ti serve una casa per poco tempo puoi fare un contratto transitorio o per studenti universitari.",
        "<p>Il contratto transitorio dura da uno a diciotto mesi e serve un motivo scritto. Il contratto "
        "per studenti fuori sede dura da sei mesi a tre anni.</p>",
    ),
    (
        "graduatoria-assegnazione",
        "Dopo la domanda: graduatoria e assegnazione dell'alloggio",
        "Dopo la domanda per la casa popolare ricevi un punteggio e una posizione in graduatoria.",
        "<p>Il punteggio dipende dall'ISEE, dal numero di figli, dalla disabilità e dallo sfratto. Quando "
        "arriva il tuo turno il Comune ti propone un alloggio.</p><p>Se rifiuti senza un motivo valido perdi "
        "il posto.</p>",
    ),
    (
        "discriminazione",
        "Casa e discriminazione: se non ti affittano perché sei straniero",
        "Rifiutare un affitto per l'origine o la nazionalità è discriminazione ed è vietato.",
        "<p>Se un proprietario o un'agenzia ti dice di no perché sei straniero, conserva i messaggi. Puoi "
        "segnalarlo all'UNAR o a un'associazione antirazzista.</p>",
    ),
    (
        "comprare-casa",
        "Comprare la prima casa: mutuo e agevolazioni",
        "Per comprare la prima casa puoi avere meno tasse e una garanzia pubblica sul mutuo.",
        "<p>Con le agevolazioni prima casa l'imposta di registro è più bassa. I giovani sotto i 36 anni "
        "possono chiedere la garanzia del fondo Consap.</p>",
    ),
]

# query -> slugs that must be in the top three. Kinds: typo, accent, plural, everyday, question, plain.
JUDGED = [
    ("sfrato", ["fasi-sfratto"], "typo"),
    ("sfratti", ["fasi-sfratto"], "plural"),
    ("morosita", ["morosita-incolpevole"], "accent"),
    ("morosita incolpevole", ["morosita-incolpevole"], "accent"),
    ("contrato di affitto", ["registrare-contratto"], "typo"),
    ("registrazione contratti", ["registrare-contratto"], "plural"),
    ("cauzzione", ["deposito-cauzionale"], "typo"),
    ("caparra", ["deposito-cauzionale"], "plain"),
    ("bolete luce", ["bonus-bollette"], "typo"),
    ("sconto bolletta del gas", ["bonus-bollette"], "everyday"),
    ("disdeta", ["disdetta"], "typo"),
    ("residensa", ["residenza"], "typo"),
    ("casa popolare", ["case-popolari-sap"], "plural"),
    ("case popolari", ["case-popolari-sap"], "plain"),
    ("alloggio pubblico", ["case-popolari-sap"], "everyday"),
    ("ERP", ["case-popolari-sap"], "everyday"),
    ("aler", ["case-popolari-sap"], "plain"),
    ("padrone di casa non ripara la caldaia", ["riparazioni"], "everyday"),
    ("caldaia rotta", ["riparazioni"], "everyday"),
    ("soldi per pagare l'affitto", ["contributo-affitto"], "everyday"),
    ("contributi affitto", ["contributo-affitto"], "plural"),
    ("canone agevolato", ["canone-concordato"], "everyday"),
    ("cedolare secca", ["canone-concordato"], "plain"),
    ("non ho dove dormire stanotte", ["emergenza-abitativa"], "question"),
    ("cosa succede se non pago l'affitto", ["affitto-non-pagato"], "question"),
    ("ho perso il lavoro e non pago l'affitto", ["morosita-incolpevole"], "question"),
    ("come faccio domanda per la casa popolare", ["case-popolari-sap"], "question"),
    ("quanto deve essere la caparra?", ["deposito-cauzionale"], "question"),
    ("ufficiale giudiziario", ["fasi-sfratto"], "plain"),
    ("esecuzione sfratto", ["fasi-sfratto"], "plain"),
    ("spese condominio ascensore", ["spese-condominiali"], "plural"),
    ("aumento affitto istat", ["aumento-affitto"], "plain"),
    ("dichiarazione isee caf", ["isee"], "plain"),
    ("contratto studenti universitari", ["contratti-brevi"], "plural"),
    ("punteggio graduatoria", ["graduatoria-assegnazione"], "plain"),
    ("non mi affittano perche sono straniero", ["discriminazione"], "accent"),
    ("mutuo prima casa", ["comprare-casa"], "plain"),
    ("cambio di residenza", ["residenza"], "plain"),
    ("lasciare l'appartamento prima della scadenza", ["disdetta"], "question"),
    ("truffa annuncio casa", ["cercare-casa-affitto"], "plain"),
]


def build_corpus(parent):
    pages = {}
    for slug, title, summary, body in PAGES:
        pages[slug] = ContentPageFactory(parent=parent, slug=slug, title=title, summary=summary, body=body)
    return pages
