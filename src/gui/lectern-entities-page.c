/* lectern-entities-page.c: the People & Organizations page of the sidebar
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-entities-page"

#include "config.h"

#include "lectern-entities-page.h"
#include "lectern-entity-row.h"

#include "lectern-corrections.h"

#include <glib/gi18n.h>

struct _LecternEntitiesPage
{
  GtkWidget           parent_instance;

  GSimpleActionGroup *actions;     /* names.*, see lectern_entities_page_get_actions() */

  GtkStack           *stack;
  GtkLabel           *progress_label;
  GtkListView        *list_view;
  GtkLabel           *mention_label;

  GListStore         *items;       /* LecternEntityItem */
  GtkSingleSelection *selection;
  gboolean            resetting;
  GPtrArray          *pending;     /* LecternEntityItem still to add */
  guint               n_added;
  guint               fill_source;
};

/* Rows added per main-loop iteration: a list view makes the rows of new
 * items at once (up to 200 in GTK 4.8), about 0.3 ms each. */
#define FILL_CHUNK 15

G_DEFINE_FINAL_TYPE (LecternEntitiesPage, lectern_entities_page, GTK_TYPE_WIDGET)

enum { ENTITY_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

static int
compare_entities_by_mentions (gconstpointer a,
                              gconstpointer b)
{
  const LecternEntity *x = *(LecternEntity *const *) a;
  const LecternEntity *y = *(LecternEntity *const *) b;

  if (x->type != y->type)
    return x->type == LECTERN_ENTITY_PERSON ? -1 : 1;
  if (x->mentions->len != y->mentions->len)
    return x->mentions->len > y->mentions->len ? -1 : 1;
  if (x->mentions->len > 0 && y->mentions->len > 0)
    {
      gint64 fx = g_array_index (x->mentions, LecternSpan, 0).start;
      gint64 fy = g_array_index (y->mentions, LecternSpan, 0).start;

      return (fx > fy) - (fx < fy);
    }
  return 0;
}

static LecternEntityItem *
selected_item (LecternEntitiesPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
emit_activated (LecternEntitiesPage *self,
                LecternEntityItem   *item)
{
  LecternEntity *entity = item != NULL ? lectern_entity_item_get_entity (item) : NULL;

  if (entity != NULL)
    g_signal_emit (self, signals[ENTITY_ACTIVATED], 0, entity);
}

static void
on_selection_changed_cb (LecternEntitiesPage *self)
{
  /* Keyboard and assistive technologies select rows without activating
   * them; follow the selection too. */
  if (!self->resetting)
    emit_activated (self, selected_item (self));
}

static void
on_list_view_activate_cb (LecternEntitiesPage *self,
                          guint                position,
                          GtkListView         *list)
{
  g_autoptr(LecternEntityItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  emit_activated (self, item);
}

static void
on_row_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, lectern_entity_row_new ());
}

static void
on_row_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  LecternEntityItem *item = gtk_list_item_get_item (list_item);
  gboolean heading = lectern_entity_item_get_entity (item) == NULL;

  lectern_entity_row_set_item (LECTERN_ENTITY_ROW (gtk_list_item_get_child (list_item)), item);
  gtk_list_item_set_selectable (list_item, !heading);
  gtk_list_item_set_activatable (list_item, !heading);
}

static gboolean
fill_cb (gpointer user_data)
{
  LecternEntitiesPage *self = user_data;
  guint n = MIN (FILL_CHUNK, self->pending->len - self->n_added);

  self->resetting = TRUE;
  g_list_store_splice (self->items, g_list_model_get_n_items (G_LIST_MODEL (self->items)), 0,
                       self->pending->pdata + self->n_added, n);
  self->resetting = FALSE;
  self->n_added += n;
  if (self->n_added < self->pending->len)
    return G_SOURCE_CONTINUE;

  self->fill_source = 0;
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  return G_SOURCE_REMOVE;
}

/* F2, Delete, and Menu or Shift+F10 on the selected row. */
static gboolean
on_list_shortcut_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  LecternEntitiesPage *self = user_data;
  LecternEntityItem *item = selected_item (self);
  LecternEntity *entity = item != NULL ? lectern_entity_item_get_entity (item) : NULL;
  const char *action = g_variant_get_string (args, NULL);
  GtkWidget *focus;

  if (entity == NULL)
    return FALSE;

  if (g_strcmp0 (action, "menu") != 0)
    return gtk_widget_activate_action (GTK_WIDGET (self), action, "s",
                                       lectern_corrections_entity_key (entity));

  /* The focused row of a list view holds our row as its child. */
  focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  if (focus != NULL && LECTERN_IS_ENTITY_ROW (gtk_widget_get_first_child (focus)))
    {
      lectern_entity_row_popup_menu (LECTERN_ENTITY_ROW (gtk_widget_get_first_child (focus)));
      return TRUE;
    }

  return FALSE;
}

static void
add_list_shortcuts (LecternEntitiesPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  struct { guint key; GdkModifierType mods; const char *action; } keys[] = {
    { GDK_KEY_F2, 0, "names.rename" },
    { GDK_KEY_Delete, 0, "names.remove" },
    { GDK_KEY_KP_Delete, 0, "names.remove" },
    { GDK_KEY_Menu, 0, "menu" },
    { GDK_KEY_F10, GDK_SHIFT_MASK, "menu" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].key, keys[i].mods),
                                                gtk_callback_action_new (on_list_shortcut_cb,
                                                                         self, NULL));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (keys[i].action));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), controller);
}

static void
lectern_entities_page_dispose (GObject *object)
{
  LecternEntitiesPage *self = LECTERN_ENTITIES_PAGE (object);
  GtkWidget *child;

  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_ENTITIES_PAGE);
  /* Children without an id in the template are ours to drop too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->actions);

  G_OBJECT_CLASS (lectern_entities_page_parent_class)->dispose (object);
}

static void
lectern_entities_page_class_init (LecternEntitiesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_entities_page_dispose;

  /* The entity is owned by the list shown (transfer none). */
  signals[ENTITY_ACTIVATED] =
    g_signal_new ("entity-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_POINTER);

  g_type_ensure (LECTERN_TYPE_ENTITY_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-entities-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternEntitiesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitiesPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitiesPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LecternEntitiesPage, mention_label);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
}

static void
lectern_entities_page_init (LecternEntitiesPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  /* Before the template: a widget finds the groups of the ancestors that
   * had theirs when it was parented (GTK 4.8), and the rows' menus must
   * find this one. */
  self->actions = g_simple_action_group_new ();
  gtk_widget_insert_action_group (GTK_WIDGET (self), "names", G_ACTION_GROUP (self->actions));
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (LECTERN_TYPE_ENTITY_ITEM);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->items)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed_cb), self, G_CONNECT_SWAPPED);

  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  add_list_shortcuts (self);
}

GtkWidget *
lectern_entities_page_new (void)
{
  return g_object_new (LECTERN_TYPE_ENTITIES_PAGE, NULL);
}

void
lectern_entities_page_set_progress (LecternEntitiesPage *self,
                                    const char          *text)
{
  g_return_if_fail (LECTERN_IS_ENTITIES_PAGE (self));

  gtk_label_set_text (self->progress_label, text);
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

void
lectern_entities_page_set_entities (LecternEntitiesPage *self,
                                    GPtrArray           *entities)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  int group = -1;

  g_return_if_fail (LECTERN_IS_ENTITIES_PAGE (self));

  for (guint i = 0; entities != NULL && i < entities->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (entities, i);

      if (entity->type == LECTERN_ENTITY_PERSON || entity->type == LECTERN_ENTITY_ORGANIZATION)
        g_ptr_array_add (sorted, entity);
    }
  g_ptr_array_sort (sorted, compare_entities_by_mentions);

  for (guint i = 0; i < sorted->len; i++)
    {
      LecternEntity *entity = g_ptr_array_index (sorted, i);

      if ((int) entity->type != group)
        {
          group = entity->type;
          g_ptr_array_add (items, lectern_entity_item_new_heading (entity->type == LECTERN_ENTITY_PERSON
                                                                   ? _("People")
                                                                   : _("Organizations")));
        }
      g_ptr_array_add (items, lectern_entity_item_new (entities, entity));
    }

  /* The first screenful now, the rest in chunks from idle callbacks so a
   * story naming hundreds keeps the window responsive. No row is
   * "activated" by the selection going away. */
  g_clear_handle_id (&self->fill_source, g_source_remove);
  g_clear_pointer (&self->pending, g_ptr_array_unref);
  self->resetting = TRUE;
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, MIN (items->len, FILL_CHUNK));
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->resetting = FALSE;
  if (items->len > FILL_CHUNK)
    {
      self->pending = g_steal_pointer (&items);
      self->n_added = FILL_CHUNK;
      self->fill_source = g_idle_add (fill_cb, self);
    }

  gtk_stack_set_visible_child_name (self->stack, sorted->len > 0 ? "list" : "empty");
}

GtkSelectionModel *
lectern_entities_page_get_selection (LecternEntitiesPage *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITIES_PAGE (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

void
lectern_entities_page_set_mention_text (LecternEntitiesPage *self,
                                        const char          *text)
{
  g_return_if_fail (LECTERN_IS_ENTITIES_PAGE (self));

  gtk_label_set_text (self->mention_label, text);
  /* The label's name changes with its text, which screen readers announce. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mention_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

const char *
lectern_entities_page_get_mention_text (LecternEntitiesPage *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITIES_PAGE (self), NULL);

  return gtk_label_get_text (self->mention_label);
}

gboolean
lectern_entities_page_get_filling (LecternEntitiesPage *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITIES_PAGE (self), FALSE);

  return self->fill_source != 0;
}

GActionMap *
lectern_entities_page_get_actions (LecternEntitiesPage *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITIES_PAGE (self), NULL);

  return G_ACTION_MAP (self->actions);
}
