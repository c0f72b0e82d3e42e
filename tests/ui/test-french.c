/* test-french.c: with a French locale, no English string of ours is left
 * on screen
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is built in fr_FR.UTF-8 with the catalogue from the build
 * folder (LECTERN_LOCALEDIR), the sample story loaded and a highlight
 * shown. Every string a person can see or hear (labels, button labels,
 * tooltips, accessible labels, placeholders, page titles, menu items, the
 * shortcuts window) is compared with the English msgids extracted from
 * the sources (LECTERN_POT): one equal to a msgid is a failure, unless
 * po/fr.po (LECTERN_FR_PO) translates it by the same word ("Notes").
 * Skipped when the fr_FR.UTF-8 locale is not installed.
 */

#include "config.h"

#include "ui-util.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "lectern-article-view.h"
#include "lectern-highlight.h"
#include "lectern-window.h"

#include <glib/gi18n.h>

static gboolean have_french;

typedef struct
{
  GHashTable *english;     /* msgid without mnemonics → its raw msgid */
  GHashTable *identical;   /* msgids fr.po translates by themselves */
  GPtrArray  *patterns;    /* GRegex for msgids with printf formats */
  GPtrArray  *pattern_ids; /* their msgids */
  GString    *failures;
} Checker;

/* "_Open…" → "Open…"; "__" stays one underscore. */
static char *
strip_mnemonic (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == '_')
        {
          if (p[1] == '_')
            g_string_append_c (out, '_');
          if (p[1] != '\0')
            p++;
          else
            break;
        }
      g_string_append_c (out, *p);
    }

  return g_string_free (out, FALSE);
}

static char *
po_unescape (const char *line)
{
  const char *start = strchr (line, '"');
  const char *end = strrchr (line, '"');
  g_autofree char *inner = NULL;

  if (start == NULL || end == NULL || end <= start)
    return g_strdup ("");
  inner = g_strndup (start + 1, end - start - 1);
  return g_strcompress (inner);
}

typedef struct
{
  GString  *msgid;
  GString  *msgid_plural;
  GString  *msgstr;     /* msgstr or msgstr[0] */
  GString  *current;    /* where continuation lines go */
  gboolean  fuzzy;
} PoEntry;

typedef void (*PoEntryFunc) (PoEntry  *entry,
                             gpointer  user_data);

/* The open story's highlights, in reading order: the model's own (each
 * valid while the model has it); the array lasts until the next call. */
static GPtrArray *
window_highlights (LecternWindow *window)
{
  static GPtrArray *last;

  g_clear_pointer (&last, g_ptr_array_unref);
  last = lectern_annotations_list_highlights (lectern_window_get_annotations (window));
  return last;
}

static void
po_entry_reset (PoEntry *entry)
{
  g_string_truncate (entry->msgid, 0);
  g_string_truncate (entry->msgid_plural, 0);
  g_string_truncate (entry->msgstr, 0);
  entry->current = NULL;
  entry->fuzzy = FALSE;
}

/* A small reader for the .po/.pot subset xgettext and msgmerge write. */
static void
read_po (const char  *path,
         PoEntryFunc  func,
         gpointer     user_data)
{
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GError) error = NULL;
  PoEntry entry = { g_string_new (NULL), g_string_new (NULL), g_string_new (NULL), NULL, FALSE };
  GString *skip = g_string_new (NULL);

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      g_autofree char *value = NULL;

      /* Comments come before an entry: the one before it is complete. */
      if ((line[0] == '#' || line[0] == '\0') && (entry.current == entry.msgstr || entry.current == skip))
        {
          func (&entry, user_data);
          po_entry_reset (&entry);
        }
      if (g_str_has_prefix (line, "#,") && strstr (line, "fuzzy") != NULL)
        entry.fuzzy = TRUE;
      if (line[0] == '#' || line[0] == '\0')
        continue;

      value = po_unescape (line);
      if (g_str_has_prefix (line, "msgctxt") || g_str_has_prefix (line, "msgid "))
        {
          if (entry.current == entry.msgstr || entry.current == skip)
            {
              func (&entry, user_data);
              po_entry_reset (&entry);
            }
          if (g_str_has_prefix (line, "msgid "))
            {
              g_string_assign (entry.msgid, value);
              entry.current = entry.msgid;
            }
          else
            entry.current = NULL;
        }
      else if (g_str_has_prefix (line, "msgid_plural"))
        {
          g_string_assign (entry.msgid_plural, value);
          entry.current = entry.msgid_plural;
        }
      else if (g_str_has_prefix (line, "msgstr ") || g_str_has_prefix (line, "msgstr[0]"))
        {
          g_string_assign (entry.msgstr, value);
          entry.current = entry.msgstr;
        }
      else if (g_str_has_prefix (line, "msgstr["))
        {
          g_string_truncate (skip, 0);
          entry.current = skip;
        }
      else if (line[0] == '"' && entry.current != NULL)
        g_string_append (entry.current, value);
    }
  if (entry.current == entry.msgstr || entry.current == skip)
    func (&entry, user_data);

  g_string_free (entry.msgid, TRUE);
  g_string_free (entry.msgid_plural, TRUE);
  g_string_free (entry.msgstr, TRUE);
  g_string_free (skip, TRUE);
}

static void
add_identical (PoEntry  *entry,
               gpointer  user_data)
{
  Checker *checker = user_data;

  if (!entry->fuzzy && entry->msgid->len > 0 && g_str_equal (entry->msgid->str, entry->msgstr->str))
    g_hash_table_add (checker->identical, g_strdup (entry->msgid->str));
}

/* "Mention %d of %d" → ^Mention .+ of .+$, for strings built at run time.
 * Only msgids with enough words of their own, so "%s (%s)" matches nothing. */
static void
add_pattern (Checker    *checker,
             const char *msgid)
{
  g_autoptr(GRegex) spec = g_regex_new ("%[-+ #0-9.'lhzjtIq$]*[a-zA-Z]", 0, 0, NULL);
  g_autofree char *letters = g_regex_replace_literal (spec, msgid, -1, 0, "", 0, NULL);
  g_auto(GStrv) parts = g_regex_split (spec, msgid, 0);
  g_autoptr(GString) pattern = g_string_new ("^");
  guint n_letters = 0;

  for (const char *p = letters; *p != '\0'; p++)
    if (g_ascii_isalpha (*p))
      n_letters++;
  if (n_letters < 6)
    return;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *escaped = g_regex_escape_string (parts[i], -1);

      if (i > 0)
        g_string_append (pattern, ".+");
      g_string_append (pattern, escaped);
    }
  g_string_append_c (pattern, '$');
  g_ptr_array_add (checker->patterns, g_regex_new (pattern->str, G_REGEX_DOTALL, 0, NULL));
  g_ptr_array_add (checker->pattern_ids, g_strdup (msgid));
}

static void
add_english (PoEntry  *entry,
             gpointer  user_data)
{
  Checker *checker = user_data;
  const char *ids[] = { entry->msgid->str, entry->msgid_plural->str };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      /* The header, and words that are the same in both languages. */
      if (ids[i][0] == '\0' || g_hash_table_contains (checker->identical, ids[i]))
        continue;
      if (strchr (ids[i], '%') != NULL)
        add_pattern (checker, ids[i]);
      else
        g_hash_table_insert (checker->english, strip_mnemonic (ids[i]), g_strdup (ids[i]));
    }
}

static void
check_string (Checker    *checker,
              GObject    *object,
              const char *where,
              const char *text)
{
  g_autofree char *plain = NULL;

  if (text == NULL || text[0] == '\0')
    return;

  plain = strip_mnemonic (text);
  if (g_hash_table_contains (checker->english, text) || g_hash_table_contains (checker->english, plain))
    {
      g_string_append_printf (checker->failures, "  %s %s: \"%s\"\n",
                              object != NULL ? G_OBJECT_TYPE_NAME (object) : "", where, text);
      return;
    }

  for (guint i = 0; i < checker->patterns->len; i++)
    if (g_regex_match (g_ptr_array_index (checker->patterns, i), plain, 0, NULL))
      {
        g_string_append_printf (checker->failures, "  %s %s: \"%s\" (from \"%s\")\n",
                                object != NULL ? G_OBJECT_TYPE_NAME (object) : "", where, text,
                                (const char *) g_ptr_array_index (checker->pattern_ids, i));
        return;
      }
}

/* The string properties that reach the screen or a screen reader. */
static const char *const visible_properties[] = {
  "label", "title", "subtitle", "description", "placeholder-text", "tooltip-text",
  "tooltip-markup", "heading", "body", "text", "accelerator", "section-name",
};

static void
check_properties (Checker *checker,
                  GObject *object)
{
  GObjectClass *klass = G_OBJECT_GET_CLASS (object);

  for (guint i = 0; i < G_N_ELEMENTS (visible_properties); i++)
    {
      GParamSpec *pspec = g_object_class_find_property (klass, visible_properties[i]);
      g_autofree char *value = NULL;
      g_autofree char *text = NULL;

      if (pspec == NULL || pspec->value_type != G_TYPE_STRING || !(pspec->flags & G_PARAM_READABLE))
        continue;
      /* Keys, not words. */
      if (g_str_equal (visible_properties[i], "accelerator"))
        continue;

      g_object_get (object, visible_properties[i], &value, NULL);
      if (value == NULL)
        continue;
      if (g_str_has_suffix (visible_properties[i], "markup") ||
          (GTK_IS_LABEL (object) && gtk_label_get_use_markup (GTK_LABEL (object))))
        {
          if (!pango_parse_markup (value, -1, 0, NULL, &text, NULL, NULL))
            text = g_strdup (value);
        }
      else
        text = g_strdup (value);
      check_string (checker, object, visible_properties[i], text);
    }
}

static void
check_menu_model (Checker    *checker,
                  GMenuModel *model)
{
  int n = g_menu_model_get_n_items (model);

  for (int i = 0; i < n; i++)
    {
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);
      g_autofree char *label = NULL;
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        check_string (checker, G_OBJECT (model), "menu item", label);
      while (g_menu_link_iter_get_next (links, NULL, &link))
        {
          check_menu_model (checker, link);
          g_object_unref (link);
        }
    }
}

/* GTK 4.8 has no getter for accessible properties; under GTK_A11Y=test
 * it can say whether one equals a given value. */
static void
check_accessible (Checker   *checker,
                  GtkWidget *widget)
{
  const GtkAccessibleProperty properties[] = {
    GTK_ACCESSIBLE_PROPERTY_LABEL, GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
  };
  GHashTableIter iter;
  gpointer raw;

  for (guint i = 0; i < G_N_ELEMENTS (properties); i++)
    {
      if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), properties[i]))
        continue;

      g_hash_table_iter_init (&iter, checker->english);
      while (g_hash_table_iter_next (&iter, NULL, &raw))
        {
          g_autofree char *differs = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), properties[i], raw);

          if (differs == NULL)
            check_string (checker, G_OBJECT (widget), "accessible label", raw);
        }
    }
}

static void
check_list_model (Checker    *checker,
                  GListModel *pages)
{
  for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
    {
      g_autoptr(GObject) page = g_list_model_get_item (pages, i);

      check_properties (checker, page);
    }
}

static void
check_widget (Checker   *checker,
              GtkWidget *widget)
{
  /* The window buttons' tooltips are GTK's own strings, in its domain. */
  if (GTK_IS_WINDOW_CONTROLS (widget))
    return;

  check_properties (checker, G_OBJECT (widget));
  check_accessible (checker, widget);

  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)) != NULL)
    check_menu_model (checker, gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)));
  if (GTK_IS_POPOVER_MENU (widget) && gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (widget)) != NULL)
    check_menu_model (checker, gtk_popover_menu_get_menu_model (GTK_POPOVER_MENU (widget)));
  if (ADW_IS_VIEW_STACK (widget))
    {
      g_autoptr(GtkSelectionModel) pages = adw_view_stack_get_pages (ADW_VIEW_STACK (widget));

      check_list_model (checker, G_LIST_MODEL (pages));
    }
  if (GTK_IS_STACK (widget))
    {
      g_autoptr(GtkSelectionModel) pages = gtk_stack_get_pages (GTK_STACK (widget));

      check_list_model (checker, G_LIST_MODEL (pages));
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_widget (checker, child);
}

static void
test_french_window (void)
{
  const char *pot = g_getenv ("LECTERN_POT");
  const char *po = g_getenv ("LECTERN_FR_PO");
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GtkBuilder) builder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *db_path = NULL;
  Checker checker;
  LecternWindow *window;
  GtkTextIter start, end;
  GtkTextBuffer *buffer;
  GSList *objects;

  if (!have_french)
    {
      g_test_skip ("the fr_FR.UTF-8 locale is not installed");
      return;
    }
  g_assert_nonnull (pot);
  g_assert_nonnull (po);
  /* The catalogue was found: a plain word of ours comes out French. */
  g_assert_cmpstr (_("People"), !=, "People");

  checker.english = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  checker.identical = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  checker.patterns = g_ptr_array_new_with_free_func ((GDestroyNotify) g_regex_unref);
  checker.pattern_ids = g_ptr_array_new_with_free_func (g_free);
  checker.failures = g_string_new (NULL);
  read_po (po, add_identical, &checker);
  read_po (pot, add_english, &checker);
  g_assert_cmpuint (g_hash_table_size (checker.english), >, 100);

  settings = g_settings_new (APP_ID);
  g_settings_reset (settings, "last-story");
  dir = g_dir_make_tmp ("lectern-fr-XXXXXX", &error);
  g_assert_no_error (error);
  db_path = g_build_filename (dir, "library.db", NULL);

  /* A first run shows the sample story; one highlight with its popover
   * open fills the Notes page and the popover's runtime strings. */
  window = lectern_window_new (NULL, db_path);
  gtk_window_present (GTK_WINDOW (window));
  ui_util_wait_until_idle (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_nonnull (lectern_window_get_story (window));
  buffer = gtk_text_view_get_buffer (lectern_article_view_get_text_view (lectern_window_get_article_view (window)));
  gtk_text_buffer_get_iter_at_offset (buffer, &start, 200);
  gtk_text_buffer_get_iter_at_offset (buffer, &end, 260);
  gtk_text_buffer_select_range (buffer, &start, &end);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "reader.highlight", NULL));
  ui_util_wait_until_idle (window);
  g_assert_cmpuint (window_highlights (window)->len, ==, 1);
  lectern_window_show_highlight (window, ((LecternHighlight *) g_ptr_array_index (window_highlights (window), 0))->id);
  ui_util_wait_until_idle (window);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));

  check_widget (&checker, GTK_WIDGET (window));
  /* Closed before the window goes, as a person would: an open popover's
   * pending work would outlive its surface. */
  gtk_popover_popdown (GTK_POPOVER (lectern_window_get_highlight_popover (window)));
  ui_util_wait_until_idle (window);

  /* The export dialog (Ctrl+E), with its count of highlights. */
  {
    GListModel *toplevels = gtk_window_get_toplevels ();
    GtkWindow *dialog = NULL;

    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-notes", NULL));
    ui_util_wait_until_idle (window);
    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
      {
        g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

        if (toplevel != GTK_WINDOW (window) && gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
          dialog = toplevel;
      }
    g_assert_nonnull (dialog);
    gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
    check_widget (&checker, GTK_WIDGET (dialog));
    gtk_window_destroy (dialog);
    ui_util_wait_until_idle (window);
  }

  /* The shortcuts window (Ctrl+?), built as GtkApplication builds it. */
  builder = gtk_builder_new_from_resource ("/io/github/lectern/Lectern/gtk/help-overlay.ui");
  objects = gtk_builder_get_objects (builder);
  for (GSList *l = objects; l != NULL; l = l->next)
    check_properties (&checker, l->data);
  g_slist_free (objects);

  gtk_window_destroy (GTK_WINDOW (window));
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  ui_util_remove_tree (dir);

  if (checker.failures->len > 0)
    g_test_message ("English strings on screen:\n%s", checker.failures->str);
  g_assert_cmpstr (checker.failures->str, ==, "");

  g_hash_table_unref (checker.english);
  g_hash_table_unref (checker.identical);
  g_ptr_array_unref (checker.patterns);
  g_ptr_array_unref (checker.pattern_ids);
  g_string_free (checker.failures, TRUE);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("LECTERN_LOCALEDIR");

  /* Decide before GTK starts: it warns, fatally under gtk_test_init,
   * about a locale the C library lacks. */
  have_french = setlocale (LC_ALL, "fr_FR.UTF-8") != NULL;
  g_setenv ("LC_ALL", have_french ? "fr_FR.UTF-8" : "C.UTF-8", TRUE);
  g_unsetenv ("LANGUAGE");
  g_unsetenv ("LANG");

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/ui/french/window", test_french_window);

  return g_test_run ();
}
