import { Alert, Anchor, Card, Group, List, Stack, Switch, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/page-header';
import { PageLoader } from '../../../components/page-loader';
import { ProblemAlert } from '../../../components/problem-alert';
import { formatDateTime } from '../../../lib/format';
import { useT } from '../../../lib/use-t';
import { useTransparencySettings, useUpdateTransparencySetting } from '../api/transparency-settings';

/**
 * /follow-up/public — whether each province within reach publishes its public page (off by
 * default), with its address and what the page shows. The switch is greyed with the reason when
 * the account may not change it; the server checks again.
 */
export function TransparencySettingsRoute() {
  const t = useT();
  const settings = useTransparencySettings();
  const update = useUpdateTransparencySetting();
  return (
    <Stack>
      <PageHeader title={t('transparency.title')} description={t('transparency.settings.description')} />
      <Card withBorder padding="md">
        <Text fw={600} mb={4}>
          {t('transparency.settings.shown')}
        </Text>
        <List size="sm" spacing={2}>
          <List.Item>{t('transparency.settings.shownFigures')}</List.Item>
          <List.Item>{t('transparency.settings.shownTrainings')}</List.Item>
          <List.Item>{t('transparency.settings.shownItems')}</List.Item>
        </List>
        <Text size="sm" c="dimmed" mt="xs">
          {t('transparency.settings.never')}
        </Text>
      </Card>
      {update.error && <ProblemAlert error={update.error} />}
      {settings.isPending && <PageLoader />}
      {settings.error && <ProblemAlert error={settings.error} />}
      {settings.data && (
        <Table withTableBorder striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('transparency.settings.province')}</Table.Th>
              <Table.Th>{t('transparency.settings.published')}</Table.Th>
              <Table.Th>{t('transparency.settings.link')}</Table.Th>
              <Table.Th>{t('transparency.settings.updatedAt')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {settings.data.items.map((s) => (
              <Table.Tr key={s.provinceCode}>
                <Table.Td>{s.provinceName}</Table.Td>
                <Table.Td>
                  <Switch
                    checked={s.published}
                    disabled={s.refusal !== null || update.isPending}
                    title={s.refusal ?? undefined}
                    label={s.published ? t('transparency.settings.on') : t('transparency.settings.off')}
                    aria-label={t('transparency.settings.switchLabel', { province: s.provinceName })}
                    onChange={(e) => update.mutate({ provinceCode: s.provinceCode, published: e.currentTarget.checked })}
                  />
                </Table.Td>
                <Table.Td>
                  {s.published ? (
                    <Anchor component={Link} to={s.publicPath} target="_blank">
                      {window.location.origin}
                      {s.publicPath}
                    </Anchor>
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('transparency.settings.notPublic')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{formatDateTime(s.updatedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {settings.data && settings.data.items.every((s) => s.refusal !== null) && (
        <Alert color="gray" variant="light">
          <Group>{settings.data.items[0]?.refusal}</Group>
        </Alert>
      )}
    </Stack>
  );
}
