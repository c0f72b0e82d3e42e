/* lectern-library-view.c: the library as a page of the window: every
 * story, sorted and filtered, to open, export or delete (with Undo)
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-library"

#include "config.h"

#include "lectern-library-view.h"
#include "lectern-library-row.h"
#include "lectern-tag-stories.h"
#include "lectern-library-list.h"
#include "lectern-search.h"

#include <adwaita.h>
#include <glib/gi18n.h>

/* Longer than a toast's show animation (libadwaita: 300 ms), even on a
 * busy machine. */
#define TOAST_SETTLE_MS 1000

struct _LecternLibraryView
{
  GtkWidget           parent_instance;

  AdwToastOverlay    *toast_overlay;
  GtkSearchEntry     *filter_entry;
  GtkDropDown        *sort_dropdown;
  GtkWidget          *export_button;
  GtkWidget          *delete_button;
  GtkWidget          *tag_button;
  GtkLabel           *count_label;
  GtkStack           *stack;
  GtkListView        *list_view;
  AdwStatusPage      *empty_page;
  GtkWidget          *row_look;   /* hidden: the rows' fonts */

  LecternStore       *store;
  GCancellable       *cancellable;
  GListStore         *items;
  GtkCustomFilter    *filter;
  GtkFilterListModel *filtered;
  GtkCustomSorter    *sorter;
  GtkSortListModel   *sorted;
  GtkMultiSelection  *selection;
  char              **filter_words;
  LecternLibrarySort  sort;
  /* Stories deleted but not yet gone: hidden while their Undo toast is
   * up (one toast, its count growing, as libadwaita suggests), deleted
   * from the file when it goes. */
  GPtrArray          *batch;       /* LecternLibraryItem, nullable */
  AdwToast           *undo_toast;  /* (unowned) the toast while it is up */
  gint64              toast_shown_us;
  guint               n_ops;
  GHashTable         *by_id;           /* story id → LecternLibraryItem (unowned) */
  GArray             *snippet_queue;   /* ids of shown rows still without a snippet */
  guint               snippet_source;
  char               *count_text;
};

G_DEFINE_FINAL_TYPE (LecternLibraryView, lectern_library_view, GTK_TYPE_WIDGET)

enum
{
  SIGNAL_STORY_DELETED,
  SIGNAL_CLOSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Sorting and filtering */

static int
compare_items (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  LecternLibraryView *self = user_data;

  return lectern_library_item_compare ((gpointer) a, (gpointer) b, self->sort);
}

/* The order the library is read in: newest first. */
static int
compare_added (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  return lectern_library_item_compare ((gpointer) a, (gpointer) b, LECTERN_LIBRARY_SORT_ADDED);
}

static gboolean
filter_item (gpointer item,
             gpointer user_data)
{
  LecternLibraryView *self = user_data;

  return lectern_library_item_matches (item, self->filter_words);
}

static void
update_counts (LecternLibraryView *self)
{
  g_autoptr(GtkBitset) selected = NULL;
  g_autofree char *stories = NULL;
  guint n_all, n_shown, n_selected;

  if (self->items == NULL)
    return;

  n_all = g_list_model_get_n_items (G_LIST_MODEL (self->items));
  n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  n_selected = (guint) gtk_bitset_get_size (selected);

  if (n_shown == n_all)
    stories = g_strdup_printf (ngettext ("%u story", "%u stories", n_all), n_all);
  else
    /* Translators: stories shown by the filter, of all stories */
    stories = g_strdup_printf (ngettext ("%u of %u story", "%u of %u stories", n_all), n_shown, n_all);

  g_free (self->count_text);
  if (n_selected > 0)
    /* Translators: "12 stories", then how many are selected */
    self->count_text = g_strdup_printf (ngettext ("%s · %u selected", "%s · %u selected", n_selected),
                                        stories, n_selected);
  else
    self->count_text = g_steal_pointer (&stories);
  gtk_label_set_text (self->count_label, self->count_text);

  gtk_widget_set_sensitive (self->export_button, n_selected > 0);
  gtk_widget_set_sensitive (self->delete_button, n_selected > 0);
  gtk_widget_set_sensitive (self->tag_button, n_selected > 0);

  if (n_shown > 0)
    gtk_stack_set_visible_child_name (self->stack, "list");
  else
    {
      adw_status_page_set_title (self->empty_page,
                                 n_all > 0 ? _("No Matching Stories") : _("No Stories"));
      adw_status_page_set_description (self->empty_page,
                                       n_all > 0 ? _("Try other words, or search everything with Ctrl+Shift+F.")
                                                 : _("Open a file or paste a story to start your library."));
      gtk_stack_set_visible_child_name (self->stack, "empty");
    }
}

/* Snippets: read for the rows on screen only, a batch at a time */

static gpointer
snippets_worker (LecternStore  *store,
                 gpointer       data,
                 GCancellable  *cancellable,
                 GError       **error)
{
  GArray *ids = data;

  return lectern_library_snippets_sync (store, (gint64 *) (gpointer) ids->data, ids->len, error);
}

static void
on_snippets_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LecternLibraryView *self = user_data;
  g_autoptr(GHashTable) snippets = lectern_store_run_finish (LECTERN_STORE (source), result, NULL);
  GHashTableIter iter;
  gpointer key, value;

  self->n_ops--;
  if (snippets != NULL && self->by_id != NULL)
    {
      g_hash_table_iter_init (&iter, snippets);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          LecternLibraryItem *item = g_hash_table_lookup (self->by_id, key);

          if (item != NULL)
            lectern_library_item_set_snippet (item, value);
        }
    }
  g_object_unref (self);
}

static gboolean
fetch_snippets_cb (gpointer user_data)
{
  LecternLibraryView *self = user_data;
  GArray *ids = g_steal_pointer (&self->snippet_queue);

  self->snippet_source = 0;
  if (ids == NULL || self->store == NULL)
    {
      g_clear_pointer (&ids, g_array_unref);
      return G_SOURCE_REMOVE;
    }

  self->n_ops++;
  lectern_store_run_async (self->store, snippets_worker, ids, (GDestroyNotify) g_array_unref,
                           (GDestroyNotify) g_hash_table_unref, self->cancellable, on_snippets_cb,
                           g_object_ref (self));

  return G_SOURCE_REMOVE;
}

static void
queue_snippet (LecternLibraryView *self,
               gint64              id)
{
  if (self->snippet_queue == NULL)
    self->snippet_queue = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_array_append_val (self->snippet_queue, id);
  if (self->snippet_source == 0)
    self->snippet_source = g_idle_add (fetch_snippets_cb, self);
}

/* Rows: LecternLibraryRow, bound to the item shown */

static void
on_snippet_wanted_cb (LecternLibraryRow  *row,
                      LecternLibraryItem *item,
                      LecternLibraryView *self)
{
  queue_snippet (self, lectern_library_item_get_id (item));
}

static void
on_row_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  LecternLibraryView *self = user_data;
  GtkWidget *row = lectern_library_row_new (LECTERN_LIBRARY_ROW (self->row_look));

  g_signal_connect_object (row, "snippet-wanted", G_CALLBACK (on_snippet_wanted_cb), user_data, 0);
  gtk_list_item_set_child (list_item, row);
}

static void
on_row_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  LecternLibraryItem *item = gtk_list_item_get_item (list_item);

  lectern_library_row_set_item (LECTERN_LIBRARY_ROW (gtk_list_item_get_child (list_item)), item);
}

static void
on_row_unbind_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  gpointer                  user_data)
{
  lectern_library_row_set_item (LECTERN_LIBRARY_ROW (gtk_list_item_get_child (list_item)), NULL);
}

/* Selection */

/* (element-type LecternLibraryItem) (transfer container): the selected items. */
static GPtrArray *
selected_items (LecternLibraryView *self)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  GPtrArray *items = g_ptr_array_new_with_free_func (g_object_unref);
  GtkBitsetIter iter;
  guint position;

  for (gboolean more = gtk_bitset_iter_init_first (&iter, selected, &position);
       more;
       more = gtk_bitset_iter_next (&iter, &position))
    g_ptr_array_add (items, g_list_model_get_item (G_LIST_MODEL (self->selection), position));

  return items;
}

/* Loading */

/* The window's overlay when there is one: its toasts outlive this page
 * (an Undo stays offered after Esc), and a toast overlay unmapped in the
 * middle of a toast's animation crashes libadwaita 1.2. */
static AdwToastOverlay *
toast_overlay (LecternLibraryView *self)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

  return overlay != NULL ? ADW_TOAST_OVERLAY (overlay) : self->toast_overlay;
}


static gpointer
list_worker (LecternStore  *store,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  return lectern_library_list_sync (store, error);
}

static void
on_listed_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  LecternLibraryView *self = user_data;
  g_autoptr(GPtrArray) entries = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) hidden = g_hash_table_new (g_int64_hash, g_int64_equal);
  gboolean same;

  entries = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  self->n_ops--;
  if (self->items == NULL)  /* disposed meanwhile */
    {
      g_object_unref (self);
      return;
    }
  if (entries == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        adw_toast_overlay_add_toast (toast_overlay (self), adw_toast_new (error->message));
      g_object_unref (self);
      return;
    }

  /* Stories waiting to be deleted stay hidden. */
  for (guint i = 0; self->batch != NULL && i < self->batch->len; i++)
    g_hash_table_add (hidden, (gpointer) &lectern_library_item_get_entry (g_ptr_array_index (self->batch, i))->id);

  /* Items of stories as they were are kept, with their snippets: the
   * list then keeps its rows, and a reload of an unchanged library
   * changes nothing on screen. */
  items = g_ptr_array_new_full (entries->len, g_object_unref);
  for (guint i = 0; i < entries->len; i++)
    {
      LecternLibraryEntry *entry = g_ptr_array_index (entries, i);
      LecternLibraryItem *item = g_hash_table_lookup (self->by_id, &entry->id);

      if (g_hash_table_contains (hidden, &entry->id))
        continue;
      if (item != NULL && lectern_library_item_shows (item, entry))
        g_object_ref (item);
      else
        {
          item = lectern_library_item_new (entry);
          entries->pdata[i] = NULL;
        }
      g_ptr_array_add (items, item);
    }
  same = items->len == g_list_model_get_n_items (G_LIST_MODEL (self->items));
  for (guint i = 0; same && i < items->len; i++)
    {
      g_autoptr(GObject) shown = g_list_model_get_object (G_LIST_MODEL (self->items), i);

      same = shown == items->pdata[i];
    }
  if (!same)
    {
      g_hash_table_remove_all (self->by_id);
      for (guint i = 0; i < items->len; i++)
        /* The key lives in the item's entry. */
        g_hash_table_insert (self->by_id, (gpointer) &lectern_library_item_get_entry (items->pdata[i])->id,
                             items->pdata[i]);
      g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                           items->pdata, items->len);
    }
  update_counts (self);
  g_object_unref (self);
}

/* Deleting */

static gpointer
delete_worker (LecternStore  *store,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  GArray *ids = data;

  if (!lectern_library_delete_stories_sync (store, (gint64 *) (gpointer) ids->data, ids->len, error))
    return NULL;

  return g_array_ref (ids);
}

static void
on_deleted_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  LecternLibraryView *self = user_data;
  g_autoptr(GArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  ids = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  self->n_ops--;
  if (ids == NULL && self->items == NULL)
    g_warning ("Could not delete stories: %s", error->message);
  else if (ids == NULL)
    {
      /* Nothing was deleted: show the stories again. */
      adw_toast_overlay_add_toast (toast_overlay (self), adw_toast_new (error->message));
      lectern_library_view_reload (self);
    }
  else
    for (guint i = 0; i < ids->len; i++)
      g_signal_emit (self, signals[SIGNAL_STORY_DELETED], 0, g_array_index (ids, gint64, i));

  g_object_unref (self);
}

static GArray *
batch_ids (GPtrArray *items)
{
  GArray *ids = g_array_sized_new (FALSE, FALSE, sizeof (gint64), items->len);

  for (guint i = 0; i < items->len; i++)
    {
      gint64 id = lectern_library_item_get_id (g_ptr_array_index (items, i));

      g_array_append_val (ids, id);
    }

  return ids;
}

/* Deletes the stories of the batch from the file now. */
static void
commit_batch (LecternLibraryView *self)
{
  g_autoptr(GPtrArray) items = g_steal_pointer (&self->batch);

  if (items == NULL || self->store == NULL)
    return;

  for (guint i = 0; self->by_id != NULL && i < items->len; i++)
    g_hash_table_remove (self->by_id, &lectern_library_item_get_entry (g_ptr_array_index (items, i))->id);
  self->n_ops++;
  lectern_store_run_async (self->store, delete_worker, batch_ids (items),
                           (GDestroyNotify) g_array_unref, (GDestroyNotify) g_array_unref,
                           NULL, on_deleted_cb, g_object_ref (self));
}

static void
undo_batch (LecternLibraryView *self)
{
  g_autoptr(GPtrArray) items = g_steal_pointer (&self->batch);

  for (guint i = 0; items != NULL && i < items->len; i++)
    g_list_store_insert_sorted (self->items, g_ptr_array_index (items, i), compare_added, NULL);
  update_counts (self);
}

static void
on_toast_dismissed_cb (LecternLibraryView *self,
                       AdwToast           *toast)
{
  if (self->undo_toast == toast)
    self->undo_toast = NULL;
  commit_batch (self);
}

static void
on_toast_undo_cb (LecternLibraryView *self,
                  AdwToast           *toast)
{
  undo_batch (self);
}

static gboolean
dismiss_toast_cb (gpointer data)
{
  adw_toast_dismiss (data);
  return G_SOURCE_REMOVE;
}

/* Takes the toast down once what it offered is done or undone. Not at
 * once: libadwaita 1.2 can crash later when a toast is dismissed during
 * its show animation. */
static void
retire_toast (LecternLibraryView *self)
{
  gint64 up_ms = (g_get_monotonic_time () - self->toast_shown_us) / 1000;

  if (self->undo_toast == NULL)
    return;

  g_signal_handlers_disconnect_by_data (self->undo_toast, self);
  g_timeout_add_full (G_PRIORITY_DEFAULT, up_ms >= TOAST_SETTLE_MS ? 0 : TOAST_SETTLE_MS - up_ms,
                      dismiss_toast_cb, g_object_ref (self->undo_toast), g_object_unref);
  self->undo_toast = NULL;
}

static void
hide_and_offer_undo (LecternLibraryView *self,
                     GPtrArray          *items)
{
  g_autofree char *title = NULL;

  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean in_list = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view));

  if (self->batch == NULL)
    self->batch = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < items->len; i++)
    {
      guint position;

      g_ptr_array_add (self->batch, g_object_ref (g_ptr_array_index (items, i)));
      if (g_list_store_find (self->items, g_ptr_array_index (items, i), &position))
        g_list_store_remove (self->items, position);
    }
  update_counts (self);
  /* The keys stay on the page (its Ctrl+Z, Delete): on the row after the
   * ones gone, or on the filter when none is left. */
  if (in_list)
    lectern_library_view_focus_list (self);

  if (self->batch->len == 1)
    /* Translators: a toast; %s is the story's title */
    title = g_strdup_printf (_("“%s” deleted"), lectern_library_item_get_entry (g_ptr_array_index (self->batch, 0))->title);
  else
    title = g_strdup_printf (ngettext ("%u story deleted", "%u stories deleted", self->batch->len),
                             self->batch->len);

  if (self->undo_toast != NULL)
    {
      /* The same toast counts on (libadwaita 1.2 cannot show it again). */
      adw_toast_set_title (self->undo_toast, title);
      return;
    }

  self->toast_shown_us = g_get_monotonic_time ();
  self->undo_toast = adw_toast_new (title);
  adw_toast_set_button_label (self->undo_toast, _("_Undo"));
  adw_toast_set_priority (self->undo_toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (self->undo_toast, "button-clicked", G_CALLBACK (on_toast_undo_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo_toast, "dismissed", G_CALLBACK (on_toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (toast_overlay (self), self->undo_toast);
}

/* The stories the delete question is about, freed with its response
 * handler. The view may go first: it is held weakly. */
typedef struct
{
  GWeakRef   view;
  GPtrArray *items;   /* of LecternLibraryItem */
} DeleteQuestion;

static void
delete_question_free (gpointer  data,
                      GClosure *closure)
{
  DeleteQuestion *question = data;

  g_weak_ref_clear (&question->view);
  g_ptr_array_unref (question->items);
  g_free (question);
}

static void
on_delete_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       DeleteQuestion   *question)
{
  g_autoptr(LecternLibraryView) self = g_weak_ref_get (&question->view);

  if (self == NULL)
    return;
  if (g_strcmp0 (response, "delete") == 0)
    hide_and_offer_undo (self, question->items);
  else
    lectern_library_view_focus_list (self);
}

/* Callbacks */

static void
on_filter_changed_cb (LecternLibraryView *self,
                      GtkSearchEntry     *entry)
{
  lectern_library_view_set_filter_text (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_filter_stop_cb (LecternLibraryView *self,
                   GtkSearchEntry     *entry)
{
  if (gtk_editable_get_text (GTK_EDITABLE (entry))[0] != '\0')
    gtk_editable_set_text (GTK_EDITABLE (entry), "");
  else
    g_signal_emit (self, signals[SIGNAL_CLOSE], 0);
}

/* Enter in the filter box goes to the list, where Enter opens. */
static void
on_filter_activate_cb (LecternLibraryView *self,
                       GtkSearchEntry     *entry)
{
  lectern_library_view_focus_list (self);
}

static void
on_sort_changed_cb (LecternLibraryView *self,
                    GParamSpec         *pspec,
                    GtkDropDown        *dropdown)
{
  lectern_library_view_set_sort (self, gtk_drop_down_get_selected (dropdown));
}

static void
on_list_activate_cb (LecternLibraryView *self,
                     guint               position,
                     GtkListView        *list_view)
{
  g_autoptr(LecternLibraryItem) item = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (item != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.open-story", "x", lectern_library_item_get_id (item));
}

static void
on_export_clicked_cb (LecternLibraryView *self,
                      GtkButton          *button)
{
  g_autoptr(GPtrArray) items = selected_items (self);
  GVariantBuilder builder;

  g_variant_builder_init (&builder, G_VARIANT_TYPE ("ax"));
  for (guint i = 0; i < items->len; i++)
    g_variant_builder_add (&builder, "x", lectern_library_item_get_id (g_ptr_array_index (items, i)));
  gtk_widget_activate_action_variant (GTK_WIDGET (self), "win.export-stories", g_variant_builder_end (&builder));
}

/* Tags on the selected stories (lectern-tag-stories.c) */

static void
on_stories_tagged_cb (gpointer user_data)
{
  lectern_library_view_reload (user_data);
}

void
lectern_library_view_tag_selected (LecternLibraryView *self)
{
  g_autoptr(GPtrArray) items = selected_items (self);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  g_return_if_fail (LECTERN_IS_LIBRARY_VIEW (self));

  for (guint i = 0; i < items->len; i++)
    g_array_append_val (ids, (gint64) { lectern_library_item_get_id (g_ptr_array_index (items, i)) });
  if (ids->len == 0 || self->store == NULL)
    return;
  lectern_tag_stories_ask (GTK_WIDGET (self), self->store, ids, toast_overlay (self),
                           on_stories_tagged_cb, self);
}

static void
on_tag_clicked_cb (LecternLibraryView *self,
                   GtkButton          *button)
{
  lectern_library_view_tag_selected (self);
}

static void
on_delete_clicked_cb (LecternLibraryView *self,
                      GtkButton          *button)
{
  lectern_library_view_delete_selected (self);
}

static void
on_selection_changed_cb (LecternLibraryView *self,
                         guint               position,
                         guint               n_items,
                         GtkSelectionModel  *model)
{
  update_counts (self);
}

/* Selects the row's story when no story is selected. */
static void
select_if_none (LecternLibraryView *self,
                LecternLibraryRow  *row)
{
  g_autoptr(GtkBitset) selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  LecternLibraryItem *item = lectern_library_row_get_item (row);
  GListModel *model = G_LIST_MODEL (self->selection);

  if (!gtk_bitset_is_empty (selected) || item == NULL)
    return;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(LecternLibraryItem) shown = g_list_model_get_item (model, i);

      if (shown == item)
        {
          gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), i, TRUE);
          return;
        }
    }
}

static gboolean
delete_shortcut_cb (GtkWidget *widget,
                    GVariant  *args,
                    gpointer   user_data)
{
  LecternLibraryView *self = LECTERN_LIBRARY_VIEW (user_data);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  /* A row reached from the filter (Down, Enter) has the focus, not the
   * selection: Delete takes that row, selected first to show it. */
  if (focus != NULL && gtk_widget_is_ancestor (focus, widget)
      && LECTERN_IS_LIBRARY_ROW (gtk_widget_get_first_child (focus)))
    select_if_none (self, LECTERN_LIBRARY_ROW (gtk_widget_get_first_child (focus)));
  lectern_library_view_delete_selected (self);
  return TRUE;
}

static gboolean
focus_filter_shortcut_cb (GtkWidget *widget,
                          GVariant  *args,
                          gpointer   user_data)
{
  lectern_library_view_focus_filter (LECTERN_LIBRARY_VIEW (widget));
  return TRUE;
}

static gboolean
close_shortcut_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  g_signal_emit (widget, signals[SIGNAL_CLOSE], 0);
  return TRUE;
}

/* Ctrl+Z on the page takes back the deletion its toast offers, even from
 * the filter (caught before the entry's own undo); with none offered, the
 * key goes on (the filter's typing, or the story's history). */
static gboolean
undo_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  LecternLibraryView *self = LECTERN_LIBRARY_VIEW (widget);

  if (self->batch == NULL || self->batch->len == 0)
    return FALSE;

  lectern_library_view_undo_delete (self);
  return TRUE;
}

/* Vfuncs */

static void
lectern_library_view_dispose (GObject *object)
{
  LecternLibraryView *self = LECTERN_LIBRARY_VIEW (object);
  GtkWidget *child;

  /* Deletions still offered for Undo are done now, not dropped. */
  if (self->undo_toast != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->undo_toast, self);
      self->undo_toast = NULL;
    }
  if (self->batch != NULL && self->store != NULL)
    {
      g_autoptr(GArray) ids = batch_ids (self->batch);
      g_autoptr(GError) error = NULL;

      if (!lectern_library_delete_stories_sync (self->store, (gint64 *) (gpointer) ids->data, ids->len, &error))
        g_warning ("Could not delete stories: %s", error->message);
    }
  g_clear_pointer (&self->batch, g_ptr_array_unref);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->snippet_source, g_source_remove);
  g_clear_pointer (&self->snippet_queue, g_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_LIBRARY_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  self->row_look = NULL;
  g_clear_object (&self->selection);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filtered);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  g_clear_object (&self->items);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (lectern_library_view_parent_class)->dispose (object);
}

static void
lectern_library_view_finalize (GObject *object)
{
  LecternLibraryView *self = LECTERN_LIBRARY_VIEW (object);

  g_clear_pointer (&self->filter_words, g_strfreev);
  g_clear_pointer (&self->count_text, g_free);

  G_OBJECT_CLASS (lectern_library_view_parent_class)->finalize (object);
}

static void
lectern_library_view_class_init (LecternLibraryViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_library_view_dispose;
  object_class->finalize = lectern_library_view_finalize;

  signals[SIGNAL_STORY_DELETED] =
    g_signal_new ("story-deleted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_INT64);
  signals[SIGNAL_CLOSE] =
    g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-library-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternLibraryView, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, LecternLibraryView, filter_entry);
  gtk_widget_class_bind_template_child (widget_class, LecternLibraryView, sort_dropdown);
  gtk_widget_class_bind_template_child (widget_class, LecternLibraryView, export_button);
  gtk_widget_class_bind_template_child (widget_class, LecternLibraryView, delete_button);
  gtk_widget_class_bind_template_child (widget_class, LecternLibraryView, tag_button);
  gtk_widget_class_bind_template_callback (widget_class, on_tag_clicked_cb);
  gtk_widget_class_bind_template_child (widget_class, LecternLibraryView, count_label);
  gtk_widget_class_bind_template_child (widget_class, LecternLibraryView, stack);
  gtk_widget_class_bind_template_child (widget_class, LecternLibraryView, list_view);
  gtk_widget_class_bind_template_child (widget_class, LecternLibraryView, empty_page);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_export_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked_cb);

  gtk_widget_class_add_binding (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, focus_filter_shortcut_cb, NULL);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, close_shortcut_cb, NULL);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lectern_library_view_init (LecternLibraryView *self)
{
  GtkListItemFactory *factory;
  GtkEventController *controller;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->row_look = lectern_library_row_new_look ();
  gtk_widget_set_parent (self->row_look, GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);

  self->items = g_list_store_new (LECTERN_TYPE_LIBRARY_ITEM);
  self->filter = gtk_custom_filter_new (filter_item, self, NULL);
  self->filtered = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (self->items)), NULL);
  self->sorter = gtk_custom_sorter_new (compare_items, self, NULL);
  self->sorted = gtk_sort_list_model_new (g_object_ref (G_LIST_MODEL (self->filtered)), NULL);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->sorted)));
  g_signal_connect_object (self->selection, "selection-changed", G_CALLBACK (on_selection_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->selection, "items-changed", G_CALLBACK (update_counts), self,
                           G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_row_unbind_cb), self);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));

  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Delete, 0),
                                                          gtk_callback_action_new (delete_shortcut_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), controller);

  controller = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                        gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_z, GDK_CONTROL_MASK),
                                                          gtk_callback_action_new (undo_shortcut_cb, NULL, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  update_counts (self);
}

/* Public API */

void
lectern_library_view_set_store (LecternLibraryView *self,
                                LecternStore       *store)
{
  g_return_if_fail (LECTERN_IS_LIBRARY_VIEW (self));

  g_set_object (&self->store, store);
}

void
lectern_library_view_reload (LecternLibraryView *self)
{
  g_return_if_fail (LECTERN_IS_LIBRARY_VIEW (self));

  if (self->store == NULL)
    return;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  self->n_ops++;
  lectern_store_run_async (self->store, list_worker, NULL, NULL, (GDestroyNotify) g_ptr_array_unref,
                           self->cancellable, on_listed_cb, g_object_ref (self));
}

gboolean
lectern_library_view_is_busy (LecternLibraryView *self)
{
  g_return_val_if_fail (LECTERN_IS_LIBRARY_VIEW (self), FALSE);

  return self->n_ops > 0;
}

GtkSelectionModel *
lectern_library_view_get_model (LecternLibraryView *self)
{
  g_return_val_if_fail (LECTERN_IS_LIBRARY_VIEW (self), NULL);

  return GTK_SELECTION_MODEL (self->selection);
}

void
lectern_library_view_set_filter_text (LecternLibraryView *self,
                                      const char         *text)
{
  g_autofree char *folded = NULL;

  g_return_if_fail (LECTERN_IS_LIBRARY_VIEW (self));

  folded = lectern_search_fold (text != NULL ? text : "");
  g_clear_pointer (&self->filter_words, g_strfreev);
  if (folded[0] != '\0')
    self->filter_words = g_strsplit (folded, " ", -1);
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->filter_entry)), text) != 0)
    {
      g_signal_handlers_block_by_func (self->filter_entry, on_filter_changed_cb, self);
      gtk_editable_set_text (GTK_EDITABLE (self->filter_entry), text != NULL ? text : "");
      g_signal_handlers_unblock_by_func (self->filter_entry, on_filter_changed_cb, self);
    }
  /* No filter at all rather than one that keeps everything: 10,000 calls
   * fewer on every change of the list. */
  if (self->filter_words == NULL)
    gtk_filter_list_model_set_filter (self->filtered, NULL);
  else if (gtk_filter_list_model_get_filter (self->filtered) == NULL)
    gtk_filter_list_model_set_filter (self->filtered, GTK_FILTER (self->filter));
  else
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_counts (self);
}

void
lectern_library_view_set_sort (LecternLibraryView *self,
                               LecternLibrarySort  sort)
{
  g_return_if_fail (LECTERN_IS_LIBRARY_VIEW (self));
  g_return_if_fail (sort <= LECTERN_LIBRARY_SORT_PROGRESS);

  if (self->sort == sort)
    return;

  self->sort = sort;
  if (gtk_drop_down_get_selected (self->sort_dropdown) != (guint) sort)
    gtk_drop_down_set_selected (self->sort_dropdown, sort);
  /* The list is kept in the order it is read in, newest first: no sorter
   * for that one. */
  if (sort == LECTERN_LIBRARY_SORT_ADDED)
    gtk_sort_list_model_set_sorter (self->sorted, NULL);
  else if (gtk_sort_list_model_get_sorter (self->sorted) == NULL)
    gtk_sort_list_model_set_sorter (self->sorted, GTK_SORTER (self->sorter));
  else
    gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

const char *
lectern_library_view_get_count_text (LecternLibraryView *self)
{
  g_return_val_if_fail (LECTERN_IS_LIBRARY_VIEW (self), "");

  return self->count_text;
}

void
lectern_library_view_focus_filter (LecternLibraryView *self)
{
  g_return_if_fail (LECTERN_IS_LIBRARY_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->filter_entry));
}

void
lectern_library_view_focus_list (LecternLibraryView *self)
{
  g_return_if_fail (LECTERN_IS_LIBRARY_VIEW (self));

  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->filter_entry));
      return;
    }
  /* Focusing the list view focuses its first row when none had focus. */
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

void
lectern_library_view_delete_selected (LecternLibraryView *self)
{
  g_autoptr(GPtrArray) items = NULL;
  guint n_highlights = 0;
  AdwMessageDialog *dialog;
  DeleteQuestion *question;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;

  g_return_if_fail (LECTERN_IS_LIBRARY_VIEW (self));

  items = selected_items (self);
  if (items->len == 0)
    return;

  for (guint i = 0; i < items->len; i++)
    n_highlights += lectern_library_item_get_entry (g_ptr_array_index (items, i))->n_highlights;
  if (n_highlights == 0)
    {
      hide_and_offer_undo (self, items);
      return;
    }

  /* Highlights are the reader's own work: ask before they go. */
  if (items->len == 1)
    heading = g_strdup_printf (_("Delete “%s”?"),
                               lectern_library_item_get_entry (g_ptr_array_index (items, 0))->title);
  else
    heading = g_strdup_printf (ngettext ("Delete %u Story?", "Delete %u Stories?", items->len), items->len);
  if (items->len == 1)
    body = g_strdup_printf (ngettext ("Its %u highlight and its notes will be deleted too.",
                                      "Its %u highlights and its notes will be deleted too.", n_highlights),
                            n_highlights);
  else
    body = g_strdup_printf (ngettext ("Their %u highlight and its notes will be deleted too.",
                                      "Their %u highlights and their notes will be deleted too.", n_highlights),
                            n_highlights);
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                       heading, body));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "delete", _("_Delete"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (dialog, "cancel");
  adw_message_dialog_set_close_response (dialog, "cancel");
  question = g_new0 (DeleteQuestion, 1);
  g_weak_ref_init (&question->view, self);
  question->items = g_steal_pointer (&items);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_delete_response_cb), question,
                         delete_question_free, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
lectern_library_view_undo_delete (LecternLibraryView *self)
{
  g_return_if_fail (LECTERN_IS_LIBRARY_VIEW (self));

  undo_batch (self);
  retire_toast (self);
}

void
lectern_library_view_flush_deletes (LecternLibraryView *self)
{
  g_return_if_fail (LECTERN_IS_LIBRARY_VIEW (self));

  commit_batch (self);
  retire_toast (self);
}
