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

typedef UiFixture Fixture;

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
  LecternWindow *window = ui_util_open_window (fixture->db_path, 1000, 700);
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
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "reader.highlight", NULL));
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

  ui_util_wait_until_idle (window);
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

  ui_util_close_window (window);
}

static void
wait_frames (LecternWindow *window,
             int            n)
{
  for (int i = 0; i < n; i++)
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      ui_util_flush ();
    }
}

/* The visible ✎ button of a note, anywhere under the text view (GTK
 * puts overlay children in a GtkTextViewChild of their own). A marker
 * shows its note as its tooltip; the notes here are all different. */
static GtkWidget *
find_marker (GtkWidget  *widget,
             const char *note)
{
  if (gtk_widget_has_css_class (widget, "note-marker") && gtk_widget_get_visible (widget)
      && g_strcmp0 (gtk_widget_get_tooltip_text (widget), note) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_marker (child, note);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Checks every note marker shown: it belongs to a highlight with a note
 * and sits level with the first line of that highlight; and every note
 * whose first line is in sight has one. Returns how many were checked. */
static guint
check_markers (LecternWindow *window,
               const char    *when)
{
  GtkTextView *view = lectern_article_view_get_text_view (window_view (window));
  g_autoptr(GPtrArray) highlights = lectern_annotations_list_highlights (lectern_window_get_annotations (window));
  GdkRectangle visible;
  guint checked = 0;

  gtk_text_view_get_visible_rect (view, &visible);
  for (guint i = 0; i < highlights->len; i++)
    {
      const LecternHighlight *highlight = g_ptr_array_index (highlights, i);
      GtkWidget *marker = NULL;
      GtkTextIter start;
      GdkRectangle line;
      graphene_rect_t bounds;
      int wx, wy;
      double middle;

      gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &start, (int) highlight->start);
      gtk_text_view_get_iter_location (view, &start, &line);
      /* Only lines well inside the visible part get a marker. */
      if (line.y < visible.y || line.y + line.height > visible.y + visible.height)
        continue;

      marker = find_marker (GTK_WIDGET (view), highlight->note);
      if (marker == NULL)
        g_error ("%s: the note of the highlight at %" G_GINT64_FORMAT " has no marker", when, highlight->start);

      gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, line.x, line.y, &wx, &wy);
      g_assert_true (gtk_widget_compute_bounds (marker, GTK_WIDGET (view), &bounds));
      middle = bounds.origin.y + bounds.size.height / 2;
      g_test_message ("%s: highlight at %" G_GINT64_FORMAT ": line %d..%d, marker middle %.0f",
                      when, highlight->start, wy, wy + line.height, middle);
      if (middle < wy - 2 || middle > wy + line.height + 2)
        g_error ("%s: the marker of the note at %" G_GINT64_FORMAT " is at y %.0f, its line at %d..%d",
                 when, highlight->start, middle, wy, wy + line.height);
      checked++;
    }

  return checked;
}

static void
on_highlight_activated_cb (LecternArticleView *view,
                           gint64              id,
                           gint64             *activated)
{
  *activated = id;
}

/* Issue 7: note markers drifted to the wrong line or vanished after the
 * sidebar's width changed or the story was reopened. */
static void
test_note_markers (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autofree char *path = g_build_filename (fixture->dir, "notes.txt", NULL);
  g_autofree char *text = make_story (80);
  LecternWindow *window = ui_util_open_window (fixture->db_path, 1000, 700);
  LecternStory *story;
  GtkAdjustment *vadjustment;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  open_story_file (window, path);
  ui_util_wait_until_idle (window);
  story = lectern_window_get_story (window);
  g_assert_cmpstr (story->source, ==, path);

  /* Notes every 230 characters over the first screens, starting in the
   * middle of lines as often as at their start. */
  for (guint i = 0; i < 16; i++)
    {
      gint64 at = 40 + i * 230;
      g_autofree char *note = g_strdup_printf ("note %u", i);

      lectern_annotations_add (lectern_window_get_annotations (window),
                               lectern_highlight_new_for_range (story, at, at + 12, i % 2 ? "green" : "yellow",
                                                                note));
    }
  ui_util_wait_until_idle (window);
  wait_frames (window, 5);
  g_assert_cmpuint (check_markers (window, "shown"), >=, 3);

  /* The sidebar hidden and shown again: the text column changes width. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL));
  wait_frames (window, 10);
  g_assert_cmpuint (check_markers (window, "sidebar toggled"), >=, 3);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL));
  wait_frames (window, 10);
  g_assert_cmpuint (check_markers (window, "sidebar toggled back"), >=, 3);

  /* Zoomed: every line moves. */
  lectern_article_view_set_zoom (window_view (window), 1.4);
  wait_frames (window, 10);
  g_assert_cmpuint (check_markers (window, "zoomed"), >=, 1);
  lectern_article_view_set_zoom (window_view (window), 1.0);
  wait_frames (window, 10);

  /* Scrolled a little. */
  vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (lectern_article_view_get_text_view (window_view (window))));
  gtk_adjustment_set_value (vadjustment, 300);
  wait_frames (window, 5);
  g_assert_cmpuint (check_markers (window, "scrolled"), >=, 2);

  /* A narrower window while scrolled: the lines wrap anew and the view
   * is allocated with the scroll offset. */
  {
    int width = gtk_widget_get_width (GTK_WIDGET (lectern_article_view_get_text_view (window_view (window))));

    gtk_window_set_default_size (GTK_WINDOW (window), 640, 700);
    wait_frames (window, 10);
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (lectern_article_view_get_text_view (window_view (window)))),
                     <, width);
    g_assert_cmpuint (check_markers (window, "narrowed while scrolled"), >=, 2);
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL));
    wait_frames (window, 10);
    g_assert_cmpuint (check_markers (window, "sidebar toggled while scrolled"), >=, 2);
  }

  /* Reopened: the story comes back at the same place with its markers. */
  ui_util_close_window (window);
  window = ui_util_open_window (fixture->db_path, 1000, 700);
  ui_util_wait_until_idle (window);
  wait_frames (window, 10);
  g_assert_cmpstr (lectern_window_get_story (window)->source, ==, path);
  g_assert_cmpuint (check_markers (window, "reopened"), >=, 2);

  /* A click on a marker opens its own highlight. */
  {
    g_autoptr(GPtrArray) highlights = lectern_annotations_list_highlights (lectern_window_get_annotations (window));
    gint64 activated = -1;
    GtkWidget *marker = NULL;
    const LecternHighlight *highlight = NULL;
    gint64 deadline;

    for (guint i = 0; i < highlights->len && marker == NULL; i++)
      {
        highlight = g_ptr_array_index (highlights, i);
        marker = find_marker (GTK_WIDGET (lectern_article_view_get_text_view (window_view (window))),
                              highlight->note);
      }
    g_assert_nonnull (marker);
    g_signal_connect (window_view (window), "highlight-activated", G_CALLBACK (on_highlight_activated_cb),
                      &activated);
    /* A button's activation ends, with its click, after a short delay. */
    deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
    g_assert_true (gtk_widget_activate (marker));
    while (activated == -1 && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpint (activated, ==, highlight->id);
    g_signal_handlers_disconnect_by_func (window_view (window), on_highlight_activated_cb, &activated);
  }

  ui_util_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* The sidebar slides in and out; on a loaded machine a frame of that
   * animation could be drawn before the box it moves was laid out (a GTK
   * warning, fatal here). The markers are checked once it rests. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add ("/reader/highlight-while-loading", Fixture, NULL, ui_fixture_setup,
              test_highlight_while_loading, ui_fixture_teardown);
  g_test_add ("/reader/note-markers", Fixture, NULL, ui_fixture_setup,
              test_note_markers, ui_fixture_teardown);

  return g_test_run ();
}
