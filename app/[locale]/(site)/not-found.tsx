import { NotFoundText } from '@/app/_components/not-found-text';

export default function NotFound() {
  return <NotFoundText home="/" className="page narrow" />;
}
