/* lectern-find-bar.c: Find in Story (Ctrl+F), with the number of matches
 * and next/previous
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-find-bar"

#include "config.h"

#include "lectern-find-bar.h"

#include <glib/gi18n.h>

/* Counting stops here: a single letter in a book matches everywhere. */
#define MAX_MATCHES 10000

struct _LecternFindBar
{
  GtkWidget       parent_instance;

  GtkSearchBar   *search_bar;
  GtkSearchEntry *entry;
  GtkLabel       *count_label;

  GtkTextView    *text_view;   /* weak */
  GArray         *matches;     /* gint64 pairs: start, end (offsets) */
  char           *query;       /* what matches are of */
  int             current;
};

G_DEFINE_FINAL_TYPE (LecternFindBar, lectern_find_bar, GTK_TYPE_WIDGET)

static void
update_count (LecternFindBar *self)
{
  guint n = self->matches->len / 2;
  g_autofree char *text = NULL;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  if (query[0] == '\0')
    text = g_strdup ("");
  else if (n == 0)
    text = g_strdup (_("No matches"));
  else if (n >= MAX_MATCHES)
    /* Translators: the current match, among more than %u */
    text = g_strdup_printf (_("%d of %u+"), self->current + 1, n);
  else
    /* Translators: the current match among all matches of a search */
    text = g_strdup_printf (_("%d of %u"), self->current + 1, n);
  gtk_label_set_text (self->count_label, text);
}

static void
select_current (LecternFindBar *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  if (self->text_view == NULL || self->matches->len == 0)
    return;

  buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_buffer_get_iter_at_offset (buffer, &start, g_array_index (self->matches, gint64, 2 * self->current));
  gtk_text_buffer_get_iter_at_offset (buffer, &end, g_array_index (self->matches, gint64, 2 * self->current + 1));
  gtk_text_buffer_select_range (buffer, &start, &end);
  gtk_text_view_scroll_to_iter (self->text_view, &start, 0.1, TRUE, 0.0, 0.3);
}

static void
on_search_changed_cb (LecternFindBar *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->entry));

  /* The entry reports a change a moment later; it may be one already
   * searched. */
  if (g_strcmp0 (text, self->query) != 0)
    lectern_find_bar_search (self, text);
}

static void
on_next_cb (LecternFindBar *self)
{
  lectern_find_bar_move (self, 1);
}

static void
on_previous_cb (LecternFindBar *self)
{
  lectern_find_bar_move (self, -1);
}

static void
on_stop_search_cb (LecternFindBar *self)
{
  lectern_find_bar_close (self);
}

static void
lectern_find_bar_dispose (GObject *object)
{
  LecternFindBar *self = LECTERN_FIND_BAR (object);
  GtkWidget *child;

  g_clear_weak_pointer (&self->text_view);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_FIND_BAR);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (lectern_find_bar_parent_class)->dispose (object);
}

static void
lectern_find_bar_finalize (GObject *object)
{
  LecternFindBar *self = LECTERN_FIND_BAR (object);

  g_clear_pointer (&self->matches, g_array_unref);
  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (lectern_find_bar_parent_class)->finalize (object);
}

static void
lectern_find_bar_class_init (LecternFindBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_find_bar_dispose;
  object_class->finalize = lectern_find_bar_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-find-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternFindBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, LecternFindBar, entry);
  gtk_widget_class_bind_template_child (widget_class, LecternFindBar, count_label);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_next_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_previous_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
}

static void
lectern_find_bar_init (LecternFindBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->matches = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->entry));
}

GtkWidget *
lectern_find_bar_new (void)
{
  return g_object_new (LECTERN_TYPE_FIND_BAR, NULL);
}

void
lectern_find_bar_set_text_view (LecternFindBar *self,
                                GtkTextView    *text_view)
{
  g_return_if_fail (LECTERN_IS_FIND_BAR (self));

  g_set_weak_pointer (&self->text_view, text_view);
}

void
lectern_find_bar_open (LecternFindBar *self)
{
  g_return_if_fail (LECTERN_IS_FIND_BAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  /* The story may have changed since the last search. */
  lectern_find_bar_search (self, gtk_editable_get_text (GTK_EDITABLE (self->entry)));
}

void
lectern_find_bar_close (LecternFindBar *self)
{
  g_return_if_fail (LECTERN_IS_FIND_BAR (self));

  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  if (self->text_view != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

void
lectern_find_bar_search (LecternFindBar *self,
                         const char     *text)
{
  GtkTextBuffer *buffer;
  GtkTextIter iter, match_start, match_end;

  g_return_if_fail (LECTERN_IS_FIND_BAR (self));

  g_free (self->query);
  self->query = g_strdup (text);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->entry), text);

  g_array_set_size (self->matches, 0);
  self->current = 0;
  if (self->text_view != NULL && text != NULL && text[0] != '\0')
    {
      buffer = gtk_text_view_get_buffer (self->text_view);
      gtk_text_buffer_get_start_iter (buffer, &iter);
      while (self->matches->len / 2 < MAX_MATCHES &&
             gtk_text_iter_forward_search (&iter, text,
                                           GTK_TEXT_SEARCH_CASE_INSENSITIVE | GTK_TEXT_SEARCH_TEXT_ONLY,
                                           &match_start, &match_end, NULL))
        {
          gint64 offsets[2] = { gtk_text_iter_get_offset (&match_start), gtk_text_iter_get_offset (&match_end) };

          g_array_append_vals (self->matches, offsets, 2);
          iter = match_end;
        }
    }

  select_current (self);
  update_count (self);
}

void
lectern_find_bar_move (LecternFindBar *self,
                       int             direction)
{
  int n;

  g_return_if_fail (LECTERN_IS_FIND_BAR (self));

  n = self->matches->len / 2;
  if (n == 0)
    return;

  self->current = ((self->current + direction) % n + n) % n;
  select_current (self);
  update_count (self);
}

const char *
lectern_find_bar_get_count_text (LecternFindBar *self)
{
  g_return_val_if_fail (LECTERN_IS_FIND_BAR (self), NULL);

  return gtk_label_get_text (self->count_label);
}
