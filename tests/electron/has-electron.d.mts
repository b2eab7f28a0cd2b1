export function electronBinaryPath(): string | null;
export function hasElectronBinary(): boolean;
export function electronMissingReason(): string | null;
