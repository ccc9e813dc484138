/** The view on screen: the explorer keeps it in the address's query string (see url-state). */
export const currentViewState = (): string => window.location.search.replace(/^\?/, '');

/** Where a saved view opens: the explorer at that query string; loading it restores the view. */
export const viewHref = (state: string): string => `${window.location.pathname}?${state}`;

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A stored time (ISO 8601) as the reader's locale writes it. */
export const formatSavedAt = (iso: string): string => WHEN.format(new Date(iso));
