/* test-reader.c: the reading pane on long stories: highlighting the part
 * already shown while the rest loads, and note markers level with their
 * highlight after the text reflows or the story is reopened
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ui-util.h"

#include <adwaita.h>
#include <sqlite3.h>
#include <string.h>

#include "lectern-article-view.h"
#include "lectern-window.h"
#include "lectern-window-private.h"

typedef struct
{
  char *dir;
  char *db_path;
} Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("lectern-reader-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "library.db", NULL);
  g_settings_reset (settings, "last-story");
  g_settings_reset (settings, "last-scroll");
  g_settings_reset (settings, "zoom");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  ui_util_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
}

static void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static void
wait_until_idle (LecternWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;

  iterate ();
  while (lectern_window_is_busy (window))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  iterate ();
}

static LecternWindow *
open_window (Fixture *fixture)
{
  LecternWindow *window = lectern_window_new (NULL, fixture->db_path);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  wait_until_idle (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  return window;
}

static void
close_window (LecternWindow *window)
{
  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  wait_until_idle (window);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
  g_object_unref (window);
}

static LecternArticleView *
window_view (LecternWindow *window)
{
  return lectern_window_get_article_view (window);
}

static GtkTextBuffer *
window_buffer (LecternWindow *window)
{
  return gtk_text_view_get_buffer (lectern_article_view_get_text_view (window_view (window)));
}

/* Paragraphs of different lengths, so that a width change moves lines by
 * different amounts; `n` of them. */
static char *
make_story (guint n)
{
  GString *text = g_string_new ("A long story for the reader\n\n");

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (text, "Paragraph %u begins here.", i);
      for (guint j = 0; j < 3 + (i * 7) % 23; j++)
        g_string_append (text, " The harbour master said the tide would turn before the ships came in, and nobody believed him.");
      g_string_append (text, "\n\n");
    }

  return g_string_free (text, FALSE);
}

static void
open_story_file (LecternWindow *window,
                 const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  lectern_window_open_files (window, &file, 1);
}

static int
count_rows (const char *db_path,
            gint64     *start,
            gint64     *end)
{
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int n = 0;

  g_assert_cmpint (sqlite3_open_v2 (db_path, &db, SQLITE_OPEN_READONLY, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT start_pos, end_pos FROM highlights ORDER BY id",
                                       -1, &stmt, NULL), ==, SQLITE_OK);
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      if (n == 0)
        {
          *start = sqlite3_column_int64 (stmt, 0);
          *end = sqlite3_column_int64 (stmt, 1);
        }
      n++;
    }
  sqlite3_finalize (stmt);
  sqlite3_close (db);

  return n;
}

/* Issue 7: H in the part of a long story already shown works while the
 * rest still loads, and is stored at the story's offsets. */
static void
test_highlight_while_loading (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "long.txt", NULL);
  g_autofree char *text = make_story (3200);
  LecternWindow *window = open_window (fixture);
  LecternStory *story;
  g_autofree char *tag_name = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *shown = NULL;
  GtkTextIter s, e;
  gint64 deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  gint64 start = -1, end = -1;
  gboolean painted_while_loading = FALSE;

  /* Several megabytes: loaded in idle steps behind a progress bar. */
  g_assert_cmpuint (strlen (text), >, 4 * 1024 * 1024);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  open_story_file (window, path);

  /* Wait for the stored story to start showing. */
  for (;;)
    {
      story = lectern_window_get_story (window);
      if (story != NULL && g_strcmp0 (story->source, path) == 0)
        break;
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_true (lectern_article_view_get_loading (window_view (window)));
  g_assert_cmpint (gtk_text_buffer_get_char_count (window_buffer (window)), <, story->n_chars);

  /* A passage of the part shown, selected and highlighted with H. */
  gtk_text_buffer_get_iter_at_offset (window_buffer (window), &s, 1200);
  gtk_text_buffer_get_iter_at_offset (window_buffer (window), &e, 1275);
  gtk_text_buffer_select_range (window_buffer (window), &s, &e);
  shown = gtk_text_buffer_get_text (window_buffer (window), &s, &e, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.highlight", NULL));
  g_assert_true (lectern_article_view_get_loading (window_view (window)));

  /* Painted on the part shown as soon as it is stored, if the loading is
   * not over by then. */
  while (lectern_window_get_annotations (window) != NULL
         && g_list_model_get_n_items (G_LIST_MODEL (lectern_window_get_annotations (window))) == 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  if (lectern_article_view_get_loading (window_view (window)))
    {
      g_autoptr(GPtrArray) highlights = lectern_annotations_list_highlights (lectern_window_get_annotations (window));
      const LecternHighlight *highlight = g_ptr_array_index (highlights, 0);
      GtkTextTag *tag;

      tag_name = lectern_article_view_highlight_tag_name (highlight->id);
      tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (window_buffer (window)), tag_name);
      g_assert_nonnull (tag);
      gtk_text_buffer_get_iter_at_offset (window_buffer (window), &s, 1200);
      painted_while_loading = gtk_text_iter_has_tag (&s, tag);
      g_assert_true (painted_while_loading);
      g_clear_pointer (&tag_name, g_free);
    }
  g_test_message ("painted while loading: %s", painted_while_loading ? "yes" : "no (loading was over)");

  wait_until_idle (window);
  g_assert_false (lectern_article_view_get_loading (window_view (window)));

  /* Stored at the offsets of the stored text, and painted there on the
   * whole story. */
  g_assert_cmpint (count_rows (fixture->db_path, &start, &end), ==, 1);
  g_assert_cmpint (start, ==, 1200);
  g_assert_cmpint (end, ==, 1275);
  expected = g_utf8_substring (story->text, 1200, 1275);
  g_assert_cmpstr (shown, ==, expected);
  g_assert_cmpint (gtk_text_buffer_get_char_count (window_buffer (window)), ==, story->n_chars);
  {
    g_autoptr(GPtrArray) highlights = lectern_annotations_list_highlights (lectern_window_get_annotations (window));
    const LecternHighlight *highlight = g_ptr_array_index (highlights, 0);
    GtkTextTag *tag;

    tag_name = lectern_article_view_highlight_tag_name (highlight->id);
    tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (window_buffer (window)), tag_name);
    g_assert_nonnull (tag);
    gtk_text_buffer_get_iter_at_offset (window_buffer (window), &s, 1200);
    gtk_text_buffer_get_iter_at_offset (window_buffer (window), &e, 1274);
    g_assert_true (gtk_text_iter_has_tag (&s, tag));
    g_assert_true (gtk_text_iter_has_tag (&e, tag));
    gtk_text_iter_forward_char (&e);
    g_assert_false (gtk_text_iter_has_tag (&e, tag));
    g_assert_cmpstr (highlight->quote, ==, expected);
  }

  close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/reader/highlight-while-loading", Fixture, NULL, fixture_setup,
              test_highlight_while_loading, fixture_teardown);

  return g_test_run ();
}
