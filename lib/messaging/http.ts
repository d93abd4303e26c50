export type HttpAnswer = { ok: true; status: number; body: unknown } | { ok: false; error: 'timeout' | 'network'; message: string };

/** One POST to a provider, its JSON answer read; a timeout or a broken connection is an answer too, never thrown. */
export async function post(url: string, body: string | URLSearchParams, headers: Record<string, string>, timeoutMs: number): Promise<HttpAnswer> {
  try {
    const response = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
    const text = await response.text();
    let parsed: unknown = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      // A gateway's HTML error page: the status says enough.
    }
    return { ok: true, status: response.status, body: parsed };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return { ok: false, error: timedOut ? 'timeout' : 'network', message: (error as Error).message };
  }
}

export const jsonHeaders = (extra: Record<string, string> = {}) => ({ 'Content-Type': 'application/json', ...extra });
