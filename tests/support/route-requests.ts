/** Builds real Request objects for calling route handlers the way Next does. */
export function jsonRequest(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`http://localhost${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function routeContext(id: string | number) {
  return { params: Promise.resolve({ id: String(id) }) };
}
