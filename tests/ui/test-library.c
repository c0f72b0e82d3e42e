/* test-library.c: the library page (sort, filter, delete with Undo) and
 * Search Everything (a result opens its story on the passage), in the real
 * window on a real SQLite library in a temporary folder
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ui-util.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "lectern-highlight.h"
#include "lectern-library-row.h"
#include "lectern-search.h"
#include "lectern-store.h"
#include "lectern-window.h"

typedef struct
{
  char  *dir;
  char  *db_path;
  gint64 rain;       /* no highlights, site "Le Monde" */
  gint64 state;      /* "L’État …", 3 highlights, one tagged "budget" */
  gint64 market;     /* 1 highlight with a note, published 2019 */
  gint64 cathedral;  /* "cathédrale" deep in its text */
} Fixture;

static gint64
add_story (LecternStore *store,
           const char   *title,
           const char   *body,
           const char   *site,
           const char   *published)
{
  g_autofree char *text = g_strdup_printf ("%s\n\n%s\n", title, body);
  g_autoptr(LecternStory) story = lectern_story_new (title, "", text);
  g_autoptr(GError) error = NULL;

  g_free (story->site);
  story->site = g_strdup (site);
  g_free (story->published);
  story->published = g_strdup (published);
  g_assert_cmpint (lectern_store_add_story_sync (store, story, &error), >, 0);
  g_assert_no_error (error);

  return story->id;
}

static void
add_highlight (LecternStore *store,
               gint64        story_id,
               const char   *quote,
               const char   *note,
               const char   *tag)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStory) story = lectern_store_get_story_sync (store, story_id, &error);
  const char *at = strstr (story->text, quote);
  gint64 start = g_utf8_pointer_to_offset (story->text, at);
  LecternHighlight *highlight = lectern_highlight_new_for_range (story, start, start + g_utf8_strlen (quote, -1),
                                                                 "yellow", note);
  const char *tags[] = { tag, NULL };

  if (tag != NULL)
    lectern_highlight_set_tags (highlight, tags);
  g_assert_cmpint (lectern_store_add_highlight_sync (store, highlight, &error), >, 0);
  g_assert_no_error (error);
  lectern_highlight_free (highlight);
}

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStore) store = NULL;
  g_autoptr(GString) long_text = g_string_new (NULL);

  fixture->dir = g_dir_make_tmp ("lectern-library-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->db_path = g_build_filename (fixture->dir, "library.db", NULL);
  g_settings_reset (settings, "last-story");
  g_settings_reset (settings, "last-scroll");

  store = lectern_store_new (fixture->db_path, &error);
  g_assert_no_error (error);
  fixture->rain = add_story (store, "Pluie sur la ville", "La pluie tombe depuis trois jours entiers sur la ville.",
                             "Le Monde", "2024-03-05");
  fixture->state = add_story (store, "L’État et le budget", "Le ministre présente le budget de l’État. "
                              "Les députés votent mardi. Les syndicats protestent.", "Libération", "");
  add_highlight (store, fixture->state, "Le ministre", "", "budget");
  add_highlight (store, fixture->state, "Les députés", "", NULL);
  add_highlight (store, fixture->state, "Les syndicats", "", NULL);
  fixture->market = add_story (store, "Zinc market opens", "The market opens early on Saturday and closes at noon.",
                               "The Guardian", "2019-06-01");
  add_highlight (store, fixture->market, "closes at noon", "remarquable horaire", NULL);
  for (int i = 0; i < 200; i++)
    g_string_append_printf (long_text, "Paragraph %d of a long story about old towns and their streets.\n\n", i);
  g_string_append (long_text, "At last the old cathédrale appears above the roofs.\n");
  fixture->cathedral = add_story (store, "Alpha walk", long_text->str, "", "");
}


static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  ui_util_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->db_path);
}

static gboolean
story_in_file (Fixture *fixture,
               gint64   id)
{
  return ui_util_query_int (fixture->db_path, "SELECT count (*) FROM stories WHERE id = ?", id) == 1;
}

static gint64
item_id (GListModel *model,
         guint       position)
{
  g_autoptr(LecternLibraryItem) item = g_list_model_get_item (model, position);

  return item != NULL ? lectern_library_item_get_id (item) : 0;
}

static gboolean
model_has (GListModel *model,
           gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (item_id (model, i) == id)
      return TRUE;

  return FALSE;
}

static void
select_only (GtkSelectionModel *model,
             gint64             id)
{
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (model)); i++)
    if (item_id (G_LIST_MODEL (model), i) == id)
      {
        gtk_selection_model_select_item (model, i, TRUE);
        return;
      }
  g_assert_not_reached ();
}


/* A button showing `text`. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_BUTTON (widget) && ui_util_find_label (widget, text) != NULL)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The list view showing `model` (the sort menu has one too). */
/* Runs the action of widget's own shortcut for keyval and modifiers, as
 * the key would: TRUE if it took the key. */
static gboolean
activate_shortcut (GtkWidget       *widget,
                   guint            keyval,
                   GdkModifierType  modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          if (GTK_IS_KEYVAL_TRIGGER (trigger)
              && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
              && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers)
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_assert_not_reached ();
}

static GtkWidget *
find_list_view (GtkWidget         *widget,
                GtkSelectionModel *model)
{
  if (GTK_IS_LIST_VIEW (widget) && gtk_list_view_get_model (GTK_LIST_VIEW (widget)) == model)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_list_view (child, model);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* Saves the window as $SHOT_DIR/NAME.png, to look at. */
static void
save_shot (LecternWindow *window,
           const char    *name)
{
  const char *dir = g_getenv ("SHOT_DIR");
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));

  if (dir == NULL)
    return;

  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_mkdir_with_parents (dir, 0755);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  gdk_texture_save_to_png (texture, path);
}

/* Clicks one of the question's buttons ("Cancel", "Delete"), then waits
 * for the question to go. */
static void
answer_dialog (const char *label)
{
  AdwMessageDialog *dialog = ui_util_find_message_dialog ();
  GtkWidget *button;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_assert_nonnull (dialog);
  button = find_button (GTK_WIDGET (dialog), label);
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  while (ui_util_find_message_dialog () != NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

static void
test_library_page (Fixture       *fixture,
                   gconstpointer  data)
{
  LecternWindow *window = ui_util_open_window (fixture->db_path, 1000, 700);
  LecternLibraryView *library = lectern_window_get_library_view (window);
  GtkSelectionModel *model = lectern_library_view_get_model (library);
  GListModel *list = G_LIST_MODEL (model);
  guint n_all;
  GtkWidget *title, *row;

  /* Ctrl+L shows the page, every story of the file listed. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  ui_util_wait_until_idle (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_cmpstr (lectern_window_get_page (window), ==, "library");
  n_all = g_list_model_get_n_items (list);
  g_assert_cmpint (n_all, ==, ui_util_query_int (fixture->db_path, "SELECT count (*) FROM stories WHERE id > ?", 0));
  g_assert_cmpint (n_all, >=, 4);

  /* Rows are drawn with their title and named for screen readers. */
  title = ui_util_find_label (GTK_WIDGET (library), "Zinc market opens");
  g_assert_nonnull (title);
  row = gtk_widget_get_ancestor (title, LECTERN_TYPE_LIBRARY_ROW);
  g_assert_nonnull (row);
  g_assert_true (LECTERN_IS_LIBRARY_ITEM (lectern_library_row_get_item (LECTERN_LIBRARY_ROW (row))));
  g_assert_cmpint (lectern_library_item_get_id (lectern_library_row_get_item (LECTERN_LIBRARY_ROW (row))), ==,
                   fixture->market);
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL));
  /* The list's row, where a screen reader lands, is named too. */
  g_assert_true (gtk_test_accessible_has_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                                   GTK_ACCESSIBLE_PROPERTY_LABEL));
  /* Each row names its own story: title, origin and count, date, progress. */
  {
    const char *label = "Zinc market opens, The Guardian · 1 highlight, 1 Jun 2019, Unread";
    g_autofree char *error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                                 label);
    g_autofree char *list_error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)),
                                                                      GTK_ACCESSIBLE_PROPERTY_LABEL, label);

    g_assert_null (error);
    g_assert_null (list_error);
  }
  g_assert_nonnull (ui_util_find_label (GTK_WIDGET (library), "The Guardian · 1 highlight"));
  /* The snippet, read for the rows drawn (once drawn), without the title. */
  ui_util_wait_until_idle (window);
  g_assert_nonnull (ui_util_find_label (GTK_WIDGET (library), "The market opens early on Saturday and closes at noon."));
  save_shot (window, "library");

  /* The rows' heights follow the system font: kept for every row, the
   * lines' heights are measured again when it changes. */
  {
    GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (window));
    g_autofree char *font = NULL;
    int height = gtk_widget_get_height (row);

    g_object_get (settings, "gtk-font-name", &font, NULL);
    g_assert_cmpint (height, >, 0);
    g_object_set (settings, "gtk-font-name", "Sans 24", NULL);
    ui_util_wait_until_idle (window);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    /* (Only the snippet is in the system font; Adwaita sizes .heading and
     * .caption in points of their own.) */
    g_assert_cmpint (gtk_widget_get_height (row), >, height + 10);
    g_object_set (settings, "gtk-font-name", font, NULL);
    ui_util_wait_until_idle (window);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    g_assert_cmpint (gtk_widget_get_height (row), ==, height);
  }

  /* Sorts: newest first by default; by title; most highlighted; published. */
  g_assert_cmpint (item_id (list, 0), ==, fixture->cathedral);
  lectern_library_view_set_sort (library, LECTERN_LIBRARY_SORT_TITLE);
  g_assert_cmpint (item_id (list, 0), ==, fixture->cathedral);  /* "Alpha walk" */
  g_assert_cmpint (item_id (list, n_all - 1), ==, fixture->market);  /* "Zinc market opens" */
  lectern_library_view_set_sort (library, LECTERN_LIBRARY_SORT_HIGHLIGHTS);
  g_assert_cmpint (item_id (list, 0), ==, fixture->state);
  g_assert_cmpint (item_id (list, 1), ==, fixture->market);
  lectern_library_view_set_sort (library, LECTERN_LIBRARY_SORT_PUBLISHED);
  g_assert_cmpint (item_id (list, 0), ==, fixture->rain);
  g_assert_cmpint (item_id (list, 1), ==, fixture->market);
  lectern_library_view_set_sort (library, LECTERN_LIBRARY_SORT_ADDED);

  /* Filters: accents folded, on title, site and tags; the count says so. */
  lectern_library_view_set_filter_text (library, "etat");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_cmpint (item_id (list, 0), ==, fixture->state);
  {
    g_autofree char *expected = g_strdup_printf ("1 of %u stories", n_all);

    g_assert_cmpstr (lectern_library_view_get_count_text (library), ==, expected);
  }
  lectern_library_view_set_filter_text (library, "guardian");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_cmpint (item_id (list, 0), ==, fixture->market);
  lectern_library_view_set_filter_text (library, "budget libe");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  lectern_library_view_set_filter_text (library, "nothing like this");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
  lectern_library_view_set_filter_text (library, "");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n_all);

  /* Delete a story without highlights: no question, an Undo toast; the
   * file keeps it until the toast goes. */
  select_only (model, fixture->rain);
  lectern_library_view_delete_selected (library);
  g_assert_null (ui_util_find_message_dialog ());
  g_assert_false (model_has (list, fixture->rain));
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n_all - 1);
  ui_util_wait_until_idle (window);
  g_assert_true (story_in_file (fixture, fixture->rain));

  /* The toast's Undo button brings it back. */
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    GtkWidget *undo;

    while ((undo = find_button (GTK_WIDGET (window), "Undo")) == NULL)
      {
        g_assert_cmpint (g_get_monotonic_time (), <, deadline);
        g_main_context_iteration (NULL, TRUE);
      }
    /* As a person would: once the toast is up (libadwaita 1.2 crashes
     * when a toast goes in the middle of its show animation). */
    ui_util_wait_ms (1000);
    g_signal_emit_by_name (undo, "clicked");
  }
  ui_util_wait_until_idle (window);
  g_assert_true (model_has (list, fixture->rain));
  g_assert_true (story_in_file (fixture, fixture->rain));

  /* Ctrl+Z on the page does what the toast's Undo does; with nothing to
   * take back, the page leaves the key to others. */
  select_only (model, fixture->rain);
  lectern_library_view_delete_selected (library);
  g_assert_false (model_has (list, fixture->rain));
  g_assert_true (activate_shortcut (GTK_WIDGET (library), GDK_KEY_z, GDK_CONTROL_MASK));
  ui_util_wait_until_idle (window);
  g_assert_true (model_has (list, fixture->rain));
  g_assert_false (activate_shortcut (GTK_WIDGET (library), GDK_KEY_z, GDK_CONTROL_MASK));

  /* Deleted for real once the toast is gone. */
  select_only (model, fixture->rain);
  lectern_library_view_delete_selected (library);
  lectern_library_view_flush_deletes (library);
  ui_util_wait_until_idle (window);
  g_assert_false (story_in_file (fixture, fixture->rain));
  g_assert_false (model_has (list, fixture->rain));

  /* The keys stay on the page after a delete (its Ctrl+Z, Delete): with
   * every row shown gone, the focus goes to the filter, not nowhere. */
  {
    GtkWidget *list_view = find_list_view (GTK_WIDGET (library), model);
    GtkWidget *focus;

    lectern_library_view_set_filter_text (library, "guardian");
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
    lectern_library_view_focus_list (library);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, list_view));
    /* Reached from the filter, the row has the focus but is not
     * selected: Delete takes it all the same. */
    gtk_selection_model_unselect_all (model);
    g_assert_true (activate_shortcut (list_view, GDK_KEY_Delete, 0));
    if (ui_util_find_message_dialog () != NULL)
      answer_dialog ("Delete");
    g_assert_cmpuint (g_list_model_get_n_items (list), ==, 0);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_nonnull (focus);
    g_assert_true (gtk_widget_is_ancestor (focus, GTK_WIDGET (library)));
    g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY));
    lectern_library_view_undo_delete (library);
    ui_util_wait_until_idle (window);
    g_assert_true (model_has (list, fixture->market));
    lectern_library_view_set_filter_text (library, "");
  }

  /* A story with highlights: asked first; Cancel keeps it. */
  select_only (model, fixture->state);
  lectern_library_view_delete_selected (library);
  g_assert_nonnull (ui_util_find_message_dialog ());
  answer_dialog ("Cancel");
  ui_util_wait_until_idle (window);
  g_assert_true (model_has (list, fixture->state));

  /* Delete, then Undo: the story and its highlights are all there. */
  select_only (model, fixture->state);
  lectern_library_view_delete_selected (library);
  answer_dialog ("Delete");
  g_assert_false (model_has (list, fixture->state));
  lectern_library_view_undo_delete (library);
  ui_util_wait_until_idle (window);
  g_assert_true (model_has (list, fixture->state));
  g_assert_cmpint (ui_util_query_int (fixture->db_path, "SELECT count (*) FROM highlights WHERE story_id = ?",
                               fixture->state), ==, 3);

  /* Enter on a row opens its story in the reader; Ctrl+L comes back. */
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    if (item_id (list, i) == fixture->market)
      g_signal_emit_by_name (find_list_view (GTK_WIDGET (library), model), "activate", i);
  ui_util_wait_until_idle (window);
  g_assert_cmpstr (lectern_window_get_page (window), ==, "article");
  g_assert_cmpint (lectern_window_get_story (window)->id, ==, fixture->market);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  ui_util_wait_until_idle (window);
  g_assert_cmpstr (lectern_window_get_page (window), ==, "library");

  /* Esc goes back to the story. */
  g_signal_emit_by_name (library, "close");
  g_assert_cmpstr (lectern_window_get_page (window), ==, "article");

  /* Deleting the story open in the reader (two selected at once) closes it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  ui_util_wait_until_idle (window);
  select_only (model, fixture->market);
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    if (item_id (list, i) == fixture->cathedral)
      gtk_selection_model_select_item (model, i, FALSE);
  lectern_library_view_delete_selected (library);
  answer_dialog ("Delete");
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n_all - 3);
  lectern_library_view_flush_deletes (library);
  ui_util_wait_until_idle (window);
  g_assert_false (story_in_file (fixture, fixture->market));
  g_assert_false (story_in_file (fixture, fixture->cathedral));
  g_assert_cmpint (ui_util_query_int (fixture->db_path, "SELECT count (*) FROM highlights WHERE story_id = ?",
                               fixture->market), ==, 0);
  g_assert_null (lectern_window_get_story (window));
  g_signal_emit_by_name (library, "close");
  g_assert_cmpstr (lectern_window_get_page (window), ==, "empty");

  ui_util_close_window (window);
}

/* A deletion still waiting for its toast when the window closes is done. */
static void
test_delete_on_close (Fixture       *fixture,
                      gconstpointer  data)
{
  LecternWindow *window = ui_util_open_window (fixture->db_path, 1000, 700);
  LecternLibraryView *library = lectern_window_get_library_view (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-library", NULL));
  ui_util_wait_until_idle (window);
  select_only (lectern_library_view_get_model (library), fixture->rain);
  lectern_library_view_delete_selected (library);
  g_assert_true (story_in_file (fixture, fixture->rain));
  ui_util_close_window (window);
  g_assert_false (story_in_file (fixture, fixture->rain));
}

static void
test_search_to_passage (Fixture       *fixture,
                        gconstpointer  data)
{
  LecternWindow *window = ui_util_open_window (fixture->db_path, 1000, 700);
  LecternSearchView *search = lectern_window_get_search_view (window);
  GListModel *results = lectern_search_view_get_model (search);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  const LecternSearchHit *hit;
  g_autofree char *selected = NULL;

  /* Another story is open; Ctrl+Shift+F shows the page. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-story", "x", fixture->rain));
  ui_util_wait_until_idle (window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search-library", NULL));
  g_assert_cmpstr (lectern_window_get_page (window), ==, "search");

  /* A query typed over an older one: only the last one's results show. */
  lectern_search_view_search (search, "pluie");
  lectern_search_view_search (search, "cathedrale");
  ui_util_wait_until_idle (window);
  g_assert_cmpuint (g_list_model_get_n_items (results), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(LecternSearchResult) result = g_list_model_get_item (results, i);

      g_assert_cmpint (lectern_search_result_get_hit (result)->story_id, ==, fixture->cathedral);
    }
  {
    g_autoptr(LecternSearchResult) result = g_list_model_get_item (results, 0);

    hit = lectern_search_result_get_hit (result);
    g_assert_cmpint (hit->match, ==, LECTERN_SEARCH_MATCH_TEXT);
    g_assert_cmpint (hit->start, >, 1000);
  }
  /* The row shows the story's title and the match in its snippet. */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_nonnull (ui_util_find_label (GTK_WIDGET (search), "Alpha walk"));
  save_shot (window, "search");

  /* Activating it opens the story on the passage, selected. */
  lectern_search_view_activate (search, 0);
  ui_util_wait_until_idle (window);
  g_assert_cmpstr (lectern_window_get_page (window), ==, "article");
  g_assert_cmpint (lectern_window_get_story (window)->id, ==, fixture->cathedral);
  buffer = gtk_text_view_get_buffer (lectern_article_view_get_text_view (lectern_window_get_article_view (window)));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (selected, ==, "cathédrale");
  save_shot (window, "search-landed");

  /* A highlight's note: lands on the highlight. */
  g_clear_pointer (&selected, g_free);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search-library", NULL));
  lectern_search_view_search (search, "remarquable");
  ui_util_wait_until_idle (window);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 1);
  {
    g_autoptr(LecternSearchResult) result = g_list_model_get_item (results, 0);

    g_assert_cmpint (lectern_search_result_get_hit (result)->match, ==, LECTERN_SEARCH_MATCH_NOTE);
  }
  lectern_search_view_activate (search, 0);
  ui_util_wait_until_idle (window);
  g_assert_cmpint (lectern_window_get_story (window)->id, ==, fixture->market);
  buffer = gtk_text_view_get_buffer (lectern_article_view_get_text_view (lectern_window_get_article_view (window)));
  g_assert_true (gtk_text_buffer_get_selection_bounds (buffer, &start, &end));
  selected = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  g_assert_cmpstr (selected, ==, "closes at noon");

  /* Nothing found says so; Esc goes back to the story. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search-library", NULL));
  lectern_search_view_search (search, "xylophone");
  ui_util_wait_until_idle (window);
  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
  g_assert_nonnull (ui_util_find_label (GTK_WIDGET (search), "No results"));
  g_signal_emit_by_name (search, "close");
  g_assert_cmpstr (lectern_window_get_page (window), ==, "article");

  ui_util_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("/ui/library/page", test_library_page);
  ADD ("/ui/library/delete-on-close", test_delete_on_close);
  ADD ("/ui/library/search-to-passage", test_search_to_passage);
#undef ADD

  return g_test_run ();
}
