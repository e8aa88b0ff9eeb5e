import { describe, expect, it } from 'vitest';
import { findAuthorCitations, readAuthorCitation } from './author-citations';

/** Reads the year marked with braces in `marked`: "(Kwok, {2018})". */
function readMarked(marked: string) {
  const start = marked.indexOf('{');
  const text = marked.replace(/[{}]/g, '');
  return readAuthorCitation(text, start, start + 4);
}

describe('readAuthorCitation', () => {
  it.each([
    // Bracketed, with what shows a citation for sure.
    ['strong', 'records began in 1979 (Stroeve et al., {2012}).'],
    ['strong', '(Stroeve et al. {2012})'],
    ['strong', '(Maslanik and Fowler, {2007}; Rigor 2004)'],
    ['strong', '(Maslanik and Fowler, 2007; Rigor {2004})'],
    ['strong', '(Huss & Hock {2015})'],
    ['strong', '(Paul, {2019}, p. 12)'],
    ['strong', '(Paul, {2019}, pp. 12–14)'],
    ['strong', '(Glamos, {2020}: 44–46)'],
    ['strong', '(see Paul, {2019})'],
    ['strong', '(e.g. Paul {2019})'],
    ['strong', '(e.g., Paul {2019})'],
    ['strong', '(cf. Bauder et al. {2021}; also Müller und Schmidt, 2022)'],
    ['strong', '(Oerlemans, {2005}, 2006)'],
    ['strong', '(Müller u. a., {2010})'],
    ['strong', '(Dupont et Durand, {2010})'],
    ['strong', '[Kellerer-Pirklbauer et al. {2017}]'],
    // Narrative, with what shows a citation for sure.
    ['strong', 'Stroeve et al. ({2012}) found'],
    ['strong', "Haeberli's ({2015}) study"],
    ['strong', 'Haeberli’s ({2015}) careful review'],
    ['strong', 'According to Dyurgerov ({2002}), the trend'],
    ['strong', 'as shown by Vincent et al. ({2017}).'],
    ['strong', 'Kwok ({2018}, p. 3) notes'],
    ['strong', 'See Kwok ({2018}).'],
    // A lone surname: it could name a place or a ruler, so it needs evidence from the document.
    ['weak', '(Kwok, {2018})'],
    ['weak', '(Rigor {2004})'],
    ['weak', '(IPCC, {2021})'],
    ['weak', '(van der Veen, {1999})'],
    ['weak', "(O'Brien {2001})"],
    ['weak', '(Kwok, {2018}; Rigor 2004)'],
    ['weak', 'As Kwok ({2018}) showed, the ice'],
    ['weak', 'Maslanik and Fowler ({2007}) found'],
    ['weak', 'Kwok ({2018}) and Stroeve et al. (2012) found'],
    ['weak', 'Kwok ({2018}) has also argued'],
  ])('reads a citation as %s: %s', (strength, marked) => {
    expect(readMarked(marked)).toBe(strength);
  });

  it.each([
    'the Battle of the Marne ({1914}) stopped the advance',
    'the Treaty of Paris ({1763})',
    'the Treaty of Paris ({1763}) showed',
    'Napoleon ({1769}–1821)',
    'Queen Victoria (reigned {1837}–1901)',
    'Queen Victoria ({1837}) was crowned',
    'Victoria ({1837}) was only eighteen',
    'Bismarck ({1871}) proclaimed the Empire',
    'the Congress of Vienna ({1815})',
    'the pope crowned Napoleon ({1804}) emperor',
    'the guillotine was first used in Paris ({1792})',
    "Tutankhamun's tomb was found by Carter ({1922})",
    'the years following Waterloo ({1815})',
    "Lincoln's ({1860}) victory",
    '(Treaty of Paris, {1763})',
    '(New York, {1990})',
    '(AD {1066})',
    '(Summer {1944})',
    '(born {1902})',
    '(from 1939 to {1945})',
    'the war ended in {1945} (Kwok, 2018)',
  ])('leaves a year of the story alone: %s', (marked) => {
    expect(readMarked(marked)).toBeNull();
  });

  // Every author form in every citation style, and every name of a thing in every narrative form.
  const authors = [
    'Kwok',
    'Stroeve et al.',
    'Maslanik and Fowler',
    'Huss & Hock',
    'van der Veen',
    "O'Brien",
    'Kellerer-Pirklbauer',
  ];
  const bracketed = [
    '(<a>, <y>)',
    '(<a> <y>)',
    '(<a>, <y>, p. 12)',
    '(see <a>, <y>)',
    '(e.g. <a> <y>)',
    '(<a>, <y>; Rigor 2004)',
  ];
  const narrative = [
    '<a> (<y>) showed that',
    'According to <a> (<y>), the ice',
    'as described by <a> (<y>).',
  ];
  const cite = (form: string, author: string) =>
    form.replace('<a>', author).replace('<y>', '{2012}');
  it('reads every author in every citation style as a citation', () => {
    for (const author of authors)
      for (const form of [...bracketed, ...narrative])
        expect(readMarked(cite(form, author)), cite(form, author)).not.toBeNull();
  });

  const things = [
    'the Battle of the Marne',
    'the Treaty of Paris',
    'Queen Victoria',
    'the Siege of Leningrad',
    'King George',
    'the Congress of Vienna',
  ];
  const told = [
    '<t> (<y>) ended the war',
    '<t> (<y>) showed that',
    '<t> (<y>–1918) began',
    'after <t> (<y>),',
  ];
  it('reads no name of a battle, treaty or ruler with its year as a citation', () => {
    for (const thing of things)
      for (const form of told) {
        const marked = form.replace('<t>', thing).replace('<y>', '{1914}');
        expect(readMarked(marked), marked).toBeNull();
      }
  });
});

describe('findAuthorCitations', () => {
  const at = (text: string, year: string) => ({
    start: text.indexOf(year),
    end: text.indexOf(year) + 4,
  });
  const found = (text: string, years: string[], listsSources = false) => {
    const mentions = years.map((y) => at(text, y));
    const cited = findAuthorCitations(text, mentions, listsSources);
    return years.filter((_, i) => cited.has(mentions[i]));
  };

  it('counts a lone name and year only where the document cites for sure or lists sources', () => {
    const lone = 'The conference met in 1919 (Paris, 1920).';
    expect(found(lone, ['1919', '1920'])).toEqual([]);
    expect(found(lone, ['1919', '1920'], true)).toEqual(['1920']);
    const paper = `${lone} Ice thinned (Stroeve et al., 2012).`;
    expect(found(paper, ['1919', '1920', '2012'])).toEqual(['1920', '2012']);
  });
});
