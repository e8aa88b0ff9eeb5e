/** Strings of the `<sourceline-timeline>` custom element, which has a script of its own (issue 7). */
export const elementMessages = {
  elementLoading: 'Loading the timeline…',
} as const;
