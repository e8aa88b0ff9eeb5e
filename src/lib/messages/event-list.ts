/** Strings of the list view (issue 6). */
export const eventListMessages = {
  listHeading: 'Events in time order',
  noMatches: 'No event matches. Clear the search or show more documents.',
} as const;
