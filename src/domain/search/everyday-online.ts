/**
 * Work students name by the online platforms it is done on: a YouTuber, a streamer, an
 * influencer, a content creator. No official occupation is called so, so each word stands for
 * the occupations whose work it is (making and editing video, writing, social media
 * marketing); each entry names the public source that ties the word to that work.
 */
import type { EverydayWord } from './everyday-words.ts';

const OOH = 'BLS Occupational Outlook Handbook';
const CREATORS = `The Washington Post, "Millions work as content creators. In official records, they barely exist." (October 2023): no official occupation for online creators`;

export const ONLINE_WORDS: readonly EverydayWord[] = [
  {
    // "youtuber", "ser streamer", "make youtube videos", "content creator": who makes video
    // for the web. As typed, "video" also names video games and video rental clerks, and
    // "Content Creator" is one other name of the video game designers.
    words: [
      'youtuber',
      'youtubers',
      'youtube',
      'vlogger',
      'vloggers',
      'vlog',
      'streamer',
      'streamers',
      'tiktok',
      'tiktoker',
      'tiktokers',
      'tiktoks',
      'content creator',
      'content creators',
      'creador de contenido',
      'creadora de contenido',
      'creadores de contenido',
      'crear contenido',
      'create content',
      'make content',
    ],
    means: ['video producer', 'videographer', 'video editor', 'camera operator'],
    related: ['producer', 'productor', 'camarografo'],
    figurative: true,
    source: `${CREATORS}; their work is what O*NET 27.0 names "Video Producer", "Independent Video Producer", "Content Producer" (Producers and Directors, 27-2012.00) and "Videographer" (Camera Operators, 27-4031.00), and ${OOH}, "Film and Video Editors and Camera Operators" (https://www.bls.gov/ooh/media-and-communication/film-and-video-editors-and-camera-operators.htm)`,
  },
  {
    // "podcaster", "hacer podcasts": who produces and hosts a show to listen to. As typed,
    // "podcaster" keys nothing near ("pod" of cement work).
    words: ['podcast', 'podcasts', 'podcaster', 'podcasters'],
    means: ['radio producer', 'broadcast producer'],
    related: ['announcer', 'locutor', 'audio'],
    figurative: true,
    source: `O*NET 27.0 other names "Radio Producer", "Broadcast Producer" (Producers and Directors, 27-2012.00); ${OOH}, "Announcers and DJs": they present news and commentary and interview guests (https://www.bls.gov/ooh/media-and-communication/announcers.htm), and "Broadcast, Sound, and Video Technicians" (https://www.bls.gov/ooh/media-and-communication/broadcast-and-sound-engineering-technicians.htm)`,
  },
  {
    // "influencer", "redes sociales", "hacer memes": who makes posts that win a following on
    // social media. As typed, "redes" are computer networks and "memes" keys as "MEMS"
    // (microelectromechanical systems).
    words: ['influencer', 'influencers', 'social media', 'redes sociales', 'meme', 'memes'],
    means: ['social media'],
    related: ['marketing', 'publicity', 'publicidad', 'writer', 'escritor'],
    figurative: true,
    source: `${CREATORS}; O*NET 27.0 other names "Social Media Specialist", "Social Media Strategist" (Market Research Analysts and Marketing Specialists, 13-1161.00; Search Marketing Strategists, 13-1161.01); ${OOH}, "Public Relations Specialists" (they write social media posts, https://www.bls.gov/ooh/media-and-communication/public-relations-specialists.htm) and "Writers and Authors" (https://www.bls.gov/ooh/media-and-communication/writers-and-authors.htm)`,
  },
  {
    // "sell cars", "sell houses": the salespersons of the thing ("Car Salesperson", "Real
    // Estate Sales Agent"), as "vender" is in Spanish (everyday-spanish.ts).
    words: ['sell', 'sells', 'selling'],
    means: ['salesperson', 'salesman', 'seller'],
    source: `${OOH}, "Sales Occupations": they sell goods and services (https://www.bls.gov/ooh/sales/home.htm); O*NET 27.0 other names "Car Salesperson" (Retail Salespersons, 41-2031.00), "Real Estate Sales Agent" (41-9022.00)`,
  },
];
