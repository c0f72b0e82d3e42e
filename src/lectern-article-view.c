/* lectern-article-view.c: the reading pane
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-article-view"

#include "config.h"

#include "lectern-article-view.h"

#include <adwaita.h>
#include <string.h>
#include <time.h>

#include <glib/gi18n.h>

/* Characters per line aimed at: the middle of the 65–75 readable measure. */
#define MEASURE_CHARS 68
/* Stories up to this size go into a detached buffer in one go, which is
 * several times faster than under a GtkTextView and shows them whole in
 * the first frame. */
#define CHUNK_BYTES (1024 * 1024)
/* A longer story (a book) shows its first screens at once, while the whole
 * text goes into a detached buffer a chunk per idle step (appending to the
 * shown buffer instead made GtkTextView lay out the growing text for a
 * minute); that buffer is shown when full, at the same place. A step is
 * 512 KB and its tags (about 25 ms of CPU here); smaller steps (32 KB,
 * 10 ms) made a 12 MB story take minutes on a loaded machine, as the frames
 * and the extraction between the steps took their share each time.
 * LOADING_BUDGET_US lets a step take more pieces while it has time. */
#define FIRST_SCREEN_BYTES (16 * 1024)
#define LOADING_PIECE_BYTES (512 * 1024)
#define LOADING_BUDGET_US 0
#define BASE_FONT_PT 12.5
#define MIN_SIDE_MARGIN 24
#define INVISIBLE_MAX_CHARS 2000000

typedef struct
{
  gint64             id;
  LecternAnnotation *annotation;  /* the model's highlight, read, never copied */
  GtkTextTag        *tag;
  GtkWidget  *marker;   /* ✎ in the right margin when there is a note */
} HighlightInfo;

struct _LecternArticleView
{
  GtkWidget       parent_instance;

  GtkWidget      *overlay;
  GtkWidget      *scroller;
  GtkTextView    *text_view;
  GtkProgressBar *progress_bar;
  GMenuModel     *extra_menu;

  GtkTextBuffer  *buffer;          /* the view's */
  GtkTextBuffer  *loading_buffer;  /* filled off-screen, then shown */
  GtkCssProvider *zoom_provider;
  GtkTextTag     *mention_tag;
  GtkTextTag     *current_mention_tag;
  GtkTextTag     *note_tag;
  GtkTextTag     *quotation_tag;   /* quotations found in the text (issue 10) */
  GArray         *quotations;      /* LecternSpan, nullable: applied once loaded */
  gboolean        quotations_shown;
  gboolean        quotations_applied; /* the tags follow `quotations` (or are on the way) */
  gboolean        quotations_tagged;  /* the buffer may hold quotation tags */
  guint           quotations_done;    /* applied so far */
  guint           quotations_source;  /* applies the rest from idle */
  GHashTable     *mix_tags;        /* colour set → GtkTextTag for overlaps */
  GHashTable     *highlights;      /* id → HighlightInfo */
  LecternAnnotations *annotations; /* what the highlights follow */

  LecternStory   *story;
  GArray         *blocks;
  gsize           inserted_bytes;
  gint64          inserted_chars;
  gsize           loaded_bytes;     /* in loading_buffer, for a long story */
  gint64          loaded_chars;
  guint           loading_next_block;
  gint64          loading_block_end;
  guint           next_block;       /* the first block whose tag is not applied yet */
  gint64          previous_block_end;
  gboolean        previewing;       /* the first part of a story still being read */
  gboolean        first_screen_timed;
  gint64          steps;            /* of loading, for LECTERN_TIMING */
  gint64          longest_step_us;
  gint64          longest_step_cpu_us;
  guint           insert_source;
  double          pending_position;

  double          zoom;
  int             char_width;
  int             side_margin;
  guint           margin_source;

  double          press_x;
  double          press_y;
  gboolean        dragging;       /* button 1 is down in the text */

  guint           markers_source;
  gboolean        batch;           /* adding many highlights: draw at the end */
  guint           restore_source;    /* a tick callback */
  int             restore_tries;
  int             restore_settled;
  GPtrArray      *spare_markers;   /* hidden, for reuse */
  GtkPopover     *pointed_popover;
  gint64          pointed_start;
  gint64          pointed_end;
};

G_DEFINE_FINAL_TYPE (LecternArticleView, lectern_article_view, GTK_TYPE_WIDGET)

enum { PROP_0, PROP_LOADING, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { LOADED, HIGHLIGHT_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
highlight_info_free (gpointer data)
{
  HighlightInfo *info = data;

  g_clear_object (&info->annotation);
  g_free (info);
}

#define INFO_HIGHLIGHT(info) (lectern_annotation_get_highlight ((info)->annotation))

static gboolean
info_has_note (HighlightInfo *info)
{
  const char *note = INFO_HIGHLIGHT (info)->note;

  return note != NULL && note[0] != '\0';
}

/* The "underline" style: a line, no background. */
static gboolean
info_is_underline (HighlightInfo *info)
{
  return g_strcmp0 (INFO_HIGHLIGHT (info)->style, "underline") == 0;
}

/* Translucent, so the text stays readable on light and dark backgrounds
 * and overlapping highlights can be blended. */
static void
color_to_rgba (const char *color,
               GdkRGBA    *rgba)
{
  static const struct { const char *name; const char *spec; } colors[] = {
    { "yellow", "rgba(246,211,45,0.45)" },
    { "green",  "rgba(87,227,137,0.40)" },
    /* Cyan rather than the accent blue of the selection. */
    { "blue",   "rgba(51,199,222,0.40)" },
    { "pink",   "rgba(255,120,180,0.38)" },
    { "purple", "rgba(192,97,203,0.38)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
    if (g_strcmp0 (colors[i].name, color) == 0)
      {
        gdk_rgba_parse (rgba, colors[i].spec);
        return;
      }

  gdk_rgba_parse (rgba, colors[0].spec);
}

static void
get_iter_at_offset (LecternArticleView *self,
                    GtkTextIter        *iter,
                    gint64              offset)
{
  gtk_text_buffer_get_iter_at_offset (self->buffer, iter, (int) CLAMP (offset, 0, G_MAXINT));
}

static void queue_restore_position (LecternArticleView *self);

#define BLOCK_INDENT 32

/* A tag's margin replaces the view's, which centres the text: indented
 * blocks follow it. */
static void
indent_blocks (LecternArticleView *self)
{
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (self->buffer);
  static const char *const indented[] = { "quote", "list-item", "preformatted" };

  for (guint i = 0; i < G_N_ELEMENTS (indented); i++)
    {
      GtkTextTag *tag = gtk_text_tag_table_lookup (table, indented[i]);

      if (tag != NULL)
        g_object_set (tag, "left-margin", self->side_margin + BLOCK_INDENT, NULL);
    }
  g_object_set (gtk_text_tag_table_lookup (table, "quote"),
                "right-margin", self->side_margin + BLOCK_INDENT, NULL);
}

static gboolean
update_margins_cb (gpointer user_data)
{
  LecternArticleView *self = user_data;

  self->margin_source = 0;
  gtk_text_view_set_left_margin (self->text_view, self->side_margin);
  gtk_text_view_set_right_margin (self->text_view, self->side_margin);
  indent_blocks (self);
  queue_restore_position (self);

  return G_SOURCE_REMOVE;
}

static int
measure_char_width (LecternArticleView *self)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (self->text_view));
  PangoFontMetrics *metrics;
  int width;

  metrics = pango_context_get_metrics (context, pango_context_get_font_description (context), NULL);
  width = pango_font_metrics_get_approximate_char_width (metrics) / PANGO_SCALE;
  pango_font_metrics_unref (metrics);

  return MAX (width, 4);
}

static void
queue_margin_update (LecternArticleView *self,
                     int                 width)
{
  int margin;

  if (self->char_width == 0)
    self->char_width = measure_char_width (self);

  margin = MAX (MIN_SIDE_MARGIN, (width - MEASURE_CHARS * self->char_width) / 2);
  if (margin == self->side_margin)
    return;

  self->side_margin = margin;

  /* Changing margins queues a resize, which must not happen in the middle
   * of an allocation; the first allocation happens before any drawing, so
   * we apply it at once there. */
  if (gtk_text_view_get_left_margin (self->text_view) == 0 || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    update_margins_cb (self);
  else if (self->margin_source == 0)
    self->margin_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_margins_cb, self, NULL);
}

static void
apply_zoom (LecternArticleView *self)
{
  g_autofree char *css = NULL;
  char size[G_ASCII_DTOSTR_BUF_SIZE];

  g_ascii_formatd (size, sizeof size, "%.2f", BASE_FONT_PT * self->zoom);
  css = g_strdup_printf ("textview.article { font-size: %spt; }", size);
  gtk_css_provider_load_from_data (self->zoom_provider, css, -1);
  self->char_width = 0;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Tags the blocks that are whole in the buffer and not tagged yet. */
/* Tags the blocks that are whole in the first `chars` characters of
 * `buffer` from `*next_block` on. */
static void
apply_blocks (LecternArticleView *self,
              GtkTextBuffer      *buffer,
              gint64              chars,
              guint              *next_block,
              gint64             *previous_block_end)
{
  GtkTextIter start, end;
  gint64 n_chars = self->story->n_chars;
  gint64 previous_end = *previous_block_end;
  guint i;

  if (self->blocks == NULL)
    return;

  for (i = *next_block; i < self->blocks->len; i++)
    {
      const LecternBlock *block = &g_array_index (self->blocks, LecternBlock, i);
      const char *tag = NULL;
      gint64 block_end = block->end;

      /* With its line break, which a dropped block hides too. */
      if (MIN (block->end + 1, n_chars) > chars)
        break;

      /* Empty lines between paragraphs would double the paragraph spacing
       * the view already gives; fold them to a sliver. */
      if (previous_end >= 0 && block->start > previous_end + 1)
        {
          gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) previous_end + 1);
          gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) block->start);
          gtk_text_buffer_apply_tag_by_name (buffer, "blank", &start, &end);
        }
      previous_end = block->end;

      switch (block->kind)
        {
        case LECTERN_BLOCK_TITLE:
          /* Scraped stories sometimes start with a whole sentence; set it
           * large, but not as a wall of display type. */
          tag = block->end - block->start > 100 ? "long-title" : "title";
          break;
        case LECTERN_BLOCK_HEADING:
          tag = "heading";
          break;
        case LECTERN_BLOCK_DROPPED:
          /* GtkTextView 4.8 lays out many invisible ranges very slowly
           * (seconds per idle step on a 50 MB story), so big stories get a
           * collapsed line instead: one pixel high and transparent. */
          tag = n_chars > INVISIBLE_MAX_CHARS ? "dropped-collapsed" : "dropped";
          /* Hide the line break too, so no empty line is left behind. */
          block_end = MIN (block_end + 1, n_chars);
          break;
        /* Web pages, Markdown and EPUB keep their structure in the
         * stored blocks: show it rather than guess from the lines. */
        case LECTERN_BLOCK_QUOTE:
          tag = "quote";
          break;
        case LECTERN_BLOCK_LIST_ITEM:
          tag = "list-item";
          break;
        case LECTERN_BLOCK_CAPTION:
          tag = "caption";
          break;
        case LECTERN_BLOCK_PREFORMATTED:
          tag = "preformatted";
          break;
        case LECTERN_BLOCK_PARAGRAPH:
        default:
          break;
        }

      if (tag == NULL)
        continue;

      gtk_text_buffer_get_iter_at_offset (buffer, &start, (int) block->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, (int) block_end);
      gtk_text_buffer_apply_tag_by_name (buffer, tag, &start, &end);
    }
  *next_block = i;
  *previous_block_end = previous_end;
}

static void
apply_highlight_tag (LecternArticleView  *self,
                     HighlightInfo       *info)
{
  GtkTextIter start, end;

  get_iter_at_offset (self, &start, INFO_HIGHLIGHT (info)->start);
  get_iter_at_offset (self, &end, INFO_HIGHLIGHT (info)->end);
  gtk_text_buffer_apply_tag (self->buffer, info->tag, &start, &end);
}

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a, y = *(const gint64 *) b;

  return (x > y) - (x < y);
}

static GtkTextTag *
get_mix_tag (LecternArticleView  *self,
             GPtrArray           *colors)
{
  g_autoptr(GString) key = g_string_new (NULL);
  GtkTextTag *tag;
  GdkRGBA mix = { 0, 0, 0, 0 };

  for (guint i = 0; i < colors->len; i++)
    {
      const char *color = g_ptr_array_index (colors, i);
      GdkRGBA rgba;

      color_to_rgba (color, &rgba);
      mix.red += rgba.red / colors->len;
      mix.green += rgba.green / colors->len;
      mix.blue += rgba.blue / colors->len;
      g_string_append_printf (key, "%s+", color);
    }

  tag = g_hash_table_lookup (self->mix_tags, key->str);
  if (tag != NULL)
    return tag;

  /* Overlaps are drawn in the blend of their colours, more opaque, so they
   * read as darker than either highlight alone. */
  mix.alpha = MIN (0.75, 0.40 + 0.15 * colors->len);
  tag = gtk_text_buffer_create_tag (self->buffer, NULL, "background-rgba", &mix, NULL);
  g_hash_table_insert (self->mix_tags, g_strdup (key->str), tag);

  return tag;
}

static int
compare_colors_ptr (gconstpointer a,
                    gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* Finds the stretches covered by two highlights or more and tints them with
 * the blend of their colours; a GtkTextView shows one background only. */
static void
refresh_overlaps (LecternArticleView *self)
{
  g_autoptr(GArray) points = g_array_new (FALSE, FALSE, sizeof (gint64));
  GHashTableIter iter;
  gpointer value;
  GtkTextIter start, end;
  GList *mix_tags;
  int table_size = gtk_text_tag_table_get_size (gtk_text_buffer_get_tag_table (self->buffer));

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  mix_tags = g_hash_table_get_values (self->mix_tags);
  for (GList *l = mix_tags; l != NULL; l = l->next)
    gtk_text_buffer_remove_tag (self->buffer, l->data, &start, &end);
  g_list_free (mix_tags);

  if (g_hash_table_size (self->highlights) < 2)
    goto raise;

  g_hash_table_iter_init (&iter, self->highlights);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      HighlightInfo *info = value;

      if (info_is_underline (info))
        continue;
      g_array_append_val (points, INFO_HIGHLIGHT (info)->start);
      g_array_append_val (points, INFO_HIGHLIGHT (info)->end);
    }
  g_array_sort (points, compare_gint64);

  for (guint i = 0; i + 1 < points->len; i++)
    {
      gint64 a = g_array_index (points, gint64, i);
      gint64 b = g_array_index (points, gint64, i + 1);
      g_autoptr(GPtrArray) colors = NULL;

      if (a == b)
        continue;

      colors = g_ptr_array_new ();
      g_hash_table_iter_init (&iter, self->highlights);
      while (g_hash_table_iter_next (&iter, NULL, &value))
        {
          HighlightInfo *info = value;

          if (!info_is_underline (info) && INFO_HIGHLIGHT (info)->start <= a && INFO_HIGHLIGHT (info)->end >= b)
            g_ptr_array_add (colors, INFO_HIGHLIGHT (info)->color);
        }

      if (colors->len < 2)
        continue;

      g_ptr_array_sort (colors, compare_colors_ptr);
      get_iter_at_offset (self, &start, a);
      get_iter_at_offset (self, &end, b);
      gtk_text_buffer_apply_tag (self->buffer, get_mix_tag (self, colors), &start, &end);
    }

raise:
  /* Blends above single highlights, the current mention above all. */
  table_size = gtk_text_tag_table_get_size (gtk_text_buffer_get_tag_table (self->buffer));
  mix_tags = g_hash_table_get_values (self->mix_tags);
  for (GList *l = mix_tags; l != NULL; l = l->next)
    gtk_text_tag_set_priority (l->data, table_size - 1);
  g_list_free (mix_tags);
  gtk_text_tag_set_priority (self->note_tag, table_size - 1);
  gtk_text_tag_set_priority (self->current_mention_tag, table_size - 1);
}

static void
refresh_note_marks (LecternArticleView *self)
{
  GtkTextIter start, end;
  GHashTableIter iter;
  gpointer value;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->note_tag, &start, &end);

  g_hash_table_iter_init (&iter, self->highlights);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      HighlightInfo *info = value;

      if (!info_has_note (info))
        continue;

      get_iter_at_offset (self, &start, INFO_HIGHLIGHT (info)->start);
      get_iter_at_offset (self, &end, INFO_HIGHLIGHT (info)->end);
      gtk_text_buffer_apply_tag (self->buffer, self->note_tag, &start, &end);
    }
}

static void
remove_marker (LecternArticleView *self,
               HighlightInfo      *info)
{
  if (info->marker == NULL)
    return;

  /* GTK 4.8's gtk_text_view_remove() does not know overlay children, so
   * markers are hidden and kept for the next note instead. */
  gtk_widget_set_visible (info->marker, FALSE);
  g_ptr_array_add (self->spare_markers, info->marker);
  info->marker = NULL;
}

static void
on_marker_clicked_cb (GtkButton          *button,
                      LecternArticleView *self)
{
  gint64 *id = g_object_get_data (G_OBJECT (button), "lectern-highlight-id");

  g_signal_emit (self, signals[HIGHLIGHT_ACTIVATED], 0, *id);
}

/* Places the note markers in the right margin, level with the first line
 * of their highlight. Runs after layout changes. */
static gboolean
position_markers_cb (gpointer user_data)
{
  LecternArticleView *self = user_data;
  GHashTableIter iter;
  gpointer value;
  GdkRectangle visible;
  GtkTextIter top, bottom;
  gint64 first, last;
  double scroll;
  int x;

  self->markers_source = 0;
  if (self->story == NULL || lectern_article_view_get_loading (self))
    return G_SOURCE_REMOVE;

  /* Only notes on screen get a marker: a story with hundreds of notes
   * would otherwise lay out every line to place them. */
  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_at_location (self->text_view, &top, visible.x, visible.y);
  gtk_text_view_get_iter_at_location (self->text_view, &bottom, visible.x + visible.width,
                                      visible.y + visible.height);
  gtk_text_iter_set_line_offset (&top, 0);
  gtk_text_iter_forward_line (&bottom);
  first = gtk_text_iter_get_offset (&top);
  last = gtk_text_iter_get_offset (&bottom);

  /* GTK 4.8 places text view overlays in window coordinates and does not
   * scroll them, so they are moved along with the text. */
  scroll = gtk_adjustment_get_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view)));
  x = gtk_widget_get_width (GTK_WIDGET (self->text_view)) - gtk_text_view_get_right_margin (self->text_view) + 8;

  g_hash_table_iter_init (&iter, self->highlights);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      HighlightInfo *info = value;
      GtkTextIter start;
      GdkRectangle rect;

      if (!info_has_note (info) || INFO_HIGHLIGHT (info)->start > last || INFO_HIGHLIGHT (info)->start < first)
        {
          remove_marker (self, info);
          continue;
        }

      if (info->marker == NULL && self->spare_markers->len > 0)
        {
          info->marker = g_ptr_array_steal_index_fast (self->spare_markers, self->spare_markers->len - 1);
          g_object_set_data_full (G_OBJECT (info->marker), "lectern-highlight-id",
                                  g_memdup2 (&info->id, sizeof info->id), g_free);
          gtk_widget_set_visible (info->marker, TRUE);
        }
      else if (info->marker == NULL)
        {
          info->marker = gtk_button_new_with_label ("✎");
          gtk_widget_add_css_class (info->marker, "flat");
          gtk_widget_add_css_class (info->marker, "note-marker");
          gtk_widget_set_focus_on_click (info->marker, FALSE);
          g_object_set_data_full (G_OBJECT (info->marker), "lectern-highlight-id",
                                  g_memdup2 (&info->id, sizeof info->id), g_free);
          g_signal_connect_object (info->marker, "clicked", G_CALLBACK (on_marker_clicked_cb), self, 0);
          gtk_text_view_add_overlay (self->text_view, info->marker, 0, 0);
        }

      gtk_widget_set_tooltip_text (info->marker, INFO_HIGHLIGHT (info)->note);
      gtk_accessible_update_property (GTK_ACCESSIBLE (info->marker),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, INFO_HIGHLIGHT (info)->note,
                                      -1);
      get_iter_at_offset (self, &start, INFO_HIGHLIGHT (info)->start);
      gtk_text_view_get_iter_location (self->text_view, &start, &rect);
      gtk_text_view_move_overlay (self->text_view, info->marker, MAX (x, 0), rect.y - (int) scroll - 4);
    }

  return G_SOURCE_REMOVE;
}

static void
queue_position_markers (LecternArticleView *self)
{
  if (self->markers_source == 0)
    self->markers_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, position_markers_cb, self, NULL);
}

static void
repoint_popover (LecternArticleView *self)
{
  if (self->pointed_popover == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->pointed_popover)))
    return;

  lectern_article_view_point_popover_at (self, self->pointed_popover,
                                         self->pointed_start, self->pointed_end);
}

static void
on_vadjustment_value_changed_cb (GtkAdjustment      *adjustment,
                                 LecternArticleView *self)
{
  /* An open popover follows its passage as the text scrolls. GTK 4.8
   * does not move overlay children (the note markers) on scrolling by
   * itself, so ask for a new allocation. */
  repoint_popover (self);
  if (g_hash_table_size (self->highlights) > 0)
    position_markers_cb (self);
}

static int
top_offset (LecternArticleView *self)
{
  GdkRectangle visible;
  GtkTextIter iter;

  gtk_text_view_get_visible_rect (self->text_view, &visible);
  gtk_text_view_get_iter_at_location (self->text_view, &iter, visible.x, visible.y);

  return gtk_text_iter_get_offset (&iter);
}

/* Scrolls to the pending position on each frame until the top line is the
 * right one: the first frames lay out lines at estimated heights and the
 * margins settle, which can undo a single scroll. */
static gboolean
restore_position_tick_cb (GtkWidget     *widget,
                          GdkFrameClock *clock,
                          gpointer       user_data)
{
  LecternArticleView *self = user_data;
  GtkAdjustment *adjustment;
  GtkTextIter iter;
  GtkTextMark *mark;
  int n_chars, target;

  if (self->pending_position <= 0 || ++self->restore_tries > 120)
    {
      self->pending_position = 0;
      self->restore_source = 0;
      return G_SOURCE_REMOVE;
    }

  if (lectern_article_view_get_loading (self) || gtk_widget_get_width (widget) == 0 ||
      self->margin_source != 0)
    return G_SOURCE_CONTINUE;

  n_chars = gtk_text_buffer_get_char_count (self->buffer);
  gtk_text_buffer_get_iter_at_offset (self->buffer, &iter,
                                      (int) (CLAMP (self->pending_position, 0, 1) * n_chars));
  target = gtk_text_iter_get_offset (&iter);

  /* Reached, or as far as the text goes, for a few frames in a row: line
   * heights are estimates until laid out, so one frame proves little. */
  adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (widget));
  if (ABS (top_offset (self) - target) < 200 ||
      gtk_adjustment_get_value (adjustment) >=
      gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment) - 1)
    self->restore_settled++;
  else
    self->restore_settled = 0;

  if (self->restore_settled >= 5)
    {
      self->pending_position = 0;
      self->restore_source = 0;
      return G_SOURCE_REMOVE;
    }

  mark = gtk_text_buffer_get_mark (self->buffer, "lectern-scroll");
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (self->buffer, "lectern-scroll", &iter, TRUE);
  else
    gtk_text_buffer_move_mark (self->buffer, mark, &iter);
  gtk_text_view_scroll_to_mark (self->text_view, mark, 0.0, TRUE, 0.0, 0.0);

  return G_SOURCE_CONTINUE;
}

static void
queue_restore_position (LecternArticleView *self)
{
  if (self->pending_position <= 0 || self->restore_source != 0)
    return;

  self->restore_tries = 0;
  self->restore_settled = 0;
  self->restore_source = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view),
                                                       restore_position_tick_cb, self, NULL);
}

/* Quotations are a sepia italic: not a background (highlights, the
 * selection) nor a line (mentions, notes). The colour follows the style
 * so it reads on light and dark backgrounds alike. */
static void
update_quotation_tag (LecternArticleView *self)
{
  GdkRGBA rgba;

  if (self->quotation_tag == NULL)
    return;

  gdk_rgba_parse (&rgba, adw_style_manager_get_dark (adw_style_manager_get_default ())
                         ? "#deb887" : "#865e3c");
  g_object_set (self->quotation_tag,
                "foreground-rgba", &rgba,
                "foreground-set", self->quotations_shown,
                "style", PANGO_STYLE_ITALIC,
                "style-set", self->quotations_shown,
                NULL);
}

/* Quotations tagged per main-loop iteration: about 20 ms of work. A 12 MB
 * story holds 41,000 of them, 0.8 s in one go. */
#define QUOTATIONS_CHUNK 1000

static gboolean
apply_quotations_chunk_cb (gpointer user_data)
{
  LecternArticleView *self = user_data;
  guint n = self->quotations != NULL ? self->quotations->len : 0;
  guint stop = MIN (n, self->quotations_done + QUOTATIONS_CHUNK);
  GtkTextIter start, end;

  for (; self->quotations_done < stop; self->quotations_done++)
    {
      const LecternSpan *span = &g_array_index (self->quotations, LecternSpan, self->quotations_done);

      get_iter_at_offset (self, &start, span->start);
      get_iter_at_offset (self, &end, span->end);
      gtk_text_buffer_apply_tag (self->buffer, self->quotation_tag, &start, &end);
    }
  if (self->quotations_done < n)
    return G_SOURCE_CONTINUE;

  self->quotations_source = 0;
  return G_SOURCE_REMOVE;
}

static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gboolean
timing_enabled (void)
{
  return g_strcmp0 (g_getenv ("LECTERN_TIMING"), "1") == 0;
}

static void
on_first_screen_painted_cb (GdkFrameClock      *clock,
                            LecternArticleView *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_screen_painted_cb, self);
  if (self->story != NULL)
    {
      struct timespec ts;

      clock_gettime (CLOCK_REALTIME, &ts);
      g_printerr ("lectern-timing: first-screen chars=%" G_GINT64_FORMAT " realtime-ns=%"
                  G_GINT64_FORMAT "\n", self->inserted_chars,
                  (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec);
    }
}

/* With LECTERN_TIMING=1, says when the first text of the first story is
 * on screen (tools/bench-epub). */
static gboolean
first_screen_tick_cb (GtkWidget     *widget,
                      GdkFrameClock *clock,
                      gpointer       user_data)
{
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_screen_painted_cb),
                           user_data, 0);
  return G_SOURCE_REMOVE;
}

static void
clear_quotation_tags (LecternArticleView *self)
{
  GtkTextIter start, end;

  g_clear_handle_id (&self->quotations_source, g_source_remove);
  self->quotations_applied = FALSE;
  if (!self->quotations_tagged)
    return;

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->quotation_tag, &start, &end);
  self->quotations_tagged = FALSE;
}

/* Tagging relays out the lines it touches, which competes with everything
 * else on a big story: it is done only while the Quotes page is shown. */
static void
apply_quotations (LecternArticleView *self)
{
  clear_quotation_tags (self);
  if (self->quotations == NULL || self->quotations->len == 0)
    return;

  /* The first chunk at once: a usual story is marked in the same frame. */
  self->quotations_applied = TRUE;
  self->quotations_tagged = TRUE;
  self->quotations_done = 0;
  if (apply_quotations_chunk_cb (self) == G_SOURCE_CONTINUE)
    self->quotations_source = g_idle_add (apply_quotations_chunk_cb, self);
}

static void
time_first_screen (LecternArticleView *self)
{
  if (self->first_screen_timed || !timing_enabled ())
    return;
  self->first_screen_timed = TRUE;
  /* The first frame drawn once the view is shown. */
  gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view), first_screen_tick_cb, self, NULL);
}

static void
finish_loading (LecternArticleView *self)
{
  GHashTableIter iter;
  gpointer value;

  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);

  apply_blocks (self, self->buffer, self->inserted_chars, &self->next_block,
                &self->previous_block_end);

  g_hash_table_iter_init (&iter, self->highlights);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    apply_highlight_tag (self, value);
  refresh_overlaps (self);
  refresh_note_marks (self);
  self->quotations_tagged = FALSE;
  self->quotations_applied = FALSE;
  if (self->quotations_shown)
    apply_quotations (self);

  if (gtk_text_view_get_buffer (self->text_view) != self->buffer)
    {
      gtk_text_view_set_buffer (self->text_view, self->buffer);
      g_clear_object (&self->loading_buffer);
    }
  queue_position_markers (self);

  queue_restore_position (self);

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
  g_signal_emit (self, signals[LOADED], 0);
}

/* Appends up to `max` bytes of the story from `*bytes` on to `buffer`,
 * cut after a line break when there is one, else on a character boundary. */
static void
append_piece (LecternArticleView *self,
              GtkTextBuffer      *buffer,
              gsize              *bytes,
              gint64             *chars,
              gsize               max)
{
  const char *text = self->story->text;
  const char *from = text + *bytes;
  gsize left = strlen (from);
  const char *to;
  GtkTextIter end;

  if (left <= max)
    to = from + left;
  else
    {
      const char *newline;

      to = from + max;
      newline = g_strrstr_len (from + max / 2, to - (from + max / 2), "\n");
      if (newline != NULL)
        to = newline + 1;
      while (to > from && (*to & 0xC0) == 0x80)
        to--;
    }

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, from, to - from);
  *bytes = to - text;
  if (chars != NULL)
    *chars += g_utf8_strlen (from, to - from);
}

static gboolean
insert_step (gpointer user_data)
{
  LecternArticleView *self = user_data;
  gsize total = self->inserted_bytes + strlen (self->story->text + self->inserted_bytes);

  if (self->inserted_bytes == 0)
    {
      /* The first part goes into the buffer before the view shows it. */
      append_piece (self, self->buffer, &self->inserted_bytes, &self->inserted_chars,
                    total <= CHUNK_BYTES ? CHUNK_BYTES : FIRST_SCREEN_BYTES);
      apply_blocks (self, self->buffer, self->inserted_chars, &self->next_block,
                &self->previous_block_end);
      gtk_text_view_set_buffer (self->text_view, self->buffer);
      g_clear_object (&self->loading_buffer);
      time_first_screen (self);
    }
  else if (!self->previewing)
    {
      gint64 started = g_get_monotonic_time ();

      if (self->loading_buffer == NULL)
        {
          self->loading_buffer = gtk_text_buffer_new (gtk_text_buffer_get_tag_table (self->buffer));
          self->loaded_bytes = 0;
          self->loaded_chars = 0;
          self->loading_next_block = 0;
          self->loading_block_end = -1;
        }
      /* Text and its blocks' tags, a piece at a time until the step has
       * taken its share of the frame. */
      do
        {
          append_piece (self, self->loading_buffer, &self->loaded_bytes, &self->loaded_chars,
                        LOADING_PIECE_BYTES);
          apply_blocks (self, self->loading_buffer, self->loaded_chars,
                        &self->loading_next_block, &self->loading_block_end);
        }
      while (self->loaded_bytes < total && g_get_monotonic_time () - started < LOADING_BUDGET_US);
      if (self->loaded_bytes < total)
        {
          double fraction = (double) self->loaded_bytes / total;

          /* Each change is a frame to draw between the steps: a few are
           * enough to see it move. */
          if (fraction - gtk_progress_bar_get_fraction (self->progress_bar) >= 0.02)
            gtk_progress_bar_set_fraction (self->progress_bar, fraction);
          gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
          return G_SOURCE_CONTINUE;
        }

      /* All in: shown from where the person is reading. */
      if (self->pending_position <= 0 && self->story->n_chars > 0)
        self->pending_position = (double) top_offset (self) / self->story->n_chars;
      self->buffer = self->loading_buffer;
      self->inserted_bytes = total;
      self->inserted_chars = self->story->n_chars;
      self->next_block = self->loading_next_block;
      self->previous_block_end = self->loading_block_end;
    }

  if (self->inserted_bytes < total && !self->previewing)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
      gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
      return G_SOURCE_CONTINUE;
    }

  self->insert_source = 0;
  /* A preview waits for the rest of its story. */
  if (!self->previewing)
    finish_loading (self);

  return G_SOURCE_REMOVE;
}

/* One idle step of loading, timed with LECTERN_TIMING=1 (tools/bench-epub). */
static gboolean
insert_chunk_cb (gpointer user_data)
{
  LecternArticleView *self = user_data;
  gint64 started, cpu;
  gboolean more;

  if (!timing_enabled ())
    return insert_step (self);

  if (self->inserted_bytes == 0)
    self->steps = self->longest_step_us = self->longest_step_cpu_us = 0;
  started = g_get_monotonic_time ();
  cpu = thread_cpu_us ();
  more = insert_step (self);
  self->steps++;
  self->longest_step_us = MAX (self->longest_step_us, g_get_monotonic_time () - started);
  self->longest_step_cpu_us = MAX (self->longest_step_cpu_us, thread_cpu_us () - cpu);

  /* The longest step in CPU time as well: on a loaded machine the wall
   * clock also counts the other processes. */
  if (!more && !self->previewing && self->steps > 1)
    g_printerr ("lectern-timing: text-loading steps=%" G_GINT64_FORMAT " longest-step-ms=%.1f "
                "longest-step-cpu-ms=%.1f\n", self->steps, self->longest_step_us / 1000.0,
                self->longest_step_cpu_us / 1000.0);
  return more;
}

static HighlightInfo *
highlight_at_offset (LecternArticleView *self,
                     gint64              offset)
{
  GHashTableIter iter;
  gpointer value;
  HighlightInfo *best = NULL;

  /* The innermost highlight wins: the one a person can only reach there. */
  g_hash_table_iter_init (&iter, self->highlights);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      HighlightInfo *info = value;

      if (offset < INFO_HIGHLIGHT (info)->start || offset >= INFO_HIGHLIGHT (info)->end)
        continue;
      if (best == NULL || (INFO_HIGHLIGHT (info)->end - INFO_HIGHLIGHT (info)->start) < (INFO_HIGHLIGHT (best)->end - INFO_HIGHLIGHT (best)->start))
        best = info;
    }

  return best;
}

static void
on_click_pressed_cb (GtkGestureClick    *gesture,
                     int                 n_press,
                     double              x,
                     double              y,
                     LecternArticleView *self)
{
  self->press_x = x;
  self->press_y = y;
}

/* Selections made with the mouse snap to whole words ("Th|e law" was a
 * common slip), as Foliate does; Alt keeps them exact. A legacy
 * controller, because the text view's own drag takes the sequence from
 * any gesture. */
static gboolean
on_legacy_event_cb (GtkEventControllerLegacy *controller,
                    GdkEvent                 *event,
                    LecternArticleView       *self)
{
  GdkEventType type = gdk_event_get_event_type (event);

  if (type == GDK_BUTTON_PRESS && gdk_button_event_get_button (event) == GDK_BUTTON_PRIMARY)
    self->dragging = TRUE;
  else if (type == GDK_BUTTON_RELEASE && self->dragging)
    {
      self->dragging = FALSE;
      if ((gdk_event_get_modifier_state (event) & GDK_ALT_MASK) == 0)
        lectern_article_view_snap_selection_to_words (self);
    }

  return GDK_EVENT_PROPAGATE;
}

static void
on_click_released_cb (GtkGestureClick    *gesture,
                      int                 n_press,
                      double              x,
                      double              y,
                      LecternArticleView *self)
{
  GtkTextIter iter;
  HighlightInfo *info;
  int bx, by;

  if (n_press != 1 || ABS (x - self->press_x) > 4 || ABS (y - self->press_y) > 4)
    return;
  if (gtk_text_buffer_get_has_selection (self->buffer))
    return;

  gtk_text_view_window_to_buffer_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         (int) x, (int) y, &bx, &by);
  if (!gtk_text_view_get_iter_at_location (self->text_view, &iter, bx, by))
    return;

  info = highlight_at_offset (self, gtk_text_iter_get_offset (&iter));
  if (info != NULL)
    g_signal_emit (self, signals[HIGHLIGHT_ACTIVATED], 0, info->id);
}

static gboolean
on_key_pressed_cb (GtkEventControllerKey *controller,
                   guint                  keyval,
                   guint                  keycode,
                   GdkModifierType        state,
                   LecternArticleView    *self)
{
  /* H highlights the selection. It is bound here rather than as an
   * accelerator so that typing "h" in a note never highlights. */
  if ((keyval == GDK_KEY_h || keyval == GDK_KEY_H) &&
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) == 0 &&
      gtk_text_buffer_get_has_selection (self->buffer))
    return gtk_widget_activate_action (GTK_WIDGET (self), "win.highlight", NULL);

  /* Digits 1–5 pick the highlight category while text is selected. */
  if (keyval >= GDK_KEY_1 && keyval <= GDK_KEY_5 &&
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) == 0 &&
      gtk_text_buffer_get_has_selection (self->buffer))
    {
      const char *const *colors = lectern_highlight_colors ();

      return gtk_widget_activate_action (GTK_WIDGET (self), "win.set-color", "s",
                                         colors[keyval - GDK_KEY_1]);
    }

  /* With caret browsing, Enter on a highlight opens it: the keyboard
   * route to its colour, note and delete. */
  if ((keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter || keyval == GDK_KEY_Menu) &&
      gtk_text_view_get_cursor_visible (self->text_view) &&
      !gtk_text_buffer_get_has_selection (self->buffer))
    {
      GtkTextIter iter;
      HighlightInfo *info;

      gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
      info = highlight_at_offset (self, gtk_text_iter_get_offset (&iter));
      if (info != NULL)
        {
          g_signal_emit (self, signals[HIGHLIGHT_ACTIVATED], 0, info->id);
          return TRUE;
        }
    }

  return FALSE;
}

static void
lectern_article_view_measure (GtkWidget      *widget,
                              GtkOrientation  orientation,
                              int             for_size,
                              int            *minimum,
                              int            *natural,
                              int            *minimum_baseline,
                              int            *natural_baseline)
{
  LecternArticleView *self = LECTERN_ARTICLE_VIEW (widget);

  gtk_widget_measure (self->overlay, orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);

  /* Ask for a full reading measure, so the sidebar folds away before the
   * text gets narrow. */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      if (self->char_width == 0)
        self->char_width = measure_char_width (self);
      *natural = MAX (*natural, MEASURE_CHARS * self->char_width + 2 * MIN_SIDE_MARGIN);
    }
}

static void
lectern_article_view_size_allocate (GtkWidget *widget,
                                    int        width,
                                    int        height,
                                    int        baseline)
{
  LecternArticleView *self = LECTERN_ARTICLE_VIEW (widget);

  if (width != gtk_widget_get_width (GTK_WIDGET (self->text_view)) || self->char_width == 0)
    queue_position_markers (self);
  queue_margin_update (self, width);
  gtk_widget_size_allocate (self->overlay, &(GtkAllocation) { 0, 0, width, height }, baseline);
  queue_restore_position (self);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_POPOVER (child))
      gtk_popover_present (GTK_POPOVER (child));
}

static void
lectern_article_view_dispose (GObject *object)
{
  LecternArticleView *self = LECTERN_ARTICLE_VIEW (object);
  GtkWidget *child;

  g_clear_handle_id (&self->insert_source, g_source_remove);
  g_clear_handle_id (&self->margin_source, g_source_remove);
  g_clear_handle_id (&self->markers_source, g_source_remove);
  g_clear_handle_id (&self->quotations_source, g_source_remove);
  if (self->restore_source != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->restore_source);
  self->restore_source = 0;
  self->pointed_popover = NULL;

  /* Popovers the window parented to us. */
  while ((child = gtk_widget_get_last_child (GTK_WIDGET (self))) != NULL && child != self->overlay)
    gtk_widget_unparent (child);

  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_ARTICLE_VIEW);

  G_OBJECT_CLASS (lectern_article_view_parent_class)->dispose (object);
}

static void
lectern_article_view_finalize (GObject *object)
{
  LecternArticleView *self = LECTERN_ARTICLE_VIEW (object);

  g_clear_pointer (&self->story, lectern_story_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->quotations, g_array_unref);
  g_clear_object (&self->loading_buffer);
  g_clear_pointer (&self->highlights, g_hash_table_unref);
  g_clear_object (&self->annotations);
  g_clear_pointer (&self->mix_tags, g_hash_table_unref);
  g_clear_pointer (&self->spare_markers, g_ptr_array_unref);
  g_clear_object (&self->zoom_provider);

  G_OBJECT_CLASS (lectern_article_view_parent_class)->finalize (object);
}

static void
lectern_article_view_get_property (GObject    *object,
                                   guint       prop_id,
                                   GValue     *value,
                                   GParamSpec *pspec)
{
  LecternArticleView *self = LECTERN_ARTICLE_VIEW (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, lectern_article_view_get_loading (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_article_view_class_init (LecternArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_article_view_dispose;
  object_class->finalize = lectern_article_view_finalize;
  object_class->get_property = lectern_article_view_get_property;

  widget_class->measure = lectern_article_view_measure;
  widget_class->size_allocate = lectern_article_view_size_allocate;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[LOADED] =
    g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[HIGHLIGHT_ACTIVATED] =
    g_signal_new ("highlight-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_INT64);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-article-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternArticleView, overlay);
  gtk_widget_class_bind_template_child (widget_class, LecternArticleView, scroller);
  gtk_widget_class_bind_template_child (widget_class, LecternArticleView, text_view);
  gtk_widget_class_bind_template_child (widget_class, LecternArticleView, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, LecternArticleView, extra_menu);
  gtk_widget_class_bind_template_callback (widget_class, on_click_pressed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_click_released_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_key_pressed_cb);

  gtk_widget_class_set_css_name (widget_class, "articleview");
}

static void
lectern_article_view_init (LecternArticleView *self)
{
  GdkRGBA rgba;

  gtk_widget_init_template (GTK_WIDGET (self));

  {
    GtkEventController *legacy = gtk_event_controller_legacy_new ();

    gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
    g_signal_connect_object (legacy, "event", G_CALLBACK (on_legacy_event_cb), self, 0);
    gtk_widget_add_controller (GTK_WIDGET (self->text_view), legacy);
  }

  self->zoom = 1.0;
  self->highlights = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, highlight_info_free);
  self->mix_tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->spare_markers = g_ptr_array_new ();
  self->buffer = gtk_text_view_get_buffer (self->text_view);
  gtk_text_view_set_extra_menu (self->text_view, self->extra_menu);
  g_signal_connect_object (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self->text_view)),
                           "value-changed", G_CALLBACK (on_vadjustment_value_changed_cb), self, 0);

  self->zoom_provider = gtk_css_provider_new ();
  gtk_style_context_add_provider (gtk_widget_get_style_context (GTK_WIDGET (self->text_view)),
                                  GTK_STYLE_PROVIDER (self->zoom_provider),
                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  apply_zoom (self);

  gtk_text_buffer_create_tag (self->buffer, "title",
                              "scale", 1.75,
                              "weight", PANGO_WEIGHT_BOLD,
                              "pixels-below-lines", 28,
                              "pixels-inside-wrap", 2,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "long-title",
                              "scale", 1.3,
                              "weight", PANGO_WEIGHT_BOLD,
                              "pixels-below-lines", 24,
                              "pixels-inside-wrap", 4,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "heading",
                              "scale", 1.25,
                              "weight", PANGO_WEIGHT_BOLD,
                              "pixels-above-lines", 14,
                              "pixels-below-lines", 8,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "quote",
                              "style", PANGO_STYLE_ITALIC,
                              NULL);
  /* The text has no bullet to draw: an indent with tight spacing reads
   * as a list. */
  gtk_text_buffer_create_tag (self->buffer, "list-item",
                              "pixels-above-lines", 0,
                              "pixels-below-lines", 2,
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "caption",
                              "scale", 0.85,
                              "style", PANGO_STYLE_ITALIC,
                              "foreground", "#77767b",
                              NULL);
  gtk_text_buffer_create_tag (self->buffer, "preformatted",
                              "family", "monospace",
                              "wrap-mode", GTK_WRAP_CHAR,
                              NULL);
  indent_blocks (self);
  gtk_text_buffer_create_tag (self->buffer, "dropped", "invisible", TRUE, NULL);
  gtk_text_buffer_create_tag (self->buffer, "blank",
                              "size-points", 2.0,
                              "pixels-above-lines", 0,
                              "pixels-below-lines", 0,
                              NULL);
  gdk_rgba_parse (&rgba, "transparent");
  gtk_text_buffer_create_tag (self->buffer, "dropped-collapsed",
                              "size-points", 0.5,
                              "foreground-rgba", &rgba,
                              "pixels-above-lines", 0,
                              "pixels-below-lines", 0,
                              "pixels-inside-wrap", 0,
                              NULL);

  /* Mentions are lines, never backgrounds: a blue tint looked like the
   * blue highlight and the selection, and painted over highlights. */
  gdk_rgba_parse (&rgba, "rgba(97,53,131,0.9)");
  self->mention_tag = gtk_text_buffer_create_tag (self->buffer, "mention",
                                                  "underline", PANGO_UNDERLINE_SINGLE,
                                                  "underline-rgba", &rgba,
                                                  NULL);
  self->current_mention_tag = gtk_text_buffer_create_tag (self->buffer, "mention-current",
                                                          "underline", PANGO_UNDERLINE_DOUBLE,
                                                          "underline-rgba", &rgba,
                                                          /* Its overline in the text's colour:
                                                           * GTK 4.8 frees a set overline-rgba
                                                           * twice. */
                                                          "overline", PANGO_OVERLINE_SINGLE,
                                                          NULL);
  gdk_rgba_parse (&rgba, "rgba(230,97,0,0.9)");
  self->note_tag = gtk_text_buffer_create_tag (self->buffer, "note",
                                               "underline", PANGO_UNDERLINE_SINGLE,
                                               "underline-rgba", &rgba,
                                               NULL);
  self->quotation_tag = gtk_text_buffer_create_tag (self->buffer, "quotation", NULL);
  update_quotation_tag (self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (update_quotation_tag), self, G_CONNECT_SWAPPED);
  /* Mentions sit below highlights; highlights get higher priorities as
   * they are created. */
  gtk_text_tag_set_priority (self->mention_tag, 0);
}

GtkWidget *
lectern_article_view_new (void)
{
  return g_object_new (LECTERN_TYPE_ARTICLE_VIEW, NULL);
}

GtkTextView *
lectern_article_view_get_text_view (LecternArticleView *self)
{
  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), NULL);

  return self->text_view;
}

/* Whether the buffer holds the start of `story` as `blocks` set it: the
 * first part of a book, shown while the rest was read. */
static gboolean
continues_shown (LecternArticleView *self,
                 LecternStory       *story,
                 GArray             *blocks)
{
  if (self->story == NULL || self->inserted_bytes == 0
      || strncmp (story->text, self->story->text, self->inserted_bytes) != 0)
    return FALSE;
  if (self->next_block == 0)
    return TRUE;

  return blocks != NULL && self->blocks != NULL && blocks->len >= self->next_block
         && memcmp (blocks->data, self->blocks->data, self->next_block * sizeof (LecternBlock)) == 0;
}

static void
show_story (LecternArticleView *self,
            LecternStory       *story,
            GArray             *blocks,
            gboolean            preview)
{
  gboolean was_loading;
  gboolean continues;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  was_loading = lectern_article_view_get_loading (self);
  continues = story != NULL && continues_shown (self, story, blocks);
  g_clear_handle_id (&self->insert_source, g_source_remove);
  g_clear_pointer (&self->story, lectern_story_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->quotations, g_array_unref);
  g_clear_handle_id (&self->quotations_source, g_source_remove);
  self->quotations_applied = FALSE;
  self->quotations_tagged = FALSE;
  self->previewing = FALSE;
  self->pending_position = 0;
  self->loaded_bytes = 0;

  lectern_article_view_clear_highlights (self);
  g_clear_object (&self->loading_buffer);

  /* What is shown stays, and the rest is appended to it. */
  if (!continues)
    {
      /* An empty buffer until the new text is in. */
      g_autoptr(GtkTextBuffer) empty = gtk_text_buffer_new (gtk_text_buffer_get_tag_table (self->buffer));

      gtk_text_view_set_buffer (self->text_view, empty);
      self->buffer = empty;
      self->inserted_bytes = 0;
      self->inserted_chars = 0;
      self->next_block = 0;
      self->previous_block_end = -1;
    }

  if (story == NULL)
    {
      if (was_loading)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
      return;
    }

  self->story = lectern_story_ref (story);
  self->blocks = blocks != NULL ? g_array_ref (blocks) : NULL;
  self->previewing = preview;
  if (!continues)
    {
      /* Filled before the view shows it (insert_chunk_cb). */
      self->loading_buffer = gtk_text_buffer_new (gtk_text_buffer_get_tag_table (self->buffer));
      self->buffer = self->loading_buffer;
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
    }

  /* Small stories go in at once so the first frame already shows them. */
  if (insert_chunk_cb (self) == G_SOURCE_CONTINUE)
    self->insert_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 10, insert_chunk_cb, self, NULL);

  if (was_loading != lectern_article_view_get_loading (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

void
lectern_article_view_set_story (LecternArticleView *self,
                                LecternStory       *story,
                                GArray             *blocks)
{
  show_story (self, story, blocks, FALSE);
}

void
lectern_article_view_show_preview (LecternArticleView *self,
                                   LecternStory       *story)
{
  g_autoptr(GArray) blocks = NULL;

  g_return_if_fail (story != NULL);

  blocks = lectern_story_get_blocks (story);
  show_story (self, story, blocks, TRUE);
}

gboolean
lectern_article_view_get_loading (LecternArticleView *self)
{
  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), FALSE);

  return self->insert_source != 0 || self->previewing;
}

double
lectern_article_view_get_progress (LecternArticleView *self)
{
  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), 0);

  if (!lectern_article_view_get_loading (self))
    return 1.0;

  return gtk_progress_bar_get_fraction (self->progress_bar);
}

void
lectern_article_view_set_caret_browsing (LecternArticleView *self,
                                         gboolean            enabled)
{
  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  /* Without a visible cursor GtkTextView turns arrow keys into scrolling,
   * which is the right default for reading; with it, Shift+arrows select. */
  gtk_text_view_set_cursor_visible (self->text_view, enabled);
  if (enabled)
    gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

void
lectern_article_view_set_zoom (LecternArticleView *self,
                               double              zoom)
{
  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  if (G_APPROX_VALUE (zoom, self->zoom, 0.001))
    return;

  self->zoom = zoom;
  apply_zoom (self);
}

gboolean
lectern_article_view_get_selection (LecternArticleView *self,
                                    gint64             *start,
                                    gint64             *end)
{
  GtkTextIter s, e;

  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), FALSE);

  if (self->story == NULL || lectern_article_view_get_loading (self) ||
      !gtk_text_buffer_get_selection_bounds (self->buffer, &s, &e))
    return FALSE;

  if (start != NULL)
    *start = gtk_text_iter_get_offset (&s);
  if (end != NULL)
    *end = gtk_text_iter_get_offset (&e);

  return TRUE;
}

void
lectern_article_view_clear_selection (LecternArticleView *self)
{
  GtkTextIter iter;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
  gtk_text_buffer_select_range (self->buffer, &iter, &iter);
}

char *
lectern_article_view_highlight_tag_name (gint64 highlight_id)
{
  return g_strdup_printf ("highlight-%" G_GINT64_FORMAT, highlight_id);
}

void
lectern_article_view_add_highlight (LecternArticleView *self,
                                    LecternAnnotation  *annotation)
{
  const LecternHighlight *highlight;
  GtkTextTagTable *table;
  g_autofree char *name = NULL;
  HighlightInfo *info;
  GdkRGBA rgba;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));
  g_return_if_fail (LECTERN_IS_ANNOTATION (annotation));

  highlight = lectern_annotation_get_highlight (annotation);
  /* An orphan's passage is gone from this version of the story: its
   * offsets are stale, so it is listed but not drawn. */
  if (highlight->orphaned)
    {
      lectern_article_view_remove_highlight (self, highlight->id);
      return;
    }

  table = gtk_text_buffer_get_tag_table (self->buffer);
  name = lectern_article_view_highlight_tag_name (highlight->id);
  color_to_rgba (highlight->color, &rgba);

  info = g_hash_table_lookup (self->highlights, &highlight->id);
  if (info == NULL)
    {
      info = g_new0 (HighlightInfo, 1);
      info->id = highlight->id;
      info->tag = gtk_text_tag_table_lookup (table, name);
      if (info->tag == NULL)
        info->tag = gtk_text_buffer_create_tag (self->buffer, name, NULL);
      g_hash_table_insert (self->highlights, &info->id, info);
    }
  g_set_object (&info->annotation, annotation);

  if (info_is_underline (info))
    {
      /* The line in the full colour, over a faint wash of it: a double
       * line alone read as a hairline. */
      GdkRGBA wash = rgba;

      wash.alpha = 0.12;
      rgba.alpha = 1.0;
      g_object_set (info->tag,
                    "background-rgba", &wash,
                    "underline", PANGO_UNDERLINE_DOUBLE,
                    "underline-rgba", &rgba,
                    NULL);
    }
  else
    g_object_set (info->tag,
                  "background-rgba", &rgba,
                  "underline-set", FALSE,
                  "underline-rgba-set", FALSE,
                  NULL);

  if (lectern_article_view_get_loading (self) || self->story == NULL || self->batch)
    return;

  apply_highlight_tag (self, info);
  refresh_overlaps (self);
  refresh_note_marks (self);
  queue_position_markers (self);
}

static void
add_highlights (LecternArticleView *self,
                GListModel         *model,
                guint               position,
                guint               n)
{
  GHashTableIter iter;
  gpointer value;

  /* Overlaps and note marks are worked out once for all of them. */
  self->batch = TRUE;
  for (guint i = position; i < position + n; i++)
    {
      g_autoptr(LecternAnnotation) annotation = g_list_model_get_item (model, i);

      lectern_article_view_add_highlight (self, annotation);
    }
  self->batch = FALSE;

  if (lectern_article_view_get_loading (self) || self->story == NULL)
    return;

  g_hash_table_iter_init (&iter, self->highlights);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    apply_highlight_tag (self, value);
  refresh_overlaps (self);
  refresh_note_marks (self);
  queue_position_markers (self);
}

static void
on_annotations_items_changed_cb (GListModel         *model,
                                 guint               position,
                                 guint               removed,
                                 guint               added,
                                 LecternArticleView *self)
{
  if (removed > 0)
    {
      g_autoptr(GHashTable) present = g_hash_table_new (g_int64_hash, g_int64_equal);
      g_autoptr(GArray) gone = g_array_new (FALSE, FALSE, sizeof (gint64));
      GHashTableIter iter;
      gpointer key;

      /* Which ones went: those the model no longer has. */
      for (guint i = 0; i < g_list_model_get_n_items (model); i++)
        {
          g_autoptr(LecternAnnotation) annotation = g_list_model_get_item (model, i);

          g_hash_table_add (present, (gpointer) &lectern_annotation_get_highlight (annotation)->id);
        }
      g_hash_table_iter_init (&iter, self->highlights);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (!g_hash_table_contains (present, key))
          g_array_append_val (gone, *(gint64 *) key);
      for (guint i = 0; i < gone->len; i++)
        lectern_article_view_remove_highlight (self, g_array_index (gone, gint64, i));
    }

  if (added == 1)
    {
      g_autoptr(LecternAnnotation) annotation = g_list_model_get_item (model, position);

      lectern_article_view_add_highlight (self, annotation);
    }
  else if (added > 1)
    add_highlights (self, model, position, added);
}

static void
on_annotation_changed_cb (LecternAnnotations *annotations,
                          LecternAnnotation  *annotation,
                          LecternArticleView *self)
{
  lectern_article_view_add_highlight (self, annotation);
}

void
lectern_article_view_set_annotations (LecternArticleView *self,
                                      LecternAnnotations *annotations)
{
  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));
  g_return_if_fail (annotations == NULL || LECTERN_IS_ANNOTATIONS (annotations));

  if (self->annotations != NULL)
    g_signal_handlers_disconnect_by_data (self->annotations, self);
  lectern_article_view_clear_highlights (self);
  if (!g_set_object (&self->annotations, annotations) || annotations == NULL)
    return;

  g_signal_connect_object (annotations, "items-changed",
                           G_CALLBACK (on_annotations_items_changed_cb), self, 0);
  g_signal_connect_object (annotations, "annotation-changed",
                           G_CALLBACK (on_annotation_changed_cb), self, 0);
  add_highlights (self, G_LIST_MODEL (annotations), 0,
                  g_list_model_get_n_items (G_LIST_MODEL (annotations)));
}

void
lectern_article_view_remove_highlight (LecternArticleView *self,
                                       gint64              highlight_id)
{
  HighlightInfo *info;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  info = g_hash_table_lookup (self->highlights, &highlight_id);
  if (info == NULL)
    return;

  remove_marker (self, info);
  gtk_text_tag_table_remove (gtk_text_buffer_get_tag_table (self->buffer), info->tag);
  g_hash_table_remove (self->highlights, &highlight_id);
  refresh_overlaps (self);
  refresh_note_marks (self);
}

void
lectern_article_view_clear_highlights (LecternArticleView *self)
{
  GHashTableIter iter;
  gpointer value;
  GtkTextTagTable *table;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  table = gtk_text_buffer_get_tag_table (self->buffer);
  g_hash_table_iter_init (&iter, self->highlights);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      remove_marker (self, value);
      gtk_text_tag_table_remove (table, ((HighlightInfo *) value)->tag);
    }
  g_hash_table_remove_all (self->highlights);
  refresh_overlaps (self);
  refresh_note_marks (self);
}

void
lectern_article_view_set_mentions (LecternArticleView *self,
                                   GArray             *mentions,
                                   int                 current)
{
  GtkTextIter start, end;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  gtk_text_buffer_get_bounds (self->buffer, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->mention_tag, &start, &end);
  gtk_text_buffer_remove_tag (self->buffer, self->current_mention_tag, &start, &end);

  if (mentions == NULL)
    return;

  for (guint i = 0; i < mentions->len; i++)
    {
      const LecternSpan *span = &g_array_index (mentions, LecternSpan, i);

      get_iter_at_offset (self, &start, span->start);
      get_iter_at_offset (self, &end, span->end);
      gtk_text_buffer_apply_tag (self->buffer,
                                 (int) i == current ? self->current_mention_tag : self->mention_tag,
                                 &start, &end);
    }
}

void
lectern_article_view_set_quotations (LecternArticleView *self,
                                     GArray             *spans)
{
  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  g_clear_pointer (&self->quotations, g_array_unref);
  if (spans != NULL)
    self->quotations = g_array_ref (spans);
  /* While loading, the shown buffer is a blank one; finish_loading()
   * applies them to the text. */
  if (lectern_article_view_get_loading (self))
    return;
  if (self->quotations_shown)
    apply_quotations (self);
  else
    clear_quotation_tags (self);
}

void
lectern_article_view_set_quotations_shown (LecternArticleView *self,
                                           gboolean            shown)
{
  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  if (self->quotations_shown == !!shown)
    return;
  self->quotations_shown = !!shown;
  update_quotation_tag (self);
  if (shown && !self->quotations_applied && !lectern_article_view_get_loading (self))
    apply_quotations (self);
}

gboolean
lectern_article_view_get_quotations_shown (LecternArticleView *self)
{
  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), FALSE);

  return self->quotations_shown;
}

void
lectern_article_view_select_range (LecternArticleView *self,
                                   gint64              start,
                                   gint64              end)
{
  GtkTextIter s, e;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  get_iter_at_offset (self, &s, start);
  get_iter_at_offset (self, &e, end);
  gtk_text_buffer_select_range (self->buffer, &s, &e);
  lectern_article_view_scroll_to_range (self, start, end);
}

void
lectern_article_view_scroll_to_range (LecternArticleView *self,
                                      gint64              start,
                                      gint64              end)
{
  GtkTextIter iter;
  GtkTextMark *mark;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  get_iter_at_offset (self, &iter, start);
  mark = gtk_text_buffer_get_mark (self->buffer, "lectern-scroll");
  if (mark == NULL)
    mark = gtk_text_buffer_create_mark (self->buffer, "lectern-scroll", &iter, TRUE);
  else
    gtk_text_buffer_move_mark (self->buffer, mark, &iter);

  /* A mark, not an iter: GtkTextView scrolls to it once the lines on the
   * way are laid out. */
  gtk_text_view_scroll_to_mark (self->text_view, mark, 0.0, TRUE, 0.0, 0.3);
}

gint64
lectern_article_view_get_reading_offset (LecternArticleView *self)
{
  GtkTextIter iter;

  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), 0);

  if (gtk_text_view_get_cursor_visible (self->text_view))
    {
      gtk_text_buffer_get_iter_at_mark (self->buffer, &iter, gtk_text_buffer_get_insert (self->buffer));
      return gtk_text_iter_get_offset (&iter);
    }

  return top_offset (self);
}

void
lectern_article_view_go_to_offset (LecternArticleView *self,
                                   gint64              offset)
{
  GtkTextIter iter;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  get_iter_at_offset (self, &iter, offset);
  gtk_text_buffer_place_cursor (self->buffer, &iter);
  lectern_article_view_scroll_to_range (self, offset, offset);
}

double
lectern_article_view_get_position (LecternArticleView *self)
{
  GdkRectangle visible;
  GtkTextIter iter;
  int n_chars;

  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), 0);

  n_chars = gtk_text_buffer_get_char_count (self->buffer);
  if (n_chars == 0 || lectern_article_view_get_loading (self))
    return 0;

  gtk_text_view_get_visible_rect (self->text_view, &visible);
  if (visible.y <= 0)
    return 0;

  gtk_text_view_get_iter_at_location (self->text_view, &iter, visible.x, visible.y);

  return (double) gtk_text_iter_get_offset (&iter) / n_chars;
}

void
lectern_article_view_set_position (LecternArticleView *self,
                                   double              fraction)
{
  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  /* Applied once the text is in and laid out at its final width, since
   * the first allocation changes the margins and so every line's height. */
  self->pending_position = fraction;
  queue_restore_position (self);
}

void
lectern_article_view_point_popover_at (LecternArticleView *self,
                                       GtkPopover         *popover,
                                       gint64              start,
                                       gint64              end)
{
  GtkTextIter s, e;
  GdkRectangle sr, er, rect;
  int wx, wy;
  graphene_point_t point;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));
  g_return_if_fail (GTK_IS_POPOVER (popover));

  get_iter_at_offset (self, &s, start);
  get_iter_at_offset (self, &e, end);
  gtk_text_view_get_iter_location (self->text_view, &s, &sr);
  gtk_text_view_get_iter_location (self->text_view, &e, &er);

  /* Point at the middle of a one-line passage, else at its end, so the
   * popover opens below the passage instead of over it. */
  if (sr.y == er.y)
    rect = (GdkRectangle) { (sr.x + er.x) / 2, sr.y, 1, sr.height };
  else
    rect = (GdkRectangle) { MAX (er.x - 1, 0), er.y, 1, er.height };

  gtk_text_view_buffer_to_window_coords (self->text_view, GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y, &wx, &wy);
  if (!gtk_widget_compute_point (GTK_WIDGET (self->text_view), GTK_WIDGET (self),
                                 &GRAPHENE_POINT_INIT (wx, wy), &point))
    point = GRAPHENE_POINT_INIT (wx, wy);

  rect.x = CLAMP ((int) point.x, 0, MAX (0, gtk_widget_get_width (GTK_WIDGET (self)) - 1));
  rect.y = CLAMP ((int) point.y, 0, MAX (0, gtk_widget_get_height (GTK_WIDGET (self)) - 1));
  gtk_popover_set_pointing_to (popover, &rect);

  self->pointed_popover = popover;
  self->pointed_start = start;
  self->pointed_end = end;
}

void
lectern_article_view_snap_selection_to_words (LecternArticleView *self)
{
  GtkTextIter start, end;
  gboolean changed = FALSE;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  if (!gtk_text_buffer_get_selection_bounds (self->buffer, &start, &end))
    return;

  if (gtk_text_iter_inside_word (&start) && !gtk_text_iter_starts_word (&start))
    changed |= gtk_text_iter_backward_word_start (&start);
  /* An end just after a word's last letter is already whole. */
  if (gtk_text_iter_inside_word (&end) && !gtk_text_iter_starts_word (&end) && !gtk_text_iter_ends_word (&end))
    changed |= gtk_text_iter_forward_word_end (&end);

  if (changed)
    gtk_text_buffer_select_range (self->buffer, &start, &end);
}
