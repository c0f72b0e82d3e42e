/* test-library-list.c: the library page's queries over a real library file
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "core-util.h"

#include <sqlite3.h>
#include <glib/gstdio.h>
#include <string.h>

#include "lectern-dossier.h"
#include "lectern-library-list.h"
#include "lectern-search.h"
#include "lectern-store-private.h"

typedef StoreFixture Fixture;

static gint64
add_story (LecternStore *store,
           const char   *title,
           const char   *body,
           const char   *site)
{
  g_autofree char *text = g_strconcat (title, "\n\n", body, "\n", NULL);
  g_autoptr(LecternStory) story = lectern_story_new (title, "/tmp/story.txt", text);
  g_autoptr(GError) error = NULL;

  g_free (story->site);
  story->site = g_strdup (site);
  g_assert_cmpint (lectern_store_add_story_sync (store, story, &error), >, 0);
  g_assert_no_error (error);

  return story->id;
}

static void
add_highlight (LecternStore *store,
               gint64        story_id,
               gint64        start,
               const char   *tag)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = lectern_store_get_story_sync (store, story_id, &error);
  LecternHighlight *highlight = lectern_highlight_new_for_range (story, start, start + 4, "yellow", "");
  const char *tags[] = { tag, NULL };

  if (tag != NULL)
    lectern_highlight_set_tags (highlight, tags);
  g_assert_cmpint (lectern_store_add_highlight_sync (store, highlight, &error), >, 0);
  lectern_highlight_free (highlight);
}

static const LecternLibraryEntry *
find_entry (GPtrArray *entries,
            gint64     id)
{
  for (guint i = 0; i < entries->len; i++)
    if (((LecternLibraryEntry *) g_ptr_array_index (entries, i))->id == id)
      return g_ptr_array_index (entries, i);

  return NULL;
}

static void
test_list (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GHashTable) snippets = NULL;
  gint64 first, second, ids[3];
  const LecternLibraryEntry *entry;

  first = add_story (fixture->store, "Premier récit", "La pluie tombe sur la ville depuis trois jours.", "Le Monde");
  second = add_story (fixture->store, "Second", "Le marché ouvre tôt.\n\nEt ferme à midi.", "");
  add_highlight (fixture->store, first, 20, "météo");
  add_highlight (fixture->store, first, 30, "météo");
  add_highlight (fixture->store, first, 40, "ville");

  entries = lectern_library_list_sync (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 2);
  /* Newest first; nothing read from the texts. */
  g_assert_cmpint (((LecternLibraryEntry *) g_ptr_array_index (entries, 0))->id, ==, second);
  entry = find_entry (entries, first);
  g_assert_cmpstr (entry->title, ==, "Premier récit");
  g_assert_cmpstr (entry->site, ==, "Le Monde");
  g_assert_cmpuint (entry->n_highlights, ==, 3);
  g_assert_null (entry->snippet);
  g_assert_nonnull (strstr (entry->keywords, "météo"));
  g_assert_nonnull (strstr (entry->keywords, "ville"));
  g_assert_cmpuint (find_entry (entries, second)->n_highlights, ==, 0);

  /* Snippets: the text after the title, on one line; a missing id is skipped. */
  ids[0] = first;
  ids[1] = second;
  ids[2] = 999;
  snippets = lectern_library_snippets_sync (fixture->store, ids, 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (snippets), ==, 2);
  g_assert_cmpstr (g_hash_table_lookup (snippets, &first), ==, "La pluie tombe sur la ville depuis trois jours.");
  g_assert_cmpstr (g_hash_table_lookup (snippets, &second), ==, "Le marché ouvre tôt. Et ferme à midi.");
}

static void
test_delete (Fixture       *fixture,
             gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gint64 a = add_story (fixture->store, "A", "Texte A.", "");
  gint64 b = add_story (fixture->store, "B", "Texte B.", "");
  gint64 c = add_story (fixture->store, "C", "Texte C.", "");
  gint64 both[] = { a, c };
  gint64 missing[] = { b, 999 };

  add_highlight (fixture->store, a, 0, NULL);
  g_assert_true (lectern_library_delete_stories_sync (fixture->store, both, 2, &error));
  g_assert_no_error (error);
  entries = lectern_library_list_sync (fixture->store, &error);
  g_assert_cmpuint (entries->len, ==, 1);
  g_assert_cmpint (((LecternLibraryEntry *) g_ptr_array_index (entries, 0))->id, ==, b);
  g_assert_cmpint (lectern_store_count_highlights_sync (fixture->store, a, NULL), <=, 0);

  /* All or none: a missing story fails the batch and keeps the other. */
  g_assert_false (lectern_library_delete_stories_sync (fixture->store, missing, 2, &error));
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
  g_clear_pointer (&entries, g_ptr_array_unref);
  entries = lectern_library_list_sync (fixture->store, NULL);
  g_assert_cmpuint (entries->len, ==, 1);
}

static void
test_entity_name (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
  g_autoptr(GPtrArray) entries = NULL;
  LecternEntity *entity = lectern_entity_new ("Camille Fournier", LECTERN_ENTITY_PERSON);
  LecternSpan spans[] = { { 12, 28 }, { 120, 128 } };
  gint64 id = add_story (fixture->store, "Un récit", "Ce matin, Camille Fournier a parlé.", "");
  g_autofree char *name = NULL;
  g_autofree char *none = NULL;

  g_array_append_vals (entity->mentions, spans, G_N_ELEMENTS (spans));
  g_ptr_array_add (entities, entity);
  g_assert_true (lectern_library_put_story_entities_sync (fixture->store, id, "test", entities, &error));
  g_assert_no_error (error);

  name = lectern_library_entity_name_at_sync (fixture->store, id, 12, 28, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (name, ==, "Camille Fournier");
  /* "12-2" is not a prefix match of "12-28". */
  none = lectern_library_entity_name_at_sync (fixture->store, id, 12, 2, &error);
  g_assert_no_error (error);
  g_assert_null (none);

  /* The names are in what the library filter matches. */
  entries = lectern_library_list_sync (fixture->store, &error);
  g_assert_nonnull (strstr (((LecternLibraryEntry *) g_ptr_array_index (entries, 0))->keywords, "Camille Fournier"));
}

/* Reading progress: none for a new story (Unread), saved and read back,
 * shown in the list, gone with its story. */
static void
test_progress (Fixture       *fixture,
               gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autofree char *unread = NULL, *half = NULL, *finished = NULL;
  gint64 a, b, offset = -1;
  double fraction = 0;

  a = add_story (fixture->store, "Un", "Un texte.", "");
  b = add_story (fixture->store, "Deux", "Un autre texte.", "");
  g_assert_true (lectern_library_get_progress_sync (fixture->store, a, &fraction, &offset, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (fraction, ==, -1);
  g_assert_cmpint (offset, ==, 0);

  g_assert_true (lectern_library_set_progress_sync (fixture->store, a, 0.42, 1234, &error));
  g_assert_no_error (error);
  /* Out of range is clamped, not refused. */
  g_assert_true (lectern_library_set_progress_sync (fixture->store, b, 7.0, -5, &error));
  g_assert_no_error (error);
  g_assert_true (lectern_library_get_progress_sync (fixture->store, a, &fraction, &offset, &error));
  g_assert_cmpfloat_with_epsilon (fraction, 0.42, 1e-9);
  g_assert_cmpint (offset, ==, 1234);
  g_assert_true (lectern_library_get_progress_sync (fixture->store, b, &fraction, &offset, &error));
  g_assert_cmpfloat (fraction, ==, 1.0);
  g_assert_cmpint (offset, ==, 0);

  entries = lectern_library_list_sync (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat_with_epsilon (find_entry (entries, a)->progress, 0.42, 1e-9);
  g_assert_cmpfloat (find_entry (entries, b)->progress, ==, 1.0);
  /* The filter's words: "finished" for b, nothing for a half-read one. */
  g_assert_nonnull (strstr (find_entry (entries, b)->keywords, "finished"));
  g_assert_null (strstr (find_entry (entries, a)->keywords, "unread"));
  g_assert_null (strstr (find_entry (entries, a)->keywords, "finished"));
  g_clear_pointer (&entries, g_ptr_array_unref);
  {
    gint64 c = add_story (fixture->store, "Trois", "Jamais lu.", "");

    entries = lectern_library_list_sync (fixture->store, &error);
    g_assert_cmpfloat (find_entry (entries, c)->progress, ==, -1);
    g_assert_nonnull (strstr (find_entry (entries, c)->keywords, "unread"));
  }

  unread = lectern_library_progress_label (-1);
  half = lectern_library_progress_label (0.42);
  finished = lectern_library_progress_label (1.0);
  g_assert_cmpstr (unread, ==, "Unread");
  g_assert_cmpstr (half, ==, "42 %");
  g_assert_cmpstr (finished, ==, "Finished");

  /* Deleted: its progress goes, and a late save keeps nothing. */
  g_assert_true (lectern_library_delete_stories_sync (fixture->store, &a, 1, &error));
  g_assert_no_error (error);
  g_assert_true (lectern_library_set_progress_sync (fixture->store, a, 0.5, 10, &error));
  g_assert_true (lectern_library_get_progress_sync (fixture->store, a, &fraction, &offset, &error));
  g_assert_cmpfloat (fraction, ==, -1);
}

/* Tags on many stories at once: added where missing, removed where
 * present, each time with the stories that changed (for Undo); shown in
 * the list and matched by its filter words. */
static void
test_tag_stories (Fixture       *fixture,
                  gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GArray) changed = NULL;
  gint64 ids[3];

  ids[0] = add_story (fixture->store, "Un", "Un texte.", "");
  ids[1] = add_story (fixture->store, "Deux", "Un autre texte.", "");
  ids[2] = add_story (fixture->store, "Trois", "Encore un texte.", "");

  g_assert_true (lectern_library_tag_stories_sync (fixture->store, ids, 1, "  Budget ", TRUE,
                                                   &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed->len, ==, 1);
  g_clear_pointer (&changed, g_array_unref);
  /* The same tag on all three: two change; "budget" is the same tag. */
  g_assert_true (lectern_library_tag_stories_sync (fixture->store, ids, 3, "budget", TRUE,
                                                   &changed, &error));
  g_assert_cmpuint (changed->len, ==, 2);
  g_assert_cmpint (g_array_index (changed, gint64, 0), ==, ids[1]);
  g_clear_pointer (&changed, g_array_unref);
  g_assert_true (lectern_library_tag_stories_sync (fixture->store, ids, 2, "École", TRUE,
                                                   NULL, &error));
  tags = lectern_library_get_story_tags_sync (fixture->store, ids[0], &error);
  g_assert_no_error (error);
  g_assert_cmpuint (tags->len, ==, 2);
  g_assert_cmpstr (tags->pdata[0], ==, "Budget");
  g_assert_cmpstr (tags->pdata[1], ==, "École");

  entries = lectern_library_list_sync (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (find_entry (entries, ids[2])->story_tags, "Budget"));
  g_assert_nonnull (strstr (find_entry (entries, ids[1])->keywords, "École"));
  g_assert_cmpstr (find_entry (entries, ids[2])->keywords, !=, "");
  g_clear_pointer (&entries, g_ptr_array_unref);

  /* Removing from all three: the two that had it change. */
  g_assert_true (lectern_library_tag_stories_sync (fixture->store, ids, 3, "École", FALSE,
                                                   &changed, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed->len, ==, 2);
  g_clear_pointer (&tags, g_ptr_array_unref);
  tags = lectern_library_get_story_tags_sync (fixture->store, ids[1], &error);
  g_assert_cmpuint (tags->len, ==, 1);

  /* An empty tag is refused with a sentence, and nothing changes. */
  g_assert_false (lectern_library_tag_stories_sync (fixture->store, ids, 3, "  ", TRUE, NULL,
                                                    &error));
  g_assert_error (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_FAILED);
  g_clear_error (&error);

  /* Search Everything finds a story by its own tags; removed, they are
   * not found. */
  {
    g_autoptr(GPtrArray) hits = lectern_search_sync (fixture->store, "budget", 0, 20, &error);
    guint n_tag_hits = 0;

    g_assert_no_error (error);
    for (guint i = 0; i < hits->len; i++)
      {
        const LecternSearchHit *hit = g_ptr_array_index (hits, i);

        if (hit->match == LECTERN_SEARCH_MATCH_TAG && hit->highlight_id == 0)
          {
            n_tag_hits++;
            g_assert_cmpstr (hit->title, !=, "");
          }
      }
    g_assert_cmpuint (n_tag_hits, ==, 3);
    g_clear_pointer (&hits, g_ptr_array_unref);
    g_assert_true (lectern_library_tag_stories_sync (fixture->store, ids, 1, "Budget", FALSE,
                                                     NULL, &error));
    hits = lectern_search_sync (fixture->store, "budget", 0, 20, &error);
    g_assert_cmpuint (hits->len, ==, 2);
    g_assert_true (lectern_search_check_sync (fixture->store, &error));
    g_assert_no_error (error);
    g_assert_true (lectern_search_rebuild_sync (fixture->store, &error));
    g_clear_pointer (&hits, g_ptr_array_unref);
    hits = lectern_search_sync (fixture->store, "budget", 0, 20, &error);
    g_assert_cmpuint (hits->len, ==, 2);
  }

  /* A story deleted takes its tags along. */
  g_assert_true (lectern_library_delete_stories_sync (fixture->store, ids, 1, &error));
  g_clear_pointer (&tags, g_ptr_array_unref);
  tags = lectern_library_get_story_tags_sync (fixture->store, ids[0], &error);
  g_assert_cmpuint (tags->len, ==, 0);
}

/* The position of story `id` in `entries`. */
static guint
position_of (GPtrArray *entries,
             gint64     id)
{
  for (guint i = 0; i < entries->len; i++)
    if (((LecternLibraryEntry *) g_ptr_array_index (entries, i))->id == id)
      return i;
  g_assert_not_reached ();
}

/* Saved `seconds_ago`: progress saved in the same second would tie. */
static void
set_read_at (LecternStore *store,
             gint64        story_id,
             gint64        seconds_ago)
{
  sqlite3 *db = lectern_store_lock_db (store);
  sqlite3_stmt *stmt = NULL;

  g_assert_cmpint (sqlite3_prepare_v2 (db, "UPDATE story_progress SET updated_at = ? WHERE story_id = ?",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  sqlite3_bind_int64 (stmt, 1, g_get_real_time () / G_USEC_PER_SEC - seconds_ago);
  sqlite3_bind_int64 (stmt, 2, story_id);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_DONE);
  g_assert_cmpint (sqlite3_changes (db), ==, 1);
  sqlite3_finalize (stmt);
  lectern_store_unlock_db (store);
}

/* The orders of the library page and `lectern-cli list --sort`; by
 * progress: the story read last first, then the others begun, the
 * unread ones newest first, the finished ones last. */
static void
test_sort (Fixture       *fixture,
           gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = NULL;
  gint64 unread_old, finished, early, late, unread_new, same_second;
  LecternLibrarySort sort;

  unread_old = add_story (fixture->store, "Zèbre", "Jamais ouvert.", "");
  finished = add_story (fixture->store, "abeille", "Lu jusqu’au bout.", "");
  early = add_story (fixture->store, "ecluse", "Lu à moitié, il y a longtemps.", "");
  late = add_story (fixture->store, "Bateau", "Lu un peu, hier.", "");
  same_second = add_story (fixture->store, "Dune", "Lu un peu, hier aussi.", "");
  unread_new = add_story (fixture->store, "Canal", "Jamais ouvert non plus.", "");
  add_highlight (fixture->store, early, 0, NULL);
  add_highlight (fixture->store, early, 3, NULL);
  add_highlight (fixture->store, late, 0, NULL);

  g_assert_true (lectern_library_set_progress_sync (fixture->store, finished, 1.0, 100, &error));
  g_assert_true (lectern_library_set_progress_sync (fixture->store, early, 0.8, 50, &error));
  g_assert_true (lectern_library_set_progress_sync (fixture->store, late, 0.1, 5, &error));
  g_assert_true (lectern_library_set_progress_sync (fixture->store, same_second, 0.3, 5, &error));
  g_assert_no_error (error);
  set_read_at (fixture->store, finished, 10);
  set_read_at (fixture->store, early, 3600 * 24 * 30);
  set_read_at (fixture->store, late, 3600);
  set_read_at (fixture->store, same_second, 3600);

  entries = lectern_library_list_sync (fixture->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (entries->len, ==, 6);

  g_assert_true (lectern_library_sort_from_name ("progress", &sort));
  g_assert_cmpint (sort, ==, LECTERN_LIBRARY_SORT_PROGRESS);
  lectern_library_sort_entries (entries, sort);
  /* Read in the same second: the further along first. */
  g_assert_cmpuint (position_of (entries, same_second), ==, 0);
  g_assert_cmpuint (position_of (entries, late), ==, 1);
  g_assert_cmpuint (position_of (entries, early), ==, 2);
  g_assert_cmpuint (position_of (entries, unread_new), ==, 3);
  g_assert_cmpuint (position_of (entries, unread_old), ==, 4);
  g_assert_cmpuint (position_of (entries, finished), ==, 5);

  g_assert_true (lectern_library_sort_from_name ("title", &sort));
  lectern_library_sort_entries (entries, sort);
  /* Case aside (the collation is the locale's): abeille, Bateau, Canal, Dune, ecluse, Zèbre. */
  g_assert_cmpuint (position_of (entries, finished), ==, 0);
  g_assert_cmpuint (position_of (entries, late), ==, 1);
  g_assert_cmpuint (position_of (entries, unread_new), ==, 2);
  g_assert_cmpuint (position_of (entries, same_second), ==, 3);
  g_assert_cmpuint (position_of (entries, early), ==, 4);
  g_assert_cmpuint (position_of (entries, unread_old), ==, 5);

  lectern_library_sort_entries (entries, LECTERN_LIBRARY_SORT_HIGHLIGHTS);
  g_assert_cmpuint (position_of (entries, early), ==, 0);
  g_assert_cmpuint (position_of (entries, late), ==, 1);
  /* Ties: the newest first. */
  g_assert_cmpuint (position_of (entries, unread_new), ==, 2);

  lectern_library_sort_entries (entries, LECTERN_LIBRARY_SORT_ADDED);
  g_assert_cmpuint (position_of (entries, unread_new), ==, 0);
  g_assert_cmpuint (position_of (entries, unread_old), ==, 5);

  g_assert_false (lectern_library_sort_from_name ("recent", &sort));
  g_assert_false (lectern_library_sort_from_name ("", &sort));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/library-list/list", Fixture, NULL, store_fixture_set_up, test_list, store_fixture_tear_down);
  g_test_add ("/library-list/delete", Fixture, NULL, store_fixture_set_up, test_delete, store_fixture_tear_down);
  g_test_add ("/library-list/entity-name", Fixture, NULL, store_fixture_set_up, test_entity_name, store_fixture_tear_down);
  g_test_add ("/library-list/progress", Fixture, NULL, store_fixture_set_up, test_progress, store_fixture_tear_down);
  g_test_add ("/library-list/sort", Fixture, NULL, store_fixture_set_up, test_sort, store_fixture_tear_down);
  g_test_add ("/library-list/tag-stories", Fixture, NULL, store_fixture_set_up, test_tag_stories, store_fixture_tear_down);

  return g_test_run ();
}
