"""Italian easy-read content of the guides section (demo and first real content).

Plain data, no Django imports: ``guides.demo`` turns it into pages, blocks and glossary snippets.
The shape is fixed by the guides data contract (INDEX, TOPICS, GLOSSARY, GUIDES).

Writing rules: "tu", sentences of 20 words at most, digits for numbers, everyday words; every
bureaucratic word used here has an entry in GLOSSARY. Amounts, ISEE thresholds and dates that
change with each year, call or municipality are never written as figures: the text says that
they change and sends the reader to the sportello or the Comune.
"""

INDEX = {
    "title": "Guide",
    "intro": "Qui trovi guide semplici sulla casa. Scegli un argomento e leggi cosa fare, passo dopo passo.",
}

TOPICS = [
    {
        "topic": "bonus-e-contributi",
        "title": "Bonus e contributi",
        "intro": "Ci sono aiuti per pagare l'affitto e le bollette. Qui scopri quali sono e come chiederli.",
    },
    {
        "topic": "contratti-e-affitto",
        "title": "Contratti e affitto",
        "intro": "Il contratto d'affitto ha delle regole. "
        "Qui scopri come sceglierlo, registrarlo e chiuderlo.",
    },
    {
        "topic": "cercare-casa",
        "title": "Cercare casa",
        "intro": (
            "Cerchi una casa che puoi pagare? "
            "Qui trovi le case popolari, l'housing sociale, i mutui per i giovani e l'aiuto in emergenza."
        ),
    },
    {
        "topic": "sfratto-e-morosita",
        "title": "Sfratto e morosità",
        "intro": (
            "Non riesci a pagare l'affitto o hai ricevuto uno sfratto? "
            "Qui scopri cosa fare subito e chi ti può aiutare."
        ),
    },
]

# Each spelling (term or variant) belongs to one entry only: the site marks the first occurrence
# of any of them in a guide and links it to the definition.
GLOSSARY = [
    {
        "term": "ISEE",
        "variants": ["Isee", "indicatore ISEE", "attestazione ISEE"],
        "definition": (
            "Un numero che misura la situazione economica della tua famiglia. "
            "Serve per chiedere bonus e aiuti: lo fai gratis al CAF o sul sito dell'INPS."
        ),
    },
    {
        "term": "DSU",
        "variants": ["dichiarazione sostitutiva unica"],
        "definition": (
            "Il modulo con i dati della tua famiglia che serve per avere l'ISEE. "
            "Lo compili al CAF o sul sito dell'INPS."
        ),
    },
    {
        "term": "CAF",
        "variants": ["Caf", "centro di assistenza fiscale", "centri di assistenza fiscale"],
        "definition": (
            "Un ufficio che aiuta con l'ISEE, il 730 e altre pratiche. "
            "Per l'ISEE non si paga; per altre pratiche chiedi prima il costo."
        ),
    },
    {
        "term": "SPID",
        "variants": ["Spid", "identità digitale"],
        "definition": (
            "Il nome utente e la password per entrare nei siti pubblici. "
            "Al posto dello SPID puoi usare la CIE."
        ),
    },
    {
        "term": "CIE",
        "variants": ["carta d'identità elettronica", "carta di identità elettronica"],
        "definition": (
            "La carta d'identità elettronica. "
            "Con il suo codice PIN entri nei siti pubblici, come con lo SPID."
        ),
    },
    {
        "term": "PEC",
        "variants": ["posta elettronica certificata"],
        "definition": (
            "Una e-mail speciale che vale come una raccomandata. Prova che il messaggio è arrivato."
        ),
    },
    {
        "term": "raccomandata",
        "variants": ["raccomandata A/R", "raccomandata con ricevuta di ritorno", "raccomandate"],
        "definition": (
            "Una lettera spedita in posta che prova la data di invio. "
            "Con la ricevuta di ritorno sai anche quando è arrivata."
        ),
    },
    {
        "term": "canone concordato",
        "variants": [
            "canoni concordati",
            "contratto a canone concordato",
            "contratti a canone concordato",
            "affitto concordato",
        ],
        "definition": (
            "Un affitto con un prezzo più basso del mercato. "
            "Il prezzo segue le regole dell'accordo territoriale del Comune."
        ),
    },
    {
        "term": "accordo territoriale",
        "variants": ["accordi territoriali"],
        "definition": (
            "Un accordo tra associazioni di proprietari e di inquilini di una zona. "
            "Dice il prezzo minimo e massimo degli affitti a canone concordato."
        ),
    },
    {
        "term": "contratto 4+4",
        "variants": ["contratto libero", "contratti liberi", "canone libero"],
        "definition": (
            "Il contratto d'affitto più comune. "
            "Dura 4 anni e si rinnova per altri 4, con un prezzo deciso liberamente."
        ),
    },
    {
        "term": "contratto transitorio",
        "variants": ["contratti transitori", "contratto ad uso transitorio"],
        "definition": (
            "Un contratto d'affitto breve, da 1 a 18 mesi. "
            "Si usa solo per un bisogno di breve durata, scritto nel contratto."
        ),
    },
    {
        "term": "cedolare secca",
        "variants": ["cedolare"],
        "definition": (
            "Un modo di pagare le tasse sull'affitto che sceglie il proprietario. "
            "Con la cedolare secca non può chiederti l'aumento ISTAT."
        ),
    },
    {
        "term": "aggiornamento ISTAT",
        "variants": ["aumento ISTAT", "adeguamento ISTAT"],
        "definition": (
            "L'aumento dell'affitto ogni anno, legato all'aumento dei prezzi. "
            "Si può chiedere solo se il contratto lo dice."
        ),
    },
    {
        "term": "registrazione del contratto",
        "variants": [
            "contratto registrato",
            "contratti registrati",
            "registrare il contratto",
            "registrazione",
        ],
        "definition": (
            "La comunicazione del contratto d'affitto all'Agenzia delle Entrate. "
            "Va fatta entro 30 giorni dalla firma."
        ),
    },
    {
        "term": "Agenzia delle Entrate",
        "variants": ["Agenzia Entrate"],
        "definition": "L'ufficio dello Stato che si occupa delle tasse. "
        "Registra anche i contratti d'affitto.",
    },
    {
        "term": "deposito cauzionale",
        "variants": ["depositi cauzionali", "cauzione", "caparra"],
        "definition": (
            "Soldi che dai al proprietario quando firmi il contratto, come garanzia. "
            "Alla fine ti tornano, con gli interessi, se non ci sono danni o debiti."
        ),
    },
    {
        "term": "spese condominiali",
        "variants": ["spese di condominio", "oneri accessori"],
        "definition": (
            "Le spese per le parti comuni del palazzo, come pulizie, luce delle scale e riscaldamento. "
            "Il contratto dice quali paghi tu."
        ),
    },
    {
        "term": "disdetta",
        "variants": ["disdette"],
        "definition": (
            "La lettera con cui dici che non vuoi rinnovare il contratto alla sua scadenza. "
            "Va mandata in tempo, di solito 6 mesi prima."
        ),
    },
    {
        "term": "recesso",
        "variants": ["recedere", "diritto di recesso"],
        "definition": (
            "Quando l'inquilino lascia la casa prima della fine del contratto. "
            "Deve avvisare il proprietario per iscritto, con un preavviso."
        ),
    },
    {
        "term": "locatore",
        "variants": ["locatrice", "locatori", "padrone di casa", "padroni di casa"],
        "definition": "Il proprietario che dà la casa in affitto. Si dice anche padrone di casa.",
    },
    {
        "term": "conduttore",
        "variants": ["conduttrice", "conduttori"],
        "definition": "La persona che prende la casa in affitto e paga il canone. Si dice anche inquilino.",
    },
    {
        "term": "morosità",
        "variants": ["moroso", "morosa", "morosi"],
        "definition": (
            "Quando non paghi l'affitto o le spese di casa alla scadenza. Chi non paga si dice moroso."
        ),
    },
    {
        "term": "morosità incolpevole",
        "variants": ["moroso incolpevole", "morosi incolpevoli"],
        "definition": (
            "Quando non riesci a pagare l'affitto non per colpa tua. "
            "Per esempio perché hai perso il lavoro o ti sei ammalato."
        ),
    },
    {
        "term": "Fondo morosità incolpevole",
        "variants": ["Fondo per la morosità incolpevole", "Fondo inquilini morosi incolpevoli"],
        "definition": (
            "Un fondo pubblico per chi ha uno sfratto per morosità incolpevole. "
            "Può pagare una parte del debito o aiutare a trovare un'altra casa."
        ),
    },
    {
        "term": "arretrati",
        "variants": ["affitti arretrati", "arretrato"],
        "definition": "Gli affitti o le spese che dovevi pagare e non hai ancora pagato.",
    },
    {
        "term": "piano di rientro",
        "variants": ["piani di rientro"],
        "definition": (
            "Un accordo per pagare un debito a rate. Per esempio gli affitti arretrati, un po' ogni mese."
        ),
    },
    {
        "term": "sfratto",
        "variants": ["sfratti", "sfrattato", "sfrattata", "sfrattati"],
        "definition": (
            "La procedura con cui il proprietario chiede al giudice di riavere la casa. "
            "Alla fine, se non c'è un accordo, devi lasciare la casa."
        ),
    },
    {
        "term": "intimazione di sfratto",
        "variants": ["intimazione", "atto di intimazione"],
        "definition": (
            "L'atto ufficiale che fa partire lo sfratto. Dice il giorno dell'udienza davanti al giudice."
        ),
    },
    {
        "term": "udienza",
        "variants": ["udienze"],
        "definition": (
            "L'incontro in tribunale davanti al giudice. "
            "Lì puoi spiegare la tua situazione, meglio con un avvocato."
        ),
    },
    {
        "term": "convalida di sfratto",
        "variants": ["convalida dello sfratto", "convalida"],
        "definition": (
            "La decisione del giudice che conferma lo sfratto. "
            "Dice anche la data in cui devi lasciare la casa."
        ),
    },
    {
        "term": "termine di grazia",
        "variants": [],
        "definition": (
            "Un tempo che il giudice ti può dare per pagare gli affitti arretrati. "
            "Se paghi tutto in tempo, lo sfratto si ferma."
        ),
    },
    {
        "term": "atto di precetto",
        "variants": ["precetto"],
        "definition": (
            "Un atto ufficiale che arriva dopo la convalida. "
            "Ti ordina di lasciare la casa entro pochi giorni."
        ),
    },
    {
        "term": "preavviso di rilascio",
        "variants": ["avviso di sloggio", "preavviso di sloggio"],
        "definition": (
            "L'avviso con il giorno in cui l'ufficiale giudiziario verrà a casa tua. "
            "Arriva almeno 10 giorni prima."
        ),
    },
    {
        "term": "ufficiale giudiziario",
        "variants": ["ufficiali giudiziari", "ufficiale giudiziaria"],
        "definition": (
            "Un funzionario del tribunale. Consegna gli atti e viene a casa per eseguire lo sfratto."
        ),
    },
    {
        "term": "forza pubblica",
        "variants": [],
        "definition": (
            "La polizia o i carabinieri. "
            "Possono accompagnare l'ufficiale giudiziario all'ultimo accesso dello sfratto."
        ),
    },
    {
        "term": "patrocinio a spese dello Stato",
        "variants": ["gratuito patrocinio", "patrocinio gratuito"],
        "definition": (
            "Un avvocato pagato dallo Stato, per chi ha un reddito basso. "
            "Si chiede all'Ordine degli avvocati, con l'aiuto dell'avvocato."
        ),
    },
    {
        "term": "servizi sociali",
        "variants": ["servizio sociale", "assistente sociale", "assistenti sociali"],
        "definition": (
            "L'ufficio del Comune che aiuta persone e famiglie in difficoltà. "
            "L'assistente sociale ti ascolta e cerca soluzioni con te."
        ),
    },
    {
        "term": "SAP",
        "variants": [
            "servizi abitativi pubblici",
            "servizio abitativo pubblico",
            "casa popolare",
            "case popolari",
            "alloggio popolare",
        ],
        "definition": (
            "Le case popolari in Lombardia. Sono di Comuni e ALER e l'affitto dipende dal reddito."
        ),
    },
    {
        "term": "ERP",
        "variants": ["edilizia residenziale pubblica"],
        "definition": "Il vecchio nome delle case popolari. In Lombardia oggi si chiamano SAP.",
    },
    {
        "term": "ALER",
        "variants": ["Aler"],
        "definition": (
            "Le aziende della Regione Lombardia che gestiscono molte case popolari. Ognuna segue una zona."
        ),
    },
    {
        "term": "SAT",
        "variants": ["servizi abitativi transitori", "alloggio transitorio", "alloggi transitori"],
        "definition": (
            "Case date per un tempo limitato a chi ha perso la casa, per esempio per uno sfratto. "
            "Le assegna il Comune."
        ),
    },
    {
        "term": "housing sociale",
        "variants": ["social housing", "edilizia sociale"],
        "definition": (
            "Case in affitto a un prezzo più basso del mercato. "
            "Sono per chi guadagna troppo per una casa popolare, ma non abbastanza per il mercato."
        ),
    },
    {
        "term": "SAS",
        "variants": ["servizi abitativi sociali"],
        "definition": (
            "Il nome dell'housing sociale in Lombardia. Sono case a canone più basso del mercato."
        ),
    },
    {
        "term": "canone calmierato",
        "variants": ["canoni calmierati", "affitto calmierato", "canone moderato"],
        "definition": "Un affitto tenuto basso da regole pubbliche. "
        "Lo trovi soprattutto nell'housing sociale.",
    },
    {
        "term": "graduatoria",
        "variants": ["graduatorie"],
        "definition": (
            "La lista, in ordine di punti, di chi ha fatto domanda. Chi è più in alto riceve prima l'aiuto."
        ),
    },
    {
        "term": "contributo affitto",
        "variants": [
            "contributo per l'affitto",
            "contributi per l'affitto",
            "sostegno alla locazione",
            "bonus affitto",
        ],
        "definition": (
            "Un aiuto in soldi per pagare l'affitto. "
            "Di solito lo dà la Regione tramite il Comune o l'Ambito, con un bando."
        ),
    },
    {
        "term": "bonus sociale",
        "variants": ["bonus sociali", "bonus bollette", "bonus luce", "bonus gas", "bonus acqua"],
        "definition": (
            "Uno sconto sulle bollette di luce, gas e acqua per chi ha un ISEE basso. "
            "Arriva da solo, se hai un ISEE valido."
        ),
    },
    {
        "term": "detrazione",
        "variants": ["detrazioni", "detrazione fiscale", "detrazioni fiscali"],
        "definition": (
            "Una somma che si toglie dalle tasse che devi pagare. Si chiede con la dichiarazione dei redditi."
        ),
    },
    {
        "term": "dichiarazione dei redditi",
        "variants": ["modello 730", "730"],
        "definition": (
            "Il modulo che ogni anno dice allo Stato quanto hai guadagnato. Il CAF ti aiuta a compilarlo."
        ),
    },
    {
        "term": "Fondo di garanzia per la prima casa",
        "variants": ["Fondo prima casa", "Fondo garanzia prima casa", "garanzia Consap"],
        "definition": (
            "Un fondo dello Stato che garantisce una parte del mutuo alla banca. "
            "Così è più facile avere il mutuo con pochi risparmi."
        ),
    },
    {
        "term": "Consap",
        "variants": [],
        "definition": (
            "Una società pubblica. Gestisce il Fondo di garanzia per la prima casa e altri fondi per i mutui."
        ),
    },
    {
        "term": "mutuo",
        "variants": ["mutui"],
        "definition": "Un prestito della banca per comprare casa. Lo restituisci a rate, con gli interessi.",
    },
    {
        "term": "TAEG",
        "variants": [],
        "definition": (
            "Il costo totale di un prestito in un anno, con interessi e spese. "
            "Serve per confrontare le offerte."
        ),
    },
    {
        "term": "Assegno di inclusione",
        "variants": ["ADI"],
        "definition": (
            "Un aiuto economico dello Stato per famiglie con reddito basso e con figli, anziani o persone "
            "fragili. "
            "Si chiede all'INPS."
        ),
    },
]


# --- Bonus e contributi -----------------------------------------------------------------------

_BONUS = [
    {
        "topic": "bonus-e-contributi",
        "slug": "contributo-affitto",
        "title": "Contributo affitto: un aiuto per pagare l'affitto",
        "summary": (
            "È un aiuto in soldi per chi paga l'affitto a un privato. "
            "Lo dà la Regione Lombardia, tramite l'Ambito. "
            "Fai domanda quando esce il bando."
        ),
        "audience": (
            "Per chi vive in affitto in una casa privata, in uno dei 12 Comuni dell'Ambito, "
            "e fa fatica a pagare."
        ),
        "search_description": (
            "Contributo affitto di Regione Lombardia nei Comuni dell'Ambito di Sesto Calende: "
            "chi può chiederlo, cosa serve, come fare domanda."
        ),
        "reviewed": "2026-11-16",
        "review_by": "2027-05-16",
        "related": ["fondo-morosita-incolpevole", "bonus-sociali-bollette", "non-riesco-a-pagare-l-affitto"],
        "body": [
            ("heading", "Che cos'è"),
            (
                "paragraph",
                "<p>Il contributo affitto è una somma di soldi per aiutarti a pagare l'affitto. "
                "Si chiama anche <b>sostegno alla locazione</b>.</p>"
                "<p>I soldi vengono dalla Regione Lombardia. "
                "L'Ambito di Sesto Calende apre un bando quando ci sono i fondi.</p>"
                "<p>Spesso il contributo non arriva a te, ma al padrone di casa. "
                "Così paga i mesi di affitto che devi, o i mesi che verranno.</p>",
            ),
            (
                "callout",
                {
                    "kind": "attenzione",
                    "title": "Il bando non è sempre aperto",
                    "text": "<p>Di solito esce un bando all'anno, ma non è sicuro. "
                    "Le date, il limite ISEE e la somma cambiano ogni volta. "
                    "Controlla il sito del tuo Comune o chiedi allo sportello.</p>",
                },
            ),
            ("heading", "Chi può chiederlo"),
            (
                "paragraph",
                "<p>Di solito le regole sono queste. Controlla sempre il bando dell'anno.</p>"
                "<ul><li>Vivi in affitto in uno dei Comuni dell'Ambito e hai la residenza lì.</li>"
                "<li>Hai un contratto registrato.</li>"
                "<li>La casa non è una casa popolare.</li>"
                "<li>Il tuo ISEE è sotto il limite del bando.</li>"
                "<li>Nessuno in famiglia ha un'altra casa adatta in cui vivere.</li></ul>",
            ),
            (
                "steps",
                {
                    "title": "Come fare domanda",
                    "steps": [
                        {
                            "title": "Fai l'ISEE",
                            "text": "<p>Vai a un CAF o sul sito dell'INPS. "
                            "L'ISEE non costa niente. Deve essere valido per l'anno in corso.</p>",
                        },
                        {
                            "title": "Leggi il bando",
                            "text": "<p>Il bando è sul sito del tuo Comune e dell'Ambito. "
                            "Se non lo capisci, lo sportello te lo spiega.</p>",
                        },
                        {
                            "title": "Prepara i documenti",
                            "text": "<p>Guarda la lista qui sotto. Fai una copia di tutto.</p>",
                        },
                        {
                            "title": "Fai la domanda entro la scadenza",
                            "text": "<p>Spesso la domanda si fa online, con SPID o CIE. "
                            "Se non sai come fare, lo sportello ti aiuta.</p>",
                        },
                        {
                            "title": "Aspetta la risposta",
                            "text": "<p>Il Comune controlla le domande e fa una graduatoria. "
                            "Poi ti dice se hai il contributo e quanto vale.</p>",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Cosa portare",
                    "items": [
                        "Documento d'identità",
                        "Codice fiscale o tessera sanitaria",
                        "Permesso di soggiorno, se non sei cittadino europeo",
                        "ISEE valido",
                        "Contratto d'affitto registrato",
                        "Ricevute degli affitti pagati",
                        "IBAN del padrone di casa, se il bando lo chiede",
                        "SPID o CIE, se la domanda è online",
                    ],
                },
            ),
            (
                "deadline",
                {
                    "when": "Solo quando il bando è aperto",
                    "date": None,
                    "what": "<p>Le domande fuori tempo non valgono. "
                    "La data di chiusura è scritta nel bando. "
                    "Chiedi allo sportello quando esce il prossimo.</p>",
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Posso chiederlo se sono in ritardo con l'affitto?",
                            "answer": "<p>Dipende dal bando. "
                            "A volte il contributo serve proprio a pagare i mesi arretrati. "
                            "Chiedi allo sportello.</p>",
                        },
                        {
                            "question": "Il padrone di casa deve essere d'accordo?",
                            "answer": "<p>Spesso sì, perché i soldi vanno a lui. "
                            "A volte deve anche firmare un impegno, per esempio a non sfrattarti per un "
                            "certo tempo. "
                            "Il bando dice cosa deve fare.</p>",
                        },
                        {
                            "question": "Ricevo l'Assegno di inclusione. Posso chiederlo lo stesso?",
                            "answer": "<p>Dipende dal bando. "
                            "Una parte dell'Assegno di inclusione può già servire per l'affitto. "
                            "Lo sportello controlla con te se puoi avere tutti e due gli aiuti.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Chi può aiutarti"),
            (
                "paragraph",
                "<p>Lo sportello ti aiuta a leggere il bando, a fare l'ISEE e a compilare la domanda. "
                "<b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
    {
        "topic": "bonus-e-contributi",
        "slug": "bonus-sociali-bollette",
        "title": "Bonus bollette: lo sconto su luce, gas e acqua",
        "summary": (
            "Se hai un ISEE basso, paghi meno luce, gas e acqua. "
            "Lo sconto arriva da solo in bolletta. "
            "Devi solo fare l'ISEE ogni anno."
        ),
        "audience": "Per le famiglie con un ISEE basso e per chi usa a casa macchine mediche che vanno a "
        "corrente.",
        "search_description": (
            "Bonus sociali su bollette di luce, gas e acqua: arrivano in automatico con l'ISEE. "
            "Cosa fare, cosa controllare, come evitare le truffe."
        ),
        "reviewed": "2026-11-16",
        "review_by": "2027-05-16",
        "related": ["contributo-affitto", "detrazioni-affitto-inquilini", "non-riesco-a-pagare-l-affitto"],
        "body": [
            ("heading", "Che cos'è"),
            (
                "paragraph",
                "<p>I bonus sociali sono sconti sulle bollette di luce, gas e acqua. "
                "Sono per le famiglie con un ISEE basso.</p>"
                "<p>Non devi fare domanda. "
                "Quando fai l'ISEE, i dati passano all'ente che gestisce i bonus. "
                "Lo sconto arriva in bolletta da solo.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Il limite ISEE cambia",
                    "text": "<p>Il limite ISEE per avere i bonus lo decide lo Stato e può cambiare ogni "
                    "anno. "
                    "Per le famiglie con almeno 4 figli a carico il limite è più alto. "
                    "Chiedi al CAF o allo sportello il limite di quest'anno.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Cosa fare",
                    "steps": [
                        {
                            "title": "Fai l'ISEE all'inizio di ogni anno",
                            "text": "<p>L'ISEE scade il 31 dicembre. "
                            "Rifallo a gennaio, al CAF o sul sito dell'INPS.</p>",
                        },
                        {
                            "title": "Controlla a chi sono intestate le bollette",
                            "text": "<p>Il contratto della luce o del gas deve essere a nome di una persona "
                            "della tua famiglia ISEE. Se è a nome di un altro, il bonus non arriva.</p>",
                        },
                        {
                            "title": "Guarda la bolletta",
                            "text": "<p>Dopo qualche mese lo sconto compare in bolletta. "
                            "Di solito si chiama bonus sociale.</p>",
                        },
                        {
                            "title": "Se lo sconto non arriva",
                            "text": "<p>Chiama il tuo fornitore di luce o gas. "
                            "Se non capisci la risposta, porta le bollette allo sportello.</p>",
                        },
                    ],
                },
            ),
            (
                "table",
                {
                    "caption": "I bonus sulle bollette",
                    "header": ["Bonus", "Come arriva", "Cosa devi fare"],
                    "rows": [
                        ["Luce", "Sconto in bolletta", "Avere un ISEE valido"],
                        ["Gas", "Sconto in bolletta", "Avere un ISEE valido"],
                        [
                            "Acqua",
                            "Sconto in bolletta, o in un altro modo se l'acqua è del condominio",
                            "Avere un ISEE valido",
                        ],
                        [
                            "Luce per chi usa macchine mediche",
                            "Sconto in bolletta",
                            "Fare domanda al Comune o al CAF, con il certificato dell'ASL",
                        ],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "attenzione",
                    "title": "Attento alle truffe",
                    "text": "<p>Nessuno viene a casa o ti telefona per darti il bonus. "
                    "Non dare mai i tuoi dati o i codici della bolletta a chi ti chiama.</p>",
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Devo pagare qualcuno per avere il bonus?",
                            "answer": "<p>No. L'ISEE al CAF non costa niente e il bonus arriva da solo.</p>",
                        },
                        {
                            "question": "Se cambio fornitore, perdo il bonus?",
                            "answer": "<p>No. Il bonus resta anche se cambi fornitore. "
                            "Basta che il contratto resti a nome di una persona della tua famiglia ISEE.</p>",
                        },
                        {
                            "question": "Il riscaldamento è del condominio. Ho il bonus gas?",
                            "answer": "<p>Sì, ma arriva in un altro modo, non in bolletta. "
                            "Lo sportello ti aiuta a capire come.</p>",
                        },
                        {
                            "question": "C'è uno sconto anche sulla tassa dei rifiuti?",
                            "answer": "<p>Molti Comuni fanno uno sconto sulla TARI a chi ha un ISEE basso. "
                            "Le regole cambiano da Comune a Comune. Chiedi al tuo Comune.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Chi può aiutarti"),
            (
                "paragraph",
                "<p>Al CAF puoi fare l'ISEE. "
                "Lo sportello ti aiuta a controllare le bollette e a capire se ti manca uno sconto. "
                "<b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
    {
        "topic": "bonus-e-contributi",
        "slug": "detrazioni-affitto-inquilini",
        "title": "Detrazioni per chi paga l'affitto: meno tasse con il 730",
        "summary": (
            "Se paghi l'affitto della casa dove vivi, puoi pagare meno tasse. "
            "Lo chiedi con la dichiarazione dei redditi. "
            "Il CAF ti aiuta."
        ),
        "audience": (
            "Per chi vive in affitto con un contratto registrato e fa la dichiarazione dei redditi. "
            "Conviene soprattutto a chi ha un reddito basso."
        ),
        "search_description": (
            "Detrazioni IRPEF per inquilini: chi può averle (anche giovani e studenti) "
            "e come chiederle con il 730."
        ),
        # Amounts and limits change with the budget law: due for review.
        "reviewed": "2025-09-15",
        "review_by": "2026-03-15",
        "related": ["registrazione-contratto-cedolare-secca", "contributo-affitto", "bonus-sociali-bollette"],
        "body": [
            ("heading", "Che cos'è"),
            (
                "paragraph",
                "<p>Una detrazione è una somma che si toglie dalle tasse. "
                "Chi paga l'affitto della casa dove vive può avere una detrazione.</p>"
                "<p>La chiedi ogni anno nella dichiarazione dei redditi, per esempio con il 730. "
                "Lo sconto arriva nello stipendio, nella pensione o come rimborso.</p>",
            ),
            (
                "table",
                {
                    "caption": "Chi può avere una detrazione per l'affitto",
                    "header": ["Per chi", "Cosa serve"],
                    "rows": [
                        ["Chi vive in affitto", "Reddito basso: più è basso, più la detrazione è alta"],
                        ["Chi ha un contratto a canone concordato", "La detrazione è un po' più alta"],
                        [
                            "Giovani tra 20 e 31 anni",
                            "Una casa diversa da quella dei genitori. Vale nei primi 4 anni del contratto",
                        ],
                        [
                            "Chi cambia casa per lavoro",
                            "Lavoro dipendente e un nuovo Comune lontano. Vale nei primi 3 anni",
                        ],
                        ["Studenti fuori sede", "Università lontana da casa, in un'altra provincia"],
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Le somme cambiano",
                    "text": "<p>Le somme e i limiti di reddito li decide la legge. Possono cambiare. "
                    "Il CAF ti dice quanto ti spetta quest'anno.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Come chiederla",
                    "steps": [
                        {
                            "title": "Conserva i documenti",
                            "text": "<p>Tieni il contratto registrato e le ricevute degli affitti "
                            "pagati.</p>",
                        },
                        {
                            "title": "Fai la dichiarazione dei redditi",
                            "text": "<p>Vai al CAF, oppure usa il 730 già pronto sul sito "
                            "dell'Agenzia delle Entrate, con SPID o CIE.</p>",
                        },
                        {
                            "title": "Indica il contratto",
                            "text": "<p>Servono la data e i dati della registrazione. "
                            "Li trovi sulla ricevuta della registrazione.</p>",
                        },
                        {
                            "title": "Controlla lo sconto",
                            "text": "<p>Guarda la busta paga o la pensione dei mesi dopo. "
                            "Se non vedi niente, chiedi al CAF.</p>",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Cosa portare al CAF",
                    "items": [
                        "Documento d'identità e codice fiscale",
                        "Contratto d'affitto registrato",
                        "Ricevuta della registrazione",
                        "Ricevute o bonifici degli affitti pagati",
                        "Buste paga o certificazione dei redditi (CU)",
                    ],
                },
            ),
            (
                "deadline",
                {
                    "when": "Ogni anno, con la dichiarazione dei redditi",
                    "date": None,
                    "what": "<p>La scadenza del 730 la decide lo Stato. "
                    "Chiedi al CAF la data di quest'anno e prendi appuntamento per tempo.</p>",
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Il mio contratto non è registrato. Posso avere la detrazione?",
                            "answer": "<p>No, serve un contratto registrato. "
                            "Leggi la guida sulla registrazione e parlane con lo sportello.</p>",
                        },
                        {
                            "question": "Se non pago tasse, mi serve?",
                            "answer": "<p>La detrazione toglie soldi dalle tasse. "
                            "Se non paghi tasse, può non servirti. "
                            "In alcuni casi c'è un rimborso: chiedi al CAF.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Chi può aiutarti"),
            (
                "paragraph",
                "<p>Il CAF fa con te la dichiarazione dei redditi. "
                "Lo sportello ti aiuta a trovare i documenti del contratto. "
                "<b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
    {
        "topic": "bonus-e-contributi",
        "slug": "fondo-morosita-incolpevole",
        "title": "Fondo morosità incolpevole: aiuto se hai uno sfratto e non è colpa tua",
        "summary": (
            "Hai perso il lavoro e non paghi più l'affitto? "
            "Se hai già avuto lo sfratto, il Fondo può pagare parte del debito. "
            "Chiedi subito allo sportello."
        ),
        "audience": (
            "Per chi è in affitto, ha ricevuto uno sfratto perché non paga "
            "e ha perso reddito per un motivo che non ha scelto."
        ),
        "search_description": (
            "Fondo morosità incolpevole: aiuto per chi ha uno sfratto perché ha perso reddito. "
            "A chi spetta, cosa paga, come chiederlo."
        ),
        "reviewed": "2026-11-17",
        "review_by": "2027-05-17",
        "related": ["fasi-dello-sfratto", "non-riesco-a-pagare-l-affitto", "mediazione-con-il-proprietario"],
        "body": [
            ("heading", "Che cos'è"),
            (
                "paragraph",
                "<p>Morosità vuol dire che non hai pagato l'affitto. "
                "È <b>incolpevole</b> quando non paghi perché il tuo reddito è sceso, "
                "per un motivo che non hai scelto.</p>"
                "<p>Il Fondo morosità incolpevole è un fondo pubblico. "
                "Aiuta chi ha già ricevuto uno sfratto per questo motivo.</p>",
            ),
            (
                "paragraph",
                "<p>Alcuni esempi di motivi validi:</p>"
                "<ul><li>hai perso il lavoro;</li>"
                "<li>sei in cassa integrazione o lavori meno ore;</li>"
                "<li>il tuo contratto di lavoro non è stato rinnovato;</li>"
                "<li>hai chiuso la tua attività;</li>"
                "<li>una persona della famiglia è malata grave, ha avuto un infortunio o è morta.</li></ul>",
            ),
            (
                "paragraph",
                "<p>Il Fondo può servire a:</p>"
                "<ul><li>pagare una parte del debito, se il padrone di casa ferma lo sfratto;</li>"
                "<li>dare più tempo prima di lasciare la casa;</li>"
                "<li>pagare la caparra e i primi mesi di una nuova casa.</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "attenzione",
                    "title": "Non sempre ci sono i fondi",
                    "text": "<p>Il Fondo dipende dai soldi che lo Stato e la Regione danno ogni anno. "
                    "In alcuni anni i soldi mancano, o vanno solo a certi Comuni. "
                    "Anche il limite ISEE cambia. Chiedi allo sportello se ora si può fare domanda.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Cosa fare",
                    "steps": [
                        {
                            "title": "Non ignorare lo sfratto",
                            "text": "<p>Leggi l'atto e guarda la data dell'udienza. "
                            "Poi chiama subito lo sportello.</p>",
                        },
                        {
                            "title": "Raccogli le prove",
                            "text": "<p>Servono i documenti che mostrano perché il reddito è sceso. "
                            "Guarda la lista qui sotto.</p>",
                        },
                        {
                            "title": "Fai la domanda al Comune",
                            "text": "<p>Lo sportello ti dice dove e come farla. "
                            "Ti aiuta anche a compilarla.</p>",
                        },
                        {
                            "title": "Il Comune parla con il padrone di casa",
                            "text": "<p>Spesso il padrone di casa deve essere d'accordo. "
                            "Per esempio deve fermare o rinviare lo sfratto.</p>",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Cosa portare",
                    "items": [
                        "Documento d'identità",
                        "ISEE valido",
                        "Contratto d'affitto registrato",
                        "Atto di intimazione di sfratto",
                        "Lettera di licenziamento, di cassa integrazione o certificato medico",
                        "Buste paga di prima e di dopo il calo del reddito",
                        "Ricevute degli affitti pagati",
                    ],
                },
            ),
            (
                "deadline",
                {
                    "when": "Appena ricevi l'intimazione di sfratto",
                    "date": None,
                    "what": "<p>Muoviti subito, prima dell'udienza. Prima arrivi, più soluzioni ci sono.</p>",
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Non ho ancora uno sfratto. Posso chiederlo?",
                            "answer": "<p>Di solito no: il Fondo è per chi ha già uno sfratto. "
                            "Ma non aspettare. Ci sono altri aiuti, come il contributo affitto.</p>",
                        },
                        {
                            "question": "Devo restituire i soldi?",
                            "answer": "<p>No, non è un prestito. "
                            "Ma i soldi vanno usati per la casa, come dice l'accordo.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Chi può aiutarti"),
            (
                "paragraph",
                "<p>Lo sportello controlla con te se puoi chiedere il Fondo. "
                "Può anche aiutarti a parlare con il padrone di casa. "
                "<b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
]

GUIDES = _BONUS
