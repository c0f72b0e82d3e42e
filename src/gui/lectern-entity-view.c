/* lectern-entity-view.c: one person or organization across the library:
 * the stories that name it, its quotes, the highlights and notes next to
 * its mentions, its aliases and the user's corrections, and its dossier
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-entity-view"

#include "config.h"

#include "lectern-entity-view.h"
#include "lectern-entity-page-row.h"

#include "lectern-export.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>
#include <time.h>

/* The page shared with the export running on the store's thread, which
 * may outlive the page shown. */
typedef struct
{
  LecternEntityPage *page;
} PageRef;

struct _LecternEntityView
{
  GtkWidget     parent_instance;

  GtkButton    *back_button;
  GtkLabel     *title_label;
  GtkStack     *stack;
  GtkSpinner   *spinner;
  guint         spinner_source;
  AdwStatusPage *error_page;
  GtkScrolledWindow *scroller;
  GtkLabel     *name_label;
  GtkLabel     *summary_label;
  GtkLabel     *forms_label;
  GtkListView  *list_view;
  GListStore   *items;        /* LecternEntityPageItem: headings and rows */

  LecternStore *store;
  GCancellable *cancellable;  /* the load under way */
  char         *name;         /* asked for */
  PageRef      *page;         /* nullable */
  guint         n_exports;
  guint         expanded;     /* sections shown whole: 1 << LecternEntitySection */
  guint         expanding;    /* those asked for while the whole page is read */
};

G_DEFINE_FINAL_TYPE (LecternEntityView, lectern_entity_view, GTK_TYPE_WIDGET)

enum { OPEN_PASSAGE, BACK, LOADED, EXPORTED, N_SIGNALS };
static guint signals[N_SIGNALS];

static gboolean
timing_enabled (void)
{
  return g_strcmp0 (g_getenv ("LECTERN_TIMING"), "1") == 0;
}

/* How long a read goes before the spinner shows it. */
#define SPINNER_DELAY_MS 200

static void
start_spinner_cb (gpointer data)
{
  LecternEntityView *self = data;

  self->spinner_source = 0;
  gtk_spinner_start (self->spinner);
}

static void
stop_spinner (LecternEntityView *self)
{
  g_clear_handle_id (&self->spinner_source, g_source_remove);
  gtk_spinner_stop (self->spinner);
}

/* The CPU time of the calling thread: on a loaded machine the wall clock
 * mostly measures the wait for a core. */
static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static void
page_ref_clear (gpointer data)
{
  PageRef *ref = data;

  g_clear_pointer (&ref->page, lectern_entity_page_free);
}

static void
page_ref_release (PageRef *ref)
{
  g_atomic_rc_box_release_full (ref, page_ref_clear);
}

/* Rows: LecternEntityPageRow, bound to the line shown */

static void
on_row_setup_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 gpointer                  user_data)
{
  gtk_list_item_set_child (list_item, lectern_entity_page_row_new ());
}

static void
on_row_bind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                gpointer                  user_data)
{
  LecternEntityPageItem *item = gtk_list_item_get_item (list_item);

  lectern_entity_page_row_set_item (LECTERN_ENTITY_PAGE_ROW (gtk_list_item_get_child (list_item)), item);
  gtk_list_item_set_activatable (list_item, lectern_entity_page_item_get_passage (item, NULL, NULL, NULL)
                                            || lectern_entity_page_item_get_show_all (item) >= 0);
  gtk_list_item_set_selectable (list_item, !lectern_entity_page_item_is_heading (item));
}

/* Lists the lines of the page shown, the long sections cut unless the
 * reader asked for them whole. */
static void
fill_list (LecternEntityView *self)
{
  g_autoptr(GPtrArray) items = lectern_entity_page_items_new (self->page->page, self->expanded);

  /* One change for the list view, which makes rows only for what shows. */
  g_list_store_splice (self->items, 0, g_list_model_get_n_items (G_LIST_MODEL (self->items)),
                       items->pdata, items->len);
}

static void read_whole_page (LecternEntityView *self);

static void
on_list_view_activate_cb (LecternEntityView *self,
                          guint              position,
                          GtkListView       *list_view)
{
  g_autoptr(LecternEntityPageItem) item = g_list_model_get_item (G_LIST_MODEL (self->items),
                                                                 position);
  gint64 story_id, start, end;
  int section;

  if (item == NULL)
    return;

  section = lectern_entity_page_item_get_show_all (item);
  if (section >= 0 && lectern_entity_page_item_get_loading (item))
    return;
  if (section >= 0 && self->page != NULL && !self->page->page->complete)
    {
      /* The page read its first rows: the rest are read now, off the UI
       * thread, and shown when they come; the row says so meanwhile. */
      self->expanding |= 1u << section;
      lectern_entity_page_item_set_loading (item, TRUE);
      if (self->cancellable == NULL)
        read_whole_page (self);
    }
  else if (section >= 0 && self->page != NULL)
    {
      self->expanded |= 1u << section;
      fill_list (self);
      /* The focus stays where the section goes on. */
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
    }
  else if (lectern_entity_page_item_get_passage (item, &story_id, &start, &end))
    g_signal_emit (self, signals[OPEN_PASSAGE], 0, story_id, start, end);
}
static void
show_page (LecternEntityView       *self,
           const LecternEntityPage *page)
{
  const LecternLibraryEntity *entity = page->entity;
  g_autofree char *stories = NULL;
  g_autofree char *summary = NULL;
  g_autoptr(GString) forms = g_string_new (NULL);
  GtkAdjustment *adjustment;

  stories = g_strdup_printf (ngettext ("named in %u story", "named in %u stories",
                                       entity->n_stories), entity->n_stories);
  /* Translators: "Person, named in 3 stories, 12 mentions" */
  summary = g_strdup_printf (ngettext ("%s, %s, %u mention", "%s, %s, %u mentions",
                                       entity->n_mentions),
                             entity->type == LECTERN_ENTITY_ORGANIZATION ? _("Organization")
                                                                         : _("Person"),
                             stories, entity->n_mentions);
  for (guint i = 0; i < page->forms->len; i++)
    g_string_append_printf (forms, "%s%s", i > 0 ? ", " : "",
                            (char *) g_ptr_array_index (page->forms, i));

  gtk_label_set_text (self->title_label, entity->name);
  gtk_label_set_text (self->name_label, entity->name);
  gtk_label_set_text (self->summary_label, summary);
  if (forms->len > 0)
    {
      g_autofree char *written = g_strdup_printf (_("Written as: %s"), forms->str);

      gtk_label_set_text (self->forms_label, written);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->forms_label), forms->len > 0);

  fill_list (self);

  adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  gtk_adjustment_set_value (adjustment, 0);
  gtk_stack_set_visible_child_name (self->stack, "page");
}

static void
update_actions (LecternEntityView *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "entity.export", self->page != NULL);
}

/* Loading */

static void
show_all_failed (LecternEntityView *self,
                 const char        *message)
{
  GListModel *items = G_LIST_MODEL (self->items);

  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(LecternEntityPageItem) item = g_list_model_get_item (items, i);
      int section = lectern_entity_page_item_get_show_all (item);

      if (section >= 0 && (self->expanding & (1u << section)) != 0)
        lectern_entity_page_item_set_error (item, message);
    }
  self->expanding = 0;
}

static void
on_page_loaded_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(LecternEntityView) self = user_data;
  g_autoptr(GError) error = NULL;
  LecternEntityPage *page;

  page = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;

  g_clear_object (&self->cancellable);
  stop_spinner (self);
  if (page == NULL && self->expanding != 0 && self->page != NULL)
    {
      /* "Show All" could not read the rest: the page stays, and its
       * Show All rows say why. */
      show_all_failed (self, error->message);
      g_signal_emit (self, signals[LOADED], 0);
      return;
    }
  g_clear_pointer (&self->page, page_ref_release);
  if (page == NULL)
    {
      gtk_label_set_text (self->title_label, self->name);
      adw_status_page_set_description (self->error_page, error->message);
      gtk_stack_set_visible_child_name (self->stack, "error");
    }
  else
    {
      gint64 start = g_get_monotonic_time ();
      gint64 cpu_start = thread_cpu_us ();

      gboolean expanding = self->expanding != 0 && page->complete;

      self->page = g_atomic_rc_box_new0 (PageRef);
      self->page->page = page;
      if (expanding)
        {
          /* "Show All" read the rest: the list goes on where it was. */
          self->expanded |= self->expanding;
          self->expanding = 0;
          fill_list (self);
          gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
        }
      else
        show_page (self, page);
      if (timing_enabled ())
        g_printerr ("lectern-timing: entity-page-shown ms=%.1f cpu-ms=%.1f\n",
                    (g_get_monotonic_time () - start) / 1000.0, (thread_cpu_us () - cpu_start) / 1000.0);
    }
  update_actions (self);
  g_signal_emit (self, signals[LOADED], 0);
}

/* Actions */

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  gint64 story_id, start, end;

  g_variant_get (parameter, "(xxx)", &story_id, &start, &end);
  g_signal_emit (widget, signals[OPEN_PASSAGE], 0, story_id, start, end);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  g_signal_emit (widget, signals[BACK], 0);
}

typedef struct
{
  char    *key;
  char    *name;
} SplitData;

static void
split_data_free (gpointer data)
{
  SplitData *split = data;

  g_free (split->key);
  g_free (split->name);
  g_free (split);
}

static gpointer
split_worker (LecternStore  *store,
              gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  SplitData *split = data;

  if (!lectern_library_set_split_sync (store, split->key, TRUE, error))
    return NULL;

  return lectern_library_get_entity_page_sync (store, split->name,
                                               LECTERN_ENTITY_PAGE_FIRST_ROWS, error);
}

typedef struct
{
  char     *name;
  gboolean  whole;     /* every row, not the first ones */
  gboolean  refresh;   /* the entity lists brought up to date first */
} LoadData;

static void
load_data_free (gpointer data)
{
  LoadData *load = data;

  g_free (load->name);
  g_free (load);
}

/* Stories imported or corrected since the last look get their lists
 * first (the extractor's cache makes that quick), so the page counts
 * every story of the library. The page reads the first rows of its long
 * sections, unless the reader asked for them whole. */
static gpointer
load_worker (LecternStore  *store,
             gpointer       data,
             GCancellable  *cancellable,
             GError       **error)
{
  LoadData *load = data;
  gint64 start = g_get_monotonic_time ();
  gint64 cpu_start = thread_cpu_us ();
  LecternEntityPage *page;

  if (load->refresh
      && !lectern_library_refresh_entities_sync (store, NULL, cancellable, NULL, error))
    return NULL;
  if (timing_enabled () && load->refresh)
    g_printerr ("lectern-timing: entity-lists-refreshed ms=%.1f cpu-ms=%.1f\n",
                (g_get_monotonic_time () - start) / 1000.0, (thread_cpu_us () - cpu_start) / 1000.0);
  start = g_get_monotonic_time ();
  cpu_start = thread_cpu_us ();
  page = lectern_library_get_entity_page_sync (store, load->name,
                                               load->whole ? 0 : LECTERN_ENTITY_PAGE_FIRST_ROWS,
                                               error);
  if (timing_enabled ())
    g_printerr ("lectern-timing: entity-page-read%s ms=%.1f cpu-ms=%.1f\n",
                load->whole ? "-whole" : "", (g_get_monotonic_time () - start) / 1000.0,
                (thread_cpu_us () - cpu_start) / 1000.0);

  return page;
}

static void
start_load (LecternEntityView *self,
            const char        *name,
            gboolean           whole,
            gboolean           refresh)
{
  LoadData *load = g_new0 (LoadData, 1);

  load->name = g_strdup (name);
  load->whole = whole;
  load->refresh = refresh;
  self->cancellable = g_cancellable_new ();
  lectern_store_run_async (self->store, load_worker, load, load_data_free,
                           (GDestroyNotify) lectern_entity_page_free, self->cancellable,
                           on_page_loaded_cb, g_object_ref (self));
}

/* The page shown, read again whole for "Show All"; the page stays as it
 * is meanwhile. */
static void
read_whole_page (LecternEntityView *self)
{
  if (self->store == NULL || self->page == NULL)
    return;

  start_load (self, self->page->page->entity->name, TRUE, FALSE);
}

static void
split_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  LecternEntityView *self = LECTERN_ENTITY_VIEW (widget);
  SplitData *split;

  if (self->store == NULL || self->page == NULL)
    return;

  split = g_new0 (SplitData, 1);
  split->key = g_variant_dup_string (parameter, NULL);
  split->name = g_strdup (self->page->page->entity->name);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->expanded = self->expanding = 0;
  self->cancellable = g_cancellable_new ();
  /* The page read again after the split, in the same queue, so it
   * shows the entry without the short name. */
  lectern_store_run_async (self->store, split_worker, split, split_data_free,
                           (GDestroyNotify) lectern_entity_page_free, self->cancellable,
                           on_page_loaded_cb, g_object_ref (self));
}

static const struct
{
  LecternDossierFormat  format;
  const char           *id;
  const char           *label;
} dossier_formats[] = {
  { LECTERN_DOSSIER_MARKDOWN, "markdown", N_("Markdown") },
  { LECTERN_DOSSIER_HTML,     "html",     N_("Web Page (HTML)") },
  { LECTERN_DOSSIER_PDF,      "pdf",      N_("PDF") },
};

/* The file a chosen name stands for: the format's extension is added
 * unless it is there. */
static char *
path_for (const char           *chosen,
          LecternDossierFormat  format)
{
  const char *extension = lectern_dossier_format_extension (format);

  if (g_str_has_suffix (chosen, extension))
    return g_strdup (chosen);

  return g_strconcat (chosen, extension, NULL);
}

static void
on_export_response_cb (GtkNativeDialog   *dialog,
                       int                response,
                       LecternEntityView *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *chosen = g_file_get_path (file);
      const char *choice = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), "format");
      LecternDossierFormat format = LECTERN_DOSSIER_MARKDOWN;

      for (guint i = 0; i < G_N_ELEMENTS (dossier_formats); i++)
        if (g_strcmp0 (choice, dossier_formats[i].id) == 0)
          format = dossier_formats[i].format;

      if (chosen == NULL)
        g_signal_emit (self, signals[EXPORTED], 0, NULL,
                       _("A dossier can only be saved to a local folder."));
      else
        {
          g_autofree char *path = path_for (chosen, format);

          /* The chooser asked about `chosen`; a name it changed must not
           * replace another file unasked. */
          if (g_strcmp0 (path, chosen) != 0 && g_file_test (path, G_FILE_TEST_EXISTS))
            {
              g_autofree char *message = g_strdup_printf (_("“%s” already exists."), path);

              g_signal_emit (self, signals[EXPORTED], 0, path, message);
            }
          else
            lectern_entity_view_export (self, path, format);
        }
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  LecternEntityView *self = LECTERN_ENTITY_VIEW (widget);
  GtkFileChooserNative *chooser;
  GtkRoot *root = gtk_widget_get_root (widget);
  const char *forced_path = g_getenv ("LECTERN_EXPORT_PATH");
  const char *ids[G_N_ELEMENTS (dossier_formats) + 1] = { NULL };
  const char *labels[G_N_ELEMENTS (dossier_formats) + 1] = { NULL };
  g_autofree char *title = NULL;
  g_autofree char *name = NULL;

  if (self->page == NULL)
    return;

  /* Tests and scripts skip the file chooser; the extension picks the
   * format, as for the notes export. */
  if (forced_path != NULL && forced_path[0] != '\0')
    {
      const char *dot = strrchr (forced_path, '.');
      LecternDossierFormat format = LECTERN_DOSSIER_MARKDOWN;

      if (dot != NULL)
        lectern_dossier_format_from_string (dot + 1, &format);
      lectern_entity_view_export (self, forced_path, format);
      return;
    }

  /* Translators: %s is the name of a person or organization */
  title = g_strdup_printf (_("Dossier %s"), self->page->page->entity->name);
  name = lectern_export_suggest_filename (title, ".md");
  chooser = gtk_file_chooser_native_new (_("Export Dossier"),
                                         GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  for (guint i = 0; i < G_N_ELEMENTS (dossier_formats); i++)
    {
      ids[i] = dossier_formats[i].id;
      labels[i] = _(dossier_formats[i].label);
    }
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (chooser), "format", _("Format"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (chooser), "format", "markdown");
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

typedef struct
{
  LecternEntityView    *self;
  PageRef              *page;
  char                 *path;
  LecternDossierFormat  format;
  GPtrArray            *categories;  /* nullable: the default names */
  char                 *whole_name;  /* nullable: the page to read whole first */
  LecternEntityPage    *whole;       /* that page, read on the store's thread */
  GError               *error;       /* why it could not be */
} ExportData;

static void
export_data_free (gpointer data)
{
  ExportData *export = data;

  g_clear_object (&export->self);
  g_clear_pointer (&export->page, page_ref_release);
  g_clear_pointer (&export->categories, g_ptr_array_unref);
  g_clear_pointer (&export->whole, lectern_entity_page_free);
  g_clear_error (&export->error);
  g_free (export->whole_name);
  g_free (export->path);
  g_free (export);
}

/* The dossier has every row: a page that read its first rows is read
 * whole here. */
static gpointer
categories_worker (LecternStore  *store,
                   gpointer       data,
                   GCancellable  *cancellable,
                   GError       **error)
{
  ExportData *export = data;

  if (export->whole_name != NULL)
    export->whole = lectern_library_get_entity_sync (store, export->whole_name, &export->error);
  return lectern_store_list_categories_sync (store, error);
}

/* In a thread of its own, not the store's: a PDF of a name in thousands
 * of stories takes a while to lay out, and the library's other work must
 * not wait for it. The page is not changed while it is shared. */
static void
write_dossier_thread (GTask        *task,
                      gpointer      source,
                      gpointer      task_data,
                      GCancellable *cancellable)
{
  ExportData *export = task_data;
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;
  gsize size;
  const char *contents;

  bytes = lectern_dossier_write_bytes (export->page->page, export->format, export->categories,
                                       NULL, &error);
  if (bytes == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  contents = g_bytes_get_data (bytes, &size);
  if (!lectern_export_write_file (export->path, contents, size, &error))
    {
      g_task_return_error (task, error);
      return;
    }

  g_task_return_pointer (task, g_strdup (export->path), g_free);
}

static void
on_exported_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  LecternEntityView *self = LECTERN_ENTITY_VIEW (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  self->n_exports--;
  path = g_task_propagate_pointer (G_TASK (result), &error);
  if (path != NULL)
    g_signal_emit (self, signals[EXPORTED], 0, path, NULL);
  else
    g_signal_emit (self, signals[EXPORTED], 0, NULL, error->message);
}

static void
on_categories_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  ExportData *export = user_data;
  g_autoptr(GTask) task = NULL;

  /* Without them the colours keep their default names. */
  export->categories = lectern_store_run_finish (LECTERN_STORE (source), result, NULL);
  task = g_task_new (export->self, NULL, on_exported_cb, NULL);
  g_task_set_source_tag (task, lectern_entity_view_export);
  g_task_set_task_data (task, export, export_data_free);
  if (export->whole_name != NULL && export->whole == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&export->error));
      return;
    }
  if (export->whole != NULL)
    {
      g_clear_pointer (&export->page, page_ref_release);
      export->page = g_atomic_rc_box_new0 (PageRef);
      export->page->page = g_steal_pointer (&export->whole);
    }
  g_task_run_in_thread (task, write_dossier_thread);
}

/* GObject */

static void
lectern_entity_view_dispose (GObject *object)
{
  LecternEntityView *self = LECTERN_ENTITY_VIEW (object);
  GtkWidget *child;

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->spinner_source, g_source_remove);
  gtk_widget_dispose_template (GTK_WIDGET (self), LECTERN_TYPE_ENTITY_VIEW);
  /* Children without an id in the template are ours to drop too. */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->items);
  g_clear_pointer (&self->page, page_ref_release);

  G_OBJECT_CLASS (lectern_entity_view_parent_class)->dispose (object);
}

static void
lectern_entity_view_finalize (GObject *object)
{
  LecternEntityView *self = LECTERN_ENTITY_VIEW (object);

  g_free (self->name);

  G_OBJECT_CLASS (lectern_entity_view_parent_class)->finalize (object);
}

static void
lectern_entity_view_class_init (LecternEntityViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lectern_entity_view_dispose;
  object_class->finalize = lectern_entity_view_finalize;

  signals[OPEN_PASSAGE] = g_signal_new ("open-passage", G_TYPE_FROM_CLASS (klass),
                                        G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE,
                                        3, G_TYPE_INT64, G_TYPE_INT64, G_TYPE_INT64);
  signals[BACK] = g_signal_new ("back", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                  NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_STRING,
                                    G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/lectern/Lectern/ui/lectern-entity-view.ui");
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, back_button);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, title_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, stack);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, spinner);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, error_page);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, scroller);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, name_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, summary_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, forms_label);
  gtk_widget_class_bind_template_child (widget_class, LecternEntityView, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_list_view_activate_cb);

  gtk_widget_class_install_action (widget_class, "entity.open", "(xxx)", open_action);
  gtk_widget_class_install_action (widget_class, "entity.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "entity.split", "s", split_action);
  gtk_widget_class_install_action (widget_class, "entity.export", NULL, export_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "entity.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "entity.back",
                                       NULL);
  gtk_widget_class_set_css_name (widget_class, "lectern-entity-view");
}

static void
lectern_entity_view_init (LecternEntityView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->items = g_list_store_new (LECTERN_TYPE_ENTITY_PAGE_ITEM);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->items)));
  g_signal_connect (factory, "setup", G_CALLBACK (on_row_setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_row_bind_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  update_actions (self);
}

/* Public API */

GtkWidget *
lectern_entity_view_new (void)
{
  return g_object_new (LECTERN_TYPE_ENTITY_VIEW, NULL);
}

void
lectern_entity_view_set_store (LecternEntityView *self,
                               LecternStore      *store)
{
  g_return_if_fail (LECTERN_IS_ENTITY_VIEW (self));
  g_return_if_fail (store == NULL || LECTERN_IS_STORE (store));

  g_set_object (&self->store, store);
}

void
lectern_entity_view_load (LecternEntityView *self,
                          const char        *name)
{
  g_return_if_fail (LECTERN_IS_ENTITY_VIEW (self));
  g_return_if_fail (name != NULL);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  /* Another name starts with its long sections cut again. */
  if (g_strcmp0 (self->name, name) != 0)
    self->expanded = 0;
  self->expanding = 0;
  g_free (self->name);
  self->name = g_strdup (name);
  g_clear_pointer (&self->page, page_ref_release);
  update_actions (self);

  gtk_label_set_text (self->title_label, name);
  /* Keys work on the page at once: Esc goes back, Tab reaches the rows. */
  gtk_widget_grab_focus (GTK_WIDGET (self->back_button));
  /* The spinner turns only for a read that takes a while: its frames
   * would cost more than most reads. */
  g_clear_handle_id (&self->spinner_source, g_source_remove);
  self->spinner_source = g_timeout_add_once (SPINNER_DELAY_MS, start_spinner_cb, self);
  gtk_stack_set_visible_child_name (self->stack, "loading");
  if (self->store == NULL)
    {
      stop_spinner (self);
      adw_status_page_set_description (self->error_page, _("The library is not open."));
      gtk_stack_set_visible_child_name (self->stack, "error");
      g_signal_emit (self, signals[LOADED], 0);
      return;
    }

  /* Sections the reader opened stay whole when the page comes again. */
  start_load (self, name, self->expanded != 0, TRUE);
}

gboolean
lectern_entity_view_get_loading (LecternEntityView *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_VIEW (self), FALSE);

  return self->cancellable != NULL || self->n_exports > 0;
}

const LecternEntityPage *
lectern_entity_view_get_page (LecternEntityView *self)
{
  g_return_val_if_fail (LECTERN_IS_ENTITY_VIEW (self), NULL);

  return self->page != NULL ? self->page->page : NULL;
}

void
lectern_entity_view_export (LecternEntityView    *self,
                            const char           *path,
                            LecternDossierFormat  format)
{
  ExportData *export;

  g_return_if_fail (LECTERN_IS_ENTITY_VIEW (self));
  g_return_if_fail (path != NULL);

  if (self->page == NULL || self->store == NULL)
    return;

  export = g_new0 (ExportData, 1);
  export->self = g_object_ref (self);
  export->page = g_atomic_rc_box_acquire (self->page);
  export->path = g_strdup (path);
  export->format = format;
  if (!self->page->page->complete)
    export->whole_name = g_strdup (self->page->page->entity->name);
  self->n_exports++;
  lectern_store_run_async (self->store, categories_worker, export, NULL,
                           (GDestroyNotify) g_ptr_array_unref, NULL, on_categories_cb, export);
}
