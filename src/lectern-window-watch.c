/* lectern-window-watch.c: changes made by another program (lectern-cli, a
 * second window) while a story is open: shown, and never written over
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-window.h"
#include "lectern-window-private.h"

#include <glib/gi18n.h>

/* How often a visible window looks for outside changes: one cheap query
 * (PRAGMA data_version) on the database thread. */
#define WATCH_INTERVAL_S 2

void
lectern_window_check_outside_changes (LecternWindow *self)
{
  g_return_if_fail (LECTERN_IS_WINDOW (self));

  if (self->annotations != NULL)
    lectern_annotations_reload (self->annotations, FALSE);
}

static gboolean
watch_cb (gpointer user_data)
{
  LecternWindow *self = user_data;

  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    lectern_window_check_outside_changes (self);

  return G_SOURCE_CONTINUE;
}

static void
on_is_active_cb (LecternWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)))
    lectern_window_check_outside_changes (self);
}

static void
on_reloaded_cb (LecternWindow *self)
{
  lectern_window_add_toast (self, _("Updated with changes from another program"));
}

/* Another program got there first: the model shows its version; the
 * person chooses to leave it or to make their own edit over it. Such a
 * toast stays until dismissed. */
static void
on_conflict_cb (LecternAnnotations      *annotations,
                LecternAnnotationsEvent  event,
                LecternAnnotation       *annotation,
                const GError            *error,
                LecternWindow           *self)
{
  AdwToast *toast;
  const char *button = NULL;
  gint64 target = 0;

  g_debug ("Outside edit: %s", error->message);

  if (event == LECTERN_ANNOTATIONS_STORY_NOTE)
    {
      toast = adw_toast_new (_("The story note was changed in another program; its version is shown"));
      button = _("_Keep Mine");
    }
  else if (annotation == NULL)
    toast = adw_toast_new (_("This highlight was deleted in another program"));
  else if (g_error_matches (error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND))
    {
      /* Deleted there while being edited here: the edit is kept. */
      toast = adw_toast_new (_("This highlight was deleted in another program; your edit is kept"));
      button = _("_Restore");
      target = lectern_annotation_get_id (annotation);
    }
  else if (event == LECTERN_ANNOTATIONS_CHANGED)
    {
      toast = adw_toast_new (_("This highlight was changed in another program; its version is shown"));
      button = _("_Keep Mine");
      target = lectern_annotation_get_id (annotation);
    }
  else if (event == LECTERN_ANNOTATIONS_DELETED)
    {
      toast = adw_toast_new (_("This highlight was changed in another program, so it was not deleted"));
      button = _("_Delete Anyway");
      target = lectern_annotation_get_id (annotation);
    }
  else
    toast = adw_toast_new (_("Nothing was undone: the highlight was changed in another program"));

  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  /* A choice only for the story still shown. */
  if (button != NULL && annotations == self->annotations)
    {
      adw_toast_set_button_label (toast, button);
      adw_toast_set_action_name (toast, "win.keep-mine");
      adw_toast_set_action_target_value (toast, g_variant_new_int64 (target));
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/* The toast's button: the refused edit, made over the other program's
 * version (`id` 0: the story note). */
static void
keep_mine_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);

  if (self->annotations != NULL)
    lectern_annotations_keep_mine (self->annotations, g_variant_get_int64 (parameter));
}

void
lectern_window_watch_annotations (LecternWindow      *self,
                                  LecternAnnotations *annotations)
{
  /* Conflicts are reported even after the story closed, as failures are. */
  g_signal_connect_object (annotations, "conflict", G_CALLBACK (on_conflict_cb), self, 0);
  g_signal_connect_object (annotations, "reloaded", G_CALLBACK (on_reloaded_cb), self, G_CONNECT_SWAPPED);
}

void
lectern_window_unwatch_annotations (LecternWindow      *self,
                                    LecternAnnotations *annotations)
{
  g_signal_handlers_disconnect_by_func (annotations, on_reloaded_cb, self);
}

void
lectern_window_watch_init (LecternWindow *self)
{
  g_signal_connect (self, "notify::is-active", G_CALLBACK (on_is_active_cb), NULL);
  self->watch_source = g_timeout_add_seconds (WATCH_INTERVAL_S, watch_cb, self);
}

void
lectern_window_watch_dispose (LecternWindow *self)
{
  g_clear_handle_id (&self->watch_source, g_source_remove);
  if (self->annotations != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->annotations, on_conflict_cb, self);
      lectern_window_unwatch_annotations (self, self->annotations);
    }
}

void
lectern_window_watch_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.keep-mine", "x", keep_mine_action);
}
