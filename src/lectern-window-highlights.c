/* lectern-window-highlights.c: the win. actions on highlights (H, undo and
 * redo, next and previous) and the highlight popover, all through the
 * story's LecternAnnotations, whose one history also holds the
 * corrections of names and quotations
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-window.h"
#include "lectern-window-private.h"

#include "lectern-export.h"

#include <glib/gi18n.h>

/* The model's own copy (transfer none), or NULL. */
const LecternHighlight *
lectern_window_find_highlight (LecternWindow *self,
                               gint64         id)
{
  LecternAnnotation *annotation;

  if (self->annotations == NULL)
    return NULL;

  annotation = lectern_annotations_lookup (self->annotations, id);
  return annotation != NULL ? lectern_annotation_get_highlight (annotation) : NULL;
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

/* Corrections of the story's names and quotations join the same history
 * as edits of their own: the model hands them back in turn. */

typedef struct
{
  LecternCorrection      *names;   /* one of the two */
  LecternQuoteCorrection *quote;
} CorrectionEdit;

static void
correction_edit_free (gpointer data)
{
  CorrectionEdit *edit = data;

  g_clear_pointer (&edit->names, lectern_correction_free);
  g_clear_pointer (&edit->quote, lectern_quote_correction_free);
  g_free (edit);
}

guint
lectern_window_record_correction (LecternWindow          *self,
                                  LecternCorrection      *names,
                                  LecternQuoteCorrection *quote)
{
  CorrectionEdit *edit = g_new0 (CorrectionEdit, 1);

  edit->names = names;
  edit->quote = quote;
  if (self->annotations == NULL)
    {
      correction_edit_free (edit);
      return 0;
    }

  return lectern_annotations_record_external (self->annotations, edit, correction_edit_free);
}

static void
on_correction_replayed_cb (LecternAnnotations *annotations,
                           gpointer            data,
                           gboolean            undo,
                           LecternWindow      *self)
{
  CorrectionEdit *edit = data;

  if (edit->names != NULL)
    lectern_window_replay_entity_correction (self, edit->names, undo);
  else
    lectern_window_replay_quote_correction (self, edit->quote, undo);
}

void
lectern_window_history_attach (LecternWindow      *self,
                               LecternAnnotations *annotations)
{
  g_signal_connect_object (annotations, "external", G_CALLBACK (on_correction_replayed_cb), self, 0);
}

static void
update_highlight (LecternWindow      *self,
                  gint64              id,
                  const char         *color,
                  const char         *style,
                  const char         *note,
                  const char *const  *tags)
{
  /* What the popover shows is what the edit was made on: if another
   * program changed it since, the model asks instead of writing. */
  if (self->annotations != NULL)
    lectern_annotations_update_from (self->annotations, id,
                                     id == lectern_highlight_popover_get_highlight_id (self->popover)
                                     ? self->popover_revision : 0,
                                     color, style, note, tags);
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
  const LecternHighlight *highlight = lectern_window_find_highlight (self, id);
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
  const LecternHighlight *highlight = lectern_window_find_highlight (self, id);

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
  const LecternHighlight *highlight = lectern_window_find_highlight (self, id);

  if (highlight == NULL)
    return;

  lectern_article_view_scroll_to_range (self->article_view, highlight->start, highlight->end);
  lectern_window_show_highlight (self, id);
}


/* H: the selection becomes a highlight of the chosen colour. */
void
lectern_window_highlight_selection (LecternWindow *self)
{
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
  self->open_after_add = TRUE;
  lectern_annotations_add (self->annotations, highlight);
}

/* Next or previous highlight from the reading position (the caret when
 * caret browsing), wrapping around; Enter then opens it. */
void
lectern_window_move_to_highlight (LecternWindow *self,
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

  highlight = lectern_window_find_highlight (self, highlight_id);
  if (highlight == NULL || highlight->orphaned)
    return;

  lectern_highlight_popover_set_highlight (self->popover, highlight);
  self->popover_revision = highlight->revision;
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
void
lectern_window_highlights_init (LecternWindow *self)
{
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
}

void
lectern_window_highlights_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_article_view_highlight_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_notes_page_highlight_activated_cb);
  gtk_widget_class_install_action (widget_class, "win.undo-edit", "u", undo_edit_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  /* Bubble phase: a note being edited keeps Ctrl+Z for its own text. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Z, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.redo", NULL);
}
