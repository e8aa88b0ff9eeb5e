import { describe, expect, it } from 'vitest';
import { makeTitle, type TitleContext } from './titles';

/** Blanks `dates` of `text` (each found once) with spaces, as the events stage hands clauses over. */
function blank(text: string, dates: readonly string[]): string {
  return dates.reduce((out, date) => {
    const at = out.indexOf(date);
    return out.slice(0, at) + ' '.repeat(date.length) + out.slice(at + date.length);
  }, text);
}

/** A clause with its date blanked (and the candidate's `others`), as the events stage hands it over. */
function title(
  sentence: string,
  date: string,
  context: Omit<TitleContext, 'otherDates'> = {},
  others: readonly string[] = [],
): string {
  return makeTitle(blank(sentence, [date, ...others]), sentence.indexOf(date), {
    ...context,
    otherDates: others.map((other) => sentence.indexOf(other)),
  });
}

describe('makeTitle', () => {
  it('mends the article of a dropped judging word, and leaves other articles alone', () => {
    const sentence =
      'The Fed raised rates, capping an aggressive campaign that began in March 2022.';
    expect(title(sentence, 'March 2022')).toBe('Capping a campaign that began');
    expect(title('Rebels launched an aggressive offensive in 1968.', '1968')).toBe(
      'Rebels launched an offensive',
    );
    expect(title('It was an hour of reckoning in 1968 for a university.', '1968')).toBe(
      'Hour of reckoning for a university',
    );
  });

  it('dates what its sentence said before when the clause ends the sentence with only its date', () => {
    expect(
      title('probably in September.', 'September', {
        lead: 'She said she expected only one cut in 2024, '.replace('2024', '    '),
      }),
    ).toBe('Expected only one cut');
  });

  it('finds the subject before an aside when the clause begins with its verb', () => {
    expect(
      title('The transit strike, the longest in the city’s history, ended on Friday.', 'Friday'),
    ).toBe('Transit strike ended');
    expect(
      title('The schools, which had closed in March, reopened in June.', 'June', {}, ['March']),
    ).toBe('Schools reopened');
    // A date set off by commas still dates what precedes it.
    expect(title('It was founded after the war, in 1949, in Washington.', '1949')).toBe(
      'Founded after the war',
    );
  });

  it('keeps a name that opens with a number, "new", "old", a month or a season', () => {
    const cases: [string, string, string][] = [
      ["The Seven Years' War ended in 1763.", '1763', "Seven Years' War ended"],
      ['In 1933 the New Deal was launched.', '1933', 'New Deal was launched'],
      ['The Old Bailey opened in 1673.', '1673', 'Old Bailey opened'],
      ['The Five Year Plan began in 1928.', '1928', 'Five Year Plan began'],
      ['The October Revolution broke out in 1917.', '1917', 'October Revolution broke out'],
      ['The Summer Olympics opened in 1936.', '1936', 'Summer Olympics opened'],
      // Not names: a count, a plain adjective, a time word before the subject.
      ['Seven ships sank in 1763.', '1763', 'Ships sank'],
      ['The new bridge opened in 1932.', '1932', 'Bridge opened'],
      ['Early in 1945 the Soviets reached the Oder.', '1945', 'Soviets reached the Oder'],
    ];
    for (const [sentence, date, expected] of cases) expect(title(sentence, date)).toBe(expected);
  });

  it('does not end a title with a hedge', () => {
    expect(
      title('She expected only one cut in 2024, probably in September.', '2024', {}, ['September']),
    ).toBe('Expected only one cut');
  });

  it('keeps the commas of a list that runs over several chunks', () => {
    expect(
      title('On 10 May 1940, Germany invaded France, Belgium, the Netherlands.', '10 May 1940'),
    ).toBe('Germany invaded France, Belgium, Netherlands');
  });

  it('keeps numbers with thousands separators whole', () => {
    expect(
      title('On 8 March 1965, 3,500 United States Marines were dispatched.', '8 March 1965'),
    ).toBe('3,500 United States Marines were dispatched');
  });

  it('does not cut a sentence at the initial of a name', () => {
    expect(title('In 1961, John F. Kennedy disagreed with Khrushchev.', '1961')).toBe(
      'John F. Kennedy disagreed with Khrushchev',
    );
  });

  it('drops the prepositions that belonged to the date', () => {
    expect(title('Pericles dominated politics from about 461 BC until his death.', '461 BC')).toBe(
      'Pericles dominated politics until his death',
    );
    expect(title('The budget for 2024/25 is 4.5 million pounds.', '2024/25')).toBe(
      'Budget is 4.5 million pounds',
    );
  });

  it('ends on a word, not on a comma', () => {
    const long = title(
      'In 1997, NATO invited Poland, Hungary and the Czech Republic to join talks.',
      '1997',
    );
    expect(long).not.toMatch(/[,;:]$/);
    expect(long.split(' ').length).toBeLessThanOrEqual(9);
  });
});

describe('makeTitle: one clause, not two glued', () => {
  it('titles the main clause after a fronted "when" clause, even without a comma', () => {
    expect(
      title(
        'When the old bridge collapsed in March 1967 the town started a ferry service.',
        'March 1967',
      ),
    ).toBe('Town started a ferry service');
    expect(
      title('When the mill closed in 1931, most of the workers moved to Glasgow.', '1931'),
    ).toBe('Workers moved to Glasgow');
  });

  it('titles the subordinate clause the date belongs to, without its subordinator', () => {
    expect(
      title('Because the harvest failed in 1846 many families left for America.', '1846'),
    ).toBe('Harvest failed');
  });

  it('drops a subordinate clause after the date ("as", "after", "if" with a clause)', () => {
    expect(
      title('The museum closed its doors on 2 May 2011 as visitor numbers fell.', '2 May 2011'),
    ).toBe('Museum closed its doors');
    expect(
      title(
        'Trains stopped running on 4 January 1998 after an ice storm damaged the lines.',
        '4 January 1998',
      ),
    ).toBe('Trains stopped running');
    expect(
      title('A spokesman said the line would reopen on 9 June if the repairs went well.', '9 June'),
    ).toBe('Spokesman said the line would reopen');
  });

  it('drops a coordinate clause with a subject of its own', () => {
    expect(title('The band released its first album in 1994 and critics ignored it.', '1994')).toBe(
      'Band released its first album',
    );
  });

  it('leaves to the next date what comes after the last "and" of a clause cut at that date', () => {
    // The clause of "1902" ends where "1951" begins.
    expect(title('The library opened in 1902 and was rebuilt in ', '1902')).toBe('Library opened');
  });

  it('does so when the next date needs no preposition ("two years later", "between")', () => {
    // The clause of "218 BC" ends where "two years later" begins; the sentence goes on after it.
    const rest = { rest: '               .' };
    expect(title('Hannibal crossed the Alps in 218 BC and won at Cannae ', '218 BC', rest)).toBe(
      'Hannibal crossed the Alps',
    );
    expect(
      title('The ruins were drawn by Samuel Buck in 1731 and excavated ', '1731', {
        rest: '                      .',
      }),
    ).toBe('Ruins were drawn by Samuel Buck');
    // A clause that ends with its sentence is whole.
    expect(title('The fort was built in 1731 and excavated.', '1731')).toBe(
      'Fort was built and excavated',
    );
  });

  it('drops the "on", "in" and "evening" of the other dates of the same event', () => {
    expect(
      title(
        'KIRKWALL, 3 May 2021 - The council closed the pier on Monday evening after a crane fell.',
        '3 May 2021',
        {},
        ['Monday'],
      ),
    ).toBe('Council closed the pier');
  });

  it('keeps a date set in brackets where it was', () => {
    expect(
      title(
        'After years of talks about a harbour wall and a second pier, the town built a lighthouse (1887) on the point.',
        '1887',
      ),
    ).toBe('Town built a lighthouse on the point');
  });

  it('skips an aside between a subject and its verb', () => {
    expect(
      title('In 2015, the city, through a new bond, has rebuilt its tram lines.', '2015'),
    ).toBe('City has rebuilt its tram lines');
  });
});

describe('makeTitle: a subject for the headline', () => {
  it('puts the subject a pronoun stands for in its place, from the same sentence', () => {
    expect(
      title(
        'The settlers crossed the river at dawn, and on 3 May 1805 they founded a town at Redbank.',
        '3 May 1805',
      ),
    ).toBe('Settlers founded a town at Redbank');
  });

  it('puts the subject a pronoun stands for in its place, from the sentence before', () => {
    expect(
      title('In 930 they founded the Althing.', '930', {
        previous: 'The Norse settlers reached Iceland around 870.',
      }),
    ).toBe('Norse settlers founded the Althing');
    expect(
      title('Since 2015 it has made only electric tools.', '2015', {
        previous: 'The company went public in 1987.',
      }),
    ).toBe('Company has made only electric tools');
  });

  it('gives a clause joined by "and" the subject of the clause before', () => {
    expect(makeTitle(' and was rebuilt in     .', 20, { lead: 'The library opened in     ' })).toBe(
      'Library was rebuilt',
    );
  });

  it('leaves a pronoun alone when what it stands for is not clear', () => {
    const previous = 'After Pierre left the firm in 1905, she opened a bakery.';
    expect(title('In 1911 she sold the bakery.', '1911', { previous })).toBe('Sold the bakery');
    expect(
      title('In 1911 she sold the bakery.', '1911', {
        previous: 'The Smith brothers opened a bakery.',
      }),
    ).toBe('Sold the bakery');
  });

  it('reads the rest of the sentence when the clause holds nothing but its date', () => {
    expect(makeTitle('               , in ', 0, { rest: '    , the rebels left the city.' })).toBe(
      'Rebels left the city',
    );
  });
});

describe('makeTitle: words', () => {
  it('keeps "until" and the date when the date ends what the clause tells', () => {
    expect(title('The eastern empire lasted until 1453.', '1453', { dateText: '1453' })).toBe(
      'Eastern empire lasted until 1453',
    );
  });

  it('keeps the particle of a phrasal verb', () => {
    expect(title('The rebels gave up in May 1920.', 'May 1920')).toBe('Rebels gave up');
  });

  it('ends the title where a judging word was its verb', () => {
    expect(
      title('In May 1921 the striking dockers of Leith were humiliating the owners.', 'May 1921'),
    ).toBe('Striking dockers of Leith');
  });
});

describe('makeTitle: who did what, without stray fragments', () => {
  it('starts at the main clause, not at a phrase set before it that lost its preposition', () => {
    expect(
      title(
        'On 10 March 1905 after three weeks of fighting, General Kuropatkin decided to withdraw.',
        '10 March 1905',
      ),
    ).toBe('General Kuropatkin decided to withdraw');
    expect(
      title(
        'In 481 BC, after roughly four years of preparation, Xerxes began to muster the troops.',
        '481 BC',
      ),
    ).toBe('Xerxes began to muster the troops');
    expect(title('Under Kessler the company bought three rivals in 2015.', '2015')).toBe(
      'Company bought three rivals',
    );
    expect(
      title(
        'Two years ago, by contrast, several members had pushed for larger increases.',
        'Two years ago',
      ),
    ).toBe('Several members had pushed for larger increases');
  });

  it('keeps a place name cut by its comma, and drops what a relative date counts from', () => {
    expect(
      title(
        'Liberty Arsenal in Liberty, Missouri was seized eight days after Fort Sumter.',
        'eight days after',
        { dateText: 'eight days after' },
      ),
    ).toBe('Liberty Arsenal in Liberty, Missouri was seized');
  });

  it('never ends inside a bracket or a quote the clause does not close', () => {
    expect(title('- The 2038 overflow in the legacy reader (reported ', '2038')).toBe(
      'Overflow in the legacy reader',
    );
    expect(
      title(
        'In a speech on 10 September, Petraeus "envisioned the withdrawal of troops by ',
        '10 September',
      ),
    ).toBe('Petraeus envisioned the withdrawal of troops');
  });

  it('reads on after a bracket that the clause was cut in', () => {
    const rest = '9:34 p.m., March 19 EST) the military invasion of Iraq began.';
    expect(
      title(
        'At 5:34 AM Baghdad time on March 20, 2003 (',
        '5:34 AM',
        {
          rest: blank(rest, ['9:34 p.m.', 'March 19']),
        },
        ['March 20, 2003'],
      ),
    ).toBe('Military invasion of Iraq began');
  });

  it('keeps a date that is the subject of its clause', () => {
    expect(
      title('2007 saw a sharp increase in chlorine bombings.', '2007', { dateText: '2007' }),
    ).toBe('2007 saw a sharp increase in chlorine bombings');
  });

  it('finds the name a pronoun stands for past the same pronoun and other subjects', () => {
    expect(
      title('Under pressure from Washington, however, he changed this policy in 1969.', '1969', {
        previous:
          'The communists used Cambodian soil as a base and Sihanouk tolerated their presence, because he wished to avoid a war.',
      }),
    ).toBe('Sihanouk changed this policy');
    expect(
      title(
        'For months, several Northern governors had readied their militias; they began to move forces the next day.',
        'the next day',
      ),
    ).toBe('Several Northern governors began to move forces');
  });

  it('takes the subject from the sentence before the clause when the clause starts with its verb', () => {
    expect(
      title(', however, revealed that there was no attack on 4 August.', '4 August', {
        lead: 'An undated NSA publication declassified in     ',
      }),
    ).toBe('Undated NSA publication revealed that there was no attack');
  });

  it('gives a relative clause the noun it tells of', () => {
    expect(
      title('Redmoor, who won the league in 2021, have now lost four of their last six.', '2021'),
    ).toBe('Redmoor won the league');
  });

  it('titles a clause of its own after "and", not the clause before it', () => {
    expect(
      title(
        ' left her unable to write, and she died in Stockholm the next year.',
        'the next year',
        {
          lead: 'A stroke in the summer of      ',
        },
      ),
    ).toBe('Died in Stockholm');
  });

  it('cuts a long title where a phrase ends, not after an adjective or inside "in order to"', () => {
    expect(
      title(
        'The Athenians were thus able to return to their burnt-out city for the winter.',
        'the winter',
      ),
    ).toBe('Athenians were thus able to return');
    expect(
      title(
        'On January 31, Iraqis elected the Iraqi Transitional Government in order to draft a constitution.',
        'January 31',
      ),
    ).toBe('Iraqis elected the Iraqi Transitional Government');
  });
});

describe('makeTitle: the clause the date belongs to', () => {
  it('gives a verb joined by "and" the subject of the first, past an adjective', () => {
    const sentence =
      'The old harbour wall was begun in the spring of 1821 and finished in the autumn of 1824.';
    const at = sentence.indexOf(' and finished');
    const clause = blank(sentence, ['the spring of 1821', 'the autumn of 1824']);
    expect(
      makeTitle(clause.slice(at), sentence.indexOf('the autumn') - at, {
        lead: clause.slice(0, at),
      }),
    ).toBe('Harbour wall finished');
  });

  it('titles a clause after a semicolon that has its own subject, not the clause before', () => {
    const sentence =
      'In December 1898 the Curies announced the discovery of radium; polonium had been announced that July.';
    const at = sentence.indexOf(' the Curies');
    const clause = blank(sentence, ['December 1898', 'July']);
    expect(
      makeTitle(clause.slice(at), sentence.indexOf('July') - at, { lead: clause.slice(0, at) }),
    ).toBe('Polonium had been announced');
  });

  it('gives a participle phrase after a state the noun it tells of', () => {
    expect(
      title('For centuries the only way across was a ferry, first recorded in 1284.', '1284'),
    ).toBe('Ferry first recorded');
  });

  it('drops who tells it whole ("according to legend")', () => {
    expect(title('753 BC: Rome founded, according to legend.', '753 BC')).toBe('Rome founded');
  });

  it('titles the "when" clause after a date that is a noun, not after the time of a clause', () => {
    const sentence =
      'Some prefer 410, when the Visigoths sacked the city; others, 1453, when Constantinople fell to the Ottomans.';
    expect(title(sentence, '1453', {}, [])).toBe('Constantinople fell to the Ottomans');
    expect(title(sentence, '410')).toBe('Visigoths sacked the city');
    expect(title('The war ended in 1945, when Japan surrendered.', '1945')).toBe('War ended');
  });

  it('leaves the verb after a participle aside to the date of its own', () => {
    // The clause of "1850" ends where "1970" begins.
    expect(title('The old bridge, built in 1850, was replaced in ', '1850')).toBe('Bridge built');
  });

  it('gives a subject set off by an aside its verb', () => {
    expect(title('476: The last western emperor, Romulus Augustulus, is deposed.', '476')).toBe(
      'Western emperor, Romulus Augustulus is deposed',
    );
  });
});

describe('makeTitle: a subject named earlier', () => {
  it('reads "it" as a named thing of the sentence before ("The Treaty of ...")', () => {
    expect(
      title('It entered into force on 24 August 1949.', '24 August 1949', {
        previous: 'The Treaty of Example was signed on 4 April 1949 in Washington, D.C.',
      }),
    ).toBe('Treaty of Example entered into force');
  });

  it('finds the one person the paragraph names, further back than the sentence before', () => {
    const earlier = 'Lindqvist was born in Uppsala, the third of five children of a schoolteacher.';
    const previous = 'She learned to read at four.';
    expect(title('In 1921 she entered Uppsala University.', '1921', { earlier, previous })).toBe(
      'Lindqvist entered Uppsala University',
    );
    // Another name came after it: "he" may be either.
    expect(
      title('In 1863 he was humiliated at Chancellorsville.', '1863', {
        earlier: 'Burnside was soon defeated at Fredericksburg. Burnside was replaced by Hooker.',
        previous: 'Hooker, too, proved unable to defeat Lee.',
      }),
    ).toBe('Humiliated at Chancellorsville');
  });

  it('takes no "Little" for a person, nor a "where" clause into the title', () => {
    expect(
      title(
        'By 1440 he was in Strasbourg, where he seems to have experimented with printing.',
        '1440',
        {
          earlier: 'Johannes Gutenberg was born in Mainz around  .',
          previous: 'Little is known of his early life.',
        },
      ),
    ).toBe('Johannes Gutenberg was in Strasbourg');
  });
});
