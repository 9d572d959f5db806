import { jsonResponse } from './json-responses';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;
type Method = (typeof METHODS)[number];

/**
 * Handlers for the methods a route does not support: a 405 that says which ones it does, rather
 * than the framework's empty answer.
 */
export function rejectOtherMethods(allowed: Method[]): Record<Method, () => Response> {
  const answer = () =>
    jsonResponse({ error: `This address accepts ${allowed.join(', ')} only` }, 405, { allow: [...allowed, ...(allowed.includes('GET') ? ['HEAD'] : [])].join(', ') });
  return Object.fromEntries(METHODS.map((method) => [method, answer])) as Record<Method, () => Response>;
}
