#pragma once

#include <QByteArray>
#include <QString>

namespace PartnerDesk::Test {

// Call first in every test's initTestCase: test-mode standard paths, a private settings
// file, and no network proxy, so a test never touches the user's files or the internet.
void isolateEnvironment();

// Writes a test's input file; the test stops (qFatal) when it cannot. Returns `path`.
QString writeFile(const QString& path, const QByteArray& bytes);

// Directory holding the built executables (partnerdesk, partnerdesk-cli, ...).
[[nodiscard]] QString binaryDirectory();

} // namespace PartnerDesk::Test
