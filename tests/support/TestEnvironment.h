#pragma once

#include <QString>

namespace PartnerDesk::Test {

// Call first in every test's initTestCase: test-mode standard paths, a private settings
// file, and no network proxy, so a test never touches the user's files or the internet.
void isolateEnvironment();

// Directory holding the built executables (partnerdesk, partnerdesk-cli, ...).
[[nodiscard]] QString binaryDirectory();

} // namespace PartnerDesk::Test
