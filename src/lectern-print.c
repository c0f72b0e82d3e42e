/* lectern-print.c: a story with its highlights and notes, on paper or PDF
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-print"

#include "config.h"

#include "lectern-print.h"

#include <glib/gi18n.h>

typedef struct
{
  char          *text;        /* story text, then the endnotes */
  PangoAttrList *attributes;
  PangoLayout   *layout;
  GArray        *page_starts; /* int: first line of each page */
} PrintJob;

static void
print_job_free (gpointer data)
{
  PrintJob *job = data;

  g_free (job->text);
  g_clear_pointer (&job->attributes, pango_attr_list_unref);
  g_clear_object (&job->layout);
  g_clear_pointer (&job->page_starts, g_array_unref);
  g_free (job);
}

static void
color_for (const char *color,
           guint16    *r,
           guint16    *g,
           guint16    *b)
{
  static const struct { const char *name; guint16 r, g, b; } colors[] = {
    { "yellow", 0xfbfb, 0xeded, 0x9999 },
    { "green",  0xbcbc, 0xf1f1, 0xcfcf },
    { "blue",   0xc3c3, 0xdada, 0xf6f6 },
    { "pink",   0xffff, 0xc9c9, 0xe1e1 },
    { "purple", 0xe5e5, 0xc5c5, 0xeaea },
  };

  /* Light tints: printed highlights must leave the text readable. */
  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    if (g_strcmp0 (colors[i].name, color) == 0)
      {
        *r = colors[i].r;
        *g = colors[i].g;
        *b = colors[i].b;
        return;
      }
  *r = colors[0].r;
  *g = colors[0].g;
  *b = colors[0].b;
}

static void
insert_attribute (PangoAttrList  *list,
                  PangoAttribute *attribute,
                  gsize           start,
                  gsize           end)
{
  attribute->start_index = start;
  attribute->end_index = end;
  pango_attr_list_insert (list, attribute);
}

static void
on_begin_print_cb (GtkPrintOperation *operation,
                   GtkPrintContext   *context,
                   PrintJob          *job)
{
  PangoFontDescription *font;
  double page_height = gtk_print_context_get_height (context);
  double used = 0;
  int line = 0;
  PangoLayoutIter *iter;

  job->layout = gtk_print_context_create_pango_layout (context);
  font = pango_font_description_from_string ("Serif 11");
  pango_layout_set_font_description (job->layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (job->layout, (int) (gtk_print_context_get_width (context) * PANGO_SCALE));
  pango_layout_set_wrap (job->layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_spacing (job->layout, 3 * PANGO_SCALE);
  pango_layout_set_text (job->layout, job->text, -1);
  pango_layout_set_attributes (job->layout, job->attributes);

  /* Pages break between lines. */
  job->page_starts = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_val (job->page_starts, line);
  iter = pango_layout_get_iter (job->layout);
  do
    {
      PangoRectangle logical;
      double height;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      height = (double) logical.height / PANGO_SCALE + 3;
      if (used + height > page_height && used > 0)
        {
          g_array_append_val (job->page_starts, line);
          used = 0;
        }
      used += height;
      line++;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);

  gtk_print_operation_set_n_pages (operation, job->page_starts->len);
}

static void
on_draw_page_cb (GtkPrintOperation *operation,
                 GtkPrintContext   *context,
                 int                page,
                 PrintJob          *job)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  int first = g_array_index (job->page_starts, int, page);
  int last = (guint) page + 1 < job->page_starts->len
             ? g_array_index (job->page_starts, int, page + 1) : G_MAXINT;
  PangoLayoutIter *iter = pango_layout_get_iter (job->layout);
  double top = -1;
  int line = 0;

  do
    {
      if (line >= first && line < last)
        {
          PangoRectangle logical;
          int baseline = pango_layout_iter_get_baseline (iter);

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          if (top < 0)
            top = (double) logical.y / PANGO_SCALE;
          cairo_move_to (cr, (double) logical.x / PANGO_SCALE,
                         (double) baseline / PANGO_SCALE - top);
          pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
        }
      line++;
    }
  while (line < last && pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

GtkPrintOperation *
lectern_print_operation_new (LecternStory *story,
                             GPtrArray    *highlights,
                             GPtrArray    *categories,
                             const char   *story_note)
{
  g_autoptr(GString) text = NULL;
  g_autoptr(GArray) blocks = NULL;
  GtkPrintOperation *operation;
  PrintJob *job;
  guint n_notes = 0;

  g_return_val_if_fail (story != NULL, NULL);

  job = g_new0 (PrintJob, 1);
  job->attributes = pango_attr_list_new ();
  text = g_string_new (story->text);

  /* The title and headings as in the reading view; leftovers shrunk away. */
  blocks = lectern_story_get_blocks (story);
  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const LecternBlock *block = &g_array_index (blocks, LecternBlock, i);
      gsize start = g_utf8_offset_to_pointer (story->text, block->start) - story->text;
      gsize end = g_utf8_offset_to_pointer (story->text, block->end) - story->text;

      switch (block->kind)
        {
        case LECTERN_BLOCK_TITLE:
          insert_attribute (job->attributes, pango_attr_scale_new (1.5), start, end);
          insert_attribute (job->attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, end);
          break;
        case LECTERN_BLOCK_HEADING:
          insert_attribute (job->attributes, pango_attr_scale_new (1.15), start, end);
          insert_attribute (job->attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, end);
          break;
        case LECTERN_BLOCK_DROPPED:
          insert_attribute (job->attributes, pango_attr_size_new (PANGO_SCALE / 2), start, end + 1);
          insert_attribute (job->attributes, pango_attr_foreground_alpha_new (1), start, end + 1);
          break;
        case LECTERN_BLOCK_PARAGRAPH:
        default:
          break;
        }
    }

  for (guint i = 0; highlights != NULL && i < highlights->len; i++)
    {
      const LecternHighlight *highlight = g_ptr_array_index (highlights, i);
      gsize start, end;
      guint16 r, g, b;

      if (highlight->orphaned)
        continue;
      start = g_utf8_offset_to_pointer (story->text, highlight->start) - story->text;
      end = g_utf8_offset_to_pointer (story->text, highlight->end) - story->text;
      color_for (highlight->color, &r, &g, &b);
      if (g_strcmp0 (highlight->style, "underline") == 0)
        {
          insert_attribute (job->attributes, pango_attr_underline_new (PANGO_UNDERLINE_DOUBLE), start, end);
          insert_attribute (job->attributes, pango_attr_underline_color_new (r / 2, g / 2, b / 2), start, end);
        }
      else
        insert_attribute (job->attributes, pango_attr_background_new (r, g, b), start, end);
    }

  /* Endnotes: the story note, then each annotated highlight's quote and
   * note, in reading order. */
  if ((story_note != NULL && story_note[0] != '\0') ||
      (highlights != NULL && highlights->len > 0))
    {
      gsize heading = text->len + 2;

      g_string_append (text, "\n\n");
      g_string_append (text, _("Notes"));
      insert_attribute (job->attributes, pango_attr_weight_new (PANGO_WEIGHT_BOLD), heading, text->len);
      insert_attribute (job->attributes, pango_attr_scale_new (1.15), heading, text->len);
      g_string_append (text, "\n");

      if (story_note != NULL && story_note[0] != '\0')
        g_string_append_printf (text, "\n%s\n", story_note);

      for (guint i = 0; highlights != NULL && i < highlights->len; i++)
        {
          const LecternHighlight *highlight = g_ptr_array_index (highlights, i);
          gsize quote_start;

          g_string_append_printf (text, "\n%u. [%s] ", ++n_notes,
                                  lectern_category_name_for (categories, highlight->color));
          quote_start = text->len;
          g_string_append_printf (text, "« %s »", highlight->quote);
          insert_attribute (job->attributes, pango_attr_style_new (PANGO_STYLE_ITALIC),
                            quote_start, text->len);
          if (highlight->note != NULL && highlight->note[0] != '\0')
            g_string_append_printf (text, "\n    %s", highlight->note);
          if (highlight->tags != NULL && highlight->tags[0] != NULL)
            {
              g_autofree char *tags = g_strjoinv (" #", highlight->tags);

              g_string_append_printf (text, "\n    #%s", tags);
            }
          g_string_append_c (text, '\n');
        }
    }

  job->text = g_string_free (g_steal_pointer (&text), FALSE);

  operation = gtk_print_operation_new ();
  gtk_print_operation_set_job_name (operation, story->title);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (on_begin_print_cb), job,
                         (GClosureNotify) (void (*) (void)) print_job_free, 0);
  g_signal_connect (operation, "draw-page", G_CALLBACK (on_draw_page_cb), job);

  return operation;
}
