/* test-export-dialog.c: Export… through its dialog, in the real window on a
 * real library: each text format copied and read back from the clipboard,
 * a file saved through the dialog's file chooser, the library's export
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "lectern-article-view.h"
#include "lectern-export-dialog.h"
#include "lectern-window.h"
#include "ui-util.h"

typedef UiFixture Fixture;

static void
fixture_setup (Fixture       *fixture,
               gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);

  ui_fixture_setup (fixture, data);
  g_settings_reset (settings, "export-format");
  g_settings_reset (settings, "export-folder");
  g_unsetenv ("LECTERN_EXPORT_PATH");
}

/* Highlights characters [start, end) of the open story; returns them. */
static char *
highlight (LecternWindow *window,
           int            start,
           int            end)
{
  GtkTextView *view = lectern_article_view_get_text_view (lectern_window_get_article_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter s, e;

  gtk_text_buffer_get_iter_at_offset (buffer, &s, start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, end);
  gtk_text_buffer_select_range (buffer, &s, &e);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "reader.highlight", NULL));
  ui_util_wait_until_idle (window);

  return gtk_text_buffer_get_text (buffer, &s, &e, FALSE);
}

static LecternExportDialog *
open_dialog (LecternWindow *window,
             const char    *action)
{
  LecternExportDialog *dialog;

  g_assert_null (ui_util_find_toplevel (LECTERN_TYPE_EXPORT_DIALOG));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  ui_util_flush ();
  dialog = LECTERN_EXPORT_DIALOG (ui_util_find_toplevel (LECTERN_TYPE_EXPORT_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));

  return dialog;
}

/* The button showing `label` (its mnemonic taken out). */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  GtkWidget *found = ui_util_find_label (root, label);

  g_assert_nonnull (found);
  found = gtk_widget_get_ancestor (found, GTK_TYPE_BUTTON);
  g_assert_nonnull (found);

  return found;
}

/* Picks a format as a click on its row does; returns the row's check
 * button, found by its accessible name's label. */
static void
pick_format (LecternExportDialog *dialog,
             const char          *title)
{
  GtkWidget *label = ui_util_find_label (GTK_WIDGET (dialog), title);
  GtkWidget *row;

  g_assert_nonnull (label);
  row = gtk_widget_get_ancestor (label, ADW_TYPE_ACTION_ROW);
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_visible (row));
  gtk_widget_activate (row);
  ui_util_flush ();
}

typedef struct
{
  char     *text;
  gboolean  done;
} ClipboardRead;

static void
on_text_read_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ClipboardRead *read = user_data;
  g_autoptr(GError) error = NULL;

  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_assert_no_error (error);
  read->done = TRUE;
}

/* (transfer full): the clipboard's text, read as a paste reads it. */
static char *
read_clipboard (LecternWindow *window)
{
  ClipboardRead read = { NULL, FALSE };
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (GTK_WIDGET (window)), NULL,
                                 on_text_read_cb, &read);
  while (!read.done)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_nonnull (read.text);

  return read.text;
}

/* Each text format, chosen on its row and copied: the clipboard holds the
 * export, which starts as that format does and has the quote. The last
 * format chosen is the next dialog's. */
static void
test_copy_each_format (Fixture       *fixture,
                       gconstpointer  data)
{
  static const struct { const char *row; const char *format; const char *start; } formats[] = {
    { "Markdown", "markdown", "---\n" },
    { "HTML", "html", "<!DOCTYPE html>" },
    { "Org", "org", "#+OPTIONS:" },
    { "CSV", "csv", "Highlight,Title,Author,URL,Note,Location,Date" },
    { "W3C JSON", "json", "{" },
    { "Plain Text", "text", "" },
  };
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  LecternWindow *window = ui_util_open_window (fixture->db_path, 0, 0);
  g_autofree char *quote = highlight (window, 100, 140);
  const char *title = lectern_window_get_story (window)->title;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      LecternExportDialog *dialog = open_dialog (window, "win.export-notes");
      g_autofree char *contents = NULL;
      g_autofree char *setting = NULL;
      g_autofree char *subtitle = g_strdup_printf ("“%s”", title);
      GtkWidget *title_label = ui_util_find_label (GTK_WIDGET (dialog), formats[i].row);
      GtkWidget *row = gtk_widget_get_ancestor (title_label, ADW_TYPE_ACTION_ROW);
      GtkWidget *check = adw_action_row_get_activatable_widget (ADW_ACTION_ROW (row));

      /* What is exported, with its count of highlights. */
      g_assert_nonnull (ui_util_find_label (GTK_WIDGET (dialog), "This story"));
      g_assert_nonnull (ui_util_find_label (GTK_WIDGET (dialog), subtitle));
      g_assert_nonnull (ui_util_find_label (GTK_WIDGET (dialog), "1 highlight"));
      /* The row's check button is named by its title (no raw "_"), once:
       * no label of its own besides. */
      gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                           title_label, NULL);
      g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL));
      /* The previous round's choice is remembered. */
      g_assert_cmpstr (lectern_export_dialog_get_format (dialog), ==,
                       formats[i > 0 ? i - 1 : 0].format);

      pick_format (dialog, formats[i].row);
      g_assert_true (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)));
      /* The focus is on the chosen row, where Enter saves in that format. */
      g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) == row);
      g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), "Copy to Clipboard"), "clicked");
      ui_util_wait_until_idle (window);
      g_assert_null (ui_util_find_toplevel (LECTERN_TYPE_EXPORT_DIALOG));

      contents = read_clipboard (window);
      g_assert_true (g_str_has_prefix (contents, formats[i].start));
      g_assert_nonnull (strstr (contents, quote));
      setting = g_settings_get_string (settings, "export-format");
      g_assert_cmpstr (setting, ==, formats[i].format);
    }

  /* The next dialog opens on the last format; closing it copies nothing. */
  {
    LecternExportDialog *dialog = open_dialog (window, "win.export-notes");

    g_assert_cmpstr (lectern_export_dialog_get_format (dialog), ==, "text");
    /* A PDF is saved, not copied. */
    pick_format (dialog, "PDF");
    g_assert_false (gtk_widget_get_sensitive (find_button (GTK_WIDGET (dialog), "Copy to Clipboard")));
    pick_format (dialog, "HTML");
    g_assert_true (gtk_widget_get_sensitive (find_button (GTK_WIDGET (dialog), "Copy to Clipboard")));
    /* The buttons are named by their labels, without the raw mnemonic. */
    for (guint i = 0; i < 3; i++)
      {
        const char *labels[] = { "Cancel", "Copy to Clipboard", "Save As…" };
        GtkWidget *label = ui_util_find_label (GTK_WIDGET (dialog), labels[i]);
        GtkWidget *button = find_button (GTK_WIDGET (dialog), labels[i]);

        g_assert_true (gtk_label_get_use_underline (GTK_LABEL (label)));
        gtk_test_accessible_assert_relation (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_RELATION_LABELLED_BY,
                                             label, NULL);
        g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL));
      }
    gtk_window_close (GTK_WINDOW (dialog));
    ui_util_flush ();
    g_assert_null (ui_util_find_toplevel (LECTERN_TYPE_EXPORT_DIALOG));
  }

  ui_util_close_window (window);
}

/* (transfer none): the file chooser Save As… opened (GTK's own dialog
 * without a portal). */
static GtkFileChooser *
find_chooser (void)
{
  GtkWindow *chooser = ui_util_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG);

  g_assert_nonnull (chooser);
  return GTK_FILE_CHOOSER (chooser);
}

/* (transfer full): `text` without its white space. */
static char *
squash (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!g_ascii_isspace (*p))
      g_string_append_c (out, *p);

  return g_string_free (out, FALSE);
}

/* The chooser's Save: it checks the folder asynchronously before it
 * answers, then goes. */
static void
accept_chooser (LecternWindow  *window,
                GtkFileChooser *chooser)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  while (ui_util_find_toplevel (GTK_TYPE_FILE_CHOOSER_DIALOG) != NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  ui_util_wait_until_idle (window);
}

/* Save As…: the file chooser proposes the story's title with the format's
 * extension, in Documents the first time and where the last export went
 * after; a name typed without extension gets the format's; a file that
 * exists under the name the format makes is not replaced without asking. */
static void
test_save_as (Fixture       *fixture,
              gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  LecternWindow *window = ui_util_open_window (fixture->db_path, 0, 0);
  g_autofree char *quote = highlight (window, 100, 140);
  g_autofree char *saved = g_build_filename (fixture->dir, "saved.html", NULL);
  g_autofree char *mine = g_build_filename (fixture->dir, "mine.md", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (fixture->dir);
  g_autofree char *contents = NULL;
  g_autofree char *folder = NULL;
  LecternExportDialog *dialog;
  GtkFileChooser *chooser;
  g_autofree char *name = NULL;
  g_autofree char *expected = NULL;

  dialog = open_dialog (window, "win.export-notes");
  pick_format (dialog, "HTML");
  g_signal_emit_by_name (find_button (GTK_WIDGET (dialog), "Save As…"), "clicked");
  ui_util_flush ();
  chooser = find_chooser ();
  name = gtk_file_chooser_get_current_name (chooser);
  expected = lectern_export_dialog_get_file_name (dialog);
  g_assert_true (g_str_has_suffix (name, ".html"));
  g_assert_cmpstr (name, ==, expected);
  g_clear_pointer (&expected, g_free);
  /* The story's title, made safe for a file name. */
  expected = lectern_export_suggest_filename (lectern_window_get_story (window)->title, ".html");
  g_assert_cmpstr (name, ==, expected);

  /* The name typed without extension; the chooser's Save. */
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, dir, NULL));
  gtk_file_chooser_set_current_name (chooser, "saved");
  accept_chooser (window, chooser);
  g_assert_null (ui_util_find_toplevel (LECTERN_TYPE_EXPORT_DIALOG));
  g_assert_true (g_file_get_contents (saved, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "<!DOCTYPE html>"));
  g_assert_nonnull (strstr (contents, quote));
  folder = g_settings_get_string (settings, "export-folder");
  g_assert_cmpstr (folder, ==, fixture->dir);

  /* The chooser opens there now. mine.md exists; "mine.html" typed while
   * Markdown is chosen asks before replacing it, and Cancel keeps it. */
  g_assert_true (g_file_set_contents (mine, "mine", -1, NULL));
  dialog = open_dialog (window, "win.export-notes");
  g_assert_cmpstr (lectern_export_dialog_get_format (dialog), ==, "html");
  pick_format (dialog, "Markdown");
  lectern_export_dialog_save_as (dialog);
  ui_util_flush ();
  chooser = find_chooser ();
  {
    g_autoptr(GFile) current = gtk_file_chooser_get_current_folder (chooser);

    g_assert_nonnull (current);
    g_assert_true (g_file_equal (current, dir));
  }
  gtk_file_chooser_set_current_name (chooser, "mine.html");
  accept_chooser (window, chooser);
  {
    GtkWindow *ask = ui_util_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);

    g_assert_nonnull (ask);
    adw_message_dialog_response (ADW_MESSAGE_DIALOG (ask), "cancel");
    gtk_window_destroy (ask);
  }
  ui_util_wait_until_idle (window);
  g_clear_pointer (&contents, g_free);
  g_assert_true (g_file_get_contents (mine, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "mine");

  /* PDF: a name typed as Markdown becomes .pdf; the file is a PDF with the
   * quote in it, as pdftotext reads it. */
  dialog = open_dialog (window, "win.export-notes");
  pick_format (dialog, "PDF");
  lectern_export_dialog_save_as (dialog);
  ui_util_flush ();
  chooser = find_chooser ();
  g_clear_pointer (&name, g_free);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_true (g_str_has_suffix (name, ".pdf"));
  gtk_file_chooser_set_current_name (chooser, "paper.md");
  accept_chooser (window, chooser);
  {
    g_autofree char *pdf = g_build_filename (fixture->dir, "paper.pdf", NULL);
    g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
    g_autofree char *bytes = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (pdf, &bytes, &length, NULL));
    g_assert_true (length > 5 && memcmp (bytes, "%PDF-", 5) == 0);
    if (pdftotext != NULL)
      {
        const char *argv[] = { pdftotext, pdf, "-", NULL };
        g_autofree char *out = NULL;
        g_autofree char *flat = NULL;
        g_autofree char *squashed_quote = squash (quote);
        int status;

        g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                     &out, NULL, &status, NULL));
        g_assert_true (g_spawn_check_wait_status (status, NULL));
        /* Lines break where the page does: compare without spaces. */
        flat = squash (out);
        g_assert_nonnull (strstr (flat, squashed_quote));
      }
    else
      g_test_message ("pdftotext is missing: the PDF's text is not read back");
  }

  /* Cancel in the chooser goes back to the dialog, which stays. */
  dialog = open_dialog (window, "win.export-notes");
  lectern_export_dialog_save_as (dialog);
  ui_util_flush ();
  gtk_dialog_response (GTK_DIALOG (find_chooser ()), GTK_RESPONSE_CANCEL);
  ui_util_flush ();
  g_assert_true (ui_util_find_toplevel (LECTERN_TYPE_EXPORT_DIALOG) == GTK_WINDOW (dialog));
  gtk_window_close (GTK_WINDOW (dialog));
  ui_util_flush ();

  ui_util_close_window (window);
}

/* Export Library…: the formats that hold several stories, what the
 * library holds counted, and every story's notes on the clipboard. */
static void
test_library (Fixture       *fixture,
              gconstpointer  data)
{
  LecternWindow *window = ui_util_open_window (fixture->db_path, 0, 0);
  g_autofree char *first = highlight (window, 100, 140);
  g_autofree char *second = NULL;
  g_autofree char *contents = NULL;
  LecternExportDialog *dialog;
  GtkWidget *markdown;
  gint64 deadline;

  lectern_window_open_text (window, "Deuxième récit\n\nLe marché ouvre tôt le samedi et ferme à midi pile.\n");
  ui_util_wait_until_idle (window);
  second = highlight (window, 20, 40);

  dialog = open_dialog (window, "win.export-library");
  g_assert_nonnull (ui_util_find_label (GTK_WIDGET (dialog), "The whole library"));
  /* Markdown is one file per story: not offered here. */
  markdown = gtk_widget_get_ancestor (ui_util_find_label (GTK_WIDGET (dialog), "Markdown"),
                                      ADW_TYPE_ACTION_ROW);
  g_assert_false (gtk_widget_get_visible (markdown));
  g_assert_cmpstr (lectern_export_dialog_get_format (dialog), ==, "html");

  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (ui_util_find_label (GTK_WIDGET (dialog), "2 highlights") == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_nonnull (ui_util_find_label (GTK_WIDGET (dialog), "2 stories"));

  pick_format (dialog, "Plain Text");
  lectern_export_dialog_copy (dialog);
  ui_util_wait_until_idle (window);
  contents = read_clipboard (window);
  g_assert_nonnull (strstr (contents, first));
  g_assert_nonnull (strstr (contents, second));
  g_assert_nonnull (strstr (contents, "Deuxième récit"));
  g_clear_pointer (&contents, g_free);

  /* Export Selected…: only the stories checked, counted. */
  {
    gint64 id = lectern_window_get_story (window)->id;
    g_autoptr(GVariant) ids = g_variant_ref_sink (g_variant_new_fixed_array (G_VARIANT_TYPE_INT64, &id, 1,
                                                                             sizeof (gint64)));

    g_assert_true (gtk_widget_activate_action_variant (GTK_WIDGET (window), "win.export-stories", ids));
    ui_util_flush ();
    dialog = LECTERN_EXPORT_DIALOG (ui_util_find_toplevel (LECTERN_TYPE_EXPORT_DIALOG));
    g_assert_nonnull (dialog);
  }
  g_assert_nonnull (ui_util_find_label (GTK_WIDGET (dialog), "The selected stories"));
  /* The last format chosen (plain text) is offered again. */
  g_assert_cmpstr (lectern_export_dialog_get_format (dialog), ==, "text");
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (ui_util_find_label (GTK_WIDGET (dialog), "1 highlight") == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_nonnull (ui_util_find_label (GTK_WIDGET (dialog), "1 story"));
  pick_format (dialog, "W3C JSON");
  lectern_export_dialog_copy (dialog);
  ui_util_wait_until_idle (window);
  contents = read_clipboard (window);
  g_assert_true (g_str_has_prefix (contents, "{"));
  g_assert_nonnull (strstr (contents, second));
  g_assert_null (strstr (contents, first));

  ui_util_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_setup, func, ui_fixture_teardown)
  ADD ("/ui/export-dialog/copy-each-format", test_copy_each_format);
  ADD ("/ui/export-dialog/save-as", test_save_as);
  ADD ("/ui/export-dialog/library", test_library);
#undef ADD

  return g_test_run ();
}
