// Online creators and sellers: a "youtuber", "streamer", "tiktok" or "content creator" is who
// makes and edits video (no official occupation has those names), an "influencer" or "redes
// sociales" the social media marketers, and "sell cars", "vender carros", "sell houses" the
// salespersons of the thing, not its builders, drivers or mechanics.
// Checked on the default occupation data on every database engine.
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../../test/databases.ts';
import { occupationSearch, type SearchCase } from '../../../test/occupation-search.ts';

const VIDEO_WORK = /^(Film and Video Editors|Camera Operators|Producers and Directors)/;
const VIDEO_WORK_ES = /^(Editores de cine y video|Camarógrafos|Productores y directores)/;
const NOT_VIDEO_WORK = /Video Game|Counter and Rental|Software/;
const NOT_VIDEO_WORK_ES = /videojuegos|mostrador y alquiler|software/;

describe.each(testEngines())('occupation search, online creators, on $name', (engine) => {
  const { titles, expectAll } = occupationSearch(engine);

  it('reads online video creators as the makers and editors of video', async () => {
    const cases: SearchCase[] = [
      ['youtuber', 'en', VIDEO_WORK, NOT_VIDEO_WORK],
      ['streamer', 'en', VIDEO_WORK, NOT_VIDEO_WORK],
      ['tiktok', 'en', VIDEO_WORK, NOT_VIDEO_WORK],
      ['content creator', 'en', VIDEO_WORK, NOT_VIDEO_WORK],
      ['make youtube videos', 'en', VIDEO_WORK, NOT_VIDEO_WORK],
      ['ser youtuber', 'es', VIDEO_WORK_ES, NOT_VIDEO_WORK_ES],
      ['ser streamer', 'es', VIDEO_WORK_ES, NOT_VIDEO_WORK_ES],
      ['crear contenido', 'es', VIDEO_WORK_ES, NOT_VIDEO_WORK_ES],
      ['ser creador de contenido', 'es', VIDEO_WORK_ES, NOT_VIDEO_WORK_ES],
    ];
    await expectAll(cases);
    // All three of the first ones are video work.
    for (const q of ['youtuber', 'content creator']) {
      const found = await titles(q, 'en', 3);
      expect(found.length, q).toBe(3);
      for (const title of found) expect(title, found.join(' | ')).toMatch(VIDEO_WORK);
    }
  });

  it('reads a podcaster as who produces and hosts shows', async () => {
    const cases: SearchCase[] = [
      ['podcaster', 'en', /^(Producers and Directors|Broadcast Announcers)/, /Construction|Cement/],
      ['hacer podcasts', 'es', /^(Productores y directores|Locutores)/, /construcción/],
    ];
    await expectAll(cases);
  });

  it('reads influencers, social media and memes as social media marketing', async () => {
    const marketing = /Marketing|Public Relations/;
    const marketingEs = /mercadotecnia|relaciones públicas/;
    const cases: SearchCase[] = [
      ['influencer', 'en', marketing, /Video Game|Counter and Rental/],
      ['make memes', 'en', marketing, /Microsystems|Materials/],
      ['ser influencer', 'es', marketingEs, /videojuegos|mostrador/],
      ['redes sociales', 'es', marketingEs, /Administradores de redes|Arquitectos de redes/],
      ['hacer memes', 'es', marketingEs, /microsistemas|materiales/],
    ];
    await expectAll(cases);
  });

  it('finds the salespersons of what is sold', async () => {
    const cases: SearchCase[] = [
      ['sell cars', 'en', /^Retail Salespersons$/, /Mechanics|Drivers/],
      ['vender carros', 'es', /^Vendedores minoristas$/, /mecánicos|Conductores|reservaciones/],
      ['vender coches', 'es', /^Vendedores minoristas$/, /mecánicos|Conductores/],
      ['sell houses', 'en', /^Real Estate Sales Agents$/, /Construction|Carpenters/],
    ];
    await expectAll(cases);
    expect((await titles('vender carros', 'es', 1))[0]).toBe('Vendedores minoristas');
    expect((await titles('sell cars', 'en', 1))[0]).toBe('Retail Salespersons');
  });

  it('keeps what already worked', async () => {
    const cases: SearchCase[] = [
      ['vender casas', 'es', /^Agentes de bienes raíces$/, /Carpinteros|construcción/],
      ['vender ropa', 'es', /^Vendedores minoristas$/],
      ['sell clothes', 'en', /^Retail Salespersons$/],
      ['editar videos', 'es', /^Editores de cine y video$/],
      ['edit videos', 'en', /^Film and Video Editors$/],
      ['social media', 'en', /Marketing/],
      ['blogger', 'en', /Writers|Reporters/],
      ['arreglar carros', 'es', /^Técnicos y mecánicos automotrices$/, /ferrocarril/],
    ];
    await expectAll(cases);
  });
});
