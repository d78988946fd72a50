import { Button, Group } from '@mantine/core';
import { useT } from '../../../lib/use-t';

/** "Tải Excel" and "Tải CSV" for one dashboard table (plain links: the browser downloads with the session cookie). */
export function DownloadButtons({ table, xlsx, csv }: { table: string; xlsx: string; csv: string }) {
  const t = useT();
  return (
    <Group gap="xs">
      <Button component="a" href={xlsx} download size="compact-sm" variant="default" data-testid={`download-${table}-xlsx`}>
        {t('indicatorDashboards.download.xlsx')}
      </Button>
      <Button component="a" href={csv} download size="compact-sm" variant="default">
        {t('indicatorDashboards.download.csv')}
      </Button>
    </Group>
  );
}
