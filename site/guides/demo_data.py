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
    "intro": "Qui trovi guide facili sulla casa. Scegli un tema e leggi cosa fare, un passo alla volta.",
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
        "intro": "Anche l'affitto ha le sue regole. "
        "Qui vedi come fare il contratto, la caparra e la disdetta.",
    },
    {
        "topic": "cercare-casa",
        "title": "Cercare casa",
        "intro": (
            "Cerchi una casa che puoi pagare? "
            "Qui trovi case popolari, case a prezzo più basso e mutui. "
            "C'è anche l'aiuto per chi resta senza casa."
        ),
    },
    {
        "topic": "sfratto-e-morosita",
        "title": "Sfratto e morosità",
        "intro": (
            "Non riesci a pagare l'affitto? Hai avuto uno sfratto? "
            "Qui vedi cosa fare subito e chi ti può aiutare."
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
            "Serve per chiedere bonus e aiuti e lo fai gratis al CAF o sul sito dell'INPS."
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
            "L'ISEE è gratis, per le altre pratiche chiedi prima il costo."
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
            "Per chi paga l'affitto a un privato in uno dei 12 Comuni dell'Ambito e fa fatica a pagare."
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
                "Così copre i mesi di affitto che devi, o quelli che verranno.</p>",
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
                            "A volte deve anche firmare degli impegni, per esempio non aumentare l'affitto "
                            "per un certo tempo. Il bando dice cosa deve fare.</p>",
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
            ("heading", "Come ti aiuta lo sportello"),
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
                            "Rifallo a gennaio, al CAF o sul sito dell'INPS. "
                            "Il modulo da compilare si chiama DSU.</p>",
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
            ("heading", "Come ti aiuta lo sportello"),
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
            ("heading", "Come ti aiuta lo sportello"),
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
            "Hai perso il lavoro e non paghi più l'affitto? Hai già uno sfratto? "
            "Il Fondo può pagare una parte del debito. Chiedi aiuto allo sportello."
        ),
        "audience": (
            "Per chi ha uno sfratto perché non paga più l'affitto, dopo aver perso reddito senza colpa."
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
            ("heading", "Come ti aiuta lo sportello"),
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


# --- Contratti e affitto ----------------------------------------------------------------------

_CONTRATTI = [
    {
        "topic": "contratti-e-affitto",
        "slug": "tipi-di-contratto-d-affitto",
        "title": "Contratto di affitto: 4+4, canone concordato 3+2 o transitorio",
        "summary": (
            "Ci sono vari tipi di contratto d'affitto. "
            "Cambiano la durata e il prezzo. "
            "Qui vedi le differenze in una tabella."
        ),
        "audience": "Per chi cerca casa in affitto, per chi deve firmare un contratto e per chi lo deve "
        "rinnovare.",
        "search_description": (
            "Contratto di affitto a confronto: libero 4+4, canone concordato 3+2, transitorio. "
            "Durata, prezzo e cosa controllare prima di firmare."
        ),
        "reviewed": "2026-11-18",
        "review_by": "2027-05-18",
        "related": [
            "registrazione-contratto-cedolare-secca",
            "deposito-cauzionale-caparra",
            "disdetta-e-recesso",
        ],
        "body": [
            ("heading", "I tipi di contratto"),
            (
                "paragraph",
                "<p>Per una casa dove abitare ci sono 3 tipi di contratto principali. "
                "Il più comune è il <b>contratto 4+4</b>. "
                "Poi ci sono il <b>canone concordato</b> e il <b>contratto transitorio</b>.</p>"
                "<p>Il contratto deve essere sempre scritto e registrato. "
                "Nel contratto tu sei il <b>conduttore</b>, cioè l'inquilino. "
                "Il padrone di casa è il <b>locatore</b>.</p>",
            ),
            (
                "table",
                {
                    "caption": "I contratti d'affitto per abitare, a confronto",
                    "header": ["Tipo", "Durata", "Prezzo", "Per chi"],
                    "rows": [
                        [
                            "Libero 4+4",
                            "4 anni, poi altri 4",
                            "Lo decidete tu e il padrone di casa",
                            "Per tutti",
                        ],
                        [
                            "Canone concordato 3+2",
                            "3 anni, poi altri 2",
                            "Dentro i limiti dell'accordo territoriale",
                            "Per tutti",
                        ],
                        [
                            "Transitorio",
                            "Da 1 a 18 mesi",
                            "Libero o concordato: dipende dal Comune",
                            "Per chi ha un bisogno breve, scritto nel contratto",
                        ],
                        [
                            "Per studenti universitari",
                            "Da 6 a 36 mesi",
                            "Dentro i limiti dell'accordo territoriale",
                            "Per studenti iscritti all'università in un altro Comune",
                        ],
                    ],
                },
            ),
            ("heading", "Il contratto 4+4"),
            (
                "paragraph",
                "<p>Dura 4 anni. Poi si rinnova da solo per altri 4 anni.</p>"
                "<p>Alla prima scadenza il padrone di casa può dire di no al rinnovo solo per i motivi "
                "scritti nella legge. Per esempio se la casa serve a lui o a un figlio. "
                "Deve avvisarti almeno 6 mesi prima, per iscritto.</p>",
            ),
            ("heading", "Il canone concordato 3+2"),
            (
                "paragraph",
                "<p>Dura 3 anni, poi si rinnova per altri 2. "
                "L'affitto è più basso del mercato. "
                "Il prezzo deve stare tra un minimo e un massimo, scritti nell'accordo territoriale.</p>"
                "<p>Anche il padrone di casa ha un vantaggio: paga meno tasse. "
                "Per questo puoi proporglielo tu.</p>",
            ),
            ("heading", "Il contratto transitorio"),
            (
                "paragraph",
                "<p>Serve per un bisogno breve, per esempio un lavoro di pochi mesi. "
                "Il motivo deve essere scritto nel contratto. "
                "Se manca un motivo vero, il contratto può diventare un 4+4.</p>",
            ),
            (
                "callout",
                {
                    "kind": "attenzione",
                    "title": "Mai senza contratto scritto",
                    "text": "<p>Un accordo solo a voce, o un affitto in nero, non ti protegge. "
                    "Rischi di perdere la casa senza nessuna tutela. "
                    "Se il padrone di casa non vuole fare il contratto, parlane con lo sportello.</p>",
                },
            ),
            (
                "checklist",
                {
                    "title": "Cosa controllare prima di firmare",
                    "items": [
                        "I nomi tuoi e del padrone di casa",
                        "L'indirizzo e la descrizione della casa",
                        "Il tipo di contratto, la durata e la data di inizio",
                        "Quanto paghi al mese e come paghi",
                        "Quali spese condominiali paghi tu",
                        "Quanto è il deposito cauzionale",
                        "Se c'è l'aumento ISTAT ogni anno",
                        "L'attestato di prestazione energetica (APE): dice quanto consuma la casa",
                    ],
                },
            ),
            (
                "steps",
                {
                    "title": "Prima di firmare",
                    "steps": [
                        {
                            "title": "Leggi tutto con calma",
                            "text": "<p>Chiedi una copia del contratto prima del giorno della firma.</p>",
                        },
                        {
                            "title": "Fai domande",
                            "text": "<p>Se una parola non è chiara, chiedi. "
                            "Puoi portare il contratto allo sportello prima di firmarlo.</p>",
                        },
                        {
                            "title": "Fai le foto della casa",
                            "text": "<p>Fotografa muri, pavimenti, bagno e cucina il giorno in cui entri. "
                            "Ti servono alla fine, per riavere il deposito.</p>",
                        },
                        {
                            "title": "Firma e tieni una copia",
                            "text": "<p>Conserva il contratto firmato e la ricevuta della registrazione.</p>",
                        },
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Dove trovo i prezzi del canone concordato nel mio Comune?",
                            "answer": "<p>Sono scritti nell'accordo territoriale che vale per il tuo Comune. "
                            "Lo sportello ti aiuta a trovarlo e a calcolare il prezzo.</p>",
                        },
                        {
                            "question": "Posso fare un contratto di 1 anno?",
                            "answer": "<p>Solo con un contratto transitorio e un motivo vero, scritto nel "
                            "contratto. "
                            "Altrimenti la durata minima è quella del 4+4 o del 3+2.</p>",
                        },
                        {
                            "question": "Il contratto concordato va controllato da qualcuno?",
                            "answer": "<p>Spesso sì: un'associazione di proprietari o di inquilini "
                            "controlla che rispetti l'accordo territoriale. "
                            "Chiedi allo sportello come funziona nel tuo Comune.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Come ti aiuta lo sportello"),
            (
                "paragraph",
                "<p>Lo sportello legge il contratto con te prima della firma. "
                "Ti spiega anche il canone concordato e l'accordo territoriale. "
                "<b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
    {
        "topic": "contratti-e-affitto",
        "slug": "registrazione-contratto-cedolare-secca",
        "title": "Registrazione del contratto e cedolare secca",
        "summary": (
            "Il contratto d'affitto va registrato entro 30 giorni. "
            "Di solito lo fa il padrone di casa. "
            "Se non è registrato, il contratto non vale: chiedi aiuto."
        ),
        "audience": "Per chi ha firmato un contratto d'affitto, o sta per firmarlo, e vuole essere in "
        "regola.",
        "search_description": (
            "Registrazione del contratto di affitto entro 30 giorni e cedolare secca: "
            "chi la fa, quanto costa, cosa cambia per l'inquilino."
        ),
        "reviewed": "2026-11-18",
        "review_by": "2027-05-18",
        "related": ["tipi-di-contratto-d-affitto", "disdetta-e-recesso", "detrazioni-affitto-inquilini"],
        "body": [
            ("heading", "Perché registrare il contratto"),
            (
                "paragraph",
                "<p>Registrare il contratto vuol dire comunicarlo all'Agenzia delle Entrate. "
                "Un contratto non registrato non vale.</p>"
                "<p>Con il contratto registrato puoi avere la residenza, "
                "le detrazioni, il contributo affitto e gli altri aiuti.</p>",
            ),
            (
                "deadline",
                {
                    "when": "Entro 30 giorni dalla firma",
                    "date": None,
                    "what": "<p>Il contratto va registrato entro 30 giorni dalla firma. "
                    "Se l'affitto inizia prima della firma, i giorni si contano dall'inizio. "
                    "Dopo si pagano multe.</p>",
                },
            ),
            (
                "paragraph",
                "<p>Di solito registra il padrone di casa. "
                "Ma la legge chiede la registrazione a tutti e due: anche tu sei responsabile. "
                "Chiedi sempre la ricevuta.</p>",
            ),
            ("heading", "Quanto costa"),
            (
                "paragraph",
                "<p>Ci sono due modi di pagare le tasse sul contratto. Li sceglie il padrone di casa.</p>"
                "<ul><li><b>Imposta di registro</b>: si paga ogni anno. "
                "Di solito metà la paga il padrone di casa e metà tu.</li>"
                "<li><b>Cedolare secca</b>: il padrone di casa paga una tassa fissa sull'affitto. "
                "Tu non paghi l'imposta di registro.</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Con la cedolare secca l'affitto non aumenta",
                    "text": "<p>Il padrone di casa può scegliere la cedolare secca. "
                    "In questo caso non può chiederti l'aumento ISTAT. "
                    "Deve avvisarti con una raccomandata.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Se devi registrare tu il contratto",
                    "steps": [
                        {
                            "title": "Prepara il contratto firmato",
                            "text": "<p>Servono i dati di tutti e due e i dati catastali della casa. "
                            "Li trovi nel contratto o nella visura catastale.</p>",
                        },
                        {
                            "title": "Registra online o in ufficio",
                            "text": "<p>Puoi usare il sito dell'Agenzia delle Entrate con SPID o CIE. "
                            "Oppure vai in un ufficio dell'Agenzia, o chiedi al CAF.</p>",
                        },
                        {
                            "title": "Paga le imposte",
                            "text": "<p>Se non c'è la cedolare secca, paghi l'imposta di registro e le "
                            "marche da bollo.</p>",
                        },
                        {
                            "title": "Conserva la ricevuta",
                            "text": "<p>Sulla ricevuta ci sono la data e il codice della registrazione. "
                            "Ti serviranno per molti aiuti.</p>",
                        },
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Come so se il mio contratto è registrato?",
                            "answer": "<p>Chiedi la ricevuta al padrone di casa. "
                            "Sul contratto registrato ci sono la data e il codice della registrazione.</p>",
                        },
                        {
                            "question": "Il padrone di casa non vuole registrare il contratto. Cosa faccio?",
                            "answer": "<p>Puoi registrarlo tu. "
                            "Prima parlane con lo sportello o con un sindacato inquilini: "
                            "ti spiegano cosa succede dopo.</p>",
                        },
                        {
                            "question": "Abbiamo deciso di abbassare l'affitto. Dobbiamo fare qualcosa?",
                            "answer": "<p>Scrivete l'accordo e firmatelo tutti e due. Conviene registrarlo: "
                            "per una riduzione dell'affitto la registrazione non costa imposte.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Come ti aiuta lo sportello"),
            (
                "paragraph",
                "<p>Lo sportello controlla con te se il contratto è registrato e cosa fare se non lo è. "
                "<b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
    {
        "topic": "contratti-e-affitto",
        "slug": "deposito-cauzionale-caparra",
        "title": "Deposito cauzionale (la caparra): quanto si paga e quando torna",
        "summary": (
            "Quando entri in casa, di solito paghi una caparra. "
            "Si chiama deposito cauzionale. "
            "È al massimo 3 mesi di affitto e alla fine ti torna."
        ),
        "audience": "Per chi entra in una casa in affitto e per chi la lascia e vuole indietro la caparra.",
        "search_description": (
            "Caparra e deposito cauzionale dell'affitto: al massimo 3 mensilità, con gli interessi. "
            "Come riaverla e cosa fare se non te la ridanno."
        ),
        "reviewed": "2026-11-19",
        "review_by": "2027-05-19",
        "related": ["tipi-di-contratto-d-affitto", "disdetta-e-recesso", "mediazione-con-il-proprietario"],
        "body": [
            ("heading", "Che cos'è"),
            (
                "paragraph",
                "<p>Il deposito cauzionale è una somma che dai al padrone di casa quando firmi il contratto. "
                "Molti lo chiamano <b>caparra</b>.</p>"
                "<p>Serve come garanzia: se lasci danni o debiti, il padrone di casa li paga con quei soldi. "
                "Se la casa è in ordine, alla fine te lo restituisce tutto.</p>",
            ),
            (
                "paragraph",
                "<ul><li>Non può essere più di 3 mesi di affitto.</li>"
                "<li>Ogni anno ti spettano gli interessi legali sul deposito.</li>"
                "<li>Alla fine del contratto ti torna, con gli interessi, se non ci sono danni o "
                "debiti.</li></ul>",
            ),
            (
                "steps",
                {
                    "title": "Come riavere la caparra",
                    "steps": [
                        {
                            "title": "Quando entri, fai le foto",
                            "text": "<p>Fotografa tutta la casa con la data. "
                            "Scrivi con il padrone di casa un foglio su com'è la casa: "
                            "si chiama verbale di consegna.</p>",
                        },
                        {
                            "title": "Paga con bonifico",
                            "text": "<p>Paga la caparra con un bonifico, o chiedi una ricevuta firmata.</p>",
                        },
                        {
                            "title": "Quando esci, lascia la casa in ordine",
                            "text": "<p>Pulisci e ripara i piccoli danni fatti da te. "
                            "L'usura normale, per esempio i muri un po' sporchi, non è un danno.</p>",
                        },
                        {
                            "title": "Consegna le chiavi con un verbale",
                            "text": "<p>Scrivete insieme com'è la casa e firmate tutti e due. "
                            "Fai di nuovo le foto.</p>",
                        },
                        {
                            "title": "Chiedi la caparra per iscritto",
                            "text": "<p>Se non te la restituisce, manda una lettera con raccomandata o PEC. "
                            "Trovi un esempio qui sotto.</p>",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Cosa tenere",
                    "items": [
                        "Il contratto d'affitto",
                        "La ricevuta o il bonifico della caparra",
                        "Le foto della casa all'ingresso e all'uscita",
                        "Il verbale di consegna e quello di riconsegna delle chiavi",
                        "Le ricevute degli ultimi affitti e delle spese condominiali",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "attenzione",
                    "title": "Non usare la caparra per pagare gli ultimi mesi",
                    "text": "<p>Non puoi smettere di pagare gli ultimi affitti perché c'è la caparra. "
                    "Il padrone di casa può chiederti gli affitti e i danni. "
                    "Si può fare solo se siete d'accordo per iscritto.</p>",
                },
            ),
            (
                "document",
                {
                    "title": "Lettera per chiedere indietro la caparra",
                    "filename": "lettera-restituzione-caparra.txt",
                    "text": (
                        "Al signor / alla signora ............ (padrone di casa)\n"
                        "Indirizzo ............\n"
                        "\n"
                        "Oggetto: restituzione del deposito cauzionale\n"
                        "\n"
                        "Io sottoscritto/a ............, nato/a a ............ il ............,\n"
                        "sono stato/a inquilino/a della casa in via ............ n. ...., a ............\n"
                        "con il contratto registrato il ............ .\n"
                        "\n"
                        "Il giorno ............ ho riconsegnato le chiavi. La casa era in ordine,\n"
                        "come risulta dal verbale e dalle foto.\n"
                        "\n"
                        "Ti chiedo di restituirmi il deposito cauzionale di euro ............,\n"
                        "con gli interessi legali, entro 15 giorni da questa lettera,\n"
                        "con bonifico su questo IBAN: ............\n"
                        "\n"
                        "Se trattieni una parte del deposito, ti chiedo di scrivermi perché,\n"
                        "con le spese e le prove.\n"
                        "\n"
                        "Luogo e data ............\n"
                        "Firma ............\n"
                    ),
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Il padrone di casa può tenere la caparra?",
                            "answer": "<p>Solo per danni veri, oltre l'uso normale, o per affitti e spese "
                            "non pagati. "
                            "Deve spiegarti perché e con quali spese.</p>",
                        },
                        {
                            "question": "Entro quando deve restituirla?",
                            "answer": "<p>La legge non dà un numero preciso di giorni. "
                            "Di solito si restituisce quando riconsegni le chiavi, dopo il controllo della "
                            "casa. "
                            "A volte si aspetta il conto delle spese condominiali.</p>",
                        },
                        {
                            "question": "Mi chiede 6 mesi di caparra. È possibile?",
                            "answer": "<p>No, il massimo è 3 mesi di affitto. "
                            "Se ti chiedono di più, parlane con lo sportello prima di firmare.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Come ti aiuta lo sportello"),
            (
                "paragraph",
                "<p>Non riesci a riavere la caparra? "
                "Lo sportello o un sindacato inquilini ti aiutano a scrivere al padrone di casa. "
                "<b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
    {
        "topic": "contratti-e-affitto",
        "slug": "disdetta-e-recesso",
        "title": "Lasciare la casa in affitto: disdetta e recesso",
        "summary": (
            "Vuoi andare via prima della fine del contratto? "
            "Avvisa il padrone di casa per iscritto. "
            "Di solito servono 6 mesi."
        ),
        "audience": (
            "Per chi vuole lasciare la casa in affitto e per chi ha ricevuto una disdetta dal padrone di "
            "casa."
        ),
        "search_description": (
            "Disdetta e recesso dal contratto di affitto: quanto preavviso serve, come scrivere la lettera, "
            "quando il padrone di casa può mandarti via."
        ),
        "reviewed": "2026-11-19",
        "review_by": "2027-05-19",
        "related": ["tipi-di-contratto-d-affitto", "deposito-cauzionale-caparra", "fasi-dello-sfratto"],
        "body": [
            ("heading", "Se vuoi andare via tu"),
            (
                "paragraph",
                "<p>Andare via prima della fine del contratto si chiama <b>recesso</b>.</p>"
                "<ul><li>Se il contratto lo permette, puoi andare via quando vuoi, con il preavviso scritto "
                "nel contratto.</li>"
                "<li>Se il contratto non lo dice, puoi andare via per gravi motivi. "
                "Per esempio se perdi il lavoro o devi trasferirti.</li></ul>",
            ),
            (
                "deadline",
                {
                    "when": "Di solito 6 mesi prima",
                    "date": None,
                    "what": "<p>Il preavviso è di solito di 6 mesi. "
                    "Il contratto può dire un tempo più breve: controlla. "
                    "Durante il preavviso paghi l'affitto come sempre.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Come fare",
                    "steps": [
                        {
                            "title": "Leggi il contratto",
                            "text": "<p>Cerca la parola recesso. Guarda quanti mesi di preavviso "
                            "servono.</p>",
                        },
                        {
                            "title": "Scrivi la lettera",
                            "text": "<p>Usa l'esempio qui sotto. Se vai via per gravi motivi, scrivi quali "
                            "sono.</p>",
                        },
                        {
                            "title": "Spedisci la lettera",
                            "text": "<p>Mandala con raccomandata con ricevuta di ritorno, o con PEC. "
                            "Il preavviso conta dal giorno in cui arriva.</p>",
                        },
                        {
                            "title": "Paga fino alla fine",
                            "text": "<p>Paga l'affitto e le spese fino all'ultimo giorno del preavviso.</p>",
                        },
                        {
                            "title": "Riconsegna le chiavi",
                            "text": "<p>Firmate insieme un verbale su com'è la casa. "
                            "Poi chiedi la caparra.</p>",
                        },
                        {
                            "title": "Chiudi il contratto all'Agenzia delle Entrate",
                            "text": "<p>La fine del contratto va comunicata entro 30 giorni. "
                            "Di solito lo fa il padrone di casa: chiedi la ricevuta.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Se il padrone di casa vuole la casa"),
            (
                "paragraph",
                "<p>La lettera con cui il padrone di casa non rinnova il contratto si chiama "
                "<b>disdetta</b>.</p>"
                "<ul><li>Durante il contratto non può mandarti via senza un motivo previsto dalla legge.</li>"
                "<li>Alla prima scadenza può dire di no solo per motivi precisi, "
                "per esempio se la casa serve a lui.</li>"
                "<li>Deve scriverti almeno 6 mesi prima della scadenza.</li></ul>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Hai ricevuto una disdetta?",
                    "text": "<p>Non firmare niente subito. "
                    "Porta la lettera e il contratto allo sportello: controlliamo insieme se è valida.</p>",
                },
            ),
            (
                "document",
                {
                    "title": "Lettera di recesso dell'inquilino",
                    "filename": "lettera-recesso-inquilino.txt",
                    "text": (
                        "Al signor / alla signora ............ (padrone di casa)\n"
                        "Indirizzo ............\n"
                        "\n"
                        "Raccomandata con ricevuta di ritorno (oppure PEC)\n"
                        "\n"
                        "Oggetto: recesso dal contratto di affitto\n"
                        "\n"
                        "Io sottoscritto/a ............, inquilino/a della casa\n"
                        "in via ............ n. ...., a ............,\n"
                        "con il contratto registrato il ............,\n"
                        "ti comunico che recedo dal contratto.\n"
                        "\n"
                        "[Solo per gravi motivi] Recedo per questi gravi motivi: ............\n"
                        "\n"
                        "Lascerò la casa alla fine del preavviso, il giorno ............ .\n"
                        "In quel giorno riconsegnerò le chiavi. Ti chiedo di fissare con me\n"
                        "un incontro per il controllo della casa e la firma del verbale.\n"
                        "\n"
                        "Ti chiedo anche di restituirmi il deposito cauzionale con gli interessi.\n"
                        "\n"
                        "Luogo e data ............\n"
                        "Firma ............\n"
                    ),
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Posso andare via prima se trovo un altro inquilino?",
                            "answer": "<p>Solo se il padrone di casa è d'accordo. "
                            "Mettete l'accordo per iscritto.</p>",
                        },
                        {
                            "question": "Cosa succede se vado via senza preavviso?",
                            "answer": "<p>Il padrone di casa può chiederti l'affitto dei mesi di "
                            "preavviso.</p>",
                        },
                        {
                            "question": "Il padrone di casa vuole vendere. Devo andare via?",
                            "answer": "<p>Non subito. Il contratto continua anche con il nuovo proprietario. "
                            "In alcuni casi, alla prima scadenza, la vendita è un motivo per non rinnovare. "
                            "Chiedi allo sportello.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Come ti aiuta lo sportello"),
            (
                "paragraph",
                "<p>Lo sportello ti aiuta a scrivere la lettera e a controllare una disdetta. "
                "<b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
]


# --- Cercare casa -----------------------------------------------------------------------------

_CASA = [
    {
        "topic": "cercare-casa",
        "slug": "case-popolari-sap",
        "title": "Casa popolare (SAP): come fare domanda in Lombardia",
        "summary": (
            "Le case popolari hanno un affitto basso. Chi ha meno soldi paga meno. "
            "In Lombardia si chiamano SAP. Fai domanda online quando esce l'avviso."
        ),
        "audience": "Per chi ha un reddito basso e non riesce a pagare un affitto sul mercato privato.",
        "search_description": (
            "Casa popolare in Lombardia (servizi abitativi pubblici, SAP): chi può fare domanda, "
            "quando esce l'avviso, come fare la domanda online."
        ),
        "reviewed": "2026-11-20",
        "review_by": "2027-05-20",
        "related": ["housing-sociale-canone-calmierato", "accoglienza-temporanea", "contributo-affitto"],
        "body": [
            ("heading", "Che cosa sono"),
            (
                "paragraph",
                "<p>Le case popolari sono case dei Comuni e dell'ALER. "
                "In Lombardia si chiamano <b>servizi abitativi pubblici</b>, o SAP. "
                "Prima si chiamavano ERP.</p>"
                "<p>L'affitto dipende dal reddito della famiglia: chi ha meno, paga meno.</p>",
            ),
            ("heading", "Chi può fare domanda"),
            (
                "paragraph",
                "<p>Le regole sono della Regione Lombardia. Di solito servono queste cose:</p>"
                "<ul><li>vivi o lavori in Lombardia;</li>"
                "<li>il tuo ISEE è sotto il limite della Regione;</li>"
                "<li>nessuno in famiglia ha una casa adatta in cui vivere;</li>"
                "<li>se non sei cittadino europeo, hai un permesso di soggiorno del tipo richiesto.</li></ul>"
                "<p>Il limite ISEE e le altre regole sono scritti nell'avviso. "
                "Lo sportello li controlla con te.</p>",
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Quando si fa la domanda",
                    "text": "<p>Non si può fare domanda in ogni momento. "
                    "I Comuni dell'Ambito pubblicano insieme un avviso, di solito una o due volte all'anno. "
                    "Trovi l'avviso sul sito del tuo Comune o chiedendo allo sportello.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Come fare domanda",
                    "steps": [
                        {
                            "title": "Fai l'ISEE",
                            "text": "<p>Fallo prima che esca l'avviso, al CAF o sul sito dell'INPS.</p>",
                        },
                        {
                            "title": "Prepara SPID o CIE",
                            "text": "<p>La domanda si fa online sulla piattaforma della Regione Lombardia. "
                            "Per entrare servono SPID o CIE.</p>",
                        },
                        {
                            "title": "Leggi l'avviso",
                            "text": "<p>L'avviso dice le date, le regole e le case libere. "
                            "Dice anche dove trovare aiuto per la domanda.</p>",
                        },
                        {
                            "title": "Fai la domanda online",
                            "text": "<p>Scegli le case che ti interessano dalla lista. "
                            "Se non sai usare il computer, un operatore ti aiuta: "
                            "in Comune, all'ALER o allo sportello.</p>",
                        },
                        {
                            "title": "Guarda la graduatoria",
                            "text": "<p>Dopo la chiusura esce la graduatoria. "
                            "Se sei in alto, il Comune o l'ALER ti chiamano per vedere la casa.</p>",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Cosa serve",
                    "items": [
                        "SPID o CIE",
                        "ISEE valido",
                        "Documento d'identità di chi fa la domanda",
                        "Permesso di soggiorno, se non sei cittadino europeo",
                        "Certificati di invalidità, se ci sono in famiglia",
                        "Lettera di sfratto, se ce l'hai",
                        "Un indirizzo e-mail e un numero di telefono",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "attenzione",
                    "title": "Alcune situazioni danno più punti",
                    "text": "<p>Per esempio uno sfratto, una casa troppo piccola o non sana, "
                    "una persona con disabilità, anziani o figli piccoli. "
                    "Scrivi tutto nella domanda e tieni i documenti che lo provano.</p>",
                },
            ),
            (
                "deadline",
                {
                    "when": "Solo mentre l'avviso è aperto",
                    "date": None,
                    "what": "<p>L'avviso resta aperto per alcune settimane. "
                    "Le domande fuori tempo non valgono. Non aspettare l'ultimo giorno.</p>",
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Quanto tempo si aspetta una casa popolare?",
                            "answer": "<p>Dipende da quante case si liberano. Spesso si aspetta molto. "
                            "Per questo conviene cercare anche altre strade, come l'housing sociale.</p>",
                        },
                        {
                            "question": "Devo rifare la domanda a ogni avviso?",
                            "answer": "<p>Di solito la domanda vale per la graduatoria di quell'avviso. "
                            "Chiedi allo sportello se devi rifarla al prossimo.</p>",
                        },
                        {
                            "question": "Ho uno sfratto e non posso aspettare. Cosa faccio?",
                            "answer": "<p>Chiedi al tuo Comune dei servizi abitativi transitori, o SAT. "
                            "Sono case per un periodo limitato, per chi perde la casa. "
                            "Leggi anche la guida sull'accoglienza temporanea.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Come ti aiuta lo sportello"),
            (
                "paragraph",
                "<p>Lo sportello ti dice quando esce l'avviso e ti aiuta a fare la domanda online. "
                "<b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
    {
        "topic": "cercare-casa",
        "slug": "housing-sociale-canone-calmierato",
        "title": "Housing sociale e canone calmierato: case con affitto più basso",
        "summary": (
            "Guadagni troppo per la casa popolare, ma il mercato costa troppo? "
            "Ci sono case con un affitto più basso: è l'housing sociale."
        ),
        "audience": (
            "Per chi ha un reddito medio o basso, lavora, "
            "ma non trova una casa in affitto a un prezzo giusto."
        ),
        "search_description": (
            "Housing sociale, canone calmierato e canone concordato: le case con affitto più basso del "
            "mercato per chi guadagna troppo per una casa popolare."
        ),
        "reviewed": "2026-11-20",
        "review_by": "2027-05-20",
        "related": ["case-popolari-sap", "tipi-di-contratto-d-affitto", "mutuo-prima-casa-giovani"],
        "body": [
            ("heading", "Che cos'è"),
            (
                "paragraph",
                "<p>L'housing sociale è fatto di case in affitto a un prezzo più basso del mercato. "
                "Questo prezzo si chiama <b>canone calmierato</b>.</p>"
                "<p>In Lombardia queste case si chiamano anche servizi abitativi sociali, o SAS. "
                "Le offrono Comuni, ALER, cooperative e fondazioni.</p>",
            ),
            (
                "table",
                {
                    "caption": "Le strade per una casa in affitto, a confronto",
                    "header": ["Tipo di casa", "Affitto", "Come entri"],
                    "rows": [
                        [
                            "Casa popolare (SAP)",
                            "Il più basso: dipende dal reddito",
                            "Domanda con l'avviso pubblico",
                        ],
                        [
                            "Housing sociale (SAS)",
                            "Più basso del mercato",
                            "Domanda all'ente che gestisce le case",
                        ],
                        [
                            "Canone concordato",
                            "Più basso del mercato",
                            "Accordo con un padrone di casa privato",
                        ],
                        [
                            "Mercato libero",
                            "Deciso dal padrone di casa",
                            "Accordo con un padrone di casa privato",
                        ],
                    ],
                },
            ),
            (
                "paragraph",
                "<p>Ogni progetto di housing sociale ha le sue regole. "
                "Di solito c'è un reddito minimo e uno massimo. "
                "A volte ci sono posti per giovani, anziani o famiglie con un solo genitore.</p>",
            ),
            (
                "steps",
                {
                    "title": "Come cercare",
                    "steps": [
                        {
                            "title": "Fai l'ISEE",
                            "text": "<p>Quasi tutti i progetti lo chiedono.</p>",
                        },
                        {
                            "title": "Chiedi allo sportello quali progetti ci sono",
                            "text": "<p>Le offerte cambiano nel tempo. "
                            "Lo sportello conosce i progetti aperti nell'Ambito e in provincia di "
                            "Varese.</p>",
                        },
                        {
                            "title": "Leggi il bando del progetto",
                            "text": "<p>Guarda i limiti di reddito, l'affitto, la durata e le spese.</p>",
                        },
                        {
                            "title": "Cerca anche il canone concordato",
                            "text": "<p>Molti padroni di casa privati affittano a canone concordato. "
                            "Chiedi negli annunci e alle agenzie.</p>",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Cosa serve di solito",
                    "items": [
                        "ISEE valido",
                        "Documento d'identità e codice fiscale",
                        "Buste paga o altra prova del reddito",
                        "Permesso di soggiorno, se non sei cittadino europeo",
                        "Una lettera che racconta chi sei e perché cerchi casa",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Il padrone di casa ha paura di non essere pagato?",
                    "text": "<p>Alcuni progetti danno garanzie al padrone di casa. "
                    "Così è più facile che ti affitti la casa. Chiedi allo sportello.</p>",
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Ci sono case di housing sociale nei Comuni dell'Ambito?",
                            "answer": "<p>Dipende dal momento. "
                            "Lo sportello sa quali progetti sono aperti ora, anche nei Comuni vicini.</p>",
                        },
                        {
                            "question": "Posso fare domanda per la casa popolare e anche per l'housing "
                            "sociale?",
                            "answer": "<p>Sì, di solito sì. Ma controlla i limiti di reddito: "
                            "sono diversi.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Come ti aiuta lo sportello"),
            (
                "paragraph",
                "<p>Lo sportello ti aiuta a trovare le offerte giuste per il tuo reddito. "
                "<b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
    {
        "topic": "cercare-casa",
        "slug": "mutuo-prima-casa-giovani",
        "title": "Mutuo per la prima casa: aiuti per giovani e famiglie",
        "summary": (
            "Vuoi comprare casa ma hai pochi risparmi? "
            "Lo Stato può fare da garante con la banca. "
            "Così è più facile avere il mutuo."
        ),
        "audience": (
            "Per chi vuole comprare la sua prima casa: "
            "giovani, coppie giovani, genitori soli e famiglie numerose."
        ),
        "search_description": (
            "Mutuo prima casa con il Fondo di garanzia Consap: come funziona, chi ha la garanzia più alta, "
            "come chiederla in banca."
        ),
        # The rules of the guarantee change with each budget law: due for review.
        "reviewed": "2025-09-20",
        "review_by": "2026-03-20",
        "related": ["housing-sociale-canone-calmierato", "case-popolari-sap", "detrazioni-affitto-inquilini"],
        "body": [
            ("heading", "Che cos'è"),
            (
                "paragraph",
                "<p>Per comprare casa, di solito serve un mutuo. "
                "La banca vuole sapere che lo restituirai.</p>"
                "<p>Con il Fondo di garanzia per la prima casa, lo Stato garantisce una parte del mutuo. "
                "Se tu non paghi, una parte la copre il Fondo. "
                "Così la banca ti dà il mutuo più facilmente.</p>"
                "<p>Il Fondo lo gestisce Consap, una società pubblica.</p>",
            ),
            (
                "paragraph",
                "<p>Oggi il Fondo è solo per alcune persone:</p>"
                "<ul><li>giovani sotto i 36 anni;</li>"
                "<li>giovani coppie;</li>"
                "<li>genitori soli con figli minorenni;</li>"
                "<li>chi vive in affitto in una casa popolare;</li>"
                "<li>famiglie con molti figli e un ISEE non alto.</li></ul>"
                "<p>Di solito il Fondo garantisce metà del mutuo. "
                "Con un ISEE basso e un mutuo alto, la garanzia può essere più alta. "
                "La casa deve essere la tua prima casa, dove vai a vivere.</p>",
            ),
            (
                "callout",
                {
                    "kind": "attenzione",
                    "title": "Le regole cambiano spesso",
                    "text": "<p>Chi ha la garanzia più alta, i limiti e le date cambiano con le leggi di "
                    "ogni anno. "
                    "Controlla sul sito di Consap o chiedi in banca prima di decidere.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Come fare",
                    "steps": [
                        {
                            "title": "Calcola quanto puoi spendere",
                            "text": "<p>Pensa alla rata di ogni mese, non solo al prezzo della casa. "
                            "Di solito la rata non dovrebbe superare un terzo di quello che guadagni.</p>",
                        },
                        {
                            "title": "Fai l'ISEE",
                            "text": "<p>Serve se chiedi la garanzia più alta.</p>",
                        },
                        {
                            "title": "Chiedi in banca",
                            "text": "<p>Chiedi un mutuo con la garanzia del Fondo prima casa. "
                            "La domanda al Fondo la fa la banca con te.</p>",
                        },
                        {
                            "title": "Confronta le offerte",
                            "text": "<p>Chiedi almeno a 2 o 3 banche. "
                            "Confronta il TAEG, cioè il costo totale.</p>",
                        },
                        {
                            "title": "Firma dal notaio",
                            "text": "<p>Prima di firmare, leggi tutto. "
                            "Chiedi quali sono le spese del notaio.</p>",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Cosa portare in banca",
                    "items": [
                        "Documento d'identità e codice fiscale",
                        "Buste paga o dichiarazione dei redditi",
                        "Contratto di lavoro",
                        "ISEE, se chiedi la garanzia più alta",
                        "Proposta di acquisto o compromesso della casa",
                        "Estratti conto degli ultimi mesi",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Ci sono altri aiuti per comprare casa?",
                            "answer": "<p>A volte la Regione Lombardia o i Comuni aprono bandi per giovani e "
                            "famiglie. "
                            "Chiedi allo sportello se ce ne sono ora.</p>",
                        },
                        {
                            "question": "Ho già un mutuo e non riesco a pagare le rate. Cosa faccio?",
                            "answer": "<p>C'è un fondo dello Stato che in alcuni casi sospende le rate per "
                            "un periodo. "
                            "Per esempio se perdi il lavoro. Si chiede in banca e lo gestisce Consap.</p>",
                        },
                        {
                            "question": "Posso avere il mutuo con un contratto a tempo determinato?",
                            "answer": "<p>È più difficile, ma a volte sì. La garanzia del Fondo può aiutare. "
                            "Chiedi a più banche.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Come ti aiuta lo sportello"),
            (
                "paragraph",
                "<p>Lo sportello ti aiuta a capire se il mutuo è adatto a te e quali aiuti ci sono ora. "
                "<b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
    {
        "topic": "cercare-casa",
        "slug": "accoglienza-temporanea",
        "title": "Accoglienza temporanea: una casa per un periodo breve",
        "summary": (
            "Hai perso la casa? Puoi avere un posto dove stare per un po'. "
            "Così hai tempo per trovare una casa stabile. "
            "Parla con i servizi sociali del tuo Comune."
        ),
        "audience": ("Per chi ha perso la casa o sta per perderla e non ha un altro posto dove andare."),
        "search_description": (
            "Accoglienza temporanea e alloggi transitori per chi perde la casa: "
            "che cosa sono, come chiederli, cosa aspettarti."
        ),
        "reviewed": "2026-11-21",
        "review_by": "2027-05-21",
        "related": ["senza-casa-stanotte", "case-popolari-sap", "fasi-dello-sfratto"],
        "body": [
            (
                "callout",
                {
                    "kind": "urgente",
                    "title": "Non hai un posto dove dormire stanotte?",
                    "text": "<p>Non aspettare un appuntamento. "
                    "Chiama subito i numeri di emergenza in fondo a questa pagina. "
                    "Leggi la guida «Sono senza casa stanotte».</p>",
                },
            ),
            ("heading", "Che cos'è"),
            (
                "paragraph",
                "<p>L'accoglienza temporanea è un posto dove vivere per un periodo limitato. "
                "Serve a darti tempo per trovare una casa stabile.</p>"
                "<p>Ci sono vari tipi di accoglienza:</p>"
                "<ul><li><b>servizi abitativi transitori</b> (SAT): case del Comune o dell'ALER "
                "per chi ha perso la casa;</li>"
                "<li>case o appartamenti condivisi di cooperative e associazioni;</li>"
                "<li>comunità per mamme con bambini;</li>"
                "<li>dormitori per l'emergenza, solo per la notte.</li></ul>",
            ),
            (
                "steps",
                {
                    "title": "Come chiederla",
                    "steps": [
                        {
                            "title": "Contatta i servizi sociali",
                            "text": "<p>Vai ai servizi sociali del Comune dove hai la residenza. "
                            "Se non sai dove sono, chiedi allo sportello.</p>",
                        },
                        {
                            "title": "Parla con l'assistente sociale",
                            "text": "<p>Racconta la tua situazione. "
                            "Porta le lettere dello sfratto e i documenti della famiglia.</p>",
                        },
                        {
                            "title": "Costruite insieme un progetto",
                            "text": "<p>Il progetto dice dove andrai, per quanto tempo e cosa farai intanto. "
                            "Per esempio cercare lavoro o fare domanda per una casa popolare.</p>",
                        },
                        {
                            "title": "Entra nella casa e rispetta le regole",
                            "text": "<p>Spesso si paga un piccolo contributo, in base al reddito. "
                            "Ci sono regole di convivenza da rispettare.</p>",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Cosa portare al colloquio",
                    "items": [
                        "Documenti d'identità di tutta la famiglia",
                        "Permesso di soggiorno, se non sei cittadino europeo",
                        "Tessera sanitaria",
                        "ISEE, se ce l'hai",
                        "Contratto d'affitto e lettere dello sfratto",
                        "Buste paga o altre entrate",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Quanto tempo posso restare?",
                            "answer": "<p>Per il tempo scritto nel progetto, di solito alcuni mesi. "
                            "Intanto cerchi con l'assistente sociale una casa stabile.</p>",
                        },
                        {
                            "question": "Posso stare con i miei figli?",
                            "answer": "<p>I servizi cercano prima di tutto un posto dove i bambini stanno al "
                            "sicuro con i genitori. Dillo subito all'assistente sociale.</p>",
                        },
                        {
                            "question": "Dove metto i miei mobili?",
                            "answer": "<p>Di solito nelle case di accoglienza c'è poco spazio. "
                            "Chiedi all'assistente sociale se c'è un deposito.</p>",
                        },
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Hai una casa vuota?",
                    "text": "<p>L'Ambito raccoglie informazioni sulle case vuote, per nuove soluzioni di "
                    "accoglienza. Se vuoi affittare la tua, contatta lo sportello.</p>",
                },
            ),
            ("heading", "Come ti aiuta lo sportello"),
            (
                "paragraph",
                "<p>Lo sportello ti aiuta a parlare con i servizi sociali e con le associazioni che "
                "accolgono. "
                "<b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
]


# --- Sfratto e morosità -----------------------------------------------------------------------

_SFRATTO = [
    {
        "topic": "sfratto-e-morosita",
        "slug": "non-riesco-a-pagare-l-affitto",
        "title": "Non riesco a pagare l'affitto: cosa fare subito",
        "summary": (
            "Non riesci a pagare l'affitto? Non aspettare e non nasconderti. "
            "Parla subito con il padrone di casa e con lo sportello. "
            "Prima ti muovi, più aiuti ci sono."
        ),
        "audience": (
            "Per chi vive in affitto ed è in ritardo con i pagamenti, o sa che presto non riuscirà a pagare."
        ),
        "search_description": (
            "Non riesci a pagare l'affitto? Cosa fare subito: parlare con il padrone di casa, "
            "chiedere gli aiuti, evitare lo sfratto per morosità."
        ),
        "reviewed": "2026-11-23",
        "review_by": "2027-05-23",
        "related": ["mediazione-con-il-proprietario", "contributo-affitto", "fasi-dello-sfratto"],
        "body": [
            (
                "callout",
                {
                    "kind": "attenzione",
                    "title": "Il ritardo può portare allo sfratto",
                    "text": "<p>Hai un ritardo di più di 20 giorni dopo la scadenza? "
                    "Allora il padrone di casa può chiedere lo sfratto. "
                    "Per questo è importante muoversi subito.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Cosa fare",
                    "steps": [
                        {
                            "title": "Paga quello che puoi",
                            "text": "<p>Anche una parte dell'affitto mostra la tua buona volontà. "
                            "Paga con bonifico, o chiedi sempre una ricevuta.</p>",
                        },
                        {
                            "title": "Parla con il padrone di casa",
                            "text": "<p>Spiega cosa è successo e per quanto tempo. "
                            "Proponi un piano di rientro: pagare il debito a rate. "
                            "Scrivi l'accordo e firmatelo tutti e due.</p>",
                        },
                        {
                            "title": "Fai l'ISEE",
                            "text": "<p>Serve per quasi tutti gli aiuti. "
                            "Lo fai al CAF e non costa niente.</p>",
                        },
                        {
                            "title": "Chiedi gli aiuti",
                            "text": "<p>Controlla con lo sportello il contributo affitto, "
                            "l'Assegno di inclusione e gli aiuti del tuo Comune.</p>",
                        },
                        {
                            "title": "Taglia le spese che puoi",
                            "text": "<p>Con un ISEE basso hai il bonus bollette. "
                            "Lo sportello ti aiuta a fare un piano delle spese.</p>",
                        },
                        {
                            "title": "Prenota allo sportello",
                            "text": "<p>Porta i documenti della lista qui sotto. "
                            "Cerchiamo insieme la strada giusta per te.</p>",
                        },
                    ],
                },
            ),
            (
                "deadline",
                {
                    "when": "20 giorni dopo la scadenza dell'affitto",
                    "date": None,
                    "what": "<p>Dopo 20 giorni di ritardo il padrone di casa può chiedere lo sfratto per "
                    "morosità. "
                    "Muoviti prima di quel giorno.</p>",
                },
            ),
            (
                "checklist",
                {
                    "title": "Cosa portare allo sportello",
                    "items": [
                        "Documento d'identità",
                        "Contratto d'affitto",
                        "Ricevute degli affitti pagati",
                        "Lettere o messaggi del padrone di casa o del suo avvocato",
                        "ISEE, se ce l'hai",
                        "Buste paga, o la prova che il reddito è sceso",
                        "Bollette e altre spese di casa",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Il padrone di casa può cambiare la serratura o staccarmi la luce?",
                            "answer": "<p>No. Solo un giudice può mandarti via di casa, "
                            "con l'ufficiale giudiziario. "
                            "Se succede, chiama i carabinieri o la polizia.</p>",
                        },
                        {
                            "question": "Posso usare la caparra per pagare l'affitto?",
                            "answer": "<p>Solo se il padrone di casa è d'accordo e lo scrivete.</p>",
                        },
                        {
                            "question": "Ho perso il lavoro. Ci sono aiuti speciali?",
                            "answer": "<p>Chiedi all'INPS l'indennità di disoccupazione (NASpI), se ti "
                            "spetta. Se poi arriva uno sfratto, puoi chiedere il Fondo morosità incolpevole. "
                            "Lo sportello controlla con te.</p>",
                        },
                        {
                            "question": "Mi vergogno a chiedere aiuto.",
                            "answer": "<p>Succede a molte persone. Lo sportello ascolta senza giudicare. "
                            "Quello che racconti resta riservato.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Come ti aiuta lo sportello"),
            (
                "paragraph",
                "<p>Lo sportello ti aiuta a chiedere gli aiuti e a parlare con il padrone di casa. "
                "<b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
    {
        "topic": "sfratto-e-morosita",
        "slug": "fasi-dello-sfratto",
        "title": "Le fasi dello sfratto: dall'intimazione all'ufficiale giudiziario",
        "summary": (
            "Lo sfratto ha varie fasi e di solito dura mesi. "
            "In ogni fase puoi ancora fare qualcosa. "
            "Non ignorare le lettere e chiedi subito aiuto."
        ),
        "audience": (
            "Per chi ha ricevuto un atto di sfratto, o teme di riceverlo, e vuole capire cosa succede."
        ),
        "search_description": (
            "Le fasi dello sfratto per morosità: intimazione, udienza di convalida, precetto, "
            "preavviso di rilascio e accesso dell'ufficiale giudiziario."
        ),
        "reviewed": "2026-11-23",
        "review_by": "2027-05-23",
        "related": ["mediazione-con-il-proprietario", "fondo-morosita-incolpevole", "accoglienza-temporanea"],
        "body": [
            (
                "callout",
                {
                    "kind": "urgente",
                    "title": "Hai ricevuto un atto dal tribunale?",
                    "text": "<p>Leggi la data dell'udienza. Chiama subito lo sportello. "
                    "Non aspettare l'ultimo giorno.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Le fasi, una dopo l'altra",
                    "steps": [
                        {
                            "title": "L'intimazione di sfratto",
                            "text": "<p>È l'atto che fa partire lo sfratto. "
                            "Te lo porta l'ufficiale giudiziario o arriva per posta. "
                            "C'è scritto il giorno dell'udienza in tribunale.</p>",
                        },
                        {
                            "title": "L'udienza",
                            "text": "<p>Vai in tribunale quel giorno, meglio con un avvocato. "
                            "Se hai debiti di affitto, puoi chiedere un tempo per pagarli: "
                            "il termine di grazia. "
                            "Può arrivare fino a 90 giorni.</p>",
                        },
                        {
                            "title": "La convalida di sfratto",
                            "text": "<p>Se non vai all'udienza, o non ci sono motivi per fermarlo, il "
                            "giudice conferma lo sfratto. Questa decisione si chiama convalida. "
                            "Dice anche il giorno in cui devi lasciare la casa.</p>",
                        },
                        {
                            "title": "L'atto di precetto",
                            "text": "<p>Se non vai via entro quel giorno, ricevi il precetto. "
                            "Ti ordina di lasciare la casa entro pochi giorni.</p>",
                        },
                        {
                            "title": "Il preavviso di rilascio",
                            "text": "<p>L'ufficiale giudiziario ti scrive il giorno in cui verrà a casa tua. "
                            "Questo avviso si chiama preavviso di rilascio, o avviso di sloggio. "
                            "Lo ricevi almeno 10 giorni prima.</p>",
                        },
                        {
                            "title": "Gli accessi dell'ufficiale giudiziario",
                            "text": "<p>Spesso ci sono più accessi. "
                            "All'ultimo può venire la forza pubblica e la serratura viene cambiata.</p>",
                        },
                    ],
                },
            ),
            (
                "table",
                {
                    "caption": "Le fasi dello sfratto e cosa puoi fare",
                    "header": ["Fase", "Cosa puoi fare"],
                    "rows": [
                        [
                            "Intimazione di sfratto",
                            "Chiama lo sportello e cerca un avvocato. "
                            "Prova un accordo con il padrone di casa",
                        ],
                        [
                            "Udienza",
                            "Vai in tribunale. Chiedi il termine di grazia, se puoi pagare il debito",
                        ],
                        [
                            "Convalida di sfratto",
                            "Chiedi il Fondo morosità incolpevole, se puoi. Cerca una nuova casa",
                        ],
                        ["Atto di precetto", "Parla con i servizi sociali per un posto dove andare"],
                        [
                            "Preavviso di rilascio e accessi",
                            "Prepara le tue cose e i documenti. Tieni vicini i servizi sociali",
                        ],
                    ],
                },
            ),
            (
                "deadline",
                {
                    "when": "Il giorno dell'udienza",
                    "date": None,
                    "what": "<p>La data è scritta nell'intimazione di sfratto. "
                    "Se non vai, il giudice può confermare lo sfratto subito.</p>",
                },
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": "Un avvocato anche se hai poco reddito",
                    "text": "<p>Se hai un reddito basso, puoi avere un avvocato pagato dallo Stato. "
                    "Si chiama patrocinio a spese dello Stato. "
                    "Il limite di reddito cambia: lo sportello ti dice come chiederlo.</p>",
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Lo sfratto si può fermare?",
                            "answer": "<p>Sì, in molti casi. "
                            "Per esempio se paghi il debito in tempo, o se trovi un accordo con il padrone "
                            "di casa.</p>",
                        },
                        {
                            "question": "Ho figli piccoli o una persona malata in casa. Lo sfratto si ferma?",
                            "answer": "<p>Non da solo. Ma dillo subito ai servizi sociali e allo sportello. "
                            "Possono cercare con te una soluzione prima del giorno del rilascio.</p>",
                        },
                        {
                            "question": "Cosa succede alle mie cose?",
                            "answer": "<p>Porta via prima le cose importanti, i documenti e le medicine. "
                            "Per le cose rimaste in casa, l'ufficiale giudiziario ti dà un tempo per "
                            "riprenderle.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Come ti aiuta lo sportello"),
            (
                "paragraph",
                "<p>Lo sportello ti spiega a che punto sei e ti mette in contatto con avvocati, "
                "servizi sociali e associazioni. <b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
    {
        "topic": "sfratto-e-morosita",
        "slug": "mediazione-con-il-proprietario",
        "title": "Parlare con il padrone di casa: accordi e piano di rientro",
        "summary": (
            "Un accordo con il padrone di casa può evitare lo sfratto. "
            "Per esempio puoi pagare il debito a rate. "
            "Lo sportello ti aiuta a parlarne."
        ),
        "audience": (
            "Per chi ha debiti di affitto o un problema con il padrone di casa e vuole trovare un accordo."
        ),
        "search_description": (
            "Accordo con il padrone di casa per l'affitto non pagato: "
            "piano di rientro, riduzione del canone, "
            "mediazione dello sportello. Con lettera di esempio."
        ),
        "reviewed": "2026-11-24",
        "review_by": "2027-05-24",
        "related": ["non-riesco-a-pagare-l-affitto", "fasi-dello-sfratto", "fondo-morosita-incolpevole"],
        "body": [
            ("heading", "Perché conviene parlarsi"),
            (
                "paragraph",
                "<p>Anche il padrone di casa ha interesse a un accordo. "
                "Lo sfratto costa tempo e soldi anche a lui.</p>"
                "<p>Un accordo può fermare o evitare lo sfratto. "
                "Per esempio:</p>"
                "<ul><li>un piano di rientro: paghi il debito a rate, insieme all'affitto;</li>"
                "<li>un affitto più basso per un periodo;</li>"
                "<li>più tempo per lasciare la casa, senza sfratto.</li></ul>",
            ),
            (
                "steps",
                {
                    "title": "Come prepararti",
                    "steps": [
                        {
                            "title": "Calcola il debito",
                            "text": "<p>Scrivi quanti mesi di affitto e di spese non hai pagato.</p>",
                        },
                        {
                            "title": "Calcola quanto puoi pagare",
                            "text": "<p>Guarda le entrate e le spese della famiglia. "
                            "Decidi una rata che puoi pagare davvero, ogni mese.</p>",
                        },
                        {
                            "title": "Scrivi la tua proposta",
                            "text": "<p>Usa la lettera di esempio qui sotto. "
                            "Mandala con raccomandata o PEC, o consegnala a mano con una copia firmata.</p>",
                        },
                        {
                            "title": "Fatti aiutare",
                            "text": "<p>Lo sportello può parlare con il padrone di casa, se sei d'accordo. "
                            "A volte è più facile con una persona esterna.</p>",
                        },
                        {
                            "title": "Metti l'accordo per iscritto",
                            "text": "<p>Scrivete cosa avete deciso e firmate tutti e due. "
                            "Tieni una copia.</p>",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Cosa preparare per l'incontro",
                    "items": [
                        "Contratto d'affitto",
                        "Ricevute degli affitti pagati",
                        "Il conto del debito",
                        "Le entrate e le spese di ogni mese",
                        "Documenti che spiegano cosa è successo, per esempio un licenziamento",
                        "Le lettere del padrone di casa o del suo avvocato",
                    ],
                },
            ),
            (
                "callout",
                {
                    "kind": "attenzione",
                    "title": "Prometti solo quello che puoi pagare",
                    "text": "<p>Se non rispetti il piano di rientro, lo sfratto può ripartire. "
                    "Meglio una rata piccola ma sicura.</p>",
                },
            ),
            (
                "document",
                {
                    "title": "Lettera per proporre un piano di rientro",
                    "filename": "proposta-piano-di-rientro.txt",
                    "text": (
                        "Al signor / alla signora ............ (padrone di casa)\n"
                        "Indirizzo ............\n"
                        "\n"
                        "Oggetto: proposta di piano di rientro per gli affitti non pagati\n"
                        "\n"
                        "Io sottoscritto/a ............, inquilino/a della casa\n"
                        "in via ............ n. ...., a ............,\n"
                        "riconosco di dover pagare euro ............ per gli affitti e le spese\n"
                        "dei mesi di ............ .\n"
                        "\n"
                        "Non ho pagato perché ............ .\n"
                        "\n"
                        "Ti propongo di pagare questo debito in ...... rate da euro ...... al mese,\n"
                        "a partire dal ............, insieme all'affitto di ogni mese.\n"
                        "Pagherò con bonifico sul conto che mi indicherai.\n"
                        "\n"
                        "Ti chiedo di rispondermi per iscritto. Se sei d'accordo,\n"
                        "firmiamo insieme l'accordo.\n"
                        "\n"
                        "Luogo e data ............\n"
                        "Firma ............\n"
                    ),
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Il padrone di casa non vuole parlare con me. Cosa faccio?",
                            "answer": "<p>Lo sportello può contattarlo per te. "
                            "Se c'è già uno sfratto, puoi parlarne anche tramite gli avvocati.</p>",
                        },
                        {
                            "question": "Posso chiedere di abbassare l'affitto?",
                            "answer": "<p>Sì, puoi chiederlo. Se il padrone di casa accetta, scrivete "
                            "l'accordo. Conviene registrarlo: "
                            "per una riduzione la registrazione non costa imposte.</p>",
                        },
                        {
                            "question": "C'è già lo sfratto. È tardi per un accordo?",
                            "answer": "<p>No. Un accordo si può trovare in ogni momento, anche davanti al "
                            "giudice.</p>",
                        },
                    ],
                },
            ),
            ("heading", "Come ti aiuta lo sportello"),
            (
                "paragraph",
                "<p>Lo sportello e le associazioni della rete aiutano inquilini e padroni di casa a trovare "
                "un accordo. "
                "<b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
    {
        "topic": "sfratto-e-morosita",
        "slug": "senza-casa-stanotte",
        "title": "Sono senza casa stanotte: cosa fare subito",
        "summary": (
            "Stanotte non hai un posto dove dormire? Chiedi aiuto subito. "
            "Chiama il Pronto intervento sociale. "
            "Se sei in pericolo, chiama il 112."
        ),
        "audience": "Per chi stanotte non ha un posto sicuro dove dormire, da solo o con la famiglia.",
        "search_description": (
            "Sei senza casa stanotte? Chi chiamare subito, cosa portare con te "
            "e dove chiedere aiuto nei Comuni dell'Ambito di Sesto Calende."
        ),
        "reviewed": "2026-11-24",
        "review_by": "2027-05-24",
        "related": ["accoglienza-temporanea", "fasi-dello-sfratto", "case-popolari-sap"],
        "body": [
            (
                "callout",
                {
                    "kind": "urgente",
                    "title": "Sei in pericolo? Chiama il 112",
                    "text": "<p>Il 112 è gratis e risponde sempre, giorno e notte. "
                    "I numeri di emergenza sono anche in fondo a questa pagina.</p>",
                },
            ),
            (
                "steps",
                {
                    "title": "Cosa fare adesso",
                    "steps": [
                        {
                            "title": "Chiama subito",
                            "text": "<p>Chiama il Pronto intervento sociale o gli altri numeri di emergenza "
                            "in fondo alla pagina. Di giorno puoi andare anche ai servizi sociali del tuo "
                            "Comune.</p>",
                        },
                        {
                            "title": "Racconta dove sei e chi è con te",
                            "text": "<p>Spiega se con te ci sono bambini, anziani, persone malate o con "
                            "disabilità. "
                            "Loro hanno la precedenza.</p>",
                        },
                        {
                            "title": "Tieni con te documenti e medicine",
                            "text": "<p>Guarda la lista qui sotto. Se puoi, ricarica il telefono.</p>",
                        },
                        {
                            "title": "Domani torna a chiedere aiuto",
                            "text": "<p>Vai ai servizi sociali o allo sportello. "
                            "Insieme cerchiamo un posto per i prossimi giorni e un progetto per dopo.</p>",
                        },
                    ],
                },
            ),
            (
                "checklist",
                {
                    "title": "Cosa portare con te",
                    "items": [
                        "Documenti d'identità di tutti",
                        "Permesso di soggiorno, se non sei cittadino europeo",
                        "Tessera sanitaria",
                        "Medicine e ricette",
                        "Telefono e caricabatterie",
                        "Contratto d'affitto e lettere dello sfratto, se ci sono",
                        "Vestiti per qualche giorno",
                        "Le cose necessarie per i bambini",
                    ],
                },
            ),
            (
                "faq",
                {
                    "title": "Domande frequenti",
                    "items": [
                        {
                            "question": "Ho paura che mi tolgano i figli se chiedo aiuto.",
                            "answer": "<p>Chiedere aiuto è la cosa giusta per i tuoi figli. "
                            "I servizi cercano un posto sicuro per loro e per te.</p>",
                        },
                        {
                            "question": "Non ho la residenza qui. Posso chiedere aiuto?",
                            "answer": "<p>Sì. In emergenza puoi chiedere aiuto dove ti trovi. "
                            "Poi i servizi parlano con il Comune dove hai la residenza.</p>",
                        },
                        {
                            "question": "Ho lasciato casa per la violenza. Chi mi aiuta?",
                            "answer": "<p>Chiama il 1522. È gratis, risponde sempre e parla anche altre "
                            "lingue. "
                            "Se sei in pericolo, chiama il 112.</p>",
                        },
                        {
                            "question": "Ho un animale. Posso portarlo?",
                            "answer": "<p>Non sempre. Dillo quando chiami: ti dicono cosa si può fare.</p>",
                        },
                    ],
                },
            ),
            (
                "deadline",
                {
                    "when": "Subito, anche di notte",
                    "date": None,
                    "what": "<p>Non aspettare domani per chiamare. "
                    "Il Pronto intervento sociale risponde anche di notte.</p>",
                },
            ),
            ("heading", "Come ti aiuta lo sportello"),
            (
                "paragraph",
                "<p>Quando il pericolo è passato, lo sportello ti aiuta a cercare una soluzione stabile. "
                "<b>Prenota un appuntamento allo sportello.</b></p>",
            ),
            ("contact", {"source": "sportello"}),
        ],
    },
]

GUIDES = _BONUS + _CONTRATTI + _CASA + _SFRATTO
