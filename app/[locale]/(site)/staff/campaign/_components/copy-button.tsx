'use client';

import { useState, useSyncExternalStore } from 'react';

type Props = { target: string; label: string; copied: string; failed: string };

const noop = () => () => {};

/**
 * Copies the text of a box on the page. Without JavaScript the box is there
 * to select and copy by hand, so the button appears only once it can work;
 * when the browser refuses the clipboard, the text is selected instead.
 */
export function CopyButton({ target, label, copied, failed }: Props) {
  const hydrated = useSyncExternalStore(noop, () => true, () => false);
  const [status, setStatus] = useState('');
  if (!hydrated) return null;
  const copy = async () => {
    const box = document.getElementById(target) as HTMLTextAreaElement;
    try {
      await navigator.clipboard.writeText(box.value);
      setStatus(copied);
    } catch {
      box.select();
      setStatus(failed);
    }
  };
  return (
    <p>
      <button type="button" className="button" onClick={() => void copy()}>
        {label}
      </button>{' '}
      <span role="status">{status}</span>
    </p>
  );
}
