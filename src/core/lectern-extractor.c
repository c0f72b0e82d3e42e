/* lectern-extractor.c: PLACEHOLDER until the extractor lands; finds nothing. */

#define G_LOG_DOMAIN "lectern-extractor"

#include "config.h"

#include "lectern-extractor.h"

struct _LecternExtractor
{
  int unused;
};

G_DEFINE_QUARK (lectern-extractor-error-quark, lectern_extractor_error)

LecternExtractor *
lectern_extractor_new (const char  *model_path,
                       GError     **error)
{
  return g_new0 (LecternExtractor, 1);
}

LecternExtractor *
lectern_extractor_get_default (GError **error)
{
  static LecternExtractor *extractor;

  if (g_once_init_enter (&extractor))
    g_once_init_leave (&extractor, lectern_extractor_new (NULL, NULL));

  return extractor;
}

void
lectern_extractor_free (LecternExtractor *self)
{
  g_free (self);
}

const char *
lectern_extractor_get_version (LecternExtractor *self)
{
  return "placeholder";
}

GPtrArray *
lectern_extractor_extract (LecternExtractor     *self,
                           const char           *text,
                           GCancellable         *cancellable,
                           LecternProgressFunc   progress,
                           gpointer              progress_data,
                           GError              **error)
{
  return g_ptr_array_new_with_free_func ((GDestroyNotify) lectern_entity_free);
}
