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

/* The five lines of a row, each in the font of its CSS classes. */
typedef enum
{
  LINE_TITLE,
  LINE_DATE,
  LINE_DETAILS,
  LINE_PROGRESS,   /* how far it was read, and its own tags */
  LINE_SNIPPET,
  N_LINES
} Line;

static const struct
{
  float              xalign;
  gboolean           dim;
  const char *const *classes;
} line_looks[N_LINES] = {
  [LINE_TITLE] = { 0, FALSE, (const char *const[]) { "heading", NULL } },
  [LINE_DATE] = { 1, TRUE, (const char *const[]) { "dim-label", "caption", NULL } },
  [LINE_DETAILS] = { 0, FALSE, (const char *const[]) { "caption", NULL } },
  [LINE_PROGRESS] = { 1, TRUE, (const char *const[]) { "dim-label", "caption", NULL } },
  [LINE_SNIPPET] = { 0, TRUE, (const char *const[]) { "dim-label", NULL } },
};

/* libadwaita's .dim-label opacity, given to the colour of the dim lines:
 * GTK gives no public access to a CSS opacity, and a translucent colour
 * draws no offscreen group as an opacity would (the same for text). */
#define DIM_OPACITY 0.55f

/* Between the lines, and between the title and the date. */
#define LINE_SPACING 2
#define DATE_SPACING 12

struct _LecternLibraryRow
{
  GtkWidget           parent_instance;

  /* The rows of a list share a look: a hidden row whose children are
   * labels with each line's CSS classes, for their fonts. NULL in the
   * look itself, which has the labels. */
  LecternLibraryRow  *look;
  GtkWidget          *probes[N_LINES];

  char               *texts[N_LINES];
  PangoLayout        *layouts[N_LINES];   /* made when drawn */
  GdkRectangle        boxes[N_LINES];     /* where each line goes */

  LecternLibraryItem *item;
  gboolean            snippet_asked;  /* for this item */
};

G_DEFINE_FINAL_TYPE (LecternLibraryRow, lectern_library_row, GTK_TYPE_WIDGET)

enum { SIGNAL_SNIPPET_WANTED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* What every row's lines need, found once from the look: rows are alike,
 * and measuring each row's text would lay out 200 rows' lines. Forgotten
 * when the fonts change (system_setting_changed). */
static struct
{
  gboolean     known;
  int          first;     /* the title's line */
  int          second;    /* the details' and progress' line */
  int          third;     /* the snippet's line */
  int          dates;     /* the width of the dates' column */
} lines;

static const char *
date_format (void)
{
  /* Translators: a story's date in the library, as g_date_time_format()
   * writes it ("3 Dec 2026"): no all-digit form, which reads differently
   * from one country to the next. */
  return C_("library date", "%-d %b %Y");
}

static GtkWidget *
probe (LecternLibraryRow *self,
       Line               line)
{
  return (self->look != NULL ? self->look : self)->probes[line];
}

static int
line_height (LecternLibraryRow *self,
             Line               line)
{
  PangoContext *context = gtk_widget_get_pango_context (probe (self, line));
  PangoFontMetrics *metrics = pango_context_get_metrics (context, pango_context_get_font_description (context),
                                                         NULL);
  int height = PANGO_PIXELS_CEIL (pango_font_metrics_get_ascent (metrics)
                                  + pango_font_metrics_get_descent (metrics));

  pango_font_metrics_unref (metrics);
  return height;
}

/* The dates' column is as wide as the widest date can be (the 28th of
 * each month, and a digit more, as digits may differ in width): the same
 * for every row, measured once. */
static void
ensure_lines (LecternLibraryRow *self)
{
  g_autoptr(PangoLayout) layout = NULL;
  int date_height = 0;

  if (lines.known)
    return;

  layout = gtk_widget_create_pango_layout (probe (self, LINE_DATE), NULL);
  lines.dates = 0;
  for (int month = 1; month <= 12; month++)
    {
      g_autoptr(GDateTime) date = g_date_time_new_local (2000, month, 28, 0, 0, 0);
      g_autofree char *text = g_date_time_format (date, date_format ());
      int width, height;

      pango_layout_set_text (layout, text != NULL ? text : "", -1);
      pango_layout_get_pixel_size (layout, &width, &height);
      lines.dates = MAX (lines.dates, width);
      date_height = MAX (date_height, height);
    }
  {
    int digit;

    pango_layout_set_text (layout, "0", -1);
    pango_layout_get_pixel_size (layout, &digit, NULL);
    lines.dates += digit;
  }
  lines.first = MAX (line_height (self, LINE_TITLE), date_height);
  lines.second = MAX (line_height (self, LINE_DETAILS), line_height (self, LINE_PROGRESS));
  lines.third = line_height (self, LINE_SNIPPET);
  lines.known = TRUE;
}

/* Fonts, colours or direction may have changed: laid out again when drawn. */
static void
forget_layouts (LecternLibraryRow *self)
{
  for (Line line = 0; line < N_LINES; line++)
    if (self->layouts[line] != NULL)
      pango_layout_context_changed (self->layouts[line]);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
lectern_library_row_system_setting_changed (GtkWidget        *widget,
                                            GtkSystemSetting  setting)
{
  if (setting == GTK_SYSTEM_SETTING_DPI || setting == GTK_SYSTEM_SETTING_FONT_NAME
      || setting == GTK_SYSTEM_SETTING_FONT_CONFIG)
    {
      lines.known = FALSE;
      gtk_widget_queue_resize (widget);
    }
  forget_layouts (LECTERN_LIBRARY_ROW (widget));

  GTK_WIDGET_CLASS (lectern_library_row_parent_class)->system_setting_changed (widget, setting);
}

static void
lectern_library_row_css_changed (GtkWidget         *widget,
                                 GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (lectern_library_row_parent_class)->css_changed (widget, change);
  forget_layouts (LECTERN_LIBRARY_ROW (widget));
}

static void
lectern_library_row_direction_changed (GtkWidget        *widget,
                                       GtkTextDirection  previous)
{
  GTK_WIDGET_CLASS (lectern_library_row_parent_class)->direction_changed (widget, previous);
  forget_layouts (LECTERN_LIBRARY_ROW (widget));
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
    *minimum = lines.dates + DATE_SPACING;
  else
    *minimum = lines.first + lines.second + lines.third + 2 * LINE_SPACING;
  *natural = *minimum;
}

static void
place (LecternLibraryRow *self,
       Line               line,
       gboolean           rtl,
       int                width,
       int                x,
       int                y,
       int                line_width,
       int                height)
{
  self->boxes[line] = (GdkRectangle) { rtl ? width - x - line_width : x, y, line_width, height };
}

static void
lectern_library_row_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  LecternLibraryRow *self = LECTERN_LIBRARY_ROW (widget);
  int dates, title_width, y;
  int progress_width, details_width;
  gboolean rtl;

  ensure_lines (self);
  dates = MIN (lines.dates, width);

  /* The date at the end of the line: on the left in right-to-left text. */
  rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  title_width = MAX (width - dates - DATE_SPACING, 0);
  place (self, LINE_TITLE, rtl, width, 0, 0, title_width, lines.first);
  place (self, LINE_DATE, rtl, width, width - dates, 0, dates, lines.first);
  y = lines.first + LINE_SPACING;

  /* The progress and tags at the end of the details' line, in a third of
   * it: a fixed share, as measuring their text for 200 rows would cost
   * more than the rest of the row. */
  progress_width = width / 3;
  details_width = MAX (width - progress_width - DATE_SPACING, 0);
  place (self, LINE_DETAILS, rtl, width, 0, y, details_width, lines.second);
  place (self, LINE_PROGRESS, rtl, width, width - progress_width, y, progress_width, lines.second);
  y += lines.second + LINE_SPACING;
  place (self, LINE_SNIPPET, rtl, width, 0, y, width, MAX (height - y, 0));
}

/* Each line ellipsized at its end (so within its box), in its font and
 * colour, laid out only when drawn: of 200 rows GTK 4.8 keeps,
 * only those on screen are. */
static void
draw_line (LecternLibraryRow *self,
           GtkSnapshot       *snapshot,
           Line               line,
           const GdkRGBA     *color,
           gboolean           rtl)
{
  const GdkRectangle *box = &self->boxes[line];
  PangoLayout *layout = self->layouts[line];
  PangoRectangle logical;
  float xalign = rtl ? 1 - line_looks[line].xalign : line_looks[line].xalign;

  if (self->texts[line] == NULL || self->texts[line][0] == '\0' || box->width <= 0)
    return;

  if (layout == NULL)
    {
      /* In the context of the look's label: its font, and no context
       * made for each row. */
      layout = self->layouts[line] = pango_layout_new (gtk_widget_get_pango_context (probe (self, line)));
      pango_layout_set_text (layout, self->texts[line], -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      pango_layout_set_single_paragraph_mode (layout, TRUE);
    }
  pango_layout_set_width (layout, box->width * PANGO_SCALE);
  pango_layout_get_pixel_extents (layout, NULL, &logical);

  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot,
                          &GRAPHENE_POINT_INIT (box->x + floorf (xalign * (box->width - logical.width)) - logical.x,
                                                box->y + floorf ((box->height - logical.height) / 2.0f)));
  gtk_snapshot_append_layout (snapshot, layout, color);
  gtk_snapshot_restore (snapshot);
}

static void
set_line (LecternLibraryRow *self,
          Line               line,
          const char        *text)
{
  if (g_strcmp0 (self->texts[line], text) == 0)
    return;

  g_free (self->texts[line]);
  self->texts[line] = g_strdup (text);
  if (self->layouts[line] != NULL)
    pango_layout_set_text (self->layouts[line], text != NULL ? text : "", -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
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

  return date != NULL ? g_date_time_format (date, date_format ()) : g_strdup ("");
}

static void
on_item_snippet_cb (LecternLibraryRow  *self,
                    GParamSpec         *pspec,
                    LecternLibraryItem *item)
{
  set_line (self, LINE_SNIPPET, lectern_library_item_get_snippet (item));
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

  set_line (self, LINE_TITLE, entry->title);
  set_line (self, LINE_DATE, date);
  set_line (self, LINE_DETAILS, details);
  set_line (self, LINE_PROGRESS, progress);
  set_line (self, LINE_SNIPPET, entry->snippet);

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
  GdkRGBA color, dim;
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;

  if (self->item != NULL && !self->snippet_asked && lectern_library_item_get_snippet (self->item) == NULL)
    {
      self->snippet_asked = TRUE;
      g_signal_emit (self, signals[SIGNAL_SNIPPET_WANTED], 0, self->item);
    }

  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &color);
  dim = color;
  dim.alpha *= DIM_OPACITY;
  for (Line line = 0; line < N_LINES; line++)
    draw_line (self, snapshot, line, line_looks[line].dim ? &dim : &color, rtl);
}

static void
lectern_library_row_dispose (GObject *object)
{
  LecternLibraryRow *self = LECTERN_LIBRARY_ROW (object);
  GtkWidget *child;

  lectern_library_row_set_item (self, NULL);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  for (Line line = 0; line < N_LINES; line++)
    {
      self->probes[line] = NULL;
      g_clear_object (&self->layouts[line]);
      g_clear_pointer (&self->texts[line], g_free);
    }
  g_clear_object (&self->look);

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
  widget_class->css_changed = lectern_library_row_css_changed;
  widget_class->direction_changed = lectern_library_row_direction_changed;

  gtk_widget_class_set_css_name (widget_class, "lectern-library-row");

  signals[SIGNAL_SNIPPET_WANTED] =
    g_signal_new ("snippet-wanted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, LECTERN_TYPE_LIBRARY_ITEM);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

/* In code, not from a template, unlike the app's other widgets: GtkBuilder
 * parses a template's XML for every row it makes, and GTK 4.8 makes about
 * 200 rows. A template of five line widgets made the first open of the
 * library 23 % dearer (244 M instructions instead of 198 M); one widget
 * a row that draws its lines is cheaper still (docs/pages.md). */
static void
lectern_library_row_init (LecternLibraryRow *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_set_margin_start (widget, 6);
  gtk_widget_set_margin_end (widget, 6);
  gtk_widget_set_margin_top (widget, 3);
  gtk_widget_set_margin_bottom (widget, 3);
  gtk_widget_set_has_tooltip (widget, TRUE);
}

GtkWidget *
lectern_library_row_new_look (void)
{
  LecternLibraryRow *self = g_object_new (LECTERN_TYPE_LIBRARY_ROW, "visible", FALSE, NULL);

  for (Line line = 0; line < N_LINES; line++)
    {
      self->probes[line] = g_object_new (GTK_TYPE_LABEL, "css-classes", line_looks[line].classes, NULL);
      gtk_widget_set_parent (self->probes[line], GTK_WIDGET (self));
    }

  return GTK_WIDGET (self);
}

GtkWidget *
lectern_library_row_new (LecternLibraryRow *look)
{
  LecternLibraryRow *self;

  g_return_val_if_fail (LECTERN_IS_LIBRARY_ROW (look) && look->look == NULL, NULL);

  self = g_object_new (LECTERN_TYPE_LIBRARY_ROW, NULL);
  self->look = g_object_ref (look);
  return GTK_WIDGET (self);
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

gboolean
lectern_library_row_shows_text (GtkWidget  *widget,
                                const char *text)
{
  if (!LECTERN_IS_LIBRARY_ROW (widget))
    return FALSE;

  for (Line line = 0; line < N_LINES; line++)
    if (g_strcmp0 (LECTERN_LIBRARY_ROW (widget)->texts[line], text) == 0)
      return TRUE;

  return FALSE;
}
