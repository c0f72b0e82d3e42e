/* lectern-quotes-actions.c: the quotes.* actions on the open story's
 * quotations: highlight one in a step, give it another speaker (or
 * nobody), or say it is not a quotation.
 *
 * The Quotes page owns them: its rows and their menus are the only things
 * that use them, so the group is the page's (inserted on it, see
 * lectern_quotes_page_get_actions()); the window fills it, here. A quotation is
 * named by its span, (start, end) in characters of the story; the
 * corrections join the window's one history (lectern-window-quotes.c).
 *
 * SPDX-FileCopyrightText: 2026 The Lectern authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lectern-window"

#include "config.h"

#include "lectern-window.h"
#include "lectern-window-private.h"

static void
highlight_action (GSimpleAction *action,
                  GVariant      *parameter,
                  gpointer       user_data)
{
  gint64 start, end;

  g_variant_get (parameter, "(xx)", &start, &end);
  lectern_window_highlight_quote (user_data, start, end);
}

static void
speaker_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  const char *speaker;
  gint64 start, end;

  g_variant_get (parameter, "(xx&s)", &start, &end, &speaker);
  lectern_window_correct_quote_speaker (user_data, start, end, speaker);
}

static void
not_action (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       user_data)
{
  gint64 start, end;

  g_variant_get (parameter, "(xx)", &start, &end);
  lectern_window_correct_not_quote (user_data, start, end);
}

static const GActionEntry quotes_entries[] = {
  { "highlight", highlight_action, "(xx)" },
  { "speaker", speaker_action, "(xxs)" },
  { "not", not_action, "(xx)" },
};

void
lectern_quotes_actions_init (LecternWindow *self)
{
  g_action_map_add_action_entries (lectern_quotes_page_get_actions (self->quotes_page),
                                   quotes_entries, G_N_ELEMENTS (quotes_entries), self);
}
