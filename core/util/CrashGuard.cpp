#include "CrashGuard.h"

#include <algorithm>
#include <array>
#include <csignal>
#include <cstdlib>
#include <cstring>

// Under AddressSanitizer the sanitizer's own handlers report crashes, and LeakSanitizer needs
// the process to stay dumpable (it stops threads with ptrace): the guard stays out of its way.
#if defined(__SANITIZE_ADDRESS__)
#define PARTNERDESK_UNDER_SANITIZER 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define PARTNERDESK_UNDER_SANITIZER 1
#endif
#endif

#if defined(__linux__) && !defined(PARTNERDESK_UNDER_SANITIZER)
#include <execinfo.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <unistd.h>
#define PARTNERDESK_CRASH_GUARD_POSIX 1
#endif

namespace PartnerDesk::CrashGuard {

#ifdef PARTNERDESK_CRASH_GUARD_POSIX
namespace {

// Written before any crash: a signal handler may only use what is already there.
std::array<char, 160> crashLine{};
size_t crashLineLength = 0;

void writeAll(const char* text, size_t length)
{
    while (length > 0) {
        const ssize_t written = ::write(STDERR_FILENO, text, length);
        if (written <= 0)
            return;
        text += written;
        length -= static_cast<size_t>(written);
    }
}

void onFatalSignal(int signalNumber)
{
    writeAll(crashLine.data(), crashLineLength);
    const char* name = signalNumber == SIGSEGV ? "SIGSEGV"
        : signalNumber == SIGABRT              ? "SIGABRT"
        : signalNumber == SIGBUS               ? "SIGBUS"
        : signalNumber == SIGFPE               ? "SIGFPE"
        : signalNumber == SIGILL               ? "SIGILL"
                                               : "a fatal signal";
    writeAll(name, std::strlen(name));
    const char stackHeading[] = ". Call stack (addresses only):\n";
    writeAll(stackHeading, sizeof stackHeading - 1);
    std::array<void*, 48> frames{};
    const int count = ::backtrace(frames.data(), static_cast<int>(frames.size()));
    ::backtrace_symbols_fd(frames.data(), count, STDERR_FILENO);
    // The default action ends the process with the same signal (and, dumps being off, no core).
    ::signal(signalNumber, SIG_DFL);
    ::raise(signalNumber);
}

} // namespace

void install(const char* programName)
{
    const char* allow = std::getenv("PARTNERDESK_ALLOW_CORE_DUMPS");
    if (!(allow && std::strcmp(allow, "1") == 0)) {
        const rlimit none{0, 0};
        ::setrlimit(RLIMIT_CORE, &none);
        // Also covers a core_pattern that pipes to a collector, which ignores RLIMIT_CORE.
        ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    }

    const char prefix[] = ": stopped unexpectedly by ";
    const size_t nameLength = std::min(std::strlen(programName), crashLine.size() - sizeof prefix - 1);
    std::memcpy(crashLine.data(), programName, nameLength);
    std::memcpy(crashLine.data() + nameLength, prefix, sizeof prefix - 1);
    crashLineLength = nameLength + sizeof prefix - 1;

    // backtrace() loads its unwinder on first use: do it now, not inside the handler.
    std::array<void*, 2> warmUp{};
    ::backtrace(warmUp.data(), static_cast<int>(warmUp.size()));

    struct sigaction action = {};
    action.sa_handler = onFatalSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESETHAND | SA_NODEFER;
    for (const int signalNumber : {SIGSEGV, SIGABRT, SIGBUS, SIGFPE, SIGILL})
        ::sigaction(signalNumber, &action, nullptr);
}

bool coreDumpsDisabled()
{
    rlimit limit{};
    return ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 || (::getrlimit(RLIMIT_CORE, &limit) == 0 && limit.rlim_cur == 0);
}

bool available()
{
    return true;
}

#else

void install(const char*)
{ }

bool coreDumpsDisabled()
{
    return false;
}

bool available()
{
    return false;
}

#endif

} // namespace PartnerDesk::CrashGuard
