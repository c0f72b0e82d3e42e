/* minimal-window.c: the smallest libadwaita window, for scale when timing
 * Lectern's start-up (tools/bench-startup). Prints the same
 * "lectern-timing: first-frame realtime-ns=N" line as lectern with
 * LECTERN_TIMING=1, then quits.
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include <adwaita.h>
#include <time.h>

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWindow     *window)
{
  struct timespec ts;

  clock_gettime (CLOCK_REALTIME, &ts);
  g_printerr ("lectern-timing: first-frame realtime-ns=%" G_GINT64_FORMAT "\n",
              (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint_cb, window);
  gtk_window_destroy (window);
}

static void
on_map_cb (GtkWidget *window,
           gpointer   user_data)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), window);
}

static void
on_activate_cb (GtkApplication *app,
                gpointer        user_data)
{
  GtkWidget *window = adw_application_window_new (app);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());
  gtk_box_append (GTK_BOX (box), gtk_label_new ("Hello"));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  g_signal_connect (window, "map", G_CALLBACK (on_map_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.lectern.MinimalWindow",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
