/* lectern-contents-page.c: the sidebar's Contents
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are built from the story's blocks (an EPUB's chapters start with a
 * heading block, named by its table of contents when the chapter has none),
 * so a book's table of contents is the way through it. Activating a row
 * emits "heading-activated" with the heading's offset in the text.
 */

#define G_LOG_DOMAIN "lectern-contents-page"

#include "config.h"

#include "lectern-contents-page.h"


/* A sidebar list, not a second copy of a book. */
#define MAX_ENTRIES 5000
#define MAX_LABEL_CHARS 200
/* Rows made per idle step: a book's 1,400 rows at once stalled the
 * window for 200 ms while its text was loading. */
#define ROWS_PER_STEP 100

struct _LecternContentsPage
{
  GtkWidget   parent_instance;

  GtkWidget  *stack;
  GtkListBox *list;
  GArray     *offsets;   /* gint64, the start of each row's heading */
  GPtrArray  *labels;    /* of the rows not made yet, from `made` on */
  GArray     *indents;   /* gboolean: a heading rather than the title */
  guint       made;
  guint       rows_source;
};

G_DEFINE_FINAL_TYPE (LecternContentsPage, lectern_contents_page, GTK_TYPE_WIDGET)

enum { HEADING_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
on_row_activated_cb (LecternContentsPage *self,
                     GtkListBoxRow       *row)
{
  int index = gtk_list_box_row_get_index (row);

  if (index >= 0 && (guint) index < self->offsets->len)
    g_signal_emit (self, signals[HEADING_ACTIVATED], 0, g_array_index (self->offsets, gint64, index));
}

static void
clear (LecternContentsPage *self)
{
  GtkWidget *child;

  g_clear_handle_id (&self->rows_source, g_source_remove);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_array_set_size (self->offsets, 0);
  g_ptr_array_set_size (self->labels, 0);
  g_array_set_size (self->indents, 0);
  self->made = 0;
}

static gboolean
make_rows_cb (gpointer user_data)
{
  LecternContentsPage *self = user_data;
  guint end = MIN (self->made + ROWS_PER_STEP, self->labels->len);

  for (; self->made < end; self->made++)
    {
      GtkWidget *widget = gtk_label_new (g_ptr_array_index (self->labels, self->made));
      gboolean indent = g_array_index (self->indents, gboolean, self->made);

      gtk_label_set_xalign (GTK_LABEL (widget), 0);
      gtk_label_set_ellipsize (GTK_LABEL (widget), PANGO_ELLIPSIZE_END);
      gtk_widget_set_margin_top (widget, 6);
      gtk_widget_set_margin_bottom (widget, 6);
      gtk_widget_set_margin_start (widget, indent ? 18 : 6);
      gtk_widget_set_margin_end (widget, 6);
      if (!indent)
        gtk_widget_add_css_class (widget, "heading");
      gtk_list_box_append (self->list, widget);
    }

  if (self->made < self->labels->len)
    return G_SOURCE_CONTINUE;
  self->rows_source = 0;
  return G_SOURCE_REMOVE;
}

void
lectern_contents_page_set_story (LecternContentsPage *self,
                                 LecternStory        *story,
                                 GArray              *blocks)
{
  const char *p;
  gint64 at = 0;

  g_return_if_fail (LECTERN_IS_CONTENTS_PAGE (self));

  clear (self);
  if (story != NULL && blocks != NULL)
    {
      p = story->text;
      /* Blocks are in text order: walk the text once. */
      for (guint i = 0; i < blocks->len && self->offsets->len < MAX_ENTRIES; i++)
        {
          const LecternBlock *block = &g_array_index (blocks, LecternBlock, i);
          g_autofree char *label = NULL;
          const char *end;
          gboolean indent = block->kind != LECTERN_BLOCK_TITLE;

          if (block->kind != LECTERN_BLOCK_TITLE && block->kind != LECTERN_BLOCK_HEADING)
            continue;
          if (block->start < at || block->end > story->n_chars || block->end <= block->start)
            continue;
          p = g_utf8_offset_to_pointer (p, block->start - at);
          at = block->start;
          end = g_utf8_offset_to_pointer (p, MIN (block->end - block->start, MAX_LABEL_CHARS));
          label = g_strndup (p, end - p);
          g_strdelimit (label, "\n\t", ' ');

          g_strstrip (label);
          g_ptr_array_add (self->labels, g_steal_pointer (&label));
          g_array_append_val (self->indents, indent);
          g_array_append_val (self->offsets, block->start);
        }
    }

  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), self->offsets->len > 1 ? "list" : "none");
  if (make_rows_cb (self) == G_SOURCE_CONTINUE)
    self->rows_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, make_rows_cb, self, NULL);
}

guint
lectern_contents_page_get_n_entries (LecternContentsPage *self)
{
  g_return_val_if_fail (LECTERN_IS_CONTENTS_PAGE (self), 0);

  return self->offsets->len;
}

void
lectern_contents_page_activate (LecternContentsPage *self,
                                guint                index)
{
  GtkListBoxRow *row;

  g_return_if_fail (LECTERN_IS_CONTENTS_PAGE (self));

  /* Rows still to be made are made first. */
  if (self->made <= index && self->made < self->labels->len)
    {
      guint source = self->rows_source;

      while (self->made <= index && self->made < self->labels->len)
        make_rows_cb (self);
      /* Done: the idle making them goes too. */
      if (self->made >= self->labels->len && source != 0)
        {
          g_source_remove (source);
          self->rows_source = 0;
        }
    }
  row = gtk_list_box_get_row_at_index (self->list, (int) index);
  if (row != NULL)
    on_row_activated_cb (self, row);
}

static void
lectern_contents_page_dispose (GObject *object)
{
  g_clear_handle_id (&LECTERN_CONTENTS_PAGE (object)->rows_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (object), LECTERN_TYPE_CONTENTS_PAGE);

  G_OBJECT_CLASS (lectern_contents_page_parent_class)->dispose (object);
}

static void
lectern_contents_page_finalize (GObject *object)
{
  LecternContentsPage *self = LECTERN_CONTENTS_PAGE (object);

  g_array_unref (self->offsets);
  g_ptr_array_unref (self->labels);
  g_array_unref (self->indents);

  G_OBJECT_CLASS (lectern_contents_page_parent_class)->finalize (object);
}

static void
lectern_contents_page_class_init (LecternContentsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_contents_page_dispose;
  object_class->finalize = lectern_contents_page_finalize;

  /**
   * LecternContentsPage::heading-activated:
   * @offset: where the heading starts in the story's text
   */
  signals[HEADING_ACTIVATED] = g_signal_new ("heading-activated", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-contents-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternContentsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LecternContentsPage, list);
  gtk_widget_class_bind_template_callback (widget_class, on_row_activated_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lectern_contents_page_init (LecternContentsPage *self)
{
  self->offsets = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->labels = g_ptr_array_new_with_free_func (g_free);
  self->indents = g_array_new (FALSE, FALSE, sizeof (gboolean));
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lectern_contents_page_new (void)
{
  return g_object_new (LECTERN_TYPE_CONTENTS_PAGE, NULL);
}
