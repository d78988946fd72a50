import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Attendance } from '../../../../shared/api/participants';
import { api } from '../../../lib/api-client';
import { participantKeys } from './keys';

export function getAttendance(conferenceId: string, signal?: AbortSignal): Promise<Attendance> {
  return api.get<Attendance>(`/api/conferences/${encodeURIComponent(conferenceId)}/attendance`, { signal });
}

export const attendanceQueryOptions = (conferenceId: string) =>
  queryOptions({ queryKey: participantKeys.attendance(conferenceId), queryFn: ({ signal }) => getAttendance(conferenceId, signal) });

export function useAttendance(conferenceId: string) {
  return useQuery(attendanceQueryOptions(conferenceId));
}
