/* lectern-library-row.c: one story in the library page's list: its title,
 * date, site and highlight count, how far it was read and its tags, and
 * a snippet read once it shows
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-library"

#include "config.h"

#include "lectern-library-row.h"

#include <glib/gi18n.h>
#include <stdio.h>

struct _LecternLibraryRow
{
  GtkWidget           parent_instance;

  GtkInscription     *title;
  GtkLabel           *date;
  GtkInscription     *details;
  GtkInscription     *progress;   /* how far it was read, and its own tags */
  GtkInscription     *snippet;

  LecternLibraryItem *item;
};

G_DEFINE_FINAL_TYPE (LecternLibraryRow, lectern_library_row, GTK_TYPE_WIDGET)

/* Between the lines, and between the title and the date. */
#define LINE_SPACING 2
#define DATE_SPACING 12

/* The height of a line of `widget`'s font. Inscriptions ask Pango for the
 * font's metrics on every measure, which lays out a sample text each time:
 * most of the list's cost. Fonts are few; their heights are kept. */
static int
line_height (GtkWidget *widget)
{
  static GHashTable *heights;  /* PangoFontDescription → height in px */
  PangoContext *context = gtk_widget_get_pango_context (widget);
  const PangoFontDescription *font = pango_context_get_font_description (context);
  PangoFontMetrics *metrics;
  gpointer height;

  if (heights == NULL)
    heights = g_hash_table_new_full ((GHashFunc) pango_font_description_hash,
                                     (GEqualFunc) pango_font_description_equal,
                                     (GDestroyNotify) pango_font_description_free, NULL);
  if (g_hash_table_lookup_extended (heights, font, NULL, &height))
    return GPOINTER_TO_INT (height);

  metrics = pango_context_get_metrics (context, font, NULL);
  height = GINT_TO_POINTER (PANGO_PIXELS_CEIL (pango_font_metrics_get_ascent (metrics)
                                               + pango_font_metrics_get_descent (metrics)));
  pango_font_metrics_unref (metrics);
  g_hash_table_insert (heights, pango_font_description_copy (font), height);

  return GPOINTER_TO_INT (height);
}

/* Three lines: the title with the date at its end, the details, the
 * snippet; as wide as it is given. */
static void
lectern_library_row_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  LecternLibraryRow *self = LECTERN_LIBRARY_ROW (widget);
  int date_min, date_nat;

  gtk_widget_measure (GTK_WIDGET (self->date), orientation, -1, &date_min, &date_nat, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = date_nat + DATE_SPACING;
      *natural = *minimum;
      return;
    }

  *minimum = MAX (line_height (GTK_WIDGET (self->title)), date_nat)
             + MAX (line_height (GTK_WIDGET (self->details)), line_height (GTK_WIDGET (self->progress)))
             + line_height (GTK_WIDGET (self->snippet)) + 2 * LINE_SPACING;
  *natural = *minimum;
}

static void
lectern_library_row_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  LecternLibraryRow *self = LECTERN_LIBRARY_ROW (widget);
  int date_width, date_height, title_width, first, y;
  int progress_width, details_width, second;
  gboolean rtl;

  gtk_widget_measure (GTK_WIDGET (self->date), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &date_width, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (self->date), GTK_ORIENTATION_VERTICAL, -1, NULL, &date_height, NULL, NULL);
  date_width = MIN (date_width, width);
  first = MAX (line_height (GTK_WIDGET (self->title)), date_height);

  /* The date at the end of the line: on the left in right-to-left text. */
  rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  title_width = MAX (width - date_width - DATE_SPACING, 0);
  gtk_widget_size_allocate (GTK_WIDGET (self->title),
                            &(GtkAllocation) { rtl ? width - title_width : 0, 0, title_width, first }, -1);
  gtk_widget_size_allocate (GTK_WIDGET (self->date),
                            &(GtkAllocation) { rtl ? 0 : width - date_width, 0, date_width, first }, -1);
  y = first + LINE_SPACING;

  /* The progress and tags at the end of the details' line, in a third of
   * it: a fixed share, as measuring their text for 200 rows would cost
   * more than the rest of the row. */
  progress_width = width / 3;
  details_width = MAX (width - progress_width - DATE_SPACING, 0);
  second = MAX (line_height (GTK_WIDGET (self->details)), line_height (GTK_WIDGET (self->progress)));
  gtk_widget_size_allocate (GTK_WIDGET (self->details),
                            &(GtkAllocation) { rtl ? width - details_width : 0, y, details_width, second }, -1);
  gtk_widget_size_allocate (GTK_WIDGET (self->progress),
                            &(GtkAllocation) { rtl ? 0 : width - progress_width, y, progress_width, second }, -1);
  y += second + LINE_SPACING;
  gtk_widget_size_allocate (GTK_WIDGET (self->snippet),
                            &(GtkAllocation) { 0, y, width, MAX (height - y, 0) }, -1);
}

/* A date to show: when published if known, else when added. */
static char *
entry_date (const LecternLibraryEntry *entry)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (sscanf (entry->published, "%4d-%2d-%2d", &year, &month, &day) == 3)
    date = g_date_time_new_local (year, month, day, 0, 0, 0);
  if (date == NULL)
    date = g_date_time_new_from_unix_local (entry->imported_at);

  /* Translators: a story's date in the library, as g_date_time_format()
   * writes it ("3 Dec 2026"): no all-digit form, which reads differently
   * from one country to the next. */
  return date != NULL ? g_date_time_format (date, C_("library date", "%-d %b %Y")) : g_strdup ("");
}

static void
on_item_snippet_cb (LecternLibraryRow  *self,
                    GParamSpec         *pspec,
                    LecternLibraryItem *item)
{
  gtk_inscription_set_text (self->snippet, lectern_library_item_get_snippet (item));
}

static void
show_item (LecternLibraryRow *self)
{
  const LecternLibraryEntry *entry = lectern_library_item_get_entry (self->item);
  const char *origin = lectern_library_item_get_origin (self->item);
  g_autofree char *date = entry_date (entry);
  g_autofree char *count = NULL;
  g_autofree char *details = NULL;
  g_autofree char *label = NULL;
  g_autofree char *progress = NULL;

  if (entry->n_highlights > 0)
    count = g_strdup_printf (ngettext ("%u highlight", "%u highlights", entry->n_highlights),
                             entry->n_highlights);
  else
    count = g_strdup (_("No highlights"));
  /* Translators: a library row: the site, author or file, then "3 highlights" */
  details = g_strdup_printf (C_("library row", "%s · %s"), origin[0] != '\0' ? origin : _("Pasted text"),
                             count);

  progress = lectern_library_progress_label (entry->progress);
  if (entry->story_tags != NULL && entry->story_tags[0] != '\0')
    {
      g_auto(GStrv) tags = g_strsplit (entry->story_tags, "\n", -1);
      g_autofree char *joined = g_strjoinv (", ", tags);
      g_autofree char *read = g_steal_pointer (&progress);

      /* Translators: a library row: how far it was read, then its tags */
      progress = g_strdup_printf (C_("library row", "%s · %s"), read, joined);
    }

  gtk_inscription_set_text (self->title, entry->title);
  gtk_label_set_text (self->date, date);
  gtk_inscription_set_text (self->details, details);
  gtk_inscription_set_text (self->progress, progress);
  gtk_inscription_set_text (self->snippet, entry->snippet);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self), entry->title);

  /* Translators: a library row read aloud: title, then "site · 3 highlights", then the date,
   * then how far it was read ("42 %", "Unread") and its tags */
  label = g_strdup_printf (C_("library row", "%s, %s, %s, %s"), entry->title, details, date, progress);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* The list's own row is what a screen reader lands on. */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
lectern_library_row_dispose (GObject *object)
{
  LecternLibraryRow *self = LECTERN_LIBRARY_ROW (object);

  lectern_library_row_set_item (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_LIBRARY_ROW);

  G_OBJECT_CLASS (lectern_library_row_parent_class)->dispose (object);
}

static void
lectern_library_row_class_init (LecternLibraryRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_library_row_dispose;
  widget_class->measure = lectern_library_row_measure;
  widget_class->size_allocate = lectern_library_row_size_allocate;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-library-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternLibraryRow, title);
  gtk_widget_class_bind_template_child (widget_class, LecternLibraryRow, date);
  gtk_widget_class_bind_template_child (widget_class, LecternLibraryRow, details);
  gtk_widget_class_bind_template_child (widget_class, LecternLibraryRow, progress);
  gtk_widget_class_bind_template_child (widget_class, LecternLibraryRow, snippet);
  gtk_widget_class_set_css_name (widget_class, "lectern-library-row");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lectern_library_row_init (LecternLibraryRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
lectern_library_row_new (void)
{
  return g_object_new (LECTERN_TYPE_LIBRARY_ROW, NULL);
}

void
lectern_library_row_set_item (LecternLibraryRow  *self,
                              LecternLibraryItem *item)
{
  g_return_if_fail (LECTERN_IS_LIBRARY_ROW (self));
  g_return_if_fail (item == NULL || LECTERN_IS_LIBRARY_ITEM (item));

  if (self->item == item)
    return;

  if (self->item != NULL)
    g_signal_handlers_disconnect_by_func (self->item, on_item_snippet_cb, self);
  g_set_object (&self->item, item);
  if (item == NULL)
    return;

  g_signal_connect_object (item, "notify::snippet", G_CALLBACK (on_item_snippet_cb), self,
                           G_CONNECT_SWAPPED);
  show_item (self);
}

LecternLibraryItem *
lectern_library_row_get_item (LecternLibraryRow *self)
{
  g_return_val_if_fail (LECTERN_IS_LIBRARY_ROW (self), NULL);

  return self->item;
}
