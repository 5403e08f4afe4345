import { describe, expect, it } from 'vitest';
import {
  agentForms,
  everydayWordsOf,
  masculineForms,
  numberForms,
  ownWordsOf,
  readQuery,
  relatedWordsOf,
  sameWordsOf,
  spanishKey,
  synonymsOf,
} from './spanish.ts';
import { isActionWord } from './action-words.ts';
import { fold } from './text.ts';

describe('Spanish keys', () => {
  it('folds a feminine in -triz with the masculine in -tor, in either number', () => {
    const key = spanishKey('actor');
    for (const word of ['actriz', 'actrices', 'actores', 'actors'])
      expect(spanishKey(word)).toBe(key);
    // A short word is its own key.
    expect(spanishKey('triz')).toBe('triz');
  });

  it('keeps other words apart', () => {
    expect(spanishKey('actriz')).not.toBe(spanishKey('acta'));
    expect(spanishKey(fold('matemáticas'))).toBe(spanishKey('matematicos'));
  });
});

describe('the people of an -ing word', () => {
  it('keeps a doubled consonant doubled, so a typo without it is no agent of the index', () => {
    expect(agentForms('programming')).toContain('programmer');
    expect(agentForms('programming')).not.toContain('programer');
    expect(agentForms('running')).not.toContain('runer');
    // Typed with one consonant, the doubled people are still found.
    expect(agentForms('programing')).toContain('programmer');
  });
});

describe('the same word in the other number', () => {
  it('writes the plural of a singular and the singular of a plural, in either language', () => {
    expect(numberForms('barcos')).toEqual(['barco']);
    expect(numberForms('barco')).toEqual(['barcos']);
    expect(numberForms('actores')).toContain('actor');
    expect(numberForms('boats')).toEqual(['boat']);
    expect(numberForms('coach')).toContain('coaches');
    // Without a dictionary an -ies plural may be of a word in -y or in -ie: the index has one.
    expect(numberForms('secretaries')).toContain('secretary');
    expect(numberForms('movies')).toContain('movie');
    expect(numberForms('cookies')).toContain('cookie');
    expect(numberForms('juez')).toEqual(['jueces']);
    expect(numberForms('jueces')).toEqual(['juez']);
  });

  it('is never another gender, another word or a short word', () => {
    expect(numberForms('maestra')).toEqual(['maestras']);
    // "fabricas" keys as the English "fabric", which is no form of it.
    expect(numberForms('fabricas')).toEqual(['fabrica']);
    expect(numberForms('business')).not.toContain('busines');
    expect(numberForms('bus')).toEqual([]);
  });
});

describe('the masculine a typo is also corrected as', () => {
  it('turns -a and -as into -o and -os', () => {
    expect(masculineForms('maetra')).toEqual(['maetro']);
    expect(masculineForms('enfermras')).toEqual(['enfermros']);
  });

  it('has none for other words and short ones', () => {
    expect(masculineForms('doctor')).toEqual([]);
    expect(masculineForms('nurse')).toEqual([]);
    expect(masculineForms('casa')).toEqual([]);
  });
});

describe('words of our lists that share a key', () => {
  it('keeps a word without the final -a or -o apart from one with it', () => {
    // "fabric" is English, not "fábrica" without its -a: it keys alike but is another word.
    expect(spanishKey('fabric')).toBe(spanishKey(fold('fábrica')));
    expect(relatedWordsOf('fabric')).not.toContain('production');
    expect(relatedWordsOf('fabrics')).toContain('sewing');
    for (const word of ['fabrica', 'fabricas', 'factory'])
      expect(relatedWordsOf(word)).toContain('production');
    expect(relatedWordsOf('fabrica')).not.toContain('sewing');
    // Spanish "medic-o" is no English "medic"; the feminine of a word in a consonant still is
    // the word ("doctora": doctor), as are the other gender ("bombera") and number.
    expect(synonymsOf('medico')).toContain('physician');
    expect(synonymsOf('medic')).toEqual([]);
    expect(synonymsOf('doctora')).toEqual(synonymsOf('doctor'));
    expect(relatedWordsOf('bomberas')).toEqual(relatedWordsOf('bombero'));
  });
});

describe('Spanish phrases read as one word', () => {
  it('reads the doctor of children, the environment and being one’s own boss in any form', () => {
    expect(readQuery('doctora de niños')).toEqual(readQuery('doctor de los niños'));
    expect(readQuery('médica de niñas')).toEqual(['pediatra']);
    expect(readQuery('el medio ambiente')).toEqual(['ambiente']);
    expect(readQuery('ser mi propia jefa')).toEqual(readQuery('ser mi propio jefe'));
    expect(readQuery('tener mi propio negocio')).toEqual(['tener', 'empresario']);
    // "de niños" beside other work stays as typed.
    expect(readQuery('maestra de niños')).toEqual(['maestra', 'niños'].map(fold));
  });
});

describe('everyday Spanish of the US', () => {
  it('knows words taken from English and short names, in any number', () => {
    expect(everydayWordsOf('trocas')).toContain('truck');
    expect(everydayWordsOf('compu')).toContain('computadora');
    expect(everydayWordsOf('motos')).toContain('motocicleta');
    expect(everydayWordsOf('aeromoza')).toContain('sobrecargo');
    // The house of O*NET's English other names ("House Cleaner") and of "limpieza doméstica".
    expect(synonymsOf('casas')).toEqual(expect.arrayContaining(['house', 'domestico']));
    expect(synonymsOf(fold('bebés'))).toContain('neonatal');
  });

  it('reads "cortar" as a verb of doing: the hair says which work', () => {
    expect(isActionWord('cortar')).toBe(true);
    expect(isActionWord('cortadores')).toBe(false);
  });

  it('reads "cut" as a verb of doing too', () => {
    expect(isActionWord('cut')).toBe(true);
    expect(isActionWord('cutting')).toBe(true);
  });
});

describe('an everyday entry names one thing in both languages', () => {
  it('finds the word the entry names its thing by, from its other words', () => {
    expect(ownWordsOf('peliculas')).toEqual(['movie']);
    expect(ownWordsOf('cine')).toEqual(['movie']);
    expect(ownWordsOf('barcos')).toEqual(['ship']);
    expect(ownWordsOf('movie')).toEqual([]);
    // "army" and "navy" share an entry that names its thing "military", no word of its own.
    expect(ownWordsOf('army')).toEqual([]);
  });

  it('knows the other words of an entry with usual work, to confirm it by other names', () => {
    expect(sameWordsOf('barcos')).toEqual(expect.arrayContaining(['boat', 'ship']));
    expect(sameWordsOf('pelo')).toEqual(expect.arrayContaining(['hair']));
    expect(sameWordsOf('dentista')).toEqual([]);
  });
});
