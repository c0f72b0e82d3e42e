/* test-print.c: Ctrl+P's print operation draws through the core's page
 * layout; its PDF read back by pdftotext
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "lectern-highlight.h"
#include "lectern-print.h"
#include "lectern-story.h"

static gboolean
have_pdftotext (void)
{
  g_autofree char *path = g_find_program_in_path ("pdftotext");

  return path != NULL;
}

static void
test_print_to_pdf (void)
{
  g_autoptr(LecternStory) story = lectern_story_new ("Le titre", "",
                                                     "Le titre\nUn paragraphe avec un émoji 😀 et une fin.\n");
  g_autoptr(GPtrArray) highlights = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("lectern-print-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "story.pdf", NULL);
  g_autofree char *out = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", "-layout", NULL, "-", NULL };
  GtkPrintOperationResult result;
  int status;

  g_ptr_array_add (highlights, lectern_highlight_new_for_range (story, 9, 23, "green",
                   "Une **note** rendue, avec une liste :\n"
                   "- un point assez long pour passer à la ligne suivante dans la marge des notes, "
                   "et même un peu plus loin encore pour être sûr"));
  operation = lectern_print_operation_new (story, highlights, NULL, "Note de l'article");
  /* Print to File suggests the story's title, not GTK's "output". */
  g_assert_cmpstr (gtk_print_settings_get (gtk_print_operation_get_print_settings (operation),
                                           GTK_PRINT_SETTINGS_OUTPUT_BASENAME), ==, "Le titre");
  gtk_print_operation_set_export_filename (operation, path);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  if (!have_pdftotext ())
    {
      g_test_skip ("pdftotext (poppler-utils) is not installed");
      return;
    }
  argv[4] = path;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));

  if (g_getenv ("LECTERN_PRINT_DEBUG") != NULL)
    g_printerr ("%s", out);
  g_assert_nonnull (strstr (out, "Un paragraphe 1avec un émoji"));
  g_assert_nonnull (strstr (out, "😀"));
  g_assert_nonnull (strstr (out, "Note de l'article"));
  /* Notes are rendered from Markdown, not shown raw. */
  g_assert_nonnull (strstr (out, "Une note rendue"));
  g_assert_null (strstr (out, "**"));
  /* The list item's second line is indented under its text. */
  {
    g_autoptr(GRegex) regex = g_regex_new ("^( *)• un point.*\\n( *)\\S", G_REGEX_MULTILINE, 0, NULL);
    g_autoptr(GMatchInfo) match = NULL;
    g_autofree char *bullet = NULL;
    g_autofree char *next = NULL;

    g_assert_true (g_regex_match (regex, out, 0, &match));
    bullet = g_match_info_fetch (match, 1);
    next = g_match_info_fetch (match, 2);
    g_assert_cmpuint (strlen (next), >, strlen (bullet));
  }

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/lectern/print/to-pdf", test_print_to_pdf);

  return g_test_run ();
}
