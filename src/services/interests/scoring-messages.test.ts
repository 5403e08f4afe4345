import { describe, expect, it } from 'vitest';
import { ASK_SIZE, askOf, bytesOf, readAsk, readBytes, type Ask } from './scoring-messages.ts';

describe('messages to and from the scoring thread', () => {
  it('carries an ask whole as numbers: scores, limit and every narrowing', () => {
    const scores = { R: 0, I: 40, A: 7, S: 13, E: 40, C: 1 };
    for (const jobZones of [undefined, [], [3], [1, 2], [4, 5], [1, 2, 3, 4, 5]])
      for (const limit of [0, 10, 200]) {
        const ask: Ask = {
          id: 4_294_967_294,
          view: 7,
          form: 30,
          scores,
          asked: { jobZones, limit },
        };
        const sent = askOf(ask);
        expect(sent.every((n) => typeof n === 'number')).toBe(true);
        expect(readAsk(structuredClone(sent))).toEqual(ask);
      }
  });

  it('reads each ask of a message of several', () => {
    const scores = { R: 1, I: 2, A: 3, S: 4, E: 5, C: 6 };
    const asks: Ask[] = [1, 2, 3].map((id) => ({
      id,
      view: id * 10,
      form: 60,
      scores,
      asked: { jobZones: id === 2 ? [id] : undefined, limit: id },
    }));
    const message = asks.flatMap(askOf);
    expect(asks.map((_, i) => readAsk(message, i * ASK_SIZE))).toEqual(asks);
  });

  it('carries an answer as its bytes after the ask id', () => {
    const body = Buffer.from('{"title":"Enfermería — €"}');
    const { id, body: back } = readBytes(structuredClone(bytesOf(4_294_967_294, body)));
    expect(id).toBe(4_294_967_294);
    expect(back.equals(body)).toBe(true);
  });
});
