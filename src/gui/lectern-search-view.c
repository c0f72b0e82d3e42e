/* lectern-search-view.c: Search Everything (Ctrl+Shift+F): one query over
 * every story's text and title, highlights, notes, tags and names, ranked
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-search-view"

#include "config.h"

#include "lectern-search-view.h"
#include "lectern-search-row.h"
#include "lectern-entity.h"
#include "lectern-library-list.h"

#include <glib/gi18n.h>

/* Results read at a time; more come when the list is scrolled to its end. */
#define PAGE_SIZE 50

/* Results */

struct _LecternSearchResult
{
  GObject           parent_instance;

  LecternSearchHit *hit;
  char             *entity_name;
};

G_DEFINE_FINAL_TYPE (LecternSearchResult, lectern_search_result, G_TYPE_OBJECT)

static void
lectern_search_result_finalize (GObject *object)
{
  LecternSearchResult *self = LECTERN_SEARCH_RESULT (object);

  g_clear_pointer (&self->hit, lectern_search_hit_free);
  g_clear_pointer (&self->entity_name, g_free);

  G_OBJECT_CLASS (lectern_search_result_parent_class)->finalize (object);
}

static void
lectern_search_result_class_init (LecternSearchResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = lectern_search_result_finalize;
}

static void
lectern_search_result_init (LecternSearchResult *self)
{
}

const LecternSearchHit *
lectern_search_result_get_hit (LecternSearchResult *self)
{
  g_return_val_if_fail (LECTERN_IS_SEARCH_RESULT (self), NULL);

  return self->hit;
}

const char *
lectern_search_result_get_entity_name (LecternSearchResult *self)
{
  g_return_val_if_fail (LECTERN_IS_SEARCH_RESULT (self), NULL);

  return self->entity_name;
}

/* The view */

struct _LecternSearchView
{
  GtkWidget       parent_instance;

  GtkSearchEntry *entry;
  GtkLabel       *status_label;
  GtkListView    *list_view;

  LecternStore   *store;
  GListStore     *results;
  GCancellable   *cancellable;   /* of the query running */
  char           *query;
  guint           n_running;
  gboolean        more;          /* the last page was full */
};

G_DEFINE_FINAL_TYPE (LecternSearchView, lectern_search_view, GTK_TYPE_WIDGET)

enum
{
  SIGNAL_RESULT_ACTIVATED,
  SIGNAL_ENTITY_ACTIVATED,
  SIGNAL_CLOSE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

typedef struct
{
  char  *query;
  guint  offset;
} Request;

static void
request_free (Request *request)
{
  g_free (request->query);
  g_free (request);
}

static gpointer
search_worker (LecternStore  *store,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  Request *request = data;
  g_autoptr(GPtrArray) hits = NULL;
  g_autoptr(GPtrArray) results = NULL;

  hits = lectern_search_sync (store, request->query, request->offset, PAGE_SIZE, error);
  if (hits == NULL)
    return NULL;

  results = g_ptr_array_new_full (hits->len, g_object_unref);
  for (guint i = 0; i < hits->len; i++)
    {
      LecternSearchResult *result = g_object_new (LECTERN_TYPE_SEARCH_RESULT, NULL);

      result->hit = g_steal_pointer (&hits->pdata[i]);
      if (result->hit->match == LECTERN_SEARCH_MATCH_ENTITY && result->hit->start >= 0)
        result->entity_name = lectern_library_entity_name_at_sync (store, result->hit->story_id,
                                                                   result->hit->start,
                                                                   result->hit->end, NULL);
      g_ptr_array_add (results, result);
      if (g_cancellable_is_cancelled (cancellable))
        break;
    }

  return g_steal_pointer (&results);
}

static void
update_status (LecternSearchView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->results));
  g_autofree char *text = NULL;

  if (self->query == NULL || self->query[0] == '\0')
    text = g_strdup ("");
  else if (n == 0 && self->n_running > 0)
    text = g_strdup (_("Searching…"));
  else if (n == 0)
    text = g_strdup (_("No results"));
  else if (self->more)
    /* Translators: results listed so far, more come when scrolling */
    text = g_strdup_printf (ngettext ("%u result or more", "%u results or more", n), n);
  else
    text = g_strdup_printf (ngettext ("%u result", "%u results", n), n);
  gtk_label_set_text (self->status_label, text);
}

static void
on_searched_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LecternSearchView *self = user_data;
  g_autoptr(GPtrArray) results = NULL;
  g_autoptr(GError) error = NULL;

  results = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  self->n_running--;
  if (self->results == NULL)  /* disposed meanwhile */
    {
      g_object_unref (self);
      return;
    }
  if (results == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        gtk_label_set_text (self->status_label, error->message);
      else
        update_status (self);
      g_object_unref (self);
      return;
    }

  g_list_store_splice (self->results, g_list_model_get_n_items (G_LIST_MODEL (self->results)), 0,
                       results->pdata, results->len);
  self->more = results->len == PAGE_SIZE;
  update_status (self);
  g_object_unref (self);
}

typedef struct
{
  LecternSearchView *self;
  GCancellable      *cancellable;
} Pending;

static void
on_page_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  Pending *pending = user_data;

  /* A newer query replaced this one: its results are stale. */
  if (g_cancellable_is_cancelled (pending->cancellable))
    {
      g_autoptr(GPtrArray) stale = lectern_store_run_finish (LECTERN_STORE (source), result, NULL);

      pending->self->n_running--;
      if (pending->self->results != NULL)
        update_status (pending->self);
      g_object_unref (pending->self);
    }
  else
    on_searched_cb (source, result, pending->self);

  g_object_unref (pending->cancellable);
  g_free (pending);
}

static void
run_query (LecternSearchView *self,
           guint              offset)
{
  Request *request;
  Pending *pending;

  if (self->store == NULL || self->query == NULL || self->query[0] == '\0')
    return;

  request = g_new0 (Request, 1);
  request->query = g_strdup (self->query);
  request->offset = offset;
  pending = g_new0 (Pending, 1);
  pending->self = g_object_ref (self);
  pending->cancellable = g_object_ref (self->cancellable);
  self->n_running++;
  lectern_store_run_async (self->store, search_worker, request, (GDestroyNotify) request_free,
                           (GDestroyNotify) g_ptr_array_unref, self->cancellable, on_page_cb, pending);
}

/* Rows: LecternSearchRow, bound to the result shown */

static void
on_row_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, lectern_search_row_new ());
}

static void
on_row_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  lectern_search_row_set_result (LECTERN_SEARCH_ROW (gtk_list_item_get_child (list_item)),
                                 gtk_list_item_get_item (list_item));
}

/* Callbacks */

static void
on_search_changed_cb (LecternSearchView *self,
                      GtkSearchEntry    *entry)
{
  lectern_search_view_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_stop_search_cb (LecternSearchView *self,
                   GtkSearchEntry    *entry)
{
  g_signal_emit (self, signals[SIGNAL_CLOSE], 0);
}

/* Enter in the query box opens the best result. */
static void
on_entry_activate_cb (LecternSearchView *self,
                      GtkSearchEntry    *entry)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->results)) > 0)
    lectern_search_view_activate (self, 0);
}

static void
on_list_activate_cb (LecternSearchView *self,
                     guint              position,
                     GtkListView       *list_view)
{
  lectern_search_view_activate (self, position);
}

static void
on_edge_reached_cb (LecternSearchView *self,
                    GtkPositionType    position,
                    GtkScrolledWindow *scrolled)
{
  if (position == GTK_POS_BOTTOM && self->more && self->n_running == 0)
    run_query (self, g_list_model_get_n_items (G_LIST_MODEL (self->results)));
}

static gboolean
close_shortcut_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  g_signal_emit (widget, signals[SIGNAL_CLOSE], 0);
  return TRUE;
}

/* Vfuncs */

static void
lectern_search_view_dispose (GObject *object)
{
  LecternSearchView *self = LECTERN_SEARCH_VIEW (object);
  GtkWidget *child;

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_SEARCH_VIEW);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->results);
  g_clear_object (&self->store);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (lectern_search_view_parent_class)->dispose (object);
}

static void
lectern_search_view_finalize (GObject *object)
{
  LecternSearchView *self = LECTERN_SEARCH_VIEW (object);

  g_clear_pointer (&self->query, g_free);

  G_OBJECT_CLASS (lectern_search_view_parent_class)->finalize (object);
}

static void
lectern_search_view_class_init (LecternSearchViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_search_view_dispose;
  object_class->finalize = lectern_search_view_finalize;

  signals[SIGNAL_RESULT_ACTIVATED] =
    g_signal_new ("result-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64);
  signals[SIGNAL_ENTITY_ACTIVATED] =
    g_signal_new ("entity-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  g_signal_accumulator_true_handled, NULL, NULL,
                  G_TYPE_BOOLEAN, 1, G_TYPE_STRING);
  signals[SIGNAL_CLOSE] =
    g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-search-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternSearchView, entry);
  gtk_widget_class_bind_template_child (widget_class, LecternSearchView, status_label);
  gtk_widget_class_bind_template_child (widget_class, LecternSearchView, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_entry_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_list_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, on_edge_reached_cb);
  gtk_widget_class_add_binding (widget_class, GDK_KEY_Escape, 0, close_shortcut_cb, NULL);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
lectern_search_view_init (LecternSearchView *self)
{
  GtkListItemFactory *factory;
  GtkSingleSelection *selection;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->results = g_list_store_new (LECTERN_TYPE_SEARCH_RESULT);
  self->cancellable = g_cancellable_new ();

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->results)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

/* Public API */

void
lectern_search_view_set_store (LecternSearchView *self,
                               LecternStore      *store)
{
  g_return_if_fail (LECTERN_IS_SEARCH_VIEW (self));

  g_set_object (&self->store, store);
}

void
lectern_search_view_search (LecternSearchView *self,
                            const char        *query)
{
  g_return_if_fail (LECTERN_IS_SEARCH_VIEW (self));

  if (query == NULL)
    query = "";
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->entry)), query) != 0)
    {
      g_signal_handlers_block_by_func (self->entry, on_search_changed_cb, self);
      gtk_editable_set_text (GTK_EDITABLE (self->entry), query);
      g_signal_handlers_unblock_by_func (self->entry, on_search_changed_cb, self);
    }

  /* The query typed before this one is stale: drop it. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_free (self->query);
  self->query = g_strdup (query);
  self->more = FALSE;
  g_list_store_remove_all (self->results);
  run_query (self, 0);
  update_status (self);
}

const char *
lectern_search_view_get_query (LecternSearchView *self)
{
  g_return_val_if_fail (LECTERN_IS_SEARCH_VIEW (self), NULL);

  return self->query != NULL ? self->query : "";
}

gboolean
lectern_search_view_is_busy (LecternSearchView *self)
{
  g_return_val_if_fail (LECTERN_IS_SEARCH_VIEW (self), FALSE);

  return self->n_running > 0;
}

GListModel *
lectern_search_view_get_model (LecternSearchView *self)
{
  g_return_val_if_fail (LECTERN_IS_SEARCH_VIEW (self), NULL);

  return G_LIST_MODEL (self->results);
}

void
lectern_search_view_activate (LecternSearchView *self,
                              guint              position)
{
  g_autoptr(LecternSearchResult) result = NULL;
  gboolean handled = FALSE;

  g_return_if_fail (LECTERN_IS_SEARCH_VIEW (self));

  result = g_list_model_get_item (G_LIST_MODEL (self->results), position);
  if (result == NULL)
    return;

  if (result->entity_name != NULL)
    g_signal_emit (self, signals[SIGNAL_ENTITY_ACTIVATED], 0, result->entity_name, &handled);
  if (!handled)
    g_signal_emit (self, signals[SIGNAL_RESULT_ACTIVATED], 0, result->hit->story_id,
                   result->hit->start, result->hit->end);
}

void
lectern_search_view_focus (LecternSearchView *self)
{
  g_return_if_fail (LECTERN_IS_SEARCH_VIEW (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}
