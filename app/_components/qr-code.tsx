import QRCode from 'qrcode';

/** A QR code drawn on the server as SVG, so it prints sharp at any size; `label` says what scanning it opens. */
export async function QrCode({ url, label, className }: { url: string; label: string; className?: string }) {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return <div role="img" aria-label={label} className={className} dangerouslySetInnerHTML={{ __html: svg }} />;
}
