/** Strings of the share dialog and the embed code it writes (issue 7); `close` closes any dialog. */
export const shareDialogMessages = {
  shareTitle: 'Share this view',
  close: 'Close',
  linkLabel: 'Link to this view',
  embedLabel: 'Embed code for a web page',
  embedHelp:
    'Paste this into the HTML of a blog post or a course page. The frame shows the selected event, time window and filters you see now.',
  heightLabel: 'Height',
  heightPx: (px: number) => `${px} px`,
  copy: 'Copy',
  /** Names of the two Copy buttons for screen readers; each starts with the visible word. */
  copyLink: 'Copy the link',
  copyCode: 'Copy the embed code',
  copied: 'Copied',
  copyFallback: 'Selected: press Ctrl+C (⌘+C on a Mac) to copy',
  frameTitle: (title: string) => `${title}: timeline with sources`,
  /** After a title that ends in ! ? or …, where a colon would read badly. */
  frameTitleAfterMark: (title: string) => `${title} (timeline with sources)`,
  /** A timeline with no title of its own, named by its documents' titles. */
  frameTitleOfDocuments: (documents: readonly string[]) =>
    documents.length === 0
      ? 'Timeline with sources'
      : documents.length <= 2
        ? `Timeline with sources: ${documents.join(' and ')}`
        : `Timeline with sources: ${documents[0]} and ${documents.length - 1} more documents`,
} as const;
