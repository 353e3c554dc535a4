/**
 * Milliseconds of CPU this process spends running `fn`. The time bounds of the hostile-input
 * tests are measured in CPU, not wall time: on a machine busy with other work a test waits for a
 * core, and wall time grew past the bounds while the code was as fast as ever. (Vitest runs each
 * test file in its own process, so the count is this file's work alone.)
 */
export function cpuMs(fn: () => unknown): number {
  const before = process.cpuUsage();
  fn();
  const { user, system } = process.cpuUsage(before);
  return (user + system) / 1000;
}
