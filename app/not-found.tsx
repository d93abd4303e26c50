import Link from 'next/link';
import './globals.css';

// Reached only for paths the locale proxy does not handle; everything else gets
// the localized app/[locale]/not-found.tsx.
export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body>
        <main className="page narrow">
          <h1>Không tìm thấy trang</h1>
          <p>Đường dẫn này không có hoặc đã được đổi.</p>
          <p>
            <Link className="button" href="/">
              Về trang chủ
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
