/* lectern-article-view-loading.c: putting a story's text into the reading
 * pane, at once or in steps for a book, with its structure
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-article-view"

#include "config.h"

#include "lectern-article-view.h"
#include "lectern-article-view-private.h"

#include <string.h>
#include <time.h>

/* Stories up to this size go into a detached buffer in one go, which is
 * several times faster than under a GtkTextView and shows them whole in
 * the first frame. Not more: a 1 MB story dense with names took 22 ms to
 * insert and its first frame 25 ms more, in one stall of about 50 ms. */
#define CHUNK_BYTES (256 * 1024)
/* A longer story (a book) shows its first screens at once, while the whole
 * text goes into a detached buffer a chunk per idle step (appending to the
 * shown buffer instead made GtkTextView lay out the growing text for a
 * minute); that buffer is shown when full, at the same place. A step is
 * 512 KB and its tags (about 25 ms of CPU here); smaller steps (32 KB,
 * 10 ms) made a 12 MB story take minutes on a loaded machine, as the frames
 * and the extraction between the steps took their share each time.
 * LOADING_BUDGET_US lets a step take more pieces while it has time. */
#define FIRST_SCREEN_BYTES (16 * 1024)
#define LOADING_PIECE_BYTES (512 * 1024)
#define LOADING_BUDGET_US 0

static gint64
thread_cpu_us (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &ts);
  return (gint64) ts.tv_sec * G_USEC_PER_SEC + ts.tv_nsec / 1000;
}

static gboolean
timing_enabled (void)
{
  return g_strcmp0 (g_getenv ("LECTERN_TIMING"), "1") == 0;
}

static void
on_first_screen_painted_cb (GdkFrameClock      *clock,
                            LecternArticleView *self)
{
  g_signal_handlers_disconnect_by_func (clock, on_first_screen_painted_cb, self);
  if (self->story != NULL)
    {
      struct timespec ts;

      clock_gettime (CLOCK_REALTIME, &ts);
      /* ui-cpu-ms: the UI thread's CPU time so far, as the machine's load
       * stretches the wall clock. */
      g_printerr ("lectern-timing: first-screen chars=%" G_GINT64_FORMAT " ui-cpu-ms=%.1f realtime-ns=%"
                  G_GINT64_FORMAT "\n", self->inserted_chars, thread_cpu_us () / 1000.0,
                  (gint64) ts.tv_sec * G_GINT64_CONSTANT (1000000000) + ts.tv_nsec);
    }
}

/* With LECTERN_TIMING=1, says when the first text of the first story is
 * on screen (tools/bench-epub). */
static gboolean
first_screen_tick_cb (GtkWidget     *widget,
                      GdkFrameClock *clock,
                      gpointer       user_data)
{
  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_first_screen_painted_cb),
                           user_data, 0);
  return G_SOURCE_REMOVE;
}

static void
time_first_screen (LecternArticleView *self)
{
  if (self->first_screen_timed || !timing_enabled ())
    return;
  self->first_screen_timed = TRUE;
  /* The first frame drawn once the view is shown. */
  gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view), first_screen_tick_cb, self, NULL);
}

static void
finish_loading (LecternArticleView *self)
{
  GHashTableIter iter;
  gpointer value;

  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);

  lectern_article_view_apply_blocks (self, self->buffer, self->inserted_chars, &self->next_block,
                &self->previous_block_end);

  g_hash_table_iter_init (&iter, self->highlights);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    lectern_article_view_apply_highlight_tag (self, value);
  lectern_article_view_refresh_overlaps (self);
  lectern_article_view_refresh_note_marks (self);
  self->quotations_tagged = FALSE;
  self->quotations_applied = FALSE;
  if (self->quotations_shown)
    lectern_article_view_apply_quotations (self);

  if (gtk_text_view_get_buffer (self->text_view) != self->buffer)
    {
      gtk_text_view_set_buffer (self->text_view, self->buffer);
      g_clear_object (&self->loading_buffer);
    }
  lectern_article_view_queue_position_markers (self);

  lectern_article_view_queue_restore_position (self);

  lectern_article_view_notify_loading (self);
  lectern_article_view_emit_loaded (self);
}

/* Appends up to `max` bytes of the story from `*bytes` on to `buffer`,
 * cut after a line break when there is one, else on a character boundary. */
static void
append_piece (LecternArticleView *self,
              GtkTextBuffer      *buffer,
              gsize              *bytes,
              gint64             *chars,
              gsize               max)
{
  const char *text = self->story->text;
  const char *from = text + *bytes;
  gsize left = strlen (from);
  const char *to;
  GtkTextIter end;

  if (left <= max)
    to = from + left;
  else
    {
      const char *newline;

      to = from + max;
      newline = g_strrstr_len (from + max / 2, to - (from + max / 2), "\n");
      if (newline != NULL)
        to = newline + 1;
      while (to > from && (*to & 0xC0) == 0x80)
        to--;
    }

  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_insert (buffer, &end, from, to - from);
  *bytes = to - text;
  if (chars != NULL)
    *chars += g_utf8_strlen (from, to - from);
}

static gboolean
insert_step (gpointer user_data)
{
  LecternArticleView *self = user_data;
  gsize total = self->inserted_bytes + strlen (self->story->text + self->inserted_bytes);

  if (self->inserted_bytes == 0)
    {
      /* The first part goes into the buffer before the view shows it. */
      append_piece (self, self->buffer, &self->inserted_bytes, &self->inserted_chars,
                    total <= CHUNK_BYTES ? CHUNK_BYTES : FIRST_SCREEN_BYTES);
      lectern_article_view_apply_blocks (self, self->buffer, self->inserted_chars, &self->next_block,
                &self->previous_block_end);
      gtk_text_view_set_buffer (self->text_view, self->buffer);
      g_clear_object (&self->loading_buffer);
      time_first_screen (self);
    }
  else if (!self->previewing)
    {
      gint64 started = g_get_monotonic_time ();

      if (self->loading_buffer == NULL)
        {
          self->loading_buffer = gtk_text_buffer_new (gtk_text_buffer_get_tag_table (self->buffer));
          self->loaded_bytes = 0;
          self->loaded_chars = 0;
          self->loading_next_block = 0;
          self->loading_block_end = -1;
        }
      /* Text and its blocks' tags, a piece at a time until the step has
       * taken its share of the frame. */
      do
        {
          append_piece (self, self->loading_buffer, &self->loaded_bytes, &self->loaded_chars,
                        LOADING_PIECE_BYTES);
          lectern_article_view_apply_blocks (self, self->loading_buffer, self->loaded_chars,
                        &self->loading_next_block, &self->loading_block_end);
        }
      while (self->loaded_bytes < total && g_get_monotonic_time () - started < LOADING_BUDGET_US);
      if (self->loaded_bytes < total)
        {
          double fraction = (double) self->loaded_bytes / total;

          /* Each change is a frame to draw between the steps: a few are
           * enough to see it move. */
          if (fraction - gtk_progress_bar_get_fraction (self->progress_bar) >= 0.02)
            gtk_progress_bar_set_fraction (self->progress_bar, fraction);
          gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
          return G_SOURCE_CONTINUE;
        }

      /* All in: shown from where the person is reading. */
      if (self->pending_position <= 0 && self->story->n_chars > 0)
        self->pending_position = (double) lectern_article_view_top_offset (self) / self->story->n_chars;
      self->buffer = self->loading_buffer;
      self->inserted_bytes = total;
      self->inserted_chars = self->story->n_chars;
      self->next_block = self->loading_next_block;
      self->previous_block_end = self->loading_block_end;
    }

  if (self->inserted_bytes < total && !self->previewing)
    {
      gtk_progress_bar_set_fraction (self->progress_bar, 0.0);
      gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
      return G_SOURCE_CONTINUE;
    }

  self->insert_source = 0;
  /* A preview waits for the rest of its story. */
  if (!self->previewing)
    finish_loading (self);

  return G_SOURCE_REMOVE;
}

/* One idle step of loading, timed with LECTERN_TIMING=1 (tools/bench-epub). */
static gboolean
insert_chunk_cb (gpointer user_data)
{
  LecternArticleView *self = user_data;
  gint64 started, cpu;
  gboolean more;

  if (!timing_enabled ())
    return insert_step (self);

  if (self->inserted_bytes == 0)
    self->steps = self->longest_step_us = self->longest_step_cpu_us = 0;
  started = g_get_monotonic_time ();
  cpu = thread_cpu_us ();
  more = insert_step (self);
  self->steps++;
  self->longest_step_us = MAX (self->longest_step_us, g_get_monotonic_time () - started);
  self->longest_step_cpu_us = MAX (self->longest_step_cpu_us, thread_cpu_us () - cpu);

  /* The longest step in CPU time as well: on a loaded machine the wall
   * clock also counts the other processes. */
  if (!more && !self->previewing && self->steps > 1)
    g_printerr ("lectern-timing: text-loading steps=%" G_GINT64_FORMAT " longest-step-ms=%.1f "
                "longest-step-cpu-ms=%.1f\n", self->steps, self->longest_step_us / 1000.0,
                self->longest_step_cpu_us / 1000.0);
  return more;
}

/* Whether the buffer holds the start of `story` as `blocks` set it: the
 * first part of a book, shown while the rest was read. */
static gboolean
continues_shown (LecternArticleView *self,
                 LecternStory       *story,
                 GArray             *blocks)
{
  if (self->story == NULL || self->inserted_bytes == 0
      || strncmp (story->text, self->story->text, self->inserted_bytes) != 0)
    return FALSE;
  if (self->next_block == 0)
    return TRUE;

  return blocks != NULL && self->blocks != NULL && blocks->len >= self->next_block
         && memcmp (blocks->data, self->blocks->data, self->next_block * sizeof (LecternBlock)) == 0;
}

static void
show_story (LecternArticleView *self,
            LecternStory       *story,
            GArray             *blocks,
            gboolean            preview)
{
  gboolean was_loading;
  gboolean continues;

  g_return_if_fail (LECTERN_IS_ARTICLE_VIEW (self));

  was_loading = lectern_article_view_get_loading (self);
  continues = story != NULL && continues_shown (self, story, blocks);
  g_clear_handle_id (&self->insert_source, g_source_remove);
  g_clear_pointer (&self->story, lectern_story_unref);
  g_clear_pointer (&self->blocks, g_array_unref);
  g_clear_pointer (&self->quotations, g_array_unref);
  g_clear_handle_id (&self->quotations_source, g_source_remove);
  self->quotations_applied = FALSE;
  self->quotations_tagged = FALSE;
  self->previewing = FALSE;
  self->pending_position = 0;
  self->loaded_bytes = 0;

  lectern_article_view_clear_highlights (self);
  g_clear_object (&self->loading_buffer);

  /* What is shown stays, and the rest is appended to it. */
  if (!continues)
    {
      /* An empty buffer until the new text is in. */
      g_autoptr(GtkTextBuffer) empty = gtk_text_buffer_new (gtk_text_buffer_get_tag_table (self->buffer));

      gtk_text_view_set_buffer (self->text_view, empty);
      self->buffer = empty;
      self->inserted_bytes = 0;
      self->inserted_chars = 0;
      self->next_block = 0;
      self->previous_block_end = -1;
      /* Each story's first screen is timed (a book opened in a running
       * window, tools/bench-epub). */
      self->first_screen_timed = FALSE;
    }

  if (story == NULL)
    {
      if (was_loading)
        lectern_article_view_notify_loading (self);
      return;
    }

  self->story = lectern_story_ref (story);
  self->blocks = blocks != NULL ? g_array_ref (blocks) : NULL;
  self->previewing = preview;
  if (!continues)
    {
      /* Filled before the view shows it (insert_chunk_cb). */
      self->loading_buffer = gtk_text_buffer_new (gtk_text_buffer_get_tag_table (self->buffer));
      self->buffer = self->loading_buffer;
      gtk_progress_bar_set_fraction (self->progress_bar, 0);
    }

  /* Small stories go in at once so the first frame already shows them;
   * the rest of a book shown in part waits for idle, as the window has
   * more to do for the stored book in this same callback. */
  if (continues && strlen (story->text + self->inserted_bytes) > 0)
    self->insert_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 10, insert_chunk_cb, self, NULL);
  else if (insert_chunk_cb (self) == G_SOURCE_CONTINUE)
    self->insert_source = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE + 10, insert_chunk_cb, self, NULL);

  if (was_loading != lectern_article_view_get_loading (self))
    lectern_article_view_notify_loading (self);
}

void
lectern_article_view_set_story (LecternArticleView *self,
                                LecternStory       *story,
                                GArray             *blocks)
{
  show_story (self, story, blocks, FALSE);
}

void
lectern_article_view_show_preview (LecternArticleView *self,
                                   LecternStory       *story)
{
  g_autoptr(GArray) blocks = NULL;

  g_return_if_fail (story != NULL);

  blocks = lectern_story_get_blocks (story);
  show_story (self, story, blocks, TRUE);
}

gboolean
lectern_article_view_get_loading (LecternArticleView *self)
{
  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), FALSE);

  return self->insert_source != 0 || self->previewing;
}

/* Whether what is shown is the stored story's (its start while the rest
 * loads) and can be highlighted: a preview is read, not stored yet. */
gboolean
lectern_article_view_can_annotate (LecternArticleView *self)
{
  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), FALSE);

  return self->story != NULL && !self->previewing;
}

double
lectern_article_view_get_progress (LecternArticleView *self)
{
  g_return_val_if_fail (LECTERN_IS_ARTICLE_VIEW (self), 0);

  if (!lectern_article_view_get_loading (self))
    return 1.0;

  return gtk_progress_bar_get_fraction (self->progress_bar);
}
