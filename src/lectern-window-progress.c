/* lectern-window-progress.c: how far the reader got in each story, saved
 * as they scroll and restored when the story opens again
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-library-list.h"
#include "lectern-window.h"
#include "lectern-window-private.h"

/* Saved once the scrolling has rested this long: one small write on the
 * store's thread, never one per frame. */
#define SAVE_DELAY_MSEC 700

static void
save_pending (LecternWindow *self)
{
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  if (self->progress_story == 0 || self->store == NULL)
    return;
  lectern_library_set_progress_async (self->store, self->progress_story,
                                      self->progress_fraction, self->progress_offset);
  self->progress_story = 0;
}

static gboolean
on_save_timeout_cb (gpointer user_data)
{
  LecternWindow *self = user_data;

  self->progress_timeout = 0;
  save_pending (self);
  return G_SOURCE_REMOVE;
}

static void
on_scrolled_cb (GtkAdjustment *adjustment,
                LecternWindow *self)
{
  double upper = gtk_adjustment_get_upper (adjustment);
  double seen;

  /* Loading, or the story's place not restored yet: the view moves by
   * itself, not the reader. */
  if (self->story == NULL || !self->progress_ready
      || lectern_article_view_get_loading (self->article_view) || upper <= 0)
    {
      self->progress_moved = self->progress_moved || (self->story != NULL && !self->progress_ready);
      return;
    }

  /* The share of the text above the bottom of the screen. */
  seen = (gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment)) / upper;
  if (self->progress_story != 0 && self->progress_story != self->story->id)
    save_pending (self);
  self->progress_story = self->story->id;
  self->progress_fraction = CLAMP (seen, 0.0, 1.0);
  self->progress_offset = lectern_article_view_get_reading_offset (self->article_view);
  g_clear_handle_id (&self->progress_timeout, g_source_remove);
  self->progress_timeout = g_timeout_add (SAVE_DELAY_MSEC, on_save_timeout_cb, self);
}

static void
watch_adjustment (LecternWindow *self)
{
  GtkAdjustment *adjustment;

  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (lectern_article_view_get_text_view (self->article_view)));
  if (adjustment == self->progress_adjustment)
    return;
  if (self->progress_adjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->progress_adjustment, on_scrolled_cb, self);
  g_set_object (&self->progress_adjustment, adjustment);
  if (adjustment != NULL)
    g_signal_connect (adjustment, "value-changed", G_CALLBACK (on_scrolled_cb), self);
}

/* The saved place, once the story is all in the view and nothing else
 * (a search result, an entity's passage, the last session's place) has
 * moved it. */
static void
restore (LecternWindow *self)
{
  GtkTextView *text_view = lectern_article_view_get_text_view (self->article_view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);

  if (self->story == NULL || self->story->id != self->progress_restore_story
      || lectern_article_view_get_loading (self->article_view) || !self->progress_loaded)
    return;

  self->progress_restore_story = 0;
  if (self->progress_restore_offset > 0 && !gtk_text_buffer_get_has_selection (buffer)
      && (self->progress_adjustment == NULL
          || gtk_adjustment_get_value (self->progress_adjustment) <= 0))
    {
      int n_chars = gtk_text_buffer_get_char_count (buffer);

      /* The first character seen back at the top of the screen, where it
       * was; the view scrolls there once its lines are laid out. */
      if (n_chars > 0)
        lectern_article_view_set_position (self->article_view,
                                           MIN (self->progress_restore_offset, n_chars)
                                           / (double) n_chars);
    }
  self->progress_ready = TRUE;
  /* A story seen whole on one screen is read: its view may have settled
   * (from the last story's place to the top) before its saved place was
   * read, and will not move again. */
  if (self->progress_moved && self->progress_adjustment != NULL
      && gtk_adjustment_get_upper (self->progress_adjustment) > 0
      && gtk_adjustment_get_page_size (self->progress_adjustment)
         >= gtk_adjustment_get_upper (self->progress_adjustment))
    on_scrolled_cb (self->progress_adjustment, self);
  self->progress_moved = FALSE;
}

static gpointer
get_progress_worker (LecternStore  *store,
                     gpointer       data,
                     GCancellable  *cancellable,
                     GError       **error)
{
  gint64 *result = g_new0 (gint64, 2);

  result[0] = *(gint64 *) data;
  if (!lectern_library_get_progress_sync (store, result[0], NULL, &result[1], error))
    g_clear_pointer (&result, g_free);
  return result;
}

static void
on_progress_read_cb (GObject      *source,
                     GAsyncResult *res,
                     gpointer      user_data)
{
  g_autoptr(LecternWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *result = lectern_store_run_finish (LECTERN_STORE (source), res, &error);

  if (g_cancellable_is_cancelled (g_task_get_cancellable (G_TASK (res))))
    return;
  if (result == NULL || result[0] != self->progress_restore_story)
    {
      self->progress_ready = TRUE;
      return;
    }
  self->progress_restore_offset = result[1];
  self->progress_loaded = TRUE;
  restore (self);
}

static void
on_loading_changed_cb (LecternArticleView *view,
                       GParamSpec         *pspec,
                       LecternWindow      *self)
{
  if (!lectern_article_view_get_loading (view))
    restore (self);
}

void
lectern_window_progress_story_shown (LecternWindow *self,
                                     gboolean       restored)
{
  g_return_if_fail (LECTERN_IS_WINDOW (self));

  watch_adjustment (self);
  g_cancellable_cancel (self->progress_cancellable);
  g_clear_object (&self->progress_cancellable);
  self->progress_ready = FALSE;
  self->progress_loaded = FALSE;
  self->progress_moved = FALSE;
  self->progress_restore_story = 0;
  if (self->story == NULL || self->store == NULL)
    return;
  /* The last session's place was restored from the settings. */
  if (restored)
    {
      self->progress_ready = TRUE;
      return;
    }

  self->progress_restore_story = self->story->id;
  self->progress_cancellable = g_cancellable_new ();
  lectern_store_run_async (self->store, get_progress_worker,
                           g_memdup2 (&self->story->id, sizeof (gint64)), g_free, g_free,
                           self->progress_cancellable, on_progress_read_cb, g_object_ref (self));
}

void
lectern_window_progress_flush (LecternWindow *self)
{
  g_return_if_fail (LECTERN_IS_WINDOW (self));

  save_pending (self);
}

void
lectern_window_progress_init (LecternWindow *self)
{
  g_signal_connect (self->article_view, "notify::loading", G_CALLBACK (on_loading_changed_cb), self);
}

void
lectern_window_progress_dispose (LecternWindow *self)
{
  save_pending (self);
  g_cancellable_cancel (self->progress_cancellable);
  g_clear_object (&self->progress_cancellable);
  if (self->progress_adjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->progress_adjustment, on_scrolled_cb, self);
  g_clear_object (&self->progress_adjustment);
  if (self->article_view != NULL)
    g_signal_handlers_disconnect_by_func (self->article_view, on_loading_changed_cb, self);
}
