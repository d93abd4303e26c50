/** A line of text, never cached: the answer where no page of the app's applies or none is loaded yet. */
export const textAnswer = (status: number, text: string, headers: Record<string, string> = {}) =>
  new Response(text, { status, headers: { 'Cache-Control': 'no-store', ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
