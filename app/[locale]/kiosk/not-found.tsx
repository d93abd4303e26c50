import { NotFoundText } from '@/app/_components/not-found-text';

export default function KioskNotFound() {
  return <NotFoundText home="/kiosk/home" />;
}
