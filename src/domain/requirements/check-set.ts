/**
 * Checks a requirement set beyond its JSON Schema: node ids are unique (exceptions and the
 * progress check name nodes by id), an n-of node has at least n children, and a credits-of node
 * asks at least what its children need.
 */
import type { TRequirementNode, TRequirementSet } from '../../contracts/requirements.ts';
import type { Lang } from '../framework.ts';
import { formatMessage, type MessageValues } from '../i18n/message.ts';
import { setMessagesEn, setMessagesEs } from './check-set-messages.ts';
import { childrenOf, requiredCredits } from './leaves.ts';

const MESSAGES = { en: setMessagesEn, es: setMessagesEs } as const;

export interface SetProblem {
  /** JSON path of the node ("root.children[1].n"). */
  path: string;
  message: string;
}

/** The set's problems, told in `lang` (English unless told). */
export function checkRequirementSet(set: TRequirementSet, lang: Lang = 'en'): SetProblem[] {
  const problems: SetProblem[] = [];
  // Numbers are passed as text, as the set writes them.
  const say = (key: keyof typeof setMessagesEn, values: MessageValues) =>
    formatMessage(lang, MESSAGES[lang][key], values);
  const seen = new Map<string, string>();
  const walk = (node: TRequirementNode, path: string) => {
    const first = seen.get(node.id);
    if (first !== undefined)
      problems.push({
        path: `${path}.id`,
        message: say('id_used_twice', { id: node.id, first }),
      });
    else seen.set(node.id, path);
    if (node.type === 'course_set') return;
    if (node.type === 'n_of' && node.n > node.children.length)
      problems.push({
        path: `${path}.n`,
        message: say('n_over_children', {
          n: String(node.n),
          children: String(node.children.length),
        }),
      });
    if (node.type === 'credits_of') {
      const children = node.children.reduce((sum, c) => sum + requiredCredits(c), 0);
      if (children > node.credits)
        problems.push({
          path: `${path}.credits`,
          message: say('credits_under_children', {
            credits: String(node.credits),
            children: String(children),
          }),
        });
      if (!node.select && node.children.length === 0)
        problems.push({
          path: `${path}.select`,
          message: say('select_required', {}),
        });
    }
    childrenOf(node).forEach((child, i) => walk(child, `${path}.children[${i}]`));
  };
  walk(set.root, 'root');
  return problems;
}
