import type { ReactNode } from 'react';

// The app's own font stack, so that text layout costs the same in both.
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="vi">
      <body style={{ fontFamily: FONT, margin: '0 auto', maxWidth: '40rem', padding: '1rem', lineHeight: 1.5 }}>{children}</body>
    </html>
  );
}
