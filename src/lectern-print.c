/* lectern-print.c: a story with its highlights and notes, on paper or PDF
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-print"

#include "config.h"

#include "lectern-print.h"

#include "lectern-export.h"
#include "lectern-pdf.h"

/* The pages come from the core's page layout, the one `lectern-cli export
 * --format pdf` uses, so paper and PDF show the same thing. */
typedef struct
{
  GPtrArray         *items;       /* one LecternExportItem */
  GPtrArray         *categories;  /* (nullable) */
  LecternPageLayout *layout;
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_ptr_array_unref (job->items);
  g_clear_pointer (&job->categories, g_ptr_array_unref);
  g_clear_pointer (&job->layout, lectern_page_layout_free);
  g_free (job);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  PangoContext *pango_context = gtk_print_context_create_pango_context (context);

  g_clear_pointer (&job->layout, lectern_page_layout_free);
  job->layout = lectern_page_layout_new (job->items, job->categories, pango_context,
                                         gtk_print_context_get_width (context),
                                         gtk_print_context_get_height (context));
  g_object_unref (pango_context);

  gtk_print_operation_set_n_pages (operation, lectern_page_layout_get_n_pages (job->layout));
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  lectern_page_layout_draw_page (job->layout, gtk_print_context_get_cairo_context (context),
                                 (guint) page);
}

GtkPrintOperation *
lectern_print_operation_new (LecternStory *story,
                             GPtrArray    *highlights,
                             GPtrArray    *categories,
                             const char   *story_note)
{
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free);
  GtkPrintOperation *operation;
  PrintJob *job;

  g_return_val_if_fail (story != NULL, NULL);

  /* Copies: the window may change its highlights while the dialog is open. */
  for (guint i = 0; highlights != NULL && i < highlights->len; i++)
    g_ptr_array_add (copies, lectern_highlight_copy (g_ptr_array_index (highlights, i)));

  job = g_new0 (PrintJob, 1);
  job->items = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_export_item_free);
  g_ptr_array_add (job->items, lectern_export_item_new (story, copies, NULL, story_note));
  job->categories = categories != NULL ? g_ptr_array_ref (categories) : NULL;

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, story->title);
  {
    /* "Print to File" names the PDF after the story, not "output.pdf";
     * the dialog adds the extension of the format chosen. */
    g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
    g_autofree char *name = lectern_export_suggest_filename (story->title, "");

    gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_BASENAME, name);
    gtk_print_operation_set_print_settings (operation, settings);
  }
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job,
                         (GClosureNotify) (void (*) (void)) print_job_free, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);

  return operation;
}
