/* test-library-features.c: the library's features of issue 13 round 8 in
 * the real window on a real SQLite library in a temporary folder: the
 * search index kept up at idle, the quotations found in the stories on
 * the entity page, reading progress saved as the reader scrolls and
 * restored, a tag on many stories at once with Undo
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ui-util.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>

#include "lectern-search.h"
#include "lectern-dossier.h"
#include "lectern-library-list.h"
#include "lectern-store.h"
#include "lectern-window.h"

typedef UiFixture Fixture;

static gint64
indexed_upto (Fixture *fixture)
{
  return ui_util_query_int (fixture->db_path, "SELECT indexed_upto FROM search_state", 0);
}

static gint64
newest_story (Fixture *fixture)
{
  return ui_util_query_int (fixture->db_path, "SELECT coalesce (max (id), 0) FROM stories", 0);
}

static void
import_files (Fixture       *fixture,
              LecternWindow *window,
              guint          first,
              guint          n)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;

  for (guint i = first; i < first + n; i++)
    {
      g_autofree char *name = g_strdup_printf ("story-%u.txt", i);
      g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
      g_autofree char *text = g_strdup_printf ("Story %u\n\nThe harbour of Brest, number %u, "
                                               "and its cranes.\n", i, i);

      g_assert_true (g_file_set_contents (path, text, -1, &error));
      g_assert_no_error (error);
      g_ptr_array_add (files, g_file_new_for_path (path));
    }
  lectern_window_open_files (window, (GFile **) files->pdata, files->len);
  ui_util_wait_until_idle (window);
}

/* Imported stories are indexed for search a moment after the imports,
 * without a search; a story imported just before quitting is indexed on
 * quit. */
static void
test_index_at_idle (Fixture       *fixture,
                    gconstpointer  data)
{
  LecternWindow *window;
  gint64 deadline;

  g_setenv ("LECTERN_INDEX_DELAY_MSEC", "500", TRUE);
  window = ui_util_open_window (fixture->db_path, 1000, 700);
  import_files (fixture, window, 0, 3);
  g_assert_cmpint (newest_story (fixture), >=, 3);

  deadline = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;
  while (indexed_upto (fixture) < newest_story (fixture))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_cmpint (ui_util_query_int (fixture->db_path, "SELECT count (*) FROM search_queue", 0), ==, 0);
  g_assert_cmpint (ui_util_query_int (fixture->db_path, "SELECT count (*) FROM search_stories"
                                                " WHERE search_stories MATCH 'brest'", 0),
                   ==, 3);
  ui_util_close_window (window);

  /* Long before the delay is over, the window closes. */
  g_setenv ("LECTERN_INDEX_DELAY_MSEC", "600000", TRUE);
  window = ui_util_open_window (fixture->db_path, 1000, 700);
  import_files (fixture, window, 3, 1);
  g_assert_cmpint (indexed_upto (fixture), <, newest_story (fixture));
  ui_util_close_window (window);
  g_assert_cmpint (indexed_upto (fixture), ==, newest_story (fixture));
  g_assert_cmpint (ui_util_query_int (fixture->db_path, "SELECT count (*) FROM search_stories"
                                                " WHERE search_stories MATCH 'brest'", 0),
                   ==, 4);
  g_unsetenv ("LECTERN_INDEX_DELAY_MSEC");
}

static gint64
add_story (LecternStore *store,
           const char   *title,
           const char   *body)
{
  g_autofree char *text = g_strdup_printf ("%s\n\n%s\n", title, body);
  g_autoptr(LecternStory) story = lectern_story_new (title, "", text);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (lectern_store_add_story_sync (store, story, &error), >, 0);
  g_assert_no_error (error);
  return story->id;
}

/* The entity page lists what the quote finder attributes to her in the
 * library's stories, none of them highlighted. */
static void
test_entity_found_quotes (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  LecternWindow *window;
  LecternEntityView *view;
  gint64 deadline;

  {
    g_autoptr(LecternStore) store = lectern_store_new (fixture->db_path, &error);

    g_assert_no_error (error);
    add_story (store, "Réforme des retraites",
               "« Nous irons jusqu’au bout de cette réforme », a déclaré Camille Fournier "
               "mardi devant les députés. Le syndicat a répondu que la grève continuerait.");
    add_story (store, "Le budget",
               "« Le budget sera tenu », a assuré Camille Fournier jeudi. Les députés "
               "voteront la semaine prochaine.");
  }

  window = ui_util_open_window (fixture->db_path, 1000, 700);
  lectern_window_show_entity (window, "Camille Fournier");
  view = lectern_window_get_entity_view (window);
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (lectern_entity_view_get_page (view) == NULL || lectern_entity_view_get_loading (view))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  if (lectern_entity_view_get_page (view)->stories->len == 0)
    {
      g_test_skip ("The extractor does not find Camille Fournier (placeholder extractor?)");
      ui_util_close_window (window);
      return;
    }
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpuint (lectern_entity_view_get_page (view)->found_quotes->len, ==, 2);
  g_assert_nonnull (ui_util_find_label (GTK_WIDGET (view), "Quotes Found in the Stories (2)"));
  g_assert_nonnull (ui_util_find_label (GTK_WIDGET (view),
                                        "“Nous irons jusqu’au bout de cette réforme”"));
  g_assert_nonnull (ui_util_find_label (GTK_WIDGET (view), "“Le budget sera tenu”"));
  ui_util_close_window (window);
}

static void
open_story (LecternWindow *window,
            gint64         id)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-story", "x", id));
  ui_util_wait_until_idle (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  ui_util_wait_until_idle (window);
}

static GtkDropDown *
find_drop_down (GtkWidget *widget)
{
  if (GTK_IS_DROP_DOWN (widget))
    return GTK_DROP_DOWN (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_drop_down (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static gint64
item_id_at (GListModel *model,
            guint       position)
{
  g_autoptr(LecternLibraryItem) item = g_list_model_get_item (model, position);

  g_assert_nonnull (item);
  return lectern_library_item_get_id (item);
}

/* Scrolled halfway, the story's progress is saved a moment later with the
 * first visible character; opened again after another story, it returns
 * there; the library lists it. */
static void
test_reading_progress (Fixture       *fixture,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) body = g_string_new (NULL);
  LecternWindow *window;
  LecternArticleView *view;
  GtkAdjustment *adjustment;
  gint64 long_story, other, never, offset = 0, deadline;
  double fraction = -1;

  for (int i = 0; i < 300; i++)
    g_string_append_printf (body, "Paragraph %d of a long story about harbours and their cranes.\n\n", i);
  {
    g_autoptr(LecternStore) store = lectern_store_new (fixture->db_path, &error);

    g_assert_no_error (error);
    long_story = add_story (store, "A long story", body->str);
    other = add_story (store, "Another story", "Short.");
    never = add_story (store, "Never opened", "Short too.");
  }

  window = ui_util_open_window (fixture->db_path, 1000, 700);
  view = lectern_window_get_article_view (window);
  open_story (window, long_story);
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (lectern_article_view_get_text_view (view)));
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, 2 * gtk_adjustment_get_page_size (adjustment));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Saved a moment later, off the main thread. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (fraction < 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      ui_util_wait_ms (100);
      g_assert_true (lectern_library_get_progress_sync (lectern_window_get_store (window),
                                                        long_story, &fraction, &offset, &error));
    }
  g_assert_cmpfloat (fraction, >, 0.4);
  g_assert_cmpfloat (fraction, <, 0.9);
  g_assert_cmpint (offset, >, body->len / 3);
  g_assert_cmpint (offset, <, body->len * 2 / 3);

  /* Another story, then this one again: back at the saved place. */
  open_story (window, other);
  open_story (window, long_story);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  /* (GtkTextView scrolls there once the lines on the way are laid out.) */
  while (lectern_article_view_get_reading_offset (view) < offset - 200
         && g_get_monotonic_time () < deadline)
    ui_util_wait_ms (50);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpint (lectern_article_view_get_reading_offset (view), >, offset - 200);
  g_assert_cmpint (lectern_article_view_get_reading_offset (view), <, offset + 2000);

  /* The short story, seen whole, was saved as read (off the main thread,
   * however slow the store). */
  {
    double other_fraction = 0;
    gint64 other_offset = 0;

    deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    for (;;)
      {
        g_assert_true (lectern_library_get_progress_sync (lectern_window_get_store (window), other,
                                                          &other_fraction, &other_offset, &error));
        g_assert_no_error (error);
        if (other_fraction >= 1.0)
          break;
        g_assert_cmpint (g_get_monotonic_time (), <, deadline);
        ui_util_wait_ms (100);
      }
  }

  /* The library shows it on the story's row, and "unread" finds the one
   * never opened. */
  {
    LecternLibraryView *library = lectern_window_get_library_view (window);
    g_autofree char *details = g_strdup_printf ("%d %%", (int) (fraction * 100));
    GListModel *model;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
    ui_util_wait_until_idle (window);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    g_assert_nonnull (ui_util_find_label (GTK_WIDGET (library), details));
    g_assert_nonnull (ui_util_find_label (GTK_WIDGET (library), "Unread"));
    /* Seen whole on one screen: read. */
    g_assert_nonnull (ui_util_find_label (GTK_WIDGET (library), "Finished"));
    lectern_library_view_set_filter_text (library, "unread");
    model = G_LIST_MODEL (lectern_library_view_get_model (library));
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 1);
    {
      g_autoptr(LecternLibraryItem) item = g_list_model_get_item (model, 0);

      g_assert_cmpint (lectern_library_item_get_id (item), ==, never);
    }
    lectern_library_view_set_filter_text (library, "");

    /* Sorted by reading progress from the page's menu: the story being
     * read first, then the unread one; the finished one last. */
    {
      GtkDropDown *sort = find_drop_down (GTK_WIDGET (library));
      GtkStringObject *label;
      guint n = g_list_model_get_n_items (model);

      g_assert_nonnull (sort);
      label = g_list_model_get_item (gtk_drop_down_get_model (sort), LECTERN_LIBRARY_SORT_PROGRESS);
      g_assert_cmpstr (gtk_string_object_get_string (label), ==, "Reading Progress");
      g_object_unref (label);
      gtk_drop_down_set_selected (sort, LECTERN_LIBRARY_SORT_PROGRESS);
      g_assert_cmpint (item_id_at (model, 0), ==, long_story);
      g_assert_cmpint (item_id_at (model, 1), ==, never);
      g_assert_cmpint (item_id_at (model, n - 1), ==, other);
      gtk_drop_down_set_selected (sort, LECTERN_LIBRARY_SORT_ADDED);
      g_assert_cmpint (item_id_at (model, 0), ==, never);
    }
  }
  ui_util_close_window (window);
}

static guint
n_tags (LecternWindow *window,
        gint64         id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) tags = lectern_library_get_story_tags_sync (lectern_window_get_store (window), id,
                                                                   &error);

  g_assert_no_error (error);
  return tags->len;
}

/* Two stories selected, Tag…, "Budget", Add: both tagged, the rows say
 * so; Undo takes it back. */
static void
test_tag_stories (Fixture       *fixture,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  LecternWindow *window;
  LecternLibraryView *library;
  GtkSelectionModel *model;
  AdwMessageDialog *dialog;
  GtkWidget *undo;
  gint64 ids[3], deadline;

  {
    g_autoptr(LecternStore) store = lectern_store_new (fixture->db_path, &error);

    g_assert_no_error (error);
    ids[0] = add_story (store, "Un", "Un texte.");
    ids[1] = add_story (store, "Deux", "Un autre texte.");
    ids[2] = add_story (store, "Trois", "Encore un texte.");
  }
  window = ui_util_open_window (fixture->db_path, 1000, 700);
  library = lectern_window_get_library_view (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  ui_util_wait_until_idle (window);
  model = lectern_library_view_get_model (library);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    {
      g_autoptr(LecternLibraryItem) item = g_list_model_get_item (G_LIST_MODEL (model), i);

      if (lectern_library_item_get_id (item) != ids[1])
        gtk_selection_model_select_item (model, i, FALSE);
    }
  g_assert_true (gtk_widget_get_sensitive (ui_util_find_button (GTK_WIDGET (library), "_Tag…")));

  lectern_library_view_tag_selected (library);
  dialog = ui_util_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
  gtk_editable_set_text (GTK_EDITABLE (adw_message_dialog_get_extra_child (dialog)), " Budget ");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
  adw_message_dialog_response (dialog, "add");
  gtk_window_destroy (GTK_WINDOW (dialog));

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((undo = ui_util_find_button (GTK_WIDGET (window), "_Undo")) == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      ui_util_wait_ms (20);
    }
  ui_util_wait_until_idle (window);
  g_assert_cmpuint (n_tags (window, ids[0]), ==, 1);
  g_assert_cmpuint (n_tags (window, ids[1]), ==, 0);
  g_assert_cmpuint (n_tags (window, ids[2]), ==, 1);
  g_assert_nonnull (ui_util_find_label (GTK_WIDGET (window), "Tag “Budget” added to 2 stories"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_nonnull (ui_util_find_label (GTK_WIDGET (library), "Unread · Budget"));

  /* Undo: gone from both. */
  g_signal_emit_by_name (undo, "clicked");
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (n_tags (window, ids[0]) > 0 || n_tags (window, ids[2]) > 0)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      ui_util_wait_ms (20);
    }
  ui_util_wait_until_idle (window);
  ui_util_close_window (window);
}

static GtkEditable *
find_search_entry (GtkWidget *widget)
{
  if (GTK_IS_SEARCH_ENTRY (widget))
    return GTK_EDITABLE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkEditable *found = find_search_entry (child);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Waits until the library page shows `n` rows, or fails. */
static void
wait_for_rows (LecternWindow *window,
               GListModel    *model,
               guint          n)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (g_list_model_get_n_items (model) != n)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      ui_util_wait_ms (50);
    }
  ui_util_wait_until_idle (window);
}

/* Names typed in the library's filter find the stories naming them: one
 * opened in the app at once, one never opened once the refresher has
 * made its list at idle (typed before that, the row appears when it
 * has). */
static void
test_filter_names (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  LecternWindow *window;
  LecternLibraryView *library;
  GtkEditable *entry;
  GListModel *model;
  gint64 never;
  gint64 opened;

  {
    g_autoptr(LecternStore) store = lectern_store_new (fixture->db_path, &error);

    g_assert_no_error (error);
    never = add_story (store, "Réforme des retraites",
                       "La ministre Camille Fournier a défendu la réforme mardi. "
                       "Camille Fournier a répondu aux syndicats.");
    opened = add_story (store, "Le budget",
                        "Le ministre du Travail, Olivier Dussopt, a présenté le budget. "
                        "Olivier Dussopt a défendu ses choix devant les députés.");
  }

  /* No refresher this time: only opening makes a list. */
  g_setenv ("LECTERN_INDEX_DELAY_MSEC", "600000", TRUE);
  window = ui_util_open_window (fixture->db_path, 1000, 700);
  open_story (window, opened);
  library = lectern_window_get_library_view (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  ui_util_wait_until_idle (window);
  model = G_LIST_MODEL (lectern_library_view_get_model (library));
  entry = find_search_entry (GTK_WIDGET (library));
  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, "dussopt");
  wait_for_rows (window, model, 1);
  g_assert_cmpint (item_id_at (model, 0), ==, opened);
  gtk_editable_set_text (entry, "fournier");
  wait_for_rows (window, model, 0);
  g_assert_cmpint (ui_util_query_int (fixture->db_path, "SELECT count (*) FROM story_entities"
                                                " WHERE story_id = ?", never), ==, 0);
  ui_util_close_window (window);

  /* The refresher at idle, the filter typed before it runs. */
  g_setenv ("LECTERN_INDEX_DELAY_MSEC", "300", TRUE);
  window = ui_util_open_window (fixture->db_path, 1000, 700);
  library = lectern_window_get_library_view (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  ui_util_wait_until_idle (window);
  model = G_LIST_MODEL (lectern_library_view_get_model (library));
  entry = find_search_entry (GTK_WIDGET (library));
  gtk_editable_set_text (entry, "camille fournier");
  wait_for_rows (window, model, 1);
  g_assert_cmpint (item_id_at (model, 0), ==, never);
  g_assert_nonnull (ui_util_find_label (GTK_WIDGET (library), "Réforme des retraites"));
  g_assert_cmpint (ui_util_query_int (fixture->db_path, "SELECT count (*) FROM story_entities"
                                                " WHERE story_id = ?", never), >, 0);
  ui_util_close_window (window);
  g_unsetenv ("LECTERN_INDEX_DELAY_MSEC");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, ui_fixture_setup, func, ui_fixture_teardown)
  ADD ("/ui/library/index-at-idle", test_index_at_idle);
  ADD ("/ui/library/entity-found-quotes", test_entity_found_quotes);
  ADD ("/ui/library/reading-progress", test_reading_progress);
  ADD ("/ui/library/tag-stories", test_tag_stories);
  ADD ("/ui/library/filter-names", test_filter_names);
#undef ADD

  return g_test_run ();
}
