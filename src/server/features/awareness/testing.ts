import type { LightMyRequestResponse } from 'fastify';
import type { QuestionInput } from '../../../shared/api/awareness.js';
import { signedInAs, type TestApp } from '../../test-support/test-app.js';

/** Four questions over two themes; the right answers are the first option, except q2 (options 1 and 2). */
export const sampleQuestions = (provinceCode: string | null = null): QuestionInput[] => [
  {
    theme: 'human_rights_general',
    text: 'Hiến pháp năm 2013 quy định về quyền con người, quyền và nghĩa vụ cơ bản của công dân tại chương nào?',
    options: ['Chương II', 'Chương I', 'Chương III', 'Chương V'],
    correct: [0],
    provinceCode,
  },
  {
    theme: 'human_rights_general',
    text: 'Những quyền nào sau đây được Hiến pháp năm 2013 ghi nhận? (chọn mọi đáp án đúng)',
    options: ['Quyền sống', 'Quyền bình đẳng trước pháp luật', 'Quyền tự do kinh doanh', 'Quyền hạn chế quyền của người khác'],
    correct: [0, 1, 2],
    provinceCode,
  },
  {
    theme: 'children',
    text: 'Theo Luật Trẻ em năm 2016, trẻ em là người dưới bao nhiêu tuổi?',
    options: ['16 tuổi', '18 tuổi', '15 tuổi'],
    correct: [0],
    provinceCode,
  },
  {
    theme: 'children',
    text: 'Việt Nam phê chuẩn Công ước của Liên hợp quốc về quyền trẻ em năm nào?',
    options: ['1990', '1995', '2000'],
    correct: [0],
    provinceCode,
  },
];


export type Call = (cookie: string, method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: object) => Promise<LightMyRequestResponse>;

export const caller =
  (t: TestApp): Call =>
  (cookie, method, url, payload) =>
    t.app.inject({ method, url, headers: cookie ? { cookie } : {}, ...(payload ? { payload } : {}) });

/**
 * The accounts the awareness API tests act as: the national administrator and officer, and the
 * secretariats of Cao Bằng (04) and Hà Nội (01), with a caller for their requests.
 */
export async function awarenessActors(t: TestApp) {
  return {
    call: caller(t),
    admin: (await signedInAs(t, 'national_admin')).cookie,
    officer: (await signedInAs(t, 'national_officer')).cookie,
    caoBang: (await signedInAs(t, 'provincial_secretariat', '04')).cookie,
    hanoi: (await signedInAs(t, 'provincial_secretariat', '01')).cookie,
  };
}
