'use client';

import { useState, useSyncExternalStore } from 'react';
import styles from './guide.module.css';

type VoiceHelp = { summary: string; lines: string[] };
type Props = { text: string; lang: string; label: string; stopLabel: string; voiceHelp?: VoiceHelp };

function subscribe(onChange: () => void) {
  if (typeof speechSynthesis === 'undefined') return () => {};
  speechSynthesis.addEventListener('voiceschanged', onChange);
  return () => speechSynthesis.removeEventListener('voiceschanged', onChange);
}

function findVoice(lang: string): SpeechSynthesisVoice | undefined {
  if (typeof speechSynthesis === 'undefined') return undefined;
  return speechSynthesis.getVoices().find((voice) => voice.lang.toLowerCase().startsWith(lang));
}

/**
 * Reads one step aloud. Where the phone has no voice for the language (or no
 * speech at all) it explains how to install one instead; before hydration,
 * and so without JavaScript, it renders nothing, since neither would work.
 */
export function ReadAloud({ text, lang, label, stopLabel, voiceHelp }: Props) {
  // null on the server and before hydration, '' once we know there is no voice.
  const voiceUri = useSyncExternalStore(
    subscribe,
    () => findVoice(lang)?.voiceURI ?? '',
    () => null,
  );
  const [speaking, setSpeaking] = useState(false);
  if (voiceUri === null) return null;
  if (voiceUri === '') {
    if (!voiceHelp) return null;
    return (
      <details className={`${styles.voiceHelp} no-print`}>
        <summary>
          <span aria-hidden="true">🔊</span> {voiceHelp.summary}
        </summary>
        {voiceHelp.lines.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </details>
    );
  }

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
    <button type="button" className={`button ${styles.readAloud} no-print`} onClick={toggle} aria-pressed={speaking}>
      <span aria-hidden="true">🔊</span> {speaking ? stopLabel : label}
    </button>
  );
}
