import { Badge, CloseButton, Group, Input, Stack } from '@mantine/core';
import { OrganisationSelect } from '../../../../components/organisation-select/organisation-select';
import { useOrganisation } from '../../../../components/organisation-select/use-organisation-options';
import { useT } from '../../../../lib/use-t';

type Props = { value: string[]; onChange: (ids: string[]) => void; province: string | null; known: { id: string; name: string }[]; error?: string };

function Chosen({ id, known, onRemove }: { id: string; known?: string; onRemove: () => void }) {
  const t = useT();
  const fetched = useOrganisation(id, !known);
  const name = known ?? fetched.data?.name ?? '…';
  return (
    <Badge variant="light" size="lg" tt="none" fw={500} rightSection={<CloseButton size="xs" onClick={onRemove} aria-label={t('followup.form.removeBody', { name })} />}>
      {name}
    </Badge>
  );
}

/** Co-operating bodies (cơ quan phối hợp): picked one by one from the registry, shown as removable tags. */
export function CooperatingSelect({ value, onChange, province, known, error }: Props) {
  const t = useT();
  return (
    <Stack gap={4}>
      <OrganisationSelect
        label={t('followup.field.cooperating')}
        description={t('followup.form.cooperatingHint')}
        value={null}
        onChange={(id) => id && !value.includes(id) && onChange([...value, id])}
        province={province}
      />
      {value.length > 0 && (
        <Group gap={6}>
          {value.map((id) => (
            <Chosen key={id} id={id} known={known.find((o) => o.id === id)?.name} onRemove={() => onChange(value.filter((x) => x !== id))} />
          ))}
        </Group>
      )}
      {error && <Input.Error>{error}</Input.Error>}
    </Stack>
  );
}
