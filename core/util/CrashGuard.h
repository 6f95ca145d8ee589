#pragma once

namespace PartnerDesk::CrashGuard {

// What a crash of PartnerDesk may leave behind: a crash holds tokens and customer contacts in
// its memory, so no core dump is written (the process is marked not dumpable, which also
// keeps other processes of the user from reading its memory), and the fatal signal prints one
// line and the call stack's addresses to stderr, nothing from memory. Call first in main().
// PARTNERDESK_ALLOW_CORE_DUMPS=1 keeps core dumps for a developer's own debugging.
void install(const char* programName);

// Whether core dumps are off for this process (for tests and --version style diagnostics).
[[nodiscard]] bool coreDumpsDisabled();

// False where install() does nothing: off Linux, and in sanitizer builds, whose own handlers
// report crashes (and whose LeakSanitizer needs the process dumpable).
[[nodiscard]] bool available();

} // namespace PartnerDesk::CrashGuard
