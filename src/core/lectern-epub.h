/* lectern-epub.h: EPUB books as stories
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

#include "lectern-story.h"

G_BEGIN_DECLS

/* An unsaved story from the bytes of an EPUB: chapters in spine order with
 * their structure, the book's title, author, language, date and publisher.
 * Zip bombs, entries outside the book, XML entity declarations and DRM are
 * refused with a LECTERN_SOURCE_ERROR. */
LecternStory *lectern_epub_read (const char  *data,
                                 gsize        len,
                                 const char  *source,
                                 const char  *display_name,
                                 GError     **error) G_GNUC_WARN_UNUSED_RESULT;

/* Called on the reading thread, when a book has more chapters than its
 * first ones, with an unsaved story of those: its text is the start of the
 * whole book's and its blocks are the same, so what is shown of it and
 * offsets in it stay right once the whole book is in. */
typedef void (*LecternEpubPreviewFunc) (LecternStory *preview,
                                        gpointer      user_data);

/* lectern_epub_read() that unpacks and reads the first chapters first and
 * hands them to `preview` (nullable) before reading the rest. */
LecternStory *lectern_epub_read_with_preview (const char             *data,
                                              gsize                   len,
                                              const char             *source,
                                              const char             *display_name,
                                              LecternEpubPreviewFunc  preview,
                                              gpointer                preview_data,
                                              GError                **error) G_GNUC_WARN_UNUSED_RESULT;

G_END_DECLS
