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

  GtkLabel           *title;
  GtkLabel           *date;
  GtkLabel           *details;
  GtkLabel           *progress;   /* how far it was read, and its own tags */
  GtkLabel           *snippet;
  int                 date_width;

  LecternLibraryItem *item;
  gboolean            snippet_asked;  /* for this item */
};

G_DEFINE_FINAL_TYPE (LecternLibraryRow, lectern_library_row, GTK_TYPE_WIDGET)

enum { SIGNAL_SNIPPET_WANTED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* Between the lines, and between the title and the date. */
#define LINE_SPACING 2
#define DATE_SPACING 12

/* What every row's lines need, found once from the first row measured:
 * rows are alike, and each label would otherwise make its own PangoContext
 * to be measured (about 80,000 instructions each, 200 rows). Forgotten
 * when the fonts change (system_setting_changed). */
static struct
{
  gboolean     known;
  int          first;     /* the title's line */
  int          second;    /* the details' and progress' line */
  int          third;     /* the snippet's line */
  PangoLayout *dates;     /* in the date's font, to measure dates */
} lines;

static int
line_height (GtkWidget *widget)
{
  PangoContext *context = gtk_widget_get_pango_context (widget);
  PangoFontMetrics *metrics = pango_context_get_metrics (context, pango_context_get_font_description (context),
                                                         NULL);
  int height = PANGO_PIXELS_CEIL (pango_font_metrics_get_ascent (metrics)
                                  + pango_font_metrics_get_descent (metrics));

  pango_font_metrics_unref (metrics);
  return height;
}

static void
ensure_lines (LecternLibraryRow *self)
{
  int date_height;

  if (lines.known)
    return;

  g_clear_object (&lines.dates);
  lines.dates = gtk_widget_create_pango_layout (GTK_WIDGET (self->date), NULL);
  pango_layout_set_text (lines.dates, "0", -1);
  pango_layout_get_pixel_size (lines.dates, NULL, &date_height);
  lines.first = MAX (line_height (GTK_WIDGET (self->title)), date_height);
  lines.second = MAX (line_height (GTK_WIDGET (self->details)), line_height (GTK_WIDGET (self->progress)));
  lines.third = line_height (GTK_WIDGET (self->snippet));
  lines.known = TRUE;
}

/* The width of the date's text, without laying out the date label. */
static int
date_width (LecternLibraryRow *self)
{
  if (self->date_width < 0)
    {
      ensure_lines (self);
      pango_layout_set_text (lines.dates, gtk_label_get_text (self->date), -1);
      pango_layout_get_pixel_size (lines.dates, &self->date_width, NULL);
    }

  return self->date_width;
}

static void
lectern_library_row_system_setting_changed (GtkWidget        *widget,
                                            GtkSystemSetting  setting)
{
  LecternLibraryRow *self = LECTERN_LIBRARY_ROW (widget);

  if (setting == GTK_SYSTEM_SETTING_DPI || setting == GTK_SYSTEM_SETTING_FONT_NAME
      || setting == GTK_SYSTEM_SETTING_FONT_CONFIG)
    {
      lines.known = FALSE;
      self->date_width = -1;
      gtk_widget_queue_resize (widget);
    }

  GTK_WIDGET_CLASS (lectern_library_row_parent_class)->system_setting_changed (widget, setting);
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

  ensure_lines (self);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = date_width (self) + DATE_SPACING;
  else
    *minimum = lines.first + lines.second + lines.third + 2 * LINE_SPACING;
  *natural = *minimum;
}

static void
lectern_library_row_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  LecternLibraryRow *self = LECTERN_LIBRARY_ROW (widget);
  int dates, title_width, first, y;
  int progress_width, details_width, second;
  gboolean rtl;

  ensure_lines (self);
  dates = MIN (date_width (self), width);
  first = lines.first;

  /* The date at the end of the line: on the left in right-to-left text. */
  rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  title_width = MAX (width - dates - DATE_SPACING, 0);
  gtk_widget_size_allocate (GTK_WIDGET (self->title),
                            &(GtkAllocation) { rtl ? width - title_width : 0, 0, title_width, first }, -1);
  gtk_widget_size_allocate (GTK_WIDGET (self->date),
                            &(GtkAllocation) { rtl ? 0 : width - dates, 0, dates, first }, -1);
  y = first + LINE_SPACING;

  /* The progress and tags at the end of the details' line, in a third of
   * it: a fixed share, as measuring their text for 200 rows would cost
   * more than the rest of the row. */
  progress_width = width / 3;
  details_width = MAX (width - progress_width - DATE_SPACING, 0);
  second = lines.second;
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
  gtk_label_set_text (self->snippet, lectern_library_item_get_snippet (item));
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

  gtk_label_set_text (self->title, entry->title);
  if (g_strcmp0 (gtk_label_get_text (self->date), date) != 0)
    {
      gtk_label_set_text (self->date, date);
      self->date_width = -1;
    }
  gtk_label_set_text (self->details, details);
  gtk_label_set_text (self->progress, progress);
  gtk_label_set_text (self->snippet, entry->snippet != NULL ? entry->snippet : "");

  /* Translators: a library row read aloud: title, then "site · 3 highlights", then the date,
   * then how far it was read ("42 %", "Unread") and its tags */
  label = g_strdup_printf (C_("library row", "%s, %s, %s, %s"), entry->title, details, date, progress);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* The list's own row is what a screen reader lands on. */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                    GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

/* The title in full, asked for when the pointer rests on the row: cheaper
 * than a tooltip set on each of 200 rows. */
static gboolean
lectern_library_row_query_tooltip (GtkWidget  *widget,
                                   int         x,
                                   int         y,
                                   gboolean    keyboard_tooltip,
                                   GtkTooltip *tooltip)
{
  LecternLibraryRow *self = LECTERN_LIBRARY_ROW (widget);

  if (self->item == NULL)
    return FALSE;

  gtk_tooltip_set_text (tooltip, lectern_library_item_get_entry (self->item)->title);
  return TRUE;
}

/* The snippet is read for rows drawn only: asked for here, read later
 * (the view queues it; nothing changes in the tree while drawing). */
static void
lectern_library_row_snapshot (GtkWidget   *widget,
                              GtkSnapshot *snapshot)
{
  LecternLibraryRow *self = LECTERN_LIBRARY_ROW (widget);

  if (self->item != NULL && !self->snippet_asked && lectern_library_item_get_snippet (self->item) == NULL)
    {
      self->snippet_asked = TRUE;
      g_signal_emit (self, signals[SIGNAL_SNIPPET_WANTED], 0, self->item);
    }

  GTK_WIDGET_CLASS (lectern_library_row_parent_class)->snapshot (widget, snapshot);
}

static void
lectern_library_row_dispose (GObject *object)
{
  LecternLibraryRow *self = LECTERN_LIBRARY_ROW (object);

  GtkWidget *child;

  lectern_library_row_set_item (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

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
  widget_class->query_tooltip = lectern_library_row_query_tooltip;
  widget_class->snapshot = lectern_library_row_snapshot;
  widget_class->system_setting_changed = lectern_library_row_system_setting_changed;

  gtk_widget_class_set_css_name (widget_class, "lectern-library-row");

  signals[SIGNAL_SNIPPET_WANTED] =
    g_signal_new ("snippet-wanted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, LECTERN_TYPE_LIBRARY_ITEM);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* One line of text, its style classes given at once (a style is computed
 * once for it). */
static GtkLabel *
add_label (LecternLibraryRow  *self,
           float               xalign,
           const char *const  *classes)
{
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", xalign,
                                   "ellipsize", PANGO_ELLIPSIZE_END,
                                   "single-line-mode", TRUE,
                                   "css-classes", classes,
                                   NULL);

  gtk_widget_set_parent (label, GTK_WIDGET (self));
  return GTK_LABEL (label);
}

/* Built in code, not from a template: GtkBuilder parsing the template
 * for each of 200 rows cost more than the rest of the row. */
static void
lectern_library_row_init (LecternLibraryRow *self)
{
  static const char *const heading[] = { "heading", NULL };
  static const char *const dim_caption[] = { "dim-label", "caption", NULL };
  static const char *const caption[] = { "caption", NULL };
  static const char *const dim[] = { "dim-label", NULL };
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_set_margin_start (widget, 6);
  gtk_widget_set_margin_end (widget, 6);
  gtk_widget_set_margin_top (widget, 3);
  gtk_widget_set_margin_bottom (widget, 3);
  gtk_widget_set_has_tooltip (widget, TRUE);

  self->title = add_label (self, 0, heading);
  self->date = add_label (self, 1, dim_caption);
  self->details = add_label (self, 0, caption);
  self->progress = add_label (self, 1, dim_caption);
  self->snippet = add_label (self, 0, dim);
  self->date_width = -1;
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
  self->snippet_asked = FALSE;
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
