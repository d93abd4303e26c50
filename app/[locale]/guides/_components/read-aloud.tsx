'use client';

import { useState, useSyncExternalStore } from 'react';

type Props = { text: string; lang: string; label: string; stopLabel: string };

function subscribe(onChange: () => void) {
  speechSynthesis.addEventListener('voiceschanged', onChange);
  return () => speechSynthesis.removeEventListener('voiceschanged', onChange);
}

function findVoice(lang: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  return speechSynthesis.getVoices().find((voice) => voice.lang.toLowerCase().startsWith(lang));
}

/** Reads one step aloud; renders nothing where the browser has no voice for the language. */
export function ReadAloud({ text, lang, label, stopLabel }: Props) {
  const voiceUri = useSyncExternalStore(
    (onChange) => (typeof speechSynthesis === 'undefined' ? () => {} : subscribe(onChange)),
    () => findVoice(lang)?.voiceURI ?? null,
    () => null,
  );
  const [speaking, setSpeaking] = useState(false);
  if (!voiceUri) return null;

  const toggle = () => {
    speechSynthesis.cancel();
    if (speaking) return setSpeaking(false);
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = findVoice(lang) ?? null;
    utterance.lang = utterance.voice?.lang ?? lang;
    utterance.rate = 0.9;
    utterance.onend = utterance.onerror = () => setSpeaking(false);
    setSpeaking(true);
    speechSynthesis.speak(utterance);
  };

  return (
    <button type="button" className="button read-aloud no-print" onClick={toggle} aria-pressed={speaking}>
      <span aria-hidden="true">🔊</span> {speaking ? stopLabel : label}
    </button>
  );
}
