export async function run(): Promise<void> {
  throw new Error('backup: not yet implemented');
}
