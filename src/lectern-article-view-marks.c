/* lectern-article-view-marks.c: what the reading pane paints over the
 * text: highlights and their overlaps, note markers, entity mentions and
 * quotations
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-article-view"

#include "config.h"

#include "lectern-article-view.h"
#include "lectern-article-view-private.h"

#include <adwaita.h>
#include <string.h>

/* A note marker: the ✎ button in the right margin, knowing the highlight
 * it opens and where it was last placed. Markers are reused, so both
 * change over its life. */
#define LECTERN_TYPE_NOTE_MARKER (lectern_note_marker_get_type ())
G_DECLARE_FINAL_TYPE (LecternNoteMarker, lectern_note_marker, LECTERN, NOTE_MARKER, GtkButton)

struct _LecternNoteMarker
{
  GtkButton  parent_instance;

  gint64     highlight_id;
  gboolean   placed;   /* x and y hold where it was last moved to */
  int        x;
  int        y;
};

G_DEFINE_FINAL_TYPE (LecternNoteMarker, lectern_note_marker, GTK_TYPE_BUTTON)

static void
lectern_note_marker_class_init (LecternNoteMarkerClass *klass)
{
}

static void
lectern_note_marker_init (LecternNoteMarker *self)
{
}

/* Quotations tagged per main-loop iteration: about 20 ms of work. A 12 MB
 * story holds 41,000 of them, 0.8 s in one go. */
#define QUOTATIONS_CHUNK 1000

void
lectern_article_view_highlight_info_free (gpointer data)
{
  HighlightInfo *info = data;

  g_clear_object (&info->annotation);
  g_free (info);
}

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

void
lectern_article_view_apply_highlight_tag (LecternArticleView  *self,
                     HighlightInfo       *info)
{
  GtkTextIter start, end;

  lectern_article_view_get_iter_at_offset (self, &start, INFO_HIGHLIGHT (info)->start);
  lectern_article_view_get_iter_at_offset (self, &end, INFO_HIGHLIGHT (info)->end);
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
void
lectern_article_view_refresh_overlaps (LecternArticleView *self)
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
      lectern_article_view_get_iter_at_offset (self, &start, a);
      lectern_article_view_get_iter_at_offset (self, &end, b);
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

void
lectern_article_view_refresh_note_marks (LecternArticleView *self)
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

      lectern_article_view_get_iter_at_offset (self, &start, INFO_HIGHLIGHT (info)->start);
      lectern_article_view_get_iter_at_offset (self, &end, INFO_HIGHLIGHT (info)->end);
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
  lectern_article_view_emit_highlight_activated (self, LECTERN_NOTE_MARKER (button)->highlight_id);
}

/* Moving an overlay child queues an allocation: only when it moved, as
 * each allocation of the view places the markers again. */
static void
move_marker (LecternArticleView *self,
             GtkWidget          *marker,
             int                 x,
             int                 y)
{
  LecternNoteMarker *note_marker = LECTERN_NOTE_MARKER (marker);

  if (note_marker->placed && note_marker->x == x && note_marker->y == y)
    return;
  note_marker->placed = TRUE;
  note_marker->x = x;
  note_marker->y = y;
  gtk_text_view_move_overlay (self->text_view, marker, x, y);
}

/* Places the note markers in the right margin, level with the first line
 * of their highlight. Runs after layout changes. */
gboolean
lectern_article_view_position_markers_cb (gpointer user_data)
{
  LecternArticleView *self = user_data;
  GHashTableIter iter;
  gpointer value;
  GdkRectangle visible;
  GtkTextIter top, bottom;
  gint64 first, last;
  int x;

  self->markers_source = 0;
  if (!lectern_article_view_can_annotate (self))
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

  /* Overlay positions are buffer coordinates: GtkTextViewChild takes the
   * scroll offset off when it is allocated (the view asks for that when
   * it scrolls, as GTK 4.8 does not). Subtracting the scroll here as well,
   * as before, put markers a scroll's height too high once anything had
   * allocated the view while scrolled: a reflow, a zoom, a reopened story
   * (issue 7, markers drifted or vanished). */
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
          LECTERN_NOTE_MARKER (info->marker)->highlight_id = info->id;
          gtk_widget_set_visible (info->marker, TRUE);
        }
      else if (info->marker == NULL)
        {
          info->marker = g_object_new (LECTERN_TYPE_NOTE_MARKER, "label", "✎", NULL);
          gtk_widget_add_css_class (info->marker, "flat");
          gtk_widget_add_css_class (info->marker, "note-marker");
          gtk_widget_set_focus_on_click (info->marker, FALSE);
          LECTERN_NOTE_MARKER (info->marker)->highlight_id = info->id;
          g_signal_connect_object (info->marker, "clicked", G_CALLBACK (on_marker_clicked_cb), self, 0);
          gtk_text_view_add_overlay (self->text_view, info->marker, 0, 0);
        }

      gtk_widget_set_tooltip_text (info->marker, INFO_HIGHLIGHT (info)->note);
      gtk_accessible_update_property (GTK_ACCESSIBLE (info->marker),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, INFO_HIGHLIGHT (info)->note,
                                      -1);
      lectern_article_view_get_iter_at_offset (self, &start, INFO_HIGHLIGHT (info)->start);
      gtk_text_view_get_iter_location (self->text_view, &start, &rect);
      move_marker (self, info->marker, MAX (x, 0), rect.y - 4);
    }

  return G_SOURCE_REMOVE;
}

/* The markers' container (the view's GtkTextViewChild, one for all
 * overlays) places them again. */
void
lectern_article_view_queue_allocate_markers (LecternArticleView *self)
{
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->highlights);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      HighlightInfo *info = value;

      if (info->marker != NULL && gtk_widget_get_parent (info->marker) != NULL)
        {
          gtk_widget_queue_allocate (gtk_widget_get_parent (info->marker));
          return;
        }
    }
}

void
lectern_article_view_queue_position_markers (LecternArticleView *self)
{
  if (self->markers_source == 0)
    self->markers_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 10, lectern_article_view_position_markers_cb, self, NULL);
}

/* Quotations are a sepia italic: not a background (highlights, the
 * selection) nor a line (mentions, notes). The colour follows the style
 * so it reads on light and dark backgrounds alike. */
void
lectern_article_view_update_quotation_tag (LecternArticleView *self)
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

      lectern_article_view_get_iter_at_offset (self, &start, span->start);
      lectern_article_view_get_iter_at_offset (self, &end, span->end);
      gtk_text_buffer_apply_tag (self->buffer, self->quotation_tag, &start, &end);
    }
  if (self->quotations_done < n)
    return G_SOURCE_CONTINUE;

  self->quotations_source = 0;
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
void
lectern_article_view_apply_quotations (LecternArticleView *self)
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

  /* While a long story loads, the highlight is painted on the part shown
   * (positions past it end at its end); finish_loading() paints them all
   * on the whole text. */
  if (!lectern_article_view_can_annotate (self) || self->batch)
    return;

  lectern_article_view_apply_highlight_tag (self, info);
  lectern_article_view_refresh_overlaps (self);
  lectern_article_view_refresh_note_marks (self);
  lectern_article_view_queue_position_markers (self);
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

  if (!lectern_article_view_can_annotate (self))
    return;

  g_hash_table_iter_init (&iter, self->highlights);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    lectern_article_view_apply_highlight_tag (self, value);
  lectern_article_view_refresh_overlaps (self);
  lectern_article_view_refresh_note_marks (self);
  lectern_article_view_queue_position_markers (self);
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
  lectern_article_view_refresh_overlaps (self);
  lectern_article_view_refresh_note_marks (self);
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
  lectern_article_view_refresh_overlaps (self);
  lectern_article_view_refresh_note_marks (self);
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

      lectern_article_view_get_iter_at_offset (self, &start, span->start);
      lectern_article_view_get_iter_at_offset (self, &end, span->end);
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
    lectern_article_view_apply_quotations (self);
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
  lectern_article_view_update_quotation_tag (self);
  if (shown && !self->quotations_applied && !lectern_article_view_get_loading (self))
    lectern_article_view_apply_quotations (self);
}

gboolean
lectern_article_view_get_quotations_shown (LecternArticleView *self)
{
  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), FALSE);

  return self->quotations_shown;
}
