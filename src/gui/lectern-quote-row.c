/* lectern-quote-row.c: one quotation, or a speaker's heading, in the
 * Quotes page of the sidebar
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-quote-row"

#include "config.h"

#include "lectern-quote-row.h"

#include <glib/gi18n.h>
#include <string.h>

struct _LecternQuoteItem
{
  GObject    parent_instance;
  gboolean   heading;
  char      *title;      /* a heading's; a quotation's words */
  char      *speaker;    /* nullable */
  guint      count;      /* a heading's number of quotations */
  gint64     start;
  gint64     end;
  GPtrArray *entities;   /* nullable */
};

G_DEFINE_FINAL_TYPE (LecternQuoteItem, lectern_quote_item, G_TYPE_OBJECT)

struct _LecternQuoteRow
{
  GtkWidget         parent_instance;

  GtkLabel         *heading_label;
  GtkLabel         *count_label;
  GtkLabel         *text_label;
  GtkButton        *highlight_button;
  GtkMenuButton    *menu_button;

  LecternQuoteItem *item;
};

G_DEFINE_FINAL_TYPE (LecternQuoteRow, lectern_quote_row, GTK_TYPE_WIDGET)

/* Words shown per quotation: enough to recognize it in three lines. */
#define TITLE_MAX_CHARS 240

static void
lectern_quote_item_finalize (GObject *object)
{
  LecternQuoteItem *self = LECTERN_QUOTE_ITEM (object);

  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->speaker, g_free);
  g_clear_pointer (&self->entities, g_ptr_array_unref);

  G_OBJECT_CLASS (lectern_quote_item_parent_class)->finalize (object);
}

static void
lectern_quote_item_class_init (LecternQuoteItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lectern_quote_item_finalize;
}

static void
lectern_quote_item_init (LecternQuoteItem *self)
{
}

/* One line of at most TITLE_MAX_CHARS characters: line breaks inside a
 * quotation across paragraphs would make rows of uneven heights. */
static char *
shorten (const char *text)
{
  g_autofree char *line = g_strdup (text);
  GString *out;

  g_strdelimit (line, "\r\n\t", ' ');
  g_strstrip (line);
  if (g_utf8_strlen (line, -1) <= TITLE_MAX_CHARS)
    return g_steal_pointer (&line);

  out = g_string_new_len (line, g_utf8_offset_to_pointer (line, TITLE_MAX_CHARS) - line);
  g_string_append (out, "…");
  return g_string_free (out, FALSE);
}

const char *
lectern_quote_get_display_speaker (const LecternQuote *quote)
{
  g_return_val_if_fail (quote != NULL, NULL);

  if (quote->speaker != NULL)
    return quote->speaker;
  /* A description has a determiner and a noun at least. */
  if (quote->speaker_text != NULL)
    {
      const char *space = strchr (quote->speaker_text + strspn (quote->speaker_text, " "), ' ');

      if (space != NULL && space[strspn (space, " ")] != '\0')
        return quote->speaker_text;
    }
  return NULL;
}

LecternQuoteItem *
lectern_quote_item_new (const LecternQuote *quote,
                        const char         *text,
                        GPtrArray          *entities)
{
  LecternQuoteItem *self;

  g_return_val_if_fail (quote != NULL, NULL);
  g_return_val_if_fail (text != NULL, NULL);

  self = g_object_new (LECTERN_TYPE_QUOTE_ITEM, NULL);
  self->title = shorten (text);
  self->speaker = g_strdup (lectern_quote_get_display_speaker (quote));
  self->start = quote->start;
  self->end = quote->end;
  self->entities = entities != NULL ? g_ptr_array_ref (entities) : NULL;

  return self;
}

LecternQuoteItem *
lectern_quote_item_new_heading (const char *title,
                                const char *speaker,
                                guint       count)
{
  LecternQuoteItem *self = g_object_new (LECTERN_TYPE_QUOTE_ITEM, NULL);

  self->heading = TRUE;
  self->title = g_strdup (title);
  self->speaker = g_strdup (speaker);
  self->count = count;
  self->start = self->end = -1;

  return self;
}

gboolean
lectern_quote_item_is_heading (LecternQuoteItem *self)
{
  g_return_val_if_fail (LECTERN_IS_QUOTE_ITEM (self), FALSE);

  return self->heading;
}

const char *
lectern_quote_item_get_title (LecternQuoteItem *self)
{
  g_return_val_if_fail (LECTERN_IS_QUOTE_ITEM (self), NULL);

  return self->title;
}

const char *
lectern_quote_item_get_speaker (LecternQuoteItem *self)
{
  g_return_val_if_fail (LECTERN_IS_QUOTE_ITEM (self), NULL);

  return self->speaker;
}

guint
lectern_quote_item_get_count (LecternQuoteItem *self)
{
  g_return_val_if_fail (LECTERN_IS_QUOTE_ITEM (self), 0);

  return self->count;
}

gint64
lectern_quote_item_get_start (LecternQuoteItem *self)
{
  g_return_val_if_fail (LECTERN_IS_QUOTE_ITEM (self), -1);

  return self->start;
}

gint64
lectern_quote_item_get_end (LecternQuoteItem *self)
{
  g_return_val_if_fail (LECTERN_IS_QUOTE_ITEM (self), -1);

  return self->end;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  const LecternEntity *x = *(LecternEntity *const *) a;
  const LecternEntity *y = *(LecternEntity *const *) b;

  return g_utf8_collate (x->name, y->name);
}

/* The corrections of a quotation: another speaker among the story's
 * people and organizations, nobody, or not a quotation. Actions take the
 * quotation's span, so they act on it whatever the list shows by then. */
static GMenuModel *
create_quote_menu (LecternQuoteItem *item)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) speakers = g_menu_new ();
  g_autoptr(GMenu) others = g_menu_new ();
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GMenuItem) menu_item = NULL;

  for (guint i = 0; item->entities != NULL && i < item->entities->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (item->entities, i);

      if ((entity->type == LECTERN_ENTITY_PERSON || entity->type == LECTERN_ENTITY_ORGANIZATION) &&
          g_strcmp0 (entity->name, item->speaker) != 0)
        g_ptr_array_add (sorted, entity);
    }
  g_ptr_array_sort (sorted, compare_names);

  for (guint i = 0; i < sorted->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (sorted, i);

      menu_item = g_menu_item_new (entity->name, NULL);
      g_menu_item_set_action_and_target (menu_item, "quotes.speaker", "(xxs)",
                                         item->start, item->end, entity->name);
      g_menu_append_item (speakers, menu_item);
      g_clear_object (&menu_item);
    }
  if (sorted->len > 0)
    g_menu_append_submenu (menu, _("_Said By"), G_MENU_MODEL (speakers));

  if (item->speaker != NULL)
    {
      menu_item = g_menu_item_new (_("Said by _Nobody Named"), NULL);
      g_menu_item_set_action_and_target (menu_item, "quotes.speaker", "(xxs)",
                                         item->start, item->end, "");
      g_menu_append_item (others, menu_item);
      g_clear_object (&menu_item);
    }

  menu_item = g_menu_item_new (_("N_ot a Quotation"), NULL);
  g_menu_item_set_action_and_target (menu_item, "quotes.not", "(xx)", item->start, item->end);
  g_menu_append_item (others, menu_item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (others));

  return G_MENU_MODEL (g_steal_pointer (&menu));
}

/* Built when it opens, as the entity rows' menus are: a menu of every
 * entity per row would cost N×N widgets on a story naming hundreds. */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  LecternQuoteRow *self = user_data;
  g_autoptr(GMenuModel) menu = NULL;

  if (self->item == NULL || self->item->heading)
    return;

  menu = create_quote_menu (self->item);
  gtk_menu_button_set_menu_model (button, menu);
}

static void
on_right_click_pressed_cb (GtkGestureClick *gesture,
                           int              n_press,
                           double           x,
                           double           y,
                           LecternQuoteRow *self)
{
  if (self->item == NULL || self->item->heading)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  lectern_quote_row_popup_menu (self);
}

static void
lectern_quote_row_dispose (GObject *object)
{
  LecternQuoteRow *self = LECTERN_QUOTE_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_QUOTE_ROW);
  /* Children without an id in the template are ours to drop too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (lectern_quote_row_parent_class)->dispose (object);
}

static void
lectern_quote_row_class_init (LecternQuoteRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_quote_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-quote-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternQuoteRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, LecternQuoteRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, LecternQuoteRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, LecternQuoteRow, highlight_button);
  gtk_widget_class_bind_template_child (widget_class, LecternQuoteRow, menu_button);
  gtk_widget_class_set_css_name (widget_class, "lectern-quote-row");
}

static void
lectern_quote_row_init (LecternQuoteRow *self)
{
  GtkGesture *right_click;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_menu_button_set_create_popup_func (self->menu_button, create_popup_cb, self, NULL);

  right_click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (right_click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (right_click, "pressed", G_CALLBACK (on_right_click_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (right_click));
}

GtkWidget *
lectern_quote_row_new (void)
{
  return g_object_new (LECTERN_TYPE_QUOTE_ROW, NULL);
}

void
lectern_quote_row_set_item (LecternQuoteRow  *self,
                            LecternQuoteItem *item)
{
  g_autofree char *count = NULL;
  g_autofree char *a11y = NULL;
  gboolean heading;

  g_return_if_fail (LECTERN_IS_QUOTE_ROW (self));
  g_return_if_fail (item == NULL || LECTERN_IS_QUOTE_ITEM (item));

  if (!g_set_object (&self->item, item) || item == NULL)
    return;

  /* A reused row must not keep the last quotation's menu. */
  gtk_menu_button_set_menu_model (self->menu_button, NULL);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_popup_cb, self, NULL);

  heading = item->heading;
  gtk_widget_set_visible (GTK_WIDGET (self->heading_label), heading);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), heading);
  gtk_widget_set_visible (GTK_WIDGET (self->text_label), !heading);
  gtk_widget_set_visible (GTK_WIDGET (self->highlight_button), !heading);
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), !heading);
  if (heading)
    {
      count = g_strdup_printf ("%u", item->count);
      gtk_label_set_text (self->heading_label, item->title);
      gtk_label_set_text (self->count_label, count);
      /* Translators: a speaker's name and how many quotations are theirs */
      a11y = g_strdup_printf (ngettext ("%s, %u quotation", "%s, %u quotations", item->count),
                              item->title, item->count);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      a11y, -1);
      return;
    }

  gtk_label_set_text (self->text_label, item->title);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->highlight_button), "(xx)",
                                    item->start, item->end);
  /* Named once it has a target: GTK warns about an action without one. */
  if (gtk_actionable_get_action_name (GTK_ACTIONABLE (self->highlight_button)) == NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (self->highlight_button), "quotes.highlight");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  item->title, -1);
}

void
lectern_quote_row_popup_menu (LecternQuoteRow *self)
{
  g_return_if_fail (LECTERN_IS_QUOTE_ROW (self));

  gtk_menu_button_popup (self->menu_button);
}
