// Runs once before the whole suite. Database set-up lives in test/support/db.ts (per test file).
export default function setup(): void {}
