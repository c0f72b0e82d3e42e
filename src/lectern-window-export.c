/* lectern-window-export.c: the win. actions that write the notes out:
 * Export, Export Library, Export Selected, Print, and Import Notes
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-window.h"
#include "lectern-window-private.h"

#include "lectern-collect.h"
#include "lectern-export-dialog.h"
#include "lectern-library-list.h"

#include "lectern-export.h"
#include "lectern-notes.h"
#include "lectern-pdf.h"
#include "lectern-print.h"

#include <glib/gi18n.h>
#include <string.h>

/* Import Notes…: a W3C Web Annotation JSON file, as Export writes it */

typedef struct
{
  LecternNotesImportCounts counts;
} NotesImportResult;

static gpointer
import_notes_worker (LecternStore  *store,
                     gpointer       data,
                     GCancellable  *cancellable,
                     GError       **error)
{
  GFile *file = data;
  NotesImportResult *result;

  /* The bounded read of the CLI: a FIFO, a device or a huge file is
   * refused with one sentence instead of hanging or filling memory. */
  result = g_new0 (NotesImportResult, 1);
  if (!lectern_notes_import_file (store, file, &result->counts, NULL, cancellable, error))
    {
      g_free (result);
      return NULL;
    }

  return result;
}

static void
on_notes_imported_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autofree NotesImportResult *imported = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  imported = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (imported == NULL)
    {
      lectern_window_show_error (self, _("Could Not Import the Notes"), error->message);
      lectern_window_op_finish (op);
      return;
    }

  /* Translators: after importing notes; the second number is of highlights
   * that were already in the library */
  message = g_strdup_printf (ngettext ("%u highlight imported (%u already there)",
                                       "%u highlights imported (%u already there)",
                                       imported->counts.highlights_added),
                             imported->counts.highlights_added, imported->counts.duplicates);
  lectern_window_add_toast (self, message);

  /* Show what arrived for the story being read. */
  if (self->story != NULL && imported->counts.highlights_added > 0)
    lectern_window_reload_story (self);

  lectern_window_op_finish (op);
}

static void
on_import_notes_response_cb (GtkNativeDialog *dialog,
                             int              response,
                             LecternWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->store != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      lectern_window_import_notes (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
import_notes_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Import Notes"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Lectern Notes (JSON)"));
  gtk_file_filter_add_mime_type (filter, "application/json");
  gtk_file_filter_add_suffix (filter, "json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_import_notes_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* Everything an export needs, copied so the database thread reads no
 * state the UI thread changes meanwhile. */
typedef struct
{
  char                *path;
  LecternExportFormat  format;
  gboolean             pdf;      /* instead of the format */
  LecternStory        *story;
  GPtrArray           *highlights;
  GPtrArray           *entities;
  GPtrArray           *categories;
  char                *note;
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_free (export->path);
  g_clear_pointer (&export->story, lectern_story_unref);
  g_clear_pointer (&export->highlights, g_ptr_array_unref);
  g_clear_pointer (&export->entities, g_ptr_array_unref);
  g_clear_pointer (&export->categories, g_ptr_array_unref);
  g_free (export->note);
  g_free (export);
}

/* On the database thread: `items` in `format` (or a PDF) written
 * atomically to `path`, which it returns; or, with no path, the text
 * itself, for the clipboard. */
static gpointer
write_items (GPtrArray            *items,
             LecternExportFormat   format,
             gboolean              pdf,
             GPtrArray            *categories,
             const char           *path,
             GError              **error)
{
  g_autofree char *contents = NULL;

  if (pdf)
    {
      g_autoptr(GBytes) bytes = lectern_export_pdf (items, categories, error);
      const char *data;
      gsize size;

      g_assert (path != NULL);
      if (bytes == NULL)
        return NULL;
      data = g_bytes_get_data (bytes, &size);
      if (!lectern_export_write_file (path, data, size, error))
        return NULL;
      return g_strdup (path);
    }

  contents = lectern_export_items (format, items, categories, NULL);
  if (path == NULL)
    return g_steal_pointer (&contents);
  if (!lectern_export_write_file (path, contents, -1, error))
    return NULL;

  return g_strdup (path);
}

static gpointer
export_worker (LecternStore  *store,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  ExportData *export = data;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_export_item_free);

  g_ptr_array_add (items, lectern_export_item_new (export->story, export->highlights,
                                                   export->entities, export->note));
  return write_items (items, export->format, export->pdf, export->categories, export->path, error);
}

static void
on_export_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  path = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (path != NULL)
    {
      g_autofree char *basename = g_path_get_basename (path);
      g_autofree char *message = NULL;

      /* Translators: %s is a file name */
      message = g_strdup_printf (_("Notes exported to “%s”"), basename);
      lectern_window_add_toast (self, message);
    }
  else
    lectern_window_show_error (self, _("Could Not Export the Notes"), error->message);

  lectern_window_op_finish (op);
}

static void
on_copy_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  contents = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (contents != NULL)
    {
      gdk_clipboard_set_text (gtk_widget_get_clipboard (GTK_WIDGET (self)), contents);
      lectern_window_add_toast (self, _("Notes copied to the clipboard"));
    }
  else
    lectern_window_show_error (self, _("Could Not Copy the Notes"), error->message);

  lectern_window_op_finish (op);
}

/* The format a file name asks for by its extension; Markdown otherwise. */
static LecternExportFormat
format_for_path (const char *path)
{
  const char *dot = strrchr (path, '.');
  LecternExportFormat format = LECTERN_EXPORT_MARKDOWN;

  if (dot != NULL && strchr (dot, '/') == NULL)
    lectern_export_format_from_string (dot + 1, &format);

  return format;
}

static void export_stories (LecternWindow       *self,
                            GVariant            *story_ids,
                            const char          *path,
                            LecternExportFormat  format,
                            gboolean             pdf,
                            GAsyncReadyCallback  callback);
static void export_story   (LecternWindow       *self,
                            const char          *path,
                            LecternExportFormat  format,
                            gboolean             pdf,
                            GAsyncReadyCallback  callback);

/* The chooser opens where the last export went, else in Documents (it
 * used to open in the working folder). */
static GFile *
export_folder (LecternWindow *self)
{
  g_autofree char *folder = g_settings_get_string (self->settings, "export-folder");
  const char *fallback = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (folder[0] == '\0' || !g_file_test (folder, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (fallback != NULL ? fallback : g_get_home_dir ());

  return g_file_new_for_path (folder);
}

/* The dialog's name of a format: the core's, or "pdf". */
static void
parse_format (const char          *name,
              LecternExportFormat *format,
              gboolean            *pdf)
{
  *format = LECTERN_EXPORT_MARKDOWN;
  *pdf = g_strcmp0 (name, "pdf") == 0;
  if (!*pdf)
    lectern_export_format_from_string (name, format);
}

static char *
path_with_extension (const char *chosen,
                     const char *extension)
{
  g_autofree char *base = g_path_get_basename (chosen);
  const char *dot = strrchr (base, '.');
  LecternExportFormat named;

  if (g_str_has_suffix (chosen, extension))
    return g_strdup (chosen);

  /* "x.md" saved as HTML is x.html; "x" gets its extension too. */
  if (dot != NULL && dot != base
      && (lectern_export_format_from_string (dot + 1, &named) || g_ascii_strcasecmp (dot, ".pdf") == 0))
    {
      g_autofree char *stem = g_strndup (chosen, strlen (chosen) - strlen (dot));

      return g_strconcat (stem, extension, NULL);
    }

  return g_strconcat (chosen, extension, NULL);
}

char *
lectern_window_export_path_for (const char          *chosen,
                                LecternExportFormat  format)
{
  return path_with_extension (chosen, lectern_export_format_extension (format));
}

/* What the user chose to export, freed with the Replace question's
 * response handler when one is asked. The window may close first: it is
 * held weakly. */
typedef struct
{
  GWeakRef             window;
  char                *path;
  LecternExportFormat  format;
  gboolean             pdf;
  gboolean             library;
  GVariant            *story_ids;   /* nullable */
} ChosenExport;

static void
chosen_export_free (ChosenExport *chosen)
{
  g_weak_ref_clear (&chosen->window);
  g_free (chosen->path);
  g_clear_pointer (&chosen->story_ids, g_variant_unref);
  g_free (chosen);
}

static void
chosen_export_free_closure (gpointer  data,
                            GClosure *closure)
{
  chosen_export_free (data);
}

static void
run_chosen_export (LecternWindow *self,
                   ChosenExport  *chosen)
{
  if (chosen->library)
    export_stories (self, chosen->story_ids, chosen->path, chosen->format, chosen->pdf,
                    on_export_done_cb);
  else
    export_story (self, chosen->path, chosen->format, chosen->pdf, on_export_done_cb);
}

static void
on_replace_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        ChosenExport     *chosen)
{
  g_autoptr(LecternWindow) self = g_weak_ref_get (&chosen->window);

  if (self != NULL && g_strcmp0 (response, "replace") == 0)
    run_chosen_export (self, chosen);
}

static void
export_chosen (LecternWindow       *self,
               const char          *chosen_path,
               LecternExportFormat  format,
               gboolean             pdf,
               gboolean             library,
               GVariant            *story_ids)
{
  ChosenExport *chosen = g_new0 (ChosenExport, 1);
  g_autofree char *folder = g_path_get_dirname (chosen_path);
  g_autofree char *basename = NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  g_weak_ref_init (&chosen->window, self);
  chosen->path = path_with_extension (chosen_path, pdf ? ".pdf" : lectern_export_format_extension (format));
  chosen->format = format;
  chosen->pdf = pdf;
  chosen->library = library;
  chosen->story_ids = story_ids != NULL ? g_variant_ref (story_ids) : NULL;
  g_settings_set_string (self->settings, "export-folder", folder);

  /* The chooser asked about the name typed, not about the one the format
   * makes of it: x.html must not be replaced because x.md was typed. */
  if (g_strcmp0 (chosen->path, chosen_path) == 0 || !g_file_test (chosen->path, G_FILE_TEST_EXISTS))
    {
      run_chosen_export (self, chosen);
      chosen_export_free (chosen);
      return;
    }

  basename = g_path_get_basename (chosen->path);
  /* Translators: %s is a file name */
  heading = g_strdup_printf (_("Replace “%s”?"), basename);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading,
                                   _("A file with this name already exists in that folder. Replacing it overwrites what it holds."));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "replace", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_replace_response_cb), chosen,
                         chosen_export_free_closure, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
lectern_window_export_chosen (LecternWindow       *self,
                              const char          *chosen_path,
                              LecternExportFormat  format,
                              gboolean             library,
                              GVariant            *story_ids)
{
  export_chosen (self, chosen_path, format, FALSE, library, story_ids);
}

/* What an export dialog exports for its window: shared by its Copy and
 * Save handlers (a GRcBox, released with each). The window may close
 * first: it is held weakly. */
typedef struct
{
  GWeakRef  window;
  GVariant *story_ids;   /* nullable: the story shown */
} ExportRequest;

static void
export_request_clear (ExportRequest *request)
{
  g_weak_ref_clear (&request->window);
  g_clear_pointer (&request->story_ids, g_variant_unref);
}

static void
export_request_release (gpointer  data,
                        GClosure *closure)
{
  g_rc_box_release_full (data, (GDestroyNotify) export_request_clear);
}

/* The last format chosen in the dialog ("export-format") is the next
 * one's; the library's falls back to HTML when it was Markdown. */
static void
on_export_dialog_copy_cb (LecternExportDialog *dialog,
                          const char          *name,
                          ExportRequest       *request)
{
  g_autoptr(LecternWindow) self = g_weak_ref_get (&request->window);
  LecternExportFormat format;
  gboolean pdf;

  if (self == NULL)
    return;

  parse_format (name, &format, &pdf);
  g_return_if_fail (!pdf);
  g_settings_set_string (self->settings, "export-format", name);
  if (lectern_export_dialog_get_scope (dialog) == LECTERN_EXPORT_SCOPE_STORY)
    export_story (self, NULL, format, FALSE, on_copy_done_cb);
  else
    export_stories (self, request->story_ids, NULL, format, FALSE, on_copy_done_cb);
}

static void
on_export_dialog_save_cb (LecternExportDialog *dialog,
                          GFile               *file,
                          const char          *name,
                          ExportRequest       *request)
{
  g_autoptr(LecternWindow) self = g_weak_ref_get (&request->window);
  g_autofree char *path = g_file_get_path (file);
  LecternExportFormat format;
  gboolean pdf;

  if (self == NULL)
    return;

  parse_format (name, &format, &pdf);
  g_settings_set_string (self->settings, "export-format", name);
  if (path == NULL)
    lectern_window_show_error (self, _("Could Not Export the Notes"),
                               _("Notes can only be exported to a local folder."));
  else
    export_chosen (self, path, format, pdf,
                   lectern_export_dialog_get_scope (dialog) != LECTERN_EXPORT_SCOPE_STORY,
                   request->story_ids);
}

static LecternExportDialog *
present_export_dialog (LecternWindow      *self,
                       LecternExportScope  scope,
                       GVariant           *story_ids)
{
  LecternExportDialog *dialog = lectern_export_dialog_new (GTK_WINDOW (self), scope);
  g_autoptr(GFile) folder = export_folder (self);
  g_autofree char *format = g_settings_get_string (self->settings, "export-format");
  ExportRequest *request = g_rc_box_new0 (ExportRequest);

  g_weak_ref_init (&request->window, self);
  if (story_ids != NULL)
    request->story_ids = g_variant_ref_sink (story_ids);
  lectern_export_dialog_set_format (dialog, format);
  lectern_export_dialog_set_folder (dialog, folder);
  g_signal_connect_data (dialog, "copy", G_CALLBACK (on_export_dialog_copy_cb),
                         g_rc_box_acquire (request), export_request_release, 0);
  g_signal_connect_data (dialog, "save", G_CALLBACK (on_export_dialog_save_cb),
                         request, export_request_release, 0);
  gtk_window_present (GTK_WINDOW (dialog));

  return dialog;
}

static void
export_notes_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  LecternExportDialog *dialog;
  g_autofree char *stem = NULL;
  const char *forced_path = g_getenv ("LECTERN_EXPORT_PATH");

  if (self->story == NULL)
    return;

  /* Tests and scripts skip the dialog; the extension picks the format. */
  if (forced_path != NULL && forced_path[0] != '\0')
    {
      lectern_window_export (self, forced_path, format_for_path (forced_path));
      return;
    }

  dialog = present_export_dialog (self, LECTERN_EXPORT_SCOPE_STORY, NULL);
  stem = lectern_export_suggest_filename (self->story->title, "");
  lectern_export_dialog_set_suggested_name (dialog, stem);
  lectern_export_dialog_set_contents (dialog, self->story->title, 1,
                                      g_list_model_get_n_items (G_LIST_MODEL (self->annotations)));
}

/* Export Library…: every story's notes in one file (the formats that hold
 * several stories); Export Selected… does the same for some of them. */

typedef struct
{
  char                *path;
  LecternExportFormat  format;
  gboolean             pdf;
  GPtrArray           *categories;
  GVariant            *story_ids;   /* "ax", or NULL for every story */
} LibraryExportData;

static void
library_export_data_free (gpointer data)
{
  LibraryExportData *export = data;

  g_free (export->path);
  g_clear_pointer (&export->categories, g_ptr_array_unref);
  g_clear_pointer (&export->story_ids, g_variant_unref);
  g_free (export);
}

/* On the database thread, as `lectern-cli export` reads them. */
static gpointer
export_library_worker (LecternStore  *store,
                       gpointer       data,
                       GCancellable  *cancellable,
                       GError       **error)
{
  LibraryExportData *export = data;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  const gint64 *ids = NULL;
  gsize n_ids = 0;

  if (export->story_ids != NULL)
    {
      ids = g_variant_get_fixed_array (export->story_ids, &n_ids, sizeof (gint64));
      /* None selected is no story, not every story. */
      if (n_ids == 0)
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                               _("No story is selected."));
          return NULL;
        }
    }
  items = lectern_collect_stories (store, ids, n_ids,
                                   !export->pdf && lectern_collect_format_lists_entities (export->format),
                                   cancellable, warnings, error);
  if (items == NULL)
    return NULL;
  for (guint i = 0; i < warnings->len; i++)
    g_debug ("%s", (const char *) g_ptr_array_index (warnings, i));

  return write_items (items, export->format, export->pdf, export->categories, export->path, error);
}

/* `path` NULL: the text is for the clipboard. */
static void
export_stories (LecternWindow       *self,
                GVariant            *story_ids,
                const char          *path,
                LecternExportFormat  format,
                gboolean             pdf,
                GAsyncReadyCallback  callback)
{
  LibraryExportData *data;

  if (self->store == NULL)
    return;

  data = g_new0 (LibraryExportData, 1);
  data->path = g_strdup (path);
  data->format = format;
  data->pdf = pdf;
  data->categories = self->categories != NULL ? g_ptr_array_ref (self->categories) : NULL;
  data->story_ids = story_ids != NULL ? g_variant_ref_sink (story_ids) : NULL;
  lectern_store_run_async (self->store, export_library_worker, data, library_export_data_free,
                           g_free, NULL, callback, lectern_window_op_new (self));
}

void
lectern_window_export_library (LecternWindow       *self,
                               const char          *path,
                               LecternExportFormat  format)
{
  g_return_if_fail (LECTERN_IS_WINDOW (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (lectern_export_format_is_multi (format));

  export_stories (self, NULL, path, format, FALSE, on_export_done_cb);
}

/* What the dialog of several stories says they hold, counted on the
 * database thread: the library's list has each story's highlights. */
typedef struct
{
  guint n_stories;
  guint n_highlights;
} ExportCounts;

static gpointer
count_stories_worker (LecternStore  *store,
                      gpointer       data,
                      GCancellable  *cancellable,
                      GError       **error)
{
  GVariant *story_ids = data;
  g_autoptr(GPtrArray) entries = lectern_library_list_sync (store, error);
  g_autoptr(GHashTable) wanted = g_hash_table_new (g_int64_hash, g_int64_equal);
  const gint64 *ids = NULL;
  gsize n_ids = 0;
  ExportCounts *counts;

  if (entries == NULL)
    return NULL;
  if (story_ids != NULL)
    ids = g_variant_get_fixed_array (story_ids, &n_ids, sizeof (gint64));
  for (gsize i = 0; i < n_ids; i++)
    g_hash_table_add (wanted, (gpointer) &ids[i]);

  counts = g_new0 (ExportCounts, 1);
  for (guint i = 0; i < entries->len; i++)
    {
      LecternLibraryEntry *entry = g_ptr_array_index (entries, i);

      if (story_ids != NULL && !g_hash_table_contains (wanted, &entry->id))
        continue;
      counts->n_stories++;
      counts->n_highlights += entry->n_highlights;
    }

  return counts;
}

static void
on_stories_counted_cb (GObject      *source,
                       GAsyncResult *result,
                       gpointer      user_data)
{
  GWeakRef *dialog_ref = user_data;
  g_autoptr(LecternExportDialog) dialog = g_weak_ref_get (dialog_ref);
  g_autofree ExportCounts *counts = NULL;
  g_autoptr(GError) error = NULL;

  g_weak_ref_clear (dialog_ref);
  g_free (dialog_ref);

  counts = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (counts == NULL)
    g_debug ("Could not count the stories to export: %s", error->message);
  else if (dialog != NULL)
    lectern_export_dialog_set_contents (dialog, NULL, counts->n_stories, counts->n_highlights);
}

/* `story_ids` ("ax") limits the export to those stories; NULL is all. */
static void
show_export_library_dialog (LecternWindow *self,
                            GVariant      *story_ids)
{
  LecternExportDialog *dialog;
  GWeakRef *dialog_ref = g_new0 (GWeakRef, 1);

  dialog = present_export_dialog (self, story_ids != NULL ? LECTERN_EXPORT_SCOPE_SELECTED
                                                          : LECTERN_EXPORT_SCOPE_LIBRARY,
                                  story_ids);
  /* Translators: the proposed file name of a library export, without its extension */
  lectern_export_dialog_set_suggested_name (dialog, _("Lectern notes"));
  if (self->store == NULL)
    return;

  g_weak_ref_init (dialog_ref, dialog);
  lectern_store_run_async (self->store, count_stories_worker,
                           story_ids != NULL ? g_variant_ref (story_ids) : NULL,
                           story_ids != NULL ? (GDestroyNotify) g_variant_unref : NULL,
                           g_free, NULL, on_stories_counted_cb, dialog_ref);
}

static void
export_library_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  show_export_library_dialog (LECTERN_WINDOW (widget), NULL);
}

/* The stories checked in the library ("ax"); LECTERN_EXPORT_PATH skips the
 * dialog, as for Export Notes…, so tests need none. */
static void
export_stories_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  const char *forced_path = g_getenv ("LECTERN_EXPORT_PATH");

  if (g_variant_n_children (parameter) == 0)
    return;

  if (forced_path != NULL && forced_path[0] != '\0')
    {
      LecternExportFormat format = format_for_path (forced_path);

      export_stories (self, parameter, forced_path,
                      lectern_export_format_is_multi (format) ? format : LECTERN_EXPORT_HTML,
                      FALSE, on_export_done_cb);
      return;
    }

  show_export_library_dialog (self, parameter);
}

/* Print…: the story with its highlights, then the notes as endnotes */

static GtkPrintOperation *
create_print_operation (LecternWindow *self)
{
  /* Read from the model now: the operation lays the pages out from them
   * before it returns. */
  g_autoptr(GPtrArray) highlights = lectern_annotations_list_highlights (self->annotations);

  return lectern_print_operation_new (self->story, highlights, self->categories,
                                      lectern_annotations_get_story_note (self->annotations));
}

static void
on_print_done_cb (GtkPrintOperation       *operation,
                  GtkPrintOperationResult  result,
                  LecternWindow           *self)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      lectern_window_show_error (self, _("Could Not Print"), error->message);
    }
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->story == NULL)
    return;

  operation = create_print_operation (self);
  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (on_print_done_cb), self, 0);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                               GTK_WINDOW (self), &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    lectern_window_show_error (self, _("Could Not Print"), error->message);
}

/* `path` NULL: the text is for the clipboard. */
static void
export_story (LecternWindow       *self,
              const char          *path,
              LecternExportFormat  format,
              gboolean             pdf,
              GAsyncReadyCallback  callback)
{
  ExportData *data;

  if (self->story == NULL || self->store == NULL)
    return;

  data = g_new0 (ExportData, 1);
  data->path = g_strdup (path);
  data->format = format;
  data->pdf = pdf;
  data->story = lectern_story_ref (self->story);
  /* What is on screen now, the note typed a moment ago included. */
  lectern_window_flush_annotations (self);
  data->highlights = lectern_annotations_copy_highlights (self->annotations);
  data->note = g_strstrip (g_strdup (lectern_annotations_get_story_note (self->annotations)));
  data->entities = self->entities != NULL ? g_ptr_array_ref (self->entities) : NULL;
  data->categories = self->categories != NULL ? g_ptr_array_ref (self->categories) : NULL;

  /* No cancellable: an export asked for is finished. */
  lectern_store_run_async (self->store, export_worker, data, export_data_free, g_free, NULL,
                           callback, lectern_window_op_new (self));
}

void
lectern_window_export (LecternWindow       *self,
                       const char          *path,
                       LecternExportFormat  format)
{
  g_return_if_fail (LECTERN_IS_WINDOW (self));
  g_return_if_fail (path != NULL);

  export_story (self, path, format, FALSE, on_export_done_cb);
}

void
lectern_window_export_to_path (LecternWindow *self,
                               const char    *path)
{
  lectern_window_export (self, path, LECTERN_EXPORT_MARKDOWN);
}

void
lectern_window_import_notes (LecternWindow *self,
                             GFile         *file)
{
  g_return_if_fail (LECTERN_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->store == NULL)
    return;

  lectern_store_run_async (self->store, import_notes_worker, g_object_ref (file), g_object_unref,
                           g_free, NULL, on_notes_imported_cb, lectern_window_op_new (self));
}

gboolean
lectern_window_print_to_pdf (LecternWindow  *self,
                             const char     *path,
                             GError        **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (LECTERN_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (self->story == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "No story is open");
      return FALSE;
    }

  operation = create_print_operation (self);
  gtk_print_operation_set_export_filename (operation, path);

  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT,
                                  GTK_WINDOW (self), error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}


void
lectern_window_export_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export-notes", NULL, export_notes_action);
  gtk_widget_class_install_action (widget_class, "win.import-notes", NULL, import_notes_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.export-library", NULL, export_library_action);
  gtk_widget_class_install_action (widget_class, "win.export-stories", "ax", export_stories_action);
}
