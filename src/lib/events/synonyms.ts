/**
 * Verbs (and their nouns) that sources use for one happening: "the talks failed" and "the talks
 * collapsed" tell the same thing. Each class meets in one key term, so two clauses that say it in
 * different words still share it. Deliberately small: only words with one sense in a timeline
 * ("conclude" is both "end" and "sign", "open" both "begin" and "inaugurate": left out), and only
 * classes whose members a source would swap for one another. Sharing the verb is never enough by
 * itself: the merge rule still asks for a second shared term ("talks").
 */
const CLASSES: readonly (readonly string[])[] = [
  'fail failed failing fails failure collapse collapsed collapses break_down broke_down broken_down breaks_down breakdown',
  'begin began begun beginning begins start started starting starts commence commenced commences',
  'end ended ending ends finish finished finishes cease ceased ceases',
  'close closed closes closing closure shut shuts shut_down shuts_down shutdown',
  'die died dies dying perish perished pass_away passed_away',
  'win wins won winning defeat defeated defeats',
  'capture captured captures seize seized seizes seizure',
  'found founded founding establish established establishes',
].map((words) => words.split(' ').map((w) => w.replace('_', ' ')));

/** Lower-case word or two-word phrase ("_" above) -> the first word of its class. */
const CLASS_OF = new Map(CLASSES.flatMap((words) => words.map((w) => [w, words[0]] as const)));
/** First words of the two-word phrases ("broke" of "broke down"). */
const PHRASE_HEADS = new Set(
  CLASSES.flat()
    .filter((w) => w.includes(' '))
    .map((w) => w.split(' ')[0]),
);

/** The class of a lower-case word or two-word phrase ("broke down"); undefined when none. */
export function findSynonymClass(words: string): string | undefined {
  return CLASS_OF.get(words);
}

/** True when a lower-case word opens a two-word phrase of a class ("broke" of "broke down"). */
export function startsPhrase(word: string): boolean {
  return PHRASE_HEADS.has(word);
}
