'use client';

import { useEffect } from 'react';
import { useErrorText } from '@/app/_components/error-text';
import { useOnline } from '@/app/_components/use-online';

/** Whatever fails in the browser ends here, inside the app's own layout and language, never on the framework's page. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const text = useErrorText();
  const offline = !useOnline();
  useEffect(() => console.warn(error.digest ?? error.message), [error]);
  return (
    <div className="page narrow">
      <h1>{text.title}</h1>
      <p role="alert">{offline ? text.offline : text.text}</p>
      <p className="back-links">
        <button type="button" className="button button-primary" onClick={reset}>
          {text.retry}
        </button>
        <a href={text.homeHref} className="button">
          {text.home}
        </a>
      </p>
    </div>
  );
}
