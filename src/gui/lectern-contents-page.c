/* lectern-contents-page.c: the sidebar's Contents
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Rows are built from the story's blocks (an EPUB's chapters start with a
 * heading block, named by its table of contents when the chapter has none),
 * so a book's table of contents is the way through it. Activating an entry
 * emits "heading-activated" with the heading's offset in the text.
 */

#define G_LOG_DOMAIN "lectern-contents-page"

#include "config.h"

#include "lectern-contents-page.h"

#include <string.h>


/* A sidebar list, not a second copy of a book. */
#define MAX_ENTRIES 5000
#define MAX_LABEL_CHARS 200

/* A GtkListView makes rows only for the entries in sight: a book's 1,400
 * rows in a GtkListBox, even made 100 per idle step, kept the window busy
 * for 40–125 ms each time its stored text replaced its preview, and every
 * relayout measured them all. */
struct _LecternContentsPage
{
  GtkWidget       parent_instance;

  GtkWidget      *stack;
  GtkListView    *list;
  GtkStringList  *labels;
  GArray         *offsets;   /* gint64, the start of each entry's heading */
  GArray         *indents;   /* gboolean: a heading rather than the title */
};

G_DEFINE_FINAL_TYPE (LecternContentsPage, lectern_contents_page, GTK_TYPE_WIDGET)

enum { HEADING_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
on_list_activate_cb (LecternContentsPage *self,
                     guint                position)
{
  if (position < self->offsets->len)
    g_signal_emit (self, signals[HEADING_ACTIVATED], 0, g_array_index (self->offsets, gint64, position));
}

static void
on_setup_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
}

static void
on_bind_cb (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            LecternContentsPage      *self)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  guint position = gtk_list_item_get_position (item);
  gboolean indent = position < self->indents->len && g_array_index (self->indents, gboolean, position);

  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (gtk_list_item_get_item (item)));
  gtk_widget_set_margin_start (label, indent ? 18 : 6);
  if (indent)
    gtk_widget_remove_css_class (label, "heading");
  else
    gtk_widget_add_css_class (label, "heading");
}

/* g_utf8_offset_to_pointer() eight bytes at a time: the characters of a
 * word are its bytes that are not continuation bytes (10xxxxxx). Walking a
 * book's 11 MB one byte at a time took 40 ms of the window's time. */
static const char *
skip_chars (const char *p,
            gint64      n)
{
  const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);

  /* Eight characters or more ahead: the eight bytes are in the string. */
  while (n >= 8)
    {
      guint64 word;
      guint64 continuation;

      memcpy (&word, p, sizeof word);
      continuation = (word >> 7) & (~word >> 6) & ones;
      p += 8;
      n -= 8 - __builtin_popcountll (continuation);
    }
  /* The rest of a character begun in the last word. */
  while ((*p & 0xC0) == 0x80)
    p++;

  return g_utf8_offset_to_pointer (p, n);
}

void
lectern_contents_page_set_story (LecternContentsPage *self,
                                 LecternStory        *story,
                                 GArray              *blocks)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  const char *p;
  gint64 at = 0;
  guint n_old;

  g_return_if_fail (LECTERN_IS_CONTENTS_PAGE (self));

  g_array_set_size (self->offsets, 0);
  g_array_set_size (self->indents, 0);
  if (story != NULL && blocks != NULL)
    {
      p = story->text;
      /* Blocks are in text order: walk the text once. */
      for (guint i = 0; i < blocks->len && self->offsets->len < MAX_ENTRIES; i++)
        {
          const LecternBlock *block = &g_array_index (blocks, LecternBlock, i);
          char *label;
          const char *end;
          gboolean indent = block->kind != LECTERN_BLOCK_TITLE;

          if (block->kind != LECTERN_BLOCK_TITLE && block->kind != LECTERN_BLOCK_HEADING)
            continue;
          if (block->start < at || block->end > story->n_chars || block->end <= block->start)
            continue;
          p = skip_chars (p, block->start - at);
          at = block->start;
          end = g_utf8_offset_to_pointer (p, MIN (block->end - block->start, MAX_LABEL_CHARS));
          label = g_strndup (p, end - p);
          g_strdelimit (label, "\n\t", ' ');

          g_ptr_array_add (labels, g_strstrip (label));
          g_array_append_val (self->indents, indent);
          g_array_append_val (self->offsets, block->start);
        }
    }
  g_ptr_array_add (labels, NULL);

  /* One change of the model: the view rebinds the rows in sight only. */
  n_old = g_list_model_get_n_items (G_LIST_MODEL (self->labels));
  gtk_string_list_splice (self->labels, 0, n_old, (const char * const *) labels->pdata);
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), self->offsets->len > 1 ? "list" : "none");
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
  g_return_if_fail (LECTERN_IS_CONTENTS_PAGE (self));

  on_list_activate_cb (self, index);
}

static void
lectern_contents_page_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), LECTERN_TYPE_CONTENTS_PAGE);

  G_OBJECT_CLASS (lectern_contents_page_parent_class)->dispose (object);
}

static void
lectern_contents_page_finalize (GObject *object)
{
  LecternContentsPage *self = LECTERN_CONTENTS_PAGE (object);

  g_array_unref (self->offsets);
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
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
lectern_contents_page_init (LecternContentsPage *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->offsets = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->indents = g_array_new (FALSE, FALSE, sizeof (gboolean));
  gtk_widget_init_template (GTK_WIDGET (self));

  /* The view owns the model and the factory. */
  self->labels = gtk_string_list_new (NULL);
  g_signal_connect (factory, "setup", G_CALLBACK (on_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind_cb), self);
  gtk_list_view_set_factory (self->list, factory);
  gtk_list_view_set_model (self->list,
                           GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (self->labels))));
  g_object_unref (factory);
}

GtkWidget *
lectern_contents_page_new (void)
{
  return g_object_new (LECTERN_TYPE_CONTENTS_PAGE, NULL);
}
