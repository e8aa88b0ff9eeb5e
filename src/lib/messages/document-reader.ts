/** Strings of the reader of one document, with its date mentions marked (issue 6). */
export const documentReaderMessages = {
  closeReader: 'Close the document',
  source: 'Source',
  kind: 'Kind',
  mentionOfEvent: (text: string, title: string) => `${text}: ${title}`,
  mentionUnplaced: (text: string) => `${text}: not on the timeline`,
  unplaced: (text: string, reason: string) => `“${text}” is not on the timeline: ${reason}.`,
  unplacedReasons: {
    hidden: 'an editor kept it off',
    vague: 'it is too vague to place',
    'title-of-work': 'it is part of the title of a work',
    duration: 'it is a length of time, not a date',
    set: 'it is a repeating time, not a date',
    time: 'it is a time of day',
    'not-an-event': 'it dates a state or what the document covers, not a happening',
    reference: 'it dates a source the document cites, or the document itself',
    comparison: 'it is what the sentence measures against ("the best since 2019"), not a happening',
  } as Record<string, string>,
} as const;
