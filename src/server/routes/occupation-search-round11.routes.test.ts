// An eleventh round: "video" of "Video Game Designers" names the kind of game, not the work, so
// "make videos", "hacer videos" and "video" find the work on video itself (producers, editors,
// camera operators, audio and video technicians) first, while "video games", "make video games"
// and "hacer videojuegos" keep finding the game designers (compound-words.ts). Checked on the
// default occupation data through the API on every database engine: a sensible occupation among
// the first three, never an exact order.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch, type SearchCase } from '../../../test/occupation-search.ts';

describe.each(testEngines())('occupation search, eleventh round, on $name', (engine) => {
  const { expectAll, titles } = occupationSearch(engine);
  const videoWork =
    /^(Producers and Directors|Film and Video Editors|Camera Operators|Audio and Video)/;
  const esVideoWork =
    /^(Productores y directores|Editores de cine y video|Camarógrafos|Técnicos de audio y video)/;

  it('reads "video" alone as work on video, not on video games', async () => {
    const cases: SearchCase[] = [
      ['make videos', 'en', videoWork],
      ['video', 'en', videoWork],
      ['videos', 'en', videoWork],
      ['edit videos', 'en', /^Film and Video Editors$/],
      ['film videos', 'en', videoWork],
      ['hacer videos', 'es', esVideoWork],
      ['editar videos', 'es', /^Editores de cine y video$/],
    ];
    await expectAll(cases);
    for (const q of ['make videos', 'video', 'videos'])
      expect((await titles(q, 'en', 1))[0], q).not.toBe('Video Game Designers');
    expect((await titles('hacer videos', 'es', 1))[0]).not.toBe('Diseñadores de videojuegos');
  });

  it('keeps video games with the game designers and software developers', async () => {
    const cases: SearchCase[] = [
      ['video games', 'en', /^(Video Game Designers|Software Developers)$/],
      ['make video games', 'en', /^(Video Game Designers|Software Developers)$/],
      ['video game designer', 'en', /^Video Game Designers$/],
      ['hacer videojuegos', 'es', /^Diseñadores de videojuegos$/],
      ['videojuegos', 'es', /^Diseñadores de videojuegos$/],
    ];
    await expectAll(cases);
    for (const q of ['video games', 'make video games'])
      expect((await titles(q, 'en', 1))[0], q).toBe('Video Game Designers');
  });
});
