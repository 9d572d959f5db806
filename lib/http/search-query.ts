/** The `q` of an autocomplete request, bounded so a pasted essay cannot become a slow LIKE. */
export function readSearchQuery(request: Request): { q: string; limit: number } {
  const params = new URL(request.url).searchParams;
  const q = (params.get('q') ?? '').trim().slice(0, 100);
  const limit = Math.min(Math.max(Number.parseInt(params.get('limit') ?? '20', 10) || 20, 1), 100);
  return { q, limit };
}
