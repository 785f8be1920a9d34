/* A stand-in for Windows 10's icuuc.dll, for the Wine prefixes of the Windows build and smoke test
 * ONLY (packaging/windows/wine.sh builds it with Debian's gcc-mingw-w64-x86-64-win32 and copies it
 * into the prefix's system32). It is never shipped: real Windows 10/11 has the real icuuc.dll.
 *
 * Why: Qt >= 6.10's Qt6Core.dll imports the ucnv_* converter functions of the system ICU (for
 * QStringConverter's extra encodings). Wine 8 has no icuuc.dll, so Qt6Core.dll fails to load
 * ("DLL load failed while importing QtCore"). With this stand-in every converter is "not
 * available" (ucnv_open fails), so Qt uses only its built-in UTF-8/UTF-16/Latin-1 codecs, which
 * is all the app uses.
 */
#include <stddef.h>
#include <stdint.h>

#define EXPORT __declspec(dllexport)
#define U_FILE_ACCESS_ERROR 4

static void fail(int *err) { if (err && *err <= 0) *err = U_FILE_ACCESS_ERROR; }

EXPORT void *ucnv_open(const char *name, int *err) { (void)name; fail(err); return NULL; }
EXPORT void ucnv_close(void *cnv) { (void)cnv; }
EXPORT void ucnv_reset(void *cnv) { (void)cnv; }
EXPORT int8_t ucnv_getMaxCharSize(const void *cnv) { (void)cnv; return 1; }
EXPORT const char *ucnv_getName(const void *cnv, int *err) { (void)cnv; fail(err); return NULL; }
EXPORT void ucnv_getToUCallBack(const void *cnv, void **action, const void **context) {
  (void)cnv;
  if (action) *action = NULL;
  if (context) *context = NULL;
}
EXPORT void ucnv_getFromUCallBack(const void *cnv, void **action, const void **context) {
  (void)cnv;
  if (action) *action = NULL;
  if (context) *context = NULL;
}
EXPORT void ucnv_setToUCallBack(void *cnv, void *action, const void *context, void **old_action,
                                const void **old_context, int *err) {
  (void)cnv; (void)action; (void)context;
  if (old_action) *old_action = NULL;
  if (old_context) *old_context = NULL;
  fail(err);
}
EXPORT void ucnv_setFromUCallBack(void *cnv, void *action, const void *context, void **old_action,
                                  const void **old_context, int *err) {
  (void)cnv; (void)action; (void)context;
  if (old_action) *old_action = NULL;
  if (old_context) *old_context = NULL;
  fail(err);
}
EXPORT void ucnv_cbToUWriteUChars(void *args, const uint16_t *source, int32_t length, int32_t offset, int *err) {
  (void)args; (void)source; (void)length; (void)offset; fail(err);
}
EXPORT void ucnv_cbFromUWriteUChars(void *args, const uint16_t **source, const uint16_t *limit, int32_t offset,
                                    int *err) {
  (void)args; (void)source; (void)limit; (void)offset; fail(err);
}
EXPORT void ucnv_toUnicode(void *cnv, uint16_t **target, const uint16_t *target_limit, const char **source,
                           const char *source_limit, int32_t *offsets, int8_t flush, int *err) {
  (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
  fail(err);
}
EXPORT void ucnv_fromUnicode(void *cnv, char **target, const char *target_limit, const uint16_t **source,
                             const uint16_t *source_limit, int32_t *offsets, int8_t flush, int *err) {
  (void)cnv; (void)target; (void)target_limit; (void)source; (void)source_limit; (void)offsets; (void)flush;
  fail(err);
}
EXPORT int32_t ucnv_toUCountPending(const void *cnv, int *err) { (void)cnv; fail(err); return 0; }
EXPORT int32_t ucnv_fromUCountPending(const void *cnv, int *err) { (void)cnv; fail(err); return 0; }
EXPORT const char *ucnv_getStandardName(const char *name, const char *standard, int *err) {
  (void)name; (void)standard; fail(err); return NULL;
}
EXPORT const char *ucnv_getAvailableName(int32_t n) { (void)n; return NULL; }
EXPORT int32_t ucnv_countAvailable(void) { return 0; }
EXPORT void UCNV_FROM_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const uint16_t *units, int32_t length,
                                            int32_t code_point, int reason, int *err) {
  (void)context; (void)args; (void)units; (void)length; (void)code_point; (void)reason; fail(err);
}
EXPORT void UCNV_TO_U_CALLBACK_SUBSTITUTE(const void *context, void *args, const char *units, int32_t length,
                                          int reason, int *err) {
  (void)context; (void)args; (void)units; (void)length; (void)reason; fail(err);
}
