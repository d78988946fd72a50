export async function run(): Promise<void> {
  throw new Error('restore: not yet implemented');
}
