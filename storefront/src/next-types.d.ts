// Next's ambient types (CSS imports and friends) without depending on the generated next-env.d.ts,
// so `tsc --noEmit` works on a fresh checkout before the first build.
/// <reference types="next" />
/// <reference types="next/image-types/global" />
