import { Button } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { FollowupItem } from '../../../../../shared/api/followup';
import { isNationalRole } from '../../../../../shared/auth/permissions';
import { ConfirmButton } from '../../../../components/confirm-button';
import { useToast } from '../../../../components/toast/toast-context';
import { useSignedInUser } from '../../../../lib/current-user';
import { useT } from '../../../../lib/use-t';
import { useDeleteFollowupItem } from '../../api/delete-item';
import { AssignDialog } from './assign-dialog';
import { ProgressDialog } from './progress-dialog';
import { StatusDialog } from './status-dialog';

type Props = { item: FollowupItem; onReload: () => void; onDeleteError: (error: unknown) => void };
type Open = 'progress' | 'status' | 'assign' | null;

/** The buttons the reader may use, as the server's `refusals` say (the server checks again), and their dialogs. */
export function ItemActions({ item, onReload, onDeleteError }: Props) {
  const t = useT();
  const user = useSignedInUser();
  const toast = useToast();
  const navigate = useNavigate();
  const remove = useDeleteFollowupItem();
  const [open, setOpen] = useState<Open>(null);
  const canAssign = item.refusals.edit === null && item.provinceCode === null && item.parentId === null && isNationalRole(user.role);
  // Only an untouched item may be deleted (one typed by mistake); afterwards its history is kept.
  const canDelete = item.refusals.edit === null && item.timeline.length <= 1 && item.copies.length === 0;
  const dialogProps = { item, onClose: () => setOpen(null), onReload };
  return (
    <>
      {item.refusals.progress === null && (
        <Button onClick={() => setOpen('progress')}>{t('followup.progress.open')}</Button>
      )}
      {item.refusals.status === null && (
        <Button variant="light" onClick={() => setOpen('status')}>
          {t('followup.statusDialog.open')}
        </Button>
      )}
      {canAssign && (
        <Button variant="light" color="teal" onClick={() => setOpen('assign')}>
          {t('followup.assign.open')}
        </Button>
      )}
      {item.refusals.edit === null && (
        <Button component={Link} to={`/follow-up/items/${item.id}/edit`} variant="default">
          {t('followup.edit.open')}
        </Button>
      )}
      {canDelete && (
        <ConfirmButton
          title={t('followup.delete.title')}
          message={t('followup.delete.confirm')}
          confirmLabel={t('followup.delete.action')}
          color="red"
          variant="subtle"
          loading={remove.isPending}
          onConfirm={() =>
            remove.mutate(item.id, {
              onSuccess: () => {
                toast(t('followup.delete.done'));
                void navigate('/follow-up', { replace: true });
              },
              onError: onDeleteError,
            })
          }
        >
          {t('followup.delete.action')}
        </ConfirmButton>
      )}
      <ProgressDialog {...dialogProps} opened={open === 'progress'} />
      <StatusDialog {...dialogProps} opened={open === 'status'} />
      {canAssign && <AssignDialog {...dialogProps} opened={open === 'assign'} />}
    </>
  );
}
