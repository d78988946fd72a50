import type { Db } from '../../db/client.js';
import type { QuestionInput } from '../../../shared/api/awareness.js';
import type { Actor } from '../auth/actor.js';
import { nationalQuestionExists } from '../awareness/question-queries.js';
import { createQuestion } from '../awareness/question-service.js';

/**
 * A small national starter bank for the awareness tests, each answer checked against the text
 * it cites (Hiến pháp 2013, the laws and the conventions Việt Nam has ratified). Demo data, not
 * a migration: an installation chooses its own bank, and the Standing Office edits this one.
 */
export const starterQuestions: QuestionInput[] = [
  {
    theme: 'human_rights_general',
    text: 'Hiến pháp năm 2013 dành chương nào quy định về quyền con người, quyền và nghĩa vụ cơ bản của công dân?',
    options: ['Chương I', 'Chương II', 'Chương III', 'Chương IV'],
    correct: [1],
  },
  {
    theme: 'human_rights_general',
    text: 'Theo khoản 2 Điều 14 Hiến pháp năm 2013, quyền con người, quyền công dân chỉ có thể bị hạn chế khi nào?',
    options: [
      'Theo quy định của luật trong trường hợp cần thiết vì lý do quốc phòng, an ninh quốc gia, trật tự, an toàn xã hội, đạo đức xã hội, sức khỏe của cộng đồng',
      'Theo quyết định của Ủy ban nhân dân cấp tỉnh',
      'Theo quy định của bất kỳ văn bản quy phạm pháp luật nào',
      'Không bao giờ bị hạn chế',
    ],
    correct: [0],
  },
  {
    theme: 'belief_religion',
    text: 'Theo Điều 24 Hiến pháp năm 2013, mọi người có quyền gì về tín ngưỡng, tôn giáo?',
    options: [
      'Tự do tín ngưỡng, tôn giáo, theo hoặc không theo một tôn giáo nào',
      'Chỉ được theo tôn giáo đã đăng ký tại nơi cư trú',
      'Phải theo tôn giáo của gia đình',
    ],
    correct: [0],
  },
  {
    theme: 'belief_religion',
    text: 'Luật Tín ngưỡng, tôn giáo được Quốc hội thông qua năm nào?',
    options: ['2013', '2016', '2018', '2020'],
    correct: [1],
  },
  {
    theme: 'ethnic_minorities',
    text: 'Điều 5 Hiến pháp năm 2013 quy định những gì về các dân tộc ở Việt Nam? (chọn mọi đáp án đúng)',
    options: [
      'Các dân tộc bình đẳng, đoàn kết, tôn trọng và giúp nhau cùng phát triển',
      'Dân tộc đa số quyết định thay cho các dân tộc thiểu số',
      'Các dân tộc có quyền dùng tiếng nói, chữ viết, giữ gìn bản sắc dân tộc',
      'Chỉ tiếng Việt được dùng trong sinh hoạt cộng đồng',
    ],
    correct: [0, 2],
  },
  {
    theme: 'ethnic_minorities',
    text: 'Việt Nam có bao nhiêu dân tộc cùng sinh sống?',
    options: ['52', '54', '56', '63'],
    correct: [1],
  },
  {
    theme: 'children',
    text: 'Theo Luật Trẻ em năm 2016, trẻ em là người dưới bao nhiêu tuổi?',
    options: ['15 tuổi', '16 tuổi', '18 tuổi'],
    correct: [1],
  },
  {
    theme: 'children',
    text: 'Việt Nam phê chuẩn Công ước của Liên hợp quốc về quyền trẻ em năm nào?',
    options: ['1990', '1995', '2000', '2010'],
    correct: [0],
  },
  {
    theme: 'persons_with_disabilities',
    text: 'Việt Nam phê chuẩn Công ước của Liên hợp quốc về quyền của người khuyết tật năm nào?',
    options: ['2007', '2010', '2014', '2019'],
    correct: [2],
  },
  {
    theme: 'persons_with_disabilities',
    text: 'Luật Người khuyết tật của Việt Nam được Quốc hội thông qua năm nào?',
    options: ['2005', '2010', '2014'],
    correct: [1],
  },
  {
    theme: 'gender_equality',
    text: 'Luật Bình đẳng giới được Quốc hội thông qua năm nào?',
    options: ['2006', '2010', '2013'],
    correct: [0],
  },
  {
    theme: 'international_mechanisms',
    text: 'Cơ chế Rà soát định kỳ phổ quát (UPR) được thực hiện tại cơ quan nào của Liên hợp quốc?',
    options: ['Hội đồng Bảo an', 'Hội đồng Nhân quyền', 'Tòa án Công lý quốc tế', 'Hội đồng Kinh tế và Xã hội'],
    correct: [1],
  },
  {
    theme: 'international_mechanisms',
    text: 'Theo cơ chế UPR, tình hình nhân quyền của mỗi quốc gia thành viên Liên hợp quốc được rà soát bao lâu một lần?',
    options: ['Hằng năm', 'Khoảng bốn năm rưỡi một lần (mỗi chu kỳ)', 'Mười năm một lần'],
    correct: [1],
  },
];

/** Adds the starter questions the national bank lacks (by exact text); returns how many were added. */
export async function seedQuestionBank(db: Db, actor: Actor): Promise<number> {
  let added = 0;
  for (const q of starterQuestions) {
    if (await nationalQuestionExists(db, q.text)) continue;
    await createQuestion(db, actor, { ...q, provinceCode: null });
    added++;
  }
  return added;
}
