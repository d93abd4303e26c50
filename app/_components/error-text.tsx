'use client';

import { createContext, type ReactNode, use } from 'react';

export type ErrorText = { title: string; text: string; offline: string; retry: string; home: string; homeHref: string };

const Context = createContext<ErrorText | null>(null);

/**
 * The words of the error page, handed down by the layout. The error boundary
 * runs in the browser after something failed, often the connection, so it
 * cannot fetch its messages then: they come with the page, a few hundred bytes.
 */
export function ErrorTextProvider({ text, children }: { text: ErrorText; children: ReactNode }) {
  return <Context value={text}>{children}</Context>;
}

export const useErrorText = () => use(Context)!;
