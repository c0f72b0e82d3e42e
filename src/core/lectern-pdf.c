/* lectern-pdf.c: a story with its highlights and notes laid out on pages
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-pdf"

#include "config.h"

#include <string.h>

#include "lectern-markdown.h"
#include "lectern-pdf.h"

#include <glib/gi18n.h>

#include <cairo-pdf.h>
#include <cmark.h>
#include <pango/pangocairo.h>

#define BODY_FONT "Serif 11"
#define LINE_SPACING 2.0
/* U+2028 breaks a line without starting a paragraph, so hanging indents
 * hold for every line of a multi-line quote. */
#define LINE_SEPARATOR "\xe2\x80\xa8"

/* One paragraph on the page: its own layout, so each keeps its own
 * indent (Pango has no per-paragraph indent attribute). */
typedef struct
{
  PangoLayout *layout;
  double       x;
  double       space_before;
  const char  *tag;           /* PDF structure tag: "P", "H1", "H2"… */
  char        *outline;       /* (nullable) outline entry */
  int          outline_level; /* 1 or 2 */
  gboolean     new_page;
} Block;

/* The lines [first_line, first_line + n_lines) of a block, from y down. */
typedef struct
{
  guint  block;
  int    first_line;
  int    n_lines;
  double y;
} Placement;

struct _LecternPageLayout
{
  PangoContext *context;
  double        width;
  double        height;
  GArray       *blocks;      /* Block */
  GPtrArray    *pages;       /* GArray of Placement */
  gboolean      pdf_extras;  /* outline and tags: only in our own PDF */
  int           outline_parent;
  gboolean      document;    /* a whole Markdown document: headings by level */
};

static void
block_clear (gpointer data)
{
  Block *block = data;

  g_clear_object (&block->layout);
  g_clear_pointer (&block->outline, g_free);
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
  guint i;

  /* Light tints: printed highlights must leave the text readable. */
  for (i = 0; i < G_N_ELEMENTS (colors) - 1; i++)
    if (g_strcmp0 (colors[i].name, color) == 0)
      break;
  if (g_strcmp0 (colors[i].name, color) != 0)
    i = 0;
  *r = colors[i].r;
  *g = colors[i].g;
  *b = colors[i].b;
}

/* Adds a block of `text` (taken) with `attrs` (taken, nullable). */
static Block *
add_block (LecternPageLayout *self,
           char              *text,
           PangoAttrList     *attrs,
           double             x,
           double             hang,
           double             space_before,
           const char        *tag)
{
  g_autofree char *owned = text;
  PangoFontDescription *font = pango_font_description_from_string (BODY_FONT);
  Block block = { 0, };

  block.layout = pango_layout_new (self->context);
  pango_layout_set_font_description (block.layout, font);
  pango_font_description_free (font);
  pango_layout_set_width (block.layout, (int) ((self->width - x) * PANGO_SCALE));
  pango_layout_set_wrap (block.layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_spacing (block.layout, (int) (LINE_SPACING * PANGO_SCALE));
  if (hang > 0)
    pango_layout_set_indent (block.layout, (int) (-hang * PANGO_SCALE));
  pango_layout_set_text (block.layout, owned, -1);
  if (attrs != NULL)
    {
      pango_layout_set_attributes (block.layout, attrs);
      pango_attr_list_unref (attrs);
    }
  block.x = x;
  block.space_before = space_before;
  block.tag = tag;
  g_array_append_val (self->blocks, block);

  return &g_array_index (self->blocks, Block, self->blocks->len - 1);
}

typedef struct
{
  gint64 end;     /* code point after which the number goes */
  guint  number;
} Marker;

static int
compare_markers (gconstpointer a,
                 gconstpointer b)
{
  const Marker *x = a, *y = b;

  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return x->number < y->number ? -1 : x->number > y->number;
}

/* The story's text, block by block as the reading view shows it, with the
 * highlights drawn and a small number after each. */
static void
add_story (LecternPageLayout       *self,
           const LecternExportItem *item)
{
  const LecternStory *story = item->story;
  g_autoptr(GArray) blocks = lectern_story_get_blocks (story);
  g_autoptr(GArray) markers = g_array_new (FALSE, FALSE, sizeof (Marker));
  gboolean first = TRUE;
  guint next_marker = 0;

  /* Numbers sorted by where they go, walked once along the blocks. */
  for (guint h = 0; item->highlights != NULL && h < item->highlights->len; h++)
    {
      const LecternHighlight *highlight = g_ptr_array_index (item->highlights, h);
      Marker marker = { highlight->end, h + 1 };

      if (!highlight->orphaned)
        g_array_append_val (markers, marker);
    }
  g_array_sort (markers, compare_markers);

  for (guint i = 0; blocks != NULL && i < blocks->len; i++)
    {
      const LecternBlock *source = &g_array_index (blocks, LecternBlock, i);
      const char *start = g_utf8_offset_to_pointer (story->text, source->start);
      gint64 n_chars = source->end - source->start;
      g_autoptr(GString) text = g_string_new (NULL);
      g_autofree gsize *bytes = NULL;
      PangoAttrList *attrs;
      const char *p = start;
      const char *tag = "P";
      Block *block;

      while (next_marker < markers->len
             && g_array_index (markers, Marker, next_marker).end <= source->start)
        next_marker++;
      if (source->kind == LECTERN_BLOCK_DROPPED || n_chars <= 0)
        continue;

      /* Text with the note numbers put in, and where each code point went. */
      bytes = g_new (gsize, n_chars + 1);
      attrs = pango_attr_list_new ();
      for (gint64 c = 0; c <= n_chars; c++)
        {
          bytes[c] = text->len;
          /* A passage ending with the line break gets its number here. */
          while (next_marker < markers->len
                 && (g_array_index (markers, Marker, next_marker).end == source->start + c
                     || (c == n_chars && g_array_index (markers, Marker, next_marker).end == source->end + 1)))
            {
              gsize mark = text->len;

              g_string_append_printf (text, "%u", g_array_index (markers, Marker, next_marker++).number);
              insert_attribute (attrs, pango_attr_scale_new (0.7), mark, text->len);
              insert_attribute (attrs, pango_attr_rise_new (4 * PANGO_SCALE), mark, text->len);
              insert_attribute (attrs, pango_attr_foreground_new (0x5555, 0x5555, 0x5555), mark, text->len);
            }
          if (c == n_chars)
            break;
          g_string_append_len (text, p, g_utf8_next_char (p) - p);
          p = g_utf8_next_char (p);
        }

      for (guint h = 0; item->highlights != NULL && h < item->highlights->len; h++)
        {
          const LecternHighlight *highlight = g_ptr_array_index (item->highlights, h);
          gint64 from = MAX (highlight->start, source->start) - source->start;
          gint64 to = MIN (highlight->end, source->end) - source->start;
          guint16 r, g, b;

          if (highlight->orphaned || from >= to)
            continue;
          color_for (highlight->color, &r, &g, &b);
          if (g_strcmp0 (highlight->style, "underline") == 0)
            {
              insert_attribute (attrs, pango_attr_underline_new (PANGO_UNDERLINE_DOUBLE),
                                bytes[from], bytes[to]);
              insert_attribute (attrs, pango_attr_underline_color_new (r / 2, g / 2, b / 2),
                                bytes[from], bytes[to]);
            }
          else
            insert_attribute (attrs, pango_attr_background_new (r, g, b), bytes[from], bytes[to]);
        }

      if (source->kind == LECTERN_BLOCK_TITLE)
        {
          insert_attribute (attrs, pango_attr_scale_new (1.5), 0, text->len);
          insert_attribute (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, text->len);
          tag = "H1";
        }
      else if (source->kind == LECTERN_BLOCK_HEADING)
        {
          insert_attribute (attrs, pango_attr_scale_new (1.15), 0, text->len);
          insert_attribute (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, text->len);
          tag = "H2";
        }

      block = add_block (self, g_string_free (g_steal_pointer (&text), FALSE), attrs, 0, 0,
                         first ? 0 : 6, tag);
      if (first)
        {
          g_autofree char *title = g_strdup (story->title);

          block->new_page = TRUE;
          block->outline = g_strdup (g_strstrip (g_strdelimit (title, "\r\n\t", ' ')));
          block->outline_level = 1;
          first = FALSE;
        }
    }
}

/* Markdown notes, read by libcmark and set with Pango attributes. */

typedef struct
{
  GString       *text;
  PangoAttrList *attrs;
} Inline;

static void
append_inlines (Inline     *out,
                cmark_node *node)
{
  for (cmark_node *child = cmark_node_first_child (node); child != NULL;
       child = cmark_node_next (child))
    {
      gsize start = out->text->len;
      const char *literal = cmark_node_get_literal (child);

      switch (cmark_node_get_type (child))
        {
        case CMARK_NODE_TEXT:
          g_string_append (out->text, literal);
          break;
        case CMARK_NODE_CODE:
          g_string_append (out->text, literal);
          insert_attribute (out->attrs, pango_attr_family_new ("Monospace"), start, out->text->len);
          break;
        case CMARK_NODE_SOFTBREAK:
          g_string_append_c (out->text, ' ');
          break;
        case CMARK_NODE_LINEBREAK:
          g_string_append (out->text, LINE_SEPARATOR);
          break;
        case CMARK_NODE_EMPH:
          append_inlines (out, child);
          insert_attribute (out->attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), start, out->text->len);
          break;
        case CMARK_NODE_STRONG:
          append_inlines (out, child);
          insert_attribute (out->attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), start, out->text->len);
          break;
        case CMARK_NODE_LINK:
          {
            const char *url = cmark_node_get_url (child);

            append_inlines (out, child);
            insert_attribute (out->attrs, pango_attr_underline_new (PANGO_UNDERLINE_SINGLE), start,
                              out->text->len);
            insert_attribute (out->attrs, pango_attr_foreground_new (0x1c1c, 0x7171, 0xd8d8), start,
                              out->text->len);
            /* On paper the address must be readable; a script link shows
             * nothing more than its text. */
            if (url != NULL && *url != '\0' && !lectern_markdown_url_is_unsafe (url)
                && strstr (out->text->str + start, url) == NULL)
              {
                gsize url_start = out->text->len;

                g_string_append_printf (out->text, " <%s>", url);
                insert_attribute (out->attrs, pango_attr_scale_new (0.85), url_start, out->text->len);
              }
          }
          break;
        case CMARK_NODE_IMAGE:
          g_string_append (out->text, "[");
          append_inlines (out, child);
          g_string_append (out->text, "]");
          break;
        case CMARK_NODE_HTML_INLINE:
        default:
          /* Raw HTML is never shown, as in the HTML export. */
          break;
        }
    }
}

static void add_markdown_blocks (LecternPageLayout *self,
                                 cmark_node        *node,
                                 double             x,
                                 const char        *prefix);

static void
add_markdown_leaf (LecternPageLayout *self,
                   cmark_node        *node,
                   double             x,
                   const char        *prefix)
{
  Inline out = { g_string_new (NULL), pango_attr_list_new () };
  double hang = 0;
  const char *tag = "P";

  if (prefix != NULL)
    {
      g_string_append (out.text, prefix);
      hang = 14;
    }

  switch (cmark_node_get_type (node))
    {
    case CMARK_NODE_HEADING:
      append_inlines (&out, node);
      insert_attribute (out.attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, out.text->len);
      tag = "H3";
      if (self->document)
        {
          /* A document's own headings: sized by level, and the first two
           * levels in the outline. */
          static const char *const tags[] = { "H1", "H2", "H3" };
          static const double scales[] = { 1.6, 1.25, 1.05 };
          int level = CLAMP (cmark_node_get_heading_level (node), 1, 3);

          tag = tags[level - 1];
          insert_attribute (out.attrs, pango_attr_scale_new (scales[level - 1]), 0, out.text->len);
          if (level <= 2 && out.text->len > 0)
            {
              Block *block = add_block (self, g_strdup (out.text->str), out.attrs, x, 0,
                                        level == 1 ? 0 : 18, tag);

              /* A CommonMark heading is one line. */
              block->outline = g_strdup (out.text->str);
              block->outline_level = level;
              g_string_free (out.text, TRUE);
              return;
            }
        }
      break;
    case CMARK_NODE_CODE_BLOCK:
      {
        gsize start = out.text->len;

        g_string_append (out.text, cmark_node_get_literal (node));
        while (out.text->len > start && out.text->str[out.text->len - 1] == '\n')
          g_string_truncate (out.text, out.text->len - 1);
        insert_attribute (out.attrs, pango_attr_family_new ("Monospace"), start, out.text->len);
        insert_attribute (out.attrs, pango_attr_scale_new (0.9), start, out.text->len);
        tag = "Code";
      }
      break;
    case CMARK_NODE_THEMATIC_BREAK:
      g_string_append (out.text, "⁂");
      break;
    case CMARK_NODE_PARAGRAPH:
    default:
      append_inlines (&out, node);
      break;
    }

  if (out.text->len == 0)
    {
      g_string_free (out.text, TRUE);
      pango_attr_list_unref (out.attrs);
      return;
    }
  add_block (self, g_string_free (out.text, FALSE), out.attrs, x, hang, 3, tag);
}

static void
add_markdown_blocks (LecternPageLayout *self,
                     cmark_node        *node,
                     double             x,
                     const char        *prefix)
{
  guint number = 0;

  for (cmark_node *child = cmark_node_first_child (node); child != NULL;
       child = cmark_node_next (child))
    {
      switch (cmark_node_get_type (child))
        {
        case CMARK_NODE_BLOCK_QUOTE:
          add_markdown_blocks (self, child, x + 14, NULL);
          break;
        case CMARK_NODE_LIST:
          add_markdown_blocks (self, child, x, NULL);
          break;
        case CMARK_NODE_ITEM:
          {
            cmark_node *list = cmark_node_parent (child);
            g_autofree char *marker = NULL;

            if (number == 0)
              number = cmark_node_get_list_start (list) > 0 ? cmark_node_get_list_start (list) : 1;
            marker = cmark_node_get_list_type (list) == CMARK_ORDERED_LIST
                     ? g_strdup_printf ("%u. ", number++) : g_strdup ("• ");
            /* The item's first paragraph carries the marker with a hanging
             * indent; what follows lines up with its text. */
            add_markdown_blocks (self, child, x, marker);
          }
          break;
        case CMARK_NODE_HTML_BLOCK:
          break;
        case CMARK_NODE_PARAGRAPH:
        case CMARK_NODE_HEADING:
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_THEMATIC_BREAK:
        default:
          add_markdown_leaf (self, child, x, prefix);
          if (prefix != NULL)
            x += 14;
          prefix = NULL;
          break;
        }
    }
}

static void
add_markdown (LecternPageLayout *self,
              const char        *markdown,
              double             x)
{
  cmark_node *document = cmark_parse_document (markdown, strlen (markdown), CMARK_OPT_DEFAULT);

  add_markdown_blocks (self, document, x, NULL);
  cmark_node_free (document);
}

/* Endnotes: the story note, then every highlight with its number,
 * category, quote, note and tags, in reading order. */
static void
add_notes (LecternPageLayout       *self,
           const LecternExportItem *item,
           GPtrArray               *categories)
{
  PangoAttrList *attrs;
  Block *heading;
  const double hang = 22;
  gboolean french = g_str_equal (lectern_story_guess_lang (item->story), "fr");

  if ((item->note == NULL || *item->note == '\0')
      && (item->highlights == NULL || item->highlights->len == 0))
    return;

  attrs = pango_attr_list_new ();
  insert_attribute (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD), 0, G_MAXUINT);
  insert_attribute (attrs, pango_attr_scale_new (1.15), 0, G_MAXUINT);
  heading = add_block (self, g_strdup (_("Notes")), attrs, 0, 0, 18, "H2");
  heading->outline = g_strdup (_("Notes"));
  heading->outline_level = 2;

  if (item->note != NULL && *item->note != '\0')
    add_markdown (self, item->note, 0);

  for (guint i = 0; item->highlights != NULL && i < item->highlights->len; i++)
    {
      const LecternHighlight *highlight = g_ptr_array_index (item->highlights, i);
      g_autoptr(GString) text = g_string_new (NULL);
      g_auto(GStrv) lines = g_strsplit (highlight->quote, "\n", -1);
      g_autofree char *quote = g_strjoinv (LINE_SEPARATOR, lines);
      gsize quote_start;

      attrs = pango_attr_list_new ();
      g_string_append_printf (text, "%u.\t[%s] ", i + 1,
                              lectern_category_name_for (categories, highlight->color));
      quote_start = text->len;
      /* The story's own quotation marks, with French no-break spaces. */
      if (french)
        g_string_append_printf (text, "«\u00a0%s\u00a0»", quote);
      else
        g_string_append_printf (text, "“%s”", quote);
      insert_attribute (attrs, pango_attr_style_new (PANGO_STYLE_ITALIC), quote_start, text->len);
      if (highlight->speaker != NULL && *highlight->speaker != '\0')
        {
          g_auto(GStrv) words = g_strsplit_set (highlight->speaker, "\r\n\t", -1);
          g_autofree char *speaker = g_strjoinv (" ", words);

          /* Plain text with attributes, not markup: nothing to escape. */
          g_string_append_printf (text, " — %s", g_strstrip (speaker));
        }
      if (highlight->orphaned)
        g_string_append_printf (text, " (%s)", _("not found in the current version of the story"));
      add_block (self, g_string_free (g_steal_pointer (&text), FALSE), attrs, 0, hang, 8, "P");
      {
        /* The tab after the number stops where the continuation lines start. */
        Block *block = &g_array_index (self->blocks, Block, self->blocks->len - 1);
        PangoTabArray *tabs = pango_tab_array_new_with_positions (1, FALSE, PANGO_TAB_LEFT,
                                                                  (int) (hang * PANGO_SCALE));

        pango_layout_set_tabs (block->layout, tabs);
        pango_tab_array_free (tabs);
      }

      if (highlight->note != NULL && *highlight->note != '\0')
        add_markdown (self, highlight->note, hang);
      if (highlight->tags != NULL && highlight->tags[0] != NULL)
        {
          g_autoptr(GString) tags = g_string_new (NULL);

          for (guint k = 0; highlight->tags[k] != NULL; k++)
            {
              const char *tag = highlight->tags[k];

              while (*tag == '#')
                tag++;
              g_string_append_printf (tags, "%s#%s", k > 0 ? "   " : "", tag);
            }
          attrs = pango_attr_list_new ();
          insert_attribute (attrs, pango_attr_foreground_new (0x4444, 0x4444, 0x4444), 0, G_MAXUINT);
          add_block (self, g_string_free (g_steal_pointer (&tags), FALSE), attrs, hang, 0, 3, "P");
        }
    }
}

static void
paginate (LecternPageLayout *self)
{
  GArray *page = NULL;
  double y = 0;

  for (guint b = 0; b < self->blocks->len; b++)
    {
      Block *block = &g_array_index (self->blocks, Block, b);
      PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
      int line = 0;
      double first_top = -1;
      Placement *current = NULL;

      if (page == NULL || (block->new_page && page->len > 0))
        {
          page = g_array_new (FALSE, FALSE, sizeof (Placement));
          g_ptr_array_add (self->pages, page);
          y = 0;
        }
      else if (page->len > 0)
        y += block->space_before;

      do
        {
          PangoRectangle logical;
          double height;

          pango_layout_iter_get_line_extents (iter, NULL, &logical);
          height = (double) logical.height / PANGO_SCALE + LINE_SPACING;
          if (y + height > self->height && page->len > 0)
            {
              page = g_array_new (FALSE, FALSE, sizeof (Placement));
              g_ptr_array_add (self->pages, page);
              y = 0;
              current = NULL;
            }
          if (current == NULL)
            {
              Placement placement = { b, line, 0, y };

              g_array_append_val (page, placement);
              current = &g_array_index (page, Placement, page->len - 1);
              first_top = (double) logical.y / PANGO_SCALE;
            }
          current->n_lines++;
          y = current->y + (double) logical.y / PANGO_SCALE - first_top + height;
          line++;
        }
      while (pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);
    }

  if (self->pages->len == 0)
    g_ptr_array_add (self->pages, g_array_new (FALSE, FALSE, sizeof (Placement)));
}

static LecternPageLayout *page_layout_alloc (PangoContext *context,
                                              double        width,
                                              double        height);

LecternPageLayout *
lectern_page_layout_new (GPtrArray    *items,
                         GPtrArray    *categories,
                         PangoContext *context,
                         double        width,
                         double        height)
{
  LecternPageLayout *self;

  g_return_val_if_fail (items != NULL, NULL);
  g_return_val_if_fail (PANGO_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  self = page_layout_alloc (context, width, height);

  for (guint i = 0; i < items->len; i++)
    {
      const LecternExportItem *item = g_ptr_array_index (items, i);

      add_story (self, item);
      add_notes (self, item, categories);
    }
  paginate (self);

  return self;
}

guint
lectern_page_layout_get_n_pages (LecternPageLayout *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->pages->len;
}

void
lectern_page_layout_draw_page (LecternPageLayout *self,
                               cairo_t           *cr,
                               guint              page)
{
  GArray *placements;
  cairo_surface_t *target;
  gboolean pdf;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < self->pages->len);

  placements = g_ptr_array_index (self->pages, page);
  target = cairo_get_target (cr);
  pdf = self->pdf_extras && cairo_surface_get_type (target) == CAIRO_SURFACE_TYPE_PDF;

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);

  for (guint i = 0; i < placements->len; i++)
    {
      const Placement *placement = &g_array_index (placements, Placement, i);
      Block *block = &g_array_index (self->blocks, Block, placement->block);
      PangoLayoutIter *iter = pango_layout_get_iter (block->layout);
      double first_top = -1;
      int line = 0;

      if (pdf && block->outline != NULL && placement->first_line == 0)
        {
          double x = 0, y = placement->y;
          g_autofree char *link = NULL;
          int id;

          cairo_user_to_device (cr, &x, &y);
          link = g_strdup_printf ("page=%u pos=[%.1f %.1f]", page + 1, x, y);
          id = cairo_pdf_surface_add_outline (target,
                                              block->outline_level == 1 ? CAIRO_PDF_OUTLINE_ROOT
                                              : self->outline_parent,
                                              block->outline, link, 0);

          if (block->outline_level == 1)
            self->outline_parent = id;
        }
      if (pdf)
        cairo_tag_begin (cr, block->tag, NULL);

      do
        {
          if (line >= placement->first_line)
            {
              PangoRectangle logical;
              int baseline = pango_layout_iter_get_baseline (iter);

              pango_layout_iter_get_line_extents (iter, NULL, &logical);
              if (first_top < 0)
                first_top = (double) logical.y / PANGO_SCALE;
              cairo_move_to (cr, block->x + (double) logical.x / PANGO_SCALE,
                             placement->y + (double) baseline / PANGO_SCALE - first_top);
              pango_cairo_show_layout_line (cr, pango_layout_iter_get_line_readonly (iter));
            }
          line++;
        }
      while (line < placement->first_line + placement->n_lines && pango_layout_iter_next_line (iter));
      pango_layout_iter_free (iter);

      if (pdf)
        cairo_tag_end (cr, block->tag);
    }

  cairo_restore (cr);
}

void
lectern_page_layout_free (LecternPageLayout *self)
{
  if (self == NULL)
    return;

  g_object_unref (self->context);
  g_array_unref (self->blocks);
  g_ptr_array_unref (self->pages);
  g_free (self);
}

static cairo_status_t
write_to_bytes (void                *closure,
                const unsigned char *data,
                unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/* A4 in points, with 2 cm margins. */
#define PAGE_WIDTH 595.276
#define PAGE_HEIGHT 841.89
#define PAGE_MARGIN 56.693

static LecternPageLayout *
page_layout_alloc (PangoContext *context,
                   double        width,
                   double        height)
{
  LecternPageLayout *self = g_new0 (LecternPageLayout, 1);

  self->context = g_object_ref (context);
  self->width = width;
  self->height = height;
  self->blocks = g_array_new (FALSE, TRUE, sizeof (Block));
  g_array_set_clear_func (self->blocks, block_clear);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);

  return self;
}

/* What goes on the pages: the stories of an export, or a Markdown document. */
typedef struct
{
  GPtrArray  *items;
  GPtrArray  *categories;
  const char *markdown;
} PdfContent;

static GBytes *
write_pdf (const PdfContent  *content,
           const char        *title,
           const char        *author,
           GError           **error)
{
  g_autoptr(GByteArray) bytes = g_byte_array_new ();
  g_autoptr(LecternPageLayout) layout = NULL;
  g_autofree char *clean_title = g_strdup (title);
  PangoContext *context;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (write_to_bytes, bytes, PAGE_WIDTH, PAGE_HEIGHT);
  cr = cairo_create (surface);

  g_strstrip (g_strdelimit (clean_title, "\r\n\t", ' '));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, clean_title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Lectern");
  if (author != NULL && *author != '\0')
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, author);

  /* Points, not the 96 dpi of screens: "Serif 11" is 11 pt on paper. */
  context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (context, 72);
  if (content->markdown != NULL)
    {
      layout = page_layout_alloc (context, PAGE_WIDTH - 2 * PAGE_MARGIN,
                                  PAGE_HEIGHT - 2 * PAGE_MARGIN);
      layout->document = TRUE;
      add_markdown (layout, content->markdown, 0);
      paginate (layout);
    }
  else
    layout = lectern_page_layout_new (content->items, content->categories, context,
                                      PAGE_WIDTH - 2 * PAGE_MARGIN, PAGE_HEIGHT - 2 * PAGE_MARGIN);
  layout->pdf_extras = TRUE;
  g_object_unref (context);

  for (guint page = 0; page < layout->pages->len; page++)
    {
      cairo_save (cr);
      cairo_translate (cr, PAGE_MARGIN, PAGE_MARGIN);
      lectern_page_layout_draw_page (layout, cr, page);
      cairo_restore (cr);
      cairo_show_page (cr);
    }

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not make the PDF: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }

  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}

GBytes *
lectern_export_pdf (GPtrArray  *items,
                    GPtrArray  *categories,
                    GError    **error)
{
  PdfContent content = { items, categories, NULL };
  const LecternStory *story = NULL;

  g_return_val_if_fail (items != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (items->len == 1)
    story = ((LecternExportItem *) g_ptr_array_index (items, 0))->story;

  return write_pdf (&content, story != NULL ? story->title : _("Highlights and notes"),
                    story != NULL ? story->author : NULL, error);
}

GBytes *
lectern_export_pdf_markdown (const char  *markdown,
                             const char  *title,
                             GError     **error)
{
  PdfContent content = { NULL, NULL, markdown };

  g_return_val_if_fail (markdown != NULL, NULL);
  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  return write_pdf (&content, title, NULL, error);
}
