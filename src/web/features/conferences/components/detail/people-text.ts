/** "Thiếu tướng Nguyễn Văn Kỷ, Phó Chánh Văn phòng Thường trực, Bộ Công an": a person as a report names them. */
export function describePerson(p: { rank: string | null; name: string | null; title: string | null; organisation: string | null }): string {
  const name = [p.rank, p.name].filter(Boolean).join(' ');
  return [name, p.title, p.organisation].filter(Boolean).join(', ');
}
