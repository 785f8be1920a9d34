/* bcryptprimitives.dll for the Wine check of the speech add-on only (packaging/speech_smoke_wine.sh): Rust
   programs (tokenizers' .pyd) get random bytes from its ProcessPrng, which every Windows 10/11 has but
   Wine 8.0 (Debian 12) lacks. Put in the throw-away test prefix's system32; never shipped. */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size) {
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!RtlGenRandom(data, chunk)) return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
