/* test-extractor.c: the entity extractor, its tokenizer and its model file
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "lectern-extractor.h"
#include "lectern-ner.h"
#include "lectern-tokenizer.h"
#include "lectern-utf8.h"

#include <glib/gstdio.h>
#include <string.h>

static LecternExtractor *
get_extractor (void)
{
  g_autoptr(GError) error = NULL;
  LecternExtractor *extractor = lectern_extractor_get_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (extractor);

  return extractor;
}

static GPtrArray *
extract (const char *text)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entities = lectern_extractor_extract (get_extractor (), text, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (entities);

  return entities;
}

static LecternEntity *
find_entity (GPtrArray         *entities,
             const char        *name,
             LecternEntityType  type)
{
  for (guint i = 0; i < entities->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (entities, i);

      if (g_str_equal (entity->name, name) && entity->type == type)
        return entity;
    }

  return NULL;
}

static gboolean
has_form (LecternEntity *entity,
          const char    *form)
{
  for (guint i = 0; i < entity->forms->len; i++)
    if (g_str_equal (g_ptr_array_index (entity->forms, i), form))
      return TRUE;

  return FALSE;
}

static gboolean
has_mention (LecternEntity *entity,
             gint64         start,
             gint64         end)
{
  for (guint i = 0; i < entity->mentions->len; i++)
    {
      LecternSpan *span = &g_array_index (entity->mentions, LecternSpan, i);

      if (span->start == start && span->end == end)
        return TRUE;
    }

  return FALSE;
}

/* Code-point offset of the n-th (0-based) occurrence of needle. */
static gint64
offset_of (const char *text,
           const char *needle,
           guint       nth)
{
  const char *p = text;

  for (;;)
    {
      p = strstr (p, needle);
      g_assert_nonnull (p);
      if (nth-- == 0)
        return g_utf8_pointer_to_offset (text, p);
      p++;
    }
}

/* Every mention spells one of the entity's forms. */
static void
assert_mentions_valid (const char *text,
                       GPtrArray  *entities)
{
  glong n_chars = g_utf8_strlen (text, -1);

  for (guint i = 0; i < entities->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (entities, i);

      g_assert_cmpuint (entity->mentions->len, >, 0);
      for (guint k = 0; k < entity->mentions->len; k++)
        {
          LecternSpan *span = &g_array_index (entity->mentions, LecternSpan, k);
          g_autofree char *written = NULL;

          g_assert_cmpint (span->start, >=, 0);
          g_assert_cmpint (span->start, <, span->end);
          g_assert_cmpint (span->end, <=, n_chars);
          if (k > 0)
            g_assert_cmpint (g_array_index (entity->mentions, LecternSpan, k - 1).start, <, span->start);
          written = lectern_utf8_substring (text, span->start, span->end);
          g_assert_true (has_form (entity, written));
        }
    }

  /* Sorted by number of mentions. */
  for (guint i = 1; i < entities->len; i++)
    {
      LecternEntity *a = g_ptr_array_index (entities, i - 1);
      LecternEntity *b = g_ptr_array_index (entities, i);

      g_assert_cmpuint (a->mentions->len, >=, b->mentions->len);
    }
}

static void
test_extractor_seed (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("LECTERN_SOURCE_ROOT"), "data", "fr-seed.txt", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entities = NULL;
  LecternEntity *altman, *nadella, *openai, *microsoft;

  g_assert_true (g_file_get_contents (path, &text, NULL, &error));
  g_assert_no_error (error);
  entities = extract (text);
  assert_mentions_valid (text, entities);

  altman = find_entity (entities, "Sam Altman", LECTERN_ENTITY_PERSON);
  g_assert_nonnull (altman);
  g_assert_true (has_form (altman, "Altman"));
  g_assert_null (find_entity (entities, "Altman", LECTERN_ENTITY_PERSON));
  g_assert_cmpuint (altman->mentions->len, >=, 6);
  g_assert_true (has_mention (altman, offset_of (text, "Sam Altman", 0), offset_of (text, "Sam Altman", 0) + 10));
  g_assert_true (has_mention (altman, offset_of (text, "Altman a effectué", 0),
                              offset_of (text, "Altman a effectué", 0) + 6));
  /* The most mentioned person comes first. */
  g_assert_true (g_ptr_array_index (entities, 0) == altman ||
                 ((LecternEntity *) g_ptr_array_index (entities, 0))->mentions->len >= altman->mentions->len);

  nadella = find_entity (entities, "Satya Nadella", LECTERN_ENTITY_PERSON);
  g_assert_nonnull (nadella);
  g_assert_true (has_mention (nadella, offset_of (text, "Satya Nadella", 0),
                              offset_of (text, "Satya Nadella", 0) + 13));

  openai = find_entity (entities, "OpenAI", LECTERN_ENTITY_ORGANIZATION);
  g_assert_nonnull (openai);
  g_assert_true (has_mention (openai, offset_of (text, "OpenAI", 0), offset_of (text, "OpenAI", 0) + 6));
  microsoft = find_entity (entities, "Microsoft", LECTERN_ENTITY_ORGANIZATION);
  g_assert_nonnull (microsoft);
  g_assert_cmpuint (microsoft->mentions->len, ==, 3);

  /* Not people: products and generic bodies. */
  g_assert_null (find_entity (entities, "ChatGPT", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "ChatGPT", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_titles (void)
{
  const char *text = "Le président Emmanuel Macron a reçu M. Olaf Scholz à Paris. Selon Mme Anne "
                     "Hidalgo, la rencontre a été utile. Macron a salué Scholz.";
  g_autoptr(GPtrArray) entities = extract (text);
  LecternEntity *macron = find_entity (entities, "Emmanuel Macron", LECTERN_ENTITY_PERSON);
  LecternEntity *scholz = find_entity (entities, "Olaf Scholz", LECTERN_ENTITY_PERSON);

  assert_mentions_valid (text, entities);
  g_assert_nonnull (macron);
  g_assert_nonnull (scholz);
  g_assert_nonnull (find_entity (entities, "Anne Hidalgo", LECTERN_ENTITY_PERSON));
  g_assert_true (has_form (macron, "Macron"));
  g_assert_true (has_form (scholz, "Scholz"));
  g_assert_true (has_mention (scholz, offset_of (text, "Olaf", 0), offset_of (text, "Olaf", 0) + 11));
  for (guint i = 0; i < entities->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (entities, i);

      for (guint k = 0; k < entity->forms->len; k++)
        {
          const char *form = g_ptr_array_index (entity->forms, k);

          g_assert_false (g_str_has_prefix (form, "M. "));
          g_assert_false (g_str_has_prefix (form, "Mme "));
          g_assert_false (g_str_has_prefix (form, "président"));
        }
    }
}

static void
test_extractor_possessive (void)
{
  const char *text = "Microsoft's chief executive Satya Nadella said on Monday that the company "
                     "would invest more. Mr. Nadella's plan was approved by Microsoft's board. "
                     "Dr. Jane Goodall also spoke.";
  g_autoptr(GPtrArray) entities = extract (text);
  LecternEntity *microsoft = find_entity (entities, "Microsoft", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *nadella = find_entity (entities, "Satya Nadella", LECTERN_ENTITY_PERSON);

  assert_mentions_valid (text, entities);
  g_assert_nonnull (microsoft);
  g_assert_nonnull (nadella);
  g_assert_nonnull (find_entity (entities, "Jane Goodall", LECTERN_ENTITY_PERSON));
  g_assert_cmpuint (microsoft->mentions->len, ==, 2);
  g_assert_true (has_mention (microsoft, 0, 9));
  g_assert_true (has_mention (nadella, offset_of (text, "Nadella's", 0), offset_of (text, "Nadella's", 0) + 7));
  g_assert_false (has_form (microsoft, "Microsoft's"));
  g_assert_false (has_form (nadella, "Mr. Nadella"));
}

/* A possessive inside a name whose head word comes a little later (issue
 * 9: "Tigray People | Liberation Front" was split), not after a person's
 * name. */
static void
test_extractor_possessive_names (void)
{
  const char *text = "The Tigray People's Liberation Front said on Monday that Ethiopian forces had "
                     "withdrawn from Mekele.\n"
                     "The Karen National Union's armed wing, the Karen National Liberation Army, denied it.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  assert_mentions_valid (text, entities);
  g_assert_nonnull (find_entity (entities, "Tigray People's Liberation Front", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Tigray People", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Liberation Front", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Karen National Union", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Karen National Liberation Army", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_acronym (void)
{
  const char *text = "L'Organisation des Nations unies (ONU) a publié un rapport jeudi. Selon l'ONU, "
                     "la situation s'aggrave. Le secrétaire général de l'ONU, António Guterres, a "
                     "appelé au calme.";
  g_autoptr(GPtrArray) entities = extract (text);
  LecternEntity *onu = find_entity (entities, "Organisation des Nations unies", LECTERN_ENTITY_ORGANIZATION);

  assert_mentions_valid (text, entities);
  g_assert_nonnull (onu);
  g_assert_true (has_form (onu, "ONU"));
  g_assert_cmpuint (onu->mentions->len, ==, 4);
  g_assert_null (find_entity (entities, "ONU", LECTERN_ENTITY_ORGANIZATION));
}

/* Names from data/gazetteers: well-known organizations found whole, typed
 * and merged across their names; places are no people. */
static void
test_extractor_known_names (void)
{
  const char *text = "La Cour pénale internationale a ouvert une enquête. Selon la chaîne Al Jazeera, "
                     "un porte-parole du Frelimo a démenti. Le Conseil de sécurité des Nations unies "
                     "se réunira. Les Nations unies l'ont annoncé, a indiqué l'ONU. L'agence Moody's a "
                     "dégradé la note du pays, et Moody's prévoit une récession. La SNCF a suspendu "
                     "les trains vers le Liban.\n"
                     "UN PRINCE À DAMAS\n";
  /* Apostrophes are folded in forms, not in the text. */
  const char *typographic = "Selon Moody’s, la dette augmente. L'agence Moody's le confirme.";
  const char *english = "Officials in Havana said the Associated Press had erred. "
                        "Bowler Shane Warne took five wickets; Warne said he was tired.";
  g_autoptr(GPtrArray) entities = extract (text);
  g_autoptr(GPtrArray) en = extract (english);
  g_autoptr(GPtrArray) apostrophes = extract (typographic);
  LecternEntity *cpi = find_entity (entities, "Cour pénale internationale", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *moodys = find_entity (entities, "Moody's", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *un = find_entity (entities, "Nations unies", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *warne = find_entity (en, "Shane Warne", LECTERN_ENTITY_PERSON);

  assert_mentions_valid (text, entities);
  assert_mentions_valid (english, en);
  g_assert_nonnull (cpi);
  g_assert_true (has_mention (cpi, offset_of (text, "Cour", 0), offset_of (text, " a ouvert", 0)));
  g_assert_nonnull (find_entity (entities, "Al Jazeera", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Frelimo", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Conseil de sécurité des Nations unies", LECTERN_ENTITY_ORGANIZATION));
  /* "ONU" is one of the names of the United Nations. */
  g_assert_nonnull (un);
  g_assert_true (has_form (un, "ONU"));
  g_assert_null (find_entity (entities, "ONU", LECTERN_ENTITY_ORGANIZATION));
  /* The possessive of a name that has one stays in the mention. */
  g_assert_nonnull (moodys);
  g_assert_cmpuint (moodys->mentions->len, ==, 2);
  g_assert_true (has_mention (moodys, offset_of (text, "Moody's", 0), offset_of (text, "Moody's", 0) + 7));
  moodys = find_entity (apostrophes, "Moody's", LECTERN_ENTITY_ORGANIZATION);
  g_assert_nonnull (moodys);
  g_assert_cmpuint (apostrophes->len, ==, 1);
  g_assert_true (has_mention (moodys, 6, 13));
  g_assert_nonnull (find_entity (entities, "SNCF", LECTERN_ENTITY_ORGANIZATION));
  /* A headline in capitals: "UN" is an article there, Damas a place. */
  g_assert_cmpuint (un->mentions->len, ==, 2);
  g_assert_null (find_entity (entities, "Liban", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Liban", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Damas", LECTERN_ENTITY_PERSON));

  g_assert_null (find_entity (en, "Havana", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (en, "Associated Press", LECTERN_ENTITY_ORGANIZATION));
  /* A role glued before a first name is no part of the name. */
  g_assert_nonnull (warne);
  g_assert_true (has_form (warne, "Warne"));
  g_assert_null (find_entity (en, "Bowler Shane Warne", LECTERN_ENTITY_PERSON));
}

/* A role in lower case before capitalized words the tagger missed names a
 * person (issue 9); a role before a place does not. */
static void
test_extractor_roles (void)
{
  const char *text = "The ministry sued the activist Kasonde Mutale for defamation on Monday.\n"
                     "The lawyer Tembo Lungu said the case was weak.\n"
                     "A reporter in Lusaka said the ambassador Paris had not called.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  assert_mentions_valid (text, entities);
  g_assert_nonnull (find_entity (entities, "Kasonde Mutale", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Tembo Lungu", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Lusaka", LECTERN_ENTITY_PERSON));
}

/* Words in lower case before a person's name are labels, not part of it
 * (issue 9: "comte Festetics" in the corpus documents); particles stay
 * unless a title or another word in lower case follows them. */
static void
test_extractor_lower_labels (void)
{
  const char *text = "Le gérant Esterhazy a signé le bail avec le notaire.\n"
                     "Le juge a entendu le comte Esterhazy et le baron Lambertini hier.\n"
                     "Des cousins des Esterhazy vivent encore au château, dit le maire.\n"
                     "Le roman de M. Lambertini se vend bien, dit Charles de Gaulle.\n";
  g_autoptr(GPtrArray) entities = extract (text);
  LecternEntity *esterhazy = find_entity (entities, "Esterhazy", LECTERN_ENTITY_PERSON);

  assert_mentions_valid (text, entities);
  g_assert_nonnull (esterhazy);
  g_assert_cmpuint (esterhazy->mentions->len, ==, 3);
  g_assert_nonnull (find_entity (entities, "Lambertini", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Charles de Gaulle", LECTERN_ENTITY_PERSON));
  for (guint i = 0; i < entities->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (entities, i);

      g_assert_false (g_unichar_islower (g_utf8_get_char (entity->name)));
    }
}

/* A headline in capitals glued into the text (OCR'd press) writes common
 * words, no organization (issue 9: "LA LOI", "LES LOYERS" in the corpus
 * documents); a surname in capitals after a title and a listed name in
 * capitals stay. */
static void
test_extractor_capital_headlines (void)
{
  const char *text = "Les prévenus seront défendus par Me Durand et Me Roux. LA LOI SUR LES SALAIRES "
                     "Le Journal Officiel publie ce matin un décret.\n"
                     "La séance est levée à six heures, dit M. PETIT, selon LE MONDE.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  assert_mentions_valid (text, entities);
  g_assert_null (find_entity (entities, "LES SALAIRES", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "LA LOI", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Durand", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "PETIT", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "LE MONDE", LECTERN_ENTITY_ORGANIZATION));
}

/* A French name goes on in lower case after its head and adjective where
 * it plainly does: after "des", before an acronym in brackets, before "de"
 * and a capitalized word, or at the end of a clause unless the complement
 * is an adverb (issue 9: "Union française des industries pétrolières" was
 * cut short). */
static void
test_extractor_french_long_names (void)
{
  const char *text = "Selon l'Office national des forêts, les chênes souffrent de la sécheresse.\n"
                     "Une étude de l'Institut national de recherche agronomique de Bordeaux porte sur la vigne.\n"
                     "Le Conseil national de transition (CNT) siège à Tripoli.\n"
                     "Le texte revient devant l'Assemblée nationale de nouveau saisie par le gouvernement.\n"
                     "Selon la Fédération française de cardiologie, les cas augmentent.\n"
                     "La Confédération paysanne manifestait devant la préfecture.\n"
                     "Des combats ont eu lieu près de Homs, selon l'Observatoire syrien des droits de l'homme.\n"
                     "Le texte a été adopté par l'Assemblée nationale de justesse, puis par le Sénat.\n";
  g_autoptr(GPtrArray) entities = extract (text);
  LecternEntity *cnt = find_entity (entities, "Conseil national de transition", LECTERN_ENTITY_ORGANIZATION);

  assert_mentions_valid (text, entities);
  g_assert_nonnull (find_entity (entities, "Office national des forêts", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Institut national de recherche agronomique de Bordeaux",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (cnt);
  g_assert_true (has_form (cnt, "CNT"));
  g_assert_nonnull (find_entity (entities, "Assemblée nationale", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Fédération française de cardiologie", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Observatoire syrien des droits de l'homme", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Confédération paysanne", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Assemblée nationale de justesse", LECTERN_ENTITY_ORGANIZATION));
}

/* A company's site and the company are one entity (issue 9: "Amazon.com"
 * and "Amazon"). */
static void
test_extractor_domain_names (void)
{
  const char *text = "Shoppers spent more on Amazon.com this year, and Amazon said its profit rose.\n";
  g_autoptr(GPtrArray) entities = extract (text);
  LecternEntity *amazon = NULL;

  assert_mentions_valid (text, entities);
  for (guint i = 0; i < entities->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (entities, i);

      if (has_form (entity, "Amazon"))
        amazon = entity;
    }
  g_assert_nonnull (amazon);
  g_assert_cmpint (amazon->type, ==, LECTERN_ENTITY_ORGANIZATION);
  g_assert_true (has_form (amazon, "Amazon.com"));
  g_assert_cmpuint (amazon->mentions->len, ==, 2);
}

/* A name that starts with a model code is a product, not an organization
 * (issue 9: "F-86 Sabre" in the corpus documents); its maker stays. */
static void
test_extractor_model_codes (void)
{
  const char *text = "The squadron replaced its F-4 Phantom jets with the F-15 Eagle in 1979.\n"
                     "Pilots said the Su-27 Flanker was faster, according to Lockheed Martin.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  assert_mentions_valid (text, entities);
  g_assert_null (find_entity (entities, "F-15 Eagle", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Su-27 Flanker", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Lockheed Martin", LECTERN_ENTITY_ORGANIZATION));
}

/* One capitalized word after an article and a role is a person (a stage
 * name, a surname), not a place. */
static void
test_extractor_role_one_word (void)
{
  const char *text = "Le chanteur Stromae et l'actrice Marion Cotillard ont soutenu l'association.\n"
                     "Le diplomate a rencontré l'ambassadeur Lisbonne la veille.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  assert_mentions_valid (text, entities);
  g_assert_nonnull (find_entity (entities, "Stromae", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Marion Cotillard", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Lisbonne", LECTERN_ENTITY_PERSON));
}

/* Capitalized words ending with a head word, then "for the", join the
 * organization the tagger saw after them (issue 9: "Joint Council" and
 * "Welfare of Immigrants" were two). */
static void
test_extractor_organization_back (void)
{
  const char *text = "Critics included the Joint Council for the Welfare of Immigrants and its director.\n"
                     "The Royal Society for the Protection of Birds said numbers fell.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  assert_mentions_valid (text, entities);
  g_assert_nonnull (find_entity (entities, "Joint Council for the Welfare of Immigrants",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Welfare of Immigrants", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Royal Society for the Protection of Birds",
                                 LECTERN_ENTITY_ORGANIZATION));
}

/* A short name cut from an organization's words, in brackets after it, is
 * one of its names (issue 9); the letters must come from its words. */
static void
test_extractor_short_names (void)
{
  const char *text = "Students at the University of Malawi marched on Monday. A lecturer at the "
                     "University of Malawi (Unima) said Unima would reopen. The Malawi Congress "
                     "(Kobe) met.\n";
  g_autoptr(GPtrArray) entities = extract (text);
  LecternEntity *unima = find_entity (entities, "University of Malawi", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *congress = find_entity (entities, "Malawi Congress", LECTERN_ENTITY_ORGANIZATION);

  assert_mentions_valid (text, entities);
  g_assert_nonnull (unima);
  g_assert_true (has_form (unima, "Unima"));
  g_assert_cmpuint (unima->mentions->len, ==, 4);
  g_assert_null (find_entity (entities, "Unima", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (congress);
  g_assert_false (has_form (congress, "Kobe"));
}

/* The fast UTF-8 check answers as g_utf8_validate, also on NUL bytes,
 * bad bytes after long ASCII runs, characters cut at 8- and 64-byte
 * boundaries, and two- and three-byte characters (which it tells by their
 * bytes) cut short, overlong or at the ends of their ranges. */
static void
test_extractor_validate_text (void)
{
  static const char *pieces[] = { "a", "abcdefg", "\xc3\xa9", "\xe2\x80\x99", "\xc3", "\x80",
                                  "\xf0\x9f\x98\x80", "\xed\xa0\x80", "\xf4\x90\x80\x80",
                                  "\xc0\xaf", "", " ", "\xe2\x80", "\xe2", "\xc2\x80", "\xdf\xbf",
                                  "\xc1\xbf", "\xe0\x9f\xbf", "\xef\xbf\xbe", "\xe2\xbf\xbf" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);
  char buf[400];

  for (guint t = 0; t < 100000; t++)
    {
      gsize n = 0;
      guint k = (guint) g_rand_int_range (rand, 0, 60);

      for (guint m = 0; m < k; m++)
        {
          const char *piece = pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))];
          gsize len = MAX (strlen (piece), 1);   /* "" stands for a NUL byte */

          if (n + len >= sizeof buf)
            break;
          memcpy (buf + n, piece, len);
          n += len;
        }
      g_assert_cmpint (lectern_extractor_validate_text (buf, n), ==, g_utf8_validate (buf, n, NULL));
    }
}

/* The tagger's lower case is g_unichar_tolower's, a character at a time,
 * also where it is written without decoding (ASCII, Latin-1) and where a
 * name is hashed in pieces. */
static void
test_ner_lower_hash (void)
{
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(GString) lower = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);

  for (gunichar c = 1; c < 0x3000; c++)
    {
      char buf[8];
      gsize n;

      if (c >= 0xd800 && c < 0xe000)
        continue;
      n = (gsize) g_unichar_to_utf8 (c, buf);
      g_string_assign (word, "Xa");
      g_string_append_len (word, buf, n);
      g_string_append (word, "\xc3\x89z");
      g_string_assign (lower, "xa");
      g_string_append_unichar (lower, g_unichar_tolower (c));
      g_string_append (lower, "\xc3\xa9z");
      g_assert_cmpuint (lectern_ner_lower_hash (word->str, word->len, scratch), ==,
                        lectern_ner_hash (lower->str, lower->len));
      g_assert_cmpuint (lectern_ner_hash_end (lectern_ner_lower_hash_add (lectern_ner_lower_hash_add (LECTERN_NER_HASH_START,
                                                                                                     word->str, 2, scratch),
                                                                          word->str + 2, word->len - 2, scratch)),
                        ==, lectern_ner_hash (lower->str, lower->len));
    }
}

/* A word without capitals is hashed once as its own lower case: every
 * character that is not upper case but has another lower case (a
 * title-case letter) must still be lower-cased. */
static void
test_ner_uncapitalized_hashes (void)
{
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);

  for (gunichar c = 0x80; c <= 0x10ffff; c++)
    {
      char buf[8];
      guint64 h, l;

      if ((c >= 0xd800 && c < 0xe000) || g_unichar_isupper (c))
        continue;
      g_string_assign (word, "a\xc3\xa9");
      g_string_append_len (word, buf, g_unichar_to_utf8 (c, buf));
      lectern_ner_uncapitalized_word_hashes (word->str, word->len, scratch, &h, &l);
      g_assert_cmpuint (h, ==, lectern_ner_hash (word->str, word->len));
      g_assert_cmpuint (l, ==, lectern_ner_lower_hash (word->str, word->len, scratch));
    }
}

/* Names listed with people are people, also where the tagger saw a place
 * (issue 9); a known place in the list stays one. */
static void
test_extractor_lists (void)
{
  const char *text = "Whether the leader is Hubert Mavundla, Perry Chirwa, or Branville Kofiwe, the "
                     "policies put before us will not change.\n"
                     "She thanked Perry Chirwa and New Zealand for their help.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  assert_mentions_valid (text, entities);
  g_assert_nonnull (find_entity (entities, "Branville Kofiwe", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Perry Chirwa", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "New Zealand", LECTERN_ENTITY_PERSON));
}

/* A name, a role, a person: the name is where the person works (issue 9). */
static void
test_extractor_affiliation (void)
{
  const char *text = "The deal was confirmed by Kommersant reporter Ivan Petrov on Monday. "
                     "Opposition leader Ana Lima spoke.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  assert_mentions_valid (text, entities);
  g_assert_nonnull (find_entity (entities, "Kommersant", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Ivan Petrov", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Ana Lima", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Opposition", LECTERN_ENTITY_ORGANIZATION));
}

/* In English a head word alone stands for a longer name and is none
 * itself (issue 9); a listed organization of one word stays. */
static void
test_extractor_common_words (void)
{
  const char *text = "Several provinces tried to leave the Federation altogether last year, officials "
                     "said. The Association did not comment. Amnesty International condemned it.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  assert_mentions_valid (text, entities);
  g_assert_null (find_entity (entities, "Federation", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Association", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Amnesty International", LECTERN_ENTITY_ORGANIZATION));
}

/* A title quoted in Title Case does not make its line a headline, and
 * gives no names of its own (issue 9). */
static void
test_extractor_quoted_title (void)
{
  const char *text = "In a post titled \xe2\x80\x9cWhy I Left The Party And Never Looked Back\xe2\x80\x9d, "
                     "Amara Okafor writes:\nShe left in 2019.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  assert_mentions_valid (text, entities);
  g_assert_nonnull (find_entity (entities, "Amara Okafor", LECTERN_ENTITY_PERSON));
  g_assert_cmpuint (entities->len, ==, 1);
}

static void
test_extractor_other_language (void)
{
  /* German capitalizes every noun; none of these is a person or an
   * organization of its own. */
  const char *text = "Die Bundesregierung hat am Montag beschlossen, dass die Steuern steigen. "
                     "Die Opposition kritisierte den Plan der Regierung und die Kosten für die "
                     "Bürger. Die Entscheidung sei richtig, sagte ein Sprecher.";
  g_autoptr(GPtrArray) entities = extract (text);

  assert_mentions_valid (text, entities);
  g_assert_cmpuint (entities->len, ==, 0);
}

/* The language is decided per paragraph: a German quotation in a French
 * story gives no names of its own. */
static void
test_extractor_mixed_languages (void)
{
  const char *text = "Le président Emmanuel Macron a reçu mardi le chancelier à l'Élysée, où les deux "
                     "hommes ont parlé de la guerre et de l'économie pendant deux heures.\n"
                     "Die Bundesregierung hat am Montag beschlossen, dass die Steuern steigen. Die "
                     "Opposition kritisierte den Plan der Regierung und die Kosten für die Bürger.\n"
                     "Selon Emmanuel Macron, la rencontre a été utile pour les deux pays.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  assert_mentions_valid (text, entities);
  g_assert_nonnull (find_entity (entities, "Emmanuel Macron", LECTERN_ENTITY_PERSON));
  for (guint i = 0; i < entities->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (entities, i);

      /* Every name is from the French paragraphs. */
      g_assert_true (g_strrstr (text, entity->name) < strstr (text, "Die ") ||
                     g_strrstr (text, entity->name) > strstr (text, "Selon"));
    }
}

static void
test_extractor_empty (void)
{
  const char *texts[] = { "", " ", "\n\n\n", "...", "\t\r\n\v\f", "l'", "'s", "M.", "(" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GPtrArray) entities = extract (texts[i]);

      g_assert_cmpuint (entities->len, ==, 0);
    }
}

static void
test_extractor_invalid_utf8 (void)
{
  const char *texts[] = { "Sam \xff Altman", "\xc3", "OpenAI \xed\xa0\x80", "\xf8\x88\x80\x80\x80" };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) entities = lectern_extractor_extract (get_extractor (), texts[i], NULL,
                                                                 NULL, NULL, &error);

      g_assert_null (entities);
      g_assert_error (error, LECTERN_EXTRACTOR_ERROR, LECTERN_EXTRACTOR_ERROR_INPUT);
    }
}

static void
test_extractor_hostile (void)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GPtrArray) entities = NULL;

  /* Control characters between names. */
  entities = extract ("Sam\x01 Altman\x02\x1b[31m a rejoint\x7f Microsoft\x0b. Altman\x0c est là.");
  g_clear_pointer (&entities, g_ptr_array_unref);

  /* One huge token. */
  for (guint i = 0; i < 1 << 20; i++)
    g_string_append_c (text, 'a');
  entities = extract (text->str);
  g_assert_cmpuint (entities->len, ==, 0);
  g_clear_pointer (&entities, g_ptr_array_unref);

  /* Capitals without end, then apostrophes and dots without end. */
  g_string_truncate (text, 0);
  for (guint i = 0; i < 50000; i++)
    g_string_append (text, "ABC DEF-GHI ");
  for (guint i = 0; i < 50000; i++)
    g_string_append (text, "l'l'U.S.'s..(");
  entities = extract (text->str);
  assert_mentions_valid (text->str, entities);
  g_clear_pointer (&entities, g_ptr_array_unref);

  /* Acronyms whose letters almost fit many function words: spelling them
   * must not take exponential time. */
  g_string_truncate (text, 0);
  for (guint i = 0; i < 200; i++)
    {
      g_string_append (text, "Le ");
      for (guint k = 0; k < 40; k++)
        g_string_append (text, "De ");
      g_string_append (text, "(DDDDDDDDDX) et ");
    }
  entities = extract (text->str);
  assert_mentions_valid (text->str, entities);
  g_clear_pointer (&entities, g_ptr_array_unref);

  g_string_free (text, TRUE);
}

static void
test_extractor_big_line (void)
{
  const char *sentence = "Sam Altman a rejoint Microsoft, selon Satya Nadella et OpenAI ; ";
  GString *text = g_string_new (NULL);
  g_autoptr(GPtrArray) entities = NULL;
  LecternEntity *altman;

  /* 10 MB without a line break or a full stop. */
  while (text->len < 10 * 1000 * 1000)
    g_string_append (text, sentence);
  entities = extract (text->str);
  altman = find_entity (entities, "Sam Altman", LECTERN_ENTITY_PERSON);
  g_assert_nonnull (altman);
  g_assert_cmpuint (altman->mentions->len, ==, text->len / strlen (sentence));
  g_string_free (text, TRUE);
}

static void
on_progress (double   fraction,
             gpointer user_data)
{
  GArray *seen = user_data;

  g_assert_cmpfloat (fraction, >=, 0.0);
  g_assert_cmpfloat (fraction, <=, 1.0);
  if (seen->len > 0)
    g_assert_cmpfloat (fraction, >=, g_array_index (seen, double, seen->len - 1));
  g_array_append_val (seen, fraction);
}

static void
on_progress_cancel (double   fraction,
                    gpointer user_data)
{
  if (fraction > 0.2)
    g_cancellable_cancel (user_data);
}

static void
test_extractor_progress_cancel (void)
{
  GString *text = g_string_new (NULL);
  g_autoptr(GArray) seen = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entities = NULL;

  while (text->len < 500 * 1000)
    g_string_append (text, "Sam Altman a rejoint Microsoft. Satya Nadella l'a annoncé.\n");

  entities = lectern_extractor_extract (get_extractor (), text->str, NULL, on_progress, seen, &error);
  g_assert_no_error (error);
  g_assert_nonnull (entities);
  g_assert_cmpuint (seen->len, >, 2);
  g_assert_cmpfloat (g_array_index (seen, double, seen->len - 1), ==, 1.0);
  g_clear_pointer (&entities, g_ptr_array_unref);

  entities = lectern_extractor_extract (get_extractor (), text->str, cancellable, on_progress_cancel,
                                        cancellable, &error);
  g_assert_null (entities);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);

  entities = lectern_extractor_extract (get_extractor (), "Sam Altman", cancellable, NULL, NULL, &error);
  g_assert_null (entities);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_string_free (text, TRUE);
}

static void
test_extractor_version (void)
{
  const char *version = lectern_extractor_get_version (get_extractor ());

  g_assert_nonnull (version);
  g_assert_true (g_str_has_prefix (version, "ner"));
}

/* ---- the model file ---- */

static char *
model_path (void)
{
  return g_build_filename (g_getenv ("LECTERN_SOURCE_ROOT"), "data", "entities.model", NULL);
}

/* Writes `contents` as a model, checks that loading it fails with a model
 * error naming the file, and returns the message. */
static char *
model_rejection (const char *contents,
                 gsize       length)
{
  g_autofree char *dir = g_dir_make_tmp ("lectern-model-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "entities.model", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternExtractor) extractor = NULL;

  g_assert_true (g_file_set_contents (path, contents, (gssize) length, NULL));
  extractor = lectern_extractor_new (path, &error);
  g_assert_null (extractor);
  g_assert_error (error, LECTERN_EXTRACTOR_ERROR, LECTERN_EXTRACTOR_ERROR_MODEL);
  g_assert_nonnull (strstr (error->message, path));
  g_unlink (path);
  g_rmdir (dir);
  return g_strdup (error->message);
}

static void
assert_model_rejected (const char *contents,
                       gsize       length,
                       const char *why)
{
  g_autofree char *message = model_rejection (contents, length);

  g_test_message ("%s: %s", why, message);
}

/* The same, and the message gives the reason. */
static void
assert_model_rejected_because (const char *contents,
                               gsize       length,
                               const char *reason)
{
  g_autofree char *message = model_rejection (contents, length);

  g_test_message ("%s: %s", reason, message);
  g_assert_nonnull (strstr (message, reason));
}

/* The checksum of a model edited in place written back, so that the
 * structural checks behind it are reached. */
static const char *
reseal (char *model,
        gsize length)
{
  LecternNerHeader h;

  memcpy (&h, model, sizeof h);
  h.checksum = lectern_ner_checksum ((const guint8 *) model + sizeof h, length - sizeof h);
  memcpy (model, &h, sizeof h);

  return model;
}

static void
test_model_load (void)
{
  g_autofree char *path = model_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternExtractor) extractor = NULL;
  gint64 t0 = g_get_monotonic_time ();

  extractor = lectern_extractor_new (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (extractor);
  g_test_message ("model loaded in %.1f ms", (g_get_monotonic_time () - t0) / 1000.0);
}

/* The word cache (a word's token info and the sums of the rows of its own
 * and its neighbour features, kept across sentences) changes no score:
 * sentences tagged with it and without it, until well past the point where
 * the cache is full (12,288 words), give the same token infos, the same
 * emission scores to the bit and the same tags. */
static void
test_word_cache (void)
{
  static const char *words[] = { "Le", "président", "Emmanuel", "Macron", "a", "rencontré", "Satya",
                                 "Nadella", "de", "Microsoft", "à", "Paris", "the", "Bank", "of",
                                 "America", "said", "OpenAI", "ONU", "l'", "Élysée", ",", "." };
  g_autofree char *path = model_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternNerModel) model = lectern_ner_model_load (path, &error);
  g_autoptr(LecternNerCache) cache = lectern_ner_cache_new ();
  g_autoptr(GString) scratch = g_string_new (NULL);
  g_autoptr(GByteArray) work = g_byte_array_new ();
  g_autoptr(GByteArray) work2 = g_byte_array_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (9);
  const LecternLexicon *lex;
  guint tagged = 0;

  g_assert_no_error (error);
  lex = lectern_ner_model_lexicon (model);
  /* 2,000 sentences of 12 words, two of them new each time (Xyz00001…),
   * and 10 more words seen once: the last thousand sentences run with a
   * full cache. */
  for (guint s = 0; s < 2000; s++)
    {
      char *tokens[12];
      LecternTokenInfo plain[12], cached[12];
      gint32 slots[12];
      float scores[12 * LECTERN_N_TAGS], scores2[12 * LECTERN_N_TAGS];
      guint8 tags[12], tags2[12];
      guint n = 12;

      for (guint k = 0; k < n; k++)
        tokens[k] = k == 5 ? g_strdup_printf ("Xyz%05u", s * 7) :
                    k == 8 ? g_strdup_printf ("mot%u", s * 7 + 1) :
                    g_strdup (words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
      for (guint k = 0; k < n; k++)
        {
          lectern_ner_token_info (tokens[k], strlen (tokens[k]), k == 0, lex, scratch, &plain[k]);
          slots[k] = lectern_ner_cache_token_info (cache, tokens[k], strlen (tokens[k]), k == 0,
                                                   lectern_lexicon_lookup (lex, plain[k].lower), 0, 0, scratch,
                                                   &cached[k]);
          g_assert_cmpmem (&plain[k], sizeof plain[k], &cached[k], sizeof cached[k]);
        }
      lectern_ner_model_tag (model, plain, n, NULL, work, scores, tags);
      lectern_ner_model_tag_cached (model, cache, cached, slots, n, NULL, work2, scores2, tags2);
      g_assert_cmpmem (scores, sizeof scores, scores2, sizeof scores2);
      g_assert_cmpmem (tags, sizeof tags, tags2, sizeof tags2);
      for (guint k = 0; k < n; k++)
        {
          tagged += tags[k] != LECTERN_TAG_O;
          g_free (tokens[k]);
        }
      /* Fill the rest of the cache with words seen once. */
      for (guint k = 0; k < 10; k++)
        {
          g_autofree char *w = g_strdup_printf ("Filler%u", s * 10 + k);
          LecternTokenInfo info;

          lectern_ner_cache_token_info (cache, w, strlen (w), FALSE, 0, 0, 0, scratch, &info);
        }
    }
  /* Names were tagged: the comparison was not between two empty results. */
  g_assert_cmpuint (tagged, >, 1000);
}

/* Found by fuzz-quotes: the trimming of a person's span ate all of it at
 * the very end of the text, and the next check read the flags of the token
 * after the last (an overflow that ASan reports). */
static void
test_extractor_span_trimmed_at_end (void)
{
  const char *text = "\302\253 Nous part\302\253\037Nous{ rt\302\253\037Nous{ t\302\253\037Nous{ rt\302\253tirons, a dit Luc M\037\031tid 0xm";
  g_autoptr(GPtrArray) entities = extract (text);
  glong n_chars = g_utf8_strlen (text, -1);

  for (guint i = 0; i < entities->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (entities, i);

      for (guint m = 0; m < entity->mentions->len; m++)
        g_assert_cmpint (g_array_index (entity->mentions, LecternSpan, m).end, <=, n_chars);
    }
}

/* Words inside a longer place name ("the Democratic Republic of the
 * Congo") name nothing of their own; a name around a place still counts. */
static void
test_extractor_inside_places (void)
{
  const char *text = "The Democratic Republic of the Congo may be preparing to face Rwanda, "
                     "officials at the Bank of England said on Monday.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  g_assert_null (find_entity (entities, "Democratic Republic", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Congo", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Bank of England", LECTERN_ENTITY_ORGANIZATION));
}

/* A first name, particles and a capitalized word are one person's name
 * however the tagger cut them; "of the" after a place is not a particle. */
static void
test_extractor_particle_names (void)
{
  const char *text = "Later Ursula von der Leyen met Vincent van Gogh's heirs in Brussels.\n";
  const char *fr = "L'envoyé spécial à Rome du Daily News télégraphie que rien n'a changé. "
                   "Elle a étudié à l'université Charles de Gaulle de Lille.\n";
  g_autoptr(GPtrArray) entities = extract (text);
  g_autoptr(GPtrArray) french = extract (fr);

  g_assert_nonnull (find_entity (entities, "Ursula von der Leyen", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Vincent van Gogh", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Ursula", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "Charles de Gaulle", LECTERN_ENTITY_PERSON));
  for (guint i = 0; i < french->len; i++)
    g_assert_false (g_str_has_prefix (((LecternEntity *) g_ptr_array_index (french, i))->name, "du "));
}

/* A name never ends on a function word in lower case: the tagger's person
 * span that runs on into an organization is trimmed ("… of") or split at
 * "of" ("Jane Doe of Fortune") or before a listed organization. */
static void
test_extractor_no_trailing_function_word (void)
{
  const char *text = "The story was written by Matthew Ingram of The Globe and Mail, who covers media. "
                     "A column by Jane Doe of Fortune said so, and Tom Reed of NPF agreed.\n";
  const char *fr = "Le correspondant Jean Martin du Figaro a été expulsé. Le général Charles de Gaulle est cité.\n";
  g_autoptr(GPtrArray) entities = extract (text);
  g_autoptr(GPtrArray) french = extract (fr);

  /* French particles stay in names; a listed organization after one does
   * not ("du Figaro" is "de Le Figaro"). */
  g_assert_nonnull (find_entity (french, "Jean Martin", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "Figaro", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Charles de Gaulle", LECTERN_ENTITY_PERSON));
  /* The name cut off is an organization when it is an acronym. */
  g_assert_nonnull (find_entity (entities, "Tom Reed", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "NPF", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Matthew Ingram", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "The Globe and Mail", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Jane Doe", LECTERN_ENTITY_PERSON));
  for (guint i = 0; i < entities->len; i++)
    {
      const char *name = ((LecternEntity *) g_ptr_array_index (entities, i))->name;

      g_assert_false (g_str_has_suffix (name, " of"));
      g_assert_null (strstr (name, " of "));
    }
}

/* A listed organization of one word that opens a sentence before a verb,
 * an apposition or a possessive is the subject ("Tsahal a annoncé"): the
 * tagger skips words capitalized for starting a sentence. */
static void
test_extractor_listed_subject (void)
{
  const char *text = "Le conflit dure depuis des mois.\nTsahal a annoncé mardi la fin de l'opération.\n"
                     "Hydro-Québec a annoncé une hausse des tarifs.\n";
  const char *en = "Europol, which employs hundreds, said on Monday that arrests rose.\n"
                   "Greenpeace's director said on Monday that the sea rose.\n";
  g_autoptr(GPtrArray) entities = extract (text);
  g_autoptr(GPtrArray) english = extract (en);

  g_assert_nonnull (find_entity (entities, "Tsahal", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Hydro-Québec", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Europol", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Greenpeace", LECTERN_ENTITY_ORGANIZATION));
}

/* Acronyms of common nouns name no organization; listed ones do. */
static void
test_extractor_common_acronyms (void)
{
  g_autoptr(GPtrArray) fr = extract ("Les PME et les ONG ont reçu un DVD sur l'ADN, selon la SNCF.\n");
  g_autoptr(GPtrArray) en = extract ("The CEO said GDP rose as the TV channel sold SUVs, NATO said.\n");
  g_autoptr(GPtrArray) alone = extract ("\"I opposed the hold on U.S. security assistance as soon as I learned about it "
                                       "on July 18,\" Volker said. Acme Inc. said nothing.\n");

  g_assert_null (find_entity (fr, "PME", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (fr, "ONG", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (fr, "DVD", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (fr, "ADN", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "SNCF", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (en, "GDP", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (en, "TV", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (en, "NATO", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (alone, "I", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (alone, "Inc.", LECTERN_ENTITY_ORGANIZATION));
}

/* A person named only inside the name of a prize, a cup or a day is not
 * listed. */
static void
test_extractor_event_names (void)
{
  g_autoptr(GPtrArray) entities = extract ("Spain won the Davis Cup Finals. Skip the Black Friday rush.\n"
                                           "Nelson Mandela Day is in July.\n"
                                           "Last year the researchers were given a Nobel Prize, and the "
                                           "biologist Linda Buck said she was proud of her team.\n");

  g_assert_null (find_entity (entities, "Davis", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Black", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Nelson Mandela Day", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Nelson Mandela", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Nobel", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Linda Buck", LECTERN_ENTITY_PERSON));
}

/* Listed names keep their number, their "+" and a legal suffix after
 * them, and two listed names joined by a conjunction are two
 * organizations. */
static void
test_extractor_listed_numbers_and_pairs (void)
{
  g_autoptr(GPtrArray) entities = extract ("Le ministre a déclaré sur Europe 1 que France 5 diffusera le débat.\n"
                                           "Il sera sur France 24 demain, puis sur France 2.\n"
                                           "Radio France et France Télévisions ont protesté.\n");

  g_autoptr(GPtrArray) plus = extract ("Canal+ et France Télévisions ont diffusé la cérémonie. Le groupe "
                                       "Canal+ a annoncé un accord.\n");

  g_autoptr(GPtrArray) legal = extract ("Separately, Procter & Gamble Co. and Colgate-Palmolive Co. reported "
                                        "quarterly results above forecasts.\n");

  g_assert_nonnull (find_entity (legal, "Procter & Gamble Co.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (legal, "Gamble Co.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (plus, "Canal+", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (plus, "Canal", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Europe 1", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "France 5", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "France 24", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "France 2", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Radio France", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "France Télévisions", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Radio France et France Télévisions", LECTERN_ENTITY_ORGANIZATION));
}

/* A body, its member's role and the member run together are split: the
 * member is a person, the role no part of a name, the body an
 * organization. */
static void
test_extractor_roles_in_organizations (void)
{
  g_autoptr(GPtrArray) entities = extract ("The vote was close, officials said. On Tuesday, Senate Majority Leader "
                                           "Chuck Schumer praised the result. Senate Minority Leader Mitch "
                                           "McConnell disagreed. Labour Party Leader Keir Starmer spoke.\n");

  g_assert_nonnull (find_entity (entities, "Labour Party", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Chuck Schumer", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Mitch McConnell", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Keir Starmer", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Senate Majority Leader", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Senate Minority Leader Mitch McConnell", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Labour Party Leader Keir Starmer", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Senate", LECTERN_ENTITY_ORGANIZATION));
}

/* A first name that is also a city, and a surname, at the start of a
 * sentence: a person, not an organization; a company stays one. */
static void
test_extractor_first_name_organizations (void)
{
  g_autoptr(GPtrArray) entities = extract ("Vladimir Poutine a reçu à Moscou le président chinois Xi Jinping.\n");
  g_autoptr(GPtrArray) company = extract ("Farrell Electric is a very good electrical contractor. I need a "
                                          "contractor with the credentials that Farrell Electric has.\n");

  g_assert_nonnull (find_entity (entities, "Vladimir Poutine", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Vladimir Poutine", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (company, "Farrell Electric", LECTERN_ENTITY_PERSON));
}

/* "Shares of" before a company at the start of a sentence is no part of
 * its name; an office held for a place names no person. */
static void
test_extractor_sentence_start_and_offices (void)
{
  g_autoptr(GPtrArray) entities = extract ("The chip designer listed its stock last year. Shares of Arm Holdings, "
                                           "majority-owned by SoftBank Group, jumped 10% in New York.\n"
                                           "Interrogé par Sud Ouest, le maire de Langon, Jérôme Guillem, a dénoncé "
                                           "des années de retard. The Mayor of London Sadiq Khan agreed.\n");

  g_assert_nonnull (find_entity (entities, "Arm Holdings", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Shares of Arm Holdings", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "de Langon", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Langon", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Jérôme Guillem", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Sadiq Khan", LECTERN_ENTITY_PERSON));
}

/* A club written without its "FC" is the club; the same first name in a
 * person's full name stays a person's. */
static void
test_extractor_club_names (void)
{
  g_autoptr(GPtrArray) club = extract ("In the Premier League, Liverpool drew with Crystal Palace, while the FA "
                                       "charged Chelsea over crowd trouble.\n");
  g_autoptr(GPtrArray) person = extract ("Chelsea Clinton spoke on Tuesday. Later, Chelsea said she was happy.\n");

  g_assert_nonnull (find_entity (club, "Chelsea", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (club, "Chelsea", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (person, "Chelsea Clinton", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (person, "Chelsea", LECTERN_ENTITY_ORGANIZATION));
}

/* French names of American bodies, and the hyphenated White House. */
static void
test_extractor_french_names_of_bodies (void)
{
  g_autoptr(GPtrArray) entities = extract ("La Maison-Blanche a annoncé lundi de nouvelles sanctions. À Washington, "
                                           "la Chambre des représentants bloque toujours le texte, et le Congrès "
                                           "américain reste divisé.\n");

  g_assert_nonnull (find_entity (entities, "Maison-Blanche", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Chambre des représentants", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Congrès américain", LECTERN_ENTITY_ORGANIZATION));
}

/* A listed newspaper after a French contraction ("au Parisien", "du
 * Figaro") is the newspaper, even beside its city; "Coupe du Monde" and
 * "les coins du Monde" name no newspaper. */
static void
test_extractor_newspapers_after_contractions (void)
{
  g_autoptr(GPtrArray) entities = extract ("La cour d'assises spéciale de Paris a rendu son verdict. Dans un "
                                           "entretien au Parisien, le procureur François Molins estime que la "
                                           "justice a tenu. Il a confié au Figaro que tout va bien.\n");
  g_autoptr(GPtrArray) world = extract ("La Coupe du Monde commence demain. Dans tous les coins du Monde, "
                                        "on joue.\n");

  g_assert_nonnull (find_entity (entities, "Parisien", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Figaro", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (world, "Monde", LECTERN_ENTITY_ORGANIZATION));
}

/* A listed name with a comma in it is one organization. */
static void
test_extractor_listed_name_with_comma (void)
{
  g_autoptr(GPtrArray) entities = extract ("Local MP Kevin Hollinrake said he had written to the Department for "
                                           "Environment, Food and Rural Affairs asking for emergency funding.\n");

  g_assert_nonnull (find_entity (entities, "Department for Environment, Food and Rural Affairs",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Food and Rural Affairs", LECTERN_ENTITY_ORGANIZATION));
}

/* An acronym that starts a longer name ("UC Berkeley") is no acronym of
 * another organization with its initials ("University of Chicago"). */
static void
test_extractor_acronym_starting_a_name (void)
{
  g_autoptr(GPtrArray) entities = extract ("He taught at the University of California, Berkeley, for years. He "
                                           "joined UC Berkeley in 1971. He got a doctorate from the University "
                                           "of Chicago in 2000.\n");
  LecternEntity *chicago = find_entity (entities, "University of Chicago", LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (chicago);
  g_assert_cmpuint (chicago->forms->len, ==, 1);
  g_assert_nonnull (find_entity (entities, "University of California, Berkeley", LECTERN_ENTITY_ORGANIZATION));
}

/* Kings, queens and popes keep their numeral; rockets are no people. */
static void
test_extractor_regnal_names (void)
{
  g_autoptr(GPtrArray) entities = extract ("Au lendemain du séisme, le roi Mohammed VI a décrété trois jours de "
                                           "deuil. Le pape Benoît XVI avait renoncé en 2013. Queen Elizabeth II "
                                           "died in 2022. During World War II, I stayed home.\n");
  g_autoptr(GPtrArray) rockets = extract ("The satellite was launched on a Delta IV rocket. Une fusée Titan III "
                                          "a décollé.\n");

  g_assert_nonnull (find_entity (entities, "Mohammed VI", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Benoît XVI", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Elizabeth II", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "War II", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (rockets, "Delta IV", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (rockets, "Titan III", LECTERN_ENTITY_PERSON));
}

/* A listed French ministry with a country's adjective after its head word
 * is that country's ministry, whole, and not the French one, which the
 * list gives the same number as "ministère de la Défense". */
static void
test_extractor_ministry_of_country (void)
{
  g_autoptr(GPtrArray) entities = extract ("Le ministère marocain de l'Intérieur a annoncé un bilan. Selon le "
                                           "ministère chinois des Affaires étrangères, rien ne change. Le "
                                           "ministère russe de la Défense a démenti, et le ministère des Armées "
                                           "n'a pas commenté.\n");
  LecternEntity *russia = find_entity (entities, "ministère russe de la Défense", LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (find_entity (entities, "ministère marocain de l'Intérieur", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "ministère chinois des Affaires étrangères", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (russia);
  g_assert_cmpuint (russia->forms->len, ==, 1);
  g_assert_nonnull (find_entity (entities, "ministère des Armées", LECTERN_ENTITY_ORGANIZATION));
}

/* Agencies named after their country are listed as organizations. */
static void
test_extractor_agencies_named_after_countries (void)
{
  g_autoptr(GPtrArray) entities = extract ("The Red Cross opened a reception centre in Kamloops, and Environment "
                                           "Canada warned of strong winds. The Reserve Bank of Australia held "
                                           "rates.\n");

  g_assert_nonnull (find_entity (entities, "Environment Canada", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Reserve Bank of Australia", LECTERN_ENTITY_ORGANIZATION));
}

/* A minister's portfolio is no organization and no person; a body with a
 * head word after "Secretary of" is one. */
static void
test_extractor_portfolios (void)
{
  g_autoptr(GPtrArray) entities = extract ("Le ministre de l'Économie, Bruno Le Maire, a présenté le budget. The "
                                           "Secretary of State met the Minister of Finance. James W. Hoyt, "
                                           "Secretary of the New Jersey Department of Public Safety, telegraphed "
                                           "for help.\n");

  g_assert_nonnull (find_entity (entities, "Bruno Le Maire", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Économie", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "State", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Finance", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "New Jersey Department of Public Safety", LECTERN_ENTITY_ORGANIZATION));
}

/* The name beside a plural noun of armed members names a group, not a
 * person; supporters stay the person's. */
static void
test_extractor_group_organizations (void)
{
  g_autoptr(GPtrArray) entities = extract ("Fighting between the army and Seleka rebels resumed on Tuesday.\n"
                                           "The Mungiki militants attacked a bus, police said.\n"
                                           "Hier, les combattants du Nawabi ont quitté la ville.\n"
                                           "Thousands of Donald Trump supporters marched.\n");

  g_assert_nonnull (find_entity (entities, "Seleka", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Mungiki", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Nawabi", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Donald Trump", LECTERN_ENTITY_PERSON));
}

/* A short line whose function words are all French is French in an
 * English story: its organization keeps its words in lower case. */
static void
test_extractor_short_line_language (void)
{
  g_autoptr(GPtrArray) entities = extract (
    "The election results came in late on Sunday night, and the campaign teams waited for the final count.\n"
    "Le Parti socialiste a gagné.\n"
    "The opposition said it would contest the outcome in court, according to a statement released on Monday.\n");

  g_assert_nonnull (find_entity (entities, "Parti socialiste", LECTERN_ENTITY_ORGANIZATION));
}

/* The capitalized words before a company role that a person follows
 * name the company; a place, a nationality or a modifier do not. */
static void
test_extractor_organization_before_role (void)
{
  g_autoptr(GPtrArray) entities = extract ("SoftBank CEO Masayoshi Son has told the board he wants a profit.\n"
                                           "On Monday, Vice President Kamala Harris and French President "
                                           "Emmanuel Macron met Apple CEO Tim Cook.\n");

  g_assert_nonnull (find_entity (entities, "SoftBank", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "SoftBank CEO", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Masayoshi Son", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Apple", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Tim Cook", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Vice", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "French", LECTERN_ENTITY_ORGANIZATION));
}

/* A dash between two full names parts two people. */
static void
test_extractor_dash_between_people (void)
{
  g_autoptr(GPtrArray) entities = extract ("Le programme : Victor Hugo - Richard Wagner, puis Jean-Pierre Léaud.\n");

  g_assert_nonnull (find_entity (entities, "Victor Hugo", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Richard Wagner", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Jean-Pierre Léaud", LECTERN_ENTITY_PERSON));
}

/* An ordinal numbers a unit and is part of its name. */
static void
test_extractor_ordinal_unit (void)
{
  g_autoptr(GPtrArray) entities = extract ("The 65th Air Division was moved to Spain.\n"
                                           "The 1st Cavalry Division arrived.\n");

  g_assert_nonnull (find_entity (entities, "65th Air Division", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "1st Cavalry Division", LECTERN_ENTITY_ORGANIZATION));
}

/* A long line of ranks and names is no headline: its names count. */
static void
test_extractor_long_capital_line (void)
{
  g_autoptr(GPtrArray) entities = extract (
    "Commanders. Colonel Jesse Auton, 10 April 1943; Brigadier General Ross G. Hoyt, 4 June 1943; "
    "Brigadier General Jesse Auton, 6 September 1943; Colonel Meredith H. Shade, 10 October 1952; "
    "Colonel John A. Corder, 1 July 1955.\n");

  g_assert_nonnull (find_entity (entities, "Ross G. Hoyt", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Meredith H. Shade", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "John A. Corder", LECTERN_ENTITY_PERSON));
}

/* A word alone listed among organizations is one of them. */
static void
test_extractor_listed_with_organizations (void)
{
  g_autoptr(GPtrArray) entities = extract ("Search engines including Google, Bing and Yahoo! showed it.\n"
                                           "Bing Crosby sang.\n");
  g_autoptr(GPtrArray) alone = extract ("Search engines including Google, Bing and Yahoo! showed it.\n");

  g_assert_nonnull (find_entity (alone, "Bing", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (alone, "Bing", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Bing Crosby", LECTERN_ENTITY_PERSON));
}

/* A first name alone that every mention places is a place ("flew to
 * Santiago", "Egypt and Jordan"); a person of that name is kept. */
static void
test_extractor_lone_places (void)
{
  g_autoptr(GPtrArray) places = extract ("The delegates flew to Santiago on Monday.\n"
                                         "Egypt and Jordan criticised the decision.\n");
  g_autoptr(GPtrArray) people = extract ("Juan Santiago said the talks would go on.\n"
                                         "Michael Jordan scored.\nIn Santiago, the mayor waited.\n");

  g_assert_null (find_entity (places, "Santiago", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (places, "Jordan", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (people, "Juan Santiago", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (people, "Michael Jordan", LECTERN_ENTITY_PERSON));
}

/* A listed organization whose name ends like a nationality
 * ("Comédie-Française") is not dropped as one. */
static void
test_extractor_listed_demonym_ending (void)
{
  g_autoptr(GPtrArray) entities = extract ("Hier, la Comédie-Française a annoncé sa saison.\n"
                                           "Le Palestinien a quitté la salle.\n");

  g_assert_nonnull (find_entity (entities, "Comédie-Française", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Palestinien", LECTERN_ENTITY_ORGANIZATION));
}

/* The speaker named after a quotation is a person even when the tagger
 * knows neither name; an organization there, or common words, are not. */
static void
test_extractor_speaker_after_verb (void)
{
  g_autoptr(GPtrArray) fr = extract ("« C'est inacceptable », a déclaré António Guterres.\n");
  g_autoptr(GPtrArray) en = extract ("\"We are ready,\" said Tedros Adhanom Ghebreyesus on Monday.\n"
                                     "\"Prices will fall,\" said Kotak Institutional Equities.\n"
                                     "\"It is over,\" said Human Rights Watch.\n");

  g_assert_nonnull (find_entity (fr, "António Guterres", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (en, "Tedros Adhanom Ghebreyesus", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (en, "Kotak Institutional Equities", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (en, "Human Rights Watch", LECTERN_ENTITY_ORGANIZATION));
}

/* A sentence's first word is capitalized anyway, so an article there is
 * not a name's, nor an elided one, unless the list writes the name with
 * it. */
static void
test_extractor_listed_article (void)
{
  g_autoptr(GPtrArray) entities = extract ("Le Point a publié un communiqué mardi.\n"
                                           "The Guardian said the talks had failed.\n"
                                           "Mardi, un article de L'Express a été lu à la presse.\n");

  g_assert_nonnull (find_entity (entities, "Le Point", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "The Guardian", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "L'Express", LECTERN_ENTITY_ORGANIZATION));
}

/* Ministries are organizations (GUIDELINES.md), and French writes their
 * head word in lower case: a listed name counts from it. */
static void
test_extractor_lower_case_ministry (void)
{
  const char *text = "Une enquête a été ouverte, a indiqué le ministère de l'Intérieur dans un communiqué. "
                     "La décision a été contestée par le ministère de la Justice.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  g_assert_nonnull (find_entity (entities, "ministère de l'Intérieur", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "ministère de la Justice", LECTERN_ENTITY_ORGANIZATION));
}

/* Other listed names that French writes from a word in lower case: a head
 * word ("groupe Wagner", no person Wagner), or a capital inside the first
 * word ("al-Qaïda", "eBay"). */
static void
test_extractor_lower_case_listed (void)
{
  g_autoptr(GPtrArray) entities = extract ("Les combattants du groupe Wagner ont quitté la ville. "
                                           "Un attentat a été revendiqué par al-Qaïda, selon le réseau Haqqani. "
                                           "Il a vendu ses livres sur eBay.\n");

  g_assert_nonnull (find_entity (entities, "groupe Wagner", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Wagner", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "réseau Haqqani", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "al-Qaïda", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "eBay", LECTERN_ENTITY_ORGANIZATION));
}

/* A sentence made almost only of names is no headline in Title Case:
 * capitals on a name's words up to its head word, or on a listed name,
 * do not count as common words in capitals. A headline keeps its mute. */
static void
test_extractor_sentence_of_names (void)
{
  const char *text = "Surprise Resignations Threaten New Governor Elections\n"
                     "Brazil's Workers' Party and Mexico's Institutional Revolutionary Party met delegates "
                     "of the African National Congress, the Democratic Alliance, the Economic Freedom "
                     "Fighters and the Inkatha Freedom Party.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  g_assert_nonnull (find_entity (entities, "Institutional Revolutionary Party", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "African National Congress", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Economic Freedom Fighters", LECTERN_ENTITY_ORGANIZATION));
  for (guint i = 0; i < entities->len; i++)
    g_assert_null (strstr (((LecternEntity *) g_ptr_array_index (entities, i))->name, "Resignations"));
}

/* OCR writes an elision apart ("d ' Orléans"): it joins the name around
 * it, and a name never ends on its letter. */
static void
test_extractor_elision_apart (void)
{
  const char *text = "La convention fut signée entre l ' Etat et la Compagnie d ' Orléans pour le rachat des lignes.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  g_assert_nonnull (find_entity (entities, "Compagnie d ' Orléans", LECTERN_ENTITY_ORGANIZATION));
  for (guint i = 0; i < entities->len; i++)
    {
      const char *name = ((LecternEntity *) g_ptr_array_index (entities, i))->name;

      g_assert_false (g_str_has_suffix (name, " d"));
      g_assert_false (g_str_has_suffix (name, "'"));
    }
}

/* After a title's "of", the words before a first name finish the role
 * ("Secretary of State Antony Blinken"); a line dense with such roles is
 * no headline in Title Case. */
static void
test_extractor_role_of (void)
{
  const char *text = "Speaking to reporters, Secretary of State Antony Blinken said NATO allies agreed. "
                     "Minister of Home Affairs Amit Shah and Secretary of Homeland Security Kristi Noem "
                     "met the Minister of Defence Peter Dutton.\n";
  g_autoptr(GPtrArray) entities = extract (text);

  g_assert_nonnull (find_entity (entities, "Antony Blinken", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Kristi Noem", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Peter Dutton", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "State Antony Blinken", LECTERN_ENTITY_PERSON));
}

/* A place that is also a first name, after "de" or "of", labels the
 * person who follows ("la maire de Paris Anne Hidalgo"). */
static void
test_extractor_place_label (void)
{
  g_autoptr(GPtrArray) entities = extract ("Le ministre a réagi, tout comme la maire de Paris Anne Hidalgo.\n");

  g_assert_nonnull (find_entity (entities, "Anne Hidalgo", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Paris Anne Hidalgo", LECTERN_ENTITY_PERSON));
}

/* A title in lower case that is also an organization's head word
 * ("ministre") names a person, and the first name the tagger left out
 * between it and the surname belongs to the person. */
static void
test_extractor_first_name_after_title (void)
{
  g_autoptr(GPtrArray) entities = extract ("L'ancien Premier ministre Édouard Philippe a réagi.\n");

  g_assert_nonnull (find_entity (entities, "Édouard Philippe", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Édouard", LECTERN_ENTITY_ORGANIZATION));
}

/* English names do not end in lower case, but French ones quoted in
 * English do: a listed name with a French function word stays whole. */
static void
test_extractor_french_name_in_english (void)
{
  g_autoptr(GPtrArray) entities = extract ("A spokesman for France terre d'asile said on Monday that the talks "
                                           "had failed. The interview ran in Le Journal du dimanche on Sunday.\n");

  g_assert_nonnull (find_entity (entities, "France terre d'asile", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Le Journal du dimanche", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Le Journal", LECTERN_ENTITY_ORGANIZATION));
}

/* Mention offsets are code points, counted on from one mention to the
 * next: they must hold across 4 KiB blocks of accented text. */
static void
test_extractor_far_offsets (void)
{
  const char *sentence = "Élise Dupont a parlé à l’ONU à Genève, où Amnesty International était présente. ";
  GString *text = g_string_new (NULL);
  g_autoptr(GPtrArray) entities = NULL;
  guint checked = 0;

  while (text->len < 20000)
    g_string_append (text, sentence);
  entities = extract (text->str);
  g_assert_nonnull (find_entity (entities, "Élise Dupont", LECTERN_ENTITY_PERSON));
  for (guint i = 0; i < entities->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (entities, i);

      for (guint m = 0; m < entity->mentions->len; m++)
        {
          LecternSpan *span = &g_array_index (entity->mentions, LecternSpan, m);
          const char *a = g_utf8_offset_to_pointer (text->str, span->start);
          const char *b = g_utf8_offset_to_pointer (text->str, span->end);
          g_autofree char *written = g_strndup (a, (gsize) (b - a));

          g_assert_true (has_form (entity, written));
          checked++;
        }
    }
  g_assert_cmpuint (checked, >, 3 * (20000 / strlen (sentence)));
  g_string_free (text, TRUE);
}

static void
test_model_invalid (void)
{
  g_autofree char *path = model_path ();
  g_autofree char *contents = NULL;
  g_autofree char *copy = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, &error));
  g_assert_cmpuint (length, >, sizeof (LecternNerHeader) + 1000);

  assert_model_rejected ("", 0, "empty");
  assert_model_rejected (contents, 40, "truncated header");
  assert_model_rejected (contents, length / 2, "truncated");
  assert_model_rejected (contents, length - 1, "one byte short");

  copy = g_memdup2 (contents, length);
  copy[0] = 'X';
  assert_model_rejected (copy, length, "wrong magic");

  memcpy (copy, contents, length);
  copy[length / 2] ^= 0x40;
  assert_model_rejected (copy, length, "bad checksum");

  memcpy (copy, contents, length);
  copy[8] = 99;
  assert_model_rejected (copy, length, "wrong version");

  /* A model of format 2 (int16 weights apart from their keys) is refused
   * with a clear reason, not read as format 3. */
  memcpy (copy, contents, length);
  copy[8] = 2;
  assert_model_rejected_because (copy, length, "unsupported model version");

  /* Crafted files with a valid checksum: the structural checks hold. */
  {
    LecternNerHeader h;
    gsize entries = sizeof h + ((sizeof (float) * (LECTERN_N_TAGS + 1) * LECTERN_N_TAGS + 15) & ~(gsize) 15);
    LecternNerEntry e;
    guint32 used = G_MAXUINT32, empty = G_MAXUINT32;

    memcpy (&h, contents, sizeof h);
    for (guint32 i = 0; i < h.n_slots && (used == G_MAXUINT32 || empty == G_MAXUINT32); i++)
      {
        memcpy (&e, contents + entries + i * sizeof e, sizeof e);
        if (e.key != 0 && used == G_MAXUINT32)
          used = i;
        if (e.key == 0 && empty == G_MAXUINT32)
          empty = i;
      }
    g_assert_cmpuint (used, !=, G_MAXUINT32);
    g_assert_cmpuint (empty, !=, G_MAXUINT32);

    memcpy (copy, contents, length);
    copy[entries + used * sizeof e + G_STRUCT_OFFSET (LecternNerEntry, pad)] = 1;
    assert_model_rejected_because (reseal (copy, length), length, "corrupt feature table");

    memcpy (copy, contents, length);
    copy[entries + empty * sizeof e] = 5;
    assert_model_rejected_because (reseal (copy, length), length, "corrupt feature table");

    /* One key fewer than the header counts. */
    memcpy (copy, contents, length);
    memset (copy + entries + used * sizeof e, 0, sizeof e);
    assert_model_rejected_because (reseal (copy, length), length, "corrupt feature table (count)");

    memcpy (copy, contents, length);
    h.scales[3] = 0.0f;
    memcpy (copy, &h, sizeof h);
    assert_model_rejected_because (reseal (copy, length), length, "weight scales");
  }

  g_free (copy);
  copy = g_malloc (length + 8);
  memcpy (copy, contents, length);
  memset (copy + length, 0, 8);
  assert_model_rejected (copy, length + 8, "trailing data");

  assert_model_rejected ("Sam Altman a rejoint Microsoft", 30, "text file");

  {
    g_autoptr(LecternExtractor) missing = lectern_extractor_new ("/nonexistent/entities.model", &error);

    g_assert_null (missing);
    g_assert_error (error, LECTERN_EXTRACTOR_ERROR, LECTERN_EXTRACTOR_ERROR_MODEL);
  }
}

/* ---- the tokenizer ---- */

static char *
tokens_of (const char *text)
{
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (LecternToken));
  GString *out = g_string_new (NULL);

  lectern_tokenize (text, strlen (text), tokens);
  for (guint i = 0; i < tokens->len; i++)
    {
      LecternToken *t = &g_array_index (tokens, LecternToken, i);
      g_autofree char *by_cp = lectern_utf8_substring (text, t->cp_start, t->cp_start + t->cp_len);

      /* Byte and code-point offsets agree. */
      g_assert_cmpint (strncmp (by_cp, text + t->byte_start, t->byte_len), ==, 0);
      g_assert_cmpuint (strlen (by_cp), ==, t->byte_len);
      if (i > 0)
        g_string_append_c (out, (t->flags & LECTERN_TOKEN_SENTENCE_START) ? '|' : ' ');
      g_string_append (out, by_cp);
    }

  return g_string_free (out, FALSE);
}

static void
test_tokenizer (void)
{
  const struct
  {
    const char *text;
    const char *tokens;
  } cases[] = {
    { "l'ONU et d’OpenAI", "l' ONU et d’ OpenAI" },
    { "qu'aujourd'hui", "qu' aujourd'hui" },
    { "Microsoft's board", "Microsoft 's board" },
    { "Altman’s plan.", "Altman ’s plan ." },
    { "M. Altman et Mme Dupont", "M. Altman et Mme Dupont" },
    { "M.Houdré", "M. Houdré" },
    { "the U.S. and the U.K. agreed", "the U.S. and the U.K. agreed" },
    { "set up Lumut Pte Ltd. Some paid", "set up Lumut Pte Ltd.|Some paid" },
    { "left the U.S. The move", "left the U.S.|The move" },
    { "Dr. The Rev. Smith", "Dr. The Rev. Smith" },
    { "Jean-Pierre Saint-Germain-des-Prés", "Jean-Pierre Saint-Germain-des-Prés" },
    { "« Bonjour », dit-il.", "« Bonjour » , dit-il ." },
    { "Il part. Elle reste! Et lui? Non...", "Il part .|Elle reste !|Et lui ?|Non ..." },
    { "Titre\nTexte suivant", "Titre|Texte suivant" },
    { "1,000.50 dollars à 7h44", "1,000.50 dollars à 7h44" },
    { "see example.com now", "see example.com now" },
    { "N'Guessan n'a pas", "N'Guessan n' a pas" },
    { "Armel Le Cléac´h", "Armel Le Cléac´h" },
    { "(ex-Twitter)", "( ex-Twitter )" },
    { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = tokens_of (cases[i].text);

      g_assert_cmpstr (got, ==, cases[i].tokens);
    }
}

static void
test_tokenizer_offsets (void)
{
  const char *text = "Éric Zemmour’s « Reconquête » — l'ONU\xe2\x80\xa8🙂 Sam";
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (LecternToken));
  LecternToken *last;

  lectern_tokenize (text, strlen (text), tokens);
  last = &g_array_index (tokens, LecternToken, tokens->len - 1);
  g_assert_cmpuint (last->cp_start, ==, g_utf8_strlen (text, -1) - 3);
  g_assert_cmpuint (last->cp_len, ==, 3);
  /* U+2028 breaks the line before the emoji. */
  g_assert_true (g_array_index (tokens, LecternToken, tokens->len - 2).flags & LECTERN_TOKEN_LINE_START);
  g_assert_false (last->flags & LECTERN_TOKEN_LINE_START);
}

/* A dateline's dash starts a clause: its "The" is no part of a name,
 * unless the list has it so. */
static void
test_extractor_article_after_dateline (void)
{
  g_autoptr(GPtrArray) entities = extract ("BRUSSELS \xe2\x80\x94 The European Commission opened formal proceedings "
                                           "on Monday against two companies.\n\n"
                                           "LONDON \xe2\x80\x94 The Guardian reported the story first.\n");

  g_assert_nonnull (find_entity (entities, "European Commission", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "The European Commission", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "The Guardian", LECTERN_ENTITY_ORGANIZATION));
}

/* A French name's complement in lower case, then the clause's verb: the
 * complement is part of the name. */
static void
test_extractor_french_complement_before_verb (void)
{
  g_autoptr(GPtrArray) entities = extract ("Le Conseil supérieur de l'éducation avait rejeté le projet en mars.\n"
                                           "Le Haut Conseil de la santé publique a publié un avis mardi.\n");

  g_assert_nonnull (find_entity (entities, "Conseil supérieur de l'éducation", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Conseil supérieur", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Haut Conseil de la santé publique", LECTERN_ENTITY_ORGANIZATION));
}

/* Places the lists do not know, told by the words around them: a town
 * that every mention places, a name after a place word or an airport,
 * a place after its mayor. */
static void
test_extractor_places_by_context (void)
{
  g_autoptr(GPtrArray) english = extract ("Hundreds of trucks were stuck at the Rafah crossing on Sunday.\n"
                                          "The army said it would push into Rafah with or without a deal.\n");
  g_autoptr(GPtrArray) french = extract ("Le maire de Wood Buffalo, Sandy Bowman, a appelé au calme. La "
                                         "Croix-Rouge a ouvert un centre à Lac La Biche. L'aéroport de La "
                                         "Tontouta reste fermé. Le maire de Paris Anne Hidalgo a parlé.\n");

  g_assert_null (find_entity (english, "Rafah", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (english, "Rafah", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Sandy Bowman", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "Anne Hidalgo", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (french, "Wood Buffalo", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (french, "La Biche", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "La Tontouta", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "La Tontouta", LECTERN_ENTITY_PERSON));
}

/* A listed name alone at a sentence's start, before an English verb in
 * the past, is the organization. */
static void
test_extractor_listed_name_before_past_verb (void)
{
  g_autoptr(GPtrArray) entities = extract ("Families of hostages rallied outside the Knesset. Hezbollah fired "
                                           "rockets at northern Israel overnight, the military said.\n");

  g_assert_nonnull (find_entity (entities, "Hezbollah", LECTERN_ENTITY_ORGANIZATION));
}

/* Two capitalized words the tagger left out after a title in lower case
 * hold the title. */
static void
test_extractor_holder_of_title (void)
{
  g_autoptr(GPtrArray) entities = extract ("The European Commission opened proceedings on Monday, its executive "
                                           "vice-president Margrethe Vestager said.\n");

  g_assert_nonnull (find_entity (entities, "Margrethe Vestager", LECTERN_ENTITY_PERSON));
}

/* "Bros." abbreviates and ends no sentence; a tagger's span that ends
 * on a preposition goes on to the place after it; two listed names
 * joined by "et" stay two. */
static void
test_extractor_names_across_small_words (void)
{
  g_autoptr(GPtrArray) english = extract ("Warner Bros. Discovery and Paramount cut jobs, the studios said.\n");
  g_autoptr(GPtrArray) french = extract ("Le Congrès de la Nouvelle-Calédonie n'a pas pu se réunir. Le "
                                         "gouvernement devrait renégocier les contrats signés avec BP et "
                                         "Kosmos Energy.\n");

  g_assert_nonnull (find_entity (english, "Warner Bros. Discovery", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Congrès de la Nouvelle-Calédonie", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "BP", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Kosmos Energy", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "BP et Kosmos Energy", LECTERN_ENTITY_ORGANIZATION));
}

/* Listed names the tagger left out: at a sentence's start before a word,
 * a club without its "FC"; not in a heading. Storms are no people. */
static void
test_extractor_clubs_storms_and_sentence_starts (void)
{
  g_autoptr(GPtrArray) english = extract ("Arsenal moved to the top of the table on Sunday. Hurricane Ian hit "
                                          "Florida, and Storm Ciaran battered Brittany.\n");
  g_autoptr(GPtrArray) french = extract ("La tempête Ciaran a balayé la Bretagne. Groupama et le Crédit "
                                         "agricole ont annoncé des mesures.\n\nBIBLIOTHÈQUES Arsenal. — Tous "
                                         "les jours. Sorbonne. — Le jeudi.\n");

  g_assert_nonnull (find_entity (english, "Arsenal", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (english, "Ian", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (english, "Hurricane Ian", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (english, "Ciaran", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (english, "Storm Ciaran", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (french, "Ciaran", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "Groupama", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "Arsenal", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "Sorbonne", LECTERN_ENTITY_ORGANIZATION));
}

/* Names told by the words before or after them: a French organization
 * noun before a name the tagger took for a person (not a government named
 * after its head), an apposition that ends with a head word, a listed body
 * and the country of its branch. */
static void
test_extractor_organizations_by_their_nouns (void)
{
  g_autoptr(GPtrArray) french = extract ("L'opposition, rassemblée autour de la coalition Benno Bokk Yakaar, a "
                                         "reconnu sa défaite. Le gouvernement Ayrault vient de décider une "
                                         "réforme. Trois morts lors d'une festivité de Halloween, a indiqué un "
                                         "porte-parole de la police.\n");
  g_autoptr(GPtrArray) english = extract ("Zentrova, the country's largest telecoms company, denied reports that "
                                          "it had slowed the internet. Amnesty International Kenya and the Law "
                                          "Society of Kenya condemned the use of live bullets.\n");

  g_assert_nonnull (find_entity (french, "Benno Bokk Yakaar", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "Benno Bokk Yakaar", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (french, "Ayrault", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "Halloween", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Zentrova", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Amnesty International Kenya", LECTERN_ENTITY_ORGANIZATION));
}

/* A headline's verb is no part of a name; "de" before a first name is no
 * particle of the surname. */
static void
test_extractor_headline_verbs_and_particles (void)
{
  g_autoptr(GPtrArray) entities = extract ("Belgique : le gouvernement De Croo démissionne\n\n"
                                           "À Bruxelles, le MR de Georges-Louis Bouchez devance le PS de Paul "
                                           "Magnette.\n");

  g_assert_null (find_entity (entities, "De Croo démissionne", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Georges-Louis Bouchez", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "de Georges-Louis Bouchez", LECTERN_ENTITY_PERSON));
}

/* Towns of the place list are no people; people who share a town's name
 * with a corpus person, or whom a title names, stay people. */
static void
test_extractor_towns (void)
{
  g_autoptr(GPtrArray) french = extract ("Le constructeur supprime des postes dans ses usines de Rambouillet et "
                                         "Mulhouse, invoquant le ralentissement du marché.\n");
  g_autoptr(GPtrArray) english = extract ("The president spoke on Monday. Obama said the deal was fair.\n");
  g_autoptr(GPtrArray) titled = extract ("Quand les libéraux ont le dessus, lord Beaconsfield et M. Frère Orban "
                                         "protestent.\n");

  g_assert_null (find_entity (french, "Mulhouse", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (french, "Rambouillet", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (english, "Obama", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (titled, "Beaconsfield", LECTERN_ENTITY_PERSON));
}

/* A dateline in capitals names a place; a word that ends company names
 * makes a company; a listed union and its branch in one word are the
 * branch. */
static void
test_extractor_datelines_companies_branches (void)
{
  g_autoptr(GPtrArray) english = extract ("BORGO EGNAZIA, Italy \xe2\x80\x94 Leaders of the Group of Seven agreed on "
                                          "Thursday.\n\nNASA \xe2\x80\x94 The agency said on Monday that Zorvex "
                                          "Pharma and the Sackler family agreed to pay. The company will be renamed "
                                          "Knoa Pharma and run by a board.\n");
  g_autoptr(GPtrArray) french = extract ("Un représentant de la CGT-Culture a parlé lundi.\n");

  g_assert_null (find_entity (english, "BORGO EGNAZIA", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "NASA", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Zorvex Pharma", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Knoa Pharma", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "CGT-Culture", LECTERN_ENTITY_ORGANIZATION));
}

/* A dateline whose state is abbreviated ("CARSON CITY, Nev. —") names a
 * place too. */
static void
test_extractor_dateline_with_state (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Court rules on texts\n\n"
             "CARSON CITY, Nev. \xe2\x80\x94 Text messages that officials send about public business are public "
             "records, the Nevada Supreme Court ruled on Thursday.\n\n"
             "The ruling takes effect at once, the court said.\n");

  g_assert_null (find_entity (entities, "CARSON CITY", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Nevada Supreme Court", LECTERN_ENTITY_ORGANIZATION));
}

/* A numbered bill and a shortened month are no bodies, nor is a day in
 * the plural part of one; a company's legal form in brackets ("(Pty)
 * Ltd") is part of its name. */
static void
test_extractor_bills_dates_and_bracketed_forms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Vote.\n\n"
             "The scandal behind House Bill 6 cost the speaker his seat. The winner will take office Sept. 1, weeks "
             "before the festival brings thousands of visitors to the town. The plan would close the Rockford "
             "Public Library on Sundays.\n\n"
             "The consortium paid R250 million for a controlling interest in Lions Rugby Company (Pty) Ltd, the "
             "commercial arm that runs the franchise, the union said on Monday.\n\n"
             "The count starts at eight.\n");

  g_assert_null (find_entity (entities, "House Bill", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Sept.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Lions Rugby Company (Pty) Ltd", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Pty", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Rockford Public Library", LECTERN_ENTITY_ORGANIZATION));
}

/* A French body's complement in lower case after its head word alone;
 * a body named after another, with a head word of its own, stays apart
 * from it. */
static void
test_extractor_lower_complements_and_bodies_of_bodies (void)
{
  g_autoptr(GPtrArray) french =
    extract ("Marché.\n\n"
             "Le Conseil de la concurrence, présidé par Ahmed Rahhou, avait lui-même recommandé en 2024 l'entrée "
             "d'un nouvel acteur sur le marché.\n\n"
             "La décision est attendue en juin prochain.\n");
  g_autoptr(GPtrArray) english =
    extract ("Cuts.\n\n"
             "Calderwood University is to cut 300 jobs, its principal said on Monday. The Calderwood University "
             "Students' Association called the plan a betrayal of the students who pay for it. The Calderwood "
             "University Students' Association will meet again. Professor Grant, who joined Calderwood from the "
             "University of Stirling in 2022, said jobs would go.\n\n"
             "The union will ballot its members next month.\n");

  g_assert_nonnull (find_entity (french, "Conseil de la concurrence", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "Conseil", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Calderwood University", LECTERN_ENTITY_ORGANIZATION));
  g_assert_true (has_form (find_entity (english, "Calderwood University", LECTERN_ENTITY_ORGANIZATION), "Calderwood"));
  g_assert_nonnull (find_entity (english, "Calderwood University Students' Association", LECTERN_ENTITY_ORGANIZATION));
}

/* A byline or a photo credit in capitals is no headline: its people are
 * the story's; a paper named only there is not. A paragraph that opens
 * with "By" keeps its bodies. */
static void
test_extractor_bylines_in_capitals (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Council goes bust\n\n"
             "By Helen Marsh, Local Democracy Reporting Service\n\n"
             "The council said on Monday that it could no longer balance its budget and would stop all spending "
             "that is not essential for the rest of the year.\n\n"
             "By Friday, Vodafone had cut the council's phone lines over unpaid bills, a spokesman said.\n\n"
             "Photo Le Courrier / Yannick Tanguy\n\n"
             "The leader of the council, Derek Lincoln, said he was sorry for what had happened.\n");

  g_assert_nonnull (find_entity (entities, "Helen Marsh", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Yannick Tanguy", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Local Democracy Reporting Service", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Vodafone", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Derek Lincoln", LECTERN_ENTITY_PERSON));
}

/* A company's legal form ends its name before "of" and its seat; a law's
 * name cut before its "Act" is no body. */
static void
test_extractor_seats_and_acts (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Council.\n\n"
             "The city signed a contract with SoundThinking Inc. of Fremont, Calif., for the gunshot sensors. "
             "Reporters asked for the texts under the Nevada Public Records Act last year.\n\n"
             "The council votes again on Tuesday.\n");

  g_assert_nonnull (find_entity (entities, "SoundThinking Inc.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "SoundThinking Inc. of Fremont", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Fremont", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Nevada Public Records", LECTERN_ENTITY_ORGANIZATION));
}

/* "PT" before an Indonesian company's name; a trade that ends a firm's
 * name ("Nickel"); a French court "de la" its département. */
static void
test_extractor_indonesian_firms_and_courts (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Nickel.\n\n"
             "Smelters run by PT Sulawesi Prima Nikel and Harita Nickel would have to find buyers at home, the "
             "ministry said on Monday.\n\n"
             "The ban starts in January.\n");
  g_autoptr(GPtrArray) french =
    extract ("Procès.\n\n"
             "La cour d'assises de la Gironde a condamné l'accusé à vingt-cinq ans de réclusion criminelle, "
             "vendredi soir, après trois jours d'audience.\n\n"
             "Son avocat a annoncé qu'il ferait appel.\n");

  g_assert_nonnull (find_entity (entities, "PT Sulawesi Prima Nikel", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Harita Nickel", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Harita Nickel", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "cour d'assises de la Gironde", LECTERN_ENTITY_ORGANIZATION));
}

/* A minister's last portfolio word is no part of the minister's name;
 * "Hong Kong-based" names nobody; the people's courts and procuracies
 * keep their city and their head word. */
static void
test_extractor_portfolios_based_and_peoples_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Trial.\n\n"
             "Minister for Youth and Sports Jese Saukuru said the Government was watching closely. Pinecrest "
             "Partners, a Hong Kong-based activist fund, sided with the family.\n\n"
             "The Ho Chi Minh City People's Court sentenced her to death. The Hanoi People's Procuracy said "
             "the case would go on for months, a lawyer told reporters.\n\n"
             "The trial resumes on Monday.\n");

  g_assert_nonnull (find_entity (entities, "Jese Saukuru", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Sports Jese Saukuru", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Hong Kong-based", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Ho Chi Minh City People's Court", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Hanoi People's Procuracy", LECTERN_ENTITY_ORGANIZATION));
}

/* The name table knows the savings banks, written without the accent too. */
static void
test_extractor_savings_bank (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Banques.\n\n"
             "La Caisse d'Epargne a prêté dix millions d'euros à la coopérative, selon son directeur, qui a "
             "confirmé l'accord lundi.\n\n"
             "La signature aura lieu en mai.\n");

  g_assert_nonnull (find_entity (entities, "Caisse d'Epargne", LECTERN_ENTITY_ORGANIZATION));
}

/* A word alone that every mention names as a product is no person. */
static void
test_extractor_products (void)
{
  g_autoptr(GPtrArray) english = extract ("The deal will bring the chatbot to the Siri voice assistant. Google, "
                                          "which makes the Gemini model, is a rival. Its fleet of 737 Max jets "
                                          "was grounded.\n");
  g_autoptr(GPtrArray) french = extract ("Le lancement de la fusée Ariane a été reporté. Le modèle Gemini sera "
                                         "disponible en France.\n");

  g_assert_null (find_entity (english, "Siri", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (english, "Gemini", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (english, "Max", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (english, "Google", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "Ariane", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (french, "Gemini", LECTERN_ENTITY_PERSON));
}

/* A name without a head word, "and", capitalized words the tagger left
 * out that end with one: one organization, not a role ("Sondland and
 * Energy Secretary Rick Perry"); a place and a head word at a sentence's
 * start name a body. */
static void
test_extractor_names_over_and (void)
{
  g_autoptr(GPtrArray) entities = extract ("The Scottish Fire and Rescue Service rescued dozens of people by boat. "
                                           "Kent County Council approved the plan. He said that he, Ambassador "
                                           "Gordon Sondland and Energy Secretary Rick Perry met.\n");

  g_assert_nonnull (find_entity (entities, "Scottish Fire and Rescue Service", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Scottish Fire", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Kent County Council", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Sondland and Energy", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Rick Perry", LECTERN_ENTITY_PERSON));
}

/* Tenth round: leaders after "de", words no name holds, nationalities
 * before a name, nouns for companies, French institutions named by a
 * lone head word. */
static void
test_extractor_leaders_and_labels (void)
{
  g_autoptr(GPtrArray) french = extract ("Le parti devra compter sur ses alliés, notamment le Telugu Desam "
                                         "Party de Chandrababu Naidu. L'Uttar Pradesh a largement voté pour le "
                                         "Samajwadi Party d'Akhilesh Yadav. Le prix est revenu à Gaël Faye pour "
                                         "Jacaranda, paru cette année. Le Belge Remco Evenepoel a pris la "
                                         "troisième place, devant le Danois Jonas Vingegaard. Hier, "
                                         "l'Autorité de régulation des transports a rappelé les règles.\n");
  g_autoptr(GPtrArray) english = extract ("Hapag-Lloyd and Mediterranean Shipping Company announced similar "
                                          "measures on Monday. UBS agreed to buy the bank in a deal brokered by "
                                          "the financial regulator FINMA.\n");

  g_assert_nonnull (find_entity (french, "Telugu Desam Party", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Chandrababu Naidu", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "Samajwadi Party", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Akhilesh Yadav", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "Gaël Faye", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "Remco Evenepoel", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "Jonas Vingegaard", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "Autorité de régulation des transports", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Hapag-Lloyd", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Mediterranean Shipping Company", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "FINMA", LECTERN_ENTITY_ORGANIZATION));
}

/* Ships, operations, works and publishers are no people; a speaker whose
 * first name is a place is one. */
static void
test_extractor_works_ships_speakers (void)
{
  g_autoptr(GPtrArray) english = extract ("The destroyer USS Carney shot down several drones. The minister "
                                          "announced a multinational operation, named Operation Prosperity "
                                          "Guardian, to protect shipping. \"This is a very precise test,\" said "
                                          "Andreas Hoecker, spokesperson for the experiment.\n");
  g_autoptr(GPtrArray) french = extract ("Le prix Renaudot est revenu à Gaël Faye pour Jacaranda, paru chez "
                                         "Grasset. Le jury a salué son roman Houris, qui sera traduit "
                                         "en anglais.\n");

  g_assert_null (find_entity (english, "USS Carney", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (english, "Guardian", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Andreas Hoecker", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "Grasset", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "Houris", LECTERN_ENTITY_PERSON));
}

/* French short names in brackets after a long name the tagger cut; towns
 * placed by their region; a minister the tagger took for a body. */
static void
test_extractor_brackets_and_titles (void)
{
  g_autoptr(GPtrArray) french = extract ("L'Autorité de gestion des catastrophes et des situations d'urgence "
                                         "(AFAD) a mobilisé des secouristes. L'Union pour la République et la "
                                         "démocratie (URD) et l'Alliance pour la démocratie au Mali (Adema) "
                                         "ont annoncé un recours. L'ancien Premier ministre Moussa Mara a "
                                         "dénoncé une dérive.\n");
  g_autoptr(GPtrArray) town = extract ("Le Conseil d'État suspend l'arrêté de Villeneuve-Loubet\n\nLe Conseil "
                                       "d'État a suspendu l'arrêté pour les plages de Villeneuve-Loubet "
                                       "(Alpes-Maritimes). Le maire de Villeneuve-Loubet, Lionnel Luca, a "
                                       "dénoncé la décision.\n");
  g_autoptr(GPtrArray) english = extract ("Analysts at Morgan Stanley and Wedbush Securities said sales would "
                                          "be modest in the first year.\n");
  LecternEntity *afad = find_entity (french, "Autorité de gestion des catastrophes et des situations d'urgence",
                                     LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *adema = find_entity (french, "Alliance pour la démocratie au Mali", LECTERN_ENTITY_ORGANIZATION);
  g_autoptr(GPtrArray) fuzzed = NULL;

  g_assert_nonnull (afad);
  g_assert_true (has_form (afad, "AFAD"));
  g_assert_nonnull (adema);
  g_assert_true (has_form (adema, "Adema"));
  /* Found by fuzz-extractor: a long name made before a short name in
   * brackets grew the forms while one was being written (ASan). */
  fuzzed = extract ("L'Organisation dess uniens unies (ONU) et ganisatil\xe2\x80\x99ONU.");
  g_assert_nonnull (fuzzed);
  g_assert_null (find_entity (french, "Adema", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "Moussa Mara", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (town, "Villeneuve-Loubet", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (town, "Lionnel Luca", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (english, "Wedbush Securities", LECTERN_ENTITY_ORGANIZATION));
}

/* Places of several words the tagger took for bodies or people, French
 * surnames with an article, union branches written as words. */
static void
test_extractor_places_and_surnames (void)
{
  g_autoptr(GPtrArray) english = extract ("The Special Court for Sierra Leone, sitting in The Hague, sentenced "
                                          "former Liberian president Charles Taylor to 50 years in prison on "
                                          "Wednesday for aiding rebels during Sierra Leone's civil war.\n");
  g_autoptr(GPtrArray) french = extract ("La présidente du groupe à l'Assemblée nationale a dénoncé une décision "
                                         "politique. L'avocat de Mme Le Pen a annoncé faire appel. "
                                         "L'Unsa-Ferroviaire et la CFDT-Cheminots n'ont pas appelé à la "
                                         "grève.\n");
  LecternEntity *le_pen = find_entity (french, "Le Pen", LECTERN_ENTITY_PERSON);

  g_assert_nonnull (find_entity (english, "Special Court for Sierra Leone", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (english, "The Hague", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (le_pen);
  g_assert_nonnull (find_entity (french, "Unsa-Ferroviaire", LECTERN_ENTITY_ORGANIZATION));
}

/* Buildings are places; a listed name with a possessive inside keeps it. */
static void
test_extractor_buildings_and_possessives (void)
{
  g_autoptr(GPtrArray) entities = extract ("The College of Cardinals will meet in the Sistine Chapel to elect a "
                                           "successor. Analysts at Lloyd's List estimate that twelve percent "
                                           "of world trade passes through the strait.\n");

  g_assert_null (find_entity (entities, "Sistine Chapel", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Lloyd's List", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Lloyd", LECTERN_ENTITY_ORGANIZATION));
}

/* Committees over "and", a place before "and", firms after "analysts at",
 * storms the tagger took for bodies. */
static void
test_extractor_committees_and_firms (void)
{
  g_autoptr(GPtrArray) entities = extract ("Akio Toyoda apologised at a hearing of the House Committee on "
                                           "Oversight and Government Reform. The England and Wales Cricket "
                                           "Board said Kevin Pietersen would stay. Analysts at Piper Jaffray "
                                           "said the price was high. New Orleans ordered an evacuation as "
                                           "Hurricane Katrina strengthened.\n");

  g_assert_nonnull (find_entity (entities, "House Committee on Oversight and Government Reform",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "England and Wales Cricket Board", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Piper Jaffray", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Hurricane Katrina", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Katrina", LECTERN_ENTITY_PERSON));
}

/* An apposition makes a word alone that the tagger took for a person an
 * organization, also before a clause of its own. */
static void
test_extractor_appositions_of_people (void)
{
  g_autoptr(GPtrArray) entities = extract ("Lance Armstrong also stepped down as chairman of Livestrong, the "
                                           "cancer charity he founded.\n");

  g_assert_nonnull (find_entity (entities, "Livestrong", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Livestrong", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Lance Armstrong", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_courts_and_evidence (void)
{
  g_autoptr(GPtrArray) courts = extract ("Le tribunal administratif de Grenoble a suspendu l'arrêté, et la cour "
                                         "d'appel de Rennes examinera le dossier en mars.\n");
  g_autoptr(GPtrArray) borne = extract ("Le gouvernement d'Élisabeth Borne a présenté le texte mardi. Mme Borne "
                                        "doit s'exprimer jeudi.\n");

  /* A court in lower case, named by its seat. */
  g_assert_nonnull (find_entity (courts, "tribunal administratif de Grenoble", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (courts, "cour d'appel de Rennes", LECTERN_ENTITY_ORGANIZATION));

  /* A surname that stands alone as a person's retypes the full name. */
  g_assert_nonnull (find_entity (borne, "Élisabeth Borne", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (borne, "Élisabeth Borne", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (borne, "Borne", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_media_and_funds (void)
{
  g_autoptr(GPtrArray) en = extract ("According to the newspaper Dawn, the court will rule on Monday. The "
                                     "activist hedge fund Elliott Management said it had a stake.\n");
  g_autoptr(GPtrArray) fr = extract ("Le communiqué a été lu à la télévision publique Télé Sahel mardi soir.\n");

  g_assert_nonnull (find_entity (en, "Dawn", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (en, "Dawn", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (en, "Elliott Management", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "Télé Sahel", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (fr, "Télé Sahel", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_span_edges (void)
{
  g_autoptr(GPtrArray) ltd = extract ("The tablets were made by its supplier, Norwell Pharmaceuticals Ltd. The "
                                      "recall covers three doses.\n");
  g_autoptr(GPtrArray) owner = extract ("Odinga's Orange Democratic Movement and Kenyatta's Jubilee Party have "
                                        "yet to respond.\n");
  g_autoptr(GPtrArray) dane = extract ("Le Norvégien Tobias Johannessen a gagné l'étape. « Je suis heureux », a "
                                       "confié le Danois.\n");
  g_autoptr(GPtrArray) role = extract ("Au Palais fédéral, le conseiller fédéral Alain Berset, chef du "
                                       "Département fédéral de l'intérieur (DFI), a pris acte du vote.\n");
  g_autoptr(GPtrArray) title = extract ("« Nous ne céderons pas », a répliqué sur les ondes de Radio-Canada la "
                                        "ministre, ajoutant que Mme LeBel négocie en public.\n");

  /* No name ends with the article that starts the next sentence. */
  g_assert_nonnull (find_entity (ltd, "Norwell Pharmaceuticals Ltd.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (ltd, "Norwell Pharmaceuticals Ltd. The", LECTERN_ENTITY_ORGANIZATION));

  /* A person's possessive before a party: the owner stays a person. */
  g_assert_nonnull (find_entity (owner, "Jubilee Party", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (owner, "Jubilee Party", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (owner, "Kenyatta", LECTERN_ENTITY_PERSON));

  /* A nationality after an article, a particle before an office's common
   * noun, an honorific alone: no people. */
  g_assert_nonnull (find_entity (dane, "Tobias Johannessen", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (dane, "Danois", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (role, "Alain Berset", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (role, "du Département", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (title, "LeBel", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (title, "Mme", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_name_endings (void)
{
  g_autoptr(GPtrArray) club = extract ("Newcastle United sign Brazilian winger Rafael Teixeira from Sporting CP\n\n"
                                       "The deal was brokered by Gestifute, the agency run by Jorge Mendes.\n");
  g_autoptr(GPtrArray) metro = extract ("Le projet sera porté par la ville et par Grand Besançon Métropole, qui en "
                                        "assurera la maîtrise.\n");
  g_autoptr(GPtrArray) initial = extract ("Capital One named J. Michael Shepherd as chief executive on Monday.\n");

  /* A short code of consonants ends a club's name, not a person's. */
  g_assert_nonnull (find_entity (club, "Sporting CP", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (club, "Rafael Teixeira", LECTERN_ENTITY_PERSON));
  /* An apposition with a participle after its head word. */
  g_assert_nonnull (find_entity (club, "Gestifute", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (club, "Gestifute", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (metro, "Grand Besançon Métropole", LECTERN_ENTITY_ORGANIZATION));
  /* An initial before a first name stays. */
  g_assert_nonnull (find_entity (initial, "J. Michael Shepherd", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_media_venues_portfolios (void)
{
  g_autoptr(GPtrArray) en = extract ("Many families were left out, Dawn newspaper reported on Sunday. The manager "
                                     "told Sky Sports that he was calm. The firm signed a deal with the cloud "
                                     "provider CoreWeave.\n");
  g_autoptr(GPtrArray) fr = extract ("Le match se jouera au stade Prince-Moulay-Abdellah de Rabat. Pour Ecolo, "
                                     "l'échevin sortant de l'Environnement, Samir Aït-Ouali, attribue la défaite "
                                     "au contexte national.\n");

  /* A medium named before the word for it. */
  g_assert_nonnull (find_entity (en, "Dawn", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (en, "Dawn", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (en, "CoreWeave", LECTERN_ENTITY_ORGANIZATION));
  /* A stadium named after someone, and a portfolio, are no bodies. */
  g_assert_null (find_entity (fr, "stade Prince-Moulay-Abdellah de Rabat", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (fr, "Prince-Moulay-Abdellah", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (fr, "Environnement", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "Ecolo", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "Samir Aït-Ouali", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_appositions_and_runs (void)
{
  g_autoptr(GPtrArray) un = extract ("À New York, le secrétaire général de l'ONU, António Guterres, a de nouveau "
                                     "demandé l'envoi d'une force.\n");
  g_autoptr(GPtrArray) club = extract ("La principale nouveauté est la présence du milieu du Paris Saint-Germain "
                                       "Achraf Hakimi dans le groupe.\n");
  g_autoptr(GPtrArray) firm = extract ("Le film a été acheté par le distributeur new-yorkais Neon, qui l'a "
                                       "emporté. Neon s'engageait sur une sortie en salles.\n");

  /* A name no list knows, between commas after a role: a person. */
  g_assert_nonnull (find_entity (un, "António Guterres", LECTERN_ENTITY_PERSON));
  /* A listed club, then its player, in one tagged span. */
  g_assert_nonnull (find_entity (club, "Paris Saint-Germain", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (club, "Achraf Hakimi", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (club, "Paris Saint-Germain Achraf Hakimi", LECTERN_ENTITY_PERSON));
  /* A company's noun and an adjective before its name. */
  g_assert_nonnull (find_entity (firm, "Neon", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_crafts (void)
{
  g_autoptr(GPtrArray) entities = extract ("The European Space Agency launched its Hera probe on Monday aboard a "
                                           "SpaceX rocket. Hera will swing past Mars in March, said Ian Carnelli.\n");

  /* A craft in the whole story, but not the body that builds rockets. */
  g_assert_null (find_entity (entities, "Hera", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Hera", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "SpaceX", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Ian Carnelli", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_arabic_names_and_initials (void)
{
  g_autoptr(GPtrArray) names = extract ("Majed al-Ansari, spokesman for the ministry, said a delegation led by "
                                        "Khalil al-Hayya was expected.\n");
  g_autoptr(GPtrArray) bodies = extract ("The limit was set by the U.S. Food and Drug Administration. The FDA urged "
                                         "patients not to stop their treatment.\n\nThe Friedkin Group, the company "
                                         "known as TFG, completed the takeover.\n");
  LecternEntity *fda, *tfg;

  /* The Arabic article in lower case belongs to the surname. */
  g_assert_nonnull (find_entity (names, "Majed al-Ansari", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (names, "Khalil al-Hayya", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (names, "Khalil", LECTERN_ENTITY_PERSON));

  /* Initials without the country before a name, or with its article. */
  fda = find_entity (bodies, "U.S. Food and Drug Administration", LECTERN_ENTITY_ORGANIZATION);
  g_assert_nonnull (fda);
  g_assert_true (has_form (fda, "FDA"));
  g_assert_null (find_entity (bodies, "FDA", LECTERN_ENTITY_ORGANIZATION));
  tfg = find_entity (bodies, "Friedkin Group", LECTERN_ENTITY_ORGANIZATION);
  g_assert_nonnull (tfg);
  g_assert_true (has_form (tfg, "TFG"));
}

/* Names with commas: committees, firms and French ministries of several
 * portfolios; and names the tagger starts or ends one word off. */
static void
test_extractor_names_with_commas (void)
{
  g_autoptr(GPtrArray) en = extract ("The Senate Committee on Health, Education, Labor and Pensions held a hearing "
                                     "on Tuesday.\n\nMembers of the Senate Health, Education, Labor and Pensions "
                                     "Committee questioned the executives.\n\nThe firm hired Wachtell, Lipton, "
                                     "Rosen & Katz to advise on the deal.\n\nThe athletes met officials of the "
                                     "Ministry of Youth Affairs, Creative Economy and Sports on Monday.\n\nThe "
                                     "Senate Committee on Commerce, Science, and Transportation will vote next "
                                     "week.\n");
  g_autoptr(GPtrArray) more = extract ("Councillors said that Nottinghamshire Fire and Rescue Service had not been "
                                       "consulted on the new layout.\n\nIts managing director, Dean Ashworth, told "
                                       "BBC Radio Nottingham that contractors had already built two stages.\n");
  g_autoptr(GPtrArray) fr = extract ("Le ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation "
                                     "a publié un rapport.\n\nSelon le ministère de l'Économie, des Finances et de "
                                     "la Souveraineté industrielle et numérique, la croissance ralentit.\n\nLe "
                                     "ministère de l'Intérieur, de son côté, a démenti.\n\nLa cour d'appel de "
                                     "Douai a confirmé jeudi la condamnation de Didier Hennebelle.\n\nLa "
                                     "présidente du conseil régional des Pays de la Loire, Christelle Morançais, "
                                     "a annoncé une aide.\n\nElle enseignait au cégep de Rimouski.\n");

  g_assert_nonnull (find_entity (en, "Senate Committee on Health, Education, Labor and Pensions",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (en, "Senate Health, Education, Labor and Pensions Committee",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (en, "Wachtell, Lipton, Rosen & Katz", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (en, "Wachtell", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (en, "Ministry of Youth Affairs, Creative Economy and Sports",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (en, "Senate Committee on Commerce, Science, and Transportation",
                                 LECTERN_ENTITY_ORGANIZATION));

  /* The tagger starts after "and", or leaves the station's region out. */
  g_assert_nonnull (find_entity (more, "Nottinghamshire Fire and Rescue Service", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (more, "BBC Radio Nottingham", LECTERN_ENTITY_ORGANIZATION));

  g_assert_nonnull (find_entity (fr, "ministère de l'Enseignement supérieur, de la Recherche et de l'Innovation",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "ministère de l'Économie, des Finances et de la Souveraineté industrielle et "
                                     "numérique",
                                 LECTERN_ENTITY_ORGANIZATION));
  /* A comma that goes on with something else ends the name. */
  g_assert_nonnull (find_entity (fr, "ministère de l'Intérieur", LECTERN_ENTITY_ORGANIZATION));
  /* A court's seat the tagger took for a person, a region in several
   * words, a school. */
  g_assert_nonnull (find_entity (fr, "cour d'appel de Douai", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (fr, "Douai", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (fr, "conseil régional des Pays de la Loire", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "cégep de Rimouski", LECTERN_ENTITY_ORGANIZATION));
}

/* A listed company that is its founder's family name stays in the
 * person's name, and the company stays apart. */
static void
test_extractor_family_companies (void)
{
  g_autoptr(GPtrArray) entities = extract ("Martin Bouygues a démissionné jeudi. Le groupe Bouygues a confirmé "
                                           "la nouvelle.\n");

  g_assert_nonnull (find_entity (entities, "Martin Bouygues", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Martin", LECTERN_ENTITY_PERSON));
  /* The company is not the person's surname alone. */
  g_assert_nonnull (find_entity (entities, "Bouygues", LECTERN_ENTITY_ORGANIZATION));
}

/* Roles in lower case and "-based" inside a person's span; companies
 * named by their trade; firms of two partners. */
static void
test_extractor_roles_inside_names (void)
{
  g_autoptr(GPtrArray) en = extract ("Walgett Shire Council mayor Ian Woodcock accused the authority of "
                                     "allowing upstream irrigators to take too much water.\n\nThe grant came "
                                     "from Pune-based Bharat Forge.\n\nMax Healthcare reported higher "
                                     "admissions.\n\nThe agreement with Anglo American Platinum (Amplats), "
                                     "Impala Platinum (Implats) and Lonmin raises the basic pay.\n\nHer "
                                     "solicitor, Helen Okafor of Okafor & Reid, said her client would "
                                     "appeal.\n\nAs Dye & Bavelier showed, players react faster.\n");
  g_autoptr(GPtrArray) fr = extract ("Les salariés ont voté une grève après la fusion de leur entreprise avec "
                                     "l'équipementier allemand Kessler Antriebstechnik.\n");

  g_assert_nonnull (find_entity (en, "Walgett Shire Council", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (en, "Ian Woodcock", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (en, "Pune-based Bharat Forge", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (en, "Max Healthcare", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (en, "Anglo American Platinum", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (en, "Impala Platinum", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (en, "Okafor & Reid", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (en, "Helen Okafor", LECTERN_ENTITY_PERSON));
  /* Two authors cited are no firm. */
  g_assert_null (find_entity (en, "Dye & Bavelier", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "Kessler Antriebstechnik", LECTERN_ENTITY_ORGANIZATION));
}

/* A role or "who" around a name tells a person; the people of a body
 * that start a sentence are no part of its name. */
static void
test_extractor_people_by_role (void)
{
  g_autoptr(GPtrArray) entities = extract ("The turning point came when opener Yashasvi Jaiswal, who had resisted "
                                           "for five hours, was given out.\n\nAnnouncing the result in Nairobi, "
                                           "Wafula Chebukati, chairman of the Independent Electoral and Boundaries "
                                           "Commission (IEBC), said Ruto had won.\n\nExecutives of Veridian Labs "
                                           "Inc., a San Francisco startup, faced sharp questioning.\n");

  g_assert_nonnull (find_entity (entities, "Yashasvi Jaiswal", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Wafula Chebukati", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Wafula Chebukati", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Veridian Labs Inc.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Executives of Veridian Labs Inc.", LECTERN_ENTITY_ORGANIZATION));
}

/* Bodies around a place or a person's name: a town's council in lower
 * case, a foundation named after someone, a court's seat right after it. */
static void
test_extractor_bodies_around_names (void)
{
  g_autoptr(GPtrArray) en = extract ("On Thursday, the Winnipeg city council voted to restore evening hours.\n");
  g_autoptr(GPtrArray) fr = extract ("Équiterre réclame l'interdiction des néonicotinoïdes, tandis que la "
                                     "Fondation David Suzuki a rappelé que ces insecticides sont partout.\n\nUn "
                                     "rapport de la chambre régionale des comptes Hauts-de-France avait relevé "
                                     "de graves irrégularités.\n");

  g_assert_nonnull (find_entity (en, "Winnipeg city council", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "Fondation David Suzuki", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (fr, "David Suzuki", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (fr, "chambre régionale des comptes Hauts-de-France", LECTERN_ENTITY_ORGANIZATION));
}

/* A brand in lower case, a legal suffix that spells a function word, the
 * holder of an office after its place. */
static void
test_extractor_brands_and_offices (void)
{
  g_autoptr(GPtrArray) entities = extract ("La présidente de la RATP a reconnu sur franceinfo un mouvement très "
                                           "suivi.\n\nIl a négocié la reprise de la société par le groupe drômois "
                                           "Transports Vallon SA, un projet qui l'aurait écarté.\n\nParmi les "
                                           "candidats, l'ancien maire de Dakar Khalifa Sall, soutenu par sa "
                                           "coalition, n'a pas dépassé 2 % des voix.\n");

  g_assert_nonnull (find_entity (entities, "franceinfo", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Transports Vallon SA", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Khalifa Sall", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Dakar Khalifa Sall", LECTERN_ENTITY_PERSON));
}

/* Places the tagger took for people: a region after a town and a comma, a
 * town before "jail", a name of two words after "in". */
static void
test_extractor_places_in_context (void)
{
  g_autoptr(GPtrArray) entities = extract ("The police reported a shooting near a polling station in Buluan, "
                                           "Maguindanao, that left three people dead.\n\nA court ordered jail "
                                           "authorities to keep Khan in judicial custody at Attock jail.\n\nThe "
                                           "army pressed its offensive in Khan Younis and said troops were "
                                           "preparing to move on Rafah.\n");

  g_assert_null (find_entity (entities, "Maguindanao", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Attock", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Khan Younis", LECTERN_ENTITY_PERSON));
}

/* A listed broadcaster and the region of its branch are one body, though
 * the name starts with a first name ("France") or the tagger tags the
 * region apart. */
static void
test_extractor_regional_branches (void)
{
  g_autoptr(GPtrArray) fr = extract ("Le maire a démissionné, a confirmé France 3 Hauts-de-France.\n");
  g_autoptr(GPtrArray) en = extract ("The new hours take effect in January, a city spokesperson told CBC "
                                     "Manitoba.\n");

  g_assert_nonnull (find_entity (fr, "France 3 Hauts-de-France", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (fr, "France 3 Hauts-de-France", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (en, "CBC Manitoba", LECTERN_ENTITY_ORGANIZATION));
}

/* A company's short name is the company ("Marigold" of "Marigold
 * Recording Company", "Brovalis" of "Brovalis SA"), but not a person whose
 * name a body bears ("Mulroney Foundation"). */
static void
test_extractor_company_forms (void)
{
  static const char en_text[] =
    "Leeds band The Hollow Oaks have signed a deal with Marigold Recording Company, the "
    "independent London label. Marigold's head of A&R, Jess Cole, said the label had won the band "
    "over because Marigold \"let bands be bands\".\n\n"
    "Mulroney spoke at the Mulroney Foundation on Tuesday. Mulroney said the foundation would fund "
    "ten scholarships.\n";
  static const char fr_text[] =
    "Rennes : la jeune pousse Brovalis lève 8 millions d'euros\n\n"
    "La jeune entreprise rennaise Brovalis SA, issue de l'université de Rennes, a annoncé mardi une "
    "levée de fonds. Fondée en 2021 par l'ingénieur Marc Duval, Brovalis développe des batteries au "
    "sodium. Les travaux de Brovalis s'appuient sur dix ans de recherche.\n";
  g_autoptr(GPtrArray) en = extract (en_text);
  g_autoptr(GPtrArray) fr = extract (fr_text);
  LecternEntity *label = find_entity (en, "Marigold Recording Company", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *company = find_entity (fr, "Brovalis SA", LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (label);
  g_assert_true (has_form (label, "Marigold"));
  g_assert_cmpuint (label->mentions->len, ==, 3);
  g_assert_null (find_entity (en, "Marigold", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (en, "Mulroney", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (en, "Mulroney Foundation", LECTERN_ENTITY_ORGANIZATION));

  g_assert_nonnull (company);
  g_assert_true (has_form (company, "Brovalis"));
  g_assert_cmpuint (company->mentions->len, ==, 4);
  g_assert_null (find_entity (fr, "Brovalis", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (fr, "Marc Duval", LECTERN_ENTITY_PERSON));
  assert_mentions_valid (fr_text, fr);
}

/* Prepositions give no letter to an acronym: "de lutte contre la…"
 * (OCLDEFFS), spelled over fourteen words. */
static void
test_extractor_acronym_prepositions (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Les enquêteurs de l'Office central de lutte contre la délinquance économique et les "
             "fraudes fiscales et sociales (OCLDEFFS) ont perquisitionné mardi. Selon l'OCLDEFFS, "
             "douze personnes ont été entendues.\n");
  LecternEntity *office =
    find_entity (entities, "Office central de lutte contre la délinquance économique et les fraudes "
                 "fiscales et sociales", LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (office);
  g_assert_true (has_form (office, "OCLDEFFS"));
  g_assert_cmpuint (office->mentions->len, ==, 3);
  g_assert_null (find_entity (entities, "Office central", LECTERN_ENTITY_ORGANIZATION));
}

/* The place of a French body named in lower-case words is part of its
 * name ("Ordre des ingénieurs du Québec"). */
static void
test_extractor_french_bodies_of_places (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("L'Ordre des ingénieurs du Québec a annoncé une enquête mardi. Le Syndicat des "
             "infirmières de l'Ontario a réagi.\n");

  g_assert_nonnull (find_entity (entities, "Ordre des ingénieurs du Québec", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Syndicat des infirmières de l'Ontario", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Ordre des ingénieurs", LECTERN_ENTITY_ORGANIZATION));
}

/* A listed club the tagger runs into its player's name is two names,
 * whether the first name is frequent or not. */
static void
test_extractor_club_and_player (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("La nouveauté est la présence du milieu offensif du Real Madrid Brahim Díaz, qui a "
             "choisi le Maroc.\n\nLe défenseur de l'Olympique de Marseille Leonardo Balerdi a "
             "prolongé.\n");

  g_assert_nonnull (find_entity (entities, "Real Madrid", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Brahim Díaz", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Olympique de Marseille", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Leonardo Balerdi", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Balerdi", LECTERN_ENTITY_ORGANIZATION));
}

/* A name that a capitalized article starts goes on over its complement
 * ("Les Films du Héron"), not over a person's name after it. */
static void
test_extractor_titled_complements (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Le film est produit par la société Les Ateliers du Castor, en coproduction avec la "
             "télévision. La chronique est signée par Les Amis du Vieux Port depuis mai.\n");

  g_assert_nonnull (find_entity (entities, "Les Ateliers du Castor", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Les Amis du Vieux Port", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Les Ateliers", LECTERN_ENTITY_ORGANIZATION));
}

/* A newspaper's title that is a common word, after a word for the press
 * ("le quotidien L'Avenir"). */
static void
test_extractor_press_titles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Le quotidien L'Avenir précise qu'aucune irrégularité n'a été constatée.\n");

  g_assert_nonnull (find_entity (entities, "Avenir", LECTERN_ENTITY_ORGANIZATION));
}

/* A listed body and its country's code, which the tagger tags apart as a
 * place: one branch. */
static void
test_extractor_country_branches (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The ruling was welcomed by Kate Allen, director of Amnesty International UK, who called "
             "it historic.\n");

  g_assert_nonnull (find_entity (entities, "Amnesty International UK", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Amnesty International", LECTERN_ENTITY_ORGANIZATION));
}

/* A word listed among places the name table knows is a place too, not a
 * person; a person listed with a person stays one. */
static void
test_extractor_listed_places (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The academy draws hundreds of teenagers from Wagga Wagga, Griffith and Albury. Kids in "
             "Randwick or Manly deserve the same chances, said Anna Powell and Kofi Annan.\n");

  g_assert_null (find_entity (entities, "Griffith", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Manly", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Anna Powell", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Kofi Annan", LECTERN_ENTITY_PERSON));
}

/* A French commune's name, capitalized words joined by a lower-case
 * particle, is a place, not a person. */
static void
test_extractor_commune_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Le tribunal a condamné Didier Hennequin, ancien maire divers droite de Wavrechain-la-Motte, "
             "à dix-huit mois de prison. La communauté dont fait partie Wavrechain-la-Motte s'est dite "
             "prête à payer.\n");

  g_assert_null (find_entity (entities, "Wavrechain-la-Motte", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Didier Hennequin", LECTERN_ENTITY_PERSON));
}

/* A place or a level of government and a portfolio before "Minister"
 * qualify the minister and name no organization. */
static void
test_extractor_portfolio_ministers (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Kerala Health Minister Veena George held a review meeting. Union Finance Minister Priya "
             "Raman said the Centre would help.\n");

  g_assert_nonnull (find_entity (entities, "Veena George", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Priya Raman", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Kerala Health", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Union Finance", LECTERN_ENTITY_ORGANIZATION));
}

/* A wire story's credit line in brackets is no headline: its names are
 * people. */
static void
test_extractor_credit_lines (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The talks ended on Friday without a deal.\n\n(Reporting by Samira Haddad in Port Sudan and "
             "Lukas Braendli in Geneva; Editing by Hugh Prendergast)\n");

  g_assert_nonnull (find_entity (entities, "Samira Haddad", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Lukas Braendli", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Hugh Prendergast", LECTERN_ENTITY_PERSON));
}

/* A role before a person's name: after a title's "of" when the tagger
 * reads the rest as a place, and a body's acronym with a role. */
static void
test_extractor_roles_before_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Secretary of State Antony Blinken, in a statement, urged the army to join the talks. More "
             "money was approved, FEMA Administrator Deanne Criswell said on Monday.\n");

  g_assert_nonnull (find_entity (entities, "Antony Blinken", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Deanne Criswell", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "FEMA Administrator Deanne Criswell", LECTERN_ENTITY_PERSON));
}

/* A surname with an Arabic article is the same person's without it. */
static void
test_extractor_arabic_articles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("President Bashar al-Assad spoke on Monday in Damascus.\n\nLater, Assad met the envoy.\n");
  LecternEntity *assad = find_entity (entities, "Bashar al-Assad", LECTERN_ENTITY_PERSON);

  g_assert_nonnull (assad);
  g_assert_true (has_form (assad, "Assad"));
  g_assert_null (find_entity (entities, "Assad", LECTERN_ENTITY_PERSON));
}

/* Two names joined by "&" after "by" or a word for a company are a firm;
 * a person's possessive before a company's name stays apart. */
static void
test_extractor_firms_and_owners (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The novel, published in English by Faber & Faber, was filmed last year. The suit was "
             "brought by the law firm Morgan & Morgan. Mumbai Indians belong to Indiawin Sports, a "
             "subsidiary of Mukesh Ambani's Reliance Industries.\n");

  g_assert_nonnull (find_entity (entities, "Faber & Faber", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Morgan & Morgan", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Morgan", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Mukesh Ambani", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Reliance Industries", LECTERN_ENTITY_ORGANIZATION));
}

/* A nationality before a name with particles, and a club "de" its coach,
 * are no part of the person's name. */
static void
test_extractor_nationality_and_club (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Le directeur des opérations, le Belge Bernard de la Haye, a précisé que l'extraction se "
             "poursuivrait. Le Paris Saint-Germain de Luis Enrique reste hors de portée.\n");

  g_assert_nonnull (find_entity (entities, "Bernard de la Haye", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Paris Saint-Germain", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Luis Enrique", LECTERN_ENTITY_PERSON));
}

/* At a sentence's start, an English agent noun before a name is no part
 * of it. */
static void
test_extractor_agent_nouns (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The film was shot on the island last spring.\nNewcomer Siobh\xc3\xa1n Kerrigan-Walsh plays Nora, "
             "opposite Colm Meaney.\n");

  g_assert_nonnull (find_entity (entities, "Siobh\xc3\xa1n Kerrigan-Walsh", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Newcomer Siobh\xc3\xa1n Kerrigan-Walsh", LECTERN_ENTITY_PERSON));
}

/* A place's possessive inside an organization the tagger ran together
 * with another: two bodies, the place apart. */
static void
test_extractor_place_possessives (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Emergency tents run by the Brazilian Army and Rio de Janeiro's Municipal Health Secretariat "
             "were treating more than a thousand patients a day this week.\n");

  g_assert_nonnull (find_entity (entities, "Brazilian Army", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Municipal Health Secretariat", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Janeiro's Municipal Health Secretariat", LECTERN_ENTITY_ORGANIZATION));
}

/* French schools are named with their word in lower case; a short name
 * in brackets cut from every word's start names the whole body. */
static void
test_extractor_french_schools_and_short_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Des enseignants du lyc\xc3\xa9" "e Fran\xc3\xa7ois-Bazin sont venus jeudi. La Cellule nationale de "
             "traitement des informations financi\xc3\xa8res (Centif) avait signal\xc3\xa9 ces mouvements d\xc3\xa8s "
             "2022, selon le parquet.\n");
  LecternEntity *centif =
    find_entity (entities, "Cellule nationale de traitement des informations financi\xc3\xa8res",
                 LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (find_entity (entities, "lyc\xc3\xa9" "e Fran\xc3\xa7ois-Bazin", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (centif);
  g_assert_true (has_form (centif, "Centif"));
  g_assert_null (find_entity (entities, "Cellule nationale", LECTERN_ENTITY_ORGANIZATION));
}

/* A name without a first name that ends with a continent's is a
 * venture's; a word before ", which" or a company's possessive is a
 * company. */
static void
test_extractor_company_cues (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The round was led by Partech Africa, with money from two banks. The gateway had not been "
             "patched. Citrix, which is owned by a private equity group, urged customers to install its "
             "fix.\n");

  g_assert_nonnull (find_entity (entities, "Partech Africa", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Partech Africa", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Citrix", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Citrix", LECTERN_ENTITY_PERSON));
}

/* Honorifics and ranks the name table lacks are no part of a name. */
static void
test_extractor_unlisted_titles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Premier Gladys Berejiklian said on Monday that Alhaji Musa Danjuma would attend, and "
             "Sheriff Quentin Miller agreed.\n");

  g_assert_nonnull (find_entity (entities, "Gladys Berejiklian", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Musa Danjuma", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Quentin Miller", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Alhaji Musa Danjuma", LECTERN_ENTITY_PERSON));
}

/* A company's branch: its name, its country, its legal form. */
static void
test_extractor_branch_legal_forms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The group's British unit, Zuiderveld UK Ltd, makes a third of the desserts sold here.\n");

  g_assert_nonnull (find_entity (entities, "Zuiderveld UK Ltd", LECTERN_ENTITY_ORGANIZATION));
}

/* A place and the word for a public body after it are that body. */
static void
test_extractor_place_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("\"We are rebuilding one,\" Mayor Esther Manheimer told a packed emergency session of the "
             "Asheville City Council. Asheville City Schools have not set a date for students to return.\n");

  g_assert_nonnull (find_entity (entities, "Asheville City Council", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Asheville City Schools", LECTERN_ENTITY_ORGANIZATION));
}

/* French hospitals, metropolises and councils in lower case are named
 * by their adjective and their seat. */
static void
test_extractor_french_local_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Les urgences du centre hospitalier de Saint-Nazaire et du centre hospitalier universitaire "
             "d'Angers sont satur\xc3\xa9" "es. La m\xc3\xa9tropole europ\xc3\xa9" "enne de Lille a vot\xc3\xa9 "
             "jeudi, comme le conseil communal d'Ottignies-Louvain-la-Neuve.\n");

  g_assert_nonnull (find_entity (entities, "centre hospitalier de Saint-Nazaire", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "centre hospitalier universitaire d'Angers", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "m\xc3\xa9tropole europ\xc3\xa9" "enne de Lille",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "conseil communal d'Ottignies-Louvain-la-Neuve",
                                 LECTERN_ENTITY_ORGANIZATION));
}

/* A body and the title of its head name the body, no person. */
static void
test_extractor_heads_of_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The ASEAN Secretary-General said the plan stood. The United Nations Secretary-General called "
             "for calm. John Major spoke, and patients went to the Clinique Saint-Pierre.\n");

  g_assert_nonnull (find_entity (entities, "ASEAN", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "ASEAN Secretary-General", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "United Nations", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "United Nations Secretary-General", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "John Major", LECTERN_ENTITY_PERSON));
}

/* "le maire de Sutton": one word after an office for a place is the
 * place, even a word that is also a first name. */
static void
test_extractor_office_of_one_word_place (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Le scandale a \xc3\xa9" "clabous\xc3\xa9 plusieurs \xc3\xa9lus municipaux, dont le maire de Sutton, "
             "Michel Lafrance-C\xc3\xb4t\xc3\xa9.\n");

  g_assert_null (find_entity (entities, "de Sutton", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Sutton", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Michel Lafrance-C\xc3\xb4t\xc3\xa9", LECTERN_ENTITY_PERSON));
}

/* A demonym of two words names no one. */
static void
test_extractor_two_word_demonyms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Chasing 180, the visitors lost early wickets. The Sri Lankan took three for 21 and South "
             "African Cyril Ramaphosa watched from the stand.\n");

  g_assert_null (find_entity (entities, "Sri Lankan", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Cyril Ramaphosa", LECTERN_ENTITY_PERSON));
}

/* "Newcomer of the Year" is an award. */
static void
test_extractor_awards_of_the_year (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The label's local arm picked up five awards, including Newcomer of the Year for Cape Town "
             "singer Lwazi Dube.\n");

  g_assert_null (find_entity (entities, "Newcomer", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Lwazi Dube", LECTERN_ENTITY_PERSON));
}

/* A role then a comma, or a musician's role, before two unknown words the
 * tagger calls an organization: the apposition names a person. */
static void
test_extractor_roles_in_appositions (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The board's match referee, Gundappa Raghunath, also fined the captain.\n\n"
             "In a statement, the party's Lagos publicity secretary, Kunle Oyelaran-Coker, accused the agents.\n\n"
             "The prize went to Durban singer-songwriter Lwazi Mthembu-Daniels, 19.\n");

  g_assert_nonnull (find_entity (entities, "Gundappa Raghunath", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Kunle Oyelaran-Coker", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Lwazi Mthembu-Daniels", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Gundappa Raghunath", LECTERN_ENTITY_ORGANIZATION));
}

/* A dateline in lower case, places listed with a repeated preposition, a
 * minister's portfolio after a nationality, and a body's acronym and its
 * head's title before a name. */
static void
test_extractor_datelines_and_portfolios (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Sommet régional : les ministres se retrouvent\n\n"
             "Berne, 3 mars. – Plus de cent orateurs sont inscrits. La ministre québécoise de l'Économie, "
             "Nathalie Bérubé-Tremblay, a exhorté Ottawa. Les rebelles refusent de se retirer de Goma et de "
             "Bukavu.\n\n"
             "The minister briefed NATO Secretary-General Mark Rutte by phone.\n");

  g_assert_null (find_entity (entities, "Berne", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Goma", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Économie", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Nathalie Bérubé-Tremblay", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "NATO", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Mark Rutte", LECTERN_ENTITY_PERSON));
}

/* Names the tagger left out: a listed first name and an unknown surname
 * between lower-case words, and a name after a role it lacked. */
static void
test_extractor_untagged_first_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The team said on Sunday that Arvid Lindblad would start from the pit lane.\n\n"
             "Il a fallu attendre la 63e minute pour voir l'attaquant congolais Grâce Mavinga reprendre de la "
             "tête un centre. Le directeur financier Reto Imhof table sur 70 millions.\n");
  g_autoptr(GPtrArray) common =
    extract ("The paintings went on show at the city's Art Gallery last week.\n");

  g_assert_nonnull (find_entity (entities, "Arvid Lindblad", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Grâce Mavinga", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Reto Imhof", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (common, "Art Gallery", LECTERN_ENTITY_PERSON));
}

/* Two companies joined by "and", and a name after an abbreviated legal
 * form that the tagger ran together. */
static void
test_extractor_joined_organizations (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The project is owned by JERA, Mitsubishi Corp. and Inpex Corp. since May.\n\n"
             "\"We are still fighting,\" said Shweta Dubey, a partner at Khaitan & Co. Pooja Deshpande, an "
             "analyst, disagreed.\n");

  g_assert_nonnull (find_entity (entities, "Mitsubishi Corp.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Inpex Corp.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Pooja Deshpande", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Mitsubishi Corp. and Inpex Corp.", LECTERN_ENTITY_ORGANIZATION));
}

/* A frequent first name stays a person: the list leaves out clubs whose
 * name without "FC" is one ("Charlotte FC"). */
static void
test_extractor_first_name_clubs (void)
{
  g_autoptr(GPtrArray) entities = extract ("Elle cria : « Charlotte ! » Charlotte ne répondit pas.\n");

  g_assert_nonnull (find_entity (entities, "Charlotte", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Charlotte", LECTERN_ENTITY_ORGANIZATION));
}

/* Names of the sixteenth round's lists: brands that are companies, bands,
 * unions, public bodies. */
static void
test_extractor_listed_brands_and_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The fans cheered for Kneecap, and Longines said it would sponsor the race with Stryker. "
             "Services Australia and the Mid North Coast Local Health District opened a recovery centre.\n");

  g_assert_nonnull (find_entity (entities, "Kneecap", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Longines", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Stryker", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Services Australia", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Mid North Coast Local Health District", LECTERN_ENTITY_ORGANIZATION));
}

/* The fourth batch of the sixteenth round: less-mentioned bodies and
 * firms, a long name kept whole. */
static void
test_extractor_listed_less_mentioned (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The loan was backed by Export Finance Australia, and Element Pictures co-produced the film. "
             "L'Organisation nationale antidopage de la Fédération Wallonie-Bruxelles a ouvert une enquête.\n");

  g_assert_nonnull (find_entity (entities, "Export Finance Australia", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Element Pictures", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Organisation nationale antidopage de la Fédération Wallonie-Bruxelles",
                                 LECTERN_ENTITY_ORGANIZATION));
}

/* The fifth batch: media, parties and groups ("Droite républicaine"),
 * and a media brand of a listed company ("Bloomberg Law"). */
static void
test_extractor_listed_media_and_parties (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Les élus de la Droite républicaine ont voté contre le texte.\n\n"
             "The lawsuit was first reported by Bloomberg Law on Monday.\n");

  g_assert_nonnull (find_entity (entities, "Droite républicaine", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Bloomberg Law", LECTERN_ENTITY_ORGANIZATION));
}

/* The sixth batch: companies of every continent, French-speaking
 * associations and bodies. */
static void
test_extractor_listed_companies_of_every_continent (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The Indonesian state mining holding MIND ID will take a stake in the smelter.\n");

  g_assert_nonnull (find_entity (entities, "MIND ID", LECTERN_ENTITY_ORGANIZATION));
}

/* The seventh and eighth batches: local bodies of France and of the
 * English-speaking world. */
static void
test_extractor_listed_local_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Les pompiers du SDIS de l'Ain sont intervenus, selon la préfecture des Ardennes.\n\n"
             "The Fort Worth Police Department said the suspect was arrested on Tuesday.\n");

  g_assert_nonnull (find_entity (entities, "SDIS de l'Ain", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "préfecture des Ardennes", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Fort Worth Police Department", LECTERN_ENTITY_ORGANIZATION));
}

/* A listed name whose later words the story writes in lower case; not a
 * common word that starts a sentence. */
static void
test_extractor_listed_names_in_lower_case (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Attijariwafa bank a pris 2,3 %, selon les analystes de la Deutsche bank.\n\n"
             "National trust in banks fell sharply last year.\n");

  g_assert_nonnull (find_entity (entities, "Attijariwafa bank", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Deutsche bank", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "National trust", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "National", LECTERN_ENTITY_ORGANIZATION));
}

/* A country's parliament, treasury or army named by one word; not a
 * word of a longer phrase. */
static void
test_extractor_lone_institutions (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The bill now goes to Parliament, where the ruling party has a majority. The Treasury said "
             "the Presidency had asked lawmakers to act.\n\n"
             "Treasury yields rose on Monday.\n");

  g_assert_nonnull (find_entity (entities, "Parliament", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Treasury", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Treasury", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Presidency", LECTERN_ENTITY_ORGANIZATION));
}

/* Honorifics of the English-language press of Africa and Asia, British
 * police ranks, and a silk's letters after a name. */
static void
test_extractor_world_honorifics (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Leading the legal team, Chief Olumide Ayeni-Coker, SAN, argued that the seat was vacant.\n\n"
             "\"We need water first,\" said SAM's Johor coordinator, Cik Nurul Syazwani Kamaruddin.\n\n"
             "Det Insp Priya Chaudhary, of the Met, said the gang was dismantled.\n\n"
             "Sentencing on Friday, Judge Harriet Fenwick-Lowe KC told the defendants they had caused fear.\n");

  g_assert_nonnull (find_entity (entities, "Olumide Ayeni-Coker", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Nurul Syazwani Kamaruddin", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Priya Chaudhary", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Harriet Fenwick-Lowe", LECTERN_ENTITY_PERSON));
}

/* Motor-racing teams written without "Scuderia" or "F1 Team", in a
 * story of a Grand Prix; a surname alone elsewhere stays a person. */
static void
test_extractor_racing_teams (void)
{
  g_autoptr(GPtrArray) race =
    extract ("Leclerc wins Miami Grand Prix\n\n"
             "Ferrari's Charles Leclerc held off Oscar Piastri over the last ten laps. Haas driver Esteban Ocon "
             "finished seventh, ahead of Kevin Magnussen.\n");
  g_autoptr(GPtrArray) court =
    extract ("The judge said Haas had signed the contract. Haas denied it.\n");

  g_assert_nonnull (find_entity (race, "Ferrari", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (race, "Haas", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (race, "Ferrari", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (court, "Haas", LECTERN_ENTITY_ORGANIZATION));
}

/* A body's name cut at its "and"; two bodies of one kind stay two. */
static void
test_extractor_bodies_cut_at_and (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Officers from the Hong Kong Customs and Excise Department later traced further shipments.\n\n"
             "Rebecca Tomkinson, chief executive of the Chamber of Minerals and Energy of Western Australia, "
             "said the industry wanted faster approvals.\n\n"
             "Families of Asheville City Schools and Buncombe County Schools were told to boil water.\n");

  g_assert_nonnull (find_entity (entities, "Hong Kong Customs and Excise Department", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Chamber of Minerals and Energy of Western Australia",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Asheville City Schools and Buncombe County Schools",
                              LECTERN_ENTITY_ORGANIZATION));
}

/* A surname with a demonym's ending, after a first name. */
static void
test_extractor_surnames_like_demonyms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The government wants U.S. District Judge Arun Subramanian to order the sale of Ticketmaster.\n");

  g_assert_nonnull (find_entity (entities, "Arun Subramanian", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Arun", LECTERN_ENTITY_PERSON));
}

/* Sports and trades as roles before a name no list knows. */
static void
test_extractor_sport_and_trade_roles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Zimbabwe all-rounder Sikandar Raza then provided the late fireworks. Earlier, national selector "
             "Aaqib Javed told reporters that the squad was ready.\n");

  g_assert_nonnull (find_entity (entities, "Sikandar Raza", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Aaqib Javed", LECTERN_ENTITY_PERSON));
}

/* A speaker after a quotation that ends its sentence, whom the tagger
 * took for a place. */
static void
test_extractor_speaker_after_question (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("\"How can we go home with empty hands?\" said Rokeya Begum, a 28-year-old sewing operator.\n");

  g_assert_nonnull (find_entity (entities, "Rokeya Begum", LECTERN_ENTITY_PERSON));
}

/* A name of "X of Y" the tagger stopped one word short; a title after
 * such a name is no part of it. */
static void
test_extractor_names_after_of (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("She had written to the Ministry of Digital Economy seeking the document.\n\n"
             "The Bank of Canada Governor spoke on Tuesday.\n");

  g_assert_nonnull (find_entity (entities, "Ministry of Digital Economy", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Ministry of Digital", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Bank of Canada Governor", LECTERN_ENTITY_ORGANIZATION));
}

/* A Malaysian company's legal form, and a Filipino surname's particle. */
static void
test_extractor_malaysian_firms_and_filipino_particles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The contract went to Ranhill SAJ Sdn Bhd, the state's water operator.\n\n"
             "The court ordered the arrest of contractor Rolando dela Cruz Mendoza on Tuesday.\n");

  g_assert_nonnull (find_entity (entities, "Ranhill SAJ Sdn Bhd", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Rolando dela Cruz Mendoza", LECTERN_ENTITY_PERSON));
}

/* An indefinite article after a dateline is no part of a name. */
static void
test_extractor_indefinite_article_after_dateline (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Court date set\n\n"
             "ABUJA \xe2\x80\x94 A Federal High Court sitting in Abuja on Tuesday fixed March 18 for judgment.\n");

  g_assert_nonnull (find_entity (entities, "Federal High Court", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "A Federal High Court", LECTERN_ENTITY_ORGANIZATION));
}

/* Amounts of money glued to a currency's letters name no body. */
static void
test_extractor_currency_amounts (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Hospitals threatened to stop treating patients under the Social Health Authority unless the "
             "government settles an estimated Sh11 billion in pending claims. \"Contributions are coming in at "
             "about Sh6 billion a month,\" said Eskom, which wants R11.2 billion.\n");

  g_assert_null (find_entity (entities, "R11.2", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Sh6", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Sh11", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Social Health Authority", LECTERN_ENTITY_ORGANIZATION));
}

/* "the Amazon" as the forest is no company; the company stays one. */
static void
test_extractor_amazon_region (void)
{
  g_autoptr(GPtrArray) forest =
    extract ("The deal would accelerate deforestation in the Amazon, and the Brazilian government objected.\n");
  g_autoptr(GPtrArray) company = extract ("Amazon said profits rose in the third quarter.\n");

  g_assert_null (find_entity (forest, "Amazon", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (company, "Amazon", LECTERN_ENTITY_ORGANIZATION));
}

/* A first name of the world's news list (not of INSEE or SSA) and an
 * unknown surname, which the tagger left out between lower-case words;
 * such a first name is no label before a common one. */
static void
test_extractor_world_first_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Chennai turned to the slinger that Matheesha Pathirana had become.\n\n"
             "It would align with the Renewed Hope Agenda of President Bola Ahmed Tinubu and attract "
             "federal presence.\n");

  g_assert_nonnull (find_entity (entities, "Matheesha Pathirana", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Bola Ahmed Tinubu", LECTERN_ENTITY_PERSON));
}

/* A body's acronym and a title in capitals before a first name of the
 * world's list, and a first name and a surname the tagger took for an
 * organization between commas or after "by". */
static void
test_extractor_names_after_acronyms_and_in_appositions (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks ended.\n\n"
             "U.N. Secretary-General António Guterres, attending his last climate summit, urged ministers "
             "to act.\n\n"
             "He was asked to resume his seat by the Ceann Comhairle, Verona Murphy, after he held up a "
             "photograph.\n\n"
             "The competition also includes new films by Hirokazu Kore-eda, Park Chan-wook and Mohammad "
             "Rasoulof.\n");

  g_assert_nonnull (find_entity (entities, "António Guterres", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "U.N. Secretary-General António Guterres", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Verona Murphy", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Hirokazu Kore-eda", LECTERN_ENTITY_PERSON));
}

/* A union's local or lodge is named with its number, apart from the
 * union; a year after "Council" is no branch. */
static void
test_extractor_union_branches (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks ended.\n\n"
             "The vote was backed by AFSCME Council 31 and SEIU Local 73, while Fraternal Order of Police "
             "Lodge 7 stayed neutral.\n\n"
             "CUPE Local 375, which represents the dockworkers, launched the strike. The Canadian Union of "
             "Public Employees said CUPE would back the local.\n\n"
             "The Council 2024 budget passed.\n");
  LecternEntity *union_ = find_entity (entities, "Canadian Union of Public Employees", LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (find_entity (entities, "AFSCME Council 31", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "SEIU Local 73", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Fraternal Order of Police Lodge 7", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "CUPE Local 375", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (union_);
  g_assert_false (has_form (union_, "CUPE Local 375"));
  g_assert_null (find_entity (entities, "Council 2024", LECTERN_ENTITY_ORGANIZATION));
}

/* A first name and a word the tagger left out after a title or a role,
 * though the word is also a town; Korean and Chinese names with a
 * hyphenated given name, not a city before "-based". */
static void
test_extractor_names_after_titles_and_east_asian_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The offer came.\n\n"
             "\"Or three times,\" Kestrel Chief Executive Alistair Fairbairn-MacKenzie told reporters on a "
             "call.\n\n"
             "Asked whether IOC president Kirsty Coventry, who took office last June, had been briefed, he "
             "declined.\n\n"
             "Hanbit Chief Executive Park Ji-hoon apologised to customers at a news conference.\n\n"
             "The Hong Kong-based group said so.\n");

  g_assert_nonnull (find_entity (entities, "Alistair Fairbairn-MacKenzie", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Kirsty Coventry", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Park Ji-hoon", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Hong Kong-based", LECTERN_ENTITY_PERSON));
}

/* Companies' legal forms: abbreviated forms inside a sentence, a form in
 * lower case, a place after the form or a seat before the name. */
static void
test_extractor_legal_forms_and_seats (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The ship sank.\n\n"
             "The ship is managed by Straits Fleet Management Pte. Ltd. of Singapore and was on charter.\n\n"
             "A syndicate managed by Beazley plc led the cover, according to two people.\n\n"
             "Rights are being handled by the London-based Harbourline Films Ltd.\n");

  g_assert_nonnull (find_entity (entities, "Straits Fleet Management Pte. Ltd.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Beazley plc", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Harbourline Films Ltd.", LECTERN_ENTITY_ORGANIZATION));
}

/* A region and "State" before a governor's title name the state, a
 * place, not a body. */
static void
test_extractor_states_before_governors (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Governors met.\n\n"
             "The communique was read by the chairman of the forum, Kwara State Governor AbdulRahman "
             "AbdulRazaq, after a long meeting that ended late on Thursday in the capital.\n");

  g_assert_nonnull (find_entity (entities, "AbdulRahman AbdulRazaq", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Kwara State", LECTERN_ENTITY_ORGANIZATION));
}

/* A person and the body he works for, which the tagger ran into one
 * organization over "of". */
static void
test_extractor_person_of_organization (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The deadline passed.\n\n"
             "Mbemba-Lusamba's agent, Rich Paul of Klutch Sports Group, said his client had no comment.\n");

  g_assert_nonnull (find_entity (entities, "Rich Paul", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Klutch Sports Group", LECTERN_ENTITY_ORGANIZATION));
}

/* A councillor's and a brigadier's abbreviated titles, a role and a rank
 * after a body, and a parliament called on. */
static void
test_extractor_councillors_ranks_and_parliament (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Votes were counted.\n\n"
             "The count was delayed, said Cllr Priya Venkataraman-Hall, who leads the group on the council.\n\n"
             "South African Police Service spokesperson Brig. Athlenda Mathe said three people were arrested "
             "after the march.\n\n"
             "The former minister, now leader of the Democratic Citizens Party, called on Parliament to repeal "
             "the entire Act.\n");

  g_assert_nonnull (find_entity (entities, "Priya Venkataraman-Hall", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "South African Police Service", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Athlenda Mathe", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Parliament", LECTERN_ENTITY_ORGANIZATION));
}

/* A country's parliament after "in", which the tagger took for a place,
 * stays a body. */
static void
test_extractor_parliament_after_in (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The outbreak spread.\n\n"
             "Helen Carrow-Jones, who represents the area in Parliament, said she had written to the "
             "trust.\n");

  g_assert_nonnull (find_entity (entities, "Helen Carrow-Jones", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Parliament", LECTERN_ENTITY_ORGANIZATION));
}

/* An American federal court's district or circuit is part of its name,
 * and a first name inside a court's name starts no person. */
static void
test_extractor_court_districts (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The exchange filed.\n\n"
             "Zentrix Markets LLC sought Chapter 11 protection in the U.S. Bankruptcy Court for the District "
             "of Delaware, while its parent appealed.\n\n"
             "A judge of the U.S. District Court for the Southern District of New York denied the motion. The "
             "case is now before the U.S. Court of Appeals for the Ninth Circuit.\n");

  g_assert_nonnull (find_entity (entities, "U.S. Bankruptcy Court for the District of Delaware",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "U.S. District Court for the Southern District of New York",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "U.S. Court of Appeals for the Ninth Circuit",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "U.S.", LECTERN_ENTITY_ORGANIZATION));
}

/* Long names the tagger cut in two where a first name follows a
 * surname are one person. */
static void
test_extractor_touching_people (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The hearing resumed.\n\n"
             "District Judge Gerald Tay Wei Jie adjourned sentencing to March.\n\n"
             "He is the first suspect brought to The Hague since Mahamat Said Abdel Kani in 2021.\n\n"
             "His lawyer, Ana Lucía Montes de Oca Iturbide, said her client was innocent.\n");

  g_assert_nonnull (find_entity (entities, "Gerald Tay Wei Jie", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Mahamat Said Abdel Kani", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Ana Lucía Montes de Oca Iturbide", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Wei Jie", LECTERN_ENTITY_PERSON));
}

/* Names the tagger cut or left out around titles it does not know, and
 * a first name of the world's list at a sentence's start. */
static void
test_extractor_names_after_titles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Two policemen died.\n\n"
             "Constable Ghulam Rasool Sabzoi and Head Constable Imdad Hussain Shar were killed, while DSP "
             "Aijaz Ali was injured.\n\n"
             "Presiding Judge Rosario Salvatierra Gómez of Peru said the chamber would rule.\n\n"
             "Senior Prosecutor Jörg Lindemeyer told the court that the men were guilty.\n\n"
             "María Guadalupe Aguilar Ponce, whose son vanished, said the news brought little relief.\n");

  g_assert_nonnull (find_entity (entities, "Ghulam Rasool Sabzoi", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Imdad Hussain Shar", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Aijaz Ali", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "DSP", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Rosario Salvatierra Gómez", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Jörg Lindemeyer", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "María Guadalupe Aguilar Ponce", LECTERN_ENTITY_PERSON));
}

/* Names before an apposition that describes a person: an age, or a
 * role after a possessive or modifiers. */
static void
test_extractor_people_before_appositions (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The talks stalled.\n\n"
             "Teresia Fakaofo, Tuvalu's lead negotiator, wept as she spoke.\n\n"
             "Tolu Adebanjo-Reyes, the Lagos-born singer, said she would stay.\n\n"
             "Ruaridh MacLeod-Fraser, 47, of Drumnadrochit, pleaded guilty.\n");

  g_assert_nonnull (find_entity (entities, "Teresia Fakaofo", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Tolu Adebanjo-Reyes", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Tolu Adebanjo-Reyes", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Ruaridh MacLeod-Fraser", LECTERN_ENTITY_PERSON));
}

/* An acronym defined after ", or", and one whose letters come in
 * another order than the English name's words. */
static void
test_extractor_acronyms_reordered_and_after_or (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The count ended.\n\n"
             "The National Electoral Council (CNE) declared Nasry Asfura the winner. The CNE said turnout was "
             "high.\n\n"
             "The Union Solidarity and Development Party, or USDP, won most seats. The USDP said so.\n");
  LecternEntity *council = find_entity (entities, "National Electoral Council", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *party = find_entity (entities, "Union Solidarity and Development Party",
                                      LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (council);
  g_assert_nonnull (party);
  g_assert_null (find_entity (entities, "CNE", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "USDP", LECTERN_ENTITY_ORGANIZATION));
  g_assert_cmpuint (council->mentions->len, ==, 3);
  g_assert_cmpuint (party->mentions->len, ==, 3);
}

/* A well-known body and an organ named after it are two bodies. */
static void
test_extractor_bodies_and_their_organs (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks opened.\n\n"
             "Mediators from the African Union opened talks. The African Union Commission chairman spoke.\n\n"
             "The European Union Election Observation Mission said the European Union would help.\n");

  g_assert_nonnull (find_entity (entities, "African Union", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "African Union Commission", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "European Union", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "European Union Election Observation Mission",
                                 LECTERN_ENTITY_ORGANIZATION));
}

/* A title alone is neither a body nor a person's name. */
static void
test_extractor_titles_alone (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The debate ended.\n\n"
             "In an ill-tempered debate, the Taoiseach accused the opposition of recycling slogans.\n\n"
             "The Tánaiste and Fine Gael leader, Simon Harris, later said so.\n");

  g_assert_null (find_entity (entities, "Taoiseach", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Tánaiste", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Tánaiste", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Fine Gael", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Simon Harris", LECTERN_ENTITY_PERSON));
}

/* A straight quote glued to a comma closes a quotation: the speaker
 * after it is no quoted title to leave out. */
static void
test_extractor_speaker_between_quotations (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The outbreak spread.\n\n"
             "In Mbale, the strain on the main public hospital is visible. \"We have nurses working 20-hour "
             "shifts, and two of them are now patients,\" said Dr. Irene "
             "Nabukeera, director of Mbale Regional Referral Hospital. \"We cannot keep asking people to be "
             "heroes without gloves.\"\n");

  g_assert_nonnull (find_entity (entities, "Irene Nabukeera", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Mbale Regional Referral Hospital", LECTERN_ENTITY_ORGANIZATION));
}

/* Members of a house, a nationality and a family's firm are no
 * person's names. */
static void
test_extractor_members_nationalities_and_family_firms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The inquiry widened.\n\n"
             "Liberal MPPs called on Sarkaria to step aside during the investigation.\n\n"
             "It is a victory for every young Kenyan who has ever picked up a phone.\n\n"
             "Firms promoting crypto services to Britons without its approval offer no protection.\n\n"
             "Sales will be run by a joint venture of Hilco Global and Gordon Brothers, the judge said on "
             "Monday after a long hearing.\n");

  g_assert_null (find_entity (entities, "Liberal MPPs", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Kenyan", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Britons", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Gordon Brothers", LECTERN_ENTITY_ORGANIZATION));
}

/* Initials and a surname are a person; a country's initials are not. */
static void
test_extractor_initialled_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The protest grew.\n\n"
             "BJP State president B.Y. Vijayendra announced a protest against the government on Monday in "
             "the city.\n\n"
             "The party said its state chief, D.K. Shivakumar, would respond to the charges later in the "
             "week.\n\n"
             "The talks at the U.N. Security Council ended without a vote on Tuesday, diplomats said.\n\n"
             "The meeting was attended by Secretary to the Treasury K.M. Mahinda Siriwardana and Dr "
             "Weerasinghe.\n");

  g_assert_nonnull (find_entity (entities, "B.Y. Vijayendra", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "K.M. Mahinda Siriwardana", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Mahinda Siriwardana", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "D.K. Shivakumar", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "U.N. Security", LECTERN_ENTITY_PERSON));
}

/* A month, a bill and the house that numbers it are no names. */
static void
test_extractor_months_and_bills (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The review began.\n\n"
             "The state would publish an independent review of the warnings by June, he said on Monday at "
             "the hearing.\n\n"
             "She was elected to run a school district, not to rewrite Senate Bill 10, the trustee said on "
             "Monday.\n\n"
             "They stormed the well of the House, tore copies of the Appropriation Bill and tried to snatch "
             "the mace.\n");

  g_assert_null (find_entity (entities, "June", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Bill", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Senate", LECTERN_ENTITY_ORGANIZATION));
}

/* A body cut before a national system's acronym and its head word is
 * one body. */
static void
test_extractor_touching_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The report was published.\n\n"
             "A report into maternity care at Severnside Hospitals NHS Foundation Trust found failings, and "
             "the Royal Berkshire NHS Foundation Trust said it would act on the findings this year.\n");

  g_assert_nonnull (find_entity (entities, "Severnside Hospitals NHS Foundation Trust",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Severnside Hospitals", LECTERN_ENTITY_ORGANIZATION));
}

/* A country's code before a body the lists know stays in its name, and
 * is no body of its own. */
static void
test_extractor_country_code_before_known_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Cases rose.\n\n"
             "The U.S. Centers for Disease Control and Prevention said on Monday that it had sent a team.\n");

  g_assert_nonnull (find_entity (entities, "U.S. Centers for Disease Control and Prevention",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "U.S.", LECTERN_ENTITY_ORGANIZATION));
}

/* Police ranks and honorifics of Africa before a name are no part of it. */
static void
test_extractor_african_ranks_and_honorifics (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Police acted.\n\n"
             "The state police spokesman, SP Tochukwu Ikenga, said the suspects were arrested.\n\n"
             "Hajji Abdu Kiyimba, a trader, said the rally was peaceful.\n\n"
             "Mbuya Sarudzai Moyo said she had farmed the land for decades.\n");

  g_assert_nonnull (find_entity (entities, "Tochukwu Ikenga", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Abdu Kiyimba", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Sarudzai Moyo", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "SP Tochukwu Ikenga", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Hajji Abdu Kiyimba", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Mbuya Sarudzai Moyo", LECTERN_ENTITY_PERSON));
}

/* People with double surnames the tagger took for companies: after a
 * title, before someone's "head of" something, and a surname alone
 * before an age. */
static void
test_extractor_double_surnames_and_ages (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Markets fell.\n\n"
             "Brightwater Home Inc. said on Wednesday that Chief Executive Renata Kowalczyk-Hale would step "
             "down at the end of the month.\n\n"
             "Thabisa Mkhize-Ndlovu, the group's head of corporate affairs, said the company had offered more.\n\n"
             "Quintero-Baptiste, 39, a former trader who founded Vaultline Global Ltd in 2019, has pleaded "
             "not guilty.\n");

  g_assert_nonnull (find_entity (entities, "Renata Kowalczyk-Hale", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Thabisa Mkhize-Ndlovu", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Quintero-Baptiste", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Quintero-Baptiste", LECTERN_ENTITY_ORGANIZATION));
}

/* What news writes before a company's name (where it trades, a rival, a
 * former role) is no part of it; a firm of partners with a first name
 * and its suffix is one. */
static void
test_extractor_company_epithets_and_partner_firms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Shares rose.\n\n"
             "Rival Travis Perkins plc declined to comment.\n\n"
             "The Catalist-listed Tembusu Marine Holdings said it would cooperate.\n\n"
             "The board was represented by Harlan Oduya & Pruitt PLLC, a law firm.\n");

  g_assert_nonnull (find_entity (entities, "Travis Perkins plc", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Tembusu Marine Holdings", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Harlan Oduya & Pruitt PLLC", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Harlan Oduya", LECTERN_ENTITY_PERSON));
}

/* A first name of the world's list and unknown surnames before "said"
 * are a person, though the first name ends as an agent noun does. */
static void
test_extractor_unknown_names_before_saying (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Shares rose.\n\n"
             "Jaswinder Kaur Bains said she was disappointed.\n");

  g_assert_nonnull (find_entity (entities, "Jaswinder Kaur Bains", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Kaur Bains", LECTERN_ENTITY_PERSON));
}

/* A company's possessive before its legal form is in its name; a
 * newspaper's name written as a nationality before a currency is none. */
static void
test_extractor_possessive_companies_and_currencies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Shares rose.\n\n"
             "The Australian dollar rose almost half a US cent.\n\n"
             "Macy's Inc. and Kohl's Corp. also reported.\n");

  g_assert_nonnull (find_entity (entities, "Macy's Inc.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Kohl's Corp.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Macy", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "The Australian", LECTERN_ENTITY_ORGANIZATION));
}

/* Long names of American bodies: a circuit by its ordinal, a council
 * "of" a state after a possessive, a committee's last portfolio after
 * "and the", and a department's office, which is a body of its own. */
static void
test_extractor_american_long_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Courts ruled.\n\n"
             "The case now goes to the U.S. Court of Appeals for the 4th Circuit in Richmond.\n\n"
             "The review was sent to the Prosecuting Attorneys' Council of Georgia on Friday.\n\n"
             "Tim Walberg, chairman of the House Committee on Education and the Workforce, said the "
             "resignation showed failings.\n\n"
             "A complaint went to the Education Department's Office for Civil Rights in March.\n");

  g_assert_nonnull (find_entity (entities, "U.S. Court of Appeals for the 4th Circuit", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Prosecuting Attorneys' Council of Georgia", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "House Committee on Education and the Workforce",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Office for Civil Rights", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Georgia", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Civil Rights", LECTERN_ENTITY_ORGANIZATION));
}

/* British and Irish police ranks before names, a body's officer in an
 * apposition, and a Senedd member's letters before "said". */
static void
test_extractor_british_ranks_and_seats (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Police acted.\n\n"
             "Catrin Lloyd-Hughes, the IOPC's regional director, said the force had failed.\n\n"
             "Garda Commissioner Justin Kelly said the seizure had taken poison off the streets.\n\n"
             "PC Rhiannon Cole told the inquest she had checked the cell.\n\n"
             "Mark Drakeford MS said the money would help.\n");

  g_assert_nonnull (find_entity (entities, "Catrin Lloyd-Hughes", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Justin Kelly", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Rhiannon Cole", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Mark Drakeford", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Garda Commissioner Justin Kelly", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "PC Rhiannon Cole", LECTERN_ENTITY_PERSON));
}

/* A body, a member's role and a rank read as one body are two names; a
 * law is none; a ministry's portfolios and a name after "for" and a
 * gerund go on; "the candidate of" describes a person. */
static void
test_extractor_roles_laws_and_portfolios (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Police acted.\n\n"
             "Uganda Police Force spokesperson SCP Kituuma Rusoke said officers acted with restraint.\n\n"
             "Under the County Governments Act, the governor is obliged to dismiss a member.\n\n"
             "She told the committee the Department of Energy, Environment and Climate Action had since "
             "approved more staff.\n\n"
             "German investigators working with the Central Office for Combating Internet Crime (ZIT) in "
             "Frankfurt searched three apartments.\n\n"
             "Rixi Moncada, the candidate of the governing party, said she would win.\n");

  g_assert_nonnull (find_entity (entities, "Uganda Police Force", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Kituuma Rusoke", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "County Governments Act", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Department of Energy, Environment and Climate Action",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Central Office for Combating Internet Crime", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Rixi Moncada", LECTERN_ENTITY_PERSON));
}

/* A town the lists know only as a first name, after "from" or "in", is
 * no person. */
static void
test_extractor_towns_named_like_first_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Among those affected is Maureen Dobbs, 71, from Leyland, who was referred for surgery.\n");

  g_assert_nonnull (find_entity (entities, "Maureen Dobbs", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Leyland", LECTERN_ENTITY_PERSON));
}

/* Legal forms of two parts: Korea's and Japan's "Co., Ltd.", Mexico's
 * "S.A. de C.V.". */
static void
test_extractor_legal_forms_of_two_parts (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Profits rose at Hanjin Marine Logistics Co., Ltd. last year, the firm said. "
             "Grupo Textil Monterrey S.A. de C.V. will close a plant.\n");

  g_assert_nonnull (find_entity (entities, "Hanjin Marine Logistics Co., Ltd.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Grupo Textil Monterrey S.A. de C.V.", LECTERN_ENTITY_ORGANIZATION));
}

/* Welsh "ap" and "ab" after first names of Wales, and Irish first names
 * with their accents before "Mac". */
static void
test_extractor_welsh_and_irish_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Gwenllian ab Owain told the BBC. Dafydd ap Iorwerth, the Plaid Cymru leader, agreed. "
             "Se\xc3\xa1n Mac Giolla Ph\xc3\xa1" "draig, a Sinn F\xc3\xa9in councillor, spoke.\n");

  g_assert_nonnull (find_entity (entities, "Gwenllian ab Owain", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Dafydd ap Iorwerth", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Se\xc3\xa1n Mac Giolla Ph\xc3\xa1" "draig", LECTERN_ENTITY_PERSON));
}

/* "Hon." and "Rt" of Commonwealth members end no sentence and are no
 * part of a name; the words after "Hon." are one. */
static void
test_extractor_honourables (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Speaker Hon. Moses Wetang'ula adjourned the House. "
             "The Rt Hon Jacinda Ardern listened.\n\n"
             "Shares of Hon Hai rose on Monday after the results were published.\n\n"
             "Minority Leader Hon. Duke Onyancha Masira, who opposed the motion, said it had failed.\n");

  g_assert_nonnull (find_entity (entities, "Moses Wetang'ula", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Jacinda Ardern", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Hon", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Rt Hon Jacinda Ardern", LECTERN_ENTITY_PERSON));
  /* After "Hon.", a title of the lists is a first name. */
  g_assert_nonnull (find_entity (entities, "Duke Onyancha Masira", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Hai", LECTERN_ENTITY_PERSON));
}

/* A rank the tagger read as the first word of a body, before a person. */
static void
test_extractor_ranks_read_as_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "South African Police Service spokesperson Brig. Athlenda Mathe said three people were arrested.\n");

  g_assert_nonnull (find_entity (entities, "Athlenda Mathe", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Mathe", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "South African Police Service", LECTERN_ENTITY_ORGANIZATION));
}

/* Long acronyms written with one capital ("Umno" for "UMNO") are the
 * listed bodies; a first name of that form is not ("Dewa"). */
static void
test_extractor_title_case_acronyms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "His supporters in Umno have continued to press for him, the party said.\n\n"
             "I Dewa Gede Budjana, known as Dewa Budjana, is a guitarist.\n");

  g_assert_nonnull (find_entity (entities, "Umno", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Dewa", LECTERN_ENTITY_ORGANIZATION));
}

/* Nicknames in single or double quotation marks inside a name. */
static void
test_extractor_nicknames (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Senate President Vicente 'Tito' Sotto III told reporters. Senator Christopher "
             "\xe2\x80\x98" "Bong\xe2\x80\x99 Go was absent. Senator Ronald 'Bato' dela Rosa did not attend.\n");

  g_assert_nonnull (find_entity (entities, "Vicente 'Tito' Sotto III", LECTERN_ENTITY_PERSON));
  /* Names are given with straight quotation marks. */
  g_assert_nonnull (find_entity (entities, "Christopher 'Bong' Go", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Ronald 'Bato' dela Rosa", LECTERN_ENTITY_PERSON));
}

/* A Spanish first name the lists know only without its accent, after a
 * title; a common word alone before the title is no one. */
static void
test_extractor_accented_first_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "The governor said he would back a bill filed by State Sen. Ram\xc3\xb3n de la Garza on Monday.\n\n"
             "Les lignes sont: Tours au Mans; Sabl\xc3\xa9 \xc3\xa0 Angers et \xc3\xa0 Nantes.\n");

  g_assert_nonnull (find_entity (entities, "Ram\xc3\xb3n de la Garza", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "State", LECTERN_ENTITY_PERSON));
  /* French accents are not folded: "Sable" is an American first name. */
  g_assert_null (find_entity (entities, "Sabl\xc3\xa9", LECTERN_ENTITY_PERSON));
}

/* Names of Hong Kong before an age, though the surname names a place
 * somewhere; an ordinance is a law, no body. */
static void
test_extractor_hong_kong_names_and_ordinances (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Kelvin Chan Ka-wing, 31, a former social worker, Tsang Hoi-yan, 24, a student, and Mak Wai-lun, "
             "45, a driver, each face one count under the Safeguarding National Security Ordinance, which was "
             "passed in March.\n");

  g_assert_nonnull (find_entity (entities, "Tsang Hoi-yan", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Tsang Hoi-yan", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Safeguarding National Security Ordinance", LECTERN_ENTITY_ORGANIZATION));
}

/* A listed body and a country before a verb: its branch there. */
static void
test_extractor_national_branches (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Greenpeace Indonesia said satellite images showed that land clearing had already begun.\n");

  g_assert_nonnull (find_entity (entities, "Greenpeace Indonesia", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Greenpeace", LECTERN_ENTITY_ORGANIZATION));
}

/* Irish "Ní" with a capital inside a name; Malaysia's "Tan Sri"; bodies
 * of the Welsh and Irish languages from the list. */
static void
test_extractor_irish_particles_and_malaysian_titles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Det Garda Siobh\xc3\xa1n N\xc3\xad Mhurch\xc3\xba told the court that the man made no reply "
             "when charged.\n\n"
             "The commission's chief commissioner, Tan Sri Mohd Dusuki Mokhtar, said the case was strong.\n\n"
             "Members of Cymdeithas yr Iaith Gymraeg and Conradh na Gaeilge protested outside the offices.\n");

  g_assert_nonnull (find_entity (entities, "Siobh\xc3\xa1n N\xc3\xad Mhurch\xc3\xba", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Garda", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Mohd Dusuki Mokhtar", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Cymdeithas yr Iaith Gymraeg", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Conradh na Gaeilge", LECTERN_ENTITY_ORGANIZATION));
}

/* Names of Singapore and Malaysia: "s/o" (son of), a father's "Tun"
 * inside a name, "Barrister" before one, "Puan" as a first name in
 * Indonesia. */
static void
test_extractor_malaysian_and_singaporean_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "A third man, Ravichandran s/o Murugiah, 45, a Malaysian, is accused of delivering cash.\n\n"
             "Former prime minister Datuk Seri Najib Tun Razak, who is in prison, said he was innocent.\n\n"
             "Barrister Gohar Ali Khan said the party would appeal. House Speaker Puan Maharani said the bill "
             "would pass.\n");

  g_assert_nonnull (find_entity (entities, "Ravichandran s/o Murugiah", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Najib Tun Razak", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Razak", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Gohar Ali Khan", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Puan Maharani", LECTERN_ENTITY_PERSON));
}

/* A name the tagger took for a body, before an age, after any word. */
static void
test_extractor_names_before_ages (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "In the gallery sat Luzviminda Rabago, 58, whose son was shot dead in 2017.\n");

  g_assert_nonnull (find_entity (entities, "Luzviminda Rabago", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Luzviminda Rabago", LECTERN_ENTITY_ORGANIZATION));
}

/* A body, its branch in a country and a party's youth wing are three. */
static void
test_extractor_branches_and_wings_stay_apart (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Greenpeace said the plan was bad. Greenpeace Indonesia said satellite images showed clearing had "
             "begun.\n\n"
             "His supporters in Umno have continued to press for him. Umno Youth chief Akmal Saleh said on Sunday "
             "that the commission was wrong.\n");

  g_assert_nonnull (find_entity (entities, "Greenpeace", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Greenpeace Indonesia", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Umno", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Umno Youth", LECTERN_ENTITY_ORGANIZATION));
}

/* A business named in full, then by its first words alone: those are its
 * mentions, even where the tagger read them as a place; a place that
 * starts a name ("New York" of the newspaper) is not. A team's nickname
 * after its city is the team's too. */
static void
test_extractor_short_names_of_organizations (void)
{
  const char *text = "Talks.\n\n"
                     "Shares in Tamberlane Regional Airports plc rose on Monday after the bid was made public. "
                     "Tamberlane said its board would meet on Friday, and analysts said a rival offer for "
                     "Tamberlane was likely.\n\n"
                     "About 9,000 workers at Cascade Fresh Markets walked off the job on Friday.\n\n"
                     "Cascade Fresh, which is owned by a private equity firm, said its offer was among the best "
                     "in the industry, and the union said Cascade Fresh had refused to talk.\n\n"
                     "The New York Times reported the talks first; the mayor of New York said nothing.\n\n"
                     "The Lahore Qalandars won again, and the Qalandars now lead the table.\n";
  g_autoptr(GPtrArray) entities = extract (text);
  LecternEntity *airports = find_entity (entities, "Tamberlane Regional Airports plc", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *grocer = find_entity (entities, "Cascade Fresh Markets", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *paper = find_entity (entities, "The New York Times", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *team;
  gint64 at;

  g_assert_nonnull (airports);
  g_assert_true (has_form (airports, "Tamberlane"));
  for (guint k = 1; k <= 2; k++)
    {
      at = offset_of (text, "Tamberlane", k);
      g_assert_true (has_mention (airports, at, at + strlen ("Tamberlane")));
    }
  g_assert_nonnull (grocer);
  for (guint k = 1; k <= 2; k++)
    {
      at = offset_of (text, "Cascade Fresh", k);
      g_assert_true (has_mention (grocer, at, at + strlen ("Cascade Fresh")));
    }
  g_assert_nonnull (paper);
  g_assert_cmpuint (paper->mentions->len, ==, 1);
  team = find_entity (entities, "Lahore Qalandars", LECTERN_ENTITY_ORGANIZATION);
  g_assert_nonnull (team);
  at = offset_of (text, "Qalandars", 1);
  g_assert_true (has_mention (team, at, at + strlen ("Qalandars")));
  assert_mentions_valid (text, entities);
}

/* Countries by their letters are places, not organizations. */
static void
test_extractor_country_abbreviations (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "The UAE said on Monday it would send aid, and the DRC army said the rebels had left the town.\n\n"
             "Le président de la RDC a reçu mardi le ministre.\n");

  g_assert_null (find_entity (entities, "UAE", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "DRC", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "RDC", LECTERN_ENTITY_ORGANIZATION));
}

/* A country or "Pty" in brackets before a legal form belongs to the
 * company's name, whether the tagger found the name or not. */
static void
test_extractor_bracketed_legal_forms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Farmers sell their beans to the Cocoa Marketing Company (Ghana) Ltd, the state agency that sells "
             "them abroad.\n\n"
             "The city suspended Masakhane Pipe Works (Pty) Ltd on Monday after the pipes burst again.\n");

  g_assert_nonnull (find_entity (entities, "Cocoa Marketing Company (Ghana) Ltd", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Masakhane Pipe Works (Pty) Ltd", LECTERN_ENTITY_ORGANIZATION));
}

/* A body, its member's rank and title, and the member, run together by
 * the tagger: the title ends the body and starts the person. */
static void
test_extractor_chiefs_of_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Assembly of First Nations National Chief Cindy Woodhouse Nepinak said the law must not be rushed.\n");

  g_assert_nonnull (find_entity (entities, "Assembly of First Nations", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Cindy Woodhouse Nepinak", LECTERN_ENTITY_PERSON));
}

/* A name before a comma, a determiner and a role is a person's. */
static void
test_extractor_roles_after_determiners (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "But Fiona Castellano-Hughes, its executive general manager of distribution, confirmed the date in a "
             "statement.\n");

  g_assert_nonnull (find_entity (entities, "Fiona Castellano-Hughes", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Fiona Castellano-Hughes", LECTERN_ENTITY_ORGANIZATION));
}

/* A name that ends with a trade names a firm, not a person. */
static void
test_extractor_names_ending_with_trades (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Franz Bakery, which supplies bread to most of the chain's stores, said it would keep delivering.\n");

  g_assert_nonnull (find_entity (entities, "Franz Bakery", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Franz Bakery", LECTERN_ENTITY_PERSON));
}

/* A company's name up to its legal form may start a sentence. */
static void
test_extractor_companies_starting_sentences (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Masakhane Pipe Works (Pty) Ltd, a firm hired in 2024 to replace ageing mains, abandoned six sites in "
             "December.\n");

  g_assert_nonnull (find_entity (entities, "Masakhane Pipe Works (Pty) Ltd", LECTERN_ENTITY_ORGANIZATION));
}

/* A party named by its members in the plural, after "the" or before
 * one of its members' roles. */
static void
test_extractor_parties_in_the_plural (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Counts across England confirmed heavy losses for Labour and the Conservatives on Friday.\n\n"
             "The committee's chair, Greens senator Sarah Hanson-Young, said the hearing would resume.\n\n"
             "In Holyrood, the Scottish Liberals backed the motion.\n");

  g_assert_nonnull (find_entity (entities, "Conservatives", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Greens", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Sarah Hanson-Young", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Greens senator Sarah Hanson-Young", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Scottish Liberals", LECTERN_ENTITY_ORGANIZATION));
}

/* A chamber and one of its committees are two bodies. */
static void
test_extractor_chambers_and_their_committees (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Bedford told the Senate Commerce, Science and Transportation Committee on Tuesday that the rules "
             "were working.\n\n"
             "The bill now goes to the full Senate, where it is expected to pass.\n");

  g_assert_nonnull (find_entity (entities, "Senate Commerce, Science and Transportation Committee",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Senate", LECTERN_ENTITY_ORGANIZATION));
}

/* Names of Malaysia and Singapore: after a court's title in capitals,
 * with "binti", after honorifics; companies with "Sdn Bhd"; a sentence
 * that starts after "Ltd.". */
static void
test_extractor_malaysian_titles_and_firms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Deputy Public Prosecutor Ng Yiling said the bank had lost track of the money.\n\n"
             "A former employee, Nurul Huda binti Mohamed Rashid, 38, pleaded guilty.\n\n"
             "The money went to a company he had set up, Bukit Lumut Holdings Pte Ltd. Some of the funds paid for "
             "cars.\n\n"
             "Perak Menteri Besar Datuk Seri Saarani Mohamad said the state would cooperate.\n\n"
             "He was executive chairman of Seri Kinta Development Sdn Bhd until 2023.\n\n"
             "The trial continues on Monday.\n");

  g_assert_nonnull (find_entity (entities, "Ng Yiling", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Nurul Huda binti Mohamed Rashid", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Mohamed Rashid", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Bukit Lumut Holdings Pte Ltd.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Saarani Mohamad", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Menteri Besar Datuk", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Seri Kinta Development Sdn Bhd", LECTERN_ENTITY_ORGANIZATION));
}

/* A listed body and a country after it is its branch there; two bodies
 * with acronyms of their own are two, though one's name holds the
 * other's. */
static void
test_extractor_branches_and_nested_acronyms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Save the Children Philippines said 40,000 children were out of school.\n\n"
             "The speech attacked the ruling Dravida Munnetra Kazhagam (DMK) and the opposition All India Anna "
             "Dravida Munnetra Kazhagam (AIADMK).\n\n"
             "The rally ended at night.\n");

  g_assert_nonnull (find_entity (entities, "Save the Children Philippines", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Save the Children", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Dravida Munnetra Kazhagam", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "All India Anna Dravida Munnetra Kazhagam", LECTERN_ENTITY_ORGANIZATION));
}

/* A committee's or a department's portfolios, listed with commas and
 * "and", whatever the tagger makes of a single one of them; a French
 * ministry's portfolio with its adjective in -ière or its complement. */
static void
test_extractor_portfolio_lists (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "The miner says the Department of Mines, Petroleum and Exploration overcharged it for two years.\n\n"
             "Farmers wrote to the Departmental Committee on Agriculture and Livestock on Monday.\n\n"
             "Mr Ortiz, who chairs the board's Finance and Personnel Committee, objected to the plan.\n\n"
             "Labour wants the Education, Children and Young People Committee to hold an inquiry.\n\n"
             "The markets close early on Friday.\n");
  g_autoptr(GPtrArray) french =
    extract ("Débat.\n\n"
             "Le ministère de l'Agriculture, du Développement rural et des Productions vivrières a promis un audit. "
             "Le ministère de la Transition numérique et de la Réforme de l'administration a répondu aux opérateurs.\n\n"
             "La séance a été levée dans la soirée par le président de la commission.\n");

  g_assert_nonnull (find_entity (entities, "Department of Mines, Petroleum and Exploration", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Departmental Committee on Agriculture and Livestock", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Livestock", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Finance and Personnel Committee", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Education, Children and Young People Committee", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "ministère de l'Agriculture, du Développement rural et des Productions vivrières",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "ministère de la Transition numérique et de la Réforme de l'administration",
                                 LECTERN_ENTITY_ORGANIZATION));
}

/* A party before its member's letters or seat, or in brackets after a
 * member's name, is an organization and no part of the person. */
static void
test_extractor_party_of_a_member (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Council crisis deepens.\n\n"
             "On Monday, Fianna Fáil TD Brendan Kinsella said the cost had doubled, and the Conservative councillor "
             "Tom Hale said that the budget would not be approved by the end of the month.\n\n"
             "The motion from Cllr Ann Bryce (Green) was defeated by a large majority after a debate that lasted "
             "for more than three hours in the chamber.\n\n"
             "The next meeting of the full council is on Friday next week.\n");

  g_assert_nonnull (find_entity (entities, "Fianna Fáil", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Brendan Kinsella", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Conservative", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Tom Hale", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Green", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Green", LECTERN_ENTITY_PERSON));
}

/* A listed body "of" a state or a county is its chapter there. */
static void
test_extractor_state_chapters (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Lawsuit.\n\n"
             "\"We will win this,\" said a lawyer at the ACLU of Missouri, which filed the case. Planned Parenthood "
             "of Michigan said it would join the suit.\n\n"
             "Shares of Toyota Motor Corp. of Japan rose in Tokyo.\n\n"
             "The hearing is set for June.\n");

  g_assert_nonnull (find_entity (entities, "ACLU of Missouri", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "ACLU", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Planned Parenthood of Michigan", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Toyota Motor Corp. of Japan", LECTERN_ENTITY_ORGANIZATION));
}

/* Bodies the name table knows apart stay apart ("NHS", "NHS England");
 * an acronym and its expansion listed together are one; India's "Union"
 * before a minister is no body. */
static void
test_extractor_known_bodies_apart (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Sir Jim Mackey, the chief executive of NHS England, said mergers would speed up. Reports across the "
             "NHS have warned of the risk.\n\n"
             "Union Home Minister Amit Shah would address the rally, the party said.\n\n"
             "The Association of Southeast Asian Nations met in Kuala Lumpur. ASEAN works by consensus, a "
             "diplomat said.\n\n"
             "The talks end on Friday.\n");
  LecternEntity *asean = find_entity (entities, "Association of Southeast Asian Nations", LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (find_entity (entities, "NHS England", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "NHS", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Union", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Amit Shah", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (asean);
  g_assert_true (has_form (asean, "ASEAN"));
  g_assert_null (find_entity (entities, "ASEAN", LECTERN_ENTITY_ORGANIZATION));
}

/* A general's rank without its stop ("Brig Gen") and a community's name
 * ("Dalit") are no people. */
static void
test_extractor_ranks_and_communities (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Labour and employment adviser Brig Gen (retd) M Sakhawat Hussain, who visited the site, ordered a "
             "probe. Thirumavalavan warned Dalit voters against splitting the vote.\n\n"
             "The talks end on Friday.\n");

  g_assert_nonnull (find_entity (entities, "M Sakhawat Hussain", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Gen", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Dalit", LECTERN_ENTITY_PERSON));
}

/* After a minister's portfolio or a party's title, a name no list knows. */
static void
test_extractor_names_after_portfolios (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Deputy Minister of Finance Harshana Suriyapperuma said the holdouts would get no better terms. "
             "Minister of Foreign Affairs and Tourism Vijitha Herath, however, said talks would continue.\n\n"
             "Opposition Leader Sajith Premadasa of the Samagi Jana Balawegaya accused the government of running "
             "the country from a spreadsheet.\n\n"
             "The plan was agreed with Senior General Min Aung Hlaing in April 2021, the ministers said.\n\n"
             "The talks end on Friday.\n");

  g_assert_nonnull (find_entity (entities, "Harshana Suriyapperuma", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Vijitha Herath", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Finance Harshana Suriyapperuma", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Sajith Premadasa", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Min Aung Hlaing", LECTERN_ENTITY_PERSON));
}

/* A paragraph that opens with a long quote and ends with its speaker's
 * titles and name is no headline in Title Case. */
static void
test_extractor_quote_then_titled_name (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "The bank said the transfers had been approved by clients.\n\n"
             "\"This was not a moment of weakness. This was a system, run with patience and considerable skill,\" "
             "DPP Ng told District Judge Chua Li Ting.\n\n"
             "The trial continues on Monday.\n");

  g_assert_nonnull (find_entity (entities, "Chua Li Ting", LECTERN_ENTITY_PERSON));
}

/* A first name and a surname no list knows, after a title in capitals. */
static void
test_extractor_unknown_surname_after_title (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Assistant District Attorney Renata Okonjo-Vasquez said in her opening statement that the victim "
             "died within minutes.\n\n"
             "The trial continues on Monday.\n");

  g_assert_nonnull (find_entity (entities, "Renata Okonjo-Vasquez", LECTERN_ENTITY_PERSON));
}

/* A dateline in capitals names a place, even with words in lower case
 * after its comma; so does a name between "the" and "crossing". */
static void
test_extractor_places_in_datelines_and_before_place_words (void)
{
  g_autoptr(GPtrArray) dateline =
    extract ("Aid convoy waits for hours in the heat\n\n"
             "KEREM SHALOM CROSSING, Israel-Gaza border \xe2\x80\x94 A convoy of 64 trucks waited for more than "
             "nine hours on Sunday, officials said.\n");
  g_autoptr(GPtrArray) crossing =
    extract ("Talks.\n\n"
             "The trucks waited for nine hours at the Kerem Shalom crossing on Sunday before some were let "
             "through.\n");

  g_assert_null (find_entity (dateline, "KEREM SHALOM CROSSING", LECTERN_ENTITY_PERSON));
  g_assert_cmpuint (dateline->len, ==, 0);
  g_assert_null (find_entity (crossing, "Kerem Shalom", LECTERN_ENTITY_PERSON));
}

/* A kind of court before "Court" names a court, not a place; an amount
 * with a currency's letters and a unit names no body, nor does a title
 * with its portfolio. */
static void
test_extractor_courts_amounts_and_portfolios (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "The lawsuit, filed in U.S. District Court in San Francisco together with the states, seeks "
             "damages.\n\n"
             "The agency said RM420mil had been moved through shell firms.\n\n"
             "In Dublin, Patrick O'Donovan, the Minister for Culture, Communications and Sport, said he had asked "
             "his officials for advice.\n");

  g_assert_nonnull (find_entity (entities, "U.S. District Court", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "RM420mil", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Minister for Culture", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Patrick O'Donovan", LECTERN_ENTITY_PERSON));
}

/* After a role in lower case, a name the tagger took for a body is a
 * person's, even with a surname that also names a place. */
static void
test_extractor_place_surnames_after_roles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "Etihad chief executive Antonoaldo Neves said the jets would replace older ones.\n");

  g_assert_nonnull (find_entity (entities, "Antonoaldo Neves", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Antonoaldo Neves", LECTERN_ENTITY_ORGANIZATION));
}

/* A first name and a surname the tagger took for a thing, after a
 * country's possessive. */
static void
test_extractor_people_taken_for_things (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks ended.\n\n"
             "He faces Norway's Casper Ruud next.\n");

  g_assert_nonnull (find_entity (entities, "Casper Ruud", LECTERN_ENTITY_PERSON));
}

/* A first name and a double surname the tagger took for an organization
 * inside a sentence, and a French role after a name. */
static void
test_extractor_french_roles_and_double_surnames (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("« Le Qatar a obtenu ce que personne n'obtenait », nuance Onesphore Sematumba, analyste à "
             "l'International Crisis Group.\n\n"
             "La conseillère fédérale Karin Keller-Sutter a présenté un projet.\n");

  g_assert_nonnull (find_entity (entities, "Onesphore Sematumba", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Karin Keller-Sutter", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "International Crisis Group", LECTERN_ENTITY_ORGANIZATION));
}

/* French bodies in lower case: a bar, a country's prosecutor, a court of
 * a province. */
static void
test_extractor_french_bars_and_prosecutors (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Leur avocat, Me Karim Tazi, du barreau de Casablanca, dénonce des interpellations.\n\n"
             "Le parquet fédéral a requis mercredi douze ans de prison.\n\n"
             "La direction a obtenu du tribunal de première instance du Hainaut une ordonnance.\n");

  g_assert_nonnull (find_entity (entities, "barreau de Casablanca", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "parquet fédéral", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "tribunal de première instance du Hainaut", LECTERN_ENTITY_ORGANIZATION));
}

/* A party and its member's letters before a name ("Labour TD"), and the
 * South African advocate's "Adv.", which ends no sentence. */
static void
test_extractor_party_letters_and_advocates (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("The government would review it. Labour TD Ged Nash, who has campaigned on it, agreed.\n\n"
             "Pretorius is represented by Adv. Lize-Marie Botha.\n");

  g_assert_nonnull (find_entity (entities, "Labour", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Ged Nash", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Lize-Marie Botha", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Labour TD", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Adv", LECTERN_ENTITY_PERSON));
}

/* A name that ends with a word only a company bears is a company's,
 * whatever the tagger made of it. */
static void
test_extractor_company_last_words (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Kestrel Resources swings to $312m loss, shelves Kwinana expansion as lithium slump bites\n\n"
             "Perth-based lithium producer Kestrel Resources has swung to a $312 million net loss for the six "
             "months to December 31.\n\n"
             "Start-ups on the continent raised about a third less in 2023 than a year earlier, according to data "
             "compiled by Savanna Insights, and several firms cut jobs.\n");

  g_assert_nonnull (find_entity (entities, "Kestrel Resources", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Savanna Insights", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Kestrel Resources", LECTERN_ENTITY_PERSON));
}

/* A person the tagger stopped at the first name ("Jen" of "Jen
 * Easterly"). */
static void
test_extractor_extended_first_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("\"Every unpatched edge device is an open door,\" CISA Director Jen Easterly told reporters.\n");

  g_assert_nonnull (find_entity (entities, "Jen Easterly", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Jen", LECTERN_ENTITY_PERSON));
}

/* Central American nationalities, and the first word of a two-word one,
 * name no one. */
static void
test_extractor_central_american_demonyms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Fujimori has copied plans, echoing Salvadoran President Nayib Bukele.\n\n"
             "The OAS has sent 90 observers, led by former Costa Rican Foreign Minister Manuel González.\n");

  g_assert_null (find_entity (entities, "Salvadoran", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Costa", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Nayib Bukele", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Manuel González", LECTERN_ENTITY_PERSON));
}

/* A minister's name in an apposition whose surname is also a place. */
static void
test_extractor_appositions_read_as_places (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Le ministre burkinabè de la Sécurité, Mahamadou Sana, a annoncé l'ouverture d'une enquête.\n");

  g_assert_nonnull (find_entity (entities, "Mahamadou Sana", LECTERN_ENTITY_PERSON));
}

/* A person's possessive before a party, after a title. */
static void
test_extractor_titled_owners_of_parties (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Seoul talks stall.\n\n"
             "President Lee Jae-myung's Democratic Party of Korea said on Monday it would push the bill. "
             "Prime Minister Keir Starmer's Labour Party lost the seat.\n");

  g_assert_nonnull (find_entity (entities, "Lee Jae-myung", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Democratic Party of Korea", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "President Lee Jae-myung's Democratic Party of Korea",
                              LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Prime", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Labour Party", LECTERN_ENTITY_ORGANIZATION));
}

/* Firms named by their partners and a word of their trade, and the
 * people who speak for them. */
static void
test_extractor_professional_firms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Inquest.\n\n"
             "The family were represented by Fiona Akerele of Hudson Pike Solicitors and supported by a charity. "
             "Rosalind Tate KC, of Furnival Row Chambers, for Bell, told the judge the sentence was too long.\n\n"
             "Workers at Williamson Tea and Patrick Terminals downed tools, said a lawyer at Haddad Legal. "
             "\"It is clean,\" said Neha Agarwal of Kotak Institutional Equities, who raised her target.\n");

  g_assert_nonnull (find_entity (entities, "Fiona Akerele", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Hudson Pike Solicitors", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Rosalind Tate", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Furnival Row Chambers", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Williamson Tea", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Patrick Terminals", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Haddad Legal", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Kotak Institutional Equities", LECTERN_ENTITY_ORGANIZATION));
}

/* French police forces in lower case, by their seat or their country. */
static void
test_extractor_french_police_forces (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Enquête à Saint-Malo.\n\n"
             "L'enquête a été confiée au commissariat de Saint-Malo puis à la police judiciaire de Rennes. "
             "La gendarmerie nationale a déployé un hélicoptère. Les militaires de la brigade de recherches "
             "de Bergerac ont été saisis, comme la gendarmerie de Lalinde. La police fédérale belge a été "
             "prévenue, ainsi que la zone de police Bruxelles-Midi.\n\n"
             "La police a fermé la rue et la brigade est rentrée.\n");

  g_assert_nonnull (find_entity (entities, "commissariat de Saint-Malo", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "police judiciaire de Rennes", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "gendarmerie nationale", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "brigade de recherches de Bergerac", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "gendarmerie de Lalinde", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "police fédérale", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "zone de police Bruxelles-Midi", LECTERN_ENTITY_ORGANIZATION));
  /* The force in general and a brigade without its seat are no names. */
  g_assert_null (find_entity (entities, "police", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "brigade", LECTERN_ENTITY_ORGANIZATION));
}

/* Spanish and Portuguese bodies named in their language. */
static void
test_extractor_iberian_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Water cuts in Monterrey.\n\n"
             "The Comisión Nacional del Agua said reservoirs were low. Servicios de Agua y Drenaje de Monterrey "
             "cut supply, and farmers of the Junta de Usuarios del Valle de Tambo complained to the Defensoría "
             "del Pueblo. The retailer Grupo Casas Bahia filed for protection.\n");

  g_assert_nonnull (find_entity (entities, "Comisión Nacional del Agua", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Servicios de Agua y Drenaje de Monterrey", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Junta de Usuarios del Valle de Tambo", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Defensoría del Pueblo", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Grupo Casas Bahia", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Usuarios", LECTERN_ENTITY_PERSON));
}

/* Firms of partners and families, and Quebec's "inc.". */
static void
test_extractor_partner_firms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Liquidation.\n\n"
             "The liquidators from Alvarez & Marsal Asia Ltd were appointed. Lemaire was advised by Lazard Frères "
             "Banque and Lenz & Staehelin.\n");
  g_autoptr(GPtrArray) french =
    extract ("Loyers.\n\n"
             "Le propriétaire, Gestion immobilière Beaubien inc., a refusé. L'huilerie Ben Salem et Fils SARL a "
             "fermé.\n");

  g_assert_nonnull (find_entity (entities, "Alvarez & Marsal Asia Ltd", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Lazard Frères Banque", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Lenz & Staehelin", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Gestion immobilière Beaubien inc.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Ben Salem et Fils SARL", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "Ben Salem", LECTERN_ENTITY_PERSON));
}

/* A paragraph mostly of names and titles is still English: its people
 * are not held to the stricter test of a foreign paragraph. */
static void
test_extractor_paragraphs_of_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Politics.\n\n"
             "Ontario Premier Doug Ford has called for tougher penalties. Texas Governor Greg Abbott signed the bill. "
             "Kerala Chief Minister Pinarayi Vijayan said so. Alberta Premier Danielle Smith disagreed, while "
             "Quebec Premier François Legault stayed silent. New South Wales Premier Chris Minns met Victorian "
             "Premier Jacinta Allan.\n");

  g_assert_nonnull (find_entity (entities, "Pinarayi Vijayan", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Greg Abbott", LECTERN_ENTITY_PERSON));
}

/* Offices: after a place, before a name, or alone. */
static void
test_extractor_offices_and_places (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Court news.\n\n"
             "Ontario Premier Doug Ford has called for tougher penalties. Giving evidence, Sgt Holt said he had been "
             "trained to restrain people. A spokeswoman for the Attorney-General, Michael Daley, said the government "
             "did not comment. \"They are targeted,\" said Deputy Commissioner of Police (Cyber) Rashmi Kulkarni.\n");

  g_assert_nonnull (find_entity (entities, "Doug Ford", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Sgt Holt", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Holt", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Attorney-General", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Deputy Commissioner of Police", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Rashmi Kulkarni", LECTERN_ENTITY_PERSON));
}

/* Saints' schools, people's committees, a firm of partners with a
 * word of its trade, and amounts in a currency's symbol. */
static void
test_extractor_saints_committees_and_amounts (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Hanoi.\n\n"
             "The Tan Binh District People's Committee approved the plan. Pupils of St Aidan's Catholic College "
             "joined the march. Prices rose to Dh43 million. The firm Al Shamsi & Partners Advocates represented "
             "them.\n");

  g_assert_nonnull (find_entity (entities, "Tan Binh District People's Committee", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Tan Binh District People", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "St Aidan's Catholic College", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Dh43", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Al Shamsi & Partners Advocates", LECTERN_ENTITY_ORGANIZATION));
}

/* French family firms and the words of their trade. */
static void
test_extractor_family_firms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Procès.\n\n"
             "Le chauffeur, employé chez Transports Lafitte et Fils, a écouté le verdict. Son avocat, du cabinet "
             "Tanguy & Associés, a plaidé la relaxe. La régie Blanc Immobilier Sàrl gérait l'immeuble. "
             "Pourquoi Vuilleumier & Fils a-t-il fermé ? Le négoce Maison Lafargue Frères a racheté la récolte.\n");

  g_assert_nonnull (find_entity (entities, "Transports Lafitte et Fils", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Tanguy & Associés", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Associés", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Blanc Immobilier Sàrl", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Vuilleumier & Fils", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Pourquoi Vuilleumier & Fils", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Maison Lafargue Frères", LECTERN_ENTITY_ORGANIZATION));
}

/* A name the tagger read as a body, before an apposition that says who
 * the person is. */
static void
test_extractor_people_described_after (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Banks.\n\n"
             "\"There are still more than 200 banks in this country,\" said Reto Baumann, a banking analyst at "
             "Vontobel.\n\n"
             "The Bucks had led 71-52 behind a strong half from center Marcus Bell, who finished with 12 points.\n");

  g_assert_nonnull (find_entity (entities, "Reto Baumann", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Marcus Bell", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Vontobel", LECTERN_ENTITY_ORGANIZATION));
}

/* A party before a member's post, and a country's missions abroad. */
static void
test_extractor_party_members_and_missions (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Visas.\n\n"
             "Pheu Thai Party MP for Chiang Mai Siriporn Kaewkanya said the plan would fail. The Consulate General "
             "of India in Dubai said it had been contacted by families. A spokesman for the U.S. Consulate General "
             "declined to comment.\n");
  g_autoptr(GPtrArray) french =
    extract ("Liège.\n\n"
             "La zone de police de Liège avait mobilisé 400 hommes, renforcés par la police fédérale.\n");

  g_assert_nonnull (find_entity (entities, "Pheu Thai Party", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Siriporn Kaewkanya", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Consulate General of India", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "U.S. Consulate General", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "police fédérale", LECTERN_ENTITY_ORGANIZATION));
}

/* Where people live and Irish counties are places. */
static void
test_extractor_residents_and_counties (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Three jailed for life over 'senseless' murder of Woolwich schoolboy Kian Adeyemi\n\n"
             "Tyrese Marsh, 19, and a 17-year-old boy were convicted in June of the murder of Kian Adeyemi, who "
             "died near Glyndon Road in Woolwich last October. A man from Lucan, Co Dublin, was also charged, said "
             "Mr Marsh's lawyer at Daly Whelan Solicitors in Co. Kerry.\n");

  g_assert_nonnull (find_entity (entities, "Kian Adeyemi", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Woolwich", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Co Dublin", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Co. Kerry", LECTERN_ENTITY_ORGANIZATION));
}

/* Bylines and photo credits with a colon or a place: their people are
 * found. */
static void
test_extractor_bylines_with_places (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Un policier coupable\n\n"
             "Laurence Bérubé-Cloutier, Le Devoir, à Montréal\n\n"
             "Le policier a été reconnu coupable mardi par la Cour du Québec.\n\n"
             "Photo : Jean-Philippe Caron, La Presse Canadienne\n");

  g_assert_nonnull (find_entity (entities, "Laurence Bérubé-Cloutier", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Jean-Philippe Caron", LECTERN_ENTITY_PERSON));
}

/* Names the tagger left out, after a verb of saying and before a
 * person's apposition, or after a role between commas. */
static void
test_extractor_people_after_saying_and_roles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Fraud.\n\n"
             "A court-appointed receiver, Howard Lindqvist, has so far recovered about $61 million. \"Recoveries are "
             "low,\" said Hope Ng, a senior credit analyst at CreditSight.\n");

  g_assert_nonnull (find_entity (entities, "Howard Lindqvist", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Hope Ng", LECTERN_ENTITY_PERSON));
}

/* A country's code before its body stays in the name, where the tagger
 * read it as a place. */
static void
test_extractor_country_codes_read_as_places (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Fentanyl.\n\n"
             "Two suspects were arrested on Monday, and U.S. Customs and Border Protection seized the pills at the "
             "border.\n");

  g_assert_nonnull (find_entity (entities, "U.S. Customs and Border Protection", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Customs and Border Protection", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_lower_case_ministries_and_missions (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Musées.\n\n"
             "Le ministère ivoirien de la culture et de la francophonie a transmis le dossier jeudi. Selon le "
             "ministère de la Santé publique, l'ambassade de Suisse au Sénégal a été informée. Un ministère de la "
             "culture serait utile, estime un élu.\n");

  g_assert_nonnull (find_entity (entities, "ministère ivoirien de la culture et de la francophonie",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "ministère de la Santé publique", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "ministère de la Santé", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "ambassade de Suisse au Sénégal", LECTERN_ENTITY_ORGANIZATION));
  /* Any such ministry, none in particular. */
  g_assert_null (find_entity (entities, "ministère de la culture", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_companies_named_by_one_word (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Lenders.\n\n"
             "Nairobi investors put Sh900m into lending startup Kopa on Monday. \"We are growing fast,\" said Kopa "
             "chief executive Achieng Otieno. Rival lenders Tala and Mwanzo said they would follow.\n");

  g_assert_nonnull (find_entity (entities, "Kopa", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Kopa", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Tala", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Achieng Otieno", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_burmese_and_thai_honorifics (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Schools reopen.\n\n"
             "\"We have no roof,\" Daw Khin Sandar said outside the school. In Bangkok, Khun Somchai sells noodles "
             "near the school, and Khun Somchai said prices had risen.\n");

  g_assert_nonnull (find_entity (entities, "Khin Sandar", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Somchai", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Khun Somchai", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_french_schools_and_town_halls (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Vaccins.\n\n"
             "Les élèves du collège Ibn Sina ont été vaccinés mardi, a indiqué le centre hospitalier Laborit. La "
             "mairie d'Aix-les-Bains a salué l'initiative.\n");

  g_assert_nonnull (find_entity (entities, "collège Ibn Sina", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "centre hospitalier Laborit", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "mairie d'Aix-les-Bains", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Ibn Sina", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_units_members_and_owners (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Listing.\n\n"
             "Stanbic IBTC Capital and Chapel Hill Denham are joint issuing houses, while Emirates NBD Capital will "
             "act as bookrunner. Liberal MP Georgina Mackay said on Tuesday that the listing was welcome.\n\n"
             "Two drugs are on sale: Eli Lilly's Kisunla and a rival. Prices are quoted at VND100 and Bt500.\n");

  g_assert_nonnull (find_entity (entities, "Stanbic IBTC Capital", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Emirates NBD Capital", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Georgina Mackay", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Liberal MP Georgina Mackay", LECTERN_ENTITY_PERSON));
  /* The company, not its drug. */
  g_assert_nonnull (find_entity (entities, "Eli Lilly", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Kisunla", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "VND100", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_slash_credits_and_firms_over_and (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Rates rise.\n\n"
             "Residents gather outside the hall on Monday. KT/Tep Rithy\n\n"
             "Demand was weak, Infineon Technologies and STMicroelectronics said, while NH Investment & "
             "Securities and Korea Investment & Securities cut their forecasts.\n\n"
             "Credit: Mere Tuhiwai/LDR\n");

  g_assert_nonnull (find_entity (entities, "Tep Rithy", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Mere Tuhiwai", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Infineon Technologies", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "STMicroelectronics", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "NH Investment & Securities", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Korea Investment & Securities", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_french_complements_and_offices (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Théâtre.\n\n"
             "Elle a étudié au Centre national des arts du cirque de Montréal avant de partir en tournée.\n\n"
             "The Ministry of Health, led by Cabinet Secretary Aden Duale, said that nearly a third of the "
             "participants were Hispanic, a group long left out of trials.\n");

  g_assert_nonnull (find_entity (entities, "Centre national des arts du cirque de Montréal",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Aden Duale", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Cabinet Secretary Aden Duale", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_surname_after_abbreviated_legal_form (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Listing.\n\n"
             "\"The demand is there,\" said Teresa Luna, an analyst at Marapao Securities Inc. Luna said the price "
             "was fair.\n");

  g_assert_nonnull (find_entity (entities, "Marapao Securities Inc.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Marapao Securities Inc. Luna", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Teresa Luna", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_bracketed_short_names_and_iberian_hospitals (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Mining.\n\n"
             "Rina Siregar of the Forest Watch Network (Jaring) said the permits were illegal, and the Federal Water "
             "Supervisory Authority (WaFin) opened an inquiry. Jaring will publish its report in May.\n\n"
             "Patients waited outside Hospital Universitario Dr. Ignacio Morones Prieto on Sunday.\n");
  LecternEntity *network = find_entity (entities, "Forest Watch Network", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *authority = find_entity (entities, "Federal Water Supervisory Authority", LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (network);
  g_assert_true (has_form (network, "Jaring"));
  g_assert_nonnull (authority);
  g_assert_true (has_form (authority, "WaFin"));
  g_assert_nonnull (find_entity (entities, "Hospital Universitario Dr. Ignacio Morones Prieto",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Ignacio Morones Prieto", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_sentences_dense_with_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Donations.\n\n"
             "The Boys & Girls Clubs of King County and Blue Cross Blue Shield of Michigan gave money, as did "
             "Harborview Medical Center.\n\n"
             "More information: G. Petit et al. Hibernation and Torpor: Prospects for Human Spaceflight, Handbook "
             "of Life Support Systems for Spacecraft and Extraterrestrial Habitats (2018). DOI: "
             "10.1007/978-3-319-09575-2_199-1\n");

  /* Not a headline in Title Case: its verbs are in lower case. */
  g_assert_nonnull (find_entity (entities, "Blue Cross Blue Shield of Michigan", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Harborview Medical Center", LECTERN_ENTITY_ORGANIZATION));
  /* A paper's title is. */
  g_assert_null (find_entity (entities, "Extraterrestrial Habitats", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_squads_tribes_and_markets (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Arrests.\n\n"
             "Officers from the Homicide Squad arrested two men near Ben Thanh Market on Sunday, and the Seminole "
             "Tribe of Florida offered a reward.\n");

  g_assert_nonnull (find_entity (entities, "Homicide Squad", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Seminole Tribe of Florida", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Ben Thanh Market", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_french_complements_over_links (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Trafic.\n\n"
             "Selon la Division nationale de lutte contre la fraude douanière, le réseau opérait depuis 2019. "
             "L'Association d'aide aux victimes de la route, créée en 1990, accompagne les familles, avec la Chambre "
             "de commerce et d'industrie de Dakar.\n");

  g_assert_nonnull (find_entity (entities, "Division nationale de lutte contre la fraude douanière",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Association d'aide aux victimes de la route",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Chambre de commerce et d'industrie de Dakar",
                                 LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_kind_before_acronym (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Strike.\n\n"
             "Workers walked out on Monday. Union IG Metall, which represents most of them, said talks had failed.\n");

  g_assert_nonnull (find_entity (entities, "IG Metall", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Union IG Metall", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_offices_and_districts (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Review.\n\n"
             "The Ministry of Land, Urban Planning and Construction said it would answer the report about rents. "
             "The Department for Digital, Culture, Media and Sport said it would answer too.\n\n"
             "The audit was run with the Office of the Inspector General, which found no fraud in the accounts. "
             "The Texas Department of Criminal Justice said the execution had been stayed.\n\n"
             "In a statement, the Southern District of New York said the verdict sent a clear message to "
             "contractors.\n");

  g_assert_nonnull (find_entity (entities, "Ministry of Land, Urban Planning and Construction",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Department for Digital, Culture, Media and Sport",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Office of the Inspector General", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Texas Department of Criminal Justice", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Southern District of New York", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_institutions_named_after_people (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Sécheresse.\n\n"
             "Des chercheurs de l'Université Joseph Ki-Zerbo ont mesuré la baisse de la nappe, selon un rapport "
             "publié par le Centre national de presse Norbert Zongo la semaine dernière.\n\n"
             "Elle a été soignée au CHU Joseph Raseta Befelatanana avant de rentrer chez elle.\n\n"
             "Radio Don Bosco a lancé un appel aux dons, relayé par les paroisses du diocèse.\n\n"
             "Les élèves du lycée des métiers Jules-Ferry ont rejoint ceux de la Haute école de gestion Arc.\n");

  g_assert_nonnull (find_entity (entities, "Université Joseph Ki-Zerbo", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Centre national de presse Norbert Zongo", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "CHU Joseph Raseta Befelatanana", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Radio Don Bosco", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "lycée des métiers Jules-Ferry", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Haute école de gestion Arc", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Joseph Ki-Zerbo", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Norbert Zongo", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_partners_portfolios_and_chiefs (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Hearing.\n\n"
             "The landowners hired an Omaha law firm, Brandt, Keough & Olsen PC, to contest the line.\n\n"
             "The senator told the Climate Change, Environment and Infrastructure Committee that the rules had "
             "failed. The Ministry of Education, Culture, Sports, Science and Technology said it would fund the "
             "project for five years.\n\n"
             "The caucus's spokesman, Chief Gbenga Afolabi, dismissed the claim, said the union's chairman, "
             "Comrade Wale Adeniran. Sardar Akhtar Mengal said the shutdown had to end.\n");

  g_assert_nonnull (find_entity (entities, "Brandt, Keough & Olsen PC", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Keough", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Climate Change, Environment and Infrastructure Committee",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Ministry of Education, Culture, Sports, Science and Technology",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Gbenga Afolabi", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Wale Adeniran", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Akhtar Mengal", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Comrade Wale Adeniran", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_teams_couples_and_iberian_links (void)
{
  g_autoptr(GPtrArray) french =
    extract ("Football.\n\n"
             "Le joueur a été rappelé en sélection, puis l'équipe de France a battu l'équipe du Maroc au Stade "
             "de France.\n");
  g_autoptr(GPtrArray) english =
    extract ("Election.\n\n"
             "The study was paid for by the Michael and Susan Dell Foundation, officials said on Monday, as Dawn "
             "and The Express Tribune reported.\n\n"
             "The Instituto Electoral y de Participación Ciudadana del Estado de Guerrero said the vote would go "
             "ahead, as did the Registraduría Nacional del Estado Civil, the Movimiento Derecho al Futuro and the "
             "Grupo de Curas en la Opción por los Pobres.\n");

  g_assert_nonnull (find_entity (french, "équipe de France", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "équipe du Maroc", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Michael and Susan Dell Foundation", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (english, "Michael", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (english, "The Express Tribune", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Instituto Electoral y de Participación Ciudadana del Estado de Guerrero",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Registraduría Nacional del Estado Civil", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Movimiento Derecho al Futuro", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Grupo de Curas en la Opción por los Pobres", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_french_commissions_and_datelines (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Bassines : le feu aux poudres\n\n"
             "Niort, le 3 mars – La commission du développement durable de l'Assemblée nationale a auditionné "
             "mercredi le préfet, et la commission des lois du CNT a rendu son avis. La commission du personnel "
             "ne s'est pas réunie, et la commission d'enquête du Sénat n'a pas siégé.\n\n"
             "Les opposants se sont rassemblés devant la préfecture de Niort dimanche. Le sous-préfet de Vire a "
             "reçu les grévistes, venus des quartiers de Sidi Moumen.\n");

  g_assert_nonnull (find_entity (entities, "commission du développement durable de l'Assemblée nationale",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "commission des lois du CNT", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "commission du personnel", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "commission d'enquête du Sénat", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Sénat", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Niort", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Vire", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Sidi Moumen", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_events_and_offices (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Investors.\n\n"
             "Speaking at the Milken Institute Global Conference in Beverly Hills, she said the bank would keep "
             "lending. The complaint went to the Office of the Police Complaint Commissioner last week. The "
             "Italian Episcopal Conference said it would pray for the victims.\n");
  g_autoptr(GPtrArray) french =
    extract ("Agriculture.\n\n"
             "Le Salon international de l'agriculture au Maroc a ouvert ses portes mardi à Meknès, a indiqué "
             "le ministère.\n");

  g_assert_null (find_entity (entities, "Milken Institute Global Conference", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Italian Episcopal Conference", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Office of the Police Complaint Commissioner",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "Salon international de l'agriculture au Maroc", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_celtic_schools_and_french_first_names (void)
{
  g_autoptr(GPtrArray) english =
    extract ("Schools.\n\n"
             "Pupils from Scoil Naomh Bréanainn and Ysgol Gyfun Cwm Nedd joined the march on Saturday, the "
             "organisers said.\n");
  g_autoptr(GPtrArray) french =
    extract ("Cacao.\n\n"
             "Le prix au producteur doit suivre, prévient son président, Assémien Koffi Roger, devant la "
             "presse. L'arbitre central, El Hadji Ibou Cissé, avait été pris à partie.\n");

  g_assert_nonnull (find_entity (english, "Scoil Naomh Bréanainn", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Ysgol Gyfun Cwm Nedd", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Assémien Koffi Roger", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (french, "Koffi Roger", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "El Hadji Ibou Cissé", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_french_complements_and_towns (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Grève.\n\n"
             "Les planteurs, regroupés au sein de la Coopérative des producteurs d'ananas du Sud-Comoé, attendent. "
             "Le ministère de la Santé, de l'Hygiène publique et de l'Accès universel aux soins a répondu.\n\n"
             "Côté patronal, le Groupement des entrepreneurs du bâtiment et des travaux publics partage au moins le "
             "constat. Le Syndicat des dockers de Dapilon a parlé aux journalistes.\n");

  g_assert_nonnull (find_entity (entities, "Coopérative des producteurs d'ananas du Sud-Comoé",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities,
                                 "ministère de la Santé, de l'Hygiène publique et de l'Accès universel aux soins",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Groupement des entrepreneurs du bâtiment et des travaux publics",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Syndicat des dockers de Dapilon", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Dapilon", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_saints_clubs (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Planning.\n\n"
             "Permission was granted last week for the development by St Brendan's GAA Club on land outside the "
             "town. Mr Quilty had been a patron of St Munchin's Boxing Club, which received donations.\n");

  g_assert_nonnull (find_entity (entities, "St Brendan's GAA Club", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "St Munchin's Boxing Club", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "St Munchin", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_parties_ranks_and_unions (void)
{
  g_autoptr(GPtrArray) english =
    extract ("Vote.\n\n"
             "The plan was carried by six votes to three, with Liberal Democrat councillor Adam Holroyd voting "
             "against it. Naik Sher Afzal was killed in the raid, the army said. The deal was signed by Ege "
             "Kompozit A.Ş. and the Sahyadri Infra Karmachari Sangh, which represents the workers.\n");
  g_autoptr(GPtrArray) french =
    extract ("Eau.\n\n"
             "La communauté de communes du Pic Saint-Loup a voté contre le projet, comme la communauté de "
             "communes Périgord Vert-Dronne la semaine dernière.\n");

  g_assert_null (find_entity (english, "Liberal", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Sher Afzal", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (english, "Ege Kompozit A.Ş.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Sahyadri Infra Karmachari Sangh", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "communauté de communes du Pic Saint-Loup", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "communauté de communes Périgord Vert-Dronne", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_regional_banks_and_harriers (void)
{
  g_autoptr(GPtrArray) french =
    extract ("Banque.\n\n"
             "Le prêt a été accordé par le Crédit agricole Charente-Périgord, qui a refusé de commenter la "
             "décision.\n");
  g_autoptr(GPtrArray) english =
    extract ("Athletics.\n\n"
             "She trains with Birchfield Harriers and raced for Shaftesbury Barnet Harriers as a junior, her coach "
             "said.\n");

  g_assert_nonnull (find_entity (french, "Crédit agricole Charente-Périgord", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "Charente-Périgord", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Birchfield Harriers", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Shaftesbury Barnet Harriers", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_french_chambers_and_sections (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Enquête.\n\n"
             "Le dossier a été suivi par la chambre de commerce et d'industrie du Loiret. Les enquêteurs de la "
             "section de recherches de la gendarmerie de Bordeaux ont saisi l'institut médico-légal de Lyon.\n");

  g_assert_nonnull (find_entity (entities, "chambre de commerce et d'industrie du Loiret",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "section de recherches de la gendarmerie de Bordeaux",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "institut médico-légal de Lyon", LECTERN_ENTITY_ORGANIZATION));
}

/* Clergy, emirs and kings' numerals, an office after a body's acronym,
 * who runs or leads a body, a dateline's country before its dash. */
static void
test_extractor_clergy_offices_and_datelines (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Mine cuts jobs\n\n"
             "KITWE, Zambia - Mopani Copper Mines Plc will end the contracts of 1,100 workers, the company said.\n\n"
             "WHO Director-General Tedros Adhanom Ghebreyesus has called the vaccines \"a historic breakthrough\". "
             "The UN Secretary-General, António Guterres, agreed.\n\n"
             "The Houthi-run Ministry of Public Health and Population reported new cases. Emir Abdullahi Bayero "
             "stayed in the palace. The task force was chaired by Rev Canon Chris Kinyanjui. The chief, Nana "
             "Kwadwo Boadu Ampem II, told reporters that young men were leaving.\n");

  g_assert_nonnull (find_entity (entities, "Mopani Copper Mines Plc", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Tedros Adhanom Ghebreyesus", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "WHO", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "WHO Director-General", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "UN Secretary-General", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Ministry of Public Health and Population", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Abdullahi Bayero", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Chris Kinyanjui", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Nana Kwadwo Boadu Ampem II", LECTERN_ENTITY_PERSON));
}

/* A French body's acronym and the place of its branch; a woman doctor's
 * "Dre"; a saint's name after an acronym stays. */
static void
test_extractor_french_acronym_branches (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Grève dans le Doubs\n\n"
             "Le secrétaire de l'union départementale CGT du Doubs a appelé à la grève. La FDSEA de la Manche "
             "bloque l'usine, et la DREETS de Normandie a été saisie. Aide-soignante au CHU Saint-Pierre, Blanche "
             "Favre-Duvoisin attendait un bus. « Le risque est faible », résume la Dre Favre-Duvoisin.\n");
  LecternEntity *doctor;

  g_assert_nonnull (find_entity (entities, "union départementale CGT du Doubs", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "FDSEA de la Manche", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "DREETS de Normandie", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "CHU Saint-Pierre", LECTERN_ENTITY_ORGANIZATION));
  doctor = find_entity (entities, "Blanche Favre-Duvoisin", LECTERN_ENTITY_PERSON);
  g_assert_nonnull (doctor);
  g_assert_cmpuint (doctor->mentions->len, ==, 2);
  g_assert_null (find_entity (entities, "Dre Favre-Duvoisin", LECTERN_ENTITY_PERSON));
}

/* What a body is for after its head word, the first portfolio of a
 * committee's list, India's councils, a French body's list of fields. */
static void
test_extractor_purposes_and_field_lists (void)
{
  g_autoptr(GPtrArray) english =
    extract ("Refugees crowd into camps\n\n"
             "Chad's National Commission for the Reception and Reintegration of Refugees and Returnees, known "
             "by its French acronym CNARR, has been moving families away from the border. He would ask the "
             "Scottish Parliament's Health, Social Care and Sport Committee to examine the case. The Marwar "
             "Gaurav Samiti filed a petition in the High Court.\n");
  g_autoptr(GPtrArray) french =
    extract ("Papeterie : les salariés aux prud'hommes\n\n"
             "Selon la Fédération des travailleurs des industries du livre, du papier et de la communication, "
             "le plan social est illégal.\n");

  g_assert_nonnull (find_entity (english,
                                 "National Commission for the Reception and Reintegration of Refugees and Returnees",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Health, Social Care and Sport Committee", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (english, "Health", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Marwar Gaurav Samiti", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french,
                                 "Fédération des travailleurs des industries du livre, du papier et de la communication",
                                 LECTERN_ENTITY_ORGANIZATION));
}

/* Feasts, awards and laws named after a person name no one; French
 * commissions with a capitalized remit, chambers of commerce the tagger
 * cut, a town's council. */
static void
test_extractor_feasts_laws_and_commissions (void)
{
  g_autoptr(GPtrArray) english =
    extract ("Prices climb before the feast\n\n"
             "Traders in Bamako said prices of sheep doubled before Tabaski. The agency's clients include Emmy "
             "winner Destiny Okon, and the novel was shortlisted for the Booker.\n");
  g_autoptr(GPtrArray) french =
    extract ("Budget : les députés inquiets\n\n"
             "Le texte a été examiné par la commission des Finances de la Chambre des députés mardi. La "
             "commission Mobilité du Parlement de la Région de Bruxelles-Capitale a entendu le ministre. La "
             "Ville de Roberval a approuvé le projet. La Chambre de commerce de Sherbrooke a réagi. Les "
             "demandes de résiliation formulées au titre de la loi Lemoine ont bondi. L'entreprise avait "
             "bénéficié du plan Marshall pour moderniser ses ateliers.\n");

  g_assert_nonnull (find_entity (english, "Destiny Okon", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (english, "Tabaski", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (english, "Emmy", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (english, "Booker", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "commission des Finances de la Chambre des députés",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "commission Mobilité du Parlement de la Région de Bruxelles-Capitale",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Ville de Roberval", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Chambre de commerce de Sherbrooke", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "Lemoine", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (french, "Marshall", LECTERN_ENTITY_PERSON));
}

/* A union's portfolios at a sentence's start, an office named after its
 * officer, a partnership for a cause, a general's first name that is a
 * common word, a product; a French union with its trade and place. */
static void
test_extractor_unions_offices_and_products (void)
{
  g_autoptr(GPtrArray) english =
    extract ("Retail workers\n\n"
             "The Retail, Wholesale and Department Store Union said it would fight the closures. The Office of "
             "the State Comptroller said so. The Partnership for Southern Equity objected. The military, led by "
             "Senior General Min Aung Hlaing since the coup, responded with air strikes. Unlike general-purpose "
             "tools such as ChatGPT, its models are trained only on licensed data.\n");
  g_autoptr(GPtrArray) french =
    extract ("Grève au port\n\n"
             "Le syndicat CGT des dockers du Havre appelle à la grève. Le syndicat CGT des services publics de "
             "l'Hérault a protesté.\n");

  g_assert_nonnull (find_entity (english, "Retail, Wholesale and Department Store Union",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Office of the State Comptroller", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Partnership for Southern Equity", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Min Aung Hlaing", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (english, "ChatGPT", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "syndicat CGT des dockers du Havre", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "syndicat CGT des services publics de l'Hérault",
                                 LECTERN_ENTITY_ORGANIZATION));
}

/* "General" before a head word, "bint" in an Arabic name, an arena
 * named after a person. */
static void
test_extractor_authorities_daughters_and_arenas (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Port deal\n\n"
             "The transaction requires approval from Saudi Arabia's General Authority for Competition. \"Joining "
             "a regional champion is the best way to protect what he built,\" said the company's vice-chairman, "
             "Hessa bint Saeed Al Ketbi, in a statement. The final was played at John Cain Arena on Sunday.\n");

  g_assert_nonnull (find_entity (entities, "General Authority for Competition", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Hessa bint Saeed Al Ketbi", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "John Cain Arena", LECTERN_ENTITY_PERSON));
}

/* Schools named after a person, a rating agency's unit; a sport's
 * regional body, unions of communes with particles in their names. */
static void
test_extractor_schools_units_and_communes (void)
{
  g_autoptr(GPtrArray) english =
    extract ("Schools to close\n\n"
             "The board voted to close Rosa Parks Elementary and Barbara Jordan Elementary in June. Students from "
             "Lyndon B. Johnson Elementary will move. Analysts at S&P Global Ratings and CRISIL Ratings cut the "
             "outlook.\n");
  g_autoptr(GPtrArray) french =
    extract ("Coupe de France\n\n"
             "Le comité de Savoie de ski a porté plainte. La communauté de communes Lesneven Côte des Légendes a "
             "voté. La communauté d'agglomération du Pays de Saint-Omer a réagi. La Communauté d'agglomération du "
             "Val de Fensch soutient le projet.\n");

  g_assert_nonnull (find_entity (english, "Barbara Jordan Elementary", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Lyndon B. Johnson Elementary", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "S&P Global Ratings", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "CRISIL Ratings", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "comité de Savoie de ski", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "communauté de communes Lesneven Côte des Légendes",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "communauté d'agglomération du Pays de Saint-Omer",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Communauté d'agglomération du Val de Fensch", LECTERN_ENTITY_ORGANIZATION));
}

/* A faculty's fields over "and", portfolios before "Ministry", a legal
 * form's full stop that ends the sentence; a French ministry's
 * portfolios with their adjectives and complements. */
static void
test_extractor_faculties_forms_and_portfolios (void)
{
  g_autoptr(GPtrArray) english =
    extract ("Cuts at the university\n\n"
             "Under the proposals, the Faculty of Arts and Humanities would be merged with the Faculty of Social "
             "Sciences. The Youth and Sports Ministry said it would convene a meeting of clubs. The deal was "
             "struck by Sumitomo Realty & Development Co. People familiar with the talks said so. The plant "
             "belongs to Subaru Corp. Nagano prefecture officials agreed.\n");
  g_autoptr(GPtrArray) french =
    extract ("Titre\n\n"
             "Le ministère de l'Inclusion économique, de la Petite entreprise, de l'Emploi et des Compétences a "
             "réagi.\n");

  g_assert_nonnull (find_entity (english, "Faculty of Arts and Humanities", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Youth and Sports Ministry", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Sumitomo Realty & Development Co.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Subaru Corp.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french,
                                 "ministère de l'Inclusion économique, de la Petite entreprise, de l'Emploi et des "
                                 "Compétences",
                                 LECTERN_ENTITY_ORGANIZATION));
}

/* An American office and the court district it serves; trustees and
 * Indonesian honorifics before names; a charity and its region. */
static void
test_extractor_districts_trustees_and_honorifics (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Insider trading charges\n\n"
             "The U.S. Attorney's Office for the Southern District of New York declined to comment. Trustees "
             "Maribel Ochoa and Dan Reyes voted no. Ibu Wa Ode Hasnah spoke to reporters. The group would "
             "partner with Catholic Charities of Southwestern Ohio on job placement.\n");

  g_assert_nonnull (find_entity (entities, "U.S. Attorney's Office for the Southern District of New York",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Southern District of New York", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Maribel Ochoa", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Wa Ode Hasnah", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Catholic Charities of Southwestern Ohio", LECTERN_ENTITY_ORGANIZATION));
}

/* A Malaysian title of two words before a name; the pronoun with its
 * verb. */
static void
test_extractor_two_word_titles_and_pronouns (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Boardroom feud\n\n"
             "The founder lost the case. His wife, Puan Sri Tan Ai Lian, attended the hearing. \"Some of the small "
             "ones will sit in the queue for a long time, and I'm not going to pretend otherwise,\" he said.\n");

  g_assert_nonnull (find_entity (entities, "Tan Ai Lian", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Puan Sri", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "I'm", LECTERN_ENTITY_ORGANIZATION));
  g_assert_cmpuint (entities->len, ==, 1);
}

/* French state bodies written in lower case, named by the acronym after
 * them; an article that starts the sentence is no part of the name; a
 * firm's works council is no organization. */
static void
test_extractor_lower_case_bodies_by_acronym (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Ingérences russes\n\n"
             "Le chef de la direction générale de la sécurité extérieure (DGSE) a été entendu. Une cellule "
             "travaille avec la direction du renseignement militaire (DRM).\n\n"
             "La direction générale de la police nationale (DGPN) a répondu aux syndicats. Le comité social et "
             "économique (CSE) de l'usine a voté contre.\n");

  g_assert_nonnull (find_entity (entities, "direction générale de la sécurité extérieure",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "direction du renseignement militaire", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "direction générale de la police nationale",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "La direction générale de la police nationale",
                              LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "comité social et économique", LECTERN_ENTITY_ORGANIZATION));
}

/* France's prosecutors, police and gendarmerie units, prefectures, and
 * regions named for their councils. */
static void
test_extractor_french_prosecutors_police_and_regions (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Sécurité\n\n"
             "Le parquet national antiterroriste a requis dix ans. Selon la préfecture de police, le groupement "
             "de gendarmerie départementale du Gard a mené l'enquête.\n\n"
             "Hervé Morin, président de la région Normandie, a signé avec la région Provence-Alpes-Côte d'Azur. "
             "Il vit dans la région Occitanie. Selon la préfecture de la Guadeloupe, les coupures continuent ; "
             "le port est dans la préfecture de Boké.\n");

  g_assert_nonnull (find_entity (entities, "parquet national antiterroriste", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "préfecture de police", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "groupement de gendarmerie départementale du Gard",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "région Normandie", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "région Provence-Alpes-Côte d'Azur", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "région Occitanie", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "préfecture de la Guadeloupe", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "préfecture de Boké", LECTERN_ENTITY_ORGANIZATION));
}

/* Units of prosecutors and police; Nordic and Baltic legal forms. */
static void
test_extractor_units_and_nordic_forms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Cases reopened\n\n"
             "The prosecutor said that her office's Conviction Integrity Unit had reviewed the file. The jury "
             "heard that investigators from the Integrated Homicide Investigation Team (IHIT) found the car.\n\n"
             "He is a former executive at Danske Bank A/S, he said. The authority fined regional lender "
             "Norrlandsbanken AB 350 million crowns. The grid operator Elering AS said repairs would take "
             "weeks.\n");

  g_assert_nonnull (find_entity (entities, "Conviction Integrity Unit", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Integrated Homicide Investigation Team", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Danske Bank A/S", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Norrlandsbanken AB", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Elering AS", LECTERN_ENTITY_ORGANIZATION));
}

/* A party named by its members in two words; an acronym made of the
 * parts of a hyphenated word ("Anti-Corruption Unit", ACU). */
static void
test_extractor_democrat_parties_and_hyphenated_acronyms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Vote in Stockholm\n\n"
             "The Sweden Democrats abstained and the Social Democrats voted against. Separately, the board's "
             "Anti-Corruption Unit confirmed on Sunday that officers had questioned two spectators. An ACU "
             "official said the men were released.\n");
  LecternEntity *unit = find_entity (entities, "Anti-Corruption Unit", LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (find_entity (entities, "Social Democrats", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (unit);
  g_assert_cmpuint (unit->mentions->len, ==, 2);
  g_assert_null (find_entity (entities, "ACU", LECTERN_ENTITY_ORGANIZATION));
}

/* Long French names before their short names in brackets, with "par"
 * and "pour" inside; another body after a ministry is no portfolio. */
static void
test_extractor_long_french_names_and_bodies_after_ministries (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Pêche et pétrole\n\n"
             "L'Association pour la promotion et la responsabilisation des acteurs de la pêche artisanale "
             "maritime (Aprapam), basée à Dakar, réclame une enquête. Le Conseil pour la défense "
             "environnementale par la légalité et la traçabilité (Codelt), une ONG congolaise, proteste. L'avion "
             "a été présenté devant des représentants du ministère des Transports et de l'Autorité nationale de "
             "l'aviation civile (ANAC).\n");

  g_assert_nonnull (find_entity (entities,
                                 "Association pour la promotion et la responsabilisation des acteurs de la pêche "
                                 "artisanale maritime",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Conseil pour la défense environnementale par la légalité et la traçabilité",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "ministère des Transports", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Autorité nationale de l'aviation civile", LECTERN_ENTITY_ORGANIZATION));
}

/* A title at the start of a span the tagger took for a body: its holder,
 * and the body after the holder's possessive. */
static void
test_extractor_titles_before_holders (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Ruling\n\n"
             "The court was choosing candidates. Deputy Ednaldo Ribeiro Lins of the Liberal Party said so. "
             "Lawmakers from President Gabriel Boric's Broad Front voted against.\n");

  g_assert_nonnull (find_entity (entities, "Ednaldo Ribeiro Lins", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Gabriel Boric", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Broad Front", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Deputy Ednaldo Ribeiro Lins", LECTERN_ENTITY_ORGANIZATION));
}

/* Italian and Dutch bodies written as they are in English; a French
 * prosecutor's branch in two words. */
static void
test_extractor_italian_dutch_bodies_and_prosecutors (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Bank bid\n\n"
             "The Fondazione Cassa di Risparmio di Livorno owns a stake, and the Autorità Garante della "
             "Concorrenza e del Mercato will review the deal. Residents backed the Stichting Schone Lucht "
             "IJmond, which sued the plant.\n");
  g_autoptr(GPtrArray) french =
    extract ("Narcotrafic\n\n"
             "La loi a créé un parquet national anticriminalité organisée (Pnaco) et renforcé les moyens.\n");

  g_assert_nonnull (find_entity (entities, "Fondazione Cassa di Risparmio di Livorno", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Autorità Garante della Concorrenza e del Mercato",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Stichting Schone Lucht IJmond", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "parquet national anticriminalité organisée", LECTERN_ENTITY_ORGANIZATION));
}

/* A vehicle named by its make and model is no organization, nor is its
 * model a person; the maker's staff are the maker's. */
static void
test_extractor_vehicles_are_not_makers (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Cold case\n\n"
             "The car used by the gunman, a maroon Chevrolet Monte Carlo, was never found. His Honda PCX had "
             "been taken. She drove a Toyota Corolla to work. A Ford Motor Co. spokesman said the plant would "
             "close.\n");

  g_assert_null (find_entity (entities, "Chevrolet", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Monte Carlo", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Honda", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Toyota Corolla", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Ford Motor Co.", LECTERN_ENTITY_ORGANIZATION));
}

/* French houses of the arts named by their word and what follows it;
 * army units named by their number. */
static void
test_extractor_cultural_venues_and_army_units (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Culture et défense\n\n"
             "Les toiles sont présentées à partir du 5 juillet au musée des Beaux-Arts de Rouen. Le spectacle a "
             "été repris au Théâtre de la Bastille, à Paris. Ce catalogue, coédité avec les Éditions Hazan, "
             "réunira les textes.\n\n"
             "Près de 450 légionnaires du 2e régiment étranger de parachutistes ont défilé. Le commandant de la "
             "11e brigade parachutiste a parlé.\n");

  g_assert_nonnull (find_entity (entities, "musée des Beaux-Arts de Rouen", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Théâtre de la Bastille", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Éditions Hazan", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "2e régiment étranger de parachutistes", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "11e brigade parachutiste", LECTERN_ENTITY_ORGANIZATION));
}

/* A parliament's standing committees in lower case, named by their
 * remit alone; "la Commission" stays the European Commission's. */
static void
test_extractor_standing_committees (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Parlement européen\n\n"
             "La Commission européenne veut que la commissaire soit entendue par la commission des affaires "
             "économiques et monétaires (ECON). La Commission a répondu mardi. Le texte a été adopté par la "
             "commission des affaires étrangères. La commission du contrôle budgétaire a voté.\n");
  LecternEntity *commission = find_entity (entities, "Commission européenne", LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (find_entity (entities, "commission des affaires économiques et monétaires",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "commission des affaires étrangères", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "commission du contrôle budgétaire", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (commission);
  g_assert_cmpuint (commission->mentions->len, ==, 2);
}

/* A union of two trades, whose first the tagger leaves apart; an office
 * named after its officer, who comes first. */
static void
test_extractor_two_trade_unions_and_registrars (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Job cuts at the province\n\n"
             "The Manitoba Government and General Employees' Union said 40 jobs would go. Bishops wrote to the "
             "Office of the Registrar of Societies on Monday.\n");

  g_assert_nonnull (find_entity (entities, "Manitoba Government and General Employees' Union",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Manitoba Government", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Office of the Registrar of Societies", LECTERN_ENTITY_ORGANIZATION));
}

/* "the Crown" of a Commonwealth court is the prosecution, no body; the
 * Crown Prosecution Service is one. */
static void
test_extractor_crown_is_no_body (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Canada Post talks resume\n\n"
             "OTTAWA — Canada Post and its largest union will return to the table after the labour minister "
             "asked the Canada Industrial Relations Board to examine whether the parties were at an impasse.\n\n"
             "The Canadian Union of Postal Workers (CUPW) said its bargaining committee would meet the Crown "
             "corporation's negotiators on Monday in Gatineau, Que. The Crown argued in court that the strike was "
             "illegal. The case was referred to the Crown Prosecution Service on Friday.\n");

  g_assert_null (find_entity (entities, "Crown", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Crown Prosecution Service", LECTERN_ENTITY_ORGANIZATION));
}

/* A name the tagger read as a body, between commas after an office in
 * title case or a role, is a person's. */
static void
test_extractor_people_after_offices (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Court frees contractor\n\n"
             "Counsel to the commission, Obinna Adeyemi-Okafor, told the court that it would call nine witnesses. "
             "The Minister of Water and Sanitation, Thembekile Mahlangu, said the department would comply. The "
             "family's advocate, Kipchumba Wanyoike, welcomed the ruling.\n");

  g_assert_nonnull (find_entity (entities, "Obinna Adeyemi-Okafor", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Thembekile Mahlangu", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Kipchumba Wanyoike", LECTERN_ENTITY_PERSON));
}

/* Companies the tagger read as people or a place: before a legal form
 * after "de", with partners' "Associés", between commas after a word
 * for a firm that one deals with. */
static void
test_extractor_companies_read_as_people (void)
{
  g_autoptr(GPtrArray) french =
    extract ("Un sous-traitant en faillite\n\n"
             "Le tribunal de commerce a prononcé jeudi la liquidation judiciaire de Tissages Vanderhaegen SA, l'un "
             "des derniers tisseurs de la vallée. L'entreprise avait acheté ses machines auprès d'une société "
             "lettone, Ventspils Tekstils SIA. L'avocat du liquidateur, Me Paul Garnier, du cabinet Garnier "
             "Rousselot Associés, conteste.\n");
  g_autoptr(GPtrArray) english =
    extract ("Supply deal\n\n"
             "The start-up has signed a supply contract with a Finnish sawmill group, Kallio Forest Works, and with "
             "the state utility. A spokesman for the group, Jack Dunstan, declined to comment.\n");

  g_assert_nonnull (find_entity (french, "Tissages Vanderhaegen SA", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Ventspils Tekstils SIA", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Garnier Rousselot Associés", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Paul Garnier", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (english, "Kallio Forest Works", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Jack Dunstan", LECTERN_ENTITY_PERSON));
}

/* A chamber's committee that the tagger split from the chamber, a
 * committee's portfolios after a head word that is a common word, an
 * inspectorate's two portfolios around "and". */
static void
test_extractor_committees_and_inspectorates (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Regulator questioned\n\n"
             "The House of Commons Business, Energy and Industrial Strategy Committee will question the regulator "
             "on Tuesday. In Nairobi, the Departmental Committee on Communication, Research and Innovation summoned "
             "the minister. The Factory Health and Safety Inspectorate has opened an inquiry into the blast.\n");

  g_assert_nonnull (find_entity (entities, "House of Commons Business, Energy and Industrial Strategy Committee",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Departmental Committee on Communication, Research and Innovation",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Factory Health and Safety Inspectorate", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Safety Inspectorate", LECTERN_ENTITY_ORGANIZATION));
}

/* A listed body's branch in a French region, after "de la" or "du". */
static void
test_extractor_french_regional_branches (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Eau : les usagers protestent\n\n"
             "L'antenne locale de l'UFC-Que Choisir de la Sarthe réclame une baisse des tarifs. Les Restos du cœur "
             "du Finistère ont ouvert un centre.\n");

  g_assert_nonnull (find_entity (entities, "UFC-Que Choisir de la Sarthe", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Restos du cœur du Finistère", LECTERN_ENTITY_ORGANIZATION));
}

/* No person: a place that an apposition says is a suburb, a feast after
 * a word of time. */
static void
test_extractor_suburbs_and_feasts (void)
{
  g_autoptr(GPtrArray) english =
    extract ("Traders wait\n\n"
             "In Madina, a busy suburb of Accra, traders closed their stalls early.\n");
  g_autoptr(GPtrArray) french =
    extract ("Les locataires attendent\n\n"
             "« On nous avait promis la fin des travaux pour Noël », dit Martine Quéré, locataire depuis 1994. Une "
             "réunion est prévue avant Noël.\n");

  g_autoptr(GPtrArray) councillor =
    extract ("Council vote\n\n"
             "The council voted 5-2 to approve the plan on Tuesday night after a long debate. \"We listened,\" said "
             "Adaeze Okonkwo. The motion was put by Bellamy, a city councillor who chairs the housing committee.\n");

  g_assert_null (find_entity (english, "Madina", LECTERN_ENTITY_PERSON));
  /* "a city councillor" is no city. */
  g_assert_nonnull (find_entity (councillor, "Bellamy", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (french, "Noël", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "Martine Quéré", LECTERN_ENTITY_PERSON));
}

/* A chairperson's role is no part of the name after it. */
static void
test_extractor_chairperson (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Tariff hearing\n\n"
             "Committee chairperson Xolani Gumede said members would question the utility.\n");

  g_assert_nonnull (find_entity (entities, "Xolani Gumede", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Committee chairperson Xolani Gumede", LECTERN_ENTITY_PERSON));
}

/* A body after a role in capitals, which the tagger read as a person's
 * name with its "du" or "de". */
static void
test_extractor_particle_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Déchets : la facture grimpe\n\n"
             "Directeur général de OPH, Hervé Lannuzel a reconnu des retards. Président du Sictrom depuis 2019, "
             "Marc Tual justifie cette hausse. Le Sictrom étudie une réduction de sa capacité.\n");

  g_assert_nonnull (find_entity (entities, "Sictrom", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "OPH", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "du Sictrom", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "de OPH", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Marc Tual", LECTERN_ENTITY_PERSON));
}

/* A dateline's place and its dash typed as a hyphen are no part of the
 * name after them. */
static void
test_extractor_hyphen_datelines (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Battery maker raises money\n\n"
             "DENVER - Larkspur Cells Inc. said on Tuesday it had raised $90 million to build a plant.\n");

  g_assert_nonnull (find_entity (entities, "Larkspur Cells Inc.", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "DENVER - Larkspur Cells Inc.", LECTERN_ENTITY_ORGANIZATION));
}

/* A French club: a word of fellowship, its sport's adjective and its
 * town. */
static void
test_extractor_french_clubs (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Le club sauvé\n\n"
             "Les dirigeants de l'Union sportive Plouzané-Locmaria ont obtenu un sursis. La Ligue a relégué "
             "l'Entente sportive de Kergoff en division inférieure.\n");

  g_assert_nonnull (find_entity (entities, "Union sportive Plouzané-Locmaria", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Entente sportive de Kergoff", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Kergoff", LECTERN_ENTITY_PERSON));
}

/* A name that a capitalized article starts goes on over "des" and over
 * a club's name that the tagger read as a body of its own. */
static void
test_extractor_titled_names_of_clubs (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Supporters mobilisés\n\n"
             "La cagnotte lancée par le groupe Les Mordus de l'Arena a réuni 40 000 euros. Depuis 2016, "
             "l'association Les Vergers des Tilleuls cultive ce terrain.\n");

  g_assert_nonnull (find_entity (entities, "Les Mordus de l'Arena", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Les Vergers des Tilleuls", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Arena", LECTERN_ENTITY_ORGANIZATION));
}

/* A court or a prosecutor's office and its seat, a town no list knows. */
static void
test_extractor_court_seats (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Marchés publics : une enquête ouverte\n\n"
             "Le dossier a été transmis au parquet de Bonneville, qui a ouvert une enquête préliminaire. Le "
             "tribunal de Thonon examinera une autre plainte. Elle est entrée dans la chambre de Marie sans "
             "frapper.\n");

  g_assert_nonnull (find_entity (entities, "parquet de Bonneville", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "tribunal de Thonon", LECTERN_ENTITY_ORGANIZATION));
  /* A room, not a chamber. */
  g_assert_null (find_entity (entities, "chambre de Marie", LECTERN_ENTITY_ORGANIZATION));
}

/* A Belgian school and a hospital named after a person, with their
 * adjective in lower case. */
static void
test_extractor_belgian_schools_and_hospitals (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Les enseignants en grève\n\n"
             "À l'Athénée royal Jules Bordet de Braine, les cours sont suspendus. Infirmière au Centre hospitalier "
             "Robert Schuman, Anne Weber témoigne.\n");

  g_assert_nonnull (find_entity (entities, "Athénée royal Jules Bordet de Braine", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Centre hospitalier Robert Schuman", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Robert Schuman", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Anne Weber", LECTERN_ENTITY_PERSON));
}

/* A role's body that the tagger ran into the person's name before the
 * role, after "de" or "du", is a body. */
static void
test_extractor_bodies_of_roles_after_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Réforme des soins\n\n"
             "Les syndicats ont réagi. Marc Lebrun, président du LCGB, réclame la mise en place d'un plan.\n");

  g_assert_nonnull (find_entity (entities, "Marc Lebrun", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "LCGB", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "du LCGB", LECTERN_ENTITY_PERSON));
}

/* A church with its ordinal and denomination; a law firm of two
 * partners whose first the tagger read as a place. */
static void
test_extractor_churches_and_advocates (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Volunteers fill the warehouse\n\n"
             "The first pallets arrived on Friday. First Methodist Church of Clarksville and two mosques sent "
             "volunteers. \"It is a question of trust,\" said Rana Karam, a partner at Karam & Nassar Advocates in "
             "Doha.\n");

  g_autoptr(GPtrArray) sunday =
    extract ("Synod meets\n\n"
             "The bishops met for three days in York to discuss the future of rural parishes and their finances. On "
             "Sunday Church of England officials said the vote would be held in July.\n");

  g_assert_nonnull (find_entity (entities, "First Methodist Church of Clarksville", LECTERN_ENTITY_ORGANIZATION));
  /* A day before a church is no part of it. */
  g_assert_nonnull (find_entity (sunday, "Church of England", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (sunday, "Sunday Church of England", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Karam & Nassar Advocates", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Rana Karam", LECTERN_ENTITY_PERSON));
}

/* A Scottish minister's title is no body; a bank's branch in a country
 * of two words is one. */
static void
test_extractor_cabinet_secretaries (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Listing priced\n\n"
             "The tile maker set the price range for its listing on Sunday, and the books will open next week for "
             "institutional investors. The bookrunners are SNB Capital, HSBC Saudi Arabia and Morgan Stanley, "
             "according to a statement. The Cabinet Secretary for Rural Affairs, Mairi Gougeon, said the deal was "
             "welcome for the region and its workers.\n");

  g_assert_null (find_entity (entities, "Cabinet Secretary for Rural Affairs", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Mairi Gougeon", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "HSBC Saudi Arabia", LECTERN_ENTITY_ORGANIZATION));
}

/* "bin" and the father's first name, which is also a verb's form, then
 * a family name: one person. */
static void
test_extractor_bin_said (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Workers win case\n\n"
             "The court ordered the company to rehire the workers and to pay their wages from the date of dismissal, "
             "a ruling the union welcomed. Minister of Labour Khalfan bin Said Ba'omar has pledged to create more "
             "jobs for nationals in the private sector this year.\n");

  g_assert_nonnull (find_entity (entities, "Khalfan bin Said Ba'omar", LECTERN_ENTITY_PERSON));
}

/* A first name no list knows and a double surname the tagger read as a
 * place, before a person's apposition. */
static void
test_extractor_double_surnames_before_appositions (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Waiting times fall\n\n"
             "The health board said waiting lists had fallen for the first time in five years, though many patients "
             "still wait. Geraint Rhys-Owen, Llais's regional director for mid Wales, said patients had waited too "
             "long for care in the region.\n");

  g_assert_nonnull (find_entity (entities, "Geraint Rhys-Owen", LECTERN_ENTITY_PERSON));
}

/* The word for a party is no part of its name; a rectorate and its seat
 * are a body. */
static void
test_extractor_parties_and_rectorates (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Crise politique\n\n"
             "Le parti Tiako i Madagasikara a dénoncé une manœuvre du pouvoir. L'ONG Lisanga Asbl accompagne les "
             "familles des victimes. Le dossier des fermetures de classes est au rectorat de Rennes depuis lundi.\n");

  g_assert_nonnull (find_entity (entities, "Tiako i Madagasikara", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "parti Tiako i Madagasikara", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "rectorat de Rennes", LECTERN_ENTITY_ORGANIZATION));
}

/* A French school's level before its name, and a name with its own
 * article or after "du". */
static void
test_extractor_school_levels (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Fermetures de classes\n\n"
             "Les parents occupent l'école maternelle Les Marronniers depuis lundi. Le lycée professionnel du "
             "Vercors ouvre une formation de charpentier.\n");

  g_assert_nonnull (find_entity (entities, "école maternelle Les Marronniers", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "lycée professionnel du Vercors", LECTERN_ENTITY_ORGANIZATION));
}

/* A committee with a list of remits, and the chamber it belongs to. */
static void
test_extractor_committees_of_chambers (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Audition au Sénat\n\n"
             "Le texte a été examiné en séance publique après un long débat entre les groupes. La commission des "
             "affaires économiques, de la défense et des finances du Sénat a auditionné la ministre mardi.\n");

  g_assert_nonnull (find_entity (entities,
                                 "commission des affaires économiques, de la défense et des finances du Sénat",
                                 LECTERN_ENTITY_ORGANIZATION));
}

/* A Belgian labour court and its seat. */
static void
test_extractor_labour_courts (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Licenciement contesté\n\n"
             "Le texte a été examiné en séance publique après un long débat entre les groupes. Le tribunal du "
             "travail de Charleroi a donné raison aux salariés licenciés.\n");

  g_assert_nonnull (find_entity (entities, "tribunal du travail de Charleroi", LECTERN_ENTITY_ORGANIZATION));
}

/* A listed bank whose name ends in lower case, and its region after it. */
static void
test_extractor_regional_banks (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Sauvetage de la filature\n\n"
             "Le texte a été examiné en séance publique après un long débat entre les élus. La Caisse d'épargne Loire "
             "Drôme Ardèche a accordé un prêt de deux millions. La Banque populaire Val de France suit le dossier.\n");

  g_assert_nonnull (find_entity (entities, "Caisse d'épargne Loire Drôme Ardèche", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Banque populaire Val de France", LECTERN_ENTITY_ORGANIZATION));
}

/* A party's name that is a portfolio too stays in the ministry's name. */
static void
test_extractor_party_word_portfolio (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Cases.\n\n"
             "Japan's Ministry of Health, Labour and Welfare said on Tuesday that the number of new cases had "
             "fallen for a third week, and the officials of the ministry told reporters that the campaign would "
             "continue in the spring.\n");

  g_assert_nonnull (find_entity (entities, "Ministry of Health, Labour and Welfare", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Labour", LECTERN_ENTITY_ORGANIZATION));
}

/* A role capitalized as a sentence's first word opens a name the tagger
 * left out, and is no part of it; a surname may be a town after a
 * listed first name. */
static void
test_extractor_sentence_initial_roles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Raid.\n\n"
             "The police said on Tuesday that the raids had been planned for months and that the gold had been "
             "sold abroad through a chain of small dealers.\n\n"
             "Prosecutor Renata Queiroz Lins said the case showed how the gangs had moved money through fuel "
             "distributors and small companies in the north.\n\n"
             "Flyhalf Tiaan Botha broke his thumb and is also out for the rest of the season, the coach told "
             "reporters after training on Monday morning.\n");

  g_assert_nonnull (find_entity (entities, "Renata Queiroz Lins", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Tiaan Botha", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Flyhalf Tiaan Botha", LECTERN_ENTITY_PERSON));
}

/* A place after "du" or "des", or a party after a role, before a listed
 * first name is a label, not the person's. */
static void
test_extractor_labels_before_first_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Vote.\n\n"
             "Le texte a été adopté mardi soir après un long débat, et le gouvernement a dit qu'il reviendrait "
             "devant l'autre chambre pour une seconde lecture.\n\n"
             "« C'est un premier pas », a jugé le sénateur socialiste du Gers Pierre-Alain Dufaur, qui aurait "
             "souhaité un texte plus ambitieux.\n\n"
             "À l'Assemblée, la présidente de la commission, la députée Horizons Élodie Sarrazin, a demandé que "
             "le texte soit revu.\n\n"
             "La réforme de l'ancien garde des Sceaux Éric Dupond-Moretti a été votée en 2021.\n");

  g_assert_nonnull (find_entity (entities, "Pierre-Alain Dufaur", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Élodie Sarrazin", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Éric Dupond-Moretti", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Gers Pierre-Alain Dufaur", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Sceaux Éric Dupond-Moretti", LECTERN_ENTITY_PERSON));
}

/* A broadcaster's sports service and a Portuguese law firm are whole
 * organizations. */
static void
test_extractor_sport_services_and_law_firms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Gold.\n\n"
             "The police said on Tuesday that the raids had been planned for months and that the gold had been "
             "sold abroad through a chain of small dealers.\n\n"
             "The dealer's lawyer, Fernando Neto, of the São Paulo firm Bastos & Vieira Advogados, said the "
             "company had bought the gold in good faith.\n\n"
             "\"There is no secret pot of money,\" the chief executive told ABC Sport on Monday. \"We want to pay "
             "our athletes more, but the question is how we do it.\"\n");

  g_assert_nonnull (find_entity (entities, "Bastos & Vieira Advogados", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Vieira Advogados", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "ABC Sport", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "ABC", LECTERN_ENTITY_ORGANIZATION));
}

/* A gendarmerie's brigade named by its commune, a union's branch with
 * its level, letters and territory, a university that ends with a listed
 * campus and number: each one organization. */
static void
test_extractor_brigades_union_branches_campuses (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Enquête.\n\n"
             "Le suspect a été interpellé mardi matin à son domicile, puis placé en garde à vue pendant deux jours "
             "avant d'être présenté à un juge.\n\n"
             "Les gendarmes l'ont entendu pendant des heures. L'adjudant-chef avait dirigé l'enquête de 1996 à la "
             "brigade de Sigoulès.\n\n"
             "Partie civile aux côtés de la famille, l'Union départementale CGT du Rhône voit dans ce dossier le "
             "symbole d'une dérive. La CGT métallurgie du Tarn réclame des garanties.\n\n"
             "L'historien, professeur à l'université Lumière Lyon 2, a signé une tribune avec plusieurs collègues "
             "de l'université Paris 8.\n");

  g_assert_nonnull (find_entity (entities, "brigade de Sigoulès", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Sigoulès", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Union départementale CGT du Rhône", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "CGT métallurgie du Tarn", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "université Lumière Lyon 2", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "université Paris 8", LECTERN_ENTITY_ORGANIZATION));
}

/* A body of the chamber or of the forces after "of the", an embassy and
 * its seat, a committee after "the Commons": one name each. */
static void
test_extractor_bodies_of_chambers (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Talks.\n\n"
             "The talks were held on Monday in the capital and the delegations said they had made progress on the "
             "main points of the agreement.\n\n"
             "The Joint Command of the Armed Forces said 600 soldiers had been deployed to the prison on Tuesday "
             "night.\n\n"
             "The Peace Commission of the Senate has invited both delegations to testify in the capital next "
             "month.\n\n"
             "The US Embassy in Guatemala welcomed the ruling in a post on Tuesday, and a member of the Commons "
             "Business and Trade Committee said she would ask questions.\n");

  g_assert_nonnull (find_entity (entities, "Joint Command of the Armed Forces", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Peace Commission of the Senate", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "US Embassy in Guatemala", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Commons Business and Trade Committee", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Peace Commission", LECTERN_ENTITY_ORGANIZATION));
}

/* A storm's name alone later in the story is still the storm's, whether
 * the tagger took "Hurricane Beryl" in or not. */
static void
test_extractor_storm_names_alone (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Storm.\n\n"
             "The storm hit the coast on Tuesday and the government said the damage was the worst in decades.\n\n"
             "When Hurricane Beryl flattened much of the island, the roads were closed for weeks.\n\n"
             "\"Beryl wiped out years of growth in a single morning,\" the minister said.\n");

  g_assert_null (find_entity (entities, "Beryl", LECTERN_ENTITY_PERSON));
}

/* A company and its parent are two organizations of the list, not one
 * under two names. */
static void
test_extractor_parent_companies_apart (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Video.\n\n"
             "The video was first published on TikTok and then shared by an account with many followers, the "
             "police said on Tuesday.\n\n"
             "TikTok, which is owned by the Chinese group ByteDance, said it had removed the video within hours.\n");

  g_assert_nonnull (find_entity (entities, "TikTok", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "ByteDance", LECTERN_ENTITY_ORGANIZATION));
}

/* Members of a house are no body ("as MPs demand answers"), and an
 * honorific after a sentence's first word is no part of a name ("Outre
 * M. Guillou-Marchal"). */
static void
test_extractor_members_and_honorifics_after_openings (void)
{
  g_autoptr(GPtrArray) en =
    extract ("Chain sold.\n\n"
             "The chain was sold on Monday to a private equity firm as MPs demand answers, and the unions said "
             "they would fight the job cuts in the coming months.\n");
  g_autoptr(GPtrArray) fr =
    extract ("Cabinets.\n\n"
             "La ministre a recruté plusieurs conseillers venus du privé, selon les documents publiés mardi par "
             "la presse.\n\n"
             "Outre M. Guillou-Marchal, la ministre du Travail a recruté comme conseillère une ancienne "
             "directrice des ressources humaines.\n");

  g_assert_null (find_entity (en, "MPs", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "Guillou-Marchal", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (fr, "M. Guillou-Marchal", LECTERN_ENTITY_PERSON));
}

/* A listed name of thirteen tokens is found whole. */
static void
test_extractor_long_listed_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Loup.\n\n"
             "Les éleveurs ont manifesté mardi devant la préfecture pour demander des tirs plus faciles, et les "
             "associations ont dénoncé une mesure inutile.\n\n"
             "Pour l'écologue Antoine Farge, chercheur à l'Institut national de recherche pour l'agriculture, "
             "l'alimentation et l'environnement (Inrae), la réponse est ailleurs.\n");

  g_assert_nonnull (find_entity (entities,
                                 "Institut national de recherche pour l'agriculture, l'alimentation et l'environnement",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Institut national de recherche pour l'agriculture",
                              LECTERN_ENTITY_ORGANIZATION));
}

/* A centre or an institute of studies goes on over "and" to its last
 * field, and a body named after a person in English takes the name in. */
static void
test_extractor_centres_of_studies_and_named_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Hearing.\n\n"
             "The hearing was held on Tuesday and the senators asked the witnesses many questions about the bill "
             "and its costs.\n\n"
             "A fellow at the Heritage Foundation's Edwin Meese III Center for Legal and Judicial Studies said the "
             "bill was unconstitutional.\n\n"
             "Indepaz, a think tank formally called the Institute for Development and Peace Studies, counted the "
             "victims. The Bill Gates Foundation gave money.\n");

  g_assert_nonnull (find_entity (entities, "Edwin Meese III Center for Legal and Judicial Studies",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Institute for Development and Peace Studies", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Bill Gates Foundation", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Edwin Meese III", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Bill Gates", LECTERN_ENTITY_PERSON));
}

/* A social landlord and a cooperative are named like people, but their
 * last word says what they are. */
static void
test_extractor_landlords_and_cooperatives (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Eau.\n\n"
             "Le projet a été présenté mardi matin aux élus, qui ont dit leur inquiétude pour les agriculteurs et "
             "les habitants.\n\n"
             "Le bailleur Phocéa Habitat a promis des travaux. La coopérative Léon Kerlann Coopérative a voté "
             "la fusion.\n");

  g_assert_nonnull (find_entity (entities, "Phocéa Habitat", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Léon Kerlann Coopérative", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Phocéa Habitat", LECTERN_ENTITY_PERSON));
}

/* A head's title after a word in lower case opens a name no list knows. */
static void
test_extractor_heads_titles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Power.\n\n"
             "The unions began a work-to-rule on Monday over a plan to split the state power utility into several "
             "companies.\n\n"
             "He said the government of President Anura Kumara Dissanayake remained committed to lowering tariffs "
             "without selling the utility.\n");

  g_assert_nonnull (find_entity (entities, "Anura Kumara Dissanayake", LECTERN_ENTITY_PERSON));
}

/* A French association or branch ends with its département's number. */
static void
test_extractor_departement_numbers (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Procès.\n\n"
             "Le procès s'est ouvert lundi devant la cour d'assises, et la famille de la victime a suivi les quatre "
             "jours d'audience au premier rang.\n\n"
             "Elle était accompagnée d'une bénévole de France Victimes 59, l'association d'aide aux victimes du "
             "département. L'association France Victimes 33, qui suit un autre dossier, était absente.\n");

  g_assert_nonnull (find_entity (entities, "France Victimes 59", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "France Victimes 33", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "France Victimes", LECTERN_ENTITY_ORGANIZATION));
}

/* A person's span the tagger ran over an apposition after a comma
 * leaves no person in it ("Mme Beaune, originaire de Mâcon,"). */
static void
test_extractor_appositions_in_person_spans (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Banque.\n\n"
             "La caisse régionale a publié mardi des résultats en baisse, pénalisés par le coût du risque agricole "
             "et la hausse des taux.\n\n"
             "La directrice générale de la caisse régionale depuis 2022 est Claire Beaune. Mme Beaune, originaire "
             "de Mâcon, s'amuse encore qu'on lui demande si elle est de Beaune.\n\n"
             "« Nous demandons une place dans la file d'attente », insiste Karine Mouret, présidente de HyFos "
             "Énergies, une start-up qui développe un électrolyseur.\n");

  g_assert_nonnull (find_entity (entities, "Claire Beaune", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Karine Mouret", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "de Mâcon", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "de HyFos Énergies", LECTERN_ENTITY_PERSON));
}

/* A law named after people names no one, nor does a party's member; a
 * gymnasium is a school. */
static void
test_extractor_laws_and_gymnasiums (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Lawsuit.\n\n"
             "The department sued the company on Tuesday, saying its contracts had locked farmers into its "
             "software for years.\n\n"
             "The complaint says the company broke the Sherman Act by buying its rivals. The former Paul Roos "
             "Gymnasium pupil scored twice in the second half.\n\n"
             "Cassidy, a Louisiana Republican, now chairs the committee that will hear the case.\n");

  g_assert_null (find_entity (entities, "Sherman Act", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Louisiana Republican", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Paul Roos Gymnasium", LECTERN_ENTITY_ORGANIZATION));
}

/* A chamber of commerce is named by its territory after its letters. */
static void
test_extractor_chambers_of_commerce (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Rachat.\n\n"
             "L'entreprise a été rachetée mardi par un groupe de la région, qui promet de garder les salariés et "
             "d'investir dans de nouvelles machines.\n\n"
             "Pour Sylvie Azéma, présidente de la CCI du Tarn, l'opération reste une bonne nouvelle. La CCI "
             "Amiens-Picardie a salué le projet.\n");

  g_assert_nonnull (find_entity (entities, "CCI du Tarn", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "CCI Amiens-Picardie", LECTERN_ENTITY_ORGANIZATION));
}

/* A party the list knows as "parti …", after a member's word, is a body
 * though its name alone is a common word. */
static void
test_extractor_parties_after_members (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Réforme.\n\n"
             "Au Parlement, la réforme divise jusque dans le camp présidentiel, et plusieurs élus ont dit leurs "
             "doutes mardi.\n\n"
             "Le député Renaissance Olivier Beaumont, membre de la commission, a demandé un délai. La députée "
             "Horizons Élodie Sarrazin a demandé que le texte soit revu.\n");

  g_assert_nonnull (find_entity (entities, "Renaissance", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Horizons", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Olivier Beaumont", LECTERN_ENTITY_PERSON));
}

/* A listed name with its 's goes on into a longer name. */
static void
test_extractor_listed_possessive_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Rates.\n\n"
             "The agency cut the rating on Tuesday after the company said its debt had risen again in the third "
             "quarter.\n\n"
             "Moody's Ratings said the outlook was negative, and analysts expected the bonds to fall.\n");

  g_assert_nonnull (find_entity (entities, "Moody's Ratings", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Moody", LECTERN_ENTITY_ORGANIZATION));
}

/* Spanish fronts, cooperatives and citizens' groups head their names. */
static void
test_extractor_iberian_fronts_and_cooperatives (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Ceasefire.\n\n"
             "Negotiators signed the protocol on Tuesday after three days of talks in the capital, officials "
             "said.\n\n"
             "The government and the Frente Guerrillero José Antonio Galán, a breakaway armed group, agreed to "
             "stop fighting. The Cooperativa Minera del Sur de Bolívar, which represents small miners, was "
             "cautious. Acción Ciudadana, a watchdog, welcomed the deal.\n");

  g_assert_nonnull (find_entity (entities, "Frente Guerrillero José Antonio Galán", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Cooperativa Minera del Sur de Bolívar", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Acción Ciudadana", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "José Antonio Galán", LECTERN_ENTITY_PERSON));
}

/* A specialised court and a police directorate in lower case, named by
 * their seat. */
static void
test_extractor_jurisdictions_and_directorates (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Trafic.\n\n"
             "Le coup de filet a eu lieu mardi à l'aube dans plusieurs quartiers de la ville, selon le parquet, "
             "qui a confirmé les interpellations.\n\n"
             "L'enquête a été confiée à la juridiction interrégionale spécialisée de Marseille et à la direction "
             "interdépartementale de la police nationale du Gard.\n");

  g_assert_nonnull (find_entity (entities, "juridiction interrégionale spécialisée de Marseille",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "direction interdépartementale de la police nationale du Gard",
                                 LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_listed_name_past_de (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Banques.\n\n"
             "Le prêt a été accordé par la Caisse d'Epargne Bourgogne Franche-Comté, selon son directeur, "
             "qui n'a pas donné le taux.\n");

  g_assert_nonnull (find_entity (entities, "Caisse d'Epargne Bourgogne Franche-Comté",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Epargne Bourgogne Franche-Comté", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_republic_of_prosecutors (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Pollution.\n\n"
             "Le procureur de la République de Lisieux, François Lemarié, a ouvert une enquête mercredi. "
             "L'ambassade de la République tchèque à Paris a indiqué suivre la situation.\n");

  g_assert_nonnull (find_entity (entities, "François Lemarié", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "République de Lisieux", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "République", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_counsel_and_particles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Court.\n\n"
             "Counsel for Rebar & Rise, Sinéad Galvin BL, said her client had erected the scaffold correctly. "
             "Minh Tran, represented by solicitor Morag Blyth, claimed the teenagers were relatives.\n\n"
             "Le directeur général du groupe de Rotterdam, Sjoerd van der Linde, s'est engagé à maintenir le siège. "
             "M. van der Linde promet au personnel un plan.\n");
  LecternEntity *linde;

  g_assert_nonnull (find_entity (entities, "Sinéad Galvin", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Morag Blyth", LECTERN_ENTITY_PERSON));
  linde = find_entity (entities, "Sjoerd van der Linde", LECTERN_ENTITY_PERSON);
  g_assert_nonnull (linde);
  g_assert_true (has_form (linde, "van der Linde"));
}

static void
test_extractor_bands_and_labels (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Music.\n\n"
             "SYDNEY — Perth four-piece Gully Static have signed a worldwide recording deal with Melbourne "
             "independent label Ironbark Records. They will tour in March with American garage-rock band "
             "Velvet Arcade before heading to the UK. Its roster includes the Brisbane duo Mango Hex and the "
             "Hobart folk collective the Salt Road Choir.\n");

  g_assert_nonnull (find_entity (entities, "Gully Static", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Velvet Arcade", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Mango Hex", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Mango Hex", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_french_local_services (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Faits divers.\n\n"
             "Mme Bensaïd avait alors déposé plainte auprès de la sûreté départementale de l'Hérault. "
             "L'artisan a été interpellé le soir même par les gendarmes de la communauté de brigades de Loches. "
             "Le comité des fêtes de Saint-Hippolyte organise samedi un rassemblement de soutien.\n");

  g_assert_nonnull (find_entity (entities, "sûreté départementale de l'Hérault", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "communauté de brigades de Loches", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "comité des fêtes de Saint-Hippolyte", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_firms_funds_and_states (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Chips.\n\n"
             "The Austin, Texas-based company was awarded grants in 2024. \"Demand did not arrive,\" said "
             "Vikram Athreya, a semiconductor analyst at Bernstein. Its backers include the US investor Tiger Global "
             "and the State agency Enterprise Ireland. The round was led by SoftBank Vision Fund 2, and others.\n");

  g_assert_null (find_entity (entities, "Austin", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Bernstein", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "State", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Enterprise Ireland", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "SoftBank Vision Fund 2", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_captains_forums_and_places (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Football.\n\n"
             "Dressing-room tensions had been simmering. Captain Richmond Tetteh-Quaye is understood to have raised "
             "the issue. Selamawit Kebede, director of member group Addis Civic Forum, said civil society was "
             "tired.\n\n"
             "« Nous restons vigilants face aux risques sécuritaires au Sahel », a déclaré Mme Ouattara. "
             "« C'est trop tôt », analyse Éric Yao Konan, du cabinet abidjanais Akwaba Research. "
             "M. Gauvin battra facilement M. Bignon à Angers, et Emilienne Clouel vit au Bignon.\n");

  g_assert_null (find_entity (entities, "Captain Richmond Tetteh-Quaye", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Richmond Tetteh-Quaye", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Addis Civic Forum", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Sahel", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Akwaba Research", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Bignon", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_french_groups (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Industrie.\n\n"
             "Ancienne filiale du groupe allemand Brückner Guss, cédée en 2021 à un fonds luxembourgeois, la "
             "fonderie a vu son chiffre d'affaires fondre de moitié en trois ans.\n");

  g_assert_nonnull (find_entity (entities, "Brückner Guss", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Brückner Guss", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_communes_with_articles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Incendie.\n\n"
             "Plus de 640 hectares ont brûlé entre Le Cannet-des-Maures et Vidauban, selon la préfecture.\n");

  g_assert_null (find_entity (entities, "Le Cannet-des-Maures", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_firms_in_appositions_with_places (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Regulation.\n\n"
             "LONDON — Ofcom has fined Hollr, the London start-up behind a popular anonymous chat app for "
             "teenagers, 4.2m pounds. The watchdog threatened to send Harrowgate Systems' takeover of Nimbusline, "
             "a Manchester cloud-hosting company, to a full investigation.\n");

  g_assert_nonnull (find_entity (entities, "Hollr", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Nimbusline", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_court_reports (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Court.\n\n"
             "Four men were jailed on Friday. Conor Devery SC, for Mulhall, had argued that the witness lied. "
             "Crown prosecutor Isobel Fenwick-Tane told the court the group used phones. The other defendants "
             "included Reece Molloy, 22, of Everton, and Shannon Dwyer, 24, of Kirkby.\n");

  g_assert_nonnull (find_entity (entities, "Conor Devery", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Crown", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Isobel Fenwick-Tane", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Everton", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Reece Molloy", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_french_nationalities_before_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Prix.\n\n"
             "Le jury a retenu « Ce qui reste du fleuve », de la Guadeloupéenne Ketty Florimond, paru au Mercure "
             "de France. L'autrice succède au Japonais Kenji Takamura-Ueda et devient la quatrième femme primée. "
             "Le club de football local, la Landernéenne, a perdu dimanche.\n");

  g_assert_nonnull (find_entity (entities, "Ketty Florimond", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Kenji Takamura-Ueda", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Japonais Kenji Takamura-Ueda", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Landernéenne", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_offices_before_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Security.\n\n"
             "Deputy Commissioner of Police Orville Hinds told a news conference that investigators believed it. "
             "The UN Verification Mission in Colombia urged both armed groups to respect the law.\n\n"
             "Marine nationale. L'amiral Yves-Marie Kerandraon, 58 ans, devient chef d'état-major de la Marine.\n");

  g_assert_nonnull (find_entity (entities, "Orville Hinds", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "UN Verification Mission in Colombia", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Yves-Marie Kerandraon", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_seats_chiefs_and_honorifics (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Council.\n\n"
             "The deal was approved by Calder Valley Education Partnership and Brigantia Schools Trust on Monday. "
             "Newry and Armagh MLA Gráinne Tumelty of the SDLP said the loss would be bad. The Salford MP "
             "Jonathan Ebury, who sits on the Commons housing committee, said the case was bad. Mr Ebury said his "
             "office had dealt with 61 complaints. \"It is false,\" Chief Executive Barnaby Osterhout said.\n\n"
             "Cyclisme. Le Belge Jasper Van den Broucke a gagné l'étape.\n");

  g_assert_nonnull (find_entity (entities, "Brigantia Schools Trust", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Calder Valley Education Partnership and Brigantia Schools Trust",
                              LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Armagh", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Gráinne Tumelty", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Ebury", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Barnaby Osterhout", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Jasper Van den Broucke", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_royal_hospitals_and_branches (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Health.\n\n"
             "Mothers will be directed to the Princess Royal Hospital in Telford, a journey of 50 minutes. "
             "Greenpeace Brasil said the decision should be the beginning, not the end.\n");

  g_assert_nonnull (find_entity (entities, "Princess Royal Hospital", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Royal Hospital", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Greenpeace Brasil", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_section_names_in_capitals (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("HANDBALL\n"
             "Montpellier fait tomber le PSG à Coubertin et relance la course au titre\n\n"
             "Paris, 8 avril – Invaincu à domicile, le PSG a chuté.\n");

  g_assert_null (find_entity (entities, "HANDBALL", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "PSG", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_french_company_cues (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Cyclisme.\n\n"
             "Kervalis deviendra le sponsor de l'équipe. La PDG de Kervalis, Anne-Laure Kervella, a justifié ce "
             "choix par l'ancrage régional.\n");

  g_assert_nonnull (find_entity (entities, "Kervalis", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Kervalis", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Anne-Laure Kervella", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_company_words (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Data.\n\n"
             "The broker sold the lists to advertisers, hedge funds and at least one political consultancy, "
             "Redbank Strategies of Arlington, Virginia. Redbank did not respond to requests for comment.\n");

  g_assert_nonnull (find_entity (entities, "Redbank Strategies", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_regions_in_brackets_and_branch_heads (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Défense.\n\n"
             "L'intrusion a été détectée en janvier dans les réseaux d'une PME de Blagnac (Haute-Garonne) qui "
             "fournit des calculateurs. Pour Romain Escudié, directeur France de Believe, l'opération illustre la "
             "stratégie du groupe.\n");

  g_assert_null (find_entity (entities, "Haute-Garonne", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Romain Escudié", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Believe", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "France de Believe", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_towns_after_a (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Défense.\n\n"
             "Au quartier général de l'Alliance, à Mons, on fait valoir que le dispositif a été multiplié par "
             "quatre. La direction a accepté une réunion mercredi au siège du groupe, à Massy.\n");

  g_assert_null (find_entity (entities, "Mons", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Massy", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_police_ranks_in_letters (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Police.\n\n"
             "The officers were dismissed last year. DCC Nikesh Valli said the force had acted.\n");

  g_autoptr(GPtrArray) again =
    extract ("Police.\n\n"
             "Deputy Chief Constable Imran Valli said the officers had been dismissed. DCC Valli added that the "
             "force had since examined the work phones of more than 200 officers.\n");

  g_assert_nonnull (find_entity (entities, "Nikesh Valli", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "DCC Nikesh Valli", LECTERN_ENTITY_PERSON));
  /* A title and a surname the tagger read as a body. */
  g_assert_null (find_entity (again, "DCC Valli", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (again, "Imran Valli", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_born_words (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Film.\n\n"
             "The lead role is played by Nadia Fontaine-Leduc, best known for the Radio-Canada series \"Rue "
             "des Érables,\" with Ottawa-born actor Rupert Kawagley as a paramedic stranded at the residence.\n");

  g_assert_null (find_entity (entities, "Ottawa-born", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Rupert Kawagley", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_names_after_and (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Markets.\n\n"
             "Shares of Tidewater closed at 38 dollars. Rivals Truist Financial and M&T Bank were little changed.\n");

  g_assert_nonnull (find_entity (entities, "M&T Bank", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Rivals Truist Financial and M&T Bank", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_companies_read_as_a_person_and_more (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Culture.\n\n"
             "Le projet est porté par Pellicule Nord Productions, société roubaisienne fondée en 2016 par le "
             "producteur Karim Benslimane-Roux. Un audit réalisé par le bureau d'études lillois Hydrotec Ingénierie "
             "chiffrait la remise aux normes.\n");

  g_assert_nonnull (find_entity (entities, "Pellicule Nord Productions", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Pellicule", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Hydrotec Ingénierie", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Karim Benslimane-Roux", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_french_companies_after_nationalities (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Défense.\n\n"
             "Le groupe refuse, ce que refusent ses partenaires, Airbus et l'espagnol Indra. Le chimiste a lancé "
             "une OPA sur le lyonnais Solvarène, coté à Paris. Le comédien Jean Dujardin a salué l'accord.\n");

  g_assert_nonnull (find_entity (entities, "Indra", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Solvarène", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Solvarène", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Jean Dujardin", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_embassies_of_republics (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Diplomatie.\n\n"
             "L'ambassade de la République tchèque à Paris suit la situation. L'ambassade de la République "
             "démocratique du Congo à Bruxelles a réagi.\n");

  g_assert_nonnull (find_entity (entities, "ambassade de la République tchèque à Paris", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "ambassade de la République démocratique du Congo à Bruxelles",
                                 LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_parties_and_councils (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Politique.\n\n"
             "La députée de la circonscription, Sophie Brault (Horizons), a annoncé qu'elle interpellerait le "
             "gouvernement.\n");

  g_autoptr(GPtrArray) councils =
    extract ("Intercommunalité.\n\n"
             "Le président de la communauté de communes des Plateaux de la Seille a présenté le budget mardi.\n");

  g_assert_nonnull (find_entity (entities, "Horizons", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Sophie Brault", LECTERN_ENTITY_PERSON));
  /* A union of communes named by its country, "de la" inside. */
  g_assert_nonnull (find_entity (councils, "communauté de communes des Plateaux de la Seille",
                                 LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_chambers_of_trades (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Artisanat.\n\n"
             "Selon la chambre de métiers et de l'artisanat de la Sarthe, les boulangers paient deux fois plus "
             "qu'en 2021. La chambre de métiers et de l'artisanat de Bretagne tient le même discours.\n");
  g_autoptr(GPtrArray) auditor =
    extract ("Budget.\n\n"
             "Le maire explique que la chambre régionale des comptes nous demande de maîtriser nos charges. Au café "
             "du rond-point Jean-Moulin, Patrick ne décolère pas.\n");

  /* "et de l'artisanat" inside the name, then its seat. */
  g_assert_nonnull (find_entity (entities, "chambre de métiers et de l'artisanat de la Sarthe",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "chambre de métiers et de l'artisanat de Bretagne",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Sarthe", LECTERN_ENTITY_ORGANIZATION));
  /* The region's auditor, named by its remit alone. */
  g_assert_nonnull (find_entity (auditor, "chambre régionale des comptes", LECTERN_ENTITY_ORGANIZATION));
  /* A roundabout named after someone. */
  g_assert_null (find_entity (auditor, "Jean-Moulin", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_letters_with_departement (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Artisanat.\n\n"
             "Selon une enquête de la chambre de métiers et de l'artisanat de la Sarthe (CMA 72), les boulangers "
             "paient deux fois plus. La présidente de la CMA a saisi le préfet.\n");
  g_autoptr(GPtrArray) snow =
    extract ("Montagne.\n\n"
             "Chaque hiver, l'Association nationale pour l'étude de la neige et des avalanches (Anena) recense une "
             "vingtaine de morts. L'Anena rappelle que le matériel ne suffit pas.\n");
  LecternEntity *chamber =
    find_entity (entities, "chambre de métiers et de l'artisanat de la Sarthe", LECTERN_ENTITY_ORGANIZATION);

  /* Letters defined by a body's name are the body's, though a first name
   * too. */
  g_assert_nonnull (find_entity (snow, "Association nationale pour l'étude de la neige et des avalanches",
                                 LECTERN_ENTITY_ORGANIZATION));
  /* Its letters and its département's number in brackets are its name. */
  g_assert_nonnull (chamber);
  g_assert_true (has_form (chamber, "CMA 72"));
  g_assert_true (has_form (chamber, "CMA"));
}

static void
test_extractor_local_societies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Vie locale.\n\n"
             "L'Harmonie municipale de Wimereux jouera dimanche. La Fédération départementale de chasse de la "
             "Corrèze a protesté.\n\n"
             "Le maire a annoncé qu'il saisirait la cour administrative d'appel de Nantes. Le comité des fêtes de "
             "Kergrist et l'amicale laïque organiseront ensemble le pardon.\n");
  g_autoptr(GPtrArray) crim =
    extract ("Faits.\n\n"
             "Les policiers de la brigade criminelle ont interpellé Paul Vasseur.\n");
  g_autoptr(GPtrArray) units =
    extract ("Faits.\n\n"
             "Les gendarmes de la section de recherches de Pau, appuyés par le GIGN, ont interpellé trois hommes.\n");

  /* A society's head, its adjective, its pursuit and its seat. */
  g_assert_nonnull (find_entity (entities, "Harmonie municipale de Wimereux", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Harmonie", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Fédération départementale de chasse de la Corrèze",
                                 LECTERN_ENTITY_ORGANIZATION));
  /* "administrative", the court's adjective in the feminine. */
  g_assert_nonnull (find_entity (entities, "cour administrative d'appel de Nantes", LECTERN_ENTITY_ORGANIZATION));
  /* Paris's police unit, named by its trade alone. */
  g_assert_nonnull (find_entity (crim, "brigade criminelle", LECTERN_ENTITY_ORGANIZATION));
  /* A gendarmerie's unit and its town, a first name too. */
  g_assert_nonnull (find_entity (units, "section de recherches de Pau", LECTERN_ENTITY_ORGANIZATION));
  /* A commune no list knows, after a committee. */
  g_assert_nonnull (find_entity (entities, "comité des fêtes de Kergrist", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_groups_and_party_letters (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Funding cuts.\n\n"
             "The council will review grants to the Holmcroft Women's Refuge. The Tyneside Men's Shed said it "
             "would close before the Women's World Cup.\n\n"
             "SNP MSP Ailsa Drummond said she would press ministers.\n");

  /* A group of people's possessive inside a body's name. */
  g_assert_nonnull (find_entity (entities, "Holmcroft Women's Refuge", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Tyneside Men's Shed", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Women's World Cup", LECTERN_ENTITY_ORGANIZATION));
  /* A listed party's letters before its member's seat. */
  g_assert_nonnull (find_entity (entities, "SNP", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Ailsa Drummond", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_bodies_beside_and (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Data brokers.\n\n"
             "The company sold the data to two brokers, including Brightwater Analytics and Halcyon Data Partners, "
             "which resold it. Agents of the Federal Bureau of Investigation and French investigators interviewed "
             "staff.\n\n"
             "Americans for Financial Reform, a coalition of groups, urged senators to vote no.\n");
  g_autoptr(GPtrArray) listed =
    extract ("Markets.\n\n"
             "Shares of the big three producers, BHP, Rio Tinto and Fortescue, were little changed. Analysts at "
             "Canstar, Westpac and Macquarie Group disagreed.\n\n"
             "The agency selected Astrobotic, Deep Space Systems, Draper, Firefly Aerospace and Intuitive "
             "Machines.\n");
  g_autoptr(GPtrArray) people =
    extract ("Meeting.\n\n"
             "He met Alice Ferrand, Jean Morel and Tshibanda. Aid reached Breckton, Knott and Perry counties.\n");
  g_autoptr(GPtrArray) legal =
    extract ("Nickel.\n\n"
             "The group is building a similar plant in Pomalaa with China's Tianhe Cobalt and Ford Motor Co. Nickel "
             "Asia Corp, the largest miner, is studying a plant.\n");

  /* A name the tagger left out in a list of bodies. */
  g_assert_nonnull (find_entity (listed, "Fortescue", LECTERN_ENTITY_ORGANIZATION));
  /* The same for people, not for places. */
  g_assert_nonnull (find_entity (people, "Tshibanda", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (people, "Breckton", LECTERN_ENTITY_PERSON));
  /* Or anywhere in it. */
  g_assert_nonnull (find_entity (listed, "Canstar", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (listed, "Draper", LECTERN_ENTITY_ORGANIZATION));
  /* Two companies over "and", each with its own words. */
  g_assert_nonnull (find_entity (entities, "Brightwater Analytics", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Halcyon Data Partners", LECTERN_ENTITY_ORGANIZATION));
  /* Nor with its legal form after "and". */
  g_assert_nonnull (find_entity (legal, "Tianhe Cobalt", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (legal, "Ford Motor Co.", LECTERN_ENTITY_ORGANIZATION));
  /* A nationality after "and" is no portfolio. */
  g_assert_nonnull (find_entity (entities, "Federal Bureau of Investigation", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Federal Bureau of Investigation and French", LECTERN_ENTITY_ORGANIZATION));
  /* A group of people for a cause, at the start of a sentence. */
  g_assert_nonnull (find_entity (entities, "Americans for Financial Reform", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_french_bodies_in_english (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Cyber attack.\n\n"
             "The ransomware attack hit the centre hospitalier Côte-de-Lumière on Monday, and the parquet de Paris "
             "has opened an inquiry. Its cybercrime unit will work with the tribunal judiciaire de Nanterre.\n");
  g_autoptr(GPtrArray) prefecture =
    extract ("France.\n\n"
             "The Gironde prefecture, where new associations must file their statutes, confirmed the figures.\n");
  g_autoptr(GPtrArray) schools =
    extract ("Exchange.\n\n"
             "She teaches at the lycée Fénelon in Lille.\n");
  g_autoptr(GPtrArray) levels =
    extract ("Apprentis.\n\n"
             "Je devais prendre deux apprentis du lycée professionnel Antoine-Bourdelle en septembre.\n");

  /* French bodies keep their French names in English copy. */
  g_assert_nonnull (find_entity (entities, "centre hospitalier Côte-de-Lumière", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "parquet de Paris", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "tribunal judiciaire de Nanterre", LECTERN_ENTITY_ORGANIZATION));
  /* A département's state office, in English. */
  g_assert_nonnull (find_entity (prefecture, "Gironde prefecture", LECTERN_ENTITY_ORGANIZATION));
  /* And French schools. */
  g_assert_nonnull (find_entity (schools, "lycée Fénelon", LECTERN_ENTITY_ORGANIZATION));
  /* A school's level before its name, in French. */
  g_assert_nonnull (find_entity (levels, "lycée professionnel Antoine-Bourdelle", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Côte-de-Lumière", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_disease_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Vaccine trial.\n\n"
             "An experimental vaccine against Marburg virus disease protected most volunteers. For people in the "
             "region, Marburg is not an exotic threat, said Dr Ama Owusu.\n");

  /* A name beside a word for a disease names the disease, there and
   * alone. */
  g_assert_null (find_entity (entities, "Marburg", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Marburg", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Ama Owusu", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_kin_and_agencies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Politique.\n\n"
             "Le parti, fondé par l'ancien président Michel Aoun et dirigé par son gendre Gebran Bassil, s'est "
             "abstenu. Le ministre a été cité par l'agence Tasnim, proche du pouvoir.\n");

  /* A name after a word for kin is a person's. */
  g_assert_nonnull (find_entity (entities, "Gebran Bassil", LECTERN_ENTITY_PERSON));
  /* The word for an agency is no part of its name. */
  g_assert_nonnull (find_entity (entities, "Tasnim", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "agence Tasnim", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_company_and_its_namesake (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Hiring.\n\n"
             "The Paris start-up has hired six scientists from Google DeepMind and four engineers from Google's "
             "Zurich office. A Google DeepMind spokesperson wished them well.\n");
  LecternEntity *lab = find_entity (entities, "Google DeepMind", LECTERN_ENTITY_ORGANIZATION);

  /* A listed company and a listed body named after it are two. */
  g_assert_nonnull (lab);
  g_assert_false (has_form (lab, "Google"));
  g_assert_nonnull (find_entity (entities, "Google", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_french_trade_firms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Économie.\n\n"
             "Les Salaisons de l'Élorn ont annoncé trente embauches. Les Volailles du Léon recrutent aussi, comme "
             "les Transports Guivarc'h et les Établissements Le Goff.\n\n"
             "Sylvie Carrasco, qui dirige les Menuiseries Carrasco, une entreprise de 34 salariés, attend. Mme "
             "Carrasco a saisi la banque.\n");
  g_autoptr(GPtrArray) family =
    extract ("Procès.\n\n"
             "Le gérant de la société Transports Vidalenc et Fils comparaissait mardi.\n");

  /* A trade in the plural, then the firm's country or its founder. */
  g_assert_nonnull (find_entity (entities, "Salaisons de l'Élorn", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Volailles du Léon", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Transports Guivarc'h", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Établissements Le Goff", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Léon", LECTERN_ENTITY_PERSON));
  /* The word for a company before it is no part of its name, "et Fils"
   * is. */
  g_assert_nonnull (find_entity (family, "Transports Vidalenc et Fils", LECTERN_ENTITY_ORGANIZATION));
  /* The founder's firm stays a firm beside her. */
  g_assert_nonnull (find_entity (entities, "Menuiseries Carrasco", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Sylvie Carrasco", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_french_places_not_people (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Faits divers.\n\n"
             "La victime a été retrouvée dans le hall de son immeuble du quai de Jemmapes. La moto volée a été "
             "retrouvée près du canal de Jonage. L'élue de l'Aude a pointé la hausse de la dette.\n\n"
             "Le match est programmé sur le court Suzanne-Lenglen, a indiqué Marc Duval.\n");
  g_autoptr(GPtrArray) headline =
    extract ("Ski alpin : à Val-d'Isère, Julie Ferrand remporte enfin son premier géant\n\n"
             "La course a eu lieu dimanche.\n");
  g_autoptr(GPtrArray) events =
    extract ("Politique.\n\n"
             "La mairie de Roquebrune-les-Pins a démenti. Les supporters marcheront jusqu'au Stade Léo-Lagrange "
             "samedi. Le Congrès des maires s'ouvre mardi à Paris.\n");
  g_autoptr(GPtrArray) cars =
    extract ("Faits divers.\n\n"
             "Les enquêteurs ont saisi une Audi A3 et un BMW X5.\n");
  g_autoptr(GPtrArray) floor =
    extract ("Basket.\n\n"
             "Cholet s'est imposé sur le parquet de la Meilleraie.\n");

  /* A place after its word and "de". */
  g_assert_null (find_entity (entities, "Jemmapes", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Jonage", LECTERN_ENTITY_PERSON));
  /* No person takes an article. */
  g_assert_null (find_entity (entities, "Aude", LECTERN_ENTITY_PERSON));
  /* A first name and a surname joined by a hyphen name a place. */
  g_assert_null (find_entity (entities, "Suzanne-Lenglen", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Marc Duval", LECTERN_ENTITY_PERSON));
  /* A place's one word with a part in lower case. */
  g_assert_null (find_entity (headline, "Val-d'Isère", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (headline, "Julie Ferrand", LECTERN_ENTITY_PERSON));
  /* Cars, after "un" or "une". */
  g_assert_null (find_entity (cars, "Audi", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (cars, "BMW", LECTERN_ENTITY_ORGANIZATION));
  /* A French place in one word as a body's name; a stadium named after
   * someone; a party's congress. */
  g_assert_null (find_entity (events, "Roquebrune-les-Pins", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (events, "Stade Léo-Lagrange", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (events, "Congrès des maires", LECTERN_ENTITY_ORGANIZATION));
  /* A court's floor. */
  g_assert_null (find_entity (floor, "parquet de la Meilleraie", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_french_party_words (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Politique.\n\n"
             "Le groupe réunit notamment les élus de Renaissance, du MoDem et d'Horizons. Investi par Les "
             "Républicains et soutenu par Horizons, le chef d'entreprise Arnaud Prigent sera candidat. Le député "
             "Yannick Le Bris (Renaissance) était présent.\n");
  g_autoptr(GPtrArray) seats =
    extract ("Politique.\n\n"
             "Le cabinet du ministre renvoie vers Matignon, qui n'avait pas donné suite. Matignon a promis de "
             "recevoir une délégation.\n");
  LecternEntity *horizons = find_entity (entities, "Horizons", LECTERN_ENTITY_ORGANIZATION);

  /* Parties named with a common word, among parties, after a word for
   * their backing, in brackets after a member. */
  g_assert_nonnull (find_entity (entities, "Renaissance", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (horizons);
  g_assert_null (find_entity (entities, "Horizons", LECTERN_ENTITY_PERSON));
  g_assert_cmpuint (horizons->mentions->len, ==, 2);
  /* The seat that names the prime minister's office. */
  g_assert_nonnull (find_entity (seats, "Matignon", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (seats, "Matignon", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Yannick Le Bris", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_clubs_before_positions (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Rugby.\n\n"
             "He also named the uncapped Bath playmaker Ioan Jenkins and the Saracens hooker Tomos Gwynedd in the "
             "squad, with the England captain Maro Itoje.\n");

  /* A club between "the" and a player's position. */
  g_assert_nonnull (find_entity (entities, "Bath", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Saracens", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Ioan Jenkins", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Tomos Gwynedd", LECTERN_ENTITY_PERSON));
  /* A country's side is left as the tagger read it. */
  g_assert_null (find_entity (entities, "England", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_asian_honorifics_and_one_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Myanmar.\n\n"
             "Its spokesman, U Thein Zaw, said units would stay. The envoy, Dato' Seri Rahman Idris, a retired "
             "diplomat, met officials. The bank stands on Jalan Sudirman.\n\n"
             "At a money changer, trader Suparman, who like many Javanese uses one name, said customers had "
             "gone.\n");

  /* Honorifics are no part of a name. */
  g_assert_nonnull (find_entity (entities, "Thein Zaw", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Rahman Idris", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Seri Rahman Idris", LECTERN_ENTITY_PERSON));
  /* A street. */
  g_assert_null (find_entity (entities, "Jalan Sudirman", LECTERN_ENTITY_PERSON));
  /* One name between a role and an apposition. */
  g_assert_nonnull (find_entity (entities, "Suparman", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_firms_after_cues (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Markets.\n\n"
             "Lena Ortiz, chief executive of Zentrix, said sales rose. Investors bought a big stake in Orvanta last "
             "year. A spokesperson for Quillfield declined to comment.\n");

  /* A firm's name after a word for its office, its stake or its voice. */
  g_assert_nonnull (find_entity (entities, "Zentrix", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Orvanta", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Quillfield", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Lena Ortiz", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_more_company_words (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Business.\n\n"
             "The vaccine was developed by Halden Biologics, a Copenhagen company. Graham Pellow, who founded "
             "Pellow Haulage in 1998, said the firm would survive.\n");
  g_autoptr(GPtrArray) french =
    extract ("Affaires.\n\n"
             "Le nantais Ar Mor Avocats et le bordelais Garonne Legal ont annoncé leur rapprochement. C'est "
             "l'illustration de ce que peut faire un fonds régional avec une ETI familiale.\n");
  g_autoptr(GPtrArray) german =
    extract ("Tram.\n\n"
             "Le quotidien allemand Kehler Zeitung a publié les chiffres. Selon la Kehler Zeitung, le tram est plein.\n");
  g_autoptr(GPtrArray) utilities =
    extract ("Business.\n\n"
             "Osaka Gas is in talks over a further 0.5 million tonnes. Brennan Bancorp agreed to buy a rival.\n");

  /* Words for a trade that end a company's name. */
  g_assert_nonnull (find_entity (entities, "Halden Biologics", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Pellow Haulage", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Graham Pellow", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (utilities, "Osaka Gas", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (utilities, "Brennan Bancorp", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Ar Mor Avocats", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (german, "Kehler Zeitung", LECTERN_ENTITY_ORGANIZATION));
  /* A firm's size is no body, whatever body a list knows by its letters. */
  g_assert_null (find_entity (french, "ETI", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_letters_with_lower_case (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Impôts.\n\n"
             "La direction départementale des finances publiques (DDFiP) a écrit aux commerçants. Selon la "
             "direction régionale de l'économie, de l'emploi, du travail et des solidarités (Dreets), les "
             "salariés sont peu nombreux. La DDFiP et la Dreets ont été saisies.\n");
  LecternEntity *ddfip = find_entity (entities, "direction départementale des finances publiques",
                                      LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *dreets =
    find_entity (entities, "direction régionale de l'économie, de l'emploi, du travail et des solidarités",
                 LECTERN_ENTITY_ORGANIZATION);

  /* A lower-case letter inside the letters continues the word before. */
  g_assert_nonnull (ddfip);
  g_assert_true (has_form (ddfip, "DDFiP"));
  /* Letters written as a word, each a word's initial. */
  g_assert_nonnull (dreets);
  g_assert_true (has_form (dreets, "Dreets"));
}

static void
test_extractor_indexes_and_remits (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Markets.\n\n"
             "The Nasdaq-100 or the S&P 500 gained 0.8 per cent on Tuesday. The Basel Committee on Banking "
             "Supervision published new rules.\n");
  g_autoptr(GPtrArray) milk =
    extract ("Lait.\n\n"
             "À l'appel de l'Union nationale des éleveurs livreurs Lactalis (Unell), les producteurs ont manifesté "
             "devant le siège de Lactalis. Le groupe Lactalis refuse.\n");

  /* A stock index is no company. */
  g_assert_null (find_entity (entities, "S&P", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Nasdaq-100", LECTERN_ENTITY_ORGANIZATION));
  /* A committee and its remit after "on" are one body. */
  g_assert_nonnull (find_entity (entities, "Basel Committee on Banking Supervision", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Banking Supervision", LECTERN_ENTITY_ORGANIZATION));
  /* A members' body named after a known company is another body. */
  g_assert_nonnull (find_entity (milk, "Union nationale des éleveurs livreurs Lactalis", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (milk, "Lactalis", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_french_farms_and_branches (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Agriculture.\n\n"
             "Élodie Brochard est associée au sein du GAEC des Trois Chênes, à Mouilleron. La SCIC Bocage Énergie "
             "61 achète du bois. Le mouvement est mené par la Coordination rurale 47 (CR 47). Les Jeunes "
             "Agriculteurs de Vendée ont manifesté.\n");
  g_autoptr(GPtrArray) students =
    extract ("Étudiants.\n\n"
             "L'Union étudiante, arrivée en tête aux dernières élections du Crous de Lyon, a reçu les finalistes.\n");
  LecternEntity *cr = find_entity (entities, "Coordination rurale 47", LECTERN_ENTITY_ORGANIZATION);

  /* A farm or a firm named by its legal form. */
  g_assert_nonnull (find_entity (entities, "GAEC des Trois Chênes", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Trois Chênes", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "SCIC Bocage Énergie 61", LECTERN_ENTITY_ORGANIZATION));
  /* A département's number before the letters in brackets. */
  g_assert_nonnull (cr);
  g_assert_true (has_form (cr, "CR 47"));
  /* A listed body's branch after "de". */
  g_assert_nonnull (find_entity (entities, "Jeunes Agriculteurs de Vendée", LECTERN_ENTITY_ORGANIZATION));
  /* Its letters written as a word, and its town. */
  g_assert_nonnull (find_entity (students, "Crous de Lyon", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (students, "Crous", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_french_unions_and_schools (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Éducation.\n\n"
             "Les élèves du lycée Charlemagne ont manifesté. Le SNESUP-FSU appelle à la grève avec SUD-RATP. Le "
             "syndicat FO Transports et Logistique et FO Énergie et Mines suivent.\n");

  /* A school's word opens no person's name. */
  g_assert_nonnull (find_entity (entities, "lycée Charlemagne", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Charlemagne", LECTERN_ENTITY_PERSON));
  /* A union's section joined by a hyphen. */
  g_assert_nonnull (find_entity (entities, "SNESUP-FSU", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "SUD-RATP", LECTERN_ENTITY_ORGANIZATION));
  /* A federation named by its trades over "et". */
  g_assert_nonnull (find_entity (entities, "FO Transports et Logistique", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "FO Énergie et Mines", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_branches_by_region (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Local news.\n\n"
             "Jamila Haddad, a staff attorney with the ACLU of Northern California, urged the council to wait. "
             "Greenpeace of Brazil protested. The Sudanese Red Crescent Society sent teams.\n");
  g_autoptr(GPtrArray) french =
    extract ("Social.\n\n"
             "L'Urssaf Pays de la Loire a engagé une procédure. L'AUT Île-de-France demande des bus. Le tribunal "
             "des activités économiques de Lyon examinera les offres.\n");
  g_autoptr(GPtrArray) banks =
    extract ("Banques.\n\n"
             "Le CIC Ouest prête aux PME. La CPME Nord proteste. Selon l'Urssaf Normandie, tout va bien.\n");

  /* A national society of the Red Cross, with its nationality. */
  g_assert_nonnull (find_entity (entities, "Sudanese Red Crescent Society", LECTERN_ENTITY_ORGANIZATION));
  /* A listed body's branch after "of", in a country or a region. */
  g_assert_nonnull (find_entity (entities, "ACLU of Northern California", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Greenpeace of Brazil", LECTERN_ENTITY_ORGANIZATION));
  /* In French, a body's branch by its region's name. */
  g_assert_nonnull (find_entity (french, "Urssaf Pays de la Loire", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "AUT Île-de-France", LECTERN_ENTITY_ORGANIZATION));
  /* By a point of the compass, or a region's word. */
  g_assert_nonnull (find_entity (banks, "CIC Ouest", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (banks, "CPME Nord", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (banks, "Urssaf Normandie", LECTERN_ENTITY_ORGANIZATION));
  /* France's commercial courts, by their name since 2025. */
  g_assert_nonnull (find_entity (french, "tribunal des activités économiques de Lyon", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_appositions_with_nationality (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Finance.\n\n"
             "STOCKHOLM — Paytrellis, the Swedish payments group founded in 2014, will list in New York. The deal "
             "needs approval of Finanstilsynet, the Danish financial supervisory authority, as well as "
             "shareholders. Nomura, Japan's largest brokerage, expects a rise.\n");
  g_autoptr(GPtrArray) works =
    extract ("Jobs.\n\n"
             "BUFFALO, N.Y. — Lakeshore Precision Castings, a foundry that has poured steel parts since 1937, will "
             "close its plant.\n");

  /* A nationality or a country's possessive inside a body's apposition. */
  g_assert_nonnull (find_entity (entities, "Paytrellis", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Finanstilsynet", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Nomura", LECTERN_ENTITY_ORGANIZATION));
  /* A word for a works. */
  g_assert_nonnull (find_entity (works, "Lakeshore Precision Castings", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_names_after_firm_words (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Banks.\n\n"
             "Moody's downgraded Banca Valdarno by two notches. The agency cut Valdarno's long-term rating.\n");
  LecternEntity *bank = find_entity (entities, "Banca Valdarno", LECTERN_ENTITY_ORGANIZATION);

  /* The firm's name alone after "Banca …" is the firm's. */
  g_assert_nonnull (bank);
  g_assert_true (has_form (bank, "Valdarno"));
  g_assert_null (find_entity (entities, "Banca Valdarno", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_seats_after_a (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Sucre.\n\n"
             "Il faut livrer à Tereos à Origny-Sainte-Benoîte ou chez Cristal Union à Villers-Faucon, si elles "
             "acceptent nos volumes. L'ambassade de France à Pékin a réagi.\n");

  /* The town a body works in is no part of its name. */
  g_assert_nonnull (find_entity (entities, "Cristal Union", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Cristal Union à Villers-Faucon", LECTERN_ENTITY_ORGANIZATION));
  /* An embassy is named by its town. */
  g_assert_nonnull (find_entity (entities, "ambassade de France à Pékin", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_joint_firms_and_arms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Markets.\n\n"
             "Analysts at Morgan Stanley MUFG Securities expect a rise. HSBC Global Asset Management said so.\n");

  /* A joint firm's name, and a listed firm's arm. */
  g_assert_nonnull (find_entity (entities, "Morgan Stanley MUFG Securities", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "MUFG Securities", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "HSBC Global Asset Management", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_people_by_particles_and_nationalities (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Banks.\n\n"
             "Henrik Vollmer said he expected no further cuts, while Pieter-Jan de Wolff of ING in Amsterdam still "
             "pencilled in a final move. Refugees returned since the fall of Bashar al-Assad's government.\n");
  g_autoptr(GPtrArray) french =
    extract ("Universités.\n\n"
             "Son recteur, l'Ivoirien Konan Brou-Aké, rappelle que la France perd des parts. Côté AES, elle était "
             "emmenée par le Malien Sidi Mohamed Ag Inaha, secrétaire permanent.\n");

  /* A first name, a particle and a surname. */
  g_assert_nonnull (find_entity (entities, "Pieter-Jan de Wolff", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Wolff", LECTERN_ENTITY_PERSON));
  /* An Arabic surname after a first name the tagger read as a place. */
  g_assert_nonnull (find_entity (entities, "Bashar al-Assad", LECTERN_ENTITY_PERSON));
  /* A nationality before a name. */
  g_assert_nonnull (find_entity (french, "Konan Brou-Aké", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (french, "Ivoirien Konan Brou-Aké", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Sidi Mohamed Ag Inaha", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_teams_named_by_towns (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Somerset win West Country derby\n\n"
             "TAUNTON — Somerset beat Gloucestershire by 31 runs in front of a sell-out crowd. Gloucestershire head "
             "coach Darren Foulkes said his side had been short. The match was the season's first; the bowler took "
             "three wickets and the innings ended early. Kilmarnock manager Derek McInnes watched, with Livingston "
             "fans. Trump fans were not there.\n");

  /* In a story of a team sport, a county or a town named as a team. */
  g_assert_nonnull (find_entity (entities, "Gloucestershire", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Kilmarnock", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Darren Foulkes", LECTERN_ENTITY_PERSON));
  /* A person's fans are no team. */
  g_assert_null (find_entity (entities, "Trump", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_trusts_and_charities (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Health.\n\n"
             "The drug was backed by Pancreatic Cancer UK. Patients at Marcher Hospitals NHS Trust will get it "
             "first, said the Royal Marsden NHS Foundation Trust.\n");

  /* A health trust named by the words before "NHS Trust". */
  g_assert_nonnull (find_entity (entities, "Marcher Hospitals NHS Trust", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Royal Marsden NHS Foundation Trust", LECTERN_ENTITY_ORGANIZATION));
  /* A charity named by its cause and "UK". */
  g_assert_nonnull (find_entity (entities, "Pancreatic Cancer UK", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_portfolios_and_party_members (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Asia.\n\n"
             "The Ministry of Energy and Mineral Resources said so. Congress MP Supriya Nair asked questions.\n");

  /* A ministry's second portfolio after "and". */
  g_assert_nonnull (find_entity (entities, "Ministry of Energy and Mineral Resources", LECTERN_ENTITY_ORGANIZATION));
  /* A party, its member's seat and the member. */
  g_assert_nonnull (find_entity (entities, "Congress", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Supriya Nair", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_numbered_universities_and_stations (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Universités.\n\n"
             "Les étudiants de l'université Alger 3 manifestent. Selon Amplitude FM, la radio, tout va bien.\n");

  /* A university numbered after its town. */
  g_assert_nonnull (find_entity (entities, "université Alger 3", LECTERN_ENTITY_ORGANIZATION));
  /* A radio by its band. */
  g_assert_nonnull (find_entity (entities, "Amplitude FM", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_places_after_site_words (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Industrie.\n\n"
             "Stellantis, dont l'usine de Sochaux reste le premier débouché, se tait. Le chantier de Simandou est "
             "rattrapé par la contestation.\n");
  g_autoptr(GPtrArray) english =
    extract ("Floods.\n\n"
             "In the village of Ali Wahan, Ghulam Rasool Jatoi, a farmer, watched. Workers at the Harwell site "
             "said so.\n");

  /* A place after a word for a site and "de". */
  g_assert_null (find_entity (entities, "Sochaux", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Simandou", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Stellantis", LECTERN_ENTITY_ORGANIZATION));
  /* In English, after "the village of", or before "site". */
  g_assert_null (find_entity (english, "Ali Wahan", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (english, "Harwell", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (english, "Ghulam Rasool Jatoi", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_outlets_after_press_cues (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Presse.\n\n"
             "Il ironise dans les colonnes de La Meuse. Son président a déclaré en mars au Progrès que rien n'est "
             "tabou. Contacté par Marie Dupont, il a refusé.\n");
  g_autoptr(GPtrArray) start = extract ("en mars au Progrès. Il a déclaré au Progrès que rien n'est tabou.\n");

  /* A newspaper after words for telling or asking the press. */
  g_assert_nonnull (find_entity (entities, "La Meuse", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Progrès", LECTERN_ENTITY_ORGANIZATION));
  /* A person contacted is a person. */
  g_assert_nonnull (find_entity (entities, "Marie Dupont", LECTERN_ENTITY_PERSON));
  /* A text that opens with "en … au" reads no token before its first
   * (this crashed once). */
  g_assert_nonnull (find_entity (start, "Progrès", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_medicines_are_products (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Health.\n\n"
             "Patients with high-risk melanoma who received the vaccine, TBO-7, alongside the immunotherapy drug "
             "Keytruda had a 49 per cent lower risk of relapse or death after three years than those given "
             "Keytruda alone.\n");

  /* A medicine after its word, and alone in the story. */
  g_assert_null (find_entity (entities, "Keytruda", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Keytruda", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_bodies_after_kind_nouns (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Markets.\n\n"
             "Active managers compete with passive giants such as Larry Fink's BlackRock, Vanguard and State "
             "Street. Shares fell, dragged down by banks including Deutsche Bank, UniCredit and Santander. Tickets "
             "cost less than at high street chains such as Boots and Superdrug, said Anna Reid.\n");
  g_autoptr(GPtrArray) french =
    extract ("Commerce.\n\n"
             "Les prix baissent dans des enseignes comme Monoprix ou Picard, selon Marie Dupont. Des négociants "
             "suisses, comme Vitol et Trafigura, dominaient le marché.\n");

  /* Each name of a list after a kind of body, places' names and common
   * words too. */
  g_assert_nonnull (find_entity (entities, "Vanguard", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "State Street", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Santander", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Boots", LECTERN_ENTITY_ORGANIZATION));
  /* The person whose firm it is stays a person. */
  g_assert_nonnull (find_entity (entities, "Larry Fink", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Anna Reid", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "Vitol", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Trafigura", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Monoprix", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Marie Dupont", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_towns_listed_with_towns (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Logement.\n\n"
             "Le bailleur rénovera 1 200 maisons de Roubaix, Tourcoing et Wattrelos selon la démarche "
             "Energiesprong, a expliqué Marie Dupont.\n");
  g_autoptr(GPtrArray) english =
    extract ("Travel.\n\n"
             "Transport for Greater Manchester said it would run extra trams on the lines to Bury and Altrincham, "
             "as Powell and Annan had asked.\n");

  /* A town listed beside a town that is no person's name. */
  g_assert_null (find_entity (entities, "Wattrelos", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Marie Dupont", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (english, "Bury", LECTERN_ENTITY_PERSON));
  /* Two surnames stay people. */
  g_assert_nonnull (find_entity (english, "Annan", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_bare_partnerships (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Architecture.\n\n"
             "La cité est menée par Lacaton & Vassal avec Frédéric Druot. Anne Lacaton et Jean-Philippe Vassal ont "
             "reçu le prix Pritzker. L'architecte Bruno Taillefer, dont l'agence, Taillefer & Mandel, a été "
             "retenue, parle.\n");
  g_autoptr(GPtrArray) english =
    extract ("Studies.\n\n"
             "Clay is sold in the Hobby & Crafts market, says Tom Hale. Earlier work found differences in testing "
             "(Reich & Marks, 2016). Win a book, T & Cs here.\n");

  /* Two surnames joined by "&": a firm, beside its partners. */
  g_assert_nonnull (find_entity (entities, "Lacaton & Vassal", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Taillefer & Mandel", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Anne Lacaton", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Bruno Taillefer", LECTERN_ENTITY_PERSON));
  /* Common words, authors cited with their year, abbreviations: no
   * firm. */
  g_assert_null (find_entity (english, "Hobby & Crafts", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (english, "Reich & Marks", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (english, "T & Cs", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_french_names_in_both_genders (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Syndicats.\n\n"
             "La vice-présidente de la Fédération des employées et employés de services publics (FEESP), Nathalie "
             "Arguin, y était. Les syndicats de l'Alliance des professeures et professeurs de Montréal voteront. Le "
             "Syndicat des employé-e-s de TVA, affilié au Syndicat canadien de la fonction publique, a réagi.\n");

  /* A noun in both genders inside a body's name. */
  g_assert_nonnull (find_entity (entities, "Fédération des employées et employés de services publics",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Alliance des professeures et professeurs de Montréal",
                                 LECTERN_ENTITY_ORGANIZATION));
  /* The letters of the employer after "de". */
  g_assert_nonnull (find_entity (entities, "Syndicat des employé-e-s de TVA", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Nathalie Arguin", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_team_sheets (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Crokes claim the county title\n\n"
             "Dr Crokes won the county final on Sunday after a tense second half in which the champions held on "
             "against a late rally from the visitors, who had led at the break. Jake Hollis scored twice.\n\n"
             "The manager said that the team had been tested and that the players would now turn their minds to "
             "the provincial series in the new year.\n\n"
             "DR CROKES: S Murphy; J Hollis, M Moloney, F Fitzgerald; G White (0-1), T Brosnan (0-2).\n\n"
             "KILLARNEY: P Power; A Kelly, B Walsh (0-3), E Ryan.\n");
  LecternEntity *hollis;

  /* A team sheet's players, on a line in capitals too. */
  g_assert_nonnull (find_entity (entities, "S Murphy", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "F Fitzgerald", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "T Brosnan", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "A Kelly", LECTERN_ENTITY_PERSON));
  /* "Power" after an initial is no utility. */
  g_assert_nonnull (find_entity (entities, "P Power", LECTERN_ENTITY_PERSON));
  /* The initial and surname of a person named in full are that person. */
  hollis = find_entity (entities, "Jake Hollis", LECTERN_ENTITY_PERSON);
  g_assert_nonnull (hollis);
  g_assert_cmpuint (hollis->mentions->len, ==, 2);
  g_assert_null (find_entity (entities, "J Hollis", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_county_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Labor.\n\n"
             "The Los Angeles County Federation of Labor backed the strike, said Maria Lopez.\n");

  /* The county's name is the body's. */
  g_assert_nonnull (find_entity (entities, "Los Angeles County Federation of Labor", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "County Federation of Labor", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_words_of_trades (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Business.\n\n"
             "A vaccine developed by London biotech Thamesbridge Oncology halved the risk. Kothari Infra, which "
             "builds highways, denied wrongdoing. The French drugmaker Maurel Santé, founded by the pharmacist Henri "
             "Maurel, halted launches, said Ampere Analysis.\n");

  /* Words that end firms' names and no person's. */
  g_assert_nonnull (find_entity (entities, "Kothari Infra", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Thamesbridge Oncology", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Maurel Santé", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Ampere Analysis", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Henri Maurel", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_lone_word_among_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Pay.\n\n"
             "Unison Scotland, GMB Scotland and Unite said their members had rejected the offer. Councils, unions "
             "and Alan Smith met on Monday.\n");

  /* A word the tagger read as a person, listed among bodies. */
  g_assert_nonnull (find_entity (entities, "Unite", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Unite", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Alan Smith", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_one_word_after_firm_nouns (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("News.\n\n"
             "The union Unite will ballot staff. The retailer Boots said sales rose. The drugmaker Roche said the "
             "trial failed, according to Mary Jones.\n");

  /* One word after "the" and a word for a firm, before the verb. */
  g_assert_nonnull (find_entity (entities, "Unite", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Boots", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Roche", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Mary Jones", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_hyphen_acronyms_apart (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Transport.\n\n"
             "La Société de transport de Montréal (STM) devra couper. Le Syndicat du transport de Montréal "
             "(STM-CSN) craint des pertes. La STM a refusé.\n");
  LecternEntity *stm = find_entity (entities, "Société de transport de Montréal", LECTERN_ENTITY_ORGANIZATION);

  /* Two acronyms spelled out each: two bodies, though one starts the
   * other. */
  g_assert_nonnull (stm);
  g_assert_cmpuint (stm->mentions->len, ==, 3);
  g_assert_nonnull (find_entity (entities, "Syndicat du transport de Montréal", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_french_local_societies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Vie locale.\n\n"
             "Jean-Louis Barthe, président de l'association des locataires de Baziège, réclame un interlocuteur. "
             "L'amicale des locataires du Clos-Fleuri proteste. La chambre des notaires du Rhône publie ses "
             "chiffres. La cave coopérative de Tresserre vend son vin. Une association de défense des riverains a "
             "écrit.\n");

  /* Lower-case names of local societies, by their town or estate. */
  g_assert_nonnull (find_entity (entities, "association des locataires de Baziège", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "amicale des locataires du Clos-Fleuri", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "chambre des notaires du Rhône", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "cave coopérative de Tresserre", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Baziège", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Jean-Louis Barthe", LECTERN_ENTITY_PERSON));
  /* A society with no name is none. */
  g_assert_cmpuint (entities->len, ==, 5);
}

static void
test_extractor_dioceses_and_directorates (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Etat.\n\n"
             "Le diocèse de Nantes a cédé le bâtiment. La direction générale du Trésor a répondu. La direction "
             "générale de la Sécurité intérieure enquête. La direction générale de Renault a changé.\n");

  g_assert_nonnull (find_entity (entities, "diocèse de Nantes", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "direction générale du Trésor", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "direction générale de la Sécurité intérieure",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Trésor", LECTERN_ENTITY_PERSON));
  /* A company's management is no body of its own. */
  g_assert_null (find_entity (entities, "direction générale de Renault", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_acronyms_in_running_text (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Health.\n\n"
             "Any approval would then face an appraisal by NICE, which has so far declined to recommend the drug, "
             "said Dr Anna Reid.\n\n"
             "LA LOI SUR LES LOYERS\n\n"
             "Le texte est adopté.\n");

  /* A word in capitals inside a sentence in lower case is an acronym,
   * though it spells a town. */
  g_assert_nonnull (find_entity (entities, "NICE", LECTERN_ENTITY_ORGANIZATION));
  /* A headline in capitals is no name. */
  g_assert_null (find_entity (entities, "LOYERS", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "LES LOYERS", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_broadcasters_after_on (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Football.\n\n"
             "The tie will be shown live on Premier Sports. The match will be shown live on S4C, the Welsh-language "
             "broadcaster, and on Channel Five. It is live on Saturday, said Tom Hale.\n");

  /* A channel after a verb of broadcasting and "on". */
  g_assert_nonnull (find_entity (entities, "Premier Sports", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Channel Five", LECTERN_ENTITY_ORGANIZATION));
  /* Not a day. */
  g_assert_null (find_entity (entities, "Saturday", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Tom Hale", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_names_after_site_nouns (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Ville.\n\n"
             "Le cortège s'est élancé peu après 11 heures de la place Jean-Macé, sous une pluie fine.\n"
             "CHAMBÉRY – Vingt-trois brebis tuées : l'attaque survenue dans la nuit de dimanche à lundi sur "
             "l'alpage du Mont-Froid, au-dessus de Lanslebourg, est la plus lourde de la saison.\n");

  /* A hyphenated name after a word for a place names the place. */
  g_assert_null (find_entity (entities, "Jean-Macé", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Jean-Macé", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Mont-Froid", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_particle_after_full_name (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Banks.\n\n"
             "In Paris, Banque de France governor François Villeroy de Galhau struck a more dovish tone, telling "
             "reporters that risks were balanced. Mr Villeroy de Galhau, one of the council's most vocal members, "
             "said so.\n");
  LecternEntity *governor = find_entity (entities, "François Villeroy de Galhau", LECTERN_ENTITY_PERSON);

  /* A particle and a word no list places, after a full name. */
  g_assert_nonnull (governor);
  g_assert_cmpuint (governor->mentions->len, ==, 2);
  g_assert_null (find_entity (entities, "François Villeroy", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_institutions_more_complements (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Santé.\n\n"
             "Le Centre hospitalier universitaire de Besançon recrute des infirmiers, selon Marie Dupont.\n");

  g_assert_nonnull (find_entity (entities, "Centre hospitalier universitaire de Besançon",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Centre hospitalier", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_people_end_capitalized (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Sport.\n\n"
             "Les Héraultais, emmenés par un Hugo Lemaire-Diallo étincelant (8 buts), ont dominé l'US Ivry. "
             "Bachar al-Assad a parlé.\n");

  /* An adjective after a name is no part of it; a particle joined to a
   * surname is. */
  g_assert_nonnull (find_entity (entities, "Hugo Lemaire-Diallo", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Hugo Lemaire-Diallo étincelant", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Bachar al-Assad", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_belgian_unions_and_parties (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Belgique.\n\n"
             "Rudy Lambotte, délégué principal de la FGTB Métal Hainaut-Namur, parle. Le président de la FGTB, "
             "Thierry Bodson, est attendu. Le conseil a voté, et les élus des Engagés se sont abstenus. Chez "
             "Rossel, éditeur du Soir et de Sudinfo, on réorganise.\n");
  LecternEntity *section = find_entity (entities, "FGTB Métal Hainaut-Namur", LECTERN_ENTITY_ORGANIZATION);

  /* A union's section named by its trade is not the union. */
  g_assert_nonnull (section);
  g_assert_cmpuint (section->mentions->len, ==, 1);
  g_assert_nonnull (find_entity (entities, "FGTB", LECTERN_ENTITY_ORGANIZATION));
  /* A listed name after a contraction, a party's voters or a paper's
   * publisher before it. */
  g_assert_nonnull (find_entity (entities, "Engagés", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Soir", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_crafts_buildings_and_firm_seats (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Science.\n\n"
             "The firm signed a deal with Google. Helion Energy of Everett, Washington, has promised power by 2028. "
             "India landed Chandrayaan-3 and launched Vikram-S, said Dr Anil Rao outside the Leighton Criminal Court "
             "Building. The Chamber of Minerals and Energy of Western Australia (CME) warned.\n");

  /* A firm's town after "of" is no part of its name. */
  g_assert_nonnull (find_entity (entities, "Helion Energy", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Helion Energy of Everett", LECTERN_ENTITY_ORGANIZATION));
  /* Missions and crafts, buildings. */
  g_assert_null (find_entity (entities, "Chandrayaan-3", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Vikram-S", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Leighton Criminal Court Building", LECTERN_ENTITY_ORGANIZATION));
  /* A chamber's region is its name's. */
  g_assert_nonnull (find_entity (entities, "Chamber of Minerals and Energy of Western Australia",
                                 LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_french_teams_named_by_towns (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Rugby : Bayonne reste en tête\n\n"
             "L'Aviron bayonnais, vainqueur bonifié de Vannes (38-12), reste en tête du championnat devant Toulouse. "
             "Le club a enchaîné une troisième défaite de rang, cette fois à Chartres (31-25). L'entraîneur de "
             "Dunkerque, Paul Martin, a salué la victoire de ses joueurs et leurs essais en fin de saison.\n");

  /* In a French story of a team sport, a town is its team where a score
   * or its staff say so; not where the match was played. */
  g_assert_nonnull (find_entity (entities, "Vannes", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Dunkerque", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Chartres", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Paul Martin", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_clubs_by_their_sport (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Handball.\n\n"
             "Le club a battu Chambéry Savoie Mont-Blanc Handball samedi, selon Paul Martin.\n");

  g_assert_nonnull (find_entity (entities, "Chambéry Savoie Mont-Blanc Handball", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Chambéry Savoie Mont-Blanc Handball", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Paul Martin", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_shared_initials_and_article_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Kenya.\n\n"
             "NAIROBI — The National Treasury has abandoned a proposed excise duty. Co-operative Bank of Kenya chief "
             "executive Gideon Muriuki said margins would shrink. At the Central Bank of Kenya (CBK), Governor Kamau "
             "Thugge struck a cautious tone. The CBK held rates. The bill goes to a vote in the National Assembly "
             "on Tuesday.\n");
  LecternEntity *cbk = find_entity (entities, "Central Bank of Kenya", LECTERN_ENTITY_ORGANIZATION);

  /* Letters that two names share go with the one they were given to. */
  g_assert_nonnull (cbk);
  g_assert_cmpuint (cbk->mentions->len, ==, 3);
  g_assert_nonnull (find_entity (entities, "Co-operative Bank of Kenya", LECTERN_ENTITY_ORGANIZATION));
  /* "The National" (a paper) starts longer names here. */
  g_assert_null (find_entity (entities, "The National", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "National Treasury", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "National Assembly", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_french_business_press_firms (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Photonique.\n\n"
             "La jeune pousse Lumenic, issue du CEA-Leti, annonce une levée. Le japonais Ishikari Optical entre "
             "également au capital. La marseillaise Phocéa Data lève 12 millions. Le pôle de compétitivité "
             "Lyonbiopôle a accompagné la société, selon Marie Dupont.\n");

  g_assert_nonnull (find_entity (entities, "Lumenic", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Ishikari Optical", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Phocéa Data", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Lyonbiopôle", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Marie Dupont", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_french_clusters (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Economie.\n\n"
             "Le projet a été labellisé par le pôle EMC2 et par le pôle Valorial. Le pôle Nord fond.\n");

  /* A cluster after "pôle"; not a pole of the Earth. */
  g_assert_nonnull (find_entity (entities, "EMC2", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Valorial", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Nord", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_newspaper_titles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Press.\n\n"
             "The Daily Clarion ran the story on Monday, and Anna Reid resigned. She told the Sunday Herald that "
             "she was tired.\n");

  /* After "the", a paper's day and its name. */
  g_assert_nonnull (find_entity (entities, "Daily Clarion", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Sunday Herald", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Anna Reid", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_units_named_after_letters (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Cricket.\n\n"
             "The match was shown on Sky Sports, and commentary on BBC Radio Somerset drew a record audience, the "
             "BBC said.\n");
  LecternEntity *bbc = find_entity (entities, "BBC", LECTERN_ENTITY_ORGANIZATION);

  /* A listed body's letters and a unit of two words after them are two
   * bodies. */
  g_assert_nonnull (bbc);
  g_assert_cmpuint (bbc->mentions->len, ==, 1);
  g_assert_nonnull (find_entity (entities, "BBC Radio Somerset", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_committee_remits (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Nigeria.\n\n"
             "The chairman of the Senate Committee on Banking, Insurance and Other Financial Institutions, Senator "
             "Adetokunbo Abiru, said the bill would pass.\n");

  g_assert_nonnull (find_entity (entities, "Senate Committee on Banking, Insurance and Other Financial Institutions",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Other Financial Institutions", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Adetokunbo Abiru", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_societies_over_and (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Law.\n\n"
             "The National Domestic Workers Alliance and Gig Workers Rising also backed the state. The Department "
             "of Health and Human Services did not.\n");

  /* A society's name ends with its word; another name follows "and". */
  g_assert_nonnull (find_entity (entities, "National Domestic Workers Alliance", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Gig Workers Rising", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Department of Health and Human Services", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_acronyms_with_seats (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Santé.\n\n"
             "Catherine Wéry dirige les urgences du Centre hospitalier universitaire de Liège. Lundi, le CHU de "
             "Liège a lancé un appel, selon le directeur médical du CHU.\n");
  LecternEntity *chu = find_entity (entities, "Centre hospitalier universitaire de Liège", LECTERN_ENTITY_ORGANIZATION);

  /* Letters and a seat are the spelled-out name with that seat. */
  g_assert_nonnull (chu);
  g_assert_cmpuint (chu->mentions->len, ==, 3);
}

static void
test_extractor_common_word_before_de_name (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Batteries.\n\n"
             "Le pari de Recyclis est simple : récupérer les chutes d'électrodes. Le barreau de Rennes proteste.\n");

  /* A common word and "de" before a name are no part of it; a body
   * named by its seat keeps it. */
  g_assert_nonnull (find_entity (entities, "Recyclis", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "pari de Recyclis", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "barreau de Rennes", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_text_ends_inside_name (void)
{
  /* A text that ends inside a French name's complements (this read a
   * token past the last under the address sanitizer). */
  g_autoptr(GPtrArray) entities = extract ("L'Union nationale des syndicats des trav");
  g_autoptr(GPtrArray) longer = extract ("Le Syndicat national des employées et employés");

  g_assert_nonnull (find_entity (entities, "Union nationale", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (longer);
}

static void
test_extractor_french_names_in_english (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Obituary.\n\n"
             "He did his military service in the band of the Garde républicaine. Jacques Parizeau persuaded her "
             "to run for the Parti québécois in 1976. The Centre said it would close. Parti Québécois finance "
             "critic Hélène Dufresne said no.\n");

  /* Quoted in English, a French body keeps its words in lower case;
   * an English head word does not take a verb. */
  g_assert_nonnull (find_entity (entities, "Garde républicaine", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Parti québécois", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Centre said", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Parti Québécois finance", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_foundry_words (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Obituary.\n\n"
             "Sir Desmond Varley spent four decades at Hartwell Castings. His rival was Ian Maclaren of Meridian "
             "Alloys, the Coventry group. In 1994 Brindley Newspapers was sold.\n");

  /* A name before a word for what a firm makes is the firm's. */
  g_assert_nonnull (find_entity (entities, "Hartwell Castings", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Meridian Alloys", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Brindley Newspapers", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_tourist_offices_and_wine_unions (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Vignoble.\n\n"
             "Le syndicat viticole de Listrac-Médoc craint une muséification. L'office de tourisme de Colmar a "
             "enregistré une hausse de 12 % des réservations. Le bureau de Colmar est fermé.\n");

  /* A tourist office and a growers' union are named by their seat. */
  g_assert_nonnull (find_entity (entities, "syndicat viticole de Listrac-Médoc", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "office de tourisme de Colmar", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "bureau de Colmar", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_houses_named_for_founders (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Vins.\n\n"
             "La maison Albert Bichot a acheté trois lots. Le négociant Louis Jadot a suivi. Albert Bichot a "
             "aussi acheté un domaine. Le directeur Paul Martin a parlé.\n");
  LecternEntity *bichot = find_entity (entities, "Albert Bichot", LECTERN_ENTITY_ORGANIZATION);

  /* A house of wine bears its founder's name, in the whole story. */
  g_assert_nonnull (bichot);
  g_assert_cmpuint (bichot->mentions->len, ==, 2);
  g_assert_nonnull (find_entity (entities, "Louis Jadot", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Paul Martin", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_seats_with_their_article (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Sucre.\n\n"
             "Il a rencontré la Chambre d'agriculture de La Réunion hier. Il a rencontré le Syndicat du sucre de "
             "La Réunion hier. Il a vu la chambre de La Poste Centrale.\n");

  /* A seat keeps its own article. */
  g_assert_nonnull (find_entity (entities, "Chambre d'agriculture de La Réunion", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Syndicat du sucre de La Réunion", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Chambre d'agriculture", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "chambre de La Poste", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_party_letters_that_spell_words (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Budget.\n\n"
             "La ministre de la Mobilité, Yuriko Backes (DP), a présenté lundi le plan. Le député DP Gusty "
             "Wirtgen-Hoffmann s'inquiète.\n");
  LecternEntity *party = find_entity (entities, "DP", LECTERN_ENTITY_ORGANIZATION);

  /* A party's letters that spell a common word, in brackets after a
   * name or between a role and its holder. */
  g_assert_nonnull (party);
  g_assert_cmpuint (party->mentions->len, ==, 2);
  g_assert_nonnull (find_entity (entities, "Gusty Wirtgen-Hoffmann", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_acronyms_after_members (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Sidérurgie.\n\n"
             "Les délégués de l'OGBL et du LCGB sont ressortis sonnés. La hausse de la TVA inquiète l'OGBL. "
             "Les élus du CSE doivent désigner un cabinet.\n");
  LecternEntity *ogbl = find_entity (entities, "OGBL", LECTERN_ENTITY_ORGANIZATION);

  /* Letters after the members of a body name it; a works council is
   * every firm's. */
  g_assert_nonnull (ogbl);
  g_assert_cmpuint (ogbl->mentions->len, ==, 2);
  g_assert_nonnull (find_entity (entities, "LCGB", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "TVA", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "CSE", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_branches_after_articles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Social.\n\n"
             "Le patronat est partagé. Le Medef Polynésie juge la contribution soutenable. Le Britannique "
             "Lewis Hamilton a gagné. Marine Le Pen a parlé.\n");

  /* After "le", a name and its region are a body's branch; a nationality
   * and a name, or an article inside a name, are a person's. */
  g_assert_nonnull (find_entity (entities, "Medef Polynésie", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Lewis Hamilton", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Marine Le Pen", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_premiere_stations (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Médias.\n\n"
             "Le préfet, interrogé par Guadeloupe La 1ère, a rappelé les faits. Selon Mayotte la 1ère, tout va "
             "bien. Réunion La 1ère a diffusé le débat.\n");

  /* Each overseas territory's public station. */
  g_assert_nonnull (find_entity (entities, "Guadeloupe La 1ère", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Mayotte la 1ère", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Réunion La 1ère", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_plural_names_defined_by_letters (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Eau.\n\n"
             "Les usagers accusent la Société mahoraise des eaux (SMAE) et Les Eaux de Mayotte (LEMA), "
             "propriétaire des réseaux. Le président de LEMA, Fahardine Ahamada, reconnaît des retards.\n");

  /* Letters defined by a plural name are a body's, whatever the tagger
   * made of them alone. */
  g_assert_nonnull (find_entity (entities, "Les Eaux de Mayotte", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Les Eaux de Mayotte", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_listed_letters_and_their_boards (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Sport.\n\n"
             "The sale must be approved by the NBA Board of Governors. The NBA has allowed funds to hold stakes. "
             "The NBA caps how much they own.\n");
  LecternEntity *nba = find_entity (entities, "NBA", LECTERN_ENTITY_ORGANIZATION);

  /* A listed body's letters, and a board of it named after them. */
  g_assert_nonnull (nba);
  g_assert_cmpuint (nba->mentions->len, ==, 2);
  g_assert_nonnull (find_entity (entities, "NBA Board of Governors", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_organizations_cut_at_verbs (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Deal.\n\n"
             "Goldman Sachs advised the Kings on the transaction; Latham & Watkins represented Harborline. The "
             "deal closed. The Bank of England said nothing.\n");

  /* A verb in lower case ends a firm's name. */
  g_assert_nonnull (find_entity (entities, "Latham & Watkins", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Harborline", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Bank of England", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_person_of_body_after_role (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Hockey.\n\n"
             "He has two years left on a contract negotiated by his agent, Per-Erik Holm of Octagon, that carries "
             "a high value.\n");

  /* After a role and a comma: the person, and the body after "of". */
  g_assert_nonnull (find_entity (entities, "Per-Erik Holm", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Octagon", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Per-Erik Holm of Octagon", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_houses_listed_after_colon (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Champagne.\n\n"
             "Le parcours relie les caves de l'avenue. Parmi les maisons participantes : Pommery, Mumm, Mercier "
             "et Taittinger.\n");

  /* After a plural word for a kind of body and a colon, each name listed
   * is a body. */
  g_assert_nonnull (find_entity (entities, "Mumm", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Mercier", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Mercier", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_ampersand_words (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Guide.\n\n"
             "Elle avait été sacrée cuisinière de l'année par Gault&Millau il y a deux ans. Le budget de R&D "
             "augmente.\n");

  /* Two names joined by "&" in one word are a firm's. */
  g_assert_nonnull (find_entity (entities, "Gault&Millau", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "R&D", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_village_cooperatives (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Vin.\n\n"
             "La cave coopérative de Rauzan a fermé ses portes. Le président de la cave coopérative de Rauzan, "
             "Jean Martin, proteste.\n");

  /* A village's cooperative is named by the village, which the tagger
   * read as a person. */
  g_assert_nonnull (find_entity (entities, "cave coopérative de Rauzan", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Rauzan", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_royal_foundations (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Obituary.\n\n"
             "He was educated at King Edward's School in Birmingham and served with the Duke of Wellington's "
             "Regiment in Korea. King Charles's visit was short.\n");

  /* A school or a regiment named after a royal or a peer keeps the
   * possessive; a royal's own possessive does not make a body. */
  g_assert_nonnull (find_entity (entities, "King Edward's School", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Duke of Wellington's Regiment", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Edward", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "King Charles's visit", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_capitalized_articles_in_titles (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Banques.\n\n"
             "Dans une lettre dont Le Quotidien a obtenu copie, le président proteste. Le directeur a démenti.\n");

  /* Inside a sentence, a capitalized article is the paper's own. */
  g_assert_nonnull (find_entity (entities, "Le Quotidien", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_capitalized_remits (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Budget.\n\n"
             "La commission des Finances et du Budget a voté le texte. Le président de la commission des Lois a "
             "parlé.\n");

  /* A standing committee's remit, capitalized as some parliaments write
   * it. */
  g_assert_nonnull (find_entity (entities, "commission des Finances et du Budget", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "commission des Lois", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_border_police (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Mayotte.\n\n"
             "Beaucoup n'osent pas s'y rendre par peur des contrôles de la police aux frontières, explique "
             "Amandine Roux.\n");

  /* France's border police, in lower case and with no letters. */
  g_assert_nonnull (find_entity (entities, "police aux frontières", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_possessive_firms_and_reinsurers (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Insurance.\n\n"
             "The deal was placed with Tideline Re and Canada Life Re last year. The market at Lloyd's, which "
             "met on Monday, agreed. Sotheby's said the sale was a record. Mr Smith's house was sold.\n");

  /* A reinsurer's name ends with "Re"; a name in the possessive that
   * nothing follows is a firm's. */
  g_assert_nonnull (find_entity (entities, "Tideline Re", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Canada Life Re", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Lloyd's", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Sotheby's", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Smith's", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_sentence_adverbs_before_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Phones.\n\n"
             "Exports rose in March. Meanwhile Dixon Technologies said exports rose.\n");

  /* An adverb that opens the sentence is no part of the name. */
  g_assert_nonnull (find_entity (entities, "Dixon Technologies", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Meanwhile Dixon Technologies", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_african_courts_and_presidency (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Justice.\n\n"
             "Le tribunal de grande instance hors classe de Dakar a condamné le journaliste. Le tribunal "
             "militaire de garnison de Bunia a siégé. La présidence de la République a réagi.\n");

  /* Courts named by their class or their garrison; a head of state's
   * office. */
  g_assert_nonnull (find_entity (entities, "tribunal de grande instance hors classe de Dakar",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "tribunal militaire de garnison de Bunia", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "présidence de la République", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "République", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_bodies_with_purposes (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Droits.\n\n"
             "L'Observatoire pour la protection des défenseurs des droits humains a dénoncé la détention. La "
             "Fondation Bettencourt Schueller pour la fabrication des décors a payé. La CGT a milité pour la "
             "réforme.\n");

  /* A head word and its purpose in lower case; a name of its own stays
   * whole without it. */
  g_assert_nonnull (find_entity (entities, "Observatoire pour la protection des défenseurs des droits humains",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Fondation Bettencourt Schueller pour la fabrication des décors",
                              LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "CGT a milité pour la réforme", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_party_leader_offices (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Politics.\n\n"
             "The Bloc Québécois opposed the bill. Bloc Leader Yves-François Blanchet said the plan was weak.\n");

  /* A party and its leader's office before the holder's name. */
  g_assert_nonnull (find_entity (entities, "Yves-François Blanchet", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Bloc Leader Yves-François Blanchet", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_regional_leagues (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Rugby.\n\n"
             "La ligue Occitanie de rugby, la plus puissante, a voté. La ligue Auvergne-Rhône-Alpes et la ligue "
             "Nouvelle-Aquitaine penchent pour le challenger.\n");

  /* A sport's regional league is named by its region. */
  g_assert_nonnull (find_entity (entities, "ligue Occitanie de rugby", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "ligue Auvergne-Rhône-Alpes", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "ligue Nouvelle-Aquitaine", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_firm_after_qualified_role (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("BD.\n\n"
             "Le directeur éditorial de Dupuis, Stéphane Beaupré-Lanvin, reconnaît une vraie difficulté.\n");

  /* A firm's office with an adjective, then "de" and the firm. */
  g_assert_nonnull (find_entity (entities, "Dupuis", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Stéphane Beaupré-Lanvin", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_firms_in_appositions (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Reinsurance.\n\n"
             "Prices fell at the renewals. Guy Carpenter, the reinsurance arm of Marsh McLennan, said dedicated "
             "capital rose. Guy Carpenter expects more. John Smith, the chief executive, agreed.\n");
  LecternEntity *broker = find_entity (entities, "Guy Carpenter", LECTERN_ENTITY_ORGANIZATION);

  /* A name in apposition with a firm's kind is the firm's, in the whole
   * story; one with a role is a person's. */
  g_assert_nonnull (broker);
  g_assert_cmpuint (broker->mentions->len, ==, 2);
  g_assert_nonnull (find_entity (entities, "John Smith", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_listed_banks_inside_banks (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Rates.\n\n"
             "Economists at Royal Bank of Canada expect a cut. The Bank of Canada held its rate on Wednesday, and "
             "the Bank of Canada will meet again in March.\n");
  LecternEntity *central = find_entity (entities, "Bank of Canada", LECTERN_ENTITY_ORGANIZATION);

  /* Two listed banks, one's name inside the other's. */
  g_assert_nonnull (central);
  g_assert_cmpuint (central->mentions->len, ==, 2);
  g_assert_nonnull (find_entity (entities, "Royal Bank of Canada", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_club_letters (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Football.\n\n"
             "Il gère plusieurs espoirs passés par le Stade rennais FC et l'Olympique lyonnais.\n");

  /* A club's letters after its name are part of it. */
  g_assert_nonnull (find_entity (entities, "Stade rennais FC", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "FC", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_firms_in_appositions_left_out (void)
{
  g_autoptr(GPtrArray) french =
    extract ("Batteries.\n\n"
             "Décalis, start-up fondée à Douai en 2022, a levé 22 millions d’euros. Selon le journal, Décalis a "
             "signé avec Verkor. Gwenaëlle Le Bihan, présidente de l’entreprise, s’en félicite. Pour l’historienne "
             "Mathilde Sauvageot, spécialiste de l’industrie, le pari est risqué.\n");
  g_autoptr(GPtrArray) english =
    extract ("Chips.\n\n"
             "Fenlow Silicon, a Bristol-based designer of processors, raised money. Laura Hemsworth, a partner "
             "at the firm, said so.\n");
  LecternEntity *start_up = find_entity (french, "Décalis", LECTERN_ENTITY_ORGANIZATION);

  /* A French apposition with no article; a span read as a place; a role
   * "at the firm" describes a person. */
  g_assert_nonnull (start_up);
  g_assert_cmpuint (start_up->mentions->len, ==, 2);
  g_assert_nonnull (find_entity (french, "Gwenaëlle Le Bihan", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "Mathilde Sauvageot", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (english, "Fenlow Silicon", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Laura Hemsworth", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_letters_of_parents_and_listed_firms (void)
{
  g_autoptr(GPtrArray) league =
    extract ("Football.\n\n"
             "The fines are the maximum allowed under the agreement between the NFL and the NFL Players "
             "Association. The game will air nationally on NFL Network.\n");
  g_autoptr(GPtrArray) reinsurer =
    extract ("Reinsurance.\n\n"
             "Rates rose at the renewals. SCOR, the Paris-listed reinsurer, said it would stay cautious. Analysts "
             "expect SCOR to grow.\n");
  LecternEntity *network = find_entity (league, "NFL Network", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *scor = find_entity (reinsurer, "SCOR", LECTERN_ENTITY_ORGANIZATION);

  /* Letters that start a body of their own are the parent's, not short
   * for another name that starts with them. */
  g_assert_nonnull (find_entity (league, "NFL", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (network);
  g_assert_cmpuint (network->mentions->len, ==, 1);
  /* Letters in apposition with a firm's kind, after "Paris-listed". */
  g_assert_nonnull (scor);
  g_assert_cmpuint (scor->mentions->len, ==, 2);
}

static void
test_extractor_firms_founded_and_licensed (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Crypto.\n\n"
             "SINGAPORE — Quaybright, a Singapore-licensed cryptocurrency exchange, said it lost money. Officials "
             "said Quaybright would repay users.\n\n"
             "Velmora, founded in Denver in 2019 by two engineers, collapsed. Regulators said Velmora owed money. "
             "A rival agreed to acquire Penfold Books for $3 million.\n");
  LecternEntity *exchange = find_entity (entities, "Quaybright", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *lender = find_entity (entities, "Velmora", LECTERN_ENTITY_ORGANIZATION);

  /* An exchange "-licensed" somewhere; a name "founded in", as people
   * are born; a publisher's "Books". */
  g_assert_nonnull (exchange);
  g_assert_cmpuint (exchange->mentions->len, ==, 2);
  g_assert_nonnull (lender);
  g_assert_cmpuint (lender->mentions->len, ==, 2);
  g_assert_nonnull (find_entity (entities, "Penfold Books", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_short_purposes_before_commas (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Cinéma.\n\n"
             "En Suisse romande, la Fondation romande pour le cinéma, plus connue sous un autre nom, constate un "
             "effet.\n");

  /* A purpose of one noun goes on to a comma. */
  g_assert_nonnull (find_entity (entities, "Fondation romande pour le cinéma", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Fondation romande", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_wings_and_branches (void)
{
  g_autoptr(GPtrArray) english =
    extract ("Banks.\n\n"
             "The order was issued by the Kansas Office of the State Bank Commissioner on Monday. A report from "
             "Transparency International Ireland linked the firm to shell companies.\n");
  g_autoptr(GPtrArray) french =
    extract ("Votation.\n\n"
             "La loi avait été combattue par les Jeunes PLR et les Jeunes UDC, qui dénonçaient une taxe.\n");

  /* An office named after its holder; a listed body's branch in a
   * country; a party's youth wing. */
  g_assert_nonnull (find_entity (english, "Kansas Office of the State Bank Commissioner",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Transparency International Ireland", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Jeunes PLR", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Jeunes UDC", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (french, "PLR", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_bands_in_whole_stories (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Agents.\n\n"
             "The roster includes the country singer Jolene Marcheso and the British rock band Dovecote, in the "
             "biggest defection. Dovecote’s singer was more guarded.\n\n"
             "Tether, the issuer of USDT, said it had frozen about US$9 million.\n");
  LecternEntity *band = find_entity (entities, "Dovecote", LECTERN_ENTITY_ORGANIZATION);

  /* A band named after the word for it, in the whole story; an issuer in
   * apposition. */
  g_assert_nonnull (band);
  g_assert_cmpuint (band->mentions->len, ==, 2);
  g_assert_nonnull (find_entity (entities, "Tether", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Jolene Marcheso", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_towns_after_sites (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Acier.\n\n"
             "La restructuration remonte à 2016, lorsque le sidérurgiste avait mis à l’arrêt le laminoir de "
             "Schifflange.\n\n"
             "AESC alimente depuis Douai les voitures électriques de Renault.\n");

  /* A town after a plant's word and "de", or after "depuis", is no one. */
  g_assert_null (find_entity (entities, "Schifflange", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Douai", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "AESC", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_bars_read_as_places (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Justice.\n\n"
             "Pour la partie civile, Me Jean-Marc Lacrampe, du barreau de Toulouse, a insisté sur le contexte.\n");

  /* A bar the tagger read as a place, with its seat. */
  g_assert_nonnull (find_entity (entities, "barreau de Toulouse", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Jean-Marc Lacrampe", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_roles_inside_people_spans (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Football.\n\n"
             "The chairman is the Paris Saint-Germain president Nasser Al-Khelaïfi. Congress MP Karti Chidambaram "
             "said the alliance held. Chief Economic Adviser V. Anantha Nageswaran told a channel.\n");

  /* A body, a role in lower case and its holder; a member's letters and
   * an adviser's title before the holder. */
  g_assert_nonnull (find_entity (entities, "Paris Saint-Germain", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Nasser Al-Khelaïfi", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Karti Chidambaram", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "V. Anantha Nageswaran", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_places_and_numbers_of_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Rural news.\n\n"
             "CROSSVILLE, Tenn. — The Cumberland Plateau Food Alliance cut the ribbon Friday on a warehouse.\n\n"
             "ALDER SPRINGS, Kan. — Alder County Memorial Hospital will stop delivering babies. The hospital, owned "
             "by Alder County Hospital District No. 1, has lost money. Members of Larrys Creek Hose Company No. 2 "
             "voted.\n\n"
             "She previously ran agency relations for Second Harvest Food Bank of East Tennessee in Maryville.\n");

  /* A place before a body no list knows, a county's first word, a
   * body's number; a head word and its seat the tagger left out. */
  g_assert_nonnull (find_entity (entities, "Cumberland Plateau Food Alliance", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Alder County Memorial Hospital", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Alder County Hospital District No. 1", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Larrys Creek Hose Company No. 2", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Second Harvest Food Bank of East Tennessee",
                                 LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_craft_houses (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Commerce.\n\n"
             "« On n’a pas les mêmes conditions », résume Thierry Mabillon, qui tient depuis vingt ans la "
             "Quincaillerie Mabillon, rue de la Paix, à Angers. La Fonderie de la Sambre a fermé. Les salariés de "
             "la Fonderie de la Sambre manifestent.\n");
  LecternEntity *foundry = find_entity (entities, "Fonderie de la Sambre", LECTERN_ENTITY_ORGANIZATION);

  /* A trade's house, named after its maker or its place; the street
   * after a comma is no part of it. */
  g_assert_nonnull (find_entity (entities, "Quincaillerie Mabillon", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Thierry Mabillon", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (foundry);
  g_assert_cmpuint (foundry->mentions->len, ==, 2);
}

static void
test_extractor_sides_and_platforms_as_kinds (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Football.\n\n"
             "Clubs affiliated to Premier League sides such as Arsenal, Brentford and Manchester City should "
             "share revenue.\n");

  /* Football's sides bring in examples of clubs. */
  g_assert_nonnull (find_entity (entities, "Arsenal", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Brentford", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_names_known_as (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Audit.\n\n"
             "The Federal Financial Supervisory Authority, known as BaFin, said on Thursday it had appointed "
             "auditors. BaFin declined to comment.\n");
  LecternEntity *regulator = find_entity (entities, "Federal Financial Supervisory Authority",
                                          LECTERN_ENTITY_ORGANIZATION);

  /* A body's name and the one it is known as are one body's. */
  g_assert_nonnull (regulator);
  g_assert_cmpuint (regulator->mentions->len, ==, 3);
  g_assert_null (find_entity (entities, "BaFin", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_letters_of_german_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Audit.\n\n"
             "Shareholder group DSW (Deutsche Schutzvereinigung für Wertpapierbesitz) called for the chief "
             "executive to step aside. DSW said so again on Friday.\n");
  LecternEntity *group = find_entity (entities, "Deutsche Schutzvereinigung für Wertpapierbesitz",
                                      LECTERN_ENTITY_ORGANIZATION);

  /* Letters spelled from a German name, its "für" left out. */
  g_assert_nonnull (group);
  g_assert_cmpuint (group->mentions->len, ==, 3);
}

static void
test_extractor_laws_and_indexes (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Markets.\n\n"
             "The Hang Seng Index fell 2 per cent. He was charged under the Official Secrets Acts. The Weather "
             "Report album sold well.\n");

  /* A law or an index is no body. */
  g_assert_null (find_entity (entities, "Hang Seng Index", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Official Secrets Acts", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_firms_after_firm_words (void)
{
  g_autoptr(GPtrArray) french =
    extract ("Livreurs.\n\n"
             "L’Urssaf a notifié à la start-up Kourso un redressement de 48 millions d’euros. Kourso conteste. Le "
             "distributeur fait fabriquer ses meubles par le fabricant Minh Long Wood. Les supermarchés Marché "
             "Laurentien baissent leurs prix.\n");
  g_autoptr(GPtrArray) english =
    extract ("Football.\n\n"
             "The fund has hired the London law firm Marlow Keane and the accountants BDO.\n");
  LecternEntity *start_up = find_entity (french, "Kourso", LECTERN_ENTITY_ORGANIZATION);

  /* After a word for a firm, the name is the firm's in the whole story,
   * however like a person's it is. */
  g_assert_nonnull (start_up);
  g_assert_cmpuint (start_up->mentions->len, ==, 2);
  g_assert_nonnull (find_entity (french, "Minh Long Wood", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Marché Laurentien", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Marlow Keane", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_breton_surnames (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Urgences.\n\n"
             "Le docteur Morgane Le Du, urgentiste, a témoigné. « Nous sommes à bout », dit Morgane Le Du.\n");
  LecternEntity *doctor = find_entity (entities, "Morgane Le Du", LECTERN_ENTITY_PERSON);

  /* "Le" and a function word after a first name are a surname. */
  g_assert_nonnull (doctor);
  g_assert_cmpuint (doctor->mentions->len, ==, 2);
}

static void
test_extractor_race_is_no_surname (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Voting.\n\n"
             "A coalition of Black voters filed a lawsuit, arguing that the map splits Black neighborhoods. Its "
             "lawyer, Dana Wells, said the district could have a Black majority.\n");

  /* The capitalized race of American usage is no one. */
  g_assert_null (find_entity (entities, "Black", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Dana Wells", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_german_honorifics (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Wein.\n\n"
             "Le vigneron Klaus-Peter Bader reçoit au domaine. « Nous vendons tout », dit Herr Bader en riant.\n");
  LecternEntity *grower = find_entity (entities, "Klaus-Peter Bader", LECTERN_ENTITY_PERSON);

  /* "Herr" is an honorific, no part of the name. */
  g_assert_nonnull (grower);
  g_assert_null (find_entity (entities, "Herr Bader", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_owned_firms (void)
{
  g_autoptr(GPtrArray) english =
    extract ("Mortgages.\n\n"
             "House prices remain resilient. Halifax, part of Lloyds Banking Group, said on Friday that prices "
             "rose.\n");
  g_autoptr(GPtrArray) french =
    extract ("Cognac.\n\n"
             "Les maisons ont revu leurs prévisions. Martell, dans le giron de Pernod Ricard, a gelé plusieurs "
             "recrutements.\n");

  /* A name that belongs to an organization is a firm's, even a town's. */
  g_assert_nonnull (find_entity (english, "Halifax", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Martell", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Pernod Ricard", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_surnames_given_to_courts (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Courts.\n\n"
             "A three-justice panel of the California Court of Appeal, First Appellate District, upheld a 2023 "
             "ruling by Judge Wendell Fairbanks-Oyama of San Francisco Superior Court that Brisa Home Inc. had "
             "misclassified its workers.\n");

  /* The surname is the judge's; the court starts after "of". */
  g_assert_nonnull (find_entity (entities, "Wendell Fairbanks-Oyama", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "San Francisco Superior Court", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_company_and_its_namesake_unit (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Espace.\n\n"
             "Le président de Thales, Patrice Caine, a visité Cannes. Les salariés de Thales Alenia Space, la "
             "coentreprise avec Leonardo, attendent des commandes.\n");
  LecternEntity *unit = find_entity (entities, "Thales Alenia Space", LECTERN_ENTITY_ORGANIZATION);

  /* A listed company and a listed one named by words of its own after
   * its name are two. */
  g_assert_nonnull (unit);
  g_assert_false (has_form (unit, "Thales"));
  g_assert_nonnull (find_entity (entities, "Thales", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_pair_of_a_body_and_a_name (void)
{
  g_autoptr(GPtrArray) french =
    extract ("Emploi.\n\n"
             "La moitié des ouvriers sont passés par Adecco ou Brevanor », affirme un délégué.\n");
  g_autoptr(GPtrArray) english =
    extract ("Payments.\n\n"
             "She worked for Siemens and Quellix before she joined the bank.\n\n"
             "Talks between Hydro-Québec and Innu communities went on. Huawei's Pangu-Weather and Nvidia's models "
             "were tried.\n");

  /* One word that no list knows, paired with a body, is a body. */
  g_assert_nonnull (find_entity (french, "Brevanor", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Quellix", LECTERN_ENTITY_ORGANIZATION));
  /* Not before a noun, nor a company's product. */
  g_assert_null (find_entity (english, "Innu", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (english, "Pangu-Weather", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_firms_of_branches (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Emploi.\n\n"
             "Le jeune homme, placé par l'agence Randstad de Tarbes, nettoie un bac. La concession Renault de "
             "Quimper a fermé. Le magasin Leclerc de Brest recrute.\n");

  /* A branch's firm, not its town. */
  g_assert_nonnull (find_entity (entities, "Randstad", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Randstad de Tarbes", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Renault", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Renault de Quimper", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Leclerc", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Leclerc", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_listed_french_names_in_english (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Charity.\n\n"
             "A survey carried out for the Secours catholique found that donors gave less. Québec solidaire "
             "agreed. The BBC two documentary aired on Monday, the Nikkei newspaper said.\n");

  /* A listed French name keeps its words in lower case in English. */
  g_assert_nonnull (find_entity (entities, "Secours catholique", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Québec solidaire", LECTERN_ENTITY_ORGANIZATION));
  /* Not a number nor a word for a medium. */
  g_assert_null (find_entity (entities, "BBC two", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Nikkei newspaper", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_firm_after_its_office (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Pharma.\n\n"
             "Galderis est une filiale de l'américain Milton Life Sciences. Dans un courriel, le directeur "
             "général de Lanmore, Gregory O'Malley, affirme que tout va bien. Le général de Gaulle aurait "
             "approuvé.\n");

  /* A firm's name that ends its trade. */
  g_assert_nonnull (find_entity (entities, "Milton Life Sciences", LECTERN_ENTITY_ORGANIZATION));
  /* One word after a firm's office and "de" is the firm. */
  g_assert_null (find_entity (entities, "de Lanmore", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Gregory O'Malley", LECTERN_ENTITY_PERSON));
  /* Not after a rank. */
  g_assert_nonnull (find_entity (entities, "de Gaulle", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_french_party_words_cued (void)
{
  g_autoptr(GPtrArray) cued =
    extract ("Politique.\n\n"
             "Selon un sondage, 41 % des sympathisants de Renaissance jugent leur parti flou.\n");
  g_autoptr(GPtrArray) pair =
    extract ("Municipales.\n\n"
             "Le camp présidentiel, représenté localement par Renaissance et Horizons, n'a pas encore choisi. "
             "La Renaissance italienne reste un modèle.\n");

  /* A party named with a common word, after a word for its backers. */
  g_assert_nonnull (find_entity (cued, "Renaissance", LECTERN_ENTITY_ORGANIZATION));
  /* Two such parties that the tagger read as one name are two. */
  g_assert_nonnull (find_entity (pair, "Renaissance", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (pair, "Horizons", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (pair, "Renaissance et Horizons", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_bodies_in_bodies (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Bruxelles.\n\n"
             "Les élus du groupe Renew Europe au Parlement européen ont voté contre le texte.\n");

  /* A body and the listed body it sits in are two. */
  g_assert_nonnull (find_entity (entities, "Renew Europe", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Parlement européen", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Renew Europe au Parlement européen", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_general_meetings (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Assemblée générale de Verdalys : la résolution rejetée\n\n"
             "Des militants ont manifesté vendredi à l'assemblée générale de Verdalys. L'Assemblée générale des "
             "Nations unies a voté.\n");

  /* A firm's yearly meeting is no body; the firm is. */
  g_assert_nonnull (find_entity (entities, "Verdalys", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Assemblée générale de Verdalys", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Assemblée générale des Nations unies", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_short_name_bound_once (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Obituary.\n\n"
             "In 1962 she joined the Labour Party. \"The House of Lords,\" Ms Coyle said, \"is where Labour goes "
             "to apologise.\" Ruth Gallacher, general secretary of Scottish Labour, called her an institution.\n");
  LecternEntity *party = find_entity (entities, "Labour Party", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *scottish = find_entity (entities, "Scottish Labour", LECTERN_ENTITY_ORGANIZATION);

  /* A short name that the name table gives one body is not short for
   * another longer name too. */
  g_assert_nonnull (party);
  g_assert_true (has_form (party, "Labour"));
  g_assert_nonnull (scottish);
  g_assert_false (has_form (scottish, "Labour Party"));
}

static void
test_extractor_listed_companies_short_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Markets.\n\n"
             "Shares of Nomura rose 3 per cent in Tokyo after the bank raised its forecast. Colruyt also gained "
             "in Brussels.\n");

  /* A listed company's name without its word for a company ("Nomura
   * Holdings", "Colruyt Group"), which the model's name table derives. */
  g_assert_nonnull (find_entity (entities, "Nomura", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Colruyt", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_listed_names_without_article (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Actualité.\n\n"
             "Selon les Dernières Nouvelles d'Alsace, une réunion de la dernière chance est prévue le 16 janvier.\n");

  /* "Les Dernières Nouvelles d'Alsace" is listed with its article, which
   * the sentence writes in lower case. */
  g_assert_nonnull (find_entity (entities, "Dernières Nouvelles d'Alsace", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_family_of_a_listed_group (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Fuel prices.\n\n"
             "The plant, owned by the continent's richest man, Aliko Dangote, said the price would fall. The "
             "Dangote Group did not comment.\n");

  /* A listed word that ends a person's name after a first name of any
   * list is the family's name there. */
  g_assert_nonnull (find_entity (entities, "Aliko Dangote", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Aliko", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_arabic_article_spaced (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Somalia.\n\n"
             "Al Shabaab said on its radio station that it had targeted officials.\n");

  /* "Al-Shabaab" is listed; wire copy writes the article apart. */
  g_assert_nonnull (find_entity (entities, "Al Shabaab", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Al Shabaab", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_builders_trades (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Builders.\n\n"
             "The contract went to Whitfield Scaffolding, which hired twenty men.\n");

  /* A trade ends a firm's name, whoever it is named after. */
  g_assert_nonnull (find_entity (entities, "Whitfield Scaffolding", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Whitfield Scaffolding", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_firm_pairs (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Retail.\n\n"
             "The store chain was bought by Castlemere Capital and Poundwise in 2019.\n");

  /* A firm's name, "and", and a name are two firms. */
  g_assert_nonnull (find_entity (entities, "Castlemere Capital", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Poundwise", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Castlemere Capital and Poundwise", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_listed_company_and_unit (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Travaux.\n\n"
             "Le génie civil a été confié à un groupement mené par Eiffage Génie Civil Ouest, filiale du groupe "
             "Eiffage. Eiffage n'a pas commenté.\n");
  LecternEntity *unit = find_entity (entities, "Eiffage Génie Civil Ouest", LECTERN_ENTITY_ORGANIZATION);

  /* A listed company and a unit named after it by words of its own are
   * two. */
  g_assert_nonnull (unit);
  g_assert_false (has_form (unit, "Eiffage"));
  g_assert_nonnull (find_entity (entities, "Eiffage", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_role_before_region_first_name (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Strike.\n\n"
             "\"Housing is the fight everywhere,\" said Columbia organizer Benedikt Aharoni. \"Rents are high.\"\n");

  /* A first name that is also a region's, after a role, starts a
   * person's name. */
  g_assert_nonnull (find_entity (entities, "Benedikt Aharoni", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Benedikt Aharoni", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_members_nation_in_name (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Genève.\n\n"
             "La Fédération des enseignants genevois a appelé à la grève. L'Autorité de la concurrence "
             "perquisitionne.\n");

  /* Members named by their nation or region end a body's name. */
  g_assert_nonnull (find_entity (entities, "Fédération des enseignants genevois", LECTERN_ENTITY_ORGANIZATION));
  /* Not a verb. */
  g_assert_nonnull (find_entity (entities, "Autorité de la concurrence", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_headline_without_function_words (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Saudi PIF, Masdar join OCP in $7 billion Moroccan green ammonia venture\n\n"
             "Under the deal, signed in Rabat, PIF and Masdar will each own 24.5% of a new venture, with OCP "
             "holding the remaining 51%.\n");

  /* Names first met in a headline that no function word says is
   * English are the story's when it names them again. */
  g_assert_nonnull (find_entity (entities, "Masdar", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "OCP", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_listed_firm_and_country_branch (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Audit.\n\n"
             "The forensic audit by Grant Thornton Bharat found irregularities.\n");

  /* A listed firm named like a person, and the country of its branch
   * ("Bharat", India's own name). */
  g_assert_nonnull (find_entity (entities, "Grant Thornton Bharat", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Grant Thornton Bharat", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_family_after_two_first_words (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Telecoms.\n\n"
             "Vodafone Group and the Aditya Birla Group, led by Kumar Mangalam Birla, are the other main "
             "shareholders. Marc Guillemot (Safran) sailed on.\n");

  /* A listed word that ends a person's name whose first name opens it
   * further back is the family's. */
  g_assert_nonnull (find_entity (entities, "Kumar Mangalam Birla", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Kumar Mangalam", LECTERN_ENTITY_PERSON));
  /* Not across a bracket. */
  g_assert_nonnull (find_entity (entities, "Safran", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_names_styled_in_lower_case (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Assurances.\n\n"
             "Du côté des assureurs, santésuisse regrette l'absence de réformes. Même son de cloche chez "
             "economiesuisse, où l'on redoute une hausse des primes. Le total des primes dépasse 35 milliards.\n");

  /* "Santésuisse" and "Economiesuisse" are listed; both style their name
   * in lower case. "total" stays a word: the corpora write it so. */
  g_assert_nonnull (find_entity (entities, "santésuisse", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "economiesuisse", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "total", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_firms_after_trade_nouns (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Cycling.\n\n"
             "The German bicycle maker Brenner Radwerke has a contract until 2027. Its title sponsor, the "
             "Flemish energy supplier Astoria Energie, will end its backing. Lawyers for the riders, from the "
             "Washington firm Beale Ferreira & Tse, argued otherwise. The film maker Ken Loach was there.\n");

  /* A word for a trade, or "firm" after a place, then the firm's name,
   * whoever it is named after; not a person with a frequent first name. */
  g_assert_nonnull (find_entity (entities, "Brenner Radwerke", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Astoria Energie", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Beale Ferreira & Tse", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Tse", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Ken Loach", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_french_publishers (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Édition.\n\n"
             "Les éditions du Sillon, maison indépendante, passent dans le giron de Madrigall, qui laisse son "
             "autonomie à P.O.L ou aux éditions de Minuit. Aux éditions de la Dérive, on attend. La lettre "
             "arrive aux éditions de Lyon.\n");

  /* "éditions" in lower case and "de": a publisher's name, which the
   * tagger reads as a person's; not a town's edition. */
  g_assert_nonnull (find_entity (entities, "éditions du Sillon", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Sillon", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "éditions de Minuit", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "éditions de la Dérive", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "éditions de Lyon", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_military_ranks_without_stops (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Sahel.\n\n"
             "The alliance, led by Gen Assimi Goïta in Bamako, met on Monday. Brig Gen Zbigniew Mazurek, head of "
             "the agency, agreed. \"Tanks,\" Gen Mazurek told reporters. Its commander, Lt-Gen Sarah Kowalchuk, "
             "spoke. Japan's defence minister, Gen Nakatani, said nothing.\n");

  /* "Gen" before a first name and a surname, or before a surname the
   * story gives after a first name, is a rank; "Gen" is also a first
   * name. */
  g_assert_nonnull (find_entity (entities, "Assimi Goïta", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Gen Assimi Goïta", LECTERN_ENTITY_ORGANIZATION));
  g_assert_true (has_form (find_entity (entities, "Zbigniew Mazurek", LECTERN_ENTITY_PERSON), "Mazurek"));
  g_assert_null (find_entity (entities, "Gen Mazurek", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Sarah Kowalchuk", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Gen Nakatani", LECTERN_ENTITY_PERSON));
}

static void
test_extractor_firms_and_co (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Audit.\n\n"
             "Investors allege that the auditor, Marlow Keane & Co, ignored red flags. Marlow Keane said the "
             "claims were without merit. A former executive of collapsed crypto exchange Vaultline testified. "
             "Minneapolis-founded Pryor Lindqvist LLP and London-based Ashdown Carrow LLP will merge. Shares "
             "fell on the Euronext Paris exchange Thursday.\n");

  /* "& Co" ends a firm named after its partners; an exchange's name
   * follows the word; where a firm was founded is no part of its name. */
  g_assert_nonnull (find_entity (entities, "Marlow Keane & Co", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Marlow Keane", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Vaultline", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Pryor Lindqvist LLP", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Minneapolis-founded Pryor Lindqvist LLP", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Thursday", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_french_clinics (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Santé.\n\n"
             "Sont concernées la clinique des Cèdres-Lauragais, à Castelnaudary, la polyclinique Marie-Curie, à "
             "Montauban, et la clinique du Pic-Saint-Loup, près de Montpellier. La polyclinique de l'Erdre a "
             "accepté.\n");

  /* A clinic is named with its word in lower case, before its name or
   * its site after "de". */
  g_assert_nonnull (find_entity (entities, "clinique des Cèdres-Lauragais", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "polyclinique Marie-Curie", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "clinique du Pic-Saint-Loup", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "polyclinique de l'Erdre", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Marie-Curie", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_owner_of_a_possessive_name (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Legal.\n\n"
             "Critics including the U.S. Chamber of Commerce's Institute for Legal Reform have pushed for "
             "disclosure.\n");

  /* A listed body's name runs through the tagger's restart after "of";
   * it owns the institute after its possessive. */
  g_assert_nonnull (find_entity (entities, "U.S. Chamber of Commerce", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Institute for Legal Reform", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "U.S. Chamber", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_listed_names_before_purposes (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Recherche.\n\n"
             "La présidente s'alarme des pistes évoquées par la Commission européenne pour le prochain cadre "
             "financier pluriannuel, qui pourraient fondre le budget. L'Observatoire pour la protection des "
             "défenseurs des droits humains a dénoncé la décision.\n");

  /* A listed head and its adjective are whole before "pour"; a body
   * named by its head word alone goes on with its purpose. */
  g_assert_nonnull (find_entity (entities, "Commission européenne", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Observatoire pour la protection des défenseurs des droits humains",
                                 LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_committees_of_listed_portfolios (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Wales.\n\n"
             "Appearing before the Culture, Communications, Welsh Language, Sport and International Relations "
             "Committee, Gareth Pryce-Morgan said the union had lost money. She told MSPs on Holyrood's "
             "Constitution, Europe, External Affairs and Culture Committee that the agency regrets it. Britain, "
             "France and European Union officials met.\n");

  /* A committee whose "and" the tagger kept goes back over its
   * portfolios between commas, places and heads' words among them; a
   * list of countries before a union does not. */
  g_assert_nonnull (find_entity (entities,
                                 "Culture, Communications, Welsh Language, Sport and International Relations Committee",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Constitution, Europe, External Affairs and Culture Committee",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Britain, France and European Union", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_monsieur_without_stop (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Oil.\n\n"
             "Patrick Pouyanné defended the plan. M Pouyanné argued that demand would stay strong. Category M "
             "Holdings rose.\n");

  /* "M" before a surname that the story gives after a first name is
   * "Monsieur"; not a letter of a firm's name. */
  g_assert_true (has_form (find_entity (entities, "Patrick Pouyanné", LECTERN_ENTITY_PERSON), "Pouyanné"));
  g_assert_null (find_entity (entities, "M Pouyanné", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "M Holdings", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_branches_named_by_countries_that_are_names (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Climate.\n\n"
             "Juliette Marchand of Les Amis de la Terre France, the French branch of Friends of the Earth, said "
             "the company was wrong.\n");

  /* A listed body and its country, which the tagger ran into the name's
   * end; "France" is a first name too. */
  g_assert_nonnull (find_entity (entities, "Les Amis de la Terre France", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Terre France", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_local_bodies_of_two_places (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Local.\n\n"
             "Colm said Derry City and Strabane District Council had paused plans. Seumas MacInnes, chair of the "
             "Mull and Iona Ferry Committee, said residents were tired. Jobs in London and Manchester City "
             "Council offices were cut.\n");

  /* Two places joined by "and" before a local body's head word name it;
   * a listed name of that kind stays whole; not after a preposition. */
  g_assert_nonnull (find_entity (entities, "Derry City and Strabane District Council", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Mull and Iona Ferry Committee", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Manchester City Council", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "London and Manchester City Council", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_cos_legal_form (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Banks.\n\n"
             "Tri-County was advised by Piper Sandler Cos. and the law firm Wachtell.\n");

  /* "Cos." ends an American firm's name ("The Hershey Cos."). */
  g_assert_null (find_entity (entities, "Piper Sandler Cos", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Piper Sandler Cos", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_french_groupings_of_communes (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Piscine.\n\n"
             "Le conseil de Brocéliande Sud Communauté a voté lundi. Douarnenez Communauté et Poher Communauté "
             "ont suivi. Côté Métropole, on dénonce un chantage. La Communauté de communes du Pays de Landivisiau "
             "aussi.\n");

  /* A grouping of communes named by its country, then "Communauté" or
   * "Métropole"; not "Côté …", nor the other order's start. */
  g_assert_nonnull (find_entity (entities, "Brocéliande Sud Communauté", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Douarnenez Communauté", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Poher Communauté", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Côté Métropole", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Communauté de communes du Pays de Landivisiau",
                                 LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_schools_of_a_kind (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Pêche.\n\n"
             "Les élèves du lycée maritime Pierre-Guéguin visitent le chantier. Le collège privé Saint-Joseph "
             "aussi.\n");

  /* The kind of the school between its word and its name. */
  g_assert_nonnull (find_entity (entities, "lycée maritime Pierre-Guéguin", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "collège privé Saint-Joseph", LECTERN_ENTITY_ORGANIZATION));
}

static void
test_extractor_firms_after_nationalities (void)
{
  g_autoptr(GPtrArray) entities =
    extract ("Industrie.\n\n"
             "Les façades seront produites par un groupement réunissant Nordbat Rénovation, une PME de "
             "Tourcoing, et l'entreprise flamande Bouwteam Vlaanderen, qui dispose d'une usine à Courtrai.\n\n"
             "Deux fabricants ont écopé d'amendes : la Biscuiterie Lemaire-Vasseur, pour 48 000 euros, et la "
             "société lyonnaise Saveurs d'Antan SAS, spécialisée dans les confitures, pour 22 500 euros.\n");

  /* A word for a firm and a nationality before the firm's name; a link
   * inside the name, which its legal form ends. */
  g_assert_nonnull (find_entity (entities, "Bouwteam Vlaanderen", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Saveurs d'Antan SAS", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Antan SAS", LECTERN_ENTITY_ORGANIZATION));
}

/* A word alone on the line under the headline is the dateline's place,
 * and a place the tagger saw ("in Geneva") places the word too; French
 * "A" is "à" at a sentence's start ("A Wattrelos, c'est"). */
static void
test_extractor_dateline_places (void)
{
  g_autoptr(GPtrArray) english = extract ("Plastics talks stall in Geneva as oil states dig in\n\nGeneva\n\n"
                                          "Negotiations on the treaty were on the brink of collapse on Thursday "
                                          "night, said Maria Lopez, who chairs the talks.\n\n"
                                          "Lopez told delegates she did not intend to leave Geneva without a text.\n");
  g_autoptr(GPtrArray) french = extract ("Municipales : la gauche se divise dans le Nord\n\n"
                                         "Les insoumis exigeaient la tête de liste à Roubaix et à Wattrelos, "
                                         "selon Marc Dubois.\n\n"
                                         "A Wattrelos, c'est un médecin généraliste, le docteur Hamid Benchekroun, "
                                         "qui conduira la liste.\n");

  g_assert_null (find_entity (english, "Geneva", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (english, "Maria Lopez", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (french, "Wattrelos", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (french, "Hamid Benchekroun", LECTERN_ENTITY_PERSON));
}

/* A listed body and one it set up, named after it with a word for a body
 * of its own or three words more, are two ("Samsung", "Samsung Catalyst
 * Fund"); so are the airline and its holding. */
static void
test_extractor_offshoot_bodies (void)
{
  g_autoptr(GPtrArray) entities = extract ("A Tesco spokeswoman said the farmers who supply the supermarket "
                                           "through the Tesco Sustainable Dairy Group were paid fairly.\n\n"
                                           "Samsung said the Samsung Catalyst Fund would invest in the start-up.\n\n"
                                           "Air France-KLM said Air France would cut flights.\n");
  LecternEntity *fund = find_entity (entities, "Samsung Catalyst Fund", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *group = find_entity (entities, "Tesco Sustainable Dairy Group", LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *holding = find_entity (entities, "Air France-KLM", LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (fund);
  g_assert_false (has_form (fund, "Samsung"));
  g_assert_nonnull (find_entity (entities, "Samsung", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (group);
  g_assert_false (has_form (group, "Tesco"));
  g_assert_nonnull (find_entity (entities, "Tesco", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (holding);
  g_assert_false (has_form (holding, "Air France"));
  g_assert_nonnull (find_entity (entities, "Air France", LECTERN_ENTITY_ORGANIZATION));
}

/* Letters in brackets defined by a name with a link between capitalized
 * words are a body's, though the tagger takes them alone for a person
 * ("Offshore Petroleum Regulator for Environment and Decommissioning
 * (Opred)"). */
static void
test_extractor_defined_letters_with_links (void)
{
  g_autoptr(GPtrArray) entities = extract ("It was signed off last month by the North Sea Transition Authority (NSTA) "
                                           "and by the department's Offshore Petroleum Regulator for Environment and "
                                           "Decommissioning (Opred).\n\n"
                                           "Callum Rennie, a senior climate campaigner at Greenpeace UK, said the "
                                           "groups would also argue that Opred had relied on an outdated assessment "
                                           "prepared by consultants from Wood Mackenzie.\n");
  LecternEntity *opred = find_entity (entities, "Offshore Petroleum Regulator for Environment and Decommissioning",
                                      LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (opred);
  g_assert_true (has_form (opred, "Opred"));
  g_assert_nonnull (find_entity (entities, "Callum Rennie", LECTERN_ENTITY_PERSON));
}

/* A company named after its town's people or its nationality in lower
 * case, after "du" too, or after its trade and that adjective, whatever
 * the tagger made of it ("du nantais Vivalis", "la société nantaise
 * Civiclab", "la montpelliéraine Sylvabio"). */
static void
test_extractor_firms_after_townspeople (void)
{
  g_autoptr(GPtrArray) entities = extract ("Il a cité l'exemple de Valneva, née en 2013 de la fusion du nantais "
                                           "Vivalis et de l'autrichien Intercell.\n\n"
                                           "Plusieurs acteurs ont réduit la voilure, à l'image du grenoblois "
                                           "Hydrovolt, contraint de céder ses actifs.\n\n"
                                           "La société nantaise Civiclab a été consultée, comme la biotech "
                                           "marseillaise Calanquia.\n\n"
                                           "Bourse : la montpelliéraine Sylvabio vise 60 millions d'euros.\n");

  g_assert_nonnull (find_entity (entities, "Vivalis", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Hydrovolt", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Hydrovolt", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Civiclab", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Calanquia", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Sylvabio", LECTERN_ENTITY_ORGANIZATION));
}

/* A place that ends a role, then a first name and a surname, is no body
 * ("le sénateur de la Sarthe Gérard Fouquet-Lamarre"); a double-barrelled
 * surname after "Ms" is a person's, whatever place the tagger saw. */
static void
test_extractor_people_after_role_places (void)
{
  g_autoptr(GPtrArray) french = extract ("Un amendement, déposé par le sénateur de la Sarthe Gérard Fouquet-Lamarre "
                                         "(LR), propose de plafonner la réduction d'impôt.\n");
  g_autoptr(GPtrArray) english = extract ("The NDC's national organiser, Efua Quansah-Mills, called the decision an "
                                          "insult and said the party would protest.\n\n"
                                          "Ms Quansah-Mills did not say when the demonstrations would begin.\n");

  g_assert_nonnull (find_entity (french, "Gérard Fouquet-Lamarre", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (french, "Sarthe Gérard Fouquet-Lamarre", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "LR", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Quansah-Mills", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (english, "Quansah-Mills", LECTERN_ENTITY_ORGANIZATION));
}

/* A name no list knows, its second word double, before a person's
 * apposition is a person's ("Bisola Adewale-Cole, a telecoms analyst"). */
static void
test_extractor_double_surname_apposition (void)
{
  g_autoptr(GPtrArray) entities = extract ("\"The industry has been subsidising Nigerians for years,\" said Bisola "
                                           "Adewale-Cole, a telecoms analyst at the Lagos investment bank Chapel "
                                           "Hill Denham.\n");

  g_assert_nonnull (find_entity (entities, "Bisola Adewale-Cole", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Bisola Adewale-Cole", LECTERN_ENTITY_ORGANIZATION));
}

/* Sponsors' names joined by an en dash with no space are one team's
 * name ("Visma–Lease a Bike", "SD Worx–Protime"). */
static void
test_extractor_dashed_sponsors (void)
{
  g_autoptr(GPtrArray) entities = extract ("That leaves the team far behind UAE Team Emirates XRG and Visma–Lease a "
                                           "Bike.\n\nLotte Kopecky won with SD Worx–Protime last year.\n");

  g_assert_nonnull (find_entity (entities, "Visma-Lease a Bike", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "SD Worx-Protime", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "SD Worx", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Visma", LECTERN_ENTITY_ORGANIZATION));
}

/* The kind of body in lower case before its capitalized name is no part
 * of it ("l'association Terre de Liens", "the Swiss drugmaker
 * Halvorsen-Riedl AG"). */
static void
test_extractor_kind_before_name (void)
{
  g_autoptr(GPtrArray) french = extract ("Le groupement a été créé avec l'appui de l'association Terre de Liens.\n");
  g_autoptr(GPtrArray) english = extract ("He later ran clinical development at the Swiss drugmaker Halvorsen-Riedl "
                                          "AG, told members.\n");

  g_assert_nonnull (find_entity (french, "Terre de Liens", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Halvorsen-Riedl AG", LECTERN_ENTITY_ORGANIZATION));
}

/* A word with a capital inside before a body the tagger found starts its
 * name ("ClearView Energy Partners"); a chamber and its first portfolio
 * start a committee's list ("Senate Agriculture, Nutrition and Forestry
 * Committee"). */
static void
test_extractor_camel_case_and_chamber_lists (void)
{
  g_autoptr(GPtrArray) entities = extract ("Analysts at ClearView Energy Partners wrote in a note to clients that "
                                           "a revised rule was unlikely.\n\n"
                                           "The Senate Agriculture, Nutrition and Forestry Committee has yet to "
                                           "release its own draft.\n");

  g_assert_nonnull (find_entity (entities, "ClearView Energy Partners", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Senate Agriculture, Nutrition and Forestry Committee",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Senate Agriculture", LECTERN_ENTITY_ORGANIZATION));
}

/* A French union's letters and one trade name its federation, the name
 * ending there ("secrétaire local de FO Justice"). */
static void
test_extractor_union_trade_federations (void)
{
  g_autoptr(GPtrArray) entities = extract ("« On fait des doubles journées », témoigne Christophe Mercadier, "
                                           "secrétaire local de FO Justice. L'Ufap-Unsa Justice et la CGT "
                                           "pénitentiaire ont déposé un préavis.\n");

  g_assert_nonnull (find_entity (entities, "FO Justice", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "FO", LECTERN_ENTITY_ORGANIZATION));
}

/* The letters European clubs put before or after their town's name make
 * it a club's, with its year ("CD Almanzora", "Vejlby BK", "FC Rheinau
 * 04", not "FC Rheinau 04 of Germany"). */
static void
test_extractor_clubs_by_letters (void)
{
  g_autoptr(GPtrArray) entities = extract ("The Belgian third-tier side KV Oostmarsen were relegated, while CD "
                                           "Almanzora lost in Spain and Vejlby BK folded in Denmark.\n\n"
                                           "Jysk Vest IF signed a new sponsor. Among them are FC Rheinau 04 of "
                                           "Germany and others.\n");

  g_assert_nonnull (find_entity (entities, "KV Oostmarsen", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "CD Almanzora", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Vejlby BK", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Jysk Vest IF", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "FC Rheinau 04", LECTERN_ENTITY_ORGANIZATION));
}

/* A listed town after "de", that is no frequent first name nor surname,
 * is placed there ("Féminicide de Wattrelos", "un élève de Grigny"). */
static void
test_extractor_towns_after_de (void)
{
  g_autoptr(GPtrArray) entities = extract ("Féminicide de Wattrelos : trente ans de réclusion pour l'ex-compagnon "
                                           "de Laetitia Vermeulen\n\n"
                                           "Quand un élève de Grigny n'a jamais entendu parler de Normale sup, il "
                                           "ne s'y présente pas, dit Grégoire Lemaire.\n");

  g_assert_null (find_entity (entities, "Wattrelos", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Grigny", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Laetitia Vermeulen", LECTERN_ENTITY_PERSON));
}

/* Bodies after words for their kind: a collective's name is a phrase up
 * to its punctuation, a co-operative's takes its place after "de" ("le
 * collectif Halte aux marées vertes", "la coopérative finistérienne
 * Terres d'Iroise", "le cabinet Secafi", "the online bookmaker BetCrest",
 * "the campaign group Gambling with Lives"). */
static void
test_extractor_bodies_after_kinds (void)
{
  g_autoptr(GPtrArray) french = extract ("Sur le terrain, le collectif Halte aux marées vertes, rejoint par des "
                                         "riverains, s'inquiète. Le cabinet Secafi, mandaté par le CSE, doit "
                                         "rendre son rapport, et la coopérative finistérienne Terres d'Iroise "
                                         "achètera le tiers de la production.\n");
  g_autoptr(GPtrArray) english = extract ("The club's sponsor, the online bookmaker BetCrest, is contracted until "
                                          "2027.\n");

  g_assert_nonnull (find_entity (french, "Halte aux marées vertes", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Secafi", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Terres d'Iroise", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "BetCrest", LECTERN_ENTITY_ORGANIZATION));
}

/* A name before an apposition that calls it a body of members is that
 * body ("Horizons, la formation d'Edouard Philippe", "Kervalis, le
 * syndicat majoritaire chez les cadres", "Norvane, the Oslo asset
 * manager"). */
static void
test_extractor_member_body_appositions (void)
{
  g_autoptr(GPtrArray) french = extract ("Horizons, la formation d'Edouard Philippe, regarde ces débats de loin.\n\n"
                                         "Kervalis, le syndicat majoritaire chez les cadres, a appelé à la grève.\n");
  g_autoptr(GPtrArray) english = extract ("Norvane, the Oslo asset manager, said it would vote against.\n");

  g_assert_nonnull (find_entity (french, "Horizons", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Kervalis", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Edouard Philippe", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (english, "Norvane", LECTERN_ENTITY_ORGANIZATION));
}

/* The Assemblée nationale's groups are known by name ("Socialistes et
 * apparentés", "Liot"). */
static void
test_extractor_assembly_groups (void)
{
  g_autoptr(GPtrArray) entities = extract ("Le texte a été soutenu par les groupes Droite républicaine, Socialistes "
                                           "et apparentés, Les Démocrates et Liot.\n");

  g_assert_nonnull (find_entity (entities, "Socialistes et apparentés", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Liot", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Liot", LECTERN_ENTITY_PERSON));
}

/* A Dutch family's particles start a firm's name that its legal form
 * ends ("Van der Molen Logistiek BV"). */
static void
test_extractor_particles_of_firms (void)
{
  g_autoptr(GPtrArray) entities = extract ("Sa société, Van der Molen Logistiek BV, a depuis été placée en "
                                           "liquidation.\n\nHis company, Van den Berg Transport BV, was later wound "
                                           "up.\n");

  g_assert_nonnull (find_entity (entities, "Van der Molen Logistiek BV", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Van den Berg Transport BV", LECTERN_ENTITY_ORGANIZATION));
}

/* A ministry of one capitalized portfolio is named where the tagger saw
 * nothing ("au ministère de l'Éducation un pouvoir"); a minister's time
 * is no ministry ("sous le ministère de Frédérique Vidal"). */
static void
test_extractor_single_portfolio_ministries (void)
{
  g_autoptr(GPtrArray) entities = extract ("Il confierait aussi au ministère de l'Éducation un pouvoir de directive "
                                           "sur le calendrier.\n\nLa loi, votée sous le ministère de Frédérique "
                                           "Vidal, prévoyait une hausse.\n");

  g_assert_nonnull (find_entity (entities, "ministère de l'Éducation", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Frédérique Vidal", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "ministère de Frédérique", LECTERN_ENTITY_ORGANIZATION));
}

/* A well-known name written with more capitals than the list has is
 * that body ("Action contre la Faim" of "Action contre la faim"); not
 * where a capitalized article opens it ("à La Presse Canadienne"). */
static void
test_extractor_listed_names_capitalized (void)
{
  g_autoptr(GPtrArray) english = extract ("Hélène Marchetti said the French charity Action contre la Faim and other "
                                          "agencies were reaching a fraction of those in need.\n");
  g_autoptr(GPtrArray) french = extract ("Le recours est porté par l'association Eau et Rivières de Bretagne depuis "
                                         "mars.\n");

  g_assert_nonnull (find_entity (english, "Action contre la Faim", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (french, "Eau et Rivières de Bretagne", LECTERN_ENTITY_ORGANIZATION));
}

/* A chain and the group that runs it are two bodies, not one of two
 * names ("Intermarché, l'enseigne du groupement Les Mousquetaires"). */
static void
test_extractor_chain_and_group (void)
{
  g_autoptr(GPtrArray) entities = extract ("Elle a perdu un contrat avec Intermarché, l'enseigne du groupement Les "
                                           "Mousquetaires, en 2022.\n");
  LecternEntity *chain = find_entity (entities, "Intermarché", LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (chain);
  g_assert_false (has_form (chain, "Les Mousquetaires"));
  g_assert_nonnull (find_entity (entities, "Les Mousquetaires", LECTERN_ENTITY_ORGANIZATION));
}

/* Common words in capitals before a nation name a body of that nation
 * ("Dairy UK", "Cancer Research UK"); not a part of it ("Northern
 * Ireland", "New England") nor a person ("Pierre Mendès France"). */
static void
test_extractor_nation_bodies (void)
{
  g_autoptr(GPtrArray) entities = extract ("Paul Ridley, chief executive of Dairy UK, the processors' trade body, "
                                           "said the charity Cancer Research UK agreed. He lives in Northern Ireland "
                                           "and reads Pierre Mendès France.\n");

  g_assert_nonnull (find_entity (entities, "Dairy UK", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Cancer Research UK", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Northern Ireland", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Pierre Mendès France", LECTERN_ENTITY_PERSON));
}

/* Capitalized words after a word of buying name the firm bought
 * ("qui a racheté Courvoisier en 2022", "agreed to buy Heliograph
 * Security for"); not a noun's modifier ("buying Grand Tour winners")
 * nor a person ("acquired Oskar Lindqvist"). */
static void
test_extractor_bought_firms (void)
{
  g_autoptr(GPtrArray) french = extract ("L'italien Campari Group, qui a racheté Courvoisier en 2022, évoque une "
                                         "année de transition.\n");
  g_autoptr(GPtrArray) english = extract ("Vantara Systems agreed on Tuesday to buy Heliograph Security for $9.6 "
                                          "billion. \"We will not be buying Grand Tour winners,\" he said. The "
                                          "Canadiens acquired Oskar Lindqvist from Calgary.\n");

  g_assert_nonnull (find_entity (french, "Courvoisier", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (english, "Heliograph Security", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (english, "Grand Tour", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (english, "Oskar Lindqvist", LECTERN_ENTITY_ORGANIZATION));
}

/* A team sheet of surnames alone names its players, in the story's
 * language though no word of it is in lower case ("Larne: Byrne,
 * Nolan-Smyth, …"); so does a line of scorers by their initials and
 * tallies ("S Bradley-Kelly 0-4"). */
static void
test_extractor_team_sheet_surnames (void)
{
  g_autoptr(GPtrArray) entities = extract ("Larne beat Linfield\n\nLarne beat Linfield 2-1 at Inver Park on Saturday "
                                           "in front of a big crowd. The home side were the better team for most of "
                                           "the game and deserved the win, which lifts them to third in the table "
                                           "with four games left to play.\n\nLarne: Byrne, Nolan-Smyth, McKee, Hamill, "
                                           "Gorman, Deehan, Sule, McVicker (Adair 80), Ferris, Bonner (Lavery 72), "
                                           "O'Loan.\n\nLisnagrove: C McGuckin 1-4, S Bradley-Kelly 0-4 (0-2f), M "
                                           "Quinn 0-2.\n");

  g_assert_nonnull (find_entity (entities, "Nolan-Smyth", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Adair", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "O'Loan", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "S Bradley-Kelly", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Larne", LECTERN_ENTITY_PERSON));
}

/* A listed party, a member's letters and the member, which the tagger
 * cut after the party's first word ("Fine Gael TD Ciarán Fahy"), or
 * the letters alone ("the Fine Gael TD said"): the party, and the
 * letters are neither. */
static void
test_extractor_party_member_letters (void)
{
  g_autoptr(GPtrArray) entities = extract ("Rural crime\n\nYesterday Fine Gael TD Ciarán Fahy said he had written to "
                                           "the minister.\n");

  g_assert_nonnull (find_entity (entities, "Fine Gael", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Ciarán Fahy", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Gael TD", LECTERN_ENTITY_PERSON));
}

/* Spanish and Portuguese bodies run over "y la" and begin with more
 * head words ("Comisión Nacional de los Mercados y la Competencia",
 * "Entidade Reguladora dos Serviços Energéticos", "Ayuntamiento de
 * Granada"). */
static void
test_extractor_iberian_heads (void)
{
  g_autoptr(GPtrArray) entities = extract ("The deal needs the approval of the Comisión Nacional de los Mercados y "
                                           "la Competencia and of the Entidade Reguladora dos Serviços Energéticos, "
                                           "while the Ayuntamiento de Granada said it would object.\n");

  g_assert_nonnull (find_entity (entities, "Comisión Nacional de los Mercados y la Competencia",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Entidade Reguladora dos Serviços Energéticos",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Ayuntamiento de Granada", LECTERN_ENTITY_ORGANIZATION));
}

/* A word alone between two of the tagger's places in a list, or before
 * a noun a place's name modifies, is a place though no list knows it
 * ("in Maryhill, Ruchill and Possilpark", "the Carrigtwohill plant"). */
static void
test_extractor_unlisted_places_in_lists (void)
{
  g_autoptr(GPtrArray) entities = extract ("Sports hub approved\n\nPlans for 214 homes in Carrigtwohill have divided "
                                           "members of Cork County Council. Staff at the Carrigtwohill plant were "
                                           "told on Monday. \"We've got kids in Maryhill, Ruchill and Possilpark "
                                           "who have nowhere to play,\" he said.\n");

  g_assert_null (find_entity (entities, "Carrigtwohill", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Ruchill", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Cork County Council", LECTERN_ENTITY_ORGANIZATION));
}

/* A school named by its place or saint and "Primary" is a body, two of
 * them joined by "and" are two ("Strathdon Primary and Alford Primary
 * School", "St Joseph's Primary"); not a party's contest ("the
 * Democratic Primary"). */
static void
test_extractor_primary_schools (void)
{
  g_autoptr(GPtrArray) entities = extract ("School closures\n\nThe pupils of Corgarff Primary would be transferred "
                                           "to Strathdon Primary and Alford Primary School from August, long "
                                           "before the Democratic Primary in the United States. St Joseph's "
                                           "Primary stays open.\n");

  g_assert_nonnull (find_entity (entities, "Corgarff Primary", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Strathdon Primary", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Alford Primary School", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Democratic Primary", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "St Joseph's Primary", LECTERN_ENTITY_ORGANIZATION));
}

/* A county's or a club's Gaelic games body ("Derry GAA", "St Kieran's
 * GAC") and a club named "Cumann …" are bodies, not people; the
 * association alone stays itself ("the GAA"). */
static void
test_extractor_gaelic_bodies (void)
{
  g_autoptr(GPtrArray) entities = extract ("Final\n\nThe club said the final was good for everyone involved in the "
                                           "game.\n\nDerry GAA confirmed an attendance of 9,412. The accounts of St "
                                           "Kieran's GAC (Cumann Chiaráin Naofa) were audited by the GAA.\n");

  g_assert_nonnull (find_entity (entities, "Derry GAA", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "St Kieran's GAC", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Cumann Chiaráin Naofa", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "GAA", LECTERN_ENTITY_ORGANIZATION));
}

/* A constituency, a member's letters and the member are the member's
 * name alone ("Kerry TD Brendan Culloty", "Molo MP Kuria Kimani"); the
 * constituency and the letters alone are no one ("A Kerry TD has
 * called"). */
static void
test_extractor_members_letters (void)
{
  g_autoptr(GPtrArray) entities = extract ("Trolleys\n\nA Kerry TD has called on the minister to act at the "
                                           "hospital. Fianna Fáil's Kerry TD Brendan Culloty said the Government had "
                                           "already allocated funding.\n");

  g_assert_nonnull (find_entity (entities, "Brendan Culloty", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Kerry TD Brendan Culloty", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Kerry TD", LECTERN_ENTITY_PERSON));
}

/* "Corporación" heads a Spanish body's name, which runs over its small
 * words ("Corporación Nacional del Cobre de Chile (Codelco)"). */
static void
test_extractor_spanish_corporations (void)
{
  g_autoptr(GPtrArray) entities = extract ("Lithium\n\nChile's state-owned Corporación Nacional del Cobre de Chile "
                                           "(Codelco) will form a lithium joint venture, Codelco said.\n");
  LecternEntity *codelco = find_entity (entities, "Corporación Nacional del Cobre de Chile",
                                        LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (codelco);
  g_assert_true (has_form (codelco, "Codelco"));
}

/* A city and county's government is one body ("the City and County of
 * Swansea Council"), not a place and a county. */
static void
test_extractor_city_and_county (void)
{
  g_autoptr(GPtrArray) entities = extract ("Ospreys\n\nThe City and County of Swansea Council and Neath Port Talbot "
                                           "Council have offered to help fund a new training base.\n");

  g_assert_nonnull (find_entity (entities, "City and County of Swansea Council", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "County of Swansea Council", LECTERN_ENTITY_ORGANIZATION));
}

/* A club that the lists know by a nationality's word is the club, not
 * the nationality ("on loan from Hibernian" of "Hibernian FC"). */
static void
test_extractor_demonym_clubs (void)
{
  g_autoptr(GPtrArray) entities = extract ("Derby\n\nRoss County beat Inverness on Saturday in the cup, with a goal in "
                                           "the second half from the striker.\n\nIt was his first senior goal since "
                                           "arriving on loan from Hibernian in January.\n");

  g_assert_nonnull (find_entity (entities, "Hibernian", LECTERN_ENTITY_ORGANIZATION));
}

/* In a story of a team sport, a town after "signed from" or "a meeting
 * with" is its team ("signed from Kilmarnock", "a league meeting with
 * Peterhead"). */
static void
test_extractor_team_transfer_cues (void)
{
  g_autoptr(GPtrArray) entities = extract ("Derby\n\nRoss County beat Inverness 2-1 on Saturday in the cup, the "
                                           "striker scored in the second half and the defender made the match safe "
                                           "for the rest of the season.\n\nAdeyemi, signed from Kilmarnock on a "
                                           "short-term deal, headed against the bar. Inverness face a league "
                                           "meeting with Peterhead next.\n");

  g_assert_nonnull (find_entity (entities, "Kilmarnock", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Peterhead", LECTERN_ENTITY_ORGANIZATION));
}

/* A Spanish or Portuguese newspaper named for its region is one name
 * ("Heraldo de Aragón", "Diario de Navarra"). */
static void
test_extractor_iberian_newspapers (void)
{
  g_autoptr(GPtrArray) entities = extract ("Zaragoza\n\nThe owner told Heraldo de Aragón that the club would stay, "
                                           "and Diario de Navarra reported the same.\n");

  g_assert_nonnull (find_entity (entities, "Heraldo de Aragón", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Diario de Navarra", LECTERN_ENTITY_ORGANIZATION));
}

/* A union of communes is named by its countries, joined by "et" or after
 * a bare "de", in French and in English copy. */
static void
test_extractor_communes_names (void)
{
  g_autoptr(GPtrArray) fr = extract ("Maison de santé\n\nLes élus de la communauté de communes Causses et "
                                     "Vallée du Lot ont voté jeudi. La préfète avait réuni la communauté de "
                                     "communes des Monts de Lacaune et de la Montagne du Haut-Languedoc pour "
                                     "chercher des solutions.\n");
  g_autoptr(GPtrArray) en = extract ("Rugby club\n\nSupport is also coming from the Communauté de communes du "
                                     "Saint-Affricain, whose council voted a grant, said Dominique Perrault, "
                                     "president of the Communauté de communes de Puisaye-Forterre.\n");

  g_assert_nonnull (find_entity (fr, "communauté de communes Causses et Vallée du Lot", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "communauté de communes des Monts de Lacaune et de la Montagne du Haut-Languedoc",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (en, "Communauté de communes du Saint-Affricain", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (en, "Communauté de communes de Puisaye-Forterre", LECTERN_ENTITY_ORGANIZATION));
}

/* An acronym written as a word is the organization whose initials it
 * spells ("l'Onda, l'Office national de diffusion artistique"). */
static void
test_extractor_word_acronyms (void)
{
  g_autoptr(GPtrArray) entities = extract ("Théâtre\n\nLa tournée se fera avec le soutien de l'Onda, l'Office "
                                           "national de diffusion artistique, a dit Marie Leblanc. Selon "
                                           "l'Arcep, l'Autorité de régulation des communications électroniques "
                                           "et des postes, le réseau est prêt.\n");
  LecternEntity *onda = find_entity (entities, "Office national de diffusion artistique",
                                     LECTERN_ENTITY_ORGANIZATION);
  LecternEntity *arcep = find_entity (entities, "Autorité de régulation des communications électroniques et des postes",
                                      LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (onda);
  g_assert_nonnull (arcep);
  g_assert_true (has_form (onda, "Onda"));
  g_assert_true (has_form (arcep, "Arcep"));
}

/* A congregation is named by the capitalized words before "Church", even
 * after a place word ("Mount Zion"), and its street is no part of it. */
static void
test_extractor_church_names (void)
{
  g_autoptr(GPtrArray) entities = extract ("Council approves shelter plan\n\nCouncil members heard from the Rev. "
                                           "Samuel "
                                           "Adeyemi of Greater Hope Missionary Baptist Church, who said his "
                                           "congregation had waited long enough. The pantry operates out of the "
                                           "basement of St. Brendan Catholic Church on Pike Avenue. When the Rev. "
                                           "Harold Pickens arrived at Mount Zion A.M.E. Church in 1983, the roof "
                                           "leaked.\n");

  g_assert_nonnull (find_entity (entities, "Greater Hope Missionary Baptist Church", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "St. Brendan Catholic Church", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Mount Zion A.M.E. Church", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Samuel Adeyemi", LECTERN_ENTITY_PERSON));
}

/* A shop named by its owner and its trade is a business ("Kessler
 * Hardware", "Lindell Shoes"), and its owner stays a person. */
static void
test_extractor_shop_names (void)
{
  g_autoptr(GPtrArray) entities = extract ("Hardware store sold\n\nDORSET FALLS, Ind. — Kessler Hardware, the Main "
                                           "Street store where three generations shopped, was sold, said Otto "
                                           "Kessler. Stores that closed include Lindell Shoes, and Lake City "
                                           "Outfitters moved out.\n");

  g_assert_nonnull (find_entity (entities, "Kessler Hardware", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Lindell Shoes", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Lake City Outfitters", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Otto Kessler", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Kessler Hardware", LECTERN_ENTITY_PERSON));
}

/* Quebec's bodies named by their seat after "de" (a regional county
 * municipality, a cégep), which the tagger reads as places, and a
 * federation's word joined to the body it federates. */
static void
test_extractor_quebec_bodies (void)
{
  g_autoptr(GPtrArray) entities = extract ("Élection partielle\n\nLe candidat a reçu l'appui des producteurs, même si "
                                           "la Fédération de l'UPA du Bas-Saint-Laurent a refusé de prendre position. "
                                           "Le préfet de la MRC de Rivière-du-Loup, Michel Roussel, a parlé. Au Cégep "
                                           "de Rivière-du-Loup, un débat étudiant a attiré 200 personnes mardi.\n");

  g_assert_nonnull (find_entity (entities, "Fédération de l'UPA du Bas-Saint-Laurent", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "MRC de Rivière-du-Loup", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Cégep de Rivière-du-Loup", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Fédération", LECTERN_ENTITY_ORGANIZATION));
}

/* French clubs named by their word, their sport's adjective and their
 * town's, in lower case; French firms named by their trade and their
 * owner, in French and in English copy. */
static void
test_extractor_french_clubs_and_trades (void)
{
  g_autoptr(GPtrArray) fr = extract ("Les clubs du canton\n\nLe président de l'Union nautique clamecycoise, Jacques "
                                     "Morel, a remercié les bénévoles. L'Étoile sportive pouzaugeaise a gagné "
                                     "dimanche, et la Jeunesse sportive cugnalaise recrute. Les Matériaux Bonnafous "
                                     "sponsorisent l'équipe, comme les Salaisons Fabre & Fils.\n");
  g_autoptr(GPtrArray) en = extract ("Rugby club\n\nThe club's sponsors include the builders' merchant Matériaux "
                                     "Bonnafous, and volunteers have booked three coaches from Autocars Delmas for "
                                     "the semi-final, said Jean Mercier.\n");

  g_assert_nonnull (find_entity (fr, "Union nautique clamecycoise", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "Étoile sportive pouzaugeaise", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "Jeunesse sportive cugnalaise", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "Matériaux Bonnafous", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "Salaisons Fabre & Fils", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (en, "Matériaux Bonnafous", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (en, "Autocars Delmas", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (en, "Delmas", LECTERN_ENTITY_PERSON));
}

/* A first name alone that a verb of going places ("go to Geneva") is the
 * place. */
static void
test_extractor_going_to_places (void)
{
  g_autoptr(GPtrArray) entities = extract ("Bank listing\n\n\"If you want an easy bank, go to Geneva,\" she says. The "
                                           "plan has support from the Ministry of Finance, said John Smith.\n");

  g_assert_null (find_entity (entities, "Geneva", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "John Smith", LECTERN_ENTITY_PERSON));
}

/* A county's body after the county, which the tagger reads as the
 * place alone, and a paper whose name the tagger took for a place. */
static void
test_extractor_county_boards (void)
{
  g_autoptr(GPtrArray) entities = extract ("Local pastor retires\n\nPickens also served two terms on the Beaufort "
                                           "County Board of Education and was president of a branch of the NAACP. "
                                           "The club stays open until 7 p.m., said Maria Lopez of the Valley "
                                           "Courier.\n");

  g_assert_nonnull (find_entity (entities, "Beaufort County Board of Education", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Valley Courier", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Maria Lopez", LECTERN_ENTITY_PERSON));
}

/* A firm's division after its name, which the tagger reads as a person
 * after the firm, is one name with it; a player after his team is not. */
static void
test_extractor_firm_divisions (void)
{
  g_autoptr(GPtrArray) entities = extract ("German industry\n\nThe move comes as German steelmakers reassess their "
                                           "climate plans. Thyssenkrupp Steel Europe said in the summer that it was "
                                           "reviewing the timetable, said Anna Weber.\n");

  g_assert_nonnull (find_entity (entities, "Thyssenkrupp Steel Europe", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Steel Europe", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Anna Weber", LECTERN_ENTITY_PERSON));
}

/* English copy names a French town's court, bar or gendarmerie unit by
 * the town and words in lower case; a bar after "a" serves drinks. */
static void
test_extractor_town_bodies_in_english (void)
{
  g_autoptr(GPtrArray) entities = extract ("Fraud case\n\nHis widow's case went before the Agen judicial court "
                                           "within days. The investigation was led by the Quimper research brigade, "
                                           "said Thomas Guillou of the Quimper bar, who met him in a Brest bar.\n");

  g_assert_nonnull (find_entity (entities, "Agen judicial court", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Quimper research brigade", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Quimper bar", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Brest bar", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Thomas Guillou", LECTERN_ENTITY_PERSON));
}

/* German and Austrian banks, papers and parliaments by their head words
 * ("Sparkasse", "Nachrichten", "Landtag"), and a party's group in a
 * chamber apart from the chamber. */
static void
test_extractor_german_heads (void)
{
  g_autoptr(GPtrArray) en = extract ("Bavarian lenders\n\n\"It is up to the banks,\" Pichlmaier told reporters, "
                                     "referring to the company's main lenders, Sparkasse Landshut and Munich-based "
                                     "HypoVereinsbank.\n");
  g_autoptr(GPtrArray) fr = extract ("Thuringe\n\nLe chef du groupe Die Linke au Landtag, Sven Kühnert, a tendu la "
                                     "main, a-t-il rappelé dans les colonnes des Oberösterreichische Nachrichten.\n");

  g_assert_nonnull (find_entity (en, "Sparkasse Landshut", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "Oberösterreichische Nachrichten", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "Die Linke", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "Landtag", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (fr, "Sven Kühnert", LECTERN_ENTITY_PERSON));
}

/* A society of friends of a place is named so, though its place word
 * ends it; HM Revenue & Customs by its ampersand too. */
static void
test_extractor_friends_societies (void)
{
  g_autoptr(GPtrArray) entities = extract ("Donation row\n\nHM Revenue & Customs said it did not comment on individual "
                                           "cases. Dame Judith Aske, a former chief executive of Friends of the Lake "
                                           "District, will chair it, with Friends of Petrie Creek.\n");

  g_assert_nonnull (find_entity (entities, "HM Revenue & Customs", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Friends of the Lake District", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Friends of Petrie Creek", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Judith Aske", LECTERN_ENTITY_PERSON));
}

/* Asian newspapers by their word for a paper ("Shimbun", "Ilbo"). */
static void
test_extractor_asian_papers (void)
{
  g_autoptr(GPtrArray) entities = extract ("Chip plant\n\nThe local daily, the Kumamoto Nichinichi Shimbun, reported "
                                           "that farmers worry about water, said Ren Takeuchi, and the Chosun Ilbo "
                                           "agreed.\n");

  g_assert_nonnull (find_entity (entities, "Kumamoto Nichinichi Shimbun", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Nichinichi Shimbun", LECTERN_ENTITY_PERSON));
}

/* A name and a trade the tagger left apart are a company ("Daehan
 * Construction"), and a trade ends a company the tagger took for a
 * person ("Jinhe Nutrition"). */
static void
test_extractor_trades_after_names (void)
{
  g_autoptr(GPtrArray) entities = extract ("Seoul court\n\nProsecutors said he harmed minority shareholders by "
                                           "ordering "
                                           "executives at Daehan Construction to publish misleading guidance, said "
                                           "Kim Min-jun. The bid puts it on a collision course with Shanghai-based "
                                           "Jinhe Nutrition, which holds a stake.\n");

  g_assert_nonnull (find_entity (entities, "Daehan Construction", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Jinhe Nutrition", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Kim Min-jun", LECTERN_ENTITY_PERSON));
}

/* A paper's name the tagger took for a person ends with a paper's word;
 * a first name and such a word stay a person ("Heath Ledger"). */
static void
test_extractor_paper_names (void)
{
  g_autoptr(GPtrArray) entities = extract ("Town budget\n\nThe mayor told Marlow Springs Ledger reporters on Monday "
                                           "that "
                                           "the plan would pass. Heath Ledger starred in the film, said Ann Cole.\n");

  g_assert_nonnull (find_entity (entities, "Marlow Springs Ledger", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Heath Ledger", LECTERN_ENTITY_PERSON));
}

/* In a story of a team sport, a town alone read as a team is the one
 * team whose name ends with it. */
static void
test_extractor_teams_by_towns (void)
{
  g_autoptr(GPtrArray) entities = extract ("Sturm Graz stun Salzburg with late double\n\nSubstitute Luka Horvat "
                                           "turned a 1-0 deficit into a 2-1 win over Red Bull Salzburg in front of a "
                                           "sell-out crowd. Salzburg had led since the 34th minute through a header "
                                           "from Oumar Diallo, and Salzburg coach Peter Maier said his team had lost "
                                           "the league lead. "
                                           "The striker scored his tenth goal of the season.\n");
  LecternEntity *team = find_entity (entities, "Red Bull Salzburg", LECTERN_ENTITY_ORGANIZATION);

  g_assert_nonnull (team);
  g_assert_true (has_form (team, "Salzburg"));
  g_assert_null (find_entity (entities, "Salzburg", LECTERN_ENTITY_ORGANIZATION));
}

/* "Pape" before a name is a West African first name, not the pope's
 * title, unless a pope's name follows. */
static void
test_extractor_pape_first_name (void)
{
  g_autoptr(GPtrArray) entities = extract ("Le Sénégal s'impose\n\nGénération Foot a ouvert la marque sur une "
                                           "frappe de "
                                           "Pape Ousmane Cissé. Le sélectionneur des Lions de la Teranga, Pape Thiaw, "
                                           "n'était pas présent. Le Pape François a écrit au président.\n");

  g_assert_nonnull (find_entity (entities, "Pape Ousmane Cissé", LECTERN_ENTITY_PERSON));
  g_assert_nonnull (find_entity (entities, "Pape Thiaw", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Pape François", LECTERN_ENTITY_PERSON));
}

/* A body named for an Australian state or a Canadian province, as for a
 * nation; not a lake of that name. */
static void
test_extractor_state_bodies (void)
{
  g_autoptr(GPtrArray) entities = extract ("Aquatic centre\n\nThe pool has been backed by Swimming Queensland and by "
                                           "the local council, said Karen Hollis, who swims in Lake Victoria.\n");

  g_assert_nonnull (find_entity (entities, "Swimming Queensland", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Lake Victoria", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Karen Hollis", LECTERN_ENTITY_PERSON));
}

/* A French society's name after the word for its kind is a phrase that
 * ends with its seat. */
static void
test_extractor_named_societies (void)
{
  g_autoptr(GPtrArray) entities = extract ("Accident\n\nL'association Aide aux victimes du Gard accompagne les "
                                           "familles, "
                                           "a indiqué Marie Roux. L'association Familles rurales du Lot a tenu son "
                                           "assemblée.\n");

  g_assert_nonnull (find_entity (entities, "Aide aux victimes du Gard", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Familles rurales du Lot", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Aide", LECTERN_ENTITY_ORGANIZATION));
}

/* Two bodies the tagger ran over "and": a name ending with a head word,
 * then a name of its own; not a bank "and Trust Company". */
static void
test_extractor_institution_pairs (void)
{
  g_autoptr(GPtrArray) entities = extract ("Research funds\n\nThe grant was shared by Redrock University and Mojave "
                                           "Tech, said Linda Perez. She banks with First Valley Bank and Trust "
                                           "Company.\n");

  g_assert_nonnull (find_entity (entities, "Redrock University", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Mojave Tech", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "First Valley Bank and Trust Company", LECTERN_ENTITY_ORGANIZATION));
}

/* Film companies and research firms by their trade after a name. */
static void
test_extractor_film_and_research_firms (void)
{
  g_autoptr(GPtrArray) entities = extract ("Studio deals\n\nThe studio signed a deal with the British producer Wexford "
                                           "Films, said Tom Lindqvist of the research firm Brightline Research.\n");

  g_assert_nonnull (find_entity (entities, "Wexford Films", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Brightline Research", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Wexford", LECTERN_ENTITY_ORGANIZATION));
}

/* A laboratory's fields joined by "and" are its name; a nationality after
 * "and the" is no portfolio of the bank before it. */
static void
test_extractor_laboratory_fields (void)
{
  g_autoptr(GPtrArray) entities = extract ("Chip plant\n\nThe plant is backed by the Development Bank of Wales and the "
                                           "Japanese trading house Sumitomo Corporation. The spectrometer is built by "
                                           "the Laboratory for Atmospheric and Space Physics, said Priya Venkat.\n");

  g_assert_nonnull (find_entity (entities, "Development Bank of Wales", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Laboratory for Atmospheric and Space Physics",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Laboratory for Atmospheric", LECTERN_ENTITY_ORGANIZATION));
}

/* A first name, then a trade that is a name too, is a person; the trade
 * still ends a firm's name. */
static void
test_extractor_trade_surnames (void)
{
  g_autoptr(GPtrArray) entities = extract ("Mill closes\n\nThe office of Gov. Janet Mills said a team from the Maine "
                                           "Department of Labor would help. Mills spoke to Kessler Hardware.\n");

  g_assert_nonnull (find_entity (entities, "Janet Mills", LECTERN_ENTITY_PERSON));
  g_assert_null (find_entity (entities, "Janet Mills", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Kessler Hardware", LECTERN_ENTITY_ORGANIZATION));
}

/* Dairies and creameries by their trade after a name. */
static void
test_extractor_dairy_firms (void)
{
  g_autoptr(GPtrArray) entities = extract ("Milk prices\n\nThe buyer Meadowvale Dairies said prices would rise, and "
                                           "Meadowvale will pay more, said Dale Hinrichs.\n");

  g_assert_nonnull (find_entity (entities, "Meadowvale Dairies", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Meadowvale Dairies", LECTERN_ENTITY_PERSON));
}

/* Where a body is from and what it is, in lower case before its name,
 * describe it in English. */
static void
test_extractor_organization_descriptors (void)
{
  g_autoptr(GPtrArray) entities = extract ("Trade deal\n\nFarmers protested the agreement between the European Union "
                                           "and the South American bloc Mercosur, said Ana Lopes. The Swiss drugmaker "
                                           "Roche and the South Korean steelmaker Posco also spoke.\n");

  g_assert_nonnull (find_entity (entities, "Mercosur", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Posco", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "South Korean steelmaker Posco", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "European Union", LECTERN_ENTITY_ORGANIZATION));
}

/* A French prison is named by its town, even one the tagger took for a
 * person. */
static void
test_extractor_french_prisons (void)
{
  g_autoptr(GPtrArray) entities = extract ("Surpopulation\n\nLes détenus de la maison d'arrêt de Brémont, en Gironde, "
                                           "dorment au sol, a dit Claire Dumas. Le centre de détention de Mauzac est "
                                           "aussi plein.\n");

  g_assert_nonnull (find_entity (entities, "maison d'arrêt de Brémont", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "centre de détention de Mauzac", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Mauzac", LECTERN_ENTITY_PERSON));
}

/* A French hospital named after a person, then its town. */
static void
test_extractor_hospital_towns (void)
{
  g_autoptr(GPtrArray) entities = extract ("Cyberattaque\n\nDepuis dimanche soir, les écrans sont noirs au centre "
                                           "hospitalier Paul-Arène de Montvallon, a indiqué Claire Dumas.\n");

  g_assert_nonnull (find_entity (entities, "centre hospitalier Paul-Arène de Montvallon",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "de Montvallon", LECTERN_ENTITY_ORGANIZATION));
}

/* A Quebec regional county named with its seat's own article. */
static void
test_extractor_mrc_articles (void)
{
  g_autoptr(GPtrArray) entities = extract ("Cyberattaque\n\nParmi les clients de Nordika figurent aussi la MRC de La "
                                           "Jacques-Cartier et plusieurs offices d'habitation, a dit Claire Dumas.\n");

  g_assert_nonnull (find_entity (entities, "MRC de La Jacques-Cartier", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "La Jacques-Cartier", LECTERN_ENTITY_ORGANIZATION));
}

/* An office named after its head's title keeps its "General"; a centre
 * named after two fields is one. */
static void
test_extractor_offices_and_centers (void)
{
  g_autoptr(GPtrArray) entities = extract ("Police case\n\nThe Pennsylvania Office of Attorney General opened an "
                                           "inquiry, said Mark Rhodes. Operators share data through the "
                                           "Communications Information Sharing and Analysis Center, said Karen "
                                           "Ostrander.\n");

  g_assert_nonnull (find_entity (entities, "Pennsylvania Office of Attorney General", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Communications Information Sharing and Analysis Center",
                                 LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Analysis Center", LECTERN_ENTITY_ORGANIZATION));
}

/* A second trade after "&" ends a firm's name that ends with a trade. */
static void
test_extractor_second_trades (void)
{
  g_autoptr(GPtrArray) entities = extract ("Store news\n\nThe owners of Kaiser Hardware & Rental said sales fell, said "
                                           "Dale Hinrichs. Smith Lumber & Supply closed.\n");

  g_assert_nonnull (find_entity (entities, "Kaiser Hardware & Rental", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "Smith Lumber & Supply", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Kaiser Hardware", LECTERN_ENTITY_ORGANIZATION));
}

/* An école's kind, feminine, before its name and its town. */
static void
test_extractor_ecole_kinds (void)
{
  g_autoptr(GPtrArray) entities = extract ("Fermeture de classe\n\nSamedi matin, l'école publique Anne-Frank de "
                                           "Lanvézec avait des airs de kermesse, a raconté Marie Le Goff. Des parents "
                                           "évoquent l'école privée Saint-Joseph de Plouzélec.\n");

  g_assert_nonnull (find_entity (entities, "école publique Anne-Frank de Lanvézec", LECTERN_ENTITY_ORGANIZATION));
  g_assert_nonnull (find_entity (entities, "école privée Saint-Joseph de Plouzélec", LECTERN_ENTITY_ORGANIZATION));
  g_assert_null (find_entity (entities, "Anne-Frank de Lanvézec", LECTERN_ENTITY_PERSON));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

  g_test_add_func ("/lectern/extractor/seed", test_extractor_seed);
  g_test_add_func ("/lectern/extractor/titles", test_extractor_titles);
  g_test_add_func ("/lectern/extractor/possessive", test_extractor_possessive);
  g_test_add_func ("/lectern/extractor/acronym", test_extractor_acronym);
  g_test_add_func ("/lectern/extractor/known-names", test_extractor_known_names);
  g_test_add_func ("/lectern/extractor/roles", test_extractor_roles);
  g_test_add_func ("/lectern/extractor/lists", test_extractor_lists);
  g_test_add_func ("/lectern/extractor/lower-labels", test_extractor_lower_labels);
  g_test_add_func ("/lectern/extractor/capital-headlines", test_extractor_capital_headlines);
  g_test_add_func ("/lectern/extractor/french-long-names", test_extractor_french_long_names);
  g_test_add_func ("/lectern/extractor/domain-names", test_extractor_domain_names);
  g_test_add_func ("/lectern/extractor/model-codes", test_extractor_model_codes);
  g_test_add_func ("/lectern/extractor/possessive-names", test_extractor_possessive_names);
  g_test_add_func ("/lectern/extractor/role-one-word", test_extractor_role_one_word);
  g_test_add_func ("/lectern/extractor/organization-back", test_extractor_organization_back);
  g_test_add_func ("/lectern/extractor/validate-text", test_extractor_validate_text);
  g_test_add_func ("/lectern/extractor/ner-lower-hash", test_ner_lower_hash);
  g_test_add_func ("/lectern/extractor/ner-uncapitalized-hashes", test_ner_uncapitalized_hashes);
  g_test_add_func ("/lectern/extractor/short-names", test_extractor_short_names);
  g_test_add_func ("/lectern/extractor/affiliation", test_extractor_affiliation);
  g_test_add_func ("/lectern/extractor/common-words", test_extractor_common_words);
  g_test_add_func ("/lectern/extractor/quoted-title", test_extractor_quoted_title);
  g_test_add_func ("/lectern/extractor/other-language", test_extractor_other_language);
  g_test_add_func ("/lectern/extractor/mixed-languages", test_extractor_mixed_languages);
  g_test_add_func ("/lectern/extractor/empty", test_extractor_empty);
  g_test_add_func ("/lectern/extractor/invalid-utf8", test_extractor_invalid_utf8);
  g_test_add_func ("/lectern/extractor/hostile", test_extractor_hostile);
  g_test_add_func ("/lectern/extractor/big-line", test_extractor_big_line);
  g_test_add_func ("/lectern/extractor/progress-cancel", test_extractor_progress_cancel);
  g_test_add_func ("/lectern/extractor/version", test_extractor_version);
  g_test_add_func ("/lectern/extractor/model-load", test_model_load);
  g_test_add_func ("/lectern/extractor/model-invalid", test_model_invalid);
  g_test_add_func ("/lectern/extractor/word-cache", test_word_cache);
  g_test_add_func ("/lectern/extractor/far-offsets", test_extractor_far_offsets);
  g_test_add_func ("/lectern/extractor/span-trimmed-at-end", test_extractor_span_trimmed_at_end);
  g_test_add_func ("/lectern/extractor/inside-places", test_extractor_inside_places);
  g_test_add_func ("/lectern/extractor/particle-names", test_extractor_particle_names);
  g_test_add_func ("/lectern/extractor/no-trailing-function-word", test_extractor_no_trailing_function_word);
  g_test_add_func ("/lectern/extractor/listed-subject", test_extractor_listed_subject);
  g_test_add_func ("/lectern/extractor/lower-case-ministry", test_extractor_lower_case_ministry);
  g_test_add_func ("/lectern/extractor/sentence-of-names", test_extractor_sentence_of_names);
  g_test_add_func ("/lectern/extractor/elision-apart", test_extractor_elision_apart);
  g_test_add_func ("/lectern/extractor/role-of", test_extractor_role_of);
  g_test_add_func ("/lectern/extractor/listed-article", test_extractor_listed_article);
  g_test_add_func ("/lectern/extractor/french-name-in-english", test_extractor_french_name_in_english);
  g_test_add_func ("/lectern/extractor/lower-case-listed", test_extractor_lower_case_listed);
  g_test_add_func ("/lectern/extractor/place-label", test_extractor_place_label);
  g_test_add_func ("/lectern/extractor/first-name-after-title", test_extractor_first_name_after_title);
  g_test_add_func ("/lectern/extractor/listed-demonym-ending", test_extractor_listed_demonym_ending);
  g_test_add_func ("/lectern/extractor/speaker-after-verb", test_extractor_speaker_after_verb);
  g_test_add_func ("/lectern/extractor/common-acronyms", test_extractor_common_acronyms);
  g_test_add_func ("/lectern/extractor/lone-places", test_extractor_lone_places);
  g_test_add_func ("/lectern/extractor/listed-with-organizations", test_extractor_listed_with_organizations);
  g_test_add_func ("/lectern/extractor/long-capital-line", test_extractor_long_capital_line);
  g_test_add_func ("/lectern/extractor/ordinal-unit", test_extractor_ordinal_unit);
  g_test_add_func ("/lectern/extractor/dash-between-people", test_extractor_dash_between_people);
  g_test_add_func ("/lectern/extractor/organization-before-role", test_extractor_organization_before_role);
  g_test_add_func ("/lectern/extractor/short-line-language", test_extractor_short_line_language);
  g_test_add_func ("/lectern/extractor/group-organizations", test_extractor_group_organizations);
  g_test_add_func ("/lectern/extractor/event-names", test_extractor_event_names);
  g_test_add_func ("/lectern/extractor/listed-numbers-and-pairs", test_extractor_listed_numbers_and_pairs);
  g_test_add_func ("/lectern/extractor/roles-in-organizations", test_extractor_roles_in_organizations);
  g_test_add_func ("/lectern/extractor/first-name-organizations", test_extractor_first_name_organizations);
  g_test_add_func ("/lectern/extractor/sentence-start-and-offices", test_extractor_sentence_start_and_offices);
  g_test_add_func ("/lectern/extractor/club-names", test_extractor_club_names);
  g_test_add_func ("/lectern/extractor/french-names-of-bodies", test_extractor_french_names_of_bodies);
  g_test_add_func ("/lectern/extractor/newspapers-after-contractions", test_extractor_newspapers_after_contractions);
  g_test_add_func ("/lectern/extractor/listed-name-with-comma", test_extractor_listed_name_with_comma);
  g_test_add_func ("/lectern/extractor/acronym-starting-a-name", test_extractor_acronym_starting_a_name);
  g_test_add_func ("/lectern/extractor/regnal-names", test_extractor_regnal_names);
  g_test_add_func ("/lectern/extractor/ministry-of-country", test_extractor_ministry_of_country);
  g_test_add_func ("/lectern/extractor/agencies-named-after-countries", test_extractor_agencies_named_after_countries);
  g_test_add_func ("/lectern/extractor/portfolios", test_extractor_portfolios);
  g_test_add_func ("/lectern/extractor/article-after-dateline", test_extractor_article_after_dateline);
  g_test_add_func ("/lectern/extractor/french-complement-before-verb", test_extractor_french_complement_before_verb);
  g_test_add_func ("/lectern/extractor/places-by-context", test_extractor_places_by_context);
  g_test_add_func ("/lectern/extractor/listed-name-before-past-verb", test_extractor_listed_name_before_past_verb);
  g_test_add_func ("/lectern/extractor/holder-of-title", test_extractor_holder_of_title);
  g_test_add_func ("/lectern/extractor/names-across-small-words", test_extractor_names_across_small_words);
  g_test_add_func ("/lectern/extractor/clubs-storms-and-sentence-starts", test_extractor_clubs_storms_and_sentence_starts);
  g_test_add_func ("/lectern/extractor/organizations-by-their-nouns", test_extractor_organizations_by_their_nouns);
  g_test_add_func ("/lectern/extractor/headline-verbs-and-particles", test_extractor_headline_verbs_and_particles);
  g_test_add_func ("/lectern/extractor/towns", test_extractor_towns);
  g_test_add_func ("/lectern/extractor/datelines-companies-branches", test_extractor_datelines_companies_branches);
  g_test_add_func ("/lectern/extractor/products", test_extractor_products);
  g_test_add_func ("/lectern/extractor/names-over-and", test_extractor_names_over_and);
  g_test_add_func ("/lectern/extractor/leaders-and-labels", test_extractor_leaders_and_labels);
  g_test_add_func ("/lectern/extractor/works-ships-speakers", test_extractor_works_ships_speakers);
  g_test_add_func ("/lectern/extractor/brackets-and-titles", test_extractor_brackets_and_titles);
  g_test_add_func ("/lectern/extractor/places-and-surnames", test_extractor_places_and_surnames);
  g_test_add_func ("/lectern/extractor/buildings-and-possessives", test_extractor_buildings_and_possessives);
  g_test_add_func ("/lectern/extractor/committees-and-firms", test_extractor_committees_and_firms);
  g_test_add_func ("/lectern/extractor/appositions-of-people", test_extractor_appositions_of_people);
  g_test_add_func ("/lectern/extractor/courts-and-evidence", test_extractor_courts_and_evidence);
  g_test_add_func ("/lectern/extractor/media-and-funds", test_extractor_media_and_funds);
  g_test_add_func ("/lectern/extractor/span-edges", test_extractor_span_edges);
  g_test_add_func ("/lectern/extractor/name-endings", test_extractor_name_endings);
  g_test_add_func ("/lectern/extractor/media-venues-portfolios", test_extractor_media_venues_portfolios);
  g_test_add_func ("/lectern/extractor/appositions-and-runs", test_extractor_appositions_and_runs);
  g_test_add_func ("/lectern/extractor/crafts", test_extractor_crafts);
  g_test_add_func ("/lectern/extractor/arabic-names-and-initials", test_extractor_arabic_names_and_initials);
  g_test_add_func ("/lectern/extractor/names-with-commas", test_extractor_names_with_commas);
  g_test_add_func ("/lectern/extractor/family-companies", test_extractor_family_companies);
  g_test_add_func ("/lectern/extractor/roles-inside-names", test_extractor_roles_inside_names);
  g_test_add_func ("/lectern/extractor/people-by-role", test_extractor_people_by_role);
  g_test_add_func ("/lectern/extractor/bodies-around-names", test_extractor_bodies_around_names);
  g_test_add_func ("/lectern/extractor/brands-and-offices", test_extractor_brands_and_offices);
  g_test_add_func ("/lectern/extractor/places-in-context", test_extractor_places_in_context);
  g_test_add_func ("/lectern/extractor/regional-branches", test_extractor_regional_branches);
  g_test_add_func ("/lectern/extractor/company-forms", test_extractor_company_forms);
  g_test_add_func ("/lectern/extractor/acronym-prepositions", test_extractor_acronym_prepositions);
  g_test_add_func ("/lectern/extractor/french-bodies-of-places", test_extractor_french_bodies_of_places);
  g_test_add_func ("/lectern/extractor/club-and-player", test_extractor_club_and_player);
  g_test_add_func ("/lectern/extractor/titled-complements", test_extractor_titled_complements);
  g_test_add_func ("/lectern/extractor/press-titles", test_extractor_press_titles);
  g_test_add_func ("/lectern/extractor/country-branches", test_extractor_country_branches);
  g_test_add_func ("/lectern/extractor/listed-places", test_extractor_listed_places);
  g_test_add_func ("/lectern/extractor/commune-names", test_extractor_commune_names);
  g_test_add_func ("/lectern/extractor/portfolio-ministers", test_extractor_portfolio_ministers);
  g_test_add_func ("/lectern/extractor/credit-lines", test_extractor_credit_lines);
  g_test_add_func ("/lectern/extractor/roles-before-names", test_extractor_roles_before_names);
  g_test_add_func ("/lectern/extractor/arabic-articles", test_extractor_arabic_articles);
  g_test_add_func ("/lectern/extractor/firms-and-owners", test_extractor_firms_and_owners);
  g_test_add_func ("/lectern/extractor/nationality-and-club", test_extractor_nationality_and_club);
  g_test_add_func ("/lectern/extractor/agent-nouns", test_extractor_agent_nouns);
  g_test_add_func ("/lectern/extractor/place-possessives", test_extractor_place_possessives);
  g_test_add_func ("/lectern/extractor/french-schools-and-short-names",
                   test_extractor_french_schools_and_short_names);
  g_test_add_func ("/lectern/extractor/company-cues", test_extractor_company_cues);
  g_test_add_func ("/lectern/extractor/unlisted-titles", test_extractor_unlisted_titles);
  g_test_add_func ("/lectern/extractor/branch-legal-forms", test_extractor_branch_legal_forms);
  g_test_add_func ("/lectern/extractor/place-bodies", test_extractor_place_bodies);
  g_test_add_func ("/lectern/extractor/french-local-bodies", test_extractor_french_local_bodies);
  g_test_add_func ("/lectern/extractor/heads-of-bodies", test_extractor_heads_of_bodies);
  g_test_add_func ("/lectern/extractor/office-of-one-word-place", test_extractor_office_of_one_word_place);
  g_test_add_func ("/lectern/extractor/two-word-demonyms", test_extractor_two_word_demonyms);
  g_test_add_func ("/lectern/extractor/awards-of-the-year", test_extractor_awards_of_the_year);
  g_test_add_func ("/lectern/extractor/roles-in-appositions", test_extractor_roles_in_appositions);
  g_test_add_func ("/lectern/extractor/datelines-and-portfolios", test_extractor_datelines_and_portfolios);
  g_test_add_func ("/lectern/extractor/untagged-first-names", test_extractor_untagged_first_names);
  g_test_add_func ("/lectern/extractor/joined-organizations", test_extractor_joined_organizations);
  g_test_add_func ("/lectern/extractor/first-name-clubs", test_extractor_first_name_clubs);
  g_test_add_func ("/lectern/extractor/listed-brands-and-bodies", test_extractor_listed_brands_and_bodies);
  g_test_add_func ("/lectern/extractor/listed-less-mentioned", test_extractor_listed_less_mentioned);
  g_test_add_func ("/lectern/extractor/french-roles-and-double-surnames",
                   test_extractor_french_roles_and_double_surnames);
  g_test_add_func ("/lectern/extractor/french-bars-and-prosecutors", test_extractor_french_bars_and_prosecutors);
  g_test_add_func ("/lectern/extractor/party-letters-and-advocates", test_extractor_party_letters_and_advocates);
  g_test_add_func ("/lectern/extractor/company-last-words", test_extractor_company_last_words);
  g_test_add_func ("/lectern/extractor/listed-media-and-parties", test_extractor_listed_media_and_parties);
  g_test_add_func ("/lectern/extractor/extended-first-names", test_extractor_extended_first_names);
  g_test_add_func ("/lectern/extractor/listed-companies-of-every-continent",
                   test_extractor_listed_companies_of_every_continent);
  g_test_add_func ("/lectern/extractor/central-american-demonyms", test_extractor_central_american_demonyms);
  g_test_add_func ("/lectern/extractor/appositions-read-as-places", test_extractor_appositions_read_as_places);
  g_test_add_func ("/lectern/extractor/listed-local-bodies", test_extractor_listed_local_bodies);
  g_test_add_func ("/lectern/extractor/listed-names-in-lower-case", test_extractor_listed_names_in_lower_case);
  g_test_add_func ("/lectern/extractor/lone-institutions", test_extractor_lone_institutions);
  g_test_add_func ("/lectern/extractor/world-honorifics", test_extractor_world_honorifics);
  g_test_add_func ("/lectern/extractor/racing-teams", test_extractor_racing_teams);
  g_test_add_func ("/lectern/extractor/bodies-cut-at-and", test_extractor_bodies_cut_at_and);
  g_test_add_func ("/lectern/extractor/surnames-like-demonyms", test_extractor_surnames_like_demonyms);
  g_test_add_func ("/lectern/extractor/sport-and-trade-roles", test_extractor_sport_and_trade_roles);
  g_test_add_func ("/lectern/extractor/speaker-after-question", test_extractor_speaker_after_question);
  g_test_add_func ("/lectern/extractor/names-after-of", test_extractor_names_after_of);
  g_test_add_func ("/lectern/extractor/currency-amounts", test_extractor_currency_amounts);
  g_test_add_func ("/lectern/extractor/amazon-region", test_extractor_amazon_region);
  g_test_add_func ("/lectern/extractor/world-first-names", test_extractor_world_first_names);
  g_test_add_func ("/lectern/extractor/indefinite-article-after-dateline",
                   test_extractor_indefinite_article_after_dateline);
  g_test_add_func ("/lectern/extractor/malaysian-firms-and-filipino-particles",
                   test_extractor_malaysian_firms_and_filipino_particles);
  g_test_add_func ("/lectern/extractor/names-after-acronyms-and-in-appositions",
                   test_extractor_names_after_acronyms_and_in_appositions);
  g_test_add_func ("/lectern/extractor/union-branches", test_extractor_union_branches);
  g_test_add_func ("/lectern/extractor/names-after-titles-and-east-asian-names",
                   test_extractor_names_after_titles_and_east_asian_names);
  g_test_add_func ("/lectern/extractor/legal-forms-and-seats", test_extractor_legal_forms_and_seats);
  g_test_add_func ("/lectern/extractor/states-before-governors", test_extractor_states_before_governors);
  g_test_add_func ("/lectern/extractor/person-of-organization", test_extractor_person_of_organization);
  g_test_add_func ("/lectern/extractor/councillors-ranks-and-parliament",
                   test_extractor_councillors_ranks_and_parliament);
  g_test_add_func ("/lectern/extractor/people-taken-for-things", test_extractor_people_taken_for_things);
  g_test_add_func ("/lectern/extractor/parliament-after-in", test_extractor_parliament_after_in);
  g_test_add_func ("/lectern/extractor/court-districts", test_extractor_court_districts);
  g_test_add_func ("/lectern/extractor/touching-people", test_extractor_touching_people);
  g_test_add_func ("/lectern/extractor/names-after-titles", test_extractor_names_after_titles);
  g_test_add_func ("/lectern/extractor/people-before-appositions", test_extractor_people_before_appositions);
  g_test_add_func ("/lectern/extractor/acronyms-reordered-and-after-or",
                   test_extractor_acronyms_reordered_and_after_or);
  g_test_add_func ("/lectern/extractor/bodies-and-their-organs", test_extractor_bodies_and_their_organs);
  g_test_add_func ("/lectern/extractor/titles-alone", test_extractor_titles_alone);
  g_test_add_func ("/lectern/extractor/speaker-between-quotations", test_extractor_speaker_between_quotations);
  g_test_add_func ("/lectern/extractor/members-nationalities-and-family-firms",
                   test_extractor_members_nationalities_and_family_firms);
  g_test_add_func ("/lectern/extractor/initialled-names", test_extractor_initialled_names);
  g_test_add_func ("/lectern/extractor/months-and-bills", test_extractor_months_and_bills);
  g_test_add_func ("/lectern/extractor/touching-bodies", test_extractor_touching_bodies);
  g_test_add_func ("/lectern/extractor/country-code-before-known-bodies",
                   test_extractor_country_code_before_known_bodies);
  g_test_add_func ("/lectern/extractor/african-ranks-and-honorifics", test_extractor_african_ranks_and_honorifics);
  g_test_add_func ("/lectern/extractor/double-surnames-and-ages", test_extractor_double_surnames_and_ages);
  g_test_add_func ("/lectern/extractor/company-epithets-and-partner-firms",
                   test_extractor_company_epithets_and_partner_firms);
  g_test_add_func ("/lectern/extractor/unknown-names-before-saying", test_extractor_unknown_names_before_saying);
  g_test_add_func ("/lectern/extractor/possessive-companies-and-currencies",
                   test_extractor_possessive_companies_and_currencies);
  g_test_add_func ("/lectern/extractor/american-long-bodies", test_extractor_american_long_bodies);
  g_test_add_func ("/lectern/extractor/british-ranks-and-seats", test_extractor_british_ranks_and_seats);
  g_test_add_func ("/lectern/extractor/roles-laws-and-portfolios", test_extractor_roles_laws_and_portfolios);
  g_test_add_func ("/lectern/extractor/towns-named-like-first-names", test_extractor_towns_named_like_first_names);
  g_test_add_func ("/lectern/extractor/legal-forms-of-two-parts", test_extractor_legal_forms_of_two_parts);
  g_test_add_func ("/lectern/extractor/welsh-and-irish-names", test_extractor_welsh_and_irish_names);
  g_test_add_func ("/lectern/extractor/honourables", test_extractor_honourables);
  g_test_add_func ("/lectern/extractor/ranks-read-as-bodies", test_extractor_ranks_read_as_bodies);
  g_test_add_func ("/lectern/extractor/title-case-acronyms", test_extractor_title_case_acronyms);
  g_test_add_func ("/lectern/extractor/nicknames", test_extractor_nicknames);
  g_test_add_func ("/lectern/extractor/accented-first-names", test_extractor_accented_first_names);
  g_test_add_func ("/lectern/extractor/hong-kong-names-and-ordinances",
                   test_extractor_hong_kong_names_and_ordinances);
  g_test_add_func ("/lectern/extractor/national-branches", test_extractor_national_branches);
  g_test_add_func ("/lectern/extractor/malaysian-and-singaporean-names",
                   test_extractor_malaysian_and_singaporean_names);
  g_test_add_func ("/lectern/extractor/names-before-ages", test_extractor_names_before_ages);
  g_test_add_func ("/lectern/extractor/branches-and-wings-stay-apart", test_extractor_branches_and_wings_stay_apart);
  g_test_add_func ("/lectern/extractor/irish-particles-and-malaysian-titles",
                   test_extractor_irish_particles_and_malaysian_titles);
  g_test_add_func ("/lectern/extractor/short-names-of-organizations", test_extractor_short_names_of_organizations);
  g_test_add_func ("/lectern/extractor/country-abbreviations", test_extractor_country_abbreviations);
  g_test_add_func ("/lectern/extractor/bracketed-legal-forms", test_extractor_bracketed_legal_forms);
  g_test_add_func ("/lectern/extractor/chiefs-of-bodies", test_extractor_chiefs_of_bodies);
  g_test_add_func ("/lectern/extractor/roles-after-determiners", test_extractor_roles_after_determiners);
  g_test_add_func ("/lectern/extractor/place-surnames-after-roles", test_extractor_place_surnames_after_roles);
  g_test_add_func ("/lectern/extractor/courts-amounts-and-portfolios", test_extractor_courts_amounts_and_portfolios);
  g_test_add_func ("/lectern/extractor/names-ending-with-trades", test_extractor_names_ending_with_trades);
  g_test_add_func ("/lectern/extractor/companies-starting-sentences", test_extractor_companies_starting_sentences);
  g_test_add_func ("/lectern/extractor/places-in-datelines-and-before-place-words",
                   test_extractor_places_in_datelines_and_before_place_words);
  g_test_add_func ("/lectern/extractor/parties-in-the-plural", test_extractor_parties_in_the_plural);
  g_test_add_func ("/lectern/extractor/chambers-and-their-committees", test_extractor_chambers_and_their_committees);
  g_test_add_func ("/lectern/extractor/malaysian-titles-and-firms", test_extractor_malaysian_titles_and_firms);
  g_test_add_func ("/lectern/extractor/branches-and-nested-acronyms", test_extractor_branches_and_nested_acronyms);
  g_test_add_func ("/lectern/extractor/portfolio-lists", test_extractor_portfolio_lists);
  g_test_add_func ("/lectern/extractor/state-chapters", test_extractor_state_chapters);
  g_test_add_func ("/lectern/extractor/party-of-a-member", test_extractor_party_of_a_member);
  g_test_add_func ("/lectern/extractor/dateline-with-state", test_extractor_dateline_with_state);
  g_test_add_func ("/lectern/extractor/bills-dates-and-bracketed-forms", test_extractor_bills_dates_and_bracketed_forms);
  g_test_add_func ("/lectern/extractor/lower-complements-and-bodies-of-bodies",
                   test_extractor_lower_complements_and_bodies_of_bodies);
  g_test_add_func ("/lectern/extractor/bylines-in-capitals", test_extractor_bylines_in_capitals);
  g_test_add_func ("/lectern/extractor/seats-and-acts", test_extractor_seats_and_acts);
  g_test_add_func ("/lectern/extractor/indonesian-firms-and-courts", test_extractor_indonesian_firms_and_courts);
  g_test_add_func ("/lectern/extractor/portfolios-based-and-peoples-bodies",
                   test_extractor_portfolios_based_and_peoples_bodies);
  g_test_add_func ("/lectern/extractor/savings-bank", test_extractor_savings_bank);
  g_test_add_func ("/lectern/extractor/known-bodies-apart", test_extractor_known_bodies_apart);
  g_test_add_func ("/lectern/extractor/ranks-and-communities", test_extractor_ranks_and_communities);
  g_test_add_func ("/lectern/extractor/names-after-portfolios", test_extractor_names_after_portfolios);
  g_test_add_func ("/lectern/extractor/quote-then-titled-name", test_extractor_quote_then_titled_name);
  g_test_add_func ("/lectern/extractor/unknown-surname-after-title", test_extractor_unknown_surname_after_title);
  g_test_add_func ("/lectern/extractor/titled-owners-of-parties", test_extractor_titled_owners_of_parties);
  g_test_add_func ("/lectern/extractor/professional-firms", test_extractor_professional_firms);
  g_test_add_func ("/lectern/extractor/french-police-forces", test_extractor_french_police_forces);
  g_test_add_func ("/lectern/extractor/iberian-bodies", test_extractor_iberian_bodies);
  g_test_add_func ("/lectern/extractor/partner-firms", test_extractor_partner_firms);
  g_test_add_func ("/lectern/extractor/paragraphs-of-names", test_extractor_paragraphs_of_names);
  g_test_add_func ("/lectern/extractor/offices-and-places", test_extractor_offices_and_places);
  g_test_add_func ("/lectern/extractor/saints-committees-and-amounts",
                   test_extractor_saints_committees_and_amounts);
  g_test_add_func ("/lectern/extractor/family-firms", test_extractor_family_firms);
  g_test_add_func ("/lectern/extractor/people-described-after", test_extractor_people_described_after);
  g_test_add_func ("/lectern/extractor/party-members-and-missions", test_extractor_party_members_and_missions);
  g_test_add_func ("/lectern/extractor/residents-and-counties", test_extractor_residents_and_counties);
  g_test_add_func ("/lectern/extractor/bylines-with-places", test_extractor_bylines_with_places);
  g_test_add_func ("/lectern/extractor/people-after-saying-and-roles",
                   test_extractor_people_after_saying_and_roles);
  g_test_add_func ("/lectern/extractor/country-codes-read-as-places",
                   test_extractor_country_codes_read_as_places);
  g_test_add_func ("/lectern/extractor/lower-case-ministries-and-missions",
                   test_extractor_lower_case_ministries_and_missions);
  g_test_add_func ("/lectern/extractor/companies-named-by-one-word", test_extractor_companies_named_by_one_word);
  g_test_add_func ("/lectern/extractor/burmese-and-thai-honorifics", test_extractor_burmese_and_thai_honorifics);
  g_test_add_func ("/lectern/extractor/french-schools-and-town-halls", test_extractor_french_schools_and_town_halls);
  g_test_add_func ("/lectern/extractor/units-members-and-owners", test_extractor_units_members_and_owners);
  g_test_add_func ("/lectern/extractor/slash-credits-and-firms-over-and",
                   test_extractor_slash_credits_and_firms_over_and);
  g_test_add_func ("/lectern/extractor/french-complements-and-offices", test_extractor_french_complements_and_offices);
  g_test_add_func ("/lectern/extractor/surname-after-abbreviated-legal-form",
                   test_extractor_surname_after_abbreviated_legal_form);
  g_test_add_func ("/lectern/extractor/bracketed-short-names-and-iberian-hospitals",
                   test_extractor_bracketed_short_names_and_iberian_hospitals);
  g_test_add_func ("/lectern/extractor/sentences-dense-with-names", test_extractor_sentences_dense_with_names);
  g_test_add_func ("/lectern/extractor/squads-tribes-and-markets", test_extractor_squads_tribes_and_markets);
  g_test_add_func ("/lectern/extractor/french-complements-over-links", test_extractor_french_complements_over_links);
  g_test_add_func ("/lectern/extractor/kind-before-acronym", test_extractor_kind_before_acronym);
  g_test_add_func ("/lectern/extractor/offices-and-districts", test_extractor_offices_and_districts);
  g_test_add_func ("/lectern/extractor/institutions-named-after-people",
                   test_extractor_institutions_named_after_people);
  g_test_add_func ("/lectern/extractor/partners-portfolios-and-chiefs", test_extractor_partners_portfolios_and_chiefs);
  g_test_add_func ("/lectern/extractor/teams-couples-and-iberian-links",
                   test_extractor_teams_couples_and_iberian_links);
  g_test_add_func ("/lectern/extractor/french-commissions-and-datelines",
                   test_extractor_french_commissions_and_datelines);
  g_test_add_func ("/lectern/extractor/events-and-offices", test_extractor_events_and_offices);
  g_test_add_func ("/lectern/extractor/celtic-schools-and-french-first-names",
                   test_extractor_celtic_schools_and_french_first_names);
  g_test_add_func ("/lectern/extractor/french-complements-and-towns", test_extractor_french_complements_and_towns);
  g_test_add_func ("/lectern/extractor/saints-clubs", test_extractor_saints_clubs);
  g_test_add_func ("/lectern/extractor/parties-ranks-and-unions", test_extractor_parties_ranks_and_unions);
  g_test_add_func ("/lectern/extractor/regional-banks-and-harriers", test_extractor_regional_banks_and_harriers);
  g_test_add_func ("/lectern/extractor/french-chambers-and-sections", test_extractor_french_chambers_and_sections);
  g_test_add_func ("/lectern/extractor/clergy-offices-and-datelines", test_extractor_clergy_offices_and_datelines);
  g_test_add_func ("/lectern/extractor/french-acronym-branches", test_extractor_french_acronym_branches);
  g_test_add_func ("/lectern/extractor/purposes-and-field-lists", test_extractor_purposes_and_field_lists);
  g_test_add_func ("/lectern/extractor/feasts-laws-and-commissions", test_extractor_feasts_laws_and_commissions);
  g_test_add_func ("/lectern/extractor/unions-offices-and-products", test_extractor_unions_offices_and_products);
  g_test_add_func ("/lectern/extractor/authorities-daughters-and-arenas",
                   test_extractor_authorities_daughters_and_arenas);
  g_test_add_func ("/lectern/extractor/schools-units-and-communes", test_extractor_schools_units_and_communes);
  g_test_add_func ("/lectern/extractor/faculties-forms-and-portfolios",
                   test_extractor_faculties_forms_and_portfolios);
  g_test_add_func ("/lectern/extractor/districts-trustees-and-honorifics",
                   test_extractor_districts_trustees_and_honorifics);
  g_test_add_func ("/lectern/extractor/two-word-titles-and-pronouns", test_extractor_two_word_titles_and_pronouns);
  g_test_add_func ("/lectern/extractor/lower-case-bodies-by-acronym", test_extractor_lower_case_bodies_by_acronym);
  g_test_add_func ("/lectern/extractor/french-prosecutors-police-and-regions",
                   test_extractor_french_prosecutors_police_and_regions);
  g_test_add_func ("/lectern/extractor/units-and-nordic-forms", test_extractor_units_and_nordic_forms);
  g_test_add_func ("/lectern/extractor/democrat-parties-and-hyphenated-acronyms",
                   test_extractor_democrat_parties_and_hyphenated_acronyms);
  g_test_add_func ("/lectern/extractor/long-french-names-and-bodies-after-ministries",
                   test_extractor_long_french_names_and_bodies_after_ministries);
  g_test_add_func ("/lectern/extractor/titles-before-holders", test_extractor_titles_before_holders);
  g_test_add_func ("/lectern/extractor/italian-dutch-bodies-and-prosecutors",
                   test_extractor_italian_dutch_bodies_and_prosecutors);
  g_test_add_func ("/lectern/extractor/vehicles-are-not-makers", test_extractor_vehicles_are_not_makers);
  g_test_add_func ("/lectern/extractor/cultural-venues-and-army-units", test_extractor_cultural_venues_and_army_units);
  g_test_add_func ("/lectern/extractor/standing-committees", test_extractor_standing_committees);
  g_test_add_func ("/lectern/extractor/two-trade-unions-and-registrars", test_extractor_two_trade_unions_and_registrars);
  g_test_add_func ("/lectern/extractor/crown-is-no-body", test_extractor_crown_is_no_body);
  g_test_add_func ("/lectern/extractor/people-after-offices", test_extractor_people_after_offices);
  g_test_add_func ("/lectern/extractor/companies-read-as-people", test_extractor_companies_read_as_people);
  g_test_add_func ("/lectern/extractor/committees-and-inspectorates", test_extractor_committees_and_inspectorates);
  g_test_add_func ("/lectern/extractor/french-regional-branches", test_extractor_french_regional_branches);
  g_test_add_func ("/lectern/extractor/suburbs-and-feasts", test_extractor_suburbs_and_feasts);
  g_test_add_func ("/lectern/extractor/chairperson", test_extractor_chairperson);
  g_test_add_func ("/lectern/extractor/particle-bodies", test_extractor_particle_bodies);
  g_test_add_func ("/lectern/extractor/hyphen-datelines", test_extractor_hyphen_datelines);
  g_test_add_func ("/lectern/extractor/french-clubs", test_extractor_french_clubs);
  g_test_add_func ("/lectern/extractor/titled-names-of-clubs", test_extractor_titled_names_of_clubs);
  g_test_add_func ("/lectern/extractor/court-seats", test_extractor_court_seats);
  g_test_add_func ("/lectern/extractor/belgian-schools-and-hospitals", test_extractor_belgian_schools_and_hospitals);
  g_test_add_func ("/lectern/extractor/bodies-of-roles-after-names", test_extractor_bodies_of_roles_after_names);
  g_test_add_func ("/lectern/extractor/churches-and-advocates", test_extractor_churches_and_advocates);
  g_test_add_func ("/lectern/extractor/cabinet-secretaries", test_extractor_cabinet_secretaries);
  g_test_add_func ("/lectern/extractor/bin-said", test_extractor_bin_said);
  g_test_add_func ("/lectern/extractor/double-surnames-before-appositions", test_extractor_double_surnames_before_appositions);
  g_test_add_func ("/lectern/extractor/parties-and-rectorates", test_extractor_parties_and_rectorates);
  g_test_add_func ("/lectern/extractor/school-levels", test_extractor_school_levels);
  g_test_add_func ("/lectern/extractor/committees-of-chambers", test_extractor_committees_of_chambers);
  g_test_add_func ("/lectern/extractor/labour-courts", test_extractor_labour_courts);
  g_test_add_func ("/lectern/extractor/regional-banks", test_extractor_regional_banks);
  g_test_add_func ("/lectern/extractor/party-word-portfolio", test_extractor_party_word_portfolio);
  g_test_add_func ("/lectern/extractor/sentence-initial-roles", test_extractor_sentence_initial_roles);
  g_test_add_func ("/lectern/extractor/labels-before-first-names", test_extractor_labels_before_first_names);
  g_test_add_func ("/lectern/extractor/sport-services-and-law-firms", test_extractor_sport_services_and_law_firms);
  g_test_add_func ("/lectern/extractor/brigades-union-branches-campuses", test_extractor_brigades_union_branches_campuses);
  g_test_add_func ("/lectern/extractor/bodies-of-chambers", test_extractor_bodies_of_chambers);
  g_test_add_func ("/lectern/extractor/storm-names-alone", test_extractor_storm_names_alone);
  g_test_add_func ("/lectern/extractor/parent-companies-apart", test_extractor_parent_companies_apart);
  g_test_add_func ("/lectern/extractor/members-and-honorifics-after-openings", test_extractor_members_and_honorifics_after_openings);
  g_test_add_func ("/lectern/extractor/long-listed-names", test_extractor_long_listed_names);
  g_test_add_func ("/lectern/extractor/centres-of-studies-and-named-bodies", test_extractor_centres_of_studies_and_named_bodies);
  g_test_add_func ("/lectern/extractor/landlords-and-cooperatives", test_extractor_landlords_and_cooperatives);
  g_test_add_func ("/lectern/extractor/heads-titles", test_extractor_heads_titles);
  g_test_add_func ("/lectern/extractor/departement-numbers", test_extractor_departement_numbers);
  g_test_add_func ("/lectern/extractor/appositions-in-person-spans", test_extractor_appositions_in_person_spans);
  g_test_add_func ("/lectern/extractor/laws-and-gymnasiums", test_extractor_laws_and_gymnasiums);
  g_test_add_func ("/lectern/extractor/chambers-of-commerce", test_extractor_chambers_of_commerce);
  g_test_add_func ("/lectern/extractor/parties-after-members", test_extractor_parties_after_members);
  g_test_add_func ("/lectern/extractor/listed-possessive-names", test_extractor_listed_possessive_names);
  g_test_add_func ("/lectern/extractor/iberian-fronts-and-cooperatives", test_extractor_iberian_fronts_and_cooperatives);
  g_test_add_func ("/lectern/extractor/jurisdictions-and-directorates", test_extractor_jurisdictions_and_directorates);
  g_test_add_func ("/lectern/extractor/listed-name-past-de", test_extractor_listed_name_past_de);
  g_test_add_func ("/lectern/extractor/republic-of-prosecutors", test_extractor_republic_of_prosecutors);
  g_test_add_func ("/lectern/extractor/counsel-and-particles", test_extractor_counsel_and_particles);
  g_test_add_func ("/lectern/extractor/bands-and-labels", test_extractor_bands_and_labels);
  g_test_add_func ("/lectern/extractor/french-local-services", test_extractor_french_local_services);
  g_test_add_func ("/lectern/extractor/firms-funds-and-states", test_extractor_firms_funds_and_states);
  g_test_add_func ("/lectern/extractor/captains-forums-and-places", test_extractor_captains_forums_and_places);
  g_test_add_func ("/lectern/extractor/french-groups", test_extractor_french_groups);
  g_test_add_func ("/lectern/extractor/communes-with-articles", test_extractor_communes_with_articles);
  g_test_add_func ("/lectern/extractor/firms-in-appositions-with-places", test_extractor_firms_in_appositions_with_places);
  g_test_add_func ("/lectern/extractor/court-reports", test_extractor_court_reports);
  g_test_add_func ("/lectern/extractor/french-nationalities-before-names", test_extractor_french_nationalities_before_names);
  g_test_add_func ("/lectern/extractor/offices-before-names", test_extractor_offices_before_names);
  g_test_add_func ("/lectern/extractor/seats-chiefs-and-honorifics", test_extractor_seats_chiefs_and_honorifics);
  g_test_add_func ("/lectern/extractor/royal-hospitals-and-branches", test_extractor_royal_hospitals_and_branches);
  g_test_add_func ("/lectern/extractor/section-names-in-capitals", test_extractor_section_names_in_capitals);
  g_test_add_func ("/lectern/extractor/french-company-cues", test_extractor_french_company_cues);
  g_test_add_func ("/lectern/extractor/company-words", test_extractor_company_words);
  g_test_add_func ("/lectern/extractor/regions-in-brackets-and-branch-heads", test_extractor_regions_in_brackets_and_branch_heads);
  g_test_add_func ("/lectern/extractor/towns-after-a", test_extractor_towns_after_a);
  g_test_add_func ("/lectern/extractor/police-ranks-in-letters", test_extractor_police_ranks_in_letters);
  g_test_add_func ("/lectern/extractor/born-words", test_extractor_born_words);
  g_test_add_func ("/lectern/extractor/names-after-and", test_extractor_names_after_and);
  g_test_add_func ("/lectern/extractor/companies-read-as-a-person-and-more", test_extractor_companies_read_as_a_person_and_more);
  g_test_add_func ("/lectern/extractor/french-companies-after-nationalities", test_extractor_french_companies_after_nationalities);
  g_test_add_func ("/lectern/extractor/embassies-of-republics", test_extractor_embassies_of_republics);
  g_test_add_func ("/lectern/extractor/parties-and-councils", test_extractor_parties_and_councils);
  g_test_add_func ("/lectern/extractor/chambers-of-trades", test_extractor_chambers_of_trades);
  g_test_add_func ("/lectern/extractor/local-societies", test_extractor_local_societies);
  g_test_add_func ("/lectern/extractor/groups-and-party-letters", test_extractor_groups_and_party_letters);
  g_test_add_func ("/lectern/extractor/bodies-beside-and", test_extractor_bodies_beside_and);
  g_test_add_func ("/lectern/extractor/french-bodies-in-english", test_extractor_french_bodies_in_english);
  g_test_add_func ("/lectern/extractor/disease-names", test_extractor_disease_names);
  g_test_add_func ("/lectern/extractor/kin-and-agencies", test_extractor_kin_and_agencies);
  g_test_add_func ("/lectern/extractor/company-and-its-namesake", test_extractor_company_and_its_namesake);
  g_test_add_func ("/lectern/extractor/letters-with-departement", test_extractor_letters_with_departement);
  g_test_add_func ("/lectern/extractor/french-trade-firms", test_extractor_french_trade_firms);
  g_test_add_func ("/lectern/extractor/french-places-not-people", test_extractor_french_places_not_people);
  g_test_add_func ("/lectern/extractor/french-party-words", test_extractor_french_party_words);
  g_test_add_func ("/lectern/extractor/clubs-before-positions", test_extractor_clubs_before_positions);
  g_test_add_func ("/lectern/extractor/asian-honorifics-and-one-names", test_extractor_asian_honorifics_and_one_names);
  g_test_add_func ("/lectern/extractor/firms-after-cues", test_extractor_firms_after_cues);
  g_test_add_func ("/lectern/extractor/more-company-words", test_extractor_more_company_words);
  g_test_add_func ("/lectern/extractor/letters-with-lower-case", test_extractor_letters_with_lower_case);
  g_test_add_func ("/lectern/extractor/indexes-and-remits", test_extractor_indexes_and_remits);
  g_test_add_func ("/lectern/extractor/french-farms-and-branches", test_extractor_french_farms_and_branches);
  g_test_add_func ("/lectern/extractor/french-unions-and-schools", test_extractor_french_unions_and_schools);
  g_test_add_func ("/lectern/extractor/branches-by-region", test_extractor_branches_by_region);
  g_test_add_func ("/lectern/extractor/appositions-with-nationality", test_extractor_appositions_with_nationality);
  g_test_add_func ("/lectern/extractor/names-after-firm-words", test_extractor_names_after_firm_words);
  g_test_add_func ("/lectern/extractor/seats-after-a", test_extractor_seats_after_a);
  g_test_add_func ("/lectern/extractor/joint-firms-and-arms", test_extractor_joint_firms_and_arms);
  g_test_add_func ("/lectern/extractor/people-by-particles-and-nationalities", test_extractor_people_by_particles_and_nationalities);
  g_test_add_func ("/lectern/extractor/teams-named-by-towns", test_extractor_teams_named_by_towns);
  g_test_add_func ("/lectern/extractor/trusts-and-charities", test_extractor_trusts_and_charities);
  g_test_add_func ("/lectern/extractor/portfolios-and-party-members", test_extractor_portfolios_and_party_members);
  g_test_add_func ("/lectern/extractor/numbered-universities-and-stations", test_extractor_numbered_universities_and_stations);
  g_test_add_func ("/lectern/extractor/places-after-site-words", test_extractor_places_after_site_words);
  g_test_add_func ("/lectern/extractor/outlets-after-press-cues", test_extractor_outlets_after_press_cues);
  g_test_add_func ("/lectern/extractor/medicines-are-products", test_extractor_medicines_are_products);
  g_test_add_func ("/lectern/extractor/bodies-after-kind-nouns", test_extractor_bodies_after_kind_nouns);
  g_test_add_func ("/lectern/extractor/towns-listed-with-towns", test_extractor_towns_listed_with_towns);
  g_test_add_func ("/lectern/extractor/bare-partnerships", test_extractor_bare_partnerships);
  g_test_add_func ("/lectern/extractor/french-names-in-both-genders", test_extractor_french_names_in_both_genders);
  g_test_add_func ("/lectern/extractor/team-sheets", test_extractor_team_sheets);
  g_test_add_func ("/lectern/extractor/county-bodies", test_extractor_county_bodies);
  g_test_add_func ("/lectern/extractor/words-of-trades", test_extractor_words_of_trades);
  g_test_add_func ("/lectern/extractor/lone-word-among-bodies", test_extractor_lone_word_among_bodies);
  g_test_add_func ("/lectern/extractor/one-word-after-firm-nouns", test_extractor_one_word_after_firm_nouns);
  g_test_add_func ("/lectern/extractor/hyphen-acronyms-apart", test_extractor_hyphen_acronyms_apart);
  g_test_add_func ("/lectern/extractor/french-local-societies", test_extractor_french_local_societies);
  g_test_add_func ("/lectern/extractor/dioceses-and-directorates", test_extractor_dioceses_and_directorates);
  g_test_add_func ("/lectern/extractor/acronyms-in-running-text", test_extractor_acronyms_in_running_text);
  g_test_add_func ("/lectern/extractor/broadcasters-after-on", test_extractor_broadcasters_after_on);
  g_test_add_func ("/lectern/extractor/names-after-site-nouns", test_extractor_names_after_site_nouns);
  g_test_add_func ("/lectern/extractor/particle-after-full-name", test_extractor_particle_after_full_name);
  g_test_add_func ("/lectern/extractor/institutions-more-complements", test_extractor_institutions_more_complements);
  g_test_add_func ("/lectern/extractor/people-end-capitalized", test_extractor_people_end_capitalized);
  g_test_add_func ("/lectern/extractor/belgian-unions-and-parties", test_extractor_belgian_unions_and_parties);
  g_test_add_func ("/lectern/extractor/crafts-buildings-and-firm-seats", test_extractor_crafts_buildings_and_firm_seats);
  g_test_add_func ("/lectern/extractor/french-teams-named-by-towns", test_extractor_french_teams_named_by_towns);
  g_test_add_func ("/lectern/extractor/clubs-by-their-sport", test_extractor_clubs_by_their_sport);
  g_test_add_func ("/lectern/extractor/shared-initials-and-article-names", test_extractor_shared_initials_and_article_names);
  g_test_add_func ("/lectern/extractor/french-business-press-firms", test_extractor_french_business_press_firms);
  g_test_add_func ("/lectern/extractor/newspaper-titles", test_extractor_newspaper_titles);
  g_test_add_func ("/lectern/extractor/units-named-after-letters", test_extractor_units_named_after_letters);
  g_test_add_func ("/lectern/extractor/committee-remits", test_extractor_committee_remits);
  g_test_add_func ("/lectern/extractor/societies-over-and", test_extractor_societies_over_and);
  g_test_add_func ("/lectern/extractor/acronyms-with-seats", test_extractor_acronyms_with_seats);
  g_test_add_func ("/lectern/extractor/common-word-before-de-name", test_extractor_common_word_before_de_name);
  g_test_add_func ("/lectern/extractor/text-ends-inside-name", test_extractor_text_ends_inside_name);
  g_test_add_func ("/lectern/extractor/french-clusters", test_extractor_french_clusters);
  g_test_add_func ("/lectern/extractor/french-names-in-english", test_extractor_french_names_in_english);
  g_test_add_func ("/lectern/extractor/foundry-words", test_extractor_foundry_words);
  g_test_add_func ("/lectern/extractor/tourist-offices-and-wine-unions", test_extractor_tourist_offices_and_wine_unions);
  g_test_add_func ("/lectern/extractor/houses-named-for-founders", test_extractor_houses_named_for_founders);
  g_test_add_func ("/lectern/extractor/seats-with-their-article", test_extractor_seats_with_their_article);
  g_test_add_func ("/lectern/extractor/party-letters-that-spell-words", test_extractor_party_letters_that_spell_words);
  g_test_add_func ("/lectern/extractor/acronyms-after-members", test_extractor_acronyms_after_members);
  g_test_add_func ("/lectern/extractor/branches-after-articles", test_extractor_branches_after_articles);
  g_test_add_func ("/lectern/extractor/premiere-stations", test_extractor_premiere_stations);
  g_test_add_func ("/lectern/extractor/plural-names-defined-by-letters", test_extractor_plural_names_defined_by_letters);
  g_test_add_func ("/lectern/extractor/listed-letters-and-their-boards", test_extractor_listed_letters_and_their_boards);
  g_test_add_func ("/lectern/extractor/organizations-cut-at-verbs", test_extractor_organizations_cut_at_verbs);
  g_test_add_func ("/lectern/extractor/person-of-body-after-role", test_extractor_person_of_body_after_role);
  g_test_add_func ("/lectern/extractor/houses-listed-after-colon", test_extractor_houses_listed_after_colon);
  g_test_add_func ("/lectern/extractor/ampersand-words", test_extractor_ampersand_words);
  g_test_add_func ("/lectern/extractor/village-cooperatives", test_extractor_village_cooperatives);
  g_test_add_func ("/lectern/extractor/royal-foundations", test_extractor_royal_foundations);
  g_test_add_func ("/lectern/extractor/capitalized-articles-in-titles", test_extractor_capitalized_articles_in_titles);
  g_test_add_func ("/lectern/extractor/capitalized-remits", test_extractor_capitalized_remits);
  g_test_add_func ("/lectern/extractor/border-police", test_extractor_border_police);
  g_test_add_func ("/lectern/extractor/possessive-firms-and-reinsurers", test_extractor_possessive_firms_and_reinsurers);
  g_test_add_func ("/lectern/extractor/sentence-adverbs-before-names", test_extractor_sentence_adverbs_before_names);
  g_test_add_func ("/lectern/extractor/african-courts-and-presidency", test_extractor_african_courts_and_presidency);
  g_test_add_func ("/lectern/extractor/bodies-with-purposes", test_extractor_bodies_with_purposes);
  g_test_add_func ("/lectern/extractor/party-leader-offices", test_extractor_party_leader_offices);
  g_test_add_func ("/lectern/extractor/regional-leagues", test_extractor_regional_leagues);
  g_test_add_func ("/lectern/extractor/firm-after-qualified-role", test_extractor_firm_after_qualified_role);
  g_test_add_func ("/lectern/extractor/firms-in-appositions", test_extractor_firms_in_appositions);
  g_test_add_func ("/lectern/extractor/listed-banks-inside-banks", test_extractor_listed_banks_inside_banks);
  g_test_add_func ("/lectern/extractor/club-letters", test_extractor_club_letters);
  g_test_add_func ("/lectern/extractor/firms-in-appositions-left-out", test_extractor_firms_in_appositions_left_out);
  g_test_add_func ("/lectern/extractor/letters-of-parents-and-listed-firms", test_extractor_letters_of_parents_and_listed_firms);
  g_test_add_func ("/lectern/extractor/firms-founded-and-licensed", test_extractor_firms_founded_and_licensed);
  g_test_add_func ("/lectern/extractor/short-purposes-before-commas", test_extractor_short_purposes_before_commas);
  g_test_add_func ("/lectern/extractor/wings-and-branches", test_extractor_wings_and_branches);
  g_test_add_func ("/lectern/extractor/bands-in-whole-stories", test_extractor_bands_in_whole_stories);
  g_test_add_func ("/lectern/extractor/towns-after-sites", test_extractor_towns_after_sites);
  g_test_add_func ("/lectern/extractor/bars-read-as-places", test_extractor_bars_read_as_places);
  g_test_add_func ("/lectern/extractor/roles-inside-people-spans", test_extractor_roles_inside_people_spans);
  g_test_add_func ("/lectern/extractor/places-and-numbers-of-bodies", test_extractor_places_and_numbers_of_bodies);
  g_test_add_func ("/lectern/extractor/craft-houses", test_extractor_craft_houses);
  g_test_add_func ("/lectern/extractor/sides-and-platforms-as-kinds", test_extractor_sides_and_platforms_as_kinds);
  g_test_add_func ("/lectern/extractor/names-known-as", test_extractor_names_known_as);
  g_test_add_func ("/lectern/extractor/letters-of-german-names", test_extractor_letters_of_german_names);
  g_test_add_func ("/lectern/extractor/laws-and-indexes", test_extractor_laws_and_indexes);
  g_test_add_func ("/lectern/extractor/firms-after-firm-words", test_extractor_firms_after_firm_words);
  g_test_add_func ("/lectern/extractor/breton-surnames", test_extractor_breton_surnames);
  g_test_add_func ("/lectern/extractor/race-is-no-surname", test_extractor_race_is_no_surname);
  g_test_add_func ("/lectern/extractor/german-honorifics", test_extractor_german_honorifics);
  g_test_add_func ("/lectern/extractor/owned-firms", test_extractor_owned_firms);
  g_test_add_func ("/lectern/extractor/surnames-given-to-courts", test_extractor_surnames_given_to_courts);
  g_test_add_func ("/lectern/extractor/company-and-its-namesake-unit", test_extractor_company_and_its_namesake_unit);
  g_test_add_func ("/lectern/extractor/pair-of-a-body-and-a-name", test_extractor_pair_of_a_body_and_a_name);
  g_test_add_func ("/lectern/extractor/firms-of-branches", test_extractor_firms_of_branches);
  g_test_add_func ("/lectern/extractor/listed-french-names-in-english", test_extractor_listed_french_names_in_english);
  g_test_add_func ("/lectern/extractor/firm-after-its-office", test_extractor_firm_after_its_office);
  g_test_add_func ("/lectern/extractor/french-party-words-cued", test_extractor_french_party_words_cued);
  g_test_add_func ("/lectern/extractor/bodies-in-bodies", test_extractor_bodies_in_bodies);
  g_test_add_func ("/lectern/extractor/general-meetings", test_extractor_general_meetings);
  g_test_add_func ("/lectern/extractor/short-name-bound-once", test_extractor_short_name_bound_once);
  g_test_add_func ("/lectern/extractor/listed-companies-short-names", test_extractor_listed_companies_short_names);
  g_test_add_func ("/lectern/extractor/listed-names-without-article", test_extractor_listed_names_without_article);
  g_test_add_func ("/lectern/extractor/family-of-a-listed-group", test_extractor_family_of_a_listed_group);
  g_test_add_func ("/lectern/extractor/arabic-article-spaced", test_extractor_arabic_article_spaced);
  g_test_add_func ("/lectern/extractor/builders-trades", test_extractor_builders_trades);
  g_test_add_func ("/lectern/extractor/firm-pairs", test_extractor_firm_pairs);
  g_test_add_func ("/lectern/extractor/listed-company-and-unit", test_extractor_listed_company_and_unit);
  g_test_add_func ("/lectern/extractor/role-before-region-first-name", test_extractor_role_before_region_first_name);
  g_test_add_func ("/lectern/extractor/members-nation-in-name", test_extractor_members_nation_in_name);
  g_test_add_func ("/lectern/extractor/headline-without-function-words", test_extractor_headline_without_function_words);
  g_test_add_func ("/lectern/extractor/listed-firm-and-country-branch", test_extractor_listed_firm_and_country_branch);
  g_test_add_func ("/lectern/extractor/family-after-two-first-words", test_extractor_family_after_two_first_words);
  g_test_add_func ("/lectern/extractor/names-styled-in-lower-case", test_extractor_names_styled_in_lower_case);
  g_test_add_func ("/lectern/extractor/firms-after-trade-nouns", test_extractor_firms_after_trade_nouns);
  g_test_add_func ("/lectern/extractor/french-publishers", test_extractor_french_publishers);
  g_test_add_func ("/lectern/extractor/military-ranks-without-stops", test_extractor_military_ranks_without_stops);
  g_test_add_func ("/lectern/extractor/firms-and-co", test_extractor_firms_and_co);
  g_test_add_func ("/lectern/extractor/french-clinics", test_extractor_french_clinics);
  g_test_add_func ("/lectern/extractor/owner-of-a-possessive-name", test_extractor_owner_of_a_possessive_name);
  g_test_add_func ("/lectern/extractor/listed-names-before-purposes", test_extractor_listed_names_before_purposes);
  g_test_add_func ("/lectern/extractor/committees-of-listed-portfolios", test_extractor_committees_of_listed_portfolios);
  g_test_add_func ("/lectern/extractor/monsieur-without-stop", test_extractor_monsieur_without_stop);
  g_test_add_func ("/lectern/extractor/branches-named-by-countries-that-are-names", test_extractor_branches_named_by_countries_that_are_names);
  g_test_add_func ("/lectern/extractor/local-bodies-of-two-places", test_extractor_local_bodies_of_two_places);
  g_test_add_func ("/lectern/extractor/cos-legal-form", test_extractor_cos_legal_form);
  g_test_add_func ("/lectern/extractor/french-groupings-of-communes", test_extractor_french_groupings_of_communes);
  g_test_add_func ("/lectern/extractor/schools-of-a-kind", test_extractor_schools_of_a_kind);
  g_test_add_func ("/lectern/extractor/firms-after-nationalities", test_extractor_firms_after_nationalities);
  g_test_add_func ("/lectern/extractor/dateline-places", test_extractor_dateline_places);
  g_test_add_func ("/lectern/extractor/offshoot-bodies", test_extractor_offshoot_bodies);
  g_test_add_func ("/lectern/extractor/defined-letters-with-links", test_extractor_defined_letters_with_links);
  g_test_add_func ("/lectern/extractor/firms-after-townspeople", test_extractor_firms_after_townspeople);
  g_test_add_func ("/lectern/extractor/people-after-role-places", test_extractor_people_after_role_places);
  g_test_add_func ("/lectern/extractor/double-surname-apposition", test_extractor_double_surname_apposition);
  g_test_add_func ("/lectern/extractor/dashed-sponsors", test_extractor_dashed_sponsors);
  g_test_add_func ("/lectern/extractor/kind-before-name", test_extractor_kind_before_name);
  g_test_add_func ("/lectern/extractor/camel-case-and-chamber-lists", test_extractor_camel_case_and_chamber_lists);
  g_test_add_func ("/lectern/extractor/union-trade-federations", test_extractor_union_trade_federations);
  g_test_add_func ("/lectern/extractor/clubs-by-letters", test_extractor_clubs_by_letters);
  g_test_add_func ("/lectern/extractor/towns-after-de", test_extractor_towns_after_de);
  g_test_add_func ("/lectern/extractor/bodies-after-kinds", test_extractor_bodies_after_kinds);
  g_test_add_func ("/lectern/extractor/member-body-appositions", test_extractor_member_body_appositions);
  g_test_add_func ("/lectern/extractor/assembly-groups", test_extractor_assembly_groups);
  g_test_add_func ("/lectern/extractor/particles-of-firms", test_extractor_particles_of_firms);
  g_test_add_func ("/lectern/extractor/single-portfolio-ministries", test_extractor_single_portfolio_ministries);
  g_test_add_func ("/lectern/extractor/listed-names-capitalized", test_extractor_listed_names_capitalized);
  g_test_add_func ("/lectern/extractor/chain-and-group", test_extractor_chain_and_group);
  g_test_add_func ("/lectern/extractor/nation-bodies", test_extractor_nation_bodies);
  g_test_add_func ("/lectern/extractor/bought-firms", test_extractor_bought_firms);
  g_test_add_func ("/lectern/extractor/team-sheet-surnames", test_extractor_team_sheet_surnames);
  g_test_add_func ("/lectern/extractor/party-member-letters", test_extractor_party_member_letters);
  g_test_add_func ("/lectern/extractor/iberian-heads", test_extractor_iberian_heads);
  g_test_add_func ("/lectern/extractor/unlisted-places-in-lists", test_extractor_unlisted_places_in_lists);
  g_test_add_func ("/lectern/extractor/primary-schools", test_extractor_primary_schools);
  g_test_add_func ("/lectern/extractor/gaelic-bodies", test_extractor_gaelic_bodies);
  g_test_add_func ("/lectern/extractor/members-letters", test_extractor_members_letters);
  g_test_add_func ("/lectern/extractor/spanish-corporations", test_extractor_spanish_corporations);
  g_test_add_func ("/lectern/extractor/city-and-county", test_extractor_city_and_county);
  g_test_add_func ("/lectern/extractor/demonym-clubs", test_extractor_demonym_clubs);
  g_test_add_func ("/lectern/extractor/team-transfer-cues", test_extractor_team_transfer_cues);
  g_test_add_func ("/lectern/extractor/iberian-newspapers", test_extractor_iberian_newspapers);
  g_test_add_func ("/lectern/extractor/communes-names", test_extractor_communes_names);
  g_test_add_func ("/lectern/extractor/word-acronyms", test_extractor_word_acronyms);
  g_test_add_func ("/lectern/extractor/church-names", test_extractor_church_names);
  g_test_add_func ("/lectern/extractor/shop-names", test_extractor_shop_names);
  g_test_add_func ("/lectern/extractor/quebec-bodies", test_extractor_quebec_bodies);
  g_test_add_func ("/lectern/extractor/french-clubs-and-trades", test_extractor_french_clubs_and_trades);
  g_test_add_func ("/lectern/extractor/going-to-places", test_extractor_going_to_places);
  g_test_add_func ("/lectern/extractor/county-boards", test_extractor_county_boards);
  g_test_add_func ("/lectern/extractor/firm-divisions", test_extractor_firm_divisions);
  g_test_add_func ("/lectern/extractor/town-bodies-in-english", test_extractor_town_bodies_in_english);
  g_test_add_func ("/lectern/extractor/german-heads", test_extractor_german_heads);
  g_test_add_func ("/lectern/extractor/friends-societies", test_extractor_friends_societies);
  g_test_add_func ("/lectern/extractor/asian-papers", test_extractor_asian_papers);
  g_test_add_func ("/lectern/extractor/trades-after-names", test_extractor_trades_after_names);
  g_test_add_func ("/lectern/extractor/paper-names", test_extractor_paper_names);
  g_test_add_func ("/lectern/extractor/teams-by-towns", test_extractor_teams_by_towns);
  g_test_add_func ("/lectern/extractor/pape-first-name", test_extractor_pape_first_name);
  g_test_add_func ("/lectern/extractor/state-bodies", test_extractor_state_bodies);
  g_test_add_func ("/lectern/extractor/named-societies", test_extractor_named_societies);
  g_test_add_func ("/lectern/extractor/institution-pairs", test_extractor_institution_pairs);
  g_test_add_func ("/lectern/extractor/film-and-research-firms", test_extractor_film_and_research_firms);
  g_test_add_func ("/lectern/extractor/laboratory-fields", test_extractor_laboratory_fields);
  g_test_add_func ("/lectern/extractor/trade-surnames", test_extractor_trade_surnames);
  g_test_add_func ("/lectern/extractor/dairy-firms", test_extractor_dairy_firms);
  g_test_add_func ("/lectern/extractor/organization-descriptors", test_extractor_organization_descriptors);
  g_test_add_func ("/lectern/extractor/french-prisons", test_extractor_french_prisons);
  g_test_add_func ("/lectern/extractor/hospital-towns", test_extractor_hospital_towns);
  g_test_add_func ("/lectern/extractor/mrc-articles", test_extractor_mrc_articles);
  g_test_add_func ("/lectern/extractor/offices-and-centers", test_extractor_offices_and_centers);
  g_test_add_func ("/lectern/extractor/second-trades", test_extractor_second_trades);
  g_test_add_func ("/lectern/extractor/ecole-kinds", test_extractor_ecole_kinds);
  g_test_add_func ("/lectern/tokenizer/cases", test_tokenizer);
  g_test_add_func ("/lectern/tokenizer/offsets", test_tokenizer_offsets);

  return g_test_run ();
}
