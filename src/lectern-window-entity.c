/* lectern-window-entity.c: the page of one person or organization across
 * the library, in the main area, and the way back to the story
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window-entity"

#include "config.h"

#include "lectern-window-private.h"

#include "lectern-entity-view.h"

#include <glib/gi18n.h>

#define ENTITY_PAGE "entity"

static LecternEntityView *
get_view (LecternWindow *self)
{
  return LECTERN_ENTITY_VIEW (gtk_stack_get_child_by_name (self->main_stack, ENTITY_PAGE));
}

/* Lights the passage asked for, once its story is in the view. */
static void
show_passage (LecternWindow *self)
{
  g_autoptr(GArray) spans = NULL;
  LecternSpan span = { self->passage_start, self->passage_end };

  if (self->story == NULL || self->story->id != self->passage_story)
    return;

  self->passage_story = 0;
  gtk_stack_set_visible_child_name (self->main_stack, "article");
  /* The reader takes the keys even when there is no passage to light (a
   * story whose mentions are not known yet): the page's Back button, where
   * the focus was, is hidden now. */
  gtk_widget_grab_focus (GTK_WIDGET (lectern_article_view_get_text_view (self->article_view)));
  if (span.end <= span.start)
    return;

  spans = g_array_new (FALSE, FALSE, sizeof (LecternSpan));
  g_array_append_val (spans, span);
  lectern_article_view_set_mentions (self->article_view, spans, 0);
  lectern_article_view_go_to_offset (self->article_view, span.start);
  lectern_article_view_scroll_to_range (self->article_view, span.start, span.end);
  /* Selected too: the tint goes when the story's own people arrive, the
   * selection stays until the reader moves on. View offsets are code
   * points, as the page's are. */
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (lectern_article_view_get_text_view (self->article_view));
    GtkTextIter start, end;

    gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) CLAMP (span.start, 0, G_MAXINT));
    gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) CLAMP (span.end, 0, G_MAXINT));
    gtk_text_buffer_select_range (buffer, &start, &end);
  }
  gtk_widget_grab_focus (GTK_WIDGET (lectern_article_view_get_text_view (self->article_view)));
}

static void
on_article_view_loaded_cb (LecternArticleView *view,
                           LecternWindow      *self)
{
  if (self->passage_story != 0)
    show_passage (self);
}

static void
on_entity_view_open_passage_cb (LecternEntityView *view,
                                gint64             story_id,
                                gint64             start,
                                gint64             end,
                                LecternWindow      *self)
{
  self->passage_story = story_id;
  self->passage_start = start;
  self->passage_end = end;

  if (self->story != NULL && self->story->id == story_id
      && !lectern_article_view_get_loading (self->article_view))
    show_passage (self);
  else
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-story", "x", story_id);
}

static void
on_entity_view_back_cb (LecternEntityView *view,
                        LecternWindow      *self)
{
  gtk_stack_set_visible_child_name (self->main_stack, self->story != NULL ? "article" : "empty");
  if (self->story != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (lectern_article_view_get_text_view (self->article_view)));
}

static void
on_entity_view_exported_cb (LecternEntityView *view,
                            const char        *path,
                            const char        *error_message,
                            LecternWindow     *self)
{
  g_autofree char *title = NULL;

  if (error_message != NULL)
    {
      lectern_window_show_error (self, _("Could Not Export the Dossier"), error_message);
      return;
    }

  {
    g_autofree char *base = g_path_get_basename (path);

    /* Translators: %s is a file name */
    title = g_strdup_printf (_("Dossier saved as “%s”"), base);
  }
  lectern_window_add_toast (self, title);
}

static void
show_entity_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  lectern_window_show_entity (LECTERN_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

void
lectern_window_entity_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-entity", "s", show_entity_action);
}

void
lectern_window_entity_init (LecternWindow *self)
{
  GtkWidget *view = lectern_entity_view_new ();

  gtk_stack_add_named (self->main_stack, view, ENTITY_PAGE);
  g_signal_connect_object (view, "open-passage", G_CALLBACK (on_entity_view_open_passage_cb),
                           self, 0);
  g_signal_connect_object (view, "back", G_CALLBACK (on_entity_view_back_cb), self, 0);
  g_signal_connect_object (view, "exported", G_CALLBACK (on_entity_view_exported_cb), self, 0);
  g_signal_connect_object (self->article_view, "loaded", G_CALLBACK (on_article_view_loaded_cb),
                           self, G_CONNECT_AFTER);
}

void
lectern_window_show_entity (LecternWindow *self,
                            const char    *name)
{
  LecternEntityView *view;

  g_return_if_fail (LECTERN_IS_WINDOW (self));
  g_return_if_fail (name != NULL);

  view = get_view (self);
  lectern_entity_view_set_store (view, self->store);
  /* Visible first, so the page can take the focus. */
  gtk_stack_set_visible_child_name (self->main_stack, ENTITY_PAGE);
  lectern_entity_view_load (view, name);
}

LecternEntityView *
lectern_window_get_entity_view (LecternWindow *self)
{
  g_return_val_if_fail (LECTERN_IS_WINDOW (self), NULL);

  return get_view (self);
}
