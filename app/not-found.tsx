import Link from 'next/link';
import styles from './not-found.module.css';

// Reached only for paths the locale proxy does not handle; everything else gets
// the localized app/[locale]/(site)/not-found.tsx.
export default function GlobalNotFound() {
  return (
    <html lang="vi">
      <body>
        <main className={styles.page}>
          <h1>Không tìm thấy trang</h1>
          <p>Đường dẫn này không có hoặc đã được đổi.</p>
          <p>
            <Link className={styles.home} href="/" prefetch={false}>
              Về trang chủ
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
