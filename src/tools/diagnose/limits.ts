/** At most this many pastes are read; the rest are listed as skipped. Apart so a page can show it without loading the parsers. */
export const MAX_PASTES = 16;
