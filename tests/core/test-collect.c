/* test-collect.c: the export use case the app and lectern-cli share
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "lectern-collect.h"
#include "lectern-extractor.h"
#include "lectern-highlight.h"

typedef struct
{
  char         *dir;
  char         *path;
  LecternStore *store;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("lectern-collect-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "library.db", NULL);
  fixture->store = lectern_store_new (fixture->path, &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  g_clear_object (&fixture->store);
  for (guint i = 0; i < 3; i++)
    {
      const char *suffixes[] = { "", "-wal", "-shm" };
      g_autofree char *file = g_strconcat (fixture->path, suffixes[i], NULL);

      g_unlink (file);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->path);
  g_free (fixture->dir);
}

static gint64
add_story (LecternStore *store,
           const char   *title,
           const char   *text,
           const char   *note)
{
  g_autoptr(LecternStory) story = lectern_story_new (title, "", text);
  g_autoptr(LecternHighlight) highlight = NULL;
  g_autoptr(GError) error = NULL;
  gint64 id = lectern_store_add_story_sync (store, story, &error);

  g_assert_no_error (error);
  story->id = id;
  highlight = lectern_highlight_new_for_range (story, 0, 5, "yellow", "une note");
  lectern_store_add_highlight_sync (store, highlight, &error);
  g_assert_no_error (error);
  g_assert_true (lectern_store_set_story_note_sync (store, id, note, &error));
  g_assert_no_error (error);

  return id;
}

static void
test_formats (void)
{
  g_assert_true (lectern_collect_format_lists_entities (LECTERN_EXPORT_MARKDOWN));
  g_assert_true (lectern_collect_format_lists_entities (LECTERN_EXPORT_HTML));
  g_assert_false (lectern_collect_format_lists_entities (LECTERN_EXPORT_JSON));
  g_assert_false (lectern_collect_format_lists_entities (LECTERN_EXPORT_CSV));
}

/* A story whose entities were never cached gets them (and the cache);
 * the items come in the order asked, each with highlights and note. */
static void
test_collect (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) cached = NULL;
  LecternExtractor *extractor = lectern_extractor_get_default (&error);
  const LecternExportItem *item;
  gint64 first, second, ids[2];

  g_assert_no_error (error);
  first = add_story (fixture->store, "Un",
                     "Emmanuel Macron a reçu Angela Merkel à Paris. Emmanuel Macron a parlé.\n",
                     "Note un");
  second = add_story (fixture->store, "Deux", "Rien de notable ici.\n", "Note deux");
  g_assert_null (lectern_store_get_entities_sync (fixture->store, first,
                                                  lectern_extractor_get_version (extractor), NULL));

  ids[0] = second;
  ids[1] = first;
  items = lectern_collect_stories (fixture->store, ids, 2, TRUE, NULL, warnings, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 2);
  g_assert_cmpuint (warnings->len, ==, 0);

  item = g_ptr_array_index (items, 0);
  g_assert_cmpstr (item->story->title, ==, "Deux");
  g_assert_cmpstr (item->note, ==, "Note deux");
  item = g_ptr_array_index (items, 1);
  g_assert_cmpstr (item->story->title, ==, "Un");
  g_assert_cmpuint (item->highlights->len, ==, 1);
  g_assert_nonnull (item->entities);
  g_assert_cmpuint (item->entities->len, >, 0);

  cached = lectern_store_get_entities_sync (fixture->store, first,
                                            lectern_extractor_get_version (extractor), &error);
  g_assert_no_error (error);
  g_assert_nonnull (cached);

  /* Without entities, and every story when no ids are given. */
  g_clear_pointer (&items, g_ptr_array_unref);
  items = lectern_collect_stories (fixture->store, NULL, 0, FALSE, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (items->len, ==, 2);
  item = g_ptr_array_index (items, 0);
  g_assert_true (item->entities == NULL || item->entities->len == 0);
}

static void
test_missing_story (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  gint64 ids[] = { 4242 };

  items = lectern_collect_stories (fixture->store, ids, 1, FALSE, NULL, NULL, &error);
  g_assert_null (items);
  g_assert_nonnull (error);
}

static void
test_cancelled (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();

  add_story (fixture->store, "Un", "Emmanuel Macron.\n", "");
  g_cancellable_cancel (cancellable);
  items = lectern_collect_stories (fixture->store, NULL, 0, TRUE, cancellable, NULL, &error);
  g_assert_null (items);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/collect/formats", test_formats);
  g_test_add ("/collect/stories", Fixture, NULL, fixture_setup, test_collect, fixture_teardown);
  g_test_add ("/collect/missing-story", Fixture, NULL, fixture_setup, test_missing_story, fixture_teardown);
  g_test_add ("/collect/cancelled", Fixture, NULL, fixture_setup, test_cancelled, fixture_teardown);

  return g_test_run ();
}
