/* lectern-annotations.c: the annotations of one open story, as a model
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-annotations"

#include "config.h"

#include "lectern-annotations.h"

#include <string.h>
#include <inttypes.h>

#include <glib/gi18n.h>

/* A pause of typing this long saves the story note. */
#define STORY_NOTE_DELAY_MS 800
#define HISTORY_MAX 100

struct _LecternAnnotation
{
  GObject           parent_instance;
  LecternHighlight *highlight;
  LecternHighlight *previous;  /* (nullable) the fields before another program's last
                                * change: what an editor opened earlier showed */
};

/* The editable fields, as bits: which ones an edit changed. */
enum
{
  FIELD_COLOR = 1 << 0,
  FIELD_STYLE = 1 << 1,
  FIELD_NOTE  = 1 << 2,
  FIELD_TAGS  = 1 << 3,
};

G_DEFINE_FINAL_TYPE (LecternAnnotation, lectern_annotation, G_TYPE_OBJECT)

enum { ANNOTATION_PROP_0, ANNOTATION_PROP_ID, ANNOTATION_PROP_COLOR, ANNOTATION_PROP_STYLE,
       ANNOTATION_PROP_NOTE, ANNOTATION_PROP_TAGS, ANNOTATION_N_PROPS };
static GParamSpec *annotation_properties[ANNOTATION_N_PROPS];

/* One entry of the history. Undoing and redoing an edit are the same
 * move, a toggle: a creation or deletion moves the highlight between the
 * model and `stash`; a change swaps its fields with those in `stash`. So
 * the highlight lives in one place at a time. */
typedef enum
{
  EDIT_CREATE,
  EDIT_UPDATE,
  EDIT_DELETE,
  EDIT_EXTERNAL,   /* another edit of the story, done by the caller */
} EditKind;

typedef struct
{
  EditKind          kind;
  guint             serial;
  gint64            id;
  LecternHighlight *stash;   /* NULL while a created or restored one is shown */
  /* UPDATE: the `fields` it changed, as they were (`stash`) and as it made
   * them (`after`). Undoing writes `stash` over `after` in those fields
   * only, so another program's change of another field stays. */
  LecternHighlight *after;
  guint             fields;
  /* EXTERNAL: the caller's, given back by "external" */
  gpointer          external;
  GDestroyNotify    external_destroy;
} Edit;

struct _LecternAnnotations
{
  GObject       parent_instance;

  LecternStore *store;
  LecternStory *story;
  GPtrArray    *items;       /* LecternAnnotation, reading order */
  GHashTable   *by_id;       /* &highlight->id → LecternAnnotation */
  GPtrArray    *undo_stack;  /* Edit, newest last */
  GPtrArray    *redo_stack;
  guint         last_serial;
  guint         pending;
  gboolean      toggling;    /* an undo or redo is being written */
  GArray       *queued;      /* gboolean: undo (TRUE) or redo asked for meanwhile */

  char         *story_note;
  gboolean      story_note_dirty;
  guint         story_note_source;

  /* Outside edits (issue 12): what the library held when last read, and
   * the edits refused because another program changed the row first. */
  char         *story_note_stored;
  char         *story_note_rejected;
  GHashTable   *rejected;    /* &fields->id → Edit (UPDATE with the wanted fields, DELETE, or
                              * CREATE: the edited highlight another program deleted) */
  gboolean      refreshing;
  /* Edits of ours not yet written, by id: the fields they will make, which
   * the next edit builds on (two quick edits to different fields). */
  GHashTable   *intended;    /* &Intended.id → Intended */
  /* Highlights another program deleted, as last shown, for an editor that
   * still shows one: its edit can restore it. */
  GHashTable   *gone;        /* &highlight->id → LecternHighlight */

  /* Touched by the database thread only (one thread: no lock). Our own
   * writes queued one after the other must not refuse each other: a write
   * sent with a revision the model read is made at the newest one if only
   * we wrote since. `own` maps an id to the range [base, latest] of
   * revisions our consecutive writes went through; `own_notes` is that
   * chain for the story note. */
  GHashTable   *own;         /* gint64* id → OwnRange */
  GPtrArray    *own_notes;   /* char*, oldest first */
};

typedef struct
{
  gint64 id;
  gint64 base;
  gint64 latest;
} OwnRange;

typedef struct
{
  gint64            id;
  guint             count;    /* edits in flight */
  LecternHighlight *fields;
} Intended;

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (LecternAnnotations, lectern_annotations, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum { PROP_0, PROP_CAN_UNDO, PROP_CAN_REDO, PROP_BUSY, PROP_STORY_NOTE, N_PROPS };
static GParamSpec *properties[N_PROPS];

enum { ANNOTATION_CHANGED, EDITED, FAILED, CONFLICT, RELOADED, EXTERNAL, N_SIGNALS };
static guint signals[N_SIGNALS];

/* LecternAnnotation */

static void
lectern_annotation_finalize (GObject *object)
{
  LecternAnnotation *self = LECTERN_ANNOTATION (object);

  g_clear_pointer (&self->highlight, lectern_highlight_free);
  g_clear_pointer (&self->previous, lectern_highlight_free);

  G_OBJECT_CLASS (lectern_annotation_parent_class)->finalize (object);
}

static void
lectern_annotation_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  LecternAnnotation *self = LECTERN_ANNOTATION (object);

  switch (prop_id)
    {
    case ANNOTATION_PROP_ID:
      g_value_set_int64 (value, self->highlight->id);
      break;
    case ANNOTATION_PROP_COLOR:
      g_value_set_string (value, self->highlight->color);
      break;
    case ANNOTATION_PROP_STYLE:
      g_value_set_string (value, self->highlight->style);
      break;
    case ANNOTATION_PROP_NOTE:
      g_value_set_string (value, self->highlight->note);
      break;
    case ANNOTATION_PROP_TAGS:
      g_value_set_boxed (value, self->highlight->tags);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_annotation_class_init (LecternAnnotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = lectern_annotation_finalize;
  object_class->get_property = lectern_annotation_get_property;

  annotation_properties[ANNOTATION_PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL, 0, G_MAXINT64, 0,
                        (G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  annotation_properties[ANNOTATION_PROP_COLOR] =
    g_param_spec_string ("color", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  annotation_properties[ANNOTATION_PROP_STYLE] =
    g_param_spec_string ("style", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  annotation_properties[ANNOTATION_PROP_NOTE] =
    g_param_spec_string ("note", NULL, NULL, NULL,
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  annotation_properties[ANNOTATION_PROP_TAGS] =
    g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV,
                        (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, ANNOTATION_N_PROPS, annotation_properties);
}

static void
lectern_annotation_init (LecternAnnotation *self)
{
}

static LecternAnnotation *
annotation_new (LecternHighlight *highlight)
{
  LecternAnnotation *self = g_object_new (LECTERN_TYPE_ANNOTATION, NULL);

  self->highlight = highlight;

  return self;
}

const LecternHighlight *
lectern_annotation_get_highlight (LecternAnnotation *self)
{
  g_return_val_if_fail (LECTERN_IS_ANNOTATION (self), NULL);

  return self->highlight;
}

gint64
lectern_annotation_get_id (LecternAnnotation *self)
{
  g_return_val_if_fail (LECTERN_IS_ANNOTATION (self), 0);

  return self->highlight->id;
}

/* Helpers */

static void
edit_free (gpointer data)
{
  Edit *edit = data;

  g_clear_pointer (&edit->stash, lectern_highlight_free);
  g_clear_pointer (&edit->after, lectern_highlight_free);
  if (edit->external_destroy != NULL)
    edit->external_destroy (edit->external);
  g_free (edit);
}

static void
intended_free (gpointer data)
{
  Intended *intended = data;

  lectern_highlight_free (intended->fields);
  g_free (intended);
}

static int
compare_highlights (const LecternHighlight *x,
                    const LecternHighlight *y)
{
  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end < y->end ? -1 : 1;
  return (x->id > y->id) - (x->id < y->id);
}

static int
compare_annotations (gconstpointer a,
                     gconstpointer b)
{
  const LecternAnnotation *x = *(LecternAnnotation *const *) a;
  const LecternAnnotation *y = *(LecternAnnotation *const *) b;

  return compare_highlights (x->highlight, y->highlight);
}

/* Where a highlight goes in reading order (binary search). */
static guint
insertion_index (LecternAnnotations     *self,
                 const LecternHighlight *highlight)
{
  guint low = 0, high = self->items->len;

  while (low < high)
    {
      guint mid = low + (high - low) / 2;
      LecternAnnotation *annotation = g_ptr_array_index (self->items, mid);

      if (compare_highlights (annotation->highlight, highlight) < 0)
        low = mid + 1;
      else
        high = mid;
    }

  return low;
}

static LecternAnnotation *
insert_highlight (LecternAnnotations *self,
                  LecternHighlight   *highlight)
{
  LecternAnnotation *annotation = annotation_new (highlight);
  guint index = insertion_index (self, highlight);

  g_ptr_array_insert (self->items, index, annotation);
  g_hash_table_insert (self->by_id, &highlight->id, annotation);
  g_list_model_items_changed (G_LIST_MODEL (self), index, 0, 1);

  return annotation;
}

/* Removes the annotation and hands its highlight over (transfer full). */
static LecternHighlight *
take_highlight (LecternAnnotations *self,
                gint64              id)
{
  LecternAnnotation *annotation = g_hash_table_lookup (self->by_id, &id);
  LecternHighlight *highlight;
  guint index;

  if (annotation == NULL || !g_ptr_array_find (self->items, annotation, &index))
    return NULL;

  g_hash_table_remove (self->by_id, &id);
  highlight = g_steal_pointer (&annotation->highlight);
  /* Views that still hold the object read an empty copy, never freed memory. */
  annotation->highlight = g_new0 (LecternHighlight, 1);
  annotation->highlight->id = id;
  annotation->highlight->tags = g_new0 (char *, 1);
  g_ptr_array_remove_index (self->items, index);
  g_list_model_items_changed (G_LIST_MODEL (self), index, 1, 0);

  return highlight;
}

/* g_set_str() is GLib 2.76. */
static void
set_str (char       **field,
         const char  *value)
{
  char *copy = g_strdup (value);

  g_free (*field);
  *field = copy;
}

/* Exchanges the editable fields (colour, style, note, tags) of two
 * highlights: how a change is applied, undone and redone. */
static void
swap_fields (LecternHighlight *a,
             LecternHighlight *b)
{
  char *s;
  char **tags;
  gint64 t;

  s = a->color, a->color = b->color, b->color = s;
  s = a->style, a->style = b->style, b->style = s;
  s = a->note, a->note = b->note, b->note = s;
  tags = a->tags, a->tags = b->tags, b->tags = tags;
  t = a->updated_at, a->updated_at = b->updated_at, b->updated_at = t;
}

/* A highlight holding only the editable fields of `from`. */
static LecternHighlight *
copy_fields (const LecternHighlight *from)
{
  LecternHighlight *fields = g_new0 (LecternHighlight, 1);

  fields->id = from->id;
  fields->color = g_strdup (from->color);
  fields->style = g_strdup (from->style);
  fields->note = g_strdup (from->note);
  fields->tags = g_strdupv (from->tags);
  fields->updated_at = from->updated_at;
  fields->revision = from->revision;

  return fields;
}

/* The bits of the fields that differ. */
static guint
diff_fields (const LecternHighlight *a,
             const LecternHighlight *b)
{
  guint fields = 0;

  if (g_strcmp0 (a->color, b->color) != 0)
    fields |= FIELD_COLOR;
  if (g_strcmp0 (a->style, b->style) != 0)
    fields |= FIELD_STYLE;
  if (g_strcmp0 (a->note, b->note) != 0)
    fields |= FIELD_NOTE;
  if (!g_strv_equal ((const char *const *) a->tags, (const char *const *) b->tags))
    fields |= FIELD_TAGS;

  return fields;
}

/* Copies the `fields` of `from` into `to`. */
static void
apply_fields (LecternHighlight       *to,
              const LecternHighlight *from,
              guint                   fields)
{
  if (fields & FIELD_COLOR)
    set_str (&to->color, from->color);
  if (fields & FIELD_STYLE)
    set_str (&to->style, from->style);
  if (fields & FIELD_NOTE)
    set_str (&to->note, from->note);
  if (fields & FIELD_TAGS)
    {
      g_strfreev (to->tags);
      to->tags = g_strdupv (from->tags);
    }
}

static void notify_fields (LecternAnnotations *self, LecternAnnotation *annotation);

/* Shows the editable fields of `from` (as stored) in the annotation. */
static void
show_fields (LecternAnnotations     *self,
             LecternAnnotation      *annotation,
             const LecternHighlight *from)
{
  apply_fields (annotation->highlight, from, FIELD_COLOR | FIELD_STYLE | FIELD_NOTE | FIELD_TAGS);
  annotation->highlight->updated_at = from->updated_at;
  annotation->highlight->revision = from->revision;
  notify_fields (self, annotation);
}

static void
notify_fields (LecternAnnotations *self,
               LecternAnnotation  *annotation)
{
  g_object_freeze_notify (G_OBJECT (annotation));
  g_object_notify_by_pspec (G_OBJECT (annotation), annotation_properties[ANNOTATION_PROP_COLOR]);
  g_object_notify_by_pspec (G_OBJECT (annotation), annotation_properties[ANNOTATION_PROP_STYLE]);
  g_object_notify_by_pspec (G_OBJECT (annotation), annotation_properties[ANNOTATION_PROP_NOTE]);
  g_object_notify_by_pspec (G_OBJECT (annotation), annotation_properties[ANNOTATION_PROP_TAGS]);
  g_object_thaw_notify (G_OBJECT (annotation));
  g_signal_emit (self, signals[ANNOTATION_CHANGED], 0, annotation);
}

static void
notify_history (LecternAnnotations *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
}

static Edit *
record_edit (LecternAnnotations *self,
             EditKind            kind,
             gint64              id,
             LecternHighlight   *stash)
{
  Edit *edit = g_new0 (Edit, 1);

  edit->kind = kind;
  edit->serial = ++self->last_serial;
  edit->id = id;
  edit->stash = stash;
  g_ptr_array_add (self->undo_stack, edit);
  if (self->undo_stack->len > HISTORY_MAX)
    g_ptr_array_remove_index (self->undo_stack, 0);
  g_ptr_array_set_size (self->redo_stack, 0);
  notify_history (self);

  return edit;
}

/* Store calls: each holds the model and counts as pending. */

typedef struct
{
  LecternAnnotations      *self;
  LecternAnnotationsEvent  event;
  gint64                   id;
  LecternHighlight        *highlight;   /* what was sent */
  LecternHighlight        *base;        /* UPDATE: the fields it was made over */
  guint                    fields;      /* UPDATE: the ones it changes */
  Edit                    *edit;        /* for undo and redo */
  EditKind                 kind;        /* the checked write to make */
  LecternHighlight        *fresh;       /* the row as another program left it */
  char                    *expected;    /* the story note as last read */
  char                    *fresh_note;
} Op;

static Op *
op_new (LecternAnnotations      *self,
        LecternAnnotationsEvent  event)
{
  Op *op = g_new0 (Op, 1);

  op->self = g_object_ref (self);
  op->event = event;
  if (self->pending++ == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);

  return op;
}

static void
op_finish (Op *op)
{
  LecternAnnotations *self = op->self;

  g_clear_pointer (&op->highlight, lectern_highlight_free);
  g_clear_pointer (&op->base, lectern_highlight_free);
  g_clear_pointer (&op->edit, edit_free);
  g_clear_pointer (&op->fresh, lectern_highlight_free);
  g_clear_pointer (&op->expected, g_free);
  g_clear_pointer (&op->fresh_note, g_free);
  if (--self->pending == 0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  g_object_unref (self);
  g_free (op);
}

static void
fail (Op     *op,
      GError *error)
{
  g_signal_emit (op->self, signals[FAILED], 0, op->event, error);
}

/* Checked writes: each writes only if the row is still as the model read
 * it (its revision), so that an edit made meanwhile by another program is
 * never overwritten. A restore re-reads the revision it got. */
static gpointer
write_worker (LecternStore  *store,
              gpointer       data,
              GCancellable  *cancellable,
              GError       **error)
{
  Op *op = data;
  OwnRange *own = g_hash_table_lookup (op->self->own, &op->highlight->id);
  gint64 expected = op->highlight->revision;
  g_autoptr(GError) local_error = NULL;
  gboolean ok = FALSE;

  /* Read before writes of ours that had not landed yet: nobody else wrote
   * in between, so go on from where they left the row. */
  if (own != NULL && expected >= own->base && expected <= own->latest)
    op->highlight->revision = own->latest;

  switch (op->kind)
    {
    case EDIT_UPDATE:
      /* Field by field: another program's change of another field is kept. */
      {
        gint64 previous = op->highlight->revision;

        ok = lectern_store_merge_highlight_sync (store, op->base, op->highlight, &local_error);
        /* The chain of our own revisions goes on only when nobody else
         * wrote in between; a merge over another program's write starts
         * a new one. */
        if (ok && op->highlight->revision != previous)
          {
            if (op->highlight->revision != previous + 1 || own == NULL || previous != own->latest)
              {
                own = g_new0 (OwnRange, 1);
                own->id = op->highlight->id;
                own->base = op->highlight->revision == previous + 1 ? expected : op->highlight->revision;
                g_hash_table_replace (op->self->own, &own->id, own);
              }
            own->latest = op->highlight->revision;
          }
      }
      break;
    case EDIT_DELETE:
      ok = lectern_store_delete_highlight_if_unchanged_sync (store, op->highlight, &local_error);
      break;
    case EDIT_CREATE:
      ok = lectern_store_restore_highlight_sync (store, op->highlight, &local_error);
      if (ok)
        {
          g_autoptr(LecternHighlight) stored = lectern_store_get_highlight_sync (store, op->highlight->id, NULL);

          if (stored != NULL)
            op->highlight->revision = stored->revision;
          g_hash_table_remove (op->self->own, &op->highlight->id);
        }
      break;
    default:
      g_assert_not_reached ();
    }

  if (ok)
    return GINT_TO_POINTER (TRUE);

  if (g_error_matches (local_error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_CHANGED))
    op->fresh = lectern_store_get_highlight_sync (store, op->highlight->id, NULL);
  g_propagate_error (error, g_steal_pointer (&local_error));
  return NULL;
}

static void
write_checked (Op                  *op,
               EditKind             kind,
               GAsyncReadyCallback  callback)
{
  op->kind = kind;
  /* The op is freed by the callback, after the worker ran. */
  lectern_store_run_async (op->self->store, write_worker, op, NULL, NULL, NULL, callback, op);
}

/* Puts the library's version of a highlight in the model (transfer full),
 * in place when it did not move. */
static void
replace_highlight (LecternAnnotations *self,
                   LecternHighlight   *fresh)
{
  LecternAnnotation *annotation = g_hash_table_lookup (self->by_id, &fresh->id);
  LecternHighlight *shown;

  if (annotation == NULL)
    {
      insert_highlight (self, fresh);
      return;
    }

  shown = annotation->highlight;
  if (shown->start != fresh->start || shown->end != fresh->end || shown->orphaned != fresh->orphaned)
    {
      lectern_highlight_free (take_highlight (self, fresh->id));
      insert_highlight (self, fresh);
      return;
    }

  if (shown->revision != fresh->revision)
    {
      g_clear_pointer (&annotation->previous, lectern_highlight_free);
      annotation->previous = copy_fields (shown);
    }
  swap_fields (shown, fresh);
  shown->revision = fresh->revision;
  set_str (&shown->speaker, fresh->speaker);
  lectern_highlight_free (fresh);
  notify_fields (self, annotation);
}

/* An edit of ours in flight is done (written or not). */
static void
forget_intended (LecternAnnotations *self,
                 gint64              id)
{
  Intended *intended = g_hash_table_lookup (self->intended, &id);

  if (intended != NULL && --intended->count == 0)
    g_hash_table_remove (self->intended, &id);
}

/* The person's edit of a highlight that another program deleted: kept, to
 * be restored with lectern_annotations_keep_mine(). A detached annotation
 * (in no model) shows it to the "conflict" handler. */
static LecternAnnotation *
keep_restorable (LecternAnnotations     *self,
                 const LecternHighlight *last_shown,
                 const LecternHighlight *edited,
                 guint                   fields)
{
  Edit *kept = g_new0 (Edit, 1);

  kept->kind = EDIT_CREATE;
  kept->id = last_shown->id;
  kept->stash = lectern_highlight_copy (last_shown);
  apply_fields (kept->stash, edited, fields);
  g_hash_table_replace (self->rejected, &kept->id, kept);

  return annotation_new (lectern_highlight_copy (kept->stash));
}

/* What a checked write does when another program got there first: on
 * CHANGED the model shows the other program's version and keeps the
 * refused edit for lectern_annotations_keep_mine(); on NOT_FOUND the row
 * goes. Either way "conflict" says so. FALSE for other errors. */
static gboolean
handle_outside_edit (Op     *op,
                     GError *error)
{
  LecternAnnotations *self = op->self;
  gint64 id = op->highlight->id;
  LecternAnnotation *annotation = NULL;

  if (error->domain != LECTERN_STORE_ERROR ||
      (error->code != LECTERN_STORE_ERROR_CHANGED && error->code != LECTERN_STORE_ERROR_NOT_FOUND))
    return FALSE;

  g_hash_table_remove (self->rejected, &id);
  if (op->fresh != NULL)
    {
      replace_highlight (self, g_steal_pointer (&op->fresh));
      annotation = g_hash_table_lookup (self->by_id, &id);
      /* Undo and redo are not kept: their history entry stays. */
      if (annotation != NULL &&
          (op->event == LECTERN_ANNOTATIONS_CHANGED || op->event == LECTERN_ANNOTATIONS_DELETED))
        {
          Edit *refused = g_new0 (Edit, 1);

          refused->kind = op->kind;
          refused->id = id;
          /* The other program's version with the person's changes only. */
          if (op->kind == EDIT_UPDATE)
            {
              refused->stash = copy_fields (annotation->highlight);
              apply_fields (refused->stash, op->highlight, op->fields);
            }
          g_hash_table_insert (self->rejected, &refused->id, refused);
        }
      g_signal_emit (self, signals[CONFLICT], 0, op->event, annotation, error);
    }
  else
    {
      g_autoptr(LecternHighlight) shown = take_highlight (self, id);
      g_autoptr(LecternAnnotation) restorable = NULL;

      /* Deleted elsewhere while being edited here: the edit is not lost. */
      if (shown != NULL && op->kind == EDIT_UPDATE && op->event == LECTERN_ANNOTATIONS_CHANGED)
        restorable = keep_restorable (self, shown, op->highlight, op->fields);
      else if (shown != NULL)
        {
          LecternHighlight *kept = g_steal_pointer (&shown);

          g_hash_table_replace (self->gone, &kept->id, kept);
        }
      g_signal_emit (self, signals[CONFLICT], 0, op->event, restorable, error);
    }

  return TRUE;
}

static void
on_added_cb (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  Op *op = user_data;
  LecternAnnotations *self = op->self;
  g_autoptr(GError) error = NULL;
  LecternHighlight *stored;
  LecternAnnotation *annotation;

  stored = lectern_store_add_highlight_finish (LECTERN_STORE (source), result, &error);
  if (stored == NULL)
    {
      fail (op, error);
      op_finish (op);
      return;
    }

  annotation = insert_highlight (self, stored);
  record_edit (self, EDIT_CREATE, stored->id, NULL);
  g_signal_emit (self, signals[EDITED], 0, op->event, annotation);
  op_finish (op);
}

static void
on_updated_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Op *op = user_data;
  LecternAnnotations *self = op->self;
  g_autoptr(GError) error = NULL;
  LecternAnnotation *annotation;

  forget_intended (self, op->id);
  if (lectern_store_run_finish (LECTERN_STORE (source), result, &error) == NULL)
    {
      if (!handle_outside_edit (op, error))
        fail (op, error);
      op_finish (op);
      return;
    }

  annotation = g_hash_table_lookup (self->by_id, &op->id);
  if (annotation != NULL)
    {
      Edit *edit;

      /* The history: the fields this edit changed, before and after. */
      edit = record_edit (self, EDIT_UPDATE, op->id, g_steal_pointer (&op->base));
      edit->after = copy_fields (op->highlight);
      edit->fields = op->fields;
      /* The row as stored: ours, with what another program changed in
       * other fields meanwhile. */
      show_fields (self, annotation, op->highlight);
      g_signal_emit (self, signals[EDITED], 0, op->event, annotation);
    }
  op_finish (op);
}

static void
on_deleted_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Op *op = user_data;
  LecternAnnotations *self = op->self;
  g_autoptr(GError) error = NULL;
  LecternHighlight *highlight;

  if (lectern_store_run_finish (LECTERN_STORE (source), result, &error) == NULL)
    {
      if (!handle_outside_edit (op, error))
        fail (op, error);
      op_finish (op);
      return;
    }

  highlight = take_highlight (self, op->id);
  if (highlight != NULL)
    {
      record_edit (self, EDIT_DELETE, op->id, highlight);
      g_signal_emit (self, signals[EDITED], 0, op->event, NULL);
    }
  op_finish (op);
}

static void
on_restored_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Op *op = user_data;
  LecternAnnotations *self = op->self;
  g_autoptr(GError) error = NULL;
  LecternAnnotation *annotation;

  if (lectern_store_run_finish (LECTERN_STORE (source), result, &error) == NULL)
    {
      fail (op, error);
      op_finish (op);
      return;
    }

  g_hash_table_remove (self->gone, &op->id);
  annotation = insert_highlight (self, g_steal_pointer (&op->highlight));
  record_edit (self, EDIT_CREATE, op->id, NULL);
  g_signal_emit (self, signals[EDITED], 0, op->event, annotation);
  op_finish (op);
}

/* Undo and redo: the edit is in neither stack while it is being written;
 * it lands on `to` once written, back where it was if that failed. */

static gboolean toggle (LecternAnnotations *self, gboolean undoing);
static void toggle_done (LecternAnnotations *self);

static void
on_toggled_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Op *op = user_data;
  LecternAnnotations *self = op->self;
  g_autoptr(GError) error = NULL;
  Edit *edit = g_steal_pointer (&op->edit);
  gboolean undoing = op->event == LECTERN_ANNOTATIONS_UNDONE;
  LecternAnnotation *annotation = NULL;

  if (lectern_store_run_finish (LECTERN_STORE (source), result, &error) == NULL)
    {
      /* The history keeps the fields it had. */
      g_ptr_array_add (undoing ? self->undo_stack : self->redo_stack, edit);
      notify_history (self);
      /* Another program changed or deleted the row: show its version, and
       * say why nothing was undone. */
      if (op->kind != EDIT_CREATE)
        {
          if (handle_outside_edit (op, error))
            {
              g_array_set_size (self->queued, 0);
              self->toggling = FALSE;
              op_finish (op);
              return;
            }
        }
      fail (op, error);
      g_array_set_size (self->queued, 0);
      self->toggling = FALSE;
      op_finish (op);
      return;
    }

  if (edit->kind == EDIT_UPDATE)
    {
      LecternHighlight *t = edit->stash;

      /* Undone is the new done: the next toggle goes back. */
      edit->stash = edit->after;
      edit->after = t;
      annotation = g_hash_table_lookup (self->by_id, &edit->id);
      if (annotation != NULL)
        show_fields (self, annotation, op->highlight);
    }
  else if (edit->stash != NULL)
    {
      edit->stash->revision = op->highlight->revision;
      annotation = insert_highlight (self, g_steal_pointer (&edit->stash));
    }
  else
    edit->stash = take_highlight (self, edit->id);

  g_ptr_array_add (undoing ? self->redo_stack : self->undo_stack, edit);
  notify_history (self);
  g_signal_emit (self, signals[EDITED], 0, op->event, annotation);
  toggle_done (self);
  op_finish (op);
}

/* Undo and redo run one at a time: the next one may need what the last
 * one restores (Ctrl+Z pressed twice quickly). */
static void
toggle_done (LecternAnnotations *self)
{
  self->toggling = FALSE;
  while (self->queued->len > 0 && !self->toggling)
    {
      gboolean undoing = g_array_index (self->queued, gboolean, 0);

      g_array_remove_index (self->queued, 0);
      toggle (self, undoing);
    }
}

static gboolean
toggle (LecternAnnotations *self,
        gboolean            undoing)
{
  GPtrArray *from = undoing ? self->undo_stack : self->redo_stack;
  Op *op;
  Edit *edit;
  LecternAnnotation *annotation;

  if (self->toggling)
    {
      g_array_append_val (self->queued, undoing);
      return TRUE;
    }
  if (from->len == 0)
    return FALSE;

  self->toggling = TRUE;

  edit = g_ptr_array_steal_index (from, from->len - 1);
  /* The caller's own edit: it undoes or redoes it; the history moves on,
   * and what was asked meanwhile waits until the handler returns. */
  if (edit->kind == EDIT_EXTERNAL)
    {
      g_ptr_array_add (undoing ? self->redo_stack : self->undo_stack, edit);
      notify_history (self);
      g_signal_emit (self, signals[EXTERNAL], 0, edit->external, undoing);
      toggle_done (self);
      return TRUE;
    }
  notify_history (self);
  op = op_new (self, undoing ? LECTERN_ANNOTATIONS_UNDONE : LECTERN_ANNOTATIONS_REDONE);
  op->edit = edit;
  annotation = g_hash_table_lookup (self->by_id, &edit->id);

  if (edit->kind == EDIT_UPDATE)
    {
      if (annotation == NULL)
        {
          /* Deleted since (by an edit no longer in the history). */
          op_finish (op);
          toggle_done (self);
          return TRUE;
        }
      /* The history's fields over those the edit made, the others as
       * shown: written only if nobody changed those fields since. */
      op->id = edit->id;
      op->fields = edit->fields;
      op->base = copy_fields (annotation->highlight);
      apply_fields (op->base, edit->after, edit->fields);
      op->highlight = lectern_highlight_copy (annotation->highlight);
      apply_fields (op->highlight, edit->stash, edit->fields);
      write_checked (op, EDIT_UPDATE, on_toggled_cb);
    }
  else if (edit->stash != NULL)
    {
      op->highlight = lectern_highlight_copy (edit->stash);
      write_checked (op, EDIT_CREATE, on_toggled_cb);
    }
  else
    {
      if (annotation == NULL)
        {
          /* Deleted since by another program. */
          op_finish (op);
          toggle_done (self);
          return TRUE;
        }
      op->highlight = lectern_highlight_copy (annotation->highlight);
      write_checked (op, EDIT_DELETE, on_toggled_cb);
    }

  return TRUE;
}

/* The story note */

static void set_story_note_shown (LecternAnnotations *self, const char *note);

static gpointer
set_story_note_worker (LecternStore  *store,
                       gpointer       data,
                       GCancellable  *cancellable,
                       GError       **error)
{
  Op *op = data;
  GPtrArray *own = op->self->own_notes;
  const char *expected = op->expected;
  g_autoptr(GError) local_error = NULL;

  /* Written only over the note as last read, or over what our own writes
   * made of it since: never over another program's. */
  for (guint i = 0; i < own->len; i++)
    if (g_strcmp0 (g_ptr_array_index (own, i), expected) == 0)
      expected = g_ptr_array_index (own, own->len - 1);
  if (lectern_store_set_story_note_if_unchanged_sync (store, op->id, expected, op->highlight->note,
                                                      &local_error))
    {
      if (own->len == 0 || g_strcmp0 (g_ptr_array_index (own, own->len - 1), expected) != 0)
        {
          g_ptr_array_set_size (own, 0);
          g_ptr_array_add (own, g_strdup (expected));
        }
      g_ptr_array_add (own, g_strdup (op->highlight->note));
      if (own->len > 64)
        g_ptr_array_remove_index (own, 0);
    }
  else
    {
      if (g_error_matches (local_error, LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_CHANGED))
        op->fresh_note = lectern_store_get_story_note_sync (store, op->id, NULL);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return GINT_TO_POINTER (TRUE);
}

static void
on_story_note_saved_cb (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  Op *op = user_data;
  LecternAnnotations *self = op->self;
  g_autoptr(GError) error = NULL;

  if (lectern_store_run_finish (LECTERN_STORE (source), result, &error) != NULL)
    {
      set_str (&self->story_note_stored, op->highlight->note);
      g_signal_emit (self, signals[EDITED], 0, op->event, NULL);
    }
  else if (op->fresh_note != NULL)
    {
      /* Another program wrote the note first: show theirs, keep ours for
       * lectern_annotations_keep_mine(). Typing since goes on as it is. */
      set_str (&self->story_note_stored, op->fresh_note);
      set_str (&self->story_note_rejected, op->highlight->note);
      if (!self->story_note_dirty)
        set_story_note_shown (self, op->fresh_note);
      g_signal_emit (self, signals[CONFLICT], 0, op->event, NULL, error);
    }
  else
    fail (op, error);
  op_finish (op);
}

static void
set_story_note_shown (LecternAnnotations *self,
                      const char         *note)
{
  if (g_strcmp0 (self->story_note, note) == 0)
    return;
  set_str (&self->story_note, note);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY_NOTE]);
}

static gboolean
save_story_note_cb (gpointer user_data)
{
  LecternAnnotations *self = user_data;

  self->story_note_source = 0;
  lectern_annotations_flush (self);

  return G_SOURCE_REMOVE;
}

/* GListModel */

static GType
lectern_annotations_get_item_type (GListModel *model)
{
  return LECTERN_TYPE_ANNOTATION;
}

static guint
lectern_annotations_get_n_items (GListModel *model)
{
  return LECTERN_ANNOTATIONS (model)->items->len;
}

static gpointer
lectern_annotations_get_item (GListModel *model,
                              guint       position)
{
  LecternAnnotations *self = LECTERN_ANNOTATIONS (model);

  if (position >= self->items->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->items, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = lectern_annotations_get_item_type;
  iface->get_n_items = lectern_annotations_get_n_items;
  iface->get_item = lectern_annotations_get_item;
}

/* GObject */

static void
lectern_annotations_dispose (GObject *object)
{
  LecternAnnotations *self = LECTERN_ANNOTATIONS (object);

  /* Nothing typed is lost: a note not yet written is queued now. */
  if (self->store != NULL)
    lectern_annotations_flush (self);
  g_clear_handle_id (&self->story_note_source, g_source_remove);

  G_OBJECT_CLASS (lectern_annotations_parent_class)->dispose (object);
}

static void
lectern_annotations_finalize (GObject *object)
{
  LecternAnnotations *self = LECTERN_ANNOTATIONS (object);

  g_clear_object (&self->store);
  g_clear_pointer (&self->story, lectern_story_unref);
  g_clear_pointer (&self->by_id, g_hash_table_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->queued, g_array_unref);
  g_clear_pointer (&self->story_note, g_free);
  g_clear_pointer (&self->story_note_stored, g_free);
  g_clear_pointer (&self->story_note_rejected, g_free);
  g_clear_pointer (&self->rejected, g_hash_table_unref);
  g_clear_pointer (&self->intended, g_hash_table_unref);
  g_clear_pointer (&self->gone, g_hash_table_unref);
  g_clear_pointer (&self->own, g_hash_table_unref);
  g_clear_pointer (&self->own_notes, g_ptr_array_unref);

  G_OBJECT_CLASS (lectern_annotations_parent_class)->finalize (object);
}

static void
lectern_annotations_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  LecternAnnotations *self = LECTERN_ANNOTATIONS (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, lectern_annotations_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, lectern_annotations_can_redo (self));
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, lectern_annotations_get_busy (self));
      break;
    case PROP_STORY_NOTE:
      g_value_set_string (value, self->story_note);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
lectern_annotations_class_init (LecternAnnotationsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = lectern_annotations_dispose;
  object_class->finalize = lectern_annotations_finalize;
  object_class->get_property = lectern_annotations_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  properties[PROP_STORY_NOTE] =
    g_param_spec_string ("story-note", NULL, NULL, "",
                         (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* A highlight's colour, style, note or tags changed (after "notify"). */
  signals[ANNOTATION_CHANGED] =
    g_signal_new ("annotation-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 1, LECTERN_TYPE_ANNOTATION);
  /* An edit was stored: (LecternAnnotationsEvent, the annotation or NULL
   * when it is gone). */
  signals[EDITED] =
    g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, LECTERN_TYPE_ANNOTATION);
  /* An edit could not be stored: (LecternAnnotationsEvent, GError). */
  signals[FAILED] =
    g_signal_new ("failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_UINT, G_TYPE_ERROR);
  /* An edit was refused because another program changed the same field
   * or deleted the row first: (LecternAnnotationsEvent, the annotation as
   * the other program left it; when it deleted one the person was
   * editing, a detached annotation (in no model) holding the person's
   * edit; NULL for another deletion or for the story note; GError saying
   * so). Nothing of the other program's was overwritten;
   * lectern_annotations_keep_mine() makes the refused edit anyway, or
   * restores the deleted highlight with the edit. */
  signals[CONFLICT] =
    g_signal_new ("conflict", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 3, G_TYPE_UINT, LECTERN_TYPE_ANNOTATION, G_TYPE_ERROR);
  /* lectern_annotations_reload() found outside changes and showed them:
   * (added, changed, removed highlights, whether the story note changed). */
  signals[RELOADED] =
    g_signal_new ("reloaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 4, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT,
                  G_TYPE_BOOLEAN);
  /* Undo or redo reached an edit lectern_annotations_record_external()
   * recorded: (its data, TRUE to undo it, FALSE to redo it). */
  signals[EXTERNAL] =
    g_signal_new ("external", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 2, G_TYPE_POINTER, G_TYPE_BOOLEAN);
}

static void
lectern_annotations_init (LecternAnnotations *self)
{
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  self->undo_stack = g_ptr_array_new_with_free_func (edit_free);
  self->redo_stack = g_ptr_array_new_with_free_func (edit_free);
  self->queued = g_array_new (FALSE, FALSE, sizeof (gboolean));
  self->story_note = g_strdup ("");
  self->story_note_stored = g_strdup ("");
  self->rejected = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, edit_free);
  self->own = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  self->intended = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, intended_free);
  self->gone = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL,
                                      (GDestroyNotify) lectern_highlight_free);
  self->own_notes = g_ptr_array_new_with_free_func (g_free);
}

/* Public API */

LecternAnnotations *
lectern_annotations_new (LecternStore *store,
                         LecternStory *story,
                         GPtrArray    *highlights,
                         const char   *story_note)
{
  LecternAnnotations *self;

  g_return_val_if_fail (LECTERN_IS_STORE (store), NULL);
  g_return_val_if_fail (story != NULL, NULL);

  self = g_object_new (LECTERN_TYPE_ANNOTATIONS, NULL);
  self->store = g_object_ref (store);
  self->story = lectern_story_ref (story);
  g_free (self->story_note);
  self->story_note = g_strdup (story_note != NULL ? story_note : "");
  set_str (&self->story_note_stored, self->story_note);

  if (highlights != NULL)
    {
      /* Take the highlights out of the array without copying them. */
      g_ptr_array_set_free_func (highlights, NULL);
      for (guint i = 0; i < highlights->len; i++)
        {
          LecternAnnotation *annotation = annotation_new (g_ptr_array_index (highlights, i));

          g_ptr_array_add (self->items, annotation);
          g_hash_table_insert (self->by_id, &annotation->highlight->id, annotation);
        }
      g_ptr_array_unref (highlights);
      g_ptr_array_sort (self->items, compare_annotations);
    }

  return self;
}

LecternStory *
lectern_annotations_get_story (LecternAnnotations *self)
{
  g_return_val_if_fail (LECTERN_IS_ANNOTATIONS (self), NULL);

  return self->story;
}

LecternAnnotation *
lectern_annotations_lookup (LecternAnnotations *self,
                            gint64              id)
{
  g_return_val_if_fail (LECTERN_IS_ANNOTATIONS (self), NULL);

  return g_hash_table_lookup (self->by_id, &id);
}

GPtrArray *
lectern_annotations_list_highlights (LecternAnnotations *self)
{
  GPtrArray *highlights;

  g_return_val_if_fail (LECTERN_IS_ANNOTATIONS (self), NULL);

  highlights = g_ptr_array_sized_new (self->items->len);
  for (guint i = 0; i < self->items->len; i++)
    g_ptr_array_add (highlights, ((LecternAnnotation *) g_ptr_array_index (self->items, i))->highlight);

  return highlights;
}

GPtrArray *
lectern_annotations_copy_highlights (LecternAnnotations *self)
{
  GPtrArray *highlights;

  g_return_val_if_fail (LECTERN_IS_ANNOTATIONS (self), NULL);

  highlights = g_ptr_array_new_full (self->items->len, (GDestroyNotify) lectern_highlight_free);
  for (guint i = 0; i < self->items->len; i++)
    g_ptr_array_add (highlights,
                     lectern_highlight_copy (((LecternAnnotation *) g_ptr_array_index (self->items, i))->highlight));

  return highlights;
}

void
lectern_annotations_add (LecternAnnotations *self,
                         LecternHighlight   *highlight)
{
  Op *op;

  g_return_if_fail (LECTERN_IS_ANNOTATIONS (self));
  g_return_if_fail (highlight != NULL && highlight->id == 0);
  g_return_if_fail (highlight->story_id == self->story->id);

  op = op_new (self, LECTERN_ANNOTATIONS_ADDED);
  op->highlight = highlight;
  /* No cancellable: a highlight the person made is written even if the
   * window closes meanwhile. */
  lectern_store_add_highlight_async (self->store, highlight, NULL, on_added_cb, op);
}

void
lectern_annotations_update (LecternAnnotations *self,
                            gint64              id,
                            const char         *color,
                            const char         *style,
                            const char         *note,
                            const char *const  *tags)
{
  lectern_annotations_update_from (self, id, 0, color, style, note, tags);
}

void
lectern_annotations_update_from (LecternAnnotations *self,
                                 gint64              id,
                                 gint64              revision,
                                 const char         *color,
                                 const char         *style,
                                 const char         *note,
                                 const char *const  *tags)
{
  LecternAnnotation *annotation;
  const LecternHighlight *base;
  LecternHighlight *copy;
  Intended *intended;
  guint fields;
  Op *op;

  g_return_if_fail (LECTERN_IS_ANNOTATIONS (self));

  annotation = g_hash_table_lookup (self->by_id, &id);
  if (annotation == NULL)
    {
      LecternHighlight *gone = g_hash_table_lookup (self->gone, &id);
      g_autoptr(LecternHighlight) edited = NULL;
      g_autoptr(LecternAnnotation) restorable = NULL;
      g_autoptr(GError) error = NULL;

      if (gone == NULL)
        return;
      /* An editor still open on a highlight another program deleted:
       * keep what the person typed, and offer to restore it. */
      edited = copy_fields (gone);
      if (color != NULL)
        set_str (&edited->color, color);
      if (style != NULL)
        set_str (&edited->style, style);
      if (note != NULL)
        set_str (&edited->note, note);
      if (tags != NULL)
        {
          g_strfreev (edited->tags);
          edited->tags = NULL;
          lectern_highlight_set_tags (edited, tags);
        }
      fields = diff_fields (gone, edited);
      if (fields == 0)
        return;
      restorable = keep_restorable (self, gone, edited, fields);
      g_hash_table_remove (self->gone, &id);
      error = g_error_new (LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_NOT_FOUND,
                           _("Highlight %" PRId64 " was deleted by another program since Lectern read "
                             "it."), id);
      g_signal_emit (self, signals[CONFLICT], 0, LECTERN_ANNOTATIONS_CHANGED, restorable, error);
      return;
    }

  /* What the edit is made over: the fields as our edits still in flight
   * will leave them, or, for an editor opened before another program's
   * change, the fields it showed. */
  intended = g_hash_table_lookup (self->intended, &id);
  base = intended != NULL ? intended->fields : annotation->highlight;
  if (revision != 0 && revision != annotation->highlight->revision)
    base = annotation->previous != NULL && annotation->previous->revision == revision
           ? annotation->previous : NULL;

  if (base == NULL)
    {
      /* Typed over a version we no longer know. */
      g_autoptr(GError) error = g_error_new (LECTERN_STORE_ERROR, LECTERN_STORE_ERROR_CHANGED,
                                             _("Highlight %" PRId64 " was changed by another program since Lectern read "
                                               "it. Reload it before changing it again."), id);
      Edit *refused = g_new0 (Edit, 1);

      refused->kind = EDIT_UPDATE;
      refused->id = id;
      refused->stash = copy_fields (annotation->highlight);
      if (color != NULL)
        set_str (&refused->stash->color, color);
      if (style != NULL)
        set_str (&refused->stash->style, style);
      if (note != NULL)
        set_str (&refused->stash->note, note);
      if (tags != NULL)
        {
          g_strfreev (refused->stash->tags);
          refused->stash->tags = NULL;
          lectern_highlight_set_tags (refused->stash, tags);
        }
      g_hash_table_replace (self->rejected, &refused->id, refused);
      g_signal_emit (self, signals[CONFLICT], 0, LECTERN_ANNOTATIONS_CHANGED, annotation, error);
      return;
    }

  /* Sent to the database thread, then shown once written. */
  copy = copy_fields (base);
  if (color != NULL)
    set_str (&copy->color, color);
  if (style != NULL)
    set_str (&copy->style, style);
  if (note != NULL)
    set_str (&copy->note, note);
  if (tags != NULL)
    {
      g_strfreev (copy->tags);
      copy->tags = NULL;
      lectern_highlight_set_tags (copy, tags);
    }
  fields = diff_fields (base, copy);
  if (fields == 0)
    {
      lectern_highlight_free (copy);
      return;
    }

  g_hash_table_remove (self->rejected, &id);
  op = op_new (self, LECTERN_ANNOTATIONS_CHANGED);
  op->id = id;
  op->fields = fields;
  op->base = copy_fields (base);
  op->highlight = lectern_highlight_copy (annotation->highlight);
  apply_fields (op->highlight, copy, FIELD_COLOR | FIELD_STYLE | FIELD_NOTE | FIELD_TAGS);
  op->highlight->revision = annotation->highlight->revision;

  /* The next edit, if asked before this one is written, builds on it. */
  if (intended == NULL)
    {
      intended = g_new0 (Intended, 1);
      intended->id = id;
      g_hash_table_insert (self->intended, &intended->id, intended);
    }
  else
    lectern_highlight_free (intended->fields);
  intended->fields = copy;
  intended->count++;

  write_checked (op, EDIT_UPDATE, on_updated_cb);
}

void
lectern_annotations_delete (LecternAnnotations *self,
                            gint64              id)
{
  LecternAnnotation *annotation;
  Op *op;

  g_return_if_fail (LECTERN_IS_ANNOTATIONS (self));

  annotation = g_hash_table_lookup (self->by_id, &id);
  if (annotation == NULL)
    return;

  op = op_new (self, LECTERN_ANNOTATIONS_DELETED);
  op->id = id;
  op->highlight = lectern_highlight_copy (annotation->highlight);
  g_hash_table_remove (self->rejected, &id);
  write_checked (op, EDIT_DELETE, on_deleted_cb);
}

gboolean
lectern_annotations_can_undo (LecternAnnotations *self)
{
  g_return_val_if_fail (LECTERN_IS_ANNOTATIONS (self), FALSE);

  return self->undo_stack->len > 0;
}

gboolean
lectern_annotations_can_redo (LecternAnnotations *self)
{
  g_return_val_if_fail (LECTERN_IS_ANNOTATIONS (self), FALSE);

  return self->redo_stack->len > 0;
}

guint
lectern_annotations_get_undo_serial (LecternAnnotations *self)
{
  g_return_val_if_fail (LECTERN_IS_ANNOTATIONS (self), 0);

  if (self->undo_stack->len == 0)
    return 0;

  return ((Edit *) g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->serial;
}

gboolean
lectern_annotations_undo (LecternAnnotations *self,
                          guint               serial)
{
  g_return_val_if_fail (LECTERN_IS_ANNOTATIONS (self), FALSE);

  if (serial != 0 && serial != lectern_annotations_get_undo_serial (self))
    return FALSE;

  return toggle (self, TRUE);
}

gboolean
lectern_annotations_redo (LecternAnnotations *self)
{
  g_return_val_if_fail (LECTERN_IS_ANNOTATIONS (self), FALSE);

  return toggle (self, FALSE);
}

guint
lectern_annotations_record_external (LecternAnnotations *self,
                                     gpointer            data,
                                     GDestroyNotify      destroy)
{
  Edit *edit;

  g_return_val_if_fail (LECTERN_IS_ANNOTATIONS (self), 0);

  edit = record_edit (self, EDIT_EXTERNAL, 0, NULL);
  edit->external = data;
  edit->external_destroy = destroy;
  return edit->serial;
}

const char *
lectern_annotations_get_story_note (LecternAnnotations *self)
{
  g_return_val_if_fail (LECTERN_IS_ANNOTATIONS (self), NULL);

  return self->story_note;
}

void
lectern_annotations_set_story_note (LecternAnnotations *self,
                                    const char         *note)
{
  g_return_if_fail (LECTERN_IS_ANNOTATIONS (self));

  if (note == NULL)
    note = "";
  if (g_strcmp0 (self->story_note, note) == 0)
    return;

  g_free (self->story_note);
  self->story_note = g_strdup (note);
  self->story_note_dirty = TRUE;
  g_clear_handle_id (&self->story_note_source, g_source_remove);
  self->story_note_source = g_timeout_add (STORY_NOTE_DELAY_MS, save_story_note_cb, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STORY_NOTE]);
}

void
lectern_annotations_flush (LecternAnnotations *self)
{
  Op *op;

  g_return_if_fail (LECTERN_IS_ANNOTATIONS (self));

  g_clear_handle_id (&self->story_note_source, g_source_remove);
  if (!self->story_note_dirty)
    return;

  self->story_note_dirty = FALSE;
  op = op_new (self, LECTERN_ANNOTATIONS_STORY_NOTE);
  op->id = self->story->id;
  op->highlight = g_new0 (LecternHighlight, 1);
  op->highlight->note = g_strstrip (g_strdup (self->story_note));
  op->expected = g_strdup (self->story_note_stored);
  /* The op is freed by the callback, after the worker ran. */
  lectern_store_run_async (self->store, set_story_note_worker, op, NULL, NULL, NULL,
                           on_story_note_saved_cb, op);
}

gboolean
lectern_annotations_get_busy (LecternAnnotations *self)
{
  g_return_val_if_fail (LECTERN_IS_ANNOTATIONS (self), FALSE);

  return self->pending > 0;
}

gboolean
lectern_annotations_keep_mine (LecternAnnotations *self,
                               gint64              id)
{
  Edit *refused;

  g_return_val_if_fail (LECTERN_IS_ANNOTATIONS (self), FALSE);

  if (id == 0)
    {
      g_autofree char *note = g_steal_pointer (&self->story_note_rejected);

      if (note == NULL)
        return FALSE;
      /* Written over the other program's note, now that it was read. */
      self->story_note_dirty = TRUE;
      set_story_note_shown (self, note);
      lectern_annotations_flush (self);
      return TRUE;
    }

  if (!g_hash_table_steal_extended (self->rejected, &id, NULL, (gpointer *) &refused))
    return FALSE;
  if (refused->kind == EDIT_UPDATE)
    lectern_annotations_update (self, id, refused->stash->color, refused->stash->style,
                                refused->stash->note, (const char *const *) refused->stash->tags);
  else if (refused->kind == EDIT_CREATE)
    {
      Op *op = op_new (self, LECTERN_ANNOTATIONS_ADDED);

      /* Back under its id, with the person's edit, as a step to undo. */
      op->id = id;
      op->highlight = g_steal_pointer (&refused->stash);
      write_checked (op, EDIT_CREATE, on_restored_cb);
    }
  else
    lectern_annotations_delete (self, id);
  edit_free (refused);

  return TRUE;
}

/* Reload: another program's changes, read on the database thread */

typedef struct
{
  gint64     story_id;
  gboolean   force;
  GPtrArray *highlights;  /* NULL when nothing changed */
  char      *story_note;
} Reload;

static void
reload_free (gpointer data)
{
  Reload *reload = data;

  g_clear_pointer (&reload->highlights, g_ptr_array_unref);
  g_free (reload->story_note);
  g_free (reload);
}

static gpointer
reload_worker (LecternStore  *store,
               gpointer       data,
               GCancellable  *cancellable,
               GError       **error)
{
  Reload *reload = data;
  gboolean changed = FALSE;

  if (!lectern_store_poll_changes_sync (store, &changed, error))
    return NULL;
  if (!changed && !reload->force)
    return reload;

  reload->highlights = lectern_store_list_highlights_sync (store, reload->story_id, error);
  if (reload->highlights == NULL)
    return NULL;
  reload->story_note = lectern_store_get_story_note_sync (store, reload->story_id, error);
  if (reload->story_note == NULL)
    return NULL;

  return reload;
}

static void
on_reloaded_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(LecternAnnotations) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) added = NULL;
  g_autoptr(GPtrArray) changed = NULL;
  g_autoptr(GPtrArray) removed = NULL;
  g_autoptr(GArray) gone = NULL;
  Reload *reload;
  gboolean note_changed = FALSE;

  self->refreshing = FALSE;
  reload = lectern_store_run_finish (LECTERN_STORE (source), result, &error);
  if (reload == NULL)
    {
      /* A poll that failed (the library busy a moment) is tried again at
       * the next one; nothing was lost. */
      g_debug ("Could not look for outside changes: %s", error->message);
      return;
    }
  if (reload->highlights == NULL)
    return;

  /* Writes of ours queued before the reload have landed already (one
   * database thread, results in order), so the rows differ only where
   * another program wrote. */
  before = lectern_annotations_list_highlights (self);
  lectern_store_diff_highlights (before, reload->highlights, &added, &changed, &removed);

  gone = g_array_sized_new (FALSE, FALSE, sizeof (gint64), removed->len);
  for (guint i = 0; i < removed->len; i++)
    g_array_append_val (gone, ((LecternHighlight *) g_ptr_array_index (removed, i))->id);
  for (guint i = 0; i < gone->len; i++)
    {
      gint64 id = g_array_index (gone, gint64, i);

      LecternHighlight *highlight;

      g_hash_table_remove (self->rejected, &id);
      highlight = take_highlight (self, id);
      if (highlight != NULL)
        g_hash_table_replace (self->gone, &highlight->id, highlight);
    }
  for (guint i = 0; i < added->len; i++)
    replace_highlight (self, lectern_highlight_copy (g_ptr_array_index (added, i)));
  for (guint i = 0; i < changed->len; i++)
    replace_highlight (self, lectern_highlight_copy (g_ptr_array_index (changed, i)));

  if (g_strcmp0 (reload->story_note, self->story_note_stored) != 0)
    {
      /* Typing not yet written wins on screen; its write will then meet
       * the other program's note and ask. */
      g_autofree char *shown = g_strstrip (g_strdup (self->story_note));
      gboolean typing = self->story_note_dirty || g_strcmp0 (shown, self->story_note_stored) != 0;

      note_changed = TRUE;
      if (!typing)
        set_story_note_shown (self, reload->story_note);
      set_str (&self->story_note_stored, reload->story_note);
    }

  if (added->len > 0 || changed->len > 0 || removed->len > 0 || note_changed)
    g_signal_emit (self, signals[RELOADED], 0, added->len, changed->len, removed->len, note_changed);
}

void
lectern_annotations_reload (LecternAnnotations *self,
                            gboolean            force)
{
  Reload *reload;

  g_return_if_fail (LECTERN_IS_ANNOTATIONS (self));

  if (self->refreshing)
    return;

  self->refreshing = TRUE;
  reload = g_new0 (Reload, 1);
  reload->story_id = self->story->id;
  reload->force = force;
  /* The result is the Reload itself, freed with the task. */
  lectern_store_run_async (self->store, reload_worker, reload, reload_free, NULL, NULL,
                           on_reloaded_cb, g_object_ref (self));
}
