//! Line- and paragraph-level boilerplate rules shared by the HTML and plain-text paths:
//! related-article teasers, comment sections and forms, cookie banners, share bars,
//! subscription prompts, menus and bare links. The cue lists are general phrases in
//! en/de/fr/es/ru, not strings of any particular site.

use augur_core::{Diagnostic, Lang};

/// Lines starting with these (lower-cased, after bullets) announce a link to another article.
const TEASER_CUES: &[&str] = &[
    // en
    "read also",
    "read more",
    "also read",
    "see also",
    "related:",
    "related articles",
    "related stories",
    "related news",
    "related coverage",
    "related content",
    "more on this",
    "more on that",
    "you may also like",
    "you might also like",
    "you may be interested",
    "recommended:",
    "recommended for you",
    "read next",
    "don't miss",
    "must read",
    "further reading",
    "more stories",
    "more from",
    "you may have missed",
    // de
    "lesen sie auch",
    "lesen sie mehr",
    "lesen sie hier",
    "lesen sie dazu",
    "lies auch",
    "lies mehr",
    "mehr zum thema",
    "auch interessant",
    "ebenfalls interessant",
    "das könnte sie auch interessieren",
    "das könnte sie interessieren",
    "das könnte dich auch interessieren",
    "weitere artikel",
    "weiterlesen",
    "mehr dazu:",
    "siehe auch",
    "passend zum thema",
    "zum thema:",
    "empfohlener artikel",
    "hier weiterlesen",
    "auch lesen",
    "zum weiterlesen",
    "schon gelesen",
    "vorschau auf den nächsten artikel",
    "das thema könnte dich auch interessieren",
    "das könnte dich interessieren",
    // fr
    "à lire aussi",
    "a lire aussi",
    "lire aussi",
    "à lire également",
    "lire également",
    "à voir aussi",
    "voir aussi",
    "lire la suite",
    "sur le même sujet",
    "à découvrir",
    "à découvrir aussi",
    "lisez aussi",
    "lisez également",
    "vous aimerez aussi",
    "vous aimerez peut-être",
    "découvrez aussi",
    "notre sélection",
    // es
    "lea también",
    "lee también",
    "leer también",
    "lea además",
    "lee además",
    "te puede interesar",
    "le puede interesar",
    "también te puede interesar",
    "también le puede interesar",
    "noticias relacionadas",
    "relacionado:",
    "relacionados:",
    "ver también",
    "leer más",
    "lea más",
    "más información:",
    "puede interesarte",
    "quizás te interese",
    "lea:",
    "mire:",
    "mira:",
    "vea también",
    "vea:",
    "noticia relacionada",
    "siguiente artículo",
    "puedes ver",
    "mira también",
    "te recomendamos",
    // pt, pl (pages in other languages still carry these)
    "veja também",
    "leia também",
    "czytaj też",
    "czytaj także",
    // ru
    "читайте также",
    "читайте еще",
    "читайте ещё",
    "читайте по теме",
    "смотрите также",
    "см. также",
    "по теме:",
    "читать далее",
    "читать также",
    "подробнее:",
    "читайте подробнее",
    "рекомендуем:",
    "вам может быть интересно",
    "читайте нас",
    "новости по теме",
    "еще по теме",
    "ещё по теме",
    "материалы по теме",
    // embedded media and live coverage announced as links (all languages)
    "video:",
    "videos:",
    "watch:",
    "listen:",
    "podcast:",
    "gallery:",
    "in pictures:",
    "live updates:",
    "live blog:",
    "liveblog:",
    "liveticker:",
    "live-ticker:",
    "newsblog:",
    "bildergalerie:",
    "fotostrecke:",
    "fotogalerie:",
    "zum liveticker",
    "zum liveblog",
    "zum newsblog",
    "hier geht es zum",
    "hier geht's zum",
    "follow our live",
    "vidéo :",
    "vidéo:",
    "en images :",
    "diaporama :",
    "suivez notre direct",
    "suivez en direct",
    "retrouvez notre direct",
    "vídeo:",
    "video |",
    "galería:",
    "fotogalería:",
    "sigue en directo",
    "sigue en vivo",
    "sigue el minuto a minuto",
    "видео:",
    "фоторепортаж:",
    "фотогалерея:",
    "онлайн-трансляция",
    "следите за развитием событий",
    "more on this story",
    "more on this topic",
    "more about this",
    "dazu passend",
    "ebenfalls lesenswert",
    "lesenswert:",
    "empfehlungen der redaktion",
    "plus d'actualités",
    "pour aller plus loin",
    "à relire",
    "lire :",
    "lire:",
    "sobre el mismo tema",
    "te recomendamos:",
    "recomendamos:",
    "lee:",
    "leer:",
    "le recomendamos",
    "previous article",
    "next article",
    "previous post",
    "next post",
    "previous story",
    "next story",
    "vorheriger artikel",
    "nächster artikel",
    "vorheriger beitrag",
    "nächster beitrag",
    "article précédent",
    "article suivant",
    "artículo anterior",
    "artículo siguiente",
    "entrada anterior",
    "entrada siguiente",
    "noticia anterior",
    "предыдущая статья",
    "следующая статья",
    "предыдущая новость",
    "следующая новость",
];

/// Weaker cues ("Mehr aus Politik", "More from World"): a link only when the line reads as a
/// headline (short, no closing punctuation), since body sentences may start with them.
const WEAK_TEASER_CUES: &[&str] = &[
    "mehr aus",
    "mehr von",
    "mehr nachrichten",
    "weitere nachrichten",
    "weitere meldungen",
    "weitere news",
    "alle news",
    "alle entwicklungen",
    "alle infos",
    "top-news",
    "more in",
    "more news",
    "latest from",
    "plus d'articles",
    "autres articles",
    "dernières infos",
    "más noticias",
    "otras noticias",
    "últimas noticias",
    "больше новостей",
    "все новости",
    "ещё из",
    "еще из",
    "главное за день",
    "mehr dazu",
    "mehr zu",
    "zum thema",
    "also on",
    "à lire",
    "en vidéo",
    "más sobre",
    "по теме",
];

/// Headings that open a comment section; everything after them in the tail is dropped.
const COMMENT_SECTION_CUES: &[&str] = &[
    "leave a reply",
    "leave a comment",
    "post a comment",
    "add a comment",
    "write a comment",
    "comments",
    "join the conversation",
    "join the discussion",
    "schreibe einen kommentar",
    "kommentar schreiben",
    "kommentar verfassen",
    "kommentare",
    "kommentieren",
    "hinterlasse einen kommentar",
    "laisser un commentaire",
    "laisser une réponse",
    "ajouter un commentaire",
    "commentaires",
    "réagir",
    "deja una respuesta",
    "deja un comentario",
    "dejar un comentario",
    "escribe un comentario",
    "comentarios",
    "добавить комментарий",
    "оставить комментарий",
    "оставьте комментарий",
    "комментарии",
    "написать комментарий",
    "ответить",
    "leserkommentare",
    "reader comments",
    "comentarios de los lectores",
    "commentaires des lecteurs",
    "комментарии читателей",
];

/// Phrases of comment forms and their small print.
const COMMENT_FORM_CUES: &[&str] = &[
    "your email address will not be published",
    "your email address will not be displayed",
    "required fields are marked",
    "akismet",
    "save my name, email",
    "post comment",
    "notify me of follow-up comments",
    "notify me of new posts",
    "you must be logged in to post a comment",
    "ihre e-mail-adresse wird nicht veröffentlicht",
    "deine e-mail-adresse wird nicht veröffentlicht",
    "erforderliche felder sind",
    "pflichtfelder sind",
    "kommentar abschicken",
    "meinen namen, meine e-mail-adresse",
    "votre adresse e-mail ne sera pas publiée",
    "votre adresse de messagerie ne sera pas publiée",
    "les champs obligatoires sont indiqués",
    "laisser un commentaire",
    "tu dirección de correo electrónico no será publicada",
    "los campos obligatorios están marcados",
    "publicar el comentario",
    "ваш адрес email не будет опубликован",
    "обязательные поля помечены",
    "отправить комментарий",
    "must be logged in to comment",
    "log in to comment",
    "sign in to comment",
    "create your account to join",
    "create an account to join",
    "um zu kommentieren",
    "melden sie sich an, um",
    "kommentarfunktion",
    "community-richtlinien",
    "netiquette",
    "vous devez être connecté",
    "connectez-vous pour",
    "signaler un abus",
    "signaler un contenu",
    "debes iniciar sesión",
    "inicia sesión para",
    "normas de participación",
    "reportar abuso",
    "чтобы оставить комментарий",
    "войдите, чтобы",
    "войдите на сайт",
    "комментарии модерируются",
    "правила комментирования",
];

/// Subscription and paywall prompts.
const SUBSCRIBE_CUES: &[&str] = &[
    "subscribe to our newsletter",
    "sign up for our newsletter",
    "sign up to our newsletter",
    "subscribe now",
    "already a subscriber",
    "already have an account",
    "get our newsletter",
    "newsletter abonnieren",
    "jetzt abonnieren",
    "zum newsletter anmelden",
    "melden sie sich für unseren newsletter",
    "bereits abonnent",
    "jetzt registrieren",
    "abonnez-vous",
    "inscrivez-vous à notre newsletter",
    "inscrivez-vous à la newsletter",
    "déjà abonné",
    "suscríbete",
    "suscríbase",
    "suscribirse al boletín",
    "ya eres suscriptor",
    "подпишитесь",
    "подписывайтесь",
    "подписаться на рассылку",
    "please subscribe",
    "sign up to get",
    "sign up for",
    "hazte miembro",
    "cancela cuando quieras",
    "download the",
    "app for ios",
    "für ios und android",
    "jetzt kostenlos testen",
    "abonnieren sie",
    "follow us on",
    "folgen sie uns",
    "suivez-nous",
    "síguenos",
    "подписывайтесь на нас",
    "join our newsletter",
    "never miss",
    "verpasse keine",
    "nichts mehr verpassen",
    "nichts mehr versäumen",
    "keine news mehr verpassen",
    "war der artikel nützlich",
    "war dieser artikel hilfreich",
    "was this article helpful",
    "artikel bewerten",
    "rate this article",
    "valora esta noticia",
    "noch keine bewertungen",
    "den artikel teilen",
    "artikel gefallen",
    "vergiss nicht zu teilen",
    "we want to hear what you think",
    "if you enjoyed reading",
    "if you enjoyed this",
    "rezept drucken",
    "print recipe",
    "als pdf herunterladen",
    "lade weitere inhalte",
    "load more",
    "weitere inhalte laden",
    "zurück zur übersicht",
    "zurück zur listenansicht",
    "back to top",
    "support our journalism",
    "support independent journalism",
    "soutenez notre journalisme",
    "soutenez la rédaction",
    "apoya el periodismo",
    "become a member",
    "unterstützen sie unabhängigen journalismus",
    "jetzt unterstützen",
    "jetzt weiterlesen mit",
    "weiterlesen mit",
    "cet article est réservé aux abonnés",
    "réservé aux abonnés",
    "apoya nuestro periodismo",
    "este contenido es exclusivo para suscriptores",
    "поддержите редакцию",
    "подписывайтесь на наш",
    "подписывайтесь на нас",
    "наш канал в telegram",
    "наш telegram-канал",
    "inscrivez-vous",
    "suscríbete gratis",
    "recevez gratuitement",
    "click here to",
    "klicken sie hier",
    "hier klicken",
    "cliquez ici",
    "haz clic aquí",
    "pulse aquí",
    "нажмите здесь",
    "turn on notifications",
    "push-mitteilungen",
    "push notifications",
    "ctrl+enter",
    "нашли опечатку",
    "нашли ошибку",
    "следите за новостями",
    "story continues below",
    "article continues below",
    "weiter nach der anzeige",
    "artikel wird unterhalb",
    "la suite après cette publicité",
    "la suite après la publicité",
    "continúa después de la publicidad",
    "sigue leyendo",
    "únete a nuestro canal",
    "síguenos en google news",
    "folgen sie uns auf",
    "explore more on these topics",
    "reuse this content",
    "listen to this article",
    "artikel anhören",
    "écouter cet article",
    "escuchar artículo",
    "слушать статью",
    "zur merkliste",
    "artikel merken",
    "lire plus tard",
    "offrir cet article",
    "article réservé aux abonnés",
    "nur für abonnenten",
    "exclusivo para suscriptores",
    "только для подписчиков",
];

/// Words of share bars and print/mail tools.
const SHARE_WORDS: &[&str] = &[
    "share",
    "shares",
    "tweet",
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "pinterest",
    "reddit",
    "email",
    "e-mail",
    "mail",
    "print",
    "copy",
    "link",
    "teilen",
    "drucken",
    "versenden",
    "partager",
    "imprimer",
    "compartir",
    "imprimir",
    "поделиться",
    "печать",
    "vk",
    "вконтакте",
    "одноклассники",
    "on",
    "via",
    "this",
    "article",
    "artikel",
    "diesen",
    "per",
    "sur",
    "en",
    "the",
    "messenger",
    "flipboard",
    "xing",
    "envoyer",
    "par",
    "enviar",
    "por",
    "correo",
    "копировать",
    "ссылку",
    "отправить",
    "ok",
    "одноклассниках",
    "threads",
    "bluesky",
    "mastodon",
];

/// Why a line was dropped, for diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    Teaser,
    CommentSection,
    CommentForm,
    Cookie,
    Subscribe,
    ShareBar,
    LinkLike,
    Caption,
    Dateline,
    Copyright,
    Tags,
    NoLetters,
    LinkList,
    Advert,
}

impl Reason {
    fn code(self) -> &'static str {
        match self {
            Reason::Teaser => "teaser",
            Reason::CommentSection => "comment-section",
            Reason::CommentForm => "comment-form",
            Reason::Cookie => "cookie-banner",
            Reason::Subscribe => "subscription-prompt",
            Reason::ShareBar => "share-bar",
            Reason::LinkLike => "link-like",
            Reason::Caption => "caption",
            Reason::Dateline => "dateline",
            Reason::Copyright => "copyright",
            Reason::Tags => "tags",
            Reason::NoLetters => "no-letters",
            Reason::LinkList => "link-list",
            Reason::Advert => "advert-label",
        }
    }
}

fn strip_bullets(line: &str) -> &str {
    line.trim_start_matches(|c: char| {
        c.is_whitespace()
            || matches!(
                c,
                '»' | '›'
                    | '→'
                    | '▶'
                    | '►'
                    | '•'
                    | '*'
                    | '-'
                    | '–'
                    | '—'
                    | '>'
                    | '|'
                    | '■'
                    | '▸'
                    | '+'
                    | '➤'
                    | '➜'
                    | '▷'
                    | '❯'
                    | '⇒'
                    | '☛'
                    | '👉'
                    | '📌'
            )
    })
}

/// Judges one line on its own; `None` keeps it.
pub fn judge_line(line: &str) -> Option<Reason> {
    let t = line.trim();
    if t.is_empty() {
        return None;
    }
    let chars = t.chars().count();
    let lower = strip_bullets(t).to_lowercase();
    if chars < 300 && TEASER_CUES.iter().any(|c| starts_with_cue(&lower, c)) {
        return Some(Reason::Teaser);
    }
    if is_headline_line(t) && WEAK_TEASER_CUES.iter().any(|c| starts_with_cue(&lower, c)) {
        return Some(Reason::Teaser);
    }
    if chars < 400 && COMMENT_FORM_CUES.iter().any(|c| lower.contains(c)) {
        return Some(Reason::CommentForm);
    }
    if chars < 400 && lower.contains("cookie") && is_cookie_notice(&lower) {
        return Some(Reason::Cookie);
    }
    if chars < 250 && SUBSCRIBE_CUES.iter().any(|c| lower.contains(c)) {
        return Some(Reason::Subscribe);
    }
    if chars < 120 && is_share_bar(&lower) {
        return Some(Reason::ShareBar);
    }
    // Before menus: a byline or time line with separators is a dateline, not a headline.
    if chars < 120 && (is_dateline(&lower) || is_reading_time(&lower)) {
        return Some(Reason::Dateline);
    }
    if is_link_like(t) {
        return Some(Reason::LinkLike);
    }
    if chars < 150 && is_breadcrumb(t) {
        return Some(Reason::LinkLike);
    }
    if !t.chars().any(char::is_alphabetic) {
        return Some(Reason::NoLetters);
    }
    if chars < 200 && is_caption(t, &lower) {
        return Some(Reason::Caption);
    }
    if chars < 300 && (COPYRIGHT_CUES.iter().any(|c| lower.contains(c)) || is_copyright_line(&lower)) {
        return Some(Reason::Copyright);
    }
    if chars < 400 && TAG_CUES.iter().any(|c| starts_with_cue(&lower, c)) {
        return Some(Reason::Tags);
    }
    if chars < 100 && LABEL_CUES.iter().any(|c| is_label(&lower, c)) {
        return Some(Reason::Tags);
    }
    if chars < 300 && is_ad_label(&lower) {
        return Some(Reason::Advert);
    }
    if chars <= 60 && is_related_heading(&lower) {
        return Some(Reason::Teaser);
    }
    if chars <= 40 && UI_WORDS.contains(&lower.trim_end_matches(|c: char| !c.is_alphanumeric())) {
        return Some(Reason::LinkLike);
    }
    None
}

/// Buttons and links that make up a whole line.
const UI_WORDS: &[&str] = &[
    "zurück",
    "weiter",
    "back",
    "next",
    "previous",
    "permalink",
    "permalien",
    "bild anzeigen",
    "mehr anzeigen",
    "mehr erfahren",
    "show more",
    "learn more",
    "en savoir plus",
    "ver más",
    "подробнее",
    "dowiedz się więcej",
    "originalartikel",
    "zum originalartikel",
    "original article",
    "menu",
    "menü",
    "hauptmenü",
    "main menu",
    "navigation",
    "skip to main content",
    "skip to content",
    "zum inhalt springen",
    "zum inhalt",
    "aller au contenu",
    "aller au contenu principal",
    "ir al contenido",
    "saltar al contenido",
    "перейти к содержанию",
    "search",
    "suche",
    "rechercher",
    "recherche",
    "buscar",
    "поиск",
    "sign in",
    "log in",
    "login",
    "anmelden",
    "einloggen",
    "se connecter",
    "connexion",
    "iniciar sesión",
    "войти",
    "reply",
    "antworten",
    "répondre",
    "responder",
    "melden",
    "report",
    "signaler",
    "denunciar",
    "пожаловаться",
    "like",
    "gefällt mir",
    "j'aime",
    "me gusta",
    "нравится",
    "bild vergrößern",
    "vollbild",
    "agrandir",
    "ampliar",
    "ver galería",
    "mehr lesen",
    "lire plus",
    "voir plus",
    "leer más",
    "читать далее",
    "читать полностью",
    "показать еще",
    "показать ещё",
    "abonnieren",
    "s'abonner",
    "suscribirse",
    "подписаться",
    "startseite",
    "home",
    "accueil",
    "portada",
    "inicio",
    "главная",
];

/// Labels of metadata and service boxes ("Kategorie: News", "Kontakt:", "Quelle: dpa"),
/// matched only with their colon.
const LABEL_CUES: &[&str] = &[
    "category",
    "categories",
    "kategorie",
    "kategorien",
    "rubrik",
    "catégorie",
    "catégories",
    "categoría",
    "categorías",
    "рубрика",
    "filed under",
    "posted in",
    "author",
    "authors",
    "autor",
    "autoren",
    "auteur",
    "von",
    "views",
    "aufrufe",
    "release date",
    "kontakt",
    "contact",
    "pressekontakt",
    "weitere informationen",
    "mehr informationen",
    "zusatzinformationen",
    "more information",
    "further information",
    "quelle",
    "quellen",
    "quellenangaben",
    "source",
    "sources",
    "fuente",
    "источник",
    "źródło",
    "keywords",
    "themen",
    "thema",
    "topics",
    "topic",
    "thèmes",
    "sujets",
    "mots clés",
    "temas",
    "tema",
    "темы",
    "тема",
    "автор",
    "авторы",
    "redaktion",
    "redacción",
    "rédaction",
    "редакция",
    "redakteur",
    "editor",
    "edited by",
    "text",
    "texto",
    "texte",
    "текст",
];

fn is_label(lower: &str, cue: &str) -> bool {
    lower.strip_prefix(cue).is_some_and(|rest| rest.trim_start().starts_with(':'))
}

/// "3 min read", "Lesezeit: 4 Minuten".
fn is_reading_time(lower: &str) -> bool {
    lower.split_whitespace().count() <= 6
        && [
            "min read",
            "minute read",
            "minutes read",
            "lesezeit",
            "temps de lecture",
            "tiempo de lectura",
            "min de lecture",
        ]
        .iter()
        .any(|c| lower.contains(c))
}

/// Advertising labels ("Anzeige", "- Anzeige -", "Werbung: …", "Advertisement") and
/// affiliate-link disclosures.
fn is_ad_label(lower: &str) -> bool {
    let core = lower.trim_matches(|c: char| !c.is_alphanumeric());
    const LABELS: &[&str] = &[
        "anzeige",
        "werbung",
        "advertisement",
        "advertising",
        "sponsored",
        "gesponsert",
        "publicidad",
        "publicité",
        "реклама",
        "externer inhalt",
    ];
    const DISCLOSURES: &[&str] =
        &["affiliate link", "affiliate-link", "advertising disclosure", "advertising disclaimer", "partnerlink"];
    if DISCLOSURES.iter().any(|d| lower.contains(d)) {
        return true;
    }
    // Labels stand alone or open a short line.
    core.len() <= 80
        && LABELS.iter().any(|l| {
            core.strip_prefix(l).is_some_and(|rest| rest.is_empty() || rest.starts_with([':', ',', '.', ' ', '-']))
        })
}

/// Headings of lists of other articles, as the whole line: "Meistgelesene Artikel",
/// "Related posts", "Lo más leído".
fn is_related_heading(lower: &str) -> bool {
    const HEADINGS: &[&str] = &[
        "related",
        "related posts",
        "related articles",
        "related stories",
        "more stories",
        "more news",
        "most read",
        "most popular",
        "most viewed",
        "latest news",
        "latest articles",
        "latest posts",
        "recent posts",
        "recent articles",
        "popular posts",
        "top stories",
        "trending",
        "trending now",
        "editor's picks",
        "neueste artikel",
        "neueste beiträge",
        "neueste kommentare",
        "neue beiträge",
        "letzte beiträge",
        "aktuelle beiträge",
        "beliebte beiträge",
        "meistgelesen",
        "meistgelesene artikel",
        "meist gelesen",
        "meistdiskutiert",
        "meist-diskutiert",
        "meistdiskutierte artikel",
        "meistkommentiert",
        "empfohlene beiträge",
        "empfohlene artikel",
        "ähnliche beiträge",
        "ähnliche artikel",
        "verwandte artikel",
        "weiterführende links",
        "mehr themen",
        "weitere artikel",
        "weitere beiträge",
        "top-themen",
        "top themen",
        "articles similaires",
        "articles récents",
        "derniers articles",
        "les plus lus",
        "dans la même rubrique",
        "sur le même thème",
        "lo más leído",
        "lo más visto",
        "más leídas",
        "más leído",
        "artículos relacionados",
        "entradas relacionadas",
        "entradas recientes",
        "últimas noticias",
        "похожие статьи",
        "популярное",
        "самое читаемое",
        "последние новости",
        "другие новости",
        "weitere informationen",
        "mehr informationen",
        "weitere infos",
        "mehr infos",
        "more information",
        "further information",
        "plus d'informations",
        "más información",
        "дополнительная информация",
        "about the author",
        "über den autor",
        "über die autorin",
        "à propos de l'auteur",
        "sobre el autor",
        "об авторе",
        "table of contents",
        "contents",
        "inhaltsverzeichnis",
        "inhalt",
        "sommaire",
        "índice",
        "содержание",
        "more on this story",
        "more on this topic",
        "more from our partners",
        "from our partners",
        "promoted stories",
        "sponsored content",
        "paid content",
        "around the web",
        "in case you missed it",
        "mehr nachrichten",
        "weitere nachrichten",
        "aktuelle nachrichten",
        "news-ticker",
        "newsticker",
        "top-nachrichten",
        "das könnte sie auch interessieren",
        "empfehlungen",
        "unsere empfehlungen",
        "aus dem netz",
        "mehr aus dem web",
        "autres articles",
        "l'actu en continu",
        "dernières actualités",
        "les articles les plus lus",
        "les plus partagés",
        "sur le web",
        "contenus sponsorisés",
        "nos partenaires",
        "más noticias",
        "otras noticias",
        "noticias destacadas",
        "te recomendamos",
        "contenido patrocinado",
        "новости по теме",
        "читайте также",
        "новости партнеров",
        "новости партнёров",
        "лента новостей",
        "главные новости",
        "самое популярное",
        "самое интересное",
        "выбор редакции",
        "ещё по теме",
        "еще по теме",
        "материалы по теме",
        "похожие новости",
    ];
    let core = lower.trim_end_matches([':', '?', '!', '.', ' ']);
    HEADINGS.contains(&core)
}

const COPYRIGHT_CUES: &[&str] = &[
    "copyright ©",
    "© copyright",
    "all rights reserved",
    "this document is subject to copyright",
    "alle rechte vorbehalten",
    "tous droits réservés",
    "todos los derechos reservados",
    "все права защищены",
    "this material may not be published, broadcast, rewritten",
    "diese inhalte dürfen nicht",
    "alle angaben ohne gewähr",
    "gibt die meinung des autors wieder",
    "does not necessarily reflect",
    "do not necessarily reflect",
    "not responsible for the opinions",
    "ne reflète pas nécessairement",
    "no refleja necesariamente",
    "materiał chroniony prawem",
];

const TAG_CUES: &[&str] =
    &["tags", "tagged", "schlagwörter", "schlagworte", "étiquettes", "mots-clés", "etiquetas", "теги", "метки"];

/// Photo captions and credits: "Image 3 of 8", "Photo: …", "(Image: Reuters)", "Credit: …".
fn is_caption(t: &str, lower: &str) -> bool {
    const STARTS: &[&str] = &[
        "photo:",
        "photo by",
        "photos:",
        "image:",
        "image credit",
        "(image credit",
        "picture:",
        "foto:",
        "bild:",
        "crédit photo",
        "crédits photo",
        "foto de",
        "фото:",
        "credit:",
        "getty images",
        "(getty",
        "(photo",
        "(foto",
        "(crédito",
        "crédito:",
        "bild via",
        "foto via",
        "image via",
        "titelbild",
        "beitragsbild",
        "bildquelle",
        "photograph by",
        "photograph:",
        "afp /",
        "afp/",
        "dpa /",
        "dpa/",
        "reuters /",
        "epa /",
        "imago /",
        "imago/",
        "picture alliance",
        "photograph:",
        "fotos:",
        "foto :",
        "photo :",
        "imagen:",
        "fuente de la imagen",
        "bildrechte",
        "фото: ",
        "efe/",
        "efe /",
        "ap/",
        "ap photo",
        "epa/",
        "reuters/",
        "xinhua/",
        "europa press/",
        "тасс /",
        "тасс/",
        "риа новости /",
        "риа новости/",
    ];
    const ENDS: &[&str] = &["(image: getty)", "(image: getty )", "getty images", "/ afp", "/ reuters", "/ ap", "/ dpa"];
    if STARTS.iter().any(|s| lower.starts_with(s)) || ENDS.iter().any(|e| lower.ends_with(e)) {
        return true;
    }
    // A credit in brackets closing a short line: "Die Altstadt. (Foto: Getty)".
    if lower.ends_with(')') {
        if let Some(open) = lower.rfind('(') {
            let inner = &lower[open + 1..];
            if ["foto", "photo", "bild", "image", "crédit", "credit"].iter().any(|w| inner.starts_with(w)) {
                return true;
            }
        }
    }
    // "Abbildung 4: …", "Figure 2. …", "Abb. 3".
    let mut words = lower.split_whitespace();
    if let (Some(first), Some(second)) = (words.next(), words.next()) {
        let fig = matches!(
            first.trim_end_matches(':'),
            "abbildung" | "abb." | "figure" | "fig." | "grafik" | "рис." | "рисунок"
        );
        if fig && (first.ends_with(':') || second.starts_with(|c: char| c.is_ascii_digit())) {
            return true;
        }
    }
    // A bare stock-photo credit.
    if t.len() < 80 && ["istock", "shutterstock", "adobe stock", "getty images"].iter().any(|w| lower.contains(w)) {
        return true;
    }
    // "Image 1 of 8", "Bild 3 von 12", "Photo 2 sur 5", "Foto 1 de 4".
    let w: Vec<&str> = lower.split_whitespace().collect();
    if w.len() <= 4
        && w.len() >= 3
        && matches!(w[0], "image" | "photo" | "bild" | "foto" | "фото" | "slide")
        && matches!(w[w.len() - 2], "of" | "von" | "sur" | "de" | "из")
    {
        return true;
    }
    if has_trailing_credit(lower) {
        return true;
    }
    // A caption credit glued to the end: "…sought treatmentCredit: EPA".
    t.rfind("Credit:").is_some_and(|i| t.len() - i < 60) || lower.contains("(image: ")
}

/// A short credit closing a caption: "Scholz in Berlin. Foto: dpa / Michael Kappeler",
/// "… in Tokyo. Photograph: Kim/Reuters", "… en Madrid. EFE/Fernando Alvarado",
/// "… в Анкаре. Фото: РИА Новости".
fn has_trailing_credit(lower: &str) -> bool {
    const CUES: &[&str] = &[
        "foto:",
        "foto :",
        "fotos:",
        "photo:",
        "photo :",
        "photos:",
        "photograph:",
        "bild:",
        "image:",
        "imagen:",
        "crédit photo",
        "crédit :",
        "credit:",
        "фото:",
        "фото :",
        "efe/",
        "efe /",
        "afp/",
        "afp /",
        "ap/",
        "ap photo",
        "reuters/",
        "epa/",
        "dpa/",
        "getty images",
    ];
    CUES.iter().any(|c| {
        let Some(i) = lower.rfind(c) else { return false };
        let before = lower[..i].trim_end();
        let tail = lower[i..].trim_end_matches(')');
        i > 0
            && before.ends_with(['.', '|', '(', '–', '-', ')', ','])
            && tail.chars().count() <= 70
            && !tail.ends_with(['.', '!', '?'])
    })
}

/// Short lines that only carry a publication or update time, or a byline with a date.
fn is_dateline(lower: &str) -> bool {
    const CUES: &[&str] = &[
        "updated",
        "published",
        "posted",
        "last updated",
        "first published",
        "stand:",
        "aktualisiert",
        "veröffentlicht",
        "erstellt",
        "publié",
        "mis à jour",
        "modifié",
        "actualizado",
        "publicado",
        "обновлено",
        "опубликовано",
    ];
    let has_digit = lower.chars().any(|c| c.is_ascii_digit());
    let words = lower.split_whitespace().count();
    let cue = CUES.iter().any(|c| lower.contains(c));
    let bare_by = ["by ", "von ", "par ", "por "].iter().any(|b| lower.starts_with(b))
        && lower.split_whitespace().filter(|w| w.chars().any(char::is_alphanumeric)).count() <= 12;
    let sentence = lower.ends_with(['.', '!', '?']) && words > 8;
    let dated = has_digit && has_date(lower);
    // A bare date or date and time ("12 марта 2024, 15:20", "12.03.2024, 14:35 Uhr"), or a
    // date with a section name and a view count.
    let bare_date = dated
        && !lower.ends_with(['.', '!', '?'])
        && (only_date_words(lower) || (words <= 10 && has_view_count(lower)));
    !sentence && (has_digit && (cue || (bare_by && dated)) || (bare_by && words <= 8) || bare_date)
}

/// A date anywhere in a short line: written out ("12 марта 2024"), ISO, or numeric with a
/// four-digit year ("12/03/2024", "12.03.2024", even when day and month are ambiguous).
fn has_date(lower: &str) -> bool {
    let numeric = |w: &str| {
        let parts: Vec<&str> = w.trim_matches(|c: char| !c.is_ascii_digit()).split(['.', '/', '-']).collect();
        parts.len() == 3
            && parts.iter().all(|p| !p.is_empty() && p.len() <= 4 && p.bytes().all(|b| b.is_ascii_digit()))
            && (parts[0].len() == 4 || parts[2].len() == 4)
    };
    crate::date::normalise_date(lower).is_some()
        || lower.split(['|', '·', '•', ',', '–', '—']).any(|seg| crate::date::normalise_date(seg).is_some())
        || lower.split_whitespace().any(numeric)
}

/// Every word is part of a date or time: numbers, month and weekday names, "Uhr", "h", "GMT"
/// ("12 марта 2024, 15:20", "Tue 12 Mar 2024 06.00 GMT"), so "Termin: 29.02.2020" stays.
fn only_date_words(lower: &str) -> bool {
    const TIME: &[&str] = &[
        "uhr", "h", "am", "pm", "gmt", "utc", "cet", "mez", "msk", "мск", "г", "года", "à", "a", "um", "at", "le",
        "el", "de",
    ];
    lower.split_whitespace().count() <= 8
        && lower.split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '-' | '–' | '/')).all(|w| {
            let w = w.trim_matches(|c: char| matches!(c, '.' | '(' | ')' | ':'));
            w.is_empty()
                || w.chars().any(|c| c.is_ascii_digit())
                || TIME.contains(&w)
                || crate::date::normalise_date(&format!("1 {w} 2020")).is_some()
                || is_weekday(w)
        })
}

fn is_weekday(w: &str) -> bool {
    const DAYS: &[&str] = &[
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "mo",
        "di",
        "mi",
        "do",
        "fr",
        "sa",
        "so",
        "montag",
        "dienstag",
        "mittwoch",
        "donnerstag",
        "freitag",
        "samstag",
        "sonntag",
        "lundi",
        "mardi",
        "mercredi",
        "jeudi",
        "vendredi",
        "samedi",
        "dimanche",
        "lunes",
        "martes",
        "miércoles",
        "jueves",
        "viernes",
        "sábado",
        "domingo",
        "понедельник",
        "вторник",
        "среда",
        "четверг",
        "пятница",
        "суббота",
        "воскресенье",
    ];
    DAYS.contains(&w)
}

/// "1 543 просмотра", "2.345 Aufrufe", "120 views".
fn has_view_count(lower: &str) -> bool {
    const WORDS: &[&str] = &["просмотр", "views", "aufrufe", "vues", "visitas", "lecturas", "reads", "mal gelesen"];
    WORDS.iter().any(|w| {
        lower
            .match_indices(w)
            .any(|(i, _)| lower[..i].trim_end().chars().next_back().is_some_and(|c| c.is_ascii_digit()))
    })
}

/// A copyright line: "© dpa-infocom, …", "(c) 2024 Example", "Copyright 2024 …".
fn is_copyright_line(lower: &str) -> bool {
    lower.starts_with('©')
        || lower.starts_with("(c) ")
        || (lower.starts_with("copyright") && lower.chars().any(|c| c.is_ascii_digit()))
        || (lower.contains(" © ") && lower.split_whitespace().count() <= 12)
}

/// The cue followed by a word boundary: "read also" but not "read alsoX"; "comments" only
/// as the whole line (optionally with a count).
fn starts_with_cue(lower: &str, cue: &str) -> bool {
    lower.starts_with(cue) && lower[cue.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

fn is_cookie_notice(lower: &str) -> bool {
    const VERBS: &[&str] = &[
        "accept",
        "consent",
        "we use",
        "this site uses",
        "this website uses",
        "akzeptier",
        "verwendet",
        "verwenden",
        "einverstanden",
        "zustimm",
        "utilise",
        "accepte",
        "acept",
        "utiliza",
        "usamos",
        "использ",
        "согласие",
        "privacy",
        "datenschutz",
        "confidentialité",
        "privacidad",
    ];
    VERBS.iter().any(|v| lower.contains(v))
}

fn is_share_bar(lower: &str) -> bool {
    let words: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '/' | '·' | '•' | ',' | ':'))
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-'))
        .filter(|w| !w.is_empty() && !w.chars().all(|c| c.is_ascii_digit()))
        .collect();
    if words.is_empty() {
        return false;
    }
    let share = words.iter().filter(|w| SHARE_WORDS.contains(w)).count();
    // Need at least one strong word, so "This article" alone is not a share bar.
    let strong = words.iter().any(|w| {
        matches!(
            *w,
            "share"
                | "tweet"
                | "envoyer"
                | "enviar"
                | "versenden"
                | "отправить"
                | "facebook"
                | "twitter"
                | "whatsapp"
                | "teilen"
                | "partager"
                | "compartir"
                | "поделиться"
                | "linkedin"
                | "telegram"
                | "pinterest"
        )
    });
    strong && share * 10 >= words.len() * 8
}

/// Menu or breadcrumb lines made of short segments. Bare URLs are kept: articles cite them.
fn is_link_like(t: &str) -> bool {
    let seps = t.chars().filter(|c| matches!(c, '|' | '»' | '›' | '•' | '·')).count();
    if seps >= 2 {
        let segments: Vec<&str> = t.split(['|', '»', '›', '•', '·']).map(str::trim).filter(|s| !s.is_empty()).collect();
        let short = segments.iter().all(|s| s.chars().count() <= 30 && !s.ends_with(['.', '!', '?']));
        return short && segments.len() >= 3;
    }
    false
}

/// Breadcrumbs written with spaced '>' or '/': "Accueil > Monde > Afrique",
/// "Inicio / Internacional / América Latina". Unlike '|' lists, never a headline.
fn is_breadcrumb(t: &str) -> bool {
    for sep in [" > ", " / "] {
        let segments: Vec<&str> = t.split(sep).map(str::trim).collect();
        if segments.len() >= 3
            && segments.iter().all(|s| {
                let n = s.chars().count();
                (1..=30).contains(&n)
                    && s.split_whitespace().count() <= 3
                    && !s.ends_with(['.', '!', '?', ':'])
                    && s.chars().next().is_some_and(|c| c.is_alphabetic())
            })
        {
            return true;
        }
    }
    false
}

/// A comment-section heading: the whole line is the cue, maybe with a count ("12 Kommentare").
fn is_comment_heading(line: &str) -> bool {
    let lower = strip_bullets(line.trim()).to_lowercase();
    let core: String = lower
        .trim_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || matches!(c, '(' | ')' | ':' | '.' | '!'))
        .to_string();
    if is_titled_comment_heading(&lower) {
        return true;
    }
    lower.chars().count() <= 40
        && COMMENT_SECTION_CUES.iter().any(|c| {
            core == *c || (core.starts_with(c) && core[c.len()..].trim_start().starts_with(['(', ':'])) || {
                // "3 comments on “Title”"
                core.starts_with(c) && core[c.len()..].trim_start().starts_with("on ")
            }
        })
}

/// The heading blog software puts over the comments, with the article's title:
/// "3 thoughts on “…”", "Ein Gedanke zu „…“", "2 réflexions sur « … »", "5 respuestas a «…»",
/// "12 комментариев к «…»".
fn is_titled_comment_heading(lower: &str) -> bool {
    const COUNTS: &[&str] = &["one", "ein", "eine", "un", "une", "una", "один", "одна", "два", "две", "три"];
    const HEADS: &[&str] = &[
        "thoughts on",
        "thought on",
        "responses to",
        "response to",
        "replies to",
        "reply to",
        "comments on",
        "comment on",
        "kommentare zu",
        "kommentar zu",
        "gedanken zu",
        "gedanke zu",
        "antworten auf",
        "antwort auf",
        "commentaires sur",
        "commentaire sur",
        "réflexions sur",
        "réflexion sur",
        "réponses à",
        "réponse à",
        "respuestas a",
        "respuesta a",
        "comentarios en",
        "comentario en",
        "comentarios sobre",
        "comentario sobre",
        "comentarios a",
        "комментариев к",
        "комментария к",
        "комментарий к",
        "комментариев на",
        "ответов на",
        "ответа на",
        "ответ на",
    ];
    if lower.chars().count() > 250 {
        return false;
    }
    let Some((first, rest)) = lower.split_once(char::is_whitespace) else { return false };
    let counted = first.chars().all(|c| c.is_ascii_digit()) || COUNTS.contains(&first);
    counted
        && HEADS.iter().any(|h| {
            rest.strip_prefix(h).is_some_and(|title| {
                let title = title.trim_start();
                title.starts_with(['“', '"', '„', '«', '‘', '\'', '»', '‚'])
            })
        })
}

/// One item of a menu: at most three words and 30 characters, starting with a letter, no
/// closing punctuation ("Politik", "В мире", "América Latina").
fn is_menu_item(line: &str) -> bool {
    let t = line.trim();
    let n = t.chars().count();
    (1..=30).contains(&n)
        && t.split_whitespace().count() <= 3
        && t.chars().next().is_some_and(char::is_alphabetic)
        && !t.ends_with(['.', '!', '?', ':', ';', ',', '"', '”', '»', '“'])
}

/// An author box closing the page: "Karim Benali est correspondant au Maghreb depuis 2015.",
/// "Jane Roe is a reporter covering …", "Иван Петров — корреспондент …".
fn is_author_bio(p: &str) -> bool {
    const CUES: &[&str] = &[
        " is a correspondent",
        " is a reporter",
        " is a journalist",
        " is a staff writer",
        " is a senior correspondent",
        " is a freelance",
        " is the author of",
        " ist korrespondent",
        " ist korrespondentin",
        " ist redakteur",
        " ist redakteurin",
        " ist journalist",
        " ist journalistin",
        " ist reporter",
        " ist reporterin",
        " est correspondant",
        " est correspondante",
        " est journaliste",
        " est reporter",
        " est rédacteur",
        " est rédactrice",
        " es corresponsal",
        " es periodista",
        " es redactor",
        " es redactora",
        " es reportero",
        " es reportera",
        " — корреспондент",
        " — журналист",
        " — обозреватель",
        " является корреспондентом",
        " является журналистом",
    ];
    let lower = p.to_lowercase();
    // The cue follows the name (a few words, no clause) at the start of the box.
    p.chars().count() < 300
        && !p.contains('\n')
        && CUES.iter().any(|c| {
            lower.find(c).is_some_and(|i| lower[..i].split_whitespace().count() <= 4 && !lower[..i].contains(','))
        })
}

/// A news headline standing alone: 4 to 16 words, capitalised, no digits or dots (addresses,
/// abbreviations), ending in a word
/// ("Russia threatens the Baltic states with retaliation").
fn is_news_headline(line: &str) -> bool {
    let t = line.trim();
    let words = t.split_whitespace().count();
    (4..=16).contains(&words)
        && t.chars().next().is_some_and(char::is_uppercase)
        && t.chars().next_back().is_some_and(char::is_alphabetic)
        && !t.chars().any(|c| c.is_ascii_digit() || c == '.')
}

/// A short line without closing punctuation, as headlines are.
fn is_headline_line(line: &str) -> bool {
    let t = line.trim();
    t.chars().count() < 120 && !t.ends_with(['.', '!', '?', ':', '"', '”', '»', '“', ')'])
}

/// A heading of a list of other articles standing alone on its line: "Meistgelesen",
/// "Related posts:", "Lesen Sie auch:" (with no headline after the cue).
fn opens_link_list(line: &str) -> bool {
    let lower = strip_bullets(line.trim()).to_lowercase();
    let core = lower.trim_end_matches([':', '?', '!', '.', ' ']);
    is_related_heading(&lower) || TEASER_CUES.iter().any(|c| core == c.trim_end_matches(':'))
}

/// Cleans paragraphs: drops boilerplate lines, cuts a trailing comment section, and
/// reports what it removed.
pub fn clean_paragraphs(paras: &[String], diags: &mut Vec<Diagnostic>) -> Vec<String> {
    let total: usize = paras.iter().map(String::len).sum();
    let mut out: Vec<String> = Vec::with_capacity(paras.len());
    let mut counts: Vec<(Reason, usize)> = Vec::new();
    let note = |r: Reason, counts: &mut Vec<(Reason, usize)>| match counts.iter_mut().find(|(k, _)| *k == r) {
        Some((_, n)) => *n += 1,
        None => counts.push((r, 1)),
    };
    let mut seen = 0usize;
    // After a heading such as "Meistgelesen" or a bare "Lesen Sie auch:", the headline-like
    // lines that follow are the listed articles.
    let mut in_link_list = false;
    // Menus: a paragraph of three or more menu items, or a run of three or more one-item
    // paragraphs ("Startseite / Politik / Ausland" copied one per line).
    let single_item: Vec<bool> = paras.iter().map(|p| !p.trim().contains('\n') && is_menu_item(p)).collect();
    let menu: Vec<bool> = (0..paras.len())
        .map(|i| {
            let p = &paras[i];
            // Menu items, with buttons such as "Skip to main content" or "Menu" among them.
            let lines: Vec<&str> = p.lines().filter(|l| !l.trim().is_empty()).collect();
            let items = lines.iter().filter(|l| is_menu_item(l)).count();
            if items >= 3 && lines.iter().all(|l| is_menu_item(l) || judge_line(l).is_some()) {
                return true;
            }
            if !single_item[i] {
                return false;
            }
            let back = (0..i).rev().take_while(|&j| single_item[j]).count();
            let ahead = (i + 1..paras.len()).take_while(|&j| single_item[j]).count();
            back + ahead + 1 >= 3
        })
        .collect();
    'paras: for (pi, p) in paras.iter().enumerate() {
        let mut kept: Vec<&str> = Vec::new();
        // The previous line of this paragraph was a listed article's headline: a short line
        // under it is that article's summary ("Der Kreml reagiert auf …").
        let mut after_listed = false;
        // Menus only open the page: lists of short items later on are content.
        if menu[pi] && out.is_empty() {
            let n = p.lines().filter(|l| !l.trim().is_empty()).count();
            match counts.iter_mut().find(|(k, _)| *k == Reason::LinkLike) {
                Some((_, c)) => *c += n,
                None => counts.push((Reason::LinkLike, n)),
            }
            seen += p.len();
            continue;
        }
        for line in p.lines() {
            // A comment heading after the first half of the text ends the article.
            // Also after some body past the first quarter, or after a good deal of body: the
            // comments may outweigh the article.
            let body: usize = out.iter().map(|p| p.chars().count()).sum::<usize>()
                + kept.iter().map(|l| l.chars().count()).sum::<usize>();
            let past_body = seen * 2 >= total || (seen * 4 >= total && body >= 300) || body >= 1200;
            if pi > 0 && past_body && is_comment_heading(line) {
                let rest = paras[pi..].iter().map(|p| p.lines().count()).sum::<usize>() - kept.len();
                counts.push((Reason::CommentSection, rest));
                if !kept.is_empty() {
                    out.push(kept.join("\n"));
                }
                break 'paras;
            }
            if in_link_list && is_headline_line(line) {
                note(Reason::Teaser, &mut counts);
                after_listed = true;
                continue;
            }
            if in_link_list && after_listed && line.trim().chars().count() < 250 {
                note(Reason::Teaser, &mut counts);
                after_listed = false;
                continue;
            }
            after_listed = false;
            in_link_list = false;
            match judge_line(line) {
                // The headline is never a teaser or a menu.
                Some(r)
                    if pi == 0 && out.is_empty() && kept.is_empty() && r == Reason::LinkLike && is_link_like(line) =>
                {
                    kept.push(line)
                }
                Some(r) => {
                    in_link_list = r == Reason::Teaser && opens_link_list(line);
                    // A credit line under a caption: the short line above it in the same
                    // paragraph is the caption ("Scholz im Kanzleramt.\nFoto: dpa").
                    if r == Reason::Caption && kept.last().is_some_and(|l| l.chars().count() < 200) {
                        kept.pop();
                        note(r, &mut counts);
                    }
                    note(r, &mut counts)
                }
                None => kept.push(line),
            }
        }
        seen += p.len();
        if !kept.is_empty() {
            out.push(kept.join("\n"));
        }
    }
    // A trailing run of short headline-like lines is a list of links to other articles; a
    // single one after the article has ended (it ends with a sentence) is a teaser too.
    let is_headline = |l: &str| {
        let c = l.chars().count();
        c < 110 && !l.trim_end().ends_with(['.', '!', '?', ':', '"', '”', '»', '“'])
    };
    let headline_para = |p: &String| !p.contains('\n') && is_headline(p);
    let run = out.iter().rev().take_while(|p| headline_para(p)).count();
    let lone = run > 0
        && run <= 2
        && out.len() - run >= 2
        && out[out.len() - run - 1].trim_end().ends_with(['.', '!', '?', '"', '”', '»', '“'])
        && out[out.len() - run..].iter().all(|p| is_news_headline(p));
    if (run >= 3 && run < out.len()) || lone {
        out.truncate(out.len() - run);
        note(Reason::LinkList, &mut counts);
    }
    if out.len() >= 3 && out.last().is_some_and(|p| is_author_bio(p)) {
        out.pop();
        note(Reason::Teaser, &mut counts);
    }
    for (r, n) in counts {
        diags.push(Diagnostic::info(
            "extract",
            &format!("removed-{}", r.code()),
            format!("removed {n} {} line(s)", r.code()),
        ));
    }
    out
}

/// Drops a run of trailing paragraphs in another language (site footers, comment forms of
/// a foreign-language template), at most 30 % of the text.
pub fn drop_foreign_tail(paras: &mut Vec<String>, doc_lang: Lang, diags: &mut Vec<Diagnostic>) {
    if doc_lang == Lang::Other || paras.len() < 3 {
        return;
    }
    let total: usize = paras.iter().map(String::len).sum();
    let mut cut = paras.len();
    let mut dropped = 0;
    while cut > 1 {
        let p = &paras[cut - 1];
        // Short lines carry too little signal alone; judge them with their tail.
        let tail: String = paras[cut - 1..].join("\n");
        let Some((l, conf)) = crate::lang::identify_text(if p.len() >= 60 { p } else { &tail }) else { break };
        if l == doc_lang || conf < 0.3 || (dropped + p.len()) * 10 > total * 3 {
            break;
        }
        dropped += p.len();
        cut -= 1;
    }
    if cut < paras.len() {
        let n = paras.len() - cut;
        paras.truncate(cut);
        diags.push(Diagnostic::info(
            "extract",
            "removed-foreign-tail",
            format!("removed {n} trailing paragraph(s) not in {doc_lang}"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(line: &str, expected: Option<Reason>) {
        assert_eq!(judge_line(line), expected, "{line}");
    }

    #[test]
    fn judges_lines() {
        let cases = [
            ("Lesen Sie auch: Neue Regeln für Mieter ab Januar", Some(Reason::Teaser)),
            ("» Read also: Ten things to know about the vote", Some(Reason::Teaser)),
            ("À lire aussi  Le budget de la ville en hausse", Some(Reason::Teaser)),
            ("Lea también: El Congreso aprueba la reforma", Some(Reason::Teaser)),
            ("Читайте также: Парламент принял закон", Some(Reason::Teaser)),
            ("Readers also said the vote was unfair.", None),
            ("Lesenswert fanden viele Bürger den Bericht des Ausschusses.", None),
            ("Your email address will not be published. Required fields are marked *", Some(Reason::CommentForm)),
            ("Ihre E-Mail-Adresse wird nicht veröffentlicht.", Some(Reason::CommentForm)),
            ("We use cookies to improve your experience. Accept all", Some(Reason::Cookie)),
            ("Diese Website verwendet Cookies.", Some(Reason::Cookie)),
            ("The bakery sold 300 cookies on Saturday.", None),
            ("Subscribe now for unlimited access", Some(Reason::Subscribe)),
            ("Share on Facebook | Tweet | Email", Some(Reason::ShareBar)),
            ("Teilen  Drucken  E-Mail", Some(Reason::ShareBar)),
            ("The minister said he would share the report with Twitter users.", None),
            ("Home | Politik | Ausland | Europa", Some(Reason::LinkLike)),
            ("https://example.org/some/page", None),
            ("Updated 5:27 am CST, Wednesday, November 20, 2019", Some(Reason::Dateline)),
            ("By Jane Roe, Staff Writer", Some(Reason::Dateline)),
            ("The findings were published on Monday (Nov. 18) in a medical journal.", None),
            ("Image 3 of 8", Some(Reason::Caption)),
            ("Photo: Jane Roe / Reuters", Some(Reason::Caption)),
            ("Copyright 2024 Example News. All rights reserved.", Some(Reason::Copyright)),
            ("Tags: Wahl, Bundestag, Koalition", Some(Reason::Tags)),
            ("12 | 7", Some(Reason::NoLetters)),
            ("The vote was 12 | 7 in favour.", None),
            ("Auch lesen: Neue Regeln für Mieter", Some(Reason::Teaser)),
            ("PUEDES VER: ¿Qué dijo el ministro?", Some(Reason::Teaser)),
            ("Meistgelesene Artikel", Some(Reason::Teaser)),
            ("Related posts:", Some(Reason::Teaser)),
            ("Related talks continued on Monday.", None),
            ("Kategorie: News", Some(Reason::Tags)),
            ("Category : Press Releases", Some(Reason::Tags)),
            ("Category 5 storms are rare in the region.", None),
            ("Kontakt:", Some(Reason::Tags)),
            ("Quelle: Landesregierung", Some(Reason::Tags)),
            ("Quellen zufolge hat die Regierung den Plan aufgegeben.", None),
            ("- Anzeige -", Some(Reason::Advert)),
            ("Anzeige, enthält Affiliate Links", Some(Reason::Advert)),
            ("Anzeigenkunden sollen künftig mehr zahlen.", None),
            ("Advertisement", Some(Reason::Advert)),
            ("4 Min Read", Some(Reason::Dateline)),
            ("War der Artikel nützlich?", Some(Reason::Subscribe)),
            ("Die Altstadt am Abend. (Foto: Getty)", Some(Reason::Caption)),
            ("AFP / MARCO BERTORELLO", Some(Reason::Caption)),
            ("Bild via Wikimedia", Some(Reason::Caption)),
            ("Abbildung 4: Die Schichten im Querschnitt.", Some(Reason::Caption)),
            ("Figure 2. Results by region", Some(Reason::Caption)),
            ("Figure skating returns to the capital.", None),
            ("Über den Autor", Some(Reason::Teaser)),
            ("Zurück", Some(Reason::LinkLike)),
            ("Alle Angaben ohne Gewähr.", Some(Reason::Copyright)),
            ("Dieser Beitrag enthält Affiliate-Links.", Some(Reason::Advert)),
            // Weak cues count only on headline-like lines.
            ("Mehr aus Politik", Some(Reason::Teaser)),
            ("Mehr aus Angst als aus Überzeugung stimmte Polen dem Plan zu.", None),
            ("Más noticias", Some(Reason::Teaser)),
            ("Zum Thema Migration sagte der Minister, die Regeln würden verschärft.", None),
            // Media and live-coverage links.
            ("Video: Putin droht dem Westen mit Atomwaffen", Some(Reason::Teaser)),
            ("Zum Liveticker: Russland greift Charkiw an", Some(Reason::Teaser)),
            ("Next post: Latvia bans Russian-language signs", Some(Reason::Teaser)),
            ("Новости по теме:", Some(Reason::Teaser)),
            // Bylines and bare dates, also with separators; credits of wire copy.
            ("Por Lucía Fernández | Madrid | 12/03/2024 - 12:00", Some(Reason::Dateline)),
            ("12 марта 2024, 15:20", Some(Reason::Dateline)),
            ("12 марта 2024, 09:00 · Политика · 1 543 просмотра", Some(Reason::Dateline)),
            ("Termin: 29.02.2020, 19 Uhr", None),
            ("Tue 12 Mar 2024 06.00 GMT", Some(Reason::Dateline)),
            ("On 12 March 2024 Russia attacked the port of Odesa with drones.", None),
            // Breadcrumbs with spaced '>' and '/'.
            ("Accueil > International > Europe", Some(Reason::LinkLike)),
            ("Inicio / Internacional / América Latina", Some(Reason::LinkLike)),
            ("The vote was 12 / 7 / 3 in favour.", None),
            // Copyright lines.
            ("© dpa-infocom, dpa:240312-99-123456/3", Some(Reason::Copyright)),
            // Captions with a credit at their end.
            ("Kishida and Yoon shake hands in Tokyo. Photograph: Kim Kyung-Hoon/Reuters", Some(Reason::Caption)),
            ("El ministro José Manuel Albares en Madrid. EFE/Fernando Alvarado", Some(Reason::Caption)),
            ("Лавров и Фидан в Анкаре. Фото: Пресс-служба МИД", Some(Reason::Caption)),
            ("The photo: a leaked image showed the minister at the border.", None),
            // Labels, buttons and prompts.
            ("Temas: Nicaragua, España, Diplomacia", Some(Reason::Tags)),
            ("Skip to main content", Some(Reason::LinkLike)),
            ("Antworten", Some(Reason::LinkLike)),
            ("Support independent journalism. Become a member today.", Some(Reason::Subscribe)),
            ("Zelensky said allies must support us until the war ends.", None),
            ("Подписывайтесь на наш канал в Telegram", Some(Reason::Subscribe)),
            ("Vous devez être connecté pour publier un commentaire.", Some(Reason::CommentForm)),
            ("Le ministre a été invité pour réagir aux accusations de Moscou.", None),
            ("Envoyer par e-mail", Some(Reason::ShareBar)),
            ("Envoyer des troupes en Ukraine serait une erreur, a dit le ministre.", None),
            ("Partager sur Facebook | Envoyer par e-mail", Some(Reason::ShareBar)),
        ];
        for (line, expected) in cases {
            check(line, expected);
        }
    }

    #[test]
    fn drops_listed_articles_after_a_list_heading() {
        let paras: Vec<String> = [
            "The council approved the harbour plan on Thursday after a long debate.",
            "Lesen Sie auch:",
            "Ferry prices rise again",
            "New bridge opens in May",
            "Construction is due to begin next spring, the mayor said.",
            "Lesen Sie auch: Neue Regeln für Mieter",
            "Reactions in the city",
            "Shop owners welcomed the decision.",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let out = clean_paragraphs(&paras, &mut Vec::new());
        let expected = [0, 4, 6, 7].map(|i| paras[i].clone());
        assert_eq!(out, expected);
    }

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn drops_menus_one_per_line_or_in_a_paragraph() {
        let paras = strings(&[
            "Startseite\nPolitik\nAusland\nSport",
            "Skip to main content",
            "World",
            "Politics",
            "Business",
            "Scholz sagt Kiew weitere Luftabwehr zu",
            "Bundeskanzler Olaf Scholz hat der Ukraine weitere Luftabwehrsysteme zugesagt.",
            "Die Forderungen der Opposition sind klar.",
        ]);
        let out = clean_paragraphs(&paras, &mut Vec::new());
        assert_eq!(out, strings(&[&paras[5], &paras[6], &paras[7]]));
    }

    #[test]
    fn drops_a_caption_above_its_credit() {
        let paras = strings(&[
            "Russland verurteilte die deutschen Waffenlieferungen scharf, wie die Agentur meldete.",
            "Kanzler Scholz empfängt Präsident Selenskyj im Kanzleramt.\nFoto: dpa / Michael Kappeler",
            "Die Opposition kritisierte den Besuch als reine Symbolpolitik des Kanzlers.",
        ]);
        let out = clean_paragraphs(&paras, &mut Vec::new());
        assert_eq!(out, strings(&[&paras[0], &paras[2]]));
    }

    #[test]
    fn drops_a_trailing_headline_and_author_box() {
        let paras = strings(&[
            "Estonia expels Russian diplomat",
            "Estonia expelled a Russian diplomat on Monday, the foreign ministry said.",
            "Moscow rejected the accusations.",
            "Mark Tamm is a freelance journalist based in Tallinn.",
            "Russia threatens the Baltic states with retaliation",
        ]);
        let out = clean_paragraphs(&paras, &mut Vec::new());
        assert_eq!(out, strings(&[&paras[0], &paras[1], &paras[2]]));
        // A body whose last paragraph names a journalist deep in the sentence stays.
        let paras = strings(&[
            "Headline of the story",
            "The ministry expelled the correspondent on Monday.",
            "Officials said on Tuesday that the man, who is a correspondent for a Russian agency, had left.",
        ]);
        assert_eq!(clean_paragraphs(&paras, &mut Vec::new()), paras);
    }

    #[test]
    fn cuts_comments_under_a_titled_heading() {
        let paras = strings(&[
            "Estonia expels Russian diplomat",
            "Estonia expelled a Russian diplomat on Monday after security services uncovered a plot.",
            "3 thoughts on “Estonia expels Russian diplomat”",
            "Russia attacked Estonia's cables before, and NATO did nothing.",
        ]);
        let out = clean_paragraphs(&paras, &mut Vec::new());
        assert_eq!(out, strings(&[&paras[0], &paras[1]]));
        for heading in ["Ein Gedanke zu „Estland weist Diplomaten aus“", "2 réflexions sur « L'Estonie expulse »"]
        {
            assert!(is_comment_heading(heading), "{heading}");
        }
        assert!(!is_comment_heading("One thought on the matter dominated the debate."));
    }

    #[test]
    fn drops_the_summary_under_a_listed_headline() {
        let paras = strings(&[
            "The council approved the harbour plan on Thursday after a long debate.",
            "Mehr zum Thema\nChina kritisiert neue Sanktionen der USA\nPeking wirft Washington vor, den Handel zu behindern.\nIran weist britische Diplomaten aus",
            "Construction is due to begin next spring, the mayor said.",
        ]);
        let out = clean_paragraphs(&paras, &mut Vec::new());
        assert_eq!(out, strings(&[&paras[0], &paras[2]]));
    }

    #[test]
    fn cuts_comments_longer_than_the_article() {
        let body = "Estonia expelled a Russian diplomat on Monday after security services uncovered a plot to sabotage a pipeline. ";
        let comment = "Russia attacked Estonia before and NATO did nothing about it, which is a shame for all of us. ";
        let mut paras = strings(&["Estonia expels Russian diplomat"]);
        paras.extend((0..4).map(|_| body.repeat(3).trim().to_string()));
        paras.push("Comments (12)".to_string());
        paras.extend((0..8).map(|_| comment.repeat(3).trim().to_string()));
        let out = clean_paragraphs(&paras, &mut Vec::new());
        assert_eq!(out, paras[..5].to_vec());
        // A "Comments" link above a short body is not the comment section.
        let paras = strings(&["Comments (12)", "Estonia expelled a Russian diplomat on Monday.", &comment.repeat(40)]);
        assert_eq!(clean_paragraphs(&paras, &mut Vec::new()).len(), 3);
    }

    #[test]
    fn cuts_trailing_comment_section_and_keeps_headline() {
        let paras: Vec<String> = [
            "Council approves new harbour plan",
            "The city council approved the harbour plan on Thursday after a debate that lasted most of the evening and ended with a narrow vote.",
            "Read also: Ferry prices rise again",
            "Construction is due to begin next spring and will take about three years, the mayor told reporters after the session.",
            "12 Comments",
            "Great news for the city!",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        let mut diags = Vec::new();
        let out = clean_paragraphs(&paras, &mut diags);
        assert_eq!(out, vec![paras[0].clone(), paras[1].clone(), paras[3].clone()]);
        let codes: Vec<&str> = diags.iter().map(|d| d.code.as_str()).collect();
        assert_eq!(codes, vec!["removed-teaser", "removed-comment-section"]);
    }
}
