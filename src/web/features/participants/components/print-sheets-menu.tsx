import { Button, Menu } from '@mantine/core';
import { useT } from '../../../lib/use-t';

const items = [
  ['list', 'docx', 'participants.sheets.listWord'],
  ['list', 'xlsx', 'participants.sheets.listExcel'],
  ['signin', 'docx', 'participants.sheets.signinWord'],
  ['signin', 'xlsx', 'participants.sheets.signinExcel'],
] as const;

type Props = { conferenceId: string; /** The point chosen in the filters ('' for all, 'none' for those without one). */ point: string };

/** The lists a registration desk prints: participants and sign-in sheets, per point, in Word or Excel. */
export function PrintSheetsMenu({ conferenceId, point }: Props) {
  const t = useT();
  const pointQuery = point === 'none' ? '&point=unassigned' : point ? `&point=${point}` : '';
  const url = (kind: 'list' | 'signin', format: 'docx' | 'xlsx') => `/api/conferences/${conferenceId}/participants/sheets.${format}?kind=${kind}${pointQuery}`;
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default">{t('participants.sheets.open')}</Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{point ? t('participants.sheets.onePoint') : t('participants.sheets.everyPoint')}</Menu.Label>
        {items.map(([kind, format, label]) => (
          <Menu.Item key={label} component="a" href={url(kind, format)} download>
            {t(label)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
