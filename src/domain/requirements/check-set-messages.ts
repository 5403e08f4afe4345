/**
 * What checkRequirementSet says about a requirement set, in English and Spanish, in the message
 * syntax of domain/i18n/message.ts. Each follows the JSON path of the field it is about
 * (`root.children[1].n: asks for 3 of 2 requirements`); ids and paths stay as written.
 */
export const setMessagesEn = {
  id_used_twice: 'the id "{id}" is also used at {first}',
  n_over_children: 'asks for {n} of {children} requirements',
  credits_under_children: 'is {credits} but its requirements already need {children}',
  select_required: 'is required when there are no children',
};

export const setMessagesEs: Record<keyof typeof setMessagesEn, string> = {
  id_used_twice: 'el identificador "{id}" también se usa en {first}',
  n_over_children: 'pide {n} de {children} requisitos',
  credits_under_children: 'es {credits}, pero sus requisitos ya piden {children}',
  select_required: 'es obligatorio cuando no hay requisitos hijos (children)',
};
