/* lectern-entity-row.c: one person or organization in the sidebar
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-entity-row"

#include "config.h"

#include "lectern-entity-row.h"

#include "lectern-corrections.h"

#include <glib/gi18n.h>

struct _LecternEntityItem
{
  GObject        parent_instance;
  GPtrArray     *entities;   /* nullable */
  LecternEntity *entity;     /* in `entities`; NULL for a heading */
  char          *title;
};

G_DEFINE_FINAL_TYPE (LecternEntityItem, lectern_entity_item, G_TYPE_OBJECT)

struct _LecternEntityRow
{
  GtkWidget          parent_instance;

  GtkLabel          *heading_label;
  GtkLabel          *name_label;
  GtkLabel          *count_label;
  GtkMenuButton     *menu_button;

  LecternEntityItem *item;
};

G_DEFINE_FINAL_TYPE (LecternEntityRow, lectern_entity_row, GTK_TYPE_WIDGET)

static void
lectern_entity_item_finalize (GObject *object)
{
  LecternEntityItem *self = LECTERN_ENTITY_ITEM (object);

  g_clear_pointer (&self->entities, g_ptr_array_unref);
  g_clear_pointer (&self->title, g_free);

  G_OBJECT_CLASS (lectern_entity_item_parent_class)->finalize (object);
}

static void
lectern_entity_item_class_init (LecternEntityItemClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lectern_entity_item_finalize;
}

static void
lectern_entity_item_init (LecternEntityItem *self)
{
}

LecternEntityItem *
lectern_entity_item_new (GPtrArray     *entities,
                         LecternEntity *entity)
{
  LecternEntityItem *self;

  g_return_val_if_fail (entities != NULL, NULL);
  g_return_val_if_fail (entity != NULL, NULL);

  self = g_object_new (LECTERN_TYPE_ENTITY_ITEM, NULL);
  self->entities = g_ptr_array_ref (entities);
  self->entity = entity;
  self->title = g_strdup (entity->name);

  return self;
}

LecternEntityItem *
lectern_entity_item_new_heading (const char *title)
{
  LecternEntityItem *self = g_object_new (LECTERN_TYPE_ENTITY_ITEM, NULL);

  self->title = g_strdup (title);

  return self;
}

LecternEntity *
lectern_entity_item_get_entity (LecternEntityItem *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_ITEM (self), NULL);

  return self->entity;
}

GPtrArray *
lectern_entity_item_get_entities (LecternEntityItem *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_ITEM (self), NULL);

  return self->entities;
}

const char *
lectern_entity_item_get_title (LecternEntityItem *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_ITEM (self), NULL);

  return self->title;
}

/* The corrections a person can make to an entity, as a menu of actions
 * whose target is the entity's key form. */
static GMenuModel *
create_entity_menu (LecternEntity *entity,
                    GPtrArray     *entities)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) fixes = g_menu_new ();
  g_autoptr(GMenu) merges = g_menu_new ();
  g_autoptr(GMenu) splits = g_menu_new ();
  const char *key = lectern_corrections_entity_key (entity);
  g_autoptr(GMenu) library = g_menu_new ();
  g_autoptr(GMenuItem) item = NULL;

  /* The page of this name in every story (issue 13). */
  item = g_menu_item_new (_("Across the _Library"), NULL);
  g_menu_item_set_action_and_target (item, "win.show-entity", "s", entity->name);
  g_menu_append_item (library, item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (library));
  g_clear_object (&item);

  item = g_menu_item_new (_("_Rename…"), NULL);
  g_menu_item_set_action_and_target (item, "names.rename", "s", key);
  g_menu_append_item (fixes, item);
  g_clear_object (&item);

  item = g_menu_item_new (entity->type == LECTERN_ENTITY_PERSON ? _("It Is an _Organization")
                                                                : _("It Is a _Person"),
                          NULL);
  g_menu_item_set_action_and_target (item, "names.retype", "s", key);
  g_menu_append_item (fixes, item);
  g_clear_object (&item);

  item = g_menu_item_new (_("_Not a Person or Organization"), NULL);
  g_menu_item_set_action_and_target (item, "names.remove", "s", key);
  g_menu_append_item (fixes, item);
  g_clear_object (&item);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (fixes));

  {
    g_autoptr(GMenu) quotes = g_menu_new ();
    g_autofree char *label = NULL;

    /* Translators: %s is the name of a person or organization */
    label = g_strdup_printf (_("Show _Quotes by %s"), entity->name);
    item = g_menu_item_new (label, NULL);
    g_menu_item_set_action_and_target (item, "names.show-quotes", "s", entity->name);
    g_menu_append_item (quotes, item);
    g_clear_object (&item);
    g_menu_prepend_section (menu, NULL, G_MENU_MODEL (quotes));
  }

  for (guint i = 0; entities != NULL && i < entities->len; i++)
    {
      LecternEntity *other = g_ptr_array_index (entities, i);
      g_autofree char *label = NULL;

      if (other == entity || (other->type != LECTERN_ENTITY_PERSON &&
                              other->type != LECTERN_ENTITY_ORGANIZATION))
        continue;

      /* Translators: merging another entry of the list into this one */
      label = g_strdup_printf (_("Merge “%s” Into This"), other->name);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "names.merge", "(ss)",
                                         key, lectern_corrections_entity_key (other));
      g_menu_append_item (merges, item);
      g_clear_object (&item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (merges)) > 0)
    g_menu_append_submenu (menu, _("_Merge"), G_MENU_MODEL (merges));

  for (guint i = 1; entity->forms != NULL && i < entity->forms->len; i++)
    {
      const char *form = g_ptr_array_index (entity->forms, i);
      g_autofree char *label = NULL;

      /* Translators: %s is a name as written in the story */
      label = g_strdup_printf (_("Split Off “%s”"), form);
      item = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (item, "names.split", "s", form);
      g_menu_append_item (splits, item);
      g_clear_object (&item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (splits)) > 0)
    g_menu_append_section (menu, NULL, G_MENU_MODEL (splits));

  return G_MENU_MODEL (g_steal_pointer (&menu));
}

/* The menu is built when it opens. Each lists every other entity to merge
 * with; building them all up front made N menus of N items, each with its
 * popover of widgets, which froze the window for minutes on a story naming
 * a few hundred people (issue 8). */
static void
create_popup_cb (GtkMenuButton *button,
                 gpointer       user_data)
{
  LecternEntityRow *self = user_data;
  g_autoptr(GMenuModel) menu = NULL;

  if (self->item == NULL || self->item->entity == NULL)
    return;

  menu = create_entity_menu (self->item->entity, self->item->entities);
  gtk_menu_button_set_menu_model (button, menu);
}

static void
on_right_click_pressed_cb (GtkGestureClick  *gesture,
                           int               n_press,
                           double            x,
                           double            y,
                           LecternEntityRow *self)
{
  if (self->item == NULL || self->item->entity == NULL)
    return;

  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  lectern_entity_row_popup_menu (self);
}

/* Computed when asked: setting a tooltip on every row as it is bound cost
 * more than the rest of the row. */
static gboolean
on_menu_button_query_tooltip_cb (GtkWidget        *button,
                                 int               x,
                                 int               y,
                                 gboolean          keyboard,
                                 GtkTooltip       *tooltip,
                                 LecternEntityRow *self)
{
  g_autofree char *text = NULL;

  if (self->item == NULL || self->item->entity == NULL)
    return FALSE;

  /* Translators: %s is the name of a person or organization */
  text = g_strdup_printf (_("Correct “%s”"), self->item->entity->name);
  gtk_tooltip_set_text (tooltip, text);

  return TRUE;
}

static void
lectern_entity_row_dispose (GObject *object)
{
  LecternEntityRow *self = LECTERN_ENTITY_ROW (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_ENTITY_ROW);
  /* Children without an id in the template are ours to drop too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->item);

  G_OBJECT_CLASS (lectern_entity_row_parent_class)->dispose (object);
}

static void
lectern_entity_row_class_init (LecternEntityRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_entity_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-entity-row.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternEntityRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityRow, count_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityRow, menu_button);
  gtk_widget_class_bind_template_callback (widget_class, on_menu_button_query_tooltip_cb);
  gtk_widget_class_set_css_name (widget_class, "lectern-entity-row");
}

static void
lectern_entity_row_init (LecternEntityRow *self)
{
  GtkGesture *right_click;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_add_css_class (GTK_WIDGET (self), "entity-row");
  gtk_menu_button_set_create_popup_func (self->menu_button, create_popup_cb, self, NULL);

  right_click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (right_click), GDK_BUTTON_SECONDARY);
  g_signal_connect_object (right_click, "pressed", G_CALLBACK (on_right_click_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (right_click));
}

GtkWidget *
lectern_entity_row_new (void)
{
  return g_object_new (LECTERN_TYPE_ENTITY_ROW, NULL);
}

void
lectern_entity_row_set_item (LecternEntityRow  *self,
                             LecternEntityItem *item)
{
  LecternEntity *entity;
  g_autofree char *count = NULL;
  g_autofree char *menu_label = NULL;
  g_autofree char *a11y = NULL;

  g_return_if_fail (LECTERN_IS_ENTITY_ROW (self));
  g_return_if_fail (item == NULL || LECTERN_IS_ENTITY_ITEM (item));

  if (!g_set_object (&self->item, item) || item == NULL)
    return;

  /* A reused row must not keep the last entity's menu. */
  gtk_menu_button_set_menu_model (self->menu_button, NULL);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_popup_cb, self, NULL);

  entity = item->entity;
  gtk_widget_set_visible (GTK_WIDGET (self->heading_label), entity == NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->name_label), entity != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->count_label), entity != NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->menu_button), entity != NULL);
  if (entity == NULL)
    {
      gtk_label_set_text (self->heading_label, item->title);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      item->title, -1);
      return;
    }

  count = g_strdup_printf ("%u", entity->mentions->len);
  gtk_label_set_text (self->name_label, entity->name);
  gtk_label_set_text (self->count_label, count);
  /* Translators: %s is the name of a person or organization */
  menu_label = g_strdup_printf (_("Correct “%s”"), entity->name);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->menu_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, menu_label, -1);
  a11y = g_strdup_printf (ngettext ("%s, %u mention", "%s, %u mentions", entity->mentions->len),
                          entity->name, entity->mentions->len);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, a11y, -1);
}

void
lectern_entity_row_popup_menu (LecternEntityRow *self)
{
  g_return_if_fail (LECTERN_IS_ENTITY_ROW (self));

  gtk_menu_button_popup (self->menu_button);
}
