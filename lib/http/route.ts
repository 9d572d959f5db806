import type { z } from 'zod';
import type { Actor, Need } from '../auth/access-policy';
import { collectFieldErrors } from '../events/field-errors';
import { errorResponse, readJsonBody, respondToError } from './json-responses';

/** What a route asks of the caller: an access level, or 'none' (who is asking, nothing checked). */
export type Access = Need | 'none';

/**
 * Who is asking, or an AccessError (401/403) when they may not. Passed in rather than imported:
 * lib/ never touches the database (db/access.ts binds its own authorize).
 */
export type Authorizer = (request: Request, access: Access) => Promise<Actor>;

type Schema = z.ZodType | undefined;
type Parsed<S extends Schema> = S extends z.ZodType ? z.output<S> : undefined;

export interface RouteOptions<K extends string, Q extends Schema, B extends Schema> {
  access: Access;
  /** The dynamic segments the handler reads, as the folder names them (`[id]` -> 'id'). */
  params?: readonly K[];
  /** The query string: each parameter's first value, blank ones absent (as the timeline's filter reads it). */
  query?: Q;
  /** The JSON body, read with readJsonBody's size and depth caps. */
  body?: B;
  /** The 400's message when the query or the body does not match; `fields` says where. */
  invalid?: string;
  /** Errors this route answers itself; anything it leaves (undefined) goes to respondToError. */
  onError?: (error: unknown) => Response | undefined;
}

export interface RouteInput<K extends string, Q extends Schema, B extends Schema> {
  request: Request;
  actor: Actor;
  params: Record<K, string>;
  query: Parsed<Q>;
  body: Parsed<B>;
}

interface RouteContext<K extends string> {
  params: Promise<Record<K, string>>;
}

/** A Next route handler: with the context argument only where the route has dynamic segments. */
export type RouteHandler<K extends string> = [K] extends [never]
  ? (request: Request) => Promise<Response>
  : (request: Request, context: RouteContext<K>) => Promise<Response>;

type ParseResult = { success: true; data: unknown } | { success: false; error: z.ZodError };

/**
 * The frame every JSON route shares, in its order: authorize, read the segments, the query and the
 * body (400 with per-field messages when they do not match), run the handler, and answer any error
 * through respondToError. As saas-starter's validatedAction, the handler gets its input typed.
 */
export function createRoute(authorize: Authorizer) {
  return function route<const K extends string = never, Q extends Schema = undefined, B extends Schema = undefined>(
    options: RouteOptions<K, Q, B>,
    handler: (input: RouteInput<K, Q, B>) => Response | Promise<Response>,
  ): RouteHandler<K> {
    const invalid = options.invalid ?? 'Some fields are not valid';
    async function answer(request: Request, context?: RouteContext<K>): Promise<Response> {
      try {
        const actor = await authorize(request, options.access);
        const params = context ? await context.params : ({} as Record<K, string>);
        const query: ParseResult = options.query ? options.query.safeParse(readQuery(request)) : { success: true, data: undefined };
        if (!query.success) return errorResponse(400, invalid, collectFieldErrors(query.error));
        const body: ParseResult = options.body ? options.body.safeParse(await readJsonBody(request)) : { success: true, data: undefined };
        if (!body.success) return errorResponse(400, invalid, collectFieldErrors(body.error));
        return await handler({ request, actor, params, query: query.data as Parsed<Q>, body: body.data as Parsed<B> });
      } catch (error) {
        return options.onError?.(error) ?? respondToError(error);
      }
    }
    return answer as RouteHandler<K>;
  };
}

/** Each parameter's first value, as URLSearchParams.get has it; blank values count as absent. */
function readQuery(request: Request): Record<string, string> {
  const seen = new Set<string>();
  const entries: Array<[string, string]> = [];
  for (const [key, value] of new URL(request.url).searchParams) {
    if (seen.has(key)) continue;
    seen.add(key);
    if (value.trim() !== '') entries.push([key, value]);
  }
  return Object.fromEntries(entries);
}
