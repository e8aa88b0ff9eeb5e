/**
 * The words of author-year citations ("Stroeve et al., 2012", "Maslanik and Fowler (2007) found"):
 * regular-expression sources for the authors, the years and the page after them, and the words
 * that tell a name before "(2018)" cites a work rather than names a battle, a treaty or a queen.
 */

/** One capitalised word of a surname: "Kwok", "McDonald", "O'Brien", "Kellerer-Pirklbauer", "IPCC". */
const SURNAME_WORD = String.raw`\p{Lu}(?:\p{L}|['’](?=\p{Lu}))*(?:-\p{Lu}\p{L}*)*`;
/** Particles that open a surname: "van der Veen", "de Vries", "von Humboldt", "Le Pichon". */
const PARTICLE = String.raw`(?:[Vv]an|[Vv]on|der|den|[Dd]e|[Dd]el|[Dd]ella|[Dd]i|[Dd]a|[Dd]u|des|dos|das|[Ll]a|[Ll]e|ter|ten|zu)`;
const SURNAME = String.raw`(?:${PARTICLE}\s+){0,2}${SURNAME_WORD}`;
/** "et al." and its German form "u. a.": the rest of a team. */
const OTHERS = String.raw`(?:et\s+al\.?|u\.\s?a\.)`;

/**
 * The authors of a citation: one surname, a team ("Stroeve et al."), or two or more surnames
 * joined by "and" / "&" (or, inside brackets, "und", "et", "y", "e", "en", "och", "og", "i").
 */
export function authorsPattern(joiners: 'narrative' | 'bracketed'): string {
  const join =
    joiners === 'narrative' ? String.raw`(?:and|&)` : String.raw`(?:and|&|und|et|y|e|en|och|og|i)`;
  return String.raw`${SURNAME}(?:\s+${OTHERS}|(?:\s*,\s*${SURNAME})*\s*,?\s+${join}\s+${SURNAME})?`;
}

/** A year of publication, with a letter that tells two works of one year apart ("2005a"). */
const YEAR = String.raw`\d{4}[a-z]?`;
/** Years of works of the same authors: "2012", "2005a, 2005b", "2005a, b", "2010, 2014". */
export const YEARS = String.raw`${YEAR}(?:\s*,\s*(?:${YEAR}|[a-z])(?![\p{L}\d.]))*`;
/** Where in the work: "p. 12", "pp. 12–14", ": 44–46", "ch. 3", "fig. 2". */
export const LOCATOR = String.raw`(?:\s*:\s*\d+|\s*,\s*(?:pp?|ch|chap|chapter|fig|figs|figure|tab|table|para|sec|vol|s|S|§)\.?\s*[\dIVXLivxl]+)(?:\s*[-–—]\s*\d+)?(?:\s*ff?\.)?`;
/** Words that open a bracketed citation: "(see Paul, 2004)", "(e.g. Huss & Hock 2015)". */
export const LEAD_IN = String.raw`(?:(?:[Ss]ee(?:\s+also)?|[Bb]ut\s+see|e\.\s?g\.|i\.\s?e\.|[Cc]f\.|[Cc]ompare|also|[Ff]or\s+(?:example|instance)|(?:reviewed|cited|quoted)\s+in|reviewed\s+by)\s*,?\s+)`;

/**
 * Capitalised words that are no surname where a citation's authors stand: "(AD 1066)",
 * "(Summer 1944)", "(Born 1902)".
 */
const NOT_SURNAMES = new Set(
  `ad bc ce bce ca circa c the a an in on at by of from since until till before after about around
  born died reigned ruled founded published built est fl january february march april may june july
  august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
  spring summer autumn fall winter monday tuesday wednesday thursday friday saturday sunday
  vol volume no number book part chapter figure table page edition`.split(/\s+/),
);

/** True when no capitalised word of `authors` is a word that is never a surname. */
export function namesAuthors(authors: string): boolean {
  const capitals = authors.match(/\p{Lu}[\p{L}'’-]*/gu) ?? [];
  return capitals.length > 0 && capitals.every((w) => !NOT_SURNAMES.has(w.toLowerCase()));
}

/**
 * Words that may stand right before the authors of "Kwok (2018) showed": lower-case words, and
 * capitalised words that open a sentence without naming anyone ("As Kwok", "In Huss"). Any other
 * capitalised word makes the name longer: "Queen Victoria (1837)", "Battle of the Marne (1914)".
 */
export const NAME_OPENERS = new Set(
  `as in by see unlike like following according while whereas although though but however thus
  recently later earlier here then both also and since yet similarly indeed cf`.split(/\s+/),
);

/** Words before a name that make it a name of something, not of an author: "the Marne (1914)". */
export const NAME_ARTICLES = new Set(['the', 'of', 'a', 'an']);

/**
 * What authors do in a work, after "Kwok (2018)": "showed", "has argued", "also found". A verb of
 * deeds ("proclaimed", "crossed", "was crowned") leaves the year a date of the story.
 */
const REPORTING = String.raw`(?:show|shows|showed|shown|find|finds|found|argue|argues|argued|report|reports|reported|suggest|suggests|suggested|note|notes|noted|observe|observes|observed|propose|proposes|proposed|demonstrate|demonstrates|demonstrated|conclude|concludes|concluded|estimate|estimates|estimated|describe|describes|described|claim|claims|claimed|measure|measures|measured|model|models|modelled|modeled|review|reviews|reviewed|discuss|discusses|discussed|examine|examines|examined|analyse|analyses|analysed|analyze|analyzes|analyzed|investigate|investigates|investigated|document|documents|documented|identify|identifies|identified|present|presents|presented|compare|compares|compared|calculate|calculates|calculated|predict|predicts|predicted|project|projects|projected|explain|explains|explained|define|defines|defined|term|terms|termed|coin|coins|coined|contend|contends|contended|assert|asserts|asserted|maintain|maintains|maintained|emphasi[sz]e|emphasi[sz]es|emphasi[sz]ed|hypothesi[sz]e|hypothesi[sz]es|hypothesi[sz]ed|confirm|confirms|confirmed|replicate|replicates|replicated|use|uses|used|develop|develops|developed|point(?:s|ed)?\s+out|put\s+forward)`;
/** Between the citation and its verb: "has", "have also", "first", "convincingly". */
const BEFORE_VERB = String.raw`(?:(?:has|have|had|also|first|later|further|recently|previously|subsequently|similarly|\p{Ll}+ly)\s+){0,2}`;
/** After the citation (and any cited with it): the verb that reports the work. */
export const REPORTED_AFTER = new RegExp(String.raw`^\s*,?\s*${BEFORE_VERB}${REPORTING}\b`, 'u');

/** Verbs of a work that name its authors after "by": "as shown by Vincent et al. (2017)". */
const REPORTED_BY = String.raw`(?:shown|reported|suggested|noted|observed|proposed|demonstrated|described|argued|estimated|documented|reviewed|discussed|defined|coined|termed|measured|modelled|modeled|analysed|analyzed|summari[sz]ed|cited|quoted)`;

/**
 * Before the authors: "according to", "see", "cf.", "as shown by", "reviewed in", "the study by".
 * Not "used in Paris (1792)" nor "found by Carter (1922)": deeds, not reports.
 */
export const CITED_BEFORE = new RegExp(
  String.raw`(?:\b[Aa]ccording\s+to|\b[Ss]ee(?:\s+also)?|\b[Cc]f\.|\b${REPORTED_BY}\s+(?:by|in)|\b(?:work|study|review|analysis|reanalysis|model|estimates?)\s+by)\s+$`,
  'u',
);

/** Works an author's year may stand before: "Haeberli's (2015) review". */
export const WORK_AFTER = new RegExp(
  String.raw`^\s*(?:\p{Ll}+\s+)?(?:study|studies|work|works|review|analysis|analyses|model|paper|survey|data|dataset|account|book|article|findings|results|argument|theory|estimates?|reconstruction|framework|method|approach|classification|definition|hypothesis|experiment|measurements|observations|simulations|index|scale|thesis|report|essay|monograph|edition|translation|interpretation|critique|overview|synthesis|compilation|record)\b`,
  'u',
);
