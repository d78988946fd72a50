import { Skeleton } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useState } from 'react';

type Props = { value: string; size: number; label: string };

/**
 * A QR code drawn in the browser as SVG (sharp when printed), shown through a data: URL, which
 * the content security policy allows for images.
 */
export function QrImage({ value, size, label }: Props) {
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void QRCode.toString(value, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' }).then((svg) => {
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [value]);
  if (!src) return <Skeleton w={size} h={size} />;
  return <img src={src} width={size} height={size} alt={label} style={{ display: 'block' }} />;
}
