import type { MetadataRoute } from 'next';
import vi from '@/messages/vi.json';

/** What a phone shows when the help point is added to its home screen: in Vietnamese, the site's first language. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: vi.Meta.title,
    short_name: vi.Meta.shortName,
    description: vi.Meta.description,
    lang: 'vi',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4ed8',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
