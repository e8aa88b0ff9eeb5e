/** Strings of presentation mode once it is open: its slides and controls (issue 7). */
export const presentationMessages = {
  presentation: 'Presentation',
  slide: 'Slide',
  slideCounter: (n: number, total: number) => `${n} / ${total}`,
  titleSlide: 'Title',
  previous: 'Previous',
  next: 'Next',
  play: 'Play',
  pause: 'Pause',
  pace: 'Seconds per slide',
  exit: 'Leave presentation (Esc)',
  exitShort: 'Exit',
  documentsLine: (documents: number, events: number) =>
    `${documents === 1 ? '1 document' : `${documents} documents`} · ${events === 1 ? '1 event' : `${events} events`}`,
  storyOrder: 'Told in the order the editor chose.',
  timeOrder: 'Told in time order.',
  keysHelp: 'Arrows, Page Up/Down, space or swipe to move; Esc to leave.',
  source: (title: string, author?: string) => (author ? `${title}, ${author}` : title),
  moreSources: (n: number) => (n === 1 ? '1 more source' : `${n} more sources`),
  noSources: 'No source cites this event.',
  slideLabel: (n: number, total: number, title: string) => `Slide ${n} of ${total}: ${title}`,
} as const;
