/* lectern-window-library.c: the library of stories (Ctrl+L), to open one
 * again, export or delete some, or search them all
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-window.h"
#include "lectern-window-private.h"


#include <glib/gi18n.h>

/* The library page (Ctrl+L) and Search Everything (Ctrl+Shift+F): pages
 * of main_stack; Esc or the library button goes back to the story. */

static void
go_back (LecternWindow *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, self->story != NULL ? "article" : "empty");
  if (self->story != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (lectern_article_view_get_text_view (self->article_view)));
}

static void
on_library_page_close_cb (LecternWindow *self,
                          GtkWidget     *page)
{
  go_back (self);
}

static void
on_main_stack_page_changed_cb (LecternWindow *self,
                               GParamSpec    *pspec,
                               GtkStack      *stack)
{
  const char *name = gtk_stack_get_visible_child_name (stack);

  gtk_toggle_button_set_active (self->library_button, g_strcmp0 (name, "library") == 0);
}

static void
show_library_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "library") == 0)
    {
      go_back (self);
      return;
    }
  if (self->store == NULL)
    return;

  lectern_library_view_set_store (self->library_view, self->store);
  lectern_library_view_reload (self->library_view);
  gtk_stack_set_visible_child_name (self->main_stack, "library");
  lectern_library_view_focus_list (self->library_view);
}

static void
search_library_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);

  if (self->store == NULL)
    return;

  lectern_search_view_set_store (self->search_view, self->store);
  gtk_stack_set_visible_child_name (self->main_stack, "search");
  lectern_search_view_focus (self->search_view);
}

static void
on_library_view_story_deleted_cb (LecternWindow      *self,
                                  gint64              story_id,
                                  LecternLibraryView *view)
{
  if (self->story != NULL && self->story->id == story_id)
    lectern_window_forget_story (self);
}

/* Lands on the passage of a search result: selected, as Find lights a
 * match, and scrolled to. */
static void
land (LecternWindow *self)
{
  GtkTextView *text_view = lectern_article_view_get_text_view (self->article_view);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (text_view);
  GtkTextIter start, end;

  if (self->land_story_id == 0 || self->story == NULL || self->story->id != self->land_story_id
      || lectern_article_view_get_loading (self->article_view))
    return;

  self->land_story_id = 0;
  gtk_widget_grab_focus (GTK_WIDGET (text_view));
  if (self->land_start < 0)
    return;

  gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) CLAMP (self->land_start, 0, G_MAXINT));
  gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) CLAMP (self->land_end, 0, G_MAXINT));
  gtk_text_buffer_select_range (buffer, &start, &end);
  lectern_article_view_scroll_to_range (self->article_view, self->land_start, self->land_end);
}

static void
on_article_view_loaded_land_cb (LecternWindow      *self,
                                LecternArticleView *view)
{
  land (self);
}

static void
on_search_view_result_activated_cb (LecternWindow     *self,
                                    gint64             story_id,
                                    gint64             start,
                                    gint64             end,
                                    LecternSearchView *view)
{
  self->land_story_id = story_id;
  self->land_start = start;
  self->land_end = MAX (start, end);

  if (self->story != NULL && self->story->id == story_id)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "article");
      land (self);
    }
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-story", "x", story_id);
}

gboolean
lectern_window_library_find (LecternWindow *self)
{
  const char *page = gtk_stack_get_visible_child_name (self->main_stack);

  if (g_strcmp0 (page, "library") == 0)
    lectern_library_view_focus_filter (self->library_view);
  else if (g_strcmp0 (page, "search") == 0)
    lectern_search_view_focus (self->search_view);
  else
    return FALSE;

  return TRUE;
}

gboolean
lectern_window_library_is_busy (LecternWindow *self)
{
  return lectern_library_view_is_busy (self->library_view) || lectern_search_view_is_busy (self->search_view);
}

LecternLibraryView *
lectern_window_get_library_view (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->library_view;
}

LecternSearchView *
lectern_window_get_search_view (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return self->search_view;
}

const char *
lectern_window_get_page (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return gtk_stack_get_visible_child_name (self->main_stack);
}

void
lectern_window_library_init (LecternWindow *self)
{
  g_signal_connect_object (self->main_stack, "notify::visible-child-name",
                           G_CALLBACK (on_main_stack_page_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->article_view, "loaded",
                           G_CALLBACK (on_article_view_loaded_land_cb), self, G_CONNECT_SWAPPED);
}

static gpointer
load_story_worker (LecternStore  *store,
                   gpointer       data,
                   GCancellable  *cancellable,
                   GError       **error)
{
  gint64 *id = data;
  g_autoptr(ShowData) show = g_new0 (ShowData, 1);

  show->story = lectern_store_get_story_sync (store, *id, error);
  if (show->story == NULL)
    return NULL;
  show->highlights = lectern_store_list_highlights_sync (store, show->story->id, error);
  if (show->highlights == NULL || !lectern_window_read_story_note (store, show, error))
    return NULL;
  show->blocks = lectern_story_get_blocks (show->story);

  return g_steal_pointer (&show);
}

static void
on_story_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  OpData *op = user_data;
  LecternWindow *self = op->self;
  g_autoptr(ShowData) show = NULL;
  g_autoptr(GError) error = NULL;

  show = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (show != NULL)
    lectern_window_show_story (self, show);
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    lectern_window_show_error (self, _("Could Not Open the Story"), error->message);

  lectern_window_op_finish (op);
}

static void
open_story_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  LecternWindow *self = LECTERN_WINDOW (widget);
  gint64 id = g_variant_get_int64 (parameter);

  if (self->store == NULL)
    return;
  if (self->story != NULL && self->story->id == id)
    {
      gtk_stack_set_visible_child_name (self->main_stack, "article");
      land (self);
      return;
    }

  lectern_store_run_async (self->store, load_story_worker, g_memdup2 (&id, sizeof id), g_free,
                           lectern_window_show_data_free, self->cancellable, on_story_loaded_cb, lectern_window_op_new (self));
}

typedef struct
{
  OpData *op;
  double  position;
} ReloadOp;

static void
on_story_reloaded_cb (GObject      *source,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  ReloadOp *reload = user_data;
  LecternWindow *self = reload->op->self;
  g_autoptr(ShowData) show = NULL;
  g_autoptr(GError) error = NULL;

  show = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (show != NULL)
    {
      lectern_window_show_story (self, show);
      lectern_article_view_set_position (self->article_view, reload->position);
    }
  else if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    lectern_window_show_error (self, _("Could Not Open the Story"), error->message);

  lectern_window_op_finish (reload->op);
  g_free (reload);
}

/* Reads the current story and its highlights again, keeping the place. */
void
lectern_window_reload_story (LecternWindow *self)
{
  ReloadOp *reload;
  gint64 id;

  if (self->story == NULL || self->store == NULL)
    return;

  id = self->story->id;
  reload = g_new0 (ReloadOp, 1);
  reload->op = lectern_window_op_new (self);
  reload->position = lectern_article_view_get_position (self->article_view);
  lectern_store_run_async (self->store, load_story_worker, g_memdup2 (&id, sizeof id), g_free,
                           lectern_window_show_data_free, self->cancellable, on_story_reloaded_cb, reload);
}

void
lectern_window_library_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (LECTERN_TYPE_LIBRARY_VIEW);
  g_type_ensure (LECTERN_TYPE_SEARCH_VIEW);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, library_button);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, library_view);
  gtk_widget_class_bind_template_child (widget_class, LecternWindow, search_view);
  gtk_widget_class_bind_template_callback (widget_class, on_library_page_close_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_library_view_story_deleted_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_search_view_result_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.open-story", "x", open_story_action);
  gtk_widget_class_install_action (widget_class, "win.show-library", NULL, show_library_action);
  gtk_widget_class_install_action (widget_class, "win.search-library", NULL, search_library_action);
}
