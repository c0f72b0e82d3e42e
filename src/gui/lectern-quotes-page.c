/* lectern-quotes-page.c: the Quotes page of the sidebar
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-quotes-page"

#include "config.h"

#include "lectern-quotes-page.h"
#include "lectern-quote-row.h"

#include <glib/gi18n.h>

struct _LecternQuotesPage
{
  GtkWidget           parent_instance;

  GSimpleActionGroup *actions;     /* quotes.*, see lectern_quotes_page_get_actions() */

  GtkStack           *stack;
  GtkLabel           *progress_label;
  GtkListView        *list_view;
  GtkRevealer        *filter_revealer;
  GtkLabel           *filter_label;
  GtkLabel           *empty_title;
  GtkLabel           *empty_label;

  GListStore         *items;       /* LecternQuoteItem shown */
  GtkSingleSelection *selection;
  GPtrArray          *all;         /* LecternQuoteItem of every group, in order */
  char               *filter;      /* nullable: the speaker shown alone */
  guint               n_quotes;    /* shown */
  gboolean            stale;       /* `items` waits for the page to be mapped */
  gboolean            resetting;
};

G_DEFINE_FINAL_TYPE (LecternQuotesPage, lectern_quotes_page, GTK_TYPE_WIDGET)

enum { QUOTE_ACTIVATED, N_SIGNALS };
static guint signals[N_SIGNALS];

typedef struct
{
  const char *speaker;   /* nullable: nobody named */
  GPtrArray  *items;     /* LecternQuoteItem */
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_ptr_array_unref (group->items);
  g_free (group);
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *x = *(Group *const *) a;
  const Group *y = *(Group *const *) b;

  /* Quotations from nobody named come last, whatever their number. */
  if ((x->speaker == NULL) != (y->speaker == NULL))
    return x->speaker == NULL ? 1 : -1;
  if (x->items->len != y->items->len)
    return x->items->len > y->items->len ? -1 : 1;
  if (x->speaker == NULL)
    return 0;
  return g_utf8_collate (x->speaker, y->speaker);
}

static int
compare_quotes_by_start (gconstpointer a,
                         gconstpointer b)
{
  const LecternQuote *x = *(LecternQuote *const *) a;
  const LecternQuote *y = *(LecternQuote *const *) b;

  return (x->start > y->start) - (x->start < y->start);
}

static LecternQuoteItem *
selected_item (LecternQuotesPage *self)
{
  return gtk_single_selection_get_selected_item (self->selection);
}

static void
emit_activated (LecternQuotesPage *self,
                LecternQuoteItem  *item)
{
  if (item != NULL && !lectern_quote_item_is_heading (item))
    g_signal_emit (self, signals[QUOTE_ACTIVATED], 0,
                   lectern_quote_item_get_start (item), lectern_quote_item_get_end (item));
}

static void
on_selection_changed_cb (LecternQuotesPage *self)
{
  /* Keyboard and assistive technologies select rows without activating
   * them; follow the selection too. */
  if (!self->resetting)
    emit_activated (self, selected_item (self));
}

static void
on_list_view_activate_cb (LecternQuotesPage *self,
                          guint              position,
                          GtkListView       *list)
{
  g_autoptr(LecternQuoteItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  emit_activated (self, item);
}

static void
on_row_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, lectern_quote_row_new ());
}

static void
on_row_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  LecternQuoteItem *item = gtk_list_item_get_item (list_item);
  gboolean heading = lectern_quote_item_is_heading (item);

  lectern_quote_row_set_item (LECTERN_QUOTE_ROW (gtk_list_item_get_child (list_item)), item);
  gtk_list_item_set_selectable (list_item, !heading);
  gtk_list_item_set_activatable (list_item, !heading);
}

/* Shows `self->all`, or the filtered speaker's group of it. */
static void
show_items (LecternQuotesPage *self)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean in_group = self->filter == NULL;
  g_autofree char *filter_text = NULL;

  self->n_quotes = 0;
  for (guint i = 0; self->all != NULL && i < self->all->len; i++)
    {
      LecternQuoteItem *item = g_ptr_array_index (self->all, i);

      if (self->filter != NULL && lectern_quote_item_is_heading (item))
        in_group = g_strcmp0 (lectern_quote_item_get_speaker (item), self->filter) == 0;
      if (!in_group)
        continue;
      g_ptr_array_add (items, g_object_ref (item));
      self->n_quotes += !lectern_quote_item_is_heading (item);
    }

  /* The list view makes its rows (up to 200 in GTK 4.8) as items come,
   * mapped or not: about 0.4 s for a story of 800 quotations on a busy
   * machine. A hidden page waits until it is shown. Then all go in one
   * splice: rows are made only near what is on screen, and idle callbacks
   * adding 15 at a time waited minutes behind the text view's layout of a
   * big story. */
  self->stale = !gtk_widget_get_mapped (GTK_WIDGET (self));
  self->resetting = TRUE;
  if (self->stale)
    g_list_store_remove_all (self->items);
  else
    g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                         items->pdata, items->len);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  self->resetting = FALSE;

  if (self->filter != NULL)
    {
      /* Translators: %s is the name of a person or organization */
      filter_text = g_strdup_printf (_("Quotations by %s"), self->filter);
      gtk_label_set_text (self->filter_label, filter_text);
    }
  gtk_revealer_set_reveal_child (self->filter_revealer, self->filter != NULL);

  if (self->n_quotes > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else if (self->all != NULL)
    {
      g_autofree char *body = NULL;

      if (self->filter != NULL)
        {
          /* Translators: %s is the name of a person or organization */
          body = g_strdup_printf (_("Nothing in this story is attributed to %s."), self->filter);
          gtk_label_set_text (self->empty_title, _("No Quotations by Them"));
        }
      else
        gtk_label_set_text (self->empty_title, _("No Quotations"));
      gtk_label_set_text (self->empty_label, body != NULL ? body : _("None were found in this story."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}

static void
on_show_all_clicked_cb (LecternQuotesPage *self)
{
  lectern_quotes_page_set_speaker_filter (self, NULL);
}

/* H, Delete, and Menu or Shift+F10 on the selected row. */
static gboolean
on_list_shortcut_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  LecternQuotesPage *self = user_data;
  LecternQuoteItem *item = selected_item (self);
  const char *action = g_variant_get_string (args, NULL);
  GtkWidget *focus;

  if (item == NULL || lectern_quote_item_is_heading (item))
    return FALSE;

  if (g_strcmp0 (action, "menu") != 0)
    return gtk_widget_activate_action (GTK_WIDGET (self), action, "(xx)",
                                       lectern_quote_item_get_start (item),
                                       lectern_quote_item_get_end (item));

  /* The focused row of a list view holds our row as its child. */
  focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  if (focus != NULL && LECTERN_IS_QUOTE_ROW (gtk_widget_get_first_child (focus)))
    {
      lectern_quote_row_popup_menu (LECTERN_QUOTE_ROW (gtk_widget_get_first_child (focus)));
      return TRUE;
    }

  return FALSE;
}

static void
add_list_shortcuts (LecternQuotesPage *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  struct { guint key; GdkModifierType mods; const char *action; } keys[] = {
    { GDK_KEY_h, 0, "quotes.highlight" },
    { GDK_KEY_Delete, 0, "quotes.not" },
    { GDK_KEY_KP_Delete, 0, "quotes.not" },
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
lectern_quotes_page_map (GtkWidget *widget)
{
  LecternQuotesPage *self = LECTERN_QUOTES_PAGE (widget);

  GTK_WIDGET_CLASS (lectern_quotes_page_parent_class)->map (widget);

  if (self->stale)
    show_items (self);
}

static void
lectern_quotes_page_dispose (GObject *object)
{
  LecternQuotesPage *self = LECTERN_QUOTES_PAGE (object);
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_QUOTES_PAGE);
  /* Children without an id in the template are ours to drop too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->selection);
  g_clear_object (&self->items);
  g_clear_object (&self->actions);
  g_clear_pointer (&self->all, g_ptr_array_unref);
  g_clear_pointer (&self->filter, g_free);

  G_OBJECT_CLASS (lectern_quotes_page_parent_class)->dispose (object);
}

static void
lectern_quotes_page_class_init (LecternQuotesPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_quotes_page_dispose;
  widget_class->map = lectern_quotes_page_map;

  /* The quotation's start and end, in code points. */
  signals[QUOTE_ACTIVATED] =
    g_signal_new ("quote-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_INT64);

  g_type_ensure (LECTERN_TYPE_QUOTE_ROW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-quotes-page.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternQuotesPage, stack);
  gtk_widget_class_bind_template_child (widget_class, LecternQuotesPage, progress_label);
  gtk_widget_class_bind_template_child (widget_class, LecternQuotesPage, list_view);
  gtk_widget_class_bind_template_child (widget_class, LecternQuotesPage, filter_revealer);
  gtk_widget_class_bind_template_child (widget_class, LecternQuotesPage, filter_label);
  gtk_widget_class_bind_template_child (widget_class, LecternQuotesPage, empty_title);
  gtk_widget_class_bind_template_child (widget_class, LecternQuotesPage, empty_label);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_show_all_clicked_cb);
}

static void
lectern_quotes_page_init (LecternQuotesPage *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  /* Before the template: a widget finds the groups of the ancestors that
   * had theirs when it was parented (GTK 4.8), and the rows' menus must
   * find this one. */
  self->actions = g_simple_action_group_new ();
  gtk_widget_insert_action_group (GTK_WIDGET (self), "quotes", G_ACTION_GROUP (self->actions));
  gtk_widget_init_template (GTK_WIDGET (self));

  self->items = g_list_store_new (LECTERN_TYPE_QUOTE_ITEM);
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
lectern_quotes_page_new (void)
{
  return g_object_new (LECTERN_TYPE_QUOTES_PAGE, NULL);
}

void
lectern_quotes_page_set_progress (LecternQuotesPage *self,
                                  const char        *text)
{
  g_return_if_fail (LECTERN_IS_QUOTES_PAGE (self));

  gtk_label_set_text (self->progress_label, text);
  gtk_stack_set_visible_child_name (self->stack, "loading");
}

GPtrArray *
lectern_quotes_page_group (const char *text,
                           GPtrArray  *quotes,
                           GPtrArray  *entities)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (group_free);
  g_autoptr(GHashTable) by_speaker = g_hash_table_new (g_str_hash, g_str_equal);
  GPtrArray *all;
  Group *nobody = NULL;
  const char *p = text;
  gint64 p_offset = 0;

  g_return_val_if_fail (text != NULL || quotes == NULL || quotes->len == 0, NULL);

  for (guint i = 0; quotes != NULL && i < quotes->len; i++)
    g_ptr_array_add (sorted, g_ptr_array_index (quotes, i));
  g_ptr_array_sort (sorted, compare_quotes_by_start);

  /* One pass through the text for every quotation's words: offsets are
   * in code points, and looking each up from the start is quadratic. */
  for (guint i = 0; i < sorted->len; i++)
    {
      const LecternQuote *quote = g_ptr_array_index (sorted, i);
      const char *speaker = lectern_quote_get_display_speaker (quote);
      const char *start, *end;
      g_autofree char *words = NULL;
      Group *group;

      if (quote->start < p_offset)
        {
          p = text;
          p_offset = 0;
        }
      for (; p_offset < quote->start && *p != '\0'; p_offset++)
        p = g_utf8_next_char (p);
      start = p;
      end = p;
      for (gint64 k = quote->start; k < quote->end && *end != '\0'; k++)
        end = g_utf8_next_char (end);
      words = g_strndup (start, end - start);

      group = speaker != NULL ? g_hash_table_lookup (by_speaker, speaker) : nobody;
      if (group == NULL)
        {
          group = g_new0 (Group, 1);
          group->speaker = speaker;
          group->items = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (groups, group);
          if (speaker != NULL)
            g_hash_table_insert (by_speaker, (gpointer) speaker, group);
          else
            nobody = group;
        }
      g_ptr_array_add (group->items, lectern_quote_item_new (quote, words, entities));
    }
  g_ptr_array_sort (groups, compare_groups);

  all = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < groups->len; i++)
    {
      Group *group = g_ptr_array_index (groups, i);

      g_ptr_array_add (all,
                       lectern_quote_item_new_heading (group->speaker != NULL
                                                       ? group->speaker
                                                       /* Translators: the group of quotations
                                                        * whose speaker the story does not name */
                                                       : _("Nobody Named"),
                                                       group->speaker, group->items->len));
      g_ptr_array_extend_and_steal (all, g_steal_pointer (&group->items));
      group->items = g_ptr_array_new ();
    }

  return all;
}

void
lectern_quotes_page_set_items (LecternQuotesPage *self,
                               GPtrArray         *items)
{
  g_return_if_fail (LECTERN_IS_QUOTES_PAGE (self));
  g_return_if_fail (items != NULL);

  g_clear_pointer (&self->all, g_ptr_array_unref);
  self->all = g_ptr_array_ref (items);
  show_items (self);
}

void
lectern_quotes_page_set_quotes (LecternQuotesPage *self,
                                const char        *text,
                                GPtrArray         *quotes,
                                GPtrArray         *entities)
{
  g_autoptr(GPtrArray) items = NULL;

  g_return_if_fail (LECTERN_IS_QUOTES_PAGE (self));

  items = lectern_quotes_page_group (text, quotes, entities);
  lectern_quotes_page_set_items (self, items);
}

void
lectern_quotes_page_set_speaker_filter (LecternQuotesPage *self,
                                        const char        *speaker)
{
  g_return_if_fail (LECTERN_IS_QUOTES_PAGE (self));

  if (g_strcmp0 (self->filter, speaker) == 0)
    return;

  g_free (self->filter);
  self->filter = g_strdup (speaker);
  if (self->all != NULL)
    show_items (self);
  else
    gtk_revealer_set_reveal_child (self->filter_revealer, FALSE);
}

const char *
lectern_quotes_page_get_speaker_filter (LecternQuotesPage *self)
{
  g_return_val_if_fail (LECTERN_IS_QUOTES_PAGE (self), NULL);

  return self->filter;
}

GtkSelectionModel *
lectern_quotes_page_get_selection (LecternQuotesPage *self)
{
  g_return_val_if_fail (LECTERN_IS_QUOTES_PAGE (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

guint
lectern_quotes_page_get_n_quotes (LecternQuotesPage *self)
{
  g_return_val_if_fail (LECTERN_IS_QUOTES_PAGE (self), 0);

  return self->n_quotes;
}

GActionMap *
lectern_quotes_page_get_actions (LecternQuotesPage *self)
{
  g_return_val_if_fail (LECTERN_IS_QUOTES_PAGE (self), NULL);

  return G_ACTION_MAP (self->actions);
}
