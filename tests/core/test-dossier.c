/* test-dossier.c: people and organizations across a real library file
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "core-util.h"

#include <glib/gstdio.h>

#include "lectern-dossier.h"
#include "lectern-indexer.h"
#include "lectern-library-list.h"
#include "lectern-quotes.h"
#include "lectern-search.h"
#include "lectern-store-private.h"

#define VERSION "test-1"

typedef StoreFixture Fixture;

/* A story whose entities are every "[Name]" and "{Org}" of `marked`, so
 * the tests do not depend on the extractor. */
static gint64
add_story (LecternStore *store,
           const char   *title,
           const char   *marked,
           gint64        imported_at)
{
  g_autoptr(GString) text = g_string_new (title);
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id;

  g_string_append (text, "\n\n");
  for (const char *p = marked; *p != '\0';)
    {
      if (*p == '[' || *p == '{')
        {
          char close = *p == '[' ? ']' : '}';
          const char *end = strchr (p, close);
          g_autofree char *name = g_strndup (p + 1, end - p - 1);
          LecternEntityType type = *p == '[' ? LECTERN_ENTITY_PERSON : LECTERN_ENTITY_ORGANIZATION;
          gint64 start = g_utf8_strlen (text->str, -1);
          LecternEntity *entity = NULL;

          for (guint i = 0; i < entities->len; i++)
            if (g_str_equal (((LecternEntity *) entities->pdata[i])->name, name))
              entity = entities->pdata[i];
          if (entity == NULL)
            {
              entity = lectern_entity_new (name, type);
              lectern_entity_add_form (entity, name);
              g_ptr_array_add (entities, entity);
            }
          lectern_entity_add_mention (entity, start, start + g_utf8_strlen (name, -1));
          g_string_append (text, name);
          p = end + 1;
        }
      else
        g_string_append_c (text, *p++);
    }

  story = lectern_story_new (title, "/tmp/story.txt", text->str);
  story->imported_at = imported_at;
  id = lectern_store_add_story_sync (store, story, &error);
  g_assert_no_error (error);
  g_assert_true (lectern_library_put_story_entities_sync (store, id, VERSION, entities, &error));
  g_assert_no_error (error);
  return id;
}

static const LecternLibraryEntity *
find_entity (GPtrArray  *entities,
             const char *name)
{
  for (guint i = 0; i < entities->len; i++)
    if (g_str_equal (((LecternLibraryEntity *) entities->pdata[i])->name, name))
      return entities->pdata[i];

  return NULL;
}

static GPtrArray *
list (LecternStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *entities = lectern_library_list_entities_sync (store, &error);

  g_assert_no_error (error);
  return entities;
}

static void
test_merge (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(GError) error = NULL;
  const LecternLibraryEntity *borne, *onu;

  add_story (fixture->store, "Un", "[Élisabeth Borne] a parlé à l'{Organisation des Nations unies}.", 100);
  add_story (fixture->store, "Deux", "Selon [Borne], l'{ONU} doit agir.", 200);
  add_story (fixture->store, "Trois", "[ELISABETH BORNE] et [Philippe Martinez].", 300);
  add_story (fixture->store, "Quatre", "[Martinez] seul, puis [Jean Dupont] et [Dupont].", 400);

  entities = list (fixture->store);
  /* Accents and case aside, a surname joins its full name, an acronym its
   * organization. */
  borne = find_entity (entities, "Élisabeth Borne");
  g_assert_nonnull (borne);
  g_assert_cmpint (borne->type, ==, LECTERN_ENTITY_PERSON);
  g_assert_cmpuint (borne->n_stories, ==, 3);
  g_assert_cmpuint (borne->n_mentions, ==, 3);
  g_assert_null (find_entity (entities, "Borne"));
  g_assert_null (find_entity (entities, "ELISABETH BORNE"));
  onu = find_entity (entities, "Organisation des Nations unies");
  g_assert_nonnull (onu);
  g_assert_cmpuint (onu->n_stories, ==, 2);
  g_assert_cmpuint (find_entity (entities, "Philippe Martinez")->n_stories, ==, 2);
  g_assert_cmpuint (find_entity (entities, "Jean Dupont")->n_stories, ==, 1);
  /* Most stories first. */
  g_assert_true (entities->pdata[0] == borne);

  /* The user splits the surname off; and undoes that. */
  g_assert_true (lectern_library_set_split_sync (fixture->store, "Borne", TRUE, &error));
  g_assert_no_error (error);
  g_clear_pointer (&entities, g_ptr_array_unref);
  entities = list (fixture->store);
  g_assert_cmpuint (find_entity (entities, "Élisabeth Borne")->n_stories, ==, 2);
  g_assert_cmpuint (find_entity (entities, "Borne")->n_stories, ==, 1);
  g_assert_true (lectern_library_set_split_sync (fixture->store, "Borne", FALSE, &error));
  g_clear_pointer (&entities, g_ptr_array_unref);
  entities = list (fixture->store);
  g_assert_null (find_entity (entities, "Borne"));
  g_assert_false (lectern_library_set_split_sync (fixture->store, "Élisabeth Borne", TRUE, &error));
  g_assert_error (error, LECTERN_DOSSIER_ERROR, LECTERN_DOSSIER_ERROR_NOT_FOUND);
}

static void
test_ambiguous (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GPtrArray) entities = NULL;
  g_autoptr(LecternEntityPage) page = NULL;
  g_autoptr(GError) error = NULL;

  add_story (fixture->store, "Un", "[Jean Martin] est venu.", 100);
  add_story (fixture->store, "Deux", "[Paul Martin] est parti.", 200);
  add_story (fixture->store, "Trois", "[Martin] a ri.", 300);

  /* Two full names end in Martin: the surname alone stays its own entry. */
  entities = list (fixture->store);
  g_assert_cmpuint (find_entity (entities, "Martin")->n_stories, ==, 1);
  g_assert_cmpuint (find_entity (entities, "Jean Martin")->n_stories, ==, 1);
  page = lectern_library_get_entity_sync (fixture->store, "martin", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (page->entity->name, ==, "Martin");
  g_assert_cmpuint (page->stories->len, ==, 1);
  g_clear_pointer (&page, lectern_entity_page_free);

  page = lectern_library_get_entity_sync (fixture->store, "Pierre Personne", &error);
  g_assert_null (page);
  g_assert_error (error, LECTERN_DOSSIER_ERROR, LECTERN_DOSSIER_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Without the lone "Martin", the surname could be either. */
  g_assert_true (lectern_store_delete_story_sync (fixture->store, 3, &error));
  page = lectern_library_get_entity_sync (fixture->store, "Martin", &error);
  g_assert_null (page);
  g_assert_error (error, LECTERN_DOSSIER_ERROR, LECTERN_DOSSIER_ERROR_AMBIGUOUS);
  g_assert_nonnull (strstr (error->message, "jean martin"));
}

static LecternHighlight *
add_highlight (LecternStore *store,
               gint64        story_id,
               const char   *quote,
               const char   *note)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = lectern_store_get_story_sync (store, story_id, &error);
  const char *found = strstr (story->text, quote);
  gint64 start;
  LecternHighlight *highlight;

  g_assert_nonnull (found);
  start = g_utf8_pointer_to_offset (story->text, found);
  highlight = lectern_highlight_new_for_range (story, start, start + g_utf8_strlen (quote, -1),
                                               "green", note);
  g_assert_cmpint (lectern_store_add_highlight_sync (store, highlight, &error), >, 0);
  return highlight;
}

static void
test_page (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(LecternEntityPage) page = NULL;
  g_autoptr(LecternHighlight) near = NULL;
  g_autoptr(LecternHighlight) far = NULL;
  g_autoptr(LecternHighlight) far_naming = NULL;
  g_autoptr(LecternHighlight) naming = NULL;
  g_autoptr(LecternCorrection) correction = NULL;
  g_autoptr(GString) filler = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *marked = NULL;
  gint64 one, two, three;

  for (int i = 0; i < 30; i++)
    g_string_append (filler, "Une phrase sans personne dedans. ");
  marked = g_strdup_printf ("[Élisabeth Borne] a reçu les syndicats. %s Fin du débat sur la dette."
                            " %s Le vote aura lieu en mars.", filler->str, filler->str);
  one = add_story (fixture->store, "Matignon", marked, 1000);
  two = add_story (fixture->store, "Retraites", "Mme [Borne] a défendu le texte.", 3000);
  three = add_story (fixture->store, "Ailleurs", "Rien sur elle, mais [Jean Dupont] parle.", 2000);

  near = add_highlight (fixture->store, one, "a reçu les syndicats", "Premier contact");
  far = add_highlight (fixture->store, one, "Fin du débat sur la dette", "");
  far_naming = add_highlight (fixture->store, one, "Le vote aura lieu en mars",
                              "Que votera le camp d’Élisabeth Borne ?");
  naming = add_highlight (fixture->store, three, "Rien sur elle", "Pas de Borne ici");
  g_assert_true (lectern_store_set_story_note_sync (fixture->store, two,
                                                    "Interroger Borne sur le calendrier", &error));
  g_assert_true (lectern_store_set_story_note_sync (fixture->store, one, "Rien à dire", &error));
  correction = lectern_correction_new_rename ("Borne", "Élisabeth Borne");
  g_assert_cmpint (lectern_store_add_correction_sync (fixture->store, two, correction, &error), >, 0);
  g_assert_no_error (error);

  page = lectern_library_get_entity_sync (fixture->store, "elisabeth borne", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (page->entity->name, ==, "Élisabeth Borne");
  g_assert_cmpuint (page->entity->n_stories, ==, 2);
  /* Newest first, with counts and dates. */
  g_assert_cmpuint (page->stories->len, ==, 2);
  g_assert_cmpint (((LecternEntityStory *) page->stories->pdata[0])->story_id, ==, two);
  g_assert_cmpint (((LecternEntityStory *) page->stories->pdata[0])->imported_at, ==, 3000);
  g_assert_cmpuint (((LecternEntityStory *) page->stories->pdata[1])->n_mentions, ==, 1);
  /* The highlight next to a mention and the one whose note names her, not
   * the one far from any mention, nor one in a story that does not name
   * her. */
  g_assert_cmpuint (page->highlights->len, ==, 2);
  g_assert_cmpint (((LecternHighlight *) page->highlights->pdata[0])->id, ==, near->id);
  g_assert_cmpstr (((LecternHighlight *) page->highlights->pdata[0])->note, ==, "Premier contact");
  g_assert_cmpint (((LecternHighlight *) page->highlights->pdata[1])->id, ==, far_naming->id);
  /* The note of a story naming her that names her too. */
  g_assert_cmpuint (page->notes->len, ==, 1);
  g_assert_cmpint (((LecternEntityNote *) page->notes->pdata[0])->story_id, ==, two);
  /* Her forms and the user's corrections about them. */
  g_assert_cmpuint (page->forms->len, ==, 2);
  g_assert_cmpstr (page->forms->pdata[0], ==, "Borne");
  g_assert_cmpuint (page->corrections->len, ==, 1);
  g_assert_cmpint (((LecternCorrection *) page->corrections->pdata[0])->kind, ==,
                   LECTERN_CORRECTION_RENAME);

  /* A name the user writes differently finds the same page. */
  g_clear_pointer (&page, lectern_entity_page_free);
  page = lectern_library_get_entity_sync (fixture->store, "BORNE", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (page->entity->name, ==, "Élisabeth Borne");
  (void) far;
}

/* The page gives each story's publication date, as the source gave it. */
static void
test_published (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
  g_autoptr(LecternStory) dated = lectern_story_new ("Dépêche", "/tmp/a.txt",
                                                     "Dépêche\n\nAnnie Ernaux a parlé.\n");
  g_autoptr(LecternEntityPage) page = NULL;
  g_autoptr(GError) error = NULL;
  LecternEntity *entity = lectern_entity_new ("Annie Ernaux", LECTERN_ENTITY_PERSON);
  gint64 dated_id, undated_id;

  lectern_entity_add_form (entity, "Annie Ernaux");
  lectern_entity_add_mention (entity, 9, 21);
  g_ptr_array_add (entities, entity);
  g_free (dated->published);
  dated->published = g_strdup ("2022-10-06T13:00:00+02:00");
  dated->imported_at = 2000;
  dated_id = lectern_store_add_story_sync (fixture->store, dated, &error);
  g_assert_no_error (error);
  g_assert_true (lectern_library_put_story_entities_sync (fixture->store, dated_id, VERSION,
                                                          entities, &error));
  undated_id = add_story (fixture->store, "Brève", "[Annie Ernaux] à Stockholm.", 1000);

  page = lectern_library_get_entity_sync (fixture->store, "Annie Ernaux", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->stories->len, ==, 2);
  g_assert_cmpint (((LecternEntityStory *) page->stories->pdata[0])->story_id, ==, dated_id);
  g_assert_cmpstr (((LecternEntityStory *) page->stories->pdata[0])->published, ==,
                   "2022-10-06T13:00:00+02:00");
  g_assert_cmpint (((LecternEntityStory *) page->stories->pdata[1])->story_id, ==, undated_id);
  g_assert_cmpstr (((LecternEntityStory *) page->stories->pdata[1])->published, ==, "");
}

static void
test_search_names (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GError) error = NULL;
  const LecternSearchHit *hit = NULL;
  gint64 id;

  id = add_story (fixture->store, "Portrait", "Le portrait de [Lætitia Dosch] est juste.", 100);
  hits = lectern_search_sync (fixture->store, "laetitia", 0, 10, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < hits->len; i++)
    if (((LecternSearchHit *) hits->pdata[i])->match == LECTERN_SEARCH_MATCH_ENTITY)
      hit = hits->pdata[i];
  g_assert_nonnull (hit);
  g_assert_cmpint (hit->story_id, ==, id);
  /* It lands on the first mention. */
  g_assert_cmpint (hit->start, ==, g_utf8_strlen ("Portrait\n\nLe portrait de ", -1));
  g_assert_cmpint (hit->end - hit->start, ==, g_utf8_strlen ("Lætitia Dosch", -1));

  /* A new list for the story replaces the old one in the index. */
  {
    g_autoptr(GPtrArray) none = g_ptr_array_new ();

    g_assert_true (lectern_library_put_story_entities_sync (fixture->store, id, VERSION, none,
                                                            &error));
  }
  g_clear_pointer (&hits, g_ptr_array_unref);
  hits = lectern_search_sync (fixture->store, "laetitia", 0, 10, &error);
  for (guint i = 0; i < hits->len; i++)
    g_assert_cmpint (((LecternSearchHit *) hits->pdata[i])->match, !=, LECTERN_SEARCH_MATCH_ENTITY);
  g_assert_true (lectern_search_check_sync (fixture->store, &error));
  g_assert_no_error (error);
}

/* With the real extractor: lists are built once, and built again only for
 * the stories a change touches. */
static void
test_refresh (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternCorrection) correction = NULL;
  g_autoptr(LecternEntityPage) page = NULL;
  g_autoptr(LecternStory) version = NULL;
  const char *texts[] = {
    "Grève\n\nLe secrétaire général de la CGT, Philippe Martinez, a appelé à la grève. "
    "Philippe Martinez a été reçu par le ministre du Travail, Olivier Dussopt.\n",
    "Budget\n\nLe ministre de l'Économie, Bruno Le Maire, a présenté le budget. "
    "Bruno Le Maire a défendu ses choix devant les députés.\n",
    "Sport\n\nLe club a gagné dimanche devant son public, sous la pluie.\n",
  };
  guint n = 0;

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autoptr(LecternStory) story = lectern_story_new ("", "/tmp/story.txt", texts[i]);

      g_free (story->title);
      story->title = g_strndup (texts[i], strchr (texts[i], '\n') - texts[i]);
      g_assert_cmpint (lectern_store_add_story_sync (fixture->store, story, &error), >, 0);
    }

  g_assert_true (lectern_library_refresh_entities_sync (fixture->store, NULL, NULL, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 3);
  g_assert_true (lectern_library_refresh_entities_sync (fixture->store, NULL, NULL, &n, &error));
  g_assert_cmpuint (n, ==, 0);

  page = lectern_library_get_entity_sync (fixture->store, "Philippe Martinez", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->stories->len, ==, 1);
  g_clear_pointer (&page, lectern_entity_page_free);

  /* A correction everywhere touches only the stories whose text holds
   * its form. */
  correction = lectern_correction_new_rename ("Bruno Le Maire", "B. Le Maire");
  g_assert_cmpint (lectern_store_add_correction_sync (fixture->store, 2, correction, &error), >, 0);
  g_assert_true (lectern_library_refresh_entities_sync (fixture->store, NULL, NULL, &n, &error));
  g_assert_cmpuint (n, ==, 1);
  page = lectern_library_get_entity_sync (fixture->store, "B. Le Maire", &error);
  g_assert_no_error (error);
  g_assert_cmpint (((LecternEntityStory *) page->stories->pdata[0])->story_id, ==, 2);
  g_clear_pointer (&page, lectern_entity_page_free);

  /* Undoing it touches the same story again. */
  g_assert_true (lectern_store_undo_correction_sync (fixture->store, correction->id, &error));
  g_assert_true (lectern_library_refresh_entities_sync (fixture->store, NULL, NULL, &n, &error));
  g_assert_cmpuint (n, ==, 1);
  page = lectern_library_get_entity_sync (fixture->store, "B. Le Maire", &error);
  g_assert_null (page);
  g_clear_error (&error);

  /* A new version of a story. */
  version = lectern_story_new ("Sport", "/tmp/story.txt",
                               "Sport\n\nL'entraîneur Didier Deschamps a salué le public.\n");
  g_assert_true (lectern_store_replace_story_text_sync (fixture->store, 3, version, NULL, &error));
  g_assert_true (lectern_library_refresh_entities_sync (fixture->store, NULL, NULL, &n, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n, ==, 1);
  page = lectern_library_get_entity_sync (fixture->store, "Didier Deschamps", &error);
  g_assert_no_error (error);
  g_assert_true (lectern_search_check_sync (fixture->store, &error));
}

/* The names the library's filter matches for story `id`. */
static char *
keywords_of (LecternStore *store,
             gint64        id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = lectern_library_list_sync (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < entries->len; i++)
    {
      LecternLibraryEntry *entry = entries->pdata[i];

      if (entry->id == id)
        return g_strdup (entry->keywords);
    }
  g_assert_not_reached ();
}

static gint64
add_plain_story (LecternStore *store,
                 const char   *text)
{
  g_autoptr(LecternStory) story = lectern_story_new ("Brève", "/tmp/story.txt", text);
  g_autoptr(GError) error = NULL;
  gint64 id = lectern_store_add_story_sync (store, story, &error);

  g_assert_no_error (error);
  return id;
}

static const char *const step_texts[] = {
  "Le secrétaire général de la CGT, Philippe Martinez, a appelé à la grève. "
  "Philippe Martinez a été reçu par le ministre.\n",
  "Le ministre de l'Économie, Bruno Le Maire, a présenté le budget. "
  "Bruno Le Maire a défendu ses choix.\n",
  "La maire de Lille, Martine Aubry, a inauguré la gare. Martine Aubry a salué les cheminots.\n",
};

/* The refresher's steps: a few stories each, the stale ones replaced,
 * cancellable; opening a story in the app makes its list at once. */
static void
test_refresh_step (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stale = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
  g_autoptr(GCancellable) cancelled = g_cancellable_new ();
  g_autoptr(GArray) ids = NULL;
  g_autoptr(LecternStory) opened = NULL;
  g_autoptr(GPtrArray) raw = NULL;
  g_autoptr(GPtrArray) corrected = NULL;
  g_autofree char *words = NULL;
  LecternExtractor *extractor;
  LecternEntity *ghost;
  gint64 first;
  gint64 late;
  gboolean done = FALSE;
  guint n_steps = 0;
  guint n_made = 0;

  extractor = lectern_extractor_get_default (&error);
  g_assert_no_error (error);

  first = add_plain_story (fixture->store, step_texts[0]);
  for (guint i = 1; i < G_N_ELEMENTS (step_texts); i++)
    add_plain_story (fixture->store, step_texts[i]);
  /* A list made by another extractor, naming someone the text does not. */
  ghost = lectern_entity_new ("Nom Périmé", LECTERN_ENTITY_PERSON);
  lectern_entity_add_form (ghost, "Nom Périmé");
  lectern_entity_add_mention (ghost, 0, 3);
  g_ptr_array_add (stale, ghost);
  g_assert_true (lectern_library_put_story_entities_sync (fixture->store, first, "old-version",
                                                          stale, &error));
  g_assert_no_error (error);
  words = keywords_of (fixture->store, first);
  g_assert_nonnull (strstr (words, "Nom Périmé"));
  g_clear_pointer (&words, g_free);

  while (!done)
    {
      g_assert_true (lectern_library_refresh_entities_step_sync (fixture->store, NULL, 2, NULL,
                                                                 &ids, &done, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (ids->len, <=, 2);
      /* Oldest first: the stale list is the first replaced. */
      if (n_steps == 0)
        g_assert_cmpint (g_array_index (ids, gint64, 0), ==, first);
      n_made += ids->len;
      n_steps++;
      g_clear_pointer (&ids, g_array_unref);
    }
  g_assert_cmpuint (n_made, ==, G_N_ELEMENTS (step_texts));
  g_assert_cmpuint (n_steps, ==, 2);
  words = keywords_of (fixture->store, first);
  g_assert_null (strstr (words, "Nom Périmé"));
  g_assert_nonnull (strstr (words, "Philippe Martinez"));
  g_clear_pointer (&words, g_free);
  g_assert_true (lectern_search_check_sync (fixture->store, &error));
  g_assert_no_error (error);

  /* Nothing left: a step makes nothing. */
  g_assert_true (lectern_library_refresh_entities_step_sync (fixture->store, NULL, 2, NULL, &ids,
                                                             &done, &error));
  g_assert_cmpuint (ids->len, ==, 0);
  g_assert_true (done);
  g_clear_pointer (&ids, g_array_unref);

  /* Cancelled: nothing is written, the next step makes it. */
  late = add_plain_story (fixture->store, "Le footballeur Kylian Mbappé a marqué deux buts. "
                          "Kylian Mbappé a été applaudi.\n");
  g_cancellable_cancel (cancelled);
  g_assert_false (lectern_library_refresh_entities_step_sync (fixture->store, NULL, 2, cancelled,
                                                              &ids, &done, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_null (ids);
  words = keywords_of (fixture->store, late);
  g_assert_null (strstr (words, "Mbappé"));
  g_clear_pointer (&words, g_free);
  g_assert_true (lectern_library_refresh_entities_step_sync (fixture->store, NULL, 2, NULL, &ids,
                                                             &done, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (ids->len, ==, 1);
  g_assert_cmpint (g_array_index (ids, gint64, 0), ==, late);
  g_clear_pointer (&ids, g_array_unref);
  words = keywords_of (fixture->store, late);
  g_assert_nonnull (strstr (words, "Kylian Mbappé"));
  g_clear_pointer (&words, g_free);

  /* Opening a story in the app: cache, corrections and list at once, so
   * the refresher has nothing left to do. */
  opened = lectern_store_get_story_sync (fixture->store,
                                         add_plain_story (fixture->store,
                                                          "La chanteuse Juliette Armanet a chanté à Lyon. "
                                                          "Juliette Armanet a ému le public.\n"),
                                         &error);
  g_assert_no_error (error);
  raw = lectern_extractor_extract (extractor, opened->text, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (lectern_library_store_story_sync (fixture->store, opened,
                                                   lectern_extractor_get_version (extractor), raw,
                                                   &corrected, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (corrected->len, >, 0);
  words = keywords_of (fixture->store, opened->id);
  g_assert_nonnull (strstr (words, "Juliette Armanet"));
  g_assert_true (lectern_library_refresh_entities_step_sync (fixture->store, NULL, 2, NULL, &ids,
                                                             &done, &error));
  g_assert_cmpuint (ids->len, ==, 0);
  g_assert_true (done);
}

/* Schema 13 joins the names of the lists made before it for the
 * library's filter; a new text drops them until its list is made. */
static void
test_names_migration (Fixture       *fixture,
                      gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStore) old = NULL;
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
  g_autoptr(LecternStory) version = NULL;
  g_autofree char *words = NULL;
  LecternEntity *entity;
  gint64 id;

  g_clear_object (&fixture->store);
  g_unlink (fixture->path);
  old = lectern_store_new_with_version (fixture->path, LECTERN_STORE_SCHEMA_VERSION - 1, &error);
  g_assert_no_error (error);
  id = add_plain_story (old, "La maire Anne Hidalgo a parlé. Anne Hidalgo a conclu.\n");
  entity = lectern_entity_new ("Anne Hidalgo", LECTERN_ENTITY_PERSON);
  lectern_entity_add_form (entity, "Anne Hidalgo");
  lectern_entity_add_mention (entity, 9, 21);
  g_ptr_array_add (entities, entity);
  g_assert_true (lectern_library_put_story_entities_sync (old, id, VERSION, entities, &error));
  g_assert_no_error (error);
  g_clear_object (&old);

  fixture->store = lectern_store_new (fixture->path, &error);
  g_assert_no_error (error);
  words = keywords_of (fixture->store, id);
  g_assert_nonnull (strstr (words, "Anne Hidalgo"));
  g_clear_pointer (&words, g_free);

  version = lectern_story_new ("Brève", "/tmp/story.txt", "Le conseil a voté.\n");
  g_assert_true (lectern_store_replace_story_text_sync (fixture->store, id, version, NULL, &error));
  g_assert_no_error (error);
  words = keywords_of (fixture->store, id);
  g_assert_null (strstr (words, "Anne Hidalgo"));
}

static void
on_refreshed_cb (LecternIndexer *indexer,
                 GArray         *ids,
                 GArray         *all)
{
  g_array_append_vals (all, ids->data, ids->len);
}

/* The indexer makes the lists at idle once asked to, in steps, and says
 * which stories it made them for. */
static void
test_indexer_entities (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(LecternIndexer) indexer = lectern_indexer_new (fixture->store);
  g_autoptr(GArray) all = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *words = NULL;
  gint64 first = 0;

  for (guint round = 0; round < 3; round++)
    for (guint i = 0; i < G_N_ELEMENTS (step_texts); i++)
      {
        gint64 id = add_plain_story (fixture->store, step_texts[i]);

        if (first == 0)
          first = id;
      }
  lectern_indexer_set_refresh_entities (indexer, TRUE);
  g_signal_connect (indexer, "stories-refreshed", G_CALLBACK (on_refreshed_cb), all);
  lectern_indexer_schedule (indexer, 10);
  while (lectern_indexer_is_busy (indexer))
    g_main_context_iteration (NULL, TRUE);

  /* More stories than one step takes. */
  g_assert_cmpuint (all->len, ==, 3 * G_N_ELEMENTS (step_texts));
  g_assert_cmpuint (all->len, >, LECTERN_INDEXER_STEP_STORIES);
  words = keywords_of (fixture->store, first);
  g_assert_nonnull (strstr (words, "Philippe Martinez"));
}

static void
test_write (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(LecternEntityPage) page = NULL;
  g_autoptr(LecternHighlight) highlight = NULL;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 12, 3, 9, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *html = NULL;
  gint64 id;

  id = add_story (fixture->store, "<b>Titre</b> & *gras*", "[Ada Lovelace] a écrit le *premier* programme.", 100);
  story = lectern_store_get_story_sync (fixture->store, id, &error);
  g_free (story->url);
  story->url = g_strdup ("javascript:alert(1)");
  g_assert_true (lectern_store_update_story_sync (fixture->store, story, &error));
  highlight = add_highlight (fixture->store, id, "a écrit le *premier* programme",
                             "<script>alert(1)</script>\n[lien](http://x)");

  page = lectern_library_get_entity_sync (fixture->store, "Ada Lovelace", &error);
  g_assert_no_error (error);

  html = lectern_dossier_write (page, LECTERN_DOSSIER_HTML, NULL, now);
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (html, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  g_assert_nonnull (strstr (html, "&lt;b&gt;Titre&lt;/b&gt; &amp; *gras*"));
  g_assert_null (strstr (html, "<script>"));
  g_assert_null (strstr (html, "href=\"javascript"));
  g_assert_nonnull (strstr (html, "<h1>Ada Lovelace</h1>"));

  markdown = lectern_dossier_write (page, LECTERN_DOSSIER_MARKDOWN, NULL, now);
  g_assert_true (g_str_has_prefix (markdown, "---\ntitle: \""));
  g_assert_nonnull (strstr (markdown, "\n# Ada Lovelace\n"));
  g_assert_nonnull (strstr (markdown, "\\<script\\>"));
  g_assert_nonnull (strstr (markdown, "\\[lien\\](http://x)"));
  g_assert_nonnull (strstr (markdown, "\\*premier\\*"));
  g_assert_null (strstr (markdown, "](<javascript"));
}

/* Her own words are her quotes wherever they stand in the story, and the
 * PDF dossier is the Markdown one on pages: the text as written, none of
 * CommonMark's escapes. */
static void
test_quotes_and_pdf (Fixture       *fixture,
                     gconstpointer  user_data)
{
  g_autoptr(LecternEntityPage) page = NULL;
  g_autoptr(LecternHighlight) quote = NULL;
  g_autoptr(LecternHighlight) other = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_utc (2026, 12, 3, 9, 0, 0);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(GBytes) markdown = NULL;
  g_autoptr(GString) padding = g_string_new (NULL);
  g_autofree char *text = NULL;
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  LecternDossierFormat format;
  gsize size;
  const char *data;
  gint64 id;

  /* The quote is far (more than 200 characters) from her name. */
  for (int i = 0; i < 40; i++)
    g_string_append (padding, "Rien ici. ");
  text = g_strdup_printf ("[Ada Lovelace] parle. %s« Le moteur tisse des motifs *algébriques* », "
                          "a-t-elle écrit. « Autre chose », dit un passant.", padding->str);
  id = add_story (fixture->store, "Motifs", text, 100);
  quote = add_highlight (fixture->store, id, "Le moteur tisse des motifs *algébriques*", "");
  other = add_highlight (fixture->store, id, "Autre chose", "");
  g_assert_true (lectern_store_set_highlight_speaker_sync (fixture->store, quote->id,
                                                           "ada lovelace", &error));
  g_assert_no_error (error);

  page = lectern_library_get_entity_sync (fixture->store, "Ada Lovelace", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (page->quotes->len, ==, 1);
  g_assert_cmpint (((LecternHighlight *) g_ptr_array_index (page->quotes, 0))->id, ==, quote->id);
  g_assert_cmpuint (page->highlights->len, ==, 1);

  markdown = lectern_dossier_write_bytes (page, LECTERN_DOSSIER_MARKDOWN, NULL, now, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (markdown, &size);
  g_assert_nonnull (g_strstr_len (data, size, "## Quotes"));
  g_assert_nonnull (g_strstr_len (data, size, "> — ada lovelace, *Motifs*"));

  g_assert_true (lectern_dossier_format_from_string ("PDF", &format));
  g_assert_cmpint (format, ==, LECTERN_DOSSIER_PDF);
  g_assert_cmpstr (lectern_dossier_format_extension (format), ==, ".pdf");
  g_assert_false (lectern_dossier_format_from_string ("docx", &format));
  pdf = lectern_dossier_write_bytes (page, LECTERN_DOSSIER_PDF, NULL, now, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (pdf, &size);
  g_assert_cmpuint (size, >, 1000);
  g_assert_true (memcmp (data, "%PDF-", 5) == 0);

  /* pdftotext reads the text back, as written. */
  if (pdftotext != NULL)
    {
      g_autofree char *dir = g_dir_make_tmp ("lectern-dossier-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "d.pdf", NULL);
      const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
      g_autofree char *out = NULL;
      int status;

      g_assert_true (g_file_set_contents (path, data, size, &error));
      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                   &out, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_nonnull (strstr (out, "Ada Lovelace"));
      g_assert_nonnull (strstr (out, "Quotes"));
      g_assert_nonnull (strstr (out, "Le moteur tisse des motifs *algébriques*"));
      g_assert_null (strstr (out, "\\"));
      g_unlink (path);
      g_rmdir (dir);
    }
  else
    g_test_message ("pdftotext is not installed: the PDF's text is not read back");
}

/* The first rows of a page and its counts agree with the full read: the
 * same stories in the same order, the same first highlights, quotes and
 * notes, the same totals; what the first rows point to is there. */
static void
assert_first_rows (const LecternEntityPage *first,
                   const LecternEntityPage *full,
                   guint                    cap)
{
  g_assert_true (full->complete);
  g_assert_cmpstr (first->entity->name, ==, full->entity->name);
  g_assert_cmpstr (first->entity->key, ==, full->entity->key);
  g_assert_cmpuint (first->entity->keys->len, ==, full->entity->keys->len);
  for (guint i = 0; i < full->entity->keys->len; i++)
    g_assert_cmpstr (first->entity->keys->pdata[i], ==, full->entity->keys->pdata[i]);
  g_assert_cmpuint (first->entity->n_mentions, ==, full->entity->n_mentions);

  /* Counts: of the whole page, whatever was read. */
  g_assert_cmpuint (first->entity->n_stories, ==, full->stories->len);
  g_assert_cmpuint (full->entity->n_stories, ==, full->stories->len);
  g_assert_cmpuint (first->n_highlights, ==, full->highlights->len);
  g_assert_cmpuint (full->n_highlights, ==, full->highlights->len);
  g_assert_cmpuint (first->n_quotes, ==, full->quotes->len);
  g_assert_cmpuint (full->n_quotes, ==, full->quotes->len);
  g_assert_cmpuint (first->n_notes, ==, full->notes->len);
  g_assert_cmpuint (full->n_notes, ==, full->notes->len);
  g_assert_cmpuint (first->n_found_quotes, ==, full->n_found_quotes);

  /* The first rows, in order. */
  g_assert_cmpuint (first->stories->len, ==, MIN (cap, full->stories->len));
  for (guint i = 0; i < first->stories->len; i++)
    {
      const LecternEntityStory *a = first->stories->pdata[i];
      const LecternEntityStory *b = full->stories->pdata[i];

      g_assert_cmpint (a->story_id, ==, b->story_id);
      g_assert_cmpstr (a->title, ==, b->title);
      g_assert_cmpstr (a->url, ==, b->url);
      g_assert_cmpint (a->imported_at, ==, b->imported_at);
      g_assert_cmpuint (a->n_mentions, ==, b->n_mentions);
      g_assert_cmpmem (a->mentions->data, a->mentions->len * sizeof (LecternSpan),
                       b->mentions->data, b->mentions->len * sizeof (LecternSpan));
    }
  g_assert_cmpuint (first->highlights->len, ==, MIN (cap, full->highlights->len));
  for (guint i = 0; i < first->highlights->len; i++)
    {
      const LecternHighlight *a = first->highlights->pdata[i];
      const LecternHighlight *b = full->highlights->pdata[i];
      const LecternEntityStory *story = lectern_entity_page_find_story (first, a->story_id);

      g_assert_cmpint (a->id, ==, b->id);
      g_assert_cmpstr (a->quote, ==, b->quote);
      g_assert_cmpstr (a->note, ==, b->note);
      g_assert_cmpstrv (a->tags, b->tags);
      /* Its story's title, for the row, even past the first stories. */
      g_assert_nonnull (story);
      g_assert_cmpstr (story->title, ==, lectern_entity_page_find_story (full, a->story_id)->title);
    }
  g_assert_cmpuint (first->quotes->len, ==, MIN (cap, full->quotes->len));
  for (guint i = 0; i < first->quotes->len; i++)
    {
      const LecternHighlight *a = first->quotes->pdata[i];

      g_assert_cmpint (a->id, ==, ((LecternHighlight *) full->quotes->pdata[i])->id);
      g_assert_cmpstr (a->speaker, ==, ((LecternHighlight *) full->quotes->pdata[i])->speaker);
      g_assert_cmpstrv (a->tags, ((LecternHighlight *) full->quotes->pdata[i])->tags);
      g_assert_nonnull (lectern_entity_page_find_story (first, a->story_id));
    }
  g_assert_cmpuint (first->notes->len, ==, MIN (cap, full->notes->len));
  for (guint i = 0; i < first->notes->len; i++)
    {
      const LecternEntityNote *a = first->notes->pdata[i];

      g_assert_cmpint (a->story_id, ==, ((LecternEntityNote *) full->notes->pdata[i])->story_id);
      g_assert_cmpstr (a->note, ==, ((LecternEntityNote *) full->notes->pdata[i])->note);
      g_assert_nonnull (lectern_entity_page_find_story (first, a->story_id));
    }

  /* Found quotations: those no quote highlight shows, in page order. */
  {
    g_autoptr(GPtrArray) uncovered = g_ptr_array_new ();

    for (guint i = 0; i < full->found_quotes->len; i++)
      if (!lectern_entity_page_quote_highlighted (full, full->found_quotes->pdata[i]))
        g_ptr_array_add (uncovered, full->found_quotes->pdata[i]);
    g_assert_cmpuint (full->n_found_quotes, ==, uncovered->len);
    g_assert_cmpuint (first->found_quotes->len, ==, MIN (cap, uncovered->len));
    for (guint i = 0; i < first->found_quotes->len; i++)
      {
        const LecternEntityQuote *a = first->found_quotes->pdata[i];
        const LecternEntityQuote *b = uncovered->pdata[i];

        g_assert_cmpint (a->story_id, ==, b->story_id);
        g_assert_cmpint (a->start, ==, b->start);
        g_assert_cmpstr (a->quote, ==, b->quote);
        g_assert_cmpstr (a->speaker, ==, b->speaker);
        g_assert_nonnull (lectern_entity_page_find_story (first, a->story_id));
      }
  }

  /* Forms and corrections are short: always whole. */
  g_assert_cmpuint (first->forms->len, ==, full->forms->len);
  for (guint i = 0; i < full->forms->len; i++)
    g_assert_cmpstr (first->forms->pdata[i], ==, full->forms->pdata[i]);
  g_assert_cmpuint (first->corrections->len, ==, full->corrections->len);
  for (guint i = 0; i < full->corrections->len; i++)
    g_assert_cmpint (((LecternCorrection *) first->corrections->pdata[i])->id, ==,
                     ((LecternCorrection *) full->corrections->pdata[i])->id);
}

/* Stores the found quotations `words` of story `id`, from `speaker`. */
static void
add_found_quotes (LecternStore       *store,
                  gint64              id,
                  const char         *speaker,
                  const char * const *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = lectern_store_get_story_sync (store, id, &error);
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_quote_free);

  for (guint i = 0; words[i] != NULL; i++)
    {
      const char *found = strstr (story->text, words[i]);
      LecternQuote *quote = g_new0 (LecternQuote, 1);

      g_assert_nonnull (found);
      quote->start = g_utf8_pointer_to_offset (story->text, found);
      quote->end = quote->start + g_utf8_strlen (words[i], -1);
      quote->speaker = g_strdup (speaker);
      quote->speaker_start = quote->speaker_end = -1;
      g_ptr_array_add (quotes, quote);
    }
  g_assert_true (lectern_story_quotes_put_sync (store, id, story->text, quotes, &error));
  g_assert_no_error (error);
}

static LecternEntityPage *
read_page (LecternStore *store,
           const char   *name,
           guint         limit)
{
  g_autoptr(GError) error = NULL;
  LecternEntityPage *page = lectern_library_get_entity_page_sync (store, name, limit, &error);

  g_assert_no_error (error);
  g_assert_nonnull (page);
  return page;
}

static void
test_first_rows (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GString) filler = g_string_new (NULL);
  g_autoptr(LecternCorrection) correction = NULL;
  g_autoptr(GError) error = NULL;
  const guint n_stories = 3 * LECTERN_ENTITY_PAGE_FIRST_ROWS + 4;
  const guint caps[] = { 1, 3, LECTERN_ENTITY_PAGE_FIRST_ROWS, n_stories - 1 };
  guint n_quotes = 0;
  gint64 other;
  const char *const found_words[] = { "Nous tiendrons", "Loin d’elle", NULL };

  for (int i = 0; i < 30; i++)
    g_string_append (filler, "Une phrase sans personne dedans. ");
  /* Her stories, imported out of id order; some name her by her surname
   * alone (merged), some have quotes of her, notes naming her, highlights
   * far from her name that are not hers, tags. */
  for (guint i = 0; i < n_stories; i++)
    {
      g_autofree char *title = g_strdup_printf ("Histoire %02u", i);
      g_autofree char *marked = NULL;
      g_autoptr(LecternHighlight) near = NULL;
      g_autoptr(LecternHighlight) far = NULL;
      gint64 id;

      if (i % 4 == 1)
        marked = g_strdup_printf ("Mme [Fournier] a parlé. « Nous tiendrons », dit-elle. %s "
                                  "Loin d’elle, on vote.", filler->str);
      else
        marked = g_strdup_printf ("[Camille Fournier] a parlé. « Nous tiendrons », dit-elle. %s "
                                  "Loin d’elle, on vote.", filler->str);
      id = add_story (fixture->store, title, marked, 1000 + (i * 7919) % n_stories);
      near = add_highlight (fixture->store, id, "a parlé", i % 3 == 0 ? "Important" : "");
      if (i % 2 == 0)
        {
          g_autoptr(LecternHighlight) quote = add_highlight (fixture->store, id, "Nous tiendrons", "");
          const char *tags[] = { "citation", i % 4 == 0 ? "une" : "deux", NULL };

          lectern_highlight_set_tags (quote, tags);
          g_assert_true (lectern_store_update_highlight_sync (fixture->store, quote, &error));
          g_assert_no_error (error);
          g_assert_true (lectern_store_set_highlight_speaker_sync (fixture->store, quote->id,
                                                                   "Camille Fournier", &error));
          n_quotes++;
        }
      far = add_highlight (fixture->store, id, "Loin d’elle, on vote",
                           i % 5 == 0 ? "Que dira Camille Fournier ?" : "");
      /* The quote finder's: one a quote highlight shows in every other
       * story, one no highlight shows. */
      add_found_quotes (fixture->store, id, "Camille Fournier", found_words);
      if (i % 3 == 2)
        g_assert_true (lectern_store_set_story_note_sync (fixture->store, id,
                                                          "Demander à Fournier", &error));
      g_assert_no_error (error);
    }
  /* Someone else, and an organization of the same short name, which does
   * not join her. */
  other = add_story (fixture->store, "Autre", "[Jean Dupont] parle de [Fournier] ici.", 5000);
  add_story (fixture->store, "Société", "L’entreprise {Fournier} recrute.", 5001);
  correction = lectern_correction_new_rename ("Fournier", "Camille Fournier");
  g_assert_cmpint (lectern_store_add_correction_sync (fixture->store, other, correction, &error), >, 0);
  g_assert_no_error (error);

  for (guint c = 0; c < G_N_ELEMENTS (caps); c++)
    {
      g_autoptr(LecternEntityPage) full = read_page (fixture->store, "Camille Fournier", 0);
      g_autoptr(LecternEntityPage) first = read_page (fixture->store, "camille FOURNIER", caps[c]);

      g_assert_cmpuint (full->quotes->len, ==, n_quotes);
      g_assert_cmpuint (full->found_quotes->len, ==, 2 * n_stories);
      g_assert_cmpuint (full->n_found_quotes, ==, 2 * n_stories - n_quotes);
      g_assert_cmpuint (full->notes->len, >, caps[0]);
      g_assert_false (first->complete);
      assert_first_rows (first, full, caps[c]);
    }

  /* Her surname alone, once split from her, is a page of its own; the
   * first rows agree there too, and her page loses those stories. */
  g_assert_true (lectern_library_set_split_sync (fixture->store, "Fournier", TRUE, &error));
  g_assert_no_error (error);
  {
    g_autoptr(LecternEntityPage) full = read_page (fixture->store, "Camille Fournier", 0);
    g_autoptr(LecternEntityPage) first = read_page (fixture->store, "Camille Fournier", 3);
    g_autoptr(LecternEntityPage) surname = read_page (fixture->store, "Fournier", 0);
    g_autoptr(LecternEntityPage) surname_first = read_page (fixture->store, "Fournier", 2);

    g_assert_cmpuint (full->stories->len, ==, n_stories - n_stories / 4 - (n_stories % 4 > 1));
    assert_first_rows (first, full, 3);
    assert_first_rows (surname_first, surname, 2);
  }

  /* A page whose sections all fit is complete, and the same as the full
   * read. */
  {
    g_autoptr(LecternEntityPage) full = read_page (fixture->store, "Jean Dupont", 0);
    g_autoptr(LecternEntityPage) first = read_page (fixture->store, "Jean Dupont",
                                                    LECTERN_ENTITY_PAGE_FIRST_ROWS);

    g_assert_true (first->complete);
    g_assert_cmpuint (first->stories->len, ==, 1);
    g_assert_cmpuint (first->other_stories->len, ==, 0);
    assert_first_rows (first, full, LECTERN_ENTITY_PAGE_FIRST_ROWS);
  }
}

static void
on_page_done (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GError **out = user_data;
  g_autoptr(LecternEntityPage) page = NULL;

  page = lectern_library_get_entity_finish (LECTERN_STORE (source), result, out);
  g_assert_null (page);
  g_assert_nonnull (*out);
}

static void
on_found_done (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  LecternEntityPage **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = lectern_library_get_entity_finish (LECTERN_STORE (source), result, &error);
  g_assert_no_error (error);
}

static void
test_async (Fixture       *fixture,
            gconstpointer  user_data)
{
  g_autoptr(LecternEntityPage) page = NULL;
  g_autoptr(GError) error = NULL;

  add_story (fixture->store, "Un", "[Grace Hopper] a trouvé le bogue.", 100);
  lectern_library_get_entity_async (fixture->store, "grace hopper", NULL, on_found_done, &page);
  while (page == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpstr (page->entity->name, ==, "Grace Hopper");

  lectern_library_get_entity_async (fixture->store, "Personne", NULL, on_page_done, &error);
  while (error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (error, LECTERN_DOSSIER_ERROR, LECTERN_DOSSIER_ERROR_NOT_FOUND);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)
  ADD ("/dossier/merge", test_merge);
  ADD ("/dossier/ambiguous", test_ambiguous);
  ADD ("/dossier/page", test_page);
  ADD ("/dossier/published", test_published);
  ADD ("/dossier/search-names", test_search_names);
  ADD ("/dossier/refresh", test_refresh);
  ADD ("/dossier/refresh-step", test_refresh_step);
  ADD ("/dossier/indexer-entities", test_indexer_entities);
  ADD ("/dossier/names-migration", test_names_migration);
  ADD ("/dossier/write", test_write);
  ADD ("/dossier/quotes-and-pdf", test_quotes_and_pdf);
  ADD ("/dossier/async", test_async);
  ADD ("/dossier/first-rows", test_first_rows);
#undef ADD

  return g_test_run ();
}
