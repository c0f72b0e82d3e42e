/* lectern-quotes.c: quotations of a story and who said them
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rules: ../shared/quotes/GUIDELINES.md. The finder pairs quotation marks
 * paragraph by paragraph, drops what marks a name, a title or a scare
 * quote, then looks for the source around each quotation: an attribution
 * after it ("», a déclaré X", "\", she said"), a source before it ("selon
 * X", "according to X", "X a dit que «", "X warns the \""), or the quotes
 * next to it. A speaker is only named when one of those patterns leads to
 * an entity of the story, or to a name or a state body the extractor
 * missed (proper_source()): precision comes first. Long stories are read a
 * window at a time (lectern_quotes_find_cancellable()).
 */

#define G_LOG_DOMAIN "lectern-quotes"

#include "config.h"

#include "lectern-quotes.h"

#include "lectern-json.h"
#include "lectern-tokenizer.h"

#include <string.h>

/* Tokens: runs of letters and digits (words), or single punctuation
 * characters; white space is not a token. */
enum
{
  TOK_WORD       = 1 << 0,
  TOK_SENT_START = 1 << 1,
  TOK_PARA_START = 1 << 2,
};

typedef struct
{
  guint32 start;  /* code points */
  guint32 end;
  guint32 flags;
} Tok;

typedef struct
{
  gint64               start;
  gint64               end;
  const LecternEntity *entity;
} Mention;

/* Where an attribution leads: an entity mention, or a phrase, or both. */
typedef struct
{
  const LecternEntity *entity;
  gint64               text_start;  /* -1 when there is no phrase */
  gint64               text_end;
} Source;

typedef struct
{
  gint64   start;        /* content, marks and spaces excluded */
  gint64   end;
  gint64   open;         /* position of the opening mark, or -1 */
  gint64   close;        /* position of the closing mark, or -1 (paragraph end) */
  int      group;        /* quotes split from one pair share a group */
  gboolean dropped;
  Source   source;
  gboolean has_source;   /* an attribution was found, named or not */
} Cand;

typedef struct
{
  const gunichar *u;
  gint64          n;
  GArray         *toks;      /* Tok */
  GArray         *mentions;  /* Mention, sorted by start */
  int            *tok_mention;
  int            *tok_quote;
  GArray         *cands;     /* Cand */
  guint8         *tok_speech; /* 0 no, 1 yes, 2 not looked up yet */
  gboolean        french;    /* which lexicon of speech verbs applies */
  guint           current;   /* the quotation being attributed */
  GHashTable     *titles;    /* noun → entity it stands beside, see index_titles() */
  GHashTable     *genders;   /* person → Gender, see index_genders() */
  GHashTable     *lowercase; /* word → whether written in lower case, see proper_source() */
  GHashTable     *capitals;  /* lower-cased capitalized word → GArray of its tokens */
  GPtrArray      *entities;  /* (nullable) the story's, of every type */
  gint64          tok_at_pos[8];  /* the last positions looked up by tok_at() */
  int             tok_at_tok[8];
} Ctx;

/* A last name that two people of the story share. */
static const int ambiguous_surname_marker;
#define AMBIGUOUS_SURNAME ((gpointer) &ambiguous_surname_marker)

/* Words are compared lower-cased; 64 bytes hold every word we look for. */
#define WORD_MAX 64

/* Speech and opinion verbs that introduce or follow a quotation. English
 * forms are listed whole; French ones by stem, since conjugation would
 * make the list long (the stems are long enough not to catch other
 * words in the short windows they are looked for in). */
static const char *const en_speech_verbs[] = {
  "say", "says", "said", "saying", "tell", "tells", "told", "add", "adds", "added",
  "state", "states", "stated", "explain", "explains", "explained", "note", "notes",
  "noted", "warn", "warns", "warned", "claim", "claims", "claimed", "insist", "insists",
  "insisted", "argue", "argues", "argued", "declare", "declares", "declared", "announce",
  "announces", "announced", "write", "writes", "wrote", "written", "tweet", "tweets",
  "tweeted", "call", "calls", "called", "describe", "describes", "described", "admit",
  "admits", "admitted", "acknowledge", "acknowledges", "acknowledged", "ask", "asks",
  "asked", "reply", "replies", "replied", "respond", "responds", "responded", "comment",
  "comments", "commented", "conclude", "concludes", "concluded", "recall", "recalls",
  "recalled", "remark", "remarks", "remarked", "suggest", "suggests", "suggested",
  "stress", "stresses", "stressed", "emphasize", "emphasizes", "emphasized", "emphasise",
  "emphasises", "emphasised", "promise", "promises", "promised", "predict", "predicts",
  "predicted", "wonder", "wonders", "wondered", "urge", "urges", "urged", "quip", "quips",
  "quipped", "joke", "jokes", "joked", "reply", "shout", "shouts", "shouted", "declare",
  "complain", "complains", "complained", "criticize", "criticizes", "criticized",
  "criticise", "criticises", "criticised", "denounce", "denounces", "denounced",
  "describing", "calling", "telling", "adding", "explaining", "warning", "claiming",
  "arguing", "insisting", "noting", "writing", "asking", "urging", "labels", "labelled",
  "labeled", "dubs", "agree", "agrees", "agreed", "confirm", "confirms", "confirmed",
  "denies", "reported", "testify", "testified",
  "vow", "vows", "vowed", "pledge", "pledges", "pledged", "boast", "boasts", "boasted",
  "believe", "believes", "believed", "think", "thinks", "thought", "calls",
  "maintain", "maintains", "maintained", "concede", "concedes", "conceded", "contend",
  "contends", "contended", "post", "posts", "posted", "pointed", "lament", "laments",
  "lamented", "caution", "cautions", "cautioned", "counter", "counters", "countered",
  "retort", "retorts", "retorted", "reiterate", "reiterates", "reiterated", "repeat",
  "repeats", "repeated", "reveal", "reveals", "revealed", "disclose", "discloses",
  "disclosed", "observe", "observes", "observed", "recount", "recounts", "recounted",
  "muse", "mused", "sigh", "sighs", "sighed",
  "assert", "asserts", "asserted", "allege", "alleges", "alleged", "accuse", "accuses",
  "accused", "blast", "blasts", "blasted", "slam", "slams", "slammed", "praise",
  "praises", "praised", "hail", "hails", "hailed", "assure", "assures", "assured",
  "continue", "continues", "continued", "reckon", "reckons", "reckoned", "answer",
  "answers", "answered", "object", "objected", "protest", "protests", "protested",
  "exclaim", "exclaims", "exclaimed", "yell", "yelled",
  "scream", "screamed", "whisper", "whispered", "chant", "chanted", "recommend",
  "recommends", "recommended", "advise", "advises", "advised", "affirm", "affirms",
  "affirmed", "hint", "hinted", "speculate", "speculated", "fear", "fears", "feared",
  "hope", "hopes", "hoped", "inform", "informed", "cry", "cried", "interject",
  "interjected", "opine", "opined", "summarize", "summarized", "summarise", "summarised",
  "concur", "concurred", "saying", "stating",
  "demand", "demands", "demanded", "beg", "begs", "begged",
  "implore", "implores", "implored", "mention", "mentions", "mentioned", "decry",
  "decries", "decried", "condemn", "condemns", "condemned", "threaten", "threatens",
  "threatened", "characterize", "characterizes", "characterized", "characterise",
  "characterises", "characterised", "reassure", "reassures", "reassured", "snap",
  "snapped", "fume", "fumed",
};

static const char *const fr_speech_stems[] = {
  "déclar", "affirm", "expliqu", "précis", "indiqu", "estim", "soulign", "assur",
  "annonc", "rappel", "ajout", "racont", "poursui", "conclu", "insist", "regrett",
  "dénonc", "répond", "répliqu", "écri", "admet", "admis", "reconna", "avou",
  "prévien", "prévenu", "avert", "constat", "observ", "soutien", "soutenu", "ironis",
  "déplor", "interrog", "martel", "martèl", "renchér", "témoign", "plaid", "rétorqu",
  "répèt", "répét", "fustig", "critiqu", "qualifi", "commen", "résum", "promet",
  "promis", "souhait", "espér", "demand", "évoqu", "relev", "relèv", "dit", "disent",
  "disai", "dira", "dire", "tweet", "confié", "confie", "lanc", "jug", "considér",
  "pens", "croi", "crié", "crie", "scand", "s'exclam", "exclam", "salu", "félicit",
  "alert", "mett", "mis", "tranch", "nuanc", "accus", "confirm", "démen", "not",
  "signal", "prédi", "publi", "réclam", "exig", "appel", "défend", "défendu", "clam",
  "proclam", "reproch", "interpell", "résum", "analys", "commente", "menac", "réag",
  "réagi", "considèr", "suggér", "suggèr", "révél", "révèl", "lâch", "indign", "inquièt",
  "inquiét", "étonn", "alarm", "réjoui", "désol", "plaint", "plaign", "gliss", "détaill",
  "soupir", "tempèr", "tempér", "relativis", "minimis", "concèd", "concéd", "reconnu",
  "ripost", "argu", "objecte", "raill", "mentionn", "décri", "maintien", "maintenu",
  "dénonç", "espèr", "conseill", "recommand", "exhort", "prôn", "appell", "enchaîn",
  "insurg", "assén", "certifi", "parl", "condamn", "balay", "implor", "suppli",
  "persist",
};

/* Stems above that also begin common words which are not verbs. */
static const char *const fr_not_speech[] = {
  "note", "notes", "notamment", "notable", "notables", "notre", "nôtre", "notoriété",
  "mise", "mises", "mission", "missions", "mettre", "misère", "lancement", "jugement",
  "jugements", "appel", "appels", "publics", "public", "publique", "publiques",
  "publicité", "pensée", "pensées", "pension", "pensions", "croissance", "croix",
  "annonce", "annonces", "demande", "demandes", "rappel", "défense", "promesse",
  "promesses", "critique", "critiques", "commentaire", "commentaires", "commencer",
  "commence", "commencé", "commencent", "commencement", "commerce", "commercial",
  "commerciale", "commerciaux", "commerçants", "estimation", "estimations",
  "observatoire", "observateur", "observateurs", "constat", "résumé", "accusé", "accusés",
  "accusation", "accusations", "signalement", "direction", "dirigeant", "dirigeants",
  "témoignage", "témoignages", "témoin", "témoins", "analyse", "analyses", "menace",
  "menaces", "exigence", "exigences", "assurance", "assurances", "déclaration",
  "déclarations", "affirmation", "affirmations", "explication", "explications",
  "précision", "précisions", "indication", "indications", "ajout", "réponse", "réponses",
  "nuance", "nuances", "disait-on", "souhaitable", "jugé", "jugée", "mis", "mise",
  "confirmation", "signal", "signaux", "appelée", "appelé", "appelés", "appelées",
  "publié", "publiée", "notation", "notations", "notes", "noté", "notés", "notée",
  "salut", "salutations", "argument", "arguments", "alarme", "alarmes", "plainte",
  "plaintes", "plaintif", "désolation", "détaillant", "détaillants", "indignation",
  "maintien", "conseiller", "conseillers", "conseillère", "conseillères",
  "recommandation", "recommandations", "certificat", "certificats", "appellation",
  "révélation", "révélations", "enchaînement", "soupir", "soupirs", "riposte", "lâche",
  "lâcheté", "inquiétude", "inquiétudes", "étonnant", "étonnante", "température",
  "températures", "glissement", "glissements", "parlement", "condamnation",
  "condamnations", "balayage", "balayeur", "balayeurs", "supplice", "supplices",
  "supplément", "suppléments", "supplémentaire", "supplémentaires", "suppliant",
  "persistance",
};

/* Nouns right before a quotation that announce words reproduced as they
 * were said or written ("the word", "le slogan"). */
/* Nouns that stand for an organization named shortly before ("Renault …
 * L'entreprise a déclaré"). */
static const char *const organization_nouns[] = {
  "entreprise", "société", "groupe", "compagnie", "firme", "agence", "banque",
  "constructeur", "fabricant", "opérateur", "syndicat", "parti", "association",
  "organisation", "fédération", "ministère", "gouvernement", "mairie", "club", "équipe",
  "company", "firm", "group", "agency", "bank", "carmaker", "manufacturer", "operator",
  "union", "party", "organization", "organisation", "federation", "ministry", "club",
  "team", "giant", "retailer", "airline", "insurer", "regulator", "government",
};

/* Who or what speaks for an entity: "un communiqué de Renault", "a
 * spokesman for Acme" name Renault and Acme as the source. */
static const char *const source_nouns[] = {
  "communiqué", "statement", "déclaration", "report", "rapport", "lettre", "letter",
  "spokesman", "spokeswoman", "spokesperson", "porte-parole", "parole", "représentant",
  "représentante", "representative", "avocat", "avocate", "lawyer", "attorney", "compte",
  "account", "message", "courrier", "email", "note", "tweet", "post", "site", "website",
  "press", "presse",
};

static const char *const cue_nouns[] = {
  "word", "words", "text", "slogan", "slogans", "message", "messages", "phrase",
  "expression", "term", "chant", "chants", "banner", "sign", "signs", "motto",
  "mot", "mots", "texte", "formule", "terme", "termes", "banderole", "banderoles",
  "pancarte", "pancartes", "devise", "propos", "cri", "cris",
};

/* Words right before marks that name a title, a nickname or a coined term. */
static const char *const title_cues[] = {
  "entitled", "titled", "title", "headline", "headlined", "heading", "headed",
  "dubbed", "nicknamed", "so-called", "named", "branded", "intitulé", "intitulée",
  "intitulés", "intitulées", "titre", "titré", "titrée", "baptisé", "baptisée",
  "baptisés", "baptisées", "surnommé", "surnommée", "surnommés", "surnommées",
  "dénommé", "dénommée", "nommé", "nommée", "soi-disant", "prétendu", "prétendue",
  "opération", "operation", "campagne", "campaign", "programme", "program", "projet",
  "project", "film", "livre", "book", "album", "chanson", "song", "émission", "show",
  "série", "series", "journal", "newspaper", "magazine", "hashtag", "blog", "site",
  "website", "rubrique", "section", "column", "chronique", "article", "roman", "novel",
  "mouvement", "movement", "collectif", "association", "loi", "law", "pièce", "festival",
  "exposition", "exhibition",
};

static const char *const prepositions[] = {
  "de", "du", "des", "d", "à", "au", "aux", "par", "pour", "sur", "avec", "chez",
  "contre", "dans", "en", "vers", "entre", "sans", "sous", "auprès", "envers",
  "of", "to", "by", "with", "from", "at", "in", "on", "for", "about", "against",
  "between", "like", "into", "onto", "toward", "towards", "than", "via", "over",
  "under", "among", "behind", "beyond", "within", "without", "upon",
};

static const char *const determiners[] = {
  "le", "la", "l", "les", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce",
  "cette", "ces", "the", "a", "an", "his", "her", "its", "their", "this", "that",
  "these", "those", "notre", "nos", "votre", "vos", "our", "your", "plusieurs",
  "several", "some", "many", "certains", "certaines", "quelques", "des", "du", "de",
};

/* What tells a person's gender in a story: a title before the name ("Mme
 * Roux", "la ministre Roux", "chairwoman Lind"), a common first name, the
 * agreement of a participle after it ("Nadia Roux, élue en 2017"), and the
 * pronouns that take it up in the next sentence. Pronouns are only matched
 * to people of their gender, or of none known. */
typedef enum
{
  GENDER_UNKNOWN,
  GENDER_MALE,
  GENDER_FEMALE,
} Gender;

static const char *const male_titles[] = {
  "mr", "monsieur", "sir", "lord", "chairman", "spokesman", "congressman", "businessman",
  "councilman", "father", "husband", "brother", "king", "prince", "grandfather",
  "boyfriend", "duke", "emperor", "uncle", "nephew", "président", "directeur", "député",
  "sénateur", "chanteur", "acteur", "fondateur", "ambassadeur", "présentateur",
  "navigateur", "créateur", "animateur", "entraîneur", "joueur", "roi", "époux", "mari",
  "père", "fils", "frère", "oncle", "neveu", "écrivain", "patron", "dirigeant", "avocat",
  "candidat", "militant", "opposant", "adjoint", "conseiller", "habitant", "étudiant",
  "sélectionneur",
};

static const char *const female_titles[] = {
  "mrs", "ms", "miss", "mme", "mlle", "madame", "mademoiselle", "dame", "lady",
  "chairwoman", "spokeswoman", "congresswoman", "businesswoman", "councilwoman", "actress",
  "mother", "wife", "daughter", "sister", "queen", "princess", "grandmother", "girlfriend",
  "duchess", "empress", "aunt", "niece", "widow", "présidente", "directrice", "députée",
  "sénatrice", "chanteuse", "actrice", "fondatrice", "ambassadrice", "présentatrice",
  "navigatrice", "créatrice", "animatrice", "entraîneuse", "joueuse", "reine",
  "princesse", "épouse", "femme", "mère", "fille", "sœur", "tante", "nièce", "veuve",
  "écrivaine", "autrice", "patronne", "dirigeante", "avocate", "candidate", "militante",
  "opposante", "adjointe", "conseillère", "habitante", "étudiante", "sélectionneuse",
};

/* Common first names that are clearly of one gender in French and English
 * news; names given to both are left out. */
static const char *const male_names[] = {
  "jean", "pierre", "michel", "philippe", "alain", "nicolas", "françois", "jacques",
  "bernard", "patrick", "daniel", "christophe", "laurent", "éric", "eric", "olivier",
  "thierry", "julien", "sébastien", "david", "paul", "marc", "luc", "louis", "antoine",
  "emmanuel", "thomas", "vincent", "arnaud", "benoît", "yves", "gérard", "bruno",
  "didier", "frédéric", "guillaume", "hugo", "lucas", "mathieu", "matthieu", "maxime",
  "pascal", "raphaël", "rémi", "romain", "stéphane", "xavier", "henri", "georges",
  "andré", "rené", "serge", "gilles", "hervé", "denis", "jérôme", "fabien", "franck",
  "john", "james", "robert", "michael", "william", "richard", "joseph", "charles",
  "christopher", "mark", "donald", "george", "kenneth", "steven", "edward", "brian",
  "ronald", "anthony", "kevin", "jason", "matthew", "gary", "timothy", "jose", "larry",
  "jeffrey", "frank", "scott", "eric", "stephen", "andrew", "raymond", "gregory",
  "joshua", "jerry", "dennis", "walter", "patrick", "peter", "harold", "douglas",
  "henry", "carl", "arthur", "ryan", "roger", "joe", "juan", "jack", "albert", "jonathan",
  "justin", "terry", "gerald", "keith", "samuel", "willie", "ralph", "lawrence",
  "nicholas", "roy", "benjamin", "bruce", "brandon", "adam", "harry", "fred", "wayne",
  "billy", "steve", "louis", "jeremy", "aaron", "randy", "howard", "eugene", "carlos",
  "russell", "bobby", "victor", "martin", "ernest", "phillip", "todd", "jesse", "craig",
  "alan", "shawn", "clarence", "sean", "philip", "chris", "johnny", "earl", "jimmy",
  "antonio", "tony", "luis", "mike", "stanley", "leonard", "nathan", "dale", "manuel",
  "rodney", "curtis", "norman", "allen", "marvin", "vladimir", "barack", "boris",
  "mohamed", "mohammed", "muhammad", "ahmed", "ali", "hassan", "omar", "mustafa", "ivan",
  "sergei", "dmitri", "giuseppe", "giovanni", "mario", "marco", "luigi", "carlo",
  "javier", "miguel", "pedro", "fernando", "diego", "pablo", "hans", "klaus", "jürgen",
  "wolfgang", "karl", "friedrich", "xi", "satya", "elon", "bill", "tom", "tim", "jeff",
  "greg", "ben", "dan", "christian", "lionel", "ken", "bob", "jim", "ted", "ed", "rob",
  "nick", "matt",
};

static const char *const female_names[] = {
  "marie", "nathalie", "isabelle", "sylvie", "catherine", "françoise", "valérie",
  "christine", "monique", "sandrine", "sophie", "stéphanie", "céline", "véronique",
  "nicole", "anne", "julie", "aurélie", "caroline", "virginie", "émilie", "emilie",
  "hélène", "laure", "brigitte", "martine", "chantal", "élisabeth",
  "elisabeth", "claire", "mathilde", "léa", "manon", "chloé", "inès", "sarah",
  "laura", "pauline", "marion", "clémence", "agnès", "ségolène", "marine", "rachida",
  "najat", "christiane", "simone", "jacqueline", "josiane", "odile", "mireille",
  "danielle", "michèle", "michelle", "florence", "delphine", "agathe", "juliette",
  "charlotte", "margaux", "élise", "elise", "lucie", "nadia", "fatima", "aïcha", "yasmina",
  "mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica",
  "margaret", "karen", "nancy", "lisa", "betty", "dorothy", "sandra", "ashley",
  "kimberly", "donna", "emily", "carol", "michelle", "amanda", "melissa", "deborah",
  "stephanie", "rebecca", "laura", "sharon", "cynthia", "kathleen", "amy", "shirley",
  "angela", "helen", "anna", "brenda", "pamela", "nicole", "ruth", "katherine",
  "samantha", "christine", "emma", "catherine", "debra", "virginia", "rachel",
  "carolyn", "janet", "maria", "heather", "diane", "julie", "joyce", "victoria",
  "christina", "joan", "evelyn", "lauren", "judith", "olivia", "martha",
  "cheryl", "megan", "hannah", "jacqueline", "ann", "alice", "kathryn",
  "gloria", "teresa", "doris", "sara", "janice", "julia", "marie", "madison", "grace",
  "judy", "theresa", "beverly", "denise", "marilyn", "amber", "danielle", "abigail",
  "brittany", "rose", "diana", "natalie", "sophia", "lori", "kayla", "jane",
  "hillary", "angela", "theresa", "ursula", "kamala", "nancy", "greta", "malala",
  "oprah", "sheryl", "indira", "benazir", "golda", "svetlana", "olga", "natalia",
  "tatiana", "irina", "elena", "giulia", "francesca", "giorgia", "carmen", "lucia",
  "isabel", "ana", "sofia", "ingrid", "petra", "ilse", "angelika", "ayesha", "aisha",
  "fatma", "leila", "layla", "amina", "mariam", "maryam", "zeinab",
};

static const char *const singular_pronouns[] = { "il", "elle", "he", "she", NULL };
static const char *const plural_pronouns[] = { "ils", "elles", "they", "on", NULL };
/* After "selon" or "according to". */
static const char *const singular_objects[] = { "lui", "him" };
static const char *const plural_objects[] = { "eux", "them" };

/* Verbs that make a quotation at the head of a sentence its subject ("\"Will
 * he resign\" is the question"): the words are mentioned, not quoted. */
static const char *const copulas[] = {
  "is", "was", "are", "were", "has", "have", "had", "remains", "became", "becomes",
  "est", "était", "sont", "étaient", "fut", "reste", "devient", "semble", "seems",
};

/* Words that may sit between a quotation and the verb of its attribution. */
static const char *const attribution_glue[] = {
  "a", "t", "ont", "avait", "avaient", "aurait", "as", "comme", "has", "have", "had",
  "also", "aussi", "encore", "ensuite", "alors", "then", "later", "plus", "tard",
  "pour", "sa", "part", "lui", "le", "l", "nous", "vous", "y", "en", "s", "se",
};

static const char *const auxiliaries[] = {
  "a", "ont", "avait", "avaient", "aurait", "est", "sont", "was", "were", "is", "are",
  "has", "have", "had", "will", "would", "va", "vont",
};

/* Determiners of a description that refers back ("le ministre"). */
static const char *const definite_singular[] = {
  "le", "la", "l", "the", "son", "sa", "his", "her", "its", "ce", "cette", "this",
};

/* Bodies of a state: "the Cuban government", "le gouvernement chinois"
 * name an organization (national_body()). */
static const char *const state_bodies[] = {
  "government", "administration", "army", "military", "navy", "police", "embassy",
  "parliament", "ministry", "cabinet", "junta", "regime", "gouvernement", "armée",
  "ambassade", "parlement", "ministère", "régime", "exécutif",
};

/* Particles inside names, and words that are no names (proper_source()). */
static const char *const name_particles[] = {
  "de", "du", "des", "d", "la", "le", "van", "von", "der", "den", "di", "da", "del",
  "al", "el", "bin", "ben", "ibn", "y", "st",
};

static const char *const not_names[] = {
  "i", "je", "j", "nous", "we", "vous", "you", "it", "this", "that", "ça", "cela", "ceci",
  "on", "ils", "elles", "il", "elle", "he", "she", "they", "one", "tout", "tous",
  "chacun", "personne", "nobody", "someone", "everyone", "quelqu", "other", "others",
  "both", "each", "all", "most", "few", "autre", "autres", "dieu", "god", "mais", "but",
  "and", "et", "or", "ou", "so", "donc", "then", "puis", "when", "quand", "if", "si",
  "as", "comme", "while", "alors", "yet", "aussi", "also", "still", "now",
  "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
  "january", "february", "march", "april", "may", "june", "july", "august", "september",
  "october", "november", "december", "today", "yesterday", "tonight", "lundi", "mardi",
  "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd",
};

static gboolean
word_in (const char        *word,
         const char *const *list,
         gsize              n)
{
  for (gsize i = 0; i < n; i++)
    if (list[i] != NULL && strcmp (word, list[i]) == 0)
      return TRUE;

  return FALSE;
}

/* The word lists above, looked up through one hash table from word to a
 * mask of the lists it is in: quotations come by thousands in a long
 * story, and each looks at dozens of words. */
typedef struct
{
  const char *const *list;
  gsize              n;
} WordList;

static const WordList word_lists[] = {
  { en_speech_verbs, G_N_ELEMENTS (en_speech_verbs) },
  { fr_speech_stems, G_N_ELEMENTS (fr_speech_stems) },
  { fr_not_speech, G_N_ELEMENTS (fr_not_speech) },
  { cue_nouns, G_N_ELEMENTS (cue_nouns) },
  { title_cues, G_N_ELEMENTS (title_cues) },
  { prepositions, G_N_ELEMENTS (prepositions) },
  { determiners, G_N_ELEMENTS (determiners) },
  { copulas, G_N_ELEMENTS (copulas) },
  { singular_objects, G_N_ELEMENTS (singular_objects) },
  { plural_objects, G_N_ELEMENTS (plural_objects) },
  { attribution_glue, G_N_ELEMENTS (attribution_glue) },
  { auxiliaries, G_N_ELEMENTS (auxiliaries) },
  { definite_singular, G_N_ELEMENTS (definite_singular) },
  { source_nouns, G_N_ELEMENTS (source_nouns) },
  { organization_nouns, G_N_ELEMENTS (organization_nouns) },
  { male_titles, G_N_ELEMENTS (male_titles) },
  { female_titles, G_N_ELEMENTS (female_titles) },
  { male_names, G_N_ELEMENTS (male_names) },
  { female_names, G_N_ELEMENTS (female_names) },
  { name_particles, G_N_ELEMENTS (name_particles) },
  { not_names, G_N_ELEMENTS (not_names) },
  { state_bodies, G_N_ELEMENTS (state_bodies) },
};

/* One bit of a guint per list. */
G_STATIC_ASSERT (G_N_ELEMENTS (word_lists) <= 32);

static GHashTable *
word_table (void)
{
  static GHashTable *table;

  if (g_once_init_enter (&table))
    {
      GHashTable *t = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint l = 0; l < G_N_ELEMENTS (word_lists); l++)
        for (gsize i = 0; i < word_lists[l].n; i++)
          {
            const char *word = word_lists[l].list[i];
            guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (t, word));

            g_hash_table_insert (t, (gpointer) word, GUINT_TO_POINTER (mask | (1u << l)));
          }
      g_once_init_leave (&table, t);
    }

  return table;
}

static gboolean
word_in_list (const char        *word,
              const char *const *list)
{
  guint mask = GPOINTER_TO_UINT (g_hash_table_lookup (word_table (), word));

  if (mask == 0)
    return FALSE;
  for (guint l = 0; l < G_N_ELEMENTS (word_lists); l++)
    if (word_lists[l].list == list)
      return (mask & (1u << l)) != 0;

  g_assert_not_reached ();
  return FALSE;
}

#define WORD_IN(word, list) word_in_list ((word), (list))

static gboolean
is_speech_verb_in (gboolean    french,
                   gboolean    surely_verb,
                   const char *word)
{
  /* English verbs are rare words in French text, but French stems begin
   * English words ("observed"). Nouns spelt like verbs ("annonce") are
   * verbs when a pronoun is inverted after them ("annonce-t-il"). */
  if (WORD_IN (word, en_speech_verbs))
    return TRUE;
  if (!french || (!surely_verb && WORD_IN (word, fr_not_speech)))
    return FALSE;

  /* A stem is a prefix of the word, and the word adds at most 5 bytes to
   * it: "dit" does not catch "dithyrambe", nor "mis" "misérable". */
  {
    gsize len = strlen (word);
    char prefix[WORD_MAX];

    for (gsize k = len > 5 ? len - 5 : 1; k <= len && k < WORD_MAX; k++)
      {
        memcpy (prefix, word, k);
        prefix[k] = '\0';
        if (WORD_IN (prefix, fr_speech_stems))
          return TRUE;
      }
  }

  return FALSE;
}

/* Speech verbs of the story's language: "observed" is no "observe". */
#define is_speech_verb(word) is_speech_verb_in (ctx->french, FALSE, (word))

/* Characters. */

static gboolean
is_space (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2007;
}

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) || g_unichar_ismark (c);
}

static gboolean
is_quote_char (gunichar c)
{
  switch (c)
    {
    case 0x00AB: case 0x00BB: case 0x2039: case 0x203A: case 0x201C: case 0x201D:
    case 0x201E: case 0x2018: case 0x2019: case '"':
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_open_punct (gunichar c)
{
  return c == '(' || c == '[' || c == '{' || c == 0x2014 || c == 0x2013 || c == '-' ||
         c == '/' || c == ':' || is_quote_char (c);
}

/* Tokens. */

static void
tokenize (Ctx *ctx)
{
  gboolean sentence_end = FALSE;  /* a . ! ? … that may end the sentence */
  gboolean newline = TRUE;

  for (gint64 i = 0; i < ctx->n;)
    {
      gunichar c = ctx->u[i];
      Tok t = { (guint32) i, (guint32) i + 1, 0 };

      if (is_space (c))
        {
          if (c == '\n' || c == '\r' || c == 0x2029)
            newline = TRUE;
          i++;
          continue;
        }

      if (is_word_char (c))
        {
          gint64 j = i + 1;

          while (j < ctx->n && is_word_char (ctx->u[j]))
            j++;
          t.end = (guint32) j;
          t.flags |= TOK_WORD;
        }

      if (newline)
        t.flags |= TOK_SENT_START | TOK_PARA_START;
      else if (sentence_end && t.start > 0 && is_space (ctx->u[t.start - 1]))
        {
          /* A capital, a digit or an opening mark begins the next sentence. */
          gunichar first = c;

          if (is_quote_char (c) && t.start + 2 < ctx->n)
            first = is_space (ctx->u[t.start + 1]) ? ctx->u[t.start + 2] : ctx->u[t.start + 1];
          if (g_unichar_isupper (first) || g_unichar_isdigit (first))
            t.flags |= TOK_SENT_START;
        }

      if ((t.flags & TOK_WORD) || (t.flags & TOK_SENT_START))
        sentence_end = FALSE;  /* "« Nous": the mark began the sentence */
      else if (c == '.' || c == '!' || c == '?' || c == 0x2026)
        {
          sentence_end = TRUE;
          /* "M." or "U.S." keep their dot. */
          if (c == '.' && ctx->toks->len > 0)
            {
              const Tok *prev = &g_array_index (ctx->toks, Tok, ctx->toks->len - 1);

              if ((prev->flags & TOK_WORD) && prev->end == t.start && prev->end - prev->start < 8)
                {
                  g_autofree char *w = g_ucs4_to_utf8 (ctx->u + prev->start,
                                                       prev->end - prev->start,
                                                       NULL, NULL, NULL);

                  if (w != NULL && lectern_tokenizer_is_abbrev (w, strlen (w)))
                    sentence_end = FALSE;
                }
            }
        }
      else if (!is_quote_char (c) && c != ')' && c != ']')
        sentence_end = FALSE;

      newline = FALSE;
      g_array_append_val (ctx->toks, t);
      i = t.end;
    }
}

/* French or English, from the most common words of the first 20000
 * tokens. */
static void
guess_language (Ctx *ctx)
{
  static const char *const fr[] = { "le", "la", "les", "des", "est", "et", "du", "une", "que", "qui" };
  static const char *const en[] = { "the", "and", "of", "is", "to", "was", "that", "with", "for", "are" };
  int score = 0;

  for (guint i = 0; i < ctx->toks->len && i < 20000; i++)
    {
      const Tok *t = &g_array_index (ctx->toks, Tok, i);
      char buf[8];
      gsize len = 0;

      if (!(t->flags & TOK_WORD) || t->end - t->start > 3)
        continue;
      for (guint32 p = t->start; p < t->end; p++)
        len += g_unichar_to_utf8 (g_unichar_tolower (ctx->u[p]), buf + len);
      buf[len] = '\0';
      score += word_in (buf, fr, G_N_ELEMENTS (fr)) - word_in (buf, en, G_N_ELEMENTS (en));
    }

  /* Without evidence both lexicons apply. */
  ctx->french = score >= 0;
}

static const Tok *
tok (Ctx *ctx,
     int  i)
{
  return &g_array_index (ctx->toks, Tok, i);
}

static int
n_toks (Ctx *ctx)
{
  return (int) ctx->toks->len;
}

/* The first token starting at or after `pos`. */
static int
tok_at (Ctx    *ctx,
        gint64  pos)
{
  /* The rules look around the same marks again and again. */
  guint slot = (guint) pos & 7;
  int lo = 0;
  int hi = n_toks (ctx);

  if (ctx->tok_at_pos[slot] == pos)
    return ctx->tok_at_tok[slot];

  while (lo < hi)
    {
      int mid = lo + (hi - lo) / 2;

      if (tok (ctx, mid)->start < pos)
        lo = mid + 1;
      else
        hi = mid;
    }

  ctx->tok_at_pos[slot] = pos;
  ctx->tok_at_tok[slot] = lo;
  return lo;
}

/* The lower-cased word at token `i` in `buf`, or "" for punctuation and
 * words too long to be looked up. */
static const char *
lower (Ctx  *ctx,
       int   i,
       char  buf[WORD_MAX])
{
  const Tok *t;
  gsize len = 0;

  buf[0] = '\0';
  if (i < 0 || i >= n_toks (ctx))
    return buf;
  t = tok (ctx, i);
  if (!(t->flags & TOK_WORD))
    {
      if (t->start < ctx->n)
        len = g_unichar_to_utf8 (ctx->u[t->start], buf);
      buf[len] = '\0';
      return buf;
    }

  for (guint32 p = t->start; p < t->end; p++)
    {
      char one[6];
      gsize l;

      if (ctx->u[p] < 0x80)
        {
          if (len + 1 >= WORD_MAX)
            {
              buf[0] = '\0';
              return buf;
            }
          buf[len++] = g_ascii_tolower ((char) ctx->u[p]);
          continue;
        }
      l = g_unichar_to_utf8 (g_unichar_tolower (ctx->u[p]), one);

      if (len + l >= WORD_MAX)
        {
          buf[0] = '\0';
          return buf;
        }
      memcpy (buf + len, one, l);
      len += l;
    }
  buf[len] = '\0';

  return buf;
}

static gboolean
tok_is (Ctx        *ctx,
        int         i,
        const char *what)
{
  char buf[WORD_MAX];

  /* A token of more code points than `what` has bytes cannot be it. */
  if (i >= 0 && i < n_toks (ctx) && tok (ctx, i)->end - tok (ctx, i)->start > strlen (what))
    return FALSE;

  return strcmp (lower (ctx, i, buf), what) == 0;
}

static gboolean tok_is (Ctx *ctx, int i, const char *what);

/* "dit-il", "annonce-t-elle", "ont-ils": a subject pronoun joined after
 * the word at token i. */
static gboolean
inverted_pronoun_after (Ctx *ctx,
                        int  i)
{
  int j = i + 1;

  if (j >= (int) ctx->toks->len || ctx->u[g_array_index (ctx->toks, Tok, j).start] != '-')
    return FALSE;
  if (tok_is (ctx, j + 1, "t") && j + 3 < (int) ctx->toks->len &&
      ctx->u[g_array_index (ctx->toks, Tok, j + 2).start] == '-')
    j += 2;

  return tok_is (ctx, j + 1, "il") || tok_is (ctx, j + 1, "elle") ||
         tok_is (ctx, j + 1, "ils") || tok_is (ctx, j + 1, "elles") || tok_is (ctx, j + 1, "on");
}

/* Whether token i is a speech verb, looked up once per token. */
static gboolean
speech_at (Ctx *ctx,
           int  i)
{
  char buf[WORD_MAX];

  if (i < 0 || i >= (int) ctx->toks->len)
    return FALSE;
  /* A capital inside a sentence begins a name: "Secretary of State X". */
  if (ctx->tok_speech[i] == 2)
    ctx->tok_speech[i] = (g_array_index (ctx->toks, Tok, i).flags & TOK_WORD) &&
                         (!g_unichar_isupper (ctx->u[g_array_index (ctx->toks, Tok, i).start]) ||
                          (g_array_index (ctx->toks, Tok, i).flags & TOK_SENT_START)) &&
                         (is_speech_verb_in (ctx->french, inverted_pronoun_after (ctx, i),
                                             lower (ctx, i, buf)) ||
                          /* "as Gaiman put it" */
                          (strcmp (buf, "put") == 0 && tok_is (ctx, i + 1, "it")) ||
                          /* "lit-on", "peut-on lire dans le communiqué" */
                          (strcmp (buf, "lit") == 0 && inverted_pronoun_after (ctx, i)) ||
                          (strcmp (buf, "lire") == 0 && tok_is (ctx, i - 1, "on") &&
                           tok_is (ctx, i - 3, "peut")));
  return ctx->tok_speech[i];
}

static gboolean
tok_is_word (Ctx *ctx,
             int  i)
{
  return i >= 0 && i < n_toks (ctx) && (tok (ctx, i)->flags & TOK_WORD);
}

static gunichar
tok_char (Ctx *ctx,
          int  i)
{
  if (i < 0 || i >= n_toks (ctx))
    return 0;
  return ctx->u[tok (ctx, i)->start];
}

static gboolean
tok_is_capitalized (Ctx *ctx,
                    int  i)
{
  return tok_is_word (ctx, i) && g_unichar_isupper (tok_char (ctx, i));
}

/* Whether token i ends a sentence for the attribution search: the token
 * after it starts one. */
static gboolean
sentence_starts_at (Ctx *ctx,
                    int  i)
{
  return i >= 0 && i < n_toks (ctx) && (tok (ctx, i)->flags & TOK_SENT_START);
}

/* Mentions. */

static int
compare_mentions (gconstpointer a,
                  gconstpointer b)
{
  const Mention *ma = a;
  const Mention *mb = b;

  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  return ma->end > mb->end ? -1 : ma->end < mb->end;
}

/* Sorts the mentions and marks the tokens each one covers. */
static void
map_mentions (Ctx *ctx)
{
  int nt = n_toks (ctx);

  g_array_sort (ctx->mentions, compare_mentions);
  for (int i = 0; i < nt; i++)
    ctx->tok_mention[i] = -1;
  for (guint m = 0; m < ctx->mentions->len; m++)
    {
      const Mention *mention = &g_array_index (ctx->mentions, Mention, m);

      for (int i = tok_at (ctx, mention->start); i < nt && tok (ctx, i)->start < mention->end; i++)
        if (ctx->tok_mention[i] < 0)
          ctx->tok_mention[i] = (int) m;
    }
}

/* "says Early", "Opelka said": a person's last name alone, where the
 * extractor did not take it for a mention. Only a capitalized word that
 * stands alone (no capitalized neighbour, which would make it part of
 * another name), of one person only, and at the start of a sentence only
 * before a verb or a comma. Returns whether any was added. */
static gboolean
add_surnames (Ctx       *ctx,
              GPtrArray *entities)
{
  g_autoptr(GHashTable) surnames = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  char buf[WORD_MAX];
  gboolean added = FALSE;

  for (guint e = 0; entities != NULL && e < entities->len; e++)
    {
      const LecternEntity *entity = g_ptr_array_index (entities, e);
      const char *last;
      g_autofree char *key = NULL;

      if (entity->type != LECTERN_ENTITY_PERSON || entity->name == NULL)
        continue;
      last = strrchr (entity->name, ' ');
      if (last == NULL || g_utf8_strlen (last + 1, -1) < 3 ||
          !g_unichar_isupper (g_utf8_get_char (last + 1)))
        continue;
      key = g_utf8_strdown (last + 1, -1);
      if (g_hash_table_contains (surnames, key) &&
          g_hash_table_lookup (surnames, key) != entity)
        g_hash_table_replace (surnames, g_steal_pointer (&key), AMBIGUOUS_SURNAME);
      else
        g_hash_table_replace (surnames, g_steal_pointer (&key), (gpointer) entity);
    }
  if (g_hash_table_size (surnames) == 0)
    return FALSE;
  /* "Paris" the place is not John Paris. */
  for (guint e = 0; e < entities->len; e++)
    {
      const LecternEntity *entity = g_ptr_array_index (entities, e);
      g_autofree char *key = NULL;

      if (entity->type == LECTERN_ENTITY_PERSON || entity->name == NULL)
        continue;
      key = g_utf8_strdown (entity->name, -1);
      if (g_hash_table_contains (surnames, key))
        g_hash_table_replace (surnames, g_steal_pointer (&key), AMBIGUOUS_SURNAME);
    }

  for (int i = 0; i < n_toks (ctx); i++)
    {
      const LecternEntity *entity;

      if (ctx->tok_mention[i] >= 0 || !tok_is_capitalized (ctx, i) ||
          tok_is_capitalized (ctx, i - 1) || tok_is_capitalized (ctx, i + 1) ||
          tok_char (ctx, i + 1) == '-' || tok_char (ctx, i - 1) == '-')
        continue;
      entity = g_hash_table_lookup (surnames, lower (ctx, i, buf));
      if (entity == NULL || entity == AMBIGUOUS_SURNAME)
        continue;
      if (sentence_starts_at (ctx, i) && tok_char (ctx, i + 1) != ',' &&
          !speech_at (ctx, i + 1) && !WORD_IN (lower (ctx, i + 1, buf), auxiliaries))
        continue;
      {
        Mention m = { tok (ctx, i)->start, tok (ctx, i)->end, entity };

        g_array_append_val (ctx->mentions, m);
        added = TRUE;
      }
    }

  return added;
}

/* The mentions of the window: `all` holds the story's, sorted by start,
 * in code points of the story; the window begins at `base`. */
static void
index_mentions (Ctx           *ctx,
                GPtrArray     *entities,
                const Mention *all,
                guint          n_all,
                gint64         base)
{
  guint lo = 0;
  guint hi = n_all;

  ctx->tok_mention = g_new (int, MAX (n_toks (ctx), 1));
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (all[mid].start < base)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint m = lo; m < n_all && all[m].start < base + ctx->n; m++)
    if (all[m].end <= base + ctx->n)
      {
        Mention mention = { all[m].start - base, all[m].end - base, all[m].entity };

        g_array_append_val (ctx->mentions, mention);
      }
  map_mentions (ctx);
  if (add_surnames (ctx, entities))
    map_mentions (ctx);
}

static const Mention *
mention (Ctx *ctx,
         int  i)
{
  if (i < 0 || i >= n_toks (ctx) || ctx->tok_mention[i] < 0)
    return NULL;
  return &g_array_index (ctx->mentions, Mention, ctx->tok_mention[i]);
}

/* The first token of the mention that covers token i. */
static int
mention_first_tok (Ctx *ctx,
                   int  i)
{
  int m = ctx->tok_mention[i];

  while (i > 0 && ctx->tok_mention[i - 1] == m)
    i--;
  return i;
}

/* Finding the marks. */

enum { MARK_NONE, MARK_OPEN, MARK_CLOSE };

typedef struct
{
  gint64   pos;
  gunichar c;
} Open;

#define MAX_OPEN 32

static gboolean
closes (gunichar open,
        gunichar close)
{
  switch (open)
    {
    case 0x00AB:
      return close == 0x00BB;
    case 0x2039:
      return close == 0x203A;
    case 0x201C:
      return close == 0x201D || close == 0x201C || close == '"';
    case 0x201E:
      return close == 0x201C || close == 0x201D;
    case '"':
      return close == '"' || close == 0x201D;
    case 0x2018:
      return close == 0x2019;
    case 0x201D:  /* used as an opening mark in some texts */
      return close == 0x201D;
    default:
      return FALSE;
    }
}

static gboolean
pending (const Open *stack,
         int         depth,
         gunichar    close)
{
  for (int k = depth - 1; k >= 0; k--)
    if (closes (stack[k].c, close))
      return TRUE;
  return FALSE;
}

static int
classify_mark (Ctx        *ctx,
               gint64      i,
               const Open *stack,
               int         depth)
{
  gunichar c = ctx->u[i];
  gunichar prev = i > 0 ? ctx->u[i - 1] : '\n';
  gunichar next = i + 1 < ctx->n ? ctx->u[i + 1] : '\n';
  gboolean prev_space = is_space (prev) || is_open_punct (prev);
  gboolean next_space = is_space (next);
  gboolean can_open = !next_space && (prev_space || !is_word_char (prev));
  gboolean can_close = !is_space (prev) && (next_space || !is_word_char (next));

  switch (c)
    {
    case 0x00AB:
    case 0x2039:
    case 0x201E:
      return MARK_OPEN;
    case 0x00BB:
    case 0x203A:
      return MARK_CLOSE;
    case 0x201C:
      if (pending (stack, depth, c) && can_close && !can_open)
        return MARK_CLOSE;
      return can_open || !can_close ? MARK_OPEN : MARK_CLOSE;
    case 0x201D:
      if (!pending (stack, depth, c) && prev_space && !next_space)
        return MARK_OPEN;
      return MARK_CLOSE;
    case '"':
      if (pending (stack, depth, c) && can_close)
        return MARK_CLOSE;
      if (can_open)
        return MARK_OPEN;
      return can_close ? MARK_CLOSE : MARK_NONE;
    case 0x2018:
      return can_open && !is_word_char (prev) ? MARK_OPEN : MARK_NONE;
    case 0x2019:
      /* An apostrophe unless an opening ‘ waits and no letter follows. */
      if (is_word_char (prev) && is_word_char (next))
        return MARK_NONE;
      return pending (stack, depth, c) && can_close ? MARK_CLOSE : MARK_NONE;
    default:
      return MARK_NONE;
    }
}

static gboolean
is_trim_char (gunichar c)
{
  return is_space (c) || is_quote_char (c);
}

/* Adds the quotation [start, end) trimmed of spaces and stray marks. */
static Cand *
add_cand (Ctx    *ctx,
          gint64  start,
          gint64  end,
          gint64  open,
          gint64  close)
{
  Cand cand = { 0 };

  while (start < end && is_trim_char (ctx->u[start]))
    start++;
  while (end > start && is_trim_char (ctx->u[end - 1]))
    end--;
  if (end <= start)
    return NULL;

  cand.start = start;
  cand.end = end;
  cand.open = open;
  cand.close = close;
  cand.group = (int) ctx->cands->len;
  cand.source.text_start = -1;
  cand.source.text_end = -1;
  g_array_append_val (ctx->cands, cand);

  return &g_array_index (ctx->cands, Cand, ctx->cands->len - 1);
}


/* Whether the paragraph [start, end) opens with a mark of the family of
 * `open` (curly and straight marks are one family, guillemets another). */
static gboolean
starts_with_open (Ctx      *ctx,
                  gint64    start,
                  gint64    end,
                  gunichar  open)
{
  gunichar c;

  while (start < end && is_space (ctx->u[start]))
    start++;
  if (start >= end)
    return FALSE;
  c = ctx->u[start];
  if (c == 0x00AB || c == 0x2039)
    return open == 0x00AB || open == 0x2039;
  return (c == 0x201C || c == 0x201E || c == '"' || c == 0x2018) &&
         open != 0x00AB && open != 0x2039;
}

/* The start of the sentence that holds position `pos`, not before `from`. */
static gint64
sentence_start_before (Ctx    *ctx,
                       gint64  from,
                       gint64  pos)
{
  int i = tok_at (ctx, pos);

  while (i > 0 && tok (ctx, i - 1)->start >= from)
    {
      i--;
      if (tok (ctx, i)->flags & TOK_SENT_START)
        return tok (ctx, i)->start;
    }

  return from;
}

static gboolean attribution_follows (Ctx    *ctx,
                                     gint64  pos);

typedef struct
{
  gint64 start;  /* content start */
  gint64 open;   /* opening mark, or -1 */
  gint64 close;  /* closing mark */
} Pair;

static int
compare_pairs (gconstpointer a,
               gconstpointer b)
{
  const Pair *pa = a;
  const Pair *pb = b;

  if (pa->start != pb->start)
    return pa->start < pb->start ? -1 : 1;
  return pa->close > pb->close ? -1 : pa->close < pb->close;
}

/* Pairs the marks of each paragraph. A quotation that runs over several
 * paragraphs leaves its opening mark unclosed at the end of one paragraph,
 * and the next one opens with a mark again or closes the quotation. */
static void
find_marks (Ctx *ctx)
{
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (Pair));
  gint64 para = 0;
  gboolean carry = FALSE;  /* a quotation goes on from the last paragraph */
  gunichar carry_c = 0;

  while (para < ctx->n)
    {
      Open stack[MAX_OPEN];
      int depth = 0;
      gint64 end = para;
      gint64 last_close = para - 1;
      gint64 covered = -1;

      while (end < ctx->n && ctx->u[end] != '\n' && ctx->u[end] != 0x2029)
        end++;

      if (carry && !starts_with_open (ctx, para, end, carry_c))
        {
          /* A virtual mark just before the paragraph. */
          stack[0].pos = para - 1;
          stack[0].c = carry_c;
          depth = 1;
        }
      carry = FALSE;

      g_array_set_size (pairs, 0);
      for (gint64 i = para; i < end; i++)
        {
          int kind;

          if (!is_quote_char (ctx->u[i]))
            continue;
          kind = classify_mark (ctx, i, stack, depth);
          if (kind == MARK_OPEN && depth < MAX_OPEN)
            {
              stack[depth].pos = i;
              stack[depth].c = ctx->u[i];
              depth++;
            }
          else if (kind == MARK_CLOSE)
            {
              int k = depth - 1;

              while (k >= 0 && !closes (stack[k].c, ctx->u[i]))
                k--;
              if (k >= 0)
                {
                  Pair pair = { stack[k].pos + 1, stack[k].pos >= para ? stack[k].pos : -1, i };

                  g_array_append_val (pairs, pair);
                  depth = k;
                }
              else if (depth == 0 && attribution_follows (ctx, i + 1))
                {
                  /* A closing mark without its opening one, followed by an
                   * attribution: the quotation is the sentence before it. */
                  Pair pair = { sentence_start_before (ctx, last_close + 1, i), -1, i };

                  g_array_append_val (pairs, pair);
                }
              last_close = i;
            }
        }

      /* Keep the outermost pairs: marks inside a quotation are part of it. */
      g_array_sort (pairs, compare_pairs);
      for (guint p = 0; p < pairs->len; p++)
        {
          const Pair *pair = &g_array_index (pairs, Pair, p);

          if (pair->start <= covered)
            continue;
          add_cand (ctx, pair->start, pair->close, pair->open, pair->close);
          covered = pair->close;
        }

      /* A mark left open at the end of the paragraph. */
      if (depth > 0 && stack[0].pos > covered)
        {
          gint64 next = end + 1;
          gboolean goes_on = FALSE;

          while (next < ctx->n && is_space (ctx->u[next]))
            next++;
          if (next < ctx->n && starts_with_open (ctx, next, next + 1, stack[0].c))
            goes_on = TRUE;
          else
            {
              /* Or the next paragraph closes it before any other mark. */
              for (gint64 j = next; j < ctx->n && ctx->u[j] != '\n'; j++)
                if (is_quote_char (ctx->u[j]))
                  {
                    goes_on = classify_mark (ctx, j, stack, 1) == MARK_CLOSE &&
                              closes (stack[0].c, ctx->u[j]);
                    break;
                  }
            }
          if (goes_on)
            {
              add_cand (ctx, stack[0].pos + 1, end, stack[0].pos >= para ? stack[0].pos : -1, -1);
              carry = TRUE;
              carry_c = stack[0].c;
            }
        }

      para = end + 1;
    }
}

/* Attribution. */

static gboolean
in_other_quote (Ctx  *ctx,
                int   i,
                int   self)
{
  return ctx->tok_quote != NULL && ctx->tok_quote[i] >= 0 && ctx->tok_quote[i] != self;
}

/* Whether the words before token i make it the object of a preposition, or
 * put it between parentheses: then it is not a subject. */
static gboolean
prep_before (Ctx *ctx,
             int  i)
{
  char buf[WORD_MAX];
  int j = i - 1;
  int skipped = 0;

  while (j >= 0 && skipped < 3)
    {
      const char *w = lower (ctx, j, buf);

      if (strcmp (w, "'") == 0 || strcmp (w, "\u2019") == 0 ||
          (WORD_IN (w, determiners) && !WORD_IN (w, prepositions)))
        {
          j--;
          skipped++;
          continue;
        }
      break;
    }
  if (j < 0)
    return FALSE;
  if (tok_char (ctx, j) == '(' || tok_char (ctx, j) == '[')
    return TRUE;

  return WORD_IN (lower (ctx, j, buf), prepositions);
}

/* "owned by talent manager X", "avec le président X": an agent or a
 * companion with a title between the preposition and the name is no
 * subject either. */
static gboolean
agent_before (Ctx *ctx,
              int  i)
{
  char buf[WORD_MAX];
  int j = i - 1;

  if (prep_before (ctx, i))
    return TRUE;
  for (int k = 0; k < 3 && j >= 0 && tok_is_word (ctx, j) && !tok_is_capitalized (ctx, j) &&
                  mention (ctx, j) == NULL && !speech_at (ctx, j); k++)
    {
      j--;
      while (j >= 0 && (tok_char (ctx, j) == '\'' || tok_char (ctx, j) == 0x2019 ||
                        (tok_is_word (ctx, j) && WORD_IN (lower (ctx, j, buf), determiners) &&
                         !WORD_IN (buf, prepositions))))
        j--;
      if (tok_is (ctx, j, "by") || tok_is (ctx, j, "par") || tok_is (ctx, j, "with") ||
          tok_is (ctx, j, "avec"))
        return TRUE;
    }

  return FALSE;
}

/* "told the BBC": a name right after a speech verb is its object. */
static gboolean
object_of_verb (Ctx *ctx,
                int  i)
{
  char buf[WORD_MAX];
  int j = i - 1;

  while (j >= 0 && tok_is_word (ctx, j) && WORD_IN (lower (ctx, j, buf), determiners) &&
         !WORD_IN (buf, prepositions))
    j--;

  return j >= 0 && speech_at (ctx, j);
}

static void
source_from_mention (Ctx           *ctx,
                     const Mention *m,
                     Source        *out)
{
  out->entity = m->entity;
  out->text_start = m->start;
  out->text_end = m->end;
}

static int possessed_after (Ctx *ctx,
                            int  after);

/* Genders of the story's people, from what the text says of them. */

static void
vote_gender (GHashTable          *votes,
             const LecternEntity *entity,
             Gender               gender,
             int                  weight)
{
  int v = GPOINTER_TO_INT (g_hash_table_lookup (votes, entity));

  v += gender == GENDER_MALE ? weight : -weight;
  g_hash_table_insert (votes, (gpointer) entity, GINT_TO_POINTER (v));
}

/* "Mme Roux", "M. Roux", "chairwoman Lind", "la ministre Roux". */
static Gender
gender_before (Ctx *ctx,
               int  first)
{
  char buf[WORD_MAX];
  int j = first - 1;
  const char *w;

  if (tok_char (ctx, j) == '.' && tok_is_word (ctx, j - 1) &&
      tok (ctx, j - 1)->end == tok (ctx, j)->start &&
      tok (ctx, j - 1)->end - tok (ctx, j - 1)->start == 1 && tok_char (ctx, j - 1) == 'M')
    return GENDER_MALE;
  if (tok_char (ctx, j) == '.')
    j--;
  if (!tok_is_word (ctx, j) || mention (ctx, j) != NULL)
    return GENDER_UNKNOWN;
  w = lower (ctx, j, buf);
  if (WORD_IN (w, male_titles))
    return GENDER_MALE;
  if (WORD_IN (w, female_titles))
    return GENDER_FEMALE;
  if (!ctx->french || WORD_IN (w, prepositions) || WORD_IN (w, determiners) ||
      g_unichar_isupper (tok_char (ctx, j)) || tok_is (ctx, j - 2, "de"))
    return GENDER_UNKNOWN;
  /* The article of an epicene noun: "la ministre", "le maire". */
  if (tok_is (ctx, j - 1, "la") || tok_is (ctx, j - 1, "une"))
    return GENDER_FEMALE;
  if (tok_is (ctx, j - 1, "le") || tok_is (ctx, j - 1, "un"))
    return GENDER_MALE;

  return GENDER_UNKNOWN;
}

/* "Nadia Roux, élue en 2017", "Marc Petit est arrivé": the agreement of a
 * participle with the name, in French. A masculine form is weaker
 * evidence: it is also the form that agrees with nothing. A title in
 * apposition is strong evidence ("X, la ministre", "X, chairwoman of"). */
static int
gender_after (Ctx *ctx,
              int  after)
{
  char buf[WORD_MAX];
  int i = after;
  gboolean etre = FALSE;
  const char *w;

  /* "X, chairwoman of…", "X, la ministre de…", "X, directrice de…". */
  if (tok_char (ctx, i) == ',')
    {
      int j = i + 1;

      if (ctx->french && (tok_is (ctx, j, "la") || tok_is (ctx, j, "le")) &&
          tok_is_word (ctx, j + 1) && !tok_is_capitalized (ctx, j + 1) &&
          mention (ctx, j + 1) == NULL && !g_unichar_isdigit (tok_char (ctx, j + 1)) &&
          tok (ctx, j + 1)->end - tok (ctx, j + 1)->start >= 4)
        return tok_is (ctx, j, "la") ? -3 : 3;
      if (tok_is_word (ctx, j) && WORD_IN (lower (ctx, j, buf), determiners))
        j++;
      if (tok_is_word (ctx, j) && WORD_IN (lower (ctx, j, buf), male_titles))
        return 3;
      if (tok_is_word (ctx, j) && WORD_IN (buf, female_titles))
        return -3;
    }
  if (!ctx->french)
    return 0;
  if (tok_char (ctx, i) == ',')
    {
      i++;
      etre = TRUE;
    }
  for (int k = 0; k < 3; k++)
    {
      w = lower (ctx, i, buf);
      if (strcmp (w, "est") == 0 || strcmp (w, "été") == 0 || strcmp (w, "était") == 0 ||
          strcmp (w, "sera") == 0 || strcmp (w, "fut") == 0)
        etre = TRUE;
      else if (strcmp (w, "a") != 0 && strcmp (w, "s") != 0 && strcmp (w, "'") != 0 &&
               strcmp (w, "\u2019") != 0)
        break;
      i++;
    }
  if (!etre || !tok_is_word (ctx, i) || mention (ctx, i) != NULL || tok_is_capitalized (ctx, i))
    return 0;
  w = lower (ctx, i, buf);
  if (g_str_has_suffix (w, "ée"))
    return -2;
  if (g_str_has_suffix (w, "é"))
    return 1;

  return 0;
}

/* "Il faut", "il y a": "il" that stands for nobody. */
static gboolean
impersonal_after (Ctx *ctx,
                  int  i)
{
  static const char *const verbs[] = {
    "faut", "fallait", "faudra", "y", "s", "semble", "reste", "est", "était", "suffit",
    "paraît", "arrive", "manque", "convient", "importe", "vaut", "existe", "agit",
  };
  char buf[WORD_MAX];

  return word_in (lower (ctx, i + 1, buf), verbs, G_N_ELEMENTS (verbs));
}

static void
index_genders (Ctx *ctx)
{
  g_autoptr(GHashTable) votes = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key, value;
  const LecternEntity *person = NULL;  /* the one person of this sentence so far */
  gboolean several = FALSE;
  char buf[WORD_MAX];

  ctx->genders = g_hash_table_new (NULL, NULL);

  for (guint m = 0; m < ctx->mentions->len; m++)
    {
      const Mention *mention = &g_array_index (ctx->mentions, Mention, m);
      int first = tok_at (ctx, mention->start);
      int v;
      Gender g;

      if (mention->entity->type != LECTERN_ENTITY_PERSON)
        continue;
      if (!g_hash_table_contains (votes, mention->entity))
        {
          /* The first name, once per person. */
          g_autofree char *name = g_utf8_strdown (mention->entity->name, -1);
          char *end = name + strcspn (name, " -");

          *end = '\0';
          g_hash_table_insert (votes, (gpointer) mention->entity, GINT_TO_POINTER (0));
          if (WORD_IN (name, male_names) && !WORD_IN (name, female_names))
            vote_gender (votes, mention->entity, GENDER_MALE, 2);
          else if (WORD_IN (name, female_names) && !WORD_IN (name, male_names))
            vote_gender (votes, mention->entity, GENDER_FEMALE, 2);
        }
      g = gender_before (ctx, first);
      if (g != GENDER_UNKNOWN)
        vote_gender (votes, mention->entity, g, 3);
      v = gender_after (ctx, tok_at (ctx, mention->end));
      if (v != 0)
        vote_gender (votes, mention->entity, v > 0 ? GENDER_MALE : GENDER_FEMALE, ABS (v));
    }

  /* "Nadia Roux a pris la parole. Elle…": a sentence that opens with a
   * pronoun after a sentence that names one person. (A pronoun inside the
   * sentence that names the person is often someone else: "X knew what he
   * was doing".) */
  for (int i = 0; i < n_toks (ctx); i++)
    {
      const Mention *m = mention (ctx, i);

      if (sentence_starts_at (ctx, i))
        {
          const char *w = lower (ctx, i, buf);
          const LecternEntity *previous_person = several ? NULL : person;

          if (previous_person != NULL)
            {
              if ((strcmp (w, "il") == 0 && !impersonal_after (ctx, i)) || strcmp (w, "he") == 0)
                vote_gender (votes, previous_person, GENDER_MALE, 1);
              else if (strcmp (w, "elle") == 0 || strcmp (w, "she") == 0)
                vote_gender (votes, previous_person, GENDER_FEMALE, 1);
            }
          person = NULL;
          several = FALSE;
        }
      if (m != NULL && m->entity->type == LECTERN_ENTITY_PERSON &&
          (ctx->tok_quote == NULL || ctx->tok_quote[i] < 0))
        {
          if (person != NULL && person != m->entity)
            several = TRUE;
          person = m->entity;
        }
    }

  g_hash_table_iter_init (&iter, votes);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      int v = GPOINTER_TO_INT (value);

      if (v != 0)
        g_hash_table_insert (ctx->genders, key,
                             GINT_TO_POINTER (v > 0 ? GENDER_MALE : GENDER_FEMALE));
    }
}

/* Whether a pronoun of gender `want` may stand for `entity`. */
static gboolean
gender_agrees (Ctx                 *ctx,
               const LecternEntity *entity,
               Gender               want)
{
  Gender g;

  if (want == GENDER_UNKNOWN || entity == NULL || entity->type != LECTERN_ENTITY_PERSON)
    return TRUE;
  if (ctx->genders == NULL)
    index_genders (ctx);
  g = GPOINTER_TO_INT (g_hash_table_lookup (ctx->genders, entity));

  return g == GENDER_UNKNOWN || g == want;
}

/* Stricter, for weak evidence: a person must be known to be of the
 * pronoun's gender. */
static gboolean
known_gender_agrees (Ctx                 *ctx,
                     const LecternEntity *entity,
                     Gender               want)
{
  if (want == GENDER_UNKNOWN || entity->type != LECTERN_ENTITY_PERSON)
    return TRUE;
  if (ctx->genders == NULL)
    index_genders (ctx);

  return GPOINTER_TO_INT (g_hash_table_lookup (ctx->genders, entity)) == (int) want;
}

static Gender
pronoun_gender (const char *w)
{
  if (strcmp (w, "il") == 0 || strcmp (w, "he") == 0 || strcmp (w, "him") == 0 ||
      strcmp (w, "lui") == 0)
    return GENDER_MALE;
  if (strcmp (w, "elle") == 0 || strcmp (w, "she") == 0 || strcmp (w, "her") == 0)
    return GENDER_FEMALE;
  return GENDER_UNKNOWN;
}

/* The person (or, for "il" and "elle", the organization) that a pronoun at
 * token i refers back to: the nearest subject-like mention before it,
 * outside quotations, within a few sentences. */
static gboolean
resolve_pronoun (Ctx    *ctx,
                 int     i,
                 Source *out)
{
  char buf[WORD_MAX];
  gboolean person_only = g_str_has_prefix (lower (ctx, i, buf), "h") ||
                         g_str_has_prefix (buf, "s");
  Gender want = pronoun_gender (buf);
  gint64 pos = tok (ctx, i)->start;
  gint64 horizon = 0;
  int lo = 0;
  int hi = (int) ctx->mentions->len;

  /* The antecedent is in this paragraph or the two before. */
  for (int t = i, paragraphs = 0; t >= 0 && pos - tok (ctx, t)->start < 600; t--)
    if ((tok (ctx, t)->flags & TOK_PARA_START) && ++paragraphs == 3)
      {
        horizon = tok (ctx, t)->start;
        break;
      }
  horizon = MAX (horizon, pos - 600);

  while (lo < hi)
    {
      int mid = lo + (hi - lo) / 2;

      if (g_array_index (ctx->mentions, Mention, mid).end <= pos)
        lo = mid + 1;
      else
        hi = mid;
    }

  /* The source of the last attributed quotation, when it is nearer than any
   * mention ("…», résume l'universitaire. «…», a-t-il précisé"). */
  for (guint c = MIN (ctx->current, ctx->cands->len); c-- > 0;)
    {
      const Cand *cand = &g_array_index (ctx->cands, Cand, c);
      gint64 seen = MAX (cand->source.text_start, cand->start);
      gboolean nearer = TRUE;

      if (cand->start >= pos)
        continue;
      if (!cand->has_source || seen < horizon)
        break;
      if (person_only && cand->source.entity != NULL &&
          cand->source.entity->type != LECTERN_ENTITY_PERSON)
        break;
      if (!gender_agrees (ctx, cand->source.entity, want))
        break;
      for (int m = lo - 1; m >= 0 && nearer; m--)
        {
          const Mention *mention = &g_array_index (ctx->mentions, Mention, m);

          if (mention->start <= seen)
            break;
          if ((ctx->tok_quote == NULL || ctx->tok_quote[tok_at (ctx, mention->start)] < 0) &&
              (!person_only || mention->entity->type == LECTERN_ENTITY_PERSON) &&
              gender_agrees (ctx, mention->entity, want))
            nearer = FALSE;
        }
      if (!nearer)
        break;
      /* A description stays the phrase of the story that names the source. */
      *out = cand->source;
      if (out->entity != NULL)
        {
          out->text_start = tok (ctx, i)->start;
          out->text_end = tok (ctx, i)->end;
        }
      return TRUE;
    }

  /* Sentence by sentence, back to the horizon: a name in subject position
   * wins, the first of the sentence ("X met Y. He said"); a sentence whose
   * subject is already a pronoun passes the search on ("he was
   * photographed with X. … He told"); otherwise the last name of the
   * sentence ("…indignation exprimée par X. Il a…"). People first: "il" is
   * more often a person than an organization. Names of the other gender
   * are passed over. */
  for (int pass = 0; pass < (person_only ? 1 : 2); pass++)
    {
      int m = lo - 1;
      int t = i - 1;

      for (int n_sentences = 0; t >= 0 && tok (ctx, t)->start >= horizon; n_sentences++)
        {
          int sentence = t;
          const Mention *subject = NULL;
          const Mention *other = NULL;
          gboolean pronoun = FALSE;

          while (sentence > 0 && !sentence_starts_at (ctx, sentence))
            sentence--;
          for (int k = t; k >= sentence && !pronoun; k--)
            if (tok (ctx, k)->end - tok (ctx, k)->start <= 4 && tok_is_word (ctx, k) &&
                word_in (lower (ctx, k, buf), singular_pronouns, 4) &&
                (ctx->tok_quote == NULL || ctx->tok_quote[k] < 0))
              pronoun = TRUE;
          for (; m >= 0; m--)
            {
              const Mention *mention = &g_array_index (ctx->mentions, Mention, m);
              int first = tok_at (ctx, mention->start);

              if (first < sentence)
                break;
              if (first > t || (ctx->tok_quote != NULL && ctx->tok_quote[first] >= 0))
                continue;
              if ((mention->entity->type == LECTERN_ENTITY_PERSON) != (pass == 0))
                continue;
              if (first > 0 && (tok_char (ctx, first - 1) == '(' || tok_char (ctx, first - 1) == '['))
                continue;
              if (!gender_agrees (ctx, mention->entity, want))
                continue;
              if (!agent_before (ctx, first) && !object_of_verb (ctx, first) &&
                  possessed_after (ctx, tok_at (ctx, mention->end)) < 0)
                subject = mention;
              else
                other = other != NULL ? other : mention;
            }
          /* The last name of a sentence only in the pronoun's sentence or
           * the one before it. */
          if (subject == NULL && !pronoun && n_sentences < 2 && other != NULL &&
              known_gender_agrees (ctx, other->entity, want))
            subject = other;
          if (subject != NULL)
            {
              source_from_mention (ctx, subject, out);
              out->text_start = tok (ctx, i)->start;
              out->text_end = tok (ctx, i)->end;
              return TRUE;
            }
          /* On to the sentence before; mentions of this one are passed. */
          while (m >= 0 && tok_at (ctx, g_array_index (ctx->mentions, Mention, m).start) >= sentence)
            m--;
          t = sentence - 1;
        }
    }

  /* Someone, but we cannot tell who: the source is the pronoun alone, so
   * that the quotation does not take the speaker of its neighbours. */
  out->entity = NULL;
  out->text_start = tok (ctx, i)->start;
  out->text_end = tok (ctx, i)->end;
  return TRUE;
}

/* "Bell's mother", "Acme's spokesman": the end of the phrase when the name
 * ending before token `after` is a possessor, or -1. A phrase headed by a
 * noun that speaks for the name (spokesman, statement, lawyer) ends at
 * the name: the name is the source. */
static int
possessed_after (Ctx *ctx,
                 int  after)
{
  char buf[WORD_MAX];
  int end = after + 2;

  /* "Luc Matu's" at the very end of the text possesses nothing. */
  if (end >= n_toks (ctx) ||
      (tok_char (ctx, after) != '\'' && tok_char (ctx, after) != 0x2019) ||
      !tok_is (ctx, after + 1, "s") || tok (ctx, after)->start != tok (ctx, after - 1)->end)
    return -1;
  for (int i = after + 2; i < after + 5 && tok_is_word (ctx, i) && mention (ctx, i) == NULL; i++)
    {
      if (WORD_IN (lower (ctx, i, buf), source_nouns))
        return -1;
      if (speech_at (ctx, i) || WORD_IN (buf, auxiliaries))
        break;
      end = i;
    }

  return end;
}

/* "X qui", "X, who": the name is the subject of the relative clause. */
static gboolean
is_relative (Ctx *ctx,
             int  i)
{
  if (tok_char (ctx, i) == ',')
    i++;
  return tok_is (ctx, i, "qui") || tok_is (ctx, i, "who");
}

/* The subject of the verb at token v, looked for before it down to token
 * `limit`: an entity (skipping appositions and the objects of
 * prepositions), or a pronoun that refers back to one. FALSE when none;
 * TRUE with no entity for a plural pronoun. */
static gboolean
subject_before (Ctx    *ctx,
                int     v,
                int     limit,
                int     self,
                Source *out)
{
  char buf[WORD_MAX];

  for (int i = v - 1, steps = 0; i >= 0 && i >= limit && steps < 40; i--, steps++)
    {
      const Mention *m;
      const char *w;

      if (in_other_quote (ctx, i, self) || tok_char (ctx, i) == ';')
        return FALSE;
      m = mention (ctx, i);
      if (m != NULL)
        {
          int first = mention_first_tok (ctx, i);
          int after = i + 1;

          while (after < v && mention (ctx, after) == m)
            after++;
          if (possessed_after (ctx, after) >= 0)
            {
              /* "Bell's mother told": someone, not Bell. */
              out->entity = NULL;
              out->text_start = m->start;
              out->text_end = tok (ctx, MIN (possessed_after (ctx, after), v - 1))->end;
              return TRUE;
            }
          if (is_relative (ctx, after) ||
              (!agent_before (ctx, first) && !object_of_verb (ctx, first)))
            {
              source_from_mention (ctx, m, out);
              return TRUE;
            }
          i = first;
        }
      else
        {
          w = lower (ctx, i, buf);
          if (word_in (w, singular_pronouns, 4))
            return resolve_pronoun (ctx, i, out);
          /* "it said", "it has also said": an organization, found later by
           * resolve_description(); "it is" says nothing. */
          if (strcmp (w, "it") == 0 && !ctx->french)
            {
              for (int k = i + 1; k < v; k++)
                if (!WORD_IN (lower (ctx, k, buf), attribution_glue))
                  return FALSE;
              out->entity = NULL;
              out->text_start = tok (ctx, i)->start;
              out->text_end = tok (ctx, i)->end;
              return TRUE;
            }
          if (word_in (w, plural_pronouns, 4) && !tok_is (ctx, i, "on"))
            {
              out->entity = NULL;
              out->text_start = tok (ctx, i)->start;
              out->text_end = tok (ctx, i)->end;
              return TRUE;
            }
        }
      if (sentence_starts_at (ctx, i))
        return FALSE;
    }

  return FALSE;
}

/* A phrase that names a source without naming an entity ("un porte-parole",
 * "the police"): from a determiner, at most 8 words, up to punctuation. */
static gboolean
description_at (Ctx    *ctx,
                int     from,
                gint64  limit,
                Source *out)
{
  char buf[WORD_MAX];
  int i = from;
  int words = 0;

  if (!tok_is_word (ctx, from) || !WORD_IN (lower (ctx, from, buf), determiners))
    return FALSE;
  while (i < n_toks (ctx) && tok (ctx, i)->start < limit && words < 8)
    {
      gunichar c = tok_char (ctx, i);

      if (!tok_is_word (ctx, i) && c != '\'' && c != 0x2019 && c != '-')
        break;
      if (i > from && sentence_starts_at (ctx, i))
        break;
      if (tok_is_word (ctx, i) && i > from && WORD_IN (lower (ctx, i, buf), auxiliaries))
        break;
      if (tok_is_word (ctx, i) && i > from + 1 &&
          (speech_at (ctx, i) ||
           (WORD_IN (buf, prepositions) && !WORD_IN (buf, determiners) &&
            strcmp (buf, "of") != 0)))
        break;
      words += tok_is_word (ctx, i);
      i++;
    }
  if (words < 2)
    return FALSE;

  out->entity = NULL;
  out->text_start = tok (ctx, from)->start;
  out->text_end = tok (ctx, i - 1)->end;
  return TRUE;
}

/* "communiqué de X", "spokesman for X": the word before the preposition
 * before token i names what speaks for i. */
static gboolean
spoken_for (Ctx *ctx,
            int  i)
{
  char buf[WORD_MAX];
  int j = i - 1;

  while (j >= 0 && (tok_char (ctx, j) == '\'' || tok_char (ctx, j) == 0x2019 ||
                    (tok_is_word (ctx, j) && (tok_is (ctx, j, "la") || tok_is (ctx, j, "l") ||
                                              tok_is (ctx, j, "the")))))
    j--;
  if (!(tok_is (ctx, j, "de") || tok_is (ctx, j, "du") || tok_is (ctx, j, "d") ||
        tok_is (ctx, j, "des") || tok_is (ctx, j, "of") || tok_is (ctx, j, "for") ||
        tok_is (ctx, j, "from")))
    return FALSE;
  j--;
  while (j >= 0 && !tok_is_word (ctx, j) && tok_char (ctx, j) == '-')
    j--;

  return tok_is_word (ctx, j) && WORD_IN (lower (ctx, j, buf), source_nouns);
}

/* "said U.S. Attorney X": the dot of an initial ends nothing. */
/* Whether token i is a quotation mark, not the apostrophe of "NASA’s"
 * or "don't" between two letters. */
static gboolean
is_mark_tok (Ctx *ctx,
             int  i)
{
  gunichar c = tok_char (ctx, i);

  if (!is_quote_char (c))
    return FALSE;
  if ((c == 0x2019 || c == '\'') && tok_is_word (ctx, i - 1) && tok_is_word (ctx, i + 1) &&
      tok (ctx, i - 1)->end == tok (ctx, i)->start && tok (ctx, i)->end == tok (ctx, i + 1)->start)
    return FALSE;
  return TRUE;
}

static gboolean
initial_dot (Ctx *ctx,
             int  i)
{
  return tok_char (ctx, i) == '.' && tok_is_capitalized (ctx, i - 1) &&
         tok (ctx, i - 1)->end == tok (ctx, i)->start &&
         tok (ctx, i - 1)->end - tok (ctx, i - 1)->start == 1;
}

/* The source named after token v, before position `limit`: "a déclaré X",
 * "dit-il", "said the minister", "selon X". */
static gboolean is_proper_name (Ctx *ctx, int first, int last);
static char *national_body (Ctx *ctx, int first, int last);

static gboolean
source_after (Ctx    *ctx,
              int     v,
              gint64  limit,
              gboolean entity_only,
              Source *out)
{
  char buf[WORD_MAX];
  int first_word = -1;
  /* "selon lui", "according to him", but "accused him", "lui a dit". */
  gboolean cue = tok_is (ctx, v, "selon") || tok_is (ctx, v, "to") || tok_is (ctx, v, "après") ||
                 tok_is (ctx, v, "pour") || tok_is (ctx, v, "for");

  for (int i = v + 1, steps = 0; i < n_toks (ctx) && tok (ctx, i)->start < limit && steps < 14;
       i++, steps++)
    {
      const Mention *m;
      gunichar c = tok_char (ctx, i);

      if (sentence_starts_at (ctx, i) || is_mark_tok (ctx, i) || c == ';' || c == '!' ||
          c == '?' || c == ':')
        break;
      if (c == '.' && !initial_dot (ctx, i))
        break;
      if (!tok_is_word (ctx, i))
        continue;
      if (first_word < 0)
        first_word = i;
      m = mention (ctx, i);
      /* Right after the verb or the cue ("Pour X", "selon X"), or not the
       * object of another preposition, or what speaks for it ("un
       * communiqué de X", "a spokesman for X"). */
      if (m != NULL && (i == v + 1 || !prep_before (ctx, mention_first_tok (ctx, i)) ||
                        spoken_for (ctx, mention_first_tok (ctx, i))))
        {
          int last = i;
          int possessed;
          gboolean person_after = FALSE;

          while (last + 1 < n_toks (ctx) && mention (ctx, last + 1) == m)
            last++;
          possessed = possessed_after (ctx, last + 1);
          /* "Microsoft CEO Steve Ballmer", "le maire de Lyon, Pierre
           * Durand", "Acme's chief, John Smith": the person the phrase ends
           * with. */
          for (int j = possessed >= 0 ? last + 3 : i + 1, words = 0;
               j < n_toks (ctx) && words < 4; j++)
            {
              const Mention *next = mention (ctx, j);

              if (!tok_is_word (ctx, j) && !(tok_char (ctx, j) == ',' && words == 0))
                break;
              if (next != NULL && next != m && next->entity->type == LECTERN_ENTITY_PERSON)
                {
                  m = next;
                  person_after = TRUE;
                  break;
                }
              if (next == NULL && tok_is_word (ctx, j))
                words++;
            }
          if (possessed >= 0 && !person_after)
            {
              /* "said Bell's mother": someone, not Bell. */
              if (entity_only)
                return FALSE;
              out->entity = NULL;
              out->text_start = m->start;
              out->text_end = tok (ctx, possessed)->end;
              return TRUE;
            }
          source_from_mention (ctx, m, out);
          return TRUE;
        }
      if (steps < 4 && (word_in (lower (ctx, i, buf), singular_pronouns, 4) ||
                        (WORD_IN (buf, singular_objects) && cue)))
        return resolve_pronoun (ctx, i, out);
      if (steps < 4 &&
          (word_in (buf, plural_pronouns, 4) || (WORD_IN (buf, plural_objects) && cue)))
        {
          /* "lit-on dans un communiqué de X": the source is further. */
          if (strcmp (buf, "on") == 0 && tok_is (ctx, v, "lit"))
            continue;
          /* "indique-t-on chez Renault": the company. */
          if (strcmp (buf, "on") == 0)
            for (int j = i + 1; j < i + 4 && j < n_toks (ctx) && tok (ctx, j)->start < limit; j++)
              if (tok_is (ctx, j, "chez") && mention (ctx, j + 1) != NULL &&
                  mention (ctx, j + 1)->entity->type == LECTERN_ENTITY_ORGANIZATION)
                {
                  source_from_mention (ctx, mention (ctx, j + 1), out);
                  return TRUE;
                }
          if (entity_only)
            return FALSE;
          out->entity = NULL;
          out->text_start = tok (ctx, i)->start;
          out->text_end = tok (ctx, i)->end;
          return TRUE;
        }
    }

  if (entity_only || first_word < 0)
    return FALSE;
  if (tok_is (ctx, first_word, "by") || tok_is (ctx, first_word, "par"))
    first_word++;

  /* "a assuré Kito de Pavant": a name the extractor missed, named by
   * proper_source() when the quotation is given its speaker. */
  if (tok_is_capitalized (ctx, first_word) && tok (ctx, first_word)->start < limit)
    {
      int last = first_word;

      for (int k = first_word + 1; k < n_toks (ctx) && k - first_word < 6 &&
                                   tok (ctx, k)->start < limit; k++)
        {
          if (tok_is_capitalized (ctx, k))
            last = k;
          else if (!(tok_is_word (ctx, k) && WORD_IN (lower (ctx, k, buf), name_particles) &&
                     tok_is_capitalized (ctx, k + 1)) &&
                   !((tok_char (ctx, k) == '-' || tok_char (ctx, k) == '\'') &&
                     tok (ctx, k)->start == tok (ctx, k - 1)->end &&
                     tok_is_capitalized (ctx, k + 1)))
            break;
        }
      if (is_proper_name (ctx, first_word, last))
        {
          out->entity = NULL;
          out->text_start = tok (ctx, first_word)->start;
          out->text_end = tok (ctx, last)->end;
          return TRUE;
        }
    }

  return description_at (ctx, first_word, limit, out);
}

/* The end of the sentence that starts at or after token i, as a position. */
static gint64
sentence_end_after (Ctx *ctx,
                    int  i)
{
  int j = i + 1;

  while (j < n_toks (ctx) && !sentence_starts_at (ctx, j) && j - i < 200)
    j++;

  return j < n_toks (ctx) ? tok (ctx, j)->start : ctx->n;
}

/* The attribution right after a closing mark at `pos - 1`: "», a déclaré
 * X", "», a-t-il dit", "\", the police said", "\", as claimed by the
 * authorities", "», selon X". Returns the verb's token or -1. */
static int
attribution_verb_after (Ctx    *ctx,
                        gint64  pos,
                        int    *first_out)
{
  char buf[WORD_MAX];
  int i = tok_at (ctx, pos);
  int first = -1;
  gboolean apposition = FALSE;
  gboolean named = mention (ctx, tok_at (ctx, pos)) != NULL;
  gboolean asked = FALSE;

  /* A comma and other closing marks may come first, nothing else. */
  for (int k = 0; k < 3 && i < n_toks (ctx) && !tok_is_word (ctx, i); k++, i++)
    {
      gunichar c = tok_char (ctx, i);

      if (c != ',' && c != 0x00BB && c != 0x201D && c != '"' && c != '-' && c != 0x2014 &&
          c != 0x2013)
        return -1;
    }
  if (i >= n_toks (ctx) || !tok_is_word (ctx, i))
    return -1;
  if (sentence_starts_at (ctx, i))
    {
      /* "\"…?\" Schiff asked": a question or an exclamation ends its
       * sentence inside the marks, and the attribution follows at once. */
      gint64 p = pos - 2;

      while (p > 0 && is_space (ctx->u[p]))
        p--;
      if (p < 0 || (ctx->u[p] != '?' && ctx->u[p] != '!'))
        return -1;
      asked = TRUE;
    }
  first = i;
  if (first_out != NULL)
    *first_out = first;

  /* A name and a comma may open a long apposition ("\", X, a fellow at
   * the Institute for Astrophysics in Munich, said"): the verb then
   * follows the comma that closes it. */
  /* …and so may a title and a name ("\" study lead author X, a planetary
   * scientist at…, said"). */
  for (int k = first, words = 0; k < n_toks (ctx) && words < 4 && tok_is_word (ctx, k);
       k++, words++)
    if (mention (ctx, k) != NULL)
      {
        int after = k;

        while (mention (ctx, after) == mention (ctx, k))
          after++;
        if (tok_char (ctx, after) == ',')
          {
            apposition = TRUE;
            named = TRUE;
          }
        break;
      }

  for (int steps = 0; i < n_toks (ctx) && steps < (asked ? 4 : apposition ? 40 : 10); i++, steps++)
    {
      const char *w;

      if (i > first && (sentence_starts_at (ctx, i) || is_mark_tok (ctx, i)))
        return -1;
      if (!tok_is_word (ctx, i))
        {
          gunichar c = tok_char (ctx, i);

          if ((c == '.' && !initial_dot (ctx, i)) || c == ';' || c == ':' || c == '!' ||
              c == '?')
            return -1;
          continue;
        }
      w = lower (ctx, i, buf);
      if (mention (ctx, i) == NULL && (speech_at (ctx, i) || strcmp (w, "selon") == 0 ||
                                       strcmp (w, "according") == 0 ||
                                       (strcmp (w, "après") == 0 && tok_is (ctx, i - 2, "d"))))
        {
          if (steps < 10 || tok_char (ctx, i - 1) == ',' ||
              (tok_is_word (ctx, i - 1) && tok_char (ctx, i - 2) == ','))
            return i;
          return -1;
        }
      /* Before the verb: glue, a pronoun, a name or a short description. */
      /* …or a name and its apposition ("\", Smith, the mayor of Dover,
       * told"). */
      if (mention (ctx, i) == NULL && !WORD_IN (w, attribution_glue) &&
          !word_in (w, singular_pronouns, 4) && !word_in (w, plural_pronouns, 4) &&
          !WORD_IN (w, determiners) && steps > 4 && mention (ctx, first) == NULL && !named)
        return -1;
    }

  return -1;
}

static gboolean
attribution_follows (Ctx    *ctx,
                     gint64  pos)
{
  return attribution_verb_after (ctx, pos, NULL) >= 0;
}

/* Whether the words tokens[first, v) are a short subject that names no
 * entity: a name the extractor missed, or "one user", "two officials". */
static gboolean
unnamed_subject (Ctx *ctx,
                 int  first,
                 int  v)
{
  static const char *const quantifiers[] = {
    "one", "another", "two", "three", "several", "many", "some", "un", "une", "deux",
    "trois", "plusieurs", "certains", "certaines",
  };
  char buf[WORD_MAX];
  int words = 0;

  for (int i = first; i < v; i++)
    {
      if (!tok_is_word (ctx, i))
        {
          if (tok_char (ctx, i) != '-' && tok_char (ctx, i) != '\'' && tok_char (ctx, i) != 0x2019)
            return FALSE;
          continue;
        }
      lower (ctx, i, buf);
      if (WORD_IN (buf, prepositions) || WORD_IN (buf, attribution_glue) ||
          word_in (buf, singular_pronouns, 4) || strcmp (buf, "i") == 0 ||
          strcmp (buf, "je") == 0 || strcmp (buf, "and") == 0 || strcmp (buf, "but") == 0 ||
          strcmp (buf, "et") == 0 || strcmp (buf, "mais") == 0)
        return FALSE;
      words++;
    }

  return words >= 1 && words <= 3 &&
         (tok_is_capitalized (ctx, first) ||
          word_in (lower (ctx, first, buf), quantifiers, G_N_ELEMENTS (quantifiers)));
}

/* "\" X, deputy administrator for exploration in NASA's science
 * directorate, said", "\" study lead author X, a scientist at A and B,
 * said": a name (after a title of at most three words) and a comma open
 * an apposition that a comma closes before the verb; the name is the
 * subject, not the names inside the apposition. */
static gboolean
apposition_subject (Ctx    *ctx,
                    int     first,
                    int     v,
                    Source *out)
{
  char buf[WORD_MAX];

  /* ", a déclaré", ", has said" */
  while (v - 1 > first && tok_is_word (ctx, v - 1) &&
         (WORD_IN (lower (ctx, v - 1, buf), auxiliaries) || WORD_IN (buf, attribution_glue)))
    v--;
  if (tok_char (ctx, v - 1) != ',')
    return FALSE;
  for (int k = first, words = 0; k < v && words < 4 && tok_is_word (ctx, k); k++, words++)
    {
      const Mention *m = mention (ctx, k);
      int after = k;

      if (m == NULL)
        continue;
      while (after < v && mention (ctx, after) == m)
        after++;
      if (after >= v - 1 || tok_char (ctx, after) != ',' || possessed_after (ctx, after) >= 0)
        return FALSE;
      source_from_mention (ctx, m, out);
      return TRUE;
    }

  return FALSE;
}

static gboolean
source_following (Ctx    *ctx,
                  Cand   *cand,
                  int     self,
                  Source *out)
{
  int first = -1;
  int v;
  gint64 limit;

  if (cand->close < 0)
    return FALSE;
  v = attribution_verb_after (ctx, cand->close + 1, &first);
  if (v < 0)
    return FALSE;
  limit = sentence_end_after (ctx, v);

  if (tok_is (ctx, v, "according"))
    return source_after (ctx, v + 1, limit, FALSE, out);
  /* "peut-on lire dans le communiqué de X": the source follows. */
  if (tok_is (ctx, v - 1, "on") && tok_char (ctx, v - 2) == '-')
    return source_after (ctx, v, limit, FALSE, out);
  if (v > first && apposition_subject (ctx, first, v, out))
    return TRUE;
  if (v > first && subject_before (ctx, v, first, self, out))
    return TRUE;
  for (int i = first; i < v; i++)
    {
      char buf[WORD_MAX];

      if (tok_is_word (ctx, i) && !WORD_IN (lower (ctx, i, buf), attribution_glue))
        {
          if (word_in (buf, singular_pronouns, 4))
            return FALSE;  /* a pronoun we could not resolve */
          if (description_at (ctx, first, tok (ctx, v)->start, out))
            return TRUE;
          /* "\"…,\" one user quipped", "\"…,\" Opelka said": someone the
           * story does not name, and no one else (the sentence before may
           * name another). */
          if (unnamed_subject (ctx, first, v))
            {
              out->entity = NULL;
              out->text_start = tok (ctx, first)->start;
              out->text_end = tok (ctx, v - 1)->end;
              return TRUE;
            }
          return FALSE;
        }
    }

  return source_after (ctx, v, limit, FALSE, out);
}

/* A cheap test before lower-casing: "selon", "après", "according", "pour"
 * and "for" are words of 3 to 9 letters that begin with s, a, p or f. */
static gboolean
maybe_source_cue (Ctx *ctx,
                  int  i)
{
  const Tok *t = tok (ctx, i);
  gunichar c;

  if (!(t->flags & TOK_WORD) || t->end - t->start < 3 || t->end - t->start > 9)
    return FALSE;
  c = ctx->u[t->start] | 0x20;

  return c == 's' || c == 'a' || c == 'p' || c == 'f';
}

/* A source before the quotation, in its sentence or from the end of the
 * quotation before it in the sentence. *inherit is set when the clause
 * continues the quotation before ("…», évoquant des «…»). */
static gboolean
source_preceding (Ctx      *ctx,
                  Cand     *cand,
                  int       self,
                  gboolean *inherit,
                  Source   *out)
{
  char buf[WORD_MAX];
  gint64 at = cand->open >= 0 ? cand->open : cand->start;
  int o = tok_at (ctx, at);
  int cs = o;
  int sentence = o;
  gboolean after_quote = FALSE;

  *inherit = FALSE;
  while (cs > 0 && o - cs < 80)
    {
      if (sentence_starts_at (ctx, cs))
        break;
      if (in_other_quote (ctx, cs - 1, self))
        {
          after_quote = TRUE;
          break;
        }
      cs--;
    }
  sentence = cs;
  while (sentence > 0 && !sentence_starts_at (ctx, sentence) && cs - sentence < 120)
    sentence--;
  if (cs == o)
    return FALSE;

  /* "selon X", "d'après X", "according to X", "Pour X, «…»" */
  for (int i = cs; i < o; i++)
    {
      const char *w;

      if (!maybe_source_cue (ctx, i))
        continue;
      w = lower (ctx, i, buf);

      if (strcmp (w, "selon") == 0 || (strcmp (w, "according") == 0 && tok_is (ctx, i + 1, "to")) ||
          (strcmp (w, "après") == 0 && tok_is (ctx, i - 2, "d")) ||
          ((strcmp (w, "pour") == 0 || strcmp (w, "for") == 0) && i == cs && !after_quote))
        {
          Source s = { NULL, -1, -1 };

          if (source_after (ctx, i + (strcmp (w, "according") == 0), at, FALSE, &s) &&
              (s.entity != NULL || strcmp (w, "pour") != 0))
            {
              *out = s;
              return TRUE;
            }
        }
    }

  /* "Chez Vinci, on assure que «…»", "Du côté de Vinci, on…": the
   * organization that "on" speaks for. */
  if (!after_quote && (tok_is (ctx, cs, "chez") ||
                       (tok_is (ctx, cs, "du") && tok_is (ctx, cs + 1, "côté"))))
    {
      int i = cs + 1;

      while (i < o && i < cs + 5 && mention (ctx, i) == NULL)
        i++;
      /* The scan may stop on its fifth word, which need not be a name. */
      if (i < o && mention (ctx, i) != NULL &&
          mention (ctx, i)->entity->type == LECTERN_ENTITY_ORGANIZATION)
        {
          int after = i;

          while (after < o && mention (ctx, after) == mention (ctx, i))
            after++;
          if (tok_char (ctx, after) == ',' && tok_is (ctx, after + 1, "on"))
            {
              source_from_mention (ctx, mention (ctx, i), out);
              return TRUE;
            }
        }
    }

  /* "X a défendu sa décision : «…»" */
  if (tok_char (ctx, o - 1) == ':' && subject_before (ctx, o - 1, cs, self, out))
    return TRUE;

  for (int v = o - 1; v >= cs; v--)
    {
      const char *w;

      if (!tok_is_word (ctx, v) || mention (ctx, v) != NULL || !speech_at (ctx, v))
        continue;
      w = lower (ctx, v, buf);

      /* A present participle takes the subject of its sentence. */
      if (tok_is (ctx, v - 1, "en") || g_str_has_suffix (w, "ant") || g_str_has_suffix (w, "ing"))
        {
          if (after_quote)
            {
              *inherit = TRUE;
              return FALSE;
            }
          for (int i = sentence; i < v; i++)
            {
              const Mention *m = mention (ctx, i);

              if (in_other_quote (ctx, i, self))
                break;
              if (m != NULL && !prep_before (ctx, mention_first_tok (ctx, i)))
                {
                  source_from_mention (ctx, m, out);
                  return TRUE;
                }
            }
        }
      if (subject_before (ctx, v, cs, self, out))
        return TRUE;
      /* "comme le précise l'ambassadeur, X : «…»" */
      if (source_after (ctx, v, at, TRUE, out))
        return TRUE;
      /* "Et d'ajouter : «…»", "avant de conclure : «…»": the speaker of the
       * quotation before goes on. */
      if (after_quote || tok_is (ctx, v - 1, "de") ||
          (tok_is (ctx, v - 2, "d") &&
           (tok_char (ctx, v - 1) == '\'' || tok_char (ctx, v - 1) == 0x2019)))
        {
          *inherit = TRUE;
          return FALSE;
        }
      /* "Le journal a écrit : «…»": a source, though not a named one. */
      return description_at (ctx, cs, tok (ctx, v)->start, out);
    }

  return FALSE;
}

/* A quotation that makes a sentence of its own takes the subject of the
 * sentence before when that one reports speech ("Il a souhaité un rappel
 * au règlement. «…»"). */
static gboolean
source_previous_sentence (Ctx    *ctx,
                          Cand   *cand,
                          int     self,
                          Source *out)
{
  char buf[WORD_MAX];
  gint64 at = cand->open >= 0 ? cand->open : cand->start;
  int o = tok_at (ctx, at);
  int ps;
  gboolean reports = FALSE;

  if (!sentence_starts_at (ctx, o) || o == 0 || in_other_quote (ctx, o - 1, self))
    return FALSE;
  ps = o - 1;
  while (ps > 0 && !sentence_starts_at (ctx, ps) && o - ps < 80)
    {
      if (in_other_quote (ctx, ps, self))
        return FALSE;
      ps--;
    }
  if (!sentence_starts_at (ctx, ps))
    return FALSE;

  for (int i = ps; i < o; i++)
    if (tok_is_word (ctx, i) && mention (ctx, i) == NULL && speech_at (ctx, i))
      reports = TRUE;
  if (!reports && tok_char (ctx, o - 1) != ':')
    return FALSE;

  for (int i = ps; i < o && i < ps + 3; i++)
    {
      const Mention *m = mention (ctx, i);

      if (m != NULL)
        {
          source_from_mention (ctx, m, out);
          return TRUE;
        }
      if (word_in (lower (ctx, i, buf), singular_pronouns, 4))
        return resolve_pronoun (ctx, i, out);
    }

  /* "The cell, Herbert said, is sensing… «…»", "La cellule, explique X,
   * détecte… «…»": the source of a speech verb of that sentence (its last
   * three, so that a sentence of speech verbs costs little). */
  for (int v = o - 1, tries = 0; v >= ps && tries < 3; v--)
    if (tok_is_word (ctx, v) && mention (ctx, v) == NULL && speech_at (ctx, v) && ++tries)
      {
        Source s = { NULL, -1, -1 };

        if ((subject_before (ctx, v, ps, self, &s) ||
             source_after (ctx, v, tok (ctx, o)->start, TRUE, &s)) &&
            s.entity != NULL)
          {
            *out = s;
            return TRUE;
          }
      }

  return FALSE;
}

/* Telling quotations from names, titles and scare quotes. */

static int
count_words (Ctx    *ctx,
             gint64  start,
             gint64  end,
             int    *capitalized,
             int    *long_words)
{
  int words = 0;

  *capitalized = 0;
  *long_words = 0;
  for (int i = tok_at (ctx, start); i < n_toks (ctx) && tok (ctx, i)->start < end; i++)
    {
      const Tok *t = tok (ctx, i);

      if (!(t->flags & TOK_WORD))
        continue;
      /* "man's", "l'État", "qu'il" are one word each. */
      if (i > 0 && t->start > 0 && tok (ctx, i - 1)->end == t->start &&
          (ctx->u[t->start - 1] == '\'' || ctx->u[t->start - 1] == 0x2019) &&
          tok_is_word (ctx, i - 2) && tok (ctx, i - 2)->end == t->start - 1)
        continue;
      words++;
      /* Title case is judged on the words after the first, of 3 letters or
       * more ("Made in USA", "Reasons why I Missed Miss Nepal"). */
      if (words > 1 && t->end - t->start >= 3 && !g_unichar_isdigit (ctx->u[t->start]))
        {
          (*long_words)++;
          if (g_unichar_isupper (ctx->u[t->start]))
            (*capitalized)++;
        }
    }

  return words;
}

/* The word before token i in its sentence, skipping punctuation; -1 at the
 * start of the sentence or at a quotation mark. */
static int
prev_word (Ctx *ctx,
           int  i)
{
  if (tok_is_word (ctx, i) && sentence_starts_at (ctx, i))
    return -1;
  for (i--; i >= 0; i--)
    {
      if (tok_is_word (ctx, i))
        return i;
      if (sentence_starts_at (ctx, i) || is_quote_char (tok_char (ctx, i)))
        return -1;
    }

  return -1;
}

static gboolean
cue_noun_before (Ctx  *ctx,
                 Cand *cand)
{
  char buf[WORD_MAX];
  gint64 at = cand->open >= 0 ? cand->open : cand->start;
  int i = tok_at (ctx, at) - 1;

  if (i >= 0 && tok_char (ctx, i) == ':')
    i--;
  return tok_is_word (ctx, i) && WORD_IN (lower (ctx, i, buf), cue_nouns);
}

static gboolean
title_cue_before (Ctx  *ctx,
                  Cand *cand)
{
  char buf[WORD_MAX];
  gint64 at = cand->open >= 0 ? cand->open : cand->start;
  int direct = tok_at (ctx, at) - 1;

  /* A noun right before the mark ("the campaign «…»"), or a naming verb a
   * few words before ("baptisée en Iran «…»"). */
  if (tok_is_word (ctx, direct) && WORD_IN (lower (ctx, direct, buf), title_cues) &&
      mention (ctx, direct) == NULL)
    return TRUE;
  for (int k = 0, i = prev_word (ctx, direct + 1); k < 3 && i >= 0; k++, i = prev_word (ctx, i))
    {
      const char *w = lower (ctx, i, buf);

      if (g_str_has_suffix (w, "titled") || g_str_has_prefix (w, "intitul") ||
          g_str_has_prefix (w, "baptis") || g_str_has_prefix (w, "surnomm") ||
          g_str_has_prefix (w, "nicknam") || strcmp (w, "dubbed") == 0 ||
          strcmp (w, "heading") == 0 || strcmp (w, "headline") == 0)
        return TRUE;
    }
  /* "la loi dite « … »", "a stadium called \"…\"": a name follows. With an
   * object between ("he called the plan \"…\"") the words are quoted. */
  if (tok_is (ctx, direct, "dite") || tok_is (ctx, direct, "dit") ||
      tok_is (ctx, direct, "called") || tok_is (ctx, direct, "named") ||
      g_str_has_prefix (lower (ctx, direct, buf), "appelé"))
    {
      int before = direct - 1;

      if (tok_is_word (ctx, before) && !tok_is_capitalized (ctx, before) &&
          !word_in (lower (ctx, before, buf), singular_pronouns, 4) &&
          !word_in (buf, plural_pronouns, 4) && strcmp (buf, "a") != 0 &&
          strcmp (buf, "t") != 0 && strcmp (buf, "has") != 0)
        return TRUE;
    }
  /* "so-called" and "soi-disant" are two words for the tokenizer. */
  if (tok_is (ctx, direct, "called") && tok_is (ctx, direct - 2, "so"))
    return TRUE;
  if (tok_is (ctx, direct, "disant") && tok_is (ctx, direct - 2, "soi"))
    return TRUE;

  return FALSE;
}

static gboolean
speech_verb_near_before (Ctx  *ctx,
                         Cand *cand)
{
  gint64 at = cand->open >= 0 ? cand->open : cand->start;

  char buf[WORD_MAX];

  /* A verb, not a noun spelt alike ("of comments", "the claims"). */
  for (int k = 0, i = prev_word (ctx, tok_at (ctx, at)); k < 6 && i >= 0; k++, i = prev_word (ctx, i))
    if (mention (ctx, i) == NULL && speech_at (ctx, i) &&
        !(tok_is_word (ctx, i - 1) && (WORD_IN (lower (ctx, i - 1, buf), determiners) ||
                                       WORD_IN (buf, prepositions)) &&
          !(ctx->french && (strcmp (buf, "a") == 0 ||      /* "il a dit" */
                            strcmp (buf, "on") == 0))))   /* "on assure" */
      return TRUE;

  return FALSE;
}

/* "selon X", "according to X", "d'après X" or a sentence that opens with
 * "Pour X" before the quotation. */
static gboolean
source_cue_before (Ctx  *ctx,
                   Cand *cand)
{
  char buf[WORD_MAX];
  gint64 at = cand->open >= 0 ? cand->open : cand->start;

  for (int k = 0, i = prev_word (ctx, tok_at (ctx, at)); k < 20 && i >= 0; k++, i = prev_word (ctx, i))
    {
      const char *w;

      if (sentence_starts_at (ctx, i) && !maybe_source_cue (ctx, i))
        return FALSE;
      if (!maybe_source_cue (ctx, i))
        continue;
      w = lower (ctx, i, buf);

      if (strcmp (w, "selon") == 0 || (strcmp (w, "according") == 0 && tok_is (ctx, i + 1, "to")) ||
          (strcmp (w, "après") == 0 && tok_is (ctx, i - 2, "d")) ||
          ((strcmp (w, "pour") == 0 || strcmp (w, "for") == 0) && sentence_starts_at (ctx, i)))
        return TRUE;
      if (sentence_starts_at (ctx, i))
        return FALSE;
    }

  return FALSE;
}

/* "the ‘respect India’ campaign": words in marks that qualify a noun. */
static gboolean
title_noun_after (Ctx  *ctx,
                  Cand *cand)
{
  char buf[WORD_MAX];
  int after;

  if (cand->close < 0)
    return FALSE;
  after = tok_at (ctx, cand->close + 1);

  return tok_is_word (ctx, after) && WORD_IN (lower (ctx, after, buf), title_cues);
}

static gboolean
mentioned_not_quoted (Ctx  *ctx,
                      Cand *cand)
{
  char buf[WORD_MAX];
  gint64 at = cand->open >= 0 ? cand->open : cand->start;
  int o = tok_at (ctx, at);
  int after;

  if (cand->close < 0 || !sentence_starts_at (ctx, o))
    return FALSE;
  after = tok_at (ctx, cand->close + 1);

  return tok_is_word (ctx, after) && WORD_IN (lower (ctx, after, buf), copulas);
}

/* The first mention that starts at or after `pos`. */
static guint
first_mention_after (Ctx    *ctx,
                     gint64  pos)
{
  guint lo = 0;
  guint hi = ctx->mentions->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (ctx->mentions, Mention, mid).start < pos)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/* "X a publié un message : « Merci à tous »": a colon after a clause that
 * names someone introduces their words. */
static gboolean
colon_after_name (Ctx  *ctx,
                  Cand *cand)
{
  gint64 at = cand->open >= 0 ? cand->open : cand->start;
  int o = tok_at (ctx, at);

  if (tok_char (ctx, o - 1) != ':')
    return FALSE;
  for (int i = o - 2; i >= 0 && o - i < 16; i--)
    {
      if (mention (ctx, i) != NULL)
        return TRUE;
      if (sentence_starts_at (ctx, i) || is_quote_char (tok_char (ctx, i)))
        break;
    }

  return FALSE;
}

static gboolean
is_quotation (Ctx  *ctx,
              Cand *cand)
{
  int capitalized;
  int long_words;
  int words = count_words (ctx, cand->start, cand->end, &capitalized, &long_words);
  gboolean cue_noun = cue_noun_before (ctx, cand);
  int first = tok_at (ctx, cand->start);
  gint64 covered = 0;

  if (words == 0)
    return FALSE;

  /* Names: one capitalized word, or an entity of the story. Mentions are
   * sorted by start and do not overlap much: start a little before. */
  for (guint m = first_mention_after (ctx, cand->start - 200); m < ctx->mentions->len && words <= 6; m++)
    {
      const Mention *mention = &g_array_index (ctx->mentions, Mention, m);

      if (mention->start >= cand->end)
        break;
      if (mention->end > cand->start)
        covered += MIN (mention->end, cand->end) - MAX (mention->start, cand->start);
    }
  if (!cue_noun && covered * 5 >= (cand->end - cand->start) * 4)
    return FALSE;
  if (!cue_noun && words == 1 && tok_is_capitalized (ctx, first) &&
      !(cand->close >= 0 && attribution_follows (ctx, cand->close + 1)))
    return FALSE;

  if (title_cue_before (ctx, cand) || mentioned_not_quoted (ctx, cand))
    return FALSE;
  if (!cue_noun && words >= 2 && words <= 12 && tok_is_capitalized (ctx, first) &&
      long_words >= 1 && capitalized * 5 >= long_words * 3)
    return FALSE;

  /* Short words in marks are scare quotes unless someone is said to use
   * them. */
  if (words <= 3 && title_noun_after (ctx, cand))
    return FALSE;
  if (words <= 3 && !cue_noun && !speech_verb_near_before (ctx, cand) &&
      !source_cue_before (ctx, cand) && !colon_after_name (ctx, cand) &&
      !(cand->close >= 0 && attribution_follows (ctx, cand->close + 1)))
    return FALSE;

  return TRUE;
}

/* "«Nous partirons, a dit le délégué, si rien ne change»" is two
 * quotations: finds the attribution between commas inside a pair. */
static void
split_interrupted (Ctx *ctx)
{
  /* Words of the speaker and the listener: inside a quotation, not around
   * an attribution. */
  static const char *const not_speakers[] = {
    "i", "me", "my", "you", "your", "we", "our", "us", "je", "me", "mon", "ma", "mes", "tu",
    "te", "ton", "ta", "tes", "votre", "vos", "notre", "nos",
  };
  guint n = ctx->cands->len;
  char buf[WORD_MAX];

  for (guint c = 0; c < n; c++)
    {
      Cand *cand = &g_array_index (ctx->cands, Cand, c);
      int last = tok_at (ctx, cand->end);

      if (cand->dropped)
        continue;
      for (int i = tok_at (ctx, cand->start); i < last; i++)
        {
          int j;
          gboolean verb = FALSE;
          gboolean who = FALSE;

          if (tok_char (ctx, i) != ',')
            continue;
          /* Up to 8 words with a speech verb first (or after "a-t-il") and a
           * speaker, then a comma. */
          for (j = i + 1; j < last && j - i <= 10 && tok_char (ctx, j) != ','; j++)
            {
              const char *w = lower (ctx, j, buf);

              if (!tok_is_word (ctx, j))
                {
                  if (tok_char (ctx, j) != '-' && tok_char (ctx, j) != '\'' &&
                      tok_char (ctx, j) != 0x2019)
                    break;
                  continue;
                }
              if (j <= i + 3 && speech_at (ctx, j) && mention (ctx, j) == NULL)
                verb = TRUE;
              else if (j == i + 1 && !WORD_IN (w, attribution_glue))
                break;
              /* "…, mention it to your doctor, …" is the quotation going on. */
              if (word_in (w, not_speakers, G_N_ELEMENTS (not_speakers)))
                break;
              if (mention (ctx, j) != NULL || word_in (w, singular_pronouns, 4) ||
                  word_in (w, plural_pronouns, 4) || WORD_IN (w, determiners))
                who = TRUE;
            }
          if (!verb || !who || j >= last || tok_char (ctx, j) != ',')
            continue;

          {
            gint64 cut = tok (ctx, i)->start;
            gint64 resume = tok (ctx, j)->end;
            Cand *first;

            first = add_cand (ctx, resume, cand->end, -1, cand->close);
            cand = &g_array_index (ctx->cands, Cand, c);
            if (first != NULL)
              first->group = cand->group;
            cand->end = cut;
            cand->close = cut;  /* the attribution follows here */
            while (cand->end > cand->start && is_trim_char (ctx->u[cand->end - 1]))
              cand->end--;
          }
          break;
        }
    }
}

static int
compare_cands (gconstpointer a,
               gconstpointer b)
{
  const Cand *ca = a;
  const Cand *cb = b;

  return ca->start < cb->start ? -1 : ca->start > cb->start;
}

/* Only punctuation and spaces between two quotations. */
static gboolean
adjacent (Ctx        *ctx,
          const Cand *a,
          const Cand *b)
{
  gint64 from = a->close >= 0 ? a->close + 1 : a->end;
  gint64 to = b->open >= 0 ? b->open : b->start;

  for (gint64 p = from; p < to; p++)
    if (is_word_char (ctx->u[p]) || ctx->u[p] == '\n')
      return FALSE;

  return to - from < 8;
}

/* Descriptions that refer back to a named entity. */

#define AMBIGUOUS ((gpointer) &ambiguous_marker)
static const int ambiguous_marker;

static gboolean
is_title_word (Ctx        *ctx,
               int         i,
               const char *w)
{
  return tok_is_word (ctx, i) && strlen (w) >= 4 && mention (ctx, i) == NULL &&
         !WORD_IN (w, determiners) && !WORD_IN (w, prepositions) &&
         !WORD_IN (w, attribution_glue) && !WORD_IN (w, auxiliaries) && !speech_at (ctx, i) &&
         !g_unichar_isdigit (tok_char (ctx, i));
}

static void
record_title (Ctx                 *ctx,
              const char          *word,
              const LecternEntity *entity)
{
  gpointer known = g_hash_table_lookup (ctx->titles, word);

  if (known == NULL)
    g_hash_table_insert (ctx->titles, g_strdup (word), (gpointer) entity);
  else if (known != entity)
    g_hash_table_replace (ctx->titles, g_strdup (word), AMBIGUOUS);
}

/* Records the phrase of words tokens[from, to) as names of `entity`:
 * every opening in French, where the noun comes first ("ministre",
 * "ministre du", "ministre du budget"); in English, where it comes last,
 * every ending of the words before a preposition, then with the words
 * after it ("minister", "health minister"; "mayor", "mayor of Dover"). A
 * possessor is left out ("the company's chief executive"). */
static void
record_phrase (Ctx                 *ctx,
               int                  from,
               int                  to,
               const LecternEntity *entity)
{
  g_autoptr(GString) key = g_string_new (NULL);
  char buf[WORD_MAX];
  int words[16];
  int n = 0;
  int head_end;

  for (int i = from; i < to && n < (int) G_N_ELEMENTS (words); i++)
    {
      if (!tok_is_word (ctx, i))
        continue;
      if (tok_is (ctx, i, "s") &&
          (tok_char (ctx, i - 1) == '\'' || tok_char (ctx, i - 1) == 0x2019))
        {
          n = 0;
          continue;
        }
      words[n++] = i;
    }

  head_end = n;
  if (!ctx->french)
    for (int k = 0; k < n; k++)
      if (WORD_IN (lower (ctx, words[k], buf), prepositions))
        {
          head_end = k;
          break;
        }

  for (int s = ctx->french ? 0 : head_end - 1; s >= 0 && s < n; s--)
    {
      g_string_truncate (key, 0);
      for (int k = s; k < n; k++)
        {
          if (key->len > 0)
            g_string_append_c (key, ' ');
          g_string_append (key, lower (ctx, words[k], buf));
          if (ctx->french || k + 1 >= head_end)
            record_title (ctx, key->str, entity);
        }
      if (ctx->french)
        break;
    }
}

/* Phrases that stand beside a name in an apposition: "le ministre du
 * budget, Jérôme Cahuzac", "Anna Weber, the mayor of Dover", "le président
 * Emmanuel Macron". A phrase beside two entities is ambiguous and resolves
 * nothing. */
static void
index_titles (Ctx *ctx)
{
  char buf[WORD_MAX];

  ctx->titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint m = 0; m < ctx->mentions->len; m++)
    {
      const Mention *mention = &g_array_index (ctx->mentions, Mention, m);
      int first = tok_at (ctx, mention->start);
      int after = tok_at (ctx, mention->end);
      int end = first;
      int i = first - 1;
      int start = -1;

      /* Before the name, back to its determiner. */
      if (i >= 0 && tok_char (ctx, i) == ',')
        end = i--;
      for (int words = 0; i >= 0 && words < 6 && ctx->tok_mention[i] < 0; i--)
        {
          gunichar c = tok_char (ctx, i);

          if (!tok_is_word (ctx, i))
            {
              if (c != '\'' && c != 0x2019 && c != '-')
                break;
              continue;
            }
          /* "du", "des" join a complement ("ministre du budget"), and so
           * does an article after a preposition ("président de la
           * région"). */
          if (WORD_IN (lower (ctx, i, buf), determiners) && !WORD_IN (buf, prepositions) &&
              !WORD_IN (lower (ctx, i - 1, buf), prepositions))
            break;
          start = i;
          words++;
          if (sentence_starts_at (ctx, i))
            break;
        }
      /* "US President Joe Biden": from the first word that can be a title. */
      while (start >= 0 && start < end && !is_title_word (ctx, start, lower (ctx, start, buf)))
        start++;
      if (start >= 0 && start < end)
        record_phrase (ctx, start, end, mention->entity);

      /* After it: ", the mayor of Dover,". */
      if (tok_char (ctx, after) != ',')
        continue;
      i = after + 1;
      if (tok_is_word (ctx, i) && WORD_IN (lower (ctx, i, buf), determiners))
        i++;
      while (i < n_toks (ctx) && !tok_is_word (ctx, i) &&
             (tok_char (ctx, i) == '\'' || tok_char (ctx, i) == 0x2019))
        i++;
      if (!is_title_word (ctx, i, lower (ctx, i, buf)) || sentence_starts_at (ctx, i))
        continue;
      start = i;
      for (end = i; end < n_toks (ctx) && end - start < 8 && ctx->tok_mention[end] < 0 &&
                    !sentence_starts_at (ctx, end) &&
                    (tok_is_word (ctx, end) || tok_char (ctx, end) == '\'' ||
                     tok_char (ctx, end) == 0x2019 || tok_char (ctx, end) == '-');
           end++)
        ;
      record_phrase (ctx, start, end, mention->entity);
    }
}

/* The one organization named in the 400 characters before `pos`, outside
 * quotations, or NULL when there is none or more than one. */
static const LecternEntity *
one_organization_before (Ctx    *ctx,
                         gint64  pos)
{
  const LecternEntity *found = NULL;

  for (guint m = first_mention_after (ctx, pos); m-- > 0;)
    {
      const Mention *mention = &g_array_index (ctx->mentions, Mention, m);
      int first = tok_at (ctx, mention->start);

      if (pos - mention->start > 400)
        break;
      if (mention->entity->type != LECTERN_ENTITY_ORGANIZATION ||
          (ctx->tok_quote != NULL && ctx->tok_quote[first] >= 0))
        continue;
      if (found != NULL && found != mention->entity)
        return NULL;  /* two organizations: which one? */
      found = mention->entity;
    }

  return found;
}

/* "le ministre", "le ministre du budget", "the company": the entity that
 * the story has named beside those words in an apposition, when there is
 * exactly one. */
static void
resolve_description (Ctx    *ctx,
                     Source *source)
{
  g_autoptr(GString) key = g_string_new (NULL);
  char buf[WORD_MAX];
  int i;
  gpointer entity;

  if (source->entity != NULL || source->text_start < 0)
    return;
  i = tok_at (ctx, source->text_start);
  /* "\"…,\" it said": a company, an agency. */
  if (tok_is (ctx, i, "it") && tok (ctx, i)->end == source->text_end)
    {
      source->entity = one_organization_before (ctx, source->text_start);
      return;
    }
  if (!tok_is_word (ctx, i) || !WORD_IN (lower (ctx, i, buf), definite_singular))
    return;
  for (i++; i < n_toks (ctx) && tok (ctx, i)->start < source->text_end; i++)
    {
      if (!tok_is_word (ctx, i))
        continue;
      if (key->len > 0)
        g_string_append_c (key, ' ');
      g_string_append (key, lower (ctx, i, buf));
    }
  if (key->len == 0)
    return;

  if (ctx->titles == NULL)
    index_titles (ctx);
  entity = g_hash_table_lookup (ctx->titles, key->str);
  if (entity != NULL && entity != AMBIGUOUS)
    {
      source->entity = entity;
      return;
    }

  /* "l'entreprise", "the company": the one organization named in the
   * paragraphs just before, outside quotations. */
  if (entity == NULL && strchr (key->str, ' ') == NULL && WORD_IN (key->str, organization_nouns))
    source->entity = one_organization_before (ctx, source->text_start);
}

/* "\"We will go,\" she said. \"And we will win.\"": a quotation that opens
 * the sentence after another one's attribution goes on with it. */
static gboolean
continues_after_attribution (Ctx        *ctx,
                             const Cand *a,
                             const Cand *b)
{
  int from, to;

  gboolean verb = FALSE;

  /* The attribution may hold a long apposition ("said X, associate
   * professor of physics at…"), but one sentence only. */
  if (a->close < 0 || b->open < 0 || b->open - a->close > 300)
    return FALSE;
  to = tok_at (ctx, b->open);
  if (!sentence_starts_at (ctx, to))
    return FALSE;
  for (gint64 p = a->close; p < b->open; p++)
    if (ctx->u[p] == '\n')
      return FALSE;
  from = tok_at (ctx, a->close + 1);
  for (int i = from; i < to; i++)
    {
      if (i > from && sentence_starts_at (ctx, i))
        return FALSE;
      verb = verb || speech_at (ctx, i);
    }

  return verb;
}

/* "« Nous avons perdu », a reconnu X.\n\n« Mais nous reviendrons. »": a
 * paragraph that is only a quotation goes on with the quotation that ends
 * the paragraph before, when nothing but its attribution follows that
 * one. */
static gboolean
continues_next_paragraph (Ctx        *ctx,
                          const Cand *a,
                          const Cand *b)
{
  gint64 from = a->close >= 0 ? a->close + 1 : a->end;
  gboolean newline = FALSE;
  gint64 p;

  if (b->open < 0 || b->close < 0)
    return FALSE;
  for (p = from; p < b->open; p++)
    {
      if (ctx->u[p] == '\n' || ctx->u[p] == 0x2029)
        newline = TRUE;
      else if (newline && !is_space (ctx->u[p]))
        return FALSE;
    }
  if (!newline)
    return FALSE;
  /* One sentence at most after a: its attribution. */
  for (int i = tok_at (ctx, from); i < n_toks (ctx) && tok (ctx, i)->start < b->open; i++)
    if (sentence_starts_at (ctx, i))
      return FALSE;
  /* b fills its paragraph, but for the punctuation after its mark. */
  for (p = b->close + 1; p < ctx->n && ctx->u[p] != '\n' && ctx->u[p] != 0x2029; p++)
    if (is_word_char (ctx->u[p]) || is_quote_char (ctx->u[p]))
      return FALSE;

  return TRUE;
}

/* "The Cuban government has erected billboards featuring the word
 * \"fascists\"", "Le syndicat a déployé une banderole avec le slogan « … »":
 * words shown under a noun that announces them (the word, le slogan) are
 * from the subject of their sentence, when it is named (an entity or a
 * state body) at its head and a verb follows. */
static gboolean
source_of_shown_words (Ctx    *ctx,
                       Cand   *cand,
                       Source *out)
{
  char buf[WORD_MAX];
  int open = tok_at (ctx, cand->open >= 0 ? cand->open : cand->start);
  int s = open;
  const Mention *m;

  if (!cue_noun_before (ctx, cand))
    return FALSE;
  for (int steps = 0; s > 0 && !sentence_starts_at (ctx, s); s--, steps++)
    if (steps > 60 || tok_char (ctx, s - 1) == ';' || speech_at (ctx, s - 1))
      return FALSE;
  if (s >= open)
    return FALSE;

  m = mention (ctx, s);
  if (m == NULL && WORD_IN (lower (ctx, s, buf), definite_singular))
    m = mention (ctx, s + 1);
  if (m != NULL)
    {
      int after = mention_first_tok (ctx, m == mention (ctx, s) ? s : s + 1);

      while (after < open && mention (ctx, after) == m)
        after++;
      if (after < open && tok_is_word (ctx, after) && !tok_is_capitalized (ctx, after) &&
          possessed_after (ctx, after) < 0)
        {
          source_from_mention (ctx, m, out);
          return TRUE;
        }
      return FALSE;
    }
  for (int last = s + 2; last <= s + 4 && last + 1 < open; last++)
    {
      g_autofree char *name = national_body (ctx, s, last);

      if (name != NULL && tok_is_word (ctx, last + 1) && !tok_is_capitalized (ctx, last + 1))
        {
          out->entity = NULL;
          out->text_start = tok (ctx, s)->start;
          out->text_end = tok (ctx, last)->end;
          return TRUE;
        }
    }

  return FALSE;
}

/* "the agency says that the border \"remains…\" and that \"Mexico…\"",
 * "il estime que « … » et qu'« … »": a quotation joined to the one
 * before by a conjunction, in the same sentence, is from the same source. */
static gboolean
continues_with_conjunction (Ctx        *ctx,
                            const Cand *a,
                            const Cand *b)
{
  static const char *const conjunctions[] = { "and", "et", "but", "mais", "or", "ou" };
  static const char *const that[] = { "that", "que", "qu" };
  char buf[WORD_MAX];
  int from, to, i;

  if (a->close < 0 || b->open < 0 || b->open - a->close > 40)
    return FALSE;
  from = tok_at (ctx, a->close + 1);
  to = tok_at (ctx, b->open);
  if (sentence_starts_at (ctx, to))
    return FALSE;
  i = from;
  if (i < to && tok_char (ctx, i) == ',')
    i++;
  if (i >= to || !word_in (lower (ctx, i, buf), conjunctions, G_N_ELEMENTS (conjunctions)))
    return FALSE;
  i++;
  if (i < to && word_in (lower (ctx, i, buf), that, G_N_ELEMENTS (that)))
    i++;
  if (i < to && (tok_char (ctx, i) == '\'' || tok_char (ctx, i) == 0x2019))
    i++;

  return i == to;
}

static void
attribute (Ctx *ctx)
{
  guint n = ctx->cands->len;
  g_autofree gboolean *inherit = g_new0 (gboolean, MAX (n, 1));

  for (guint c = 0; c < n; c++)
    {
      Cand *cand = &g_array_index (ctx->cands, Cand, c);
      Source s = { NULL, -1, -1 };

      ctx->current = c;
      if (source_following (ctx, cand, (int) c, &s) ||
          source_preceding (ctx, cand, (int) c, &inherit[c], &s) ||
          (!inherit[c] && source_previous_sentence (ctx, cand, (int) c, &s)) ||
          source_of_shown_words (ctx, cand, &s))
        {
          resolve_description (ctx, &s);
          cand->source = s;
          cand->has_source = TRUE;
        }
    }

  /* Quotations side by side, split by an attribution or continued from the
   * clause before, share their source: forwards, then backwards. */
  for (int pass = 0; pass < 2; pass++)
    for (guint k = 1; k < n; k++)
      {
        guint c = pass == 0 ? k : n - 1 - k;
        Cand *cand = &g_array_index (ctx->cands, Cand, c);
        Cand *other = &g_array_index (ctx->cands, Cand, pass == 0 ? c - 1 : c + 1);
        const Cand *a = pass == 0 ? other : cand;
        const Cand *b = pass == 0 ? cand : other;
        gboolean linked;

        if (cand->has_source || !other->has_source)
          continue;
        linked = cand->group == other->group || adjacent (ctx, a, b) ||
                 (pass == 0 && (inherit[c] || continues_after_attribution (ctx, a, b) ||
                                continues_next_paragraph (ctx, a, b) ||
                                continues_with_conjunction (ctx, a, b))) ||
                 a->close < 0;  /* a runs on into b's paragraph */

        if (linked)
          {
            cand->source = other->source;
            cand->has_source = TRUE;
          }
      }
}

/* Public API. */

void
lectern_quote_free (LecternQuote *self)
{
  if (self == NULL)
    return;

  g_free (self->speaker);
  g_free (self->speaker_text);
  g_free (self);
}

/* Names the extractor missed. An attribution whose source is not an
 * entity ("De Pavant a indiqué : «", "\"…,\" said Okonkwo") names a person
 * or an organization when its phrase is a proper name: capitalized words,
 * with particles between them ("de", "van"), none of them a pronoun or a
 * determiner ("The police" is a description), and a word that only opens
 * the sentence is capitalized for that reason unless the story never
 * writes it in lower case ("Officials said" is not a name). The name is
 * the phrase, or the one longer name of the story that ends with it
 * ("Kito de Pavant" for "De Pavant"); two longer names are two people, and
 * then nobody is named, and a name of one word must be met twice. */

static void
index_capitals (Ctx *ctx)
{
  char buf[WORD_MAX];

  ctx->lowercase = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  ctx->capitals = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                         (GDestroyNotify) g_array_unref);
  for (int i = 0; i < n_toks (ctx); i++)
    {
      GArray *toks;

      if (!tok_is_capitalized (ctx, i) || *lower (ctx, i, buf) == '\0')
        continue;
      toks = g_hash_table_lookup (ctx->capitals, buf);
      if (toks == NULL)
        {
          toks = g_array_new (FALSE, FALSE, sizeof (int));
          g_hash_table_insert (ctx->capitals, g_strdup (buf), toks);
        }
      g_array_append_val (toks, i);
    }
}

/* Whether the story writes the word of token i in lower case somewhere
 * (looked up once per word). */
static gboolean
written_in_lower_case (Ctx *ctx,
                       int  i)
{
  char buf[WORD_MAX];
  const Tok *t = tok (ctx, i);
  guint32 len = t->end - t->start;
  gpointer found;

  if (ctx->capitals == NULL)
    index_capitals (ctx);
  if (g_hash_table_lookup_extended (ctx->lowercase, lower (ctx, i, buf), NULL, &found))
    return GPOINTER_TO_INT (found);
  found = GINT_TO_POINTER (FALSE);
  for (int k = 0; k < n_toks (ctx) && !GPOINTER_TO_INT (found); k++)
    {
      const Tok *o = tok (ctx, k);
      guint32 p = 0;

      if (o->end - o->start != len || !g_unichar_islower (ctx->u[o->start]))
        continue;
      while (p < len && g_unichar_tolower (ctx->u[o->start + p]) ==
                        g_unichar_tolower (ctx->u[t->start + p]))
        p++;
      if (p == len)
        found = GINT_TO_POINTER (TRUE);
    }
  g_hash_table_insert (ctx->lowercase, g_strdup (buf), found);
  return GPOINTER_TO_INT (found);
}

/* Whether tokens [first, last] read as a proper name. */
static gboolean
is_proper_name (Ctx *ctx,
                int  first,
                int  last)
{
  char buf[WORD_MAX];
  int capitalized = 0;

  if (!tok_is_capitalized (ctx, first) || !tok_is_capitalized (ctx, last) || last - first > 6)
    return FALSE;
  /* "U.S. Attorney X", "John F. Kennedy": the name goes on past the dot,
   * and where it ends is not clear enough. */
  if (tok_char (ctx, last + 1) == '.' && initial_dot (ctx, last + 1))
    return FALSE;
  if (ctx->capitals == NULL)
    index_capitals (ctx);
  for (int i = first; i <= last; i++)
    {
      gunichar c = tok_char (ctx, i);

      if (!tok_is_word (ctx, i))
        {
          /* "Jean-Baptiste", "O'Brien" */
          if ((c != '-' && c != '\'' && c != 0x2019) || i == first || i == last ||
              tok (ctx, i)->start != tok (ctx, i - 1)->end ||
              tok (ctx, i + 1)->start != tok (ctx, i)->end)
            return FALSE;
          continue;
        }
      lower (ctx, i, buf);
      if (*buf == '\0' || WORD_IN (buf, not_names) || g_unichar_isdigit (c))
        return FALSE;
      if (tok_is_capitalized (ctx, i))
        {
          /* "The police", "Le gouvernement": a determiner opens a description;
           * "De Pavant" opens a name. */
          gboolean particle = WORD_IN (buf, name_particles) && i < last &&
                              tok_is_capitalized (ctx, i + 1);

          if (i == first && !particle &&
              (WORD_IN (buf, determiners) || WORD_IN (buf, definite_singular) ||
               (sentence_starts_at (ctx, i) && written_in_lower_case (ctx, i))))
            return FALSE;
          capitalized++;
        }
      else if (!WORD_IN (buf, name_particles))
        return FALSE;
    }

  return capitalized >= 1;
}

/* "the Cuban government", "the Trump administration", "le gouvernement
 * chinois": a body of a state named by its country (a capitalized word
 * in English, an adjective of nationality in French), an organization
 * whose name is the phrase without its article. */
static char *
national_body (Ctx *ctx,
               int  first,
               int  last)
{
  static const char *const fr_nationality_endings[] = { "ais", "ois", "ain", "ien", "and", "ique" };
  char buf[WORD_MAX];

  /* "le gouvernement chinois lundi" */
  while (last > first && WORD_IN (lower (ctx, last, buf), not_names))
    last--;
  if (!WORD_IN (lower (ctx, first, buf), definite_singular) || last - first < 2 ||
      last - first > 4 || !(tok_is (ctx, first, "the") || tok_is (ctx, first, "le") ||
                            tok_is (ctx, first, "l")))
    return NULL;
  first++;
  if (tok_char (ctx, first) == '\'' || tok_char (ctx, first) == 0x2019)
    first++;
  if (!ctx->french && WORD_IN (lower (ctx, last, buf), state_bodies))
    {
      for (int i = first; i < last; i++)
        if (!tok_is_capitalized (ctx, i) || WORD_IN (lower (ctx, i, buf), not_names))
          return NULL;
    }
  else if (ctx->french && last == first + 1 && WORD_IN (lower (ctx, first, buf), state_bodies) &&
           g_unichar_islower (tok_char (ctx, last)))
    {
      gboolean nationality = FALSE;

      lower (ctx, last, buf);
      for (guint k = 0; k < G_N_ELEMENTS (fr_nationality_endings); k++)
        nationality = nationality || (strlen (buf) > 5 &&
                                      g_str_has_suffix (buf, fr_nationality_endings[k]));
      if (!nationality)
        return NULL;
    }
  else
    return NULL;

  return g_ucs4_to_utf8 (ctx->u + tok (ctx, first)->start,
                         tok (ctx, last)->end - tok (ctx, first)->start, NULL, NULL, NULL);
}

/* The story's name for the source phrase [start, end), or NULL. */
static char *
proper_source (Ctx    *ctx,
               gint64  start,
               gint64  end)
{
  char buf[WORD_MAX];
  int first = tok_at (ctx, start);
  int last = first;
  int n_words;
  GArray *toks;
  g_autofree char *longer = NULL;
  g_autofree char *phrase = NULL;
  gboolean two = FALSE;

  while (last + 1 < n_toks (ctx) && tok (ctx, last + 1)->start < end)
    last++;
  if (first >= n_toks (ctx) || tok (ctx, first)->start >= end)
    return NULL;
  if (ctx->capitals == NULL)
    index_capitals (ctx);
  if (!is_proper_name (ctx, first, last))
    return national_body (ctx, first, last);

  /* "a annoncé Lyon": a place, not someone. */
  phrase = g_ucs4_to_utf8 (ctx->u + tok (ctx, first)->start,
                           tok (ctx, last)->end - tok (ctx, first)->start, NULL, NULL, NULL);
  for (guint e = 0; phrase != NULL && ctx->entities != NULL && e < ctx->entities->len; e++)
    {
      const LecternEntity *entity = g_ptr_array_index (ctx->entities, e);

      if (entity->type == LECTERN_ENTITY_PERSON || entity->type == LECTERN_ENTITY_ORGANIZATION)
        continue;
      if (g_strcmp0 (entity->name, phrase) == 0)
        return NULL;
      for (guint f = 0; entity->forms != NULL && f < entity->forms->len; f++)
        if (g_strcmp0 (g_ptr_array_index (entity->forms, f), phrase) == 0)
          return NULL;
    }

  /* Other places where the story writes the name, with words before it. */
  n_words = last - first + 1;
  toks = g_hash_table_lookup (ctx->capitals, lower (ctx, last, buf));
  for (guint k = 0; toks != NULL && k < toks->len && !two; k++)
    {
      int end_tok = g_array_index (toks, int, k);
      int begin = end_tok - n_words + 1;
      int from;
      g_autofree char *form = NULL;

      if (begin <= 0 || end_tok == last)
        continue;
      for (int i = 0; i < n_words; i++)
        {
          char other[WORD_MAX];

          if (tok (ctx, begin + i)->end - tok (ctx, begin + i)->start !=
              tok (ctx, first + i)->end - tok (ctx, first + i)->start ||
              strcmp (lower (ctx, begin + i, buf), lower (ctx, first + i, other)) != 0)
            goto next;
        }
      /* The capitalized words (and particles) right before it. */
      from = begin;
      while (from > 0 && !sentence_starts_at (ctx, from) &&
             tok (ctx, from - 1)->end + 1 >= tok (ctx, from)->start &&
             (tok_is_capitalized (ctx, from - 1) ||
              (WORD_IN (lower (ctx, from - 1, buf), name_particles) &&
               tok_is_capitalized (ctx, from - 2))))
        from--;
      if (sentence_starts_at (ctx, from) && from < begin && written_in_lower_case (ctx, from))
        from++;
      if (from == begin || !is_proper_name (ctx, from, end_tok))
        goto next;
      form = g_ucs4_to_utf8 (ctx->u + tok (ctx, from)->start,
                             tok (ctx, end_tok)->end - tok (ctx, from)->start, NULL, NULL, NULL);
      if (form == NULL)
        goto next;
      if (longer == NULL)
        longer = g_steal_pointer (&form);
      else if (strcmp (longer, form) != 0)
        two = TRUE;
    next:
      ;
    }

  if (two)
    return NULL;
  if (longer != NULL)
    return g_steal_pointer (&longer);
  /* One word the story writes only there may be a typo ("Water said" for
   * Kathryn Waters) or anything: a name is met twice. */
  if (first == last && (toks == NULL || toks->len < 2))
    return NULL;
  return g_steal_pointer (&phrase);
}

/* Stories are read in windows of this many code points, so that time and
 * memory stay bounded whatever their length; a story up to one window and
 * its context long is read whole. */
#define WINDOW_CHARS (1 << 20)
/* What a window reads before and after its own part, so that the rules
 * that look back (pronouns: 600 characters; the quotation of the paragraph
 * before) or ahead (an attribution after the mark) see what they would in
 * the whole story. Quotations found there belong to the window beside. */
#define CONTEXT_CHARS 8192

/* Finds the quotations of the window u[0..n), which starts at code point
 * `base` of the story, and adds to `quotes` those starting in [keep_from,
 * keep_to) of the story, in story offsets. `*french`: -1 to guess the
 * language from this window (it is then set), else which lexicon applies. */
static void
find_in_window (const gunichar *u,
                gint64          n,
                gint64          base,
                GPtrArray      *entities,
                const Mention  *all,
                guint           n_all,
                gint64          keep_from,
                gint64          keep_to,
                int            *french,
                GPtrArray      *quotes)
{
  Ctx ctx = { 0 };
  GArray *kept;
  gint64 before_end = quotes->len > 0 ?
                      ((LecternQuote *) g_ptr_array_index (quotes, quotes->len - 1))->end : 0;

  ctx.u = u;
  ctx.n = n;
  ctx.entities = entities;
  ctx.toks = g_array_new (FALSE, FALSE, sizeof (Tok));
  ctx.mentions = g_array_new (FALSE, FALSE, sizeof (Mention));
  ctx.cands = g_array_new (FALSE, FALSE, sizeof (Cand));

  tokenize (&ctx);
  for (guint i = 0; i < G_N_ELEMENTS (ctx.tok_at_pos); i++)
    ctx.tok_at_pos[i] = -1;
  if (*french < 0)
    {
      guess_language (&ctx);
      *french = ctx.french;
    }
  ctx.french = *french;
  ctx.tok_speech = g_malloc (MAX (n_toks (&ctx), 1));
  memset (ctx.tok_speech, 2, MAX (n_toks (&ctx), 1));
  index_mentions (&ctx, entities, all, n_all, base);
  find_marks (&ctx);
  split_interrupted (&ctx);

  kept = g_array_new (FALSE, FALSE, sizeof (Cand));
  for (guint c = 0; c < ctx.cands->len; c++)
    {
      Cand *cand = &g_array_index (ctx.cands, Cand, c);

      if (is_quotation (&ctx, cand))
        g_array_append_val (kept, *cand);
    }
  g_array_unref (ctx.cands);
  ctx.cands = kept;
  g_array_sort (ctx.cands, compare_cands);

  /* Which quotation each token is in, marks included. */
  ctx.tok_quote = g_new (int, MAX (n_toks (&ctx), 1));
  for (int i = 0; i < n_toks (&ctx); i++)
    ctx.tok_quote[i] = -1;
  for (guint c = 0; c < ctx.cands->len; c++)
    {
      const Cand *cand = &g_array_index (ctx.cands, Cand, c);
      gint64 from = cand->open >= 0 ? cand->open : cand->start;
      gint64 to = cand->close >= 0 && cand->close >= cand->end ? cand->close + 1 : cand->end;

      for (int i = tok_at (&ctx, from); i < n_toks (&ctx) && tok (&ctx, i)->start < to; i++)
        ctx.tok_quote[i] = (int) c;
    }

  ctx.current = G_MAXUINT;
  attribute (&ctx);

  for (guint c = 0; c < ctx.cands->len; c++)
    {
      const Cand *cand = &g_array_index (ctx.cands, Cand, c);
      LecternQuote *quote;

      if (cand->start + base < keep_from || cand->start + base >= keep_to)
        continue;
      /* A quotation running over the cut is the window's before. */
      if (cand->start + base < before_end)
        continue;
      quote = g_new0 (LecternQuote, 1);
      quote->start = cand->start + base;
      quote->end = cand->end + base;
      quote->speaker_start = -1;
      quote->speaker_end = -1;
      if (cand->has_source && cand->source.entity != NULL)
        quote->speaker = g_strdup (cand->source.entity->name);
      else if (cand->has_source && cand->source.text_start >= 0)
        quote->speaker = proper_source (&ctx, cand->source.text_start, cand->source.text_end);
      if (cand->has_source && cand->source.text_start >= 0)
        {
          quote->speaker_start = cand->source.text_start + base;
          quote->speaker_end = cand->source.text_end + base;
          quote->speaker_text = g_ucs4_to_utf8 (u + cand->source.text_start,
                                                cand->source.text_end - cand->source.text_start,
                                                NULL, NULL, NULL);
        }
      g_ptr_array_add (quotes, quote);
    }

  g_array_unref (ctx.toks);
  g_array_unref (ctx.mentions);
  g_array_unref (ctx.cands);
  g_free (ctx.tok_mention);
  g_free (ctx.tok_quote);
  g_free (ctx.tok_speech);
  g_clear_pointer (&ctx.titles, g_hash_table_unref);
  g_clear_pointer (&ctx.genders, g_hash_table_unref);
  g_clear_pointer (&ctx.lowercase, g_hash_table_unref);
  g_clear_pointer (&ctx.capitals, g_hash_table_unref);
}

/* Where the window's own part ends, at most at `limit` of u[0..n): after a
 * paragraph break in its second half, else after the end of a sentence,
 * else at a space, else at `limit` (a text with no space). */
static gint64
window_cut (const gunichar *u,
            gint64          from,
            gint64          limit)
{
  gint64 half = from + (limit - from) / 2;

  for (gint64 i = limit; i > half; i--)
    if (u[i - 1] == '\n' || u[i - 1] == 0x2029)
      return i;
  for (gint64 i = limit; i > half + 1; i--)
    if (is_space (u[i - 1]) && (u[i - 2] == '.' || u[i - 2] == '!' || u[i - 2] == '?'))
      return i;
  for (gint64 i = limit; i > half; i--)
    if (is_space (u[i - 1]))
      return i;
  return limit;
}

/* The byte `count` code points after (or before, when negative) `p`,
 * within [text, text_end). */
static const char *
utf8_skip (const char *text,
           const char *text_end,
           const char *p,
           gint64      count)
{
  for (; count > 0 && p < text_end; count--)
    p = g_utf8_next_char (p);
  for (; count < 0 && p > text; count++)
    p = g_utf8_prev_char (p);
  return p;
}

GPtrArray *
lectern_quotes_find (const char *text,
                     GPtrArray  *entities)
{
  return lectern_quotes_find_cancellable (text, entities, NULL);
}

GPtrArray *
lectern_quotes_find_cancellable (const char   *text,
                                 GPtrArray    *entities,
                                 GCancellable *cancellable)
{
  GPtrArray *quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_quote_free);
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (Mention));
  const char *text_end;
  const char *own;     /* where the current window's own part begins */
  gint64 own_start = 0;
  gint64 n;
  int french = -1;

  g_return_val_if_fail (text != NULL, quotes);

  if (g_cancellable_is_cancelled (cancellable))
    {
      g_ptr_array_unref (quotes);
      return NULL;
    }
  text_end = text + strlen (text);
  /* No more code points than bytes: most stories need no counting. */
  n = text_end - text <= WINDOW_CHARS + CONTEXT_CHARS ? text_end - text
                                                      : g_utf8_strlen (text, text_end - text);

  /* Every mention of a person or organization, sorted, in story offsets. */
  for (guint e = 0; entities != NULL && e < entities->len; e++)
    {
      const LecternEntity *entity = g_ptr_array_index (entities, e);

      if (entity->type != LECTERN_ENTITY_PERSON && entity->type != LECTERN_ENTITY_ORGANIZATION)
        continue;
      for (guint m = 0; m < entity->mentions->len; m++)
        {
          const LecternSpan *span = &g_array_index (entity->mentions, LecternSpan, m);
          Mention mention = { span->start, span->end, entity };

          if (span->start >= 0 && span->end > span->start && span->end <= n)
            g_array_append_val (all, mention);
        }
    }
  g_array_sort (all, compare_mentions);

  /* Most stories: one window, no walking of the text to cut it. */
  if (text_end - text <= WINDOW_CHARS + CONTEXT_CHARS)
    {
      g_autofree gunichar *u = NULL;
      glong un = 0;

      u = g_utf8_to_ucs4_fast (text, text_end - text, &un);
      if (u != NULL && un > 0)
        find_in_window (u, un, 0, entities, (const Mention *) (void *) all->data, all->len,
                        0, un, &french, quotes);
      return quotes;
    }

  own = text;
  while (own_start < n)
    {
      const char *lead = utf8_skip (text, own, own, own_start > 0 ? -CONTEXT_CHARS : 0);
      gint64 lead_start = own_start - g_utf8_strlen (lead, own - lead);
      const char *limit_p = utf8_skip (text, text_end, own, WINDOW_CHARS);
      const char *tail = utf8_skip (text, text_end, limit_p, CONTEXT_CHARS);
      g_autofree gunichar *u = NULL;
      glong un = 0;
      gint64 own_end;

      if (g_cancellable_is_cancelled (cancellable))
        {
          g_ptr_array_unref (quotes);
          return NULL;
        }
      u = g_utf8_to_ucs4_fast (lead, tail - lead, &un);
      if (u == NULL || un <= 0)
        break;
      /* Read whole when it fits in one window and its context. */
      if (lead_start + un >= n && own_start == 0)
        own_end = n;
      else if (limit_p >= text_end)
        own_end = n;
      else
        own_end = lead_start + window_cut (u, own_start - lead_start,
                                           own_start - lead_start + WINDOW_CHARS);
      find_in_window (u, un, lead_start, entities, (const Mention *) (void *) all->data,
                      all->len, own_start, own_end, &french, quotes);
      if (own_end < n)
        own = utf8_skip (text, text_end, own, own_end - own_start);
      own_start = own_end;
    }

  return quotes;
}

/* Corrections. */

static const char *const correction_kinds[] = {
  [LECTERN_QUOTE_CORRECTION_NOT_QUOTE] = "not-quote",
  [LECTERN_QUOTE_CORRECTION_SPEAKER] = "speaker",
};

LecternQuoteCorrection *
lectern_quote_correction_new (LecternQuoteCorrectionKind  kind,
                              gint64                      start,
                              gint64                      end,
                              const char                 *speaker)
{
  LecternQuoteCorrection *self = g_new0 (LecternQuoteCorrection, 1);

  self->kind = kind;
  self->start = start;
  self->end = end;
  self->speaker = speaker != NULL && *speaker != '\0' ? g_strdup (speaker) : NULL;

  return self;
}

void
lectern_quote_correction_free (LecternQuoteCorrection *self)
{
  if (self == NULL)
    return;

  g_free (self->speaker);
  g_free (self);
}

const char *
lectern_quote_correction_kind_to_string (LecternQuoteCorrectionKind kind)
{
  g_return_val_if_fail (kind <= LECTERN_QUOTE_CORRECTION_SPEAKER, NULL);

  return correction_kinds[kind];
}

gboolean
lectern_quote_correction_kind_from_string (const char                 *str,
                                           LecternQuoteCorrectionKind *out_kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (correction_kinds); i++)
    if (g_strcmp0 (str, correction_kinds[i]) == 0)
      {
        *out_kind = (LecternQuoteCorrectionKind) i;
        return TRUE;
      }

  return FALSE;
}

static int
compare_quotes (gconstpointer a,
                gconstpointer b)
{
  const LecternQuote *qa = *(const LecternQuote *const *) a;
  const LecternQuote *qb = *(const LecternQuote *const *) b;

  return qa->start < qb->start ? -1 : qa->start > qb->start;
}

void
lectern_quotes_apply_corrections (GPtrArray  *quotes,
                                  const char *text,
                                  GPtrArray  *corrections)
{
  glong n_chars;

  g_return_if_fail (quotes != NULL);
  g_return_if_fail (text != NULL);

  if (corrections == NULL || corrections->len == 0)
    return;
  n_chars = g_utf8_strlen (text, -1);

  for (guint c = 0; c < corrections->len; c++)
    {
      const LecternQuoteCorrection *correction = g_ptr_array_index (corrections, c);
      LecternQuote *match = NULL;
      guint match_index = 0;

      if (correction->start < 0 || correction->end <= correction->start ||
          correction->end > n_chars)
        continue;  /* the story changed under it */

      for (guint q = 0; q < quotes->len && match == NULL; q++)
        {
          LecternQuote *quote = g_ptr_array_index (quotes, q);
          gint64 inter = MIN (quote->end, correction->end) - MAX (quote->start, correction->start);
          gint64 longer = MAX (quote->end - quote->start, correction->end - correction->start);

          if (inter * 5 >= longer * 4)
            {
              match = quote;
              match_index = q;
            }
        }

      if (correction->kind == LECTERN_QUOTE_CORRECTION_NOT_QUOTE)
        {
          if (match != NULL)
            g_ptr_array_remove_index (quotes, match_index);
          continue;
        }

      if (match == NULL)
        {
          /* The user marked a quotation the finder missed. It must not
           * overlap another one. */
          for (guint q = 0; q < quotes->len; q++)
            {
              const LecternQuote *quote = g_ptr_array_index (quotes, q);

              if (quote->start < correction->end && correction->start < quote->end)
                g_ptr_array_remove_index (quotes, q--);
            }
          match = g_new0 (LecternQuote, 1);
          match->start = correction->start;
          match->end = correction->end;
          g_ptr_array_add (quotes, match);
          g_ptr_array_sort (quotes, compare_quotes);
        }
      g_free (match->speaker);
      g_free (match->speaker_text);
      /* The name the user gave is the phrase too: it need not be in the
       * text. */
      match->speaker = g_strdup (correction->speaker);
      match->speaker_text = NULL;
      match->speaker_start = -1;
      match->speaker_end = -1;
    }
}

char *
lectern_quotes_to_json (GPtrArray *quotes)
{
  GString *out = g_string_new ("{\"quotes\": [");

  g_return_val_if_fail (quotes != NULL, g_string_free (out, FALSE));

  for (guint i = 0; i < quotes->len; i++)
    {
      const LecternQuote *quote = g_ptr_array_index (quotes, i);

      g_string_append_printf (out, "%s\n  {\"start\": %" G_GINT64_FORMAT ", \"end\": %"
                              G_GINT64_FORMAT ", \"speaker\": ",
                              i > 0 ? "," : "", quote->start, quote->end);
      if (quote->speaker != NULL)
        lectern_json_append_string (out, quote->speaker);
      else
        g_string_append (out, "null");
      g_string_append (out, ", \"speaker_text\": ");
      if (quote->speaker_text != NULL)
        lectern_json_append_string (out, quote->speaker_text);
      else
        g_string_append (out, "null");
      g_string_append (out, "}");
    }
  g_string_append (out, quotes->len > 0 ? "\n]}\n" : "]}\n");

  return g_string_free (out, FALSE);
}
