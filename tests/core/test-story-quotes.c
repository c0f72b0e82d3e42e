/* test-story-quotes.c: the quotations found in the stories, stored with
 * their speakers, on the entity page and in the dossier; kept in step on
 * re-import, correction and deletion, and filled for an existing library
 * by the migration; on a real library file with the real extractor
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "core-util.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sqlite3.h>

#include "lectern-dossier.h"
#include "lectern-search.h"
#include "lectern-sqlite-private.h"
#include "lectern-store-private.h"

typedef StoreFixture Fixture;

#define FOURNIER_1 "Nous irons jusqu’au bout de cette réforme"
#define FOURNIER_2 "Le budget sera <voté> & tenu"
#define SMITH "The budget is balanced"

static LecternStory *
make_story (const char *title,
            const char *body)
{
  g_autofree char *text = g_strdup_printf ("%s\n\n%s\n", title, body);

  return lectern_story_new (title, "/tmp/story.txt", text);
}

static gint64
add_story (LecternStore *store,
           const char   *title,
           const char   *body)
{
  g_autoptr(LecternStory) story = make_story (title, body);
  g_autoptr(GError) error = NULL;
  gint64 id = lectern_store_add_story_sync (store, story, &error);

  g_assert_no_error (error);
  return id;
}

static void
refresh (LecternStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (lectern_library_refresh_entities_sync (store, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
}

static LecternEntityPage *
get_page (LecternStore *store,
          const char   *name)
{
  g_autoptr(GError) error = NULL;
  LecternEntityPage *page = lectern_library_get_entity_sync (store, name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (page->found_quotes);
  return page;
}

static gboolean
page_has_quote (const LecternEntityPage *page,
                gint64                   story_id,
                const char              *words)
{
  for (guint i = 0; i < page->found_quotes->len; i++)
    {
      const LecternEntityQuote *quote = g_ptr_array_index (page->found_quotes, i);

      /* (The finder may keep a comma inside the marks.) */
      if (quote->story_id == story_id && g_str_has_prefix (quote->quote, words)
          && strlen (quote->quote) <= strlen (words) + 1)
        return TRUE;
    }

  return FALSE;
}

static gint64
count_rows (Fixture    *fixture,
            const char *sql)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  sqlite3 *db = lectern_store_lock_db (fixture->store);
  gint64 n;

  g_assert_cmpint (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  n = sqlite3_column_int64 (stmt, 0);
  lectern_store_unlock_db (fixture->store);
  return n;
}

static gint64
add_stories (LecternStore *store,
             gint64       *out_second)
{
  gint64 first;

  first = add_story (store, "Réforme des retraites",
                     "« " FOURNIER_1 " », a déclaré Camille Fournier mardi devant les députés. "
                     "Le syndicat a répondu que la grève continuerait.\n\n"
                     "“" SMITH ",” said John Smith, the minister.");
  *out_second = add_story (store, "Le budget",
                           "« " FOURNIER_2 " », a assuré Camille Fournier jeudi. "
                           "Les députés voteront la semaine prochaine.");
  return first;
}

/* The page lists the quotations found in its stories, each story's own
 * speaker only, and the dossier holds them under Quotes, escaped. */
static void
test_page_and_dossier (Fixture       *fixture,
                       gconstpointer  user_data)
{
  g_autoptr(LecternEntityPage) page = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *html = NULL;
  gint64 first, second;

  first = add_stories (fixture->store, &second);
  refresh (fixture->store);

  page = get_page (fixture->store, "Camille Fournier");
  g_assert_cmpuint (page->found_quotes->len, ==, 2);
  g_assert_true (page_has_quote (page, first, FOURNIER_1));
  g_assert_true (page_has_quote (page, second, FOURNIER_2));
  g_assert_false (page_has_quote (page, first, SMITH));
  /* In the order of the page's stories. */
  g_assert_cmpint (((LecternEntityQuote *) page->found_quotes->pdata[0])->story_id, ==,
                   ((LecternEntityStory *) page->stories->pdata[0])->story_id);

  markdown = lectern_dossier_write (page, LECTERN_DOSSIER_MARKDOWN, NULL, NULL);
  g_assert_nonnull (strstr (markdown, "## Quotes"));
  g_assert_nonnull (strstr (markdown, "> " FOURNIER_1));
  g_assert_nonnull (strstr (markdown, "Camille Fournier, *Réforme des retraites*"));
  html = lectern_dossier_write (page, LECTERN_DOSSIER_HTML, NULL, NULL);
  g_assert_nonnull (strstr (html, "Le budget sera &lt;voté&gt; &amp; tenu"));
  g_assert_null (strstr (html, "<voté>"));

  g_clear_pointer (&page, lectern_entity_page_free);
  page = get_page (fixture->store, "John Smith");
  g_assert_cmpuint (page->found_quotes->len, ==, 1);
  g_assert_true (page_has_quote (page, first, SMITH));
}

/* A new version of a story, a quotation correction and a deletion each
 * take its quotations along at the next refresh. */
static void
test_in_step (Fixture       *fixture,
              gconstpointer  user_data)
{
  g_autoptr(LecternEntityPage) page = NULL;
  g_autoptr(LecternStory) version = NULL;
  g_autoptr(LecternQuoteCorrection) correction = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first, second;

  first = add_stories (fixture->store, &second);
  refresh (fixture->store);
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM story_quotes"), ==, 3);

  /* Re-import: the old quotation goes at once (with the text), the new
   * one comes with the refresh. */
  version = make_story ("Le budget", "« Le budget sera revu », a assuré Camille Fournier jeudi.");
  g_assert_true (lectern_store_replace_story_text_sync (fixture->store, second, version, NULL,
                                                        &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM story_quotes"), ==, 2);
  refresh (fixture->store);
  page = get_page (fixture->store, "Camille Fournier");
  g_assert_false (page_has_quote (page, second, FOURNIER_2));
  g_assert_true (page_has_quote (page, second, "Le budget sera revu"));
  g_clear_pointer (&page, lectern_entity_page_free);

  /* "Not a quote" on the first story's quotation of Camille Fournier. */
  {
    g_autoptr(LecternStory) story = lectern_store_get_story_sync (fixture->store, first, &error);
    const char *at = strstr (story->text, FOURNIER_1);
    gint64 start = g_utf8_pointer_to_offset (story->text, at);

    correction = lectern_quote_correction_new (LECTERN_QUOTE_CORRECTION_NOT_QUOTE, start,
                                               start + g_utf8_strlen (FOURNIER_1, -1), NULL);
    g_assert_cmpint (lectern_store_add_quote_correction_sync (fixture->store, first, correction,
                                                              &error), >, 0);
    g_assert_no_error (error);
  }
  refresh (fixture->store);
  page = get_page (fixture->store, "Camille Fournier");
  g_assert_false (page_has_quote (page, first, FOURNIER_1));
  g_assert_cmpuint (page->found_quotes->len, ==, 1);
  g_clear_pointer (&page, lectern_entity_page_free);

  /* Deleting a story deletes its quotations. */
  g_assert_true (lectern_store_delete_story_sync (fixture->store, second, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (fixture, "SELECT count (*) FROM story_quotes"), ==, 1);
  page = get_page (fixture->store, "John Smith");
  g_assert_true (page_has_quote (page, first, SMITH));
}

/* A library of the schema before, with its lists made: the migration
 * makes them stale, and the next refresh finds the quotations. */
static void
test_migration (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(LecternStore) old = NULL;
  g_autoptr(LecternEntityPage) page = NULL;
  g_autoptr(GError) error = NULL;
  gint64 first, second;
  guint n_updated = 0;

  g_clear_object (&fixture->store);
  g_unlink (fixture->path);
  old = lectern_store_new_with_version (fixture->path, LECTERN_STORE_VERSION_STORY_QUOTES - 1,
                                        &error);
  g_assert_no_error (error);
  first = add_stories (old, &second);
  /* The lists as the build before made them (it knew no story_quotes). */
  for (gint64 id = first; id <= second; id++)
    {
      LecternExtractor *extractor = lectern_extractor_get_default (&error);
      g_autoptr(LecternStory) story = lectern_store_get_story_sync (old, id, &error);
      g_autoptr(GPtrArray) entities = NULL;

      g_assert_no_error (error);
      entities = lectern_extractor_extract (extractor, story->text, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (lectern_library_put_story_entities_sync (old, id,
                                                              lectern_extractor_get_version (extractor),
                                                              entities, &error));
      g_assert_no_error (error);
    }
  g_clear_object (&old);

  fixture->store = lectern_store_new (fixture->path, &error);
  g_assert_no_error (error);
  g_assert_true (lectern_library_refresh_entities_sync (fixture->store, NULL, NULL, &n_updated,
                                                        &error));
  g_assert_no_error (error);
  g_assert_cmpuint (n_updated, ==, 2);
  page = get_page (fixture->store, "Camille Fournier");
  g_assert_true (page_has_quote (page, first, FOURNIER_1));
  g_assert_true (page_has_quote (page, second, FOURNIER_2));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, G_TEST_OPTION_ISOLATE_DIRS, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, store_fixture_set_up, func, store_fixture_tear_down)
  ADD ("/story-quotes/page-and-dossier", test_page_and_dossier);
  ADD ("/story-quotes/in-step", test_in_step);
  ADD ("/story-quotes/migration", test_migration);
#undef ADD

  return g_test_run ();
}
