/** Short plain-text errors for feed URLs: calendar clients show the body, if anything, verbatim. */
function answerText(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: {
      'Content-Type': 'text/plain; charset=utf-8',
      // A person or token may appear (or be revoked) at any moment; do not let caches keep the error.
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

export function answerNotFound(message = 'No such feed.'): Response {
  return answerText(404, message);
}

export function answerBadRequest(message: string): Response {
  return answerText(400, message);
}
