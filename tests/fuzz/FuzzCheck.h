#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// An invariant of a fuzz target. When it does not hold the process aborts, and libFuzzer keeps
// the input as a crash file, like a sanitizer finding.
#define FUZZ_CHECK(condition) ((condition) ? void() : PartnerDesk::Fuzz::fail(#condition, __FILE__, __LINE__))

namespace PartnerDesk::Fuzz {

[[noreturn]] inline void fail(const char* condition, const char* file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant does not hold: %s\n", file, line, condition);
    std::abort();
}

// The fuzzer's bytes without a copy; valid during one LLVMFuzzerTestOneInput call.
inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
}

} // namespace PartnerDesk::Fuzz
