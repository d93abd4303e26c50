import { describe, expect, it } from 'vitest';
import { splitLabels } from '@/lib/guides/inline';

describe('on-screen labels in guide text', () => {
  it('sets apart every [[label]] and keeps the text around it', () => {
    expect(splitLabels('Chạm [[Cài đặt]] rồi [[Mở]].')).toEqual([
      { text: 'Chạm ' },
      { text: 'Cài đặt', label: true },
      { text: ' rồi ' },
      { text: 'Mở', label: true },
      { text: '.' },
    ]);
  });

  it('leaves text without labels alone', () => {
    expect(splitLabels('Mở ứng dụng.')).toEqual([{ text: 'Mở ứng dụng.' }]);
  });
});
