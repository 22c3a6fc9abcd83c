// The OTP-style library root erlts ships (stdlib/lib/<app>/include/*.hrl: eunit.hrl,
// assert.hrl, logger.hrl, file.hrl, ms_transform.hrl). It is the lib root that
// -include_lib searches last. The path is relative to the erlts package; whoever
// drives the compiler resolves it (the CLI: against the package root) and appends it
// to `libRoots`.
export const BUNDLED_LIB_ROOT = 'stdlib/lib';
