'use client';

import { useEffect, useRef, useState } from 'react';
import styles from './qr-scanner.module.css';

type Props = { label: string; stopLabel: string; errorText: string };

/**
 * Only this page may use the camera (its Permissions-Policy, set in
 * lib/http/security-headers.js), and the policy is the document's: a page
 * reached through the client router keeps that of the page first loaded,
 * where the camera is off. Then the scan loads this page itself and starts there.
 */
const SCAN_AFTER_LOAD = 'vneid-scan-after-load';
const cameraBlocked = () => (document as Document & { featurePolicy?: { allowsFeature(feature: string): boolean } }).featurePolicy?.allowsFeature('camera') === false;

/** The booking code inside a scanned booking link (…/booking/ACD-479?t=…), or the text itself. */
export function codeFromScan(text: string): string {
  return /\/booking\/([A-Za-z0-9-]{6,7})(?:[?#/]|$)/.exec(text)?.[1] ?? text.trim();
}

/**
 * Scans a booking QR code with the camera (the browser's BarcodeDetector where
 * it exists, qr-scanner's decoder elsewhere) and submits the code form.
 */
export function QrScanner({ label, stopLabel, errorText }: Props) {
  const video = useRef<HTMLVideoElement>(null);
  const [scanning, setScanning] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!sessionStorage.getItem(SCAN_AFTER_LOAD)) return;
    const frame = requestAnimationFrame(() => {
      sessionStorage.removeItem(SCAN_AFTER_LOAD);
      if (!cameraBlocked()) setScanning(true);
    });
    return () => cancelAnimationFrame(frame);
  }, []);

  useEffect(() => {
    if (!scanning || !video.current) return;
    let scanner: { stop(): void; destroy(): void } | undefined;
    let cancelled = false;
    import('qr-scanner').then(async ({ default: QrScannerLib }) => {
      if (cancelled) return;
      const instance = new QrScannerLib(
        video.current!,
        (result) => {
          const form = video.current?.closest('section')?.querySelector('form');
          const input = form?.querySelector<HTMLInputElement>('input[name="code"]');
          if (!form || !input) return;
          input.value = codeFromScan(result.data);
          instance.stop();
          form.requestSubmit();
        },
        { preferredCamera: 'environment', returnDetailedScanResult: true },
      );
      scanner = instance;
      await instance.start().catch(() => {
        setFailed(true);
        setScanning(false);
      });
    });
    return () => {
      cancelled = true;
      scanner?.stop();
      scanner?.destroy();
    };
  }, [scanning]);

  return (
    <div className="qr-scanner">
      {failed && <p className="notice notice-error" role="alert">{errorText}</p>}
      <button type="button" className="button" onClick={() => {
          if (!scanning && cameraBlocked()) {
            sessionStorage.setItem(SCAN_AFTER_LOAD, '1');
            window.location.reload();
          } else setScanning((s) => !s);
        }} aria-pressed={scanning}>
        {scanning ? stopLabel : label}
      </button>
      {scanning && <video ref={video} className={styles.video} muted playsInline />}
    </div>
  );
}
