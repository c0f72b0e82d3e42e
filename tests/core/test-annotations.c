/* test-annotations.c: the model of one story's annotations, on a real
 * library in a temporary folder, with no display
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>

#include "lectern-annotations.h"
#include "lectern-quotes.h"
#include "lectern-store.h"

static const char *text = "The council met on Monday. The mayor said the budget was final. "
                          "Nobody believed her.";

typedef struct
{
  char               *dir;
  LecternStore       *store;
  LecternStory       *story;
  LecternAnnotations *annotations;
  guint               n_failed;
  GError             *last_error;
  guint               n_conflicts;
  guint               conflict_event;
  gint64              conflict_id;     /* 0: no annotation came with it */
  guint               n_reloaded;
  guint               reloaded[3];     /* added, changed, removed */
  gboolean            reloaded_note;
} Fixture;

static void
on_conflict_cb (LecternAnnotations *annotations,
                guint               event,
                LecternAnnotation  *annotation,
                const GError       *error,
                Fixture            *fixture)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == LECTERN_STORE_ERROR);
  fixture->n_conflicts++;
  fixture->conflict_event = event;
  fixture->conflict_id = annotation != NULL ? lectern_annotation_get_id (annotation) : 0;
  g_clear_error (&fixture->last_error);
  fixture->last_error = g_error_copy (error);
}

static void
on_reloaded_cb (LecternAnnotations *annotations,
                guint               added,
                guint               changed,
                guint               removed,
                gboolean            note_changed,
                Fixture            *fixture)
{
  fixture->n_reloaded++;
  fixture->reloaded[0] = added;
  fixture->reloaded[1] = changed;
  fixture->reloaded[2] = removed;
  fixture->reloaded_note = note_changed;
}

static void
on_failed_cb (LecternAnnotations *annotations,
              guint               event,
              const GError       *error,
              Fixture            *fixture)
{
  fixture->n_failed++;
  g_clear_error (&fixture->last_error);
  fixture->last_error = g_error_copy (error);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  fixture->dir = g_dir_make_tmp ("lectern-annotations-XXXXXX", &error);
  g_assert_no_error (error);
  path = g_build_filename (fixture->dir, "library.db", NULL);
  fixture->store = lectern_store_new (path, &error);
  g_assert_no_error (error);
  fixture->story = lectern_story_new ("Council", "/tmp/council.txt", text);
  g_assert_cmpint (lectern_store_add_story_sync (fixture->store, fixture->story, &error), >, 0);
  g_assert_no_error (error);
  fixture->annotations = lectern_annotations_new (fixture->store, fixture->story,
                                                  g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_highlight_free),
                                                  "");
  g_signal_connect (fixture->annotations, "failed", G_CALLBACK (on_failed_cb), fixture);
  g_signal_connect (fixture->annotations, "conflict", G_CALLBACK (on_conflict_cb), fixture);
  g_signal_connect (fixture->annotations, "reloaded", G_CALLBACK (on_reloaded_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  user_data)
{
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_clear_object (&fixture->annotations);
  /* Let writes queued by the model's last words land. */
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
  g_clear_object (&fixture->store);
  g_clear_pointer (&fixture->story, lectern_story_unref);
  g_clear_error (&fixture->last_error);

  dir = g_dir_open (fixture->dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (fixture->dir, name, NULL);

      g_unlink (child);
    }
  g_rmdir (fixture->dir);
  g_free (fixture->dir);
}

static void
wait_idle (LecternAnnotations *annotations)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (lectern_annotations_get_busy (annotations))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* What another program reading the library sees. */
static guint
stored_count (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored = lectern_store_list_highlights_sync (fixture->store, fixture->story->id,
                                                                     &error);

  g_assert_no_error (error);
  return stored->len;
}

static char *
stored_note (Fixture *fixture,
             gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored = lectern_store_list_highlights_sync (fixture->store, fixture->story->id,
                                                                     &error);

  g_assert_no_error (error);
  for (guint i = 0; i < stored->len; i++)
    {
      LecternHighlight *highlight = g_ptr_array_index (stored, i);

      if (highlight->id == id)
        return g_strdup (highlight->note);
    }
  return NULL;
}

static gint64
add (Fixture *fixture,
     gint64   start,
     gint64   end)
{
  LecternHighlight *highlight = lectern_highlight_new_for_range (fixture->story, start, end, "yellow", "");
  g_autoptr(LecternAnnotation) annotation = NULL;
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fixture->annotations));

  lectern_annotations_add (fixture->annotations, highlight);
  wait_idle (fixture->annotations);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->annotations)), ==, n + 1);
  for (guint i = 0; i <= n; i++)
    {
      g_autoptr(LecternAnnotation) item = g_list_model_get_item (G_LIST_MODEL (fixture->annotations), i);

      if (lectern_annotation_get_highlight (item)->start == start)
        return lectern_annotation_get_id (item);
    }
  g_assert_not_reached ();
}

static void
test_reading_order (Fixture       *fixture,
                    gconstpointer  user_data)
{
  gint64 later = add (fixture, 28, 62);
  gint64 first = add (fixture, 0, 11);
  g_autoptr(LecternAnnotation) a = g_list_model_get_item (G_LIST_MODEL (fixture->annotations), 0);
  g_autoptr(LecternAnnotation) b = g_list_model_get_item (G_LIST_MODEL (fixture->annotations), 1);

  g_assert_cmpint (lectern_annotation_get_id (a), ==, first);
  g_assert_cmpint (lectern_annotation_get_id (b), ==, later);
  g_assert_cmpuint (stored_count (fixture), ==, 2);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
}

/* Issue 8: delete, Ctrl+Z, then the toast's Undo said "The highlight is
 * already in the library". The toast undoes its own edit only. */
static void
test_toast_undo_after_ctrl_z (Fixture       *fixture,
                              gconstpointer  user_data)
{
  gint64 id = add (fixture, 0, 11);
  guint toast_serial;

  lectern_annotations_delete (fixture->annotations, id);
  wait_idle (fixture->annotations);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->annotations)), ==, 0);
  g_assert_cmpuint (stored_count (fixture), ==, 0);
  toast_serial = lectern_annotations_get_undo_serial (fixture->annotations);
  g_assert_cmpuint (toast_serial, >, 0);

  /* Ctrl+Z */
  g_assert_true (lectern_annotations_undo (fixture->annotations, 0));
  wait_idle (fixture->annotations);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->annotations)), ==, 1);
  g_assert_nonnull (lectern_annotations_lookup (fixture->annotations, id));

  /* The toast's Undo, afterwards: nothing to do, nothing failed. */
  g_assert_false (lectern_annotations_undo (fixture->annotations, toast_serial));
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  g_assert_cmpuint (stored_count (fixture), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->annotations)), ==, 1);

  /* Redo deletes it again, under the same id when undone. */
  g_assert_true (lectern_annotations_redo (fixture->annotations));
  wait_idle (fixture->annotations);
  g_assert_cmpuint (stored_count (fixture), ==, 0);
  g_assert_true (lectern_annotations_undo (fixture->annotations, 0));
  wait_idle (fixture->annotations);
  g_assert_nonnull (lectern_annotations_lookup (fixture->annotations, id));
  g_assert_cmpuint (stored_count (fixture), ==, 1);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
}

static void
test_undo_changes (Fixture       *fixture,
                   gconstpointer  user_data)
{
  gint64 id = add (fixture, 0, 11);
  const char *const tags[] = { "budget", NULL };
  LecternAnnotation *annotation = lectern_annotations_lookup (fixture->annotations, id);
  g_autofree char *note = NULL;

  lectern_annotations_update (fixture->annotations, id, "blue", NULL, "Check the date", tags);
  wait_idle (fixture->annotations);
  g_assert_cmpstr (lectern_annotation_get_highlight (annotation)->color, ==, "blue");
  g_assert_cmpstr (lectern_annotation_get_highlight (annotation)->note, ==, "Check the date");
  g_assert_true (lectern_highlight_has_tag (lectern_annotation_get_highlight (annotation), "budget"));
  note = stored_note (fixture, id);
  g_assert_cmpstr (note, ==, "Check the date");

  /* Undo the change, then the creation; redo both. */
  g_assert_true (lectern_annotations_undo (fixture->annotations, 0));
  wait_idle (fixture->annotations);
  g_assert_cmpstr (lectern_annotation_get_highlight (annotation)->color, ==, "yellow");
  g_assert_cmpstr (lectern_annotation_get_highlight (annotation)->note, ==, "");
  g_assert_false (lectern_highlight_has_tag (lectern_annotation_get_highlight (annotation), "budget"));
  g_clear_pointer (&note, g_free);
  note = stored_note (fixture, id);
  g_assert_cmpstr (note, ==, "");

  g_assert_true (lectern_annotations_undo (fixture->annotations, 0));
  wait_idle (fixture->annotations);
  g_assert_null (lectern_annotations_lookup (fixture->annotations, id));
  g_assert_cmpuint (stored_count (fixture), ==, 0);
  g_assert_false (lectern_annotations_can_undo (fixture->annotations));

  g_assert_true (lectern_annotations_redo (fixture->annotations));
  g_assert_true (lectern_annotations_redo (fixture->annotations));
  wait_idle (fixture->annotations);
  annotation = lectern_annotations_lookup (fixture->annotations, id);
  g_assert_nonnull (annotation);
  g_assert_cmpstr (lectern_annotation_get_highlight (annotation)->note, ==, "Check the date");
  g_clear_pointer (&note, g_free);
  note = stored_note (fixture, id);
  g_assert_cmpstr (note, ==, "Check the date");
  g_assert_false (lectern_annotations_can_redo (fixture->annotations));
  g_assert_cmpuint (fixture->n_failed, ==, 0);
}

/* Issue 8: the story note typed just before an export was missing from it.
 * The model has it at once, and a flush queues it before later work. */
static void
test_story_note (Fixture       *fixture,
                 gconstpointer  user_data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;
  LecternAnnotations *kept;

  lectern_annotations_set_story_note (fixture->annotations, "Read with the 2019 budget");
  g_assert_cmpstr (lectern_annotations_get_story_note (fixture->annotations), ==,
                   "Read with the 2019 budget");
  stored = lectern_store_get_story_note_sync (fixture->store, fixture->story->id, &error);
  g_assert_cmpstr (stored, ==, "");

  lectern_annotations_flush (fixture->annotations);
  wait_idle (fixture->annotations);
  g_clear_pointer (&stored, g_free);
  stored = lectern_store_get_story_note_sync (fixture->store, fixture->story->id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored, ==, "Read with the 2019 budget");

  /* Closing the story right after typing loses nothing either: disposing
   * the model queues the write (GLib 2.74 clears weak pointers at dispose,
   * so wait on the busy flag of a reference kept for that). */
  lectern_annotations_set_story_note (fixture->annotations, "Changed my mind");
  kept = g_steal_pointer (&fixture->annotations);
  g_object_run_dispose (G_OBJECT (kept));
  wait_idle (kept);
  g_object_unref (kept);
  g_clear_pointer (&stored, g_free);
  stored = lectern_store_get_story_note_sync (fixture->store, fixture->story->id, &error);
  g_assert_cmpstr (stored, ==, "Changed my mind");
}

/* Issue 12 item 1: another program (the CLI) writes into the library
 * while the model shows the story. `cli` is a second connection to the
 * same file, as another process has. */
static LecternStore *
open_cli (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (fixture->dir, "library.db", NULL);
  LecternStore *cli = lectern_store_new (path, &error);

  g_assert_no_error (error);
  return cli;
}

/* What `lectern-cli highlight edit ID --note` does. */
static void
cli_edit_note (LecternStore *cli,
               gint64        id,
               const char   *note)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternHighlight) highlight = lectern_store_get_highlight_sync (cli, id, &error);

  g_assert_no_error (error);
  g_free (highlight->note);
  highlight->note = g_strdup (note);
  g_assert_true (lectern_store_update_highlight_if_unchanged_sync (cli, highlight, &error));
  g_assert_no_error (error);
}

static const char *
shown_note (Fixture *fixture,
            gint64   id)
{
  LecternAnnotation *annotation = lectern_annotations_lookup (fixture->annotations, id);

  g_assert_nonnull (annotation);
  return lectern_annotation_get_highlight (annotation)->note;
}

static gpointer
nothing_worker (LecternStore  *store,
                gpointer       data,
                GCancellable  *cancellable,
                GError       **error)
{
  return GINT_TO_POINTER (TRUE);
}

static void
on_nothing_done_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  g_assert_nonnull (lectern_store_run_finish (LECTERN_STORE (source), result, NULL));
  *(gboolean *) user_data = TRUE;
}

/* Runs a reload and waits until it was shown: the store has one database
 * thread and answers in order, so a call queued after it answers after. */
static void
reload (Fixture *fixture)
{
  gboolean done = FALSE;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  lectern_annotations_reload (fixture->annotations, FALSE);
  lectern_store_run_async (fixture->store, nothing_worker, NULL, NULL, NULL, NULL, on_nothing_done_cb, &done);
  while (!done)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
    }
}

/* Added, edited and deleted by the CLI: shown after a reload, by diff. */
static void
test_outside_reload (Fixture       *fixture,
                     gconstpointer  user_data)
{
  gint64 kept = add (fixture, 0, 11);
  gint64 doomed = add (fixture, 28, 62);
  g_autoptr(LecternStore) cli = open_cli (fixture);
  g_autoptr(LecternHighlight) added = lectern_highlight_new_for_range (fixture->story, 64, 84, "blue", "From the CLI");
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternAnnotation) first = g_list_model_get_item (G_LIST_MODEL (fixture->annotations), 0);

  /* Nothing changed yet: a reload shows nothing. */
  reload (fixture);
  g_assert_cmpuint (fixture->n_reloaded, ==, 0);

  cli_edit_note (cli, kept, "CLIEDIT");
  g_assert_true (lectern_store_add_highlight_sync (cli, added, &error));
  g_assert_no_error (error);
  g_assert_true (lectern_store_delete_highlight_sync (cli, doomed, &error));
  g_assert_true (lectern_store_set_story_note_sync (cli, fixture->story->id, "CLI story note", &error));
  g_assert_no_error (error);

  reload (fixture);
  g_assert_cmpuint (fixture->n_reloaded, ==, 1);
  g_assert_cmpuint (fixture->reloaded[0], ==, 1);
  g_assert_cmpuint (fixture->reloaded[1], ==, 1);
  g_assert_cmpuint (fixture->reloaded[2], ==, 1);
  g_assert_true (fixture->reloaded_note);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->annotations)), ==, 2);
  g_assert_cmpstr (shown_note (fixture, kept), ==, "CLIEDIT");
  g_assert_cmpstr (shown_note (fixture, added->id), ==, "From the CLI");
  g_assert_null (lectern_annotations_lookup (fixture->annotations, doomed));
  g_assert_cmpstr (lectern_annotations_get_story_note (fixture->annotations), ==, "CLI story note");
  /* Changed in place: a view holding the row sees the new note. */
  g_assert_true (lectern_annotations_lookup (fixture->annotations, kept) == first);

  /* Edits in the app afterwards go over the reloaded rows, not refused. */
  lectern_annotations_update (fixture->annotations, kept, NULL, NULL, "App after CLI", NULL);
  lectern_annotations_delete (fixture->annotations, added->id);
  lectern_annotations_set_story_note (fixture->annotations, "App story note");
  lectern_annotations_flush (fixture->annotations);
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 0);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  g_assert_cmpuint (stored_count (fixture), ==, 1);
  {
    g_autofree char *note = stored_note (fixture, kept);
    g_autofree char *story_note = lectern_store_get_story_note_sync (cli, fixture->story->id, &error);

    g_assert_cmpstr (note, ==, "App after CLI");
    g_assert_cmpstr (story_note, ==, "App story note");
  }

  /* The app's own writes are no outside change. */
  reload (fixture);
  g_assert_cmpuint (fixture->n_reloaded, ==, 1);
}

/* The CLI edits a note the app shows stale; the app's edit is refused,
 * the CLI's shown, and "keep mine" writes the app's over it on purpose. */
static void
test_outside_conflict (Fixture       *fixture,
                       gconstpointer  user_data)
{
  gint64 id = add (fixture, 0, 11);
  g_autoptr(LecternStore) cli = open_cli (fixture);
  guint serial = lectern_annotations_get_undo_serial (fixture->annotations);
  g_autofree char *stored = NULL;

  cli_edit_note (cli, id, "CLIEDIT");
  lectern_annotations_update (fixture->annotations, id, "green", NULL, "APPEDIT", NULL);
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 1);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  g_assert_cmpuint (fixture->conflict_event, ==, LECTERN_ANNOTATIONS_CHANGED);
  g_assert_cmpint (fixture->conflict_id, ==, id);
  g_assert_error (fixture->last_error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_CHANGED);
  stored = stored_note (fixture, id);
  g_assert_cmpstr (stored, ==, "CLIEDIT");
  g_assert_cmpstr (shown_note (fixture, id), ==, "CLIEDIT");
  g_assert_cmpstr (lectern_annotation_get_highlight (lectern_annotations_lookup (fixture->annotations, id))->color,
                   ==, "yellow");
  /* A refused edit is no step of the history. */
  g_assert_cmpuint (lectern_annotations_get_undo_serial (fixture->annotations), ==, serial);

  /* Keep mine: the app's whole edit, over the version now read. */
  g_assert_true (lectern_annotations_keep_mine (fixture->annotations, id));
  wait_idle (fixture->annotations);
  g_assert_false (lectern_annotations_keep_mine (fixture->annotations, id));
  g_assert_cmpuint (fixture->n_conflicts, ==, 1);
  g_clear_pointer (&stored, g_free);
  stored = stored_note (fixture, id);
  g_assert_cmpstr (stored, ==, "APPEDIT");
  g_assert_cmpstr (lectern_annotation_get_highlight (lectern_annotations_lookup (fixture->annotations, id))->color,
                   ==, "green");

  /* An undo meets the CLI's next edit: refused too, never written over. */
  cli_edit_note (cli, id, "CLIEDIT 2");
  g_assert_true (lectern_annotations_undo (fixture->annotations, 0));
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 2);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  g_clear_pointer (&stored, g_free);
  stored = stored_note (fixture, id);
  g_assert_cmpstr (stored, ==, "CLIEDIT 2");
  g_assert_cmpstr (shown_note (fixture, id), ==, "CLIEDIT 2");

  /* A deletion of a row the CLI changed is refused as well. */
  cli_edit_note (cli, id, "CLIEDIT 3");
  lectern_annotations_delete (fixture->annotations, id);
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 3);
  g_assert_cmpuint (fixture->conflict_event, ==, LECTERN_ANNOTATIONS_DELETED);
  g_assert_cmpuint (stored_count (fixture), ==, 1);
  g_assert_cmpstr (shown_note (fixture, id), ==, "CLIEDIT 3");
  g_assert_true (lectern_annotations_keep_mine (fixture->annotations, id));
  wait_idle (fixture->annotations);
  g_assert_cmpuint (stored_count (fixture), ==, 0);
  g_assert_null (lectern_annotations_lookup (fixture->annotations, id));
  g_assert_cmpuint (fixture->n_failed, ==, 0);
}

/* Deleted by the CLI: an edit in the app drops the row and says so, and
 * keeps the edit: "keep mine" restores the highlight with it. */
static void
test_outside_deleted (Fixture       *fixture,
                      gconstpointer  user_data)
{
  gint64 id = add (fixture, 0, 11);
  g_autoptr(LecternStore) cli = open_cli (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternHighlight) restored = NULL;

  g_assert_true (lectern_store_delete_highlight_sync (cli, id, &error));
  g_assert_no_error (error);
  lectern_annotations_update (fixture->annotations, id, "green", NULL, "Typed meanwhile", NULL);
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 1);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  g_assert_error (fixture->last_error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
  /* The conflict names the highlight, which is no longer in the model. */
  g_assert_cmpint (fixture->conflict_id, ==, id);
  g_assert_null (lectern_annotations_lookup (fixture->annotations, id));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (fixture->annotations)), ==, 0);
  g_assert_cmpuint (stored_count (fixture), ==, 0);

  /* Restore: back under its id, with the edit, as a step to undo. */
  g_assert_true (lectern_annotations_keep_mine (fixture->annotations, id));
  wait_idle (fixture->annotations);
  g_assert_false (lectern_annotations_keep_mine (fixture->annotations, id));
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  restored = lectern_store_get_highlight_sync (cli, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (restored->note, ==, "Typed meanwhile");
  g_assert_cmpstr (restored->color, ==, "green");
  g_assert_cmpint (restored->start, ==, 0);
  g_assert_cmpint (restored->end, ==, 11);
  g_assert_cmpstr (shown_note (fixture, id), ==, "Typed meanwhile");
  g_assert_true (lectern_annotations_undo (fixture->annotations, 0));
  wait_idle (fixture->annotations);
  g_assert_cmpuint (stored_count (fixture), ==, 0);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
}

/* The CLI deletes a highlight; the app's reload drops it while an editor
 * (the popover) still shows it; the note typed there is then not lost. */
static void
test_outside_deleted_while_editing (Fixture       *fixture,
                                    gconstpointer  user_data)
{
  gint64 id = add (fixture, 0, 11);
  gint64 other = add (fixture, 28, 62);
  g_autoptr(LecternStore) cli = open_cli (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternHighlight) restored = NULL;
  gint64 revision = lectern_annotation_get_highlight (lectern_annotations_lookup (fixture->annotations, id))->revision;

  g_assert_true (lectern_store_delete_highlight_sync (cli, id, &error));
  g_assert_no_error (error);
  reload (fixture);
  g_assert_null (lectern_annotations_lookup (fixture->annotations, id));

  /* The popover saves what was typed, as it showed the highlight. */
  lectern_annotations_update_from (fixture->annotations, id, revision, NULL, NULL, "My long note", NULL);
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 1);
  g_assert_cmpint (fixture->conflict_id, ==, id);
  g_assert_error (fixture->last_error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND);
  g_assert_true (lectern_annotations_keep_mine (fixture->annotations, id));
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  restored = lectern_store_get_highlight_sync (cli, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (restored->note, ==, "My long note");
  g_assert_cmpstr (restored->color, ==, "yellow");
  g_assert_cmpuint (stored_count (fixture), ==, 2);
  g_assert_cmpstr (shown_note (fixture, id), ==, "My long note");
  g_assert_nonnull (lectern_annotations_lookup (fixture->annotations, other));
}

/* The CLI changes a highlight's tags and colour; the app, which has not
 * reloaded yet, edits its note: both edits are kept, nothing is asked. */
static void
test_outside_other_field (Fixture       *fixture,
                          gconstpointer  user_data)
{
  gint64 id = add (fixture, 0, 11);
  g_autoptr(LecternStore) cli = open_cli (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternHighlight) theirs = lectern_store_get_highlight_sync (cli, id, &error);
  g_autoptr(LecternHighlight) base = lectern_highlight_copy (theirs);
  g_autoptr(LecternHighlight) stored = NULL;
  const char *tags[] = { "budget", NULL };
  const LecternHighlight *shown;

  g_assert_no_error (error);
  lectern_highlight_set_tags (theirs, tags);
  g_free (theirs->color);
  theirs->color = g_strdup ("blue");
  g_assert_true (lectern_store_merge_highlight_sync (cli, base, theirs, &error));
  g_assert_no_error (error);

  lectern_annotations_update (fixture->annotations, id, NULL, NULL, "APPEDIT", NULL);
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 0);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  stored = lectern_store_get_highlight_sync (cli, id, &error);
  g_assert_cmpstr (stored->note, ==, "APPEDIT");
  g_assert_cmpstr (stored->color, ==, "blue");
  g_assert_cmpstr (stored->tags[0], ==, "budget");
  /* The model shows the row as stored: both edits. */
  shown = lectern_annotation_get_highlight (lectern_annotations_lookup (fixture->annotations, id));
  g_assert_cmpstr (shown->note, ==, "APPEDIT");
  g_assert_cmpstr (shown->color, ==, "blue");
  g_assert_cmpint (shown->revision, ==, stored->revision);

  /* Undo takes back the note only: the CLI's colour and tags stay. */
  g_assert_true (lectern_annotations_undo (fixture->annotations, 0));
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 0);
  g_clear_pointer (&stored, lectern_highlight_free);
  stored = lectern_store_get_highlight_sync (cli, id, &error);
  g_assert_cmpstr (stored->note, ==, "");
  g_assert_cmpstr (stored->color, ==, "blue");
  g_assert_cmpstr (stored->tags[0], ==, "budget");

  /* The same field changed on both sides is still asked about. */
  cli_edit_note (cli, id, "CLIEDIT");
  lectern_annotations_update (fixture->annotations, id, NULL, NULL, "APPEDIT 2", NULL);
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 1);
  g_clear_pointer (&stored, lectern_highlight_free);
  stored = lectern_store_get_highlight_sync (cli, id, &error);
  g_assert_cmpstr (stored->note, ==, "CLIEDIT");
}

/* Two edits of one highlight asked before the first is written (a colour
 * clicked, then a note saved at once): the second keeps the first's field. */
static void
test_two_edits_in_flight (Fixture       *fixture,
                          gconstpointer  user_data)
{
  gint64 id = add (fixture, 0, 11);
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternHighlight) stored = NULL;
  const char *tags[] = { "council", NULL };

  lectern_annotations_update (fixture->annotations, id, NULL, NULL, "Note typed", NULL);
  lectern_annotations_update (fixture->annotations, id, "pink", NULL, NULL, NULL);
  lectern_annotations_update (fixture->annotations, id, NULL, "underline", NULL, tags);
  g_assert_true (lectern_annotations_get_busy (fixture->annotations));
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 0);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  stored = lectern_store_get_highlight_sync (fixture->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (stored->note, ==, "Note typed");
  g_assert_cmpstr (stored->color, ==, "pink");
  g_assert_cmpstr (stored->style, ==, "underline");
  g_assert_cmpstr (stored->tags[0], ==, "council");
  g_assert_cmpstr (shown_note (fixture, id), ==, "Note typed");

  /* Each is its own step: undoing the last two leaves the note. */
  g_assert_true (lectern_annotations_undo (fixture->annotations, 0));
  g_assert_true (lectern_annotations_undo (fixture->annotations, 0));
  wait_idle (fixture->annotations);
  g_clear_pointer (&stored, lectern_highlight_free);
  stored = lectern_store_get_highlight_sync (fixture->store, id, &error);
  g_assert_cmpstr (stored->note, ==, "Note typed");
  g_assert_cmpstr (stored->color, ==, "yellow");
  g_assert_cmpstr (stored->style, ==, "highlight");
  g_assert_null (stored->tags[0]);
  g_assert_cmpuint (fixture->n_conflicts, ==, 0);
}

/* An editor opened before the CLI changed another field: its edit, made
 * over the version it showed, merges with the CLI's. */
static void
test_stale_editor_other_field (Fixture       *fixture,
                               gconstpointer  user_data)
{
  gint64 id = add (fixture, 0, 11);
  g_autoptr(LecternStore) cli = open_cli (fixture);
  g_autoptr(GError) error = NULL;
  g_autoptr(LecternHighlight) theirs = lectern_store_get_highlight_sync (cli, id, &error);
  g_autoptr(LecternHighlight) base = lectern_highlight_copy (theirs);
  g_autoptr(LecternHighlight) stored = NULL;
  gint64 revision = theirs->revision;

  g_free (theirs->color);
  theirs->color = g_strdup ("green");
  g_assert_true (lectern_store_merge_highlight_sync (cli, base, theirs, &error));
  g_assert_no_error (error);
  reload (fixture);
  g_assert_cmpstr (lectern_annotation_get_highlight (lectern_annotations_lookup (fixture->annotations, id))->color,
                   ==, "green");

  lectern_annotations_update_from (fixture->annotations, id, revision, NULL, NULL, "From the popover", NULL);
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 0);
  stored = lectern_store_get_highlight_sync (cli, id, &error);
  g_assert_cmpstr (stored->note, ==, "From the popover");
  g_assert_cmpstr (stored->color, ==, "green");

  /* The same field: asked. */
  cli_edit_note (cli, id, "CLI note");
  reload (fixture);
  lectern_annotations_update_from (fixture->annotations, id, stored->revision, NULL, NULL, "Popover again", NULL);
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 1);
  g_clear_pointer (&stored, lectern_highlight_free);
  stored = lectern_store_get_highlight_sync (cli, id, &error);
  g_assert_cmpstr (stored->note, ==, "CLI note");
}

/* The story note: the CLI's is shown, the app's kept for "keep mine". */
static void
test_outside_story_note (Fixture       *fixture,
                         gconstpointer  user_data)
{
  g_autoptr(LecternStore) cli = open_cli (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *stored = NULL;

  g_assert_true (lectern_store_set_story_note_if_unchanged_sync (cli, fixture->story->id, "", "Theirs", &error));
  g_assert_no_error (error);
  lectern_annotations_set_story_note (fixture->annotations, "Mine");
  lectern_annotations_flush (fixture->annotations);
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 1);
  g_assert_cmpuint (fixture->conflict_event, ==, LECTERN_ANNOTATIONS_STORY_NOTE);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  stored = lectern_store_get_story_note_sync (cli, fixture->story->id, &error);
  g_assert_cmpstr (stored, ==, "Theirs");
  g_assert_cmpstr (lectern_annotations_get_story_note (fixture->annotations), ==, "Theirs");

  g_assert_true (lectern_annotations_keep_mine (fixture->annotations, 0));
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 1);
  g_clear_pointer (&stored, g_free);
  stored = lectern_store_get_story_note_sync (cli, fixture->story->id, &error);
  g_assert_cmpstr (stored, ==, "Mine");
  g_assert_cmpstr (lectern_annotations_get_story_note (fixture->annotations), ==, "Mine");
}

/* Our own writes queued back to back (a colour, then a note typed at
 * once; two flushes of the story note) are no conflict with each other. */
static void
test_own_writes_in_a_row (Fixture       *fixture,
                          gconstpointer  user_data)
{
  gint64 id = add (fixture, 0, 11);
  g_autoptr(GError) error = NULL;
  g_autofree char *note = NULL;
  g_autofree char *story_note = NULL;

  lectern_annotations_update (fixture->annotations, id, NULL, NULL, "first", NULL);
  lectern_annotations_update (fixture->annotations, id, NULL, NULL, "second", NULL);
  lectern_annotations_delete (fixture->annotations, id);
  lectern_annotations_set_story_note (fixture->annotations, "one");
  lectern_annotations_flush (fixture->annotations);
  lectern_annotations_set_story_note (fixture->annotations, "two");
  lectern_annotations_flush (fixture->annotations);
  g_assert_true (lectern_annotations_get_busy (fixture->annotations));
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 0);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  g_assert_cmpuint (stored_count (fixture), ==, 0);
  g_assert_null (lectern_annotations_lookup (fixture->annotations, id));
  story_note = lectern_store_get_story_note_sync (fixture->store, fixture->story->id, &error);
  g_assert_cmpstr (story_note, ==, "two");

  /* Undo all three, back to back too. */
  g_assert_true (lectern_annotations_undo (fixture->annotations, 0));
  g_assert_true (lectern_annotations_undo (fixture->annotations, 0));
  g_assert_true (lectern_annotations_undo (fixture->annotations, 0));
  wait_idle (fixture->annotations);
  g_assert_cmpuint (fixture->n_conflicts, ==, 0);
  g_assert_cmpuint (fixture->n_failed, ==, 0);
  note = stored_note (fixture, id);
  g_assert_cmpstr (note, ==, "");
  g_assert_cmpstr (shown_note (fixture, id), ==, "");
}

/* Another kind of edit (a quotation correction here, as the window
 * records them) takes its turn in the one history: undone and redone in
 * order with highlight edits, and a new edit clears what could be redone. */
static void
on_external_cb (LecternAnnotations *annotations,
                gpointer            data,
                gboolean            undo,
                Fixture            *fixture)
{
  LecternQuoteCorrection *correction = data;
  g_autoptr(GError) error = NULL;

  if (undo)
    g_assert_true (lectern_store_undo_quote_correction_sync (fixture->store, correction->id, &error));
  else
    g_assert_true (lectern_store_restore_quote_correction_sync (fixture->store, correction, &error));
  g_assert_no_error (error);
}

static gint64
stored_quote_correction (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) stored = lectern_store_list_quote_corrections_sync (fixture->store,
                                                                           fixture->story->id, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (stored->len, <=, 1);
  return stored->len > 0 ? ((LecternQuoteCorrection *) g_ptr_array_index (stored, 0))->id : 0;
}

static void
step (Fixture  *fixture,
      gboolean  undo,
      guint     n_highlights,
      gint64    correction_id)
{
  g_assert_true (undo ? lectern_annotations_undo (fixture->annotations, 0)
                      : lectern_annotations_redo (fixture->annotations));
  wait_idle (fixture->annotations);
  g_assert_cmpuint (stored_count (fixture), ==, n_highlights);
  g_assert_cmpint (stored_quote_correction (fixture), ==, correction_id);
}

static void
test_external_edits (Fixture       *fixture,
                     gconstpointer  user_data)
{
  LecternQuoteCorrection *correction = lectern_quote_correction_new (LECTERN_QUOTE_CORRECTION_NOT_QUOTE,
                                                                     27, 63, NULL);
  g_autoptr(GError) error = NULL;
  gint64 id;
  guint serial;

  g_signal_connect (fixture->annotations, "external", G_CALLBACK (on_external_cb), fixture);
  add (fixture, 0, 11);
  id = lectern_store_add_quote_correction_sync (fixture->store, fixture->story->id, correction, &error);
  g_assert_no_error (error);
  serial = lectern_annotations_record_external (fixture->annotations, correction,
                                                (GDestroyNotify) lectern_quote_correction_free);
  g_assert_cmpuint (serial, ==, lectern_annotations_get_undo_serial (fixture->annotations));
  add (fixture, 28, 62);

  step (fixture, TRUE, 1, id);
  step (fixture, TRUE, 1, 0);
  step (fixture, TRUE, 0, 0);
  g_assert_false (lectern_annotations_can_undo (fixture->annotations));
  step (fixture, FALSE, 1, 0);
  step (fixture, FALSE, 1, id);   /* under its old id */
  step (fixture, FALSE, 2, id);
  g_assert_false (lectern_annotations_can_redo (fixture->annotations));

  /* A toast's Undo reaches the correction only while it is the newest. */
  g_assert_false (lectern_annotations_undo (fixture->annotations, serial));
  step (fixture, TRUE, 1, id);
  g_assert_true (lectern_annotations_undo (fixture->annotations, serial));
  g_assert_cmpint (stored_quote_correction (fixture), ==, 0);

  /* A new edit: nothing left to redo. */
  g_assert_true (lectern_annotations_can_redo (fixture->annotations));
  add (fixture, 0, 11);
  g_assert_false (lectern_annotations_can_redo (fixture->annotations));
  g_assert_cmpuint (fixture->n_failed, ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)
  ADD ("/annotations/reading-order", test_reading_order);
  ADD ("/annotations/toast-undo-after-ctrl-z", test_toast_undo_after_ctrl_z);
  ADD ("/annotations/undo-changes", test_undo_changes);
  ADD ("/annotations/story-note", test_story_note);
  ADD ("/annotations/outside-reload", test_outside_reload);
  ADD ("/annotations/outside-conflict", test_outside_conflict);
  ADD ("/annotations/outside-deleted", test_outside_deleted);
  ADD ("/annotations/outside-deleted-while-editing", test_outside_deleted_while_editing);
  ADD ("/annotations/outside-other-field", test_outside_other_field);
  ADD ("/annotations/two-edits-in-flight", test_two_edits_in_flight);
  ADD ("/annotations/stale-editor-other-field", test_stale_editor_other_field);
  ADD ("/annotations/outside-story-note", test_outside_story_note);
  ADD ("/annotations/own-writes-in-a-row", test_own_writes_in_a_row);
  ADD ("/annotations/external-edits", test_external_edits);
#undef ADD

  return g_test_run ();
}
