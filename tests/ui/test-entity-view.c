/* test-entity-view.c: a person across the library in the real window:
 * reached from her sidebar row, its content, opening a story at her
 * mention, Back, and her dossier written in the three formats
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

#include "lectern-entity.h"
#include "lectern-entity-row.h"
#include "lectern-extractor.h"
#include "lectern-entity-view.h"
#include "lectern-entity-page-items.h"
#include "lectern-entity-page-row.h"
#include "lectern-window.h"

/* Three stories naming the same person, written for this test. */
static const char *const stories[][2] = {
  { "a.txt", "La BCE maintient ses taux\n\nLa présidente de la Banque centrale européenne, "
             "Christine Lagarde, a annoncé jeudi que les taux resteraient inchangés. Selon "
             "Christine Lagarde, l'inflation recule lentement.\n" },
  { "b.txt", "Lagarde warns on inflation\n\nEuropean Central Bank president Christine Lagarde "
             "said on Thursday that inflation was still too high. Christine Lagarde added that "
             "the bank would stay the course.\n" },
  { "c.txt", "L’État et la dette\n\nLe ministre a répondu à Christine Lagarde sur la dette de "
             "l’État. Christine Lagarde avait demandé des efforts budgétaires aux "
             "gouvernements.\n" },
};

typedef UiFixture Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  ui_fixture_setup (fixture, data);
  g_unsetenv ("LECTERN_EXPORT_PATH");
}

static void
fixture_teardown (Fixture       *fixture,
                  gconstpointer  data)
{
  ui_fixture_teardown (fixture, data);
  g_unsetenv ("LECTERN_EXPORT_PATH");
}


static void
iterate_until (gboolean (*done) (gpointer),
               gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
window_idle (gpointer data)
{
  return !lectern_window_is_busy (data);
}

static gboolean
view_idle (gpointer data)
{
  return !lectern_entity_view_get_loading (data);
}

/* A shown label of `text`: rows the list view keeps aside are hidden. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The sidebar row showing `name`. */
static LecternEntityRow *
find_entity_row (GtkWidget  *widget,
                 const char *name)
{
  if (LECTERN_IS_ENTITY_ROW (widget) && find_label (widget, name) != NULL)
    return LECTERN_ENTITY_ROW (widget);

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      LecternEntityRow *found = find_entity_row (child, name);

      if (found != NULL)
        return found;
    }

  return NULL;
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }

  return NULL;
}

/* The target of the row menu's item for `action`, or NULL. */
static char *
menu_target (GMenuModel *menu,
             const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (section != NULL)
        {
          char *found = menu_target (section, action);

          if (found != NULL)
            return found;
          continue;
        }
      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_ACTION, "s", &name)
          && g_str_equal (name, action))
        {
          g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (menu, i,
                                                                              G_MENU_ATTRIBUTE_TARGET,
                                                                              G_VARIANT_TYPE_STRING);

          return target != NULL ? g_variant_dup_string (target, NULL) : NULL;
        }
    }

  return NULL;
}

typedef struct
{
  char     *path;
  char     *error;
  gboolean  done;
} Exported;

static void
on_exported_cb (LecternEntityView *view,
                const char        *path,
                const char        *error_message,
                Exported          *exported)
{
  g_free (exported->path);
  g_free (exported->error);
  exported->path = g_strdup (path);
  exported->error = g_strdup (error_message);
  exported->done = TRUE;
}

static gboolean
exported_done (gpointer data)
{
  return ((Exported *) data)->done;
}

static char *
wait_export (Exported *exported)
{
  iterate_until (exported_done, exported);
  g_assert_null (exported->error);
  exported->done = FALSE;
  return g_steal_pointer (&exported->path);
}

static void
test_entity_page (Fixture       *fixture,
                  gconstpointer  data)
{
  LecternWindow *window;
  LecternEntityView *view;
  LecternEntityRow *row;
  const LecternEntityPage *page;
  GFile *files[G_N_ELEMENTS (stories)];
  g_autofree char *target = NULL;
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *md_path = g_build_filename (fixture->dir, "lagarde.md", NULL);
  g_autofree char *html_path = g_build_filename (fixture->dir, "lagarde.html", NULL);
  g_autofree char *pdf_path = g_build_filename (fixture->dir, "lagarde.pdf", NULL);
  g_autofree char *forced_path = g_build_filename (fixture->dir, "forced.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autoptr(GError) error = NULL;
  GMenuModel *menu;
  const LecternEntityStory *first = NULL;
  Exported exported = { NULL, };
  guint position;
  gint64 start;

  for (guint i = 0; i < G_N_ELEMENTS (stories); i++)
    {
      g_autofree char *file = g_build_filename (fixture->dir, stories[i][0], NULL);

      g_assert_true (g_file_set_contents (file, stories[i][1], -1, &error));
      g_assert_no_error (error);
      files[i] = g_file_new_for_path (file);
    }

  window = lectern_window_new (NULL, fixture->db_path);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 800);
  gtk_window_present (GTK_WINDOW (window));
  iterate_until (window_idle, window);
  lectern_window_open_files (window, files, G_N_ELEMENTS (files));
  iterate_until (window_idle, window);
  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    g_object_unref (files[i]);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* Her sidebar row's menu goes across the library. */
  row = find_entity_row (GTK_WIDGET (window), "Christine Lagarde");
  if (row == NULL)
    {
      g_test_skip ("The extractor does not find Christine Lagarde (placeholder extractor?)");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  lectern_entity_row_popup_menu (row);
  menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (find_type (GTK_WIDGET (row),
                                                                     GTK_TYPE_MENU_BUTTON)));
  g_assert_nonnull (menu);
  target = menu_target (menu, "win.show-entity");
  g_assert_cmpstr (target, ==, "Christine Lagarde");
  gtk_menu_button_popdown (GTK_MENU_BUTTON (find_type (GTK_WIDGET (row), GTK_TYPE_MENU_BUTTON)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-entity", "s", target));

  view = lectern_window_get_entity_view (window);
  g_assert_cmpstr (lectern_window_get_page (window), ==, "entity");
  iterate_until (view_idle, view);

  /* The page: her, the three stories with counts, in the view. */
  page = lectern_entity_view_get_page (view);
  g_assert_nonnull (page);
  g_assert_cmpstr (page->entity->name, ==, "Christine Lagarde");
  g_assert_cmpint (page->entity->type, ==, LECTERN_ENTITY_PERSON);
  g_assert_cmpuint (page->stories->len, ==, 3);
  g_assert_nonnull (find_label (GTK_WIDGET (view), "Stories (3)"));
  for (guint i = 0; i < page->stories->len; i++)
    {
      const LecternEntityStory *story = g_ptr_array_index (page->stories, i);

      g_assert_cmpuint (story->n_mentions, >=, 2);
      g_assert_nonnull (find_label (GTK_WIDGET (view), story->title));
    }
  g_assert_null (find_label (GTK_WIDGET (view), "Quotes (1)"));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  /* A story row opens that story at her first mention; Back returns
   * from the page to the story. */
  for (position = 0; position < page->stories->len; position++)
    {
      first = g_ptr_array_index (page->stories, position);
      if (g_str_equal (first->title, "La BCE maintient ses taux"))
        break;
    }
  g_assert_cmpuint (position, <, page->stories->len);
  g_assert_nonnull (first);
  start = g_array_index (first->mentions, LecternSpan, 0).start;
  /* As a click on its row does: the list's heading, then the stories. */
  g_assert_nonnull (find_label (GTK_WIDGET (view), first->title));
  g_assert_true (gtk_widget_activate_action (find_type (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW),
                                             "list.activate-item", "u", position + 1));
  iterate_until (window_idle, window);
  g_assert_cmpint (lectern_window_get_story (window)->id, ==, first->story_id);
  g_assert_cmpstr (lectern_window_get_page (window), ==, "article");
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (lectern_article_view_get_text_view (lectern_window_get_article_view (window)));
    GtkTextIter cursor;

    gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
    g_assert_cmpint (gtk_text_iter_get_offset (&cursor), ==, start);
  }

  /* Her words, said in a story: a quote on her page. */
  {
    LecternAnnotations *annotations = lectern_window_get_annotations (window);
    const char *text = lectern_window_get_story (window)->text;
    const char *words = strstr (text, "les taux resteraient inchangés");
    LecternHighlight *highlight;
    gint64 quote_start;

    g_assert_nonnull (words);
    quote_start = g_utf8_pointer_to_offset (text, words);
    highlight = lectern_highlight_new_for_range (lectern_window_get_story (window), quote_start,
                                                 quote_start + g_utf8_strlen ("les taux resteraient inchangés", -1),
                                                 "yellow", "");
    highlight->speaker = g_strdup ("Christine Lagarde");
    lectern_annotations_add (annotations, highlight);
    iterate_until (window_idle, window);
  }
  lectern_window_show_entity (window, "lagarde");
  iterate_until (view_idle, view);
  page = lectern_entity_view_get_page (view);
  g_assert_nonnull (page);
  g_assert_cmpuint (page->quotes->len, ==, 1);
  g_assert_nonnull (find_label (GTK_WIDGET (view), "Quotes (1)"));
  g_assert_nonnull (find_label (GTK_WIDGET (view), "“les taux resteraient inchangés”"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "entity.back", NULL));
  g_assert_cmpstr (lectern_window_get_page (window), ==, "article");

  /* The dossier in each format, written off the UI thread. */
  lectern_window_show_entity (window, "Christine Lagarde");
  iterate_until (view_idle, view);
  g_signal_connect (view, "exported", G_CALLBACK (on_exported_cb), &exported);

  lectern_entity_view_export (view, md_path, LECTERN_DOSSIER_MARKDOWN);
  path = wait_export (&exported);
  g_assert_cmpstr (path, ==, md_path);
  g_assert_true (g_file_get_contents (md_path, &contents, NULL, &error));
  g_assert_true (strstr (contents, "\n# Christine Lagarde\n") != NULL);
  g_assert_true (strstr (contents, "La BCE maintient ses taux") != NULL);
  g_assert_true (strstr (contents, "## Quotes") != NULL);
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&path, g_free);

  lectern_entity_view_export (view, html_path, LECTERN_DOSSIER_HTML);
  path = wait_export (&exported);
  g_assert_true (g_file_get_contents (html_path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));
  g_assert_true (strstr (contents, "<h1>Christine Lagarde</h1>") != NULL);
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&path, g_free);

  lectern_entity_view_export (view, pdf_path, LECTERN_DOSSIER_PDF);
  path = wait_export (&exported);
  g_assert_true (g_file_get_contents (pdf_path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&path, g_free);

  /* Export Dossier… as the button runs it; scripts name the file. */
  g_setenv ("LECTERN_EXPORT_PATH", forced_path, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "entity.export", NULL));
  path = wait_export (&exported);
  g_assert_cmpstr (path, ==, forced_path);
  g_assert_true (g_file_get_contents (forced_path, &contents, NULL, &error));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));
  g_clear_pointer (&contents, g_free);
  g_clear_pointer (&path, g_free);

  /* pdftotext reads her name and stories back from the PDF. */
  if (pdftotext != NULL)
    {
      const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf_path, "-", NULL };
      g_autofree char *out = NULL;
      int status;

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                                   &out, NULL, &status, &error));
      g_assert_no_error (error);
      g_assert_true (g_spawn_check_wait_status (status, NULL));
      g_assert_true (strstr (out, "Christine Lagarde") != NULL);
      g_assert_true (strstr (out, "Lagarde warns on inflation") != NULL);
      g_assert_true (strstr (out, "les taux resteraient inchangés") != NULL);
    }
  else
    g_test_message ("pdftotext is not installed: the PDF's text is not checked");

  /* A name the library does not hold: one sentence, nothing else. */
  lectern_window_show_entity (window, "Nobody Here");
  iterate_until (view_idle, view);
  g_assert_null (lectern_entity_view_get_page (view));
  g_assert_false (gtk_widget_is_sensitive (gtk_widget_get_ancestor (find_label (GTK_WIDGET (view), "Export Dossier…"),
                                                                   GTK_TYPE_BUTTON)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_type (GTK_WIDGET (view), GTK_TYPE_STACK))),
                   ==, "error");

  /* A surname alone, in a fourth story, is taken to mean her; Split
   * keeps it apart, and the page no longer counts that story. */
  {
    g_autofree char *file = g_build_filename (fixture->dir, "d.txt", NULL);
    g_autoptr(GPtrArray) entities = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
    LecternExtractor *extractor = lectern_extractor_get_default (&error);
    LecternEntity *alone = lectern_entity_new ("Lagarde", LECTERN_ENTITY_PERSON);
    GFile *gfile;
    GtkWidget *split;

    g_assert_no_error (error);
    g_assert_true (g_file_set_contents (file, "Un autre sujet\n\nLagarde a parlé mardi.\n", -1,
                                        &error));
    gfile = g_file_new_for_path (file);
    lectern_window_open_files (window, &gfile, 1);
    iterate_until (window_idle, window);
    g_object_unref (gfile);
    lectern_entity_add_form (alone, "Lagarde");
    lectern_entity_add_mention (alone, 16, 23);
    g_ptr_array_add (entities, alone);
    g_assert_true (lectern_library_put_story_entities_sync (lectern_window_get_store (window),
                                                            lectern_window_get_story (window)->id,
                                                            lectern_extractor_get_version (extractor),
                                                            entities, &error));
    g_assert_no_error (error);

    lectern_window_show_entity (window, "Christine Lagarde");
    iterate_until (view_idle, view);
    page = lectern_entity_view_get_page (view);
    g_assert_cmpuint (page->stories->len, ==, 4);
    g_assert_cmpuint (page->entity->keys->len, ==, 2);
    g_assert_nonnull (find_label (GTK_WIDGET (view), "Merged Names (1)"));
    g_assert_nonnull (find_label (GTK_WIDGET (view), "“Lagarde” is taken to mean Christine Lagarde"));
    split = gtk_widget_get_ancestor (find_label (GTK_WIDGET (view), "Split"), GTK_TYPE_BUTTON);
    g_assert_nonnull (split);
    g_signal_emit_by_name (split, "clicked");
    iterate_until (view_idle, view);
    page = lectern_entity_view_get_page (view);
    g_assert_nonnull (page);
    g_assert_cmpuint (page->stories->len, ==, 3);
    g_assert_cmpuint (page->entity->keys->len, ==, 1);
    g_assert_null (find_label (GTK_WIDGET (view), "Merged Names (1)"));
  }

  g_object_ref (window);
  gtk_window_close (GTK_WINDOW (window));
  iterate_until (window_idle, window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  g_free (exported.path);
  g_free (exported.error);
}

static void
free_story (gpointer data)
{
  LecternEntityStory *story = data;

  g_free (story->title);
  g_clear_pointer (&story->mentions, g_array_unref);
  g_free (story);
}

static guint
count_rows (GPtrArray *items,
            int       *out_show_all)
{
  guint n_rows = 0;

  *out_show_all = -1;
  for (guint i = 0; i < items->len; i++)
    {
      LecternEntityPageItem *item = g_ptr_array_index (items, i);

      if (lectern_entity_page_item_get_show_all (item) >= 0)
        {
          g_assert_cmpint (*out_show_all, ==, -1);
          *out_show_all = lectern_entity_page_item_get_show_all (item);
          /* The last line, after the rows it continues. */
          g_assert_cmpuint (i, ==, items->len - 1);
        }
      else if (!lectern_entity_page_item_is_heading (item))
        n_rows++;
    }

  return n_rows;
}

/* A name in many stories: its section stops at the cap with a row that
 * shows the rest, and shows them all once asked. */
static void
test_entity_page_items (void)
{
  LecternLibraryEntity entity = { .key = (char *) "camille fournier", .name = (char *) "Camille Fournier",
                                  .type = LECTERN_ENTITY_PERSON };
  LecternEntityPage page = { .entity = &entity, .complete = TRUE };
  g_autoptr(GPtrArray) items = NULL;
  guint n_stories = LECTERN_ENTITY_SECTION_CAP + 15;
  g_autofree char *heading = g_strdup_printf ("Stories (%u)", n_stories);
  g_autofree char *show_all = g_strdup_printf ("Show All %u", n_stories);
  int section;

  page.stories = g_ptr_array_new_with_free_func (free_story);
  page.highlights = g_ptr_array_new ();
  page.notes = g_ptr_array_new ();
  page.forms = g_ptr_array_new ();
  page.corrections = g_ptr_array_new ();
  for (guint i = 0; i < n_stories; i++)
    {
      LecternEntityStory *story = g_new0 (LecternEntityStory, 1);
      LecternSpan span = { 10, 26 };

      story->story_id = i + 1;
      story->title = g_strdup_printf ("Story %u", i + 1);
      story->author = story->published = (char *) "";
      story->imported_at = 1700000000 + i;
      story->n_mentions = 1;
      story->mentions = g_array_new (FALSE, FALSE, sizeof (LecternSpan));
      g_array_append_val (story->mentions, span);
      g_ptr_array_add (page.stories, story);
    }
  entity.n_stories = n_stories;

  items = lectern_entity_page_items_new (&page, 0);
  g_assert_cmpstr (lectern_entity_page_item_get_title (g_ptr_array_index (items, 0)), ==, heading);
  g_assert_cmpuint (count_rows (items, &section), ==, LECTERN_ENTITY_SECTION_CAP);
  g_assert_cmpint (section, ==, LECTERN_ENTITY_SECTION_STORIES);
  g_assert_cmpstr (lectern_entity_page_item_get_title (g_ptr_array_index (items, items->len - 1)), ==, show_all);
  g_assert_false (lectern_entity_page_item_get_passage (g_ptr_array_index (items, items->len - 1), NULL, NULL, NULL));
  g_clear_pointer (&items, g_ptr_array_unref);

  items = lectern_entity_page_items_new (&page, 1u << LECTERN_ENTITY_SECTION_STORIES);
  g_assert_cmpuint (count_rows (items, &section), ==, n_stories);
  g_assert_cmpint (section, ==, -1);
  {
    gint64 story_id, start, end;

    g_assert_true (lectern_entity_page_item_get_passage (g_ptr_array_index (items, n_stories), &story_id,
                                                         &start, &end));
    g_assert_cmpint (story_id, ==, n_stories);
    g_assert_cmpint (start, ==, 10);
    g_assert_cmpint (end, ==, 26);
  }
  g_clear_pointer (&items, g_ptr_array_unref);

  /* A page of first rows counts every story but has only the first: a
   * section asked for whole still stops there, with Show All. */
  page.complete = FALSE;
  entity.n_stories = n_stories + 100;
  g_free (show_all);
  show_all = g_strdup_printf ("Show All %u", n_stories + 100);
  g_free (heading);
  heading = g_strdup_printf ("Stories (%u)", n_stories + 100);
  items = lectern_entity_page_items_new (&page, 1u << LECTERN_ENTITY_SECTION_STORIES);
  g_assert_cmpstr (lectern_entity_page_item_get_title (g_ptr_array_index (items, 0)), ==, heading);
  g_assert_cmpuint (count_rows (items, &section), ==, LECTERN_ENTITY_SECTION_CAP);
  g_assert_cmpint (section, ==, LECTERN_ENTITY_SECTION_STORIES);
  g_assert_cmpstr (lectern_entity_page_item_get_title (g_ptr_array_index (items, items->len - 1)), ==, show_all);

  g_ptr_array_unref (page.stories);
  g_ptr_array_unref (page.highlights);
  g_ptr_array_unref (page.notes);
  g_ptr_array_unref (page.forms);
  g_ptr_array_unref (page.corrections);
}

static void
on_dossier_exported_cb (LecternEntityView *view,
                        const char        *path,
                        const char        *error_message,
                        gpointer           user_data)
{
  char **message = user_data;

  g_free (*message);
  *message = g_strdup (error_message != NULL ? error_message : "done");
}

/* Whether `text` has `title`, not followed by a digit ("semaine 1" is
 * not "semaine 12"). */
static gboolean
has_title (const char *text,
           const char *title)
{
  for (const char *p = strstr (text, title); p != NULL; p = strstr (p + 1, title))
    if (!g_ascii_isdigit (p[strlen (title)]))
      return TRUE;

  return FALSE;
}

/* The page of a name in more stories than a section shows: the stories
 * stop at the cap with "Show All N", which shows them all. */
static void
test_entity_page_show_all (Fixture       *fixture,
                           gconstpointer  data)
{
  guint n_stories = LECTERN_ENTITY_SECTION_CAP + 2;
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternStore) store = lectern_store_new (fixture->db_path, &error);
  g_autofree char *heading = g_strdup_printf ("Stories (%u)", n_stories);
  g_autofree char *show_all = g_strdup_printf ("Show All %u", n_stories);
  GtkWidget *window = gtk_window_new ();
  LecternEntityView *view = LECTERN_ENTITY_VIEW (lectern_entity_view_new ());
  GListModel *list;
  guint position = G_MAXUINT;

  g_assert_no_error (error);
  for (guint i = 0; i < n_stories; i++)
    {
      g_autofree char *title = g_strdup_printf ("La BCE, semaine %u", i + 1);
      g_autofree char *text = g_strdup_printf ("%s\n\nLa présidente de la Banque centrale européenne, "
                                               "Christine Lagarde, a parlé jeudi. Selon Christine "
                                               "Lagarde, l'inflation recule.\n", title);
      g_autoptr(LecternStory) story = lectern_story_new (title, "", text);

      g_assert_cmpint (lectern_store_add_story_sync (store, story, &error), >, 0);
      g_assert_no_error (error);
    }

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 2000);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (view));
  gtk_window_present (GTK_WINDOW (window));
  lectern_entity_view_set_store (view, store);
  lectern_entity_view_load (view, "Christine Lagarde");
  iterate_until (view_idle, view);
  gtk_test_widget_wait_for_draw (window);
  g_assert_nonnull (lectern_entity_view_get_page (view));
  /* The page read its first stories and counted them all. */
  g_assert_false (lectern_entity_view_get_page (view)->complete);
  g_assert_cmpuint (lectern_entity_view_get_page (view)->stories->len, ==, LECTERN_ENTITY_SECTION_CAP);
  g_assert_cmpuint (lectern_entity_view_get_page (view)->entity->n_stories, ==, n_stories);

  /* The heading counts them all; the list shows the cap, then Show All. */
  g_assert_nonnull (find_label (GTK_WIDGET (view), heading));
  g_assert_nonnull (find_label (GTK_WIDGET (view), show_all));
  list = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (find_type (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW))));
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(LecternEntityPageItem) item = g_list_model_get_item (list, i);

      if (lectern_entity_page_item_get_show_all (item) == LECTERN_ENTITY_SECTION_STORIES)
        position = i;
    }
  g_assert_cmpuint (position, ==, LECTERN_ENTITY_SECTION_CAP + 1);

  /* The dossier has every story, though the page holds its first ones:
   * the export reads the page whole first. */
  {
    g_autofree char *path = g_build_filename (fixture->dir, "dossier.md", NULL);
    g_autofree char *contents = NULL;
    g_autofree char *message = NULL;

    g_signal_connect (view, "exported", G_CALLBACK (on_dossier_exported_cb), &message);
    lectern_entity_view_export (view, path, LECTERN_DOSSIER_MARKDOWN);
    iterate_until (view_idle, view);
    g_signal_handlers_disconnect_by_func (view, on_dossier_exported_cb, &message);
    g_assert_cmpstr (message, ==, "done");
    g_assert_true (g_file_get_contents (path, &contents, NULL, &error));
    g_assert_no_error (error);
    for (guint i = 0; i < n_stories; i++)
      {
        g_autofree char *title = g_strdup_printf ("La BCE, semaine %u", i + 1);

        g_assert_true (has_title (contents, title));
      }
    /* The page shown is still its first rows. */
    g_assert_false (lectern_entity_view_get_page (view)->complete);
  }

  /* While the rest is read, the row turns into a spinner and "Loading…",
   * insensitive; if the read fails, the page stays and the row says why.
   * The read is made to fail by taking away an index its query names. */
  {
    sqlite3 *db = NULL;
    sqlite3_stmt *stmt = NULL;
    g_autofree char *index_sql = NULL;
    GtkWidget *loading, *row, *spinner, *failed;
    g_autofree char *message = NULL;

    g_assert_cmpint (sqlite3_open (fixture->db_path, &db), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT sql FROM sqlite_master WHERE name = 'stories_entity_page'",
                                         -1, &stmt, NULL), ==, SQLITE_OK);
    g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
    index_sql = g_strdup ((const char *) sqlite3_column_text (stmt, 0));
    sqlite3_finalize (stmt);
    g_assert_cmpint (sqlite3_exec (db, "DROP INDEX stories_entity_page", NULL, NULL, NULL), ==, SQLITE_OK);

    g_assert_true (gtk_widget_activate_action (find_type (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW),
                                               "list.activate-item", "u", position));
    loading = find_label (GTK_WIDGET (view), "Loading…");
    g_assert_nonnull (loading);
    g_assert_null (find_label (GTK_WIDGET (view), show_all));
    row = gtk_widget_get_ancestor (loading, LECTERN_TYPE_ENTITY_PAGE_ROW);
    g_assert_nonnull (row);
    g_assert_false (gtk_widget_is_sensitive (row));
    spinner = find_type (row, GTK_TYPE_SPINNER);
    g_assert_nonnull (spinner);
    g_assert_true (gtk_widget_get_visible (spinner));
    g_assert_true (gtk_spinner_get_spinning (GTK_SPINNER (spinner)));
    /* Activated again meanwhile: nothing more is read. */
    g_assert_true (gtk_widget_activate_action (find_type (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW),
                                               "list.activate-item", "u", position));
    iterate_until (view_idle, view);
    gtk_test_widget_wait_for_draw (window);

    g_assert_false (lectern_entity_view_get_page (view)->complete);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (find_type (GTK_WIDGET (view), GTK_TYPE_STACK))),
                     ==, "page");
    g_assert_null (find_label (GTK_WIDGET (view), "Loading…"));
    g_assert_nonnull (find_label (GTK_WIDGET (view), show_all));
    g_assert_nonnull (find_label (GTK_WIDGET (view), heading));
    row = gtk_widget_get_ancestor (find_label (GTK_WIDGET (view), show_all), LECTERN_TYPE_ENTITY_PAGE_ROW);
    g_assert_true (gtk_widget_is_sensitive (row));
    g_assert_false (gtk_widget_get_visible (find_type (row, GTK_TYPE_SPINNER)));
    message = g_strdup_printf ("Could not read the rest: ");
    failed = NULL;
    for (GtkWidget *label = find_type (row, GTK_TYPE_LABEL); label != NULL;
         label = gtk_widget_get_next_sibling (label))
      if (GTK_IS_LABEL (label) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (label)), message))
        failed = label;
    g_assert_nonnull (failed);
    g_assert_true (gtk_widget_get_visible (failed));
    g_assert_true (gtk_widget_has_css_class (failed, "error"));
    g_test_message ("the row says: %s", gtk_label_get_text (GTK_LABEL (failed)));
    /* Says what went wrong, beyond the words before it. */
    g_assert_cmpuint (strlen (gtk_label_get_text (GTK_LABEL (failed))), >, strlen (message) + 3);

    g_assert_cmpint (sqlite3_exec (db, index_sql, NULL, NULL, NULL), ==, SQLITE_OK);
    sqlite3_close (db);
  }

  /* Activating it (a click, or Enter) reads the rest off the UI thread
   * and shows every story, and no Show All. */
  g_assert_true (gtk_widget_activate_action (find_type (GTK_WIDGET (view), GTK_TYPE_LIST_VIEW),
                                             "list.activate-item", "u", position));
  iterate_until (view_idle, view);
  gtk_test_widget_wait_for_draw (window);
  g_assert_true (lectern_entity_view_get_page (view)->complete);
  g_assert_cmpuint (lectern_entity_view_get_page (view)->stories->len, ==, n_stories);
  g_assert_null (find_label (GTK_WIDGET (view), show_all));
  g_assert_nonnull (find_label (GTK_WIDGET (view), heading));
  for (guint i = 0; i < n_stories; i++)
    {
      g_autofree char *title = g_strdup_printf ("La BCE, semaine %u", i + 1);

      g_assert_nonnull (find_label (GTK_WIDGET (view), title));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add ("/ui/entity-view/page", Fixture, NULL, fixture_setup, test_entity_page,
              fixture_teardown);
  g_test_add_func ("/ui/entity-view/page-items", test_entity_page_items);
  g_test_add ("/ui/entity-view/show-all", Fixture, NULL, fixture_setup, test_entity_page_show_all,
              fixture_teardown);

  return g_test_run ();
}
