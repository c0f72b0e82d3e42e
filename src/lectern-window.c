/* lectern-window.c: the main window
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-window.h"
#include "lectern-window-private.h"

#include "lectern-anchor.h"
#include "lectern-annotations.h"
#include "lectern-article-view.h"
#include "lectern-corrections.h"
#include "lectern-export.h"
#include "lectern-extractor.h"
#include "lectern-highlight-popover.h"
#include "lectern-import.h"
#include "lectern-notes.h"
#include "lectern-print.h"
#include "lectern-store.h"
#include "lectern-story.h"
#include "lectern-utf8.h"

#include <glib/gi18n.h>

#define ZOOM_STEP 1.1
#define ZOOM_MIN 0.5
#define ZOOM_MAX 3.0


G_DEFINE_FINAL_TYPE (LecternWindow, lectern_window, ADW_TYPE_APPLICATION_WINDOW)

enum { PROP_0, PROP_DB_PATH, PROP_HIGHLIGHT_COLOR, PROP_CARET_BROWSING, PROP_BUSY, N_PROPS };
static GParamSpec *properties[N_PROPS];


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

typedef struct
{
  GFile *file;
  char  *text;
} ImportData;

static void
import_data_free (gpointer data)
{
  ImportData *import = data;

  g_clear_object (&import->file);
  g_free (import->text);
  g_free (import);
}


static gboolean
timing_enabled (void)
{
  return g_strcmp0 (g_getenv ("LECTERN_TIMING"), "1") == 0;
}

void
lectern_window_show_data_free (gpointer data)
{
  ShowData *show = data;

  g_clear_pointer (&show->story, lectern_story_unref);
  g_clear_pointer (&show->highlights, g_ptr_array_unref);
  g_clear_pointer (&show->blocks, g_array_unref);
  g_free (show->story_note);
  g_free (show);
}

/* Busy state: tests and --screenshot wait for it to drop. */
static void
begin_op (LecternWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  /* Hold the application so a write finishes before the process exits,
   * even after the window closed. */
  if (self->held_app == NULL && app != NULL)
    {
      self->held_app = g_object_ref (G_APPLICATION (app));
      g_application_hold (self->held_app);
    }
  if (self->pending_ops++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
end_op (LecternWindow *self)
{
  g_assert (self->pending_ops > 0);
  if (--self->pending_ops > 0)
    return;

  if (self->held_app != NULL)
    {
      g_application_release (self->held_app);
      g_clear_object (&self->held_app);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

OpData *
lectern_window_op_new (LecternWindow *self)
{
  OpData *op = g_new0 (OpData, 1);

  op->self = g_object_ref (self);
  op->started_us = g_get_monotonic_time ();
  begin_op (self);

  return op;
}

void
lectern_window_op_finish (OpData *op)
{
  end_op (op->self);
  g_object_unref (op->self);
  g_free (op);
}

void
lectern_window_add_toast (LecternWindow *self,
                          const char    *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

void
lectern_window_show_error (LecternWindow *self,
                           const char    *heading,
                           const char    *body)
{
  GtkWidget *dialog;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  gtk_window_present (GTK_WINDOW (dialog));
}

void
lectern_window_update_actions (LecternWindow *self)
{
  gboolean ready = self->store != NULL;
  gboolean has_story = ready && self->story != NULL;
  gboolean loaded = has_story && !lectern_article_view_get_loading (self->article_view);
  gboolean has_entity = self->current_entity != NULL && self->current_entity->mentions->len > 0;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.open-story", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-library", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.paste-story", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-notes", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-library", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-stories", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.rename-categories", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.highlight", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-highlight", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-highlight", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export-notes", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.next-mention", has_entity);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.previous-mention", has_entity);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 self->annotations != NULL && lectern_annotations_can_undo (self->annotations));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 self->annotations != NULL && lectern_annotations_can_redo (self->annotations));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo-correction", self->last_correction_id != 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.mark-person", loaded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.mark-organization", loaded);
}

/* The model's own copy (transfer none), or NULL. */
static const LecternHighlight *
find_highlight (LecternWindow *self,
                gint64         id)
{
  LecternAnnotation *annotation;

  if (self->annotations == NULL)
    return NULL;

  annotation = lectern_annotations_lookup (self->annotations, id);
  return annotation != NULL ? lectern_annotation_get_highlight (annotation) : NULL;
}

static const char *
category_name (LecternWindow *self,
               const char    *color)
{
  return lectern_category_name_for (self->categories, color);
}

void
lectern_window_entities_changed (LecternWindow *self)
{
  lectern_notes_page_set_entities (self->notes_page, self->entities);
}

/* Everything typed is queued for writing, before any later store work
 * (an export reads the library after it). */
void
lectern_window_flush_annotations (LecternWindow *self)
{
  if (self->popover != NULL)
    lectern_highlight_popover_flush_note (self->popover);
  if (self->annotations != NULL)
    lectern_annotations_flush (self->annotations);
}

/* Showing stories */

static void
on_article_view_loaded_cb (LecternWindow      *self,
                           LecternArticleView *view)
{
  if (timing_enabled ())
    g_printerr ("lectern-timing: text-in-view ms=%.1f at-ms=%" G_GINT64_FORMAT "\n",
                (g_get_monotonic_time () - self->shown_at_us) / 1000.0, g_get_monotonic_time () / 1000);

  lectern_window_update_actions (self);
  if (self->pending_ops == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* The model of the story's annotations */

static void
update_actions_cb (LecternWindow *self)
{
  lectern_window_update_actions (self);
}

/* Writes keep the window and the application alive until they land. */
static void
on_annotations_busy_cb (LecternAnnotations *annotations,
                        GParamSpec         *pspec,
                        LecternWindow      *self)
{
  if (lectern_annotations_get_busy (annotations))
    {
      g_object_ref (self);
      begin_op (self);
    }
  else
    {
      end_op (self);
      g_object_unref (self);
    }
}

static void
on_annotations_items_changed_cb (LecternWindow *self)
{
  lectern_window_update_actions (self);
}

static void
on_annotations_edited_cb (LecternWindow           *self,
                          LecternAnnotationsEvent  event,
                          LecternAnnotation       *annotation)
{
  AdwToast *toast;

  switch (event)
    {
    case LECTERN_ANNOTATIONS_ADDED:
      if (timing_enabled () && annotation != NULL)
        g_printerr ("lectern-timing: highlight-commit ms=%.2f id=%" G_GINT64_FORMAT "\n",
                    (g_get_monotonic_time () - self->highlight_asked_us) / 1000.0,
                    lectern_annotation_get_id (annotation));
      lectern_window_add_toast (self, _("Highlighted"));
      break;
    case LECTERN_ANNOTATIONS_DELETED:
      /* Its Undo undoes this deletion only: after Ctrl+Z it does nothing. */
      toast = adw_toast_new (_("Highlight deleted"));
      adw_toast_set_button_label (toast, _("_Undo"));
      adw_toast_set_action_name (toast, "win.undo-edit");
      adw_toast_set_action_target_value (toast, g_variant_new_uint32 (lectern_annotations_get_undo_serial (self->annotations)));
      adw_toast_overlay_add_toast (self->toast_overlay, toast);
      break;
    case LECTERN_ANNOTATIONS_CHANGED:
    case LECTERN_ANNOTATIONS_UNDONE:
    case LECTERN_ANNOTATIONS_REDONE:
    case LECTERN_ANNOTATIONS_STORY_NOTE:
    default:
      break;
    }
}

static void
on_annotations_failed_cb (LecternAnnotations      *annotations,
                          LecternAnnotationsEvent  event,
                          const GError            *error,
                          LecternWindow           *self)
{
  const char *heading;

  switch (event)
    {
    case LECTERN_ANNOTATIONS_DELETED:
      heading = _("Could Not Delete the Highlight");
      break;
    case LECTERN_ANNOTATIONS_UNDONE:
    case LECTERN_ANNOTATIONS_REDONE:
      heading = _("Could Not Undo");
      break;
    case LECTERN_ANNOTATIONS_STORY_NOTE:
      heading = _("Could Not Save the Story Note");
      break;
    case LECTERN_ANNOTATIONS_ADDED:
    case LECTERN_ANNOTATIONS_CHANGED:
    default:
      heading = _("Could Not Save the Highlight");
      break;
    }
  lectern_window_show_error (self, heading, error->message);
}

static void
set_annotations (LecternWindow      *self,
                 LecternAnnotations *annotations)
{
  self->annotations = annotations;
  g_signal_connect (annotations, "notify::busy", G_CALLBACK (on_annotations_busy_cb), self);
  /* Failures are reported even after the story closed. */
  g_signal_connect_object (annotations, "failed", G_CALLBACK (on_annotations_failed_cb), self, 0);
  g_signal_connect_object (annotations, "edited", G_CALLBACK (on_annotations_edited_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (annotations, "items-changed", G_CALLBACK (on_annotations_items_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (annotations, "notify::can-undo", G_CALLBACK (update_actions_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (annotations, "notify::can-redo", G_CALLBACK (update_actions_cb), self,
                           G_CONNECT_SWAPPED);

  lectern_article_view_set_annotations (self->article_view, annotations);
  lectern_notes_page_set_annotations (self->notes_page, annotations);
}

static void
close_story (LecternWindow *self)
{
  /* Extraction of a story nobody reads any more is wasted work. */
  g_cancellable_cancel (self->entities_cancellable);

  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  lectern_window_flush_annotations (self);

  /* Its writes go on; only the busy count still listens to it. */
  if (self->annotations != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_edited_cb, self);
      g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_items_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->annotations, update_actions_cb, self);
    }
  lectern_article_view_set_annotations (self->article_view, NULL);
  lectern_notes_page_set_annotations (self->notes_page, NULL);
  g_clear_object (&self->annotations);
  g_clear_pointer (&self->story, lectern_story_unref);
  lectern_window_show_entities (self, NULL);
}

static void
on_changed_banner_dismiss_cb (LecternWindow *self)
{
  gtk_revealer_set_reveal_child (self->changed_banner, FALSE);
}

/* Says that a story changed since it was annotated, and what that did to
 * its highlights. */
static void
show_changed_banner (LecternWindow  *self,
                     const ShowData *show)
{
  g_autofree char *text = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *orphaned = NULL;
  guint n_moved = show->counts.moved + show->counts.fuzzy;

  if (!show->replaced || show->counts.total == 0)
    {
      gtk_revealer_set_reveal_child (self->changed_banner, FALSE);
      return;
    }

  moved = g_strdup_printf (ngettext ("%u highlight moved", "%u highlights moved", n_moved), n_moved);
  orphaned = g_strdup_printf (ngettext ("%u could not be placed and is listed in Notes",
                                        "%u could not be placed and are listed in Notes",
                                        show->counts.orphaned),
                              show->counts.orphaned);
  if (show->counts.orphaned > 0)
    /* Translators: the two parts are "N highlights moved" and "N could not be placed …" */
    text = g_strdup_printf (_("This story changed since you annotated it: %s, %s."), moved, orphaned);
  else if (n_moved > 0)
    /* Translators: %s is "N highlights moved" */
    text = g_strdup_printf (_("This story changed since you annotated it: %s; every highlight was found again."),
                            moved);
  else
    text = g_strdup (_("This story changed since you annotated it; every highlight is still in place."));
  gtk_label_set_text (self->changed_label, text);
  gtk_revealer_set_reveal_child (self->changed_banner, TRUE);
}

void
lectern_window_show_story (LecternWindow *self,
            ShowData      *show)
{
  const char *source;

  close_story (self);

  self->shown_at_us = g_get_monotonic_time ();
  self->story = lectern_story_ref (show->story);

  lectern_article_view_set_story (self->article_view, self->story, show->blocks);
  /* The model takes the highlights the store read: the only copy. */
  set_annotations (self, lectern_annotations_new (self->store, self->story,
                                                  show->highlights != NULL
                                                  ? g_steal_pointer (&show->highlights)
                                                  : g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free),
                                                  show->story_note));
  if (show->restore_position)
    lectern_article_view_set_position (self->article_view,
                                       g_settings_get_double (self->settings, "last-scroll"));

  gtk_stack_set_visible_child_name (self->main_stack, "article");

  adw_window_title_set_title (self->window_title, self->story->title);
  source = self->story->source;
  if (source != NULL && source[0] != '\0')
    {
      g_autofree char *basename = g_path_get_basename (source);

      adw_window_title_set_subtitle (self->window_title, basename);
    }
  else
    adw_window_title_set_subtitle (self->window_title, _("Pasted text"));
  gtk_window_set_title (GTK_WINDOW (self), self->story->title);

  g_settings_set_int64 (self->settings, "last-story", self->story->id);
  if (!show->restore_position)
    g_settings_set_double (self->settings, "last-scroll", 0.0);

  if (show->imported && self->story->encoding != NULL &&
      g_ascii_strcasecmp (self->story->encoding, "UTF-8") != 0 &&
      g_ascii_strcasecmp (self->story->encoding, "UTF8") != 0)
    {
      g_autofree char *notice = NULL;

      /* Translators: %s is the name of a character encoding */
      notice = g_strdup_printf (_("Converted from %s"), self->story->encoding);
      lectern_window_add_toast (self, notice);
    }

  show_changed_banner (self, show);
  lectern_window_load_entities (self);
  lectern_window_update_actions (self);
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
  gint64 existing;

  if (import->file != NULL)
    show->story = lectern_import_file (import->file, cancellable, error);
  else
    show->story = lectern_import_text (import->text, error);

  if (show->story == NULL)
    return NULL;

  /* The same text opened again is the story already in the library, with
   * its highlights, not a second copy. */
  existing = lectern_store_find_story_by_text_sync (store, show->story->text, error);
  if (existing < 0)
    return NULL;
  /* A file read before whose text changed (news stories get updated) is a
   * new version of that story: its highlights are re-anchored. */
  if (existing == 0 && import->file != NULL && show->story->source != NULL && show->story->source[0] != '\0')
    {
      g_autoptr(GPtrArray) stories = lectern_store_list_stories_sync (store, error);

      if (stories == NULL)
        return NULL;
      for (guint i = 0; i < stories->len && existing == 0; i++)
        {
          LecternStory *stored = g_ptr_array_index (stories, i);

          if (g_strcmp0 (stored->source, show->story->source) == 0)
            existing = stored->id;
        }
      if (existing > 0)
        {
          if (!lectern_store_replace_story_text_sync (store, existing, show->story, &show->counts, error))
            return NULL;
          show->replaced = TRUE;
        }
    }

  if (existing > 0)
    {
      g_clear_pointer (&show->story, lectern_story_unref);
      show->story = lectern_store_get_story_sync (store, existing, error);
      if (show->story == NULL)
        return NULL;
      show->highlights = lectern_store_list_highlights_sync (store, existing, error);
      if (show->highlights == NULL || !lectern_window_read_story_note (store, show, error))
        return NULL;
    }
  else
    {
      if (lectern_store_add_story_sync (store, show->story, error) == 0)
        return NULL;
      show->imported = TRUE;
      show->highlights = g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free);
    }

  show->blocks = lectern_story_get_blocks (show->story);

  return g_steal_pointer (&show);
}

typedef struct
{
  OpData *op;
  char   *name;
} ImportOp;

/* Reading and storing a big file takes seconds on the database thread:
 * say so in the header bar meanwhile. */
static void
set_importing (LecternWindow *self,
               gboolean       importing)
{
  self->n_imports += importing ? 1 : -1;
  gtk_widget_set_visible (GTK_WIDGET (self->import_spinner), self->n_imports > 0);
  gtk_spinner_set_spinning (self->import_spinner, self->n_imports > 0);
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
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *heading = NULL;

      if (import->name != NULL)
        /* Translators: %s is a file name */
        heading = g_strdup_printf (_("Could Not Open “%s”"), import->name);
      else
        heading = g_strdup (_("Could Not Paste the Story"));
      lectern_window_show_error (self, heading, error->message);
    }

  set_importing (self, FALSE);
  lectern_window_op_finish (import->op);
  g_free (import->name);
  g_free (import);
}

static void
start_import (LecternWindow *self,
              GFile         *file,
              const char    *text)
{
  ImportData *data = g_new0 (ImportData, 1);
  ImportOp *import = g_new0 (ImportOp, 1);

  data->file = file != NULL ? g_object_ref (file) : NULL;
  data->text = g_strdup (text);
  import->op = lectern_window_op_new (self);
  import->name = file != NULL ? g_file_get_basename (file) : NULL;
  set_importing (self, TRUE);

  lectern_store_run_async (self->store, import_worker, data, import_data_free,
                           lectern_window_show_data_free, self->cancellable, on_import_done_cb, import);
}

static gpointer
list_categories_worker (LecternStore  *store,
                        gpointer       data,
                        GCancellable  *cancellable,
                        GError       **error)
{
  return lectern_store_list_categories_sync (store, error);
}

/* The highlight colour menu names each colour's category. */
static void
rebuild_color_menu (LecternWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) section = g_menu_new ();
  const char *const *colors = lectern_highlight_colors ();

  for (guint i = 0; colors[i] != NULL; i++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (category_name (self, colors[i]), NULL);

      g_menu_item_set_action_and_target (item, "win.set-color", "s", colors[i]);
      g_menu_append_item (section, item);
    }
  g_menu_append_section (menu, _("Highlight Category"), G_MENU_MODEL (section));
  g_menu_append (menu, _("_Rename Categories…"), "win.rename-categories");
  gtk_menu_button_set_menu_model (self->color_button, G_MENU_MODEL (menu));
}

static void
on_categories_loaded_cb (GObject      *source,
                         GAsyncResult *result,
                         gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autoptr(GError) error = NULL;
  GPtrArray *categories;

  categories = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (categories != NULL)
    {
      g_clear_pointer (&self->categories, g_ptr_array_unref);
      self->categories = categories;
      rebuild_color_menu (self);
      lectern_notes_page_set_categories (self->notes_page, categories);
      lectern_highlight_popover_set_categories (self->popover, categories);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not read the highlight categories: %s", error->message);

  lectern_window_op_finish (op);
}

/* Rename Categories…: the names the five colours carry */

typedef struct
{
  char *color;
  char *name;
} CategoryRename;

static gpointer
rename_categories_worker (LecternStore  *store,
                          gpointer       data,
                          GCancellable  *cancellable,
                          GError       **error)
{
  GPtrArray *renames = data;

  for (guint i = 0; i < renames->len; i++)
    {
      CategoryRename *rename = g_ptr_array_index (renames, i);

      if (!lectern_store_set_category_name_sync (store, rename->color, rename->name, error))
        return NULL;
    }

  return lectern_store_list_categories_sync (store, error);
}

static void
category_rename_free (gpointer data)
{
  CategoryRename *rename = data;

  g_free (rename->color);
  g_free (rename->name);
  g_free (rename);
}

static void
on_categories_renamed_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autoptr(GError) error = NULL;
  GPtrArray *categories;

  categories = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (categories == NULL)
    lectern_window_show_error (self, _("Could Not Rename the Categories"), error->message);
  else
    {
      g_clear_pointer (&self->categories, g_ptr_array_unref);
      self->categories = categories;
      rebuild_color_menu (self);
      lectern_notes_page_set_categories (self->notes_page, categories);
      lectern_highlight_popover_set_categories (self->popover, categories);
    }

  lectern_window_op_finish (op);
}

static void
on_rename_categories_response_cb (AdwMessageDialog *dialog,
                                  const char       *response,
                                  LecternWindow    *self)
{
  GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
  const char *const *colors = lectern_highlight_colors ();
  g_autoptr(GPtrArray) renames = NULL;
  guint i = 0;

  if (g_strcmp0 (response, "rename") != 0 || self->store == NULL)
    return;

  renames = g_ptr_array_new_with_free_func (category_rename_free);
  for (GtkWidget *entry = gtk_widget_get_first_child (box);
       entry != NULL && colors[i] != NULL;
       entry = gtk_widget_get_next_sibling (entry), i++)
    {
      CategoryRename *rename = g_new0 (CategoryRename, 1);

      rename->color = g_strdup (colors[i]);
      /* An empty name goes back to the default one. */
      rename->name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
      g_ptr_array_add (renames, rename);
    }

  lectern_store_run_async (self->store, rename_categories_worker, g_steal_pointer (&renames),
                           (GDestroyNotify) g_ptr_array_unref, (GDestroyNotify) g_ptr_array_unref,
                           NULL, on_categories_renamed_cb, lectern_window_op_new (self));
}

static void
rename_categories_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  const char *const *colors = lectern_highlight_colors ();
  GtkWidget *dialog, *box;

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Rename Categories"),
                                   _("Each highlight colour stands for a category. Leave a name empty to go back to the usual one."));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  for (guint i = 0; colors[i] != NULL; i++)
    {
      GtkWidget *entry = gtk_entry_new ();
      g_autofree char *css_class = g_strdup_printf ("category-%s", colors[i]);
      g_autofree char *label = NULL;

      gtk_editable_set_text (GTK_EDITABLE (entry), category_name (self, colors[i]));
      gtk_entry_set_placeholder_text (GTK_ENTRY (entry), lectern_highlight_default_category_name (colors[i]));
      /* Translators: the accessible name of the entry for one category; %s is its current name */
      label = g_strdup_printf (_("Name of the category now called “%s”"), category_name (self, colors[i]));
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_widget_add_css_class (entry, "category-entry");
      gtk_widget_add_css_class (entry, css_class);
      gtk_box_append (GTK_BOX (box), entry);
    }
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "rename", _("_Rename"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "rename", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "rename");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_rename_categories_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
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

  lectern_store_run_async (self->store, list_categories_worker, NULL, NULL,
                           (GDestroyNotify) g_ptr_array_unref, self->cancellable,
                           on_categories_loaded_cb, lectern_window_op_new (self));

  if (self->pending_files->len > 0)
    {
      for (guint i = 0; i < self->pending_files->len; i++)
        start_import (self, g_ptr_array_index (self->pending_files, i), NULL);
      g_ptr_array_set_size (self->pending_files, 0);
    }
  else
    load_initial (self);

  lectern_window_update_actions (self);
  lectern_window_op_finish (op);
}

/* Highlights: every edit goes through the model, which keeps the one
 * history Ctrl+Z and Ctrl+Shift+Z walk. */

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);

  if (self->annotations == NULL)
    return;

  /* The popover may show the highlight being changed under it. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  lectern_annotations_undo (self->annotations, 0);
}

/* A toast's Undo: that edit only, if it is still the newest. */
static void
undo_edit_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);

  if (self->annotations != NULL)
    lectern_annotations_undo (self->annotations, g_variant_get_uint32 (parameter));
}

static void
redo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);

  if (self->annotations == NULL)
    return;

  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_popover_popdown (GTK_POPOVER (self->popover));
  lectern_annotations_redo (self->annotations);
}

static void
update_highlight (LecternWindow      *self,
                  gint64              id,
                  const char         *color,
                  const char         *style,
                  const char         *note,
                  const char *const  *tags)
{
  if (self->annotations != NULL)
    lectern_annotations_update (self->annotations, id, color, style, note, tags);
}

static void
on_popover_color_changed_cb (LecternWindow *self,
                             gint64         id,
                             const char    *color)
{
  update_highlight (self, id, color, NULL, NULL, NULL);
}

static void
on_popover_style_changed_cb (LecternWindow *self,
                             gint64         id,
                             const char    *style)
{
  update_highlight (self, id, NULL, style, NULL, NULL);
}

static void
on_popover_note_changed_cb (LecternWindow *self,
                            gint64         id,
                            const char    *note)
{
  update_highlight (self, id, NULL, NULL, note, NULL);
}

static void
on_popover_tags_changed_cb (LecternWindow *self,
                            gint64         id,
                            const char    *text)
{
  g_auto(GStrv) parts = g_strsplit (text, ",", -1);
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_strstrip (parts[i]);
      if (parts[i][0] != '\0')
        g_ptr_array_add (tags, parts[i]);
    }
  g_ptr_array_add (tags, NULL);

  update_highlight (self, id, NULL, NULL, NULL, (const char *const *) tags->pdata);
}

static void
on_popover_copy_quote_cb (LecternWindow *self,
                          gint64         id)
{
  const LecternHighlight *highlight = find_highlight (self, id);
  g_autofree char *plain = NULL;
  g_autofree char *markdown = NULL;
  g_autoptr(GBytes) markdown_bytes = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  GdkContentProvider *providers[2];

  if (highlight == NULL || self->story == NULL)
    return;

  /* The quote with its citation, as plain text for most programs and as
   * Markdown for those that ask for it. */
  plain = lectern_export_citation (self->story, highlight, FALSE);
  markdown = lectern_export_citation (self->story, highlight, TRUE);
  markdown_bytes = g_bytes_new (markdown, strlen (markdown));
  providers[0] = gdk_content_provider_new_for_bytes ("text/markdown", markdown_bytes);
  providers[1] = gdk_content_provider_new_typed (G_TYPE_STRING, plain);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), provider);
  lectern_window_add_toast (self, _("Quote copied with its citation"));
}

static void
on_popover_delete_highlight_cb (LecternWindow *self,
                                gint64         id)
{
  const LecternHighlight *highlight = find_highlight (self, id);

  if (highlight == NULL)
    return;

  lectern_annotations_delete (self->annotations, id);
}

static void
on_article_view_highlight_activated_cb (LecternWindow      *self,
                                        gint64              id,
                                        LecternArticleView *view)
{
  lectern_window_show_highlight (self, id);
}

static void
on_notes_page_highlight_activated_cb (LecternWindow *self,
                                      gint64         id)
{
  const LecternHighlight *highlight = find_highlight (self, id);

  if (highlight == NULL)
    return;

  lectern_article_view_scroll_to_range (self->article_view, highlight->start, highlight->end);
  lectern_window_show_highlight (self, id);
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

  /* Ctrl+V makes a story only in an empty window; elsewhere (a note) it
   * keeps its usual meaning. */
  if (self->story != NULL || self->store == NULL)
    return FALSE;

  gtk_widget_activate_action (widget, "win.paste-story", NULL);
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
  g_autoptr(GtkFileFilter) text_filter = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all_filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open Story"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);

  gtk_file_filter_set_name (text_filter, _("Text Files"));
  gtk_file_filter_add_mime_type (text_filter, "text/plain");
  gtk_file_filter_add_suffix (text_filter, "txt");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), text_filter);
  gtk_file_filter_set_name (all_filter, _("All Files"));
  gtk_file_filter_add_pattern (all_filter, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all_filter);

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (on_open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
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

static void
highlight_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  LecternHighlight *highlight;
  gint64 start, end;

  if (self->annotations == NULL)
    return;

  if (!lectern_article_view_get_selection (self->article_view, &start, &end))
    {
      lectern_window_add_toast (self, _("Select a passage to highlight it"));
      return;
    }

  highlight = lectern_highlight_new_for_range (self->story, start, end, self->highlight_color, "");
  if (highlight == NULL)
    return;

  lectern_article_view_clear_selection (self->article_view);
  self->highlight_asked_us = g_get_monotonic_time ();
  lectern_annotations_add (self->annotations, highlight);
}

/* Next or previous highlight from the reading position (the caret when
 * caret browsing), wrapping around; Enter then opens it. */
static void
move_to_highlight (LecternWindow *self,
                   int            direction)
{
  gint64 here = lectern_article_view_get_reading_offset (self->article_view);
  g_autoptr(GPtrArray) highlights = NULL;
  const LecternHighlight *target = NULL;
  guint n;

  if (self->annotations == NULL)
    return;
  highlights = lectern_annotations_list_highlights (self->annotations);
  n = highlights->len;

  for (guint k = 0; k < n && target == NULL; k++)
    {
      guint i = direction > 0 ? k : n - 1 - k;
      const LecternHighlight *highlight = g_ptr_array_index (highlights, i);

      if (highlight->orphaned)
        continue;
      if ((direction > 0 && highlight->start > here) || (direction < 0 && highlight->start < here))
        target = highlight;
    }

  for (guint k = 0; k < n && target == NULL; k++)
    {
      const LecternHighlight *highlight = g_ptr_array_index (highlights, direction > 0 ? k : n - 1 - k);

      if (!highlight->orphaned)
        target = highlight;
    }

  if (target == NULL)
    {
      lectern_window_add_toast (self, _("No highlights in this story"));
      return;
    }

  lectern_article_view_go_to_offset (self->article_view, target->start);
}

static void
next_highlight_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  move_to_highlight (LECTERN_WINDOW (widget), 1);
}

static void
previous_highlight_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *parameter)
{
  move_to_highlight (LECTERN_WINDOW (widget), -1);
}

static void
on_sidebar_action_activate_cb (GSimpleAction *action,
                               GVariant      *parameter,
                               LecternWindow *self)
{
  gboolean reveal = !adw_flap_get_reveal_flap (self->flap);

  adw_flap_set_reveal_flap (self->flap, reveal);
  if (!adw_flap_get_folded (self->flap))
    g_settings_set_boolean (self->settings, "show-sidebar", reveal);
}

static void
on_flap_reveal_changed_cb (AdwFlap       *flap,
                           GParamSpec    *pspec,
                           GSimpleAction *action)
{
  g_simple_action_set_state (action, g_variant_new_boolean (adw_flap_get_reveal_flap (flap)));
}

static void
set_zoom (LecternWindow *self,
          double         zoom)
{
  g_settings_set_double (self->settings, "zoom", CLAMP (zoom, ZOOM_MIN, ZOOM_MAX));
}

static void
zoom_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);

  set_zoom (self, g_settings_get_double (self->settings, "zoom") * ZOOM_STEP);
}

static void
zoom_out_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);

  set_zoom (self, g_settings_get_double (self->settings, "zoom") / ZOOM_STEP);
}

static void
zoom_reset_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  set_zoom (LECTERN_WINDOW (widget), 1.0);
}

static void
on_settings_zoom_changed_cb (LecternWindow *self,
                             const char    *key,
                             GSettings     *settings)
{
  lectern_article_view_set_zoom (self->article_view, g_settings_get_double (settings, "zoom"));
}

/* GObject */

static gboolean
lectern_window_close_request (GtkWindow *window)
{
  LecternWindow *self = LECTERN_WINDOW (window);
  int width, height;

  lectern_highlight_popover_flush_note (self->popover);
  lectern_window_flush_annotations (self);
  /* A popover still up while its window goes away asks GDK for a pointer
   * position on a dead surface. */
  if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    gtk_popover_popdown (GTK_POPOVER (self->popover));

  if (self->story != NULL)
    g_settings_set_double (self->settings, "last-scroll",
                           lectern_article_view_get_position (self->article_view));

  gtk_window_get_default_size (window, &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
  if (!gtk_window_is_maximized (window) && width > 0 && height > 0)
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }

  return GTK_WINDOW_CLASS (lectern_window_parent_class)->close_request (window);
}

static void
lectern_window_constructed (GObject *object)
{
  LecternWindow *self = LECTERN_WINDOW (object);
  g_autofree char *path = NULL;

  G_OBJECT_CLASS (lectern_window_parent_class)->constructed (object);

  path = self->db_path != NULL ? g_strdup (self->db_path) : lectern_store_default_path ();
  g_free (self->db_path);
  self->db_path = g_steal_pointer (&path);

  lectern_store_new_async (self->db_path, self->cancellable, on_store_opened_cb, lectern_window_op_new (self));
}

static void
lectern_window_dispose (GObject *object)
{
  LecternWindow *self = LECTERN_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_cancellable_cancel (self->entities_cancellable);

  /* A note typed a moment ago is written all the same. */
  lectern_window_flush_annotations (self);
  if (self->annotations != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_edited_cb, self);
      g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_items_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->annotations, update_actions_cb, self);
      g_signal_handlers_disconnect_by_func (self->annotations, on_annotations_failed_cb, self);
    }
  if (self->article_view != NULL)
    lectern_article_view_set_annotations (self->article_view, NULL);
  if (self->notes_page != NULL)
    lectern_notes_page_set_annotations (self->notes_page, NULL);
  g_clear_object (&self->annotations);

  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_WINDOW);
  self->popover = NULL;

  g_clear_object (&self->settings);
  g_clear_object (&self->store);
  g_clear_pointer (&self->story, lectern_story_unref);
  g_clear_pointer (&self->entities, g_ptr_array_unref);
  self->current_entity = NULL;

  G_OBJECT_CLASS (lectern_window_parent_class)->dispose (object);
}

static void
lectern_window_finalize (GObject *object)
{
  LecternWindow *self = LECTERN_WINDOW (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->entities_cancellable);
  g_clear_pointer (&self->pending_files, g_ptr_array_unref);
  g_clear_pointer (&self->categories, g_ptr_array_unref);
  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->highlight_color, g_free);

  G_OBJECT_CLASS (lectern_window_parent_class)->finalize (object);
}

static void
lectern_window_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  LecternWindow *self = LECTERN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DB_PATH:
      g_value_set_string (value, self->db_path);
      break;
    case PROP_HIGHLIGHT_COLOR:
      g_value_set_string (value, self->highlight_color);
      break;
    case PROP_CARET_BROWSING:
      g_value_set_boolean (value, self->caret_browsing);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, lectern_window_is_busy (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_window_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  LecternWindow *self = LECTERN_WINDOW (object);

  switch (prop_id)
    {
    case PROP_DB_PATH:
      g_free (self->db_path);
      self->db_path = g_value_dup_string (value);
      break;
    case PROP_HIGHLIGHT_COLOR:
      {
        const char *color = g_value_get_string (value);

        if (!lectern_highlight_color_is_valid (color) || g_strcmp0 (color, self->highlight_color) == 0)
          break;
        g_free (self->highlight_color);
        self->highlight_color = g_strdup (color);
        g_object_notify_by_pspec (object, pspec);
        /* Say which category H now uses (the digits 1–5 change it silently
         * otherwise). */
        if (self->toast_overlay != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)))
          {
            g_autofree char *message = NULL;

            /* Translators: %s is a highlight category, like "Quote" */
            message = g_strdup_printf (_("Highlighting as “%s”"), category_name (self, color));
            lectern_window_add_toast (self, message);
          }
      }
      break;
    case PROP_CARET_BROWSING:
      if (self->caret_browsing != g_value_get_boolean (value))
        {
          self->caret_browsing = g_value_get_boolean (value);
          lectern_article_view_set_caret_browsing (self->article_view, self->caret_browsing);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_window_class_init (LecternWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = lectern_window_constructed;
  object_class->dispose = lectern_window_dispose;
  object_class->finalize = lectern_window_finalize;
  object_class->get_property = lectern_window_get_property;
  object_class->set_property = lectern_window_set_property;
  window_class->close_request = lectern_window_close_request;

  properties[PROP_DB_PATH] =
    g_param_spec_string ("db-path", NULL, NULL, NULL,
                         (G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS));
  properties[PROP_HIGHLIGHT_COLOR] =
    g_param_spec_string ("highlight-color", NULL, NULL, "yellow",
                         (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CARET_BROWSING] =
    g_param_spec_boolean ("caret-browsing", NULL, NULL, FALSE,
                          (G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (LECTERN_TYPE_ARTICLE_VIEW);
  g_type_ensure (LECTERN_TYPE_ENTITIES_PAGE);
  g_type_ensure (LECTERN_TYPE_NOTES_PAGE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-window.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, error_page);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, article_view);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, entities_page);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, import_spinner);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, color_button);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, library_button);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, library_popover);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, library_list);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, export_selected_button);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, changed_banner);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, changed_label);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_banner_dismiss_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_article_view_loaded_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_article_view_highlight_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_notes_page_highlight_activated_cb);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, notes_page);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.paste-story", NULL, paste_story_action);
  gtk_widget_class_install_action (widget_class, "win.highlight", NULL, highlight_action);
  gtk_widget_class_install_action (widget_class, "win.next-highlight", NULL, next_highlight_action);
  gtk_widget_class_install_action (widget_class, "win.previous-highlight", NULL, previous_highlight_action);
  gtk_widget_class_install_action (widget_class, "win.undo-edit", "u", undo_edit_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  /* Bubble phase: a note being edited keeps Ctrl+Z for its own text. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_install_action (widget_class, "win.rename-categories", NULL, rename_categories_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-in", NULL, zoom_in_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-out", NULL, zoom_out_action);
  gtk_widget_class_install_action (widget_class, "win.zoom-reset", NULL, zoom_reset_action);
  gtk_widget_class_install_property_action (widget_class, "win.set-color", "highlight-color");

  lectern_window_entities_class_init (widget_class);
  lectern_window_library_class_init (widget_class);
  lectern_window_export_class_init (widget_class);
  gtk_widget_class_install_property_action (widget_class, "win.caret-browsing", "caret-browsing");

  gtk_widget_class_add_binding (widget_class, GDK_KEY_v, GDK_CONTROL_MASK, on_paste_shortcut_cb, NULL);
}

static void
lectern_window_init (LecternWindow *self)
{
  g_autoptr(GSimpleAction) sidebar_action = NULL;
  GtkDropTarget *drop_target;
  GType drop_types[] = { GDK_TYPE_FILE_LIST, G_TYPE_FILE };

  self->highlight_color = g_strdup ("yellow");
  self->pending_files = g_ptr_array_new_with_free_func (g_object_unref);
  self->cancellable = g_cancellable_new ();
  self->entities_cancellable = g_cancellable_new ();

  gtk_widget_init_template (GTK_WIDGET (self));


  self->settings = g_settings_new (APP_ID);
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));

  g_settings_bind (self->settings, "highlight-color", self, "highlight-color", G_SETTINGS_BIND_DEFAULT);
  /* One way only: the flap hides itself when the window gets narrow, and
   * that must not be remembered as the person's choice. */
  g_settings_bind (self->settings, "show-sidebar", self->flap, "reveal-flap", G_SETTINGS_BIND_GET);
  /* The toggle follows what is on screen, folded or not; only a person's
   * choice on a wide window is remembered. */
  sidebar_action = g_simple_action_new_stateful ("show-sidebar", NULL,
                                                 g_variant_new_boolean (adw_flap_get_reveal_flap (self->flap)));
  g_signal_connect_object (sidebar_action, "activate", G_CALLBACK (on_sidebar_action_activate_cb), self, 0);
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (on_flap_reveal_changed_cb),
                           sidebar_action, 0);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (sidebar_action));

  g_signal_connect_object (self->settings, "changed::zoom",
                           G_CALLBACK (on_settings_zoom_changed_cb), self, G_CONNECT_SWAPPED);
  lectern_article_view_set_zoom (self->article_view, g_settings_get_double (self->settings, "zoom"));

  self->popover = LECTERN_HIGHLIGHT_POPOVER (lectern_highlight_popover_new ());
  gtk_widget_set_parent (GTK_WIDGET (self->popover), GTK_WIDGET (self->article_view));
  g_signal_connect_object (self->popover, "color-changed",
                           G_CALLBACK (on_popover_color_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->popover, "style-changed",
                           G_CALLBACK (on_popover_style_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->popover, "tags-changed",
                           G_CALLBACK (on_popover_tags_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->popover, "note-changed",
                           G_CALLBACK (on_popover_note_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->popover, "copy-quote",
                           G_CALLBACK (on_popover_copy_quote_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->popover, "delete-highlight",
                           G_CALLBACK (on_popover_delete_highlight_cb), self, G_CONNECT_SWAPPED);

  rebuild_color_menu (self);
  lectern_window_entities_init (self);

  drop_target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_COPY);
  gtk_drop_target_set_gtypes (drop_target, drop_types, G_N_ELEMENTS (drop_types));
  g_signal_connect_object (drop_target, "drop", G_CALLBACK (on_drop_target_drop_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop_target));

  lectern_window_update_actions (self);
}

LecternWindow *
lectern_window_new (GtkApplication *application,
                    const char     *db_path)
{
  return g_object_new (LECTERN_TYPE_WINDOW,
                       "application", application,
                       "db-path", db_path,
                       NULL);
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
        start_import (self, files[i], NULL);
    }
}

void
lectern_window_open_text (LecternWindow *self,
                          const char    *text)
{
  g_return_if_fail (LECTERN_IS_WINDOW (self));
  g_return_if_fail (text != NULL);

  if (self->store == NULL)
    return;

  start_import (self, NULL, text);
}

gboolean
lectern_window_is_busy (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), FALSE);

  return self->pending_ops > 0 || lectern_article_view_get_loading (self->article_view) ||
         lectern_entities_page_get_filling (self->entities_page);
}

gboolean
lectern_window_is_story_shown (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), FALSE);

  return self->story != NULL && !lectern_article_view_get_loading (self->article_view);
}

gboolean
lectern_window_get_story_changed (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), FALSE);

  return gtk_revealer_get_reveal_child (self->changed_banner);
}

LecternStore *
lectern_window_get_store (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->store;
}

LecternStory *
lectern_window_get_story (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->story;
}

LecternNotesPage *
lectern_window_get_notes_page (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->notes_page;
}

LecternAnnotations *
lectern_window_get_annotations (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->annotations;
}

GPtrArray *
lectern_window_get_entities (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->entities;
}

LecternArticleView *
lectern_window_get_article_view (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->article_view;
}

static gpointer
list_tags_worker (LecternStore  *store,
                  gpointer       data,
                  GCancellable  *cancellable,
                  GError       **error)
{
  return lectern_store_list_tags_sync (store, error);
}

static void
on_tags_listed_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  OpData *op = user_data;
  g_autoptr(GPtrArray) tags = NULL;
  g_autoptr(GError) error = NULL;

  /* Completion is a convenience: without it the tags entry still works. */
  tags = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (tags != NULL)
    lectern_highlight_popover_set_known_tags (op->self->popover, tags);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_warning ("Could not list tags: %s", error->message);

  lectern_window_op_finish (op);
}

void
lectern_window_show_highlight (LecternWindow *self,
                               gint64         highlight_id)
{
  const LecternHighlight *highlight;

  g_return_if_fail (LECTERN_IS_WINDOW (self));

  highlight = find_highlight (self, highlight_id);
  if (highlight == NULL || highlight->orphaned)
    return;

  lectern_highlight_popover_set_highlight (self->popover, highlight);
  lectern_article_view_point_popover_at (self->article_view, GTK_POPOVER (self->popover),
                                         highlight->start, highlight->end);
  gtk_popover_popup (GTK_POPOVER (self->popover));
  gtk_widget_grab_focus (GTK_WIDGET (lectern_highlight_popover_get_note_view (self->popover)));

  /* Tags used elsewhere since the popover last opened are offered too. */
  if (self->store != NULL)
    lectern_store_run_async (self->store, list_tags_worker, NULL, NULL,
                             (GDestroyNotify) g_ptr_array_unref, self->cancellable,
                             on_tags_listed_cb, lectern_window_op_new (self));
}

GtkWidget *
lectern_window_get_highlight_popover (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return GTK_WIDGET (self->popover);
}

GtkTextView *
lectern_window_get_story_note_view (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return lectern_notes_page_get_story_note_view (self->notes_page);
}

