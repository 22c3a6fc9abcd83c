export async function runTtyShell(..._a: unknown[]): Promise<number> { return 1; }
