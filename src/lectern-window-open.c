/* lectern-window-open.c: opening the library and stories: the first story,
 * files and web pages (Open…, Open Link…, the command line, drag and drop)
 * and pasted text or addresses, all read by the core's lectern_source_*
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-window.h"
#include "lectern-window-private.h"

#include "lectern-import.h"
#include "lectern-open-link-dialog.h"
#include "lectern-source.h"

#include <string.h>

#include <glib/gi18n.h>

static gboolean
timing_enabled (void)
{
  return g_strcmp0 (g_getenv ("LECTERN_TIMING"), "1") == 0;
}

typedef struct
{
  gint64  last_story_id;
  char   *seed_path;
} InitialData;

static void
initial_data_free (gpointer data)
{
  InitialData *initial = data;

  g_free (initial->seed_path);
  g_free (initial);
}

/* What the database thread stores: a story read from a file or page, or
 * pasted text. */
typedef struct
{
  LecternStory *story;
  char         *text;
} ImportData;

static void
import_data_free (gpointer data)
{
  ImportData *import = data;

  g_clear_pointer (&import->story, lectern_story_unref);
  g_free (import->text);
  g_free (import);
}

gboolean
lectern_window_read_story_note (LecternStore  *store,
                 ShowData      *show,
                 GError       **error)
{
  show->story_note = lectern_store_get_story_note_sync (store, show->story->id, error);

  return show->story_note != NULL;
}

static gpointer
load_initial_worker (LecternStore  *store,
                     gpointer       data,
                     GCancellable  *cancellable,
                     GError       **error)
{
  InitialData *initial = data;
  g_autoptr(ShowData) show = NULL;
  g_autoptr(GError) local_error = NULL;

  show = g_new0 (ShowData, 1);

  if (initial->last_story_id > 0)
    {
      show->story = lectern_store_get_story_sync (store, initial->last_story_id, &local_error);
      if (show->story != NULL)
        show->restore_position = TRUE;
      else if (!g_error_matches (local_error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_clear_error (&local_error);
    }

  if (show->story == NULL)
    {
      g_autoptr(GPtrArray) stories = lectern_store_list_stories_sync (store, error);

      if (stories == NULL)
        return NULL;

      if (stories->len > 0)
        show->story = lectern_story_ref (g_ptr_array_index (stories, 0));
    }

  /* First run: an empty library shows the bundled sample story. */
  if (show->story == NULL && initial->seed_path != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (initial->seed_path);

      show->story = lectern_import_file (file, cancellable, error);
      if (show->story == NULL)
        return NULL;
      if (lectern_store_add_story_sync (store, show->story, error) == 0)
        return NULL;
    }

  if (show->story == NULL)
    return g_steal_pointer (&show);

  show->highlights = lectern_store_list_highlights_sync (store, show->story->id, error);
  if (show->highlights == NULL || !lectern_window_read_story_note (store, show, error))
    return NULL;
  show->blocks = lectern_story_get_blocks (show->story);

  return g_steal_pointer (&show);
}

static void
show_store_error (LecternWindow *self,
                  const GError  *error)
{
  g_autofree char *body = NULL;

  self->store_failed = TRUE;
  adw_status_page_set_description (self->error_page, error->message);
  gtk_stack_set_visible_child_name (self->main_stack, "error");

  body = g_strdup_printf (_("%s\n\nLectern did not change the file at %s."),
                          error->message, self->db_path);
  lectern_window_show_error (self, _("Could Not Open the Library"), body);
  lectern_window_update_actions (self);
}

static void
on_initial_loaded_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autoptr(ShowData) show = NULL;
  g_autoptr(GError) error = NULL;

  show = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (show == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          gtk_stack_set_visible_child_name (self->main_stack, "empty");
          lectern_window_show_error (self, _("Could Not Load the Library"), error->message);
        }
    }
  else if (show->story == NULL)
    gtk_stack_set_visible_child_name (self->main_stack, "empty");
  else
    lectern_window_show_story (self, show);

  if (timing_enabled ())
    g_printerr ("lectern-timing: initial-load ms=%.1f\n",
                (g_get_monotonic_time () - op->started_us) / 1000.0);

  lectern_window_op_finish (op);
}

static char *
find_seed_path (void)
{
  g_autofree char *installed = g_build_filename (PKGDATADIR, "fr-seed.txt", NULL);

  /* An uninstalled build runs from the source tree. */
  if (g_file_test (installed, G_FILE_TEST_EXISTS))
    return g_steal_pointer (&installed);

  return g_build_filename (SOURCE_DATADIR, "fr-seed.txt", NULL);
}

static void
load_initial (LecternWindow *self)
{
  InitialData *data = g_new0 (InitialData, 1);

  data->last_story_id = g_settings_get_int64 (self->settings, "last-story");
  data->seed_path = find_seed_path ();
  lectern_store_run_async (self->store, load_initial_worker, data, initial_data_free,
                           lectern_window_show_data_free, self->cancellable, on_initial_loaded_cb,
                           lectern_window_op_new (self));
}

static gpointer
import_worker (LecternStore  *store,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  ImportData *import = data;
  g_autoptr(ShowData) show = g_new0 (ShowData, 1);
  gboolean existing = FALSE;
  gint64 same_text, id;

  if (import->story != NULL)
    show->story = lectern_story_ref (import->story);
  else
    show->story = lectern_import_text (import->text, error);
  if (show->story == NULL)
    return NULL;

  /* The same text again is the story already there; otherwise a stored
   * source whose text changed is replaced and its highlights move. */
  same_text = lectern_store_find_story_by_text_sync (store, show->story->text, error);
  if (same_text < 0)
    return NULL;
  id = lectern_source_store_sync (store, show->story, &existing, &show->counts, error);
  if (id == 0)
    return NULL;

  if (existing)
    {
      show->replaced = same_text == 0;
      g_clear_pointer (&show->story, lectern_story_unref);
      show->story = lectern_store_get_story_sync (store, id, error);
      if (show->story == NULL)
        return NULL;
      show->highlights = lectern_store_list_highlights_sync (store, id, error);
      if (show->highlights == NULL || !lectern_window_read_story_note (store, show, error))
        return NULL;
    }
  else
    {
      show->imported = TRUE;
      show->highlights = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free);
    }

  show->blocks = lectern_story_get_blocks (show->story);

  return g_steal_pointer (&show);
}

typedef struct
{
  OpData   *op;
  char     *name;        /* a file name or URL for messages; NULL for pasted text */
  gboolean  fetch;       /* a web page: the fetch banner shows it */
  gboolean  no_article;
  gboolean  previewed;   /* a book's first chapters are shown */
} ImportOp;

/* A book whose first chapters were shown but that could not be read or
 * stored to the end: its preview goes, as nothing of it was kept. */
static void
drop_preview (LecternWindow *self,
              ImportOp      *import)
{
  if (!import->previewed || self->story != NULL || self->article_view == NULL)
    return;
  import->previewed = FALSE;
  lectern_article_view_set_story (self->article_view, NULL, NULL);
  gtk_stack_set_visible_child_name (self->main_stack, "empty");
  adw_window_title_set_title (self->window_title, _("Lectern"));
  gtk_window_set_title (GTK_WINDOW (self), _("Lectern"));
}

static void
import_op_free (ImportOp *import)
{
  lectern_window_op_finish (import->op);
  g_free (import->name);
  g_free (import);
}

/* Reading and storing a big file takes seconds on the database thread:
 * say so in the header bar meanwhile. */
static void
set_importing (LecternWindow *self,
               gboolean       importing)
{
  self->n_imports += importing ? 1 : -1;
  /* Work finishing after the window was disposed has nothing to show. */
  if (self->import_spinner == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->import_spinner), self->n_imports > 0);
  gtk_spinner_set_spinning (self->import_spinner, self->n_imports > 0);
}

/* The fetch banner: which page downloads, how far, and Cancel. */
static void
set_fetching (LecternWindow *self,
              const char    *url,
              gboolean       fetching)
{
  self->n_fetches += fetching ? 1 : -1;
  if (self->fetch_banner == NULL)
    return;
  if (fetching)
    {
      g_autofree char *label = NULL;

      /* Translators: %s is the address of a web page */
      label = g_strdup_printf (_("Downloading %s…"), url);
      gtk_label_set_text (self->fetch_label, label);
      gtk_progress_bar_set_fraction (self->fetch_progress, 0.0);
    }
  gtk_revealer_set_reveal_child (self->fetch_banner, self->n_fetches > 0);
}

static void
on_fetch_progress_cb (goffset  current,
                      goffset  total,
                      gpointer user_data)
{
  LecternWindow *self = user_data;

  if (self->fetch_progress == NULL)
    return;
  if (total > 0)
    gtk_progress_bar_set_fraction (self->fetch_progress, MIN (1.0, (double) current / total));
  else
    gtk_progress_bar_pulse (self->fetch_progress);
}

static void
on_fetch_cancel_clicked_cb (LecternWindow *self)
{
  /* Downloads under way keep the cancelled one; later ones get a new one. */
  g_cancellable_cancel (self->fetch_cancellable);
  g_clear_object (&self->fetch_cancellable);
  self->fetch_cancellable = g_cancellable_new ();
}

static void
show_import_error (LecternWindow *self,
                   ImportOp      *import,
                   const GError  *error)
{
  g_autofree char *heading = NULL;

  if (import->name != NULL)
    /* Translators: %s is a file name or the address of a web page */
    heading = g_strdup_printf (_("Could Not Open “%s”"), import->name);
  else
    heading = g_strdup (_("Could Not Paste the Story"));
  lectern_window_show_error (self, heading, error->message);
}

static void
on_import_done_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  ImportOp *import = user_data;
  LecternWindow *self = import->op->self;
  g_autoptr(ShowData) show = NULL;
  g_autoptr(GError) error = NULL;

  show = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (show != NULL)
    {
      if (timing_enabled ())
        g_printerr ("lectern-timing: import ms=%.1f chars=%" G_GINT64_FORMAT "\n",
                    (g_get_monotonic_time () - import->op->started_us) / 1000.0,
                    show->story->n_chars);
      lectern_window_show_story (self, show);
      lectern_window_indexer_poke (self);
      if (import->no_article)
        lectern_window_add_toast (self, _("No article found on this page: Lectern kept all its text"));
    }
  else
    {
      drop_preview (self, import);
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_import_error (self, import, error);
    }

  set_importing (self, FALSE);
  import_op_free (import);
}

static void
store_story (LecternWindow *self,
             ImportOp      *import,
             LecternStory  *story,
             const char    *text)
{
  ImportData *data = g_new0 (ImportData, 1);

  data->story = story != NULL ? lectern_story_ref (story) : NULL;
  data->text = g_strdup (text);
  lectern_store_run_async (self->store, import_worker, data, import_data_free,
                           lectern_window_show_data_free, self->cancellable, on_import_done_cb, import);
}

static void
on_read_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  ImportOp *import = user_data;
  LecternWindow *self = import->op->self;
  g_autoptr(LecternStory) story = NULL;
  g_autoptr(GError) error = NULL;
  LecternSourceInfo info = { 0 };

  story = lectern_source_read_finish (result, &info, &error);
  if (import->fetch)
    set_fetching (self, NULL, FALSE);

  /* Nothing is stored unless the whole source was read. */
  if (story == NULL || self->store == NULL || g_cancellable_is_cancelled (self->cancellable))
    {
      drop_preview (self, import);
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          if (import->fetch && !g_cancellable_is_cancelled (self->cancellable))
            lectern_window_add_toast (self, _("Download stopped"));
        }
      else if (error != NULL)
        show_import_error (self, import, error);
      set_importing (self, FALSE);
      import_op_free (import);
      return;
    }

  import->no_article = info.no_article;
  store_story (self, import, story, NULL);
}

/* A book's first chapters, while the rest is read and stored. */
static void
on_read_preview_cb (LecternStory *preview,
                    gpointer      user_data)
{
  ImportOp *import = user_data;
  LecternWindow *self = import->op->self;

  if (self->store == NULL || g_cancellable_is_cancelled (self->cancellable))
    return;
  if (timing_enabled ())
    g_printerr ("lectern-timing: preview ms=%.1f chars=%" G_GINT64_FORMAT "\n",
                (g_get_monotonic_time () - import->op->started_us) / 1000.0, preview->n_chars);
  lectern_window_show_preview (self, preview);
  import->previewed = TRUE;
}

/* Reads a file path, file: URI or http(s) URL off the main thread, then
 * stores it on the database thread. */
static void
start_import_location (LecternWindow *self,
                       const char    *location,
                       const char    *name)
{
  ImportOp *import = g_new0 (ImportOp, 1);
  GCancellable *cancellable = self->cancellable;

  import->op = lectern_window_op_new (self);
  import->name = g_strdup (name);
  import->fetch = lectern_source_is_url (location);
  set_importing (self, TRUE);
  if (import->fetch)
    {
      set_fetching (self, location, TRUE);
      cancellable = self->fetch_cancellable;
    }

  lectern_source_read_with_preview_async (location, cancellable,
                                          import->fetch ? on_fetch_progress_cb : NULL, self,
                                          on_read_preview_cb, import,
                                          on_read_done_cb, import);
}

static void
start_import_file (LecternWindow *self,
                   GFile         *file)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *uri = NULL;
  g_autofree char *name = NULL;

  if (path != NULL)
    {
      name = g_file_get_basename (file);
      start_import_location (self, path, name);
      return;
    }

  /* A web address on the command line arrives as a GFile for its URI. */
  uri = g_file_get_uri (file);
  start_import_location (self, uri, uri);
}

static void
start_import_text (LecternWindow *self,
                   const char    *text)
{
  ImportOp *import = g_new0 (ImportOp, 1);

  import->op = lectern_window_op_new (self);
  set_importing (self, TRUE);
  store_story (self, import, NULL, text);
}

static void
on_store_opened_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autoptr(GError) error = NULL;

  self->store = lectern_store_new_finish (result, &error);
  if (self->store == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        show_store_error (self, error);
      lectern_window_op_finish (op);
      return;
    }

  lectern_window_load_categories (self);
  lectern_window_indexer_start (self);

  if (self->pending_files->len > 0)
    {
      for (guint i = 0; i < self->pending_files->len; i++)
        start_import_file (self, g_ptr_array_index (self->pending_files, i));
      g_ptr_array_set_size (self->pending_files, 0);
    }
  else
    load_initial (self);

  lectern_window_update_actions (self);
  lectern_window_op_finish (op);
}

/* Drag and drop, clipboard */

static gboolean
on_drop_target_drop_cb (GtkDropTarget *target,
                        const GValue  *value,
                        double         x,
                        double         y,
                        LecternWindow *self)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new ();

  if (G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      for (GSList *l = g_value_get_boxed (value); l != NULL; l = l->next)
        g_ptr_array_add (files, l->data);
    }
  else if (G_VALUE_HOLDS (value, G_TYPE_FILE))
    g_ptr_array_add (files, g_value_get_object (value));
  else if (G_VALUE_HOLDS (value, G_TYPE_STRING))
    {
      /* A link dragged from a browser: only a web address opens. */
      g_autofree char *text = g_strstrip (g_value_dup_string (value));

      if (self->store == NULL || !lectern_source_is_url (text) || strpbrk (text, " \t\r\n") != NULL)
        return FALSE;
      start_import_location (self, text, text);
      return TRUE;
    }

  if (files->len == 0)
    return FALSE;

  lectern_window_open_files (self, (GFile **) files->pdata, files->len);

  return TRUE;
}

static void
on_clipboard_text_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(LecternWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;

  text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  if (text == NULL || text[0] == '\0')
    {
      lectern_window_add_toast (self, _("The clipboard holds no text"));
      return;
    }

  lectern_window_open_text (self, text);
}

static gboolean
on_paste_shortcut_cb (GtkWidget *widget,
                      GVariant  *args,
                      gpointer   user_data)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (widget));
  AdwToast *toast;

  if (self->store == NULL)
    return FALSE;

  /* Ctrl+V makes a story in an empty window. */
  if (self->story == NULL)
    {
      gtk_widget_activate_action (widget, "win.paste-story", NULL);
      return TRUE;
    }

  /* In a note or an entry it keeps its usual meaning. */
  if (focus != NULL && (GTK_IS_EDITABLE (focus) ||
                        (GTK_IS_TEXT_VIEW (focus) && gtk_text_view_get_editable (GTK_TEXT_VIEW (focus)))))
    return FALSE;

  /* Over the story it used to do nothing and say nothing. */
  toast = adw_toast_new (_("A story’s text cannot be changed"));
  adw_toast_set_button_label (toast, _("Open as _New Story"));
  adw_toast_set_action_name (toast, "win.paste-story");
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
  return TRUE;
}

/* Actions */

static void
on_open_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     LecternWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      lectern_window_open_files (self, (GFile **) array->pdata, array->len);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) story_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();
  static const char *const mime_types[] = {
    "text/plain", "text/html", "application/xhtml+xml", "text/markdown",
    "application/epub+zip", "multipart/related", "application/x-mimearchive",
  };
  static const char *const suffixes[] = {
    "txt", "html", "htm", "xhtml", "md", "markdown", "epub", "mht", "mhtml",
  };

  chooser = gtk_file_chooser_native_new (_("Open Story"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);

  gtk_file_filter_set_name (story_filter, _("Stories (Text, Web Pages, Markdown, EPUB)"));
  for (guint i = 0; i < G_N_ELEMENTS (mime_types); i++)
    gtk_file_filter_add_mime_type (story_filter, mime_types[i]);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    gtk_file_filter_add_suffix (story_filter, suffixes[i]);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), story_filter);
  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all_filter);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_open_link_cb (LecternOpenLinkDialog *dialog,
                 const char            *url,
                 LecternWindow         *self)
{
  if (self->store != NULL)
    start_import_location (self, url, url);
}

static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  LecternOpenLinkDialog *dialog = lectern_open_link_dialog_new (GTK_WINDOW (self));

  g_signal_connect_object (dialog, "open", G_CALLBACK (on_open_link_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
paste_story_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);

  gdk_clipboard_read_text_async (gtk_widget_get_clipboard (widget), NULL,
                                 on_clipboard_text_cb, g_object_ref (self));
}
void
lectern_window_open_files (LecternWindow  *self,
                           GFile         **files,
                           int             n_files)
{
  g_return_if_fail (LECTERN_IS_WINDOW (self));

  for (int i = 0; i < n_files; i++)
    {
      if (self->store == NULL)
        g_ptr_array_add (self->pending_files, g_object_ref (files[i]));
      else
        start_import_file (self, files[i]);
    }
}

void
lectern_window_open_text (LecternWindow *self,
                          const char    *text)
{
  g_autofree char *stripped = NULL;

  g_return_if_fail (LECTERN_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  if (self->store == NULL)
    return;

  /* One web address alone is the page it names. */
  stripped = g_strstrip (g_strdup (text));
  if (lectern_source_is_url (stripped) && strpbrk (stripped, " \t\r\n") == NULL)
    start_import_location (self, stripped, stripped);
  else
    start_import_text (self, text);
}

void
lectern_window_open_library (LecternWindow *self)
{
  lectern_store_new_async (self->db_path, self->cancellable, on_store_opened_cb, lectern_window_op_new (self));
}

/* A page still downloading is not worth keeping the process for. */
/* Contents: a book's chapters, a story's headings. */
static void
on_contents_page_heading_activated_cb (LecternWindow *self,
                                       gint64         offset)
{
  lectern_article_view_go_to_offset (self->article_view, offset);
}

static gboolean
on_close_request_cb (LecternWindow *self)
{
  g_cancellable_cancel (self->fetch_cancellable);
  return GDK_EVENT_PROPAGATE;
}

void
lectern_window_open_init (LecternWindow *self)
{
  GType drop_types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE, G_TYPE_STRING };
  GtkDropTarget *drop_target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  GtkEventController *paste;

  gtk_drop_target_set_gtypes (drop_target, drop_types, G_N_ELEMENTS (drop_types));
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (on_drop_target_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  /* Capture phase: the reading view would take Ctrl+V and do nothing. */
  paste = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (paste, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (paste),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_v, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (on_paste_shortcut_cb,
                                                                                   NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), paste);

  self->fetch_cancellable = g_cancellable_new ();
  g_signal_connect (self, "close-request", G_CALLBACK (on_close_request_cb), NULL);
}

void
lectern_window_open_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, contents_page);
  gtk_widget_class_bind_template_callback (widget_class, on_contents_page_heading_activated_cb);
  g_type_ensure (LECTERN_TYPE_OPEN_LINK_DIALOG);

  gtk_widget_class_bind_template_child (widget_class, LecternWindow, fetch_banner);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, fetch_label);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, fetch_progress);
  gtk_widget_class_bind_template_callback (widget_class, on_fetch_cancel_clicked_cb);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-link", NULL, open_link_action);
  gtk_widget_class_install_action (widget_class, "win.paste-story", NULL, paste_story_action);
}
