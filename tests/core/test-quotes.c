/* test-quotes.c: the quotation finder and its speakers, rule by rule
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Small texts written for these tests, in French and English. Entities are
 * given by hand (every occurrence of a name), so that the rules are tested
 * apart from the extractor.
 */

#include "config.h"

#include <string.h>

#include <glib/gstdio.h>
#include <sqlite3.h>

#include "lectern-extractor.h"
#include "lectern-json.h"
#include "lectern-quotes.h"
#include "lectern-store-private.h"
#include "lectern-utf8.h"

/* Adds an entity with a mention at each occurrence of each of its forms
 * (NULL-terminated), in code points. */
static void
add_entity (GPtrArray         *entities,
            const char        *text,
            LecternEntityType  type,
            const char        *name,
            ...)
{
  LecternEntity *entity = lectern_entity_new (name, type);
  const char *form = name;
  va_list args;

  va_start (args, name);
  while (form != NULL)
    {
      for (const char *p = strstr (text, form); p != NULL; p = strstr (p + 1, form))
        {
          glong start = g_utf8_pointer_to_offset (text, p);

          lectern_entity_add_mention (entity, start, start + g_utf8_strlen (form, -1));
        }
      lectern_entity_add_form (entity, form);
      form = va_arg (args, const char *);
    }
  va_end (args);

  g_ptr_array_add (entities, entity);
}

static GPtrArray *
no_entities (void)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
}

/* The text of quote i. */
static char *
quote_text (const char *text,
            GPtrArray  *quotes,
            guint       i)
{
  const LecternQuote *quote = g_ptr_array_index (quotes, i);

  return lectern_utf8_substring (text, quote->start, quote->end);
}

/* Checks quote i: its words and its speaker (NULL: nobody named). */
static void
assert_quote (const char *text,
              GPtrArray  *quotes,
              guint       i,
              const char *words,
              const char *speaker)
{
  g_autofree char *got = NULL;
  const LecternQuote *quote;

  g_assert_cmpuint (i, <, quotes->len);
  quote = g_ptr_array_index (quotes, i);
  got = quote_text (text, quotes, i);
  g_assert_cmpstr (got, ==, words);
  g_assert_cmpstr (quote->speaker, ==, speaker);
}

static GPtrArray *
find (const char *text,
      GPtrArray  *entities)
{
  GPtrArray *quotes = lectern_quotes_find (text, entities);

  /* Every quote lies inside the text, in reading order, without overlap. */
  for (guint i = 0; i < quotes->len; i++)
    {
      const LecternQuote *quote = g_ptr_array_index (quotes, i);

      g_assert_cmpint (0, <=, quote->start);
      g_assert_cmpint (quote->start, <, quote->end);
      g_assert_cmpint (quote->end, <=, g_utf8_strlen (text, -1));
      if (i > 0)
        g_assert_cmpint (((LecternQuote *) g_ptr_array_index (quotes, i - 1))->end, <=, quote->start);
      g_assert_true ((quote->speaker_text == NULL) == (quote->speaker_start < 0));
    }
  for (guint i = 0; i < quotes->len; i++)
    {
      const LecternQuote *quote = g_ptr_array_index (quotes, i);
      g_autofree char *words = quote_text (text, quotes, i);

      if (g_utf8_strlen (words, -1) > 60)
        *g_utf8_offset_to_pointer (words, 60) = '\0';
      g_test_message ("quote %u: “%s” speaker %s (%s)", i, words, quote->speaker,
                      quote->speaker_text);
    }

  return quotes;
}

static void
test_french_inverted (void)
{
  const char *text = "Marie Dubois dirige l'usine depuis dix ans. « La production reprendra "
                     "lundi », a déclaré Marie Dubois. « Nous avons tenu bon », a-t-elle ajouté. "
                     "« Rien n'est joué », affirme Paul Martin.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Marie Dubois", NULL);
  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Paul Martin", NULL);
  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 3);
  assert_quote (text, quotes, 0, "La production reprendra lundi", "Marie Dubois");
  assert_quote (text, quotes, 1, "Nous avons tenu bon", "Marie Dubois");
  assert_quote (text, quotes, 2, "Rien n'est joué", "Paul Martin");
}

static void
test_english_said (void)
{
  const char *text = "Tom Baker runs the ferry company.\n\n"
                     "\"We will rebuild the bridge,\" said Tom Baker.\n\n"
                     "\u201CThe river is too high this year,\u201D Anna Weber said.\n\n"
                     "\"Never,\" she said.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Tom Baker", NULL);
  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Anna Weber", NULL);
  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 3);
  assert_quote (text, quotes, 0, "We will rebuild the bridge,", "Tom Baker");
  assert_quote (text, quotes, 1, "The river is too high this year,", "Anna Weber");
  /* One word, but an attribution follows: a quotation, and "she" is the
   * last person named. */
  assert_quote (text, quotes, 2, "Never,", "Anna Weber");
  g_clear_pointer (&quotes, g_ptr_array_unref);

  /* A question or an exclamation ends inside the marks; the attribution
   * still follows. A sentence that merely starts after a quotation does
   * not attribute it. */
  {
    const char *asked = "Tom Baker spoke first. \"Is the bridge safe?\" Adam Schiff asked. "
                        "\"We will rebuild it!\" Tom Baker shouted. The crowd cheered. \"The "
                        "river is too high this year.\" Adam Schiff left the room and said "
                        "nothing more.";

    g_ptr_array_set_size (entities, 0);
    add_entity (entities, asked, LECTERN_ENTITY_PERSON, "Tom Baker", NULL);
    add_entity (entities, asked, LECTERN_ENTITY_PERSON, "Adam Schiff", NULL);
    quotes = find (asked, entities);
    g_assert_cmpuint (quotes->len, ==, 3);
    assert_quote (asked, quotes, 0, "Is the bridge safe?", "Adam Schiff");
    assert_quote (asked, quotes, 1, "We will rebuild it!", "Tom Baker");
    assert_quote (asked, quotes, 2, "The river is too high this year.", NULL);
  }
}

static void
test_source_before (void)
{
  const char *text = "Selon Paul Martin, « les comptes sont justes ». "
                     "According to Jane Doe, \"the numbers are wrong\". "
                     "D'après le ministre du budget, Luc Roy, « il faudra des économies ». "
                     "Anna Weber warned: \"The river will flood the town.\" "
                     "Le syndicat CGT estime, au contraire, que « les salaires doivent suivre ». "
                     "Pour Jane Doe, « la mission continue ».";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Paul Martin", NULL);
  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Jane Doe", NULL);
  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Luc Roy", NULL);
  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Anna Weber", NULL);
  add_entity (entities, text, LECTERN_ENTITY_ORGANIZATION, "CGT", NULL);
  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 6);
  assert_quote (text, quotes, 0, "les comptes sont justes", "Paul Martin");
  assert_quote (text, quotes, 1, "the numbers are wrong", "Jane Doe");
  assert_quote (text, quotes, 2, "il faudra des économies", "Luc Roy");
  assert_quote (text, quotes, 3, "The river will flood the town.", "Anna Weber");
  assert_quote (text, quotes, 4, "les salaires doivent suivre", "CGT");
  assert_quote (text, quotes, 5, "la mission continue", "Jane Doe");
}

static void
test_partial (void)
{
  const char *fr = "Le ministre Paul Martin a dénoncé un « manque de transparence » dans ce "
                   "dossier.";
  const char *en = "Governor Ann Lee called the plan \"a disaster\" on Monday.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, fr, LECTERN_ENTITY_PERSON, "Paul Martin", NULL);
  quotes = find (fr, entities);
  g_assert_cmpuint (quotes->len, ==, 1);
  assert_quote (fr, quotes, 0, "manque de transparence", "Paul Martin");
  g_clear_pointer (&quotes, g_ptr_array_unref);

  g_ptr_array_set_size (entities, 0);
  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Ann Lee", NULL);
  quotes = find (en, entities);
  g_assert_cmpuint (quotes->len, ==, 1);
  assert_quote (en, quotes, 0, "a disaster", "Ann Lee");
}

static void
test_interrupted (void)
{
  const char *text = "Le délégué Luc Martin est venu. « Nous partirons, a dit Luc Martin, si "
                     "rien ne change. » Puis : « Nous resterons, a précisé un porte-parole, "
                     "jusqu'au vote. »";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;
  const LecternQuote *quote;

  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Luc Martin", NULL);
  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 4);
  assert_quote (text, quotes, 0, "Nous partirons", "Luc Martin");
  assert_quote (text, quotes, 1, "si rien ne change.", "Luc Martin");
  assert_quote (text, quotes, 2, "Nous resterons", NULL);
  assert_quote (text, quotes, 3, "jusqu'au vote.", NULL);
  quote = g_ptr_array_index (quotes, 3);
  g_assert_cmpstr (quote->speaker_text, ==, "un porte-parole");
  g_clear_pointer (&quotes, g_ptr_array_unref);

  /* A speech verb between commas that speaks to the reader is the
   * quotation going on, not an attribution. */
  {
    const char *en = "\"Keep your duvet, but if you cough, tell your doctor about it,\" Owen "
                     "Dempsey said. « Gardez la couette, mais si vous toussez, dites-le à votre "
                     "médecin », a conseillé Owen Dempsey.";

    g_ptr_array_set_size (entities, 0);
    add_entity (entities, en, LECTERN_ENTITY_PERSON, "Owen Dempsey", NULL);
    quotes = find (en, entities);
    g_assert_cmpuint (quotes->len, ==, 2);
    assert_quote (en, quotes, 0, "Keep your duvet, but if you cough, tell your doctor about it,",
                  "Owen Dempsey");
    assert_quote (en, quotes, 1, "Gardez la couette, mais si vous toussez, dites-le à votre "
                  "médecin", "Owen Dempsey");
  }
}

static void
test_paragraphs (void)
{
  const char *text = "Jean Dupont a déclaré : « Le premier paragraphe de la citation se "
                     "termine ici.\n\n« Le second paragraphe la conclut. »\n\n"
                     "Mary Smith said: \"The first part of what I said.\n\n"
                     "\"And the second part of it.\"\n\nThe end of the story.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Jean Dupont", NULL);
  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Mary Smith", NULL);
  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 4);
  assert_quote (text, quotes, 0, "Le premier paragraphe de la citation se termine ici.",
                "Jean Dupont");
  assert_quote (text, quotes, 1, "Le second paragraphe la conclut.", "Jean Dupont");
  assert_quote (text, quotes, 2, "The first part of what I said.", "Mary Smith");
  assert_quote (text, quotes, 3, "And the second part of it.", "Mary Smith");
}

static void
test_descriptions (void)
{
  const char *text = "« Nous restons prudents », a indiqué un porte-parole de la préfecture. "
                     "\"The road will stay closed tonight,\" the police said. "
                     "Le rapport parle d'une « situation très difficile pour les familles ».";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;
  const LecternQuote *quote;

  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 3);
  assert_quote (text, quotes, 0, "Nous restons prudents", NULL);
  quote = g_ptr_array_index (quotes, 0);
  g_assert_cmpstr (quote->speaker_text, ==, "un porte-parole de la préfecture");
  assert_quote (text, quotes, 1, "The road will stay closed tonight,", NULL);
  quote = g_ptr_array_index (quotes, 1);
  g_assert_cmpstr (quote->speaker_text, ==, "the police");
  assert_quote (text, quotes, 2, "situation très difficile pour les familles", NULL);
}

/* A quotation that opens the sentence after another's attribution goes on
 * with it; a statement or a spokesman of an entity names the entity. */
static void
test_continued (void)
{
  const char *text = "Anna Weber spoke on Sunday. \"We will go,\" she said. \"And we will win "
                     "the next round.\"\n\n\"The plant will close in March,\" according to a "
                     "statement from Acme Steel. \"Talks are going on,\" said a spokesman for "
                     "Acme Steel.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Anna Weber", NULL);
  add_entity (entities, text, LECTERN_ENTITY_ORGANIZATION, "Acme Steel", NULL);
  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 4);
  assert_quote (text, quotes, 0, "We will go,", "Anna Weber");
  assert_quote (text, quotes, 1, "And we will win the next round.", "Anna Weber");
  assert_quote (text, quotes, 2, "The plant will close in March,", "Acme Steel");
  assert_quote (text, quotes, 3, "Talks are going on,", "Acme Steel");
}

/* A description refers back to the one entity the story names beside it. */
static void
test_description_refers_back (void)
{
  const char *text = "Le ministre du budget, Luc Roy, présente son plan. Anna Weber, the "
                     "mayor of Dover, is worried.\n\n« Les comptes sont justes », a affirmé "
                     "le ministre. \"We will cope,\" said the mayor.\n\n"
                     "Le ministre des sports, Paul Martin, arrive. « Rien ne change », dit le "
                     "ministre. « Nous tiendrons », a précisé le ministre du budget.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;
  const LecternQuote *quote;

  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Luc Roy", NULL);
  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Anna Weber", NULL);
  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Paul Martin", NULL);
  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 4);
  /* "le ministre" is ambiguous: the story names two ministers. */
  assert_quote (text, quotes, 0, "Les comptes sont justes", NULL);
  quote = g_ptr_array_index (quotes, 0);
  g_assert_cmpstr (quote->speaker_text, ==, "le ministre");
  assert_quote (text, quotes, 1, "We will cope,", "Anna Weber");
  assert_quote (text, quotes, 2, "Rien ne change", NULL);
  /* The whole phrase is not ambiguous. */
  assert_quote (text, quotes, 3, "Nous tiendrons", "Luc Roy");
}

/* English titles end with their noun ("Health Minister", "the company's
 * chief executive"); French ones may hold a complement with its article
 * ("le président de la région"). */
static void
test_title_nouns (void)
{
  const char *en = "Health Minister Jane Doe spoke on Monday. \"We have no choice,\" the "
                   "minister said.\n\nUS President Joe Biden landed in Paris. \"We stand "
                   "together,\" the president told reporters.\n\nAnn Cole, the company's chief "
                   "executive, was there. \"Sales are up,\" the chief executive said. \"Not "
                   "for long,\" the company said.";
  const char *fr = "Le président de la région, Marc Roy, a réagi. « Nous n'avons pas le "
                   "choix », a déclaré le président.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Jane Doe", NULL);
  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Joe Biden", NULL);
  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Ann Cole", NULL);
  quotes = find (en, entities);
  g_assert_cmpuint (quotes->len, ==, 4);
  assert_quote (en, quotes, 0, "We have no choice,", "Jane Doe");
  assert_quote (en, quotes, 1, "We stand together,", "Joe Biden");
  assert_quote (en, quotes, 2, "Sales are up,", "Ann Cole");
  /* The company is not its chief executive. */
  assert_quote (en, quotes, 3, "Not for long,", NULL);
  g_clear_pointer (&quotes, g_ptr_array_unref);

  g_ptr_array_set_size (entities, 0);
  add_entity (entities, fr, LECTERN_ENTITY_PERSON, "Marc Roy", NULL);
  quotes = find (fr, entities);
  g_assert_cmpuint (quotes->len, ==, 1);
  assert_quote (fr, quotes, 0, "Nous n'avons pas le choix", "Marc Roy");
}

/* "l'entreprise" is the one organization named just before; with two, it
 * is nobody. */
static void
test_organization_refers_back (void)
{
  const char *text = "Acme Steel ferme son usine de Lyon. « Nous reclasserons chaque salarié », "
                     "a assuré l'entreprise.\n\nAcme Steel et Bolt Motors négocient. « Rien "
                     "n'est signé », a précisé l'entreprise.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, text, LECTERN_ENTITY_ORGANIZATION, "Acme Steel", NULL);
  add_entity (entities, text, LECTERN_ENTITY_ORGANIZATION, "Bolt Motors", NULL);
  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 2);
  assert_quote (text, quotes, 0, "Nous reclasserons chaque salarié", "Acme Steel");
  assert_quote (text, quotes, 1, "Rien n'est signé", NULL);
  g_clear_pointer (&quotes, g_ptr_array_unref);

  /* "it said" is the one organization named just before. */
  {
    const char *en = "Acme Steel cut 500 jobs on Monday. \"We regret this decision,\" it said in "
                     "a statement.\n\nAcme Steel and Bolt Motors are in talks. \"Nothing is "
                     "signed yet,\" it said.";

    g_ptr_array_set_size (entities, 0);
    add_entity (entities, en, LECTERN_ENTITY_ORGANIZATION, "Acme Steel", NULL);
    add_entity (entities, en, LECTERN_ENTITY_ORGANIZATION, "Bolt Motors", NULL);
    quotes = find (en, entities);
    g_assert_cmpuint (quotes->len, ==, 2);
    assert_quote (en, quotes, 0, "We regret this decision,", "Acme Steel");
    assert_quote (en, quotes, 1, "Nothing is signed yet,", NULL);
  }
}

/* More speech verbs of both languages, after and before the quotation. A
 * short quotation is only kept when its attribution is recognized. */
static void
test_more_verbs (void)
{
  const char *fr = "« C'est une honte », s'indigne Lucie Marchand. « Rien à ajouter », a "
                   "lâché Lucie Marchand. Lucie Marchand considère que « le pays doit se "
                   "réveiller ». « Nous avons perdu », a reconnu Lucie Marchand. « C'est "
                   "historique », se félicite la députée Lucie Marchand. Lucie Marchand parle "
                   "d'« une victoire pour la gauche ». Lucie Marchand a publié un message : "
                   "« Merci à tous ».";
  const char *en = "\"The rules are not fit for purpose,\" Ian Clark maintained. \"We were "
                   "wrong,\" Ian Clark conceded. \"Vote today,\" Ian Clark posted on X. "
                   "\"The rules are old,\" Ian Clark pointed out.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, fr, LECTERN_ENTITY_PERSON, "Lucie Marchand", NULL);
  quotes = find (fr, entities);
  g_assert_cmpuint (quotes->len, ==, 7);
  assert_quote (fr, quotes, 0, "C'est une honte", "Lucie Marchand");
  assert_quote (fr, quotes, 1, "Rien à ajouter", "Lucie Marchand");
  assert_quote (fr, quotes, 2, "le pays doit se réveiller", "Lucie Marchand");
  assert_quote (fr, quotes, 3, "Nous avons perdu", "Lucie Marchand");
  assert_quote (fr, quotes, 4, "C'est historique", "Lucie Marchand");
  assert_quote (fr, quotes, 5, "une victoire pour la gauche", "Lucie Marchand");
  /* Three words after a colon that follows a name: a quotation. */
  assert_quote (fr, quotes, 6, "Merci à tous", "Lucie Marchand");
  g_clear_pointer (&quotes, g_ptr_array_unref);

  g_ptr_array_set_size (entities, 0);
  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Ian Clark", NULL);
  quotes = find (en, entities);
  g_assert_cmpuint (quotes->len, ==, 4);
  assert_quote (en, quotes, 0, "The rules are not fit for purpose,", "Ian Clark");
  assert_quote (en, quotes, 1, "We were wrong,", "Ian Clark");
  assert_quote (en, quotes, 2, "Vote today,", "Ian Clark");
  assert_quote (en, quotes, 3, "The rules are old,", "Ian Clark");
}

/* A pronoun takes the subject of the sentence before, not its object, and
 * only a person of its gender: from a title ("Mme", "Mrs", "la
 * ministre"), a first name, or the agreement of a participle. */
static void
test_pronoun_gender (void)
{
  const char *en = "Sara Lind met Tom Hale on Monday. \"We agreed on nothing,\" she said.\n\n"
                   "Tom Hale met Mrs Reed later. \"It went well,\" she said.";
  const char *fr = "Tom Hale a rencontré Marie Lind lundi. « Rien n'est signé », a-t-il dit.\n\n"
                   "Marie Lind a reçu la ministre Roux. « Tout est possible », a-t-elle ajouté.\n\n"
                   "Paul Martin a vu Dominique Faure, élue en mars. « C'est fini », dit-elle.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Sara Lind", NULL);
  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Tom Hale", NULL);
  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Jane Reed", "Reed", NULL);
  quotes = find (en, entities);
  g_assert_cmpuint (quotes->len, ==, 2);
  assert_quote (en, quotes, 0, "We agreed on nothing,", "Sara Lind");
  assert_quote (en, quotes, 1, "It went well,", "Jane Reed");
  g_clear_pointer (&quotes, g_ptr_array_unref);

  g_ptr_array_set_size (entities, 0);
  add_entity (entities, fr, LECTERN_ENTITY_PERSON, "Tom Hale", NULL);
  add_entity (entities, fr, LECTERN_ENTITY_PERSON, "Marie Lind", NULL);
  add_entity (entities, fr, LECTERN_ENTITY_PERSON, "Claire Roux", "Roux", NULL);
  add_entity (entities, fr, LECTERN_ENTITY_PERSON, "Paul Martin", NULL);
  add_entity (entities, fr, LECTERN_ENTITY_PERSON, "Dominique Faure", NULL);
  quotes = find (fr, entities);
  g_assert_cmpuint (quotes->len, ==, 3);
  assert_quote (fr, quotes, 0, "Rien n'est signé", "Tom Hale");
  /* Both are women: the subject of the sentence before. */
  assert_quote (fr, quotes, 1, "Tout est possible", "Marie Lind");
  assert_quote (fr, quotes, 2, "C'est fini", "Dominique Faure");
  g_clear_pointer (&quotes, g_ptr_array_unref);

  /* A title in apposition: "Claude Rey, la ministre", "Sam Wood,
   * chairwoman of". */
  {
    /* Agents of the sentence before: taken only when known to be women. */
    const char *text_fr = "Le texte a été signé par Claude Rey, la ministre des sports. « C'est "
                          "fait », a-t-elle dit.";
    const char *text_en = "The deal was signed by Sam Wood, chairwoman of the board. \"It is "
                          "done,\" she said.";

    g_ptr_array_set_size (entities, 0);
    add_entity (entities, text_fr, LECTERN_ENTITY_PERSON, "Claude Rey", NULL);
    quotes = find (text_fr, entities);
    g_assert_cmpuint (quotes->len, ==, 1);
    assert_quote (text_fr, quotes, 0, "C'est fait", "Claude Rey");
    g_clear_pointer (&quotes, g_ptr_array_unref);

    g_ptr_array_set_size (entities, 0);
    add_entity (entities, text_en, LECTERN_ENTITY_PERSON, "Sam Wood", NULL);
    quotes = find (text_en, entities);
    g_assert_cmpuint (quotes->len, ==, 1);
    assert_quote (text_en, quotes, 0, "It is done,", "Sam Wood");
  }
}

/* A paragraph that is only a quotation goes on with the attributed
 * quotation that ends the paragraph before; not across another paragraph. */
static void
test_next_paragraph (void)
{
  const char *fr = "« Nous avons perdu », a reconnu Jacques Morin.\n\n"
                   "« Mais nous reviendrons plus forts. »\n\n"
                   "« Et nous gagnerons la prochaine fois. »\n\n"
                   "Le vote a eu lieu dimanche.\n\n"
                   "« Personne ne sait ce qui va se passer. »";
  const char *en = "Sara Lind said the company would appeal.\n\n"
                   "\"We think the court got it wrong.\"\n\n"
                   "\"We will fight this all the way.\"\n\n"
                   "\"The appeal is ready,\" Sara Lind said. Tom Hale disagreed.\n\n"
                   "\"There is no case at all here.\"";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, fr, LECTERN_ENTITY_PERSON, "Jacques Morin", NULL);
  quotes = find (fr, entities);
  g_assert_cmpuint (quotes->len, ==, 4);
  assert_quote (fr, quotes, 0, "Nous avons perdu", "Jacques Morin");
  assert_quote (fr, quotes, 1, "Mais nous reviendrons plus forts.", "Jacques Morin");
  assert_quote (fr, quotes, 2, "Et nous gagnerons la prochaine fois.", "Jacques Morin");
  assert_quote (fr, quotes, 3, "Personne ne sait ce qui va se passer.", NULL);
  g_clear_pointer (&quotes, g_ptr_array_unref);

  g_ptr_array_set_size (entities, 0);
  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Sara Lind", NULL);
  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Tom Hale", NULL);
  quotes = find (en, entities);
  g_assert_cmpuint (quotes->len, ==, 4);
  assert_quote (en, quotes, 0, "We think the court got it wrong.", "Sara Lind");
  assert_quote (en, quotes, 1, "We will fight this all the way.", "Sara Lind");
  assert_quote (en, quotes, 2, "The appeal is ready,", "Sara Lind");
  /* Another sentence came between: who speaks is not sure. */
  assert_quote (en, quotes, 3, "There is no case at all here.", NULL);
}

/* "Bell's mother" is not Bell; "Acme's spokesman" speaks for Acme. */
static void
test_possessive (void)
{
  const char *text = "\"He is innocent,\" John Bell's mother told reporters. \"He never "
                     "hurt anyone,\" said John Bell's sister. \"We deny everything,\" Acme's "
                     "spokesman said. Acme's chief executive, Joe Bloom, said: \"We will "
                     "appeal.\"";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;
  const LecternQuote *quote;

  add_entity (entities, text, LECTERN_ENTITY_PERSON, "John Bell", NULL);
  add_entity (entities, text, LECTERN_ENTITY_ORGANIZATION, "Acme", NULL);
  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Joe Bloom", NULL);
  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 4);
  assert_quote (text, quotes, 0, "He is innocent,", NULL);
  quote = g_ptr_array_index (quotes, 0);
  g_assert_cmpstr (quote->speaker_text, ==, "John Bell's mother");
  assert_quote (text, quotes, 1, "He never hurt anyone,", NULL);
  quote = g_ptr_array_index (quotes, 1);
  g_assert_cmpstr (quote->speaker_text, ==, "John Bell's sister");
  assert_quote (text, quotes, 2, "We deny everything,", "Acme");
  assert_quote (text, quotes, 3, "We will appeal.", "Joe Bloom");
}

/* A person's last name alone stands for them when the extractor did not
 * find it, unless two people share it or it is part of another name. */
static void
test_surname (void)
{
  const char *en = "Chris Early runs the service. \"Streaming is binary,\" says Early.\n\n"
                   "Ann Ward and Tom Ward disagree. \"It will fail,\" Ward said.\n\n"
                   "\"It works,\" said Early Bird.";
  const char *fr = "Kito de Pavant a abandonné. « Le système marche bien », a expliqué Pavant. "
                   "Jean Lyon est arrivé. « Tout ira bien », a annoncé Lyon, la ville.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;
  LecternEntity *entity;

  /* The extractor found each full name once. */
  entity = lectern_entity_new ("Chris Early", LECTERN_ENTITY_PERSON);
  lectern_entity_add_mention (entity, 0, 11);
  g_ptr_array_add (entities, entity);
  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Ann Ward", NULL);
  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Tom Ward", NULL);
  quotes = find (en, entities);
  g_assert_cmpuint (quotes->len, ==, 3);
  assert_quote (en, quotes, 0, "Streaming is binary,", "Chris Early");
  assert_quote (en, quotes, 1, "It will fail,", NULL);
  /* Not Chris Early: the name the story gives, which the extractor missed. */
  assert_quote (en, quotes, 2, "It works,", "Early Bird");
  g_clear_pointer (&quotes, g_ptr_array_unref);

  g_ptr_array_set_size (entities, 0);
  entity = lectern_entity_new ("Kito de Pavant", LECTERN_ENTITY_PERSON);
  lectern_entity_add_mention (entity, 0, 14);
  g_ptr_array_add (entities, entity);
  /* A place of the same name is not the person. */
  entity = lectern_entity_new ("Jean Lyon", LECTERN_ENTITY_PERSON);
  lectern_entity_add_mention (entity, 75, 84);
  g_ptr_array_add (entities, entity);
  entity = lectern_entity_new ("Lyon", LECTERN_ENTITY_LOCATION);
  g_ptr_array_add (entities, entity);
  quotes = find (fr, entities);
  g_assert_cmpuint (quotes->len, ==, 2);
  assert_quote (fr, quotes, 0, "Le système marche bien", "Kito de Pavant");
  assert_quote (fr, quotes, 1, "Tout ira bien", NULL);
}

/* Attributions with a long apposition, an initial's dot, "as X put it",
 * and the quotation that opens the next sentence after them. */
static void
test_long_attribution (void)
{
  const char *en = "\"Experiments of this kind pay off,\" Dylan Nelson, a fellow at the Max "
                   "Planck Institute for Astrophysics in Munich, Germany, and co-author of the "
                   "study, said in a statement. \"We see new phenomena.\"\n\n"
                   "\"Justice has been served in this case,\" said U.S. Attorney Nealy Cox.\n\n"
                   "As Nelson put it, \"the code was never told to do that.\"\n\n"
                   "\"Tariffs are a tax on our own buyers,\" Nealy Cox, the attorney, spoke of "
                   "the trade war that many economists, bankers and farmers in the region "
                   "have criticized loudly.";
  const char *fr = "« Il aurait pu être célèbre », a estimé Neil Gaiman, auteur britannique "
                   "installé aux États-Unis depuis de longues années, lors d'un entretien. "
                   "« Mais il ne le voulait pas. »";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Dylan Nelson", "Nelson", NULL);
  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Nealy Cox", NULL);
  quotes = find (en, entities);
  g_assert_cmpuint (quotes->len, ==, 5);
  assert_quote (en, quotes, 0, "Experiments of this kind pay off,", "Dylan Nelson");
  assert_quote (en, quotes, 1, "We see new phenomena.", "Dylan Nelson");
  assert_quote (en, quotes, 2, "Justice has been served in this case,", "Nealy Cox");
  assert_quote (en, quotes, 3, "the code was never told to do that.", "Dylan Nelson");
  /* A speech verb far in a long phrase, without the comma that would close
   * an apposition before it: not an attribution. */
  assert_quote (en, quotes, 4, "Tariffs are a tax on our own buyers,", NULL);
  g_clear_pointer (&quotes, g_ptr_array_unref);

  g_ptr_array_set_size (entities, 0);
  add_entity (entities, fr, LECTERN_ENTITY_PERSON, "Neil Gaiman", NULL);
  quotes = find (fr, entities);
  g_assert_cmpuint (quotes->len, ==, 2);
  assert_quote (fr, quotes, 0, "Il aurait pu être célèbre", "Neil Gaiman");
  assert_quote (fr, quotes, 1, "Mais il ne le voulait pas.", "Neil Gaiman");
}

/* Precision of pronouns: the object of a speech verb ("accused him") is
 * not its source, an agent behind a title ("owned by talent manager X") is
 * no subject, and the last name of a sentence only stands for a pronoun
 * of the gender known for it. */
static void
test_pronoun_precision (void)
{
  const char *en = "Her albums were sold to a firm owned by talent manager Scott Brown.\n\n"
                   "In a post she called it the \"worst case scenario\" and accused him of "
                   "\"years of bullying\".";
  const char *fr = "Le contrat a été signé par Paul Martin.\n\n"
                   "« C'est une erreur », a-t-elle dit.\n\n"
                   "Le texte a été rédigé par M. Roux. « C'est une victoire », a-t-il dit.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Scott Brown", NULL);
  quotes = find (en, entities);
  g_assert_cmpuint (quotes->len, ==, 2);
  assert_quote (en, quotes, 0, "worst case scenario", NULL);
  assert_quote (en, quotes, 1, "years of bullying", NULL);
  g_clear_pointer (&quotes, g_ptr_array_unref);

  g_ptr_array_set_size (entities, 0);
  add_entity (entities, fr, LECTERN_ENTITY_PERSON, "Paul Martin", NULL);
  add_entity (entities, fr, LECTERN_ENTITY_PERSON, "Luc Roux", "Roux", NULL);
  quotes = find (fr, entities);
  g_assert_cmpuint (quotes->len, ==, 2);
  /* Paul is a man's name. */
  assert_quote (fr, quotes, 0, "C'est une erreur", NULL);
  /* The agent of the sentence before, known to be a man ("M."). */
  assert_quote (fr, quotes, 1, "C'est une victoire", "Luc Roux");
}

/* The sentence before a quotation names its source in an incise or
 * after a title with a capital ("Secretary of State X said"); an
 * attribution that names nobody the story knows keeps the sentence before
 * from naming someone. */
static void
test_sentence_before (void)
{
  const char *en = "Secretary of State Mike Pompeo said the release \u201Cgives us hope for "
                   "peace, which we stand ready to support.\n\n"
                   "\u201CWe see hopeful signs.\u201D\n\n"
                   "The cell, Herbert said, is always sensing the body. \u201COnce those products "
                   "go wrong, the cells react.\u201D\n\n"
                   "The ad prompted Twitter users to argue that it failed. \u201CIf we were any "
                   "higher, we would be North Dakota,\u201D one user quipped.";
  const char *fr = "La cellule, explique Will Herbert, détecte les produits du corps. « Quand "
                   "ces produits se dérèglent, elle le reconnaît. »";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;
  const LecternQuote *quote;

  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Mike Pompeo", NULL);
  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Will Herbert", "Herbert", NULL);
  add_entity (entities, en, LECTERN_ENTITY_ORGANIZATION, "Twitter", NULL);
  quotes = find (en, entities);
  g_assert_cmpuint (quotes->len, ==, 4);
  assert_quote (en, quotes, 0, "gives us hope for peace, which we stand ready to support.",
                "Mike Pompeo");
  assert_quote (en, quotes, 1, "We see hopeful signs.", "Mike Pompeo");
  assert_quote (en, quotes, 2, "Once those products go wrong, the cells react.", "Will Herbert");
  assert_quote (en, quotes, 3, "If we were any higher, we would be North Dakota,", NULL);
  quote = g_ptr_array_index (quotes, 3);
  g_assert_cmpstr (quote->speaker_text, ==, "one user");
  g_clear_pointer (&quotes, g_ptr_array_unref);

  g_ptr_array_set_size (entities, 0);
  add_entity (entities, fr, LECTERN_ENTITY_PERSON, "Will Herbert", NULL);
  quotes = find (fr, entities);
  g_assert_cmpuint (quotes->len, ==, 1);
  assert_quote (fr, quotes, 0, "Quand ces produits se dérèglent, elle le reconnaît.",
                "Will Herbert");
}

/* French impersonal attributions that name the source after the verb:
 * "peut-on lire dans le communiqué de X", "lit-on", "indique-t-on chez X". */
static void
test_impersonal (void)
{
  const char *text = "« Le chantier reprendra en mars », peut-on lire dans le communiqué de "
                     "Vinci. « Aucune usine ne fermera », indique-t-on chez Renault. « Les "
                     "délais seront tenus », lit-on dans un communiqué de Vinci. « Rien ne "
                     "presse », dit-on à Paris, loin de Renault. Du côté de Vinci, on assure "
                     "que « rien n'est décidé ». Chez Renault, on estime que « tout est "
                     "possible ».";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, text, LECTERN_ENTITY_ORGANIZATION, "Vinci", NULL);
  add_entity (entities, text, LECTERN_ENTITY_ORGANIZATION, "Renault", NULL);
  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 6);
  assert_quote (text, quotes, 0, "Le chantier reprendra en mars", "Vinci");
  assert_quote (text, quotes, 1, "Aucune usine ne fermera", "Renault");
  assert_quote (text, quotes, 2, "Les délais seront tenus", "Vinci");
  assert_quote (text, quotes, 3, "Rien ne presse", NULL);
  assert_quote (text, quotes, 4, "rien n'est décidé", "Vinci");
  assert_quote (text, quotes, 5, "tout est possible", "Renault");
  g_clear_pointer (&quotes, g_ptr_array_unref);

  /* "Et d'ajouter : «…»": the infinitive of narration goes on with the
   * speaker before. */
  {
    const char *more = "« Rien n'est décidé », tempère Anne Morel. Et d'ajouter : « Nous verrons "
                       "bien en mars prochain. »";

    g_ptr_array_set_size (entities, 0);
    add_entity (entities, more, LECTERN_ENTITY_PERSON, "Anne Morel", NULL);
    quotes = find (more, entities);
    g_assert_cmpuint (quotes->len, ==, 2);
    assert_quote (more, quotes, 0, "Rien n'est décidé", "Anne Morel");
    assert_quote (more, quotes, 1, "Nous verrons bien en mars prochain.", "Anne Morel");
  }
}

/* Names, titles, nicknames and scare quotes are not quotations. */
static void
test_not_quotes (void)
{
  const char *text = "Il écrit pour « Le Monde » et utilise \"ChatGPT\" chaque jour. "
                     "Le film « La Longue Nuit » sort mercredi. Le quartier baptisé « petit "
                     "Paris » change. The so-called \"reform\" failed. The \"experts\" "
                     "disagreed again. Her essay titled \"Why the River Rises\" sold well. "
                     "He joined the \u2018clean streets\u2019 campaign. "
                     "\"Will the mayor resign\" is the question now. "
                     "The students\u2019 union met in the mayor\u2019s office.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  quotes = find (text, entities);
  for (guint i = 0; i < quotes->len; i++)
    {
      g_autofree char *got = quote_text (text, quotes, i);

      g_test_message ("not a quotation: %s", got);
    }
  g_assert_cmpuint (quotes->len, ==, 0);
}

/* ‘ ’ „ “ ‹ › as marks; ’ between letters is an apostrophe. */
static void
test_marks (void)
{
  const char *text = "She called it \u2018a turning point for the city\u2019, and the "
                     "mayor\u2019s office agreed. Il a dit \u201Enous verrons bien demain\u201C "
                     "hier. Il a répondu \u2039 pas question de céder \u203A. "
                     "Paul Martin a déclaré : « Il a crié “au secours” puis il est parti ».";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Paul Martin", NULL);
  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 4);
  assert_quote (text, quotes, 0, "a turning point for the city", NULL);
  assert_quote (text, quotes, 1, "nous verrons bien demain", NULL);
  assert_quote (text, quotes, 2, "pas question de céder", NULL);
  /* Nested marks belong to the outer quotation. */
  assert_quote (text, quotes, 3, "Il a crié “au secours” puis il est parti", "Paul Martin");
}

/* Precision: an entity that is the object of a preposition is not the
 * speaker, and an unresolved pronoun names nobody. */
static void
test_precision (void)
{
  const char *text = "Le journal a écrit à Paul Martin : « rien ne va plus dans ce dossier ». "
                     "« Nous verrons demain ce qu'il faut faire », a-t-il répondu.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Paul Martin", NULL);
  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 2);
  assert_quote (text, quotes, 0, "rien ne va plus dans ce dossier", NULL);
}

/* A closing mark without its opening one, followed by an attribution. */
static void
test_unbalanced (void)
{
  const char *text = "Elle a quitté l'entreprise. Pourtant, elle va rejoindre un concurrent "
                     "pour diriger la recherche\", affirme Marc Petit, son nouveau patron. "
                     "« Une phrase commencée et jamais fermée. Et une autre. "
                     "A line that ends \" with one straight mark.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Marc Petit", NULL);
  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 1);
  assert_quote (text, quotes, 0, "Pourtant, elle va rejoindre un concurrent pour diriger "
                "la recherche", "Marc Petit");
}

/* Offsets are code points: accents and characters outside the BMP before
 * a quotation. */
static void
test_offsets (void)
{
  const char *text = "Été 🌍 déjà : « ça marche bien ici », a déclaré Zoé Noël.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;
  const LecternQuote *quote;

  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Zoé Noël", NULL);
  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 1);
  quote = g_ptr_array_index (quotes, 0);
  g_assert_cmpint (quote->start, ==, 15);
  g_assert_cmpint (quote->end, ==, 33);
  g_assert_cmpstr (quote->speaker, ==, "Zoé Noël");
  g_assert_cmpint (quote->speaker_start, ==, 47);
  g_assert_cmpint (quote->speaker_end, ==, 55);
}

static void
test_hostile (void)
{
  gsize size = 1024 * 1024;
  g_autoptr(GString) line = g_string_sized_new (size + 16);
  g_autoptr(GPtrArray) quotes = NULL;
  g_autoptr(GPtrArray) entities = no_entities ();

  /* One « and no », on a single 1 MB line. */
  g_string_append (line, "Il a dit « ");
  while (line->len < size)
    g_string_append (line, "encore des mots sans fin, ");
  quotes = find (line->str, entities);
  g_assert_cmpuint (quotes->len, ==, 0);
  g_clear_pointer (&quotes, g_ptr_array_unref);

  /* 1 MB of marks of every kind. */
  g_string_truncate (line, 0);
  while (line->len < size)
    g_string_append (line, "«\"“‘„‹»\"”’“›\n« »");
  quotes = find (line->str, entities);
  g_clear_pointer (&quotes, g_ptr_array_unref);

  /* Deep nesting, then an empty text. */
  g_string_truncate (line, 0);
  for (int i = 0; i < 10000; i++)
    g_string_append (line, "« a ");
  for (int i = 0; i < 10000; i++)
    g_string_append (line, " b »");
  quotes = find (line->str, entities);
  g_assert_cmpuint (quotes->len, <=, 1);
  g_clear_pointer (&quotes, g_ptr_array_unref);

  quotes = find ("", NULL);
  g_assert_cmpuint (quotes->len, ==, 0);
}

/* Names the extractor missed: the attribution's proper name is the
 * speaker, or the one longer name of the story that ends with it; not a
 * description, a word capitalized because it opens the sentence, a place,
 * two people of the same name, or a name cut at an initial. */
static void
test_missed_names (void)
{
  const char *fr = "Kito de Pavant a abandonné la course dimanche.\n\n"
                   "De Pavant a indiqué par téléphone : « Le système de détection marche bien. »\n\n"
                   "« Nous repartirons l'an prochain », a assuré Yann Eliès.\n\n"
                   "« Tout ira bien », a annoncé Lyon.\n\n"
                   "Le porte-parole a dit : « Nous attendons la décision du juge. »";
  const char *en = "The union met on Monday. Its leader is called Okonkwo.\n\n"
                   "\"We will appeal the ruling,\" Okonkwo said.\n\n"
                   "\"We will appeal the ruling,\" Water said.\n\n"
                   "Anne Marsh and Paul Marsh met on Monday. \"It is over,\" Marsh said.\n\n"
                   "Officials were not reached. Officials said: \"We are leaving the town now.\"\n\n"
                   "\"Justice has been served,\" said U.S. Attorney Nealy Cox.\n\n"
                   "\"We will not comment,\" the police said.\n\n"
                   "The residents were angry. \"Are we leaving now?\" Residents asked.\n\n"
                   "\"Are we leaving now?\" Okonkwo asked.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, fr, LECTERN_ENTITY_LOCATION, "Lyon", NULL);
  quotes = find (fr, entities);
  g_assert_cmpuint (quotes->len, ==, 4);
  assert_quote (fr, quotes, 0, "Le système de détection marche bien.", "Kito de Pavant");
  assert_quote (fr, quotes, 1, "Nous repartirons l'an prochain", "Yann Eliès");
  assert_quote (fr, quotes, 2, "Tout ira bien", NULL);
  assert_quote (fr, quotes, 3, "Nous attendons la décision du juge.", NULL);
  g_clear_pointer (&quotes, g_ptr_array_unref);

  quotes = find (en, NULL);
  g_assert_cmpuint (quotes->len, ==, 8);
  assert_quote (en, quotes, 0, "We will appeal the ruling,", "Okonkwo");
  /* One word met once: a typo, maybe, or anything. */
  assert_quote (en, quotes, 1, "We will appeal the ruling,", NULL);
  assert_quote (en, quotes, 2, "It is over,", NULL);
  assert_quote (en, quotes, 3, "We are leaving the town now.", NULL);
  assert_quote (en, quotes, 4, "Justice has been served,", NULL);
  assert_quote (en, quotes, 5, "We will not comment,", NULL);
  g_assert_cmpstr (((LecternQuote *) g_ptr_array_index (quotes, 5))->speaker_text, ==, "the police");
  assert_quote (en, quotes, 6, "Are we leaving now?", NULL);
  g_assert_cmpstr (((LecternQuote *) g_ptr_array_index (quotes, 6))->speaker_text, ==, "Residents");
  assert_quote (en, quotes, 7, "Are we leaving now?", "Okonkwo");
}

/* A name, a comma and a long apposition before the verb: the name speaks,
 * not the organizations inside the apposition, also after a short title. */
static void
test_apposition_after (void)
{
  const char *en = "\"We need more capacity,\" Steve Clarke, deputy administrator for "
                   "exploration in NASA’s science directorate and a former engineer at "
                   "Boeing, said.\n\n"
                   "\"The plumes are real,\" study lead author Lucas Paganini, a scientist at "
                   "Goddard Space Flight Center in Greenbelt, Maryland, and American University "
                   "in Washington, said in a statement.";
  const char *fr = "« Nous avons besoin de capacité », Claire Roux, directrice de la recherche "
                   "à l’Agence spatiale européenne et au CNES, a déclaré mardi.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Steve Clarke", NULL);
  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Lucas Paganini", NULL);
  add_entity (entities, en, LECTERN_ENTITY_ORGANIZATION, "NASA", NULL);
  add_entity (entities, en, LECTERN_ENTITY_ORGANIZATION, "Boeing", NULL);
  add_entity (entities, en, LECTERN_ENTITY_ORGANIZATION, "American University", NULL);
  quotes = find (en, entities);
  g_assert_cmpuint (quotes->len, ==, 2);
  assert_quote (en, quotes, 0, "We need more capacity,", "Steve Clarke");
  assert_quote (en, quotes, 1, "The plumes are real,", "Lucas Paganini");
  g_clear_pointer (&quotes, g_ptr_array_unref);

  g_ptr_array_set_size (entities, 0);
  add_entity (entities, fr, LECTERN_ENTITY_PERSON, "Claire Roux", NULL);
  add_entity (entities, fr, LECTERN_ENTITY_ORGANIZATION, "Agence spatiale européenne", NULL);
  add_entity (entities, fr, LECTERN_ENTITY_ORGANIZATION, "CNES", NULL);
  quotes = find (fr, entities);
  g_assert_cmpuint (quotes->len, ==, 1);
  assert_quote (fr, quotes, 0, "Nous avons besoin de capacité", "Claire Roux");
}

/* A quotation joined to the one before by "and that", "et qu'", in one
 * sentence, has its source; and more speech verbs ("begged", "a condamné"). */
static void
test_conjunction (void)
{
  const char *en = "The agency says that the border \"remains the main entry point\" and that "
                   "\"the flow keeps growing\". The border \"is long and very hard to watch\" and \"it is hot in the summer\".\n\n"
                   "Tim Morrison testified on Tuesday. He begged lawmakers \"not to lose sight of\" "
                   "the war.";
  const char *fr = "Le syndicat estime que la réforme « va trop loin » et que « sa réforme sera "
                   "retirée ».\n\n"
                   "Claire Roux a condamné « une provocation inacceptable » lundi.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, en, LECTERN_ENTITY_ORGANIZATION, "The agency", NULL);
  add_entity (entities, en, LECTERN_ENTITY_PERSON, "Tim Morrison", NULL);
  quotes = find (en, entities);
  g_assert_cmpuint (quotes->len, ==, 5);
  assert_quote (en, quotes, 0, "remains the main entry point", "The agency");
  assert_quote (en, quotes, 1, "the flow keeps growing", "The agency");
  /* No source before: a conjunction gives none. */
  assert_quote (en, quotes, 2, "is long and very hard to watch", NULL);
  assert_quote (en, quotes, 3, "it is hot in the summer", NULL);
  assert_quote (en, quotes, 4, "not to lose sight of", "Tim Morrison");
  g_clear_pointer (&quotes, g_ptr_array_unref);

  g_ptr_array_set_size (entities, 0);
  add_entity (entities, fr, LECTERN_ENTITY_ORGANIZATION, "Le syndicat", NULL);
  add_entity (entities, fr, LECTERN_ENTITY_PERSON, "Claire Roux", NULL);
  quotes = find (fr, entities);
  g_assert_cmpuint (quotes->len, ==, 3);
  assert_quote (fr, quotes, 0, "va trop loin", "Le syndicat");
  assert_quote (fr, quotes, 1, "sa réforme sera retirée", "Le syndicat");
  assert_quote (fr, quotes, 2, "une provocation inacceptable", "Claire Roux");
}

/* A state body named by its country is an organization ("the Chinese
 * government", "le gouvernement chinois"), not the company named before;
 * words shown under a noun that announces them ("the word", "le slogan")
 * are from the named subject of their sentence. */
static void
test_state_bodies (void)
{
  const char *en = "Huawei sells phones in Europe. \"We will respond to these sanctions,\" the "
                   "Chinese government said on Monday.\n\n"
                   "The Cuban government has erected billboards featuring the word \"fascists\" "
                   "and a swastika, covered with the text \"Made in USA\".\n\n"
                   "Police found a note. The note carried the words \"I am sorry for everything\".";
  const char *fr = "Huawei vend des téléphones. « Nous répondrons à ces sanctions », a déclaré le "
                   "gouvernement chinois lundi.\n\n"
                   "« Nous tiendrons parole », a déclaré le gouvernement précédent.\n\n"
                   "La CGT a déployé devant l'usine une banderole avec le slogan « Pas touche à nos "
                   "emplois ».";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;

  add_entity (entities, en, LECTERN_ENTITY_ORGANIZATION, "Huawei", NULL);
  quotes = find (en, entities);
  g_assert_cmpuint (quotes->len, ==, 4);
  assert_quote (en, quotes, 0, "We will respond to these sanctions,", "Chinese government");
  assert_quote (en, quotes, 1, "fascists", "Cuban government");
  assert_quote (en, quotes, 2, "Made in USA", "Cuban government");
  assert_quote (en, quotes, 3, "I am sorry for everything", NULL);
  g_clear_pointer (&quotes, g_ptr_array_unref);

  g_ptr_array_set_size (entities, 0);
  add_entity (entities, fr, LECTERN_ENTITY_ORGANIZATION, "Huawei", NULL);
  add_entity (entities, fr, LECTERN_ENTITY_ORGANIZATION, "CGT", NULL);
  quotes = find (fr, entities);
  g_assert_cmpuint (quotes->len, ==, 3);
  assert_quote (fr, quotes, 0, "Nous répondrons à ces sanctions", "gouvernement chinois");
  /* "précédent" is no nationality. */
  assert_quote (fr, quotes, 1, "Nous tiendrons parole", NULL);
  assert_quote (fr, quotes, 2, "Pas touche à nos emplois", "CGT");
}

/* `unit` repeated past 4 million characters (a book, read in windows)
 * gives the quotations of `unit` alone, repeated: none lost or doubled
 * where the windows meet, each with its speaker. */
static void
check_long_story (const char *unit,
                  guint       n_expected,
                  ...)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) unit_entities = no_entities ();
  g_autoptr(GPtrArray) one = NULL;
  g_autoptr(GPtrArray) all = NULL;
  glong unit_chars = g_utf8_strlen (unit, -1);
  const char *names[4] = { NULL };
  guint n_names = 0;
  guint reps = 0;
  va_list args;

  va_start (args, n_expected);
  for (const char *name = va_arg (args, const char *); name != NULL && n_names < 4;
       name = va_arg (args, const char *))
    names[n_names++] = name;
  va_end (args);

  while (g_utf8_strlen (text->str, text->len) <= 4200000)
    for (guint i = 0; i < 1000; i++, reps++)
      g_string_append (text, unit);
  for (guint i = 0; i < n_names; i++)
    {
      LecternEntity *entity = lectern_entity_new (names[i], LECTERN_ENTITY_PERSON);

      /* The mentions of the unit, repeated (add_entity() would count
       * code points from the start for each one). */
      add_entity (unit_entities, unit, LECTERN_ENTITY_PERSON, names[i], NULL);
      for (guint r = 0; r < reps; r++)
        {
          const LecternEntity *in_unit = g_ptr_array_index (unit_entities, i);

          for (guint m = 0; m < in_unit->mentions->len; m++)
            {
              const LecternSpan *span = &g_array_index (in_unit->mentions, LecternSpan, m);

              lectern_entity_add_mention (entity, span->start + (gint64) r * unit_chars,
                                          span->end + (gint64) r * unit_chars);
            }
        }
      lectern_entity_add_form (entity, names[i]);
      g_ptr_array_add (entities, entity);
    }

  one = find (unit, unit_entities);
  g_assert_cmpuint (one->len, ==, n_expected);
  all = lectern_quotes_find (text->str, entities);
  g_assert_cmpuint (all->len, ==, reps * one->len);
  for (guint i = 0; i < all->len; i++)
    {
      const LecternQuote *got = g_ptr_array_index (all, i);
      const LecternQuote *want = g_ptr_array_index (one, i % one->len);
      gint64 shift = (gint64) (i / one->len) * unit_chars;

      g_assert_cmpint (got->start, ==, want->start + shift);
      g_assert_cmpint (got->end, ==, want->end + shift);
      g_assert_cmpstr (got->speaker, ==, want->speaker);
      g_assert_cmpint (got->speaker_start, ==, want->speaker_start < 0 ? -1 : want->speaker_start + shift);
      g_assert_cmpstr (got->speaker_text, ==, want->speaker_text);
    }
}

/* A cancelled search stops and returns nothing. */
static void
test_cancel (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GPtrArray) quotes = NULL;
  const char *text = "« Tout va bien », a dit Zoé Noël.\n";

  quotes = lectern_quotes_find_cancellable (text, NULL, cancellable);
  g_assert_nonnull (quotes);
  g_assert_cmpuint (quotes->len, ==, 1);
  g_cancellable_cancel (cancellable);
  g_assert_null (lectern_quotes_find_cancellable (text, NULL, cancellable));
}

static void
test_long_story (void)
{
  /* Paragraphs: windows end at a paragraph break. */
  check_long_story ("Claire Fontaine a déclaré : « Nous tiendrons nos engagements ». "
                    "Selon Marc Roux, « la réforme est nécessaire et urgente ».\n\n",
                    2, "Claire Fontaine", "Marc Roux", NULL);
  /* One line: windows end after a sentence. */
  check_long_story ("\"We will not close the plant,\" said John Smith. According to "
                    "Mary Jones, \"the union will fight for every job\". ",
                    2, "John Smith", "Mary Jones", NULL);

  /* No space at all: windows end anywhere, and quotations stay in order,
   * inside the text, without overlap. */
  {
    g_autoptr(GString) text = g_string_new (NULL);
    g_autoptr(GPtrArray) quotes = NULL;
    glong n;

    while (text->len < 4300000)
      g_string_append (text, "«abc»“déf”\"ghi\"«");
    n = g_utf8_strlen (text->str, -1);
    quotes = lectern_quotes_find (text->str, NULL);
    for (guint i = 0; i < quotes->len; i++)
      {
        const LecternQuote *quote = g_ptr_array_index (quotes, i);

        g_assert_cmpint (0, <=, quote->start);
        g_assert_cmpint (quote->start, <, quote->end);
        g_assert_cmpint (quote->end, <=, n);
        if (i > 0)
          g_assert_cmpint (((LecternQuote *) g_ptr_array_index (quotes, i - 1))->end, <=, quote->start);
      }
  }
}

static void
test_json (void)
{
  const char *text = "« Tout va bien », a dit Perceval \"Perry\" Christie.\n";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;
  g_autoptr(LecternJsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *json = NULL;
  LecternJsonNode *first;
  gint64 start;

  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Perceval \"Perry\" Christie", NULL);
  quotes = find (text, entities);
  json = lectern_quotes_to_json (quotes);
  root = lectern_json_parse (json, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (lectern_json_array_length (lectern_json_object_get (root, "quotes")), ==, 1);
  first = lectern_json_array_get (lectern_json_object_get (root, "quotes"), 0);
  g_assert_true (lectern_json_object_get_int (first, "start", &start));
  g_assert_cmpint (start, ==, 2);
  g_assert_cmpstr (lectern_json_object_get_string (first, "speaker"), ==,
                   "Perceval \"Perry\" Christie");
}

/* Corrections apply to the quote of the same span, or one that overlaps
 * it by 80 %; a speaker for a span with no quote adds one. */
static void
test_apply_corrections (void)
{
  const char *text = "« Nous partirons demain », a dit Luc Roy. « Rien ne change », dit Anna "
                     "Weber. La ville attend des réponses claires.";
  g_autoptr(GPtrArray) entities = no_entities ();
  g_autoptr(GPtrArray) quotes = NULL;
  g_autoptr(GPtrArray) corrections =
    g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_quote_correction_free);
  const LecternQuote *quote;

  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Luc Roy", NULL);
  add_entity (entities, text, LECTERN_ENTITY_PERSON, "Anna Weber", NULL);
  quotes = find (text, entities);
  g_assert_cmpuint (quotes->len, ==, 2);

  /* A span a little longer than the quote still finds it. */
  g_ptr_array_add (corrections, lectern_quote_correction_new (LECTERN_QUOTE_CORRECTION_SPEAKER,
                                                              2, 25, "Luc Roy-Martin"));
  g_ptr_array_add (corrections, lectern_quote_correction_new (LECTERN_QUOTE_CORRECTION_NOT_QUOTE,
                                                              45, 59, NULL));
  /* "La ville attend des réponses claires" */
  g_ptr_array_add (corrections, lectern_quote_correction_new (LECTERN_QUOTE_CORRECTION_SPEAKER,
                                                              78, 114, ""));
  /* Outside the text: ignored. */
  g_ptr_array_add (corrections, lectern_quote_correction_new (LECTERN_QUOTE_CORRECTION_NOT_QUOTE,
                                                              500, 510, NULL));
  lectern_quotes_apply_corrections (quotes, text, corrections);

  g_assert_cmpuint (quotes->len, ==, 2);
  assert_quote (text, quotes, 0, "Nous partirons demain", "Luc Roy-Martin");
  quote = g_ptr_array_index (quotes, 1);
  assert_quote (text, quotes, 1, "La ville attend des réponses claires", NULL);
  g_assert_null (quote->speaker_text);
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      g_unlink (child);
    }
  g_rmdir (path);
}

/* The speaker of a highlight and the corrections of quotes in a real
 * SQLite file: a library of the version before them is migrated, its
 * highlights get no speaker, and corrections go with their story. */
static void
test_store (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lectern-quotes-XXXXXX", &error);
  g_autofree char *path = g_build_filename (dir, "library.db", NULL);
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(LecternHighlight) old = NULL;
  g_autoptr(LecternHighlight) quote = NULL;
  g_autoptr(LecternHighlight) got = NULL;
  g_autoptr(LecternQuoteCorrection) correction = NULL;
  g_autoptr(GPtrArray) corrections = NULL;
  g_autoptr(GPtrArray) highlights = NULL;
  const LecternQuoteCorrection *c;

  g_assert_no_error (error);

  store = lectern_store_new_with_version (path, LECTERN_STORE_VERSION_QUOTES - 1, &error);
  g_assert_no_error (error);
  story = lectern_story_new ("Grève", "test", "« Nous partirons », a dit Luc Roy.");
  g_assert_cmpint (lectern_store_add_story_sync (store, story, &error), >, 0);
  g_clear_object (&store);
  /* A highlight as the build before wrote it, with no speaker column. */
  {
    sqlite3 *db = NULL;

    g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_exec (db, "INSERT INTO highlights (id, story_id, start_pos, end_pos,"
                                   " quote, created_at, updated_at, uuid) VALUES (1, 1, 2, 16,"
                                   " 'Nous partirons', 0, 0, 'a-b-c')", NULL, NULL, NULL),
                     ==, SQLITE_OK);
    sqlite3_close (db);
  }
  old = lectern_highlight_new_for_range (story, 2, 16, "yellow", "");
  old->id = 1;

  store = lectern_store_new (path, &error);
  g_assert_no_error (error);
  got = lectern_store_get_highlight_sync (store, old->id, &error);
  g_assert_no_error (error);
  g_assert_null (got->speaker);
  g_clear_pointer (&got, lectern_highlight_free);

  quote = lectern_highlight_new_for_range (story, 2, 16, "yellow", "");
  quote->speaker = g_strdup ("Luc Roy");
  g_assert_cmpint (lectern_store_add_highlight_sync (store, quote, &error), >, 0);
  got = lectern_store_get_highlight_sync (store, quote->id, &error);
  g_assert_cmpstr (got->speaker, ==, "Luc Roy");
  g_clear_pointer (&got, lectern_highlight_free);
  g_assert_true (lectern_store_set_highlight_speaker_sync (store, old->id, "Anna Weber", &error));
  highlights = lectern_store_list_highlights_sync (store, story->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (highlights->len, ==, 2);
  g_assert_cmpstr (((LecternHighlight *) g_ptr_array_index (highlights, 0))->speaker, ==,
                   "Anna Weber");
  /* Undo of a delete puts the speaker back too. */
  g_assert_true (lectern_store_delete_highlight_sync (store, quote->id, &error));
  g_assert_true (lectern_store_restore_highlight_sync (store, quote, &error));
  got = lectern_store_get_highlight_sync (store, quote->id, &error);
  g_assert_cmpstr (got->speaker, ==, "Luc Roy");
  g_assert_false (lectern_store_set_highlight_speaker_sync (store, 999, "X", &error));
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  correction = lectern_quote_correction_new (LECTERN_QUOTE_CORRECTION_SPEAKER, 2, 16, "Luc");
  g_assert_cmpint (lectern_store_add_quote_correction_sync (store, story->id, correction, &error),
                   >, 0);
  g_clear_pointer (&correction, lectern_quote_correction_free);
  correction = lectern_quote_correction_new (LECTERN_QUOTE_CORRECTION_NOT_QUOTE, 2, 16, "ignored");
  g_assert_cmpint (lectern_store_add_quote_correction_sync (store, story->id, correction, &error),
                   >, 0);
  g_assert_cmpint (lectern_store_add_quote_correction_sync (store, 999, correction, &error), ==, 0);
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  corrections = lectern_store_list_quote_corrections_sync (store, story->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (corrections->len, ==, 2);
  c = g_ptr_array_index (corrections, 0);
  g_assert_cmpint (c->kind, ==, LECTERN_QUOTE_CORRECTION_SPEAKER);
  g_assert_cmpstr (c->speaker, ==, "Luc");
  c = g_ptr_array_index (corrections, 1);
  g_assert_cmpint (c->kind, ==, LECTERN_QUOTE_CORRECTION_NOT_QUOTE);
  g_assert_null (c->speaker);
  g_assert_true (lectern_store_undo_quote_correction_sync (store, c->id, &error));
  g_assert_false (lectern_store_undo_quote_correction_sync (store, c->id, &error));
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_clear_pointer (&corrections, g_ptr_array_unref);

  g_assert_true (lectern_store_delete_story_sync (store, story->id, &error));
  corrections = lectern_store_list_quote_corrections_sync (store, story->id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (corrections->len, ==, 0);

  g_clear_object (&store);
  remove_tree (dir);
}

/* A possessive at the very end of the text possesses nothing: the
 * speaker's span must not run past the last token (found by fuzz-quotes). */
static void
test_possessive_at_end (void)
{
  const char *texts[] = {
    "« Nous changeons », dit Luc Matu's",
    "« Nous changeons », dit Luc Matu's ",
    "\xc2\xab\x1fNoou's pa\xc2\xab N!chenge \xc2\xbb, dit Luc Matu's ",
  };

  g_autoptr(GError) error = NULL;
  g_autoptr(LecternExtractor) extractor = lectern_extractor_new (NULL, &error);

  g_assert_no_error (error);
  for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
    {
      g_autoptr(GPtrArray) entities = lectern_extractor_extract (extractor, texts[t], NULL, NULL, NULL, &error);
      g_autoptr(GPtrArray) quotes = NULL;
      glong n_chars = g_utf8_strlen (texts[t], -1);

      g_assert_no_error (error);
      quotes = lectern_quotes_find (texts[t], entities);

      g_assert_cmpuint (quotes->len, >=, 1);
      for (guint i = 0; i < quotes->len; i++)
        {
          LecternQuote *quote = g_ptr_array_index (quotes, i);

          g_assert_cmpint (quote->end, <=, n_chars);
          if (quote->speaker_start >= 0)
            g_assert_cmpint (quote->speaker_end, <=, n_chars);
        }
    }
}

/* "Chez" followed by five words that name nothing opens no
 * organization's source: with no entity in reach the scan must stop
 * (found by fuzz-quotes, which also runs with no entities at all). */
static void
test_chez_without_mention (void)
{
  const char *text = "Chez nos amis de la ville, on dit : « Nous changeons tout ».";
  g_autoptr(GPtrArray) quotes = lectern_quotes_find (text, NULL);
  LecternQuote *quote;

  g_assert_cmpuint (quotes->len, ==, 1);
  quote = g_ptr_array_index (quotes, 0);
  g_assert_cmpint (quote->speaker_start, <, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quotes/french-inverted", test_french_inverted);
  g_test_add_func ("/quotes/english-said", test_english_said);
  g_test_add_func ("/quotes/source-before", test_source_before);
  g_test_add_func ("/quotes/partial", test_partial);
  g_test_add_func ("/quotes/interrupted", test_interrupted);
  g_test_add_func ("/quotes/paragraphs", test_paragraphs);
  g_test_add_func ("/quotes/descriptions", test_descriptions);
  g_test_add_func ("/quotes/continued", test_continued);
  g_test_add_func ("/quotes/description-refers-back", test_description_refers_back);
  g_test_add_func ("/quotes/organization-refers-back", test_organization_refers_back);
  g_test_add_func ("/quotes/more-verbs", test_more_verbs);
  g_test_add_func ("/quotes/pronoun-gender", test_pronoun_gender);
  g_test_add_func ("/quotes/next-paragraph", test_next_paragraph);
  g_test_add_func ("/quotes/possessive", test_possessive);
  g_test_add_func ("/quotes/title-nouns", test_title_nouns);
  g_test_add_func ("/quotes/surname", test_surname);
  g_test_add_func ("/quotes/long-attribution", test_long_attribution);
  g_test_add_func ("/quotes/pronoun-precision", test_pronoun_precision);
  g_test_add_func ("/quotes/sentence-before", test_sentence_before);
  g_test_add_func ("/quotes/impersonal", test_impersonal);
  g_test_add_func ("/quotes/not-quotes", test_not_quotes);
  g_test_add_func ("/quotes/marks", test_marks);
  g_test_add_func ("/quotes/precision", test_precision);
  g_test_add_func ("/quotes/unbalanced", test_unbalanced);
  g_test_add_func ("/quotes/offsets", test_offsets);
  g_test_add_func ("/quotes/hostile", test_hostile);
  g_test_add_func ("/quotes/missed-names", test_missed_names);
  g_test_add_func ("/quotes/apposition-after", test_apposition_after);
  g_test_add_func ("/quotes/conjunction", test_conjunction);
  g_test_add_func ("/quotes/state-bodies", test_state_bodies);
  g_test_add_func ("/quotes/long-story", test_long_story);
  g_test_add_func ("/quotes/cancel", test_cancel);
  g_test_add_func ("/quotes/json", test_json);
  g_test_add_func ("/quotes/apply-corrections", test_apply_corrections);
  g_test_add_func ("/quotes/store", test_store);
  g_test_add_func ("/quotes/possessive-at-end", test_possessive_at_end);
  g_test_add_func ("/quotes/chez-without-mention", test_chez_without_mention);

  return g_test_run ();
}
