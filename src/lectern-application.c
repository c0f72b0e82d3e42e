/* lectern-application.c: command line, application actions, windows
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-application"

#include "config.h"

#include "lectern-application.h"
#include "lectern-window.h"

#include <glib/gi18n.h>
#include <time.h>

struct _LecternApplication
{
  AdwApplication  parent_instance;

  char           *db_path;
  char           *screenshot_path;
  gboolean        quit_after_first_frame;
  gboolean        quit_when_idle;
  gboolean        first_frame_seen;
  gboolean        first_frame_timed;
  gboolean        story_frame_timed;
  int             screenshot_tries;
  gint64          last_tick_us;
  guint           stall_source;
  gint64          worst_stall_us;
  gint64          last_tick_cpu_us;
  gint64          worst_stall_cpu_us; /* the most CPU between two ticks */
  gboolean        open_requested;  /* LECTERN_TIMING_OPEN */
  gboolean        open_sent;
  gint64          open_from_id;    /* the story shown when it was sent */
};

G_DEFINE_FINAL_TYPE (LecternApplication, lectern_application, ADW_TYPE_APPLICATION)

static const GOptionEntry option_entries[] = {
  { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the library database at PATH"), N_("PATH") },
  { "screenshot", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Save the window as a PNG image after it is first drawn, then quit"), N_("FILE") },
  { "quit-after-first-frame", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Quit once the window is first drawn (for timing)"), NULL },
  { "quit-when-idle", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Quit once the story and its people and organizations are shown (for timing)"), NULL },
  { NULL }
};

static gboolean
timing_enabled (void)
{
  return g_strcmp0 (g_getenv ("LECTERN_TIMING"), "1") == 0;
}

static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

/* With LECTERN_TIMING=1, reports each new longest gap between two ticks of
 * a 10 ms timeout: how long the UI thread was unresponsive, and how much
 * of it was the UI thread's own work (cpu-ms; on a loaded machine the rest
 * is other programs). */
static gboolean
stall_tick_cb (gpointer user_data)
{
  LecternApplication *self = user_data;
  gint64 now = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_us ();
  gint64 stall = now - self->last_tick_us - 10000;

  if (self->last_tick_us != 0 && stall > self->worst_stall_us && stall > 50000)
    {
      self->worst_stall_us = stall;
      /* at-ms: monotonic clock, to place it among the other lines. */
      g_printerr ("lectern-timing: main-loop-stall ms=%.1f cpu-ms=%.1f at-ms=%" G_GINT64_FORMAT "\n",
                  stall / 1000.0, (cpu - self->last_tick_cpu_us) / 1000.0, now / 1000);
    }
  if (self->last_tick_us != 0 && cpu - self->last_tick_cpu_us > self->worst_stall_cpu_us)
    self->worst_stall_cpu_us = cpu - self->last_tick_cpu_us;
  self->last_tick_us = now;
  self->last_tick_cpu_us = cpu;

  return G_SOURCE_CONTINUE;
}

/* Renders the toplevel through its own renderer, so the image is what the
 * window shows (TESTING.md §4). */
static gboolean
save_widget_png (GtkWidget   *widget,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GtkSnapshot *snapshot;
  GskRenderNode *node;
  graphene_rect_t bounds;
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);

  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Nothing was drawn");
      return FALSE;
    }

  gsk_render_node_get_bounds (node, &bounds);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &bounds);
  gsk_render_node_unref (node);

  if (!gdk_texture_save_to_png (texture, path))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "Could not write %s", path);
      return FALSE;
    }

  return TRUE;
}

static void on_frame_clock_after_paint_cb (GdkFrameClock *clock,
                                           LecternWindow *window);

/* With LECTERN_TIMING=1 and LECTERN_TIMING_OPEN=FILE, a window already up
 * opens FILE as another `lectern FILE` would hand it over (the "open"
 * signal), so tools/bench-epub times a book opened in a running app. */
static gboolean
timing_open_cb (gpointer user_data)
{
  GApplication *app = user_data;
  LecternApplication *self = user_data;
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (g_getenv ("LECTERN_TIMING_OPEN"));
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  LecternStory *story = window != NULL ? lectern_window_get_story (LECTERN_WINDOW (window)) : NULL;
  struct timespec ts;

  self->open_sent = TRUE;
  self->open_from_id = story != NULL ? story->id : 0;

  clock_gettime (CLOCK_REALTIME, &ts);
  g_printerr ("lectern-timing: open-request ui-cpu-ms=%.1f realtime-ns=%" G_GINT64_FORMAT "\n",
              thread_cpu_us () / 1000.0, (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec);
  g_application_open (app, &file, 1, "");

  return G_SOURCE_REMOVE;
}

static gboolean
finish_first_frame_cb (gpointer user_data)
{
  LecternWindow *window = user_data;
  LecternApplication *self = LECTERN_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));

  if (self->screenshot_path != NULL)
    {
      g_autoptr(GError) error = NULL;

      if (!save_widget_png (GTK_WIDGET (window), self->screenshot_path, &error))
        {
          /* A relayout was pending (the reading measure is applied after
           * the first allocation): try again after the next frame. */
          if (++self->screenshot_tries < 20)
            {
              self->first_frame_seen = FALSE;
              g_signal_connect_object (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                                       G_CALLBACK (on_frame_clock_after_paint_cb), window, 0);
              gtk_widget_queue_draw (GTK_WIDGET (window));
              g_object_unref (window);
              return G_SOURCE_REMOVE;
            }
          g_printerr ("lectern: %s\n", error->message);
        }
    }

  /* Tearing the window down is timed as quitting, not as a stall. */
  if (self->stall_source != 0)
    {
      struct timespec ts;

      clock_gettime (CLOCK_REALTIME, &ts);
      g_printerr ("lectern-timing: main-loop-stall-cpu longest-ms=%.1f\n", self->worst_stall_cpu_us / 1000.0);
      g_printerr ("lectern-timing: quit-start realtime-ns=%" G_GINT64_FORMAT "\n",
                  (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec);
    }
  g_clear_handle_id (&self->stall_source, g_source_remove);
  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);

  return G_SOURCE_REMOVE;
}

static void
on_frame_clock_after_paint_cb (GdkFrameClock *clock,
                               LecternWindow *window)
{
  LecternApplication *self = LECTERN_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));

  if (self == NULL || self->first_frame_seen)
    return;

  if (timing_enabled () && (!self->first_frame_timed ||
                             (!self->story_frame_timed && lectern_window_is_story_shown (window))))
    {
      struct timespec ts;
      gboolean story = lectern_window_is_story_shown (window);

      clock_gettime (CLOCK_REALTIME, &ts);
      g_printerr ("lectern-timing: %s realtime-ns=%" G_GINT64_FORMAT "\n",
                  story ? "story-frame" : "first-frame",
                  (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec);
      self->first_frame_timed = TRUE;
      self->story_frame_timed = story;
    }

  if (timing_enabled () && !self->open_requested && g_getenv ("LECTERN_TIMING_OPEN") != NULL)
    {
      self->open_requested = TRUE;
      g_idle_add (timing_open_cb, self);
    }

  /* --quit-after-first-frame measures until the story is on screen (with
   * LECTERN_TIMING_OPEN, the story opened once the window was up). */
  if (self->quit_after_first_frame && self->screenshot_path == NULL &&
      (!lectern_window_is_story_shown (window) ||
       (g_getenv ("LECTERN_TIMING_OPEN") != NULL
        && (!self->open_sent || lectern_window_get_story (window)->id == self->open_from_id))))
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      return;
    }

  /* A screenshot of a spinner is of no use: wait until the story is in.
   * --quit-when-idle also waits for the people and organizations. */
  if ((self->screenshot_path != NULL || self->quit_when_idle) && lectern_window_is_busy (window))
    {
      gtk_widget_queue_draw (GTK_WIDGET (window));
      return;
    }

  if (self->screenshot_path == NULL && !self->quit_after_first_frame)
    return;

  self->first_frame_seen = TRUE;
  g_signal_handlers_disconnect_by_func (clock, on_frame_clock_after_paint_cb, window);
  /* Above GtkTextView's background layout, which can run for a long time
   * on a big story. */
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, finish_first_frame_cb, g_object_ref (window), NULL);
}

static void
on_window_map_cb (GtkWidget *window,
                  gpointer   user_data)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect_object (clock, "after-paint",
                           G_CALLBACK (on_frame_clock_after_paint_cb), window, 0);
}

static void
on_window_notify_busy_cb (GtkWidget  *window,
                          GParamSpec *pspec,
                          gpointer    user_data)
{
  /* Make sure a frame follows the end of loading, for --screenshot. */
  gtk_widget_queue_draw (window);
}

static LecternWindow *
get_or_create_window (LecternApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window != NULL)
    return LECTERN_WINDOW (window);

  window = GTK_WINDOW (lectern_window_new (GTK_APPLICATION (self), self->db_path));
  g_signal_connect (window, "map", G_CALLBACK (on_window_map_cb), NULL);
  g_signal_connect (window, "notify::busy", G_CALLBACK (on_window_notify_busy_cb), NULL);

  return LECTERN_WINDOW (window);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  LecternApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Closing the windows (rather than g_application_quit) lets each save its
   * reading position and flush pending notes first. */
  for (GList *l = g_list_copy (windows), *next; l != NULL; l = next)
    {
      next = l->next;
      gtk_window_close (GTK_WINDOW (l->data));
      g_list_free_1 (l);
    }
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  LecternApplication *self = user_data;
  static const char *developers[] = { "The Lectern authors", NULL };
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", gtk_application_get_active_window (GTK_APPLICATION (self)),
                        "application-name", _("Lectern"),
                        "application-icon", APP_ID,
                        "version", PACKAGE_VERSION,
                        "developer-name", _("The Lectern authors"),
                        "developers", developers,
                        "comments", _("Read news stories, see who they name, highlight and export your notes"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 The Lectern authors",
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "about", about_action },
};

static int
lectern_application_handle_local_options (GApplication *app,
                                          GVariantDict *options)
{
  LecternApplication *self = LECTERN_APPLICATION (app);
  const char *db = NULL;
  const char *shot = NULL;

  if (g_variant_dict_lookup (options, "db", "^&ay", &db))
    self->db_path = g_canonicalize_filename (db, NULL);
  if (g_variant_dict_lookup (options, "screenshot", "^&ay", &shot))
    self->screenshot_path = g_canonicalize_filename (shot, NULL);
  g_variant_dict_lookup (options, "quit-after-first-frame", "b", &self->quit_after_first_frame);
  if (g_variant_dict_lookup (options, "quit-when-idle", "b", &self->quit_when_idle) &&
      self->quit_when_idle)
    self->quit_after_first_frame = TRUE;

  /* An instance on another database, or one that only takes a picture,
   * must not hand its work over to a running Lectern. */
  if (self->db_path != NULL || self->screenshot_path != NULL ||
      self->quit_after_first_frame || g_getenv ("LECTERN_DB") != NULL)
    g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);

  return -1;
}

static void
lectern_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *open_link_accels[] = { "<Control><Shift>l", NULL };
  static const char *library_accels[] = { "<Control>l", NULL };
  static const char *next_highlight_accels[] = { "<Alt>Down", NULL };
  static const char *previous_highlight_accels[] = { "<Alt>Up", NULL };
  static const char *export_accels[] = { "<Control>e", NULL };
  static const char *print_accels[] = { "<Control>p", NULL };
  static const char *zoom_in_accels[] = { "<Control>plus", "<Control>equal", "<Control>KP_Add", NULL };
  static const char *zoom_out_accels[] = { "<Control>minus", "<Control>KP_Subtract", NULL };
  static const char *zoom_reset_accels[] = { "<Control>0", "<Control>KP_0", NULL };
  static const char *next_accels[] = { "<Control>g", NULL };
  static const char *previous_accels[] = { "<Control><Shift>g", NULL };
  static const char *sidebar_accels[] = { "F9", NULL };
  static const char *paste_accels[] = { "<Control><Shift>v", NULL };
  static const char *caret_accels[] = { "F7", NULL };
  static const char *find_accels[] = { "<Control>f", NULL };
  static const char *search_library_accels[] = { "<Control><Shift>f", NULL };
  static const char *mark_person_accels[] = { "<Control><Shift>p", NULL };
  static const char *mark_organization_accels[] = { "<Control><Shift>o", NULL };
  GtkApplication *gtk_app = GTK_APPLICATION (app);

  G_APPLICATION_CLASS (lectern_application_parent_class)->startup (app);

  if (timing_enabled ())
    LECTERN_APPLICATION (app)->stall_source = g_timeout_add (10, stall_tick_cb, app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions, G_N_ELEMENTS (app_actions), app);

  gtk_application_set_accels_for_action (gtk_app, "app.quit", quit_accels);
  gtk_application_set_accels_for_action (gtk_app, "win.open", open_accels);
  gtk_application_set_accels_for_action (gtk_app, "win.open-link", open_link_accels);
  gtk_application_set_accels_for_action (gtk_app, "win.show-library", library_accels);
  gtk_application_set_accels_for_action (gtk_app, "reader.next-highlight", next_highlight_accels);
  gtk_application_set_accels_for_action (gtk_app, "reader.previous-highlight", previous_highlight_accels);
  gtk_application_set_accels_for_action (gtk_app, "win.export-notes", export_accels);
  gtk_application_set_accels_for_action (gtk_app, "win.print", print_accels);
  gtk_application_set_accels_for_action (gtk_app, "reader.zoom-in", zoom_in_accels);
  gtk_application_set_accels_for_action (gtk_app, "reader.zoom-out", zoom_out_accels);
  gtk_application_set_accels_for_action (gtk_app, "reader.zoom-reset", zoom_reset_accels);
  gtk_application_set_accels_for_action (gtk_app, "reader.next-mention", next_accels);
  gtk_application_set_accels_for_action (gtk_app, "reader.previous-mention", previous_accels);
  gtk_application_set_accels_for_action (gtk_app, "win.show-sidebar", sidebar_accels);
  gtk_application_set_accels_for_action (gtk_app, "win.paste-story", paste_accels);
  gtk_application_set_accels_for_action (gtk_app, "reader.caret-browsing", caret_accels);
  gtk_application_set_accels_for_action (gtk_app, "reader.find", find_accels);
  gtk_application_set_accels_for_action (gtk_app, "win.search-library", search_library_accels);
  gtk_application_set_accels_for_action (gtk_app, "reader.mark-person", mark_person_accels);
  gtk_application_set_accels_for_action (gtk_app, "reader.mark-organization", mark_organization_accels);
}

static void
lectern_application_activate (GApplication *app)
{
  LecternWindow *window = get_or_create_window (LECTERN_APPLICATION (app));

  gtk_window_present (GTK_WINDOW (window));
}

static void
lectern_application_open (GApplication  *app,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  LecternWindow *window = get_or_create_window (LECTERN_APPLICATION (app));

  lectern_window_open_files (window, files, n_files);
  gtk_window_present (GTK_WINDOW (window));
}

static void
lectern_application_finalize (GObject *object)
{
  LecternApplication *self = LECTERN_APPLICATION (object);

  g_clear_pointer (&self->db_path, g_free);
  g_clear_pointer (&self->screenshot_path, g_free);

  G_OBJECT_CLASS (lectern_application_parent_class)->finalize (object);
}

static void
lectern_application_class_init (LecternApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->finalize = lectern_application_finalize;

  app_class->handle_local_options = lectern_application_handle_local_options;
  app_class->startup = lectern_application_startup;
  app_class->activate = lectern_application_activate;
  app_class->open = lectern_application_open;
}

static void
lectern_application_init (LecternApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
}

LecternApplication *
lectern_application_new (void)
{
  return g_object_new (LECTERN_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/lectern/Lectern",
                       NULL);
}
